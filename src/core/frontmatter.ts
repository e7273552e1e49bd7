// The small YAML front matter of a 1:1 note: flat `key: value` lines between `---` fences.
// Only what the notes need is read; anything else in the block is kept as written.

export interface FrontMatter {
  /** Flat scalar values, unquoted. */
  readonly data: Readonly<Record<string, string>>;
  /** Lines the block spans, including both fences (0 when there is none). */
  readonly lineCount: number;
  /** Offset where the body starts. */
  readonly bodyOffset: number;
}

const MAX_FRONT_MATTER = 64 * 1024;
const NO_FRONT_MATTER: FrontMatter = { data: {}, lineCount: 0, bodyOffset: 0 };

export function parseFrontMatter(text: string): FrontMatter {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - source.length;
  if (!source.startsWith('---')) return NO_FRONT_MATTER;
  // Front matter is a few lines at the top: read line by line up to its closing fence, never the
  // whole (possibly huge) note, and never past the first 64 KB.
  const limit = Math.min(source.length, MAX_FRONT_MATTER);
  const data: Record<string, string> = {};
  let from = 0;
  for (let i = 0; from <= limit; i++) {
    let eol = source.indexOf('\n', from);
    if (eol < 0 || eol > limit) eol = limit;
    const raw = source.slice(from, eol);
    from = eol + 1;
    if (i === 0) {
      if (raw.trimEnd() !== '---') return NO_FRONT_MATTER;
      continue;
    }
    const line = raw.replace(/\r$/, '');
    if (line.trimEnd() === '---' || line.trimEnd() === '...') {
      return { data, lineCount: i + 1, bodyOffset: Math.min(text.length, from + shift) };
    }
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m && m[1]) data[m[1]] = unquote((m[2] ?? '').replace(/\s+#.*$/, '').trim());
  }
  return NO_FRONT_MATTER; // never closed: not front matter
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

/** A YAML scalar that reads back as the same text. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && value.trim() === value;
  return plain ? value : JSON.stringify(value);
}

export function renderFrontMatter(data: Readonly<Record<string, string>>): string {
  return `---\n${Object.entries(data).map(([k, v]) => `${k}: ${yamlScalar(v)}`).join('\n')}\n---\n`;
}
