// `learning-leader items`: every action item in a notes folder (one per item, however often it was
// carried over), with its owner, status, where it was first and last seen, and its due date. The same
// core as the Open items view, the same note context as `lint` (the roster's names and the settings'
// managerNames decide owners). main.ts parses the arguments and prints; this does the work.
import * as fs from 'fs';
import * as path from 'path';
import { plural, type IsoDate } from '../core/dates';
import { ageInDays, buildItems, daysOverdue, isItemNoteFile, isOverdue, itemRecord, looksLikeTextNote, MAX_ITEM_NOTE_BYTES, preparedFor, type Item, type ItemNote, type ItemRecord } from '../core/items';
import { NOT_A_NOTE } from '../core/meetings';
import { NoteContexts } from '../core/note-context';
import { datedNotes, misdatedNote } from '../core/notes';
import { folderOfNotes, foldersWithoutPerson, type NotesFolder } from '../core/person-folders';
import type { Person } from '../core/roster';
import { normalizeRelativePath } from '../core/workspace';
import { nodeFiles, readSettingsFile } from './workspace';

export interface ItemsRunOptions {
  /** The notes folder: one sub-folder of notes per person (and people.json), relative to `cwd`. */
  readonly folder: string;
  readonly cwd: string;
  /** The workspace folder whose .vscode/settings.json applies (default `cwd`). */
  readonly root?: string;
  /** Only this person's items (their folder's name). */
  readonly person?: string;
  /** Only open items. */
  readonly open?: boolean;
  /** Read .vscode/settings.json (default true). */
  readonly settings?: boolean;
}

export interface PersonItemsRun {
  readonly personId: string;
  readonly person: Person | undefined;
  readonly items: readonly Item[];
}

export interface ItemsRun {
  readonly people: readonly PersonItemsRun[];
  /** The records `--format json` prints. */
  readonly records: readonly ItemRecord[];
  /** Paths of notes as the records give them: relative to cwd, with / separators. */
  readonly fileOf: (personId: string, fileName: string) => string;
  /** What makes the exit code 2 (a missing folder, an unknown person, bad settings). */
  readonly errors: readonly string[];
  /** Files skipped (binary, too large, unreadable), said on stderr. */
  readonly notices: readonly string[];
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function readNote(file: string, fileName: string, notices: string[], shown: string): ItemNote {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    notices.push(`cannot read ${shown}: ${e instanceof Error ? e.message : String(e)}`);
    return { fileName, text: undefined };
  }
  if (bytes.length > MAX_ITEM_NOTE_BYTES) {
    notices.push(`skipping ${shown}: larger than ${MAX_ITEM_NOTE_BYTES / 1024 / 1024} MB`);
    return { fileName, text: undefined };
  }
  if (!looksLikeTextNote(bytes)) {
    notices.push(`skipping ${shown}: not a text note (binary or not UTF-8)`);
    return { fileName, text: undefined };
  }
  return { fileName, text: decoder.decode(bytes) };
}

export async function listItems(options: ItemsRunOptions): Promise<ItemsRun> {
  const { cwd } = options;
  const errors: string[] = [];
  const notices: string[] = [];
  const notesDir = path.resolve(cwd, options.folder);
  const shown = (file: string) => (path.relative(cwd, file) || file).split(path.sep).join('/');
  const fileOf = (personId: string, fileName: string) => shown(path.join(notesDir, personId, fileName));
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(notesDir);
  } catch {
    stat = undefined;
  }
  if (!stat?.isDirectory()) return { people: [], records: [], fileOf, errors: [`cannot read ${options.folder}: no such folder`], notices };

  // The note context as the editor has it: the workspace folder is --root (or cwd) when the notes
  // folder lies in it, else the notes folder's parent; the notes folder is the one given.
  let root = path.resolve(cwd, options.root ?? '.');
  let relative = normalizeRelativePath(path.relative(root, notesDir).split(path.sep).join('/'));
  if (relative === undefined || relative === '') {
    root = path.dirname(notesDir);
    relative = path.basename(notesDir);
  }
  const settingsFile = options.settings === false ? undefined : readSettingsFile(root);
  if (settingsFile?.error) errors.push(`${shown(settingsFile.file)}: ${settingsFile.error}; its settings are ignored.`);
  const raw = settingsFile?.raw;
  const notesFolder = relative;
  const contexts = new NoteContexts(nodeFiles, { get: (r, key) => (key === 'notesFolder' ? notesFolder : raw?.get(r, key)) });
  const parsed = contexts.settings(root);
  for (const problem of parsed.problems) errors.push(`${shown(settingsFile?.file ?? root)}: ${problem.message}`);
  const roster = await contexts.roster(root);
  if (roster.document) for (const problem of roster.document.roster.problems) if (problem.severity === 'error') notices.push(`${shown(path.join(notesDir, 'people.json'))}:${problem.line + 1}: ${problem.message}`);
  const managerNames = parsed.settings['managerNames'];
  const others = roster.roster.people.map(p => p.name);

  const allFolders = fs.readdirSync(notesDir, { withFileTypes: true }).filter(e => e.isDirectory() && !e.name.startsWith('.')).map(e => e.name).sort();
  // Folders that are no one's, and people whose notes are in one of them (core/person-folders.ts).
  const where = folderNotices(notesDir, allFolders, roster.roster.people, dir => `${shown(dir)}/`);
  let folders = allFolders;
  if (options.person !== undefined) {
    const wanted = options.person.toLowerCase();
    folders = folders.filter(f => f.toLowerCase() === wanted);
    if (!folders.length) errors.push(`no folder for "${options.person}" in ${options.folder}${where.moved.has(options.person) ? `: ${where.moved.get(options.person)}` : ''}`);
  } else notices.push(...where.notices);
  const people: PersonItemsRun[] = [];
  const records: ItemRecord[] = [];
  for (const personId of folders) {
    const dir = path.join(notesDir, personId);
    const files = fs.readdirSync(dir, { withFileTypes: true }).filter(e => e.isFile()).map(e => e.name).sort();
    for (const name of files) if (misdatedNote(name)) notices.push(`skipping ${shown(path.join(dir, name))}: ${NOT_A_NOTE['no such date']}`);
    const names = files.filter(isItemNoteFile);
    const notes = names.map(name => readNote(path.join(dir, name), name, notices, shown(path.join(dir, name))));
    const person = roster.roster.people.find(p => p.id === personId) ?? roster.roster.people.find(p => p.id.toLowerCase() === personId.toLowerCase());
    const all = buildItems(notes, { person: { id: personId, ...(person ? { name: person.name } : {}) }, managerNames, others });
    const items = options.open ? all.filter(i => i.status === 'open') : all;
    people.push({ personId, person, items });
    for (const item of items) records.push(itemRecord(personId, item, place => fileOf(personId, place.file)));
  }
  return { people, records, fileOf, errors, notices };
}

/**
 * What the run says about folders: a folder under the notes root that holds notes and belongs to no
 * one in people.json, and a person whose folder has no notes while such a folder looks like theirs
 * (renamed by hand). `moved` is that line per person id.
 */
function folderNotices(notesDir: string, folders: readonly string[], people: readonly Person[], shown: (dir: string) => string): { notices: string[]; moved: Map<string, string> } {
  const listed = new Set(folders);
  const countOf = (name: string) => {
    try {
      return datedNotes(fs.readdirSync(path.join(notesDir, name))).length;
    } catch {
      return 0;
    }
  };
  const ids = new Set(people.map(p => p.id));
  const unclaimed: NotesFolder[] = folders.filter(f => !ids.has(f)).map(name => ({ name, notes: countOf(name) }));
  const without = people.filter(p => !listed.has(p.id) || countOf(p.id) === 0);
  const notices: string[] = [];
  const moved = new Map<string, string>();
  const owned = new Set<string>();
  for (const person of without) {
    const folder = folderOfNotes(person, unclaimed, without);
    if (!folder) continue;
    owned.add(folder.name);
    const line = `no notes in ${shown(path.join(notesDir, person.id))} for ${person.name}; ${shown(path.join(notesDir, folder.name))} has ${plural(folder.notes, 'note')}: rename it back, or change their id in people.json`;
    moved.set(person.id, line);
    notices.push(line);
  }
  for (const folder of foldersWithoutPerson(unclaimed, people)) {
    if (!owned.has(folder.name)) notices.push(`${shown(path.join(notesDir, folder.name))} holds ${plural(folder.notes, 'note')} but no one in people.json has this folder: add the person, or rename it to their id`);
  }
  return { notices, moved };
}

/** The facts of an item in a few words: "theirs, 12 days old, due 2026-03-06, overdue by 3 days" ("for the 1:1 on 2026-12-07" for one written in a note dated after today). */
export function describeItem(item: Item, today: IsoDate): string {
  const facts = [item.owner.kind === 'me' ? 'mine' : item.owner.kind === 'them' ? 'theirs' : item.owner.name ?? 'someone else'];
  if (item.status === 'open') {
    const age = ageInDays(item, today);
    const prepared = preparedFor(item, today);
    if (prepared) facts.push(`for the 1:1 on ${prepared}`);
    else if (age !== undefined) facts.push(age === 1 ? '1 day old' : `${age} days old`);
  } else if (item.doneIn?.date) facts.push(`done ${item.doneIn.date}`);
  if (item.due) facts.push(`due ${item.due.date}`);
  const late = daysOverdue(item, today);
  if (isOverdue(item, today) && late !== undefined) facts.push(late === 1 ? 'overdue by 1 day' : `overdue by ${late} days`);
  if (item.private) facts.push('private');
  return facts.join(', ');
}

/** The text output: a line per person, then a line per item that terminals can open (file:line). */
export function itemsText(run: ItemsRun, today: IsoDate): string {
  const out: string[] = [];
  for (const p of run.people) {
    if (!p.items.length) continue;
    const open = p.items.filter(i => i.status === 'open').length;
    out.push(`${p.person?.name ?? p.personId} (${p.personId}): ${open} open, ${p.items.length - open} done`);
    for (const item of p.items) {
      const at = item.status === 'open' ? item.lastSeen : item.doneIn ?? item.lastSeen;
      out.push(`  ${run.fileOf(p.personId, at.file)}:${at.line}: [${item.status === 'open' ? ' ' : 'x'}] ${item.text} (${describeItem(item, today)})`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
