// "1:1: Archive Person…" and "1:1: Restore Archived Person…": in or out of Archived; no note is deleted.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { Person } from '../../core/roster';
import { offer } from '../../util/notify';
import type { RegisterCommand } from '../../util/commands';
import type { FeatureServices } from '../services';
import { notesFolderOf, refuseBrokenRoster, say } from './messages';
import { resolvePerson, type PersonTarget } from './pickers';
import { writePersonChange } from './writeChange';

/** In the lazily loaded features chunk (src/features.ts): main registers the commands and loads the chunk on first use. */
export function registerArchivePerson(register: RegisterCommand, people: FeatureServices): vscode.Disposable {
  return vscode.Disposable.from(
    register(Commands.archivePerson, (target?: PersonTarget) => setArchived(people, target, true)),
    register(Commands.unarchivePerson, (target?: PersonTarget) => setArchived(people, target, false)),
  );
}

export async function setArchived(people: FeatureServices, target: PersonTarget | undefined, archived: boolean): Promise<Person | undefined> {
  const ref = await resolvePerson(people, target, archived
    ? { title: vscode.l10n.t('Archive Person'), archived: false, placeHolder: vscode.l10n.t('Archiving hides them from the groups; their notes stay.') }
    : { title: vscode.l10n.t('Restore Archived Person'), archived: true });
  if (!ref) return undefined;
  if (ref.person.archived === archived) {
    say(archived ? vscode.l10n.t('{0} is already archived.', ref.person.name) : vscode.l10n.t('{0} is not archived.', ref.person.name));
    return ref.person;
  }
  if (refuseBrokenRoster(ref.folder)) return undefined;
  const person = await writePersonChange(people, ref.folder, { kind: 'update', id: ref.person.id, patch: { archived } }, undefined);
  if (person && archived) {
    offer('information', vscode.l10n.t('Archived {0}. Their notes stay in {1}.', person.name, notesFolderOf(people, ref.folder, person.id)), vscode.l10n.t('Undo'),
      () => setArchived(people, { id: person.id, folder: ref.folder.folder.uri }, false));
  } else if (person) {
    say(vscode.l10n.t('Restored {0}.', person.name));
  }
  return person;
}
