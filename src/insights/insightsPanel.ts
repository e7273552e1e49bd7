// "1:1: Show Coaching Insights": one webview panel across everyone. Per person the last 1:1, the
// cadence kept over six months, open share and telling over the last meetings, open items; totals
// across everyone at the top. The first open reads every note (NoteInsights.everyone); afterwards an
// edited note recomputes that note, and only its person's row is rebuilt (the others' rows are kept).
import * as vscode from 'vscode';
import { Commands, INSIGHTS_VIEW_TYPE } from '../constants';
import type { Html } from '../core/html';
import { personOverview, type PersonOverview } from '../core/insights/overview';
import { renderOverview, type OverviewGroup } from '../core/insights/render';
import { RELATIONSHIPS, RELATIONSHIP_INFO } from '../core/modes';
import type { PeopleServices } from '../people/services';
import type { RegisterCommand } from '../util/commands';
import { Disposable } from '../util/dispose';
import { panelOptions, webviewOptions, webviewPage } from '../webview/page';
import type { NoteInsights, PersonData } from './noteInsights';

export { INSIGHTS_VIEW_TYPE } from '../constants';

/** Re-rendering after edits waits this long, so typing in a note does not redraw the page at every pause. */
const RENDER_DEBOUNCE_MS = 150;

export interface InsightsOptions {
  /** 'panel' (default) opens or reveals the panel; 'none' only computes (tests, scripts). */
  readonly show?: 'panel' | 'none';
}

/** What Show Coaching Insights returns: for tests and scripts. */
export interface InsightsShown {
  readonly people: readonly PersonOverview[];
  /** The page's body as rendered. */
  readonly html: string;
  readonly shown: boolean;
  /** Milliseconds from the command to the page being set. */
  readonly ms: number;
}

export class InsightsPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** Each person's overview, by key: rebuilt only for the people whose notes changed. */
  private readonly overviews = new Map<string, { readonly data: PersonData; readonly overview: PersonOverview }>();
  private changedKeys: Set<string> | 'all' = 'all';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private body: Html | undefined;
  /** The last render: how long, and how many people it rebuilt (for tests and the measure). */
  lastRender: { readonly ms: number; readonly rebuilt: number } | undefined;
  /** How often each person's row was rebuilt, by key (for tests: an edit rebuilds its person's row alone). */
  readonly rebuilds = new Map<string, number>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly people: PeopleServices, private readonly insights: NoteInsights) {
    super();
    this._register(insights.onDidChange(change => {
      if ('all' in change) this.changedKeys = 'all';
      else if (this.changedKeys !== 'all') for (const k of change.keys) this.changedKeys.add(k);
      if (!this.panel) return;
      if (!this.panel.visible) {
        this.stale = true;
        return;
      }
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => { this.timer = undefined; void this.render(); }, RENDER_DEBOUNCE_MS);
    }));
    // People added, archived or restored: the groups change (their numbers come through onDidChange above).
    this._register(people.store.onDidChangeRoster(() => { if (this.panel?.visible) void this.render(); else if (this.panel) this.stale = true; }));
    this._register({ dispose: () => { if (this.timer) clearTimeout(this.timer); this.panel?.dispose(); } });
  }

  /** The panel restored after a window reload (its serializer is registered at activation, src/featuresLoader.ts). */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = webviewOptions(this.extensionUri);
    if (this.panel) {
      panel.dispose();
      return;
    }
    this.attach(panel);
    await this.render();
  }

  async show(options: InsightsOptions = {}): Promise<InsightsShown> {
    const start = performance.now();
    if (options.show === 'none') {
      const { people, body } = await this.compute();
      return { people, html: body.value, shown: false, ms: performance.now() - start };
    }
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Active);
    } else {
      const panel = vscode.window.createWebviewPanel(INSIGHTS_VIEW_TYPE, vscode.l10n.t('Coaching Insights'), { viewColumn: vscode.ViewColumn.Active }, panelOptions(this.extensionUri));
      this.attach(panel);
      // The first read of every note takes a moment with many notes: say so meanwhile.
      if (!this.overviews.size) this.setPage(renderOverview({ today: this.people.calendar.today(), groups: [], loading: { done: 0, total: 0 } }, vscode.l10n));
    }
    const people = await this.render();
    return { people, html: this.body?.value ?? '', shown: true, ms: performance.now() - start };
  }

  /** Reads every roster and note again (Refresh). */
  async refresh(): Promise<void> {
    this.insights.reset();
    await this.people.store.reloadAll();
    if (this.panel) await this.render();
  }

  /** The panel's state, for tests. */
  get state(): { readonly html: string; readonly body: string; readonly visible: boolean } | undefined {
    return this.panel && { html: this.panel.webview.html, body: this.body?.value ?? '', visible: this.panel.visible };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    const subscriptions = [
      panel.webview.onDidReceiveMessage(m => void this.onMessage(m)),
      panel.onDidChangeViewState(e => { if (e.webviewPanel.visible && this.stale) void this.render(); }),
    ];
    panel.onDidDispose(() => {
      for (const s of subscriptions) s.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private async render(): Promise<PersonOverview[]> {
    this.stale = false;
    const { people, body } = await this.compute();
    this.setPage(body);
    return people;
  }

  private setPage(body: Html): void {
    this.body = body;
    if (!this.panel) return;
    this.panel.webview.html = webviewPage(this.panel.webview, this.extensionUri, {
      title: vscode.l10n.t('Coaching Insights'), body, kind: 'insights', state: { view: 'insights' },
    });
  }

  /** Everyone's overview (rebuilding only the people who changed) and the page body. */
  private async compute(): Promise<{ people: PersonOverview[]; body: Html }> {
    const start = performance.now();
    const everyone = await this.readEveryone();
    const today = this.people.calendar.today();
    const changed = this.changedKeys;
    this.changedKeys = new Set();
    let rebuilt = 0;
    const present = new Set<string>();
    for (const data of everyone) {
      present.add(data.key);
      const cached = this.overviews.get(data.key);
      if (changed !== 'all' && cached && !changed.has(data.key) && cached.data.ref.person === data.ref.person) continue;
      this.overviews.set(data.key, { data, overview: personOverview({ ...data, today }) });
      this.rebuilds.set(data.key, (this.rebuilds.get(data.key) ?? 0) + 1);
      rebuilt++;
    }
    for (const key of [...this.overviews.keys()]) if (!present.has(key)) this.overviews.delete(key);

    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const active = [...this.overviews.values()].filter(o => !o.data.ref.person.archived);
    const byName = (a: { data: PersonData }, b: { data: PersonData }) => a.data.ref.person.name.localeCompare(b.data.ref.person.name);
    const groups: OverviewGroup[] = RELATIONSHIPS.map(r => ({
      title: RELATIONSHIP_INFO[r].plural,
      people: active.filter(o => o.data.ref.person.relationship === r).sort(byName).map(o => ({
        overview: multiRoot ? { ...o.overview, person: { ...o.overview.person, name: `${o.overview.person.name} (${o.data.ref.folder.folder.name})` } } : o.overview,
        folder: o.data.ref.folder.folder.uri.toString(),
      })),
    }));
    const body = renderOverview({ today, groups }, vscode.l10n);
    this.lastRender = { ms: performance.now() - start, rebuilt };
    return { people: active.map(o => o.overview), body };
  }

  /**
   * Everyone's data. The first read of many notes takes a while: the window's progress and the page
   * say how far it is (the page every half second), so the view is never a blank wait.
   */
  private async readEveryone(): Promise<PersonData[]> {
    if (!this.insights.needsReading()) return this.insights.everyone();
    let last = 0;
    let report: ((done: number, total: number) => void) | undefined;
    const read = this.insights.everyone((done, total) => report?.(done, total));
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Learning Leader: reading 1:1 notes') }, async progress => {
      report = (done, total) => {
        const now = performance.now();
        if (now - last < 500 || done === total) return;
        last = now;
        progress.report({ message: vscode.l10n.t('{0} of {1}', done, total) });
        if (this.panel && !this.overviews.size) this.setPage(renderOverview({ today: this.people.calendar.today(), groups: [], loading: { done, total } }, vscode.l10n));
      };
      return read;
    });
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object') return;
    const m = message as Record<string, unknown>;
    if (m.command === 'refresh') {
      await this.refresh();
    } else if (m.command === 'prep' && typeof m.person === 'string') {
      // Only a person of the roster: the command resolves the id and refuses anything else.
      const folder = typeof m.folder === 'string' ? vscode.Uri.parse(m.folder) : undefined;
      await vscode.commands.executeCommand(Commands.prepareOneOnOne, { id: m.person, ...(folder ? { folder } : {}) });
    }
  }
}

export function registerShowInsights(register: RegisterCommand, panel: InsightsPanel): vscode.Disposable {
  return register(Commands.showInsights, (options?: InsightsOptions) => panel.show(options && typeof options === 'object' ? options : {}));
}

export function registerRefreshInsights(register: RegisterCommand, panel: InsightsPanel): vscode.Disposable {
  return register(Commands.refreshInsights, () => panel.refresh());
}
