// Calendar dates as ISO strings (YYYY-MM-DD). A 1:1 note's date is a calendar date in the
// manager's own time zone, so "today" comes from the local components of the injected clock and
// day differences are computed between calendar dates, never between timestamps.

/** A calendar date, e.g. "2026-03-02". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The local calendar date of a moment (not its UTC date). */
export function localIsoDate(moment: Date): IsoDate {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Splits a valid ISO date into numbers, or undefined for anything that is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day number of a calendar date (days since 1970-01-01 in the proleptic Gregorian calendar). */
export function dayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`Not a calendar date: ${date}`);
  // Date.UTC is used as pure calendar arithmetic here: no time zone is involved.
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** "1 day", "6 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Monday 2 Mar 2026": a human form that does not depend on the host's locale. */
export function humanDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  const weekday = WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7];
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}
