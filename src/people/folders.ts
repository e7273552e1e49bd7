// Folders under the notes root that belong to no one in people.json, as the People view and Open Latest
// Note say it: which folder likely holds the notes of a person whose own folder has none (renamed by
// hand: people/mateo-fernandez -> people/mateo), the words for it, and the rows of "Folders with no
// person". The rule is core/person-folders.ts's; the listing is the People store's (folderReport).
// In the chunk loaded on first use (src/features.ts: FollowThrough.folders): main asks it only when
// the notes root holds a folder that is no one's.
import * as vscode from 'vscode';
import { ROSTER_FILE } from '../constants';
import { plural } from '../core/dates';
import { misnamedNote } from '../core/notes';
import { isSafeId } from '../core/person-id';
import { folderOfNotes, personOfFolder, type NotesFolder } from '../core/person-folders';
export { foldersWithoutPerson } from '../core/person-folders';
import type { Person } from '../core/roster';
import type { PeopleServices } from './services';
import type { CheckedNote, FolderRoster } from './store';
import type { PeopleNode } from './tree';

/** The notes folder relative to the workspace folder ("one-on-ones"). */
export function relativeNotes(folder: FolderRoster): string {
  const base = folder.folder.uri.path.replace(/\/+$/, '');
  return folder.notesUri.path.slice(base.length + 1) || '.';
}

/** The people of a folder's roster with no folder of their own under the notes root. */
async function folderless(people: PeopleServices, folder: FolderRoster): Promise<{ names: ReadonlySet<string>; unclaimed: readonly NotesFolder[]; people: readonly Person[] }> {
  const report = await people.store.folderReport(folder);
  const names = new Set(report.names);
  return { names, unclaimed: report.unclaimed, people: folder.roster.people.filter(p => !names.has(p.id)) };
}

/** For a person with no notes in their folder: the folder with no person that likely holds them (core/person-folders.ts). */
export async function movedNotes(people: PeopleServices, folder: FolderRoster, person: Person): Promise<NotesFolder | undefined> {
  const { unclaimed, people: without } = await folderless(people, folder);
  return folderOfNotes(person, unclaimed, without);
}

/** The person a folder with no person likely belongs to: one without notes of their own whose folder's name is close to it. */
export async function likelyOwner(people: PeopleServices, folder: FolderRoster, notesFolder: NotesFolder): Promise<Person | undefined> {
  const { people: without } = await folderless(people, folder);
  const owner = personOfFolder(notesFolder, without);
  return owner ? without.find(p => p.id === owner.id) : undefined;
}

/** "No notes in one-on-ones/mateo-fernandez/; one-on-ones/mateo/ has 12 notes — rename it back or edit the person's folder." */
export function movedNotesMessage(folder: FolderRoster, person: Person, moved: NotesFolder): string {
  const root = relativeNotes(folder);
  const here = `${root}/${person.id}/`;
  const there = `${root}/${moved.name}/`;
  // The folder's name can become their id only when it is one (lowercase words joined by hyphens).
  return isSafeId(moved.name)
    ? vscode.l10n.t('No notes in {0}; {1} has {2} — rename it back to {3}, or change {4}\'s id in {5} to "{6}".', here, there, plural(moved.notes, 'note'), person.id, person.name, ROSTER_FILE, moved.name)
    : vscode.l10n.t('No notes in {0}; {1} has {2} — rename it back to {3}.', here, there, plural(moved.notes, 'note'), person.id);
}

/** A folder with no person, as the People view lists it (Add Person takes it: its name becomes their id). */
export function isOrphanNode(value: unknown): value is Extract<PeopleNode, { kind: 'orphan' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'orphan' && 'notesFolder' in value;
}

/** The People view's rows for folders with no person: the entry that lists them, and a row per folder. */
export async function folderTreeItem(element: Extract<PeopleNode, { kind: 'orphans' | 'orphan' }>, people: PeopleServices): Promise<vscode.TreeItem> {
  const C = vscode.TreeItemCollapsibleState;
  let item: vscode.TreeItem;
  if (element.kind === 'orphans') {
    const names = element.folders.map(f => `${f.name}/`);
    item = new vscode.TreeItem(vscode.l10n.t('Folders with no person: {0}', element.folders.map(f => f.name).join(', ')), C.Collapsed);
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`${escape(vscode.l10n.t('These folders in {0} hold notes, but no one in {1} has them as their folder, so no view shows those notes as anyone\'s (Open items lists them under the folder\'s name).', `${relativeNotes(element.folder)}/`, ROSTER_FILE))}\n\n`);
    for (const f of element.folders) tip.appendMarkdown(`- \`${escape(`${f.name}/`)}\`: ${escape(plural(f.notes, 'note'))}\n`);
    tip.appendMarkdown(`\n${escape(vscode.l10n.t('Add the person (the folder\'s name becomes their id), or rename the folder to the id of the person it belongs to.'))}`);
    item.tooltip = tip;
    item.contextValue = 'orphanFolders';
    item.accessibilityInformation = { label: vscode.l10n.t('Folders with no person: {0}', names.join(', ')) };
    return item;
  }
  const f = element.notesFolder;
  const uri = vscode.Uri.joinPath(element.folder.notesUri, f.name);
  const owner = await likelyOwner(people, element.folder, f);
  item = new vscode.TreeItem(`${f.name}/`, C.None);
  item.description = owner ? vscode.l10n.t('{0} · looks like {1}\'s', plural(f.notes, 'note'), owner.name) : plural(f.notes, 'note');
  item.iconPath = new vscode.ThemeIcon('folder');
  item.tooltip = owner ? movedNotesMessage(element.folder, owner, f) : vscode.l10n.t('{0} holds {1}, and no one in {2} has it as their folder. Add Person (+ on this row) makes its name their id; or rename it to the id of the person it belongs to. Click to show it in the Explorer.', `${relativeNotes(element.folder)}/${f.name}/`, plural(f.notes, 'note'), ROSTER_FILE);
  item.command = { command: 'revealInExplorer', title: vscode.l10n.t('Reveal in Explorer'), arguments: [uri] };
  item.contextValue = 'orphanFolder';
  return item;
}

/** Text made literal in a tooltip's markdown. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]|<>]/g, ch => `\\${ch}`);
}

/** A person's row when their folder has no dated notes: where the notes went, or how many files to rename. */
export function oddFolderDescription(movedTo: string | undefined, misnamed: number, mode: string): string {
  return movedTo ? vscode.l10n.t('no notes here: see {0}/ · {1}', movedTo, mode) : vscode.l10n.t('no dated notes: {0} to rename · {1}', plural(misnamed, 'file'), mode);
}

/** A file named like a note that is not one (empty, binary): why it is not counted, on its row's hover. */
export function skippedNoteTooltip(note: CheckedNote): string {
  return note.notANote === 'empty' ? vscode.l10n.t('An empty file: not counted as a 1:1 until something is written in it.') : vscode.l10n.t('Not a text note: not counted as a 1:1.');
}

/** The row of a problem in people.json (its line, opened at it on click), or of "no people yet": in the People view. */
export function problemTreeItem(element: Extract<PeopleNode, { kind: 'problem' }>): vscode.TreeItem {
  const p = element.problem;
  // The label is short (a sidebar truncates it); the tooltip has the whole message.
  const item = new vscode.TreeItem(p ? vscode.l10n.t('{0} line {1}: {2}', ROSTER_FILE, p.line + 1, element.message.replace(`${ROSTER_FILE} is not valid JSON: `, '')) : element.message, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(p ? 'error' : 'info', p ? new vscode.ThemeColor('list.errorForeground') : undefined);
  item.tooltip = p
    ? `${element.message}\n\n${element.folder.roster.writable ? vscode.l10n.t('Click to open {0} at line {1}.', ROSTER_FILE, p.line + 1) : vscode.l10n.t('Click to open {0} at line {1}. The extension will not change {0} until it reads cleanly.', ROSTER_FILE, p.line + 1)}`
    : element.message;
  item.contextValue = p ? 'rosterProblem' : 'rosterInfo';
  if (p || element.folder.exists) {
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open {0}', ROSTER_FILE),
      arguments: [element.folder.rosterUri, p ? { selection: new vscode.Range(p.line, p.character, p.endLine, p.endCharacter) } : {}],
    };
  }
  return item;
}

/** The row of a file beside a person's notes that is not named as a note (misdated or misnamed): in the People view. */
export function misdatedTreeItem(element: Extract<PeopleNode, { kind: 'misdated' }>): vscode.TreeItem {
  const uri = vscode.Uri.joinPath(element.folder.notesUri, element.person.id, element.fileName);
  const item = new vscode.TreeItem(element.fileName.replace(/\.md$/i, ''), vscode.TreeItemCollapsibleState.None);
  item.resourceUri = uri;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [uri] };
  const date = misnamedNote(element.fileName);
  item.description = date ? vscode.l10n.t('not counted: name it {0}', `${date}.md`) : vscode.l10n.t('not a note (no such date)');
  item.tooltip = date
    ? vscode.l10n.t('{0} is not named as a dated note (YYYY-MM-DD.md, YYYY-MM-DD-2.md for a second on the same day): it is not a 1:1 here, and the prep and Copy Agenda do not read it. Rename it to {1}: Name Notes by Their Dates (the pencil on this row) does it, its text unchanged.', element.fileName, `${date}.md`)
    : vscode.l10n.t('{0} is named with a date that does not exist: it is not read as a note anywhere (not a 1:1, no open items, nothing carried from it). Rename it to the date it was held.', element.fileName);
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = date ? 'note.misnamed' : 'note.skipped';
  return item;
}
