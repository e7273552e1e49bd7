import * as vscode from 'vscode';
import { MODE_INFO } from '../core/modes';
import { setting } from '../config';
import { Disposable } from '../util/dispose';
import type { DiagnosticsManager } from './diagnostics';

/** "Asked 7 · Told 2" for the active note; hidden for other files. */
export class AskTellStatus extends Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(private readonly diagnostics: DiagnosticsManager) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem('learningLeader.askTell', vscode.StatusBarAlignment.Right, 100));
    this.item.name = 'Learning Leader: questions asked and telling found';
    this.item.command = 'workbench.actions.view.problems';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(diagnostics.onDidLint(uri => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('learningLeader.statusBar')) this.update();
    }));
    this.update();
  }

  /** The text shown, or undefined when hidden (used by tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const result = doc && setting<boolean>('statusBar.enable', true, doc.uri) ? this.diagnostics.resultFor(doc) ?? (this.diagnostics.applies(doc) ? this.diagnostics.lintNow(doc) : undefined) : undefined;
    if (!result) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const told = result.findings.length;
    this.item.text = `$(comment-discussion) Asked ${result.questions} · Told ${told}`;
    const byRule = new Map<string, number>();
    for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**Learning Leader** — ${MODE_INFO[result.mode].label}\n\n`);
    tip.appendMarkdown(`Questions asked in this note: **${result.questions}**  \nTelling findings: **${told}**`);
    if (byRule.size) tip.appendMarkdown(` (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')})`);
    tip.appendMarkdown('\n\nClick to open the Problems panel.');
    this.item.tooltip = tip;
    this.item.backgroundColor = undefined;
    this.visible = true;
    this.item.show();
  }
}
