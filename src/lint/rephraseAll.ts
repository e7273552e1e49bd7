// "1:1: Rephrase All Telling as Asking in This Note": every finding's first rewrite, as one undoable edit.
// Its code is in the lazily loaded features chunk (src/features.ts), with main's diagnostics handed over.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { RegisterCommand } from '../util/commands';
import { say } from '../util/notify';
import { fixAllEdit } from './codeActions';
import type { DiagnosticsManager } from './diagnostics';

export function registerRephraseAll(register: RegisterCommand, diagnostics: DiagnosticsManager): vscode.Disposable {
  return register(Commands.rephraseAll, async (): Promise<number> => {
    const editor = vscode.window.activeTextEditor;
    const result = editor && await diagnostics.lintNow(editor.document);
    if (!editor || !result) {
      say(vscode.l10n.t('Open a 1:1 note to rephrase its telling.'));
      return 0;
    }
    const edit = fixAllEdit(editor.document, result.findings);
    if (edit.size === 0) {
      say(vscode.l10n.t('Nothing to rephrase in this note.'));
      return 0;
    }
    const changes = edit.get(editor.document.uri).length;
    await vscode.workspace.applyEdit(edit);
    return changes;
  });
}
