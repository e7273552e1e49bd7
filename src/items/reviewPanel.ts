// Review prep in the editor: the person's notes over a period read into one review (the core's
// buildReview), shown read-only in a webview panel with working links back to each note, a button
// that saves it as a note in the person's folder (never over a file), and a switch for private parts.
//
// Why a webview and not a virtual document in the markdown preview (as the 1:1 prep view is): the
// preview resolves a link in a virtual document against the virtual document, so no link can reach
// the notes, and it has no place for "Save as note". Here each link is handed to the extension,
// which opens the note at its line (only notes under the notes folder; web links go to the browser).
import * as vscode from 'vscode';
import { openDocumentText } from '../context/files';
import { CONTEXT_REVIEW_OPEN } from '../constants';
import type { IsoDate } from '../core/dates';
import { askedCount, noteStats } from '../core/insights';
import { buildReview, isItemNoteFile, looksLikeTextNote, MAX_ITEM_NOTE_BYTES, reviewFileName, reviewNoteText, type Review, type ReviewNote } from '../core/items';
import { escapeHtml, reviewHtml } from '../core/items/review-html';
import { lintMarkdown } from '../core/lint/engine';
import { parseNoteFileName } from '../core/notes';
import type { PeopleServices } from '../people/services';
import { cadenceOf } from '../people/status';
import type { PersonRef } from '../people/store';
import { Disposable } from '../util/dispose';

export interface ReviewPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly includePrivate: boolean;
}

/** A review as prepared: what the panel shows and what Save as note writes. */
export interface PreparedReview extends ReviewPeriod {
  readonly ref: PersonRef;
  readonly review: Review;
  /** The day it was prepared. */
  readonly today: IsoDate;
}

const decoder = new TextDecoder('utf-8', { fatal: false });
export const REVIEW_VIEW_TYPE = 'learningLeader.review';

/** Every note of the person (dated or not), as text; unreadable ones (binary, too large) as undefined. */
async function readPersonNotes(people: PeopleServices, ref: PersonRef): Promise<(ReviewNote & { uri: vscode.Uri })[]> {
  const folder = people.store.personFolderUri(ref);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const names = entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && isItemNoteFile(name)).map(([name]) => name);
  return Promise.all(names.map(async fileName => {
    const uri = vscode.Uri.joinPath(folder, fileName);
    const open = openDocumentText(uri);
    if (open !== undefined) return { uri, fileName, text: open };
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { uri, fileName, text: bytes.length <= MAX_ITEM_NOTE_BYTES && looksLikeTextNote(bytes) ? decoder.decode(bytes) : undefined };
    } catch {
      return { uri, fileName, text: undefined };
    }
  }));
}

/** Builds the review of a person over a period: meetings, themes, items, asking and telling, summaries. */
export async function prepareReviewData(people: PeopleServices, ref: PersonRef, period: ReviewPeriod): Promise<PreparedReview> {
  const notes = await readPersonNotes(people, ref);
  const today = people.calendar.today();
  // Asking and telling per meeting, counted as the linter and the insights count them: each note
  // linted in its own context (its mode, the settings), questions classified by the insights core.
  const lintOptions = new Map<string, Awaited<ReturnType<typeof people.contexts.contextOfUri>>['lintOptions']>();
  await Promise.all(notes.map(async n => {
    const date = parseNoteFileName(n.fileName)?.date;
    if (n.text === undefined || !date || date < period.from || date > period.to) return;
    lintOptions.set(n.fileName, (await people.contexts.contextOfUri(n.uri, { text: n.text })).lintOptions);
  }));
  const review = buildReview({
    person: { id: ref.person.id, name: ref.person.name },
    notes: notes.map(({ fileName, text }) => ({ fileName, text })),
    today,
    cadenceDays: cadenceOf(people, ref),
    from: period.from,
    to: period.to,
    includePrivate: period.includePrivate,
    managerNames: people.contexts.settingsFor(ref.folder.folder)['managerNames'],
    others: ref.folder.roster.people.map(p => p.name),
    stats: note => {
      const options = lintOptions.get(note.fileName);
      if (!options) return undefined;
      const stats = noteStats(note.text, lintMarkdown(note.text, options));
      return { asked: askedCount(stats.counts), told: stats.counts.told };
    },
  });
  return { ...period, ref, review, today };
}

/** Writes the review into the person's folder under a name no file has; never overwrites. */
export async function saveReviewNote(people: PeopleServices, prepared: PreparedReview): Promise<vscode.Uri | undefined> {
  const folder = people.store.personFolderUri(prepared.ref);
  const contents = new TextEncoder().encode(reviewNoteText(prepared.review, { personId: prepared.ref.person.id, today: prepared.today, includePrivate: prepared.includePrivate }));
  for (let attempt = 0; attempt < 5; attempt++) {
    let names: string[];
    try {
      names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    } catch {
      names = [];
    }
    const uri = vscode.Uri.joinPath(folder, reviewFileName(prepared.today, names));
    const edit = new vscode.WorkspaceEdit();
    // overwrite: false and ignoreIfExists: false: the edit fails rather than replace a file that appeared meanwhile.
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents }, { label: vscode.l10n.t('Save review as note'), needsConfirmation: false });
    if (await vscode.workspace.applyEdit(edit)) return uri;
  }
  return undefined;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** The webview's page: the review, a toolbar, and a small script that hands clicks to the extension. */
export function reviewPage(prepared: PreparedReview, cspSource: string): string {
  const n = nonce();
  const t = vscode.l10n.t;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('Review: {0}', prepared.ref.person.name))}</title>
<style nonce="${n}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.55; margin: 0; padding: 0 28px 40px; }
  main { max-width: 920px; }
  .toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 10px 0; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border); }
  .toolbar .period { color: var(--vscode-descriptionForeground); margin-left: auto; }
  button { font: inherit; background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 3px 12px; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
  button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
  button:focus-visible, a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; cursor: pointer; }
  a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
  h1 { font-size: 1.7em; font-weight: 600; margin: 0.7em 0 0.2em; }
  h2 { font-size: 1.3em; font-weight: 600; margin: 1.6em 0 0.5em; padding-bottom: 4px; border-bottom: 1px solid var(--vscode-panel-border); }
  h3 { font-size: 1.1em; font-weight: 600; margin: 1.2em 0 0.3em; }
  ul { padding-left: 1.6em; margin: 0.3em 0; }
  li { margin: 0.15em 0; }
  blockquote { margin: 0.4em 0; padding: 2px 12px; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
  blockquote p { margin: 0.3em 0; }
  table { border-collapse: collapse; margin: 0.5em 0; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 3px 10px; text-align: left; }
  th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
  code { font-family: var(--vscode-editor-font-family); font-size: 0.92em; background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
  em { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<div class="toolbar" role="toolbar">
  <button id="save" title="${escapeHtml(t('Write this review as a markdown note in the person\'s folder (never over an existing file)'))}">${escapeHtml(t('Save as note'))}</button>
  <button id="private" class="secondary" aria-pressed="${prepared.includePrivate}">${escapeHtml(prepared.includePrivate ? t('Leave private parts out') : t('Include private parts'))}</button>
  <button id="refresh" class="secondary">${escapeHtml(t('Refresh'))}</button>
  <span class="period">${escapeHtml(t('{0} to {1}', prepared.from, prepared.to))}</span>
</div>
<main>
${reviewHtml(prepared.review.markdown)}
</main>
<script nonce="${n}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a[data-href]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', href: link.getAttribute('data-href') });
  });
  document.getElementById('save').addEventListener('click', () => vscode.postMessage({ type: 'save' }));
  document.getElementById('private').addEventListener('click', () => vscode.postMessage({ type: 'private' }));
  document.getElementById('refresh').addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
</script>
</body>
</html>`;
}

/** The review panels: one per person (a new period replaces the old one's content). */
export class ReviewPanels extends Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; prepared: PreparedReview }>();
  /** The panel last active: Save Review as Note without arguments saves its review. */
  private lastActive: string | undefined;

  constructor(private readonly people: PeopleServices, private readonly onSave: (prepared: PreparedReview) => Promise<unknown>) {
    super();
    this._register({ dispose: () => { for (const { panel } of this.panels.values()) panel.dispose(); } });
  }

  /** The review shown last (or in the active panel). */
  current(): PreparedReview | undefined {
    return this.lastActive ? this.panels.get(this.lastActive)?.prepared : undefined;
  }

  /** Every open review with its page, for tests. */
  open(): { title: string; html: string; prepared: PreparedReview }[] {
    return [...this.panels.values()].map(({ panel, prepared }) => ({ title: panel.title, html: panel.webview.html, prepared }));
  }

  show(prepared: PreparedReview, reveal = true): void {
    const key = `${prepared.ref.folder.folder.uri.toString()}|${prepared.ref.person.id}`;
    let entry = this.panels.get(key);
    if (!entry) {
      const panel = vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, vscode.l10n.t('Review: {0}', prepared.ref.person.name), { viewColumn: vscode.ViewColumn.Active, preserveFocus: !reveal }, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      entry = { panel, prepared };
      this.panels.set(key, entry);
      const current = entry;
      panel.onDidDispose(() => {
        this.panels.delete(key);
        if (this.lastActive === key) this.lastActive = undefined;
        void vscode.commands.executeCommand('setContext', CONTEXT_REVIEW_OPEN, this.panels.size > 0);
      });
      void vscode.commands.executeCommand('setContext', CONTEXT_REVIEW_OPEN, true);
      panel.onDidChangeViewState(e => { if (e.webviewPanel.active) this.lastActive = key; });
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(current, message));
    } else if (reveal) entry.panel.reveal(undefined, false);
    entry.prepared = prepared;
    entry.panel.webview.html = reviewPage(prepared, entry.panel.webview.cspSource);
    this.lastActive = key;
  }

  private async onMessage(entry: { panel: vscode.WebviewPanel; prepared: PreparedReview }, message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return;
    const { type, href } = message as { type?: unknown; href?: unknown };
    const { prepared } = entry;
    if (type === 'open' && typeof href === 'string') await this.openLink(prepared.ref, href);
    else if (type === 'save') await this.onSave(prepared);
    else if (type === 'private' || type === 'refresh') {
      const includePrivate = type === 'private' ? !prepared.includePrivate : prepared.includePrivate;
      this.show(await prepareReviewData(this.people, prepared.ref, { from: prepared.from, to: prepared.to, includePrivate }));
    }
  }

  /**
   * Opens a link of the review: a note (relative to the person's folder, as the saved review has it)
   * at its line; web and mail links in the browser. Nothing outside the notes folder is opened.
   */
  private async openLink(ref: PersonRef, href: string): Promise<void> {
    if (/^(?:https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href));
      return;
    }
    const [path = '', fragment = ''] = href.split('#');
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return;
    }
    if (!decoded || /^[a-z][\w+.-]*:/i.test(decoded) || decoded.startsWith('/') || decoded.startsWith('\\')) return;
    const folder = this.people.store.personFolderUri(ref);
    const target = vscode.Uri.joinPath(folder, ...decoded.split('/'));
    const notes = ref.folder.notesUri.path.replace(/\/+$/, '');
    if (!target.path.startsWith(`${notes}/`)) return;
    const line = /^L(\d+)/.exec(fragment);
    const at = line ? Math.max(0, Number(line[1]) - 1) : 0;
    try {
      await vscode.window.showTextDocument(target, { preview: true, viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(at, 0, at, 0) });
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} cannot be opened.', decoded));
    }
  }
}
