// The page of a rule in the rule documentation view (src/lint/ruleDocs.ts): a webview with a strict
// CSP (no script, styles by nonce, every text escaped); links to other rules are command links limited
// to the one command that opens them. In the lazily loaded features chunk (src/features.ts): main
// registers the view and asks the chunk for a page when one opens.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { escapeHtml, ruleById, ruleHtml } from '../core/lint/docs';
import { ALL_RULES } from '../core/lint/rules';

/** An href that opens another rule's page from inside the webview. */
function commandLink(ruleId: string): string {
  return `command:${Commands.showRuleDocs}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

/** The HTML of the page of rule `id` (a page that says there is no such rule for an unknown id). */
export function ruleDocsPage(id: string, webview: Pick<vscode.Webview, 'cspSource'>): string {
  const rule = ruleById(id);
  const nonce = makeNonce();
  const body = rule
    ? ruleHtml(rule, commandLink)
    : `<h1>${vscode.l10n.t('No rule "{0}"', escapeHtml(id))}</h1><p><a href="${commandLink(ALL_RULES[0]?.id ?? '')}">${vscode.l10n.t('See the rules')}</a></p>`;
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; img-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(rule ? `${rule.id}: ${rule.docs.title}` : id)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
  return html;
}

/** Theme colours and fonts only: the page looks like the rest of VS Code in every theme. */
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.55; }
main { max-width: 52rem; margin: 0 auto; padding: 1.25rem 2rem 3rem; }
.eyebrow { color: var(--vscode-descriptionForeground); text-transform: uppercase; letter-spacing: .06em; font-size: .8em; margin-bottom: .25rem; }
h1 { font-size: 1.6em; font-weight: 600; margin: 0 0 .5rem; }
h2 { font-size: 1.15em; font-weight: 600; margin: 1.6rem 0 .4rem; padding-bottom: .2rem; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); }
.meta { color: var(--vscode-descriptionForeground); font-style: italic; }
code { font-family: var(--vscode-editor-font-family); font-size: .95em; background: var(--vscode-textCodeBlock-background); padding: .05em .3em; border-radius: 3px; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); }
th { font-weight: 600; }
tr.current td { background: var(--vscode-editor-selectionHighlightBackground, var(--vscode-list-inactiveSelectionBackground)); }
.under { color: var(--vscode-descriptionForeground); font-size: .85em; white-space: nowrap; }
`;

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** A pick of the rules by id, title and summary, for "1:1: Show Rule Documentation…" without a rule. */
export async function pickRule(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    ALL_RULES.map(r => ({ label: r.id, description: r.docs.title, detail: r.summary })),
    { title: vscode.l10n.t('Rule documentation'), placeHolder: vscode.l10n.t('Which telling rule?'), matchOnDescription: true, matchOnDetail: true });
  return picked?.label;
}
