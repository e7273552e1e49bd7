// Per-note numbers cached by the note's text: a cold pass over every note computes each once; after
// an edit only the edited note is recomputed, and its person's series is rebuilt from the cached
// numbers of the others. Pure: no vscode, no Node; the lint comes in as a function.
import { QuestionMemo } from './find';
import { noteStats, type LintFindings, type NoteStats } from './stats';

/** Lints a note's text; `key` names the note (a URI) so a caller may keep a linter per document. */
export type LintFn = (text: string, key: string) => LintFindings;

interface Entry {
  /** The text's length and 53-bit hash: the text itself is not kept (10,000 notes would hold 30 MB). */
  readonly length: number;
  readonly hash: number;
  readonly variant: string;
  readonly stats: NoteStats;
}

/**
 * A 53-bit hash of a text (cyrb53, after bryc's public-domain function): with the length, two different
 * texts of a note compare equal with a chance of about 1 in 2^53.
 */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export class InsightsCache {
  private readonly notes = new Map<string, Entry>();
  private readonly memo = new QuestionMemo();
  /** Notes computed (not taken from the cache) since the cache was made: for tests and benchmarks. */
  computed = 0;

  constructor(private readonly lint: LintFn) {}

  /**
   * The numbers of the note `key` with this text. `variant` names whatever else the lint depends on
   * (mode, severities, phrases): a change of it recomputes the note.
   */
  stats(key: string, text: string, variant = ''): NoteStats {
    const hit = this.notes.get(key);
    const hash = textHash(text);
    if (hit && hit.variant === variant && hit.length === text.length && hit.hash === hash) return hit.stats;
    const stats = noteStats(text, this.lint(text, key), this.memo);
    this.computed++;
    this.notes.set(key, { length: text.length, hash, variant, stats });
    return stats;
  }

  /** The cached numbers of a note, whatever its text now (undefined when never computed). */
  peek(key: string): NoteStats | undefined {
    return this.notes.get(key)?.stats;
  }

  delete(key: string): void {
    this.notes.delete(key);
  }

  clear(): void {
    this.notes.clear();
  }

  get size(): number {
    return this.notes.size;
  }
}
