// Sentences and words of a masked prose block.
import { isBaseVerb } from './english';
import { CHAT_CLOCK, CHAT_HANDLE, speakerLine } from './blocks';
import { longLineGoesOn, outlineMarker } from './prose';
import { CURIOUS_EARLY, classesAt, WordClass } from './wordclass';
import { wordSet } from './lexicon';
import { hasSpaced, isToggleMark } from '../text';

export interface Word {
  /** Offset of the word in the chunk. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, with typographic apostrophes made straight. */
  readonly w: string;
}

/**
 * A word of a sentence's text, its string made when first read: most words are never read one by one
 * (a sentence is passed over by its classes), and a slice of every word costs more than the scan.
 */
class TextWord implements Word {
  /** Its string once read, or how it reads ("to" for text-speak's "2", see readTextSpeak). */
  text: string | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    /** The text the offsets point into, less `base`. */
    private readonly source: string,
    private readonly base: number,
  ) {}

  get w(): string {
    return (this.text ??= this.source.slice(this.start - this.base, this.end - this.base));
  }
}

export class Sentence {
  /** Word indices where a directive clause may start; computed once by the rules that need it. */
  clauseStarts?: number[];
  /** Imperative readings by clause start, computed once by the rules that need them. */
  imperatives?: ({ readonly verb: number } | null | undefined)[];
  /** Whether the instruction at a verb is telling in the sentence's frame, by verb index (analysis.ts instructionTells). */
  tells?: (boolean | undefined)[];
  /** How many words it has. */
  readonly count: number;
  private tokens: Word[] | undefined;

  constructor(
    /** Offsets in the chunk: the sentence's first and one-past-last non-space character. */
    readonly start: number,
    readonly end: number,
    /** Ends with a question mark. */
    readonly question: boolean,
    /** The sentence's masked text, lower-cased, apostrophes straight; same length as end - start. */
    readonly norm: string,
    words: Word[],
    /** The union of the word classes of its words (wordclass.ts): which rules can find anything here. */
    readonly classes: number,
    /** What its first words say (wordclass.ts CURIOUS_EARLY): whether it may ask without a question mark. */
    readonly head: number,
  ) {
    this.tokens = words;
    this.count = words.length;
  }

  get words(): readonly Word[] {
    return (this.tokens ??= tokenize(this.norm, this.start));
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

/** A sentence of the given words, their classes and head read from them (see frame.ts tail). */
export function sentenceOf(start: number, end: number, question: boolean, norm: string, words: Word[]): Sentence {
  const head = new HeadReader();
  for (const w of words) head.add(classesAt(norm, w.start - start, w.end - start));
  return new Sentence(start, end, question, norm, words, head.classes, head.head());
}

/**
 * A sentence with Scots spellings of English function words (WordClass.Dialect) read as the English:
 * "Telt him tae get it written up", "Ye need tae ...", "Dinnae you think ...". Each is no longer than the
 * word it stands for and is padded with spaces, so offsets stay exact. Most sentences have none and are
 * passed over at the cost of a bit test.
 */
export function readDialect(s: Sentence): Sentence {
  const norm = s.norm.replace(SCOTS, (w: string, at: number) => {
    // ("yer man from the render crowd says ...": Irish English's "that man", no one spoken to.)
    if (w === 'yer' && YER_ONE.test(s.norm.slice(at + 3, at + 12))) return w;
    const english = SCOTS_ENGLISH.get(w)!;
    return english + ' '.repeat(w.length - english.length);
  });
  return norm === s.norm ? s : sentenceOf(s.start, s.end, s.question, norm, tokenize(norm, s.start));
}

const SCOTS_ENGLISH = new Map([
  ['tae', 'to'], ['telt', 'told'], ['ye', 'u'], ['yer', 'ur'], ['dae', 'do'], ['daein', 'doing'], ['aff', 'off'], ['oot', 'out'],
  ['dinnae', "don't"], ['cannae', "can't"], ['didnae', "didn't"], ['wouldnae', "wouldn't"], ['couldnae', "couldn't"],
  ['shouldnae', "shouldn't"], ['isnae', "isn't"], ['wasnae', "wasn't"], ['doesnae', "doesn't"], ['havenae', "haven't"], ['wernae', "weren't"],
]);
const YER_ONE = /^\s+(?:man|one|woman|wan|fella|lad|men)\b/;
const SCOTS = new RegExp(`(?<![\\p{L}\\d'’-])(?:${[...SCOTS_ENGLISH.keys()].join('|')})(?![\\p{L}\\d'’-])`, 'gu');

/**
 * Reads a sentence's classes and head word by word: the union of the words' classes, CURIOUS_EARLY when
 * one of the first eight is a word of curiosity, and the classes of the first word that is not a lead-in
 * (of the last word when all before it are).
 */
class HeadReader {
  classes = 0;
  private count = 0;
  private curious = 0;
  private opener = -1;
  private last = 0;

  add(c: number): void {
    if (this.count < 8 && c & WordClass.Curious) this.curious = CURIOUS_EARLY;
    if (this.opener < 0 && !(c & WordClass.LeadIn)) this.opener = c;
    this.classes |= c;
    this.last = c;
    this.count++;
  }

  head(): number {
    return this.count ? this.curious | (this.opener >= 0 ? this.opener : this.last) : 0;
  }

  reset(): void {
    this.classes = this.count = this.curious = this.last = 0;
    this.opener = -1;
  }
}

/** The words of a sentence's normalized text, at chunk offsets (as splitSentences makes them). */
function tokenize(norm: string, start: number): Word[] {
  const words: Word[] = [];
  scanWords(norm, 0, norm.length, start, words);
  if (hasSpaced(norm, '2 ')) readTextSpeak(words);
  return words;
}

/** Words text-speak's "2" reads "to" after: an object pronoun, or a verb that takes "to". */
const TWO_AFTER = wordSet('her him them me us u you it want wants need needs have has going got like try asked told reminded');
const TOLD_TWO = wordSet('asked told reminded got');
/** Words that come between "to" and its verb ("told her 2 always redo ..."). */
const BEFORE_VERB = wordSet('always never not just really actually also only please pls');

/**
 * Text-speak's "2" for "to" ("told her 2 always redo id&v", "asked him 2 send me his 3 worst calls",
 * "need u 2 fix it"): after an object pronoun or a verb that takes "to", and before a verb, the word
 * reads "to" for every rule; "2 PRs", "by 2 pm", "the 2 of us" stay figures.
 */
function readTextSpeak(words: Word[]): void {
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k];
    if (w.end - w.start !== 1 || w.w !== '2') continue;
    const before = words[k - 1].w;
    // (Or after a name the telling verb before it takes: "asked sofia 2 read the disclosure".)
    if (!TWO_AFTER.has(before) && !(k >= 2 && TOLD_TWO.has(words[k - 2].w))) continue;
    let n = k + 1;
    if (BEFORE_VERB.has(words[n].w) && n + 1 < words.length) n++;
    if (isBaseVerb(words[n].w) && w instanceof TextWord) w.text = 'to';
  }
}

const ABBREVIATIONS = wordSet('e.g i.e etc vs mr mrs ms dr engr prof inc ltd approx no jr sr st cf al incl excl esp dept');
const MAX_SENTENCE = 2000;

/** . ! ? */
function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** The closing quotes and brackets a sentence end may carry: ) " ' ” ’ ] */
function isCloser(c: number): boolean {
  return c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 93;
}

/**
 * Splits the prose block [from, to) of a chunk into sentences. `norm` is the chunk's masked,
 * lower-cased text (see ProseText) and `chunk` its original text; offsets are the chunk's.
 *
 * One pass over the characters: words are read as they come (with their classes, see HeadReader), and
 * each place a sentence may end (a run of . ! ? with closing quotes or brackets, a line break) is
 * decided by sentenceEnd. No word holds one of those characters, so a sentence's words are the words
 * read since the last end. splitSentencesReference finds the ends first and then the words.
 * With `points` (one thought a line), a line that opens a clause starts a sentence; `names`, the person met's, open one too
 * when a verb follows ("mei stop fixing the labels ...").
 */
export function splitSentences(norm: string, from: number, to: number, chunk: string, points = false, names?: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  const head = new HeadReader();
  let words: Word[] = [];
  let start = from;
  // A one-character word "2" in the sentence (text-speak's "to", maybe).
  let two = false;
  for (let i = from; ;) {
    let c = 0;
    // Words up to the next candidate end.
    while (i < to) {
      c = norm.charCodeAt(i);
      const k = c < 128 ? ASCII_KIND[c] : kindAt(norm, i, c);
      if (k !== OTHER) {
        const e = wordEnd(norm, i, k);
        const end = e < to ? e : to;
        words.push(new TextWord(i, end, norm, 0));
        head.add(classesAt(norm, i, end));
        if (c === 50 && end - i === 1) two = true;
        i = e;
      } else if (isEndMark(c) || c === 10) {
        break;
      } else {
        i++;
      }
    }
    const found = sentenceEnd(norm, from, to, chunk, start, i, c, points, names);
    if (found.end < 0) {
      i = found.next;
      continue;
    }
    const end = found.end;
    const a = firstNonSpace(norm, start, end);
    // (A log's time skipped at the start, firstNonSpace: its word is none of the sentence's.)
    if (words.length && words[0].start < a) {
      words = words.filter(w => w.start >= a);
      head.reset();
      for (const w of words) head.add(classesAt(norm, w.start, w.end));
    }
    const b = endNonSpace(norm, a, end);
    if (b - a > MAX_SENTENCE) {
      pushScanned(out, norm, a, b);
    } else if (b > a) {
      if (two) readTextSpeak(words);
      out.push(new Sentence(a, b, isQuestion(norm, a, b, chunk), norm.slice(a, b), words, head.classes, head.head()));
    }
    if (end >= to) return out;
    two = false;
    words = [];
    head.reset();
    start = end;
    i = found.next;
  }
}

/**
 * The first character of norm[a, b) that is not white space (b when none), past a mark that opens a
 * point before a space ("→ didn't you see the postmortem?", "👉 you: write ...", "-> mine: by size"):
 * the sentence starts at its first word, and who the mark says speaks is read before it (frame.ts).
 */
function firstNonSpace(norm: string, a: number, b: number): number {
  while (a < b && isSpace(norm.charCodeAt(a))) a++;
  // ("¿Don't you think ...?", "¡Ojo!": Spanish opening marks, no part of the sentence's words.)
  while (a < b && (norm.charCodeAt(a) === 0xbf || norm.charCodeAt(a) === 0xa1)) a++;
  const mark = markLength(norm, a);
  if (mark && a + mark < b && isSpace(norm.charCodeAt(a + mark))) {
    a += mark;
    while (a < b && isSpace(norm.charCodeAt(a))) a++;
  }
  // ("0743  Don't you think you should just call on the sat phone?": a log's time in four digits at a line's start, set off by
  // two spaces or a tab, or "0743h": no word of the sentence. A year, "2026 plan", has one space.)
  if (ASCII_KIND[norm.charCodeAt(a)] === DIGIT && (a === 0 || norm.charCodeAt(a - 1) === 10 || isSpace(norm.charCodeAt(a - 1)))) {
    LOG_TIME4.lastIndex = a;
    if (LOG_TIME4.test(norm) && LOG_TIME4.lastIndex < b) a = LOG_TIME4.lastIndex;
  }
  return a;
}

/** The length of an arrow or pictograph at `a` ("→", "->", "=>", "↳", "⇒", "✅", "⚠️", "👉", a status mark "⏭️", "▶"), or 0. */
function markLength(norm: string, a: number): number {
  const c = norm.charCodeAt(a);
  if (c < 0x2d) return 0;
  if ((c === 45 || c === 61) && norm.charCodeAt(a + 1) === 62) return 2;
  let n: number;
  if ((c >= 0x2190 && c <= 0x21ff) || c === 0x2937 || (c >= 0x2300 && c <= 0x23ff) || (c >= 0x25a0 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff)) n = 1;
  else if (c >= 0xd83c && c <= 0xd83e) n = 2;
  else return 0;
  // A variation selector or a skin tone after the pictograph.
  if (norm.charCodeAt(a + n) === 0xfe0f) n++;
  else if (norm.charCodeAt(a + n) === 0xd83c && norm.charCodeAt(a + n + 1) >= 0xdffb && norm.charCodeAt(a + n + 1) <= 0xdfff) n += 2;
  // A sequence joined by U+200D ("🧑‍💼", "👩‍💻", "🏳️‍🌈"): one mark, each part a pictograph (with its selector) after the joiner.
  while (norm.charCodeAt(a + n) === 0x200d) {
    const c2 = norm.charCodeAt(a + n + 1);
    const m = c2 >= 0xd83c && c2 <= 0xd83e ? 2 : (c2 >= 0x2600 && c2 <= 0x27bf) || (c2 >= 0x2190 && c2 <= 0x2bff) ? 1 : 0;
    if (!m) break;
    n += 1 + m;
    if (norm.charCodeAt(a + n) === 0xfe0f) n++;
  }
  return n;
}

/** One past the last character of norm[a, b) that is not white space (a when none). */
function endNonSpace(norm: string, a: number, b: number): number {
  while (b > a && isSpace(norm.charCodeAt(b - 1))) b--;
  return b;
}

/**
 * The sentence norm[a, b), its words found by scanning it; one of thousands of characters is not prose
 * a person wrote by hand, and is cut at the cap (words across a cut are cut there).
 */
function pushScanned(out: Sentence[], norm: string, a: number, b: number): void {
  while (b - a > MAX_SENTENCE) {
    out.push(makeSentence(norm, a, a + MAX_SENTENCE));
    a += MAX_SENTENCE;
  }
  if (b > a) out.push(makeSentence(norm, a, b));
}

/** Where a sentence ends at a candidate: `end` (-1 when it goes on) and where to look next. */
interface End {
  end: number;
  next: number;
}
const END: End = { end: -1, next: 0 };

/**
 * Whether the sentence begun at `start` ends at the candidate `i` (an end mark or a line break `c`
 * there, or i >= to): where it ends, and where to look on from. One object, reused.
 */
/** A voice note's, a transcript's or a chat's time at a line's start, "[02:40]", "[1:02:40]", "[19/04/2026, 08:07]", "[2026-04-19 08:07]": each is a new turn. */
const TIME_TAG = /\[(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+|\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?\]/y;
/** A chat export's header line, "Dana Reyes  10:42 AM", "Maya Lindqvist 9:05": a name, its time, nothing else. */
// ("**Me** 9:41 AM", "**Priya Nair** 9:42 AM": the name in bold, as a Slack thread pasted into markdown keeps it.)
const CHAT_HEADER = /^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:\*\*|__)?[ \t]+\d{1,2}:\d{2}(?:[ \t]?[APap]\.?[Mm]\.?)?[ \t]*$/u;

/** Whether [a, b) of the chunk is a chat export's header line (CHAT_HEADER). */
function chatHeaderAt(chunk: string, a: number, b: number): boolean {
  // (A cheap first look: a time ends the line, its colon three or four characters before a digit at the end or an "M".)
  if (b - a < 6 || b - a > 60) return false;
  let e = b;
  while (e > a && (chunk.charCodeAt(e - 1) === 32 || chunk.charCodeAt(e - 1) === 13 || chunk.charCodeAt(e - 1) === 9)) e--;
  const last = chunk.charCodeAt(e - 1) | 32;
  if (!(last === 109 || (last >= 48 && last <= 57))) return false;
  // (The colon within the last eight characters, looked for there only: a search back along the chunk would cost every line.)
  let colon = false;
  for (let j = Math.max(a, e - 8); j < e && !colon; j++) colon = chunk.charCodeAt(j) === 58;
  return colon && CHAT_HEADER.test(chunk.slice(a, e));
}

/** The chunk whose chat export headers were found last, and the starts of their lines (most chunks have none). */
let headerChunk: string | undefined;
let headerStarts: readonly number[] = [];
const CHAT_HEADERS = new RegExp(CHAT_HEADER.source, 'gmu');

/** The starts of the lines of a chunk that are chat export headers (CHAT_HEADER), found once per chunk. */
export function chatHeaderStarts(chunk: string): readonly number[] {
  if (chunk !== headerChunk) {
    headerChunk = chunk;
    headerStarts = [];
    // (Only where a time ends a line: a colon, and "M" or a digit before a line break.)
    if (chunk.includes(':') && /\d:\d\d[ \t]?(?:[APap]\.?[Mm]\.?)?[ \t\r]*(?:\n|$)/.test(chunk)) {
      const starts: number[] = [];
      CHAT_HEADERS.lastIndex = 0;
      for (let m = CHAT_HEADERS.exec(chunk); m; m = CHAT_HEADERS.exec(chunk)) {
        if (chatHeaderAt(chunk, m.index, m.index + m[0].length)) starts.push(m.index);
      }
      headerStarts = starts;
    }
  }
  return headerStarts;
}

/** Whether the line ending at the line break `i`, or the line after it, is a chat export's header. */
function chatHeaderLine(chunk: string, i: number): boolean {
  const headerStarts = chatHeaderStarts(chunk);
  if (!headerStarts.length) return false;
  return headerStarts.includes(i + 1) || headerStarts.includes(chunk.lastIndexOf('\n', i - 1) + 1);
}

function timeTagAt(chunk: string, k: number): boolean {
  // A log typed live, a time (and a dash) at each line's start ("10:21 - told her to ...", "14:09 – asked him ...", "13:13 told
  // her to ..."): each a turn.
  if (ASCII_KIND[chunk.charCodeAt(k)] === DIGIT) {
    LOG_TIME.lastIndex = k;
    if (LOG_TIME.test(chunk)) return true;
  }
  // (The bracket is masked in the norm: k may be the first digit.)
  if (chunk.charCodeAt(k) !== 91 && chunk.charCodeAt(--k) !== 91) return false;
  TIME_TAG.lastIndex = k;
  return TIME_TAG.test(chunk);
}

const GREEK = /[\u0370-\u03ff]/;
/** A log's time in four digits: "0743  ", "1518\t", "0743h ", "0743 hrs ". */
const LOG_TIME4 = /(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?:h|hrs)\b[ \t]*|\t[ \t]*|[ \t]{2,})(?=\S)/y;
/** A log line's time: "10:21 - ", "9:05 – ", "14:09: ". */
const LOG_TIME = /\d{1,2}:\d{2}(?:\s*[ap]m)?(?:\s*(?:[-–—]|:)\s|\s+(?=[A-Za-z"“>]))/y;

function sentenceEnd(norm: string, from: number, to: number, chunk: string, start: number, i: number, c: number, points = false, names?: ReadonlySet<string>): End {
  END.end = -1;
  if (i >= to) {
    END.end = to;
    return END;
  }
  if (c === 10) {
    END.next = i + 1;
    // A soft line break ends a sentence when the line has no closing punctuation and the next
    // line starts like a new sentence (notes are often written one thought per line).
    let k = i + 1;
    while (k < to && isSpace(norm.charCodeAt(k))) k++;
    // Case is the original's: norm is lower-cased, and an unmasked character is the chunk's.
    // The next line is a new point of an outline when its marker was masked: "- A: ...", "1.3 Q: ...".
    // A reply marked at the line's start ("💬 ...", "→ (mgr) ...") is a new sentence: a shared doc's reply.
    // So is a line opened by a one-word label in any case ("me: run a mesh study", "s: tried it"): who speaks changes.
    // (Not a word and a colon on a line of prose wrapped at a fixed width, going on from a long line that ends mid-sentence: "... the
    // supplier calls herself and hand them to Owen. For" then "me: get Maria and Lydia together ...".)
    const wrapped = wrappedLine(norm, chunk, i);
    const point = k < to && (isOutlinePoint(chunk, i + 1, k) || isReplyMark(chunk, k) || isBullet(chunk, k) || isPictograph(chunk, k) || (!wrapped && speakerAt(chunk, i + 1, k))
      || (!wrapped && wordLabelAt(norm, k, to)) || orgHeadingAt(chunk, k, to) || timeTagAt(chunk, k)
      // A chat export's header ("Dana Reyes  10:42 AM") is a line of its own: the message under it, and the next header, start anew.
      || chatHeaderLine(chunk, i));
    // (A line that ends a quotation's sentence, `Him: "whether they can distribute the negative."`, ends there, though the
    // quotation is masked and its label's colon seems to run on.)
    if (k < to && (point || ((isUpper(chunk[k]) || (points && startsWithVerb(norm, k, to, names))) && (!endsClause(norm, start, i) || quotationEnded(chunk, start, i))))) END.end = i;
    return END;
  }
  let runEnd = i + 1;
  while (runEnd < norm.length && isEndMark(norm.charCodeAt(runEnd))) runEnd++;
  while (runEnd < norm.length && isCloser(norm.charCodeAt(runEnd))) runEnd++;
  END.next = runEnd;
  const j = Math.min(runEnd, to);
  if (j < to && !isSpace(norm.charCodeAt(j))) return END;
  if (c === 46 && runEnd === i + 1 && isAbbreviation(norm, i, from, j + 1 < to && isLowerLetter(chunk.charCodeAt(j + 1)))) return END;
  // ("Mentor (Sarah P.) had already told him ...": an initial closing its bracket, a word in lower case after it.)
  if (c === 46 && runEnd === i + 2 && norm.charCodeAt(i + 1) === 41 && j + 1 < to && isLowerLetter(chunk.charCodeAt(j + 1)) && isAbbreviation(norm, i, from, true)) return END;
  END.end = j;
  return END;
}

/**
 * The sentences of [from, to) as splitSentences finds them, found the plain way: each end first (the
 * same sentenceEnd), then the sentence's words by scanning it. For the tests.
 */
export function splitSentencesReference(norm: string, from: number, to: number, chunk: string): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let at = from; ;) {
    let i = at;
    let c = 0;
    while (i < to && !isEndMark((c = norm.charCodeAt(i))) && c !== 10) i++;
    const found = sentenceEnd(norm, from, to, chunk, start, i, c);
    at = found.next;
    if (found.end < 0) continue;
    const end = found.end;
    const a = firstNonSpace(norm, start, end);
    pushScanned(out, norm, a, endNonSpace(norm, a, end));
    start = end;
    if (end >= to) return out;
  }
}

/**
 * Whether the word at k opens a clause: a verb's base form, a subject pronoun, a negation or a question
 * word ("get femi to present ...", "i'd like you to ...", "don't you think ...": a point of its own on its line).
 */
/** Where a word of lower-case ASCII letters and apostrophes starting at `k` ends (16 characters at most, before `to`). */
function asciiWordEnd(norm: string, k: number, to: number): number {
  let e = k;
  while (e < to && e - k < 16 && ((norm.charCodeAt(e) >= 97 && norm.charCodeAt(e) <= 122) || norm.charCodeAt(e) === 39)) e++;
  return e;
}

function startsWithVerb(norm: string, k: number, to: number, names?: ReadonlySet<string>): boolean {
  const e = asciiWordEnd(norm, k, to);
  if (e === k || e >= to || norm.charCodeAt(e) !== 32) return false;
  const w = norm.slice(k, e);
  // "for the next visit tell him ...", "next visit make sure ...", "going forward ...": an occasion, then what is for it.
  if (w === 'next' || w === 'for' || w === 'going' || w === 'from') return NEXT_OCCASION.test(norm.slice(k, Math.min(to, k + 28)));
  // ("mei stop fixing the labels on your own time": in dictated lines, the person's name, then what they are to do.)
  if (names?.has(w)) {
    const f = asciiWordEnd(norm, e + 1, to);
    const next = norm.slice(e + 1, f);
    // ("dani you need to write the design doc first": their name, then what is put to them.)
    // ("jess if you read these notes send me ...": their name, then a condition put to them.)
    if (isBaseVerb(next) || next === 'you' || next === 'u' || next === 'please' || next === 'pls' || (next === 'if' && norm.startsWith('if you ', e + 1))) return true;
  }
  // ("thursday tell Tane he has to redo ...", "tomorrow ring the client": a day, then what is to be done on it.)
  if (DAY_OPENERS.has(w)) {
    const f = asciiWordEnd(norm, e + 1, to);
    const next = norm.slice(e + 1, f);
    return f < to && norm.charCodeAt(f) === 32 && (isBaseVerb(next) || CLAUSE_OPENERS.has(next));
  }
  return CLAUSE_OPENERS.has(w) || isBaseVerb(w);
}

const DAY_OPENERS = wordSet('monday tuesday wednesday thursday friday saturday sunday tomorrow tonight today');

const NEXT_OCCASION = /^(?:for (?:the )?)?next (?:time|visit|meeting|session|week|shift|sprint|call|round|one on one|one-on-one|1on1|1:1|1-1|sync|check-in|supervision)\b|^going forward\b|^from now on\b/;

/** Words that open a clause on a line of run-on text (startsWithVerb): pronouns, negations, question words, and a report with its subject dropped ("told her ...", "asked her why ..."). */
// (And the words a spoken line opens with: "but she's been fixing them ...", "ok i mean that's nice ...", "um then ...".)
const CLAUSE_OPENERS = wordSet("i i'd i'll i'm i've we we'll we'd he she they you don't dont didn't didnt can't cant won't shouldn't shouldnt wouldn't wouldnt couldn't couldnt isn't isnt never how what why when where who which did does is are was can could would should will maybe he's she's they're we're you're you've you'll you'd they've they'll he'll she'll so also then me told said asked reminded talked agreed explained suggested offered gave made had thought felt mentioned warned pushed but and ok okay um uh well anyway yeah u pls plz please surely");

/** A bullet typed as a character ("• ", "◦ " in notes pasted from Apple Notes or a word processor): a new point. */
function isBullet(chunk: string, k: number): boolean {
  const c = chunk.charCodeAt(k);
  // (A bullet journal's "–" note, "○" event, "×" done task and "! " priority too; a toggle's "▸" or "▾", a Notion export's.)
  return c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x2023 || c === 0x2043 || c === 0x25cf || c === 0x2013 || c === 0x25cb || c === 0xd7
    || isToggleMark(c)
    || (c === 33 && chunk.charCodeAt(k + 1) === 32);
}

/**
 * A pictograph opening a line ("✅ rate limiter in prod", "⚠️ 2 open questions", "👉 me: ping sec"): a
 * marker of a new point, as a bullet is. Symbols U+2600–U+27BF and U+2B00–U+2BFF, and the emoji planes.
 */
function isPictograph(chunk: string, k: number): boolean {
  const c = chunk.charCodeAt(k);
  return (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0xd83c && c <= 0xd83e);
}

/** Whether the line from `from` opens with a speaker (blocks.ts speakerLine) past its quote markers, the text masked up to `k`. */
function speakerAt(chunk: string, from: number, k: number): boolean {
  let j = from;
  while (j < k && (chunk.charCodeAt(j) === 32 || chunk.charCodeAt(j) === 62)) j++;
  return speakerLine(chunk, j);
}

/** An org-mode heading written into a note ("** TODO Tell Priyanka to ...", "*** DONE ..."): two stars or more, then a space. */
function orgHeadingAt(chunk: string, k: number, to: number): boolean {
  let j = k;
  while (j < to && chunk.charCodeAt(j) === 42) j++;
  if (j - k >= 2 && (chunk.charCodeAt(j) === 32 || chunk.charCodeAt(j) === 9)) return true;
  // (An org block's line, "#+begin_quote", "#+end_src", and a chat message's sender and time after it, "priya.sharma 11:02
  // AM: ...": each a line of its own.)
  if (chunk.charCodeAt(k) === 35 && chunk.charCodeAt(k + 1) === 43) return true;
  if (chunk.charCodeAt(k) >= 97 && chunk.charCodeAt(k) <= 122) {
    HANDLE_AT.lastIndex = k;
    return HANDLE_AT.test(chunk);
  }
  return false;
}
/** A chat message's sender handle and time: "priya.sharma 11:02 AM:". */
const HANDLE_AT = new RegExp(`${CHAT_HANDLE}\\s+${CHAT_CLOCK}\\s*:`, 'y');

/** One or two words of up to 12 letters at k and a colon after them, then a space or the end: "me: ...", "S: ...", "told her: ...". */
function wordLabelAt(norm: string, k: number, to: number): boolean {
  let j = k;
  // ("(added later) leo: went with embeddings": an aside in brackets before the label.)
  if (norm.charCodeAt(j) === 40) {
    const close = norm.indexOf(')', j);
    if (close < 0 || close - j > 24 || close >= to || norm.charCodeAt(close + 1) !== 32) return false;
    j = close + 2;
  }
  for (let word = 0; word < 2; word++) {
    const a = j;
    while (j < to && j - a <= 12) {
      const c = norm.charCodeAt(j);
      // ("i_said:", "todo_me:": a structured note's keys, their words joined by "_".)
      if ((c >= 97 && c <= 122) || (c === 95 && j > a) || (c > 127 && /\p{L}/u.test(norm[j]))) j++;
      else break;
    }
    if (j === a || j - a > 12) return false;
    if (norm.charCodeAt(j) === 58) return j + 1 >= to || isSpace(norm.charCodeAt(j + 1));
    if (word === 0 && norm.charCodeAt(j) === 32) j++;
    else return false;
  }
  return false;
}

/** Whether the line ending at the newline `i` is prose of 70 characters or more that ends mid-sentence (a letter or a comma last). */
function wrappedLine(norm: string, chunk: string, i: number): boolean {
  if (!longLineGoesOn(norm, i)) return false;
  // (Prose: not a list's point, a quotation or a heading, whose next line is a line of its own.)
  const line = norm.lastIndexOf('\n', i - 1) + 1;
  return !/^[ \t]*(?:[-*+>#|]|\d{1,3}[.)])/.test(chunk.slice(line, line + 8));
}

/** A reply marker at k: "→", "↳", "⤷", "💬" (U+1F4AC), "🗨" (U+1F5E8), and "->" or "=>" before a space. */
function isReplyMark(chunk: string, k: number): boolean {
  const c = chunk.charCodeAt(k);
  if ((c === 45 || c === 61) && chunk.charCodeAt(k + 1) === 62) return isSpace(chunk.charCodeAt(k + 2));
  return c === 0x2192 || c === 0x21b3 || c === 0x2937 || (c === 0xd83d && (chunk.charCodeAt(k + 1) === 0xdcac || chunk.charCodeAt(k + 1) === 0xdde8));
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

const DOTTED_INITIALS = /^\p{L}(?:\.\p{L}){1,2}$/u;

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isAbbreviation(s: string, dot: number, from: number, nextLower = false): boolean {
  let k = dot;
  while (k > from && dot - k < 8 && isLetterOrDot(s.charCodeAt(k - 1), s[k - 1])) k--;
  if (dot - k >= 8) return false;
  const word = s.slice(k, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("J. Smith") and digits before a dot followed by a digit are not sentence ends; nor are initials
  // written with their dots before a word in lower case ("Tell O.P. that he is to ...", not "... to the U.S. Then ...").
  return (word.length === 1 && /\p{L}/u.test(word)) || (nextLower && word.length <= 5 && DOTTED_INITIALS.test(word));
}

/** True when the line before the break ends mid-clause (comma, colon, conjunction). */
/** Whether the line before lineEnd ends with a quotation's closing mark after its sentence's end (`."`, `?”`). */
function quotationEnded(chunk: string, from: number, lineEnd: number): boolean {
  let k = lineEnd;
  while (k > from && isSpace(chunk.charCodeAt(k - 1))) k--;
  const q = chunk.charCodeAt(k - 1);
  return k - 2 > from && (q === 34 || q === 0x201d || q === 0x2019) && isEndMark(chunk.charCodeAt(k - 2));
}

function endsClause(s: string, from: number, lineEnd: number): boolean {
  let k = lineEnd;
  while (k > from && isSpace(s.charCodeAt(k - 1))) k--;
  if (k === from) return true;
  const last = s[k - 1];
  if (last === ',' || last === ';' || last === ':' || last === '-' || last === '(') return true;
  const tail = s.slice(Math.max(from, k - 5), k).toLowerCase();
  return /(^|\s)(and|or|but|to|the|a|of|if)$/.test(tail);
}

/** A sentence of norm[a, b), its words found by scanning it. */
function makeSentence(norm: string, a: number, b: number): Sentence {
  const words: Word[] = [];
  scanWords(norm, a, b, 0, words);
  return sentenceOf(a, b, isQuestion(norm, a, b), norm.slice(a, b), words);
}

/** Whether norm[a, b) ends with a question mark, closing quotes or brackets after it allowed. */
function isQuestion(norm: string, a: number, b: number, chunk?: string): boolean {
  const last = norm.charCodeAt(b - 1);
  // norm has straight apostrophes where the text may have typographic ones: both are in the class.
  if (last === 63) {
    // ("Asked her to call the two absent members herself before Feb 19 [me: too directive? probably fine]": the question
    // is the aside's, open in its bracket, the sentence before it a statement.)
    // (Read in the note's text: the masked text has a bracket that opens no link as a space.)
    // (The search kept inside the sentence, by character: a question with no bracket costs a scan of itself.)
    const text = chunk ?? norm;
    let open = -1;
    for (let k = b - 2; k > a + 12; k--) {
      const c = text.charCodeAt(k);
      if (c === 93 || c === 41) return true;
      if (c === 91 || c === 40) {
        open = k;
        break;
      }
    }
    if (open < 0) return true;
    return norm.slice(a, open).includes('?') || QUESTION_OPENING.test(norm.slice(a, Math.min(open, a + 12)));
  }
  // (Greek's question mark, ";" or U+037E, closing a sentence in Greek: "Γιατί δεν ενημέρωσες τον agent αμέσως;".)
  // (Chinese's and Arabic's question marks too, "？" and "؟".)
  if (last === 0x37e || last === 0xff1f || last === 0x61f || (last === 59 && b - a > 2 && GREEK.test(norm.slice(a, b)))) return true;
  if (last === 46 || !/\?["'”’)\]]+$/.test(norm.slice(Math.max(a, b - 8), b))) return false;
  // ("tell him he needs to leave by 30 min after shift, chart or no chart (or ask?)": the question is the aside's, the
  // sentence before it a statement; not "Could you send it (today?)", which opens as a question.)
  if (last === 41) {
    const open = norm.lastIndexOf('(', b - 1);
    if (open > a + 12 && !norm.slice(a, open).includes('?') && !QUESTION_OPENING.test(norm.slice(a, Math.min(open, a + 12)))) return false;
  }
  return true;
}
/** How a question opens: a question word or an auxiliary first. */
const QUESTION_OPENING = /^(?:[-*•\s]*)(?:what|why|how|when|where|who|which|whose|do|does|did|can|could|would|will|should|is|are|was|were|have|has|had|any|anything|shall|may|might)\b/;

/**
 * The words of text in [a, b): the same as WORD, /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:-[\p{L}\p{N}]+)*\/gu (a word
 * may run past b and is then cut there), scanned by character code with a table of character kinds:
 * most of a lint is tokenising, and this avoids a match object per word and the Unicode pattern's
 * cost on notes with a dash or a euro sign in them.
 */
export function scanWords(t: string, a: number, b: number, base: number, out: Word[]): void {
  let i = a;
  while (i < b) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? ASCII_KIND[c] : kindAt(t, i, c);
    if (k === OTHER) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(t, i, k);
    const end = i < b ? i : b;
    out.push(new TextWord(base + start, base + end, t, base));
  }
}

/** Where the word starting at i ends: `k` is the kind of its first character (a letter or digit). */
function wordEnd(t: string, i: number, k: number): number {
  const n = t.length;
  let c: number;
  // [\p{L}\p{N}]+
  do {
    i += k & WIDE ? 2 : 1;
    c = t.charCodeAt(i);
    k = c < 128 ? ASCII_KIND[c] : i < n ? kindAt(t, i, c) : OTHER;
  } while (k !== OTHER);
  // (?:['’]\p{L}+)*
  while ((c === 39 || c === 8217) && (k = kindOf(t, i + 1)) & LETTER) {
    i += 1;
    do {
      i += k & WIDE ? 2 : 1;
      k = kindOf(t, i);
    } while (k & LETTER);
    c = t.charCodeAt(i);
  }
  // (?:-[\p{L}\p{N}]+)*
  while (c === 45 && kindOf(t, i + 1) !== OTHER) {
    i += 1;
    while ((k = kindOf(t, i)) !== OTHER) i += k & WIDE ? 2 : 1;
    c = t.charCodeAt(i);
  }
  return i;
}

/** Kinds of character: bit flags, WIDE for a letter or digit written as a surrogate pair. */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const WIDE = 4;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER;
/** Kinds of the characters of the Basic Multilingual Plane, found once each: 0 not yet, else kind + 1. */
const BMP_KIND = new Uint8Array(65536);
const ASTRAL_KIND = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;

function classify(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER : IS_DIGIT.test(ch) ? DIGIT : OTHER;
}

/** The kind of the character at i (OTHER past the end). */
function kindOf(t: string, i: number): number {
  if (i >= t.length) return OTHER;
  const c = t.charCodeAt(i);
  return c < 128 ? ASCII_KIND[c] : kindAt(t, i, c);
}

/** The kind of the non-ASCII character c at i: a surrogate pair is one character, a lone surrogate none. */
function kindAt(t: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = t.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return OTHER;
    const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    let k = ASTRAL_KIND.get(cp);
    if (k === undefined) {
      k = classify(String.fromCodePoint(cp));
      if (k !== OTHER) k |= WIDE;
      ASTRAL_KIND.set(cp, k);
    }
    return k;
  }
  const k = BMP_KIND[c];
  if (k) return k - 1;
  const found = classify(String.fromCharCode(c));
  BMP_KIND[c] = found + 1;
  return found;
}
