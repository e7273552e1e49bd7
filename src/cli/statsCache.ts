// `learning-leader stats --cache`: each note's numbers kept between runs in one JSON file, by file,
// with its mtime and size, so the next run reads and counts only the notes that changed (as ESLint's
// --cache does). The file holds for one build of the core and one variant of what else the numbers
// depend on (the settings, the roster, --mode): any change of those starts it afresh. It is outside
// the notes by default (the user's cache folder), so a notes repository never sees it. A file that
// does not read is ignored and replaced; one that cannot be written is a notice, never a failure.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILD } from '../core/build';

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

/** The default cache file of a workspace folder: under $XDG_CACHE_HOME (or ~/.cache)/learning-leader. */
export function defaultCacheFile(root: string): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const key = crypto.createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(base, 'learning-leader', `stats-${key}.json`);
}

export class StatsCache<R> {
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
