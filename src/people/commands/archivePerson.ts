// "1:1: Archive Person…" and "1:1: Restore Archived Person…": in or out of Archived; no note is deleted.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { Person } from '../../core/roster';
import type { PeopleServices } from '../services';
import { say } from './messages';
import { resolvePerson, type PersonTarget } from './pickers';
import { writePersonChange } from './writeChange';

export function registerArchivePerson(people: PeopleServices): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.archivePerson, (target?: PersonTarget) => setArchived(people, target, true)),
    vscode.commands.registerCommand(Commands.unarchivePerson, (target?: PersonTarget) => setArchived(people, target, false)),
  );
}

export async function setArchived(people: PeopleServices, target: PersonTarget | undefined, archived: boolean): Promise<Person | undefined> {
  const ref = await resolvePerson(people, target, archived
    ? { title: 'Archive Person', archived: false, placeHolder: 'Archiving hides them from the groups; their notes stay.' }
    : { title: 'Restore Archived Person', archived: true });
  if (!ref) return undefined;
  if (ref.person.archived === archived) {
    say(`${ref.person.name} is ${archived ? 'already archived' : 'not archived'}.`);
    return ref.person;
  }
  const person = await writePersonChange(people, ref.folder, { kind: 'update', id: ref.person.id, patch: { archived } }, undefined);
  if (person && archived) {
    const undo = 'Undo';
    void vscode.window.showInformationMessage(`Archived ${person.name}. Their notes stay in ${person.id}/.`, undo).then(choice => {
      if (choice === undo) void setArchived(people, { id: person.id, folder: ref.folder.folder.uri }, false);
    });
  } else if (person) {
    say(`Restored ${person.name}.`);
  }
  return person;
}
