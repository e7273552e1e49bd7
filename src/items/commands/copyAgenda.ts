// "Copy Agenda for…": the shareable part of the upcoming note (carried items, their agenda, talking
// points, the questions kept without their answers) to the clipboard as markdown, without the private
// parts, and a word on what went in and what was left out, so nothing on the clipboard surprises the
// manager. vscode.env.clipboard works in the desktop, remote and web hosts alike.
import * as vscode from 'vscode';
import { readText } from '../../context/files';
import { Commands } from '../../constants';
import { agendaOf } from '../../core/items';
import { complain, offerNamingByDate, plain } from '../../people/commands/messages';
import { resolvePerson, type PersonTarget } from '../../people/commands/pickers';
import type { PeopleServices } from '../../people/services';
import type { RegisterCommand } from '../../util/commands';
import { offer, say } from '../../util/notify';
import type { PersonRef } from '../../people/store';

export interface CopyAgendaOptions {
  /** The note to share (default: the person's note open in the active editor, else their newest note). */
  readonly note?: vscode.Uri;
}

export interface AgendaCopy {
  readonly note: vscode.Uri;
  /** What was copied ('' when there was nothing to share, and nothing was copied). */
  readonly markdown: string;
  /** What went in: "3 items from their agenda, 4 talking points and 5 questions" ('' when nothing was counted). */
  readonly contents: string;
  /** "Left out: …" */
  readonly summary: string;
  readonly empty: boolean;
}

export function registerCopyAgenda(register: RegisterCommand, people: PeopleServices): vscode.Disposable {
  return register(Commands.copyAgenda, (target?: PersonTarget, options?: CopyAgendaOptions) => copyAgenda(people, target, plain(options)));
}

/** The person's note in the active editor, else their newest dated note. */
async function upcomingNote(people: PeopleServices, ref: PersonRef): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = people.store.personFolderUri(ref).path.replace(/\/+$/, '');
  if (active && active.scheme === ref.folder.notesUri.scheme && active.path.startsWith(`${folder}/`) && /\.(?:md|markdown)$/i.test(active.path)) return active;
  people.store.invalidateNotes(ref);
  const newest = (await people.store.notesOf(ref))[0];
  return newest ? people.store.noteUri(ref, newest) : undefined;
}

export async function copyAgenda(people: PeopleServices, target?: PersonTarget, options: CopyAgendaOptions = {}): Promise<AgendaCopy | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Copy Agenda for…') });
  if (!ref) return undefined;
  const note = options.note ?? await upcomingNote(people, ref);
  if (!note) {
    if (await offerNamingByDate(people, ref, ` ${vscode.l10n.t('Then copy the agenda of the newest.')}`)) return undefined;
    offer('information', vscode.l10n.t('No notes for {0} yet: start the 1:1 note first, then copy its agenda.', ref.person.name), vscode.l10n.t('Start 1:1'),
      () => vscode.commands.executeCommand(Commands.startOneOnOne, { id: ref.person.id, folder: ref.folder.folder.uri }));
    return undefined;
  }
  const name = note.path.slice(note.path.lastIndexOf('/') + 1);
  let text: string | undefined;
  try {
    text = await readText(note);
  } catch {
    text = undefined;
  }
  if (text === undefined || text.includes('\u0000')) {
    complain(vscode.l10n.t('{0} cannot be read as a note; nothing was copied.', name));
    return undefined;
  }
  const agenda = agendaOf(text, vscode.l10n);
  if (agenda.empty) {
    say(vscode.l10n.t('Nothing to share in {0}: no carried items, agenda, talking points or questions. Nothing was copied.', name));
    return { note, markdown: '', contents: '', summary: agenda.summary, empty: true };
  }
  await vscode.env.clipboard.writeText(agenda.markdown);
  // The notice's count and the clipboard come from one list (agendaOf: the lines that went in).
  say(agenda.contents
    // What went in first: a notice shows its first line only until it is expanded.
    ? vscode.l10n.t('Copied the agenda for {0}: {1}. {2} From {3}.', ref.person.name, agenda.contents, agenda.summary, name)
    : vscode.l10n.t('Copied the agenda of {0} for {1}. {2}', name, ref.person.name, agenda.summary));
  return { note, markdown: agenda.markdown, contents: agenda.contents, summary: agenda.summary, empty: false };
}
