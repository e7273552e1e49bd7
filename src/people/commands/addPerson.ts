// "1:1: Add Person…": name, relationship and default mode, asked or given as arguments.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isRelationship, type Mode, type Relationship } from '../../core/modes';
import { safeId } from '../../core/person-id';
import { checkPersonFields, type NewPerson, type Person } from '../../core/roster';
import type { PeopleServices } from '../services';
import type { FolderRoster } from '../store';
import { complain } from './messages';
import { pickFolder, pickMode, pickRelationship } from './pickers';
import { writePersonChange } from './writeChange';

export interface AddPersonArgs {
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode?: Mode;
  readonly cadenceDays?: number;
  readonly id?: string;
  /** Workspace folder (URI string or name) in a multi-root workspace. */
  readonly folder?: string | vscode.Uri;
}

export function registerAddPerson(people: PeopleServices): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.addPerson, (args?: AddPersonArgs) => addPerson(people, args));
}

export async function addPerson(people: PeopleServices, args?: AddPersonArgs): Promise<Person | undefined> {
  const folder = await pickFolder(people, args?.folder);
  if (!folder) return undefined;
  let input: NewPerson | undefined;
  if (args && typeof args === 'object' && 'name' in args) {
    const fields = { ...(args.mode ? { mode: args.mode } : {}), ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}) };
    const problem = checkPersonFields({ name: String(args.name ?? ''), relationship: args.relationship, ...fields });
    if (problem || !isRelationship(args.relationship)) {
      complain(problem ?? 'relationship must be "direct-report" or "peer".');
      return undefined;
    }
    input = { name: args.name, relationship: args.relationship, ...fields, ...(args.id ? { id: args.id } : {}) };
  } else {
    input = await askNewPerson(people, folder);
  }
  if (!input) return undefined;
  return writePersonChange(people, folder, { kind: 'add', person: input }, person => `Added ${person.name}. Their notes go in ${notesFolderText(people, folder)}/${person.id}/.`);
}

function notesFolderText(people: PeopleServices, folder: FolderRoster): string {
  return people.contexts.settingsFor(folder.folder).notesFolder;
}

async function askNewPerson(people: PeopleServices, folder: FolderRoster): Promise<NewPerson | undefined> {
  const taken = folder.roster.people.map(p => p.id);
  const name = await vscode.window.showInputBox({
    title: 'Add Person (1/3): name',
    prompt: 'Their name as you want to see it. It can change later; their notes folder will not.',
    placeHolder: 'e.g. Amara Okafor',
    validateInput: value => {
      const problem = checkPersonFields({ name: value });
      if (problem) return value ? problem : undefined;
      return { message: `Notes folder: ${notesFolderText(people, folder)}/${safeId(value, taken)}/`, severity: vscode.InputBoxValidationSeverity.Info };
    },
  });
  if (name === undefined || !name.trim()) return undefined;
  const relationship = await pickRelationship('Add Person (2/3): relationship');
  if (!relationship) return undefined;
  const mode = await pickMode(relationship, undefined, `Add Person (3/3): how you usually meet ${name.trim()}`);
  if (!mode) return undefined;
  return { name, relationship, mode };
}
