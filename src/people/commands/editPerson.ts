// "1:1: Edit Person…": name (the id stays), default mode, cadence or relationship; or people.json at that person.
import * as vscode from 'vscode';
import { Commands, ROSTER_FILE } from '../../constants';
import { MODE_INFO, RELATIONSHIP_INFO } from '../../core/modes';
import { checkPersonFields, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, personName, type Person, type PersonPatch } from '../../core/roster';
import type { RegisterCommand } from '../../util/commands';
import type { FeatureServices } from '../services';
import { cadenceOf } from '../status';
import type { PersonRef } from '../store';
import { plain, refuseBrokenRoster } from './messages';
import { pickMode, pickRelationship, resolvePerson, type PersonTarget } from './pickers';
import { writePersonChange } from './writeChange';

/** In the lazily loaded features chunk (src/features.ts): main registers the command and loads the chunk on first use. */
export function registerEditPerson(register: RegisterCommand, people: FeatureServices): vscode.Disposable {
  return register(Commands.editPerson, (target?: PersonTarget, patch?: PersonPatch) => editPerson(people, target, plain(patch)));
}

export async function editPerson(people: FeatureServices, target?: PersonTarget, patch?: PersonPatch): Promise<Person | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Edit Person'), archived: false });
  if (!ref) return undefined;
  if (refuseBrokenRoster(ref.folder)) return undefined;
  const change = patch ?? await askEdit(people, ref);
  if (!change || !Object.keys(change).length) return undefined;
  return writePersonChange(people, ref.folder, { kind: 'update', id: ref.person.id, patch: change }, p => vscode.l10n.t('Updated {0}.', p.name));
}

async function askEdit(people: FeatureServices, ref: PersonRef): Promise<PersonPatch | undefined> {
  const { person } = ref;
  type Field = vscode.QuickPickItem & { field: 'name' | 'mode' | 'relationship' | 'cadence' | 'json' };
  const cadence = cadenceOf(people, ref);
  const fields: Field[] = [
    { label: `$(symbol-text) ${vscode.l10n.t('Name')}`, description: person.name, detail: vscode.l10n.t('Renaming keeps their id and notes folder.'), field: 'name' },
    { label: `$(comment-discussion) ${vscode.l10n.t('Default mode')}`, description: MODE_INFO[person.mode].label, field: 'mode' },
    {
      label: `$(calendar) ${vscode.l10n.t('Cadence')}`,
      description: person.cadenceDays === undefined ? vscode.l10n.t('every {0} days (workspace default)', cadence) : vscode.l10n.t('every {0} days', cadence),
      field: 'cadence',
    },
    { label: `$(organization) ${vscode.l10n.t('Relationship')}`, description: RELATIONSHIP_INFO[person.relationship].label, field: 'relationship' },
    { label: `$(json) ${vscode.l10n.t('Open {0}', ROSTER_FILE)}`, description: vscode.l10n.t('edit by hand'), field: 'json' },
  ];
  const picked = await vscode.window.showQuickPick(fields, { title: vscode.l10n.t('Edit {0}', person.name), placeHolder: vscode.l10n.t('What do you want to change?') });
  if (!picked) return undefined;
  switch (picked.field) {
    case 'name': {
      const name = await vscode.window.showInputBox({
        title: vscode.l10n.t('Rename {0}', person.name),
        value: person.name,
        prompt: vscode.l10n.t('Their id and folder stay "{0}".', person.id),
        validateInput: v => checkPersonFields({ name: v }),
      });
      return name === undefined || personName(name) === person.name ? undefined : { name };
    }
    case 'mode': {
      const mode = await pickMode(person.relationship, person.mode, vscode.l10n.t('Default mode for {0}', person.name));
      return mode && mode !== person.mode ? { mode } : undefined;
    }
    case 'cadence': {
      const value = await vscode.window.showInputBox({
        title: vscode.l10n.t('Cadence for {0}', person.name),
        prompt: vscode.l10n.t('Days between 1:1s ({0}–{1}).', MIN_CADENCE_DAYS, MAX_CADENCE_DAYS),
        value: String(cadence),
        validateInput: v => checkPersonFields({ cadenceDays: Number(v.trim()) }) ?? (/^\d+$/.test(v.trim()) ? undefined : vscode.l10n.t('A whole number of days.')),
      });
      return value === undefined ? undefined : { cadenceDays: Number(value.trim()) };
    }
    case 'relationship': {
      const relationship = await pickRelationship(vscode.l10n.t('Relationship with {0}', person.name), person.relationship);
      if (!relationship || relationship === person.relationship) return undefined;
      const mode = await pickMode(relationship, undefined, vscode.l10n.t('Default mode for {0} as a {1}', person.name, RELATIONSHIP_INFO[relationship].inSentence));
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
