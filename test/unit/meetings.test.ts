// Which notes are meetings and which is the last 1:1 before today (src/core/meetings.ts): the one answer
// the People view, the prep panel and the insights view share. A binary file named like a note is never
// a meeting; a note dated today is this meeting, not the last one, and keeps the cadence. Each view is
// built from the same notes here and must give the same answer.
import * as assert from 'assert';
import { lintMarkdown } from '../../src/core/lint/engine';
import { buildItems } from '../../src/core/items/chains';
import { personOverview } from '../../src/core/insights/overview';
import { renderOverview, renderPrep } from '../../src/core/insights/render';
import { personMeetings, type MeetingNote } from '../../src/core/insights/series';
import { noteStats } from '../../src/core/insights/stats';
import { NOT_A_NOTE, MAX_NOTE_BYTES, meetingsOf, todayCadenceLine, whyNotANote, type NotANote } from '../../src/core/meetings';
import { buildPrepModel } from '../../src/core/prep';
import type { Person } from '../../src/core/roster';

const amara: Person = { id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false };
const jonas: Person = { id: 'jonas-becker', name: 'Jonas Becker', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14, archived: false };

/** PNG's first bytes: what the new user's 2026-11-28.md held. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const utf8 = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(b);

interface File { readonly fileName: string; readonly bytes: Uint8Array }
const text = (date: string, body = 'How did the release go? What got in the way?\n'): File => ({ fileName: `${date}.md`, bytes: utf8(`---\ndate: ${date}\n---\n# 1:1\n\n## Notes\n${body}`) });

/** What the insights and the prep get: every dated file with its numbers (a binary one unreadable). */
function meetingNotes(files: readonly File[]): MeetingNote[] {
  return files.map(f => {
    const t = decode(f.bytes);
    const notANote = whyNotANote(f.bytes);
    const stats = noteStats(t, lintMarkdown(t, { mode: 'coaching' }));
    return { date: f.fileName.slice(0, 10), sequence: 1, fileName: f.fileName, stats: notANote ? { ...stats, readable: false } : stats, ...(notANote ? { notANote } : {}) };
  });
}

/** What the People view gets: the listing, each file checked by its bytes (src/people/store.ts). */
function listed(files: readonly File[]): { date: string; sequence: number; fileName: string; notANote?: NotANote }[] {
  return files.map(f => {
    const notANote = whyNotANote(f.bytes);
    return { date: f.fileName.slice(0, 10), sequence: 1, fileName: f.fileName, ...(notANote ? { notANote } : {}) };
  });
}

function views(person: Person, files: readonly File[], today: string) {
  const notes = meetingNotes(files);
  const texts = files.filter(f => !whyNotANote(f.bytes)).map(f => ({ fileName: f.fileName, text: decode(f.bytes) }));
  const items = buildItems(texts, { person: { id: person.id, name: person.name } });
  const cadenceDays = person.cadenceDays ?? 14;
  const people = meetingsOf(listed(files), { today, cadenceDays, isNote: n => !n.notANote });
  const prep = buildPrepModel({ person, cadenceDays, today, notes, items });
  const overview = personOverview({ person, cadenceDays, notes, items, today });
  return { people, prep, overview, insights: personMeetings(notes, today, cadenceDays) };
}

describe('meetings: which files are notes', () => {
  it('PNG bytes, UTF-16, NULs and files over 5 MB are not notes; UTF-8 text is', () => {
    assert.strictEqual(whyNotANote(PNG), 'binary');
    assert.strictEqual(whyNotANote(new Uint8Array([0xff, 0xfe, 0x41, 0])), 'binary');
    assert.strictEqual(whyNotANote(utf8('# 1:1 with Zoë — “notes” ✓\n')), undefined);
    assert.strictEqual(whyNotANote(new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x41)), 'too large');
    assert.strictEqual(whyNotANote(new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x41), Number.POSITIVE_INFINITY), undefined, 'the linter has its own size rule');
    assert.strictEqual(NOT_A_NOTE.binary, 'binary file');
    assert.strictEqual(NOT_A_NOTE['too large'], 'larger than 5 MB');
  });
});

describe('meetings: a binary file named like a note', () => {
  // The new user's tree: notes on 4, 11 and 25 Nov, and PNG bytes in 2026-11-28.md; today is 30 Nov.
  const files = [text('2026-11-04'), text('2026-11-11'), text('2026-11-25'), { fileName: '2026-11-28.md', bytes: PNG }];
  const today = '2026-11-30';

  it('is never a meeting: the last 1:1 is 25 Nov in the People view, the prep and the insights alike', () => {
    const v = views(amara, files, today);
    assert.strictEqual(v.people.last?.fileName, '2026-11-25.md');
    assert.strictEqual(v.prep.last?.fileName, '2026-11-25.md');
    assert.strictEqual(v.overview.last?.date, '2026-11-25');
    assert.strictEqual(v.people.status.label, 'last 1:1 5 days ago', 'not "2 days ago"');
    assert.deepStrictEqual([v.prep.status.dueDate, v.overview.status.dueDate, v.people.status.dueDate], ['2026-12-02', '2026-12-02', '2026-12-02']);
  });

  it('is listed as skipped everywhere, and not counted among the meetings', () => {
    const v = views(amara, files, today);
    assert.deepStrictEqual(v.people.skipped.map(n => [n.fileName, n.notANote]), [['2026-11-28.md', 'binary']]);
    assert.deepStrictEqual(v.prep.skipped, ['2026-11-28.md (binary file)']);
    assert.strictEqual(v.overview.skipped, 1);
    assert.deepStrictEqual([v.people.held.length, v.prep.meetingCount, v.overview.meetings], [3, 3, 3]);
    assert.match(renderPrep(v.prep).value, /Not counted as meetings: 2026-11-28\.md \(binary file\)/);
  });

  it('on the day it is dated it is not today\'s 1:1 either', () => {
    const v = views(amara, files, '2026-11-28');
    assert.deepStrictEqual([v.people.todays.length, v.prep.todayNotes.length, v.overview.todays], [0, 0, 0]);
    assert.strictEqual(v.people.status.label, 'last 1:1 3 days ago');
  });
});

describe('meetings: a note dated today', () => {
  const today = '2026-11-30';

  it('is this meeting, not the last 1:1: the last is the one before today in every view', () => {
    const v = views(amara, [text('2026-11-11'), text('2026-11-30')], today);
    assert.strictEqual(v.people.last?.fileName, '2026-11-11.md');
    assert.strictEqual(v.prep.last?.fileName, '2026-11-11.md');
    assert.strictEqual(v.overview.last?.date, '2026-11-11');
    assert.deepStrictEqual([v.people.todays.map(n => n.fileName), v.prep.todayNotes, v.overview.todays], [['2026-11-30.md'], ['2026-11-30.md'], 1]);
  });

  it('keeps the cadence: "1:1 today", next due a cadence after it; before it, overdue', () => {
    const v = views(amara, [text('2026-11-11'), text('2026-11-30')], today);
    for (const status of [v.people.status, v.prep.status, v.overview.status]) {
      assert.deepStrictEqual([status.state, status.label, status.dueDate], ['ok', '1:1 today', '2026-12-07']);
    }
    assert.deepStrictEqual([v.people.before.state, v.people.before.overdueBy], ['overdue', 12]);
    assert.strictEqual(todayCadenceLine(v.people), 'Counted from today\'s 1:1 (before it, overdue by 12 days).');
    assert.strictEqual(v.prep.todayLine, todayCadenceLine(v.people));
  });

  it('without a note today, the cadence is the last 1:1\'s and there is no today line', () => {
    const v = views(amara, [text('2026-11-11')], today);
    assert.deepStrictEqual([v.people.status.state, v.people.status.overdueBy], ['overdue', 12]);
    assert.strictEqual(v.people.status, v.people.before);
    assert.strictEqual(todayCadenceLine(v.people), undefined);
    assert.strictEqual(v.prep.todayLine, undefined);
  });

  it('a first 1:1 today: no 1:1 before today, no "last 0 meetings", the insights row says so', () => {
    const v = views(jonas, [text('2026-11-30')], today);
    assert.strictEqual(v.people.last, undefined);
    assert.strictEqual(todayCadenceLine(v.people), 'Counted from today\'s 1:1, the first.');
    const prep = renderPrep(v.prep).value;
    assert.match(prep, /No 1:1 before today in these notes\./);
    assert.match(prep, /1:1 today \(this meeting, not the last one\)/);
    assert.doesNotMatch(prep, /last 0 meetings/);
    assert.doesNotMatch(prep, /No 1:1 yet/, 'today\'s 1:1 is held: the next is due a cadence after it');
    assert.match(prep, /<h2 id="trend">Questions and telling<\/h2>/);
    assert.match(prep, /No earlier meetings: today&#39;s 1:1 is the first\./);
    const row = renderOverview({ today, groups: [{ title: 'Direct reports', people: [{ overview: v.overview }] }] }).value;
    assert.match(row, /<span class="main">none before today<\/span>/);
    assert.match(row, /<span class="sub">1:1 today<\/span>/);
    assert.match(row, /next due 14 Dec/);
    assert.doesNotMatch(row, /<span class="main">today<\/span>/, 'today\'s note is not shown as the last 1:1');
  });

  it('the insights row shows the last 1:1 before today, then today\'s, then the next due date', () => {
    const v = views(amara, [text('2026-11-11'), text('2026-11-25'), text('2026-11-30')], today);
    const row = renderOverview({ today, groups: [{ title: 'Direct reports', people: [{ overview: v.overview }] }] }).value;
    assert.match(row, /<span class="main">5 days ago<\/span><\/span><span class="sub">25 Nov 2026<\/span><span class="sub">1:1 today<\/span><span class="sub state-ok">next due 7 Dec<\/span>/);
    assert.match(row, /title="Last 1:1: the last note dated before today\./);
  });

  it('a note dated later is not a meeting yet', () => {
    const v = views(amara, [text('2026-11-25'), text('2026-12-03')], today);
    assert.strictEqual(v.people.last?.fileName, '2026-11-25.md');
    assert.deepStrictEqual(v.people.held.map(n => n.fileName), ['2026-11-25.md']);
    assert.deepStrictEqual([v.people.status.state, v.prep.status.state, v.overview.status.state], ['due-soon', 'due-soon', 'due-soon']);
  });
});
