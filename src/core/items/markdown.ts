// One pass over a note's lines that knows what markdown makes of each: inside a code fence or an
// HTML comment, a heading (ATX or setext), or plain text. Private parts, the agenda, review
// summaries and themes all read notes through it, so they agree on where sections start and end.
import { parseFrontMatter } from '../frontmatter';

export interface MdHeading {
  readonly level: number;
  /** The heading's text, trimmed, without the #s. */
  readonly title: string;
}

export interface MdLine {
  /** The line without its line break (and without a trailing \r). */
  readonly text: string;
  /** 0-based line number in the whole text. */
  readonly line: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's break (the next line's start, or the text's length). */
  readonly next: number;
  /** A code fence delimiter or a line inside a fenced block. */
  readonly code: boolean;
  /** Inside a multi-line HTML comment, or a line that is only a comment. */
  readonly comment: boolean;
  /** Set on a heading line (for a setext heading: on its text line; its underline is `underline`). */
  readonly heading?: MdHeading;
  /** The `===`/`---` line under a setext heading. */
  readonly underline?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BLOCK_START = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|<|\||#{1,6}(?:[ \t]|$))|^ {0,3}[-*+]$|^\s{4}/;

/** The lines of a note's body (after front matter unless `fromStart`), classified. */
export function markdownLines(text: string, options: { fromStart?: boolean } = {}): MdLine[] {
  const out: MdLine[] = [];
  const skip = options.fromStart ? 0 : parseFrontMatter(text).bodyOffset;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let line = 0;
  let start = 0;
  // Line numbers count the front matter too, so they match the editor's.
  while (start < skip) {
    const eol = text.indexOf('\n', start);
    if (eol < 0 || eol >= skip) break;
    start = eol + 1;
    line++;
  }
  start = skip;
  let previousParagraph: number | undefined;
  while (start <= text.length) {
    const eol = text.indexOf('\n', start);
    const end = eol < 0 ? text.length : eol;
    const next = eol < 0 ? text.length : eol + 1;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    let entry: MdLine;
    if (fence) {
      const close = FENCE.exec(raw);
      if (close && close[1] && close[1][0] === fence.char && close[1].length >= fence.length && !(close[2] ?? '').trim()) fence = undefined;
      entry = { text: raw, line, start, next, code: true, comment: false };
      previousParagraph = undefined;
    } else if (inComment) {
      if (raw.includes('-->')) inComment = false;
      entry = { text: raw, line, start, next, code: false, comment: true };
      previousParagraph = undefined;
    } else {
      const open = FENCE.exec(raw);
      if (open && open[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
        fence = { char: open[1][0] ?? '`', length: open[1].length };
        entry = { text: raw, line, start, next, code: true, comment: false };
        previousParagraph = undefined;
      } else if (/^\s*<!--/.test(raw) && commentEnd(raw) !== 'text') {
        inComment = commentEnd(raw) === 'open';
        entry = { text: raw, line, start, next, code: false, comment: true };
        previousParagraph = undefined;
      } else {
        const atx = ATX.exec(raw);
        const setext = previousParagraph !== undefined ? SETEXT.exec(raw) : null;
        if (atx && atx[1]) {
          entry = { text: raw, line, start, next, code: false, comment: false, heading: { level: atx[1].length, title: (atx[2] ?? '').trim() } };
          previousParagraph = undefined;
        } else if (setext && setext[1] && previousParagraph !== undefined) {
          const title = out[previousParagraph];
          if (title) out[previousParagraph] = { ...title, heading: { level: setext[1][0] === '=' ? 1 : 2, title: title.text.trim() } };
          entry = { text: raw, line, start, next, code: false, comment: false, underline: true };
          previousParagraph = undefined;
        } else {
          entry = { text: raw, line, start, next, code: false, comment: false };
          // Only a one-line paragraph at the margin can become a setext heading here (a list item, quote or table cannot).
          previousParagraph = raw.trim() && !BLOCK_START.test(raw) ? out.length : undefined;
        }
      }
    }
    out.push(entry);
    line++;
    if (eol < 0) break;
    start = next;
  }
  return out;
}

/** For a line that starts with "<!--": still open at its end, closed with nothing after, or followed by text. */
function commentEnd(raw: string): 'open' | 'closed' | 'text' {
  const close = raw.indexOf('-->', raw.indexOf('<!--') + 4);
  if (close < 0) return 'open';
  return raw.slice(close + 3).trim() ? 'text' : 'closed';
}

/** Lower-case letters and digits only, single spaces: for comparing titles and phrases. */
export function normalizeTitle(text: string): string {
  // Most notes are ASCII: Unicode normalization and property classes cost ten times more.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Index of the first line after the section that the heading at `index` opens (next heading of the same or a higher level). */
export function sectionEnd(lines: readonly MdLine[], index: number): number {
  const level = lines[index]?.heading?.level ?? 7;
  for (let i = index + 1; i < lines.length; i++) {
    const h = lines[i]?.heading;
    if (h && h.level <= level) return i;
  }
  return lines.length;
}

/** "2,916": a count with thousands separators that does not depend on the host's locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
