// A person's meetings over time (last meeting before today, the last N meetings, cadence kept), note
// dates, the binary check, and the per-note cache.
import * as assert from 'assert';
import { lintMarkdown } from '../../src/core/lint/engine';
import { addDays } from '../../src/core/dates';
import { isReadableText, looksLikeText, whyNotText } from '../../src/core/insights/bytes';
import { InsightsCache, textHash } from '../../src/core/insights/cache';
import {
  cadenceKept, lastMeetingBefore, meetingSeries, monthsBefore, noteDate, personInsights, type MeetingNote,
} from '../../src/core/insights/series';
import { EMPTY_STATS, noteStats, type NoteStats } from '../../src/core/insights/stats';

const counts = (open: number, closed: number, leading = 0, told = 0): NoteStats => ({ ...EMPTY_STATS, counts: { open, closed, leading, told } });
const note = (date: string, stats: NoteStats = counts(1, 1), sequence = 1): MeetingNote => ({ date, sequence, fileName: `${date}${sequence > 1 ? `-${sequence}` : ''}.md`, stats });
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('insights: note dates', () => {
  it('takes the file name date when there is one, as the People view does', () => {
    assert.strictEqual(noteDate('---\ndate: 2026-01-01\n---\n', 'one-on-ones/ada/2026-11-20.md'), '2026-11-20');
    assert.strictEqual(noteDate('', '2026-11-20-2.md'), '2026-11-20');
  });

  it('falls back to the front matter date, and is undefined for neither or an impossible date', () => {
    assert.strictEqual(noteDate('---\ndate: 2026-02-28\n---\n', 'notes/ada.md'), '2026-02-28');
    assert.strictEqual(noteDate('---\ndate: "2026-02-28"\n---\n'), '2026-02-28');
    assert.strictEqual(noteDate('---\ndate: 2026-02-30\n---\n', 'draft.md'), undefined);
    assert.strictEqual(noteDate('no front matter', '2026-13-01.md'), undefined);
  });
});

describe('insights: the last meeting and the series', () => {
  const notes = [note('2026-11-06'), note('2026-11-13'), note('2026-11-20'), note('2026-11-13', counts(3, 0), 2), note('2026-12-01')];

  it('the last meeting before today: a note dated today is this meeting, not the last one', () => {
    assert.strictEqual(lastMeetingBefore(notes, '2026-11-20')?.fileName, '2026-11-13-2.md');
    assert.strictEqual(lastMeetingBefore(notes, '2026-11-21')?.fileName, '2026-11-20.md');
    assert.strictEqual(lastMeetingBefore(notes, '2026-11-06'), undefined);
  });

  it('an unreadable file is never a meeting', () => {
    const binary = note('2026-11-19', { ...EMPTY_STATS, readable: false });
    assert.strictEqual(lastMeetingBefore([...notes, binary], '2026-11-20')?.fileName, '2026-11-13-2.md');
    assert.strictEqual(personInsights([binary], { today: '2026-11-20', cadenceDays: 7 }).meetings.last, undefined);
  });

  it('the last N meetings, oldest first, before today or through today, never after', () => {
    assert.deepStrictEqual(meetingSeries(notes, '2026-11-20', { count: 2 }).map(p => p.fileName), ['2026-11-13.md', '2026-11-13-2.md']);
    assert.deepStrictEqual(meetingSeries(notes, '2026-11-20', { count: 2, includeToday: true }).map(p => p.fileName), ['2026-11-13-2.md', '2026-11-20.md']);
    const [p] = meetingSeries(notes, '2026-11-20', { count: 1 });
    assert.deepStrictEqual({ asked: p.asked, openShare: p.openShare }, { asked: 3, openShare: 1 });
  });

  it('open share is undefined, not 0 or NaN, for a meeting with no question asked', () => {
    const [p] = meetingSeries([note('2026-11-01', counts(0, 0, 0, 4))], '2026-11-20');
    assert.strictEqual(p.openShare, undefined);
    assert.strictEqual(p.counts.told, 4);
  });

  it('personInsights: totals over the series pool the questions', () => {
    const pi = personInsights(notes, { today: '2026-11-20', cadenceDays: 7, count: 8 });
    assert.deepStrictEqual(pi.series.map(p => p.date), ['2026-11-06', '2026-11-13', '2026-11-13']);
    assert.deepStrictEqual({ open: pi.totals.open, closed: pi.totals.closed, share: pi.totals.openShare }, { open: 5, closed: 2, share: 5 / 7 });
    assert.deepStrictEqual(pi.meetings.todays.map(n => n.fileName), ['2026-11-20.md']);
    assert.strictEqual(pi.meetings.status.dueDate, '2026-11-27');
  });
});

describe('insights: cadence kept over six months', () => {
  const today = '2026-11-20';

  it('weekly meetings held every week for a year: all on time', () => {
    const dates = Array.from({ length: 52 }, (_, k) => addDays(today, -7 * k));
    const c = cadenceKept(dates, 7, today);
    assert.strictEqual(c.from, '2026-05-20');
    assert.strictEqual(c.expected, 26);
    assert.strictEqual(c.onTime, 27);
    assert.strictEqual(c.share, 1);
  });

  it('meetings every 10 days on a 7-day cadence are held but late', () => {
    const dates = Array.from({ length: 40 }, (_, k) => addDays(today, -10 * k));
    const c = cadenceKept(dates, 7, today);
    assert.strictEqual(c.held, 19);
    assert.strictEqual(c.onTime, 0);
    assert.strictEqual(c.share, 0);
  });

  it('a person first met a month ago is expected from that meeting on, which counts as on time', () => {
    const c = cadenceKept(['2026-10-21', '2026-11-04'], 14, today);
    assert.deepStrictEqual({ from: c.from, expected: c.expected, held: c.held, onTime: c.onTime }, { from: '2026-10-21', expected: 3, held: 2, onTime: 2 });
    assert.strictEqual(c.share, 2 / 3);
  });

  it('two notes on one day are one meeting; future dates and nothing at all count nothing', () => {
    assert.strictEqual(cadenceKept(['2026-11-13', '2026-11-13', '2026-11-20'], 7, today).held, 2);
    assert.strictEqual(cadenceKept(['2026-12-01'], 7, today).share, undefined);
    assert.strictEqual(cadenceKept([], 7, today).expected, 0);
  });

  it('six calendar months back, clamped to the end of a shorter month', () => {
    assert.strictEqual(monthsBefore('2026-08-31', 6), '2026-02-28');
    assert.strictEqual(monthsBefore('2028-08-31', 6), '2028-02-29');
    assert.strictEqual(monthsBefore('2026-03-15', 6), '2025-09-15');
  });
});

describe('insights: is it a text note?', () => {
  it('text, with a BOM, accents, emoji and CRLF, is text', () => {
    assert.strictEqual(whyNotText(utf8('\ufeff---\r\ndate: 2026-11-20\r\n---\r\nZoë asked: ça va? 🙂\r\n')), undefined);
    assert.ok(looksLikeText(new Uint8Array()));
  });

  it('a PNG header, a NUL anywhere, UTF-16 and Latin-1 bytes in bulk are not', () => {
    assert.strictEqual(whyNotText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'nul');
    const late = new Uint8Array(100_000).fill(0x61);
    late[90_000] = 0;
    assert.strictEqual(whyNotText(late), 'nul');
    assert.strictEqual(whyNotText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), 'utf-16');
    const latin1 = new Uint8Array(Array.from({ length: 200 }, (_, k) => (k % 3 ? 0x61 : 0xe9)));
    assert.strictEqual(whyNotText(latin1), 'invalid-utf-8');
    const control = new Uint8Array(Array.from({ length: 200 }, (_, k) => (k % 5 ? 0x61 : 0x01)));
    assert.strictEqual(whyNotText(control), 'control');
  });

  it('a multi-byte character cut at the 64 KB sample edge is not an error', () => {
    const text = utf8('a'.repeat(65_535) + 'é' + 'b'.repeat(10));
    assert.strictEqual(whyNotText(text), undefined);
  });

  it('decoded text: NUL or many replacement characters is unreadable; a stray one is fine', () => {
    assert.strictEqual(isReadableText('How did it go? \ufffd'), true);
    assert.strictEqual(isReadableText('ab\u0000cd'), false);
    assert.strictEqual(isReadableText('\ufffd\ufffdPNG\ufffd\ufffd\ufffd'), false);
  });
});

describe('insights: the per-note cache', () => {
  it('recomputes a note only when its text or its lint variant changes', () => {
    let lints = 0;
    const cache = new InsightsCache(text => { lints++; return lintMarkdown(text); });
    const a = 'How did the demo go?\n';
    const s1 = cache.stats('a.md', a);
    assert.strictEqual(cache.stats('a.md', a), s1);
    assert.strictEqual(lints, 1);
    const s2 = cache.stats('a.md', `${a}Any blockers?\n`);
    assert.deepStrictEqual(s2.counts, { open: 1, closed: 1, leading: 0, told: 0 });
    cache.stats('a.md', `${a}Any blockers?\n`, 'mode=peer-learning');
    assert.strictEqual(lints, 3);
    assert.deepStrictEqual(cache.stats('b.md', a), noteStats(a, lintMarkdown(a)));
    assert.strictEqual(cache.size, 2);
  });

  it('keeps a hash of each text, not the text: one changed character changes it', () => {
    const base = 'How did the demo go?\n'.repeat(100);
    const seen = new Set([textHash(base)]);
    for (let k = 0; k < base.length; k += 7) seen.add(textHash(base.slice(0, k) + 'x' + base.slice(k + 1)));
    assert.strictEqual(seen.size, 1 + Math.ceil(base.length / 7));
    assert.strictEqual(textHash(base), textHash(base.slice()));
    assert.ok(Number.isSafeInteger(textHash(base)));
  });
});
