// The "asked" rule and the structure it reads: the planned parts of a note (the template's question
// lists: sections under its Questions and Problem to work on headings, the problem-solving frame, a
// question set's title; and the manager's talking points, as the linter names them) and what is
// written after a question. Lines are scanned by character, with code fences and HTML
// comments followed, and no object made per line. Pure: no vscode, no Node.
import { frontMatterEnd } from '../lint/chunks';
import { plansTitle, sectionKind } from '../lint/sections';
import { PROBLEM_FRAME_TITLE, SECTION } from '../headings';
import { MODE_INFO, MODES } from '../modes';

/** Normalised heading titles: letters and digits, lower case, single spaces. */
export function headingKey(title: string): string {
  const lower = title.toLowerCase();
  // ASCII titles need no Unicode normalisation (most headings; this runs for every heading of every note).
  if (/^[\x20-\x7e]*$/.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Headings under which the template (and the question-set snippets) write questions to pick from:
 * the note's Questions and Problem to work on sections, the problem-solving frame, and each set's title.
 */
export const PROMPT_HEADINGS: ReadonlySet<string> = new Set([
  // A question set's title is its mode's (questions.ts questionSet).
  SECTION.questions, SECTION.problem, PROBLEM_FRAME_TITLE, ...MODES.map(m => MODE_INFO[m].title),
].map(headingKey));
const LONGEST_PROMPT = Math.max(...[...PROMPT_HEADINGS].map(h => h.length)) + 8;

/**
 * A planned part of a note: [start, end) offsets of the section under a heading of the template's
 * question lists ('prompts') or of the manager's talking points ('talk'). A question written there is
 * a plan until something is written under or after it.
 */
export interface PromptSection {
  readonly start: number;
  readonly end: number;
  readonly kind: 'prompts' | 'talk';
}

/**
 * Whether a heading's title names the manager's talking points ("My talking points", "To discuss",
 * "For next time"): read by the linter's own section names (lint/sections.ts plansTitle), with the
 * headings of the learningLeader.lint.talkingPointHeadings setting (lower case), so both read a note's
 * plans alike.
 */
export function isTalkTitle(title: string, talkHeadings: readonly string[] = []): boolean {
  return plansTitle(title, talkHeadings);
}

/** A heading nested in talking points that ends them: one that names another kind of section ("### Notes", "### What she said"). */
function endsTalk(title: string, talkHeadings: readonly string[]): boolean {
  return sectionKind(title, talkHeadings) !== 'neutral' && !plansTitle(title, talkHeadings);
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** What an answer has: a letter, a digit or an emoji ("👍" answers a question). */
const ANSWER_CHAR = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

function lineEnd(text: string, pos: number): number {
  const lf = text.indexOf('\n', pos);
  const end = lf < 0 ? text.length : lf;
  return end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function nextLine(text: string, pos: number): number {
  const lf = text.indexOf('\n', pos);
  return lf < 0 ? text.length + 1 : lf + 1;
}

function indentOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) n++;
    else if (c === 9) n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** First non-space character code of the line (-1 for a blank line). */
function firstChar(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** Follows fences and HTML comments line by line; says what a line is, for the scans below. */
class LineReader {
  private fence = '';
  private comment = false;

  /** True inside a fence or a comment: the next line's text is needed to see where it ends. */
  get inside(): boolean {
    return !!this.fence || this.comment;
  }

  /** 'code' and 'comment' inside them; otherwise the line's kind by its first character. */
  read(line: string, first: number): 'code' | 'comment' | 'blank' | 'heading' | 'other' {
    if (this.fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === this.fence[0] && m[1].length >= this.fence.length && !line.slice(m[0].length).trim()) this.fence = '';
      return 'code';
    }
    if (this.comment) {
      if (line.includes('-->')) this.comment = false;
      return 'comment';
    }
    if (first < 0) return 'blank';
    if (first === 96 || first === 126) {
      const m = FENCE.exec(line);
      if (m) {
        this.fence = m[1];
        return 'code';
      }
    }
    if (first === 60 && /^[ \t]{0,3}<!--/.test(line)) {
      this.comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
      return 'comment';
    }
    if (first === 35 && ATX.test(line)) return 'heading';
    return 'other';
  }
}

/** The first letters of the prompt headings: a title whose first letter is another is no prompt. */
const PROMPT_FIRST = new Set([...PROMPT_HEADINGS].map(h => h.charCodeAt(0)));

/** Whether a heading's title is one of the template's question-list headings (PROMPT_HEADINGS). */
export function isPromptTitle(title: string): boolean {
  if (title.length > LONGEST_PROMPT) return false;
  // Most headings ("1:1 with Sam — Friday 20 Nov", "Notes") are turned away by their first letter.
  for (let i = 0; i < title.length; i++) {
    let c = title.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 97 && c <= 122) {
      if (!PROMPT_FIRST.has(c)) return false;
      break;
    }
    if (c >= 48 && c <= 57) return false;
    if (c > 127) break;
  }
  const lower = title.trim().toLowerCase();
  if (PROMPT_HEADINGS.has(lower)) return true;
  // Only a title with marks, punctuation or odd spacing needs the full normalisation.
  return !/^[a-z]+(?: [a-z]+)*$/.test(lower) && PROMPT_HEADINGS.has(headingKey(title));
}

/** Whether a line read as 'other' is paragraph text: not a list item, not indented code. */
function paragraphLine(text: string, start: number, end: number, whole: boolean): boolean {
  return !ITEM.test(whole ? text.slice(start, end) : text.slice(start, Math.min(end, start + 16))) && indentOf(text, start, end) < 4;
}

/**
 * The planned parts of a note: the sections under prompt headings and talking-point headings, each up
 * to the next heading as high (a heading nested in talking points that names another kind of section
 * ends them too). `talkHeadings`: the setting's talking-point headings, lower case.
 */
export function promptSections(text: string, talkHeadings: readonly string[] = []): PromptSection[] {
  const out: PromptSection[] = [];
  const reader = new LineReader();
  let open: { start: number; level: number; kind: PromptSection['kind'] } | undefined;
  // The line before: where it is, whether it was plain text read as such ('other'), and whether its text was cut.
  let prevStart = -1;
  let prevEnd = -1;
  let prevOther = false;
  let prevMaybe = false;
  const heading = (level: number, title: string, at: number, after: number) => {
    if (open && (level <= open.level || (open.kind === 'talk' && endsTalk(title, talkHeadings)))) {
      out.push({ start: open.start, end: at, kind: open.kind });
      open = undefined;
    }
    if (!open) {
      if (isPromptTitle(title)) open = { start: after, level, kind: 'prompts' };
      else if (isTalkTitle(title, talkHeadings)) open = { start: after, level, kind: 'talk' };
    }
  };
  for (let pos = frontMatterEnd(text), lf: number; pos <= text.length; pos = lf + 1) {
    lf = text.indexOf('\n', pos);
    if (lf < 0) lf = text.length;
    const end = lf > pos && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    const first = firstChar(text, pos, end);
    // Only lines that may be headings, fences or comments need their text.
    const maybe = reader.inside || first === 35 || first === 96 || first === 126 || first === 60 || first === 61 || first === 45;
    const line = maybe ? text.slice(pos, end) : '';
    const kind = maybe ? reader.read(line, first) : reader.read('', first);
    if (kind === 'heading') {
      const m = ATX.exec(line)!;
      heading(m[1].length, m[2] ?? '', pos, lf + 1);
    } else if (kind === 'other' && (first === 61 || first === 45) && prevOther && paragraphLine(text, prevStart, prevEnd, prevMaybe) && SETEXT.test(line)) {
      heading(line.trim()[0] === '=' ? 1 : 2, text.slice(prevStart, prevEnd), prevStart, lf + 1);
    }
    // Whether the line is paragraph text (which a line of = or - under it makes a heading) is asked only then.
    prevStart = pos;
    prevEnd = end;
    prevOther = kind === 'other';
    prevMaybe = maybe;
  }
  if (open) out.push({ start: open.start, end: text.length, kind: open.kind });
  return out;
}

/** Words a question may open with, also without a question mark ("hows the move going"): find.ts reads them too. */
export const OPENING = String.raw`(?:how|what|why|where|who|which|when|whats|hows|wat|can|could|would|will|do|did|does|are|is|have|has|should|shall|may)\b`;
/**
 * How a further question on the same line opens: "or", "any", or a question word or an inverted verb
 * maybe after "and", "but" or "so" ("What went well? And what did not?", "Is it the tests? Or the
 * deploy?", "Any blockers?"), maybe after a label that makes it the manager's ("Ask her: how would you
 * ...?", the linter's rewrite of planned telling; "Asked: ...", "Q: ..."). A question opened otherwise
 * is read as part of the answer: left out. Group 1 is the label.
 */
const QUESTION_OPENER = new RegExp(String.raw`^[*_"“'([]*((?:ask(?:ed)?(?:\s+[^\s:?]+)?|i\s+asked(?:\s+[^\s:?]+)?|q)\s*:\s*)?(?:or\b|(?:(?:and|but|so)\s+)?(?:any|was|were|${OPENING}))`, 'i');
/** What ends a sentence inside a line: a further question holds none before its mark. */
const BREAK = /[.!;:]\s/;

/**
 * Where the answer written after a question on its own line starts, as an offset in `line`, or -1
 * when there is none. `start` and `end` are where the question was read to start and end in `line`.
 * The question ends at its last question mark, with closing quotes, brackets and emphasis: the
 * question reader keeps a quotation's mark inside the question ("What did you think of the “Why now?”
 * talk?") and may read a question on past its mark ("What would help?: more focus time"). One without
 * a mark (an invitation: "Walk me through the outage.") ends at `end`. Further questions on the line
 * are not an answer ("What went well? What did not?", "Ask her: how would you ...? Ask her: what
 * ...?"): one opens with "or", "any", a question word or an inverted verb, maybe after the manager's
 * label, and reaches its question mark with no sentence end before it. Anything else
 * with a letter, a digit or an emoji is, whatever sets it off ("? Late changes", "? - fine", "?: more
 * time", "? Nothing. Why do you ask?", "? — Will I lose my team?"). HTML comments are no answer. The
 * status bar (isAsked) and the shared agenda (items/agenda.ts) both read answers by this rule, so a
 * question the numbers count as answered never goes out with its answer.
 */
export function answerOnLine(line: string, start = 0, end = line.length): number {
  const text = withoutComments(line);
  const at = text.lastIndexOf('?', end - 1) + 1;
  return answerFrom(text, at <= start ? end : at);
}

/** A line with its HTML comments blanked to spaces (the same length). */
function withoutComments(line: string): string {
  return line.includes('<!--') ? line.replace(/<!--.*?(?:-->|$)/g, m => ' '.repeat(m.length)) : line;
}

/** Where an answer starts in `text` from `at` (past further questions), or -1: see answerOnLine. */
function answerFrom(text: string, at: number): number {
  for (;;) {
    // Closing quotes, brackets and emphasis belong to the question; then the space before the answer.
    at += /^["'”’»)\]*_`]*\s*/.exec(text.slice(at))?.[0].length ?? 0;
    const rest = text.slice(at);
    if (!ANSWER_CHAR.test(rest)) return -1;
    const opener = QUESTION_OPENER.exec(rest);
    const mark = opener ? text.indexOf('?', at) + 1 : 0;
    // The label's colon is no sentence end: the question is read from after it.
    if (!mark || BREAK.test(text.slice(at + (opener?.[1]?.length ?? 0), mark))) return at;
    at = mark;
  }
}

/**
 * The asked rule. A question outside the planned parts of a note (promptSections: the template's
 * question lists and the manager's talking points) is asked: the manager wrote it down. One in them
 * is a plan, asked only when something is written after it: an answer on its own line after the
 * question (answerOnLine), or on a following line before the next list item as high as its own, or
 * the next heading. Blank lines, HTML comments, empty list items ("  - ") and lines (not list items)
 * that hold only further questions, read as on the question's line, are no answer.
 */
export function isAsked(text: string, sections: readonly PromptSection[], questionStart: number, questionEnd: number): boolean {
  if (!sections.some(s => questionStart >= s.start && questionStart < s.end)) return true;
  const ownStart = text.lastIndexOf('\n', questionStart - 1) + 1;
  const indent = indentOf(text, ownStart, questionStart);
  // After the question on its own line: "- What is on your mind? The reorg."
  const ownEnd = lineEnd(text, Math.max(questionStart, questionEnd - 1));
  if (answerOnLine(text.slice(questionStart, ownEnd), 0, questionEnd - questionStart) >= 0) return true;
  const reader = new LineReader();
  for (let pos = nextLine(text, ownEnd); pos <= text.length; pos = nextLine(text, pos)) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end);
    const kind = reader.read(line, firstChar(text, pos, end));
    if (kind === 'blank' || kind === 'comment') continue;
    if (kind === 'heading') return false;
    if (kind === 'code') return true;
    if (ITEM.test(line) && indentOf(text, pos, end) <= indent) return false;
    // A line underlined as a setext heading is a heading, not an answer.
    const next = nextLine(text, pos);
    if (next <= text.length && SETEXT.test(text.slice(next, lineEnd(text, next))) && !ITEM.test(line)) return false;
    const content = line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*(?:\[[ xX]\]\s*)?/, '');
    if (!ANSWER_CHAR.test(content)) continue;
    // A line of the paragraph that holds only further questions is no answer, as on the question's own line.
    if (content.length === line.length && answerFrom(withoutComments(line), 0) < 0) continue;
    return true;
  }
  return false;
}
