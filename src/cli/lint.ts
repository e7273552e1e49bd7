// `learning-leader lint`: the files given, each linted as the editor lints it, through the same note
// context (person, mode, settings). main.ts parses the arguments and prints; this does the work and
// returns it, so tests (the agreement test, in the extension host too) can call it directly.
import * as fs from 'fs';
import * as path from 'path';
import { Linter } from '../core/lint/engine';
import type { Finding } from '../core/lint/types';
import type { Mode } from '../core/modes';
import { NoteContexts } from '../core/note-context';
import { overSizeLimit } from '../core/settings';
import { lineStarts, positionOf } from '../core/text';
import { locationOf, nodeFiles, startRun } from './workspace';

export interface LintRunOptions {
  /** Files, folders or globs, relative to `cwd`. */
  readonly inputs: readonly string[];
  readonly cwd: string;
  /** The workspace folder (default `cwd`): its .vscode/settings.json and notes folder apply. */
  readonly root?: string;
  /** Weigh every note in this mode. */
  readonly mode?: Mode;
  /** Read .vscode/settings.json (default true). */
  readonly settings?: boolean;
}

export interface FileMessage {
  readonly ruleId: string;
  /** ESLint's numbers: 2 error, 1 anything else. */
  readonly severity: number;
  readonly severityName: Finding['severity'];
  readonly message: string;
  /** 1-based, as ESLint reports them. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly suggestions: readonly string[];
}

export interface FileReport {
  readonly filePath: string;
  readonly messages: readonly FileMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface LintRun {
  readonly reports: readonly FileReport[];
  /** What makes the exit code 2: unreadable inputs, a settings file that does not read, bad setting values. Each names its file. */
  readonly errors: readonly string[];
  /** Notices that do not fail the run (a binary file skipped). */
  readonly notices: readonly string[];
}

const ESLINT_SEVERITY: Record<Finding['severity'], number> = { error: 2, warning: 1, information: 1, hint: 1 };

/**
 * A finding as ESLint reports it. The rewrites are made when read (the JSON output reads them, the
 * text output does not): over a notes tree they are a fifth of the run.
 */
class Message implements FileMessage {
  readonly ruleId: string;
  readonly severity: number;
  readonly severityName: Finding['severity'];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;

  constructor(private readonly finding: Finding, s: { line: number; column: number }, e: { line: number; column: number }) {
    this.ruleId = finding.ruleId;
    this.severity = ESLINT_SEVERITY[finding.severity];
    this.severityName = finding.severity;
    this.message = finding.message;
    this.line = s.line;
    this.column = s.column;
    this.endLine = e.line;
    this.endColumn = e.column;
  }

  get suggestions(): readonly string[] {
    return this.finding.suggestions.map(x => x.text);
  }

  toJSON(): FileMessage {
    const { ruleId, severity, severityName, message, line, column, endLine, endColumn, suggestions } = this;
    return { ruleId, severity, severityName, message, line, column, endLine, endColumn, suggestions };
  }
}

/** 1-based line and column of offsets in `text`. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return offset => {
    const p = positionOf(starts, text.length, offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

export async function lintFiles(options: LintRunOptions): Promise<LintRun> {
  const { root, files, errors, notices, settingsFile, shownPath } = startRun(options);
  const contexts = new NoteContexts(nodeFiles, settingsFile?.raw ?? { get: () => undefined });
  // Every note of the run has the same settings: report their problems once, naming the file.
  for (const problem of contexts.settings(root).problems) errors.push(`${shownPath(settingsFile?.file ?? root)}: ${problem.message}`);

  const linter = new Linter();
  const reports: FileReport[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      // The size rule the editor follows too (open or by Check All Notes), before the file is read.
      const tooLarge = overSizeLimit(fs.statSync(file).size, contexts.settings(root).settings);
      if (tooLarge) {
        notices.push(`skipping ${file}: ${tooLarge}`);
        continue;
      }
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (bytes.includes(0)) {
      notices.push(`skipping ${file}: binary file`);
      continue;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const context = await contexts.contextOf(locationOf(root, file), { text, fileName: path.basename(file), ...(options.mode ? { mode: options.mode } : {}) });
    const result = linter.lint(text, context.lintOptions);
    const pos = positions(text);
    const messages = result.findings.map(f => new Message(f, pos(f.start), pos(f.end)));
    reports.push({
      filePath: path.resolve(file), messages,
      errorCount: messages.filter(m => m.severityName === 'error').length,
      warningCount: messages.filter(m => m.severityName !== 'error').length,
    });
  }
  return { reports, errors, notices };
}
