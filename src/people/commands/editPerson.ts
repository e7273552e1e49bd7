// "1:1: Edit Person…": name (the id stays), default mode, cadence or relationship; or people.json at that person.
import * as vscode from 'vscode';
import { Commands, ROSTER_FILE } from '../../constants';
import { MODE_INFO, RELATIONSHIP_INFO } from '../../core/modes';
import { checkPersonFields, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, type Person, type PersonPatch } from '../../core/roster';
import type { PeopleServices } from '../services';
import { cadenceOf } from '../status';
import type { PersonRef } from '../store';
import { plain } from './messages';
import { pickMode, pickRelationship, resolvePerson, type PersonTarget } from './pickers';
import { writePersonChange } from './writeChange';

export function registerEditPerson(people: PeopleServices): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.editPerson, (target?: PersonTarget, patch?: PersonPatch) => editPerson(people, target, plain(patch)));
}

export async function editPerson(people: PeopleServices, target?: PersonTarget, patch?: PersonPatch): Promise<Person | undefined> {
  const ref = await resolvePerson(people, target, { title: 'Edit Person', archived: false });
  if (!ref) return undefined;
  const change = patch ?? await askEdit(people, ref);
  if (!change || !Object.keys(change).length) return undefined;
  return writePersonChange(people, ref.folder, { kind: 'update', id: ref.person.id, patch: change }, p => `Updated ${p.name}.`);
}

async function askEdit(people: PeopleServices, ref: PersonRef): Promise<PersonPatch | undefined> {
  const { person } = ref;
  type Field = vscode.QuickPickItem & { field: 'name' | 'mode' | 'relationship' | 'cadence' | 'json' };
  const cadence = cadenceOf(people, ref);
  const fields: Field[] = [
    { label: '$(symbol-text) Name', description: person.name, detail: 'Renaming keeps their id and notes folder.', field: 'name' },
    { label: '$(comment-discussion) Default mode', description: MODE_INFO[person.mode].label, field: 'mode' },
    { label: '$(calendar) Cadence', description: `every ${cadence} days${person.cadenceDays === undefined ? ' (workspace default)' : ''}`, field: 'cadence' },
    { label: '$(organization) Relationship', description: RELATIONSHIP_INFO[person.relationship].label, field: 'relationship' },
    { label: `$(json) Open ${ROSTER_FILE}`, description: 'edit by hand', field: 'json' },
  ];
  const picked = await vscode.window.showQuickPick(fields, { title: `Edit ${person.name}`, placeHolder: 'What do you want to change?' });
  if (!picked) return undefined;
  switch (picked.field) {
    case 'name': {
      const name = await vscode.window.showInputBox({ title: `Rename ${person.name}`, value: person.name, prompt: `Their id and folder stay "${person.id}".`, validateInput: v => checkPersonFields({ name: v }) });
      return name === undefined || name.trim() === person.name ? undefined : { name };
    }
    case 'mode': {
      const mode = await pickMode(person.relationship, person.mode, `Default mode for ${person.name}`);
      return mode && mode !== person.mode ? { mode } : undefined;
    }
    case 'cadence': {
      const value = await vscode.window.showInputBox({
        title: `Cadence for ${person.name}`,
        prompt: `Days between 1:1s (${MIN_CADENCE_DAYS}–${MAX_CADENCE_DAYS}).`,
        value: String(cadence),
        validateInput: v => checkPersonFields({ cadenceDays: Number(v.trim()) }) ?? (/^\d+$/.test(v.trim()) ? undefined : 'A whole number of days.'),
      });
      return value === undefined ? undefined : { cadenceDays: Number(value.trim()) };
    }
    case 'relationship': {
      const relationship = await pickRelationship(`Relationship with ${person.name}`, person.relationship);
      if (!relationship || relationship === person.relationship) return undefined;
      const mode = await pickMode(relationship, undefined, `Default mode for ${person.name} as a ${RELATIONSHIP_INFO[relationship].inSentence}`);
      return mode ? { relationship, mode } : undefined;
    }
    case 'json': {
      const document = await vscode.workspace.openTextDocument(ref.folder.rosterUri);
      const at = document.getText().indexOf(`"${person.id}"`);
      const position = document.positionAt(Math.max(0, at));
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
      return undefined;
    }
  }
}
