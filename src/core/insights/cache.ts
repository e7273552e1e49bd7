// Per-note numbers cached by the note's text: a cold pass over every note computes each once; after
// an edit only the edited note is recomputed, and its person's series is rebuilt from the cached
// numbers of the others. Pure: no vscode, no Node; the lint comes in as a function.
import { QuestionMemo } from './find';
import { noteStats, type LintFindings, type NoteStats } from './stats';

/** Lints a note's text; `key` names the note (a URI) so a caller may keep a linter per document. */
export type LintFn = (text: string, key: string) => LintFindings;

interface Entry {
  readonly text: string;
  readonly variant: string;
  readonly stats: NoteStats;
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
    if (hit && hit.variant === variant && hit.text === text) return hit.stats;
    const stats = noteStats(text, this.lint(text, key), this.memo);
    this.computed++;
    this.notes.set(key, { text, variant, stats });
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
