// What the people commands tell a person, shared: notifications (../../util/notify.ts), where a
// person's notes live, and the one refusal for a people.json that does not read cleanly.
import * as vscode from 'vscode';
import { ROSTER_FILE } from '../../constants';
import { rosterRefusal } from '../../core/roster';
import { notify } from '../../util/notify';
import type { PeopleServices } from '../services';
import type { FolderRoster } from '../store';

export { complain, say } from '../../util/notify';

/** Where a person's notes are, as every message names it: `one-on-ones/amara-okafor/`. */
export function notesFolderOf(people: PeopleServices, folder: FolderRoster, id: string): string {
  return `${people.contexts.settingsFor(folder.folder).notesFolder.replace(/\/+$/, '')}/${id}/`;
}

/**
 * When the folder's people.json has errors, says so once (with a button to the first problem) and
 * returns true: commands that would write it refuse before asking anything.
 */
export function refuseBrokenRoster(folder: FolderRoster): boolean {
  const reason = folder.exists ? rosterRefusal(folder.roster) : undefined;
  if (!reason) return false;
  showRosterProblem(folder, reason);
  return true;
}

/** An error about people.json, with a button that opens it at its first error. */
export function showRosterProblem(folder: FolderRoster, message: string): void {
  const open = vscode.l10n.t('Open {0}', ROSTER_FILE);
  void notify('error', message, open).then(choice => {
    if (choice !== open) return;
    const first = folder.roster.problems.find(p => p.severity === 'error');
    const selection = first ? new vscode.Range(first.line, first.character, first.endLine, first.endCharacter) : undefined;
    void vscode.window.showTextDocument(folder.rosterUri, selection ? { selection } : {});
  });
}

/** Options only when they are a plain object: a tree with multi-select would pass the selection array. */
export function plain<T extends object>(value: T | undefined): T | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
