// Per-note coaching numbers: questions asked by kind (open, closed, leading) and telling found.
// A note's numbers depend on its text and its lint result only, so they can be cached by text and
// recomputed for one edited note alone. Pure: no vscode, no Node.
import { askedCount, isTold, openShare, TOLD_RULES, type InsightCounts } from './counts';
import type { Finding, QuestionSpan } from '../lint/types';
import { findQuestions, placeQuestions, type FoundQuestion, type QuestionMemo } from './find';
import { isReadableText } from './bytes';

export type QuestionKind = 'open' | 'closed' | 'leading';

export interface NoteQuestion {
  /** 1-based line and column of the question's first character. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly kind: QuestionKind;
  /** False for a planned question (a template prompt, a talking point) with nothing written after it: not counted. */
  readonly asked: boolean;
  /** Offsets of the question in the note. */
  readonly start: number;
  readonly end: number;
}


export interface NoteStats {
  readonly counts: InsightCounts;
  /** Every question in the note, asked or not, in order. */
  readonly questions: readonly NoteQuestion[];
  /** False for text that is not a readable note (NUL bytes, mostly undecodable): it is no meeting. */
  readonly readable: boolean;
}

export const LEADING_RULE = 'leading-question';

export const EMPTY_STATS: NoteStats = { counts: { open: 0, closed: 0, leading: 0, told: 0 }, questions: [], readable: true };

/** The lint result a note's numbers need: its findings (from lintMarkdown or a Linter). */
export interface LintFindings {
  readonly findings: readonly Pick<Finding, 'ruleId' | 'start' | 'end'>[];
  /**
   * The questions the linter read while it parsed the note (LintResult.asks). Without them the note's
   * prose is parsed again to find them.
   */
  readonly asks?: readonly QuestionSpan[];
  /** The setting's talking-point headings the note was linted with (LintResult.talkHeadings): questions under them are plans. */
  readonly talkHeadings?: readonly string[];
}


function overlaps(f: Pick<Finding, 'start' | 'end'>, start: number, end: number): boolean {
  return f.start < end && f.end > start;
}

/**
 * A question's kind from its form and the linter's findings in its sentence: a leading-question
 * finding makes it leading; any other finding there (a request dressed as a question, "Can you make
 * sure ...?") makes it telling, counted as told and not as a question.
 */
function kindOf(q: FoundQuestion, findings: readonly Pick<Finding, 'ruleId' | 'start' | 'end'>[]): QuestionKind | undefined {
  let kind: QuestionKind = q.form;
  for (const f of findings) {
    if (!overlaps(f, q.sentenceStart, q.sentenceEnd)) continue;
    if (f.ruleId === LEADING_RULE) kind = 'leading';
    else return undefined;
  }
  return kind;
}

/** The questions of a note with their kinds, given its lint result. */
export function noteQuestions(text: string, lint: LintFindings, memo?: QuestionMemo): NoteQuestion[] {
  const out: NoteQuestion[] = [];
  // The linter gives findings in order of the text, custom phrases aside: sort only when needed.
  let findings = lint.findings;
  for (let k = 1; k < findings.length; k++) {
    if (findings[k].start < findings[k - 1].start) {
      findings = [...findings].sort((a, b) => a.start - b.start);
      break;
    }
  }
  let from = 0;
  for (const q of lint.asks ? placeQuestions(text, lint.asks, lint.talkHeadings) : findQuestions(text, memo, lint.talkHeadings)) {
    // Findings are in order: skip those that end before this sentence.
    while (from < findings.length && findings[from].end <= q.sentenceStart) from++;
    let to = from;
    while (to < findings.length && findings[to].start < q.sentenceEnd) to++;
    const kind = kindOf(q, findings.slice(from, to));
    if (!kind) continue;
    out.push({ line: q.line, column: q.column, text: q.text, kind, asked: q.asked, start: q.start, end: q.end });
  }
  return out;
}

/** A note's numbers from its text and its lint result. Unreadable text counts nothing. */
export function noteStats(text: string, lint: LintFindings, memo?: QuestionMemo): NoteStats {
  if (!isReadableText(text)) return { ...EMPTY_STATS, readable: false };
  const questions = noteQuestions(text, lint, memo);
  let open = 0;
  let closed = 0;
  let leading = 0;
  for (const q of questions) {
    if (!q.asked) continue;
    if (q.kind === 'open') open++;
    else if (q.kind === 'closed') closed++;
    else leading++;
  }
  let told = 0;
  for (const f of lint.findings) if (TOLD_RULES.has(f.ruleId)) told++;
  return { counts: { open, closed, leading, told }, questions, readable: true };
}

/** The counts added up. */
export function sumCounts(list: Iterable<InsightCounts>): InsightCounts {
  let open = 0, closed = 0, leading = 0, told = 0;
  for (const c of list) {
    open += c.open;
    closed += c.closed;
    leading += c.leading;
    told += c.told;
  }
  return { open, closed, leading, told };
}

export { askedCount, isTold, openShare, type InsightCounts };
