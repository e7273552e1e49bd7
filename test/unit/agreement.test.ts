// The CLI's half of the agreement test (the editor's half: test/integration/agreement.test.ts). Each
// case of test/fixtures/agreement/cases.ts becomes a workspace folder on disk, linted by the CLI's
// main() as `learning-leader lint --format json <notes folder>` from that folder.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from './helpers/run-cli';
import { AGREEMENT_CASES, notesFolderOf, settingsJson, type AgreementCase } from '../fixtures/agreement/cases';

interface JsonMessage { ruleId: string; severityName: string; message: string; line: number; column: number; endLine: number; endColumn: number }

function writeCase(root: string, c: AgreementCase): void {
  const notes = path.join(root, ...notesFolderOf(c).split('/'));
  fs.mkdirSync(path.join(root, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(root, '.vscode', 'settings.json'), JSON.stringify(settingsJson(c), null, 2));
  if (c.roster) {
    fs.mkdirSync(notes, { recursive: true });
    fs.writeFileSync(path.join(notes, 'people.json'), JSON.stringify(c.roster, null, 2));
  }
  for (const n of c.notes) {
    const file = path.join(notes, ...n.path.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, n.text);
  }
}

describe('agreement: the CLI weighs each case as the table says', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-agreement-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of AGREEMENT_CASES) {
    it(c.name, async () => {
      const root = path.join(dir, c.name);
      writeCase(root, c);
      const r = await runCli(['lint', '--format', 'json', notesFolderOf(c)], root);
      const reports = JSON.parse(r.out) as { filePath: string; messages: JsonMessage[] }[];
      for (const n of c.notes) {
        const file = path.join(root, ...notesFolderOf(c).split('/'), ...n.path.split('/'));
        const report = reports.find(x => x.filePath === file);
        assert.ok(report, `${n.path} was linted`);
        const got = report.messages.map(m => ({ rule: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, severity: m.severityName }));
        assert.deepEqual(got, n.expect.map(({ weighedAs: _, ...e }) => e), `${c.name}: ${n.path}`);
        report.messages.forEach((m, i) => assert.ok(m.message.includes(n.expect[i]!.weighedAs), `${n.path}: "${m.message}" is weighed as ${n.expect[i]!.weighedAs}`));
      }
      if (c.settingProblems?.length) {
        assert.equal(r.code, 2, 'a bad setting value exits 2');
        const lines = r.err.split('\n').filter(l => l.includes('learningLeader.'));
        for (const problem of c.settingProblems) {
          const line = lines.find(l => l.includes(problem.setting));
          assert.ok(line, `stderr names ${problem.setting}:\n${r.err}`);
          assert.ok(line.includes(path.join('.vscode', 'settings.json')), `and the settings file: ${line}`);
          for (const word of problem.mentions) assert.ok(line.includes(word), `${line} mentions ${word}`);
        }
        assert.equal(lines.length, c.settingProblems.length, `each problem once:\n${r.err}`);
      } else {
        assert.equal(r.code, c.notes.some(n => n.expect.length) ? 1 : 0, r.err);
      }
    });
  }
});
