// Placeholder: replaced by the linting adapter (issue 3).
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { RosterLookup } from '../services';

export interface LintingApi {
  readonly collection: vscode.DiagnosticCollection;
}

export interface LintingRegistration extends vscode.Disposable {
  readonly api: LintingApi;
}

export function registerLinting(_context: vscode.ExtensionContext, _roster: RosterLookup): LintingRegistration {
  const collection = vscode.languages.createDiagnosticCollection('learning-leader');
  const disposables: vscode.Disposable[] = [collection];
  for (const id of [Commands.checkAllNotes, Commands.rephraseAll, Commands.allowPhrase]) {
    disposables.push(vscode.commands.registerCommand(id, () => undefined));
  }
  return { api: { collection }, dispose: () => disposables.forEach(d => d.dispose()) };
}
