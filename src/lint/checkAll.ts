// "1:1: Check All Notes": lints every note of every workspace folder's notes folder, open or not,
// into the Problems panel. Its code is in the lazily loaded features chunk (src/features.ts), with
// main's diagnostics handed over: the command is rarely run, and the main bundle has a size budget. The files are listed through the core (src/core/workspace.ts) over
// vscode.workspace.fs, so remote and virtual workspaces work. A note over the size rule
// (lint.maxFileSizeMB) is skipped, as it is when open in an editor and in the CLI; so is a file that is
// not a text note (empty, binary, not UTF-8: core/meetings.ts), as the CLI and the insights skip it,
// and one named with a date that does not exist (2026-11-31.md). The message names what was skipped
// and why.
import * as vscode from 'vscode';
import { exists, isNotFound, vsCodeFiles } from '../context/files';
import { rootOf, uriOf } from '../context/locations';
import type { NoteContextService } from '../context/noteContexts';
import { Commands } from '../constants';
import { MAX_MARKERS_PER_FILE } from '../core/lint/nearest';
import { NOT_A_NOTE, whyNotANote, whyNotANoteText } from '../core/meetings';
import { misdatedNote } from '../core/notes';
import type { LintResult } from '../core/lint/types';
import { utf8Length } from '../core/settings';
import { markdownFilesUnder } from '../core/workspace';
import type { RegisterCommand } from '../util/commands';
import { needFolder, notify, offer } from '../util/notify';
import type { DiagnosticsManager } from './diagnostics';

export interface CheckSummary {
  readonly files: number;
  readonly findings: number;
  readonly questions: number;
  readonly filesWithFindings: number;
  /** Findings of severity hint (learning as peers): dotted underlines, which VS Code leaves out of the Problems panel. */
  readonly hints: number;
  /** Notes with more findings than VS Code shows per file (it shows the first 1,000, or the nearest when open). */
  readonly capped: readonly string[];
  /** Notes not checked: too large (the size rule), not text notes (binary) or unreadable, each with why. */
  readonly skipped: readonly string[];
  /** The notes folders looked for and not there (`one-on-ones/`), as the workspace shows their paths. */
  readonly missingFolders: readonly string[];
}

const MAX_FILES = 20_000;
const decoder = new TextDecoder('utf-8', { fatal: false });

export function registerCheckAllNotes(register: RegisterCommand, diagnostics: DiagnosticsManager, contexts: NoteContextService): vscode.Disposable {
  return register(Commands.checkAllNotes, async (): Promise<CheckSummary | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      needFolder(vscode.l10n.t('Open a folder with 1:1 notes to check them.'));
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking notes…'), cancellable: true },
      (_progress, token) => checkAllNotes(diagnostics, contexts, token));
    if (!summary.files && !summary.skipped.length && summary.missingFolders.length) {
      // Nothing to check because there is no notes folder at all (notes kept elsewhere, in another
      // layout): say where it looked and how to point it elsewhere, not "Checked 0 notes".
      offer('information', vscode.l10n.t('No notes to check: Check All Notes reads the notes folder ({0}), and there is none in this workspace. The setting Notes Folder names the folder of your notes.', summary.missingFolders.join(', ')),
        vscode.l10n.t('Open Setting'), () => vscode.commands.executeCommand('workbench.action.openSettings', 'learningLeader.notesFolder'));
      return summary;
    }
    const asked = summary.questions === 1 ? vscode.l10n.t('asked 1 question') : vscode.l10n.t('asked {0} questions', summary.questions);
    const parts = [vscode.l10n.t('Checked {0} notes: {1}, {2} telling findings in {3} notes.', summary.files, asked, summary.findings, summary.filesWithFindings)];
    // Hints are in the notes as dotted underlines, not in the Problems panel: say so, or the counts disagree.
    if (summary.hints) parts.push(summary.hints === 1 ? vscode.l10n.t('1 of them is a hint (a dotted underline in the note; VS Code leaves hints out of the Problems panel).') : vscode.l10n.t('{0} of them are hints (dotted underlines in the notes; VS Code leaves hints out of the Problems panel).', summary.hints));
    if (summary.capped.length) {
      parts.push(vscode.l10n.t('VS Code shows at most {0} problems per file; {1} has more: {2}.', MAX_MARKERS_PER_FILE, summary.capped.length, summary.capped.slice(0, 3).join('; ')));
    }
    if (summary.skipped.length) parts.push(vscode.l10n.t('Not checked ({0}): {1}.', summary.skipped.length, summary.skipped.slice(0, 3).join('; ')));
    void notify('information', parts.join(' '));
    if (summary.findings) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return summary;
  });
}

/** Lints every note in every workspace folder's notes folder into the Problems panel. */
export async function checkAllNotes(diagnostics: DiagnosticsManager, contexts: NoteContextService, token?: vscode.CancellationToken): Promise<CheckSummary> {
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
  let files = 0, findings = 0, questions = 0, filesWithFindings = 0, hints = 0;
  const capped: string[] = [];
  const skipped: string[] = [];
  const missingFolders: string[] = [];
  const cancelled = () => token?.isCancellationRequested ?? false;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (!contexts.settingsFor(folder)['lint.enable']) continue;
    const notes = contexts.core.notesFolder(rootOf(folder));
    if (!(await exists(uriOf(notes)))) {
      missingFolders.push(`${vscode.workspace.asRelativePath(uriOf(notes))}/`);
      continue;
    }
    for (const location of await markdownFilesUnder(vsCodeFiles, notes, { limit: MAX_FILES, cancelled })) {
      if (cancelled()) break;
      const uri = uriOf(location);
      const shownPath = vscode.workspace.asRelativePath(uri);
      const doc = open.get(uri.toString());
      let result: LintResult | undefined;
      try {
        // The size rule first, from the open text or the file's size, before anything is read.
        const bytes = doc ? utf8Length(doc.getText()) : (await vsCodeFiles.stat(location))?.size ?? 0;
        const tooLarge = diagnostics.overSizeLimit(uri, bytes);
        if (tooLarge) {
          skipped.push(`${shownPath} (${tooLarge})`);
          continue;
        }
        // A name with a date that does not exist (2026-11-31.md) is no dated note: listed here, as
        // the People view lists it, and not read as a note anywhere (core/meetings.ts).
        const misdated = misdatedNote(location.path.slice(location.path.lastIndexOf('/') + 1));
        if (misdated) {
          skipped.push(`${shownPath} (${NOT_A_NOTE['no such date']})`);
          continue;
        }
        if (doc) {
          const notANote = whyNotANoteText(doc.getText());
          if (notANote) {
            skipped.push(`${shownPath} (${NOT_A_NOTE[notANote]})`);
            continue;
          }
          result = await diagnostics.lintNow(doc);
          const coverage = diagnostics.coverage(doc);
          if (coverage?.kind === 'capped') capped.push(shownPath);
        } else {
          let content: Uint8Array;
          try {
            content = await vscode.workspace.fs.readFile(uri);
          } catch (e) {
            if (isNotFound(e)) continue; // gone since the listing
            throw e;
          }
          // The size rule was applied above: only whether it is text at all here.
          const notANote = whyNotANote(content, Number.POSITIVE_INFINITY);
          if (notANote) {
            skipped.push(`${shownPath} (${NOT_A_NOTE[notANote]})`);
            continue;
          }
          const text = decoder.decode(content);
          const published = await diagnostics.publishText(uri, text);
          result = published.result;
          if (published.shown < result.findings.length) capped.push(shownPath);
        }
      } catch (e) {
        skipped.push(`${shownPath} (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      if (!result) continue;
      files++;
      findings += result.findings.length;
      for (const f of result.findings) if (f.severity === 'hint') hints++;
      questions += result.questions;
      if (result.findings.length) filesWithFindings++;
    }
  }
  return { files, findings, questions, filesWithFindings, hints, capped, skipped, missingFolders };
}
