import * as vscode from 'vscode';
import { Commands } from '../constants';
import { ruleById } from '../core/lint/docs';
import { questionOf } from '../core/lint/rewrite';
import { MODE_INFO } from '../core/modes';
import type { DiagnosticsManager } from './diagnostics';

/** The asking rewrites of the finding under the cursor first, then why (the rule's own docs) and what the relationship asks. */
export class TellingHover implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsManager, private readonly docsUri: (ruleId: string) => vscode.Uri) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.diagnostics.resultWithRewrites(doc);
    if (!result) return undefined;
    const offset = doc.offsetAt(position);
    const f = result.findings.find(x => offset >= x.start && offset <= x.end);
    if (!f) return undefined;
    const rule = ruleById(f.ruleId);
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Learning Leader · ${rule?.docs.title ?? f.ruleId}** \`${f.ruleId}\`\n\n`);
    // What to ask first, where the eye lands; why after it.
    const asks = f.suggestions.filter(s => !s.note);
    const notes = f.suggestions.filter(s => s.note);
    if (asks.length) {
      md.appendMarkdown(`${vscode.l10n.t('Try asking:')}\n`);
      for (const s of asks) md.appendMarkdown(`- ${escape(s.text)}\n`);
      md.appendMarkdown('\n');
    }
    if (notes.length) {
      md.appendMarkdown(`${vscode.l10n.t('Next time, you could ask:')}\n`);
      for (const s of notes) md.appendMarkdown(`- ${escape(questionOf(s.text))}\n`);
      md.appendMarkdown('\n');
    }
    if (rule) md.appendMarkdown(`${rule.docs.why}\n\n`);
    md.appendMarkdown(`*${MODE_INFO[result.mode].label}:* ${MODE_INFO[result.mode].stance}\n\n`);
    // A hover renders links of the usual schemes only, so the rule's page opens through the one
    // command this hover trusts (the diagnostic's own code link opens learning-leader-rules:/<id>).
    md.isTrusted = { enabledCommands: [Commands.showRuleDocs] };
    md.appendMarkdown(`[${vscode.l10n.t('About this rule')}](command:${Commands.showRuleDocs}?${encodeURIComponent(JSON.stringify([f.ruleId]))} "${this.docsUri(f.ruleId).toString()}")`);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|]/g, '\\$&');
}
