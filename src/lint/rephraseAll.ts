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
    const applied = await vscode.workspace.applyEdit(edit);
    // Said in the status bar for a few seconds: the edit is on screen, and Undo takes it back.
    if (applied) vscode.window.setStatusBarMessage(changes === 1 ? vscode.l10n.t('Rephrased 1 sentence as a question (Undo to take it back).') : vscode.l10n.t('Rephrased {0} sentences as questions (Undo to take them back).', changes), 5000);
    else say(vscode.l10n.t('The note changed while rephrasing: nothing was changed. Try again.'));
    return applied ? changes : 0;
  });
}
