// learning-leader: the telling linter on the command line, for CI and pre-commit hooks; the coaching
// insights, the action items and the shareable agenda of the notes. Same core as the extension,
// through the same note context; reads files with Node here (the CLI is not part of the extension bundle).
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { isIsoDate, localIsoDate, type IsoDate } from '../core/dates';
import { isMode, MODES, type Mode } from '../core/modes';
import { noteAgenda } from './agenda';
import { itemsText, listItems } from './items';
import { lintFiles, type FileReport, type ReportCounts } from './lint';
import { runWorker } from './parallel';
import { statsFiles, statsTable } from './stats';
import { defaultCacheFile } from './runCache';

declare const LEARNING_LEADER_VERSION: string;

const LINT_USAGE = `Usage: learning-leader lint [options] <files, folders or globs...>

Checks markdown 1:1 notes for directive ("telling") language, as the editor does.

Options:
  --format text|json   Output format (default text). json is ESLint-style.
  --mode MODE          Weigh every note as this relationship: ${MODES.join(', ')}.
                       Default: each note's front matter, then its person's mode in people.json
                       (a direct report is coached, a peer learned with), then learningLeader.lint.defaultMode.
  --root DIR           The workspace folder (default: the current folder). Its .vscode/settings.json
                       and its notes folder (learningLeader.notesFolder, default one-on-ones) apply: a note's
                       person is the folder it sits in under the notes folder, as in the editor.
  --no-settings        Ignore .vscode/settings.json.
  --cache              Keep each note's results between runs, by file, mtime and size: the next run
                       reads only the notes that changed (the output is the same). The cache is one
                       JSON file under $XDG_CACHE_HOME (or ~/.cache)/learning-leader/, one per command
                       and workspace folder, never next to your notes; it starts afresh when the
                       settings, people.json, --mode, the output format or the version change.
  --cache-location FILE  Keep it in FILE instead (implies --cache).
  -h, --help           Show this help.
  -v, --version        Show the version.

Exit codes: 0 no findings, 1 findings, 2 usage error, a file that could not be read, or a bad
learningLeader.* value in .vscode/settings.json (named; its default is used).`;

const STATS_USAGE = `Usage: learning-leader stats [options] <files, folders or globs...>

Counts each note's questions (open, closed, leading; a planned question, from the template or under
your talking points, counts once something is written after it) and the telling found, as the
editor's status bar does.

Options:
  --format text|json   Output format (default text): a table per person; json is an array with one
                       entry per note: { filePath, person, mode, date, questions: [{ line, column, text,
                       kind, asked }], counts: { open, closed, leading, told } }.
  --mode MODE          Weigh every note as this relationship: ${MODES.join(', ')}.
  --root DIR           The workspace folder (default: the current folder), as for lint.
  --no-settings        Ignore .vscode/settings.json.
  --cache, --cache-location FILE   As for lint: each note's numbers kept between runs.

Exit codes: 0 counted (every file read), 2 usage error, a file that could not be read, or a bad
learningLeader.* value. Binary, empty and misdated (2026-11-31.md) files are skipped with a message on stderr, never counted.`;

const ITEMS_USAGE = `Usage: learning-leader items [options] <notes folder>

Lists the action items (- [ ] and - [x] tasks) of every person's notes, once each however often they
were carried over: owner, status, where first and last seen, due date. <notes folder> holds one
folder of notes per person (and people.json, whose names decide whose an item is).

Options:
  --format text|json   Output format (default text). json is an array of { person, text, owner,
                       ownerName, status, firstSeen: { file, line, date }, lastSeen: { … }, due, private }.
  --person ID          Only this person's items (their folder's name).
  --open               Only open items.
  --root DIR           The workspace folder whose .vscode/settings.json applies (default: the current
                       folder; learningLeader.managerNames names you).
  --no-settings        Ignore .vscode/settings.json.
  --today YYYY-MM-DD   The day ages and "overdue" are counted to (default: today).

Exit codes: 0 listed, 2 usage error, no such folder or person, or a bad setting value.`;

const AGENDA_USAGE = `Usage: learning-leader agenda <note>

Prints the shareable part of a 1:1 note as markdown: its title, the carried-over items (without
their links), their agenda and your talking points, and the questions kept (not what is written
after them, on their line or under it). Private parts (<!-- private --> … <!-- /private --> and a
"Private" section) and every other section are left out; stderr says what went in and what was
left out.

Exit codes: 0 printed (or nothing to share), 2 usage error or a note that cannot be read.`;

const USAGE = `Usage: learning-leader <command> [options]

Commands:
  lint     Check notes for directive ("telling") language.
  stats    Count each note's open, closed and leading questions and the telling.
  items    List the action items across a notes folder.
  agenda   Print the shareable part of a note.

learning-leader <command> --help shows a command's options.`;

interface LintArgs { command: 'lint' | 'stats'; format: 'text' | 'json'; mode?: Mode; root?: string; settings: boolean; inputs: string[]; cache?: boolean; cacheLocation?: string }
interface ItemsArgs { command: 'items'; format: 'text' | 'json'; person?: string; open: boolean; root?: string; settings: boolean; today?: IsoDate; folder: string }
interface AgendaArgs { command: 'agenda'; note: string }
type Args = LintArgs | ItemsArgs | AgendaArgs;

class UsageError extends Error {
  constructor(message: string, readonly usage = USAGE) {
    super(message);
  }
}

const COMMAND_USAGE: Record<string, string> = { lint: LINT_USAGE, stats: STATS_USAGE, items: ITEMS_USAGE, agenda: AGENDA_USAGE };

/** Reads `--name value` and `--name=value` options one by one; the rest are positional. */
function readOptions(rest: string[], usage: string, option: (name: string, value: () => string) => boolean): string[] {
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= rest.length) throw new UsageError(`${a} needs a value.`, usage);
      return rest[++i];
    };
    if (a === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      if (!option(a.split('=')[0], value)) throw new UsageError(`Unknown option "${a}".`, usage);
    } else positional.push(a);
  }
  return positional;
}

function format(v: string, usage: string): 'text' | 'json' {
  if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}".`, usage);
  return v;
}

function parseArgs(argv: string[]): Args | { help: string } | 'version' {
  const [command, ...rest] = argv;
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  if (argv.includes('-h') || argv.includes('--help')) return { help: (command && COMMAND_USAGE[command]) ?? USAGE };
  if (command === 'lint' || command === 'stats') {
    // lint and stats read the same notes the same way: the same options.
    const usage = COMMAND_USAGE[command];
    const args: LintArgs = { command, format: 'text', settings: true, inputs: [] };
    args.inputs = readOptions(rest, usage, (name, value) => {
      if (name === '--format') args.format = format(value(), usage);
      else if (name === '--mode') {
        const v = value();
        if (!isMode(v)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}, not "${v}".`, usage);
        args.mode = v;
      } else if (name === '--root') args.root = value();
      else if (name === '--no-settings') args.settings = false;
      else if (name === '--cache') args.cache = true;
      else if (name === '--cache-location') {
        args.cacheLocation = value();
        args.cache = true;
      } else return false;
      return true;
    });
    if (!args.inputs.length) throw new UsageError('No files, folders or globs given.', usage);
    return args;
  }
  if (command === 'items') {
    const args: ItemsArgs = { command, format: 'text', open: false, settings: true, folder: '' };
    const positional = readOptions(rest, ITEMS_USAGE, (name, value) => {
      if (name === '--format') args.format = format(value(), ITEMS_USAGE);
      else if (name === '--person') args.person = value();
      else if (name === '--open') args.open = true;
      else if (name === '--root') args.root = value();
      else if (name === '--no-settings') args.settings = false;
      else if (name === '--today') {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${v}".`, ITEMS_USAGE);
        args.today = v;
      } else return false;
      return true;
    });
    if (positional.length !== 1) throw new UsageError(positional.length ? 'Give one notes folder.' : 'No notes folder given.', ITEMS_USAGE);
    args.folder = positional[0];
    return args;
  }
  if (command === 'agenda') {
    const positional = readOptions(rest, AGENDA_USAGE, () => false);
    if (positional.length !== 1) throw new UsageError(positional.length ? 'Give one note.' : 'No note given.', AGENDA_USAGE);
    return { command, note: positional[0] };
  }
  throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command.');
}

/** `workerScript`: this script's own path when run as the CLI, so `stats` may split many files over threads. */
export async function main(argv: string[], cwd = process.cwd(), workerScript?: string): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`learning-leader: ${e.message}\n\n${e.usage}\n`);
    return 2;
  }
  if (args === 'version') { process.stdout.write(`${typeof LEARNING_LEADER_VERSION === 'string' ? LEARNING_LEADER_VERSION : 'dev'}\n`); return 0; }
  if ('help' in args) { process.stdout.write(args.help + '\n'); return 0; }
  switch (args.command) {
    case 'lint': return lint(args, cwd, workerScript);
    case 'stats': return stats(args, cwd, workerScript);
    case 'items': return items(args, cwd);
    case 'agenda': return agenda(args, cwd);
  }
}

/** Where --cache keeps a run's results: --cache-location, else the user cache folder (one file per command and workspace folder). */
function cacheFileOf(args: LintArgs, cwd: string): string | undefined {
  if (!args.cache) return undefined;
  return args.cacheLocation ? path.resolve(cwd, args.cacheLocation) : defaultCacheFile(args.command, path.resolve(cwd, args.root ?? '.'));
}

/** " (9998 from the cache, 2 read)" for a run with a cache, else nothing. */
function cacheSummary(cache: { readonly kept: number; readonly read: number } | undefined): string {
  return cache ? ` (${cache.kept} from the cache, ${cache.read} read)` : '';
}

/**
 * Standard output written in pieces of about 64 KB, not a write per note: over 2,000 notes with findings, 2,000 writes
 * to a pipe took about 90 ms of the run. What is printed, and its order, is the same.
 */
class BatchedOutput {
  private parts: string[] = [];
  private size = 0;
  write(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }
  flush(): void {
    if (!this.parts.length) return;
    process.stdout.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

async function lint(args: LintArgs, cwd: string, workerScript: string | undefined): Promise<number> {
  const cacheFile = cacheFileOf(args, cwd);
  const json = args.format === 'json';
  // Each report is printed as it comes (ESLint's JSON: an array of reports, one per line here) and not kept.
  let total = 0, withFindings = 0, files = 0;
  const out = new BatchedOutput();
  const run = await lintFiles({
    inputs: args.inputs, cwd, settings: args.settings, ...(args.mode ? { mode: args.mode } : {}), ...(args.root ? { root: args.root } : {}),
    ...(workerScript ? { workerScript } : {}), suggestions: json, ...(cacheFile ? { cacheFile } : {}),
    ...(json
      ? {
        onJson: (lines: string, counts: ReportCounts) => {
          out.write(`${files ? ',\n' : '[\n'}${lines}`);
          files += counts.files;
          total += counts.findings;
          withFindings += counts.withFindings;
        },
      }
      : {
        onReport: (r: FileReport) => {
          if (r.messages.length) {
            const shown = path.relative(cwd, r.filePath) || r.filePath;
            out.write(r.messages.map(m => `${shown}:${m.line}:${m.column} ${m.ruleId} ${m.message}\n`).join(''));
          }
          files++;
          total += r.messages.length;
          if (r.messages.length) withFindings++;
        },
      }),
  });
  out.write(json ? (files ? '\n]\n' : '[]\n') : '');
  out.flush();
  if (!json) process.stderr.write(`${total} finding${total === 1 ? '' : 's'} in ${withFindings} of ${files} file${files === 1 ? '' : 's'}${cacheSummary(run.cache)}.\n`);
  for (const notice of run.notices) process.stderr.write(`learning-leader: ${notice}\n`);
  for (const e of run.errors) process.stderr.write(`learning-leader: ${e}\n`);
  if (run.errors.length) return 2;
  return total > 0 ? 1 : 0;
}

async function stats(args: LintArgs, cwd: string, workerScript: string | undefined): Promise<number> {
  const cacheFile = cacheFileOf(args, cwd);
  const run = await statsFiles({
    inputs: args.inputs, cwd, settings: args.settings, ...(args.mode ? { mode: args.mode } : {}), ...(args.root ? { root: args.root } : {}),
    ...(workerScript ? { workerScript } : {}), ...(cacheFile ? { cacheFile } : {}), json: args.format === 'json',
    ...(args.format === 'json' ? { write: (text: string) => { process.stdout.write(text); } } : {}),
  });
  if (run.json !== undefined) process.stdout.write(run.json + '\n');
  else if (args.format !== 'json') {
    if (run.notes.length) process.stdout.write(statsTable(run, cwd));
    const people = new Set(run.notes.map(n => n.person)).size;
    process.stderr.write(`${run.notes.length} note${run.notes.length === 1 ? '' : 's'} of ${people} ${people === 1 ? 'person' : 'people'}${cacheSummary(run.cache)}.\n`);
  }
  for (const notice of run.notices) process.stderr.write(`learning-leader: ${notice}\n`);
  for (const e of run.errors) process.stderr.write(`learning-leader: ${e}\n`);
  return run.errors.length ? 2 : 0;
}

async function items(args: ItemsArgs, cwd: string): Promise<number> {
  const run = await listItems({ folder: args.folder, cwd, open: args.open, settings: args.settings, ...(args.person !== undefined ? { person: args.person } : {}), ...(args.root ? { root: args.root } : {}) });
  const today = args.today ?? localIsoDate(new Date());
  if (args.format === 'json') process.stdout.write(JSON.stringify(run.records, null, 2) + '\n');
  else {
    process.stdout.write(itemsText(run, today));
    const open = run.records.filter(r => r.status === 'open').length;
    process.stderr.write(`${open} open item${open === 1 ? '' : 's'}${args.open ? '' : `, ${run.records.length - open} done`}, ${run.people.filter(p => p.items.length).length} of ${run.people.length} ${run.people.length === 1 ? 'person' : 'people'}.\n`);
  }
  for (const notice of run.notices) process.stderr.write(`learning-leader: ${notice}\n`);
  for (const e of run.errors) process.stderr.write(`learning-leader: ${e}\n`);
  return run.errors.length ? 2 : 0;
}

function agenda(args: AgendaArgs, cwd: string): number {
  const run = noteAgenda(args.note, cwd);
  if (!run.agenda) {
    process.stderr.write(`learning-leader: ${run.error ?? 'cannot read the note'}\n`);
    return 2;
  }
  if (run.agenda.empty) process.stderr.write('learning-leader: nothing to share: no carried items, agenda, talking points or questions.\n');
  else {
    process.stdout.write(run.agenda.markdown);
    if (run.agenda.contents) process.stderr.write(`learning-leader: shared ${run.agenda.contents}.\n`);
  }
  process.stderr.write(`learning-leader: ${run.agenda.summary}\n`);
  return 0;
}

if (!isMainThread) {
  // A worker thread of `lint` or `stats` (see parallel.ts): it runs this same script.
  void runWorker();
} else if (require.main === module) {
  // A reader that stops early (`learning-leader lint . | head`): stop quietly, as command-line tools do;
  // any other failure to print is said on stderr.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`learning-leader: cannot print the output: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
  });
  main(process.argv.slice(2), process.cwd(), __filename).then(code => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`learning-leader: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
