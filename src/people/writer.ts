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
// truncated, then written; workspace.fs has no atomic replace, and its rename deletes the target
// first, which would leave a moment with no people.json at all): so a people.json that is empty,
// missing or does not parse is read again before it counts, and two writes that ran at the same
// time and interleaved are detected (the file holds neither text) and written again; a roster that
// stopped reading after our own write in the same change (two repairs interleaved too, on a busy
// machine) gets our text back and the change is planned again, never refused as a file to fix. When
// people.json is open with unsaved edits, those edits are the person's truth: the change goes into
// that buffer as an undoable edit and stays unsaved with theirs. A roster with errors is never
// rewritten (the core refuses).
import * as vscode from 'vscode';
import { readDiskText } from '../context/files';
import type { NoteContextService } from '../context/noteContexts';
import { rootOf } from '../context/locations';
import { readRoster, type Person, type RosterChange } from '../core/roster';
import { holdsChange, minimalEdit, planRosterChange } from '../core/roster-change';

export class RosterWriteError extends Error {}

const encoder = new TextEncoder();

/** Attempts before giving up when the file keeps changing under us. */
const MAX_ATTEMPTS = 6;
/**
 * After a write, the file is read back at once and again after a pause of at least this, and three
 * times what the write took from its check to its end (at most MAX_SETTLE_MS): a writer in another
 * window that checked the file just before lands its own write within about that, and the second
 * look catches it.
 */
const SETTLE_MS = 120;
const MAX_SETTLE_MS = 3000;
/** A roster that does not read is looked at again after this pause: it may have been caught mid-write. */
const MID_WRITE_MS = 50;
const MID_WRITE_LOOKS = 4;
/** Looks at a people.json that does not read before planning on it (longer: a repair may be under way). */
const BASE_LOOKS = 8;
/**
 * After an add is done, the file is looked at again after these pauses: a writer in another window
 * that checked the file before our write and was slow to write (a busy machine) can still replace it.
 */
const WATCH_MS = [1500, 5000];

/** `count`: how many people the roster we wrote has (for the look after an add). */
type Attempt = { readonly done: true; readonly person: Person; readonly count?: number } | { readonly done: false; readonly written?: Written };

/** What an attempt wrote: the person as it had them, and the file's text. */
interface Written {
  readonly person: Person;
  readonly text: string;
}

export interface RosterWriteStats {
  /** Attempts that found the file changed by someone else and planned again. */
  retries: number;
  writes: number;
  /** Writes that interleaved with another window's, and were written again. */
  repairs: number;
  /** People added here, then lost to a writer that planned on the file before they were in it, and added again. */
  restored?: number;
  /** Adds whose looks after the write (WATCH_MS) are still to come: the tests wait for none. */
  watching?: number;
}

export class RosterWriter {
  /**
   * How many changes this window has written to each roster (by its URI): a later change of ours was planned on
   * the file as it then was, so a person added here before it and missing then was removed on purpose.
   */
  private readonly generations = new Map<string, number>();

  /** Counted for the tests and the README's figures. */
  constructor(private readonly contexts: NoteContextService, readonly stats: RosterWriteStats = { retries: 0, writes: 0, repairs: 0 }) {}

  /**
   * Applies `change` to the roster of `folder`. Resolves to the person as written, or rejects with a
   * RosterWriteError whose message is fit to show (the file has errors, the person is gone, ...).
   */
  async write(folder: vscode.WorkspaceFolder, change: RosterChange): Promise<Person> {
    const rosterUri = this.contexts.rosterUri(folder);
    /**
     * Our last write: a retry first looks whether it is there after all (by its person), and a roster broken
     * since then is repaired with its text.
     */
    let written: Written | undefined;
    // (A write under way is this window writing again: a look after an earlier add that comes while it runs, its text on disk
    // but its read-back not yet done, must not take the people it planned without for lost. Counted again when it is done.)
    this.generations.set(rosterUri.toString(), (this.generations.get(rosterUri.toString()) ?? 0) + 1);
    for (let attempt = 1; ; attempt++) {
      const dirty = dirtyDocument(rosterUri);
      if (dirty) return this.editBuffer(folder, dirty, change);
      const outcome = await this.writeFile(folder, rosterUri, change, written);
      if (outcome.done) {
        const key = rosterUri.toString();
        this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
        if (change.kind === 'add' && outcome.count !== undefined) this.watch(folder, rosterUri, change, outcome.person, outcome.count);
        return outcome.person;
      }
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
  private async writeFile(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange, earlier: Written | undefined): Promise<Attempt> {
    // An earlier attempt's write may be there after all (a read caught another window's write half
    // done and missed it): then it is done, and adding again would add the person twice.
    if (earlier && await this.look(folder, rosterUri, change, earlier.person, undefined) === 'held') {
      await delay(SETTLE_MS);
      if (await this.look(folder, rosterUri, change, earlier.person, undefined) === 'held') return { done: true, person: earlier.person };
    }
    const base = await this.readBase(folder, rosterUri);
    // A roster that stopped reading after our own write in this change: our write and another window's (or two
    // repairs) interleaved, on a machine slow enough that neither repaired it in time. Ours goes back in, and the
    // change is planned again on whatever the file then holds; not refused as a roster with errors to fix by hand.
    if (earlier && base?.trim() && this.contexts.core.rosterDocument(rootOf(folder), base).syntaxError !== undefined) {
      await this.repair(rosterUri, earlier.text);
      return { done: false };
    }
    const plan = planRosterChange(this.contexts.core, rootOf(folder), base, change);
    if (!plan.ok) throw new RosterWriteError(plan.reason);
    // Right before writing: still the text the change was planned on, and not dirty in an editor now?
    const checked = performance.now();
    if (await readDiskText(rosterUri) !== base || dirtyDocument(rosterUri)) return { done: false };
    await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(plan.text));
    const took = performance.now() - checked;
    this.stats.writes++;
    const wrote = { done: false, written: { person: plan.person, text: plan.text } } as const;
    const first = await this.look(folder, rosterUri, change, plan.person, plan.text);
    if (first !== 'held') {
      if (first === 'broken') await this.repair(rosterUri, plan.text);
      return wrote;
    }
    // Another window that checked the file just before this write lands its own within about the
    // time this one took from its check to its write, longer on a busy machine: look again after
    // a few times that.
    await delay(Math.min(MAX_SETTLE_MS, Math.max(SETTLE_MS, 3 * took)));
    const second = await this.look(folder, rosterUri, change, plan.person, plan.text);
    if (second === 'held') return { done: true, person: plan.person, count: this.contexts.core.rosterDocument(rootOf(folder), plan.text).roster.people.length };
    if (second === 'broken') await this.repair(rosterUri, plan.text);
    return wrote;
  }

  /**
   * The file holds neither our text nor a roster: our write and another window's ran at the same
   * time and their bytes interleaved (each truncates the file, then writes it). Ours goes in again,
   * after a random pause, unless someone has put a roster back meanwhile; the other window, finding
   * its change missing, plans it again on ours.
   */
  private async repair(rosterUri: vscode.Uri, text: string): Promise<void> {
    this.stats.repairs++;
    await delay(Math.random() * 60);
    const now = await readDiskText(rosterUri);
    if (now !== undefined && readRoster(now).syntaxError === undefined && now.trim()) return;
    await vscode.workspace.fs.writeFile(rosterUri, encoder.encode(text));
  }

  /**
   * people.json as it is now, undefined when there is none. A write is truncate-then-write, so a
   * file that is empty, missing or does not parse may be another window's write half done (or two
   * that interleaved, being repaired): it is read again a few times before it counts. A roster that
   * had people is never planned on as empty: that is refused, to be tried again.
   */
  private async readBase(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri): Promise<string | undefined> {
    const known = this.contexts.core.peekRoster(rootOf(folder));
    const hadPeople = (known?.exists ?? false) && (known?.roster.people.length ?? 0) > 0;
    let text: string | undefined;
    for (let look = 1; look <= BASE_LOOKS; look++) {
      text = await readDiskText(rosterUri);
      if (text?.trim() && this.contexts.core.rosterDocument(rootOf(folder), text).syntaxError === undefined) return text;
      // No people.json, as last known: the first person starts it.
      if (!text?.trim() && !hadPeople) return text;
      await delay(MID_WRITE_MS);
    }
    if (!text?.trim()) {
      throw new RosterWriteError(vscode.l10n.t('people.json was emptied or removed a moment ago, so nothing was written. If that was you, try again; if not, another program is rewriting it.'));
    }
    return text;
  }

  /**
   * What the file on disk says of the change: 'held' (the text we wrote, or a roster that has it: a
   * later writer built on ours), 'missing' (a roster without it: another writer replaced ours), or
   * 'broken' (neither, looked at several times: a file cut short stays so only when two writes
   * interleaved).
   */
  private async look(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange, person: Person, written: string | undefined): Promise<'held' | 'missing' | 'broken'> {
    for (let look = 1; ; look++) {
      const now = await readDiskText(rosterUri);
      if (now !== undefined && now === written) return 'held';
      const document = now?.trim() ? this.contexts.core.rosterDocument(rootOf(folder), now) : undefined;
      if (document?.root && !document.syntaxError) return holdsChange(document.roster, change, person) ? 'held' : 'missing';
      if (look >= MID_WRITE_LOOKS) return 'broken';
      await delay(MID_WRITE_MS);
    }
  }

  /**
   * Looks again, a little later, at a person just added: when the file then has at least as many people
   * as our write gave it but not them, another window's add planned on the file before ours replaced
   * it, and they are added again (with the same id). A file with fewer people was edited on purpose
   * (someone removed them): left as it is. So was one that this window has written again since (its change
   * planned on the file without them: removed by hand, then someone else added here).
   */
  private watch(folder: vscode.WorkspaceFolder, rosterUri: vscode.Uri, change: RosterChange & { kind: 'add' }, person: Person, count: number): void {
    const key = rosterUri.toString();
    const generation = this.generations.get(key);
    let step = 0;
    this.stats.watching = (this.stats.watching ?? 0) + 1;
    const done = (): void => { this.stats.watching = (this.stats.watching ?? 1) - 1; };
    const next = (): void => {
      if (step >= WATCH_MS.length) return done();
      const timer = setTimeout(() => void check(), WATCH_MS[step++]);
      timer.unref?.();
    };
    const check = async (): Promise<void> => {
      try {
        if (dirtyDocument(rosterUri) || this.generations.get(key) !== generation) return done();
        const now = await readDiskText(rosterUri);
        const document = now?.trim() ? this.contexts.core.rosterDocument(rootOf(folder), now) : undefined;
        if (!document?.root || document.syntaxError) return next();
        if (document.roster.people.some(p => p.id === person.id)) return next();
        if (document.roster.people.length < count) return done();
        this.stats.restored = (this.stats.restored ?? 0) + 1;
        // (The add again starts its own looks before this one is counted done: waiting for none covers both.)
        await this.write(folder, { kind: 'add', person: { ...change.person, id: person.id } });
        done();
      } catch {
        // The next add or edit reads the file afresh; nothing to report from a background look.
        done();
      }
    };
    next();
  }

  /** people.json is open with unsaved edits: the change goes into that buffer, undoably, and stays unsaved. */
  private async editBuffer(folder: vscode.WorkspaceFolder, document: vscode.TextDocument, change: RosterChange): Promise<Person> {
    const text = document.getText();
    const plan = planRosterChange(this.contexts.core, rootOf(folder), text, change);
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
