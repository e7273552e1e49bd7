// Every person's per-note coaching numbers and items, kept up to date one note at a time. A person's
// notes are read when their prep or the insights view first asks for them (the prep reads only that
// person's), through vscode.workspace.fs (an open note's unsaved text wins), linted through the
// note's context, and kept as numbers (no text). Afterwards a saved change (file watcher) or an edit
// of an open note (document change) recomputes that one note and tells the views which person changed.
//
// The numbers are kept between sessions (insightsCache.ts): the first ask of a session starts from the
// last session's numbers, so the views paint at once, then every kept note's mtime and size is checked
// in the background and only the changed ones are read again; the views hear which people changed.
import * as vscode from 'vscode';
import { readNoteFile as readNote, type ReadNote } from '../context/files';
import { textHash } from '../core/insights/cache';
import type { MeetingNote } from '../core/insights/series';
import { isNotANote } from '../core/meetings';
import { EMPTY_STATS, noteStats, type NoteStats } from '../core/insights/stats';
import type { PersonNotes } from '../core/insights/overview';
import { ItemStore } from '../core/items/store';
import { DEFAULT_STRICTNESS, Linter } from '../core/lint/engine';
import { parseNoteFileName, type NoteName } from '../core/notes';
import type { SettingKey } from '../core/settings';
import type { PeopleServices } from '../people/services';
import { cadenceOf } from '../people/status';
import type { PersonRef } from '../people/store';
import { Disposable, MutableDisposable } from '../util/dispose';
import { InsightsCache, type PersistedPerson } from './insightsCache';
import { Semaphore } from '../util/semaphore';
import type { PersistedNote } from '../core/insights/persist';

/**
 * Reads in flight at once when many notes are read (the insights view's first pass): each read is a
 * round trip to the file system provider, so many at once. 256, as the items index: the first read of
 * 10,000 notes in code-server took 5.4–5.6 s with 256 against 5.9–6.3 s with 128.
 */
const READ_CONCURRENCY = 256;
/** Saved changes arrive in bursts (git checkout, a save of several files): recompute after this pause. */
const WATCH_DEBOUNCE_MS = 50;
/** Typing in an open note: recompute after this pause. */
const EDIT_DEBOUNCE_MS = 300;
/** Numbers changed: write them to the cache after this pause (a first read of everyone waits for the whole read). */
const CACHE_WRITE_MS = 3000;
/** A note read this long after its mtime did not change during the read (file systems round mtimes). */
const MTIME_MARGIN_MS = 2000;
/** The mtime of a note not stat-ed yet (read without a stat, or an editor's text). */
const UNKNOWN = -1;

const EMPTY_READ: ReadNote = { size: -1, readAt: 0 };

/** Settings that change a note's numbers: the notes folder, and whatever the linter reads. */
const NUMBER_SETTINGS: readonly SettingKey[] = [
  'notesFolder', 'lint.rules', 'lint.strictness', 'lint.defaultMode', 'lint.extraPhrases', 'lint.allowPhrases', 'lint.talkingPointHeadings', 'managerNames',
];

interface NoteEntry {
  readonly name: NoteName;
  /** The text's length and hash (-1 for numbers from the cache: the text was not read this session). */
  readonly length: number;
  readonly hash: number;
  readonly stats: NoteStats;
  /** Why it is not a note (binary, unreadable, too large), when it is not. */
  readonly skipped?: string;
  /** The file's mtime and size the numbers are of: UNKNOWN mtime until looked up, size -1 for an editor's text. */
  readonly mtime: number;
  readonly size: number;
  /** When it was read (Date.now()), while its mtime is UNKNOWN. */
  readonly readAt?: number;
}

interface PersonState {
  ref: PersonRef;
  readonly notes: Map<string, NoteEntry>;
  /** One linter per person: notes from one template share most chunks, which it finds again by their text. */
  readonly linter: Linter;
  /** The first full read of the person's notes, while it runs or once done. */
  loading?: Promise<void>;
}

/** One person's data for the prep and insights views: where they are in the roster, and their notes' numbers. */
export interface PersonData extends PersonNotes {
  readonly ref: PersonRef;
  /** "<workspace folder URI>|<person id>". */
  readonly key: string;
}

/** Which people changed: their keys, or every one. */
export type InsightsChange = { readonly keys: ReadonlySet<string> } | { readonly all: true };

export function personKey(ref: PersonRef): string {
  return `${ref.folder.folder.uri.toString()}|${ref.person.id}`;
}

export class NoteInsights extends Disposable {
  private readonly states = new Map<string, PersonState>();
  /** Items by workspace folder, each person by id (the items core reads owners against the person's id and name). */
  private readonly itemStores = new Map<string, ItemStore>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<InsightsChange>());
  /** Fires after notes were recomputed (their people's keys), or after everything was dropped (settings, rosters, the day). */
  readonly onDidChange = this._onDidChange.event;
  private readonly watchers = this._register(new MutableDisposable<vscode.Disposable>());
  private readonly dirty = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly edited = new Map<string, vscode.TextDocument>();
  /** Work done, for tests and the measure: notes read and counted (computed; `updated` of them after a change), linted, whose text was unchanged, taken from the cache. */
  readonly work = { linted: 0, unchanged: 0, readMs: 0, contextMs: 0, lintMs: 0, countMs: 0, phases: '', fromCache: 0, statted: 0, cacheReadMs: 0, revalidateMs: 0, computed: 0, updated: 0 };
  /** Notes read and counted, by person key (tests: whose notes a change read). */
  readonly computedOf = new Map<string, number>();
  /** The last single-note update: which note, and how long reading, linting and recomputing it took. */
  lastUpdate: { readonly uri: string; readonly ms: number } | undefined;

  private readonly cache: InsightsCache | undefined;
  /** The last session's numbers, applied once per session (the first ask). */
  private cacheApplied: Promise<void> | undefined;
  /** People whose numbers changed since the cache was written, by key. */
  private readonly unsaved = new Set<string>();
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** The background check of the notes taken from the cache, while it runs or once done (tests wait on it). */
  revalidated: Promise<void> = Promise.resolve();

  constructor(private readonly people: PeopleServices, storage?: vscode.Uri) {
    super();
    this.cache = storage ? new InsightsCache(storage) : undefined;
    const { contexts, calendar, store } = people;
    this._register(contexts.onDidChangeSettings(change => {
      if (change.affects('notesFolder')) this.watch();
      // What a note's numbers depend on: where notes are, and how the linter reads them.
      if (NUMBER_SETTINGS.some(key => change.affects(key))) this.reset();
      else if (change.affects('people.defaultCadenceDays')) this._onDidChange.fire({ all: true });
    }));
    this._register(store.onDidChangeRoster(() => this.followRoster()));
    this._register(store.onDidChangeFolders(folders => void this.followFolders(folders)));
    this._register(calendar.onDidChange(() => this._onDidChange.fire({ all: true })));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => { this.watch(); this.reset(); }));
    this._register(vscode.workspace.onDidChangeTextDocument(e => {
      if (e.contentChanges.length && this.keyOf(e.document.uri)) this.onEdit(e.document);
    }));
    // A closed note's unsaved text is gone: what counts again is the file.
    this._register(vscode.workspace.onDidCloseTextDocument(doc => { if (this.keyOf(doc.uri)) this.markDirty(doc.uri); }));
    this._register({ dispose: () => { if (this.timer) clearTimeout(this.timer); if (this.editTimer) clearTimeout(this.editTimer); if (this.cacheTimer) clearTimeout(this.cacheTimer); } });
    this.watch();
  }

  /**
   * One person's data: their notes are read the first time (only theirs), then kept up to date. The
   * note listing is checked each time (it is cached by the People store until their folder changes),
   * so a note written a moment ago (Start 1:1) is in, even before the file watcher reports it.
   */
  async person(ref: PersonRef): Promise<PersonData> {
    await this.applyCache();
    const state = this.stateOf(ref);
    await this.load(state);
    await this.relist(state);
    return this.dataOf(state);
  }

  /** Lists a read person's notes again: reads the new ones, drops the gone ones; true when any changed. */
  private async relist(state: PersonState): Promise<boolean> {
    const names = await this.listing(state.ref);
    const missing = names.filter(n => !state.notes.has(n.fileName));
    if (missing.length) await runLimited(missing.map(name => () => this.compute(state, name)), READ_CONCURRENCY);
    if (!missing.length && names.length === state.notes.size) return false;
    this.prune(state, names);
    return true;
  }

  /**
   * Everyone's data (every workspace folder's roster, archived people included), reading what was not
   * read yet; `progress` hears how many of the notes to read are done.
   */
  async everyone(progress?: (done: number, total: number) => void): Promise<PersonData[]> {
    await this.people.store.settled();
    await this.applyCache();
    const refs = this.people.store.everyone();
    const states = refs.map(ref => this.stateOf(ref));
    // One queue of reads across everyone, so a few large folders do not hold the rest back.
    const pending = states.filter(s => !s.loading);
    const t0 = performance.now();
    const listings = await Promise.all(pending.map(async s => ({ s, names: await this.listing(s.ref) })));
    const t1 = performance.now();
    const jobs = listings.flatMap(({ s, names }) => names.map(name => ({ s, name })));
    // Read everything first, then count: each read is a round trip to the file system provider, and
    // linting between them holds the round trips up (measured: about twice as long interleaved).
    const texts: ReadNote[] = new Array(jobs.length);
    let read = 0;
    const done = runLimited(jobs.map(({ s, name }, k) => async () => {
      texts[k] = await readNote(this.people.store.noteUri(s.ref, name));
      progress?.(++read, jobs.length * 2);
    }), READ_CONCURRENCY).then(async () => {
      for (let k = 0; k < jobs.length; k++) {
        await this.compute(jobs[k].s, jobs[k].name, texts[k]);
        texts[k] = EMPTY_READ;
        progress?.(jobs.length + k + 1, jobs.length * 2);
      }
    });
    for (const { s, names } of listings) s.loading = done.then(() => this.prune(s, names));
    await Promise.all(states.map(s => this.load(s)));
    const t2 = performance.now();
    const data = states.map(s => this.dataOf(s));
    if (jobs.length) this.work.phases = `listings ${(t1 - t0).toFixed(0)} ms, reading and counting ${(t2 - t1).toFixed(0)} ms, items joined ${(performance.now() - t2).toFixed(0)} ms`;
    return data;
  }

  /** Whether someone's notes have not been read yet (everyone() would read files). */
  needsReading(): boolean {
    return this.people.store.everyone().some(ref => !this.states.get(personKey(ref))?.loading);
  }

  /** Forgets what was read of one person (their Refresh): the next read reads their notes again. */
  forget(ref: PersonRef): void {
    const key = personKey(ref);
    this.states.delete(key);
    this.itemsOf(ref).deletePerson(ref.person.id);
  }

  /** Forgets everything (settings or a roster changed, or Refresh of the insights view). */
  reset(): void {
    this.states.clear();
    this.itemStores.clear();
    this._onDidChange.fire({ all: true });
  }

  /** Recomputes one note now (a test, or after an edit); resolves when its person's numbers are updated. */
  async updateNote(uri: vscode.Uri): Promise<void> {
    const key = this.keyOf(uri);
    const state = key ? this.states.get(key) : undefined;
    if (!state?.loading) return;
    const start = performance.now();
    await state.loading;
    const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const name = parseNoteFileName(fileName);
    if (!name) return;
    // The People store drops a folder's listing as soon as the watcher reports a file there.
    const listing = await this.listing(state.ref);
    if (listing.some(n => n.fileName === fileName)) {
      await this.compute(state, name, undefined, true);
    } else {
      this.removeNote(state, fileName);
    }
    this.lastUpdate = { uri: uri.toString(), ms: performance.now() - start };
    this._onDidChange.fire({ keys: new Set([personKey(state.ref)]) });
  }

  // ---- Reading ------------------------------------------------------------------------------------

  private stateOf(ref: PersonRef): PersonState {
    const key = personKey(ref);
    let state = this.states.get(key);
    if (!state) {
      state = { ref, notes: new Map(), linter: new Linter() };
      this.states.set(key, state);
    } else {
      state.ref = ref;
    }
    this.itemsOf(ref).setPerson({ id: ref.person.id, name: ref.person.name });
    return state;
  }

  private load(state: PersonState): Promise<void> {
    if (!state.loading) {
      state.loading = (async () => {
        const names = await this.listing(state.ref);
        await runLimited(names.map(name => () => this.compute(state, name)), READ_CONCURRENCY);
        this.prune(state, names);
      })();
      // A failed read is not kept: the next ask tries again.
      state.loading.catch(e => {
        console.error('[learning-leader] insights: cannot read the notes of', state.ref.person.id, e);
        state.loading = undefined;
      });
    }
    return state.loading;
  }

  private async listing(ref: PersonRef): Promise<NoteName[]> {
    try {
      return await this.people.store.notesOf(ref);
    } catch {
      return [];
    }
  }

  private prune(state: PersonState, names: readonly NoteName[]): void {
    const keep = new Set(names.map(n => n.fileName));
    for (const fileName of [...state.notes.keys()]) if (!keep.has(fileName)) this.removeNote(state, fileName);
  }

  private removeNote(state: PersonState, fileName: string): void {
    state.notes.delete(fileName);
    this.unsaved.add(personKey(state.ref));
    this.scheduleCacheWrite();
    this.itemsOf(state.ref).deleteNote(state.ref.person.id, fileName);
  }

  /** Reads, lints and counts one note of a person; a note whose text is unchanged is not linted again. */
  private async compute(state: PersonState, name: NoteName, preRead?: ReadNote, update = false): Promise<void> {
    const uri = this.people.store.noteUri(state.ref, name);
    let t = performance.now();
    const read = preRead ?? await readNote(uri);
    this.work.readMs += performance.now() - t;
    // Counted together, after the read: `computed - updated` is the notes read for a load at any moment.
    this.work.computed++;
    if (update) this.work.updated++;
    const key = personKey(state.ref);
    this.computedOf.set(key, (this.computedOf.get(key) ?? 0) + 1);
    const items = this.itemsOf(state.ref);
    this.unsaved.add(key);
    this.scheduleCacheWrite();
    if (read.text === undefined) {
      state.notes.set(name.fileName, { name, length: 0, hash: 0, stats: { ...EMPTY_STATS, readable: false }, skipped: read.notANote ?? 'unreadable', mtime: UNKNOWN, size: read.size, readAt: read.readAt });
      items.setNote(state.ref.person.id, { fileName: name.fileName, date: name.date, text: undefined });
      return;
    }
    const text = read.text;
    const hash = textHash(text);
    const old = state.notes.get(name.fileName);
    if (old && !old.skipped && old.hash === hash && old.length === text.length) {
      this.work.unchanged++;
      // The same text, perhaps a new mtime: looked up again before the cache is written.
      state.notes.set(name.fileName, { ...old, mtime: UNKNOWN, size: read.size, readAt: read.readAt });
      return;
    }
    t = performance.now();
    const context = await this.people.contexts.contextOfUri(uri, { text });
    this.work.contextMs += performance.now() - t;
    t = performance.now();
    const lint = state.linter.lint(text, context.lintOptions);
    this.work.lintMs += performance.now() - t;
    t = performance.now();
    this.work.linted++;
    state.notes.set(name.fileName, { name, length: text.length, hash, stats: noteStats(text, lint), mtime: UNKNOWN, size: read.size, readAt: read.readAt });
    items.setNote(state.ref.person.id, { fileName: name.fileName, date: name.date, text });
    this.work.countMs += performance.now() - t;
  }

  // ---- Kept between sessions ---------------------------------------------------------------------

  /** What a person's numbers depend on besides their notes: the settings the linter reads, their name, mode and relationship. */
  private variantOf(ref: PersonRef): string {
    const settings = this.people.contexts.settingsFor(ref.folder.folder);
    const { name, mode, relationship } = ref.person;
    return JSON.stringify([NUMBER_SETTINGS.map(key => settings[key]), name, mode ?? null, relationship ?? null]);
  }

  /**
   * Once per session, before the first person is read: the last session's numbers of everyone whose
   * settings, name, mode and relationship are as they were, then a check of their notes in the background.
   */
  private applyCache(): Promise<void> {
    return (this.cacheApplied ??= (async () => {
      const cache = this.cache;
      if (!cache) return;
      const started = performance.now();
      await this.people.store.settled();
      const refs = this.people.store.everyone();
      const byFolder = new Map<string, PersonRef[]>();
      for (const ref of refs) {
        const key = ref.folder.notesUri.toString();
        const list = byFolder.get(key);
        if (list) list.push(ref);
        else byFolder.set(key, [ref]);
      }
      const applied: PersonState[] = [];
      const slots = new Semaphore(READ_CONCURRENCY);
      await Promise.all([...byFolder].map(async ([notesUri, folderRefs]) => {
        const kept = await cache.read(notesUri, task => slots.run(task));
        for (const ref of folderRefs) {
          const person = kept.get(ref.person.id);
          if (!person || person.variant !== this.variantOf(ref) || this.states.get(personKey(ref))?.loading) continue;
          const state = this.stateOf(ref);
          const items = this.itemsOf(ref);
          for (const n of person.notes) {
            const name = parseNoteFileName(n.fileName);
            if (!name) continue;
            state.notes.set(n.fileName, { name, length: -1, hash: -1, stats: n.stats, skipped: n.skipped, mtime: n.mtime, size: n.size });
            if (n.parsed) items.setParsed(ref.person.id, n.parsed);
            else items.setNote(ref.person.id, { fileName: n.fileName, date: name.date, text: undefined });
            this.work.fromCache++;
          }
          state.loading = Promise.resolve();
          applied.push(state);
        }
      }));
      this.work.cacheReadMs = performance.now() - started;
      if (!applied.length) return;
      // Notes written since (not kept) are read before the first paint: the views show every note there
      // is, and only a kept note that changed may show its old numbers for the moment the check takes.
      const listed = await Promise.all(applied.map(async state => ({ state, names: await this.listing(state.ref) })));
      await Promise.all(listed.flatMap(({ state, names }) => names.filter(n => !state.notes.has(n.fileName)).map(name => slots.run(() => this.compute(state, name)))));
      this.revalidated = this.revalidate(listed);
    })().catch(e => console.error('[learning-leader] insights cache not read:', e)));
  }

  /** Checks the kept notes of people taken from the cache (their listings as the first paint saw them): changed and gone notes are read or dropped, and the views told. */
  private async revalidate(listed: readonly { readonly state: PersonState; readonly names: readonly NoteName[] }[]): Promise<void> {
    const started = performance.now();
    const changed = new Set<string>();
    const slots = new Semaphore(READ_CONCURRENCY);
    await Promise.all(listed.map(async ({ state, names }) => {
      const key = personKey(state.ref);
      if (this.states.get(key) !== state) return; // forgotten meanwhile
      await Promise.all(names.map(name => slots.run(async () => {
        const entry = state.notes.get(name.fileName);
        if (entry && entry.mtime !== UNKNOWN) {
          try {
            const stat = await vscode.workspace.fs.stat(this.people.store.noteUri(state.ref, name));
            this.work.statted++;
            if (stat.mtime === entry.mtime && stat.size === entry.size) return;
          } catch {
            // gone or unreadable: read below, which says which
          }
        } else if (entry) {
          return; // read this session already
        }
        await this.compute(state, name);
        changed.add(key);
      })));
      if (names.length !== state.notes.size) {
        this.prune(state, names);
        changed.add(key);
      }
    }));
    this.work.revalidateMs = performance.now() - started;
    if (changed.size) this._onDidChange.fire({ keys: changed });
  }

  private scheduleCacheWrite(delay = CACHE_WRITE_MS): void {
    if (!this.cache || this.cacheTimer) return;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      void this.writeCache();
    }, delay);
  }

  /** The cache's last read and write (sizes and timings), when there is one. */
  get cacheStats(): InsightsCache['stats'] | undefined {
    return this.cache?.stats;
  }

  /** Writes the numbers of the people that changed now (tests; the timer does it otherwise). */
  async flushCache(): Promise<void> {
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    await this.writeCache();
  }

  /** Forgets everything in memory as a new session would start: the next ask reads the cache (tests). */
  dropMemory(): void {
    this.states.clear();
    this.itemStores.clear();
    this.cacheApplied = undefined;
    this.work.fromCache = 0;
    this.work.statted = 0;
  }

  /**
   * Writes the people whose numbers changed. A note read without a stat gets its mtime now, and is
   * left out (read again next session) when it may have changed since it was read; so is an editor's
   * unsaved text, which is not the file's.
   */
  private writeCache(): Promise<void> {
    // One write at a time: a write that started earlier must not land after a later one with older numbers.
    this.writing = this.writing.then(() => this.writeChanged(), e => console.error('[learning-leader] insights cache not written:', e));
    return this.writing;
  }

  private async writeChanged(): Promise<void> {
    const cache = this.cache;
    if (!cache || !this.unsaved.size) return;
    const keys = [...this.unsaved];
    this.unsaved.clear();
    const slots = new Semaphore(READ_CONCURRENCY);
    const byFolder = new Map<string, Map<string, PersistedPerson | undefined>>();
    await Promise.all(keys.map(async key => {
      const state = this.states.get(key);
      if (!state?.loading) return;
      await state.loading.catch(() => undefined);
      const items = this.itemsOf(state.ref);
      const notes: PersistedNote[] = [];
      await Promise.all([...state.notes.values()].map(entry => slots.run(async () => {
        let mtime = entry.mtime;
        if (entry.size < 0) return;
        if (mtime === UNKNOWN) {
          try {
            const stat = await vscode.workspace.fs.stat(this.people.store.noteUri(state.ref, entry.name));
            if (stat.size !== entry.size || stat.mtime >= (entry.readAt ?? 0) - MTIME_MARGIN_MS) return;
            mtime = stat.mtime;
          } catch {
            return;
          }
        }
        const parsed = entry.skipped ? undefined : items.parsed(state.ref.person.id, entry.name.fileName);
        if (!entry.skipped && !parsed) return;
        notes.push({ fileName: entry.name.fileName, mtime, size: entry.size, stats: entry.stats, skipped: entry.skipped, parsed });
      })));
      const folder = state.ref.folder.notesUri.toString();
      if (!byFolder.has(folder)) byFolder.set(folder, new Map());
      byFolder.get(folder)!.set(state.ref.person.id, notes.length ? { variant: this.variantOf(state.ref), notes } : undefined);
    }));
    for (const [folder, people] of byFolder) await cache.write(folder, people, task => slots.run(task));
  }

  private dataOf(state: PersonState): PersonData {
    const notes: MeetingNote[] = [];
    for (const e of state.notes.values()) notes.push({ date: e.name.date, sequence: e.name.sequence, fileName: e.name.fileName, stats: e.stats, ...(isNotANote(e.skipped) ? { notANote: e.skipped } : {}) });
    return {
      ref: state.ref,
      person: state.ref.person,
      key: personKey(state.ref),
      cadenceDays: cadenceOf(this.people, state.ref),
      notes,
      items: this.itemsOf(state.ref).items(state.ref.person.id),
      tellingOff: this.tellingOff(state.ref),
    };
  }

  /** Whether the linter is off for the person's mode in their folder's settings (their notes then count no telling). */
  private tellingOff(ref: PersonRef): boolean {
    const mode = ref.person.mode;
    const strictness = this.people.contexts.settingsFor(ref.folder.folder)['lint.strictness'];
    return (strictness?.[mode] ?? DEFAULT_STRICTNESS[mode]) === 'off';
  }

  private itemsOf(ref: PersonRef): ItemStore {
    const folder = ref.folder.folder;
    const key = folder.uri.toString();
    let store = this.itemStores.get(key);
    if (!store) {
      store = new ItemStore({ managerNames: this.people.contexts.settingsFor(folder)['managerNames'] });
      this.itemStores.set(key, store);
    }
    store.setOthers(ref.folder.roster.people.map(p => p.name));
    return store;
  }

  /**
   * A roster was read again: people no longer in it are forgotten; a person whose name, mode or
   * relationship changed is read again when next asked (the linter reads a note by them); a change of
   * cadence or archiving only changes their row.
   */
  private followRoster(): void {
    const now = new Map(this.people.store.everyone().map(ref => [personKey(ref), ref] as const));
    const changed = new Set<string>();
    for (const [key, state] of [...this.states]) {
      const ref = now.get(key);
      const before = state.ref.person;
      if (!ref) {
        this.states.delete(key);
      } else if (ref.person.name !== before.name || ref.person.mode !== before.mode || ref.person.relationship !== before.relationship) {
        this.forget(state.ref);
      } else if (ref.person !== before || ref.folder !== state.ref.folder) {
        state.ref = ref;
      } else {
        continue;
      }
      changed.add(key);
    }
    if (changed.size) this._onDidChange.fire({ keys: changed });
  }

  // ---- Changes ------------------------------------------------------------------------------------

  /** The key of the person whose folder holds `uri`, when it is a dated note under a notes folder. */
  private keyOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !parseNoteFileName(uri.path.slice(uri.path.lastIndexOf('/') + 1))) return undefined;
    const base = this.people.contexts.notesFolderUri(folder).path.replace(/\/+$/, '');
    if (!uri.path.startsWith(`${base}/`)) return undefined;
    const id = uri.path.slice(base.length + 1).split('/')[0];
    return id ? `${folder.uri.toString()}|${id}` : undefined;
  }

  private watch(): void {
    this.watchers.value = vscode.Disposable.from(...(vscode.workspace.workspaceFolders ?? []).map(folder => {
      const notes = this.people.contexts.core.notesFolder(folder.uri.toString()).path;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${notes}/*/*.md`));
      const changed = (uri: vscode.Uri) => this.markDirty(uri);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
    }));
  }

  /**
   * A folder under a notes root came, went or was renamed (outside VS Code: the watcher reports the
   * folder, not the notes in it): everyone read in those workspace folders is listed again, their new
   * notes read and their gone ones dropped. Nothing is read again for a person whose listing is the same.
   */
  private async followFolders(folders: readonly string[]): Promise<void> {
    const states = [...this.states].filter(([key, state]) => state.loading && folders.some(f => key.startsWith(`${f}|`)));
    const changed = new Set<string>();
    await Promise.all(states.map(async ([key, state]) => {
      try {
        await state.loading;
      } catch {
        return;
      }
      if (await this.relist(state)) changed.add(key);
    }));
    if (changed.size) this._onDidChange.fire({ keys: changed });
  }

  private markDirty(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    if (!key || !this.states.get(key)?.loading) return;
    this.dirty.set(uri.toString(), uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const uris = [...this.dirty.values()];
      this.dirty.clear();
      for (const u of uris) void this.updateNote(u);
    }, WATCH_DEBOUNCE_MS);
  }

  private onEdit(doc: vscode.TextDocument): void {
    const key = this.keyOf(doc.uri);
    if (!key || !this.states.get(key)?.loading) return;
    this.edited.set(doc.uri.toString(), doc);
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => {
      this.editTimer = undefined;
      const docs = [...this.edited.values()];
      this.edited.clear();
      for (const d of docs) if (!d.isClosed) void this.updateNote(d.uri);
    }, EDIT_DEBOUNCE_MS);
  }
}

/** Runs the jobs with at most `limit` at a time; resolves when all are done (a failed job is logged, not fatal). */
async function runLimited(jobs: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  const slots = new Semaphore(limit);
  await Promise.all(jobs.map(job => slots.run(job).catch(e => console.error('[learning-leader] insights: a note could not be read', e))));
}
