// A person's meetings over time: the last N meetings' open share and telling, and how well the cadence
// was kept over the last six months. Which notes are meetings and which is the last one before today
// is meetings.ts's answer, shared with the People view. Works on per-note numbers
// (stats.ts), so one edited note changes one entry and the rest is recomputed in microseconds.
// Pure: no vscode, no Node; "today" is passed in.
import { cadenceStatus } from '../cadence';
import { meetingsOf, type DatedFile, type Meetings } from '../meetings';
import { daysBetween, isIsoDate, parseIsoDate, type IsoDate } from '../dates';
import { parseFrontMatter } from '../frontmatter';
import { misdatedNote, parseNoteFileName } from '../notes';
import { askedCount, openShare, sumCounts, type InsightCounts, type NoteStats } from './stats';

/**
 * A note's date. The file name's (YYYY-MM-DD.md, YYYY-MM-DD-2.md) when it has one: the People view,
 * its cadence and the prep view all date notes by file name, and the insights must agree with them.
 * Otherwise the front matter's `date:` (notes kept under other names, files given to the CLI); none for
 * a name with a date that does not exist.
 */
export function noteDate(text: string, fileName?: string): IsoDate | undefined {
  const base = fileName?.replace(/^.*[\\/]/, '');
  const named = base ? parseNoteFileName(base) : undefined;
  if (named) return named.date;
  // Named with a date that does not exist (2026-11-31.md): no dated note, whatever its front matter says.
  if (base && misdatedNote(base)) return undefined;
  const date = parseFrontMatter(text).data.date;
  return isIsoDate(date) ? date : undefined;
}

/** One note of a person, dated, with its numbers. */
export interface MeetingNote extends DatedFile {
  readonly stats: NoteStats;
}

/** One meeting in a trend. */
export interface MeetingPoint {
  readonly date: IsoDate;
  readonly fileName?: string;
  readonly counts: InsightCounts;
  /** Questions asked (open + closed + leading). */
  readonly asked: number;
  /** Share of asked questions that were open (0..1), undefined when none was asked. */
  readonly openShare: number | undefined;
}

/** Whether a note counts at all: a file that is not a text note (binary, unreadable) never does. */
export function isTextNote(n: MeetingNote): boolean {
  return n.stats.readable;
}

/** A person's meetings as of `today` (meetings.ts decides: the last before today, today's, the skipped, the cadence). */
export function personMeetings(notes: readonly MeetingNote[], today: IsoDate, cadenceDays: number): Meetings<MeetingNote> {
  return meetingsOf(notes, { today, cadenceDays, isNote: isTextNote });
}

/** The last meeting before `today`: a note dated today is this meeting, not the last one. */
export function lastMeetingBefore(notes: readonly MeetingNote[], today: IsoDate): MeetingNote | undefined {
  return personMeetings(notes, today, 1).last;
}

export interface SeriesOptions {
  /** How many meetings (default 8). */
  readonly count?: number;
  /** Include notes dated today (the insights view, after the meeting); the prep view leaves them out. */
  readonly includeToday?: boolean;
}

export function point(n: MeetingNote): MeetingPoint {
  const c = n.stats.counts;
  return { date: n.date, ...(n.fileName !== undefined ? { fileName: n.fileName } : {}), counts: c, asked: askedCount(c), openShare: openShare(c) };
}

/** The last `count` meetings before today (or through today), oldest first. Notes dated later, and files that are not notes, are left out. */
export function meetingSeries(notes: readonly MeetingNote[], today: IsoDate, options: SeriesOptions = {}): MeetingPoint[] {
  const count = Math.max(0, options.count ?? 8);
  const { held } = personMeetings(notes, today, 1);
  const upTo = options.includeToday ? held : held.filter(n => n.date < today);
  return count ? upTo.slice(-count).map(point) : [];
}

/** Sums of the counts over meetings, with the pooled open share. */
export function totals(points: readonly MeetingPoint[]): InsightCounts & { readonly asked: number; readonly openShare: number | undefined } {
  const sum = sumCounts(points.map(p => p.counts));
  return { ...sum, asked: askedCount(sum), openShare: openShare(sum) };
}

/** The date `months` calendar months before `date`, the day clamped to the month's length. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`Not a calendar date: ${date}`);
  const index = p.year * 12 + (p.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  for (let day = p.day; day >= 28; day--) {
    const candidate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (isIsoDate(candidate)) return candidate;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(p.day)}`;
}

export interface CadenceKept {
  /** The period looked at: the window's start, or the first meeting when that came later; to today. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Meetings the cadence asked for in the period. */
  readonly expected: number;
  /** Meeting days in the period. */
  readonly held: number;
  /** Of those, held within cadenceDays of the meeting before (the first meeting ever counts as on time). */
  readonly onTime: number;
  /** onTime / expected, at most 1; undefined when nothing was expected. */
  readonly share: number | undefined;
}

/**
 * How well a cadence was kept over the last `months` months: meetings on time against the meetings
 * expected. A meeting is on time when it came no later than cadenceDays after the one before (when
 * the People view would have shown it due, not overdue). Expected: one per cadence over the period,
 * plus the first meeting when the period starts with it. Several notes on one day are one meeting.
 */
export function cadenceKept(dates: readonly IsoDate[], cadenceDays: number, today: IsoDate, months = 6): CadenceKept {
  const cadence = Math.max(1, Math.floor(cadenceDays));
  const days = [...new Set(dates.filter(d => isIsoDate(d) && d <= today))].sort();
  const windowStart = monthsBefore(today, months);
  if (!days.length) return { from: windowStart, to: today, expected: 0, held: 0, onTime: 0, share: undefined };
  const startsWithFirst = days[0] >= windowStart;
  const from = startsWithFirst ? days[0] : windowStart;
  const span = daysBetween(from, today);
  const expected = Math.floor(span / cadence) + (startsWithFirst ? 1 : 0);
  let held = 0;
  let onTime = 0;
  for (let k = 0; k < days.length; k++) {
    if (days[k] < from) continue;
    held++;
    // On time as the People view has it: not overdue on the day it was held.
    if (k === 0 || cadenceStatus(days[k - 1], cadence, days[k]).overdueBy <= 0) onTime++;
  }
  return { from, to: today, expected, held, onTime, share: expected ? Math.min(1, onTime / expected) : undefined };
}

export interface PersonInsights {
  /** Which notes are meetings, the last before today, today's, the skipped, the cadence (meetings.ts). */
  readonly meetings: Meetings<MeetingNote>;
  /** The last meetings (8 by default), oldest first. */
  readonly series: readonly MeetingPoint[];
  /** Totals over the series. */
  readonly totals: ReturnType<typeof totals>;
  readonly cadence: CadenceKept;
}

/** Everything the prep view and the insights view show for one person, from their notes' numbers. */
export function personInsights(notes: readonly MeetingNote[], options: SeriesOptions & { readonly today: IsoDate; readonly cadenceDays: number }): PersonInsights {
  const m = personMeetings(notes, options.today, options.cadenceDays);
  const series = meetingSeries(m.held, options.today, options);
  return {
    meetings: m,
    series,
    totals: totals(series),
    cadence: cadenceKept(m.held.map(n => n.date), options.cadenceDays, options.today),
  };
}
