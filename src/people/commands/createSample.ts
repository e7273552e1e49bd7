// "1:1: Create Sample Notes": an invented roster and notes in an empty notes folder; never replaces a file.
import * as vscode from 'vscode';
import { exists, readDiskText } from '../../context/files';
import { Commands, ROSTER_FILE } from '../../constants';
import { sampleFiles } from '../../core/sample-notes';
import type { PeopleServices } from '../services';
import type { RegisterCommand } from '../../util/commands';
import { complain, say } from './messages';
import { pickFolder } from './pickers';

const encoder = new TextEncoder();

export function registerCreateSample(register: RegisterCommand, people: PeopleServices): vscode.Disposable {
  return register(Commands.createSample, (args?: { folder?: string | vscode.Uri }) => createSample(people, args));
}

/** Writes the sample roster and notes into an empty notes folder; resolves to the files written. */
export async function createSample(people: PeopleServices, args?: { folder?: string | vscode.Uri }): Promise<vscode.Uri[]> {
  const folder = await pickFolder(people, args?.folder);
  if (!folder) return [];
  if (await readDiskText(folder.rosterUri) !== undefined) {
    complain(vscode.l10n.t('{0} already exists; the sample is only written into a notes folder without a roster, so nothing of yours is touched.',
      `${people.contexts.settingsFor(folder.folder).notesFolder}/${ROSTER_FILE}`));
    return [];
  }
  const written: vscode.Uri[] = [];
  const skipped: string[] = [];
  // Notes first, the roster last: the tree appears once everything is there.
  const files = sampleFiles(people.calendar.today());
  for (const file of [...files.filter(f => f.path !== ROSTER_FILE), ...files.filter(f => f.path === ROSTER_FILE)]) {
    const uri = vscode.Uri.joinPath(folder.notesUri, ...file.path.split('/'));
    if (await exists(uri)) {
      skipped.push(file.path);
      continue;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(file.content));
    written.push(uri);
  }
  await people.store.reloadFolder(folder.folder);
  const notes = files.length - 1;
  say(skipped.length === 0 ? vscode.l10n.t('Created a sample roster with {0} notes. Everyone in it is invented.', notes)
    : skipped.length === 1 ? vscode.l10n.t('Created a sample roster with {0} notes (kept 1 existing file). Everyone in it is invented.', notes)
      : vscode.l10n.t('Created a sample roster with {0} notes (kept {1} existing files). Everyone in it is invented.', notes, skipped.length));
  return written;
}
