// npm run bench: speed of the telling linter against a bare markdown-it parse and markdownlint,
// on generated notes of 10 KB to 5 MB, plus the re-lint cost of one keystroke in a 1 MB note.
// Prints figures; asserts nothing (timed assertions flake on shared machines).
import MarkdownIt from 'markdown-it';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Linter, lintMarkdown } from '../../src/core/lint/engine';

// {n} and {who} make every paragraph distinct, as in real notes (identical chunks would be linted once).
const PARAGRAPHS = [
  'Discussed the on-call load since reorg {n}. {who} thinks the pager noise comes from two flaky alerts.',
  'You should take the lead on API redesign {n}.',
  'What would you try first if alert {n} were yours to fix?',
  '- [ ] {who}: draft on-call proposal {n}\n- [x] Me: ask finance about tooling budget {n}',
  '> Forwarded from product: please send estimate {n} by EOD.',
  '```bash\nmake deploy-{n}\ngit push origin main\n```',
  '## Notes {n}\n\n{who} said "you need to ship it by Friday" was unrealistic. We agreed to revisit roadmap item {n} next week.',
  '1. Walk me through your plan for migration {n}.\n2. Help me understand what happened with release {n}.\n3. Send me draft {n} by Thursday.',
  'We looked at [dashboard {n}](https://example.com/dash/{n}) together and `kubectl get pods` showed {n} restarts.',
  '| Topic | Owner |\n| --- | --- |\n| Hiring {n} | {who} |',
  'Make sure test suite {n} passes before you merge. Why didn\'t you ask {who} for help sooner?',
  '**Wins:** launch {n} went well; the team was proud of the rollout and the customer feedback was warm.',
];
const PEOPLE = ['Jordan', 'Amara', 'Kenji', 'Leila', 'Mateo', 'Priya', 'Tomasz', 'Sam', 'Lee', 'Dana', 'Luis'];

function note(bytes: number): string {
  const parts = ['---', 'person: jordan-lee', 'date: 2026-11-20', 'mode: coaching', '---', '# 1:1 with Jordan', ''];
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const p = PARAGRAPHS[(i * 7) % PARAGRAPHS.length].replace(/\{n\}/g, String(i)).replace(/\{who\}/g, PEOPLE[i % PEOPLE.length]);
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

/** Median of repeated runs after one warm-up run: at least `minRuns` runs and `minMs` of running. */
function time(fn: () => void, minMs = 300, minRuns = 3): number {
  fn();
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
    if (runs.length >= 200) break;
  }
  return median(runs);
}

/**
 * Two functions timed in alternation, round after round: on a shared machine the load changes from
 * second to second, and alternating exposes both to the same load. Medians of each, and the median of
 * the per-round ratios a/b.
 */
function timePair(a: () => void, b: () => void, minMs: number, minRounds: number): { a: number; b: number; ratio: number } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  const start = performance.now();
  while (ta.length < minRounds || performance.now() - start < minMs) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
    if (ta.length >= 400) break;
  }
  return { a: median(ta), b: median(tb), ratio: median(ta.map((x, i) => x / tb[i])) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);
const kb = (n: number) => n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${(n / 1024).toFixed(0)} KB`;

/** One character typed into `text` at a time, at places spread over it; `each` gets every version (`n` edits). */
function edits(text: string, n: number, each: (current: string) => void): void {
  let current = text;
  for (let i = 0; i < n; i++) {
    const pos = Math.floor(((i * 7919) % 1000) / 1000 * current.length);
    // Joined, not concatenated: like document.getText() after an edit, the linter gets one flat string
    // (a concatenation would hand it a rope that the first character access flattens, a cost of the bench).
    current = [current.slice(0, pos), i % 2 ? 'x' : ' ', current.slice(pos)].join('');
    each(current);
  }
}

/**
 * The re-lint after one keystroke in a 1 MB note, 50 edits spread over it (the first, at the very
 * start, breaks the front matter and lints the whole note again). Warmed first by 300 keystrokes
 * in a 100 KB note.
 */
function keystrokes(warm: string): string {
  const warmLinter = new Linter();
  warmLinter.lint(warm);
  edits(warm, 300, current => warmLinter.lint(current));
  const text = note(1024 * 1024);
  const linter = new Linter();
  linter.lint(text);
  const times: number[] = [];
  edits(text, 50, current => {
    const t0 = performance.now();
    linter.lint(current);
    times.push(performance.now() - t0);
  });
  times.sort((a, b) => a - b);
  return `keystroke in a 1 MB note, re-lint with the chunk cache: median ${times[25].toFixed(2)} ms, p95 ${times[47].toFixed(2)} ms, max ${times[49].toFixed(2)} ms (50 edits)`;
}

async function main(): Promise<void> {
  const md = new MarkdownIt();
  type LintSync = (options: { strings: Record<string, string> }) => unknown;
  let markdownlint: LintSync | undefined;
  try {
    markdownlint = ((await import('markdownlint/sync' as string)) as { lint: LintSync }).lint;
  } catch (e) {
    console.log(`markdownlint not available (${e instanceof Error ? e.message : String(e)}); its column is skipped`);
  }
  console.log(`Learning Leader lint benchmark — node ${process.version}, ${process.arch}, median of repeated runs; ours and markdown-it alternate run by run, ours/markdown-it is the median of their per-run ratios\n`);
  // Steady state for both sides: let the JIT optimise the linter and markdown-it before measuring.
  const warm = note(100 * 1024);
  for (const end = performance.now() + 1500; performance.now() < end;) {
    lintMarkdown(warm);
    md.parse(warm, {});
  }
  // Keystrokes first, before the rows below fill the heap with markdownlint's garbage (hundreds of MB
  // on 5 MB) that an extension host never holds. Their own warm-up: the incremental path (chunks
  // reused, one linted) is other code than a whole lint, and an editor runs it hot after the first
  // few dozen keystrokes in any note.
  const keystrokeLine = keystrokes(warm);
  console.log('size      ours (ms)  markdown-it (ms)  markdownlint (ms)  ours/markdown-it  markdownlint/ours  ours MB/s  findings');
  const rows: string[] = [];
  for (const size of [10 * 1024, 100 * 1024, 1024 * 1024, 5 * 1024 * 1024]) {
    const text = note(size);
    // Enough rounds that a garbage collection landing in one of them does not decide the median.
    const pair = timePair(() => lintMarkdown(text), () => md.parse(text, {}), 2000, size > 2e6 ? 5 : 15);
    const ours = pair.a;
    const bare = pair.b;
    const mdl = markdownlint ? time(() => markdownlint!({ strings: { note: text } }), size > 2e6 ? 1 : 300, size > 2e6 ? 1 : 3) : NaN;
    const findings = lintMarkdown(text).findings.length;
    const row = `${kb(size).padEnd(8)} ${fmt(ours)}   ${fmt(bare)}          ${fmt(mdl)}           ${pair.ratio.toFixed(2).padStart(5)}x            ${(mdl / ours).toFixed(1).padStart(5)}x   ${(text.length / 1024 / 1024 / (ours / 1000)).toFixed(1).padStart(7)}   ${findings}`;
    rows.push(row);
    console.log(row);
  }

  console.log(`\n${keystrokeLine}`);

  const root = path.resolve(__dirname, '../../..');
  treeRow(root);
  const notes: Record<string, string> = {
    'dist/node/extension.js': ' (target <= 300 KB minified; npm run bench builds the production bundles first)',
    'dist/node/features.js': ' (loaded on first use of the Open items view, its commands, the prep and insights panels, Create Sample Notes)',
  };
  for (const bundle of ['dist/node/extension.js', 'dist/node/features.js', 'dist/web/extension.js', 'dist/cli.js']) {
    try {
      console.log(`bundle ${bundle}: ${(fs.statSync(path.join(root, bundle)).size / 1024).toFixed(1)} KB${notes[bundle] ?? ''}`);
    } catch {
      console.log(`bundle ${bundle}: not built (npm run build:production)`);
    }
  }
}

/** Paragraphs of a realistic 1:1 note: sections, talking points, a record of the meeting, action items. */
const TREE_NOTE = [
  '# 1:1 with {who} — week {n}', '',
  '## Their agenda', '- Retry project progress - on track, canary at {n}% since Monday', '- Request for conference attendance', '- {who}: can you unblock the vendor contract?', '',
  '## My talking points', '- Feedback from the incident retro: calm, clear timeline', '- Tell {him} {he} needs to own the on-call handover', '- Thank {him} for covering the weekend', '- Ask how the migration {n} is going', '',
  '## Questions', '- What would you try first?', '  - Quarantine the worst tests and measure for a week.', '- Where do you think my view is out of date?', '',
  '## Notes', 'More relaxed than last week. On priorities {his} instinct is retry first, ledger after the freeze.',
  'Told {him} to stop picking up pages on top of {his} own. Asked {him} to have the page counts ready by Monday.',
  'You should loop in security earlier on the disputes changes. Have you considered just rolling back release {n}?',
  'The pages were mostly the payout-sync alert firing on a dependency timeout; should be quieter once the threshold changes.',
  '{who} finds the morning "make sure you..." pings draining and would like one weekly priorities post instead.', '',
  '## Action items', '- [ ] chase legal on the vendor contract', '- [ ] {who}: draft the fixture isolation proposal {n}', '- [x] add {who} to the architecture guild invite',
  'check with Bettina that the rota is updated before week {n}', 'find the conference policy in Workday', '',
].join('\n');

/**
 * The notes-tree row: 2,000 notes of about 3 KB in 50 person folders, our CLI as a whole process
 * against markdownlint-cli2 with its default rules on the same tree (each the median of a few runs).
 */
function treeRow(root: string): void {
  const cli = path.join(root, 'dist/cli.js');
  const mdl = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (!fs.existsSync(cli) || !fs.existsSync(mdl)) {
    console.log(`\nnotes tree: skipped (${fs.existsSync(cli) ? 'markdownlint-cli2 not installed' : 'dist/cli.js not built: npm run build'})`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-bench-tree-'));
  try {
    let bytes = 0;
    for (let p = 0; p < 50; p++) {
      const who = `${PEOPLE[p % PEOPLE.length]}${p}`;
      const id = `person-${p}`;
      fs.mkdirSync(path.join(dir, 'one-on-ones', id), { recursive: true });
      const pron = p % 2 ? { he: 'she', him: 'her', his: 'her' } : { he: 'he', him: 'him', his: 'his' };
      for (let n = 0; n < 40; n++) {
        let text = `---\nperson: ${id}\ndate: 2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}\nmode: coaching\n---\n`;
        while (text.length < 3000) text += TREE_NOTE.replace(/\{who\}/g, who).replace(/\{n\}/g, `${p}-${n}-${text.length}`).replace(/\{(he|him|his)\}/g, (_, k: 'he' | 'him' | 'his') => pron[k]);
        fs.writeFileSync(path.join(dir, 'one-on-ones', id, `2026-${String(n).padStart(3, '0')}.md`), text);
        bytes += text.length;
      }
    }
    fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
    const run = (args: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
        times.push(performance.now() - t0);
        if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
      }
      return median(times);
    };
    // Ours and theirs alternate, round after round (this machine's speed drifts from minute to minute, as
    // the rows above): the medians of each, and the median of the per-round ratios.
    const once = (args: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
      return performance.now() - t0;
    };
    const oursRuns: number[] = [];
    const theirRuns: number[] = [];
    const textRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      oursRuns.push(once([cli, 'lint', '--format', 'json', 'one-on-ones']));
      theirRuns.push(once([mdl, 'one-on-ones/**/*.md']));
      textRuns.push(once([cli, 'lint', 'one-on-ones']));
    }
    const ours = median(oursRuns);
    const theirs = median(theirRuns);
    const ratio = median(oursRuns.map((x, i) => x / theirRuns[i]));
    console.log(`\nnotes tree: 2,000 notes, ${(bytes / 1024 / 1024).toFixed(1)} MB in 50 person folders, whole processes, alternating (median of 5 rounds): ours (learning-leader lint --format json) ${ours.toFixed(0)} ms, markdownlint-cli2 ${theirs.toFixed(0)} ms, ours/markdownlint-cli2 ${ratio.toFixed(2)}x (target <= 0.15x; per round ${oursRuns.map((x, i) => (x / theirRuns[i]).toFixed(2)).join(', ')})`);
    // The default output of each (ours: a line per finding, no rewrites; theirs: a line per finding, as above).
    const text = median(textRuns);
    console.log(`notes tree, each with its default output (ours: learning-leader lint, a line per finding, no rewrites): ours ${text.toFixed(0)} ms, ours/markdownlint-cli2 ${median(textRuns.map((x, i) => x / theirRuns[i])).toFixed(2)}x`);
    // The next runs with --cache (the notes are older than the two seconds the cache asks by now): one fills it, then none is read.
    const cacheArgs = [cli, 'lint', '--format', 'json', '--cache-location', path.join(dir, 'lint-cache.json'), 'one-on-ones'];
    run(cacheArgs);
    console.log(`notes tree with --cache, after a run that filled it (median of 5): ${run(cacheArgs).toFixed(0)} ms, no note read`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
