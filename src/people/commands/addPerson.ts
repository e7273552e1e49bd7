// "1:1: Add Person…": name, relationship and default mode, asked or given as arguments; from a folder
// with no person in the People view, the person whose notes it holds (its name becomes their id).
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { isRelationship, type Mode, type Relationship } from '../../core/modes';
import { plural } from '../../core/dates';
import { ID_RULES, isSafeId, safeId } from '../../core/person-id';
import { checkPersonFields, personName, type NewPerson, type Person } from '../../core/roster';
import type { RegisterCommand } from '../../util/commands';
import type { FeatureServices } from '../services';
import type { FolderRoster } from '../store';
import { isOrphanNode } from '../folders';
import type { PeopleNode } from '../tree';
import { complain, notesFolderOf, refuseBrokenRoster } from './messages';
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

/** In the lazily loaded features chunk (src/features.ts): main registers the command and loads the chunk on first use. */
export function registerAddPerson(register: RegisterCommand, people: FeatureServices): vscode.Disposable {
  return register(Commands.addPerson, (args?: AddPersonArgs) => addPerson(people, args));
}

export async function addPerson(people: FeatureServices, args?: AddPersonArgs | PeopleNode): Promise<Person | undefined> {
  // From a folder with no person in the People view: its name becomes their id, its notes theirs.
  if (isOrphanNode(args)) return addPersonForFolder(people, args.folder, args.notesFolder.name);
  const folder = await pickFolder(people, (args as AddPersonArgs | undefined)?.folder);
  if (!folder) return undefined;
  // A people.json that does not read cleanly is never rewritten: say so before asking anything.
  if (refuseBrokenRoster(folder)) return undefined;
  let input: NewPerson | undefined;
  if (args && typeof args === 'object' && 'name' in args) {
    const fields = { ...(args.mode ? { mode: args.mode } : {}), ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}) };
    const problem = checkPersonFields({ name: String(args.name ?? ''), relationship: args.relationship, ...fields });
    if (problem || !isRelationship(args.relationship)) {
      complain(problem ?? vscode.l10n.t('The relationship must be "direct-report" or "peer".'));
      return undefined;
    }
    input = { name: args.name, relationship: args.relationship, ...fields, ...(args.id ? { id: args.id } : {}) };
  } else {
    input = await askNewPerson(people, folder);
  }
  if (!input) return undefined;
  return writePersonChange(people, folder, { kind: 'add', person: input }, async person => {
    const where = notesFolderOf(people, folder, person.id);
    const notes = (await people.store.notesInFolder(folder, person.id))?.length ?? 0;
    return notes === 0 ? vscode.l10n.t('Added {0}. Their notes go in {1}.', person.name, where)
      : notes === 1 ? vscode.l10n.t('Added {0}. Their notes go in {1}, which already held 1 note: it is theirs now.', person.name, where)
        : vscode.l10n.t('Added {0}. Their notes go in {1}, which already held {2} notes: they are theirs now.', person.name, where, notes);
  });
}

/** Adds the person whose notes are in `<notes>/<id>/`, a folder no one in people.json has: asks their name, relationship and mode. */
async function addPersonForFolder(people: FeatureServices, folder: FolderRoster, id: string): Promise<Person | undefined> {
  const where = notesFolderOf(people, folder, id);
  if (!isSafeId(id)) {
    complain(vscode.l10n.t('{0} cannot be a person\'s id ({1}): rename the folder to their id, or to one like that, first.', where, ID_RULES));
    return undefined;
  }
  if (refuseBrokenRoster(folder)) return undefined;
  // A guess at the name from the folder's: "ghost-person" -> "Ghost Person".
  const guess = id.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person for {0} (1/3): name', where),
    prompt: vscode.l10n.t('Their name as you want to see it. Their id is the folder\'s name, {0}: its notes become theirs.', id),
    value: guess,
    validateInput: value => (value ? checkPersonFields({ name: value }) : undefined),
  });
  if (name === undefined || !personName(name)) return undefined;
  const relationship = await pickRelationship(vscode.l10n.t('Add Person (2/3): relationship'));
  if (!relationship) return undefined;
  const mode = await pickMode(relationship, undefined, vscode.l10n.t('Add Person (3/3): how you usually meet {0}', personName(name)));
  if (!mode) return undefined;
  return writePersonChange(people, folder, { kind: 'add', person: { name, relationship, mode, id } }, async person => {
    const notes = (await people.store.notesInFolder(folder, person.id))?.length ?? 0;
    return vscode.l10n.t('Added {0}. Their notes go in {1}, which already held {2}: they are theirs now.', person.name, where, plural(notes, 'note'));
  });
}

/**
 * What the name box says about the notes folder the name gives: where it is, and, when that folder is
 * there already (a person removed from people.json, notes copied in), how many notes it holds that
 * become this person's. Read once per id while the box is open.
 */
function folderNotice(people: FeatureServices, folder: FolderRoster): (id: string) => Promise<vscode.InputBoxValidationMessage> {
  const counts = new Map<string, Promise<number | undefined>>();
  return async id => {
    let count = counts.get(id);
    if (!count) {
      count = people.store.notesInFolder(folder, id).then(notes => notes?.length, () => undefined);
      counts.set(id, count);
    }
    const where = notesFolderOf(people, folder, id);
    const notes = await count;
    if (notes === undefined) return { message: vscode.l10n.t('Notes folder: {0}', where), severity: vscode.InputBoxValidationSeverity.Info };
    const message = notes === 0 ? vscode.l10n.t('Notes folder: {0} is there already, with no notes yet; it will be theirs.', where)
      : notes === 1 ? vscode.l10n.t('Notes folder: {0} is there already, with 1 note; it will be theirs.', where)
        : vscode.l10n.t('Notes folder: {0} is there already, with {1} notes; they will be theirs.', where, notes);
    return { message, severity: notes ? vscode.InputBoxValidationSeverity.Warning : vscode.InputBoxValidationSeverity.Info };
  };
}

async function askNewPerson(people: FeatureServices, folder: FolderRoster): Promise<NewPerson | undefined> {
  const taken = folder.roster.people.map(p => p.id);
  const notice = folderNotice(people, folder);
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person (1/3): name'),
    prompt: vscode.l10n.t('Their name as you want to see it. It can change later; their notes folder will not.'),
    placeHolder: vscode.l10n.t('e.g. Amara Okafor'),
    validateInput: value => {
      const problem = checkPersonFields({ name: value });
      if (problem) return value ? problem : undefined;
      return notice(safeId(value, taken));
    },
  });
  if (name === undefined || !personName(name)) return undefined;
  const relationship = await pickRelationship(vscode.l10n.t('Add Person (2/3): relationship'));
  if (!relationship) return undefined;
  const mode = await pickMode(relationship, undefined, vscode.l10n.t('Add Person (3/3): how you usually meet {0}', personName(name)));
  if (!mode) return undefined;
  return { name, relationship, mode };
}
