import * as vscode from 'vscode';
import { NoteContextService } from './context/noteContexts';
import { FeaturesLoader, type FeaturesLoadState } from './featuresLoader';
import type { InsightsApi } from './insights';
import type { ItemsApi } from './items';
import { registerLinting, type LintingApi } from './lint';
import { registerPeople, type PeopleApi } from './people';
import { systemClock } from './people/clock';
import { onDidNotify, type Notice } from './util/notify';

/** What activate() returns; the in-host integration tests use it to reach the running services. */
export interface LearningLeaderApi {
  readonly lint: LintingApi;
  readonly people: PeopleApi;
  /**
   * The Open items view, the tick action, review prep and the shareable agenda. They are in the lazily
   * loaded features chunk (src/features.ts): the first call loads it.
   */
  readonly items: () => Promise<ItemsApi>;
  /** The coaching insights: per-note numbers, the prep panels, the insights view (in the chunk too). */
  readonly insights: () => Promise<InsightsApi>;
  /** How the chunk's load went: loads started, how long it took, its command handlers. */
  readonly features: () => FeaturesLoadState;
  /** The note context service: whose note, which mode, which settings (and the settings problems reported). */
  readonly contexts: NoteContextService;
  /** How long activate() took, in ms (measured, for the README's figures). */
  readonly activationMs: number;
  /** Fires for every notification the extension shows (its text and buttons), for the in-host tests. */
  readonly onDidNotify: vscode.Event<Notice>;
}

export function activate(context: vscode.ExtensionContext): LearningLeaderApi {
  const started = performance.now();
  // Every feature is a Disposable that owns what it registers; activate() hands each to VS Code.
  const contexts = new NoteContextService();
  context.subscriptions.push(contexts);
  // The follow-through and insights features load on first use (their commands, view and panel
  // serializers are registered now); they build on the people services made next, and on the
  // linter's diagnostics (Check All Notes and Rephrase All run in the chunk).
  const features = new FeaturesLoader(context, () => people.services, () => lint.diagnostics);
  context.subscriptions.push(features);
  const people = registerPeople(contexts, systemClock, features.followThrough);
  context.subscriptions.push(people);
  const lint = registerLinting(context, contexts, features, features.statusBar, features.lintProviders);
  context.subscriptions.push(lint);
  return {
    lint: lint.api,
    people: people.api,
    items: features.items,
    insights: features.insights,
    features: () => features.state,
    contexts,
    activationMs: performance.now() - started,
    onDidNotify,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
