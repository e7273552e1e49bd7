import * as vscode from 'vscode';
import { STATUS_BAR_ASK_TELL } from '../constants';
import { askedCount, isTold, openShare } from '../core/insights/counts';
import type { NoteStats } from '../core/insights/stats';
import { DEFAULT_STRICTNESS } from '../core/lint/engine';
import type { LintResult } from '../core/lint/types';
import { MODE_INFO } from '../core/modes';
import { Disposable } from '../util/dispose';
import type { DiagnosticsManager } from './diagnostics';
import type { NoteContextService } from '../context/noteContexts';

/**
 * "Open 4 · Closed 2 · Told 1" for the active note, from its lint result (which holds the questions
 * the linter read): questions asked by kind (a planned question, a template prompt or a talking point,
 * with nothing written after it is not asked) and telling found; hidden for other files. The tooltip
 * gives the open share and what it means. With the linter off for the note's mode ("Open 4 · Closed 2
 * · Linter off") there is no told count, since no findings there mean nothing: the tooltip says so,
 * and how to switch it on.
 */
export class AskTellStatus extends Disposable {
  private readonly item: vscode.StatusBarItem;
  private visible = false;
  /** Bumped per update: an update that finishes after a newer one started is dropped. */
  private updates = 0;

  /**
   * `stats` counts a note's questions and telling: the insights' classifier, in the features chunk (it
   * loads once a note of the notes folder is open), or undefined when it could not be loaded.
   */
  constructor(private readonly diagnostics: DiagnosticsManager, contexts: NoteContextService,
    private readonly stats: (text: string, result: LintResult) => Promise<NoteStats | undefined>) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem(STATUS_BAR_ASK_TELL, vscode.StatusBarAlignment.Right, 100));
    this.item.name = vscode.l10n.t('Learning Leader: open and closed questions, telling');
    this.item.command = 'workbench.actions.view.problems';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => void this.update()));
    this._register(diagnostics.onDidLint(uri => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) void this.update();
    }));
    this._register(contexts.onDidChangeSettings(change => {
      if (change.affects('statusBar.enable')) void this.update();
    }));
    void this.update();
  }

  /** The text shown, or undefined when hidden (used by tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The tooltip's markdown, or undefined when hidden (used by tests). */
  get tooltip(): string | undefined {
    const tip = this.item.tooltip;
    return this.visible ? (typeof tip === 'string' ? tip : tip?.value) : undefined;
  }

  async update(): Promise<void> {
    const ticket = ++this.updates;
    const doc = vscode.window.activeTextEditor?.document;
    const shown = doc && this.diagnostics.settingsFor(doc.uri)['statusBar.enable'];
    const result = shown ? this.diagnostics.resultFor(doc) ?? (this.diagnostics.applies(doc) ? await this.diagnostics.lintNow(doc) : undefined) : undefined;
    if (ticket !== this.updates) return;
    // Not all findings shown (too many for VS Code, or the note is over the size limit): the diagnostics say how.
    const coverage = shown ? this.diagnostics.coverageNote(doc) : undefined;
    if (!result && coverage) {
      this.item.text = `$(circle-slash) ${coverage.suffix}`;
      this.item.tooltip = coverage.tooltip;
      this.visible = true;
      this.item.show();
      return;
    }
    if (!result || !doc) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const stats = await this.stats(doc.getText(), result);
    if (ticket !== this.updates) return;
    if (!stats) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const c = stats.counts;
    // "Told 78,364" as the coverage suffix writes its numbers, in the display language.
    const n = (x: number) => x.toLocaleString(vscode.env.language);
    const off = result.strictness === 'off';
    const leading = c.leading ? ` · ${vscode.l10n.t('Leading {0}', n(c.leading))}` : '';
    this.item.text = `$(comment-discussion) ${vscode.l10n.t('Open {0} · Closed {1}', n(c.open), n(c.closed))}${leading} · ${off ? vscode.l10n.t('Linter off') : vscode.l10n.t('Told {0}', n(c.told))}`;
    const asked = askedCount(c);
    const share = openShare(c);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**Learning Leader** — ${MODE_INFO[result.mode].label}\n\n`);
    if (!asked) {
      tip.appendMarkdown(vscode.l10n.t('No questions asked in this note yet.'));
    } else {
      tip.appendMarkdown(asked === 1 ? vscode.l10n.t('{0} of 1 question was open ({1}%).', n(c.open), Math.round((share ?? 0) * 100)) : vscode.l10n.t('{0} of {1} questions were open ({2}%).', n(c.open), n(asked), Math.round((share ?? 0) * 100)));
      if (c.leading) tip.appendMarkdown(` ${c.leading === 1 ? vscode.l10n.t('1 was leading.') : vscode.l10n.t('{0} were leading.', n(c.leading))}`);
      tip.appendMarkdown(`\n\n${vscode.l10n.t('Open questions invite them to explain, reflect or find options. Motivational-interviewing coding (MITI) reads about 50% open as fair and 70% as good; a status check can rightly be closed.')}`);
    }
    const prompts = stats.questions.filter(q => !q.asked).length;
    if (prompts) tip.appendMarkdown(`\n\n${prompts === 1 ? vscode.l10n.t('1 planned question (from the template or your talking points) has nothing written under or after it yet: not counted.') : vscode.l10n.t('{0} planned questions (from the template or your talking points) have nothing written under or after them yet: not counted.', n(prompts))}`);
    if (off) {
      lintOffTip(tip, result);
    } else {
      const byRule = new Map<string, number>();
      for (const f of result.findings) if (isTold(f.ruleId)) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const rules = [...byRule].map(([r, k]) => (k === 1 ? r : `${r} ×${n(k)}`)).join(', ');
      tip.appendMarkdown(`\n\n${c.told === 0 ? vscode.l10n.t('No telling found.') : c.told === 1 ? vscode.l10n.t('Telling found once: {0}.', rules) : vscode.l10n.t('Telling found {0} times: {1}.', n(c.told), rules)}`);
    }
    if (coverage) {
      this.item.text += ` · ${coverage.suffix}`;
      tip.appendMarkdown(`\n\n${coverage.tooltip}`);
    }
    tip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open the Problems panel.')}`);
    this.item.tooltip = tip;
    this.item.backgroundColor = undefined;
    this.visible = true;
    this.item.show();
  }
}

const STRICTNESS_SETTING = 'learningLeader.lint.strictness';

/**
 * The tooltip's word on a note whose mode has the linter switched off: telling and leading questions
 * are not looked for, and how to switch it on (a link that opens the setting).
 */
function lintOffTip(tip: vscode.MarkdownString, result: LintResult): void {
  const mode = result.mode;
  tip.appendMarkdown(`\n\n${vscode.l10n.t('The telling linter is off for {0} notes, so telling and leading questions are not looked for: there is no told count, and a leading question counts as open or closed by its form.', MODE_INFO[mode].label.toLowerCase())}`);
  const open = `command:workbench.action.openSettings?${encodeURIComponent(JSON.stringify([STRICTNESS_SETTING]))}`;
  tip.isTrusted = { enabledCommands: ['workbench.action.openSettings'] };
  const byDefault = DEFAULT_STRICTNESS[mode];
  const others = (['strict', 'normal', 'gentle'] as const).filter(v => v !== byDefault);
  tip.appendMarkdown(`\n\n${vscode.l10n.t('To switch it on, set "{0}" to "{1}" (its default), "{2}" or "{3}" in [{4}]({5}).', mode, byDefault, others[0], others[1], STRICTNESS_SETTING, open)}`);
}
