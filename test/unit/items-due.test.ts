import * as assert from 'assert';
import { dueDateOf, weekday } from '../../src/core/items/due';

/** Wednesday 4 March 2026. */
const WED = '2026-03-04';

function due(text: string, noteDate: string | null = WED): string | undefined {
  return dueDateOf(text, noteDate ?? undefined)?.date;
}

describe('items: due dates', () => {
  it('knows the weekdays of the dates used here', () => {
    assert.strictEqual(weekday('2026-03-04'), 3);
    assert.strictEqual(weekday('2026-03-06'), 5);
    assert.strictEqual(weekday('2026-12-30'), 3);
    assert.strictEqual(weekday('1970-01-01'), 4);
  });

  it('reads an ISO date anywhere, with or without "by"', () => {
    assert.strictEqual(due('send the deck by 2026-03-24'), '2026-03-24');
    assert.strictEqual(due('due 2026-04-01: load test report'), '2026-04-01');
    assert.strictEqual(due('load test report 2026-04-01', null), '2026-04-01');
    assert.strictEqual(due('bad date 2026-02-30'), undefined);
  });

  it('reads weekdays against the note date: the next one after it', () => {
    assert.strictEqual(due('send it by Friday'), '2026-03-06');
    assert.strictEqual(due('by Fri'), '2026-03-06');
    assert.strictEqual(due('by Mon'), '2026-03-09');
    assert.strictEqual(due('send Olga the cost/benefit by Weds'), '2026-03-11', 'the same weekday means a week later');
    assert.strictEqual(due('review on Thursday'), '2026-03-05');
    assert.strictEqual(due('payout-sync page counts, Mon'), '2026-03-09');
    // Friday note, "by Friday": the next Friday.
    assert.strictEqual(due('by Friday', '2026-03-06'), '2026-03-13');
  });

  it('reads "next Tuesday" as the Tuesday of the following week', () => {
    assert.strictEqual(due('next Tuesday'), '2026-03-10');
    assert.strictEqual(due('next Tuesday', '2026-03-02'), '2026-03-10', 'from a Monday: not tomorrow');
    assert.strictEqual(due('by next Tue', '2026-03-07'), '2026-03-10', 'from a Saturday');
  });

  it('reads end of week, EOD, tomorrow, end of month, next week, in N days', () => {
    assert.strictEqual(due('by end of week'), '2026-03-06');
    assert.strictEqual(due('by the end of the week'), '2026-03-06');
    assert.strictEqual(due('EOW'), '2026-03-06');
    assert.strictEqual(due('by end of week', '2026-03-07'), '2026-03-13', 'on a Saturday the week has ended');
    assert.strictEqual(due('by EOD'), WED);
    assert.strictEqual(due('by end of day'), WED);
    assert.strictEqual(due('send it today'), WED);
    assert.strictEqual(due('share what we discussed today with the team'), undefined);
    assert.strictEqual(due('tomorrow'), '2026-03-05');
    assert.strictEqual(due("prep for tomorrow's demo"), undefined);
    assert.strictEqual(due('by end of month'), '2026-03-31');
    assert.strictEqual(due('check with her next week'), '2026-03-13');
    assert.strictEqual(due('within 2 weeks'), '2026-03-18');
    assert.strictEqual(due('in 3 days'), '2026-03-07');
  });

  it('reads day and month in either order, in the note year or the next', () => {
    assert.strictEqual(due('by 3 April'), '2026-04-03');
    assert.strictEqual(due('by 24 Mar'), '2026-03-24');
    assert.strictEqual(due('by April 3rd'), '2026-04-03');
    assert.strictEqual(due('Fatima: incident review, Thu 19 Mar (with Driss)', '2026-03-18'), '2026-03-19');
    assert.strictEqual(due("Include Noor on the kickoff invite (Olga's, Mar 24)", '2026-03-16'), '2026-03-24');
    assert.strictEqual(due('by 24 Mar 2027'), '2027-03-24');
    assert.strictEqual(due('by 31 Feb'), undefined);
  });

  it('crosses month and year ends', () => {
    const dec30 = '2026-12-30'; // a Wednesday
    assert.strictEqual(due('by Friday', dec30), '2027-01-01');
    assert.strictEqual(due('by Mon', dec30), '2027-01-04');
    assert.strictEqual(due('by 5 Jan', dec30), '2027-01-05');
    assert.strictEqual(due('next Tuesday', dec30), '2027-01-05');
    assert.strictEqual(due('by end of week', dec30), '2027-01-01');
    assert.strictEqual(due('by end of month', dec30), '2026-12-31');
    assert.strictEqual(due('tomorrow', '2026-12-31'), '2027-01-01');
    assert.strictEqual(due('by end of month', '2028-02-10'), '2028-02-29', 'leap year');
    assert.strictEqual(due('by Friday', '2026-01-29'), '2026-01-30');
    assert.strictEqual(due('by Mon', '2026-01-30'), '2026-02-02');
    // A weekday written with the date picks the year it fits: Thu 7 Jan is 2027, not 2026.
    assert.strictEqual(due('Thu 7 Jan', '2026-01-10'), '2027-01-07');
    // A date a few days before the note is this year's (written late, already overdue).
    assert.strictEqual(due('by 1 Mar'), '2026-03-01');
  });

  it('finds no date where there is none, and none before "since", "starting", "last"', () => {
    for (const text of ['answer by next sync', 'cut Q2 to three bets', 'present the retry numbers at Thursday\'s review', 'on-call: shadow week starting 30 Mar',
      'since Monday the pager is quiet', 'we may 3x the load', 'have 2 of them', 'review at 3', 'read `2026-03-01` in the log', 'see [notes](2026-03-02.md)']) {
      assert.strictEqual(due(text), undefined, text);
    }
  });

  it('needs the note date for relative forms', () => {
    assert.strictEqual(due('by Friday', null), undefined);
    assert.strictEqual(due('by 3 April', null), undefined);
    assert.strictEqual(due('by 3 April 2026', null), '2026-04-03');
  });

  it('prefers an explicit deadline to a date mentioned in passing, and says what it read', () => {
    assert.deepStrictEqual(dueDateOf('prepare the 24 Mar offsite by Friday', WED), { date: '2026-03-06', text: 'by Friday' });
    assert.deepStrictEqual(dueDateOf('Sam — page counts, Mon', WED), { date: '2026-03-09', text: 'Mon' });
  });
});
