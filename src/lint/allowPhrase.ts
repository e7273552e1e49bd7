// The internal "Allow Phrase in This Workspace" command behind the quick fix: appends a phrase to
// learningLeader.lint.allowPhrases at the narrowest workspace level that exists.
import * as vscode from 'vscode';
import { Commands, CONFIG_SECTION } from '../constants';
import type { RegisterCommand } from '../util/commands';
import { complain } from '../util/notify';

/** In the lazily loaded chunk (src/features.ts): the quick fix's command loads it on first use. */
export function registerAllowPhrase(register: RegisterCommand): vscode.Disposable {
  return register(Commands.allowPhrase, async (phrase?: unknown, scope?: unknown): Promise<boolean> => {
    const uri = scope instanceof vscode.Uri ? scope : vscode.window.activeTextEditor?.document.uri;
    let text = typeof phrase === 'string' ? phrase : undefined;
    if (!text) {
      const editor = vscode.window.activeTextEditor;
      const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
      text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Allow a phrase in this workspace'),
        prompt: vscode.l10n.t('Sentences containing this phrase are never flagged (literal text, not a pattern).'),
        value: selected,
        validateInput: v => (v.trim().length < 2 ? vscode.l10n.t('Enter at least two characters.') : undefined),
      });
    }
    if (!text || text.trim().length < 2) return false;
    return allowPhrase(text.trim(), uri);
  });
}

async function allowPhrase(phrase: string, uri: vscode.Uri | undefined): Promise<boolean> {
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri ?? null);
  const target = folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspect = config.inspect<unknown>('lint.allowPhrases');
  const level = target === vscode.ConfigurationTarget.WorkspaceFolder ? inspect?.workspaceFolderValue
    : target === vscode.ConfigurationTarget.Workspace ? inspect?.workspaceValue : inspect?.globalValue;
  // Keep what is there, even entries the settings check drops (they are reported, not ours to delete).
  const current = Array.isArray(level) ? level : [];
  if (current.some(p => typeof p === 'string' && p.toLowerCase() === phrase.toLowerCase())) return true;
  try {
    await config.update('lint.allowPhrases', [...current, phrase], target);
    return true;
  } catch (e) {
    complain(vscode.l10n.t('Could not update the allow list: {0}', e instanceof Error ? e.message : String(e)));
    return false;
  }
}
