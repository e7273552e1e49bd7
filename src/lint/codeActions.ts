import * as vscode from 'vscode';
import { Commands, DIAGNOSTIC_SOURCE } from '../constants';
import type { Finding } from '../core/lint/types';
import type { DiagnosticsManager } from './diagnostics';
import { questionOf } from '../core/lint/rewrite';
import { FIX_ALL_KIND } from './handOver';

/** Quick fixes per finding (each rewrite, disable for this line, allow the sentence) and a fix-all (in the chunk; main hands over, lint/handOver.ts). */
export class TellingCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: DiagnosticsManager) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const result = await this.diagnostics.resultWithRewrites(doc);
    if (!result) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      const fromMarkers = context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE)
        .map(d => [findingFor(doc, result.findings, d), d] as const)
        .filter((pair): pair is readonly [Finding, vscode.Diagnostic] => !!pair[0]);
      // The markers reach the editor a moment after the lint; until then, answer from the lint result itself.
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      const pairs = fromMarkers.length ? fromMarkers : findingsIn(result.findings, start, end).map(f => [f, diagnosticFor(doc, f)] as const);
      for (const [f, d] of pairs) actions.push(...quickFixes(doc, f, d));
    }
    // The fix-all rewrites every finding: only when it is asked for by kind (Source Action…, on save),
    // not for the light bulb, which asks on every cursor move (a long note has tens of thousands).
    const asked = context.only !== undefined && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only));
    if (asked && result.findings.some(f => f.suggestions.some(s => !s.note))) {
      const action = new vscode.CodeAction(vscode.l10n.t('Rephrase all telling as asking'), FIX_ALL_KIND);
      action.edit = fixAllEdit(doc, result.findings);
      actions.push(action);
    }
    return actions;
  }
}

function findingFor(doc: vscode.TextDocument, findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return findingsIn(findings, start, end).find(f => f.ruleId === code && f.start === start && f.end === end);
}

/** The findings (sorted by start) that overlap start..end, found by binary search: a long note has tens of thousands. */
function findingsIn(findings: readonly Finding[], start: number, end: number): Finding[] {
  // Findings do not overlap one another much; step back over the few that start before but reach in.
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as Finding).start < start) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  while (i > 0 && (findings[i - 1] as Finding).end >= start) i--;
  const out: Finding[] = [];
  for (; i < findings.length && (findings[i] as Finding).start <= end; i++) {
    if ((findings[i] as Finding).end >= start) out.push(findings[i] as Finding);
  }
  return out;
}

function diagnosticFor(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.message);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = f.ruleId;
  return d;
}

function quickFixes(doc: vscode.TextDocument, f: Finding, d: vscode.Diagnostic): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  f.suggestions.forEach((s, i) => {
    // Telling the note reports stays on record: its rewrite notes the question to ask next time.
    // "Ask her: what would you do ...?" reads "Ask her instead: “What would you do ...?”", not "Ask instead: “Ask her: ...”".
    const whom = s.note ? null : /^Ask ([^:]{1,40}): (.+)$/.exec(s.text);
    const title = s.note ? vscode.l10n.t('Note for next time: ask “{0}”', questionOf(s.text))
      : whom ? vscode.l10n.t('Ask {0} instead: “{1}”', whom[1], whom[2].charAt(0).toUpperCase() + whom[2].slice(1))
      : vscode.l10n.t('Ask instead: “{0}”', s.text);
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)), s.text);
    a.diagnostics = [d];
    a.isPreferred = i === 0;
    actions.push(a);
  });
  const line = doc.lineAt(d.range.start.line);
  const disable = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', f.ruleId), vscode.CodeActionKind.QuickFix);
  disable.edit = new vscode.WorkspaceEdit();
  disable.edit.insert(doc.uri, line.range.end, ` <!-- learning-leader-disable-line ${f.ruleId} -->`);
  disable.diagnostics = [d];
  actions.push(disable);
  const sentence = allowPhraseFor(doc.getText().slice(f.sentenceStart, f.sentenceEnd));
  if (sentence) {
    const allow = new vscode.CodeAction(vscode.l10n.t('Allow “{0}” in this workspace', sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence), vscode.CodeActionKind.QuickFix);
    allow.command = { title: vscode.l10n.t('Allow phrase'), command: Commands.allowPhrase, arguments: [sentence, doc.uri] };
    allow.diagnostics = [d];
    actions.push(allow);
  }
  return actions;
}

/** The sentence as a phrase for the allow list: markdown markers and closing punctuation removed. */
export function allowPhraseFor(sentence: string): string {
  return sentence.replace(/[*_`~]/g, '').replace(/\s+/g, ' ').replace(/[.!?…]+$/u, '').trim();
}

/**
 * One edit applying each finding's first rewrite; overlapping rewrites keep the first. Not in a record of
 * what was said (meeting notes, "Asked: ..."): rewriting that would change what happened.
 */
export function fixAllEdit(doc: vscode.TextDocument, findings: readonly Finding[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  let lastEnd = -1;
  // Only rewrites that replace telling: a note for next time is a choice to make one by one.
  const firsts = findings.filter(f => !f.recorded).map(f => f.suggestions.find(s => !s.note)).filter(s => !!s).sort((a, b) => a.start - b.start);
  for (const s of firsts) {
    if (s.start < lastEnd) continue;
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)), s.text);
    lastEnd = s.end;
  }
  return edit;
}
