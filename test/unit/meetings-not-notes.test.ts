// Files that are not meetings (src/core/meetings.ts): an empty file (created, never written) is no 1:1
// that happened, and a file named with a date that does not exist (2026-11-31.md) is no dated note
// anywhere. Both are listed as skipped, with the reason, as binary files are; neither is the last 1:1,
// the newest note, a source of items or of carried items.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { carryOver } from '../../src/core/items/carry';
import { buildItems, parseItemNote } from '../../src/core/items/chains';
import { isItemNoteFile } from '../../src/core/items/text-note';
import { noteDate } from '../../src/core/insights/series';
import { renderPrep } from '../../src/core/insights/render';
import { EMPTY_STATS } from '../../src/core/insights/stats';
import { isNotANote, meetingsOf, skippedText, whyNotANote, whyNotANoteFile, whyNotANoteText } from '../../src/core/meetings';
import { datedNotes, misdatedNote, misnamedNote, misnamedRenames } from '../../src/core/notes';
import { buildPrepModel } from '../../src/core/prep';
import type { Person } from '../../src/core/roster';
import { runCli as run } from './helpers/run-cli';

const utf8 = (s: string) => new TextEncoder().encode(s);
const tomasz: Person = { id: 'tomasz-nowak', name: 'Tomasz Nowak', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14, archived: false };

describe('meetings: an empty file is no meeting that happened', () => {
  it('0 bytes, white space only, a byte order mark only: empty; one character: a note', () => {
    assert.strictEqual(whyNotANote(new Uint8Array(0)), 'empty');
    assert.strictEqual(whyNotANote(utf8(' \n\r\n\t\n')), 'empty');
    assert.strictEqual(whyNotANote(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])), 'empty');
    assert.strictEqual(whyNotANote(utf8('-')), undefined);
    assert.strictEqual(whyNotANoteText(''), 'empty', 'an open editor\'s text too');
    assert.strictEqual(whyNotANoteText('\n\n'), 'empty');
    assert.strictEqual(whyNotANoteText('# 1:1\n'), undefined);
  });

  it('is never the last 1:1 nor on time for the cadence: the note before it is, and it is listed with why', () => {
    // Tomasz: a 1:1 on 2 Nov, then an empty 2026-11-23.md; today is 30 Nov, cadence 14 days.
    const files = [
      { date: '2026-11-02', fileName: '2026-11-02.md' },
      { date: '2026-11-23', fileName: '2026-11-23.md', notANote: whyNotANote(new Uint8Array(0)) },
    ];
    const m = meetingsOf(files, { today: '2026-11-30', cadenceDays: 14, isNote: f => !f.notANote });
    assert.strictEqual(m.last?.fileName, '2026-11-02.md');
    assert.deepStrictEqual([m.status.state, m.status.overdueBy], ['overdue', 14]);
    assert.deepStrictEqual(m.skipped.map(skippedText), ['2026-11-23.md (empty file)']);
  });

  it('the prep names it with the reason', () => {
    const notes = [
      { date: '2026-11-02', sequence: 1, fileName: '2026-11-02.md', stats: EMPTY_STATS },
      { date: '2026-11-23', sequence: 1, fileName: '2026-11-23.md', stats: { ...EMPTY_STATS, readable: false }, notANote: 'empty' as const },
    ];
    const prep = buildPrepModel({ person: tomasz, cadenceDays: 14, today: '2026-11-30', notes, items: [] });
    assert.strictEqual(prep.last?.fileName, '2026-11-02.md');
    assert.match(renderPrep(prep).value, /Not counted as meetings: 2026-11-23\.md \(empty file\)/);
  });

  it('a reason read back from a cache is checked', () => {
    assert.deepStrictEqual([isNotANote('empty'), isNotANote('no such date'), isNotANote('gif'), isNotANote(undefined)], [true, true, false, false]);
  });
});

describe('meetings: a file that starts with a date but is not named as a note (another layout, moved in)', () => {
  it('gives the date of the name it should have; dated, misdated and other names give none', () => {
    assert.strictEqual(misnamedNote('2026-11-27 Sam Lee.md'), '2026-11-27');
    assert.strictEqual(misnamedNote('2026-11-10-sam.md'), '2026-11-10');
    assert.strictEqual(misnamedNote('2026-11-10_1on1.markdown'), '2026-11-10');
    assert.strictEqual(misnamedNote('2026-11-10.markdown'), '2026-11-10');
    assert.strictEqual(misnamedNote('2026-11-10.md'), undefined);
    assert.strictEqual(misnamedNote('2026-11-10-2.md'), undefined);
    assert.strictEqual(misnamedNote('2026-11-31 Sam.md'), undefined, 'no such date');
    assert.strictEqual(misnamedNote('2026-11-31.md'), undefined, 'misdated, said as such');
    assert.strictEqual(misnamedNote('2026-11-10 Sam.png'), undefined);
    assert.strictEqual(misnamedNote('notes 2026-11-10.md'), undefined);
    assert.deepStrictEqual(datedNotes(['2026-11-27 Sam Lee.md', '2026-11-20.md']).map(n => n.fileName), ['2026-11-20.md'], 'still no dated note');
  });

  it('the renames that name them by their dates never land on a name taken: a second of a day gets -2', () => {
    const files = ['2026-11-10-dana.md', '2026-11-10 Dana.md', '2026-11-24.md', '2026-11-24 Dana.md', '2026-11-24-2.md', 'goals.md', '2026-11-31 x.md', '2026-11-12.markdown'];
    assert.deepStrictEqual(misnamedRenames(files), [
      { from: '2026-11-10 Dana.md', to: '2026-11-10.md' },
      { from: '2026-11-10-dana.md', to: '2026-11-10-2.md' },
      { from: '2026-11-12.markdown', to: '2026-11-12.md' },
      { from: '2026-11-24 Dana.md', to: '2026-11-24-3.md' },
    ]);
    assert.deepStrictEqual(misnamedRenames(files, new Set(['2026-11-10-dana.md'])), [{ from: '2026-11-10-dana.md', to: '2026-11-10.md' }]);
    assert.deepStrictEqual(misnamedRenames(['2026-11-10.md', 'goals.md']), []);
  });
});

describe('meetings: a file named with a date that does not exist', () => {
  it('is told apart from dated notes and other names', () => {
    assert.strictEqual(misdatedNote('2026-11-31.md'), '2026-11-31');
    assert.strictEqual(misdatedNote('2026-02-29-2.md'), '2026-02-29', '2026 is no leap year');
    assert.strictEqual(misdatedNote('2026-13-01.MD'), '2026-13-01');
    assert.strictEqual(misdatedNote('2028-02-29.md'), undefined);
    assert.strictEqual(misdatedNote('2026-11-30-2.md'), undefined);
    assert.strictEqual(misdatedNote('standup notes.md'), undefined);
    assert.deepStrictEqual(datedNotes(['2026-11-31.md', '2026-11-30.md']).map(n => n.fileName), ['2026-11-30.md']);
    assert.strictEqual(whyNotANoteFile('2026-11-31.md', utf8('# 1:1\n- [ ] send it\n')), 'no such date');
    assert.strictEqual(whyNotANoteFile('2026-11-30.md', utf8('# 1:1\n')), undefined);
  });

  it('is no dated note anywhere: its front matter does not date it, it is not read for items', () => {
    const text = '---\ndate: 2026-11-30\n---\n# 1:1\n- [ ] Kenji: send the runbook\n';
    assert.strictEqual(noteDate(text, '2026-11-31.md'), undefined);
    assert.strictEqual(noteDate(text, 'kenji.md'), '2026-11-30', 'another name still takes the front matter\'s date');
    assert.strictEqual(parseItemNote({ fileName: '2026-11-31.md', text }).date, undefined);
    assert.strictEqual(isItemNoteFile('2026-11-31.md'), false);
    assert.strictEqual(isItemNoteFile('2026-11-30.md'), true);
  });

  it('so carry-over never links to it as the newest note', () => {
    const names = ['2026-11-16.md', '2026-11-31.md'].filter(isItemNoteFile);
    const items = buildItems(names.map(fileName => ({ fileName, text: '- [ ] Kenji: send the runbook\n' })), { person: { id: 'kenji-watanabe', name: 'Kenji Watanabe' } });
    assert.deepStrictEqual(carryOver(items, { today: '2026-11-30' }).lines, ['- [ ] Kenji: send the runbook — [2026-11-16, line 1](2026-11-16.md#L1)']);
  });
});

describe('the CLI skips them with the reason', () => {
  let dir: string;
  const write = (rel: string, content: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-not-notes-'));
    write('one-on-ones/people.json', JSON.stringify({ people: [{ id: 'kenji-watanabe', name: 'Kenji Watanabe', relationship: 'peer' }] }));
    write('one-on-ones/kenji-watanabe/2026-11-16.md', '# 1:1\n\nWhat is in the way?\n\n- [ ] Kenji: send the runbook\n');
    write('one-on-ones/kenji-watanabe/2026-11-23.md', '');
    write('one-on-ones/kenji-watanabe/2026-11-31.md', '# 1:1\n\n- [ ] Kenji: review the rota\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('items: no item from the misdated file, and a notice naming it', async () => {
    const r = await run(['items', '--format', 'json', '--today', '2026-11-30', 'one-on-ones'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const records = JSON.parse(r.out) as { text: string; lastSeen: { file: string } }[];
    assert.deepStrictEqual(records.map(i => [i.text, i.lastSeen.file]), [['Kenji: send the runbook', 'one-on-ones/kenji-watanabe/2026-11-16.md']]);
    assert.match(r.err, /skipping one-on-ones\/kenji-watanabe\/2026-11-31\.md: named with a date that does not exist/);
  });

  it('stats: neither is counted, each with its reason', async () => {
    const r = await run(['stats', '--format', 'json', 'one-on-ones/kenji-watanabe'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual((JSON.parse(r.out) as { date: string }[]).map(n => n.date), ['2026-11-16']);
    assert.match(r.err, /skipping one-on-ones\/kenji-watanabe\/2026-11-23\.md: empty file, not counted/);
    assert.match(r.err, /skipping one-on-ones\/kenji-watanabe\/2026-11-31\.md: named with a date that does not exist, not counted/);
  });
});
