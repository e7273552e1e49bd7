// The one way people.json is written. Another window (or git, or another editor) may write the file
// at the same moment, so a change is data that can be applied again: each attempt reads the file,
// plans the change on that text (on the note context's cached parse), checks right before writing
// that the file is still what it planned on, writes, and reads the file back to see that the change
// is in it. A writer that raced ours and replaced the file is answered by planning again on what it
// wrote, a bounded number of times: nothing is lost and no one merges by hand.
//
// The file is written through vscode.workspace.fs (so it works on disk, over Remote and in the
// browser), never by saving an editor: a clean editor of people.json follows the disk by itself,
// and VS Code's "Failed to save" conflict cannot happen. Such a write is not atomic (the file is
// truncated, then written), so a roster that reads broken is read again a moment later before it
// is refused: it may be another window's write, half done. When people.json is open with unsaved
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
/** A roster that does not read is looked at again after this pause: it may have been caught mid-write. */
const MID_WRITE_MS = 50;
const MID_WRITE_LOOKS = 4;

type Attempt = { readonly done: true; readonly person: Person } | { readonly done: false; readonly written?: Person };

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
    /** The person as our last write had them: a retry first looks whether that write is there after all. */
    let written: Person | undefined;
    for (let attempt = 1; ; attempt++) {
      const dirty = dirtyDocument(rosterUri);
      if (dirty) return this.editBuffer(folder, dirty, change);
      const outcome = await this.writeFile(folder, rosterUri, change, written);
      if (outcome.done) return outcome.person;
      written = outcome.written ?? written;
      if (attempt >= MAX_ATTEMPTS) {
        throw new RosterWriteError(vscode.l10n.t('people.json kept changing while the change was being written (another window or program is writing it). Nothing was lost: try again in a moment.'));
      }
      this.stats.retries++;
      // Two windows that collided should not collide again in lockstep.
      await delay(10 + Math.random() * 40 * attempt);
    }
  }

  /**
   * One attempt on the file on disk: done with the person as written, or not done (someone else
   * wrote in between) with the person this attempt wrote, if it wrote.
   */
  private async writeFile(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange, earlier: Person | undefined): Promise<Attempt> {
    // An earlier attempt's write may be there after all (a read caught another window's write half
    // done and missed it): then it is done, and adding again would add the person twice.
    if (earlier && await this.holds(folder, rosterUri, change, earlier, undefined)) {
      await delay(SETTLE_MS);
      if (await this.holds(folder, rosterUri, change, earlier, undefined)) return { done: true, person: earlier };
    }
    const base = await readDiskText(rosterUri);
    const plan = this.contexts.changeRoster(folder, base, change);
    if (!plan.ok) {
      // A write is not atomic: another window's write may be half done (the file cut short). Only a
      // file that stays the same is the person's broken roster.
      await delay(MID_WRITE_MS);
      if (await readDiskText(rosterUri) !== base) return { done: false };
      throw new RosterWriteError(plan.reason);
    }
    if (base === undefined) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(rosterUri, '..'));
    // Right before writing: still the text the change was planned on, and not dirty in an editor now?
    if (await readDiskText(rosterUri) !== base || dirtyDocument(rosterUri)) return { done: false };
    await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(plan.text));
    this.stats.writes++;
    if (!await this.holds(folder, rosterUri, change, plan.person, plan.text)) return { done: false, written: plan.person };
    await delay(SETTLE_MS);
    return await this.holds(folder, rosterUri, change, plan.person, plan.text) ? { done: true, person: plan.person } : { done: false, written: plan.person };
  }

  /**
   * Whether the file on disk holds the change: the text we wrote, or a text that has it (a later
   * writer built on ours). A file missing or cut short is another window's write half done: looked
   * at again before it counts.
   */
  private async holds(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange, person: Person, written: string | undefined): Promise<boolean> {
    for (let look = 1; ; look++) {
      const now = await readDiskText(rosterUri);
      if (now !== undefined && now === written) return true;
      const document = now === undefined ? undefined : this.contexts.core.rosterDocument(rootOf(folder), now);
      if (document?.root && !document.syntaxError) return holdsChange(document.roster, change, person);
      if (look >= MID_WRITE_LOOKS) return false;
      await delay(MID_WRITE_MS);
    }
  }

  /** people.json is open with unsaved edits: the change goes into that buffer, undoably, and stays unsaved. */
  private async editBuffer(folder: vscode.WorkspaceFolder, document: vscode.TextDocument, change: RosterChange): Promise<Person> {
    const text = document.getText();
    const plan = this.contexts.changeRoster(folder, text, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);
    const e = minimalEdit(text, plan.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
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
