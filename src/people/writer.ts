// Writes to people.json. The file is re-read right before each write and the change applied to
// what is there (another window may have written it a moment ago); an existing file changes only
// through a WorkspaceEdit, so the change is undoable and lands in an open editor's buffer.
import * as vscode from 'vscode';
import { applyRosterChange, minimalEdit, type Person, type RosterChange } from '../core/roster';
import { readText } from './store';

export class RosterWriteError extends Error {}

const encoder = new TextEncoder();

/**
 * Applies `change` to the roster at `rosterUri`. Returns the person as written, or throws a
 * RosterWriteError whose message is fit to show (the file has errors, the person is gone, ...).
 */
export async function writeRoster(rosterUri: vscode.Uri, change: RosterChange): Promise<Person> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === rosterUri.toString());
    if (!open) {
      const disk = await readText(rosterUri);
      if (disk === undefined) return createRoster(rosterUri, change);
    }
    const document = open ?? await vscode.workspace.openTextDocument(rosterUri);
    const wasDirty = document.isDirty;
    // A clean buffer may lag behind the disk by a moment: what is on disk is the truth then.
    // A dirty buffer holds the person's unsaved edits: those are the truth, and stay unsaved.
    const base = wasDirty ? document.getText() : (await readText(rosterUri)) ?? document.getText();
    const result = applyRosterChange(base, change);
    if (!result.ok) throw new RosterWriteError(result.reason);

    const edit = new vscode.WorkspaceEdit();
    const bufferText = document.getText();
    if (base === bufferText) {
      const e = minimalEdit(bufferText, result.text);
      edit.replace(rosterUri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
    } else {
      edit.replace(rosterUri, new vscode.Range(document.positionAt(0), document.positionAt(bufferText.length)), result.text);
    }
    if (!await vscode.workspace.applyEdit(edit)) throw new RosterWriteError('VS Code did not apply the change to people.json.');
    if (wasDirty) return result.person;
    if (await document.save()) {
      // Check the disk holds our change; if another window saved in between, do it again on top.
      const after = await readText(rosterUri);
      if (after === result.text || (after !== undefined && after === document.getText())) return result.person;
    }
  }
  throw new RosterWriteError('people.json kept changing while it was being written; try again.');
}

async function createRoster(rosterUri: vscode.Uri, change: RosterChange): Promise<Person> {
  const result = applyRosterChange(undefined, change);
  if (!result.ok) throw new RosterWriteError(result.reason);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(rosterUri, '..'));
  // Last look: never replace a file that appeared meanwhile.
  if (await readText(rosterUri) !== undefined) return writeRoster(rosterUri, change);
  await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(result.text));
  return result.person;
}
