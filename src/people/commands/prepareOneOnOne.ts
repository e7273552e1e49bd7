// "1:1: Prepare for 1:1 with…": the read-only prep view (../prepView.ts) in the markdown preview.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isMode, MODE_INFO, type Mode } from '../../core/modes';
import { PrepProvider } from '../prepView';
import type { PeopleServices } from '../services';
import { plain } from './messages';
import { resolvePerson, type PersonTarget } from './pickers';

export interface PrepOptions {
  readonly mode?: Mode;
  /** 'preview' (default), 'editor' (read-only markdown editor) or 'none'. */
  readonly show?: 'preview' | 'editor' | 'none';
}

export function registerPrepareOneOnOne(people: PeopleServices): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.prepareOneOnOne, (target?: PersonTarget, options?: PrepOptions) => prepareOneOnOne(people, target, plain(options)));
}

export async function prepareOneOnOne(people: PeopleServices, target?: PersonTarget, options: PrepOptions = {}): Promise<vscode.Uri | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Prepare for 1:1 with…') });
  if (!ref) return undefined;
  const mode = options.mode && isMode(options.mode) && MODE_INFO[options.mode].relationship === ref.person.relationship ? options.mode : undefined;
  const uri = PrepProvider.uriFor(ref, mode);
  const show = options.show ?? 'preview';
  if (show === 'none') return uri;
  if (show === 'preview') {
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return uri;
    } catch {
      // No markdown preview (it is a built-in extension that can be disabled): use an editor.
    }
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: true });
  return uri;
}
