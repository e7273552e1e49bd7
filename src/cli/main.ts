// learning-leader: the telling linter on the command line, for CI and pre-commit hooks.
// Same core as the extension; reads files with Node here (the CLI is not part of the extension bundle).
import * as fs from 'fs';
import * as path from 'path';
import { Linter } from '../core/lint/engine';
import type { Finding, LintOptions, RuleSeverity, Strictness } from '../core/lint/types';
import { isMode, MODES, type Mode } from '../core/modes';
import { lineStarts, positionOf } from '../core/text';
import { expandInputs } from './files';
import { rosterModes } from './roster';

declare const LEARNING_LEADER_VERSION: string;

const USAGE = `Usage: learning-leader lint [options] <files, folders or globs...>

Checks markdown 1:1 notes for directive ("telling") language.

Options:
  --format text|json   Output format (default text). json is ESLint-style.
  --mode MODE          Weigh every note as this relationship: ${MODES.join(', ')}.
                       Default: each note's front matter, then its person's default in people.json, then coaching.
  --no-settings        Ignore .vscode/settings.json (learningLeader.lint.* is read from it by default).
  -h, --help           Show this help.
  -v, --version        Show the version.

Exit codes: 0 no findings, 1 findings, 2 usage error or a file that could not be read.`;

interface Args { format: 'text' | 'json'; mode?: Mode; settings: boolean; inputs: string[] }

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'lint') throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command.');
  const args: Args = { format: 'text', settings: true, inputs: [] };
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

/** learningLeader.lint.* from .vscode/settings.json (JSON with comments), if present. */
function readWorkspaceSettings(cwd: string): LintOptions {
  const file = path.join(cwd, '.vscode', 'settings.json');
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(stripJsonComments(raw)) as Record<string, unknown>;
  } catch (e) {
    process.stderr.write(`learning-leader: ignoring ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return {};
  }
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const record = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, string>) : {});
  return {
    extraPhrases: strings(json['learningLeader.lint.extraPhrases']),
    allowPhrases: strings(json['learningLeader.lint.allowPhrases']),
    ruleSeverity: record(json['learningLeader.lint.rules']) as Record<string, RuleSeverity>,
    strictness: record(json['learningLeader.lint.strictness']) as Partial<Record<Mode, Strictness>>,
  };
}

function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else {
      out += c;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/** 1-based line and column of offsets in `text`. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return offset => {
    const p = positionOf(starts, text.length, offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

const ESLINT_SEVERITY: Record<Finding['severity'], number> = { error: 2, warning: 1, information: 1, hint: 1 };

export function main(argv: string[], cwd = process.cwd()): number {
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

  const { files, errors } = expandInputs(args.inputs, cwd);
  const options = args.settings ? readWorkspaceSettings(cwd) : {};
  const linter = new Linter();
  const report: { filePath: string; messages: object[]; errorCount: number; warningCount: number }[] = [];
  const lines: string[] = [];
  let total = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (bytes.includes(0)) {
      process.stderr.write(`learning-leader: skipping ${file}: binary file\n`);
      continue;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const result = linter.lint(text, { ...options, mode: args.mode, fallbackMode: rosterModes(file), fileName: file });
    const pos = positions(text);
    const rel = path.relative(cwd, file) || file;
    const messages = result.findings.map(f => {
      const s = pos(f.start), e = pos(f.end);
      lines.push(`${rel}:${s.line}:${s.column} ${f.ruleId} ${f.message}`);
      return {
        ruleId: f.ruleId, severity: ESLINT_SEVERITY[f.severity], severityName: f.severity, message: f.message,
        line: s.line, column: s.column, endLine: e.line, endColumn: e.column, suggestions: f.suggestions.map(x => x.text),
      };
    });
    total += messages.length;
    report.push({
      filePath: path.resolve(file), messages,
      errorCount: result.findings.filter(f => f.severity === 'error').length,
      warningCount: result.findings.filter(f => f.severity !== 'error').length,
    });
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    process.stderr.write(`${total} finding${total === 1 ? '' : 's'} in ${report.filter(r => r.messages.length).length} of ${report.length} file${report.length === 1 ? '' : 's'}.\n`);
  }
  for (const e of errors) process.stderr.write(`learning-leader: ${e}\n`);
  if (errors.length) return 2;
  return total > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
