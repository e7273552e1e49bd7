// "1:1: Start 1:1 with…": today's note from the template, with what is still open (at most
// learningLeader.carryOver.limit items); never overwrites a note (an empty file named as today's
// note, created and never written, is filled).
import * as vscode from 'vscode';
import { exists } from '../../context/files';
import { Commands } from '../../constants';
import { isMode, MODE_INFO, modesFor, RELATIONSHIP_INFO, type Mode } from '../../core/modes';
import { NOT_A_NOTE, whyNotANote } from '../../core/meetings';
import { firstNoteOn, newNoteFileName } from '../../core/notes';
import { renderNote } from '../../core/templates';
import type { FollowThrough, PeopleServices } from '../services';
import type { RegisterCommand } from '../../util/commands';
import { isPersonNode } from '../tree';
import { complain, plain, say } from './messages';
import { pickMode, resolvePerson, type PersonTarget } from './pickers';

export interface StartOptions {
  /** The mode for this meeting; the person's default when absent (and no pick is shown). */
  readonly mode?: Mode;
  /** Start a second note today even when today's note exists. */
  readonly another?: boolean;
  /** Open the note in an editor (default true). */
  readonly show?: boolean;
}

const encoder = new TextEncoder();

/** Registers Start 1:1 (its code loads with the features chunk, as the carry-over it writes needs the item index). */
export function registerStartOneOnOne(register: RegisterCommand, people: PeopleServices): vscode.Disposable {
  return register(Commands.startOneOnOne, (target?: PersonTarget, options?: StartOptions) => startOneOnOne(people, target, plain(options)));
}

export async function startOneOnOne(people: PeopleServices, target?: PersonTarget, options: StartOptions = {}): Promise<vscode.Uri | undefined> {
  const { store } = people;
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Start 1:1 with…') });
  if (!ref) return undefined;
  const today = people.calendar.today();
  const folderUri = store.personFolderUri(ref);
  // Read the listing fresh: a note may have been written a moment ago.
  store.invalidateNotes(ref);
  // A file named like today's note that is not one (an image saved under a note's name) is never
  // opened as the note, nor written over: today's note is started beside it.
  const checked = await store.checkedNotesOf(ref, today);
  const notes = checked.filter(n => !n.notANote);
  const existing = firstNoteOn(today, notes);
  const notANote = !existing ? checked.find(n => n.date === today && n.notANote) : undefined;
  // An empty file named as today's note (created, never written) is filled, not put beside.
  const emptyToday = notANote?.notANote === 'empty' ? notANote : undefined;
  if (existing && !options.another) {
    const uri = store.noteUri(ref, existing);
    if (options.show !== false) await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }
  let mode = options.mode;
  if (mode !== undefined && (!isMode(mode) || MODE_INFO[mode].relationship !== ref.person.relationship)) {
    complain(vscode.l10n.t('"{0}" is not a mode for a {1}: use {2}.', String(mode), RELATIONSHIP_INFO[ref.person.relationship].inSentence, modesFor(ref.person.relationship).join(' or ')));
    return undefined;
  }
  if (!mode) {
    const interactive = options.mode === undefined && target === undefined || isPersonNode(target);
    mode = interactive ? await pickMode(ref.person.relationship, ref.person.mode, vscode.l10n.t('1:1 with {0}: which relationship today?', ref.person.name)) : ref.person.mode;
    if (!mode) return undefined;
  }
  // What is still open across all their notes (each item once, however often it was carried), at
  // most learningLeader.carryOver.limit of the newest, with a line about the rest. A note dated after
  // today is a prepared next meeting: nothing is carried from it (core/meetings.ts isAhead).
  let followThrough: FollowThrough;
  try {
    followThrough = await people.followThrough();
  } catch (e) {
    // The chunk with the item index did not load: say so (its message names the cause) and write nothing.
    complain(e instanceof Error ? e.message : String(e));
    return undefined;
  }
  const { items: index, carryOver } = followThrough;
  const items = await index.itemsOf(ref.folder, ref.person.id);
  const limit = people.contexts.settingsFor(ref.folder.folder)['carryOver.limit'];
  const content = renderNote({
    personId: ref.person.id,
    name: ref.person.name,
    relationship: ref.person.relationship,
    mode,
    date: today,
    carried: { lines: carryOver(items, { limit, today }).lines, earlierNotes: notes.some(n => n.date <= today) },
  });
  await vscode.workspace.fs.createDirectory(folderUri);
  // Names on disk right now, not the cached listing: never overwrite a note.
  const onDisk = (await vscode.workspace.fs.readDirectory(folderUri)).map(([name]) => name);
  const fill = emptyToday && await stillEmpty(store.noteUri(ref, emptyToday)) ? emptyToday.fileName : undefined;
  const fileName = fill ?? newNoteFileName(today, onDisk);
  const uri = vscode.Uri.joinPath(folderUri, fileName);
  if (!fill && await exists(uri)) {
    complain(vscode.l10n.t('{0} appeared while it was being created; opening it instead.', fileName));
  } else {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(content));
    if (notANote && !fill) say(vscode.l10n.t('{0} is not a text note ({1}), so today\'s note is {2}, beside it; the file was left as it is.', notANote.fileName, NOT_A_NOTE[notANote.notANote ?? 'binary'], fileName));
  }
  store.invalidateNotes(ref);
  if (options.show !== false) {
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    // Put the cursor on their agenda: what they bring comes first.
    const text = editor.document.getText();
    const agenda = text.indexOf('## Their agenda');
    if (agenda >= 0) {
      const line = editor.document.positionAt(agenda).line + 2;
      const position = editor.document.lineAt(Math.min(line, editor.document.lineCount - 1)).range.end;
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
  return uri;
}

/** The file is still empty on disk, and not open with unsaved text: today's note may be written into it. */
async function stillEmpty(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.textDocuments.some(d => d.isDirty && d.uri.toString() === uri.toString())) return false;
  try {
    return whyNotANote(await vscode.workspace.fs.readFile(uri)) === 'empty';
  } catch {
    return false;
  }
}
