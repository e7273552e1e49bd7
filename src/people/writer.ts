// The one way people.json is written. Another window (or git, or another editor) may write the file
// at the same moment, so a change is data that can be applied again: each attempt reads the file,
// plans the change on that text (on the note context's cached parse), checks right before writing
// that the file is still what it planned on, writes, and reads the file back to see that the change
// is in it. A writer that raced ours and replaced the file is answered by planning again on what it
// wrote, a bounded number of times: nothing is lost and no one merges by hand.
//
// The file is written through vscode.workspace.fs (so it works on disk, over Remote and in the
// browser), never by saving an editor: a clean editor of people.json follows the disk by itself,
// and VS Code's "Failed to save" conflict cannot happen. When people.json is open with unsaved
// edits, those edits are the person's truth: the change goes into that buffer as an undoable edit
// and stays unsaved with theirs. A roster with errors is never rewritten (the core refuses).
import * as vscode from 'vscode';
import { readDiskText } from '../context/files';
import type { NoteContextService } from '../context/noteContexts';
import { rootOf } from '../context/locations';
import { holdsChange, minimalEdit, type Person, type RosterChange } from '../core/roster';

export class RosterWriteError extends Error {}

const encoder = new TextEncoder();

/** Attempts before giving up when the file keeps changing under us. */
const MAX_ATTEMPTS = 6;
/**
 * After a write, the file is read back at once and again after this pause: a writer in another
 * window that checked the file just before we wrote lands its write within milliseconds, and the
 * second look catches it.
 */
const SETTLE_MS = 120;

export interface RosterWriteStats {
  /** Attempts that found the file changed by someone else and planned again. */
  retries: number;
  writes: number;
}

export class RosterWriter {
  /** Counted for the tests and the README's figures. */
  readonly stats: RosterWriteStats = { retries: 0, writes: 0 };

  constructor(private readonly contexts: NoteContextService) {}

  /**
   * Applies `change` to the roster of `folder`. Resolves to the person as written, or rejects with a
   * RosterWriteError whose message is fit to show (the file has errors, the person is gone, ...).
   */
  async write(folder: vscode.WorkspaceFolder, change: RosterChange): Promise<Person> {
    const rosterUri = this.contexts.rosterUri(folder);
    for (let attempt = 1; ; attempt++) {
      const dirty = dirtyDocument(rosterUri);
      if (dirty) return this.editBuffer(folder, dirty, change);
      const person = await this.writeFile(folder, rosterUri, change);
      if (person) return person;
      if (attempt >= MAX_ATTEMPTS) {
        throw new RosterWriteError(vscode.l10n.t('people.json kept changing while the change was being written (another window or program is writing it). Nothing was lost: try again in a moment.'));
      }
      this.stats.retries++;
      // Two windows that collided should not collide again in lockstep.
      await delay(10 + Math.random() * 40 * attempt);
    }
  }

  /** One attempt on the file on disk: the person as written, or undefined when someone else wrote in between. */
  private async writeFile(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange): Promise<Person | undefined> {
    const base = await readDiskText(rosterUri);
    const plan = this.contexts.changeRoster(folder, base, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);
    if (base === undefined) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(rosterUri, '..'));
    // Right before writing: still the text the change was planned on, and not dirty in an editor now?
    if (await readDiskText(rosterUri) !== base || dirtyDocument(rosterUri)) return undefined;
    await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(plan.text));
    this.stats.writes++;
    if (!await this.holds(folder, rosterUri, change, plan.person, plan.text)) return undefined;
    await delay(SETTLE_MS);
    return await this.holds(folder, rosterUri, change, plan.person, plan.text) ? plan.person : undefined;
  }

  /** Whether the file on disk holds the change (its exact text, or a text that has it: a later writer built on ours). */
  private async holds(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange, person: Person, written: string): Promise<boolean> {
    const now = await readDiskText(rosterUri);
    if (now === undefined) return false;
    if (now === written) return true;
    return holdsChange(this.contexts.core.rosterDocument(rootOf(folder), now).roster, change, person);
  }

  /** people.json is open with unsaved edits: the change goes into that buffer, undoably, and stays unsaved. */
  private async editBuffer(folder: vscode.WorkspaceFolder, document: vscode.TextDocument, change: RosterChange): Promise<Person> {
    const text = document.getText();
    const plan = this.contexts.changeRoster(folder, text, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);
    const e = minimalEdit(text, plan.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
    // The buffer changed while the change was planned (the person typed): plan again on the new text.
    if (document.getText() !== text) return this.editBuffer(folder, document, change);
    if (!await vscode.workspace.applyEdit(edit)) throw new RosterWriteError(vscode.l10n.t('VS Code did not apply the change to people.json.'));
    return plan.person;
  }
}

/** The open document of `uri` when it has unsaved edits. */
function dirtyDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.isDirty && d.uri.toString() === key);
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
