// The telling linter in the editor: diagnostics, quick fixes, hover, the status bar and the lint
// commands, each in its own file; this class owns them.
import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import type { LintResult } from '../core/lint/types';
import { Disposable } from '../util/dispose';
import { DiagnosticsManager } from './diagnostics';
import { HandOverCodeActions, HandOverHover, type LintProviders } from './handOver';
import { RuleDocs, ruleDocsUri } from './ruleDocs';

/** The status bar of questions and telling, which the lazily loaded chunk makes (src/features.ts): `load` loads it, `now` is it once loaded. */
export interface StatusBarLoader {
  load(): Promise<unknown>;
  now(): { readonly text: string | undefined; readonly tooltip: string | undefined } | undefined;
}

export interface LintingApi {
  readonly collection: vscode.DiagnosticCollection;
  /** Lints an open document now (bypassing the debounce) and resolves to its result. */
  lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined>;
  /** The status bar text for the active editor, or undefined when hidden. */
  statusText(): string | undefined;
  /** The status bar tooltip's markdown for the active editor, or undefined when hidden. */
  statusTooltip(): string | undefined;
  readonly onDidLint: vscode.Event<vscode.Uri>;
  /** The HTML of the rule pages shown so far, by rule id. */
  readonly ruleDocsHtml: ReadonlyMap<string, string>;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export class LintFeature extends Disposable {
  readonly api: LintingApi;
  /** The diagnostics: Check All Notes and Rephrase All, in the lazily loaded chunk (src/features.ts), work on them. */
  readonly diagnostics: DiagnosticsManager;

  constructor(_context: vscode.ExtensionContext, contexts: NoteContextService, docs: RuleDocsLoader,
    status: StatusBarLoader, providers: () => Promise<LintProviders | undefined>) {
    super();
    const ruleDocs = this._register(new RuleDocs(docs.ruleDocsPage, docs.pickRule));
    // The linter is the chunk's: the first note to lint loads it (main keeps none of its own).
    const diagnostics = this.diagnostics = this._register(new DiagnosticsManager(contexts, ruleDocsUri, () => status.load()));
    // The status bar's numbers need the chunk's classifier, so the chunk makes it: loaded once a note is
    // active in the editor and linted (or about to be); from then on it follows the editor itself.
    const wake = () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && !status.now() && diagnostics.applies(doc)) void status.load();
    };
    this._register(vscode.window.onDidChangeActiveTextEditor(wake));
    this._register(diagnostics.onDidLint(wake));
    // After activation, not during it: the chunk is built on the diagnostics this constructor is making.
    const timer = setTimeout(wake, 0);
    this._register({ dispose: () => clearTimeout(timer) });
    this._register(vscode.languages.registerCodeActionsProvider(MARKDOWN, new HandOverCodeActions(diagnostics, providers), HandOverCodeActions.metadata));
    this._register(vscode.languages.registerHoverProvider(MARKDOWN, new HandOverHover(diagnostics, providers)));
    this.api = { collection: diagnostics.collection, lintNow: doc => diagnostics.lintNow(doc), statusText: () => status.now()?.text, statusTooltip: () => status.now()?.tooltip, onDidLint: diagnostics.onDidLint, ruleDocsHtml: ruleDocs.rendered };
  }
}

/** The rule documentation view's pages and its pick of the rules (the lazily loaded chunk's). */
export interface RuleDocsLoader {
  readonly ruleDocsPage: (id: string, webview: vscode.Webview) => Promise<string | undefined>;
  readonly pickRule: () => Promise<string | undefined>;
}

/**
 * `docs` makes the rule documentation view's pages and picks a rule, `status` is the status bar of questions
 * and telling and `providers` are the quick fixes and the hover (all the lazily loaded chunk's, see
 * featuresLoader.ts).
 */
export function registerLinting(context: vscode.ExtensionContext, contexts: NoteContextService, docs: RuleDocsLoader,
  status: StatusBarLoader, providers: () => Promise<LintProviders | undefined>): LintFeature {
  return new LintFeature(context, contexts, docs, status, providers);
}
