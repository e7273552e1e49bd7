// "1:1: Open Latest Note": a person's newest note (a file named like a note that is not one, such as
// an image, is passed over: core/meetings.ts). With none, but a folder with no person that looks like
// theirs (renamed by hand), it says where their notes are.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { RegisterCommand } from '../../util/commands';
import { offer } from '../../util/notify';
import type { PeopleServices } from '../services';
import { movedNotesOf } from '../tree';
import { offerNamingByDate } from './messages';
import { resolvePerson, type PersonTarget } from './pickers';

export function registerOpenLatestNote(register: RegisterCommand, people: PeopleServices): vscode.Disposable {
  return register(Commands.openLatestNote, (target?: PersonTarget) => openLatestNote(people, target));
}

export async function openLatestNote(people: PeopleServices, target?: PersonTarget): Promise<vscode.Uri | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Open Latest Note of…') });
  if (!ref) return undefined;
  const latest = (await people.store.checkedNotesOf(ref, people.calendar.today())).find(n => !n.notANote);
  if (!latest) {
    // Their notes may be in a folder renamed by hand (core/person-folders.ts): say where, not "no notes".
    const moved = await movedNotesOf(people, ref.folder, ref.person);
    if (moved) {
      offer('warning', moved.message, vscode.l10n.t('Reveal {0}/ in Explorer', moved.name),
        () => vscode.commands.executeCommand('revealInExplorer', vscode.Uri.joinPath(ref.folder.notesUri, moved.name)));
      return undefined;
    }
    if (await offerNamingByDate(people, ref)) return undefined;
    offer('information', vscode.l10n.t('No notes for {0} yet.', ref.person.name), vscode.l10n.t('Start 1:1'),
      () => vscode.commands.executeCommand(Commands.startOneOnOne, { id: ref.person.id, folder: ref.folder.folder.uri }));
    return undefined;
  }
  const uri = people.store.noteUri(ref, latest);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
