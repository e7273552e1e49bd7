import * as assert from 'assert';
import { openItems, tasksOf } from '../../src/core/carryover';
import { agendaOf } from '../../src/core/items/agenda';
import { carryOver, DEFAULT_CARRY_LIMIT, leftBehindLine } from '../../src/core/items/carry';
import { buildItems, type ItemNote } from '../../src/core/items/chains';

function noteWith(fileName: string, tasks: readonly string[]): ItemNote {
  return { fileName, text: `# 1:1\n\n## Action items\n\n${tasks.join('\n')}\n` };
}

describe('items: carry-over with a limit', () => {
  it('carries every open item when there are few, linked to the note that holds each', () => {
    const older = noteWith('2026-01-05.md', ['- [ ] Aiko: old item', '- [x] done item']);
    const newer = noteWith('2026-01-19.md', ['- [ ] Me: new item', '  - [ ] nested under it']);
    const result = carryOver(buildItems([older, newer]));
    assert.strictEqual(result.left, 0);
    assert.strictEqual(result.leftLine, undefined);
    assert.deepStrictEqual(result.lines, [
      '- [ ] Aiko: old item — [2026-01-05, line 5](2026-01-05.md#L5)',
      '- [ ] Me: new item — [2026-01-19, line 5](2026-01-19.md#L5)',
      '  - [ ] nested under it — [2026-01-19, line 6](2026-01-19.md#L6)',
    ]);
    // The lines are tasks whose links the next carry-over and the chains read again.
    assert.deepStrictEqual(tasksOf(result.lines.join('\n')).map(t => [t.text, t.carriedFrom?.fileName, t.carriedFrom?.line]), [
      ['Aiko: old item', '2026-01-05.md', 4],
      ['Me: new item', '2026-01-19.md', 4],
      ['nested under it', '2026-01-19.md', 5],
    ]);
  });

  it('caps a huge list at the newest items and says how many stay behind', () => {
    const huge = noteWith('2026-01-05.md', Array.from({ length: 2916 }, (_, i) => `- [ ] item ${i + 1}`));
    const fresh = noteWith('2026-01-19.md', ['- [ ] Me: fresh item']);
    const result = carryOver(buildItems([huge, fresh]));
    assert.strictEqual(DEFAULT_CARRY_LIMIT, 30);
    assert.strictEqual(result.carried.length, 30);
    assert.strictEqual(result.left, 2887);
    // The newest item (written last) is carried; the rest are the first of the old note, in its order.
    assert.deepStrictEqual(result.carried.map(i => i.text).slice(0, 3), ['item 1', 'item 2', 'item 3']);
    assert.strictEqual(result.carried[29]?.text, 'Me: fresh item');
    assert.strictEqual(result.leftLine, '_2,887 more open items stay in older notes: see **Open items** in the Learning Leader sidebar._');
    assert.deepStrictEqual(result.lines.slice(-2), ['', result.leftLine]);
    assert.strictEqual(result.lines.length, 32);
    assert.strictEqual(carryOver(buildItems([huge]), { limit: 5 }).lines.length, 7);
    assert.strictEqual(leftBehindLine(1), '_1 more open item stays in older notes: see **Open items** in the Learning Leader sidebar._');
  });

  it('carries nothing with a limit of 0 and still counts what stays', () => {
    const result = carryOver(buildItems([noteWith('2026-01-05.md', ['- [ ] a', '- [ ] b'])]), { limit: 0 });
    assert.deepStrictEqual(result.lines, ['', leftBehindLine(2)]);
  });

  it('keeps private items in a private block, so the agenda leaves them out', () => {
    const note: ItemNote = { fileName: '2026-01-05.md', text: '- [ ] Aiko: public item\n\n## Private\n\n- [ ] check the band with HR\n' };
    const result = carryOver(buildItems([note]));
    assert.deepStrictEqual(result.lines, [
      '- [ ] Aiko: public item — [2026-01-05, line 1](2026-01-05.md#L1)',
      '<!-- private -->',
      '- [ ] check the band with HR — [2026-01-05, line 5](2026-01-05.md#L5)',
      '<!-- /private -->',
    ]);
    const upcoming = `# 1:1\n\n## Carried over\n\n${result.lines.join('\n')}\n\n## Their agenda\n\n- roadmap\n`;
    const agenda = agendaOf(upcoming);
    assert.ok(!agenda.markdown.includes('band'));
    assert.ok(agenda.markdown.includes('- [ ] Aiko: public item\n'));
    // Both carried items still read as open items of the new note.
    assert.strictEqual(openItems(upcoming).length, 2);
  });

  it('carries the items of several older notes, the newest first when capped, each from the newest note holding it', () => {
    const a = noteWith('2026-01-05.md', ['- [ ] from a']);
    const b: ItemNote = { fileName: '2026-01-19.md', text: '- [ ] from a — [2026-01-05, line 5](2026-01-05.md#L5)\n- [ ] from b\n' };
    const c = noteWith('2026-02-02.md', ['- [ ] from c']);
    const result = carryOver(buildItems([a, b, c]), { limit: 2 });
    assert.deepStrictEqual(result.lines, [
      '- [ ] from b — [2026-01-19, line 2](2026-01-19.md#L2)',
      '- [ ] from c — [2026-02-02, line 5](2026-02-02.md#L5)',
      '',
      leftBehindLine(1),
    ]);
  });
});
