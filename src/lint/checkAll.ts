// "1:1: Check All Notes": lints every note of every workspace folder's notes folder, open or not,
// into the Problems panel. The files are listed through the core (src/core/workspace.ts) over
// vscode.workspace.fs, so remote and virtual workspaces work.
import * as vscode from 'vscode';
import { vsCodeFiles } from '../context/files';
import { rootOf, uriOf } from '../context/locations';
import type { NoteContextService } from '../context/noteContexts';
import { Commands } from '../constants';
import type { LintResult } from '../core/lint/types';
import { markdownFilesUnder } from '../core/workspace';
import type { DiagnosticsManager } from './diagnostics';

export interface CheckSummary {
  readonly files: number;
  readonly findings: number;
  readonly questions: number;
  readonly filesWithFindings: number;
  readonly unreadable: readonly string[];
}

const MAX_FILES = 20_000;
const MAX_BYTES = 5 * 1024 * 1024;

export function registerCheckAllNotes(diagnostics: DiagnosticsManager, contexts: NoteContextService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.checkAllNotes, async (): Promise<CheckSummary | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Learning Leader: open a folder with 1:1 notes to check them.');
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Learning Leader: checking notes…', cancellable: true },
      (_progress, token) => checkAllNotes(diagnostics, contexts, token));
    const unreadable = summary.unreadable.length ? ` Could not read ${summary.unreadable.length}: ${summary.unreadable.slice(0, 3).join('; ')}.` : '';
    void vscode.window.showInformationMessage(
      `Learning Leader: checked ${summary.files} notes — asked ${summary.questions} questions, ${summary.findings} telling findings in ${summary.filesWithFindings} notes.${unreadable}`);
    if (summary.findings) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return summary;
  });
}

/** Lints every note in every workspace folder's notes folder into the Problems panel. */
export async function checkAllNotes(diagnostics: DiagnosticsManager, contexts: NoteContextService, token?: vscode.CancellationToken): Promise<CheckSummary> {
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
  let files = 0, findings = 0, questions = 0, filesWithFindings = 0;
  const unreadable: string[] = [];
  const cancelled = () => token?.isCancellationRequested ?? false;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (!contexts.settingsFor(folder)['lint.enable']) continue;
    const notes = contexts.core.notesFolder(rootOf(folder));
    for (const location of await markdownFilesUnder(vsCodeFiles, notes, { limit: MAX_FILES, cancelled })) {
      if (cancelled()) break;
      const uri = uriOf(location);
      const doc = open.get(uri.toString());
      let result: LintResult | undefined;
      if (doc) {
        result = await diagnostics.lintNow(doc);
      } else {
        try {
          const stat = await vsCodeFiles.stat(location);
          if ((stat?.size ?? 0) > MAX_BYTES) { unreadable.push(`${vscode.workspace.asRelativePath(uri)} (larger than 5 MB)`); continue; }
          const text = await vsCodeFiles.readFile(location);
          if (text === undefined) continue;
          result = await diagnostics.publishText(uri, text);
        } catch (e) {
          unreadable.push(`${vscode.workspace.asRelativePath(uri)} (${e instanceof Error ? e.message : String(e)})`);
          continue;
        }
      }
      if (!result) continue;
      files++;
      findings += result.findings.length;
      questions += result.questions;
      if (result.findings.length) filesWithFindings++;
    }
  }
  return { files, findings, questions, filesWithFindings, unreadable };
}
