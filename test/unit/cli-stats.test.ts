// `learning-leader stats`: the JSON shape per note (1-based positions, kinds, asked), the table per
// person, binary and unreadable files skipped with a message and never counted, the note context as
// `lint` uses it (the person from the folder, the mode from the roster).
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderNote } from '../../src/core/templates';
import { runCli as run } from './helpers/run-cli';

interface Report {
  filePath: string;
  person: string | null;
  mode: string;
  date: string | null;
  questions: { line: number; column: number; text: string; kind: string; asked: boolean }[];
  counts: { open: number; closed: number; leading: number; told: number };
}

/** Writes a file under `dir`, its folders made as needed. */
function writeIn(dir: string, rel: string, content: string | Buffer): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

describe('learning-leader stats', () => {
  let dir: string;
  const write = (rel: string, content: string | Buffer) => writeIn(dir, rel, content);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-stats-'));
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'sam', name: 'Sam Lee', relationship: 'direct-report', mode: 'coaching' }] }));
    write('one-on-ones/sam/2026-11-01.md', '# 1:1\n\nHow did the demo go? Any blockers? Don\'t you think it\'s time to hand it over?\n\nYou should pair with Lee.\n');
    write('one-on-ones/sam/2026-11-08.md', renderNote({ personId: 'sam', name: 'Sam Lee', relationship: 'direct-report', mode: 'coaching', date: '2026-11-08' }));
    write('one-on-ones/sam/2026-11-15.png.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    write('loose.md', '---\nperson: ada\ndate: 2026-10-02\nmode: mentoring\n---\nWhat would help most today?\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('JSON: one entry per note with person, mode, date, the questions (1-based, kind, asked) and the counts', async () => {
    const r = await run(['stats', '--format', 'json', 'one-on-ones/sam/2026-11-01.md', 'loose.md'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out) as Report[];
    assert.deepStrictEqual(json.map(n => Object.keys(n)), [
      ['filePath', 'person', 'mode', 'date', 'questions', 'counts'], ['filePath', 'person', 'mode', 'date', 'questions', 'counts'],
    ]);
    const sam = json.find(n => n.filePath.endsWith('2026-11-01.md'))!;
    const loose = json.find(n => n.filePath.endsWith('loose.md'))!;
    assert.strictEqual(sam.filePath, path.join(dir, 'one-on-ones/sam/2026-11-01.md'));
    assert.deepStrictEqual([sam.person, sam.mode, sam.date], ['sam', 'coaching', '2026-11-01']);
    assert.deepStrictEqual(sam.questions, [
      { line: 3, column: 1, text: 'How did the demo go?', kind: 'open', asked: true },
      { line: 3, column: 22, text: 'Any blockers?', kind: 'closed', asked: true },
      { line: 3, column: 36, text: 'Don\'t you think it\'s time to hand it over?', kind: 'leading', asked: true },
    ]);
    assert.deepStrictEqual(sam.counts, { open: 1, closed: 1, leading: 1, told: 1 });
    assert.deepStrictEqual([loose.person, loose.mode, loose.date, loose.counts.open], ['ada', 'mentoring', '2026-10-02', 1]);
  });

  it('a fresh note from the template: every prompt listed, none asked, nothing counted', async () => {
    const r = await run(['stats', '--format=json', 'one-on-ones/sam/2026-11-08.md'], dir);
    const [note] = JSON.parse(r.out) as Report[];
    assert.ok(note.questions.length >= 15);
    assert.ok(note.questions.every(q => !q.asked));
    assert.deepStrictEqual(note.counts, { open: 0, closed: 0, leading: 0, told: 0 });
  });

  it('skips a binary file with a message on stderr and never counts it', async () => {
    const r = await run(['stats', '--format', 'json', 'one-on-ones'], dir);
    assert.strictEqual(r.code, 0);
    const json = JSON.parse(r.out) as Report[];
    assert.deepStrictEqual(json.map(n => path.basename(n.filePath)), ['2026-11-01.md', '2026-11-08.md']);
    assert.match(r.err, /skipping one-on-ones[\\/]sam[\\/]2026-11-15\.png\.md: binary file, not counted/);
  });

  it('text: a table per person with the roster\'s name, a row per note by date, and the total', async () => {
    const r = await run(['stats', '.'], dir);
    assert.strictEqual(r.code, 0);
    const all = r.out.split('\n');
    assert.strictEqual(all[0], 'ada: 1 note, mentoring', 'people in order of their id');
    const lines = all.slice(all.indexOf('Sam Lee (sam): 2 notes, coaching'));
    assert.strictEqual(lines[0], 'Sam Lee (sam): 2 notes, coaching');
    assert.match(lines[1], /^ {2}date {8}open {2}closed {2}leading {2}told {2}open share {2}file$/);
    assert.match(lines[2], /^ {2}2026-11-01 +1 +1 +1 +1 +33% {2}one-on-ones[\\/]sam[\\/]2026-11-01\.md$/);
    assert.match(lines[3], /^ {2}2026-11-08 +0 +0 +0 +0 +- {2}one-on-ones[\\/]sam[\\/]2026-11-08\.md$/);
    assert.match(lines[4], /^ {2}total +1 +1 +1 +1 +33%$/);
    assert.match(r.err, /^3 notes of 2 people\.$/m);
  });

  it('many files are split over worker threads in the built CLI, with the same result as one thread', async function () {
    this.timeout(60_000);
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built before the unit tests (npm test builds first)');
    const many = path.join(dir, 'many');
    for (let p = 0; p < 9; p++) {
      for (let k = 0; k < 50; k++) {
        const date = `2026-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + p + (k >> 4)).padStart(2, '0')}`;
        write(`many/one-on-ones/p${p}/${date}-${k + 2}.md`, `# 1:1\n\nHow did week ${k} go? Any blockers for p${p}? You should ship ${k}.\n\n- [ ] p${p}: item ${k}\n`);
      }
    }
    write('many/one-on-ones/p0/2026-12-30.md', Buffer.from([0, 1, 2, 3]));
    write('many/one-on-ones/p7/2026-12-30.md', Buffer.from([0, 1, 2, 3]));
    const threads = childProcess.spawnSync(process.execPath, [cli, 'stats', '--format', 'json', 'one-on-ones'], { cwd: many, encoding: 'utf8' });
    assert.strictEqual(threads.status, 0, threads.stderr);
    const single = await run(['stats', '--format', 'json', 'one-on-ones'], many);
    assert.strictEqual((JSON.parse(threads.stdout) as Report[]).length, 450);
    // Each thread writes its own part of the JSON: joined, it is the same text, byte for byte.
    assert.strictEqual(threads.stdout, single.out);
    assert.strictEqual(threads.stderr, single.err, 'the same notices, in the files\' order');
    assert.match(threads.stderr, /skipping one-on-ones[\\/]p0[\\/]2026-12-30\.md: binary file[^]*skipping one-on-ones[\\/]p7[\\/]2026-12-30\.md: binary file/);
    // Three threads taking runs of the files from one counter, and the table.
    const env = { ...process.env, LEARNING_LEADER_THREADS: '3' };
    const three = childProcess.spawnSync(process.execPath, [cli, 'stats', '--format', 'json', 'one-on-ones'], { cwd: many, encoding: 'utf8', env });
    assert.strictEqual(three.stdout, single.out);
    const table = childProcess.spawnSync(process.execPath, [cli, 'stats', 'one-on-ones'], { cwd: many, encoding: 'utf8', env });
    const singleTable = await run(['stats', 'one-on-ones'], many);
    assert.strictEqual(table.stdout, singleTable.out);
    assert.strictEqual(table.stderr, singleTable.err);
  });

  it('a missing file is an error (exit 2); an unknown option is a usage error', async () => {
    const missing = await run(['stats', 'nope.md'], dir);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /cannot read nope\.md/);
    const bad = await run(['stats', '--format', 'xml', '.'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /learning-leader stats \[options\]/);
  });
});

describe('learning-leader stats --cache and lint --cache', () => {
  let dir: string;
  let cacheFile: string;
  const past = new Date(Date.now() - 60_000);
  /** Writes a note as written a minute ago (a note changed a moment ago is not kept: its mtime may not be final). */
  const write = (rel: string, content: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    fs.utimesSync(file, past, past);
  };
  const json = (out: string) => JSON.parse(out) as Report[];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-stats-cache-'));
    cacheFile = path.join(dir, 'cache', 'stats.json');
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'sam', name: 'Sam Lee', relationship: 'direct-report', mode: 'coaching' }] }));
    write('one-on-ones/sam/2026-11-01.md', '# 1:1\n\nHow did the demo go? Any blockers?\n\nYou should pair with Lee.\n');
    write('one-on-ones/sam/2026-11-08.md', '# 1:1\n\nWhat would you try first?\n');
    write('one-on-ones/sam/2026-11-15.md', Buffer.from([0x89, 0x50, 0x00, 0x01]).toString('latin1'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second run reads no note and prints the same; a changed note is read again, alone', async () => {
    const plain = await run(['stats', '--format', 'json', 'one-on-ones'], dir);
    const first = await run(['stats', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.strictEqual(first.code, 0, first.err);
    assert.strictEqual(first.out, plain.out, 'the cache changes nothing in the output');
    assert.ok(fs.existsSync(cacheFile), 'the cache was written');
    const second = await run(['stats', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(second.err, /2 notes of 1 person \(3 from the cache, 0 read\)/, 'the binary note\'s notice is kept too');
    assert.match(second.err, /skipping one-on-ones\/sam\/2026-11-15\.md: binary file/);
    const third = await run(['stats', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.strictEqual(third.out, plain.out);

    write('one-on-ones/sam/2026-11-08.md', '# 1:1\n\nWhat would you try first? Where are you stuck?\n\nYou must finish the RFC by Friday.\n');
    const changed = await run(['stats', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(changed.err, /\(2 from the cache, 1 read\)/);
    const after = json((await run(['stats', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir)).out);
    const note = after.find(n => n.filePath.endsWith('2026-11-08.md'))!;
    assert.deepStrictEqual(note.counts, json((await run(['stats', '--format', 'json', 'one-on-ones/sam/2026-11-08.md'], dir)).out)[0].counts);
    assert.strictEqual(note.counts.open, 2);
    assert.strictEqual(note.counts.told, 1);
  });

  it('starts afresh when people.json, the settings or --mode change', async () => {
    await run(['stats', '--cache-location', cacheFile, 'one-on-ones'], dir);
    const kept = await run(['stats', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(kept.err, /\(3 from the cache, 0 read\)/);
    const mentoring = await run(['stats', '--format', 'json', '--mode', 'mentoring', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.deepStrictEqual([...new Set(json(mentoring.out).map(n => n.mode))], ['mentoring']);
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'sam', name: 'Sam Lee', relationship: 'peer', mode: 'mentoring' }] }));
    const roster = await run(['stats', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.deepStrictEqual([...new Set(json(roster.out).map(n => n.mode))], ['mentoring'], 'the new roster mode, not the kept one');
    write('.vscode/settings.json', JSON.stringify({ 'learningLeader.lint.rules': { 'you-modal': 'off' } }));
    const settings = await run(['stats', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(settings.err, /\(0 from the cache, 3 read\)/);
  });

  it('a cache that does not read is ignored and replaced; one that cannot be written is a notice, not a failure', async () => {
    const plain = await run(['stats', '--format', 'json', 'one-on-ones'], dir);
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    for (const junk of ['{"format": 1, "build"', '[]', 'null', JSON.stringify({ format: 1, build: 'x', variant: 'y', files: {} })]) {
      fs.writeFileSync(cacheFile, junk);
      const r = await run(['stats', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(r.out, plain.out);
      assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cacheFile, 'utf8')), 'replaced by a good one');
    }
    // A file where the cache's folder should be.
    write('blocked', 'not a folder');
    const blocked = await run(['stats', '--format', 'json', '--cache-location', path.join(dir, 'blocked', 'stats.json'), 'one-on-ones'], dir);
    assert.strictEqual(blocked.code, 0);
    assert.strictEqual(blocked.out, plain.out);
    assert.match(blocked.err, /cannot write the cache .*blocked/);
  });

  it('--cache goes under the user cache folder, one file per command, never next to the notes', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'll-xdg-'));
    const before = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = home;
    try {
      const r = await run(['stats', '--cache', 'one-on-ones'], dir);
      assert.strictEqual(r.code, 0, r.err);
      const lint = await run(['lint', '--cache', 'one-on-ones'], dir);
      assert.strictEqual(lint.code, 1, lint.err);
      const files = fs.readdirSync(path.join(home, 'learning-leader')).sort();
      assert.strictEqual(files.length, 2);
      assert.match(files[0], /^lint-[0-9a-f]{16}\.json$/);
      assert.match(files[1], /^stats-[0-9a-f]{16}\.json$/);
      assert.strictEqual(files[0].slice(5), files[1].slice(6), 'one key per workspace folder');
      assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['one-on-ones']);
    } finally {
      if (before === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = before;
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('lint --cache: a second run reads no note, prints the same findings with their rewrites, and exits 1 as before; a changed note is read again', async () => {
    const plain = await run(['lint', '--format', 'json', 'one-on-ones'], dir);
    assert.strictEqual(plain.code, 1, 'the notes have findings');
    assert.ok((JSON.parse(plain.out) as { messages: { suggestions?: string[] }[] }[]).some(r => r.messages.some(m => m.suggestions?.length)), 'the JSON has rewrites');
    const first = await run(['lint', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
    const second = await run(['lint', '--format', 'json', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.strictEqual(first.out, plain.out);
    assert.strictEqual(second.out, plain.out);
    assert.strictEqual(second.code, 1);
    assert.match(second.err, /skipping \S*2026-11-15\.md: binary file/, 'the binary note\'s notice is kept too');
    // Text output makes no rewrites: a run of the other form starts afresh, and says how many it read.
    const text = await run(['lint', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(text.err, /finding.* in 1 of 2 files \(0 from the cache, 3 read\)/);
    const textAgain = await run(['lint', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(textAgain.err, /\(3 from the cache, 0 read\)/);
    assert.strictEqual(textAgain.out, text.out);
    write('one-on-ones/sam/2026-11-08.md', '# 1:1\n\nYou should own the migration.\n');
    const changed = await run(['lint', '--cache-location', cacheFile, 'one-on-ones'], dir);
    assert.match(changed.err, /in 2 of 2 files \(2 from the cache, 1 read\)/);
  });
});

describe('learning-leader stats: planned questions', () => {
  let dir: string;
  const write = (rel: string, content: string) => writeIn(dir, rel, content);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-stats-plans-'));
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'dana', name: 'Dana Kim', relationship: 'direct-report', mode: 'coaching' }] }));
    write('one-on-ones/dana/2026-11-20.md', [
      '# 1:1 with Dana', '', '## My talking points', '',
      '- Ask her: how would you approach the on-call rota?', '- Ask her: what part would you like to play in the migration?', '  - the cutover runbook', '',
      '## Stuff for Dana', '', '- What would you change about the review process?', '',
      '## Notes', '', '- Asked: why didn\'t you escalate the pager load sooner?', '',
    ].join('\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a talking point counts once answered, a question after "Asked:" at once with its kind; the settings\' talking-point headings are plans too', async () => {
    const questions = async () => {
      const r = await run(['stats', '--format', 'json', 'one-on-ones/dana/2026-11-20.md'], dir);
      assert.strictEqual(r.code, 0, r.err);
      const [note] = JSON.parse(r.out) as Report[];
      return { asked: note!.questions.map(q => `${q.asked ? 'asked' : 'planned'} ${q.kind}: ${q.text}`), counts: note!.counts };
    };
    assert.deepStrictEqual(await questions(), {
      asked: [
        'planned open: how would you approach the on-call rota?',
        'asked open: what part would you like to play in the migration?',
        'asked open: What would you change about the review process?',
        'asked leading: why didn\'t you escalate the pager load sooner?',
      ],
      counts: { open: 2, closed: 0, leading: 1, told: 0 },
    });
    write('.vscode/settings.json', JSON.stringify({ 'learningLeader.lint.talkingPointHeadings': ['Stuff for Dana'] }));
    const withSetting = await questions();
    assert.strictEqual(withSetting.asked[2], 'planned open: What would you change about the review process?');
    assert.deepStrictEqual(withSetting.counts, { open: 1, closed: 0, leading: 1, told: 0 });
  });

  it('with the linter off for a mode, told is not counted: "tellingOff": true in JSON, "-" and a line saying why in the table', async () => {
    const off = fs.mkdtempSync(path.join(os.tmpdir(), 'll-stats-off-'));
    try {
      writeIn(off, 'one-on-ones/people.json', JSON.stringify({ people: [{ id: 'sam', name: 'Sam Lee', relationship: 'direct-report', mode: 'coaching' }] }));
      writeIn(off, 'one-on-ones/sam/2026-11-01.md', '# 1:1\n\n## Notes\n\n- How did the demo go?\n- You should take the lead on the launch.\n');
      writeIn(off, '.vscode/settings.json', JSON.stringify({ 'learningLeader.lint.strictness': { coaching: 'off' } }));
      const json = JSON.parse((await run(['stats', '--format', 'json', 'one-on-ones'], off)).out) as (Report & { tellingOff?: boolean })[];
      assert.deepStrictEqual(json.map(n => [n.counts.told, n.tellingOff]), [[0, true]]);
      const text = (await run(['stats', 'one-on-ones'], off)).out;
      assert.match(text, /2026-11-01 +1 +0 +0 +- +100%/);
      assert.match(text, /told: not counted for these notes: the linter is off for coaching \(learningLeader\.lint\.strictness\)/);
    } finally {
      fs.rmSync(off, { recursive: true, force: true });
    }
  });
});
