import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../constants';
import { isInNotesFolder } from '../config';
import { Linter } from '../core/lint/engine';
import { decideMode } from '../core/note-mode';
import { lineStarts, positionOf } from '../core/text';
import type { Finding, LintResult, Severity } from '../core/lint/types';
import type { RosterLookup } from '../services';
import { Disposable } from '../util/dispose';
import { readLintSettings, type LintSettings } from './settings';

/** Schemes of documents that are not notes a person edits (diffs, output, our own prep view). */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'comment', 'review', 'learning-leader-prep', 'vscode-notebook-cell-output', 'debug']);
const EDIT_DEBOUNCE_MS = 200;

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface DocState {
  readonly linter: Linter;
  /** Bumped for every lint request; results of an older request are dropped. */
  generation: number;
  result?: LintResult;
  version?: number;
  /** Last edit (time and offset), for holding back findings in the sentence being typed. */
  lastEdit?: { time: number; offset: number };
  holdTimer?: ReturnType<typeof setTimeout>;
}

/**
 * Lints markdown notes into a diagnostic collection: at once on open and save, debounced on edits
 * (one pending set, one timer), stale results dropped, cleared on close.
 */
export class DiagnosticsManager extends Disposable {
  readonly collection: vscode.DiagnosticCollection;
  private readonly docs = new Map<string, DocState>();
  private readonly pending = new Set<string>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly settingsCache = new Map<string, LintSettings>();
  /** Whether a document lies in its notes folder; with the settings, read once per document, not per keystroke. */
  private readonly inNotesFolder = new Map<string, boolean>();
  private readonly _onDidLint = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires after a document's diagnostics were published. */
  readonly onDidLint = this._onDidLint.event;

  constructor(private readonly roster: RosterLookup, private readonly docsUri: (ruleId: string) => vscode.Uri) {
    super();
    this.collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
    this._register(vscode.workspace.onDidOpenTextDocument(doc => this.lintNow(doc)));
    this._register(vscode.workspace.onDidSaveTextDocument(doc => this.lintNow(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument(e => this.onEdit(e)));
    this._register(vscode.workspace.onDidCloseTextDocument(doc => {
      this.forget(doc.uri);
      this.settingsCache.delete(doc.uri.toString());
      this.inNotesFolder.delete(doc.uri.toString());
    }));
    this._register(vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)));
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('learningLeader')) this.relintAll();
    }));
    this._register(roster.onDidChange(() => this.relintAll()));
    // Folder-level settings and notes folders move with the workspace folders.
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.relintAll()));
    this._register({ dispose: () => {
      if (this.pendingTimer) clearTimeout(this.pendingTimer);
      for (const s of this.docs.values()) if (s.holdTimer) clearTimeout(s.holdTimer);
    } });
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  settingsFor(uri: vscode.Uri): LintSettings {
    const key = uri.toString();
    let s = this.settingsCache.get(key);
    if (!s) {
      s = readLintSettings(uri);
      this.settingsCache.set(key, s);
    }
    return s;
  }

  /** Whether the linter looks at this document at all (language, scheme, settings). */
  applies(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown' || IGNORED_SCHEMES.has(doc.uri.scheme)) return false;
    const s = this.settingsFor(doc.uri);
    if (!s.enable) return false;
    if (s.scope === 'allMarkdown') return true;
    const key = doc.uri.toString();
    let inside = this.inNotesFolder.get(key);
    if (inside === undefined) {
      inside = isInNotesFolder(doc.uri);
      this.inNotesFolder.set(key, inside);
    }
    return inside;
  }

  /** The latest lint result of an open document, if it is linted. */
  resultFor(doc: vscode.TextDocument): LintResult | undefined {
    const state = this.docs.get(doc.uri.toString());
    return state?.version === doc.version ? state.result : undefined;
  }

  /** Lints now and publishes; returns the result (undefined when the document is not linted). */
  lintNow(doc: vscode.TextDocument): LintResult | undefined {
    const key = doc.uri.toString();
    this.pending.delete(key);
    if (!this.applies(doc)) {
      this.forget(doc.uri);
      return undefined;
    }
    let state = this.docs.get(key);
    if (!state) {
      state = { linter: new Linter(), generation: 0 };
      this.docs.set(key, state);
    }
    const generation = ++state.generation;
    const settings = this.settingsFor(doc.uri);
    const version = doc.version;
    let result: LintResult;
    try {
      const text = doc.getText();
      result = state.linter.lint(text, { ...settings.options, mode: this.modeOf(doc.uri, text, settings) });
    } catch (e) {
      console.error('[learning-leader] lint failed for', key, e);
      return undefined;
    }
    // A newer request or edit arrived meanwhile: this result is stale.
    if (generation !== state.generation || version !== doc.version) return undefined;
    state.result = result;
    state.version = version;
    this.publish(doc, state);
    return result;
  }

  /** Lints a closed file's text into the collection (Check All Notes). */
  publishText(uri: vscode.Uri, text: string, settings: LintSettings): LintResult {
    const result = new Linter().lint(text, { ...settings.options, mode: this.modeOf(uri, text, settings) });
    const starts = lineStarts(text);
    const pos = (offset: number) => {
      const p = positionOf(starts, text.length, offset);
      return new vscode.Position(p.line, p.character);
    };
    this.collection.set(uri, result.findings.map(f => this.toDiagnostic(f, pos)));
    this._onDidLint.fire(uri);
    return result;
  }

  private modeOf(uri: vscode.Uri, text: string, settings: LintSettings) {
    const rosterMode = this.roster.modeForNote(uri);
    return decideMode({ text, defaultMode: settings.defaultMode, ...(rosterMode ? { rosterMode } : {}) }).mode;
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
    for (const doc of vscode.workspace.textDocuments) if (keys.includes(doc.uri.toString())) this.lintNow(doc);
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
    if (settings.holdWhileTyping && edit && editor?.document === doc) {
      const wait = edit.time + settings.typingDelay - Date.now();
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
    this.collection.set(doc.uri, shown.map(f => this.toDiagnostic(f, o => doc.positionAt(o))));
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
    this.docs.delete(key);
    this.pending.delete(key);
    this.collection.delete(uri);
  }

  /** Settings or the roster changed: drop caches and re-lint every open document. */
  relintAll(): void {
    this.settingsCache.clear();
    this.inNotesFolder.clear();
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }
}
