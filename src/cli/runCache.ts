// `learning-leader lint --cache` and `stats --cache`: what a run made of each note kept between runs in
// one JSON file, by file, with its mtime and size, so the next run reads only the notes that changed
// (as ESLint's --cache does). The file holds for one build and one variant of what else the result
// depends on (the settings, the roster, --mode, the output's form): any change of those starts it
// afresh. It is outside the notes by default (the user's cache folder), so a notes repository never
// sees it. A file that does not read is ignored and replaced; one that cannot be written is a notice,
// never a failure.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILD } from '../core/build';
import type { NoteContexts } from '../core/note-context';
import type { FileOutcome } from './parallel';

const FORMAT = 1;
/** A note changed this recently may change again within its mtime's resolution: it is not kept. */
const SETTLED_MS = 2000;

/** One note as kept: its mtime and size, and what the run made of it (a report, or a notice). */
export interface Kept<R> {
  readonly mtime: number;
  readonly size: number;
  readonly outcome: R;
}

interface CacheFile {
  readonly format: number;
  readonly build: string;
  readonly variant: string;
  readonly files: Record<string, [number, number, unknown]>;
}

/** The default cache file of a command in a workspace folder: under $XDG_CACHE_HOME (or ~/.cache)/learning-leader. */
export function defaultCacheFile(command: 'lint' | 'stats', root: string): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const key = crypto.createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(base, 'learning-leader', `${command}-${key}.json`);
}

export class RunCache<R> {
  private kept = new Map<string, Kept<R>>();

  constructor(readonly file: string, private readonly variant: string) {}

  /** Reads the file; anything not as written (another build or variant, bad JSON) leaves the cache empty. */
  load(): void {
    let data: Partial<CacheFile>;
    try {
      data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<CacheFile>;
    } catch {
      return; // none yet, or unreadable: the notes are read
    }
    if (data?.format !== FORMAT || data.build !== BUILD || data.variant !== this.variant || !data.files || typeof data.files !== 'object') return;
    for (const [file, entry] of Object.entries(data.files)) {
      if (!Array.isArray(entry) || entry.length !== 3) continue;
      const [mtime, size, outcome] = entry;
      if (typeof mtime !== 'number' || typeof size !== 'number' || !outcome || typeof outcome !== 'object') continue;
      this.kept.set(file, { mtime, size, outcome: outcome as R });
    }
  }

  /** The kept outcome of a file, when its mtime and size are the ones kept. */
  get(file: string, stat: { readonly mtimeMs: number; readonly size: number }): R | undefined {
    const k = this.kept.get(file);
    return k && k.mtime === stat.mtimeMs && k.size === stat.size ? k.outcome : undefined;
  }

  /** Keeps a file's outcome, read after `stat` was taken (a note changed a moment ago is not kept). */
  set(file: string, stat: { readonly mtimeMs: number; readonly size: number }, outcome: R, now = Date.now()): void {
    if (stat.mtimeMs > now - SETTLED_MS) this.kept.delete(file);
    else this.kept.set(file, { mtime: stat.mtimeMs, size: stat.size, outcome });
  }

  delete(file: string): void {
    this.kept.delete(file);
  }

  get size(): number {
    return this.kept.size;
  }

  /** Writes the file (through a temporary file and a rename, so a reader never sees half of it); a failure is returned, not thrown. */
  save(): string | undefined {
    const files: CacheFile['files'] = {};
    for (const [file, k] of this.kept) files[file] = [k.mtime, k.size, k.outcome];
    const data: CacheFile = { format: FORMAT, build: BUILD, variant: this.variant, files };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing left to clean */ }
      return `cannot write the cache ${this.file}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}

/** What a run's results depend on besides each note's text: the workspace folder's checked settings and roster text, and what the command adds (the mode asked for, the output's form). */
export async function runVariant(contexts: NoteContexts, root: string, ...extra: unknown[]): Promise<string> {
  const roster = await contexts.roster(root);
  return JSON.stringify([contexts.settings(root).settings, roster.text, ...extra]);
}

/** What a run did: its outcomes in the files' order and, with a cache, how many came from it and how many were read. */
export interface CachedRun<R> {
  readonly results: FileOutcome<R>[];
  readonly cache?: { readonly file: string; readonly kept: number; readonly read: number };
}

/**
 * Runs `run` over the files, or with a cache file over those whose mtime and size are not the ones
 * kept, and keeps what it made (a cache that cannot be written is a notice). Each file's stat comes
 * first: a note that changes after it is read as it is then and kept under the older mtime, so the next
 * run reads it again (never the other way round). Files that could not be read are not kept.
 */
export async function cachedRun<R extends object>(cacheFile: string | undefined, variant: () => Promise<string>, files: readonly string[],
  run: (files: readonly string[]) => Promise<FileOutcome<R>[]>, notices: string[]): Promise<CachedRun<R>> {
  if (!cacheFile) return { results: await run(files) };
  const cache = new RunCache<FileOutcome<R>>(cacheFile, await variant());
  cache.load();
  const stats = new Map<string, fs.Stats>();
  const kept = new Map<string, FileOutcome<R>>();
  const toRead: string[] = [];
  for (const file of files) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      // reading it says why
    }
    const hit = stat && cache.get(path.resolve(file), stat);
    if (hit) kept.set(file, hit);
    else toRead.push(file);
    if (stat) stats.set(file, stat);
  }
  const read = await run(toRead);
  const byFile = new Map(toRead.map((f, i) => [f, read[i]] as const));
  for (const [file, outcome] of byFile) {
    const stat = stats.get(file);
    if (stat && !('error' in outcome)) cache.set(path.resolve(file), stat, outcome);
    else cache.delete(path.resolve(file));
  }
  const problem = toRead.length || !kept.size ? cache.save() : undefined;
  if (problem) notices.push(problem);
  return { results: files.map(f => kept.get(f) ?? byFile.get(f)!), cache: { file: cacheFile, kept: kept.size, read: toRead.length } };
}
