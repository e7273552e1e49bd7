import * as vscode from 'vscode';
import { RULE_DOCS } from '../core/lint/docs';
import { MODE_INFO } from '../core/modes';
import type { DiagnosticsManager } from './diagnostics';

/** Explains the rule under the cursor, the research behind it, and the asking rewrites. */
export class TellingHover implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsManager, private readonly docsUri: (ruleId: string) => vscode.Uri) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.diagnostics.resultFor(doc);
    if (!result) return undefined;
    const offset = doc.offsetAt(position);
    const f = result.findings.find(x => offset >= x.start && offset <= x.end);
    if (!f) return undefined;
    const rule = RULE_DOCS[f.ruleId];
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Learning Leader · ${rule?.title ?? f.ruleId}** \`${f.ruleId}\`\n\n`);
    if (rule) md.appendMarkdown(`${rule.why}\n\n`);
    md.appendMarkdown(`*${MODE_INFO[result.mode].label}:* ${MODE_INFO[result.mode].stance}\n\n`);
    if (f.suggestions.length) {
      md.appendMarkdown('Try asking:\n');
      for (const s of f.suggestions) md.appendMarkdown(`- ${escape(s.text)}\n`);
      md.appendMarkdown('\n');
    }
    md.appendMarkdown(`[About this rule](${this.docsUri(f.ruleId).toString()})`);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|]/g, '\\$&');
}
