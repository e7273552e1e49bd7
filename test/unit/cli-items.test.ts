// `learning-leader items` and `learning-leader agenda`, run in this process on a temporary notes folder.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli as run } from './helpers/run-cli';

interface Record { person: string; text: string; owner: string; ownerName: string | null; status: string; firstSeen: { file: string; line: number; date: string | null }; lastSeen: { file: string; line: number; date: string | null }; due: string | null; private: boolean }

describe('learning-leader items and agenda', () => {
  let dir: string;
  const write = (file: string, content: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-cli-items-'));
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'aiko-tanaka', name: 'Aiko Tanaka', relationship: 'direct-report' }, { id: 'sam', name: 'Sam', relationship: 'peer' }] }));
    write('one-on-ones/aiko-tanaka/2026-03-02.md', '# 1:1\n\n## Action items\n- [ ] Aiko: send the load test results by Friday\n- [ ] Chris: approve the budget\n- [ ] Me: book the room\n');
    write('one-on-ones/aiko-tanaka/2026-03-16.md', '# 1:1\n\n## Carried over\n- [ ] Aiko: send the load test results by Friday — [2026-03-02, line 4](2026-03-02.md#L4)\n- [x] Me: book the room — [2026-03-02, line 6](2026-03-02.md#L6)\n<!-- private -->\n- [ ] Me: ask HR about her band\n<!-- /private -->\n');
    write('one-on-ones/aiko-tanaka/photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x5b, 0x20, 0x5d]));
    write('one-on-ones/sam/2026-03-05.md', '- [ ] Sam: share the RFC\n');
    write('.vscode/settings.json', '{ "learningLeader.managerNames": ["Chris"] }\n');
    write('note.md', '---\nperson: aiko-tanaka\n---\n# 1:1 with Aiko\n\n> stance\n\n## Carried over\n- [ ] Aiko: send the results — [2026-03-02, line 4](2026-03-02.md#L4)\n\n## Their agenda\n- Conference budget\n\n## Private\nShe seemed tired.\n\n## Notes\nWe talked.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints every item once as JSON: owners from the roster and managerNames, the first and last places, due dates', async () => {
    const r = await run(['items', '--format', 'json', 'one-on-ones'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const records = JSON.parse(r.out) as Record[];
    assert.deepStrictEqual(records.map(x => [x.person, x.text, x.owner, x.status]), [
      ['aiko-tanaka', 'Aiko: send the load test results by Friday', 'them', 'open'],
      ['aiko-tanaka', 'Chris: approve the budget', 'me', 'open'],
      ['aiko-tanaka', 'Me: book the room', 'me', 'done'],
      ['aiko-tanaka', 'Me: ask HR about her band', 'me', 'open'],
      ['sam', 'Sam: share the RFC', 'them', 'open'],
    ]);
    const results = records[0]!;
    assert.deepStrictEqual(results.firstSeen, { file: 'one-on-ones/aiko-tanaka/2026-03-02.md', line: 4, date: '2026-03-02' });
    assert.deepStrictEqual(results.lastSeen, { file: 'one-on-ones/aiko-tanaka/2026-03-16.md', line: 4, date: '2026-03-16' });
    assert.strictEqual(results.due, '2026-03-06');
    assert.strictEqual(records[3]?.private, true);
    assert.match(r.err, /skipping one-on-ones\/aiko-tanaka\/photo\.md: not a text note/);
  });

  it('filters by --person and --open, and prints text with file:line, owner, age and overdue', async () => {
    const r = await run(['items', '--person', 'aiko-tanaka', '--open', '--today', '2026-03-20', 'one-on-ones'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, [
      'Aiko Tanaka (aiko-tanaka): 3 open, 0 done',
      '  one-on-ones/aiko-tanaka/2026-03-16.md:4: [ ] Aiko: send the load test results by Friday (theirs, 18 days old, due 2026-03-06, overdue by 14 days)',
      '  one-on-ones/aiko-tanaka/2026-03-02.md:5: [ ] Chris: approve the budget (mine, 18 days old)',
      '  one-on-ones/aiko-tanaka/2026-03-16.md:7: [ ] Me: ask HR about her band (mine, 4 days old, private)',
      '',
    ].join('\n'));
    assert.match(r.err, /^3 open items, 1 of 1 person\./m);
  });

  it('reads the notes folder from any folder, and says what is wrong', async () => {
    const r = await run(['items', '--format=json', '--no-settings', path.join(dir, 'one-on-ones')], os.tmpdir());
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual((JSON.parse(r.out) as Record[]).find(x => x.text.startsWith('Chris'))?.owner, 'other', 'without the settings Chris is someone else');
    assert.strictEqual((await run(['items', 'nowhere'], dir)).code, 2);
    const nobody = await run(['items', '--person', 'nobody', 'one-on-ones'], dir);
    assert.strictEqual(nobody.code, 2);
    assert.match(nobody.err, /no folder for "nobody"/);
    assert.strictEqual((await run(['items'], dir)).code, 2);
    assert.strictEqual((await run(['items', '--today', 'friday', 'one-on-ones'], dir)).code, 2);
    assert.strictEqual((await run(['items', '--bogus', 'one-on-ones'], dir)).code, 2);
    assert.match((await run(['items', '--help'], dir)).out, /Usage: learning-leader items/);
  });

  it('agenda prints the shareable part and says on stderr what it left out', async () => {
    const r = await run(['agenda', 'note.md'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, '# 1:1 with Aiko\n\n## Carried over\n\n- [ ] Aiko: send the results\n\n## Their agenda\n\n- Conference budget\n');
    assert.match(r.err, /Left out: the private section “Private”; the section “Notes”; the note’s opening lines\./);
    assert.match(r.err, /shared 1 carried-over item and 1 item from their agenda\.\n/);
    const binary = await run(['agenda', 'one-on-ones/aiko-tanaka/photo.md'], dir);
    assert.strictEqual(binary.code, 2);
    assert.match(binary.err, /not a text note/);
    assert.strictEqual((await run(['agenda', 'missing.md'], dir)).code, 2);
    assert.strictEqual((await run(['agenda'], dir)).code, 2);
    write('empty.md', '# Nothing\n\n## Notes\nonly notes\n');
    const empty = await run(['agenda', 'empty.md'], dir);
    assert.deepStrictEqual([empty.code, empty.out], [0, '']);
    assert.match(empty.err, /nothing to share/);
  });
});
