// `learning-leader lint`: the files given, each linted as the editor lints it, through the same note
// context (person, mode, settings). main.ts parses the arguments and prints; this does the work and
// returns it, so tests (the agreement test, in the extension host too) can call it directly.
import * as fs from 'fs';
import * as path from 'path';
import { Linter } from '../core/lint/engine';
import type { Finding } from '../core/lint/types';
import { NOT_A_NOTE, whyNotANoteFile } from '../core/meetings';
import type { Mode } from '../core/modes';
import { noteFrontMatterProblems } from '../core/frontmatter-problems';
import { NoteContexts } from '../core/note-context';
import { overSizeLimit } from '../core/settings';
import { lineStarts, positionOf } from '../core/text';
import type { RawSettings } from '../core/workspace';
import { cachedRun, runVariant } from './runCache';
import { inShares, inWorkers, sortOutcomes, workerRole, worthThreads, type FileOutcome, type WorkerTask } from './parallel';
import { folderSettings, locationOf, NO_SETTINGS, nodeFiles, startRun } from './workspace';

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
  /** Keep each note's findings between runs in this file (runCache.ts); unchanged notes are not read again. */
  readonly cacheFile?: string;
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
  /** The rewrites ("Ask instead"); left out when the run is asked for none (the text output shows none). */
  readonly suggestions?: readonly string[];
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
  /** Notices that do not fail the run (a binary file skipped, a cache that could not be written). */
  readonly notices: readonly string[];
  /** With a cache: how many notes came from it, and how many were read. */
  readonly cache?: { readonly file: string; readonly kept: number; readonly read: number };
}

const ESLINT_SEVERITY: Record<Finding['severity'], number> = { error: 2, warning: 1, information: 1, hint: 1 };

/** 1-based line and column of offsets in `text`. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return offset => {
    const p = positionOf(starts, text.length, offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

/**
 * Linting alone is cheap per note, so threads pay for their start and for sending the findings back
 * only on large trees. Measured on 2 cores with notes of 3 KB: 2,000 notes took 1.9–2.0 s on one
 * thread and 2.1–2.2 s on two (JSON output); 10,000 notes 7.6–8.1 s on one and 6.3–6.6 s on two
 * (text output: 4.7–5.2 s and 3.6–3.8 s).
 */
const LINT_PARALLEL_FROM = 4000;

/**
 * JSON output from threads that post their runs' reports as text (jsonShare), not as objects to clone
 * and stringify again. Measured on 2 cores, notes of 3 KB: 500 notes 0.74–0.77 s on one thread and
 * 0.85–0.86 s on two; 2,000 notes 1.72–1.77 s on one and 1.65–1.70 s on two.
 */
const LINT_JSON_PARALLEL_FROM = 1500;

type FileResult = FileOutcome<{ readonly report: FileReport; readonly notices?: readonly string[] }>;

/** What a lint worker is given: the run's options (it takes runs of the files). */
interface LintTask extends WorkerTask {
  readonly role: 'learning-leader-lint';
  readonly root: string;
  /** The folder whose .vscode/settings.json applies, when it reads. */
  readonly settingsFile: string | undefined;
  readonly mode: Mode | undefined;
  readonly suggestions: boolean;
  /** Post each run's reports as JSON text (jsonShare) instead of as objects. */
  readonly json?: boolean;
}

/** How many notes a piece of output holds, and their findings. */
export interface ReportCounts {
  readonly files: number;
  readonly findings: number;
  readonly withFindings: number;
}

/**
 * A run of files linted for JSON output: its notices and errors in order, its reports as JSON one a line
 * (empty when none) and their counts. A worker posts one string, not the objects of thousands of findings
 * for the main thread to clone and stringify again.
 */
interface JsonShare extends ReportCounts {
  readonly notices: readonly string[];
  readonly errors: readonly string[];
  readonly json: string;
}

function countsOf(reports: readonly FileReport[]): ReportCounts {
  let findings = 0, withFindings = 0;
  for (const r of reports) {
    findings += r.messages.length;
    if (r.messages.length) withFindings++;
  }
  return { files: reports.length, findings, withFindings };
}

/** Lints files one after another, with one note context service and one linter. */
class FileLinter {
  private readonly contexts: NoteContexts;
  private readonly linter = new Linter();
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly root: string, settings: RawSettings, private readonly mode: Mode | undefined, private readonly suggestions: boolean) {
    this.contexts = new NoteContexts(nodeFiles, settings);
  }

  settingsProblems(): string[] {
    return this.contexts.settings(this.root).problems.map(p => p.message);
  }

  /** What a note's findings depend on besides its text: the checked settings, the roster's text, the mode asked for, whether rewrites are made. */
  variant(): Promise<string> {
    return runVariant(this.contexts, this.root, this.mode ?? null, this.suggestions);
  }

  async lint(file: string): Promise<FileResult> {
    let bytes: Uint8Array;
    try {
      // The size rule the editor follows too (open or by Check All Notes), before the file is read.
      const tooLarge = overSizeLimit(fs.statSync(file).size, this.contexts.settings(this.root).settings);
      if (tooLarge) return { notice: `skipping ${file}: ${tooLarge}` };
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { error: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}` };
    }
    // Not a text note (empty, binary, not UTF-8, named with a date that does not exist): skipped, as
    // Check All Notes and the insights skip it (core/meetings.ts).
    const notANote = whyNotANoteFile(path.basename(file), bytes, Number.POSITIVE_INFINITY);
    if (notANote) return { notice: `skipping ${file}: ${NOT_A_NOTE[notANote]}` };
    const text = this.decoder.decode(bytes);
    const location = locationOf(this.root, file);
    const context = await this.contexts.contextOf(location, { text, fileName: path.basename(file), ...(this.mode ? { mode: this.mode } : {}) });
    const result = this.linter.lint(text, context.lintOptions);
    const pos = positions(text);
    // Broken front matter, as the editor reports it (an unknown mode weighs the note in another
    // relationship): said on stderr, beside the telling findings, not among them.
    const problems = (await noteFrontMatterProblems(this.contexts, location, text, path.basename(file)))
      .map(p => `${file}:${p.line + 1}:${p.start + 1} ${p.code} ${p.message}`);
    // A rule that failed on a sentence (a bug): said, so it gets reported; the rest of the note was linted.
    for (const e of result.internalErrors ?? []) problems.push(`${file}: a rule failed on a sentence and was skipped there (please report it): ${e}`);
    // The rewrites only when the output shows them (JSON): over a notes tree they are a fifth of the run.
    const messages = result.findings.map((f): FileMessage => {
      const s = pos(f.start), e = pos(f.end);
      return {
        ruleId: f.ruleId, severity: ESLINT_SEVERITY[f.severity], severityName: f.severity, message: f.message,
        line: s.line, column: s.column, endLine: e.line, endColumn: e.column, ...(this.suggestions ? { suggestions: f.suggestions.map(x => x.text) } : {}),
      };
    });
    return {
      ...(problems.length ? { notices: problems } : {}),
      report: {
        filePath: path.resolve(file), messages,
        errorCount: messages.filter(m => m.severityName === 'error').length,
        warningCount: messages.filter(m => m.severityName !== 'error').length,
      },
    };
  }

  async lintAll(files: readonly string[]): Promise<FileResult[]> {
    const results: FileResult[] = [];
    for (const file of files) results.push(await this.lint(file));
    return results;
  }

  async jsonShare(files: readonly string[]): Promise<JsonShare> {
    const notices: string[] = [];
    const errors: string[] = [];
    const reports: FileReport[] = [];
    for (const o of sortOutcomes(await this.lintAll(files), notices, errors)) {
      if (o.notices) notices.push(...o.notices);
      reports.push(o.report);
    }
    return { notices, errors, json: reports.map(r => JSON.stringify(r)).join(',\n'), ...countsOf(reports) };
  }
}

function linterFor(task: LintTask): FileLinter {
  return new FileLinter(task.root, folderSettings(task.settingsFile), task.mode, task.suggestions);
}

// In a worker thread started by inShares: one linter for every run of files it takes (plain data, posted back as it is).
workerRole<LintTask>('learning-leader-lint', task => {
  const linter = linterFor(task);
  return files => (task.json ? linter.jsonShare(files) : linter.lintAll(files));
});

export async function lintFiles(options: LintRunOptions & {
  /** The CLI's own script: with it, many files are split over worker threads (one per core, up to 4). */
  readonly workerScript?: string;
  /** Whether the messages carry the rewrites (the JSON output shows them, the text output does not). Default true. */
  readonly suggestions?: boolean;
  /**
   * Each file's report, in the files' order, as soon as it and those before it are known: on one
   * thread without a cache, as each note is linted, so the CLI prints as it goes and keeps no
   * findings (over a notes tree, holding them all and printing one string at the end was a fifth of
   * the run). With it, the run's `reports` is empty.
   */
  readonly onReport?: (report: FileReport) => void;
  /**
   * JSON output: reports as JSON text, one a line, in the files' order, with their counts (given instead
   * of onReport when set). Over many files each thread stringifies its own runs of them.
   */
  readonly onJson?: (lines: string, counts: ReportCounts) => void;
}): Promise<LintRun> {
  const { root, files, errors, notices, settingsFile, shownPath } = startRun(options);
  const suggestions = options.suggestions ?? true;
  const linter = new FileLinter(root, settingsFile?.raw ?? NO_SETTINGS, options.mode, suggestions);
  // Every note of the run has the same settings: report their problems once, naming the file.
  for (const problem of linter.settingsProblems()) errors.push(`${shownPath(settingsFile?.file ?? root)}: ${problem}`);

  const task: LintTask = { role: 'learning-leader-lint', root, settingsFile: settingsFile && !settingsFile.error ? root : undefined, mode: options.mode, suggestions };
  const run = (share: readonly string[]) => (worthThreads(options.workerScript, share, LINT_PARALLEL_FROM)
    ? inWorkers(options.workerScript, share, task, part => linter.lintAll(part))
    : linter.lintAll(share));
  const reports: FileReport[] = [];
  const onJson = options.onJson;
  if (onJson && !options.cacheFile && worthThreads(options.workerScript, files, LINT_JSON_PARALLEL_FROM)) {
    const jsonTask: LintTask = { ...task, json: true };
    for (const share of await inShares(options.workerScript, files, jsonTask, part => linter.jsonShare(part))) {
      notices.push(...share.notices);
      errors.push(...share.errors);
      if (share.files) onJson(share.json, share);
    }
    return { reports, errors, notices };
  }
  // Notices (a file skipped, broken front matter) and errors in the files' order, whichever way the files were linted.
  const take = (outcome: FileResult) => {
    for (const o of sortOutcomes([outcome], notices, errors)) {
      if (o.notices) notices.push(...o.notices);
      if (onJson) onJson(JSON.stringify(o.report), countsOf([o.report]));
      else if (options.onReport) options.onReport(o.report);
      else reports.push(o.report);
    }
  };
  if (!options.cacheFile && !worthThreads(options.workerScript, files, LINT_PARALLEL_FROM)) {
    for (const file of files) take(await linter.lint(file));
    return { reports, errors, notices };
  }
  const { results, cache } = await cachedRun(options.cacheFile, () => linter.variant(), files, run, notices);
  for (const outcome of results) take(outcome);
  return { reports, errors, notices, ...(cache ? { cache } : {}) };
}
