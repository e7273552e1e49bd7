// Dated notes: <notes>/<id>/YYYY-MM-DD.md, and YYYY-MM-DD-2.md, -3.md ... for more on the same day.
import { isIsoDate, type IsoDate } from './dates';

export interface NoteName {
  readonly fileName: string;
  readonly date: IsoDate;
  /** 1 for YYYY-MM-DD.md, 2 for YYYY-MM-DD-2.md, ... */
  readonly sequence: number;
}

const NOTE_FILE = /^(\d{4}-\d{2}-\d{2})(?:-(\d{1,3}))?\.md$/i;

/** Reads a note's file name; anything that is not a dated note (README.md, drafts) is undefined. */
export function parseNoteFileName(fileName: string): NoteName | undefined {
  const m = NOTE_FILE.exec(fileName);
  if (!m || !m[1] || !isIsoDate(m[1])) return undefined;
  const sequence = m[2] ? Number(m[2]) : 1;
  if (sequence < 2 && m[2]) return undefined;
  return { fileName, date: m[1], sequence };
}

/**
 * The date a file name gives when it is named like a dated note but the date does not exist
 * ("2026-11-31.md", "2026-02-30-2.md", "2026-13-01.md"): not a dated note anywhere, and listed as
 * skipped. Undefined for a dated note and for any other name.
 */
export function misdatedNote(fileName: string): string | undefined {
  const m = NOTE_FILE.exec(fileName);
  return m && m[1] && !isIsoDate(m[1]) ? m[1] : undefined;
}

const DATED_NAME = /^(\d{4}-\d{2}-\d{2})(?:[ _.-]+[^/\\]*)?\.(?:md|markdown)$/i;

/**
 * The date of a file that starts with a real date but is not named as a dated note ("2026-11-27 Sam
 * Lee.md", "2026-11-27-sam.md", "2026-11-27.markdown": notes kept in another layout and moved into a
 * person's folder): the name it should have is `<date>.md`. Undefined for a dated note, a misdated one
 * and any other name.
 */
export function misnamedNote(fileName: string): IsoDate | undefined {
  if (parseNoteFileName(fileName) || misdatedNote(fileName) !== undefined) return undefined;
  const m = DATED_NAME.exec(fileName);
  return m && m[1] && isIsoDate(m[1]) ? m[1] : undefined;
}

/** Newest first: later date, then higher same-day sequence. */
export function compareNotesNewestFirst(a: NoteName, b: NoteName): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.sequence - a.sequence;
}

/** The dated notes among a folder's file names, newest first. */
export function datedNotes(fileNames: Iterable<string>): NoteName[] {
  const notes: NoteName[] = [];
  for (const name of fileNames) {
    const note = parseNoteFileName(name);
    if (note) notes.push(note);
  }
  return notes.sort(compareNotesNewestFirst);
}

/** The file name for a new note on `date` that does not clash with `existing` (compared case-insensitively). */
export function newNoteFileName(date: IsoDate, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(n => n.toLowerCase()));
  if (!taken.has(`${date}.md`)) return `${date}.md`;
  for (let n = 2; ; n++) {
    const candidate = `${date}-${n}.md`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The renames that give notes moved in from another layout their dated names ("2026-08-02-priya.md"
 * → "2026-08-02.md"), in name order: never onto a name taken, so a second note of a day (or one beside
 * a note already named) gets "-2", "-3". `only` limits it to those files.
 */
export function misnamedRenames(fileNames: readonly string[], only?: ReadonlySet<string>): { readonly from: string; readonly to: string }[] {
  const taken = new Set(fileNames);
  const out: { from: string; to: string }[] = [];
  for (const name of [...fileNames].sort()) {
    const date = misnamedNote(name);
    if (!date || (only && !only.has(name))) continue;
    const to = newNoteFileName(date, taken);
    taken.add(to);
    out.push({ from: name, to });
  }
  return out;
}

/** The note on `date` made first that day, if any (the one "today's note" means). */
export function firstNoteOn(date: IsoDate, notes: readonly NoteName[]): NoteName | undefined {
  return notes.filter(n => n.date === date).sort((a, b) => a.sequence - b.sequence)[0];
}
