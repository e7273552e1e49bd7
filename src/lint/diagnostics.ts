import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import { DIAGNOSTIC_SOURCE } from '../constants';
import type { Linter } from '../core/lint/engine';
import type { NoteContext } from '../core/note-context';
import { MAX_MARKERS_PER_FILE as MAX_SHOWN, MAX_SQUIGGLES_PER_FILE, nearest, type Span } from '../core/lint/nearest';
import { overSizeLimit, utf8Length, type Settings } from '../core/settings';
import { lineStarts, positionOf } from '../core/text';
import type { Finding, LintResult, Severity } from '../core/lint/types';
import { Disposable } from '../util/dispose';

/** Schemes of documents that are not notes a person edits (diffs, output). */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'comment', 'review', 'vscode-notebook-cell-output', 'debug']);
const EDIT_DEBOUNCE_MS = 200;

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface DocState {
  /** Its linter, made once the linter is here (the features chunk's). */
  linter?: Linter;
  /** Bumped for every lint request; results of an older request are dropped. */
  generation: number;
  result?: LintResult;
  version?: number;
  /** Last edit (time and offset), for holding back findings in the sentence being typed. */
  lastEdit?: { time: number; offset: number };
  holdTimer?: ReturnType<typeof setTimeout>;
  /** Set when more findings were found than VS Code keeps per file: how many are published. */
  capped?: { readonly shown: number; readonly total: number };
  /** Set when the note is over the size rule (lint.maxFileSizeMB) and was not linted: why. */
  tooLarge?: string;
  /** A re-publish after scrolling, when not all findings fit. */
  scrollTimer?: ReturnType<typeof setTimeout>;
}

/** What the person sees of a note's findings, when it is not simply all of them. */
export type Coverage =
  | { readonly kind: 'capped'; readonly shown: number; readonly total: number }
  | { readonly kind: 'tooLarge'; readonly reason: string };

/** After scrolling stops for this long, the findings nearest to the new view are published. */
const SCROLL_DEBOUNCE_MS = 60;

/**
 * Lints markdown notes into a diagnostic collection: at once on open and save, debounced on edits
 * (one pending set, one timer), stale results dropped, cleared on close. VS Code keeps at most 1,000
 * markers per file and squiggles the first 500 published: a note with more findings publishes the
 * (at most 1,000) nearest to the visible lines and the cursor, nearest first, again as the person
 * scrolls (../core/lint/nearest.ts), and says so when some are left out (coverage()). A note over
 * the size rule (lint.maxFileSizeMB) is not linted, as Check All Notes and the CLI skip it.
 */
export class DiagnosticsManager extends Disposable {
  readonly collection: vscode.DiagnosticCollection;
  private readonly docs = new Map<string, DocState>();
  private readonly pending = new Set<string>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a document lies in its notes folder: read once per document, not per keystroke. */
  private readonly inNotesFolder = new Map<string, boolean>();
  private readonly _onDidLint = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires after a document's diagnostics were published. */
  readonly onDidLint = this._onDidLint.event;
  /**
   * The linter each note gets: the features chunk's (useLinter), loaded when the first note is to be
   * linted (linterFrom). The main bundle has none of its own: its budget is the activation's, and the
   * chunk's rules make the rewrites the quick fixes, the hover and Rephrase All show.
   */
  private makeLinter: (() => Linter) | undefined;
  private linterLoading: Promise<unknown> | undefined;

  /**
   * `loadLinter` loads the features chunk, which hands its linter over (useLinter); it says why when it
   * cannot, and notes are not linted then (until the window is reloaded).
   */
  constructor(private readonly contexts: NoteContextService, private readonly docsUri: (ruleId: string) => vscode.Uri,
    private readonly loadLinter: () => Promise<unknown>) {
    super();
    this.collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
    this._register(vscode.workspace.onDidOpenTextDocument(doc => void this.lintNow(doc)));
    this._register(vscode.workspace.onDidSaveTextDocument(doc => void this.lintNow(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument(e => this.onEdit(e)));
    this._register(vscode.workspace.onDidCloseTextDocument(doc => {
      this.forget(doc.uri);
      this.inNotesFolder.delete(doc.uri.toString());
    }));
    this._register(vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(e => this.onScroll(e.textEditor.document)));
    // Settings (or workspace folders, which move notes folders) and rosters change what a note's context is.
    this._register(contexts.onDidChangeSettings(() => {
      this.dropOutOfScope();
      this.relintAll();
    }));
    this._register(contexts.onDidChangeRoster(() => this.relintAll()));
    // A file deleted or moved on disk (git mv, a shell, the Explorer, another editor) takes its findings
    // with it: Check All Notes publishes findings of files that are not open, and nothing else would
    // ever clear them, so the Problems panel kept listing notes that were no longer there.
    const gone = this._register(vscode.workspace.createFileSystemWatcher('**/*', true, true, false));
    this._register(gone.onDidDelete(uri => this.dropDeleted(uri)));
    this._register({ dispose: () => {
      if (this.pendingTimer) clearTimeout(this.pendingTimer);
      for (const s of this.docs.values()) {
        if (s.holdTimer) clearTimeout(s.holdTimer);
        if (s.scrollTimer) clearTimeout(s.scrollTimer);
      }
    } });
    for (const doc of vscode.workspace.textDocuments) void this.lintNow(doc);
  }

  /** The checked settings for a resource. */
  settingsFor(uri: vscode.Uri): Settings {
    return this.contexts.settingsFor(uri);
  }

  /** Whether the linter looks at this document at all (language, scheme, settings). */
  applies(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown' || IGNORED_SCHEMES.has(doc.uri.scheme)) return false;
    const s = this.settingsFor(doc.uri);
    if (!s['lint.enable']) return false;
    if (s['lint.scope'] === 'allMarkdown') return true;
    const key = doc.uri.toString();
    let inside = this.inNotesFolder.get(key);
    if (inside === undefined) {
      inside = this.contexts.isInNotesFolder(doc.uri);
      this.inNotesFolder.set(key, inside);
    }
    return inside;
  }

  /** What the person sees of an open note's findings when it is not all of them (too many, or not linted: too large). */
  coverage(doc: vscode.TextDocument): Coverage | undefined {
    const state = this.docs.get(doc.uri.toString());
    if (!state || state.version !== doc.version) return undefined;
    if (state.tooLarge) return { kind: 'tooLarge', reason: state.tooLarge };
    return state.capped ? { kind: 'capped', ...state.capped } : undefined;
  }

  /**
   * What the status bar adds for a note whose findings are not all shown: a short suffix for its text
   * and a line for its tooltip (undefined when all are shown).
   */
  coverageNote(doc: vscode.TextDocument): { readonly suffix: string; readonly tooltip: string } | undefined {
    const coverage = this.coverage(doc);
    if (!coverage) return undefined;
    if (coverage.kind === 'tooLarge') {
      return {
        suffix: vscode.l10n.t('not checked'),
        tooltip: vscode.l10n.t('This note is not checked: {0}. Check All Notes and the CLI skip it too.', coverage.reason),
      };
    }
    const n = (x: number) => x.toLocaleString(vscode.env.language);
    return {
      suffix: vscode.l10n.t('{0} of {1} shown', n(coverage.shown), n(coverage.total)),
      tooltip: vscode.l10n.t('VS Code shows at most {0} problems per file: these are the ones nearest to the lines you see and the cursor, and they follow as you scroll.', n(MAX_SHOWN)),
    };
  }

  /** From now on, notes are linted by `make`'s linters (the features chunk's, which make the rules' rewrites). */
  useLinter(make: () => Linter): void {
    this.makeLinter = make;
    for (const state of this.docs.values()) state.linter = make();
  }

  /**
   * A linter for a note, loading the chunk first if need be (once: a failed load is said once, not at
   * every keystroke); undefined when it could not be loaded. The load starts after activation (a
   * microtask later), as the chunk is built on services activation is still making.
   */
  private async linter(): Promise<(() => Linter) | undefined> {
    if (!this.makeLinter) await (this.linterLoading ??= Promise.resolve().then(() => this.loadLinter()));
    return this.makeLinter;
  }

  /**
   * The lint result of an open document, with the rules' rewrites: the latest, else the document linted
   * now (undefined when it is not linted, or an edit overtook the lint).
   */
  async resultWithRewrites(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const state = this.docs.get(doc.uri.toString());
    if (state?.version === doc.version && state.result) return state.result;
    if (!state?.result && state?.version === doc.version) return undefined;
    return this.lintNow(doc);
  }

  /** The latest lint result of an open document, if it is linted. */
  resultFor(doc: vscode.TextDocument): LintResult | undefined {
    const state = this.docs.get(doc.uri.toString());
    return state?.version === doc.version ? state.result : undefined;
  }

  /**
   * Lints now and publishes; resolves to the result (undefined when the document is not linted, or
   * when an edit or a newer request overtook this one while its note context was read: the newer
   * one publishes).
   */
  async lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const key = doc.uri.toString();
    this.pending.delete(key);
    if (!this.applies(doc)) {
      this.forget(doc.uri);
      return undefined;
    }
    let state = this.docs.get(key);
    if (!state) {
      state = { generation: 0 };
      this.docs.set(key, state);
    }
    // Known to be over the size rule at this version: nothing to do (and nothing to announce again).
    if (state.tooLarge && state.version === doc.version) return undefined;
    const generation = ++state.generation;
    const version = doc.version;
    const text = doc.getText();
    const tooLarge = overSizeLimit(quickUtf8Length(text), this.settingsFor(doc.uri));
    if (tooLarge) {
      state.result = undefined;
      state.capped = undefined;
      state.tooLarge = tooLarge;
      state.version = version;
      this.collection.delete(doc.uri);
      this._onDidLint.fire(doc.uri);
      return undefined;
    }
    state.tooLarge = undefined;
    let context: NoteContext;
    try {
      // (The first note waits for the features chunk, whose linter it is.)
      if (!await this.linter()) return undefined;
      context = await this.contexts.contextOfUri(doc.uri, { text });
    } catch (e) {
      console.error('[learning-leader] no note context for', key, e);
      return undefined;
    }
    // Overtaken while the context was read (an edit, a newer request, the document closed): drop it.
    if (generation !== state.generation || version !== doc.version || this.docs.get(key) !== state) return undefined;
    let result: LintResult;
    try {
      state.linter ??= this.makeLinter!();
      result = state.linter.lint(text, context.lintOptions);
    } catch (e) {
      console.error('[learning-leader] lint failed for', key, e);
      return undefined;
    }
    state.result = result;
    state.version = version;
    this.publish(doc, state);
    return result;
  }

  /**
   * Lints a closed file's text into the collection (Check All Notes); with more findings than VS Code
   * keeps, the first ones. `shown` is how many were published.
   */
  async publishText(uri: vscode.Uri, text: string): Promise<{ readonly result: LintResult; readonly shown: number }> {
    const context = await this.contexts.contextOfUri(uri, { text });
    const make = await this.linter();
    if (!make) throw new Error('the linter could not be loaded');
    const result = make().lint(text, context.lintOptions);
    const starts = lineStarts(text);
    const pos = (offset: number) => {
      const p = positionOf(starts, text.length, offset);
      return new vscode.Position(p.line, p.character);
    };
    const shown = nearest(result.findings, []);
    this.collection.set(uri, shown.map(f => this.toDiagnostic(f, pos)));
    this._onDidLint.fire(uri);
    return { result, shown: shown.length };
  }

  /** Why a note of `bytes` is not linted under `uri`'s settings (the size rule), or undefined. */
  overSizeLimit(uri: vscode.Uri, bytes: number): string | undefined {
    return overSizeLimit(bytes, this.settingsFor(uri));
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !this.applies(e.document)) return;
    const key = e.document.uri.toString();
    const state = this.docs.get(key);
    if (state) {
      state.generation++;
      state.lastEdit = { time: Date.now(), offset: e.contentChanges[0].rangeOffset + e.contentChanges[0].text.length };
    }
    this.pending.add(key);
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => this.flushPending(), EDIT_DEBOUNCE_MS);
  }

  private flushPending(): void {
    this.pendingTimer = undefined;
    const keys = [...this.pending];
    this.pending.clear();
    for (const doc of vscode.workspace.textDocuments) if (keys.includes(doc.uri.toString())) void this.lintNow(doc);
  }

  /** Scrolled: when not all findings get a squiggle, publish those nearest to the new view first, once scrolling stops. */
  private onScroll(doc: vscode.TextDocument): void {
    const state = this.docs.get(doc.uri.toString());
    if (!state?.result || state.version !== doc.version || state.result.findings.length <= MAX_SQUIGGLES_PER_FILE) return;
    if (state.scrollTimer) clearTimeout(state.scrollTimer);
    state.scrollTimer = setTimeout(() => {
      state.scrollTimer = undefined;
      if (state.version === doc.version) this.publish(doc, state);
    }, SCROLL_DEBOUNCE_MS);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const state = this.docs.get(e.textEditor.document.uri.toString());
    if (state?.result && state.version === e.textEditor.document.version) this.publish(e.textEditor.document, state);
  }

  private publish(doc: vscode.TextDocument, state: DocState): void {
    const result = state.result;
    if (!result) return;
    const settings = this.settingsFor(doc.uri);
    let shown: readonly Finding[] = result.findings;
    if (state.holdTimer) {
      clearTimeout(state.holdTimer);
      state.holdTimer = undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const edit = state.lastEdit;
    if (settings['lint.holdWhileTyping'] && edit && editor?.document === doc) {
      const wait = edit.time + settings['lint.typingDelay'] - Date.now();
      if (wait > 0) {
        const cursor = doc.offsetAt(editor.selection.active);
        const typing = (f: Finding) => cursor >= f.sentenceStart && cursor <= f.sentenceEnd + 1 && edit.offset >= f.sentenceStart && edit.offset <= f.sentenceEnd + 1;
        if (shown.some(typing)) {
          shown = shown.filter(f => !typing(f));
          state.holdTimer = setTimeout(() => {
            state.holdTimer = undefined;
            if (state.version === doc.version) this.publish(doc, state);
          }, wait);
        }
      }
    }
    const fitting = nearest(shown, shown.length > MAX_SQUIGGLES_PER_FILE ? focusOf(doc) : []);
    state.capped = fitting.length < shown.length ? { shown: fitting.length, total: result.findings.length } : undefined;
    this.collection.set(doc.uri, fitting.map(f => this.toDiagnostic(f, o => doc.positionAt(o))));
    this._onDidLint.fire(doc.uri);
  }

  private toDiagnostic(f: Finding, pos: (offset: number) => vscode.Position): vscode.Diagnostic {
    const d = new vscode.Diagnostic(new vscode.Range(pos(f.start), pos(f.end)), f.message, SEVERITY[f.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.ruleId, target: this.docsUri(f.ruleId) };
    return d;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.docs.get(key);
    if (state?.holdTimer) clearTimeout(state.holdTimer);
    if (state?.scrollTimer) clearTimeout(state.scrollTimer);
    this.docs.delete(key);
    this.pending.delete(key);
    this.collection.delete(uri);
  }

  /**
   * Drops the findings of `uri` and of every file under it (a folder deleted or moved) that no editor
   * holds: an open note keeps its findings, as its editor keeps its text.
   */
  private dropDeleted(uri: vscode.Uri): void {
    const path = uri.path.replace(/\/+$/, '');
    const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
    const drop: vscode.Uri[] = [];
    this.collection.forEach(u => {
      if (u.scheme !== uri.scheme || u.authority !== uri.authority) return;
      if ((u.path === path || u.path.startsWith(`${path}/`)) && !open.has(u.toString())) drop.push(u);
    });
    for (const u of drop) this.forget(u);
  }

  /**
   * The settings changed (Notes Folder, Lint: Scope, Lint: Enable): findings Check All Notes published
   * for files that are not open and are no longer linted leave the Problems panel (open ones are linted
   * again, and cleared when they no longer apply).
   */
  private dropOutOfScope(): void {
    const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
    const drop: vscode.Uri[] = [];
    this.collection.forEach(u => {
      if (open.has(u.toString())) return;
      const s = this.settingsFor(u);
      if (!s['lint.enable'] || (s['lint.scope'] !== 'allMarkdown' && !this.contexts.isInNotesFolder(u))) drop.push(u);
    });
    for (const u of drop) this.forget(u);
  }

  /** Settings or a roster changed: drop what was read per document and re-lint every open one. */
  relintAll(): void {
    this.inNotesFolder.clear();
    // The size limit may have changed: measure again.
    for (const state of this.docs.values()) state.tooLarge = undefined;
    for (const doc of vscode.workspace.textDocuments) void this.lintNow(doc);
  }
}

/** Where the person is in `doc`: the lines its editors show, and their cursors. */
function focusOf(doc: vscode.TextDocument): Span[] {
  const focus: Span[] = [];
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document !== doc) continue;
    for (const r of editor.visibleRanges) focus.push({ start: doc.offsetAt(new vscode.Position(r.start.line, 0)), end: doc.offsetAt(doc.lineAt(r.end.line).range.end) });
    for (const sel of editor.selections) {
      const at = doc.offsetAt(sel.active);
      focus.push({ start: at, end: at });
    }
  }
  return focus;
}

/** The UTF-8 length of a note, counted only when it is near the limit (a UTF-16 code unit is 1 to 3 bytes). */
function quickUtf8Length(text: string): number {
  return text.length * 3 < 1024 * 1024 ? text.length : utf8Length(text);
}
