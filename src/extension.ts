import * as vscode from 'vscode';
import { NoteContextService } from './context/noteContexts';
import { registerItems, type ItemsApi } from './items';
import { registerInsights, type InsightsApi } from './insights';
import { registerLinting, type LintingApi } from './lint';
import { registerPeople, type PeopleApi } from './people';
import { systemClock } from './people/clock';
import { registerQuestions } from './questions';
import { onDidNotify, type Notice } from './util/notify';

/** What activate() returns; the in-host integration tests use it to reach the running services. */
export interface LearningLeaderApi {
  readonly lint: LintingApi;
  readonly people: PeopleApi;
  /** The Open items view, the tick action, review prep and the shareable agenda. */
  readonly items: ItemsApi;
  /** The coaching insights: per-note numbers, the prep panels, the insights view. */
  readonly insights: InsightsApi;
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
  const people = registerPeople(contexts, systemClock);
  context.subscriptions.push(people);
  const items = registerItems(people.services, context);
  context.subscriptions.push(items);
  const lint = registerLinting(context, contexts);
  context.subscriptions.push(lint);
  context.subscriptions.push(registerQuestions(contexts));
  const insights = registerInsights(context, people.services);
  context.subscriptions.push(insights);
  return { lint: lint.api, people: people.api, items: items.api, insights: insights.api, contexts, activationMs: performance.now() - started, onDidNotify };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
