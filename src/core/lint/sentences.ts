// Sentences and words of a masked prose block.
import { outlineMarker } from './prose';
import { classOf } from './wordclass';

export interface Word {
  /** Offset of the word in the chunk. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, with typographic apostrophes made straight. */
  readonly w: string;
}

export class Sentence {
  /** Word indices where a directive clause may start; computed once by the rules that need it. */
  clauseStarts?: number[];
  /** Imperative readings by clause start, computed once by the rules that need them. */
  imperatives?: ({ readonly verb: number } | null | undefined)[];
  /** Whether the instruction at a verb is telling in the sentence's frame, by verb index (analysis.ts instructionTells). */
  tells?: (boolean | undefined)[];
  private tokens: Word[] | undefined;
  private wordClasses: number | undefined;

  constructor(
    /** Offsets in the chunk: the sentence's first and one-past-last non-space character. */
    readonly start: number,
    readonly end: number,
    /** Ends with a question mark. */
    readonly question: boolean,
    /** The sentence's masked text, lower-cased, apostrophes straight; same length as end - start. */
    readonly norm: string,
    words: Word[],
  ) {
    this.tokens = words;
  }

  get words(): readonly Word[] {
    return (this.tokens ??= tokenize(this.norm, this.start));
  }

  /** The union of the word classes of its words (wordclass.ts): which rules can find anything here. */
  get classes(): number {
    if (this.wordClasses === undefined) {
      let c = 0;
      for (const w of this.words) c |= classOf(w.w);
      this.wordClasses = c;
    }
    return this.wordClasses;
  }

  /**
   * Lets go of what can be rebuilt from `norm`. A finding keeps its sentence for rewrites made on
   * demand; without its word objects, thousands of kept sentences cost the garbage collector little.
   */
  release(): void {
    this.tokens = undefined;
    this.clauseStarts = undefined;
    this.imperatives = undefined;
    this.tells = undefined;
  }
}

/** The words of a sentence's normalized text, at chunk offsets (as splitSentences makes them). */
function tokenize(norm: string, start: number): Word[] {
  const words: Word[] = [];
  wordsIn(norm, 0, norm.length, start, isAscii(norm) ? undefined : WORD, words);
  return words;
}

/** True when the text has only ASCII characters, so the ASCII word scanner reads it exactly. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * The words of t[a, b), offsets shifted by `base`: by the Unicode pattern `re` if given, else by the
 * ASCII scanner. A word that runs past b is cut there.
 */
function wordsIn(t: string, a: number, b: number, base: number, re: RegExp | undefined, out: Word[]): void {
  if (!re) {
    asciiWords(t, a, b, base, out);
    return;
  }
  re.lastIndex = a;
  for (let m = re.exec(t); m && m.index < b; m = re.exec(t)) {
    const end = Math.min(b, m.index + m[0].length);
    out.push({ start: base + m.index, end: base + end, w: end === m.index + m[0].length ? m[0] : m[0].slice(0, end - m.index) });
  }
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'approx', 'no', 'jr', 'sr', 'st', 'cf', 'al']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const MAX_SENTENCE = 2000;

/** Candidate sentence ends: a run of . ! ? with closing quotes or brackets, or a line break. */
const BOUNDARY = /[.!?]+[)"'”’\]]*|\n/g;

/**
 * Splits the prose block [from, to) of a chunk into sentences. `norm` is the chunk's masked,
 * lower-cased text (see ProseText) and `chunk` its original text; offsets are the chunk's.
 */
export function splitSentences(norm: string, from: number, to: number, chunk: string, ascii: boolean): Sentence[] {
  const out: Sentence[] = [];
  // Words by the ASCII scanner, or by the Unicode pattern where the block has other characters.
  const re = ascii || isAscii(norm.slice(from, to)) ? undefined : WORD;
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(norm); ; m = BOUNDARY.exec(norm)) {
    let end: number;
    if (!m || m.index >= to) {
      end = to;
    } else {
      const i = m.index;
      if (norm.charCodeAt(i) === 10) {
        // A soft line break ends a sentence when the line has no closing punctuation and the next
        // line starts like a new sentence (notes are often written one thought per line).
        let k = i + 1;
        while (k < to && isSpace(norm.charCodeAt(k))) k++;
        // Case is the original's: norm is lower-cased, and an unmasked character is the chunk's.
        // The next line is a new point of an outline when its marker was masked: "- A: ...", "1.3 Q: ...".
        const point = k < to && isOutlinePoint(chunk, i + 1, k);
        if (k < to && (point || (isUpper(chunk[k]) && !endsClause(norm, start, i)))) {
          end = i;
        } else {
          continue;
        }
      } else {
        const j = Math.min(i + m[0].length, to);
        if (j < to && !isSpace(norm.charCodeAt(j))) continue;
        if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(norm, i, from)) continue;
        end = j;
      }
    }
    let a = start;
    let b = end;
    while (a < b && isSpace(norm.charCodeAt(a))) a++;
    while (b > a && isSpace(norm.charCodeAt(b - 1))) b--;
    // A sentence of thousands of characters is not prose a person wrote by hand: split it at the cap.
    while (b - a > MAX_SENTENCE) {
      out.push(makeSentence(norm, re, a, a + MAX_SENTENCE));
      a += MAX_SENTENCE;
    }
    if (b > a) out.push(makeSentence(norm, re, a, b));
    start = end;
    if (end >= to) return out;
  }
}

/** Whether the line at `from` starts (after its indentation) with an outline marker the prose masked, ending before `k`. */
function isOutlinePoint(chunk: string, from: number, k: number): boolean {
  let a = from;
  while (a < k && (chunk.charCodeAt(a) === 32 || chunk.charCodeAt(a) === 9)) a++;
  return a < k && outlineMarker(chunk, a, k + 1) > 0;
}

function isLetterOrDot(code: number, c: string): boolean {
  if (code < 128) return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(c);
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function isAbbreviation(s: string, dot: number, from: number): boolean {
  let k = dot;
  while (k > from && dot - k < 8 && isLetterOrDot(s.charCodeAt(k - 1), s[k - 1])) k--;
  if (dot - k >= 8) return false;
  const word = s.slice(k, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("J. Smith") and digits before a dot followed by a digit are not sentence ends.
  return word.length === 1 && /\p{L}/u.test(word);
}

/** True when the line before the break ends mid-clause (comma, colon, conjunction). */
function endsClause(s: string, from: number, lineEnd: number): boolean {
  let k = lineEnd;
  while (k > from && isSpace(s.charCodeAt(k - 1))) k--;
  if (k === from) return true;
  const last = s[k - 1];
  if (last === ',' || last === ';' || last === ':' || last === '-' || last === '(') return true;
  const tail = s.slice(Math.max(from, k - 5), k).toLowerCase();
  return /(^|\s)(and|or|but|to|the|a|of|if)$/.test(tail);
}

function makeSentence(norm: string, re: RegExp | undefined, a: number, b: number): Sentence {
  const words: Word[] = [];
  wordsIn(norm, a, b, 0, re, words);
  const last = norm.charCodeAt(b - 1);
  // norm has straight apostrophes where the text may have typographic ones: both are in the class.
  const question = last === 63 || (last !== 46 && /\?["'”’)\]]+$/.test(norm.slice(Math.max(a, b - 8), b)));
  return new Sentence(a, b, question, norm.slice(a, b), words);
}

/**
 * The words of lower-cased ASCII text in [a, b): the same as /[a-z0-9]+(?:'[a-z]+)*(?:-[a-z0-9]+)*\/g
 * (a word may run past b and is then cut there), scanned by character code: most of a lint is
 * tokenising, and this avoids a match object per word.
 */
export function asciiWords(t: string, a: number, b: number, base: number, out: Word[]): void {
  let i = a;
  while (i < b) {
    let c = t.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    do c = t.charCodeAt(++i); while (isAlnum(c));
    while (c === 39 && isLower(t.charCodeAt(i + 1))) {
      i += 2;
      while (isLower(t.charCodeAt(i))) i++;
      c = t.charCodeAt(i);
    }
    while (c === 45 && isAlnum(t.charCodeAt(i + 1))) {
      i += 2;
      while (isAlnum(t.charCodeAt(i))) i++;
      c = t.charCodeAt(i);
    }
    const end = i < b ? i : b;
    out.push({ start: base + start, end: base + end, w: t.slice(start, end) });
  }
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
