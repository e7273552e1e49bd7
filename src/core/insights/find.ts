// Finds the questions a manager asks in a note, with their form (open or closed) and whether they
// were asked. The prose is found and masked as the linter does (src/core/lint/prose.ts): a question
// inside code, a table, a block quote, a heading, front matter, an HTML comment or quoted speech is
// not a question. Pure: no vscode, no Node.
import { proseText, splitChunks } from '../lint/prose';
import { isAscii, splitSentences } from '../lint/sentences';
import { lineStarts, positionOf } from '../text';
import { readSentence, type QuestionForm } from './classify';
import { isAsked, outline } from './outline';

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
  /** False for a prompt of the template's question list that has nothing written after it. */
  readonly asked: boolean;
}

/**
 * A chunk can hold a question only if it has a question mark, an invitation ("tell me", "walk me
 * through", "curious"), or a line that opens with a question word: the others are not parsed at all.
 */
const MAY_ASK = /\?|\b(?:tell|walk|talk|take|help|say|share|describe|explain|expand|elaborate|unpack|give|paint|fill|catch|curious|interested|to hear|to know|to understand|to learn)\b|^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:how|what|why|where|who|which|when|whats|hows|wat|can|could|would|will|do|did|does|are|is|have|has|should|shall|may)\b/im;

/** First words a sentence without a question mark needs to be read at all (see readSentence). */
const NO_MARK_START = new Set([
  'tell', 'walk', 'talk', 'take', 'help', 'say', 'share', 'describe', 'explain', 'expand', 'elaborate', 'unpack', 'give',
  'paint', 'fill', 'catch', 'curious', 'interested', 'keen', 'would', 'love', 'i', "i'm", "i'd", 'im', 'so', 'and', 'ok', 'okay', 'also', 'please', 'just', 'but',
  'how', 'what', 'why', 'where', 'who', 'which', 'when', 'whats', 'hows', "what's", "how's", 'wat', 'can', 'could', 'would',
  'will', 'do', 'did', 'does', 'are', 'is', 'have', 'has', 'should', 'shall', 'may', 'me', 'q', 'hey', 'btw', 'now', 'then',
]);

/** The questions of one chunk, offsets relative to it; no line numbers and no asked flag yet. */
export interface ChunkQuestion {
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly form: QuestionForm;
}

/** The questions of a chunk of a note (see splitChunks): the part that can be cached by the chunk's text. */
export function chunkQuestions(chunk: string): readonly ChunkQuestion[] {
  if (!MAY_ASK.test(chunk)) return [];
  const prose = proseText(chunk);
  if (!prose.blocks.length) return [];
  const out: ChunkQuestion[] = [];
  const ascii = isAscii(prose.norm);
  for (const block of prose.blocks) {
    for (const s of splitSentences(prose.norm, block.start, block.end, chunk, ascii)) {
      if (!s.words.length) continue;
      if (!s.question && !NO_MARK_START.has(s.words[0].w)) continue;
      const lineStart = Math.max(chunk.lastIndexOf('\n', s.start - 1), chunk.lastIndexOf('\r', s.start - 1)) + 1;
      let lineEnd = s.end;
      while (lineEnd < chunk.length && chunk[lineEnd] !== '\n' && chunk[lineEnd] !== '\r') lineEnd++;
      const reading = readSentence({
        text: chunk.slice(s.start, s.end),
        masked: s.norm,
        lineBefore: chunk.slice(lineStart, s.start),
        lineAfter: chunk.slice(s.end, lineEnd),
      }, s.question);
      if (!('form' in reading)) continue;
      let end = s.start + reading.to;
      while (end > s.start && /\s/.test(chunk[end - 1])) end--;
      out.push({ start: s.start + reading.from, end, sentenceStart: s.start, sentenceEnd: s.end, form: reading.form });
    }
  }
  return out;
}

/** Caches chunk results by the chunk's text (the template's question list repeats across notes). */
export interface ChunkMemo {
  get(chunk: string): readonly ChunkQuestion[] | undefined;
  set(chunk: string, questions: readonly ChunkQuestion[]): void;
}

/** The questions of a note, in order, with line, column, form and whether each was asked. */
export function findQuestions(text: string, memo?: ChunkMemo): FoundQuestion[] {
  const found: { q: ChunkQuestion; d: number }[] = [];
  for (const chunk of splitChunks(text)) {
    if (chunk.frontMatter) continue;
    const src = text.slice(chunk.start, chunk.end);
    let qs = memo?.get(src);
    if (!qs) {
      qs = chunkQuestions(src);
      memo?.set(src, qs);
    }
    for (const q of qs) found.push({ q, d: chunk.start });
  }
  if (!found.length) return [];
  const lines = outline(text);
  const starts = lineStarts(text);
  return found.map(({ q, d }) => {
    const start = q.start + d;
    const end = q.end + d;
    const pos = positionOf(starts, text.length, start);
    return {
      start, end, sentenceStart: q.sentenceStart + d, sentenceEnd: q.sentenceEnd + d,
      line: pos.line + 1, column: pos.character + 1,
      text: text.slice(start, end).replace(/\s+/g, ' '),
      form: q.form,
      asked: isAsked(text, lines, start, end),
    };
  });
}

function questionKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The ids of the given questions (a question set) asked in a note, by the same rule as the numbers:
 * a template prompt with nothing written after it is not asked; one the manager wrote elsewhere is.
 * A found question counts for a set question when it contains the set question's words (so a
 * reworded ending or an answer on the same line still matches). Meant to replace prep.ts's
 * askedQuestions, so the prep view and the numbers never disagree.
 */
export function askedQuestionIds(text: string, questions: readonly { readonly id: string; readonly text: string }[], found?: readonly FoundQuestion[]): Set<string> {
  const asked = (found ?? findQuestions(text)).filter(q => q.asked).map(q => questionKey(q.text));
  const ids = new Set<string>();
  if (!asked.length) return ids;
  for (const q of questions) {
    const key = questionKey(q.text);
    if (key && asked.some(a => a.includes(key))) ids.add(q.id);
  }
  return ids;
}
