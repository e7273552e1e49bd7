// The people store: each workspace folder's roster (from the note context service, which reads and
// caches people.json) and each person's note listing, read lazily and cached until the file watcher
// says that person's folder changed. What the tree and the commands read; no writing here
// (writer.ts), no people.json diagnostics (rosterProblems.ts), no clock (clock.ts).
import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import { CONTEXT_HAS_ROSTER, ROSTER_FILE } from '../constants';
import type { IsoDate } from '../core/dates';
import { whyNotANote, type NotANote } from '../core/meetings';
import type { RosterSnapshot } from '../core/note-context';
import { datedNotes, misdatedNote, misnamedNote, type NoteName } from '../core/notes';
import type { NotesFolder } from '../core/person-folders';
import type { Person, Roster } from '../core/roster';
import { Disposable, MutableDisposable } from '../util/dispose';

export interface FolderRoster {
  readonly folder: vscode.WorkspaceFolder;
  readonly notesUri: vscode.Uri;
  readonly rosterUri: vscode.Uri;
  /** False when there is no people.json in this folder. */
  readonly exists: boolean;
  readonly roster: Roster;
}

export interface PersonRef {
  readonly folder: FolderRoster;
  readonly person: Person;
}

/** A dated note as checked: `notANote` says why a file named like a note is not one (binary, too large, unreadable). */
export interface CheckedNote extends NoteName {
  readonly notANote?: NotANote;
}

/** A burst of note events (a git checkout, the sample) becomes one refresh after this pause. */
const NOTES_DEBOUNCE_MS = 100;

export class PeopleStore extends Disposable {
  private readonly folderStates = new Map<string, FolderRoster>();
  /** Note listings by "<folder uri>|<person id>", as promises so concurrent reads share one. */
  private readonly noteCache = new Map<string, Promise<NoteName[]>>();
  /** Why each of a listing's files is not a text note (undefined: it is one), by listing: a new listing (the folder changed) reads again. */
  private readonly checks = new WeakMap<Promise<NoteName[]>, Map<string, Promise<NotANote | undefined>>>();
  /** The notes root's folders, by "<folder uri>|<notes uri>" (folderReport): dropped on any change under the notes folder. */
  private readonly rootCache = new Map<string, Promise<{ readonly names: readonly string[]; readonly unclaimed: readonly NotesFolder[] }>>();
  /** Each listing's files named with a date that does not exist. */
  private readonly misdated = new WeakMap<Promise<NoteName[]>, Promise<string[]>>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  private readonly _onDidChangeRoster = this._register(new vscode.EventEmitter<void>());
  /** Fires after any change the tree should show (roster, notes, settings). */
  readonly onDidChange = this._onDidChange.event;
  /** Fires after a roster was read again. */
  readonly onDidChangeRoster = this._onDidChangeRoster.event;
  private readonly _onDidChangeFolders = this._register(new vscode.EventEmitter<readonly string[]>());
  /**
   * Fires with the workspace folders (uri strings) where a folder under the notes root came, went or
   * was renamed outside VS Code: every listing there was dropped (the notes in it report no events).
   */
  readonly onDidChangeFolders = this._onDidChangeFolders.event;
  private readonly noteWatchers = this._register(new MutableDisposable<vscode.Disposable>());
  private pendingNotes = new Set<string>();
  /** Workspace folders (uri strings) where a folder under the notes root came or went since the last refresh. */
  private pendingFolders = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly contexts: NoteContextService) {
    super();
    this._register(contexts.onDidChangeSettings(change => {
      if (change.affects('notesFolder')) void this.reloadAll();
      else if (change.affects('people.defaultCadenceDays')) this._onDidChange.fire();
    }));
    this._register(contexts.onDidChangeRoster(folder => void this.queue(() => this.loadFolder(folder))));
    this._register({ dispose: () => { if (this.timer) clearTimeout(this.timer); } });
  }

  /** Reads every folder's roster again (Refresh) and forgets every note listing; resolves when done. */
  reloadAll(): Promise<void> {
    return this.queue(async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const keys = new Set(folders.map(f => f.uri.toString()));
      for (const key of [...this.folderStates.keys()]) if (!keys.has(key)) this.folderStates.delete(key);
      this.watchNotes(folders);
      this.noteCache.clear();
      this.rootCache.clear();
      await Promise.all(folders.map(folder => this.loadFolder(folder, true)));
    });
  }

  /** Reads one folder's roster again now (after a write); resolves to its state. */
  async reloadFolder(folder: vscode.WorkspaceFolder): Promise<FolderRoster> {
    let state: FolderRoster | undefined;
    await this.queue(async () => {
      state = await this.loadFolder(folder, true);
    });
    return state ?? this.toState(folder, await this.contexts.roster(folder));
  }

  /** Resolves once pending loads have finished. */
  async settled(): Promise<void> {
    await this.loading;
  }

  /** Runs roster loads one after another, then tells the tree and the context key. */
  private queue(work: () => Promise<unknown>): Promise<void> {
    const run = async () => {
      await work();
      await vscode.commands.executeCommand('setContext', CONTEXT_HAS_ROSTER, [...this.folderStates.values()].some(s => s.exists));
      this._onDidChangeRoster.fire();
      this._onDidChange.fire();
    };
    this.loading = this.loading.then(run, run);
    return this.loading;
  }

  private async loadFolder(folder: vscode.WorkspaceFolder, fresh = false): Promise<FolderRoster> {
    const snapshot = await (fresh ? this.contexts.reloadRoster(folder) : this.contexts.roster(folder));
    if (snapshot.error) console.error('[learning-leader] cannot read', snapshot.location.path, snapshot.error);
    const state = this.toState(folder, snapshot);
    const key = folder.uri.toString();
    // The roster came or went: the notes folder was likely created or deleted, and a deleted folder
    // reports only itself to the watcher, not the notes in it.
    if (this.folderStates.get(key)?.exists !== state.exists) this.dropListings(key);
    // Who has which folder follows the roster.
    this.dropRoot(folder);
    this.folderStates.set(key, state);
    return state;
  }

  private toState(folder: vscode.WorkspaceFolder, snapshot: RosterSnapshot): FolderRoster {
    return {
      folder,
      notesUri: this.contexts.notesFolderUri(folder),
      rosterUri: this.contexts.rosterUri(folder),
      exists: snapshot.exists,
      roster: snapshot.roster,
    };
  }

  // ---- Note listings ------------------------------------------------------------------------

  private watchNotes(folders: readonly vscode.WorkspaceFolder[]): void {
    this.noteWatchers.value = vscode.Disposable.from(...folders.map(folder => {
      // Based on the workspace folder, so it keeps working when the notes folder is created later.
      const relative = this.contexts.core.notesFolder(folder.uri.toString()).path;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${relative}/**`));
      const onEvent = (uri: vscode.Uri) => this.onNoteEvent(folder, uri);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
    }));
  }

  private onNoteEvent(folder: vscode.WorkspaceFolder, uri: vscode.Uri): void {
    const base = this.contexts.notesFolderUri(folder).path.replace(/\/+$/, '');
    if (!uri.path.startsWith(`${base}/`) || uri.path === `${base}/${ROSTER_FILE}`) return;
    const rest = uri.path.slice(base.length + 1);
    const personId = rest.split('/')[0];
    if (!personId) return;
    const folderKey = folder.uri.toString();
    // A folder under the notes root came or went (a rename outside VS Code, a checkout): every
    // listing of this workspace folder is read again, so one event of the two a rename makes is
    // enough (a watcher under load can report the new folder and not the old one's deletion).
    const key = `${folderKey}|${personId}`;
    // Drop the listing now, so a read in the meantime does not see the stale one.
    this.noteCache.delete(key);
    this.pendingNotes.add(key);
    if (!rest.includes('/')) {
      this.dropListings(folderKey);
      this.pendingFolders.add(folderKey);
    }
    this.dropRoot(folder);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const pending of this.pendingNotes) this.noteCache.delete(pending);
      for (const pending of this.pendingFolders) this.dropListings(pending);
      const folders = [...this.pendingFolders];
      this.pendingNotes.clear();
      this.pendingFolders.clear();
      this.dropRoot(folder);
      if (folders.length) this._onDidChangeFolders.fire(folders);
      this._onDidChange.fire();
    }, NOTES_DEBOUNCE_MS);
  }

  /** The person's dated notes, newest first; read once, then cached until their folder changes. */
  notesOf(ref: PersonRef): Promise<NoteName[]> {
    return this.notesOfFolder(ref.folder, ref.person.id);
  }

  /** The dated notes of `<notesFolder>/<name>/`, newest first (none when there is no such folder); cached as notesOf. */
  private notesOfFolder(folder: FolderRoster, name: string): Promise<NoteName[]> {
    const key = `${folder.folder.uri.toString()}|${name}`;
    let cached = this.noteCache.get(key);
    if (!cached) {
      const listing = this.readListing(vscode.Uri.joinPath(folder.notesUri, name));
      cached = listing.then(l => l?.notes ?? []);
      this.misdated.set(cached, listing.then(l => l?.misdated ?? [], () => []));
      this.noteCache.set(key, cached);
      // A failed read is not cached (unless a newer read took its place).
      const failed = cached;
      cached.catch(() => { if (this.noteCache.get(key) === failed) this.noteCache.delete(key); });
    }
    return cached;
  }

  /**
   * The files of the person's folder named with a date that does not exist ("2026-11-31.md"), by
   * name: no dated note anywhere (core/meetings.ts), listed as skipped. From the same listing as notesOf.
   */
  async misdatedOf(ref: PersonRef): Promise<readonly string[]> {
    const listing = this.notesOf(ref);
    await listing;
    return (await this.misdated.get(listing)) ?? [];
  }

  /**
   * The folders under the notes root (their names), and those that are no one's own folder (no id in
   * people.json is their name exactly) with their dated notes counted: the folders with no person and
   * the ones named as an id in another case (core/person-folders.ts decides what they are). Read
   * once, then cached until something under the notes folder changes.
   */
  folderReport(folder: FolderRoster): Promise<{ readonly names: readonly string[]; readonly unclaimed: readonly NotesFolder[] }> {
    const key = `${folder.folder.uri.toString()}|${folder.notesUri.toString()}`;
    let cached = this.rootCache.get(key);
    if (!cached) {
      cached = (async () => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(folder.notesUri);
        } catch {
          return { names: [], unclaimed: [] };
        }
        const names = entries.filter(([name, type]) => (type & vscode.FileType.Directory) !== 0 && !name.startsWith('.')).map(([name]) => name).sort();
        const ids = new Set(folder.roster.people.map(p => p.id));
        const unclaimed = await Promise.all(names.filter(name => !ids.has(name)).map(async name => ({ name, notes: (await this.notesOfFolder(folder, name)).length })));
        return { names, unclaimed };
      })();
      this.rootCache.set(key, cached);
    }
    return cached;
  }

  /** The cached listing, if it has been read, without reading. */
  peekNotes(ref: PersonRef): Promise<NoteName[]> | undefined {
    return this.noteCache.get(`${ref.folder.folder.uri.toString()}|${ref.person.id}`);
  }

  /**
   * The dated notes in `<notesFolder>/<id>/` of a folder, whether or not its roster has that person
   * (Add Person says when the folder it would use already holds notes); undefined when there is no
   * such folder. Not cached.
   */
  async notesInFolder(folder: FolderRoster, id: string): Promise<NoteName[] | undefined> {
    return (await this.readListing(vscode.Uri.joinPath(folder.notesUri, id)))?.notes;
  }

  private async readListing(dir: vscode.Uri): Promise<{ notes: NoteName[]; misdated: string[] } | undefined> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return undefined;
    }
    const files = entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    // Listed beside the notes and never read as one: a date that does not exist, and a name that starts
    // with a date but is not a note's (notes moved in from another layout: "2026-11-27 Sam Lee.md").
    return { notes: datedNotes(files), misdated: files.filter(name => misdatedNote(name) !== undefined || misnamedNote(name) !== undefined).sort() };
  }

  /**
   * The person's dated notes, newest first, each checked for being a text note (a binary file named
   * like a note is never a meeting: core/meetings.ts). Only what today's answer needs is read: the
   * notes dated today and later, and back to the newest text note before today; `all` reads every one
   * (the note list). A note not read counts as a text note. Read once per listing.
   */
  async checkedNotesOf(ref: PersonRef, today: IsoDate, all = false): Promise<CheckedNote[]> {
    const listing = this.notesOf(ref);
    const names = await listing;
    let checks = this.checks.get(listing);
    if (!checks) this.checks.set(listing, checks = new Map());
    const check = (note: NoteName) => {
      let why = checks.get(note.fileName);
      if (!why) checks.set(note.fileName, why = Promise.resolve(vscode.workspace.fs.readFile(this.noteUri(ref, note))).then(bytes => whyNotANote(bytes), (): NotANote => 'unreadable'));
      return why;
    };
    if (all) await Promise.all(names.map(check));
    else {
      await Promise.all(names.filter(n => n.date >= today).map(check));
      for (const note of names) if (note.date < today && !(await check(note))) break;
    }
    // Files read before (the note list) keep their answer; the rest count as notes.
    return Promise.all(names.map(async n => {
      const notANote = await checks.get(n.fileName);
      return notANote ? { ...n, notANote } : n;
    }));
  }

  /** Forgets a person's listing (after the extension wrote a note) so the next read is fresh. */
  invalidateNotes(ref: PersonRef): void {
    this.noteCache.delete(`${ref.folder.folder.uri.toString()}|${ref.person.id}`);
    this.dropRoot(ref.folder.folder);
  }

  /** Forgets every person's listing in a workspace folder (by its uri string). */
  private dropListings(folderKey: string): void {
    for (const cached of [...this.noteCache.keys()]) if (cached.startsWith(`${folderKey}|`)) this.noteCache.delete(cached);
  }

  private dropRoot(folder: vscode.WorkspaceFolder): void {
    const prefix = `${folder.uri.toString()}|`;
    for (const key of [...this.rootCache.keys()]) if (key.startsWith(prefix)) this.rootCache.delete(key);
  }

  // ---- People -------------------------------------------------------------------------------

  /** Rosters of the open workspace folders, in folder order. */
  folders(): FolderRoster[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .map(f => this.folderStates.get(f.uri.toString()))
      .filter((s): s is FolderRoster => s !== undefined);
  }

  folderOf(uri: vscode.Uri): FolderRoster | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folderStates.get(folder.uri.toString()) : undefined;
  }

  personFolderUri(ref: PersonRef): vscode.Uri {
    return vscode.Uri.joinPath(ref.folder.notesUri, ref.person.id);
  }

  noteUri(ref: PersonRef, note: NoteName | string): vscode.Uri {
    return vscode.Uri.joinPath(this.personFolderUri(ref), typeof note === 'string' ? note : note.fileName);
  }

  /** Finds a person by id: in `folder` (URI or name) when given, else in the first folder whose roster has them. */
  find(id: string, folder?: vscode.Uri | string): PersonRef | undefined {
    for (const state of this.folders()) {
      if (folder !== undefined) {
        const f = typeof folder === 'string' ? folder : folder.toString();
        if (state.folder.uri.toString() !== f && state.folder.name !== f) continue;
      }
      const person = state.roster.people.find(p => p.id === id);
      if (person) return { folder: state, person };
    }
    return undefined;
  }

  /** Every person of every folder. */
  everyone(): PersonRef[] {
    return this.folders().flatMap(folder => folder.roster.people.map(person => ({ folder, person })));
  }
}
