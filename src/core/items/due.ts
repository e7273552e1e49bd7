// Due dates written into action items, read against the date of the note they were written in:
// an ISO date, "by Friday", "by Mon", "by end of week", "by EOD", "next Tuesday", "by 3 April",
// "by 24 Mar", "Thu 19 Mar", "tomorrow", "end of month", "next week", "in 3 days".
//
// A small parser rather than chrono-node (docs/items-draft.md has the measurements): chrono fits
// the bundle budget (48 KB minified) but misses "by end of week", "EOD", "EOW" and "Weds", reads
// "at Thursday's review" and "review at 3" as dates, and works in Date objects and the host's time
// zone, where every date here is a calendar date.
import { addDays, dayNumber, parseIsoDate, type IsoDate } from '../dates';

export interface DueDate {
  /** The calendar date the item is due. */
  readonly date: IsoDate;
  /** The words it was read from, as written ("by Friday", "2026-03-24"). */
  readonly text: string;
}

const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tues', 'tue'],
  ['wednesday', 'weds', 'wed'],
  ['thursday', 'thurs', 'thur', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];
const WEEKDAY_OF = new Map<string, number>(WEEKDAY_NAMES.flatMap((names, day) => names.map(n => [n, day] as const)));
const MONTH_OF = new Map<string, number>(MONTH_NAMES.flatMap((names, month) => names.map(n => [n, month + 1] as const)));

const WD = `(${WEEKDAY_NAMES.flat().join('|')})\\.?`;
const MON = `(${MONTH_NAMES.flat().join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
/** "3 April", "24 Mar 2026", "3rd of April", "Thu 19 Mar": groups weekday, day, month, year. */
const DAY_MONTH = `(?:${WD},?\\s+)?${DAY}(?:\\s+of)?\\s+${MON}${YEAR}`;
/** "April 3", "Mar 24, 2026", "Thursday, March 19": groups weekday, month, day, year. */
const MONTH_DAY = `(?:${WD},?\\s+)?${MON}\\s+${DAY}${YEAR}`;
const ISO = '(\\d{4}-\\d{2}-\\d{2})';
// ASCII word edges and no Unicode flag: the patterns are English, and this way they run several
// times faster on the thousands of items a view reads.
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';
/** Words that make a due date explicit. */
const BY = '(?:by|before|until|till|due(?:\\s+(?:on|by))?|deadline:?|on)\\s+';
/** Words before a date that say it is not a due date ("since Monday", "starting 30 Mar"). */
const NOT_DUE = /(?:since|from|starting|started|starts|after|last|was|were|ago|back on|on the)\s+$/i;

interface Form {
  readonly re: RegExp;
  /** True when the form needs no "by" and is checked against NOT_DUE. */
  readonly bare: boolean;
  readonly resolve: (m: RegExpExecArray, noteDate: IsoDate | undefined) => IsoDate | undefined;
}

const re = (source: string) => new RegExp(source, 'i');

/** The day of the week of a date, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The next date after `from` (never `from` itself) that falls on `day` (0 = Sunday). */
function nextWeekday(from: IsoDate, day: number): IsoDate {
  const diff = (day - weekday(from) + 7) % 7;
  return addDays(from, diff === 0 ? 7 : diff);
}

/** `day` in the week (Monday to Sunday) after the one `from` is in: "next Tuesday". */
function weekdayNextWeek(from: IsoDate, day: number): IsoDate {
  const monday = addDays(from, 7 - ((weekday(from) + 6) % 7));
  return addDays(monday, (day + 6) % 7);
}

/** The Friday on or after a date: the end of its working week. */
function endOfWeek(from: IsoDate): IsoDate {
  return addDays(from, (5 - weekday(from) + 7) % 7);
}

function lastOfMonth(from: IsoDate): IsoDate {
  const p = parseIsoDate(from);
  if (!p) return from;
  const first = `${p.year + (p.month === 12 ? 1 : 0)}-${String((p.month % 12) + 1).padStart(2, '0')}-01`;
  return addDays(first, -1);
}

function iso(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1) return undefined;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(date) ? date : undefined;
}

/**
 * A day and month without a year: in the note's year, unless that is more than a week before the
 * note (then the next year: "by 5 Jan" in a note of 30 Dec). A weekday written with it ("Thu 19 Mar")
 * picks the year it fits.
 */
function dayMonth(day: number, month: number, year: number | undefined, weekdayName: string | undefined, noteDate: IsoDate | undefined): IsoDate | undefined {
  if (year !== undefined) return iso(year, month, day);
  const note = noteDate ? parseIsoDate(noteDate) : undefined;
  if (!note || !noteDate) return undefined;
  const candidates = [note.year, note.year + 1].map(y => iso(y, month, day)).filter((d): d is IsoDate => d !== undefined);
  const wanted = weekdayName ? WEEKDAY_OF.get(weekdayName.toLowerCase()) : undefined;
  if (wanted !== undefined) {
    const fitting = candidates.filter(d => weekday(d) === wanted);
    if (fitting.length === 1) return fitting[0];
  }
  return candidates.find(d => dayNumber(d) >= dayNumber(noteDate) - 7);
}

const FORMS: readonly Form[] = [
  // Explicit: by/before/until/due … a date or a day.
  { re: re(`${B}${BY}${ISO}${E}`), bare: false, resolve: m => (parseIsoDate(m[1] ?? '') ? m[1] : undefined) },
  { re: re(`${B}${BY}(?:the\\s+)?${DAY_MONTH}${E}`), bare: false, resolve: (m, d) => dayMonth(Number(m[2]), monthOf(m[3]), m[4] ? Number(m[4]) : undefined, m[1], d) },
  { re: re(`${B}${BY}${MONTH_DAY}${E}`), bare: false, resolve: (m, d) => dayMonth(Number(m[3]), monthOf(m[2]), m[4] ? Number(m[4]) : undefined, m[1], d) },
  { re: re(`${B}(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?next\\s+week|next\\s+week)${E}(?!['’]s)`), bare: false, resolve: (_m, d) => (d ? endOfWeek(addDays(endOfWeek(d), 3)) : undefined) },
  { re: re(`${B}(?:by\\s+|until\\s+|before\\s+)?next\\s+${WD}${E}`), bare: false, resolve: (m, d) => (d ? weekdayNextWeek(d, WEEKDAY_OF.get((m[1] ?? '').toLowerCase()) ?? 0) : undefined) },
  { re: re(`${B}(?:${BY}|this\\s+)${WD}${E}(?!['’]s)`), bare: false, resolve: (m, d) => (d ? nextWeekday(d, WEEKDAY_OF.get((m[1] ?? '').toLowerCase()) ?? 0) : undefined) },
  { re: re(`${B}(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+)?(?:work\\s*)?week|eow)${E}`), bare: false, resolve: (_m, d) => (d ? endOfWeek(d) : undefined) },
  { re: re(`${B}(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+)?month|eom)${E}`), bare: false, resolve: (_m, d) => (d ? lastOfMonth(d) : undefined) },
  { re: re(`${B}(?:by\\s+)?(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|eod|cob|close\\s+of\\s+business)${E}`), bare: false, resolve: (_m, d) => d },
  // "today" only as a deadline ("by today", "… today." at the end), not "as discussed today".
  { re: re(`${B}(?:(?:by|before|until)\\s+(?:today|tonight)${E}|(?:today|tonight)[.!]?\\s*$)`), bare: false, resolve: (_m, d) => d },
  { re: re(`${B}(?:by\\s+)?tomorrow${E}(?!['’]s)`), bare: false, resolve: (_m, d) => (d ? addDays(d, 1) : undefined) },
  { re: re(`${B}(?:with)?in\\s+(\\d{1,3}|a|one|two|three|four)\\s+(days?|weeks?)${E}`), bare: false, resolve: (m, d) => (d ? addDays(d, amount(m[1] ?? '') * ((m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1)) : undefined) },
  // Bare: a date anywhere ("incident review, Thu 19 Mar"), or a weekday closing the item (", Mon").
  { re: re(`${B}${ISO}${E}`), bare: true, resolve: m => (parseIsoDate(m[1] ?? '') ? m[1] : undefined) },
  { re: re(`${B}${DAY_MONTH}${E}`), bare: true, resolve: (m, d) => dayMonth(Number(m[2]), monthOf(m[3]), m[4] ? Number(m[4]) : undefined, m[1], d) },
  { re: re(`${B}${MONTH_DAY}${E}`), bare: true, resolve: (m, d) => dayMonth(Number(m[3]), monthOf(m[2]), m[4] ? Number(m[4]) : undefined, m[1], d) },
  { re: re(`(?:[,;(—–]|\\s-)\\s*${WD}\\)?\\s*$`), bare: true, resolve: (m, d) => (d ? nextWeekday(d, WEEKDAY_OF.get((m[1] ?? '').toLowerCase()) ?? 0) : undefined) },
];

/** "may" is a month only when written "May": "we may 3x the load" has no date in it. */
function monthOf(word: string | undefined): number {
  if (!word || word === 'may') return 0;
  return MONTH_OF.get(word.toLowerCase()) ?? 0;
}

function amount(word: string): number {
  const n = Number(word);
  if (Number.isFinite(n)) return n;
  return ({ a: 1, one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[word.toLowerCase()] ?? 0;
}

/**
 * A whole date with its year, as a meeting's heading or a file's name writes it: "2025-03-04", "4 March
 * 2025", "4th of March, 2025", "Mar 4, 2025", each with a weekday before it or not ("Tue 4 Mar 2025").
 * Groups: weekday, ISO date, day, month, year (day first), month, day, year (month first).
 */
const DATE_WITH_YEAR = `(?:${WD},?\\s+)?(?:${ISO}|${DAY}(?:\\s+of)?\\s+${MON},?\\s+(\\d{4})|${MON}\\s+${DAY},?\\s+(\\d{4}))${E}`;
const LEADING_DATE = new RegExp(`^${DATE_WITH_YEAR}`, 'i');
const ANY_DATE = new RegExp(`${B}${DATE_WITH_YEAR}`, 'gi');

/** A calendar date a date match gives (a day that does not exist gives none: "31 April 2025"). */
function dateOfMatch(m: RegExpExecArray): IsoDate | undefined {
  if (m[2]) return parseIsoDate(m[2]) ? m[2] : undefined;
  if (m[3]) return iso(Number(m[5]), MONTH_OF.get((m[4] ?? '').toLowerCase()) ?? 0, Number(m[3]));
  return iso(Number(m[8]), MONTH_OF.get((m[6] ?? '').toLowerCase()) ?? 0, Number(m[7]));
}

/** The date with its year that `text` starts with, and how many characters it takes; undefined when it starts with none. */
export function leadingDate(text: string): { readonly date: IsoDate; readonly length: number } | undefined {
  const m = LEADING_DATE.exec(text);
  const date = m ? dateOfMatch(m) : undefined;
  return m && date ? { date, length: m[0].length } : undefined;
}

/** The first date with its year anywhere in `text` (a file name: "1-1 Sam Lee 2025-03-04"), where it is and how long. */
export function firstDateIn(text: string): { readonly date: IsoDate; readonly index: number; readonly length: number } | undefined {
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(text); m; m = ANY_DATE.exec(text)) {
    const date = dateOfMatch(m);
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Every form needs one of these: most items have none and cost one test. */
const HINT = /\d|(?:mon|tue|wed|thu|fri|sat|sun)|week|month|eo[dwm]|cob|close of business|end of (?:the )?day|tomorrow|today|tonight/i;

/** What is not prose for dates: links' targets, URLs and inline code, blanked to spaces so offsets stay. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, s => ' '.repeat(s.length))
    .replace(/\]\([^)]*\)/g, s => ' '.repeat(s.length))
    .replace(/\bhttps?:\/\/\S+/gi, s => ' '.repeat(s.length));
}

/**
 * The due date written in an item, read against the date of the note it was written in (needed for
 * every form but an ISO date or a date with its year). Explicit forms ("by …", "due …") win over bare
 * dates; among forms of one kind the first in the text wins. Undefined when there is none.
 */
export function dueDateOf(text: string, noteDate: IsoDate | undefined): DueDate | undefined {
  if (!HINT.test(text)) return undefined;
  const plain = prose(text);
  for (const form of FORMS) {
    const m = form.re.exec(plain);
    if (!m) continue;
    if (form.bare && NOT_DUE.test(plain.slice(0, m.index))) continue;
    const date = form.resolve(m, noteDate);
    if (date) return { date, text: text.slice(m.index, m.index + m[0].length).replace(/^[\s,;(—–-]+|[\s)]+$/g, '') };
  }
  return undefined;
}
