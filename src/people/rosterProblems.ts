// people.json problems in the Problems panel, each at its line and column: published whenever a
// roster is read, removed when it reads cleanly or its folder goes.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, ROSTER_DIAGNOSTIC_CODE, ROSTER_DIAGNOSTICS } from '../constants';
import { Disposable } from '../util/dispose';
import type { PeopleStore } from './store';

export class RosterProblems extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection(ROSTER_DIAGNOSTICS));
  private published = new Set<string>();

  constructor(private readonly store: PeopleStore) {
    super();
    this._register(store.onDidChangeRoster(() => this.publish()));
  }

  private publish(): void {
    const now = new Set<string>();
    for (const state of this.store.folders()) {
      if (!state.exists || !state.roster.problems.length) continue;
      now.add(state.rosterUri.toString());
      this.collection.set(state.rosterUri, state.roster.problems.map(p => {
        const d = new vscode.Diagnostic(
          new vscode.Range(p.line, p.character, p.endLine, p.endCharacter),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = DIAGNOSTIC_SOURCE;
        d.code = ROSTER_DIAGNOSTIC_CODE;
        return d;
      }));
    }
    for (const uri of this.published) if (!now.has(uri)) this.collection.delete(vscode.Uri.parse(uri));
    this.published = now;
  }
}
