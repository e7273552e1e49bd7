// The one way people.json is written. The file is re-read right before each write and the change
// applied to what is there (another window may have written it a moment ago), planned on the note
// context's cached parse of that text; the parse of the result is kept, so the re-reads that follow
// the write (the file watcher, the open editor, the tree's reload) do not parse it again. An existing
// file changes only through a WorkspaceEdit, so the change is undoable and lands in an open
// editor's buffer; a roster with errors is never rewritten (the core refuses the change).
import * as vscode from 'vscode';
import { readDiskText } from '../context/files';
import type { NoteContextService } from '../context/noteContexts';
import { minimalEdit, type Person, type RosterChange } from '../core/roster';

export class RosterWriteError extends Error {}

const encoder = new TextEncoder();

export class RosterWriter {
  constructor(private readonly contexts: NoteContextService) {}

  /**
   * Applies `change` to the roster of `folder`. Resolves to the person as written, or rejects with a
   * RosterWriteError whose message is fit to show (the file has errors, the person is gone, ...).
   */
  write(folder: vscode.WorkspaceFolder, change: RosterChange): Promise<Person> {
    // One attempt reads the current text, plans the change on it and applies it. When concurrent
    // writers (two windows) must lose nothing, the conflict check and the re-read-and-re-apply retry
    // go here, around this call: `change` is data and can be applied again to the newer text.
    return this.attempt(folder, change);
  }

  private async attempt(folder: vscode.WorkspaceFolder, change: RosterChange): Promise<Person> {
    const rosterUri = this.contexts.rosterUri(folder);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === rosterUri.toString());
    if (!open && await readDiskText(rosterUri) === undefined) return this.create(folder, rosterUri, change);
    const document = open ?? await vscode.workspace.openTextDocument(rosterUri);
    if (!document.isDirty) {
      // A clean buffer may lag behind the disk by a moment (another window just saved): let VS Code
      // catch up, so the change lands on top of what is on disk and the save does not conflict.
      const disk = await readDiskText(rosterUri);
      if (disk !== undefined && disk !== document.getText()) await bufferMatches(document, disk, 3000);
    }
    // A dirty buffer holds the person's unsaved edits: those are the truth, and stay unsaved.
    const wasDirty = document.isDirty;
    const bufferText = document.getText();
    const base = (wasDirty ? undefined : await readDiskText(rosterUri)) ?? bufferText;
    const plan = this.contexts.changeRoster(folder, base, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);

    const edit = new vscode.WorkspaceEdit();
    if (base === bufferText) {
      const e = minimalEdit(bufferText, plan.text);
      edit.replace(rosterUri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
    } else {
      edit.replace(rosterUri, new vscode.Range(document.positionAt(0), document.positionAt(bufferText.length)), plan.text);
    }
    if (!await vscode.workspace.applyEdit(edit)) throw new RosterWriteError('VS Code did not apply the change to people.json.');
    if (wasDirty) return plan.person;
    if (!await document.save()) {
      throw new RosterWriteError('people.json changed on disk while it was being saved. The change is in the editor, not saved: compare and save it.');
    }
    return plan.person;
  }

  private async create(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange): Promise<Person> {
    const plan = this.contexts.changeRoster(folder, undefined, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(rosterUri, '..'));
    // Last look: never replace a file that appeared meanwhile.
    if (await readDiskText(rosterUri) !== undefined) return this.attempt(folder, change);
    await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(plan.text));
    return plan.person;
  }
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
