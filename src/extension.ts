import * as vscode from 'vscode';
import { registerLinting, type LintingApi } from './lint';
import { registerPeople, type PeopleApi } from './people';
import { registerQuestions } from './questions';
import { systemClock } from './services';

/** What activate() returns; the in-host integration tests use it to reach the running services. */
export interface LearningLeaderApi {
  readonly lint: LintingApi;
  readonly people: PeopleApi;
}

export function activate(context: vscode.ExtensionContext): LearningLeaderApi {
  const people = registerPeople(context, systemClock);
  context.subscriptions.push(people);
  const lint = registerLinting(context, people.rosterLookup);
  context.subscriptions.push(lint);
  context.subscriptions.push(registerQuestions(context, people.rosterLookup));
  return { lint: lint.api, people: people.api };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
