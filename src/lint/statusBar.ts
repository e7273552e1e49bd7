import * as vscode from 'vscode';
import { STATUS_BAR_ASK_TELL } from '../constants';
import { MODE_INFO } from '../core/modes';
import { Disposable } from '../util/dispose';
import type { DiagnosticsManager } from './diagnostics';
import type { NoteContextService } from '../context/noteContexts';

/** "Asked 7 · Told 2" for the active note; hidden for other files. */
export class AskTellStatus extends Disposable {
  private readonly item: vscode.StatusBarItem;
  private visible = false;
  /** Bumped per update: an update that finishes after a newer one started is dropped. */
  private updates = 0;

  constructor(private readonly diagnostics: DiagnosticsManager, contexts: NoteContextService) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem(STATUS_BAR_ASK_TELL, vscode.StatusBarAlignment.Right, 100));
    this.item.name = vscode.l10n.t('Learning Leader: questions asked and telling found');
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
    if (!result) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const told = result.findings.length;
    this.item.text = `$(comment-discussion) ${vscode.l10n.t('Asked {0} · Told {1}', result.questions, told)}`;
    const byRule = new Map<string, number>();
    for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**Learning Leader** — ${MODE_INFO[result.mode].label}\n\n`);
    tip.appendMarkdown(vscode.l10n.t('Questions asked in this note: **{0}**  \nTelling findings: **{1}**', result.questions, told));
    if (byRule.size) tip.appendMarkdown(` (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')})`);
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
