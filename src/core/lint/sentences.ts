// Sentences and words of a masked prose block.

export interface Word {
  /** Offset of the word in the chunk. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, with typographic apostrophes made straight. */
  readonly w: string;
}

export interface Sentence {
  /** Offsets in the chunk: the sentence's first and one-past-last non-space character. */
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
  /** Ends with a question mark. */
  readonly question: boolean;
  /** The sentence's masked text, lower-cased, apostrophes straight; same length as end - start. */
  readonly norm: string;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'approx', 'no', 'jr', 'sr', 'st', 'cf', 'al']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;
const MAX_SENTENCE = 2000;

/** Splits a masked block into sentences. `base` is the block's offset in the chunk. */
export function splitSentences(masked: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  const n = masked.length;
  let start = 0;
  const emit = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpace(masked.charCodeAt(a))) a++;
    while (b > a && isSpace(masked.charCodeAt(b - 1))) b--;
    // A sentence of thousands of characters is not prose a person wrote by hand: split it at the cap.
    while (b - a > MAX_SENTENCE) {
      out.push(makeSentence(masked, a, a + MAX_SENTENCE, base));
      a += MAX_SENTENCE;
    }
    if (b > a) out.push(makeSentence(masked, a, b, base));
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = masked.charCodeAt(i);
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
      let j = i + 1;
      while (j < n && (masked.charCodeAt(j) === 46 || masked.charCodeAt(j) === 33 || masked.charCodeAt(j) === 63)) j++;
      // Closing quotes or brackets stay with the sentence they end.
      while (j < n && /[)"'”’\]]/.test(masked[j])) j++;
      if (j < n && !isSpace(masked.charCodeAt(j))) { i = j - 1; continue; }
      if (c === 46 && isAbbreviation(masked, i)) { i = j - 1; continue; }
      emit(j);
      i = j - 1;
    } else if (c === 10) {
      // A soft line break ends a sentence when the line has no closing punctuation and the next
      // line starts like a new sentence (notes are often written one thought per line).
      let k = i + 1;
      while (k < n && isSpace(masked.charCodeAt(k))) k++;
      const next = masked[k];
      if (next !== undefined && /\p{Lu}/u.test(next) && !endsClause(masked, start, i)) emit(i);
    }
  }
  emit(n);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function isAbbreviation(s: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(s[k - 1])) k--;
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

function makeSentence(masked: string, a: number, b: number, base: number): Sentence {
  const text = masked.slice(a, b);
  const norm = toNorm(text);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    words.push({ start: base + a + m.index, end: base + a + m.index + m[0].length, w: m[0] });
  }
  return { start: base + a, end: base + b, words, question: text.endsWith('?') || /\?["'”’)\]]+$/.test(text), norm };
}

/** Lower-cases ASCII letters and straightens apostrophes, keeping length (so offsets stay exact). */
export function toNorm(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x2019 || c === 0x2018) {
      out += text.slice(from, i) + (c === 0x2019 || c === 0x2018 ? "'" : String.fromCharCode(c + 32));
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
