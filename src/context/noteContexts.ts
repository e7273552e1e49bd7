// The extension's side of the note context (src/core/note-context.ts): the core service over
// vscode.workspace.fs and VS Code's configuration, kept fresh. Settings are re-checked when they
// change (and bad values reported once); a workspace folder's roster is read again when its
// people.json changes on disk (file watcher) or in an open editor (as it is typed). Open notes'
// front matter problems (frontMatterProblems.ts) are reported from the features chunk, on this service.
// Everything that asks "whose note, which mode, which settings" asks this.
import * as vscode from 'vscode';
import { CONFIG_SECTION, ROSTER_FILE } from '../constants';
import { isInNotesFolder, NoteContexts, type NoteContext, type NoteContextOptions, type RosterSnapshot } from '../core/note-context';
import type { SettingKey, Settings } from '../core/settings';
import { Disposable, MutableDisposable } from '../util/dispose';
import { vsCodeFiles } from './files';
import { folderOfRoot, locationOf, rootOf, uriOf } from './locations';
import { SettingsProblemReporter } from './settingsProblems';

/** What changed in the settings: `affects('notesFolder')`. Everything, after workspace folders changed. */
export interface SettingsChange {
  affects(key: SettingKey): boolean;
}

/** A burst of roster events (a save, a git checkout, typing) becomes one re-read after this pause. */
const ROSTER_DEBOUNCE_MS = 100;

export class NoteContextService extends Disposable {
  readonly core = new NoteContexts(vsCodeFiles, {
    get: (root, key) => vscode.workspace.getConfiguration(CONFIG_SECTION, root === undefined ? null : uriOf({ root, path: '' })).get(key),
  });
  readonly settingsProblems = this._register(new SettingsProblemReporter());
  private readonly _onDidChangeSettings = this._register(new vscode.EventEmitter<SettingsChange>());
  /** Fires after the settings were re-checked (a configuration change, or workspace folders changed). */
  readonly onDidChangeSettings = this._onDidChangeSettings.event;
  private readonly _onDidChangeRoster = this._register(new vscode.EventEmitter<vscode.WorkspaceFolder>());
  /** Fires after a workspace folder's people.json changed: its next roster() reads it again. */
  readonly onDidChangeRoster = this._onDidChangeRoster.event;
  private readonly watchers = this._register(new MutableDisposable<vscode.Disposable>());
  private readonly rosterTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      this.settingsChanged({ affects: key => e.affectsConfiguration(`${CONFIG_SECTION}.${key}`) });
    }));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.settingsChanged({ affects: () => true })));
    // people.json open in an editor: the roster follows its text as it is typed.
    this._register(vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) this.onRosterEvent(e.document.uri); }));
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.onRosterEvent(d.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.onRosterEvent(d.uri)));
    this._register({ dispose: () => { for (const t of this.rosterTimers.values()) clearTimeout(t); } });
    this.watchRosters();
    this.settingsProblems.check(this.allProblems());
  }

  // ---- Settings -------------------------------------------------------------------------------

  /** The checked settings for a resource or workspace folder (undefined: outside every folder). */
  settingsFor(scope: vscode.Uri | vscode.WorkspaceFolder | undefined): Settings {
    return this.core.settings(this.rootFor(scope)).settings;
  }

  private rootFor(scope: vscode.Uri | vscode.WorkspaceFolder | undefined): string | undefined {
    if (!scope) return undefined;
    if (scope instanceof vscode.Uri) return locationOf(scope)?.root;
    return rootOf(scope);
  }

  private settingsChanged(change: SettingsChange): void {
    this.core.invalidateSettings();
    if (change.affects('notesFolder')) this.watchRosters();
    this.settingsProblems.check(this.allProblems());
    this._onDidChangeSettings.fire(change);
  }

  private allProblems() {
    const roots = [...(vscode.workspace.workspaceFolders ?? []).map(rootOf), undefined];
    return roots.flatMap(root => this.core.settings(root).problems);
  }

  // ---- Places -------------------------------------------------------------------------------

  notesFolderUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return uriOf(this.core.notesFolder(rootOf(folder)));
  }

  rosterUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return uriOf(this.core.rosterLocation(rootOf(folder)));
  }

  /** True when `uri` lies in the notes folder of its workspace folder. */
  isInNotesFolder(uri: vscode.Uri): boolean {
    const location = locationOf(uri);
    return isInNotesFolder(location, this.core.settings(location?.root).settings);
  }

  // ---- Note contexts ----------------------------------------------------------------------------

  /** The context of an open document, from its current (possibly unsaved) text. */
  contextOf(document: vscode.TextDocument, options: Omit<NoteContextOptions, 'text'> = {}): Promise<NoteContext> {
    return this.core.contextOf(locationOf(document.uri), { ...options, text: document.getText(), fileName: fileNameOf(document.uri) });
  }

  /** The context of a file; `text` when it is already read (else the file, or its open document, is read). */
  contextOfUri(uri: vscode.Uri, options: NoteContextOptions = {}): Promise<NoteContext> {
    return this.core.contextOf(locationOf(uri), { fileName: fileNameOf(uri), ...options });
  }

  /** The context from the rosters as last loaded, without waiting; give the text when it matters. */
  contextNow(uri: vscode.Uri, options: NoteContextOptions = {}): NoteContext {
    return this.core.contextNow(locationOf(uri), { fileName: fileNameOf(uri), ...options });
  }

  // ---- Rosters ------------------------------------------------------------------------------------

  /** The folder's roster (cached until its people.json changes). */
  roster(folder: vscode.WorkspaceFolder): Promise<RosterSnapshot> {
    return this.core.roster(rootOf(folder));
  }

  /** Reads the folder's roster again now (Refresh, and right after the extension wrote it). */
  async reloadRoster(folder: vscode.WorkspaceFolder): Promise<RosterSnapshot> {
    const root = rootOf(folder);
    const timer = this.rosterTimers.get(root);
    if (timer) {
      clearTimeout(timer);
      this.rosterTimers.delete(root);
    }
    this.core.invalidateRoster(root);
    const snapshot = await this.core.roster(root);
    // A change event was waiting (the watcher saw the write): this read answers it, and those who
    // follow rosters (the diagnostics of open notes) still hear of it.
    if (timer) this._onDidChangeRoster.fire(folder);
    return snapshot;
  }

  private onRosterEvent(uri: vscode.Uri): void {
    if (!uri.path.endsWith(`/${ROSTER_FILE}`)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && this.rosterUri(folder).toString() === uri.toString()) this.scheduleRoster(folder);
  }

  private scheduleRoster(folder: vscode.WorkspaceFolder): void {
    const root = rootOf(folder);
    const previous = this.rosterTimers.get(root);
    if (previous) clearTimeout(previous);
    this.rosterTimers.set(root, setTimeout(() => {
      this.rosterTimers.delete(root);
      this.core.invalidateRoster(root);
      const current = folderOfRoot(root);
      if (current) this._onDidChangeRoster.fire(current);
    }, ROSTER_DEBOUNCE_MS));
  }

  /** A watcher per workspace folder on its people.json and on the notes folder itself (whose deletion reports only itself). */
  private watchRosters(): void {
    this.watchers.value = vscode.Disposable.from(...(vscode.workspace.workspaceFolders ?? []).map(folder => {
      const notes = this.core.notesFolder(rootOf(folder)).path;
      // Based on the workspace folder, so they keep working when the notes folder is created later.
      const roster = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${notes}/${ROSTER_FILE}`));
      const notesFolder = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, notes), false, true, false);
      const changed = () => this.scheduleRoster(folder);
      return vscode.Disposable.from(
        roster, notesFolder,
        roster.onDidCreate(changed), roster.onDidChange(changed), roster.onDidDelete(changed),
        notesFolder.onDidCreate(changed), notesFolder.onDidDelete(changed),
      );
    }));
  }
}

/** The last segment of a URI's path: the note's file name for one outside every workspace folder. */
function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
