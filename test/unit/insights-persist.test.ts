// The insights' numbers as kept between sessions: a record reads back as written, and a record of
// another build, format or notes folder, or with any part not as written, is not used at all.
import * as assert from 'assert';
import { lintMarkdown } from '../../src/core/lint/engine';
import { parseItemNote } from '../../src/core/items';
import { decodePerson, encodePerson, type PersistedNote, type RecordKey } from '../../src/core/insights/persist';
import { noteStats } from '../../src/core/insights/stats';

const NOTE = [
  '# 1:1 with Ada', '', '## My talking points', '- Tell her she needs to own the handover', '',
  '## Questions', '- What would you try first?', '  - the flaky alerts', '- Did the release go out?', '  - yes, Tuesday',
  '- Have you considered just rolling back?', '', '## Action items', '- [ ] Ada: draft the on-call proposal', '- [x] Me: ask finance about the budget',
  '- [ ] Me: send the “review” notes ← carried from [2026-11-13](2026-11-13.md#L12)', '',
].join('\n');

function persisted(fileName: string, text: string, mtime: number, size: number): PersistedNote {
  return { fileName, mtime, size, stats: noteStats(text, lintMarkdown(text)), parsed: parseItemNote({ fileName, text }) };
}

const KEY: RecordKey = { build: 'b1', notesUri: 'file:///w/one-on-ones', personId: 'ada-lovelace', variant: '[["x"],"Ada"]' };

describe('insights cache records', () => {
  const notes: PersistedNote[] = [
    persisted('2026-11-20.md', NOTE, 1_790_000_000_123, NOTE.length + 4),
    persisted('2026-11-20-2.md', 'Quick sync. Why is it taking so long?', 1_790_000_100_000, 38),
    { fileName: '2026-11-13.md', mtime: 5, size: 9, stats: { counts: { open: 0, closed: 0, leading: 0, told: 0 }, questions: [], readable: false }, skipped: 'binary' },
  ];

  it('reads back the numbers, questions and items as written, through JSON', () => {
    assert.ok(notes[0].stats.questions.length >= 3 && notes[0].stats.counts.told >= 1, 'the note has questions of each kind and telling');
    assert.ok(notes[0].parsed!.tasks.length === 3);
    const back = decodePerson(JSON.parse(JSON.stringify(encodePerson(KEY, notes))), KEY);
    assert.ok(back);
    assert.deepStrictEqual(back.key, KEY);
    assert.deepStrictEqual(back.notes, notes);
  });

  it('keeps each text once', () => {
    const twice = [notes[0], { ...notes[0], fileName: '2026-11-27.md' }];
    const record = encodePerson(KEY, twice);
    assert.strictEqual(new Set(record.strings).size, record.strings.length);
    assert.deepStrictEqual(record.strings, encodePerson(KEY, [notes[0]]).strings, 'a second note with the same questions and items adds no text');
  });

  it('is not used for another build, notes folder or format', () => {
    const record = JSON.parse(JSON.stringify(encodePerson(KEY, notes)));
    assert.strictEqual(decodePerson(record, { build: 'b2', notesUri: KEY.notesUri }), undefined);
    assert.strictEqual(decodePerson(record, { build: 'b1', notesUri: 'file:///other' }), undefined);
    assert.strictEqual(decodePerson({ ...record, format: 99 }, KEY), undefined);
  });

  it('is not used at all when any part is not as written', () => {
    const good = JSON.parse(JSON.stringify(encodePerson(KEY, notes)));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the record as parsed JSON, broken field by field
    const broken: [string, (r: any) => void][] = [
      ['a row cut short', r => r.notes[0].pop()],
      ['a question pointing past the strings', r => { r.notes[0][6][2] = 10_000; }],
      ['a question of an unknown kind', r => { r.notes[0][6][3] = 7; }],
      ['counts not numbers', r => { r.notes[1][5] = ['1', 0, 0, 0]; }],
      ['a task cut short', r => { r.notes[0][9].pop(); }],
      ['the mtime a string', r => { r.notes[0][1] = '1790000000123'; }],
      ['no person', r => { delete r.personId; }],
      ['strings not a list', r => { r.strings = 'x'; }],
    ];
    for (const [what, breakIt] of broken) {
      const r = JSON.parse(JSON.stringify(good));
      breakIt(r);
      assert.strictEqual(decodePerson(r, KEY), undefined, what);
    }
    for (const junk of [null, 3, 'x', [], {}]) assert.strictEqual(decodePerson(junk, KEY), undefined);
  });
});
