// A note's front matter problems in the editor (src/core/frontmatter-problems.ts): a warning on the
// line at fault for a block never closed, YAML that cannot be read, a key given twice, a mode or
// relationship that is not one, a date that is not a calendar date, a person not in people.json;
// with a quick fix where the value meant is plain. Open notes in the notes folder only: checked at
// once on open, debounced per document on edits (a result overtaken by an edit is dropped), again
// when people.json or the settings change, cleared on close.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, FRONT_MATTER_DIAGNOSTICS } from '../constants';
import { MAX_FRONT_MATTER } from '../core/frontmatter';
import { noteFrontMatterProblems, type FrontMatterProblem } from '../core/frontmatter-problems';
import { Disposable } from '../util/dispose';
import { locationOf } from './locations';
import type { NoteContextService } from './noteContexts';

const EDIT_DEBOUNCE_MS = 200;
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

interface DocState {
  /** Bumped for every check; an older check's result is dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The problems published, and the version of the document they are for. */
  problems: readonly FrontMatterProblem[];
  version?: number;
}

export class FrontMatterProblems extends Disposable implements vscode.CodeActionProvider {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection(FRONT_MATTER_DIAGNOSTICS));
  private readonly docs = new Map<string, DocState>();

  constructor(private readonly contexts: NoteContextService) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument(doc => void this.checkNow(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) this.schedule(e.document); }));
    this._register(vscode.workspace.onDidCloseTextDocument(doc => this.forget(doc.uri)));
    // The roster says who is in it; the settings say where the notes folder is and the default mode.
    this._register(contexts.onDidChangeRoster(() => this.checkAll()));
    this._register(contexts.onDidChangeSettings(() => this.checkAll()));
    this._register(vscode.languages.registerCodeActionsProvider(MARKDOWN, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
    this._register({ dispose: () => { for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer); } });
    this.checkAll();
  }

  /** Checks an open document now and publishes; resolves to its problems (undefined: not a note, or overtaken by a newer check). */
  async checkNow(doc: vscode.TextDocument): Promise<readonly FrontMatterProblem[] | undefined> {
    const key = doc.uri.toString();
    if (doc.languageId !== 'markdown' || !this.contexts.isInNotesFolder(doc.uri)) {
      this.forget(doc.uri);
      return undefined;
    }
    let state = this.docs.get(key);
    if (!state) {
      state = { generation: 0, problems: [] };
      this.docs.set(key, state);
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const generation = ++state.generation;
    const version = doc.version;
    // Only the top of the note can hold front matter: a long note is not copied whole for it.
    const head = doc.lineCount && doc.lineAt(0).text.startsWith('---') ? doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(MAX_FRONT_MATTER + 1))) : '';
    let problems: FrontMatterProblem[];
    try {
      problems = head ? await noteFrontMatterProblems(this.contexts.core, locationOf(doc.uri), head) : [];
    } catch (e) {
      console.error('[learning-leader] front matter check failed for', key, e);
      return undefined;
    }
    // Overtaken while the context was read (an edit, a newer check, the document closed): drop it.
    if (generation !== state.generation || version !== doc.version || this.docs.get(key) !== state) return undefined;
    // An edit below the front matter changes nothing here: the markers stay, not published again.
    const same = state.version !== undefined && JSON.stringify(problems) === JSON.stringify(state.problems);
    state.problems = problems;
    state.version = version;
    if (!same) this.collection.set(doc.uri, problems.map(toDiagnostic));
    return problems;
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.docs.get(doc.uri.toString());
    if (!state || state.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    // The problems at the range: the markers reach the editor a moment after they are published, so
    // the problems themselves answer, each with its marker when it is there.
    for (const p of state.problems) {
      const at = rangeOf(p);
      if (!p.fix || !at.intersection(range)) continue;
      const marker = context.diagnostics.find(d => d.source === DIAGNOSTIC_SOURCE && d.code === p.code && d.range.isEqual(at));
      const { fix } = p;
      const title = fix.kind === 'close'
        ? vscode.l10n.t('Close the front matter with "---" on line {0}', fix.line + 1)
        : vscode.l10n.t('Change to "{0}"', fix.text);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, new vscode.Range(fix.line, fix.start, fix.line, fix.end), fix.text);
      action.diagnostics = [marker ?? toDiagnostic(p)];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }

  private schedule(doc: vscode.TextDocument): void {
    const state = this.docs.get(doc.uri.toString());
    if (!state) {
      // Not checked yet: a note is checked now (anything else is left alone).
      if (doc.languageId === 'markdown' && this.contexts.isInNotesFolder(doc.uri)) void this.checkNow(doc);
      return;
    }
    state.generation++;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.checkNow(doc);
    }, EDIT_DEBOUNCE_MS);
  }

  private checkAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.checkNow(doc);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.docs.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.docs.delete(key);
    this.collection.delete(uri);
  }
}

function rangeOf(p: FrontMatterProblem): vscode.Range {
  return new vscode.Range(p.line, p.start, p.line, p.end);
}

function toDiagnostic(p: FrontMatterProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(p), p.message, vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = p.code;
  return d;
}
