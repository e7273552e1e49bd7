// Bad learningLeader.* values, reported once: one warning naming each bad setting, at activation
// and after a configuration change that brings a new problem. Not per document, not per keystroke:
// the settings are checked once per workspace folder (src/core/settings.ts), and a problem already
// shown is not shown again until it has been fixed and comes back.
import * as vscode from 'vscode';
import type { SettingProblem } from '../core/settings';
import { Disposable } from '../util/dispose';
import { offer } from '../util/notify';

export class SettingsProblemReporter extends Disposable {
  /** Messages of the problems present at the last check (shown already or not). */
  private current = new Set<string>();
  private readonly _onDidReport = this._register(new vscode.EventEmitter<readonly string[]>());
  /** Fires with the messages of each warning shown (the in-host tests listen). */
  readonly onDidReport = this._onDidReport.event;
  /** Every warning shown so far, in order. */
  readonly reported: string[] = [];

  /** Takes the problems of all workspace folders now; shows those that are new since the last check. */
  check(problems: readonly SettingProblem[]): void {
    const byMessage = new Map(problems.map(p => [p.message, p]));
    const fresh = [...byMessage.values()].filter(p => !this.current.has(p.message));
    this.current = new Set(byMessage.keys());
    if (!fresh.length) return;
    const text = fresh.length === 1
      ? vscode.l10n.t('Learning Leader: {0}', fresh[0]!.message)
      : vscode.l10n.t('Learning Leader: {0} settings values are not used. {1}', fresh.length, fresh.map(p => p.message).join(' '));
    this.reported.push(text);
    this._onDidReport.fire(fresh.map(p => p.message));
    offer('warning', text, vscode.l10n.t('Open Settings'), () => vscode.commands.executeCommand('workbench.action.openSettings', fresh[0]!.setting));
  }
}
