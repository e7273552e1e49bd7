// The small YAML front matter of a 1:1 note: flat `key: value` lines between `---` fences.
// Only what the notes need is read; anything else in the block is kept as written.
// parseFrontMatter is the one reading of the block; readFrontMatter is the same reading with where
// each line is and what it could not read, for the front matter problems (frontmatter-problems.ts).

export interface FrontMatter {
  /** Flat scalar values, unquoted. */
  readonly data: Readonly<Record<string, string>>;
  /** Lines the block spans, including both fences (0 when there is none). */
  readonly lineCount: number;
  /** Offset where the body starts. */
  readonly bodyOffset: number;
}

/** One `key: value` line of the block, and where it is. */
export interface FrontMatterEntry {
  readonly key: string;
  /** The value as the parse reads it: unquoted, without a trailing `# comment`. */
  readonly value: string;
  /** The value as written (quotes kept). */
  readonly raw: string;
  /** Zero-based line in the note, and the columns of `raw` on it. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** True when indented lines follow it (a YAML value that goes on over several lines). */
  readonly continued: boolean;
}

/** What readFrontMatter adds: where each line is, and what the parse did not read. */
export interface FrontMatterDetails extends FrontMatter {
  /**
   * True when the note starts with `---` that is never closed (within the first 64 KB): no front
   * matter is read from it at all. `entries` and `unreadable` then cover the lines scanned for the close.
   */
  readonly unclosed: boolean;
  /** The `key: value` lines, in order (a key given twice is here twice: the parse keeps the last). */
  readonly entries: readonly FrontMatterEntry[];
  /**
   * Zero-based lines YAML cannot read as part of a mapping: not blank, not a comment, not indented,
   * not a list item, and no `key: value`.
   */
  readonly unreadable: readonly number[];
}

/** Front matter is read from the first 64 KB of a note at most: the rest of a note never changes it. */
export const MAX_FRONT_MATTER = 64 * 1024;
const NO_FRONT_MATTER: FrontMatter = { data: {}, lineCount: 0, bodyOffset: 0 };
const KEY_VALUE = /^([A-Za-z_][\w-]*)(\s*:\s*)(.*)$/;

interface Collect {
  readonly entries: FrontMatterEntry[];
  readonly unreadable: number[];
}

export function parseFrontMatter(text: string): FrontMatter {
  return scan(text, undefined).front;
}

/** The parse with details: the same reading as parseFrontMatter, and where each line is. */
export function readFrontMatter(text: string): FrontMatterDetails {
  const collect: Collect = { entries: [], unreadable: [] };
  const { front, state } = scan(text, collect);
  return { ...front, unclosed: state === 'unclosed', entries: collect.entries, unreadable: collect.unreadable };
}

function scan(text: string, collect: Collect | undefined): { front: FrontMatter; state: 'none' | 'closed' | 'unclosed' } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  if (!source.startsWith('---')) return { front: NO_FRONT_MATTER, state: 'none' };
  // Front matter is a few lines at the top: read line by line up to its closing fence, never the
  // whole (possibly huge) note, and never past the first 64 KB.
  const limit = Math.min(source.length, MAX_FRONT_MATTER);
  const data: Record<string, string> = {};
  let from = 0;
  /** The last entry may go on in the indented lines that follow it. */
  let continuing = false;
  for (let i = 0; from <= limit; i++) {
    let eol = source.indexOf('\n', from);
    if (eol < 0 || eol > limit) eol = limit;
    const raw = source.slice(from, eol);
    from = eol + 1;
    if (i === 0) {
      if (raw.trimEnd() !== '---') return { front: NO_FRONT_MATTER, state: 'none' };
      continue;
    }
    const line = raw.replace(/\r$/, '');
    if (line.trimEnd() === '---' || line.trimEnd() === '...') {
      return { front: { data, lineCount: i + 1, bodyOffset: Math.min(text.length, from + shift) }, state: 'closed' };
    }
    const m = KEY_VALUE.exec(line);
    if (m && m[1]) {
      const written = (m[3] ?? '').replace(/\s+#.*$/, '').trim();
      const value = unquote(written);
      data[m[1]] = value;
      if (collect) {
        const start = m[1].length + (m[2] ?? '').length;
        collect.entries.push({ key: m[1], value, raw: written, line: i, start, end: start + written.length, continued: false });
      }
      continuing = true;
    } else if (collect) {
      if (/^(\s+\S|-(\s|$))/.test(line)) {
        // An indented line or a list item: the value of the key above goes on.
        const last = collect.entries[collect.entries.length - 1];
        if (last && continuing && !last.continued) collect.entries[collect.entries.length - 1] = { ...last, continued: true };
      } else if (line.trim() && !line.startsWith('#')) {
        continuing = false;
        if (!/:(\s|$)/.test(line)) collect.unreadable.push(i);
      }
    }
  }
  return { front: NO_FRONT_MATTER, state: 'unclosed' }; // never closed: not front matter
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** The name a value links to as Obsidian writes it ("[[Ravi Patel]]", "[[Ravi Patel|Ravi]]"), or the value itself, trimmed. */
export function linkedName(value: string): string {
  return /^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/.exec(value.trim())?.[1]?.trim() ?? value.trim();
}

/** A YAML scalar that reads back as the same text. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && value.trim() === value;
  return plain ? value : JSON.stringify(value);
}

export function renderFrontMatter(data: Readonly<Record<string, string>>): string {
  return `---\n${Object.entries(data).map(([k, v]) => `${k}: ${yamlScalar(v)}`).join('\n')}\n---\n`;
}
