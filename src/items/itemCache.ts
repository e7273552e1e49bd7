// The parsed notes of the last session, kept in the extension's workspace storage, so the Open items
// view paints at once on the next start and then reads only the notes whose mtime or size changed.
// A small JSON file per person (so a change rewrites one), holding each note's file name, mtime, size
// and parse (its tasks, with their text). It lives in VS Code's storage for this workspace on this
// machine (on the remote side over Remote) and is never sent anywhere. A file of another format or
// parse version, or one that does not read, is ignored (the notes are read instead) and replaced.
import * as vscode from 'vscode';
import { PARSE_VERSION, type ParsedNote } from '../core/items';
import { decodeTasks, encodeTasks, stringTable } from '../core/items/codec';
import { readJsonFolder, writeJsonFolder, type Run } from '../util/jsonFolder';

/** One note as cached: which file, the mtime and size its parse is of. */
export interface CachedNote {
  readonly fileName: string;
  readonly mtime: number;
  readonly size: number;
  readonly parsed: ParsedNote;
}

const FORMAT = 2;

/** A note: file name, mtime, size, date ('' when undated), same-day sequence, readable (0/1), its tasks' fields one after another. */
type Row = [fileName: string, mtime: number, size: number, date: string, sequence: number, readable: number, tasks: number[]];

/**
 * One person's notes. Texts are kept once in `strings` and referred to by index: a carried item
 * repeats its text in every note that carries it, so this keeps the file a fraction of the size.
 */
interface PersonFile {
  readonly format: number;
  readonly parse: number;
  readonly notesUri: string;
  readonly personId: string;
  readonly strings: string[];
  readonly notes: Row[];
}

function encode(notes: readonly CachedNote[]): { strings: string[]; notes: Row[] } {
  const table = stringTable();
  const rows = notes.map((n): Row => [n.fileName, n.mtime, n.size, n.parsed.date ?? '', n.parsed.sequence, n.parsed.readable ? 1 : 0, encodeTasks(n.parsed.tasks, table.id)]);
  return { strings: table.strings, notes: rows };
}

/** The notes of a person's file, or undefined when any part of it is not as written. */
function decode(strings: unknown, rows: unknown): CachedNote[] | undefined {
  if (!Array.isArray(strings) || !Array.isArray(rows)) return undefined;
  const out: CachedNote[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 7) return undefined;
    const [fileName, mtime, size, date, sequence, readable, fields] = row as unknown[];
    if (typeof fileName !== 'string' || typeof mtime !== 'number' || typeof size !== 'number' || typeof date !== 'string' || typeof sequence !== 'number') return undefined;
    const tasks = decodeTasks(fields, strings);
    if (!tasks) return undefined;
    out.push({ fileName, mtime, size, parsed: { fileName, date: (date || undefined) as ParsedNote['date'], sequence, readable: readable === 1, tasks } });
  }
  return out;
}

/** A short stable key for a notes folder's URI (FNV-1a, 32 bits, hex): the name of its cache folder. */
export function folderKey(notesUri: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < notesUri.length; i++) h = Math.imul(h ^ notesUri.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export class ItemCache {
  /** The last read's and write's timings and sizes (for the README's figures). */
  readonly stats = { readMs: 0, writeMs: 0, bytesRead: 0, bytesWritten: 0, filesWritten: 0 };

  constructor(private readonly root: vscode.Uri) {}

  private folderOf(notesUri: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, 'open-items', folderKey(notesUri));
  }

  /** The cached notes of a notes folder, per person; undefined when there is nothing usable. */
  async read(notesUri: string, run: Run): Promise<Map<string, CachedNote[]> | undefined> {
    const started = performance.now();
    const { values, bytes } = await readJsonFolder(this.folderOf(notesUri), run);
    const out = new Map<string, CachedNote[]>();
    for (const value of values) {
      const data = (value ?? {}) as Partial<PersonFile>;
      if (data.format !== FORMAT || data.parse !== PARSE_VERSION || data.notesUri !== notesUri || typeof data.personId !== 'string') continue;
      const notes = decode(data.strings, data.notes);
      if (notes) out.set(data.personId, notes);
    }
    this.stats.readMs = performance.now() - started;
    this.stats.bytesRead = bytes;
    return out.size ? out : undefined;
  }

  /** Writes the given people's notes (an empty list deletes a person's file). */
  async write(notesUri: string, people: ReadonlyMap<string, readonly CachedNote[]>, run: Run): Promise<void> {
    const started = performance.now();
    const files = new Map<string, PersonFile | undefined>();
    for (const [personId, notes] of people) files.set(personId, notes.length ? { format: FORMAT, parse: PARSE_VERSION, notesUri, personId, ...encode(notes) } : undefined);
    try {
      this.stats.bytesWritten = await writeJsonFolder(this.folderOf(notesUri), files, run);
    } catch (e) {
      console.error('[learning-leader] open items cache not written:', e);
    } finally {
      this.stats.writeMs = performance.now() - started;
      this.stats.filesWritten = people.size;
    }
  }
}
