// The workspace npm start and F5 open: the sample dated relative to the day it is made (so the tree
// opens with a realistic mix, not everyone overdue), while sample/ itself keeps the fixed dates the
// tests pin their clock to.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sampleFiles } from '../../src/core/sample-notes';

const root = path.resolve(__dirname, '..', '..', '..');

describe('people: the sample workspace for trying the extension', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-sample-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the sample dated for the given day, as Create Sample Notes writes it', function () {
    this.timeout(30_000);
    const target = path.join(dir, 'dated');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'copy-sample.mjs'), target, '--date', '2027-03-01'], { cwd: root, stdio: 'pipe' });
    const expected = sampleFiles('2027-03-01');
    for (const f of expected) assert.strictEqual(fs.readFileSync(path.join(target, 'one-on-ones', f.path), 'utf8'), f.content, f.path);
    // Mateo met three days before that day, not in November 2026.
    assert.deepStrictEqual(fs.readdirSync(path.join(target, 'one-on-ones', 'mateo-fernandez')).sort().at(-1), '2027-02-26.md');
  });

  it('npm start and F5 make it for today; the tests copy sample/ as it is', () => {
    assert.match(fs.readFileSync(path.join(root, 'scripts', 'host', 'sandbox.mjs'), 'utf8'), /writeSampleForDay\(sandbox, today\)/);
    assert.match(fs.readFileSync(path.join(root, '.vscode', 'tasks.json'), 'utf8'), /copy-sample\.mjs \.vscode-host\/sandbox --today --keep/);
  });
});
