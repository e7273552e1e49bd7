// What the people commands tell a person, shared: notifications (../../util/notify.ts), where a
// person's notes live, and the one refusal for a people.json that does not read cleanly.
import * as vscode from 'vscode';
import { Commands, ROSTER_FILE } from '../../constants';
import { misnamedNote } from '../../core/notes';
import { rosterRefusal } from '../../core/roster';
import { notify, offer } from '../../util/notify';
import type { PeopleServices } from '../services';
import type { FolderRoster, PersonRef } from '../store';

export { complain, say } from '../../util/notify';

/** Where a person's notes are, as every message names it: `one-on-ones/amara-okafor/`. */
/**
 * With no dated note of a person but files moved in from another layout ("2026-08-02 Priya.md"): offers
 * Name Notes by Their Dates instead of "No notes yet"; true when it did. `then` says what the command was for.
 */
export async function offerNamingByDate(people: PeopleServices, ref: PersonRef, then = ''): Promise<boolean> {
  const misnamed = (await people.store.misdatedOf(ref)).filter(f => misnamedNote(f) !== undefined);
  if (!misnamed.length) return false;
  const count = misnamed.length;
  offer('warning', count === 1
    ? vscode.l10n.t('{0} has no note named by its date yet, but 1 file in their folder starts with a date ({1}): name it by its date and it is their 1:1.{2}', ref.person.name, misnamed[0], then)
    : vscode.l10n.t('{0} has no note named by its date yet, but {1} files in their folder start with a date ({2}, …): name them by their dates and they are their 1:1s.{3}', ref.person.name, count, misnamed[0], then),
  vscode.l10n.t('Name Notes by Their Dates'), () => vscode.commands.executeCommand(Commands.nameNotesByDate, { id: ref.person.id, folder: ref.folder.folder.uri }));
  return true;
}

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
