// A person's per-note coaching numbers (and the note's parsed items) as the editor keeps them between
// sessions, so the insights view and the prep paint at once on the next start and then read only the
// notes whose mtime or size changed (src/insights/insightsCache.ts writes and reads the files). Pure:
// no vscode, no Node.
//
// A record holds for one build (the numbers depend on the linter's code: a new build drops every
// record), one notes folder and one person, and a `variant`: what else the numbers depend on (the
// settings the linter reads, the person's name, mode and relationship). Texts are kept once in a
// string table. Anything not as written makes the whole record unusable: its notes are read instead.
import type { ParsedNote } from '../items';
import { decodeTasks, encodeTasks, stringTable } from '../items/codec';
import type { NoteQuestion, NoteStats, QuestionKind } from './stats';

export const INSIGHTS_FORMAT = 1;

/** One note as kept: which file, the mtime and size its numbers are of, the numbers, its items. */
export interface PersistedNote {
  readonly fileName: string;
  readonly mtime: number;
  readonly size: number;
  readonly stats: NoteStats;
  /** Why it is not a note (binary, unreadable, too large), when it is not. */
  readonly skipped?: string;
  /** Its tasks for the open items (absent for a skipped note). */
  readonly parsed?: ParsedNote;
}

/** Whose notes a record is, and for which build and variant. */
export interface RecordKey {
  readonly build: string;
  readonly notesUri: string;
  readonly personId: string;
  readonly variant: string;
}

/** Per question: line, column, text (string index), kind (KINDS index), asked (0/1), start, end. */
const QUESTION_FIELDS = 7;
const KINDS: readonly QuestionKind[] = ['open', 'closed', 'leading'];

/**
 * A note: file name, mtime, size, skipped ('' when read), readable (0/1), counts [open, closed,
 * leading, told], questions' fields one after another, date ('' when undated), same-day sequence,
 * tasks' fields (items/codec.ts).
 */
type Row = [string, number, number, string, number, number[], number[], string, number, number[]];

interface PersonRecord extends RecordKey {
  readonly format: number;
  readonly strings: string[];
  readonly notes: Row[];
}

export function encodePerson(key: RecordKey, notes: readonly PersistedNote[]): PersonRecord {
  const table = stringTable();
  const rows = notes.map((n): Row => {
    const { counts, questions, readable } = n.stats;
    const q: number[] = [];
    for (const x of questions) q.push(x.line, x.column, table.id(x.text), KINDS.indexOf(x.kind), x.asked ? 1 : 0, x.start, x.end);
    const p = n.parsed;
    return [
      n.fileName, n.mtime, n.size, n.skipped ?? '', readable ? 1 : 0, [counts.open, counts.closed, counts.leading, counts.told], q,
      p?.date ?? '', p?.sequence ?? 1, p ? encodeTasks(p.tasks, table.id) : [],
    ];
  });
  return { format: INSIGHTS_FORMAT, build: key.build, notesUri: key.notesUri, personId: key.personId, variant: key.variant, strings: table.strings, notes: rows };
}

/**
 * The notes of a record, when it is of this format and build, for this notes folder, and every part of
 * it is as encodePerson writes it; otherwise undefined. Its person and variant come with it (the
 * caller compares the variant with the person's now).
 */
export function decodePerson(data: unknown, expect: { readonly build: string; readonly notesUri: string }): { readonly key: RecordKey; readonly notes: PersistedNote[] } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const r = data as Partial<PersonRecord>;
  if (r.format !== INSIGHTS_FORMAT || r.build !== expect.build || r.notesUri !== expect.notesUri) return undefined;
  if (typeof r.personId !== 'string' || typeof r.variant !== 'string' || !Array.isArray(r.strings) || !Array.isArray(r.notes)) return undefined;
  const strings = r.strings as unknown[];
  const notes: PersistedNote[] = [];
  for (const row of r.notes as unknown[]) {
    const note = decodeRow(row, strings);
    if (!note) return undefined;
    notes.push(note);
  }
  return { key: { build: r.build, notesUri: r.notesUri, personId: r.personId, variant: r.variant }, notes };
}

function decodeRow(row: unknown, strings: readonly unknown[]): PersistedNote | undefined {
  if (!Array.isArray(row) || row.length !== 10) return undefined;
  const [fileName, mtime, size, skipped, readable, counts, q, date, sequence, tasks] = row as unknown[];
  if (typeof fileName !== 'string' || typeof mtime !== 'number' || typeof size !== 'number' || typeof skipped !== 'string') return undefined;
  if (!isNumbers(counts) || counts.length !== 4 || !isNumbers(q) || q.length % QUESTION_FIELDS || typeof date !== 'string' || typeof sequence !== 'number') return undefined;
  const questions: NoteQuestion[] = [];
  for (let k = 0; k < q.length; k += QUESTION_FIELDS) {
    const text = strings[q[k + 2]];
    const kind = KINDS[q[k + 3]];
    if (typeof text !== 'string' || !kind) return undefined;
    questions.push({ line: q[k], column: q[k + 1], text, kind, asked: q[k + 4] === 1, start: q[k + 5], end: q[k + 6] });
  }
  const stats: NoteStats = { counts: { open: counts[0], closed: counts[1], leading: counts[2], told: counts[3] }, questions, readable: readable === 1 };
  if (skipped) return { fileName, mtime, size, stats, skipped };
  const parsedTasks = decodeTasks(tasks, strings);
  if (!parsedTasks) return undefined;
  const parsed: ParsedNote = { fileName, date: (date || undefined) as ParsedNote['date'], sequence, readable: true, tasks: parsedTasks };
  return { fileName, mtime, size, stats, parsed };
}

function isNumbers(x: unknown): x is number[] {
  return Array.isArray(x) && x.every(v => typeof v === 'number' && Number.isFinite(v));
}
