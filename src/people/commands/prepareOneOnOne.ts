// "1:1: Prepare for 1:1 with…": the person's prep panel (src/insights/prepPanel.ts), a webview that
// stays put: it does not follow the active editor, and reopening the same person reveals their panel.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isMode, type Mode } from '../../core/modes';
import type { PrepPanels, PrepShown } from '../../insights/prepPanel';
import type { PeopleServices } from '../services';
import type { RegisterCommand } from '../../util/commands';
import { plain } from './messages';
import { resolvePerson, type PersonTarget } from './pickers';

export interface PrepOptions {
  /** Prepare for this mode instead of the person's default (it must fit their relationship). */
  readonly mode?: Mode;
  /**
   * 'panel' (default) opens or reveals the person's prep panel; 'none' only builds the prep (tests,
   * scripts). 'preview' and 'editor', the earlier markdown prep's choices, open the panel.
   */
  readonly show?: 'panel' | 'none' | 'preview' | 'editor';
}

export function registerPrepareOneOnOne(register: RegisterCommand, people: PeopleServices, panels: PrepPanels): vscode.Disposable {
  return register(Commands.prepareOneOnOne, (target?: PersonTarget, options?: PrepOptions) => prepareOneOnOne(people, panels, target, plain(options)));
}

/** Resolves to what the prep shows (its model and page), or undefined when no person was chosen. */
export async function prepareOneOnOne(people: PeopleServices, panels: PrepPanels, target?: PersonTarget, options: PrepOptions = {}): Promise<PrepShown | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Prepare for 1:1 with…') });
  if (!ref) return undefined;
  const mode = options.mode && isMode(options.mode) ? options.mode : undefined;
  return panels.open(ref, mode, options.show !== 'none');
}
