// The line structure of a note that the "asked" rule reads: headings, list items and their indent,
// HTML comments and code fences, and which lines lie in the template's question lists.
// Pure: no vscode, no Node.
import { frontMatterEnd } from '../lint/prose';
import { PROBLEM_FRAME_TITLE, QUESTION_SETS } from '../questions';
import { MODES } from '../modes';
import { SECTION } from '../templates';

export type LineKind = 'blank' | 'heading' | 'item' | 'text' | 'comment' | 'code';

export interface OutlineLine {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
  readonly kind: LineKind;
  /** Columns of leading white space (a tab counts 4); for an item, of its marker. */
  readonly indent: number;
  /** True for lines inside a template question list (under its heading, up to the next heading as high). */
  readonly prompts: boolean;
}

/** Normalised heading titles: letters and digits, lower case, single spaces. */
export function headingKey(title: string): string {
  return title.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Headings under which the template (and the question-set snippets) write questions to pick from:
 * the note's Questions and Problem to work on sections, the problem-solving frame, and each set's title.
 */
export const PROMPT_HEADINGS: ReadonlySet<string> = new Set([
  SECTION.questions, SECTION.problem, PROBLEM_FRAME_TITLE, ...MODES.map(m => QUESTION_SETS[m].title),
].map(headingKey));

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** The lines of a note after its front matter, each with its kind and whether it is in a prompt list. */
export function outline(text: string): OutlineLine[] {
  const out: OutlineLine[] = [];
  const body = frontMatterEnd(text);
  let fence = '';
  let comment = false;
  /** Level of the prompt heading whose section we are in, or 0. */
  let promptLevel = 0;
  let pos = body;
  const n = text.length;
  while (pos <= n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol);
    const indent = indentOf(line);
    let kind: LineKind;
    let heading: { level: number; title: string } | undefined;
    if (fence) {
      kind = 'code';
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !line.slice(m[0].length).trim()) fence = '';
    } else if (comment) {
      kind = 'comment';
      if (line.includes('-->')) comment = false;
    } else if (!line.trim()) {
      kind = 'blank';
    } else if (FENCE.test(line)) {
      kind = 'code';
      fence = FENCE.exec(line)![1];
    } else if (/^[ \t]{0,3}<!--/.test(line)) {
      kind = 'comment';
      comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    } else {
      const atx = ATX.exec(line);
      const prev = out[out.length - 1];
      if (atx) {
        kind = 'heading';
        heading = { level: atx[1].length, title: atx[2] ?? '' };
      } else if (SETEXT.test(line) && prev && prev.kind === 'text' && prev.indent < 4) {
        // "Title\n-----": the line above was the heading.
        const level = line.trim()[0] === '=' ? 1 : 2;
        const title = text.slice(prev.start, prev.end);
        const inside = promptLevel > 0 && promptLevel < level;
        promptLevel = PROMPT_HEADINGS.has(headingKey(title)) ? level : inside ? promptLevel : 0;
        out[out.length - 1] = { ...prev, kind: 'heading', prompts: promptLevel > 0 };
        kind = 'blank';
      } else {
        kind = ITEM.test(line) ? 'item' : 'text';
      }
    }
    if (heading) {
      if (promptLevel > 0 && heading.level <= promptLevel) promptLevel = 0;
      if (!promptLevel && PROMPT_HEADINGS.has(headingKey(heading.title))) promptLevel = heading.level;
    }
    out.push({ start: pos, end: eol, kind, indent, prompts: promptLevel > 0 && kind !== 'heading' });
    if (eol >= n) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return out;
}

/** Index of the line holding `offset` (lines in order, as outline() returns them). */
export function lineIndexAt(lines: readonly OutlineLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CONTENT = /[\p{L}\p{N}]/u;

/**
 * The asked rule. A question outside the template's question lists is asked: the manager wrote it.
 * One in them is asked only when something is written after it: on its own line after the question,
 * or on a following line before the next list item as high as its own, or the next heading. Blank
 * lines, HTML comments and empty list items ("  - ") are not an answer.
 */
export function isAsked(text: string, lines: readonly OutlineLine[], questionStart: number, questionEnd: number): boolean {
  const first = lineIndexAt(lines, questionStart);
  if (!lines[first]?.prompts) return true;
  const last = lineIndexAt(lines, Math.max(questionStart, questionEnd - 1));
  const own = lines[first];
  // After the question on its own line: "- What is on your mind? The reorg."
  const rest = text.slice(questionEnd, lines[last].end).replace(/<!--.*?(-->|$)/g, '');
  if (CONTENT.test(rest)) return true;
  const indent = own.indent;
  for (let k = last + 1; k < lines.length; k++) {
    const line = lines[k];
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.kind === 'heading') return false;
    if (line.kind === 'item' && line.indent <= indent) return false;
    const content = text.slice(line.start, line.end);
    if (line.kind === 'code' || CONTENT.test(content.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*(?:\[[ xX]\]\s*)?/, ''))) return true;
  }
  return false;
}
