import * as assert from 'assert';
import { byUrgency, cadenceStatus, dueLine } from '../../src/core/cadence';
import { addDays, daysBetween, humanDate, localIsoDate } from '../../src/core/dates';
import type { Clock } from '../../src/people/clock';

/** A clock pinned to a local wall-clock time. */
const clockAt = (y: number, m: number, d: number, h = 12): Clock => ({ now: () => new Date(y, m - 1, d, h, 0, 0) });

describe('people: cadence', () => {
  it('takes today from the injected clock, as a local calendar date', () => {
    assert.strictEqual(localIsoDate(clockAt(2026, 3, 2, 0).now()), '2026-03-02');
    assert.strictEqual(localIsoDate(clockAt(2026, 3, 2, 23).now()), '2026-03-02');
  });

  it('counts calendar days, across months, leap days and DST changes', () => {
    assert.strictEqual(daysBetween('2026-02-27', '2026-03-02'), 3);
    assert.strictEqual(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.strictEqual(daysBetween('2026-03-28', '2026-03-30'), 2); // EU DST starts on the 29th
    assert.strictEqual(daysBetween('2026-10-31', '2026-11-02'), 2); // US DST ends on 1 Nov
    assert.strictEqual(addDays('2026-12-30', 3), '2027-01-02');
    assert.strictEqual(humanDate('2026-03-02'), 'Monday 2 Mar 2026');
  });

  it('says when the last 1:1 was, and when one is overdue', () => {
    const today = localIsoDate(clockAt(2026, 3, 20).now());
    assert.deepStrictEqual(
      [cadenceStatus('2026-03-14', 14, today).label, cadenceStatus('2026-03-14', 14, today).state],
      ['last 1:1 6 days ago', 'ok'],
    );
    const overdue = cadenceStatus('2026-03-03', 14, today);
    assert.strictEqual(overdue.label, 'overdue by 3 days');
    assert.strictEqual(overdue.state, 'overdue');
    assert.strictEqual(overdue.dueDate, '2026-03-17');
    assert.strictEqual(cadenceStatus('2026-03-19', 14, today).label, 'last 1:1 yesterday');
    assert.strictEqual(cadenceStatus('2026-03-20', 7, today).label, '1:1 today', 'a note dated today is this meeting, not the last 1:1');
    assert.strictEqual(cadenceStatus('2026-03-06', 14, today).state, 'due-today');
    assert.strictEqual(cadenceStatus('2026-03-07', 14, today).state, 'due-soon');
    assert.strictEqual(cadenceStatus('2026-03-19', 1, today).label, 'due today · last 1:1 yesterday');
    assert.strictEqual(cadenceStatus('2026-03-02', 1, today).label, 'overdue by 17 days');
    assert.strictEqual(cadenceStatus(undefined, 14, today).state, 'never');
    assert.strictEqual(cadenceStatus('2026-03-25', 14, today).state, 'future');
    assert.match(dueLine(overdue, today), /2026-03-17 \(3 days ago\)/);
    assert.match(dueLine(cadenceStatus('2026-03-14', 14, today), today), /2026-03-28 \(in 8 days\)/);
  });

  it('moves with the clock', () => {
    const last = '2026-03-14';
    const labels = [20, 28, 29, 31].map(d => cadenceStatus(last, 14, localIsoDate(clockAt(2026, 3, d).now())).label);
    assert.deepStrictEqual(labels, ['last 1:1 6 days ago', 'due today · last 1:1 14 days ago', 'overdue by 1 day', 'overdue by 3 days']);
  });

  it('sorts never-met first, then most overdue', () => {
    const today = '2026-03-20';
    const people = [
      { name: 'fine', s: cadenceStatus('2026-03-18', 14, today) },
      { name: 'late', s: cadenceStatus('2026-03-01', 7, today) },
      { name: 'new', s: cadenceStatus(undefined, 14, today) },
      { name: 'bit late', s: cadenceStatus('2026-03-05', 14, today) },
    ];
    assert.deepStrictEqual(byUrgency(people, p => p.s).map(p => p.name), ['new', 'late', 'bit late', 'fine']);
  });
});
