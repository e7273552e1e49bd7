import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { globToRegExp } from '../../src/cli/files';
import { runCli as run } from './helpers/run-cli';

describe('learning-leader CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cli-'));
    fs.mkdirSync(path.join(dir, 'one-on-ones', 'sam'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'one-on-ones', 'people.json'), JSON.stringify({ people: [{ id: 'sam', name: 'Sam', relationship: 'peer', mode: 'peer-learning' }] }));
    fs.writeFileSync(path.join(dir, 'one-on-ones', 'sam', '2026-11-01.md'), '# 1:1\n\nWhat would you try first?\n\nYou should pair with Lee.\n');
    fs.writeFileSync(path.join(dir, 'clean.md'), 'What would you try first?\n');
    fs.writeFileSync(path.join(dir, 'coaching.md'), '---\nmode: coaching\n---\r\nSend me the draft by Thursday.\r\n');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on a clean file', async () => {
    assert.strictEqual((await run(['lint', 'clean.md'], dir)).code, 0);
  });

  it('prints file:line:column rule message and exits 1 on findings', async () => {
    const r = await run(['lint', 'coaching.md'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /^coaching\.md:4:1 deadline-demand “Send me the draft by Thursday\.” Telling: /m);
  });

  it('says where front matter is broken, as the editor does, with its rule id and position', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cli-fm-'));
    fs.writeFileSync(path.join(own, 'typo.md'), '---\nmode: coachin\n---\nWhat would you try first?\n');
    const r = await run(['lint', '--format', 'json', 'typo.md'], own);
    fs.rmSync(own, { recursive: true, force: true });
    // On stderr, beside the telling findings (the JSON's messages are the linter's alone), and no failure.
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual((JSON.parse(r.out) as { messages: unknown[] }[])[0].messages, []);
    assert.match(r.err, /typo\.md:2:7 front-matter-mode "coachin" is not a mode\..*Did you mean "coaching"\?/);
  });

  it('prints ESLint-style JSON with 1-based positions and suggestions as strings', async () => {
    const r = await run(['lint', '--format', 'json', 'coaching.md'], dir);
    const json = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: number; suggestions: string[] }[] }[];
    assert.strictEqual(json.length, 1);
    assert.strictEqual(json[0].filePath, path.join(dir, 'coaching.md'));
    const m = json[0].messages[0];
    assert.deepStrictEqual([m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity], ['deadline-demand', 4, 1, 4, 5, 1]);
    assert.ok(m.suggestions.length > 0 && m.suggestions.every(s => typeof s === 'string' && s.endsWith('?')));
  });

  it('split over worker threads (the built CLI), the output is the same as on one thread, rewrites in JSON included', async function () {
    this.timeout(60_000);
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built before the unit tests (npm test builds first)');
    const env = { ...process.env, LEARNING_LEADER_PARALLEL_FROM: '2', LEARNING_LEADER_THREADS: '3' };
    for (const format of ['json', 'text']) {
      const threads = childProcess.spawnSync(process.execPath, [cli, 'lint', '--format', format, '.'], { cwd: dir, encoding: 'utf8', env });
      const single = await run(['lint', '--format', format, '.'], dir);
      assert.strictEqual(threads.status, single.code, threads.stderr);
      assert.strictEqual(threads.stdout, single.out, `${format}: the same findings in the same order`);
      assert.strictEqual(threads.stderr, single.err, `${format}: the same notices (the binary file skipped)`);
      if (format === 'json') {
        const json = JSON.parse(threads.stdout) as { messages: { suggestions?: string[] }[] }[];
        assert.ok(json.some(f => f.messages.some(m => (m.suggestions?.length ?? 0) > 0)), 'rewrites come back from the workers');
      }
    }
  });

  it('walks folders, weighs notes by the roster default mode, and skips binary files', async () => {
    const r = await run(['lint', '--format', 'json', '.'], dir);
    const json = JSON.parse(r.out) as { filePath: string; messages: { severityName: string }[] }[];
    assert.deepStrictEqual(json.map(f => path.relative(dir, f.filePath)).sort(), ['clean.md', 'coaching.md', path.join('one-on-ones', 'sam', '2026-11-01.md')]);
    const peer = json.find(f => f.filePath.includes('sam'))!;
    assert.strictEqual(peer.messages[0].severityName, 'hint');
    assert.match(r.err, /skipping .*binary\.md: binary file/);
  });

  it('skips a note over lint.maxFileSizeMB, as the editor does', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cli-big-'));
    try {
      fs.mkdirSync(path.join(big, '.vscode'));
      fs.writeFileSync(path.join(big, '.vscode', 'settings.json'), JSON.stringify({ 'learningLeader.lint.maxFileSizeMB': 1 }));
      fs.writeFileSync(path.join(big, 'big.md'), 'You should pair with Lee.\n'.repeat(50_000));
      fs.writeFileSync(path.join(big, 'small.md'), 'You should pair with Lee.\n');
      const r = await run(['lint', '--format', 'json', '.'], big);
      assert.deepStrictEqual((JSON.parse(r.out) as { filePath: string }[]).map(f => path.basename(f.filePath)), ['small.md']);
      assert.match(r.err, /skipping .*big\.md: 1\.2 MB, over the 1 MB of learningLeader\.lint\.maxFileSizeMB/);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('lets --mode override the note', async () => {
    const r = await run(['lint', '--format=json', '--mode', 'peer-learning', 'coaching.md'], dir);
    assert.strictEqual((JSON.parse(r.out) as { messages: { severityName: string }[] }[])[0].messages[0].severityName, 'hint');
  });

  it('expands globs', async () => {
    const r = await run(['lint', '--format', 'json', '**/*.md'], dir);
    assert.strictEqual((JSON.parse(r.out) as unknown[]).length, 3);
    assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
    assert.ok(globToRegExp('**/*.md').test('c.md'));
    assert.ok(!globToRegExp('*.md').test('a/c.md'));
  });

  it('exits 2 with a message naming the file when a file cannot be read', async () => {
    const r = await run(['lint', 'missing.md', 'coaching.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /cannot read missing\.md/);
  });

  it('exits 2 on usage errors', async () => {
    assert.strictEqual((await run([], dir)).code, 2);
    assert.strictEqual((await run(['lint'], dir)).code, 2);
    assert.strictEqual((await run(['lint', '--format', 'xml', 'a.md'], dir)).code, 2);
    assert.strictEqual((await run(['lint', '--bogus', 'a.md'], dir)).code, 2);
    assert.strictEqual((await run(['--help'], dir)).code, 0);
  });

  it('reads learningLeader.lint settings from .vscode/settings.json (with comments)', async () => {
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // team phrases\n  "learningLeader.lint.allowPhrases": ["draft by Thursday"],\n}\n');
    try {
      assert.strictEqual((await run(['lint', 'coaching.md'], dir)).code, 0);
      assert.strictEqual((await run(['lint', '--no-settings', 'coaching.md'], dir)).code, 1);
    } finally {
      fs.rmSync(path.join(dir, '.vscode'), { recursive: true, force: true });
    }
  });

  it('exits 2 naming the settings file when it does not read as JSON, and lints with the defaults', async () => {
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{ "learningLeader.lint.enable": ');
    try {
      const r = await run(['lint', 'coaching.md'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /\.vscode[/\\]settings\.json: not valid JSON/);
      assert.match(r.out, /deadline-demand/);
    } finally {
      fs.rmSync(path.join(dir, '.vscode'), { recursive: true, force: true });
    }
  });

  it('takes --root as the workspace folder: its roster and settings apply when run from elsewhere', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cli-cwd-'));
    try {
      const note = path.join(dir, 'one-on-ones', 'sam', '2026-11-01.md');
      const withRoot = await run(['lint', '--format', 'json', '--root', dir, note], elsewhere);
      assert.strictEqual((JSON.parse(withRoot.out) as { messages: { severityName: string }[] }[])[0]!.messages[0]!.severityName, 'hint');
      // Without it, the note lies outside the workspace folder (the current one): no person, lint.defaultMode.
      const without = await run(['lint', '--format', 'json', note], elsewhere);
      assert.strictEqual((JSON.parse(without.out) as { messages: { severityName: string }[] }[])[0]!.messages[0]!.severityName, 'warning');
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
