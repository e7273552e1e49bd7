import * as vscode from 'vscode';
import { registerLinting, type LintingApi } from './lint';
import { registerPeople, type PeopleApi } from './people';
import { registerQuestions } from './questions';
import { systemClock } from './services';

/** What activate() returns; the in-host integration tests use it to reach the running services. */
export interface LearningLeaderApi {
  readonly lint: LintingApi;
  readonly people: PeopleApi;
  /** How long activate() took, in ms (measured, for the README's figures). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): LearningLeaderApi {
  const started = performance.now();
  const people = registerPeople(context, systemClock);
  context.subscriptions.push(people);
  const lint = registerLinting(context, people.rosterLookup);
  context.subscriptions.push(lint);
  context.subscriptions.push(registerQuestions(context, people.rosterLookup));
  return { lint: lint.api, people: people.api, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
