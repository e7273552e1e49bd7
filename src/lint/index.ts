import * as vscode from 'vscode';
import { Commands, CONFIG_SECTION } from '../constants';
import type { LintResult } from '../core/lint/types';
import type { RosterLookup } from '../services';
import { checkAllNotes, type CheckSummary } from './checkAll';
import { TellingCodeActions, fixAllEdit } from './codeActions';
import { DiagnosticsManager } from './diagnostics';
import { TellingHover } from './hover';
import { AskTellStatus } from './statusBar';

export interface LintingApi {
  readonly collection: vscode.DiagnosticCollection;
  /** Lints an open document now (bypassing the debounce) and returns its result. */
  lintNow(doc: vscode.TextDocument): LintResult | undefined;
  /** The status bar text for the active editor, or undefined when hidden. */
  statusText(): string | undefined;
  readonly onDidLint: vscode.Event<vscode.Uri>;
}

export interface LintingRegistration extends vscode.Disposable {
  readonly api: LintingApi;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerLinting(context: vscode.ExtensionContext, roster: RosterLookup): LintingRegistration {
  const docsUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, 'README.md').with({ fragment: `rule-${ruleId}` });
  const diagnostics = new DiagnosticsManager(roster, docsUri);
  const status = new AskTellStatus(diagnostics);
  const disposables: vscode.Disposable[] = [
    diagnostics,
    status,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new TellingCodeActions(diagnostics), TellingCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new TellingHover(diagnostics, docsUri)),
    vscode.commands.registerCommand(Commands.checkAllNotes, async (): Promise<CheckSummary | undefined> => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage('Learning Leader: open a folder with 1:1 notes to check them.');
        return undefined;
      }
      const summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Learning Leader: checking notes…', cancellable: true },
        (_progress, token) => checkAllNotes(diagnostics, token));
      const unreadable = summary.unreadable.length ? ` Could not read ${summary.unreadable.length}: ${summary.unreadable.slice(0, 3).join('; ')}.` : '';
      void vscode.window.showInformationMessage(
        `Learning Leader: checked ${summary.files} notes — asked ${summary.questions} questions, ${summary.findings} telling findings in ${summary.filesWithFindings} notes.${unreadable}`);
      if (summary.findings) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return summary;
    }),
    vscode.commands.registerCommand(Commands.rephraseAll, async (): Promise<number> => {
      const editor = vscode.window.activeTextEditor;
      const result = editor && diagnostics.lintNow(editor.document);
      if (!editor || !result) {
        void vscode.window.showInformationMessage('Learning Leader: open a 1:1 note to rephrase its telling.');
        return 0;
      }
      const edit = fixAllEdit(editor.document, result.findings);
      if (edit.size === 0) {
        void vscode.window.showInformationMessage('Learning Leader: nothing to rephrase in this note.');
        return 0;
      }
      const changes = edit.get(editor.document.uri).length;
      await vscode.workspace.applyEdit(edit);
      return changes;
    }),
    vscode.commands.registerCommand(Commands.allowPhrase, async (phrase?: unknown, scope?: unknown): Promise<boolean> => {
      const uri = scope instanceof vscode.Uri ? scope : vscode.window.activeTextEditor?.document.uri;
      let text = typeof phrase === 'string' ? phrase : undefined;
      if (!text) {
        const editor = vscode.window.activeTextEditor;
        const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
        text = await vscode.window.showInputBox({
          title: 'Allow a phrase in this workspace',
          prompt: 'Sentences containing this phrase are never flagged (literal text, not a pattern).',
          value: selected,
          validateInput: v => (v.trim().length < 2 ? 'Enter at least two characters.' : undefined),
        });
      }
      if (!text || text.trim().length < 2) return false;
      return allowPhrase(text.trim(), uri);
    }),
  ];
  return {
    api: { collection: diagnostics.collection, lintNow: doc => diagnostics.lintNow(doc), statusText: () => status.text, onDidLint: diagnostics.onDidLint },
    dispose: () => disposables.reverse().forEach(d => d.dispose()),
  };
}

/** Appends to learningLeader.lint.allowPhrases at the narrowest workspace level that exists. */
async function allowPhrase(phrase: string, uri: vscode.Uri | undefined): Promise<boolean> {
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri ?? null);
  const target = folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspect = config.inspect<string[]>('lint.allowPhrases');
  const current = (target === vscode.ConfigurationTarget.WorkspaceFolder ? inspect?.workspaceFolderValue
    : target === vscode.ConfigurationTarget.Workspace ? inspect?.workspaceValue : inspect?.globalValue) ?? [];
  if (current.some(p => p.toLowerCase() === phrase.toLowerCase())) return true;
  try {
    await config.update('lint.allowPhrases', [...current, phrase], target);
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(`Learning Leader: could not update the allow list: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
