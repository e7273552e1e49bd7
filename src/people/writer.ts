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
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === rosterUri.toString());
  if (!open && await readText(rosterUri) === undefined) return createRoster(rosterUri, change);
  const document = open ?? await vscode.workspace.openTextDocument(rosterUri);
  if (!document.isDirty) {
    // A clean buffer may lag behind the disk by a moment (another window just saved): let VS Code
    // catch up, so the change lands on top of what is on disk and the save does not conflict.
    const disk = await readText(rosterUri);
    if (disk !== undefined && disk !== document.getText()) await bufferMatches(document, disk, 3000);
  }
  // A dirty buffer holds the person's unsaved edits: those are the truth, and stay unsaved.
  const wasDirty = document.isDirty;
  const bufferText = document.getText();
  const disk = wasDirty ? undefined : await readText(rosterUri);
  const base = disk ?? bufferText;
  const result = applyRosterChange(base, change);
  if (!result.ok) throw new RosterWriteError(result.reason);

  const edit = new vscode.WorkspaceEdit();
  if (base === bufferText) {
    const e = minimalEdit(bufferText, result.text);
    edit.replace(rosterUri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
  } else {
    edit.replace(rosterUri, new vscode.Range(document.positionAt(0), document.positionAt(bufferText.length)), result.text);
  }
  if (!await vscode.workspace.applyEdit(edit)) throw new RosterWriteError('VS Code did not apply the change to people.json.');
  if (wasDirty) return result.person;
  if (!await document.save()) {
    throw new RosterWriteError('people.json changed on disk while it was being saved. The change is in the editor, not saved: compare and save it.');
  }
  return result.person;
}

/** Resolves when the document's text equals `text`, or after `timeoutMs`. */
function bufferMatches(document: vscode.TextDocument, text: string, timeoutMs: number): Promise<void> {
  return new Promise(resolve => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const listener = vscode.workspace.onDidChangeTextDocument(e => {
      if (e.document === document && document.getText() === text) done();
    });
    const timer = setTimeout(done, timeoutMs);
    if (document.getText() === text) done();
  });
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
