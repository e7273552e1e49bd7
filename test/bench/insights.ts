// Coaching insights at scale: 200 people x 50 notes of about 3 KB (10,000 notes, 30 MB), cold and after
// one edited note, in the core and through the CLI (`learning-leader stats` over the tree, a fresh
// process each run). Prints figures; asserts nothing (timed assertions flake on shared machines).
// Run: npm run bench (or node esbuild.mjs --production && node esbuild.mjs --tests && node out/test/bench/insights.js)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addDays } from '../../src/core/dates';
import { Linter, lintMarkdown } from '../../src/core/lint/engine';
import { MODES, MODE_INFO, type Mode } from '../../src/core/modes';
import { renderNote } from '../../src/core/templates';
import { InsightsCache } from '../../src/core/insights/cache';
import { personInsights, type MeetingNote } from '../../src/core/insights/series';

/** A deterministic pseudo-random stream, so every run measures the same notes. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61 | s);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Jordan', 'Amara', 'Kenji', 'Leila', 'Mateo', 'Priya', 'Tomasz', 'Sam', 'Aiko', 'Dana', 'Luis', 'Zoë'];
const TOPICS = ['the on-call load', 'the API redesign', 'the flaky settlement tests', 'hiring for the platform team', 'the Q3 roadmap',
  'the migration to the new queue', 'the incident review', 'promotion criteria', 'the offsite', 'pairing with the new hire'];
const ANSWERS = [
  'Worried about {topic}; wants to try a smaller first step and see what breaks.',
  'Said {who} has been carrying most of {topic} and that it is starting to wear on the team.',
  'Proud of how {topic} went. Would do the rollout in two stages next time.',
  'Not sure yet. Will think about it and bring it back next week.',
  'Thinks the real cause is the shared fixtures, not {topic} itself.',
];
const PROSE = [
  'We talked about {topic} for most of the time. {who} thinks the estimate of {n} days is too tight.',
  'You should take the lead on {topic} while {who} is out.',
  'What would you try first if {topic} were yours to fix? She wants to start with the alerts.',
  'She asked whether {topic} could move to next quarter?',
  'Make sure the runbook for {topic} is updated before release {n}.',
  '{who}: can you unblock the deploy for {topic}?',
  'Why didn\'t you ask {who} for help with {topic} sooner?',
  'Good progress on {topic} (finally?) and the customer feedback was warm.',
  'How do you feel about presenting {topic} at the all-hands on the {n}th?',
  'Any blockers on {topic}? None this week, apart from review time.',
  'I told her to pair with {who} on {topic}; in hindsight I could have asked who she wanted to work with.',
  'Walk me through how {topic} went from your side.',
];

function fill(s: string, rnd: () => number, n: number): string {
  return s.replace(/\{topic\}/g, TOPICS[Math.floor(rnd() * TOPICS.length)])
    .replace(/\{who\}/g, NAMES[Math.floor(rnd() * NAMES.length)])
    .replace(/\{n\}/g, String(n));
}

/** A note of about 3 KB from the template: some questions answered, some deleted, notes and actions written. */
function makeNote(person: number, k: number, mode: Mode, date: string): string {
  const rnd = random(person * 1000 + k);
  const template = renderNote({ personId: `person-${person}`, name: `Person ${person}`, relationship: MODE_INFO[mode].relationship, mode, date });
  const lines = template.split('\n');
  const out: string[] = [];
  let inQuestions = false;
  for (const line of lines) {
    if (line.startsWith('## ')) inQuestions = line === '## Questions' || line === '## Problem to work on';
    if (inQuestions && line.startsWith('- ')) {
      const r = rnd();
      if (r < 0.3) continue; // deleted
      out.push(line);
      if (r < 0.65) out.push(`  - ${fill(ANSWERS[Math.floor(rnd() * ANSWERS.length)], rnd, k)}`);
      continue;
    }
    out.push(line);
    if (line === '## Notes') {
      for (let p = 0; p < 9; p++) out.push('', fill(PROSE[Math.floor(rnd() * PROSE.length)], rnd, k * 10 + p));
    }
    if (line === '## Action items') {
      for (let a = 0; a < 3; a++) out.push(`- [${rnd() < 0.5 ? 'x' : ' '}] ${fill('{who}: follow up on {topic}', rnd, k)}`);
    }
  }
  return out.join('\n');
}

export interface BenchPerson {
  readonly cadenceDays: number;
  notes: { readonly key: string; readonly date: string; readonly text: string }[];
}

/** The generated tree: `people` people (modes and cadences in turn), `perPerson` notes each, the last one before `today`. */
export function makeTree(people: number, perPerson: number, today = '2026-11-20'): BenchPerson[] {
  return Array.from({ length: people }, (_, p) => {
    const mode = MODES[p % MODES.length];
    const cadenceDays = [7, 14, 21][p % 3];
    const notes = Array.from({ length: perPerson }, (_, k) => {
      const date = addDays(today, -(perPerson - k) * cadenceDays + (k % 3));
      return { key: `person-${p}/${date}.md`, date, text: makeNote(p, k, mode, date) };
    });
    return { cadenceDays, notes };
  });
}

export interface InsightsBenchResult {
  readonly notes: number;
  readonly megabytes: number;
  /** First cold pass in this process (JIT cold too): wall ms of lint, of insights, and both. */
  readonly first: Phases;
  /** Median of later cold passes (empty caches, JIT warm). */
  readonly cold: Phases;
  /** `learning-leader stats --format json` over the tree in a fresh process: wall ms of each run. */
  readonly cliMs: readonly number[];
  /** One edited note: lint it, its numbers, its person's series; median and worst wall ms of the edits. */
  readonly editMedianMs: number;
  readonly editMaxMs: number;
}

export interface Phases {
  readonly lintMs: number;
  readonly insightsMs: number;
  readonly totalMs: number;
  /** CPU time of this process in the same passes (less moved by other processes on a shared machine). */
  readonly cpuMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const cpuNow = () => process.cpuUsage().user / 1000;

/** Measures insights over `people` x `perPerson` notes: cold, then `edits` single-note edits. */
export function benchInsights(people = 200, perPerson = 50, edits = 50, log: (line: string) => void = console.log): InsightsBenchResult {
  const today = '2026-11-20';
  const t0 = performance.now();
  const tree = makeTree(people, perPerson, today);
  const bytes = tree.reduce((n, p) => n + p.notes.reduce((m, x) => m + x.text.length, 0), 0);
  const count = people * perPerson;
  log(`insights benchmark — node ${process.version}: ${people} people x ${perPerson} notes = ${count} notes, ${(bytes / 1024 / 1024).toFixed(1)} MB (${(bytes / count / 1024).toFixed(1)} KB a note; generated in ${(performance.now() - t0).toFixed(0)} ms)`);

  /**
   * Every note's numbers and every person's insights from empty caches, as the host and the CLI make
   * them: one linter per person (a host keeps one per document), each note linted and counted in turn
   * (its lint result let go once its numbers are read), then the person's series. The lint's share is
   * timed inside.
   */
  const coldPass = (): Phases => {
    const wall0 = performance.now();
    const cpu0 = cpuNow();
    let lintMs = 0;
    let linter = new Linter();
    // One cache for the whole tree, as a host or the CLI holds it.
    const cache = new InsightsCache(text => {
      const t = performance.now();
      const result = linter.lint(text, {});
      lintMs += performance.now() - t;
      return result;
    });
    for (const person of tree) {
      linter = new Linter();
      const notes: MeetingNote[] = person.notes.map(n => ({ date: n.date, fileName: n.key, stats: cache.stats(n.key, n.text) }));
      personInsights(notes, { today, cadenceDays: person.cadenceDays });
    }
    const totalMs = performance.now() - wall0;
    return { lintMs, insightsMs: totalMs - lintMs, totalMs, cpuMs: cpuNow() - cpu0 };
  };
  const show = (p: Phases) => `${p.totalMs.toFixed(0)} ms wall, ${p.cpuMs.toFixed(0)} ms CPU (lint ${p.lintMs.toFixed(0)} ms + questions read, counts and series ${p.insightsMs.toFixed(0)} ms)`;

  const first = coldPass();
  log(`cold, first pass in this process: ${show(first)}`);
  const passes: Phases[] = [];
  for (let r = 0; r < 3; r++) passes.push(coldPass());
  const pick = (f: (p: Phases) => number) => median(passes.map(f));
  const cold: Phases = { lintMs: pick(p => p.lintMs), insightsMs: pick(p => p.insightsMs), totalMs: pick(p => p.totalMs), cpuMs: pick(p => p.cpuMs) };
  log(`cold, empty caches, median of 3 later passes: ${show(cold)}; totals ${passes.map(p => p.totalMs.toFixed(0)).join(', ')} ms`);

  // One edited note: an answer typed under a question. The note is linted and its numbers recomputed;
  // its person's series is rebuilt from the cached numbers of the other notes.
  const cache = new InsightsCache(text => lintMarkdown(text));
  for (const person of tree) for (const n of person.notes) cache.stats(n.key, n.text);
  const times: number[] = [];
  const rnd = random(7);
  let start: number;
  for (let e = 0; e < edits; e++) {
    const p = Math.floor(rnd() * people);
    const person = tree[p];
    const k = Math.floor(rnd() * perPerson);
    const note = person.notes[k];
    const at = note.text.indexOf('?\n');
    const text = at > 0 ? [note.text.slice(0, at + 2), `  - edit ${e}: she thinks the plan is fine\n`, note.text.slice(at + 2)].join('') : `${note.text}\nedit ${e}\n`;
    person.notes[k] = { ...note, text };
    const before = cache.computed;
    start = performance.now();
    const notes: MeetingNote[] = person.notes.map(n => ({ date: n.date, fileName: n.key, stats: cache.stats(n.key, n.text) }));
    personInsights(notes, { today, cadenceDays: person.cadenceDays });
    times.push(performance.now() - start);
    if (cache.computed - before !== 1) throw new Error(`an edit recomputed ${cache.computed - before} notes`);
  }
  const editMedianMs = median(times);
  const editMaxMs = Math.max(...times);
  log(`one edited note (lint it, its numbers, its person's ${perPerson}-note series from the cache): median ${editMedianMs.toFixed(2)} ms, max ${editMaxMs.toFixed(2)} ms over ${edits} edits, one note recomputed each`);
  const cliMs = benchCli(tree, log);
  return { notes: count, megabytes: bytes / 1024 / 1024, first, cold, cliMs, editMedianMs, editMaxMs };
}

/**
 * The CLI over the tree as files (<root>/one-on-ones/<person>/<date>.md and people.json): a fresh
 * Node process per run, reading, linting and counting every note, JSON to /dev/null.
 */
function benchCli(tree: readonly BenchPerson[], log: (line: string) => void, runs = 3): number[] {
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  if (!fs.existsSync(cli)) {
    log('learning-leader stats: dist/cli.js is missing (npm run build first); not measured');
    return [];
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'll-insights-bench-'));
  try {
    const notes = path.join(root, 'one-on-ones');
    const roster = { people: tree.map((p, i) => ({ id: `person-${i}`, name: `Person ${i}`, relationship: MODE_INFO[MODES[i % MODES.length]].relationship, mode: MODES[i % MODES.length], cadenceDays: p.cadenceDays })) };
    for (const p of tree) for (const n of p.notes) {
      fs.mkdirSync(path.join(notes, path.dirname(n.key)), { recursive: true });
      fs.writeFileSync(path.join(notes, n.key), n.text);
    }
    fs.writeFileSync(path.join(notes, 'people.json'), JSON.stringify(roster));
    const run = (threads: string, extra: readonly string[] = []) => {
      const t0 = performance.now();
      const out = spawnSync(process.execPath, [cli, 'stats', '--format', 'json', ...extra, 'one-on-ones'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, LEARNING_LEADER_THREADS: threads } });
      if (out.status !== 0) throw new Error(`stats failed: ${out.stderr}`);
      return performance.now() - t0;
    };
    // Worker threads (one per core) and one thread, in alternation, so both see the same load.
    const times: number[] = [];
    const single: number[] = [];
    for (let r = 0; r < runs; r++) {
      times.push(run(''));
      single.push(run('1'));
    }
    const count = tree.length * (tree[0]?.notes.length ?? 0);
    log(`learning-leader stats --format json over the ${count} notes, a fresh process each run (node start, read, lint, count, JSON): ${times.map(t => t.toFixed(0)).join(', ')} ms with a worker thread per core (${os.availableParallelism?.() ?? os.cpus().length} cores); ${single.map(t => t.toFixed(0)).join(', ')} ms on one thread`);
    // The next runs with --cache: the first fills it (the notes were written more than two seconds ago
    // by then, as the cache asks), the others read no note.
    const cacheFile = path.join(root, 'stats-cache.json');
    const fill = run('', ['--cache-location', cacheFile]);
    const cached = Array.from({ length: runs }, () => run('', ['--cache-location', cacheFile]));
    log(`the same with --cache: ${fill.toFixed(0)} ms filling it, then ${cached.map(t => t.toFixed(0)).join(', ')} ms (every note stat-ed, none read)`);
    return times;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module && !process.env.LL_NO_MAIN) benchInsights();
