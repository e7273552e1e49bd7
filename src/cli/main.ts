// learning-leader: the telling linter and the coaching insights on the command line, for CI,
// pre-commit hooks and a look across many notes. Same core as the extension, through the same note
// context; reads files with Node here (the CLI is not part of the extension bundle).
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { isMode, MODES, type Mode } from '../core/modes';
import { lintFiles } from './lint';
import { runStatsWorker, statsFiles, statsTable } from './stats';

declare const LEARNING_LEADER_VERSION: string;

const USAGE = `Usage: learning-leader lint [options] <files, folders or globs...>
       learning-leader stats [options] <files, folders or globs...>

lint   Checks markdown 1:1 notes for directive ("telling") language, as the editor does.
stats  Counts each note's questions (open, closed, leading; a template question counts once
       something is written after it) and the telling found, as the editor's status bar does.

Options:
  --format text|json   Output format (default text). lint: json is ESLint-style. stats: text is a
                       table per person; json is an array with one entry per note.
  --mode MODE          Weigh every note as this relationship: ${MODES.join(', ')}.
                       Default: each note's front matter, then its person's mode in people.json
                       (a direct report is coached, a peer learned with), then learningLeader.lint.defaultMode.
  --root DIR           The workspace folder (default: the current folder). Its .vscode/settings.json
                       and its notes folder (learningLeader.notesFolder, default one-on-ones) apply: a note's
                       person is the folder it sits in under the notes folder, as in the editor.
  --no-settings        Ignore .vscode/settings.json.
  -h, --help           Show this help.
  -v, --version        Show the version.

Exit codes: 0 no findings (stats: always, when every file was read), 1 findings (lint), 2 usage
error, a file that could not be read, or a bad learningLeader.* value in .vscode/settings.json
(named; its default is used). Binary files are skipped with a message on stderr.`;

interface Args { command: 'lint' | 'stats'; format: 'text' | 'json'; mode?: Mode; root?: string; settings: boolean; inputs: string[] }

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'lint' && command !== 'stats') throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command.');
  const args: Args = { command, format: 'text', settings: true, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= rest.length) throw new UsageError(`${name} needs a value.`);
      return rest[++i];
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}".`);
      args.format = v;
    } else if (a === '--mode' || a.startsWith('--mode=')) {
      const v = value('--mode');
      if (!isMode(v)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}, not "${v}".`);
      args.mode = v;
    } else if (a === '--root' || a.startsWith('--root=')) {
      args.root = value('--root');
    } else if (a === '--no-settings') {
      args.settings = false;
    } else if (a === '--') {
      args.inputs.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`Unknown option "${a}".`);
    } else {
      args.inputs.push(a);
    }
  }
  if (!args.inputs.length) throw new UsageError('No files, folders or globs given.');
  return args;
}

/** `workerScript`: this script's own path when run as the CLI, so `stats` may split many files over threads. */
export async function main(argv: string[], cwd = process.cwd(), workerScript?: string): Promise<number> {
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`learning-leader: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  if (args === 'version') { process.stdout.write(`${typeof LEARNING_LEADER_VERSION === 'string' ? LEARNING_LEADER_VERSION : 'dev'}\n`); return 0; }

  const options = { inputs: args.inputs, cwd, settings: args.settings, ...(args.mode ? { mode: args.mode } : {}), ...(args.root ? { root: args.root } : {}) };
  if (args.command === 'stats') return stats({ ...options, ...(workerScript ? { workerScript } : {}) }, args.format);
  const run = await lintFiles(options);
  const total = run.reports.reduce((n, r) => n + r.messages.length, 0);
  if (args.format === 'json') process.stdout.write(JSON.stringify(run.reports, null, 2) + '\n');
  else {
    const lines = run.reports.flatMap(r => r.messages.map(m => `${path.relative(cwd, r.filePath) || r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    process.stderr.write(`${total} finding${total === 1 ? '' : 's'} in ${run.reports.filter(r => r.messages.length).length} of ${run.reports.length} file${run.reports.length === 1 ? '' : 's'}.\n`);
  }
  for (const notice of run.notices) process.stderr.write(`learning-leader: ${notice}\n`);
  for (const e of run.errors) process.stderr.write(`learning-leader: ${e}\n`);
  if (run.errors.length) return 2;
  return total > 0 ? 1 : 0;
}

async function stats(options: Parameters<typeof statsFiles>[0], format: 'text' | 'json'): Promise<number> {
  const run = await statsFiles(options);
  if (format === 'json') process.stdout.write(JSON.stringify(run.notes, null, 2) + '\n');
  else {
    if (run.notes.length) process.stdout.write(statsTable(run, options.cwd));
    const people = new Set(run.notes.map(n => n.person)).size;
    process.stderr.write(`${run.notes.length} note${run.notes.length === 1 ? '' : 's'} of ${people} ${people === 1 ? 'person' : 'people'}.\n`);
  }
  for (const notice of run.notices) process.stderr.write(`learning-leader: ${notice}\n`);
  for (const e of run.errors) process.stderr.write(`learning-leader: ${e}\n`);
  return run.errors.length ? 2 : 0;
}

if (!isMainThread) {
  // A worker thread of `stats` (see stats.ts): it runs this same script.
  void runStatsWorker();
} else if (require.main === module) {
  main(process.argv.slice(2), process.cwd(), __filename).then(code => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`learning-leader: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
