// Private parts of a note: what the manager keeps to themselves when an agenda is shared or a
// review is prepared. Two forms:
//   <!-- private --> … <!-- /private -->   anywhere outside code, whole lines or inside a line;
//   a "Private" heading (## Private, ### Private notes, …) to the next heading of the same or a higher level.
// When in doubt the text stays private: a block that is never closed runs to the end of the note, and
// nested openings need as many closings. The linter still reads everything; only what is shared leaves
// these parts out.
import { markdownLines, normalizeTitle, sectionEnd } from './markdown';

export interface PrivateRange {
  /** Offsets in the note: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly kind: 'block' | 'section';
  /** A section's heading text. */
  readonly title?: string;
}

export interface PrivateParts {
  /** Sorted, not overlapping. */
  readonly ranges: readonly PrivateRange[];
  /** `<!-- private -->` blocks found. */
  readonly blocks: number;
  /** Headings of the private sections, in order. */
  readonly sections: readonly string[];
}

const MARKER = /<!--\s*(\/?)\s*private\s*-->/gi;
/**
 * A heading that makes a section private: "Private", "Private notes", "Private (just me)",
 * "🔒 Private: comp". A topic that merely starts with the word ("Private cloud migration") is not.
 */
const PRIVATE_TITLE = /^private(?: (?:notes?|thoughts|remarks|section|only|part|bits|to me|just me))?$/;

function isPrivateTitle(title: string): boolean {
  const plain = title.replace(/^[^\p{L}\p{N}]+/u, '');
  const head = plain.split(/\s*[:(—–]\s*|\s+-\s+/)[0] ?? '';
  return PRIVATE_TITLE.test(normalizeTitle(head));
}

const NONE: PrivateParts = { ranges: [], blocks: 0, sections: [] };

/** The private parts of a note. Cheap for notes that never say "private". */
export function privateParts(text: string): PrivateParts {
  if (!/private/i.test(text)) return NONE;
  const lines = markdownLines(text);
  const raw: PrivateRange[] = [];
  let blocks = 0;
  const sections: string[] = [];
  let depth = 0;
  let blockStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.code) continue;
    const h = l.heading;
    if (h && depth === 0 && isPrivateTitle(h.title)) {
      const end = sectionEnd(lines, i);
      const endOffset = end < lines.length ? (lines[end]?.start ?? text.length) : text.length;
      raw.push({ start: l.start, end: endOffset, kind: 'section', title: h.title });
      sections.push(h.title);
      continue;
    }
    if (!l.text.includes('<!--')) continue;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(l.text); m; m = MARKER.exec(l.text)) {
      const alone = l.text.trim() === m[0];
      const closing = m[1] === '/';
      if (!closing) {
        if (depth === 0) {
          blockStart = alone ? l.start : l.start + m.index;
          blocks++;
        }
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth === 0) raw.push({ start: blockStart, end: alone ? l.next : l.start + m.index + m[0].length, kind: 'block' });
      }
    }
  }
  if (depth > 0) raw.push({ start: blockStart, end: text.length, kind: 'block' });
  return { ranges: merge(raw), blocks, sections };
}

function merge(ranges: PrivateRange[]): PrivateRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PrivateRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end };
    } else out.push(r);
  }
  return out;
}

/**
 * The note with its private parts removed. Whole private lines go with their line breaks, and the
 * blank lines on either side of a removed part fold into one, so the rest reads as it was written.
 */
export function withoutPrivate(text: string, parts: PrivateParts = privateParts(text)): string {
  if (!parts.ranges.length) return text;
  let out = '';
  let from = 0;
  for (const r of parts.ranges) {
    out += text.slice(from, r.start);
    from = r.end;
    // Fold the blank lines around the seam: at most one blank line where the part was.
    if (/\n[ \t]*\r?\n[ \t\r]*$/.test(out) || out === '') {
      const rest = /^(?:[ \t]*\r?\n)+/.exec(text.slice(from));
      if (rest) from += rest[0].length;
    }
  }
  return out + text.slice(from);
}

/**
 * Which 0-based lines of the note touch a private part (a line with a private span inside it
 * counts). For marking tasks; empty when the note has none.
 */
export function privateLines(text: string, parts: PrivateParts = privateParts(text)): Set<number> {
  const lines = new Set<number>();
  if (!parts.ranges.length) return lines;
  // Lines end at \n only, as in tasksOf and markdownLines.
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  let i = 0;
  for (const r of parts.ranges) {
    while (i + 1 < starts.length && (starts[i + 1] ?? 0) <= r.start) i++;
    for (let j = i; j < starts.length && (starts[j] ?? 0) < r.end; j++) lines.add(j);
  }
  return lines;
}
