import * as vscode from 'vscode';
import { notesFolderUri } from '../config';
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

/** Markdown files under a folder, through vscode.workspace.fs so remote and virtual workspaces work. */
export async function markdownFilesUnder(root: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const queue: vscode.Uri[] = [root];
  while (queue.length && out.length < MAX_FILES && !token?.isCancellationRequested) {
    const dir = queue.shift()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) queue.push(uri);
      else if (type & vscode.FileType.File && /\.(md|markdown)$/i.test(name)) out.push(uri);
    }
  }
  return out;
}

/** Lints every note in every workspace folder's notes folder into the Problems panel. */
export async function checkAllNotes(diagnostics: DiagnosticsManager, token?: vscode.CancellationToken): Promise<CheckSummary> {
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
  let files = 0, findings = 0, questions = 0, filesWithFindings = 0;
  const unreadable: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const settings = diagnostics.settingsFor(folder.uri);
    if (!settings.enable) continue;
    for (const uri of await markdownFilesUnder(notesFolderUri(folder), token)) {
      if (token?.isCancellationRequested) break;
      const doc = open.get(uri.toString());
      let result;
      if (doc) {
        result = diagnostics.lintNow(doc);
      } else {
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_BYTES) { unreadable.push(`${vscode.workspace.asRelativePath(uri)} (larger than 5 MB)`); continue; }
          const bytes = await vscode.workspace.fs.readFile(uri);
          const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
          result = diagnostics.publishText(uri, text, diagnostics.settingsFor(uri));
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
