// The prep panel: one webview panel per person, not a preview that follows the editor. Reopening the
// same person reveals their panel; it re-renders when one of their notes changes (file watcher or
// an edit), when their entry in people.json changes (a person no longer in it gets a page that says
// so), when the day changes, and on Refresh; a window reload restores it (serializer). It reads
// only that person's notes (NoteInsights.person). Messages from the page are checked: only a refresh,
// or opening one of this person's dated notes.
import * as vscode from 'vscode';
import { Commands, PREP_VIEW_TYPE, ROSTER_FILE } from '../constants';
import { html, type Html } from '../core/html';
import { renderPrep } from '../core/insights/render';
import { lastMeetingBefore } from '../core/insights/series';
import { isMode, MODE_INFO, type Mode } from '../core/modes';
import { parseNoteFileName } from '../core/notes';
import { buildPrepModel, type PrepModel } from '../core/prep';
import { readText } from '../context/files';
import { notesFolderOf } from '../people/commands/messages';
import type { PeopleServices } from '../people/services';
import type { RegisterCommand } from '../util/commands';
import type { PersonRef } from '../people/store';
import { Disposable } from '../util/dispose';
import { panelOptions, webviewOptions, webviewPage } from '../webview/page';
import { personKey, type NoteInsights } from './noteInsights';

export { PREP_VIEW_TYPE } from '../constants';

/** What Prepare returns: for tests and scripts. */
export interface PrepShown {
  /** The person and their workspace folder (URI string). */
  readonly person: string;
  readonly folder: string;
  readonly mode: Mode;
  readonly model: PrepModel;
  /** The page's body as rendered (every note text escaped). */
  readonly html: string;
  /** True when a panel shows it; false for `show: 'none'`. */
  readonly shown: boolean;
  /** Milliseconds from the command to the page being set. */
  readonly ms: number;
}

interface PrepState {
  readonly view?: string;
  readonly person?: string;
  readonly folder?: string;
  readonly mode?: string;
}

class PrepPanel extends Disposable {
  mode: Mode | undefined;
  body: Html | undefined;
  model: PrepModel | undefined;
  /** Set while the person is in no roster (removed, or people.json gone or unreadable): the page that says so. */
  gone: Html | undefined;
  private stale = false;
  private rendering: Promise<void> | undefined;

  constructor(readonly panel: vscode.WebviewPanel, public ref: PersonRef, mode: Mode | undefined, private readonly owner: PrepPanels) {
    super();
    this.mode = mode;
    this._register(panel.webview.onDidReceiveMessage(m => void this.onMessage(m)));
    this._register(panel.onDidChangeViewState(e => {
      if (e.webviewPanel.visible && this.stale) void this.render();
    }));
  }

  get key(): string {
    return personKey(this.ref);
  }

  /** Renders now when visible; otherwise when it is shown next. */
  changed(): void {
    if (this.panel.visible) void this.render();
    else this.stale = true;
  }

  render(): Promise<void> {
    // One render at a time; a change during a render renders once more after it.
    if (this.rendering) {
      this.stale = true;
      return this.rendering;
    }
    this.stale = false;
    this.rendering = (async () => {
      try {
        // Awaited even for the page of a person gone: `rendering` is set before this goes on.
        const { model, body } = await (this.gone ? { model: this.model, body: this.gone } : this.owner.build(this.ref, this.mode));
        if (this.isDisposed) return;
        this.model = model;
        this.body = body;
        this.panel.title = vscode.l10n.t('Prep: {0}', this.ref.person.name);
        this.panel.webview.html = this.owner.page(this.panel.webview, this.ref, this.mode, body);
      } catch (e) {
        console.error('[learning-leader] prep failed for', this.ref.person.id, e);
      } finally {
        this.rendering = undefined;
      }
      if (this.stale && this.panel.visible) await this.render();
    })();
    return this.rendering;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object') return;
    const m = message as Record<string, unknown>;
    if (m.command === 'refresh') {
      await this.owner.refresh(this);
    } else if (m.command === 'open' && typeof m.file === 'string') {
      const line = typeof m.line === 'string' && /^\d{1,7}$/.test(m.line) ? Number(m.line) : undefined;
      await this.owner.openNote(this.ref, m.file, line);
    }
  }
}

/** Every prep panel, by person. */
export class PrepPanels extends Disposable {
  private readonly panels = new Map<string, PrepPanel>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly people: PeopleServices, private readonly insights: NoteInsights) {
    super();
    this._register(insights.onDidChange(change => {
      for (const p of this.panels.values()) if ('all' in change || change.keys.has(p.key)) p.changed();
    }));
    this._register(people.store.onDidChangeRoster(() => this.followRoster()));
    this._register({ dispose: () => { for (const p of this.panels.values()) p.panel.dispose(); } });
  }

  /** Opens (or reveals) the person's panel, or with show 'none' only builds the page; resolves once it is set. */
  async open(ref: PersonRef, mode: Mode | undefined, show: boolean): Promise<PrepShown> {
    const start = performance.now();
    const chosen = mode && MODE_INFO[mode].relationship === ref.person.relationship ? mode : undefined;
    if (!show) {
      const { model, body } = await this.build(ref, chosen);
      return this.shown(ref, model, body.value, false, start);
    }
    const key = personKey(ref);
    let entry = this.panels.get(key);
    if (entry) {
      entry.ref = ref;
      entry.gone = undefined;
      if (chosen !== entry.mode) entry.mode = chosen;
      entry.panel.reveal(entry.panel.viewColumn ?? vscode.ViewColumn.Active);
    } else {
      const panel = vscode.window.createWebviewPanel(PREP_VIEW_TYPE, vscode.l10n.t('Prep: {0}', ref.person.name), { viewColumn: vscode.ViewColumn.Active }, panelOptions(this.extensionUri));
      entry = this.attach(panel, ref, chosen);
    }
    await entry.render();
    return this.shown(ref, entry.model!, entry.body!.value, true, start);
  }

  /** The open panel of a person, for tests: its page body, whether it is visible and active. */
  panelOf(ref: PersonRef): { readonly html: string; readonly body: string; readonly visible: boolean; readonly active: boolean; readonly panel: vscode.WebviewPanel } | undefined {
    const entry = this.panels.get(personKey(ref));
    return entry && { html: entry.panel.webview.html, body: entry.body?.value ?? '', visible: entry.panel.visible, active: entry.panel.active, panel: entry.panel };
  }

  /** The active prep panel's Refresh (the editor title action). */
  async refreshActive(): Promise<boolean> {
    const entry = [...this.panels.values()].find(p => p.panel.active);
    if (!entry) return false;
    await this.refresh(entry);
    return true;
  }

  /** @internal Reads the person's notes again and renders. */
  async refresh(entry: PrepPanel): Promise<void> {
    await this.people.store.settled();
    const ref = this.people.store.find(entry.ref.person.id, entry.ref.folder.folder.uri);
    entry.gone = ref ? undefined : this.goneBody(entry.ref);
    if (!ref) {
      await entry.render();
      return;
    }
    this.people.store.invalidateNotes(ref);
    this.insights.forget(ref);
    entry.ref = ref;
    await entry.render();
  }

  /** @internal The prep's model and body for a person. */
  async build(ref: PersonRef, mode: Mode | undefined): Promise<{ model: PrepModel; body: Html }> {
    const data = await this.insights.person(ref);
    const today = this.people.calendar.today();
    const last = lastMeetingBefore(data.notes, today);
    const lastText = last?.fileName ? await readText(this.people.store.noteUri(ref, last.fileName)).catch(() => undefined) : undefined;
    const model = buildPrepModel({
      ...data, today,
      ...(lastText !== undefined ? { lastText } : {}), ...(mode ? { mode } : {}),
    });
    return { model, body: renderPrep(model, vscode.l10n) };
  }

  /** @internal The whole page for a panel. */
  page(webview: vscode.Webview, ref: PersonRef, mode: Mode | undefined, body: Html): string {
    return webviewPage(webview, this.extensionUri, {
      title: vscode.l10n.t('Prep: {0}', ref.person.name),
      body,
      kind: 'prep',
      state: { view: 'prep', person: ref.person.id, folder: ref.folder.folder.uri.toString(), mode },
    });
  }

  /** @internal Opens one of the person's dated notes beside the panel, at a 1-based line. */
  async openNote(ref: PersonRef, fileName: string, line: number | undefined): Promise<void> {
    // Only a dated note's plain file name: nothing from the page can name another path.
    if (!parseNoteFileName(fileName) || /[/\\]/.test(fileName)) return;
    const uri = this.people.store.noteUri(ref, fileName);
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = line ? new vscode.Position(Math.max(0, Math.min(doc.lineCount - 1, line - 1)), 0) : undefined;
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, ...(at ? { selection: new vscode.Range(at, at) } : {}) });
  }

  private attach(panel: vscode.WebviewPanel, ref: PersonRef, mode: Mode | undefined): PrepPanel {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    const entry = new PrepPanel(panel, ref, mode, this);
    this.panels.set(entry.key, entry);
    panel.onDidDispose(() => {
      if (this.panels.get(entry.key) === entry) this.panels.delete(entry.key);
      entry.dispose();
    });
    return entry;
  }

  /** A panel restored after a window reload (its serializer is registered at activation, src/featuresLoader.ts). */
  async restore(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    const state = saved as PrepState | undefined;
    panel.webview.options = webviewOptions(this.extensionUri);
    await this.people.store.settled();
    const ref = state?.person ? this.people.store.find(state.person, state.folder ? vscode.Uri.parse(state.folder) : undefined) : undefined;
    if (!ref || this.panels.has(personKey(ref))) {
      panel.dispose();
      return;
    }
    const entry = this.attach(panel, ref, isMode(state?.mode) ? state.mode : undefined);
    await entry.render();
  }

  /**
   * A roster change, as the other views follow it: a person whose entry changed (name, mode, cadence)
   * is prepared again; a person no longer in the roster gets a page that says why (the old prep would
   * show what people.json no longer says), and their prep comes back with them.
   */
  private followRoster(): void {
    for (const entry of this.panels.values()) {
      const ref = this.people.store.find(entry.ref.person.id, entry.ref.folder.folder.uri);
      if (!ref) {
        const gone = this.goneBody(entry.ref);
        if (entry.gone?.value === gone.value) continue;
        entry.gone = gone;
      } else if (ref.person !== entry.ref.person || entry.gone) {
        entry.ref = ref;
        entry.gone = undefined;
      } else {
        continue;
      }
      entry.changed();
    }
  }

  /** The page for a person who is in no roster now: who, why, and that their notes stay. */
  private goneBody(ref: PersonRef): Html {
    const { name, id } = ref.person;
    const state = this.people.store.folderOf(ref.folder.folder.uri);
    const where = notesFolderOf(this.people, ref.folder, id);
    const firstError = state?.roster.problems.find(p => p.severity === 'error');
    const why = !state?.exists ? vscode.l10n.t('There is no {0} now, so {1} is in no roster. Their notes stay in {2}.', ROSTER_FILE, name, where)
      : firstError ? vscode.l10n.t('{0} cannot be read (line {1}: {2}), so {3} cannot be prepared for until it is fixed. Their notes stay in {4}.', ROSTER_FILE, firstError.line + 1, firstError.message, name, where)
        : vscode.l10n.t('{0} is not in {1} now. Their notes stay in {2}: add them again (1:1: Add Person…) and their prep comes back here.', name, ROSTER_FILE, where);
    return html`<header class="page-head">
<div>
<h1>${vscode.l10n.t('Prepare: 1:1 with {0}', name)}</h1>
<p class="sub">${vscode.l10n.t('Not in the roster')}</p>
</div>
<button type="button" class="action" data-command="refresh" title="${vscode.l10n.t('Read people.json and the notes again')}">${vscode.l10n.t('Refresh')}</button>
</header>
<p>${why}</p>`;
  }

  private shown(ref: PersonRef, model: PrepModel, body: string, shown: boolean, start: number): PrepShown {
    return { person: ref.person.id, folder: ref.folder.folder.uri.toString(), mode: model.mode, model, html: body, shown, ms: performance.now() - start };
  }
}

export function registerRefreshPrep(register: RegisterCommand, panels: PrepPanels): vscode.Disposable {
  return register(Commands.refreshPrep, () => panels.refreshActive());
}
