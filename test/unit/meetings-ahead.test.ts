// A note dated after today is a prepared next meeting (src/core/meetings.ts isAhead): not a meeting held,
// not a source of carried items, and nothing in it has an age yet. The People view, Open items, Start
// 1:1's carry-over, the prep, the insights and the CLI all ask the same rule.
import * as assert from 'assert';
import { lintMarkdown } from '../../src/core/lint/engine';
import { tasksOf } from '../../src/core/carryover';
import { carryOver } from '../../src/core/items/carry';
import { buildItems, type ItemNote } from '../../src/core/items/chains';
import { ageInDays, isOld, lastSeenBy, preparedFor } from '../../src/core/items/query';
import { openItemsSummary } from '../../src/core/insights/overview';
import { renderPrep } from '../../src/core/insights/render';
import { noteStats } from '../../src/core/insights/stats';
import { isAhead, meetingsOf } from '../../src/core/meetings';
import { buildPrepModel } from '../../src/core/prep';
import { describeItem } from '../../src/cli/items';
import type { Person } from '../../src/core/roster';

const leila: Person = { id: 'leila-haddad', name: 'Leila Haddad', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14, archived: false };
const note = (fileName: string, lines: readonly string[]): ItemNote => ({ fileName, text: `# 1:1\n\n## Action items\n${lines.join('\n')}\n` });

// Leila's folder on Tuesday 1 Dec 2026: a 1:1 on 17 Nov, and the next one already prepared for 15 Dec,
// with one item written for it and one copied into it by hand from 17 Nov.
const today = '2026-12-01';
const notes = [
  note('2026-11-17.md', ['- [ ] Leila: pick a facilitator for the retro', '- [ ] Me: find the offsite budget']),
  note('2026-12-15.md', ['- [ ] Leila: bring two options for the on-call rota', '- [ ] Me: find the offsite budget']),
];
const items = buildItems(notes, { person: { id: leila.id, name: leila.name } });
const byText = (text: string) => items.find(i => i.text.startsWith(text))!;

describe('meetings: a note dated after today is a prepared next meeting', () => {
  it('isAhead: after today only; today, earlier and undated are not', () => {
    assert.deepStrictEqual([isAhead('2026-12-02', today), isAhead(today, today), isAhead('2026-11-30', today), isAhead(undefined, today)], [true, false, false, false]);
  });

  it('is listed as ahead, never held nor the last 1:1', () => {
    const m = meetingsOf([{ date: '2026-11-17', fileName: '2026-11-17.md' }, { date: '2026-12-15', fileName: '2026-12-15.md' }], { today, cadenceDays: 14, isNote: () => true });
    assert.deepStrictEqual(m.ahead.map(n => n.fileName), ['2026-12-15.md']);
    assert.deepStrictEqual(m.held.map(n => n.fileName), ['2026-11-17.md']);
    assert.strictEqual(m.last?.fileName, '2026-11-17.md');
  });

  it('an item written only there has no age, never a negative one, and is not old', () => {
    const rota = byText('Leila: bring two options');
    assert.strictEqual(ageInDays(rota, today), undefined);
    assert.strictEqual(preparedFor(rota, today), '2026-12-15');
    assert.strictEqual(isOld(rota, '2027-03-01'), true, 'on its day and after, it ages as any item');
    assert.strictEqual(ageInDays(rota, '2026-12-15'), 0);
    assert.strictEqual(preparedFor(rota, '2026-12-15'), undefined);
    const budget = byText('Me: find the offsite budget');
    assert.strictEqual(ageInDays(budget, today), 14, 'an older item copied into it keeps its age');
    assert.strictEqual(preparedFor(budget, today), undefined);
    assert.deepStrictEqual(lastSeenBy(budget, today), { file: '2026-11-17.md', line: 5, date: '2026-11-17' });
    assert.strictEqual(lastSeenBy(rota, today), undefined);
  });

  it('Start 1:1 carries nothing from it: an older item is linked to its newest note up to today', () => {
    const result = carryOver(items, { today });
    assert.deepStrictEqual(result.lines, [
      '- [ ] Leila: pick a facilitator for the retro — [2026-11-17, line 4](2026-11-17.md#L4)',
      '- [ ] Me: find the offsite budget — [2026-11-17, line 5](2026-11-17.md#L5)',
    ]);
    assert.strictEqual(result.left, 0, 'the prepared item is not "left in older notes" either');
    assert.ok(tasksOf(result.lines.join('\n')).every(t => t.carriedFrom?.fileName === '2026-11-17.md'));
    // Without a day, every open item as before (the note being written is the newest).
    assert.strictEqual(carryOver(items).carried.length, 3);
  });

  it('on the day of the prepared note, its items are carried like any', () => {
    assert.strictEqual(carryOver(items, { today: '2026-12-15' }).carried.length, 3);
  });

  it('the prep, the insights summary and the CLI say "for the 1:1 on …", with no negative age', () => {
    const meetingNotes = notes.map(n => ({ date: n.fileName.slice(0, 10), sequence: 1, fileName: n.fileName, stats: noteStats(n.text!, lintMarkdown(n.text!, { mode: 'coaching' })) }));
    const prep = buildPrepModel({ person: leila, cadenceDays: 14, today, notes: meetingNotes, items });
    const rota = prep.openItems.find(i => i.text.startsWith('Leila: bring'))!;
    assert.deepStrictEqual([rota.ageDays, rota.preparedFor], [undefined, '2026-12-15']);
    assert.match(renderPrep(prep).value, /written for the 1:1 on 15 Dec/);
    assert.doesNotMatch(renderPrep(prep).value, /-\d+ days/);
    assert.strictEqual(openItemsSummary(items, today).oldestDays, 14);
    assert.strictEqual(openItemsSummary([byText('Leila: bring')], today).oldestDays, undefined);
    assert.strictEqual(describeItem(byText('Leila: bring'), today), 'theirs, for the 1:1 on 2026-12-15');
    assert.strictEqual(describeItem(byText('Me: find'), today), 'mine, 14 days old');
  });
});
