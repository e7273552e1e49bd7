// The people store: one roster per workspace folder, read at once; note listings per person,
// read lazily and cached until the file watcher says that person's folder changed.
import * as vscode from 'vscode';
import { notesFolderSegments, notesFolderUri, setting } from '../config';
import { localIsoDate, type IsoDate } from '../core/dates';
import { datedNotes, type NoteName } from '../core/notes';
import { EMPTY_ROSTER, parseRoster, ROSTER_FILE, type Person, type Roster } from '../core/roster';
import type { Clock } from '../services';
import { Disposable } from '../util/dispose';

export const DEFAULT_CADENCE_DAYS = 14;

export interface FolderRoster {
  readonly folder: vscode.WorkspaceFolder;
  readonly notesUri: vscode.Uri;
  readonly rosterUri: vscode.Uri;
  /** False when there is no people.json in this folder. */
  readonly exists: boolean;
  readonly roster: Roster;
  /** The text the roster was parsed from (the open editor's buffer when people.json is open). */
  readonly text: string;
}

export interface PersonRef {
  readonly folder: FolderRoster;
  readonly person: Person;
}

const decoder = new TextDecoder();

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    if ((e as { code?: string }).code === 'FileNotFound' || (e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The text of a document if it is open (it may hold unsaved edits), else the file on disk. */
export async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (doc) return doc.getText();
  return readText(uri);
}

export class PeopleStore extends Disposable {
  private readonly folderStates = new Map<string, FolderRoster>();
  /** Note listings by "<folder uri>|<person id>", as promises so concurrent reads share one. */
  private readonly noteCache = new Map<string, Promise<NoteName[]>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  private readonly _onDidChangeRoster = this._register(new vscode.EventEmitter<void>());
  /** Fires after any change the tree should show (roster, notes, settings). */
  readonly onDidChange = this._onDidChange.event;
  /** Fires only when a roster changed (what the linter's RosterLookup needs). */
  readonly onDidChangeRoster = this._onDidChangeRoster.event;
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('learning-leader.people'));
  private pendingRoster = new Set<string>();
  private pendingNotes = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();
  private clock: Clock;

  constructor(clock: Clock) {
    super();
    this.clock = clock;
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('learningLeader.notesFolder')) void this.reloadAll();
      else if (e.affectsConfiguration('learningLeader.people.defaultCadenceDays')) this._onDidChange.fire();
    }));
    // people.json open in an editor: the tree and the problems follow the buffer as it is typed.
    this._register(vscode.workspace.onDidChangeTextDocument(e => this.onDocumentEvent(e.document.uri)));
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.onDocumentEvent(d.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.onDocumentEvent(d.uri)));
    this._register({ dispose: () => { for (const w of this.watchers.values()) w.dispose(); if (this.timer) clearTimeout(this.timer); } });
  }

  setClock(clock: Clock): void {
    this.clock = clock;
    this._onDidChange.fire();
  }

  today(): IsoDate {
    return localIsoDate(this.clock.now());
  }

  /** Loads every folder's roster; resolves when done. */
  reloadAll(): Promise<void> {
    this.loading = this.loading.then(() => this.doReloadAll(), () => this.doReloadAll());
    return this.loading;
  }

  /** Resolves once pending loads have finished. */
  async settled(): Promise<void> {
    await this.loading;
  }

  private async doReloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keys = new Set(folders.map(f => f.uri.toString()));
    for (const key of [...this.folderStates.keys()]) {
      if (!keys.has(key)) {
        const state = this.folderStates.get(key);
        if (state) this.diagnostics.delete(state.rosterUri);
        this.folderStates.delete(key);
      }
    }
    for (const [key, watcher] of this.watchers) {
      watcher.dispose();
      this.watchers.delete(key);
    }
    this.noteCache.clear();
    await Promise.all(folders.map(async folder => {
      this.watch(folder);
      await this.loadRoster(folder);
    }));
    await this.updateContext();
    this._onDidChangeRoster.fire();
    this._onDidChange.fire();
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const relative = notesFolderSegments(folder.uri).join('/');
    // Based on the workspace folder so it keeps working when the notes folder is created later.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${relative}/**`));
    const onEvent = (uri: vscode.Uri) => this.onFileEvent(folder, uri);
    watcher.onDidCreate(onEvent);
    watcher.onDidChange(onEvent);
    watcher.onDidDelete(onEvent);
    // A deleted notes folder reports only itself; watch its name too.
    const parent = new vscode.RelativePattern(folder, relative);
    const selfWatcher = vscode.workspace.createFileSystemWatcher(parent);
    selfWatcher.onDidCreate(onEvent);
    selfWatcher.onDidDelete(onEvent);
    this.watchers.set(folder.uri.toString(), vscode.Disposable.from(watcher, selfWatcher));
  }

  private onDocumentEvent(uri: vscode.Uri): void {
    if (!uri.path.endsWith(`/${ROSTER_FILE}`)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && this.rosterUriOf(folder).toString() === uri.toString()) this.schedule(folder.uri.toString(), undefined);
  }

  private onFileEvent(folder: vscode.WorkspaceFolder, uri: vscode.Uri): void {
    const notes = notesFolderUri(folder);
    const base = notes.path.replace(/\/+$/, '');
    if (uri.path === base || uri.path === `${base}/${ROSTER_FILE}`) {
      if (uri.path === base) this.invalidateFolderNotes(folder.uri.toString());
      this.schedule(folder.uri.toString(), undefined);
      return;
    }
    if (!uri.path.startsWith(`${base}/`)) return;
    const personId = uri.path.slice(base.length + 1).split('/')[0];
    if (personId) this.schedule(folder.uri.toString(), personId);
  }

  /** Coalesces bursts of file events (a git checkout, the sample) into one refresh. */
  private schedule(folderKey: string, personId: string | undefined): void {
    if (personId === undefined) this.pendingRoster.add(folderKey);
    else {
      this.pendingNotes.add(`${folderKey}|${personId}`);
      // Drop the listing now, so a read in the meantime does not see the stale one.
      this.noteCache.delete(`${folderKey}|${personId}`);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, 100);
  }

  private async flush(): Promise<void> {
    const rosters = [...this.pendingRoster];
    const notes = [...this.pendingNotes];
    this.pendingRoster.clear();
    this.pendingNotes.clear();
    for (const key of notes) this.noteCache.delete(key);
    const work = async () => {
      for (const key of rosters) {
        const folder = (vscode.workspace.workspaceFolders ?? []).find(f => f.uri.toString() === key);
        if (folder) await this.loadRoster(folder);
      }
      if (rosters.length) {
        await this.updateContext();
        this._onDidChangeRoster.fire();
      }
      this._onDidChange.fire();
    };
    this.loading = this.loading.then(work, work);
    await this.loading;
  }

  private invalidateFolderNotes(folderKey: string): void {
    for (const key of [...this.noteCache.keys()]) if (key.startsWith(`${folderKey}|`)) this.noteCache.delete(key);
  }

  private rosterUriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(notesFolderUri(folder), ROSTER_FILE);
  }

  private async loadRoster(folder: vscode.WorkspaceFolder): Promise<FolderRoster> {
    const notesUri = notesFolderUri(folder);
    const rosterUri = this.rosterUriOf(folder);
    let text: string | undefined;
    try {
      text = await currentText(rosterUri);
    } catch (e) {
      text = undefined;
      console.error('[learning-leader] cannot read', rosterUri.toString(), e);
    }
    const roster = text === undefined ? EMPTY_ROSTER : parseRoster(text);
    const state: FolderRoster = { folder, notesUri, rosterUri, exists: text !== undefined, roster, text: text ?? '' };
    this.folderStates.set(folder.uri.toString(), state);
    this.publishDiagnostics(state);
    return state;
  }

  private publishDiagnostics(state: FolderRoster): void {
    if (!state.exists || !state.roster.problems.length) {
      this.diagnostics.delete(state.rosterUri);
      return;
    }
    this.diagnostics.set(state.rosterUri, state.roster.problems.map(p => {
      const d = new vscode.Diagnostic(
        new vscode.Range(p.line, p.character, p.endLine, p.endCharacter),
        p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'learning-leader';
      d.code = 'people-json';
      return d;
    }));
  }

  private async updateContext(): Promise<void> {
    const hasRoster = [...this.folderStates.values()].some(s => s.exists);
    await vscode.commands.executeCommand('setContext', 'learningLeader.hasRoster', hasRoster);
  }

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

  /** Re-reads one folder's roster now (after a write). */
  async reloadFolder(folder: vscode.WorkspaceFolder): Promise<FolderRoster> {
    let state: FolderRoster | undefined;
    const work = async () => {
      state = await this.loadRoster(folder);
      await this.updateContext();
      this._onDidChangeRoster.fire();
      this._onDidChange.fire();
    };
    this.loading = this.loading.then(work, work);
    await this.loading;
    return state ?? this.loadRoster(folder);
  }

  defaultCadence(folder: FolderRoster): number {
    const value = setting<number>('people.defaultCadenceDays', DEFAULT_CADENCE_DAYS, folder.folder.uri);
    return Number.isInteger(value) && value >= 1 && value <= 365 ? value : DEFAULT_CADENCE_DAYS;
  }

  cadenceOf(ref: PersonRef): number {
    return ref.person.cadenceDays ?? this.defaultCadence(ref.folder);
  }

  personFolderUri(ref: PersonRef): vscode.Uri {
    return vscode.Uri.joinPath(ref.folder.notesUri, ref.person.id);
  }

  noteUri(ref: PersonRef, note: NoteName | string): vscode.Uri {
    return vscode.Uri.joinPath(this.personFolderUri(ref), typeof note === 'string' ? note : note.fileName);
  }

  /** The person's dated notes, newest first; read once, then cached until their folder changes. */
  notesOf(ref: PersonRef): Promise<NoteName[]> {
    const key = `${ref.folder.folder.uri.toString()}|${ref.person.id}`;
    let cached = this.noteCache.get(key);
    if (!cached) {
      cached = this.listNotes(this.personFolderUri(ref));
      this.noteCache.set(key, cached);
      // A failed read is not cached.
      cached.catch(() => this.noteCache.delete(key));
    }
    return cached;
  }

  /** The cached listing, if it has been read, without reading. */
  peekNotes(ref: PersonRef): Promise<NoteName[]> | undefined {
    return this.noteCache.get(`${ref.folder.folder.uri.toString()}|${ref.person.id}`);
  }

  private async listNotes(dir: vscode.Uri): Promise<NoteName[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return [];
    }
    return datedNotes(entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name));
  }

  /** Forgets a person's listing (after the extension wrote a note) so the next read is fresh. */
  invalidateNotes(ref: PersonRef): void {
    this.noteCache.delete(`${ref.folder.folder.uri.toString()}|${ref.person.id}`);
  }

  /** Finds a person by id: in `folder` when given, else in the first folder whose roster has them. */
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

  /** The person whose notes folder holds `uri` (directly or deeper). */
  personOfNote(uri: vscode.Uri): PersonRef | undefined {
    const state = this.folderOf(uri);
    if (!state) return undefined;
    const base = state.notesUri.path.replace(/\/+$/, '');
    if (!uri.path.startsWith(`${base}/`)) return undefined;
    const parts = uri.path.slice(base.length + 1).split('/');
    if (parts.length < 2 || !parts[0]) return undefined;
    const person = state.roster.people.find(p => p.id === parts[0]);
    return person ? { folder: state, person } : undefined;
  }
}
