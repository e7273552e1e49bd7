// "1:1: Create Sample Notes": an invented roster and notes in an empty notes folder; never replaces a file.
import * as vscode from 'vscode';
import { exists, readDiskText } from '../../context/files';
import { Commands, ROSTER_FILE } from '../../constants';
import { sampleFiles } from '../../core/sample-notes';
import type { PeopleServices } from '../services';
import { complain, say } from './messages';
import { pickFolder } from './pickers';

const encoder = new TextEncoder();

export function registerCreateSample(people: PeopleServices): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.createSample, (args?: { folder?: string | vscode.Uri }) => createSample(people, args));
}

/** Writes the sample roster and notes into an empty notes folder; resolves to the files written. */
export async function createSample(people: PeopleServices, args?: { folder?: string | vscode.Uri }): Promise<vscode.Uri[]> {
  const folder = await pickFolder(people, args?.folder);
  if (!folder) return [];
  if (await readDiskText(folder.rosterUri) !== undefined) {
    complain(`${people.contexts.settingsFor(folder.folder).notesFolder}/${ROSTER_FILE} already exists; the sample is only written into a notes folder without a roster, so nothing of yours is touched.`);
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
  say(`Created a sample roster with ${files.length - 1} notes${skipped.length ? ` (kept ${skipped.length} existing file${skipped.length === 1 ? '' : 's'})` : ''}. Everyone in it is invented.`);
  return written;
}
