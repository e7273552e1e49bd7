// "1:1: Name Notes by Their Dates": notes moved into a person's folder from another layout keep their
// old names ("2026-08-02-priya.md", "2026-08-02 Priya.md") and are no 1:1 until renamed to
// YYYY-MM-DD.md (core/notes.ts misnamedNote). This renames them, in one workspace edit (open editors
// follow, undoable), never onto a file that exists; the text of each note is left as it is.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { misnamedRenames } from '../../core/notes';
import type { Person } from '../../core/roster';
import type { RegisterCommand } from '../../util/commands';
import { complain, say } from '../../util/notify';
import type { PeopleServices } from '../services';
import type { FolderRoster } from '../store';
import { resolvePerson, type PersonTarget } from './pickers';

/** A misnamed file's row in the People view: only that file is renamed. */
type FileTarget = { readonly kind: 'misdated'; readonly folder: FolderRoster; readonly person: Person; readonly fileName: string };

export function registerNameNotesByDate(register: RegisterCommand, people: PeopleServices): vscode.Disposable {
  return register(Commands.nameNotesByDate, (target?: PersonTarget | FileTarget) => nameNotesByDate(people, target));
}

/** Renames the person's (or the one file's) misnamed notes; resolves to the renames made. */
export async function nameNotesByDate(people: PeopleServices, target?: PersonTarget | FileTarget): Promise<{ readonly from: string; readonly to: string }[]> {
  const file = typeof target === 'object' && 'kind' in target && target.kind === 'misdated' ? target : undefined;
  const ref = await resolvePerson(people, file ? { kind: 'person', person: file.person, folder: file.folder } : target as PersonTarget | undefined,
    { title: vscode.l10n.t('Name Notes by Their Dates for…') });
  if (!ref) return [];
  const dir = vscode.Uri.joinPath(ref.folder.notesUri, ref.person.id);
  let names: string[];
  try {
    names = (await vscode.workspace.fs.readDirectory(dir)).filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
  } catch {
    names = [];
  }
  const plan = misnamedRenames(names, file ? new Set([file.fileName]) : undefined);
  if (!plan.length) {
    say(vscode.l10n.t('No note of {0} to rename: every file in their folder that starts with a date is named as a note already.', ref.person.name));
    return [];
  }
  const edit = new vscode.WorkspaceEdit();
  for (const r of plan) edit.renameFile(vscode.Uri.joinPath(dir, r.from), vscode.Uri.joinPath(dir, r.to), { overwrite: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    complain(vscode.l10n.t('The notes of {0} could not be renamed (a file may be in use, or a name taken meanwhile); nothing was changed.', ref.person.name));
    return [];
  }
  people.store.invalidateNotes(ref);
  const shown = plan.slice(0, 3).map(r => `${r.from} → ${r.to}`).join(', ') + (plan.length > 3 ? ', …' : '');
  say(plan.length === 1
    ? vscode.l10n.t('Renamed 1 note of {0} to its date: {1}. Its text is unchanged.', ref.person.name, shown)
    : vscode.l10n.t('Renamed {0} notes of {1} to their dates: {2}. Their text is unchanged.', plan.length, ref.person.name, shown));
  return plan;
}
