// Core-level timing for a large roster: printed, never asserted (machines differ).
import * as assert from 'assert';
import { byUrgency, cadenceStatus } from '../../src/core/cadence';
import { addDays } from '../../src/core/dates';
import { datedNotes } from '../../src/core/notes';
import { parseRoster } from '../../src/core/roster';
import { applyRosterChange } from '../../src/core/roster-change';

describe('people: scale (timings printed)', () => {
  it('200 people and 10,000 notes', () => {
    const roster = JSON.stringify({
      people: Array.from({ length: 200 }, (_, i) => ({ id: `person-${i}`, name: `Person ${i}`, relationship: i % 3 ? 'direct-report' : 'peer', cadenceDays: 7 + (i % 21), archived: i % 50 === 49, team: 'T' })),
    }, null, 2);
    const listings = Array.from({ length: 200 }, (_, i) => Array.from({ length: 50 }, (_, n) => `${addDays('2024-01-01', n * 14 + (i % 14))}.md`).concat(['README.md']));
    const t = (fn: () => void) => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    };
    let parsed = parseRoster('{}');
    const parseMs = t(() => { parsed = parseRoster(roster); });
    let sorted: ReturnType<typeof datedNotes>[] = [];
    const listMs = t(() => { sorted = listings.map(names => datedNotes(names)); });
    let order: string[] = [];
    const statusMs = t(() => {
      const statuses = parsed.people.map((p, i) => ({ p, s: cadenceStatus(sorted[i]?.[0]?.date, p.cadenceDays ?? 14, '2026-03-20') }));
      order = byUrgency(statuses, x => x.s).map(x => x.p.id);
    });
    const addMs = t(() => { assert.ok(applyRosterChange(roster, { kind: 'add', person: { name: 'New Person', relationship: 'peer' } }).ok); });
    console.log(`      parse 200-person roster ${parseMs.toFixed(1)} ms; sort 10,000 note names ${listMs.toFixed(1)} ms; 200 cadence statuses + urgency sort ${statusMs.toFixed(1)} ms; add a person to it ${addMs.toFixed(1)} ms`);
    assert.strictEqual(parsed.people.length, 200);
    assert.strictEqual(order.length, 200);
  });
});
