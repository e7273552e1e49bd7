// The rule documentation view: each rule's page, rendered, opened by "About this rule" in the hover,
// by the rule id in the Problems panel (the diagnostic's code.target) and by "1:1: Show Rule
// Documentation…". A page is the URI `learning-leader-rules:/<rule-id>`; the manifest makes this
// read-only custom editor the default editor of that scheme, so VS Code opens it rendered wherever
// it opens the URI, on the desktop and in the browser alike. (A `command:` target would not do:
// VS Code's editor hover opens a diagnostic's code.target without allowing commands.)
// The page itself (src/lint/ruleDocsPage.ts: a webview with a strict CSP) is made in the lazily loaded
// features chunk: the view is registered here at activation and asks for a page when one opens.
import * as vscode from 'vscode';
import { Commands, RULE_DOCS_SCHEME, RULE_DOCS_VIEW_TYPE } from '../constants';
import { escapeHtml } from '../core/html';
import { Disposable } from '../util/dispose';

/** The page of a rule: what a diagnostic's code.target and the hover link to. */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${ruleId}` });
}

function ruleIdOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\/+/, '').replace(/\.md$/i, '');
}

export class RuleDocs extends Disposable implements vscode.CustomReadonlyEditorProvider {
  /** The HTML of every page shown so far, by rule id (the in-host tests read it). */
  readonly rendered = new Map<string, string>();

  /** `page` makes a rule's page (in the lazily loaded chunk: src/lint/ruleDocsPage.ts); undefined when the chunk could not load. */
  constructor(private readonly page: (id: string, webview: vscode.Webview) => Promise<string | undefined>, private readonly pick: () => Promise<string | undefined>) {
    super();
    this._register(vscode.window.registerCustomEditorProvider(RULE_DOCS_VIEW_TYPE, this, { supportsMultipleEditorsPerDocument: true }));
    this._register(vscode.commands.registerCommand(Commands.showRuleDocs, (ruleId?: unknown) => this.show(ruleId)));
  }

  /** Opens a rule's page (a pick of the rules without an id); resolves to its URI. */
  async show(ruleId?: unknown): Promise<vscode.Uri | undefined> {
    // (The pick of the rules is the chunk's, which has their titles: ./ruleDocsPage.ts pickRule.)
    const id = typeof ruleId === 'string' ? ruleId : await this.pick();
    if (id === undefined) return undefined;
    const uri = ruleDocsUri(id);
    await vscode.commands.executeCommand('vscode.openWith', uri, RULE_DOCS_VIEW_TYPE);
    return uri;
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const id = ruleIdOf(document.uri);
    panel.webview.options = { enableScripts: false, enableCommandUris: [Commands.showRuleDocs], localResourceRoots: [] };
    const html = (await this.page(id, panel.webview))
      ?? `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${escapeHtml(vscode.l10n.t('The page of {0} could not be shown.', id))}</p></body></html>`;
    this.rendered.set(id, html);
    panel.webview.html = html;
  }
}
