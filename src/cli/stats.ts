// `learning-leader stats`: each note's questions (open, closed, leading; asked or not) and telling,
// read as the editor reads them, through the same note context (person, mode, settings) and the same
// core (the linter reads the questions as it parses; insights/stats.ts counts them). main.ts parses
// the arguments and prints; this does the work and returns it, so tests can call it directly.
import * as fs from 'fs';
import * as path from 'path';
import { parseFrontMatter } from '../core/frontmatter';
import { NOT_A_NOTE, whyNotANoteFile } from '../core/meetings';
import { noteDate } from '../core/insights/series';
import { noteStats, openShare, type InsightCounts, type QuestionKind } from '../core/insights/stats';
import { Linter } from '../core/lint/engine';
import type { Mode } from '../core/modes';
import { NoteContexts } from '../core/note-context';
import type { RawSettings } from '../core/workspace';
import { inShares, inWorkers, sortOutcomes, workerRole, worthThreads, type FileOutcome, type WorkerTask } from './parallel';
import { cachedRun, runVariant } from './runCache';
import { folderSettings, locationOf, NO_SETTINGS, nodeFiles, startRun } from './workspace';

export interface StatsRunOptions {
  /** Files, folders or globs, relative to `cwd`. */
  readonly inputs: readonly string[];
  readonly cwd: string;
  /** The workspace folder (default `cwd`): its .vscode/settings.json and notes folder apply. */
  readonly root?: string;
  /** Weigh every note in this mode. */
  readonly mode?: Mode;
  /** Read .vscode/settings.json (default true). */
  readonly settings?: boolean;
  /** Keep each note's numbers between runs in this file (runCache.ts); unchanged notes are not read again. */
  readonly cacheFile?: string;
  /** Make the JSON output (the run's `json`). Without a cache, each thread writes its own notes' part and `notes` stays empty. */
  readonly json?: boolean;
  /**
   * With `json`: the output goes here in pieces, in the files' order, as the notes are read (on one
   * thread without a cache, note by note; over 10,000 notes, one string of 32 MB made at the end cost
   * a tenth of the run), and the run's `json` is left out.
   */
  readonly write?: (text: string) => void;
}

export interface NoteStatsReport {
  readonly filePath: string;
  /** The person the note is with: its folder under the notes folder, else its front matter's `person:`. */
  readonly person: string | null;
  readonly mode: Mode;
  /** The note's date: its file name's, else its front matter's `date:`. */
  readonly date: string | null;
  /** Every question in the note's prose, asked or not; lines and columns 1-based. */
  readonly questions: readonly { readonly line: number; readonly column: number; readonly text: string; readonly kind: QuestionKind; readonly asked: boolean }[];
  /** Asked questions by kind, and telling found. */
  readonly counts: InsightCounts;
  /** Present (true) when the linter is off for the note's mode (setting lint.strictness): `told` counts nothing. */
  readonly tellingOff?: true;
}

export interface StatsRun {
  readonly notes: readonly NoteStatsReport[];
  /** Display names from the rosters, by person id. */
  readonly names: ReadonlyMap<string, string>;
  /** What makes the exit code 2: unreadable inputs, a settings file that does not read, bad setting values. */
  readonly errors: readonly string[];
  /** Files skipped that do not fail the run (binary, too large), and a cache that could not be written. */
  readonly notices: readonly string[];
  /** With a cache: how many notes came from it, and how many were read. */
  readonly cache?: { readonly file: string; readonly kept: number; readonly read: number };
  /** With `json` and no `write`: the output, an array with one note per line. */
  readonly json?: string;
}

type FileResult = FileOutcome<{ readonly report: NoteStatsReport; readonly name?: readonly [string, string] }>;

/** Reads and counts files one after another, with one note context service and a linter per folder. */
class FileReader {
  private readonly contexts: NoteContexts;
  // One linter per folder: notes of one person from one template share chunks, which it finds again by their text.
  private readonly linters = new Map<string, Linter>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly root: string, private readonly cwd: string, settings: RawSettings, private readonly mode: Mode | undefined) {
    this.contexts = new NoteContexts(nodeFiles, settings);
  }

  settingsProblems(): string[] {
    return this.contexts.settings(this.root).problems.map(p => p.message);
  }

  /** What a note's numbers depend on besides its text: the checked settings, the roster's text, the mode asked for. */
  variant(mode: Mode | undefined): Promise<string> {
    return runVariant(this.contexts, this.root, mode ?? null);
  }

  async read(file: string): Promise<FileResult> {
    const shown = path.relative(this.cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { error: `cannot read ${shown}: ${e instanceof Error ? e.message : String(e)}` };
    }
    // Not a note (empty, binary, not UTF-8, too large, named with a date that does not exist): never
    // counted, as in the People view and the insights (core/meetings.ts).
    const notANote = whyNotANoteFile(path.basename(file), bytes);
    if (notANote) return { notice: `skipping ${shown}: ${NOT_A_NOTE[notANote]}, not counted` };
    const text = this.decoder.decode(bytes);
    const context = await this.contexts.contextOf(locationOf(this.root, file), { text, fileName: path.basename(file), ...(this.mode ? { mode: this.mode } : {}) });
    const dir = path.dirname(file);
    let linter = this.linters.get(dir);
    if (!linter) {
      linter = new Linter();
      this.linters.set(dir, linter);
    }
    const lint = linter.lint(text, context.lintOptions);
    const stats = noteStats(text, lint);
    if (!stats.readable) return { notice: `skipping ${shown}: not text, not counted` };
    const report: NoteStatsReport = {
      filePath: path.resolve(file),
      person: context.personId ?? frontMatterPerson(text) ?? null,
      mode: context.mode,
      date: noteDate(text, path.basename(file)) ?? null,
      questions: stats.questions.map(q => ({ line: q.line, column: q.column, text: q.text, kind: q.kind, asked: q.asked })),
      counts: stats.counts,
      ...(lint.strictness === 'off' ? { tellingOff: true as const } : {}),
    };
    return context.person ? { report, name: [context.person.id, context.person.name] } : { report };
  }
}

/** What a stats worker is given: the same options (it takes runs of the files). */
interface StatsTask extends WorkerTask {
  readonly role: 'learning-leader-stats';
  readonly root: string;
  readonly cwd: string;
  readonly settingsFile: string | undefined;
  readonly mode: Mode | undefined;
  /** Post the share's notes as JSON text (jsonShare) instead of as objects. */
  readonly json: boolean;
}

export async function statsFiles(options: StatsRunOptions & {
  /** The CLI's own script: with it, many files are split over worker threads (one per core, up to 4). */
  readonly workerScript?: string;
}): Promise<StatsRun> {
  const { cwd } = options;
  const { root, files, errors, notices, settingsFile, shownPath } = startRun(options);
  const reader = new FileReader(root, cwd, settingsFile?.raw ?? NO_SETTINGS, options.mode);
  for (const problem of reader.settingsProblems()) errors.push(`${shownPath(settingsFile?.file ?? root)}: ${problem}`);

  const json = !!options.json && !options.cacheFile;
  const task: StatsTask = { role: 'learning-leader-stats', root, cwd, settingsFile: settingsFile && !settingsFile.error ? root : undefined, mode: options.mode, json };
  // JSON: an array with one note per line, written as it is made when there is somewhere to write it.
  const pieces: string[] = [];
  let any = false;
  const emit = (lines: string) => {
    const text = `${any ? ',\n' : '[\n'}${lines}`;
    any = true;
    if (options.write) options.write(text);
    else pieces.push(text);
  };
  const close = () => {
    const text = any ? '\n]' : '[]';
    if (options.write) {
      options.write(`${text}\n`);
      return undefined;
    }
    pieces.push(text);
    return pieces.join('');
  };
  if (json) {
    if (worthThreads(options.workerScript, files)) {
      // Each thread stringifies its own run of the files; the runs are in the files' order, so their texts join.
      for (const share of await inShares(options.workerScript, files, task, part => jsonShare(reader, part))) {
        notices.push(...share.notices);
        errors.push(...share.errors);
        if (share.json) emit(share.json);
      }
    } else {
      for (const file of files) for (const r of sortOutcomes([await reader.read(file)], notices, errors)) emit(JSON.stringify(r.report));
    }
    const text = close();
    return { notes: [], names: new Map(), errors, notices, ...(text !== undefined ? { json: text } : {}) };
  }
  const count = (share: readonly string[]) => (worthThreads(options.workerScript, share)
    ? inWorkers(options.workerScript, share, task, part => readAll(reader, part))
    : readAll(reader, share));

  const { results, cache } = await cachedRun(options.cacheFile, () => reader.variant(options.mode), files, count, notices);

  const notes: NoteStatsReport[] = [];
  const names = new Map<string, string>();
  for (const r of sortOutcomes(results, notices, errors)) {
    notes.push(r.report);
    if (r.name) names.set(r.name[0], r.name[1]);
  }
  let text: string | undefined;
  if (options.json) {
    for (const n of notes) emit(JSON.stringify(n));
    text = close();
  }
  return { notes, names, errors, notices, ...(cache ? { cache } : {}), ...(text !== undefined ? { json: text } : {}) };
}

/**
 * A run of files read for JSON output: its notices and errors in order, and its notes as JSON, one a
 * line (empty when none). A worker posts one string, not thousands of objects for the main thread to
 * clone and stringify again (about 0.2 s of a run over 10,000 notes).
 */
interface JsonShare {
  readonly notices: readonly string[];
  readonly errors: readonly string[];
  readonly json: string;
}

async function jsonShare(reader: FileReader, files: readonly string[]): Promise<JsonShare> {
  const notices: string[] = [];
  const errors: string[] = [];
  const reports = sortOutcomes(await readAll(reader, files), notices, errors).map(r => r.report);
  return { notices, errors, json: reports.map(r => JSON.stringify(r)).join(',\n') };
}

async function readAll(reader: FileReader, files: readonly string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) results.push(await reader.read(file));
  return results;
}

function readerFor(task: StatsTask): FileReader {
  return new FileReader(task.root, task.cwd, folderSettings(task.settingsFile), task.mode);
}

// In a worker thread started by inShares: one reader for every run of files it takes.
workerRole<StatsTask>('learning-leader-stats', task => {
  const reader = readerFor(task);
  return files => (task.json ? jsonShare(reader, files) : readAll(reader, files));
});

function frontMatterPerson(text: string): string | undefined {
  const person = parseFrontMatter(text).data.person;
  return typeof person === 'string' && person.trim() ? person.trim() : undefined;
}

/** The text output: a table per person (their notes by date, then the total), notes without a person last. */
export function statsTable(run: StatsRun, cwd: string): string {
  const groups = new Map<string, NoteStatsReport[]>();
  for (const n of run.notes) {
    const key = n.person ?? '';
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const out: string[] = [];
  for (const key of keys) {
    const notes = groups.get(key)!.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.filePath.localeCompare(b.filePath));
    const name = key ? run.names.get(key) : undefined;
    const modes = [...new Set(notes.map(n => n.mode))].join(', ');
    out.push(`${key ? (name ? `${name} (${key})` : key) : '(no person)'}: ${notes.length} note${notes.length === 1 ? '' : 's'}, ${modes}`);
    const rows: string[][] = [['date', 'open', 'closed', 'leading', 'told', 'open share', 'file']];
    const sum = { open: 0, closed: 0, leading: 0, told: 0 };
    for (const n of notes) {
      sum.open += n.counts.open;
      sum.closed += n.counts.closed;
      sum.leading += n.counts.leading;
      sum.told += n.counts.told;
      rows.push([n.date ?? '-', String(n.counts.open), String(n.counts.closed), String(n.counts.leading), n.tellingOff ? '-' : String(n.counts.told), share(n.counts), path.relative(cwd, n.filePath) || n.filePath]);
    }
    const off = notes.filter(n => n.tellingOff);
    if (notes.length > 1) rows.push(['total', String(sum.open), String(sum.closed), String(sum.leading), off.length === notes.length ? '-' : String(sum.told), share(sum), '']);
    out.push(...table(rows).map(r => `  ${r}`));
    if (off.length) out.push(`  told: not counted for ${off.length === notes.length ? 'these notes' : `${off.length} of these notes`}: the linter is off for ${[...new Set(off.map(n => n.mode))].join(', ')} (learningLeader.lint.strictness)`);
    out.push('');
  }
  return out.join('\n');
}

function share(c: InsightCounts): string {
  const s = openShare(c);
  return s === undefined ? '-' : `${Math.round(s * 100)}%`;
}

/** Columns padded to their widest cell: numbers right-aligned, text left-aligned; the last column as it is. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
  const numeric = (c: number) => c > 0 && c < rows[0].length - 1;
  return rows.map(r => r.map((cell, c) => (c === r.length - 1 ? cell : numeric(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd());
}
