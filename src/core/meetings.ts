// Which of a person's notes are meetings, and which is the last one before today: the one answer the
// People view (its row, tooltip and note list), the prep panel, the Coaching insights view and the CLI
// share. Each host says which files are text notes (it reads them); this decides the rest.
//
// The rules, in one place:
// - A meeting is a dated note (YYYY-MM-DD.md, YYYY-MM-DD-2.md) that is a text note. A file named like
//   a note that is not one (empty, binary, not UTF-8, control characters, over 5 MB, unreadable) is
//   never a meeting: it is skipped, and the views that list notes say so, with the reason. An empty
//   file (0 bytes, or only white space) is no meeting that happened.
// - A file named with a date that does not exist (2026-11-31.md) is not a dated note anywhere: no
//   meeting, no items, never the newest note; it is listed as skipped ('no such date'), as binary
//   files are (whyNotANoteFile).
// - A note dated after today is a prepared next meeting: not a meeting held (never the last 1:1, not
//   counted for the cadence), not a source of carried items (Start 1:1 carries from notes up to today),
//   and nothing in it has an age yet (isAhead; the items' ages and carry-over ask it).
// - The last 1:1 is the last meeting dated before today. A note dated today is this meeting (the 1:1
//   today), not the last one.
// - The cadence runs from the latest meeting held, today's included: a 1:1 held today keeps the
//   cadence, and the next is due a cadence after it. Going into today's 1:1, the cadence stood where the
//   last 1:1 before today left it (`before`: "overdue by 12 days").
// Pure: no vscode, no Node; "today" is passed in.
import { cadenceStatus, type CadenceStatus } from './cadence';
import { isIsoDate, plural, type IsoDate } from './dates';
import { isReadableText, whyNotText } from './insights/bytes';
import { misdatedNote } from './notes';

/** A file larger than this is not read as a note (a pasted export, a log): it is skipped, never a meeting. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

/** Why a file named like a note is not one. The values are kept in the insights cache: do not rename them. */
export type NotANote = 'empty' | 'binary' | 'invalid-utf-8' | 'control' | 'too large' | 'unreadable' | 'no such date';

/** Whether a file's bytes are a text note; undefined when they are, else why not. */
export function whyNotANote(bytes: Uint8Array, maxBytes = MAX_NOTE_BYTES): NotANote | undefined {
  if (bytes.length > maxBytes) return 'too large';
  if (isBlank(bytes)) return 'empty';
  const why = whyNotText(bytes);
  return why === 'nul' || why === 'utf-16' ? 'binary' : why;
}

/** The same answer for a text as an editor has it (an open note's unsaved text). */
export function whyNotANoteText(text: string): NotANote | undefined {
  if (!text.trim()) return 'empty';
  return isReadableText(text) ? undefined : 'binary';
}

/**
 * Why a file is not a note, from its name and its bytes: a name with a date that does not exist
 * (2026-11-31.md) is no dated note whatever it holds; otherwise as whyNotANote.
 */
export function whyNotANoteFile(fileName: string, bytes: Uint8Array, maxBytes = MAX_NOTE_BYTES): NotANote | undefined {
  return misdatedNote(fileName) ? 'no such date' : whyNotANote(bytes, maxBytes);
}

/** No characters but white space (a UTF-8 byte order mark aside): a file created and never written. */
function isBlank(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** The words for why a file is not a note: "binary file", "not UTF-8 text", ... */
export const NOT_A_NOTE: Readonly<Record<NotANote, string>> = {
  empty: 'empty file',
  binary: 'binary file',
  'invalid-utf-8': 'not UTF-8 text',
  control: 'not text (control characters)',
  'too large': 'larger than 5 MB',
  unreadable: 'could not be read',
  'no such date': 'named with a date that does not exist',
};

/** Whether a value (a cached one) is one of the reasons. */
export function isNotANote(value: unknown): value is NotANote {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(NOT_A_NOTE, value);
}

/** "2026-11-20.md (empty file)": a skipped file with why, as the views list it. */
export function skippedText(file: { readonly fileName?: string; readonly date?: string; readonly notANote?: NotANote }): string {
  const name = file.fileName ?? file.date ?? '';
  return file.notANote ? `${name} (${NOT_A_NOTE[file.notANote]})` : name;
}

/**
 * Whether a note's date is after today: a prepared next meeting, not one held. Its items have no age
 * (they count from their day), and Start 1:1 carries nothing from it. Undated: false.
 */
export function isAhead(date: IsoDate | undefined, today: IsoDate): boolean {
  return date !== undefined && date > today;
}

/** A dated file in a person's folder. */
export interface DatedFile {
  readonly date: IsoDate;
  /** 1 for YYYY-MM-DD.md, 2 for YYYY-MM-DD-2.md ...: the order of notes on the same day. */
  readonly sequence?: number;
  readonly fileName?: string;
  /** Why it is not a note, when the host knows (it is skipped with this reason). */
  readonly notANote?: NotANote;
}

export interface Meetings<T extends DatedFile> {
  /** Meetings held up to today (today's included), oldest first. */
  readonly held: readonly T[];
  /** The last 1:1: the last meeting dated before today. */
  readonly last: T | undefined;
  /** Notes dated today: this meeting, not the last one. */
  readonly todays: readonly T[];
  /** Notes dated after today: prepared next meetings, not held yet. Oldest first. */
  readonly ahead: readonly T[];
  /** Files named like notes that are not text notes: never meetings. Oldest first. */
  readonly skipped: readonly T[];
  /** The cadence now, from the latest meeting held (today's included): what the People view shows. */
  readonly status: CadenceStatus;
  /** The cadence going into today, from the last 1:1 before today (the same as `status` without a note today). */
  readonly before: CadenceStatus;
}

function byDate(a: DatedFile, b: DatedFile): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.sequence ?? 1) - (b.sequence ?? 1);
}

/**
 * A person's meetings as of `today`, from their dated files and whether each is a text note. Every
 * view asks this: the People view, the prep panel and the insights view give the same answer.
 */
export function meetingsOf<T extends DatedFile>(files: readonly T[], options: {
  readonly today: IsoDate;
  readonly cadenceDays: number;
  /** False for a file that is not a text note (binary, unreadable, too large). */
  readonly isNote: (file: T) => boolean;
}): Meetings<T> {
  const { today } = options;
  const dated = files.filter(f => isIsoDate(f.date)).sort(byDate);
  const notes = dated.filter(f => options.isNote(f));
  const held = notes.filter(f => !isAhead(f.date, today));
  const before = held.filter(f => f.date < today);
  const last = before[before.length - 1];
  const latest = held[held.length - 1];
  const statusBefore = cadenceStatus(last?.date, options.cadenceDays, today);
  return {
    held,
    last,
    todays: held.filter(f => f.date === today),
    ahead: notes.filter(f => isAhead(f.date, today)),
    skipped: dated.filter(f => !options.isNote(f)),
    status: latest === last ? statusBefore : cadenceStatus(latest?.date, options.cadenceDays, today),
    before: statusBefore,
  };
}

/**
 * The line that says why the next 1:1 is due when it is, when a 1:1 is held today: "Counted from
 * today's 1:1 (before it, overdue by 12 days)." Undefined without a note today.
 */
export function todayCadenceLine(m: Meetings<DatedFile>): string | undefined {
  if (!m.todays.length) return undefined;
  const b = m.before;
  if (b.state === 'never') return 'Counted from today\'s 1:1, the first.';
  const was = b.state === 'overdue' ? `before it, overdue by ${plural(b.overdueBy, 'day')}` : b.state === 'due-today' ? 'it was due today' : 'held before it was due';
  return `Counted from today's 1:1 (${was}).`;
}
