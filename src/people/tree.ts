// The People view: groups per relationship, each person with their mode and cadence, their notes
// newest first, and an error item for each problem in people.json. Which notes are meetings and which
// is the last 1:1 before today is core/meetings.ts's answer, as in the prep and the insights views: a
// file named like a note that is not one (binary) is listed with a warning and never counted.
import * as vscode from 'vscode';
import { ROSTER_FILE } from '../constants';
import type { CadenceStatus } from '../core/cadence';
import { daysBetween, humanDate, plural } from '../core/dates';
import { misnamedNote } from '../core/notes';
import { NOT_A_NOTE } from '../core/meetings';
import { MODE_INFO, RELATIONSHIP_INFO } from '../core/modes';
import type { NotesFolder } from '../core/person-folders';
import type { Person, RosterProblem } from '../core/roster';
import { Disposable } from '../util/dispose';
import type { FollowThrough, PeopleServices } from './services';
import { meetingsNow } from './status';
import type { CheckedNote, FolderRoster } from './store';

export type GroupKind = 'direct-report' | 'peer' | 'archived';

export type PeopleNode =
  | { readonly kind: 'folder'; readonly folder: FolderRoster }
  | { readonly kind: 'group'; readonly folder: FolderRoster; readonly group: GroupKind }
  | { readonly kind: 'person'; readonly folder: FolderRoster; readonly person: Person }
  | { readonly kind: 'note'; readonly folder: FolderRoster; readonly person: Person; readonly note: CheckedNote }
  /** A file named with a date that does not exist (2026-11-31.md): no note, listed so it is no mystery. */
  | { readonly kind: 'misdated'; readonly folder: FolderRoster; readonly person: Person; readonly fileName: string }
  | { readonly kind: 'problem'; readonly folder: FolderRoster; readonly problem: RosterProblem | undefined; readonly message: string }
  /** Folders under the notes root that hold notes and belong to no one in people.json (core/person-folders.ts). */
  | { readonly kind: 'orphans'; readonly folder: FolderRoster; readonly folders: readonly NotesFolder[] }
  | { readonly kind: 'orphan'; readonly folder: FolderRoster; readonly notesFolder: NotesFolder };

const GROUP_LABEL: Record<GroupKind, () => string> = { 'direct-report': () => RELATIONSHIP_INFO['direct-report'].plural, peer: () => RELATIONSHIP_INFO.peer.plural, archived: () => vscode.l10n.t('Archived') };
/** At most this many problem items; the Problems panel has the rest. */
const MAX_PROBLEM_ITEMS = 5;
/** Note listings read at once while filling a group (200 people must not open 200 reads at once). */
const LISTING_CONCURRENCY = 16;

export function isPersonNode(value: unknown): value is Extract<PeopleNode, { kind: 'person' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'person' && 'person' in value;
}

export class PeopleTree extends Disposable implements vscode.TreeDataProvider<PeopleNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<PeopleNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;

  constructor(private readonly people: PeopleServices) {
    super();
    this._register(people.store.onDidChange(() => this._onDidChangeTreeData.fire(undefined)));
    this._register(people.calendar.onDidChange(() => this._onDidChangeTreeData.fire(undefined)));
  }

  async getChildren(element?: PeopleNode): Promise<PeopleNode[]> {
    const { store } = this.people;
    await store.settled();
    if (!element) {
      const folders = store.folders().filter(f => f.exists);
      if (folders.length === 1 && (vscode.workspace.workspaceFolders?.length ?? 0) === 1) return await this.folderChildren(folders[0] as FolderRoster);
      return folders.map(folder => ({ kind: 'folder', folder }));
    }
    switch (element.kind) {
      case 'folder':
        return await this.folderChildren(element.folder);
      case 'orphans':
        return element.folders.map(notesFolder => ({ kind: 'orphan', folder: element.folder, notesFolder }));
      case 'group': {
        const folder = store.folders().find(f => f.folder.uri.toString() === element.folder.folder.uri.toString()) ?? element.folder;
        const inGroup = peopleOfGroup(folder, element.group);
        // Listings are read here, not when the roster loads: only expanded groups pay for them.
        const today = this.people.calendar.today();
        await mapLimit(inGroup, LISTING_CONCURRENCY, p => store.checkedNotesOf({ folder, person: p }, today));
        return inGroup.map(person => ({ kind: 'person', folder, person }));
      }
      case 'person': {
        const [notes, misdated] = await Promise.all([store.checkedNotesOf(element, this.people.calendar.today(), true), store.misdatedOf(element)]);
        return [
          ...notes.map((note): PeopleNode => ({ kind: 'note', folder: element.folder, person: element.person, note })),
          ...misdated.map((fileName): PeopleNode => ({ kind: 'misdated', folder: element.folder, person: element.person, fileName })),
        ];
      }
      default:
        return [];
    }
  }

  private async folderChildren(folder: FolderRoster): Promise<PeopleNode[]> {
    const out: PeopleNode[] = [];
    const errors = folder.roster.problems.filter(p => p.severity === 'error');
    for (const problem of errors.slice(0, MAX_PROBLEM_ITEMS)) out.push({ kind: 'problem', folder, problem, message: problem.message });
    if (errors.length > MAX_PROBLEM_ITEMS) {
      out.push({ kind: 'problem', folder, problem: undefined, message: vscode.l10n.t('{0} more problems in {1}: see the Problems panel.', errors.length - MAX_PROBLEM_ITEMS, ROSTER_FILE) });
    }
    for (const group of ['direct-report', 'peer', 'archived'] as const) {
      if (peopleOfGroup(folder, group).length) out.push({ kind: 'group', folder, group });
    }
    // Notes in folders that are no one's: listed, or nothing would show them as anyone's. Only then is
    // the chunk with their rows loaded.
    const { unclaimed } = await this.people.store.folderReport(folder);
    const help = unclaimed.some(f => f.notes > 0) ? await folderHelp(this.people) : undefined;
    const orphans = help?.foldersWithoutPerson(unclaimed, folder.roster.people) ?? [];
    if (orphans.length) out.push({ kind: 'orphans', folder, folders: orphans });
    if (!out.length) out.push({ kind: 'problem', folder, problem: undefined, message: vscode.l10n.t('No people in {0} yet: use Add Person (+) above.', ROSTER_FILE) });
    return out;
  }

  async getTreeItem(element: PeopleNode): Promise<vscode.TreeItem> {
    return buildTreeItem(element, this.people);
  }

  /** A person's tooltip, or a skipped file's, made when the row is hovered: the only use of their words. */
  async resolveTreeItem(item: vscode.TreeItem, element: PeopleNode): Promise<vscode.TreeItem> {
    if (item.tooltip === undefined) item.tooltip = await hoverTooltip(element, this.people);
    return item;
  }

  getParent(element: PeopleNode): PeopleNode | undefined {
    const single = (vscode.workspace.workspaceFolders?.length ?? 0) === 1;
    switch (element.kind) {
      case 'folder':
        return undefined;
      case 'group':
      case 'problem':
      case 'orphans':
        return single ? undefined : { kind: 'folder', folder: element.folder };
      case 'orphan':
        return { kind: 'orphans', folder: element.folder, folders: [] };
      case 'person':
        return { kind: 'group', folder: element.folder, group: groupOf(element.person) };
      case 'note':
      case 'misdated':
        return { kind: 'person', folder: element.folder, person: element.person };
    }
  }
}

function groupOf(person: Person): GroupKind {
  return person.archived ? 'archived' : person.relationship;
}

function peopleOfGroup(folder: FolderRoster, group: GroupKind): Person[] {
  return folder.roster.people
    .filter(p => groupOf(p) === group)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function nodeId(element: PeopleNode): string {
  const folder = element.folder.folder.uri.toString();
  switch (element.kind) {
    case 'folder': return `folder:${folder}`;
    case 'group': return `group:${folder}:${element.group}`;
    case 'person': return `person:${folder}:${element.person.id}`;
    case 'note': return `note:${folder}:${element.person.id}/${element.note.fileName}`;
    case 'misdated': return `note:${folder}:${element.person.id}/${element.fileName}`;
    case 'problem': return `problem:${folder}:${element.problem?.offset ?? 'more'}:${element.message}`;
    case 'orphans': return `orphans:${folder}`;
    case 'orphan': return `orphan:${folder}:${element.notesFolder.name}`;
  }
}

const STATUS_ICON: Record<CadenceStatus['state'], [string, string | undefined]> = {
  overdue: ['warning', 'list.warningForeground'],
  'due-today': ['bell', 'charts.yellow'],
  'due-soon': ['clock', 'charts.yellow'],
  ok: ['pass', 'charts.green'],
  never: ['circle-large-outline', 'descriptionForeground'],
  future: ['calendar', undefined],
};

export async function buildTreeItem(element: PeopleNode, people: PeopleServices): Promise<vscode.TreeItem> {
  const today = people.calendar.today();
  const C = vscode.TreeItemCollapsibleState;
  let item: vscode.TreeItem;
  switch (element.kind) {
    case 'folder':
      item = new vscode.TreeItem(element.folder.folder.name, C.Expanded);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.contextValue = 'folder';
      break;
    case 'group': {
      const count = peopleOfGroup(element.folder, element.group).length;
      item = new vscode.TreeItem(GROUP_LABEL[element.group](), element.group === 'archived' ? C.Collapsed : C.Expanded);
      item.description = String(count);
      item.iconPath = new vscode.ThemeIcon(element.group === 'archived' ? 'archive' : element.group === 'peer' ? 'organization' : 'person');
      item.contextValue = `group.${element.group}`;
      break;
    }
    case 'person': {
      const { person } = element;
      const { meetings, notes, misdated } = await meetingsNow(people, element);
      const { status, last } = meetings;
      item = new vscode.TreeItem(person.name, notes.length || misdated.length ? C.Collapsed : C.None);
      const mode = MODE_INFO[person.mode].label;
      // No notes in their folder, but a folder with no person looks like theirs (renamed by hand): say so.
      const moved = notes.length ? undefined : await movedNotesOf(people, element.folder, person);
      // The cadence comes first: it is what a narrow sidebar must not cut off.
      // No dated note, but files named otherwise (notes moved in from another layout): say so, not "no 1:1 yet".
      const misnamedFiles = misdated.filter(f => misnamedNote(f) !== undefined).length;
      const misnamed = notes.length ? 0 : misnamedFiles;
      // (Notes moved or misnamed: the words are the chunk's, ./folders.ts, which movedNotesOf has loaded.)
      const odd = !person.archived && (moved || misnamed) ? (await folderHelp(people))?.oddFolderDescription(moved?.name, misnamed, mode) : undefined;
      item.description = person.archived
        ? last ? vscode.l10n.t('archived · last 1:1 {0} · {1}', last.date, mode) : vscode.l10n.t('archived · {0}', mode)
        : odd ?? `${status.label} · ${mode}`;
      const [icon, color] = moved || (misnamed && !person.archived) ? ['warning', 'list.warningForeground'] : person.archived ? ['archive', undefined] : STATUS_ICON[status.state];
      item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
      item.contextValue = `person.${person.archived ? 'archived' : 'active'}${notes.length ? '.hasNotes' : ''}${misnamedFiles ? '.misnamed' : ''}`;
      // The tooltip is made when the row is hovered (PeopleTree.resolveTreeItem), in the chunk loaded on first use.
      item.accessibilityInformation = { label: `${person.name}, ${mode}, ${moved ? item.description : person.archived ? vscode.l10n.t('archived') : status.label}` };
      break;
    }
    case 'note': {
      const { note } = element;
      const uri = vscode.Uri.joinPath(element.folder.notesUri, element.person.id, note.fileName);
      item = new vscode.TreeItem(note.fileName.replace(/\.md$/i, ''), C.None);
      const ago = daysBetween(note.date, today);
      const when = ago === 0 ? vscode.l10n.t('today') : ago === 1 ? vscode.l10n.t('yesterday') : ago > 0 ? vscode.l10n.t('{0} days ago', ago) : vscode.l10n.t('in {0}', plural(-ago, 'day'));
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [uri] };
      if (note.notANote) {
        // Named like a note, but not one: listed, so it is not a mystery, and never counted as a 1:1.
        item.description = vscode.l10n.t('{0} · not a note ({1})', when, NOT_A_NOTE[note.notANote]);
        // (Its tooltip is made when the row is hovered: PeopleTree.resolveTreeItem.)
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.contextValue = 'note.skipped';
      } else {
        item.description = when;
        item.tooltip = `${humanDate(note.date)} — ${element.person.name}`;
        item.iconPath = new vscode.ThemeIcon('note');
        item.contextValue = 'note';
      }
      break;
    }
    case 'misdated': {
      // A file beside their notes not named as one: its row and words are in the chunk loaded on first use (./folders.ts).
      const help = await folderHelp(people);
      item = help ? help.misdatedTreeItem(element) : new vscode.TreeItem(element.fileName.replace(/\.md$/i, ''), C.None);
      break;
    }
    case 'orphans':
    case 'orphan': {
      // Folders with no person: their rows and words are in the chunk loaded on first use (./folders.ts).
      const help = await folderHelp(people);
      item = help ? await help.folderTreeItem(element, people) : new vscode.TreeItem(element.kind === 'orphan' ? `${element.notesFolder.name}/` : '');
      break;
    }
    case 'problem': {
      // A problem in people.json, or "no people yet": its row and words are in the chunk loaded on first use (./folders.ts).
      const help = await folderHelp(people);
      item = help ? help.problemTreeItem(element) : new vscode.TreeItem(element.message, C.None);
      break;
    }
  }
  item.id = nodeId(element);
  return item;
}

/**
 * The tooltip made when a row is hovered: a person's (./personTooltip.ts) or a skipped file's, in the
 * chunk loaded on first use; undefined for other rows, or when the chunk cannot load.
 */
export async function hoverTooltip(element: PeopleNode, people: PeopleServices): Promise<vscode.MarkdownString | string | undefined> {
  if (element.kind !== 'person' && !(element.kind === 'note' && element.note.notANote)) return undefined;
  let chunk: FollowThrough;
  try {
    chunk = await people.followThrough();
  } catch {
    return undefined;
  }
  if (element.kind === 'note') return chunk.folders.skippedNoteTooltip(element.note);
  const make = chunk.personTooltip;
  const { meetings, notes, misdated } = await meetingsNow(people, element);
  const moved = notes.length ? undefined : await movedNotesOf(people, element.folder, element.person);
  return make({ folder: element.folder, person: element.person, meetings, notes, misdated, moved, today: people.calendar.today() });
}

/** The chunk's help with folders with no person (src/people/folders.ts); undefined when it cannot load. */
async function folderHelp(people: PeopleServices): Promise<FollowThrough['folders'] | undefined> {
  try {
    return (await people.followThrough()).folders;
  } catch {
    return undefined;
  }
}

/**
 * For a person with no notes in their folder: the folder with no person that likely holds them, and
 * the words for it. Asked of the chunk only when such folders exist.
 */
export async function movedNotesOf(people: PeopleServices, folder: FolderRoster, person: Person): Promise<{ readonly name: string; readonly message: string } | undefined> {
  const { unclaimed } = await people.store.folderReport(folder);
  if (!unclaimed.some(f => f.notes > 0)) return undefined;
  const help = await folderHelp(people);
  const moved = await help?.movedNotes(people, folder, person);
  return moved && help ? { name: moved.name, message: help.movedNotesMessage(folder, person, moved) } : undefined;
}

