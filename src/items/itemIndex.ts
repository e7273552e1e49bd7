// Every person's action items, read through vscode.workspace.fs and kept up to date one note at a
// time: what the Open items view shows and what Start 1:1 carries over. The core (src/core/items)
// parses and joins; this reads files, caches each note's parse by URI, mtime and size, and follows
// the file watcher and open editors, so an edited note is read (and parsed) again alone and only its
// person's items are joined again.
//
// Read lazily: nothing is read until the view first shows or a command asks for a person. The first
// load of a session starts from the parses cached by the last one (itemCache.ts), so the view paints
// at once, then checks every note's mtime and size and reads only the changed ones. Without a cache
// the view paints what has been read after a moment and fills in as the rest arrives.
import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import { openDocumentText } from '../context/files';
import { isItemNoteFile, MAX_ITEM_NOTE_BYTES } from '../core/items/text-note';
import { ItemStore, looksLikeTextNote, parseItemNote, type Item, type ParsedNote } from '../core/items';
import type { Person } from '../core/roster';
import { Disposable, MutableDisposable } from '../util/dispose';
import type { FolderRoster, PeopleStore } from '../people/store';
import { ItemCache, type CachedNote } from './itemCache';
import { Semaphore } from '../util/semaphore';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A burst of file events (a git checkout, a save) becomes one update after this pause. */
const FILE_DEBOUNCE_MS = 100;
/** Typing in an open note: its items follow after this pause. */
const EDIT_DEBOUNCE_MS = 250;
/**
 * File operations in flight at once. Each vscode.workspace.fs call is a round trip (over Remote and
 * in code-server two), so many run at once: measured in code-server with 10,000 notes, reads took
 * 10.8 s with 16 at a time, 5.4–6.0 s with 48 and 1.7–2.1 s with 256.
 */
const READ_CONCURRENCY = 256;
/** People read at once in a full load (their notes' reads share READ_CONCURRENCY). */
const PEOPLE_AT_ONCE = 12;
/** A load without a cache paints what it has after this long, then fills in. */
const FIRST_PAINT_MS = 600;
/** While a load runs, the view is told of progress at most this often. */
const PROGRESS_MS = 300;
/** The cache is written this long after the last change. */
const CACHE_WRITE_MS = 5000;

/** One person's items as the view shows them. */
export interface PersonItems {
  readonly folder: FolderRoster;
  readonly personId: string;
  /** The roster's entry, when the folder's name is someone's id. */
  readonly person: Person | undefined;
  readonly items: readonly Item[];
}

interface FileEntry {
  readonly personId: string;
  readonly fileName: string;
  /** The mtime and size the parse is of; EDITOR for an open editor's text, UNKNOWN for a note read without a stat. */
  readonly mtime: number;
  readonly size: number;
  /** For UNKNOWN: when the read started (Date.now()). */
  readonly readAt?: number;
}

/** The mtime of a parse made from an open editor's unsaved text. */
const EDITOR = -1;
/** The mtime of a note read without a stat (a first read): looked up before the cache is written. */
const UNKNOWN = -2;
/**
 * A note read without a stat is recorded with the mtime a later stat finds only if that mtime is
 * this much older than the read: a change during or after the read would carry a later one.
 */
const MTIME_MARGIN_MS = 3000;

interface FolderState {
  readonly root: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly notesUri: vscode.Uri;
  readonly store: ItemStore;
  /** Per note URI (string): what its parse in the store was read from. */
  readonly files: Map<string, FileEntry>;
  /** People whose folder has been read (all of them once `complete`). */
  readonly people: Set<string>;
  complete: boolean;
  /** People whose notes changed since the cache was last written. */
  readonly dirty: Set<string>;
}

/** Counters for the tests and the README's figures. */
export interface ItemIndexStats {
  /** Files read from disk (an open editor's text is not counted). */
  filesRead: number;
  /** Notes parsed (from disk or an editor). */
  parsed: number;
  /** stat calls. */
  statted: number;
  /** How long the last full load took, ms. */
  lastLoadMs: number;
  /** Time spent parsing notes, ms (all loads). */
  parseMs: number;
  /** Notes taken from the cache at the last start. */
  fromCache: number;
  /** When the view could first paint in the last load (from its start), ms. */
  firstPaintMs: number;
}

export class ItemIndex extends Disposable {
  private readonly folders = new Map<string, FolderState>();
  private loading: Promise<void> | undefined;
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires after items changed (debounced): a note, a roster name, a setting. */
  readonly onDidChange = this._onDidChange.event;
  readonly stats: ItemIndexStats = { filesRead: 0, parsed: 0, statted: 0, lastLoadMs: 0, parseMs: 0, fromCache: 0, firstPaintMs: 0 };
  private readonly watchers = this._register(new MutableDisposable<vscode.Disposable>());
  private readonly pendingFiles = new Map<string, vscode.Uri>();
  private fileTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The chain of updates; settled() waits for it. */
  private work: Promise<void> = Promise.resolve();
  private readonly slots = new Semaphore(READ_CONCURRENCY);
  private cache: ItemCache | undefined;
  /** The next load may start from the cache (the first of a session; Refresh reads everything). */
  private cacheAllowed = true;
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves when the view can paint in the current load. */
  private paintable: Promise<void> | undefined;
  /** Bumped when items change, at once (the change event follows after a pause): a view's content of an older version is stale. */
  version = 0;

  constructor(private readonly people: PeopleStore, private readonly contexts: NoteContextService) {
    super();
    this._register({ dispose: () => this.clearTimers() });
    this._register(contexts.onDidChangeSettings(change => {
      if (change.affects('notesFolder')) this.reset();
      else if (change.affects('managerNames')) {
        for (const state of this.folders.values()) state.store.setManagerNames(this.managerNames(state.folder));
        this.changed();
      }
    }));
    this._register(people.onDidChangeRoster(() => this.syncNames()));
    this._register(vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) this.onEdit(e.document); }));
    // Unsaved edits thrown away: the file on disk is what counts again.
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.queueFile(d.uri)));
  }

  /** Keeps parsed notes across sessions in this folder (the extension's workspace storage). */
  useCache(folder: vscode.Uri | undefined): void {
    this.cache = folder ? new ItemCache(folder) : undefined;
  }

  /** The cache's timings, when there is one. */
  get cacheStats(): ItemCache['stats'] | undefined {
    return this.cache?.stats;
  }

  /** True once every note has been read (or checked against the cache) in this session. */
  get isLoaded(): boolean {
    return this.folders.size > 0 && [...this.folders.values()].every(s => s.complete);
  }

  /** Reads every person's notes once (the first call does; later calls share it). */
  ensureLoaded(): Promise<void> {
    if (!this.loading) {
      const fromCache = this.cacheAllowed;
      this.cacheAllowed = false;
      const started = performance.now();
      let paint!: () => void;
      const painted = new Promise<void>(resolve => { paint = () => {
        if (!this.stats.firstPaintMs) this.stats.firstPaintMs = performance.now() - started;
        resolve();
      }; });
      this.stats.firstPaintMs = 0;
      this.stats.fromCache = 0;
      const timer = setTimeout(paint, FIRST_PAINT_MS);
      this.paintable = painted;
      this.loading = this.queue(() => this.loadAll(fromCache, paint)).finally(() => {
        clearTimeout(timer);
        paint();
      });
    }
    return this.loading;
  }

  /**
   * Resolves when the view can paint: at once with the cache, else when everything is read or
   * after a moment (whatever has been read by then shows, and the rest fills in).
   */
  whenPaintable(): Promise<void> {
    void this.ensureLoaded();
    return this.paintable ?? Promise.resolve();
  }

  /** Forgets everything and reads again (Refresh; the notes folder moved); `fromCache` starts as a new session would. */
  reload(options: { fromCache?: boolean } = {}): Promise<void> {
    this.reset();
    this.cacheAllowed = options.fromCache === true;
    return this.ensureLoaded();
  }

  /** Writes the cache now (tests; normally it is written a few seconds after changes). */
  async flushCache(): Promise<void> {
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    await this.writeCache();
  }

  /** Resolves once pending updates (file events, typing) have been applied. */
  async settled(): Promise<void> {
    if (this.fileTimer) {
      clearTimeout(this.fileTimer);
      this.fileTimer = undefined;
      void this.queue(() => this.applyFiles());
    }
    for (const [key, timer] of [...this.editTimers]) {
      clearTimeout(timer);
      this.editTimers.delete(key);
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
      if (doc) void this.queue(async () => this.applyEditor(doc));
    }
    await this.work;
  }

  /** Everyone with notes, each with their items (open and done). Call ensureLoaded() first. */
  everyone(): PersonItems[] {
    const out: PersonItems[] = [];
    for (const roster of this.people.folders()) {
      const state = this.folders.get(roster.folder.uri.toString());
      if (!state) continue;
      for (const personId of state.store.personIds()) {
        if (!state.people.has(personId)) continue;
        out.push({ folder: roster, personId, person: findPerson(roster, personId), items: state.store.items(personId) });
      }
    }
    return out;
  }

  /**
   * One person's items, their folder read fresh (only notes whose mtime or size changed are read
   * again): what Start 1:1 carries over and the commands act on.
   */
  async itemsOf(folder: FolderRoster, personId: string): Promise<readonly Item[]> {
    const state = this.stateFor(folder);
    await this.queue(() => this.loadPerson(state, personId));
    return state.store.items(personId);
  }

  /** The parse of a note as the index has it (tests). */
  parsedNote(uri: vscode.Uri): ParsedNote | undefined {
    for (const state of this.folders.values()) {
      const entry = state.files.get(uri.toString());
      if (entry) return state.store.parsed(entry.personId, entry.fileName);
    }
    return undefined;
  }

  /** The URI of a note of a person. */
  noteUri(folder: FolderRoster, personId: string, fileName: string): vscode.Uri {
    return vscode.Uri.joinPath(folder.notesUri, personId, fileName);
  }

  // ---- Loading ----------------------------------------------------------------------------------

  private reset(): void {
    this.version++;
    this.clearTimers();
    this.folders.clear();
    this.loading = undefined;
    this.paintable = undefined;
    this.watchers.value = undefined;
    this.changed();
  }

  private clearTimers(): void {
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.fileTimer = undefined;
    for (const t of this.editTimers.values()) clearTimeout(t);
    this.editTimers.clear();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    if (this.progressTimer) clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    this.pendingFiles.clear();
  }

  /** Runs updates one after another (a load and a file event never interleave). */
  private queue(task: () => Promise<void>): Promise<void> {
    const run = this.work.then(task, task);
    this.work = run.catch(e => console.error('[learning-leader] items:', e));
    return run;
  }

  private managerNames(folder: vscode.WorkspaceFolder): readonly string[] {
    return this.contexts.settingsFor(folder)['managerNames'];
  }

  private stateFor(roster: FolderRoster): FolderState {
    const root = roster.folder.uri.toString();
    let state = this.folders.get(root);
    if (!state || state.notesUri.toString() !== roster.notesUri.toString()) {
      state = { root, folder: roster.folder, notesUri: roster.notesUri, store: new ItemStore({ managerNames: this.managerNames(roster.folder), others: roster.roster.people.map(p => p.name) }), files: new Map(), people: new Set(), complete: false, dirty: new Set() };
      this.folders.set(root, state);
      this.watch();
    }
    return state;
  }

  private async loadAll(fromCache: boolean, paint: () => void): Promise<void> {
    const started = performance.now();
    await this.people.settled();
    const rosters = this.people.folders();
    if (fromCache && this.cache && await this.applyCache(rosters)) {
      paint();
      this._onDidChange.fire();
    }
    await Promise.all(rosters.map(async roster => {
      const state = this.stateFor(roster);
      const ids = await this.personFolders(state.notesUri);
      // People whose folder went away (since the cache was written, or while not watched).
      for (const id of state.store.personIds()) if (!ids.includes(id)) this.dropPerson(state, id);
      // A few people at a time, in the view's order, so the first ones are complete early and paint.
      const name = (id: string) => findPerson(roster, id)?.name ?? id;
      const ordered = [...ids].sort((a, b) => name(a).localeCompare(name(b), undefined, { sensitivity: 'base' }));
      let next = 0;
      await Promise.all(Array.from({ length: Math.min(PEOPLE_AT_ONCE, ordered.length) }, async () => {
        while (next < ordered.length) {
          await this.loadPerson(state, ordered[next++]!);
          this.progress();
        }
      }));
      state.complete = true;
    }));
    this.stats.lastLoadMs = performance.now() - started;
    this.changed();
    this.scheduleCacheWrite(1000);
  }

  /** Fills the stores from the last session's cache; true when it had anything for these folders. */
  private async applyCache(rosters: readonly FolderRoster[]): Promise<boolean> {
    const cache = this.cache;
    if (!cache) return false;
    let count = 0;
    const run = <T>(task: () => Thenable<T>) => this.slots.run(task);
    await Promise.all(rosters.map(async roster => {
      const cached = await cache.read(roster.notesUri.toString(), run);
      if (!cached) return;
      const state = this.stateFor(roster);
      for (const [personId, notes] of cached) {
        state.store.setPerson({ id: personId, name: findPerson(roster, personId)?.name ?? personId });
        state.people.add(personId);
        for (const note of notes) {
          state.store.setParsed(personId, note.parsed);
          state.files.set(this.noteUri(roster, personId, note.fileName).toString(), { personId, fileName: note.fileName, mtime: note.mtime, size: note.size });
          count++;
        }
      }
    }));
    this.stats.fromCache = count;
    return count > 0;
  }

  private scheduleCacheWrite(delay = CACHE_WRITE_MS): void {
    if (!this.cache) return;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      void this.queue(() => this.writeCache());
    }, delay);
  }

  /** Writes the people whose notes changed, as read from disk (not an editor's unsaved text), of the folders read in full. */
  private async writeCache(): Promise<void> {
    const cache = this.cache;
    if (!cache) return;
    for (const state of this.folders.values()) {
      if (!state.complete || !state.dirty.size) continue;
      await this.settleMtimes(state);
      const people = new Map<string, CachedNote[]>([...state.dirty].map(id => [id, []]));
      state.dirty.clear();
      for (const entry of state.files.values()) {
        const notes = people.get(entry.personId);
        const parsed = notes && entry.mtime >= 0 ? state.store.parsed(entry.personId, entry.fileName) : undefined;
        if (notes && parsed) notes.push({ fileName: entry.fileName, mtime: entry.mtime, size: entry.size, parsed });
      }
      await cache.write(state.notesUri.toString(), people, task => this.slots.run(task));
    }
  }

  /**
   * Looks up the mtime of notes read without a stat. A note whose mtime is not clearly older than
   * the read may have changed during it: it is read again, stat first.
   */
  private async settleMtimes(state: FolderState): Promise<void> {
    await Promise.all([...state.files].map(async ([key, entry]) => {
      if (entry.mtime !== UNKNOWN) return;
      const uri = vscode.Uri.parse(key);
      try {
        const stat = await this.slots.run(() => vscode.workspace.fs.stat(uri));
        this.stats.statted++;
        if (state.files.get(key) !== entry) return; // replaced meanwhile
        if (stat.size === entry.size && stat.mtime < (entry.readAt ?? 0) - MTIME_MARGIN_MS) state.files.set(key, { ...entry, mtime: stat.mtime, readAt: undefined });
        else await this.readNote(state, entry.personId, entry.fileName, true);
      } catch {
        await this.readNote(state, entry.personId, entry.fileName, true);
      }
    }));
  }

  /** During a load: tell the view what has arrived, at most every PROGRESS_MS. */
  private progress(): void {
    this.version++;
    if (this.progressTimer) return;
    this.progressTimer = setTimeout(() => {
      this.progressTimer = undefined;
      this._onDidChange.fire();
    }, PROGRESS_MS);
  }

  /** The sub-folders of the notes folder: one per person. */
  private async personFolders(notesUri: vscode.Uri): Promise<string[]> {
    const entries = await this.readDirectory(notesUri);
    return entries.filter(([name, type]) => (type & vscode.FileType.Directory) !== 0 && !name.startsWith('.')).map(([name]) => name);
  }

  private async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    try {
      return await this.slots.run(() => vscode.workspace.fs.readDirectory(uri));
    } catch {
      return [];
    }
  }

  /** Reads a person's folder: new and changed notes are read and parsed, gone ones dropped. */
  private async loadPerson(state: FolderState, personId: string): Promise<void> {
    const folderUri = vscode.Uri.joinPath(state.notesUri, personId);
    const entries = await this.readDirectory(folderUri);
    const names = entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && isItemNoteFile(name)).map(([name]) => name);
    state.store.setPerson({ id: personId, name: findPerson(this.people.folders().find(f => f.folder.uri.toString() === state.root), personId)?.name ?? personId });
    const onDisk = new Set(names);
    for (const fileName of state.store.fileNames(personId)) {
      if (!onDisk.has(fileName)) {
        state.store.deleteNote(personId, fileName);
        state.dirty.add(personId);
        state.files.delete(vscode.Uri.joinPath(folderUri, fileName).toString());
      }
    }
    await Promise.all(names.map(fileName => this.readNote(state, personId, fileName)));
    state.people.add(personId);
  }

  /**
   * Reads one note into the store: stat, then (unless `force`) nothing more when its mtime and size
   * are the ones parsed, else read it. The stat comes first, so a change during the read leaves an
   * older mtime on record, and the next check reads the note again (never the other way round).
   */
  private async readNote(state: FolderState, personId: string, fileName: string, force = false): Promise<void> {
    const uri = vscode.Uri.joinPath(state.notesUri, personId, fileName);
    const key = uri.toString();
    const editorText = openDocumentText(uri);
    if (editorText !== undefined) {
      this.setText(state, key, { personId, fileName, mtime: EDITOR, size: editorText.length }, editorText);
      return;
    }
    const known = state.files.get(key);
    if (!known && !force) {
      // A first read (no cache): the read alone, one round trip; its mtime is looked up before the cache is written.
      const readAt = Date.now();
      let first: Uint8Array;
      try {
        first = await this.read(uri);
      } catch {
        return; // gone between the listing and the read, or unreadable: no items from it
      }
      this.setText(state, key, { personId, fileName, mtime: UNKNOWN, size: first.length, readAt }, decodeNote(first));
      return;
    }
    let stat: vscode.FileStat;
    let bytes: Uint8Array | undefined;
    try {
      stat = await this.slots.run(() => vscode.workspace.fs.stat(uri));
      this.stats.statted++;
      if (!force && known && state.store.parsed(personId, fileName) && stat.size === known.size) {
        if (stat.mtime === known.mtime) return;
        // Read earlier without a stat, and not changed since: its mtime is now known.
        if (known.mtime === UNKNOWN && stat.mtime < (known.readAt ?? 0) - MTIME_MARGIN_MS) {
          state.files.set(key, { ...known, mtime: stat.mtime, readAt: undefined });
          return;
        }
      }
      if (stat.size <= MAX_ITEM_NOTE_BYTES) bytes = await this.read(uri);
    } catch {
      // Gone between the listing and the read, or unreadable: no items from it.
      if (state.store.deleteNote(personId, fileName)) state.dirty.add(personId);
      state.files.delete(key);
      return;
    }
    this.setText(state, key, { personId, fileName, mtime: stat.mtime, size: stat.size }, bytes && decodeNote(bytes));
  }

  private async read(uri: vscode.Uri): Promise<Uint8Array> {
    this.stats.filesRead++;
    return this.slots.run(() => vscode.workspace.fs.readFile(uri));
  }

  private setText(state: FolderState, key: string, entry: FileEntry, text: string | undefined): void {
    const started = performance.now();
    state.store.setParsed(entry.personId, parseItemNote({ fileName: entry.fileName, text }));
    this.stats.parseMs += performance.now() - started;
    this.stats.parsed++;
    state.files.set(key, entry);
    state.dirty.add(entry.personId);
  }

  private dropPerson(state: FolderState, personId: string): void {
    state.dirty.add(personId);
    state.store.deletePerson(personId);
    state.people.delete(personId);
    for (const [key, entry] of [...state.files]) if (entry.personId === personId) state.files.delete(key);
  }

  // ---- Updates ----------------------------------------------------------------------------------

  /** A watcher per loaded folder on everything under its notes folder. */
  private watch(): void {
    this.watchers.value = vscode.Disposable.from(...[...this.folders.values()].map(state => {
      const relative = this.contexts.core.notesFolder(state.root).path;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, `${relative}/**`));
      const onEvent = (uri: vscode.Uri) => this.queueFile(uri);
      // The notes folder itself deleted (rm -rf, a checkout, the Explorer): its deletion reports only
      // itself, not the folders and notes in it, so their items stayed in the view.
      const root = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, relative), true, true, false);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent),
        root, root.onDidDelete(() => void this.queue(() => this.dropAllGone(state))));
    }));
  }

  /** Drops every person's items of a folder whose notes folder is gone. */
  private async dropAllGone(state: FolderState): Promise<void> {
    if (this.folders.get(state.root) !== state || (await this.typeOf(state.notesUri)) !== undefined) return;
    const ids = new Set([...state.people, ...[...state.files.values()].map(e => e.personId)]);
    if (!ids.size) return;
    for (const id of ids) this.dropPerson(state, id);
    this.changed();
  }

  private queueFile(uri: vscode.Uri): void {
    if (!this.placeOf(uri)) return;
    this.pendingFiles.set(uri.toString(), uri);
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.fileTimer = setTimeout(() => {
      this.fileTimer = undefined;
      void this.queue(() => this.applyFiles());
    }, FILE_DEBOUNCE_MS);
  }

  private async applyFiles(): Promise<void> {
    const uris = [...this.pendingFiles.values()];
    this.pendingFiles.clear();
    let any = false;
    await Promise.all(uris.map(async uri => {
      const place = this.placeOf(uri);
      if (!place) return;
      const { state, personId, fileName } = place;
      // Only people already read: the rest are read when they are first asked for.
      if (!state.complete && !state.people.has(personId)) return;
      any = true;
      if (fileName === undefined) {
        // A person's folder came or went (a deleted folder reports only itself); a file beside the
        // folders (people.json, a README) is no one's.
        const type = await this.typeOf(uri);
        if (type === undefined) this.dropPerson(state, personId);
        else if (type & vscode.FileType.Directory) await this.loadPerson(state, personId);
        return;
      }
      if (!isItemNoteFile(fileName)) return;
      // A file event means the file changed: read it (no mtime shortcut: a save may keep the size
      // and, on coarse clocks, the mtime). A deleted one fails its stat and leaves the store.
      await this.readNote(state, personId, fileName, true);
    }));
    if (any) this.changed();
  }

  /** The type of what is at `uri`, or undefined when nothing is. */
  private async typeOf(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
    try {
      return (await vscode.workspace.fs.stat(uri)).type;
    } catch {
      return undefined;
    }
  }

  /** Typing in an open note: its items follow its text, after a pause. */
  private onEdit(doc: vscode.TextDocument): void {
    if (!this.placeOf(doc.uri)?.fileName) return;
    const key = doc.uri.toString();
    const previous = this.editTimers.get(key);
    if (previous) clearTimeout(previous);
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      void this.queue(async () => this.applyEditor(doc));
    }, EDIT_DEBOUNCE_MS));
  }

  private applyEditor(doc: vscode.TextDocument): void {
    const place = this.placeOf(doc.uri);
    if (!place?.fileName || doc.isClosed || !isItemNoteFile(place.fileName)) return;
    if (!place.state.complete && !place.state.people.has(place.personId)) return;
    const text = doc.getText();
    this.setText(place.state, doc.uri.toString(), { personId: place.personId, fileName: place.fileName, mtime: EDITOR, size: text.length }, text);
    this.changed();
  }

  /** Where a URI is among the loaded folders: a person's folder, or a note directly in it. */
  private placeOf(uri: vscode.Uri): { state: FolderState; personId: string; fileName?: string } | undefined {
    for (const state of this.folders.values()) {
      const base = state.notesUri.path.replace(/\/+$/, '');
      if (uri.scheme !== state.notesUri.scheme || uri.authority !== state.notesUri.authority || !uri.path.startsWith(`${base}/`)) continue;
      const parts = uri.path.slice(base.length + 1).split('/');
      if (parts.length === 1 && parts[0]) return { state, personId: parts[0] };
      if (parts.length === 2 && parts[0] && parts[1]) return { state, personId: parts[0], fileName: parts[1] };
      return undefined;
    }
    return undefined;
  }

  /** Names for owners come from the roster: keep the store's names in step with it. */
  private syncNames(): void {
    for (const roster of this.people.folders()) {
      const state = this.folders.get(roster.folder.uri.toString());
      if (!state) continue;
      if (state.notesUri.toString() !== roster.notesUri.toString()) {
        this.reset();
        return;
      }
      state.store.setOthers(roster.roster.people.map(p => p.name));
      for (const id of state.store.personIds()) state.store.setPerson({ id, name: findPerson(roster, id)?.name ?? id });
    }
    this.changed();
  }

  private changed(): void {
    this.version++;
    if (this.isLoaded) this.scheduleCacheWrite();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this._onDidChange.fire();
    }, 30);
  }
}

/** A note's text, or undefined when it is too large or not text (binary, not UTF-8): it has no items then. */
function decodeNote(bytes: Uint8Array): string | undefined {
  return bytes.length <= MAX_ITEM_NOTE_BYTES && looksLikeTextNote(bytes) ? decoder.decode(bytes) : undefined;
}

function findPerson(roster: FolderRoster | undefined, id: string): Person | undefined {
  return roster?.roster.people.find(p => p.id === id) ?? roster?.roster.people.find(p => p.id.toLowerCase() === id.toLowerCase());
}
