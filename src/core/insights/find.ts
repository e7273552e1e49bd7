// Finds the questions a manager asks in a note, with their form (open or closed) and whether they
// were asked. The prose is found and masked as the linter does (src/core/lint/prose.ts): a question
// inside code, a table, a block quote, a heading, front matter, an HTML comment or quoted speech is
// not a question. Pure: no vscode, no Node.
import { splitChunks } from '../lint/chunks';
import { proseText } from '../lint/prose';
import { splitSentences, type Sentence } from '../lint/sentences';
import type { QuestionSpan } from '../lint/types';
import { detached } from '../text';
import { setCandidateReader } from '../lint/question-reader';
import { questionCandidate } from './candidate';
import { readSentence, type QuestionForm, type Reading } from './classify';
import { isAsked, OPENING, promptSections } from './outline';

export interface FoundQuestion {
  /** The question, as offsets into the note (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The sentence the question is in, as the linter splits it (its findings point into it). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** 1-based line and column of the question's first character. */
  readonly line: number;
  readonly column: number;
  /** The question as written, white space runs made single spaces. */
  readonly text: string;
  readonly form: QuestionForm;
  /** False for a planned question (the template's question lists, the manager's talking points) with nothing written after it. */
  readonly asked: boolean;
}

/** Invitations and curiosity that ask without a question mark ("Tell me about", "I'm curious how"), and a question noted as asked ("Asked what ..."). */
const HINT = String.raw`\b(?:tell|walk|talk|take|help|fill|catch|give|paint)\s+(?:me|us)\b|\bsay\s+(?:more|a\s+bit)\b|\b(?:share|describe|explain|expand|elaborate|unpack|curious|interested|asked)\b|\bto\s+(?:hear|know|understand|learn)\b`;
/**
 * A chunk can hold a question only if it has a question mark, an invitation, or a sentence that opens
 * with a question word: the others are not parsed at all. The same test on each paragraph's masked
 * text decides whether its sentences are split.
 */
const MAY_ASK = new RegExp(String.raw`\?|${HINT}|(?:^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*|[.!;:]\s+)${OPENING}`, 'im');
const BLOCK_MAY_ASK = new RegExp(String.raw`${HINT}|(?:^|[\n.!;:]\s*)${OPENING}`);

/** The questions of one chunk, offsets relative to it; no line numbers and no asked flag yet. */
export type ChunkQuestion = QuestionSpan;

interface Remembered {
  readonly question: boolean;
  /** The sentence's line (as much as its reading looks at), and where the sentence is in it. */
  readonly line: string;
  readonly from: number;
  readonly to: number;
  readonly reading: Reading;
}

function sameAt(chunk: string, at: number, to: number, s: string): boolean {
  return to - at === s.length && chunk.startsWith(s, at);
}

/**
 * Readings remembered while reading many notes, by sentence and line: a reading depends on nothing
 * else, and the template's questions come back in every note. Keyed by the sentence's masked text
 * (which holds its masking) and confirmed against the chunk without copying it: the same line, the
 * sentence at the same place in it (one comparison, not one each for the sentence and the text
 * before and after it). Bounded: emptied when full. One memo per cache; without one, nothing is
 * remembered.
 */
export class QuestionMemo {
  private readonly readings = new Map<string, Remembered[]>();

  constructor(private readonly max = 20_000) {}

  reading(chunk: string, s: SentenceSpan, lineStart: number, lineEnd: number): Reading {
    const list = this.readings.get(s.norm);
    const from = s.start - lineStart;
    const to = s.end - lineStart;
    if (list) {
      for (const e of list) {
        if (e.from === from && e.to === to && e.question === s.question && sameAt(chunk, lineStart, lineEnd, e.line)) return e.reading;
      }
    }
    const input = readingInput(chunk, s, lineStart, lineEnd);
    const reading = readSentence(input, s.question);
    if (this.readings.size >= this.max) this.readings.clear();
    // A copy of the line: a slice would keep the note it was cut from alive as long as the memo.
    const entry: Remembered = { question: s.question, line: detached(chunk.slice(lineStart, lineEnd)), from, to, reading };
    if (list) list.push(entry);
    else this.readings.set(s.norm, [entry]);
    return reading;
  }
}

function readingInput(chunk: string, s: SentenceSpan, lineStart: number, lineEnd: number) {
  return { text: chunk.slice(s.start, s.end), masked: s.norm, lineBefore: chunk.slice(lineStart, s.start), lineAfter: chunk.slice(s.end, lineEnd) };
}

/** How much of a sentence's line, each side of it, its reading looks at (list markers, emphasis, brackets). */
const LINE_CONTEXT = 256;

/** What reading a sentence needs of it: where it is in its chunk, its masked text, its question mark. */
export type SentenceSpan = Pick<Sentence, 'start' | 'end' | 'question' | 'norm'>;

/** The question a candidate sentence asks, if any (offsets relative to the chunk). */
export function readCandidate(chunk: string, s: SentenceSpan, memo?: QuestionMemo): ChunkQuestion | undefined {
  // The sentence's line around it, at most LINE_CONTEXT characters each side: a line of thousands of
  // sentences must not make each one read the whole line.
  const stop = Math.max(0, s.start - LINE_CONTEXT);
  let lineStart = s.start;
  while (lineStart > stop && chunk.charCodeAt(lineStart - 1) !== 10 && chunk.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const limit = Math.min(chunk.length, s.end + LINE_CONTEXT);
  let lineEnd = s.end;
  while (lineEnd < limit && chunk.charCodeAt(lineEnd) !== 10 && chunk.charCodeAt(lineEnd) !== 13) lineEnd++;
  const reading = memo ? memo.reading(chunk, s, lineStart, lineEnd) : readSentence(readingInput(chunk, s, lineStart, lineEnd), s.question);
  if (!('form' in reading)) return undefined;
  let end = s.start + reading.to;
  while (end > s.start && /\s/.test(chunk[end - 1])) end--;
  return { start: s.start + reading.from, end, sentenceStart: s.start, sentenceEnd: s.end, form: reading.form };
}

/**
 * The question a sentence of a chunk asks, if any (offsets relative to the chunk). A linter that
 * already splits the chunk into sentences keeps the candidates and reads them when asked, so both
 * share one parse.
 */
export function sentenceQuestion(chunk: string, s: Sentence, memo?: QuestionMemo): ChunkQuestion | undefined {
  return questionCandidate(chunk, s) ? readCandidate(chunk, s, memo) : undefined;
}

/** The questions of a chunk of a note (see splitChunks): the part that can be cached by the chunk's text. */
export function chunkQuestions(chunk: string, memo?: QuestionMemo): readonly ChunkQuestion[] {
  if (!MAY_ASK.test(chunk)) return [];
  const prose = proseText(chunk);
  if (!prose.blocks.length) return [];
  const out: ChunkQuestion[] = [];
  for (const block of prose.blocks) {
    // A task ("- [ ] ask her whether ...") is an action, not a question asked.
    if (block.task) continue;
    const mark = prose.norm.indexOf('?', block.start);
    if ((mark < 0 || mark >= block.end) && !BLOCK_MAY_ASK.test(prose.norm.slice(block.start, block.end))) continue;
    for (const s of splitSentences(prose.norm, block.start, block.end, chunk)) {
      const q = sentenceQuestion(chunk, s, memo);
      if (q) out.push(q);
    }
  }
  return out;
}

/**
 * The questions of a note, in order, with line, column, form and whether each was asked. Parses the
 * note's prose itself; a lint result already holds the same spans (LintResult.asks): see placeQuestions.
 */
export function findQuestions(text: string, memo?: QuestionMemo, talkHeadings?: readonly string[]): FoundQuestion[] {
  const found: QuestionSpan[] = [];
  for (const chunk of splitChunks(text)) {
    if (chunk.frontMatter) continue;
    const src = text.slice(chunk.start, chunk.end);
    for (const q of chunkQuestions(src, memo)) {
      const d = chunk.start;
      found.push({ start: q.start + d, end: q.end + d, sentenceStart: q.sentenceStart + d, sentenceEnd: q.sentenceEnd + d, form: q.form });
    }
  }
  return placeQuestions(text, found, talkHeadings);
}

/**
 * Questions found in a note (offsets into it, in order) with their line, column, text and whether each
 * was asked. `talkHeadings`: the setting's talking-point headings, lower case (LintResult.talkHeadings).
 */
export function placeQuestions(text: string, found: readonly QuestionSpan[], talkHeadings?: readonly string[]): FoundQuestion[] {
  if (!found.length) return [];
  const sections = promptSections(text, talkHeadings);
  // Line and column by counting line breaks up to each question, in order (no table of every line).
  let line = 0;
  let lineStart = 0;
  let at = 0;
  // Most notes have no CR at all: the native search for one is much cheaper than the expression.
  const loneCR = text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text);
  return found.map(q => {
    const { start, end } = q;
    // Line breaks up to the question, from where the last one was found: by the native indexOf, or
    // character by character when the note has lone CRs (old Mac files), which count as breaks too.
    if (loneCR) {
      for (; at < start; at++) {
        const c = text.charCodeAt(at);
        if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) {
          line++;
          lineStart = at + 1;
        }
      }
    } else {
      for (let lf = text.indexOf('\n', at); lf >= 0 && lf < start; lf = text.indexOf('\n', lf + 1)) {
        line++;
        lineStart = lf + 1;
      }
      at = Math.max(at, lineStart);
    }
    return {
      start, end, sentenceStart: q.sentenceStart, sentenceEnd: q.sentenceEnd,
      line: line + 1, column: start - lineStart + 1,
      text: oneLine(text.slice(start, end)),
      form: q.form,
      asked: isAsked(text, sections, start, end),
    };
  });
}

/** White space runs as single spaces (a question may run over lines). */
function oneLine(s: string): string {
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

function questionKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The ids of the given questions (a question set) asked in a note, by the same rule as the numbers:
 * a planned question (a template prompt, a talking point) with nothing written after it is not asked;
 * one the manager wrote elsewhere is.
 * A found question counts for a set question when it contains the set question's words (so a
 * reworded ending or an answer on the same line still matches). Meant to replace prep.ts's
 * askedQuestions, so the prep view and the numbers never disagree. `found`: the note's questions when
 * they are known (a note's NoteStats.questions), so the text is not read again.
 */
export function askedQuestionIds(text: string, questions: readonly { readonly id: string; readonly text: string }[], found?: readonly Pick<FoundQuestion, 'asked' | 'text'>[]): Set<string> {
  const asked = (found ?? findQuestions(text)).filter(q => q.asked).map(q => questionKey(q.text));
  const ids = new Set<string>();
  if (!asked.length) return ids;
  for (const q of questions) {
    const key = questionKey(q.text);
    if (key && asked.some(a => a.includes(key))) ids.add(q.id);
  }
  return ids;
}

export { questionCandidate };

/**
 * How a lint result reads its candidates into questions (core/lint/question-reader.ts), remembering
 * readings across notes: registered when this module loads, and handed by the features chunk to the
 * editor's main bundle, which does not carry the classifier.
 */
const LINT_MEMO = new QuestionMemo();
export const lintCandidateReader = (chunk: string, s: SentenceSpan): ChunkQuestion | undefined => readCandidate(chunk, s, LINT_MEMO);
setCandidateReader(lintCandidateReader);
