// "1:1: Rephrase All Telling as Asking in This Note": every finding's first rewrite, as one undoable edit,
// in what is yet to be said (talking points, prep); records of what was said are left as written.
// Its code is in the lazily loaded features chunk (src/features.ts), with main's diagnostics handed over.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { RegisterCommand } from '../util/commands';
import { offer, say } from '../util/notify';
import { fixAllEdit } from './codeActions';
import type { DiagnosticsManager } from './diagnostics';

export function registerRephraseAll(register: RegisterCommand, diagnostics: DiagnosticsManager): vscode.Disposable {
  return register(Commands.rephraseAll, async (): Promise<number> => {
    const editor = vscode.window.activeTextEditor;
    const result = editor && await diagnostics.lintNow(editor.document);
    if (!editor || !result) {
      if (editor) whyNotLinted(editor.document, diagnostics);
      else say(vscode.l10n.t('Open a 1:1 note to rephrase its telling.'));
      return 0;
    }
    const edit = fixAllEdit(editor.document, result.findings);
    // What is left as it is: telling in a record of what was said (meeting notes, "Asked: ..."), and telling with no rewrite.
    const rewritable = (f: { suggestions: readonly { note?: boolean }[] }) => f.suggestions.some(x => !x.note);
    const records = result.findings.filter(f => f.recorded && rewritable(f)).length;
    const left = result.findings.filter(f => !f.recorded && !rewritable(f)).length;
    const leftNote = [
      records === 1 ? vscode.l10n.t('1 record of what was said left as written (its quick fix is there)') : records > 1 ? vscode.l10n.t('{0} records of what was said left as written (each has its quick fix)', records) : '',
      left === 1 ? vscode.l10n.t('1 with no rewrite') : left > 1 ? vscode.l10n.t('{0} with no rewrite', left) : '',
    ].filter(Boolean).join('; ');
    if (edit.size === 0) {
      say(leftNote ? vscode.l10n.t('Nothing to rephrase in what is yet to be said: {0}.', leftNote) : vscode.l10n.t('Nothing to rephrase in this note.'));
      return 0;
    }
    const changes = edit.get(editor.document.uri).length;
    const applied = await vscode.workspace.applyEdit(edit);
    // Said in the status bar for a few seconds: the edit is on screen, and Undo takes it back.
    const done = changes === 1 ? vscode.l10n.t('Rephrased 1 sentence as a question (Undo to take it back).') : vscode.l10n.t('Rephrased {0} sentences as questions (Undo to take them back).', changes);
    if (applied) vscode.window.setStatusBarMessage(leftNote ? `${done} ${vscode.l10n.t('Left: {0}.', leftNote)}` : done, 8000);
    else say(vscode.l10n.t('The note changed while rephrasing: nothing was changed. Try again.'));
    return applied ? changes : 0;
  });
}

/**
 * Why the active document has no findings to rephrase: a markdown note outside the notes folder (notes
 * kept in another layout) or with the linter off is a 1:1 note all the same, so "Open a 1:1 note" would
 * send the person looking for one while it is on screen.
 */
function whyNotLinted(doc: vscode.TextDocument, diagnostics: DiagnosticsManager): void {
  const settings = diagnostics.settingsFor(doc.uri);
  if (doc.languageId !== 'markdown') {
    say(vscode.l10n.t('Open a 1:1 note to rephrase its telling.'));
  } else if (!settings['lint.enable']) {
    offer('information', vscode.l10n.t('The telling linter is off (setting Lint: Enable), so nothing in this note is rephrased.'),
      vscode.l10n.t('Open Setting'), () => vscode.commands.executeCommand('workbench.action.openSettings', 'learningLeader.lint.enable'));
  } else if (!diagnostics.applies(doc)) {
    offer('information', vscode.l10n.t('This note is not in the notes folder ({0}/), and the telling linter reads only the notes there. Set Lint: Scope to allMarkdown to check every markdown file where it is.', settings.notesFolder),
      vscode.l10n.t('Open Setting'), () => vscode.commands.executeCommand('workbench.action.openSettings', 'learningLeader.lint.scope'));
  } else {
    say(vscode.l10n.t('Open a 1:1 note to rephrase its telling.'));
  }
}
