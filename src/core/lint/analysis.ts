// Sentence analysis the rules share: clause starts, imperative detection, rewrites.
import {
  AFTER_VERB, FINITE_VERBS, IMPERATIVE_VERBS, INVITATION_NEXT, INVITATION_VERBS, INVITATION_YOUR, KIND_IMPERATIVES, gerund, pastTense,
} from './lexicon';
import type { Sentence, Word } from './sentences';
import type { Suggestion } from './types';

export interface RuleContext {
  /** The original text of the chunk the sentence's offsets point into. */
  readonly chunk: string;
}

export interface RawFinding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /**
   * Rewrites that turn telling into asking, made on demand: most findings are never opened for a
   * quick fix, and building the rewrites costs more than finding the sentence.
   */
  readonly suggest: () => readonly Suggestion[];
}

export const NO_SUGGESTIONS = (): readonly Suggestion[] => [];

/**
 * Rewrites made on demand by `make(...args)`. The closure is created here, and only for a finding: a
 * rule whose check held a closure itself would allocate its captured variables for every sentence.
 */
export function later<A extends unknown[]>(make: (...args: A) => readonly Suggestion[], ...args: A): () => readonly Suggestion[] {
  return () => make(...args);
}

/** Words that open a sentence without changing who does what ("So, ...", "Honestly, ..."). */
const DISCOURSE = new Set([
  'so', 'also', 'and', 'but', 'ok', 'okay', 'honestly', 'anyway', 'anyways', 'again', 'then', 'plus', 'oh', 'well', 'now',
  'look', 'listen', 'hey', 'please', 'just', 'kindly', 'simply', 'really', 'maybe', 'perhaps', 'seriously', 'basically',
  'first', 'second', 'third', 'finally', 'lastly', 'next', 'otherwise', 'meanwhile', 'instead', 'alright', 'right', 'always',
]);

/** Openers of an adverbial or conditional phrase that may precede a directive before a comma. */
const OPENERS = new Set([
  'if', 'when', 'whenever', 'before', 'after', 'once', 'while', 'as', 'since', 'until', 'next', 'going', 'from', 'this',
  'today', 'tomorrow', 'tonight', 'in', 'by', 'for', 'on', 'during', 'starting', 'moving', 'otherwise', 'meanwhile',
  'honestly', 'also', 'ok', 'okay', 'so', 'and', 'look', 'listen', 'again', 'now', 'please', 'yesterday', 'later',
  'at', 'for', 'with', 'without', 'whatever', 'regardless', 'either', 'ideally', 'frankly', 'seriously', 'first',
  'second', 'finally', 'lastly', 'overall', 'anyway', 'besides', 'then', 'still', 'also',
]);

/** Connectors after a comma that start a new directive clause (", so do that first", ", just focus on ..."). */
const CLAUSE_CONNECTORS = new Set(['so', 'just', 'then', 'but', 'please', 'now', 'instead', 'otherwise', 'rather']);

export const YOU = new Set(['you', "you'll", "you've", "you're", "you'd", 'u', 'ya', "y'all"]);

export function isYou(w: Word | undefined): boolean {
  return !!w && YOU.has(w.w);
}

/** Index of the first word at or after `i` that is not a discourse word. */
export function skipDiscourse(s: Sentence, i: number): number {
  while (i < s.words.length && DISCOURSE.has(s.words[i].w)) i++;
  return i;
}

/** The character right after a word, skipping spaces (',' ':' etc.), or '' at the end. */
function punctuationAfter(s: Sentence, w: Word): string {
  for (let k = w.end - s.start; k < s.norm.length; k++) {
    const c = s.norm[k];
    if (c !== ' ' && c !== '\t' && c !== '\n') return c;
  }
  return '';
}

/**
 * Word indices where a directive clause may begin: the sentence head (after discourse words and a
 * vocative or adverbial opener), after a semicolon or dash, and after a comma followed by a connector
 * such as "so" or "just".
 */
export function clauseStarts(s: Sentence, chunk: string): number[] {
  return (s.clauseStarts ??= computeClauseStarts(s, chunk));
}

const PUNCT = /[,;—–]/g;
const COMMA = 44;

function computeClauseStarts(s: Sentence, chunk: string): number[] {
  const starts: number[] = [];
  const words = s.words;
  if (!words.length) return starts;
  const head = skipDiscourse(s, 0);
  starts.push(head);
  // "It's time to hand it off": an instruction framed as a moment.
  if (words[head]?.w === "it's" && words[head + 1]?.w === 'time' && words[head + 2]?.w === 'to') starts.push(head + 3);
  else if (words[head]?.w === 'time' && words[head + 1]?.w === 'to') starts.push(head + 2);
  // Punctuation right after a word (spaces between allowed): pairs of (word index, character code),
  // found by the native scan of a regular expression (most sentences have none or one).
  let after: number[] | undefined;
  const norm = s.norm;
  let k = 0;
  PUNCT.lastIndex = 0;
  for (let m = PUNCT.exec(norm); m; m = PUNCT.exec(norm)) {
    const c = m.index;
    const at = s.start + c;
    while (k + 1 < words.length && words[k + 1].end <= at) k++;
    if (words[k].end <= at && onlySpaces(norm, words[k].end - s.start, c)) (after ??= []).push(k, norm.charCodeAt(c));
  }
  if (after) {
    // Opener up to the first comma: "Next time, come to me first", "Alex, please send ...", "If you have time, review ...".
    const limit = Math.min(words.length - 1, 12);
    for (let a = 0; a < after.length; a += 2) {
      if (after[a + 1] !== COMMA || after[a] >= limit) continue;
      const i = after[a];
      const first = words[0];
      const vocative = i === 0 && /^\p{Lu}/u.test(chunk.slice(first.start, first.end)) && !IMPERATIVE_VERBS.has(first.w);
      if (vocative || OPENERS.has(first.w) || DISCOURSE.has(first.w)) starts.push(skipDiscourse(s, i + 1));
      break;
    }
    for (let a = 0; a < after.length; a += 2) {
      const i = after[a];
      const p = after[a + 1];
      if (i >= words.length - 1) continue;
      if (p !== COMMA || CLAUSE_CONNECTORS.has(words[i + 1].w)) starts.push(skipDiscourse(s, i + 1));
    }
  }
  // Distinct, in order, inside the sentence (a handful at most: no Set needed). Most sentences have one.
  if (starts.length === 1 && starts[0] < words.length) return starts;
  const out: number[] = [];
  for (const i of starts) if (i < words.length && !out.includes(i)) out.push(i);
  return out;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13) continue;
    if (c < 128 || !/\s/.test(text[k])) return false;
  }
  return true;
}

function startsWithSeq(words: readonly Word[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (words[i + k]?.w !== seq[k]) return false;
  return true;
}

/** Words that, right after a verb-looking word, show it is a noun heading a note ("Plan for Q3 is ..."). */
function nounReading(s: Sentence, i: number): boolean {
  for (let k = i + 1; k < Math.min(s.words.length, i + 6); k++) {
    const w = s.words[k].w;
    if (FINITE_VERBS.has(w)) return true;
    if (w === 'that' || w === 'which' || w === 'who' || w === 'because' || w === 'if' || w === 'when') return false;
  }
  return false;
}

/** Verbs that often head a noun phrase in notes ("Review of the doc", "Design review"): they need an object-like next word. */
const NOUNISH = new Set(`
  review plan update check test call email report note schedule design document draft estimate focus launch lead list
  log message move name order pair pass patch ping post present record release reply request research reset return
  run sign sketch sort split start step structure study support sync target track train triage trim watch work demo
  budget offer interview change cut drop use hire hand land mark set cover file ground hold host label limit link lock
  loop park pause pick pin pull push raise reach rotate save scale scope screen ship shut sit slow speed spin stand
  stick swap switch tackle turn wait walk wrap help meet recap copy count audit book capture commit debug edit export
  fix follow handle kick lower measure monitor practice process prototype read rebase rework stop talk tidy visit
`.trim().split(/\s+/));

/** Verbs that take an -ing complement: "Start writing", "Keep pushing". */
const ASPECT_VERBS = new Set(['start', 'stop', 'keep', 'try', 'begin', 'finish', 'avoid', 'quit', 'consider', 'continue', 'practice', 'resume']);

/** KIND_IMPERATIVES by their first word, so a verb is checked only against its own phrases. */
const KIND_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const seq of KIND_IMPERATIVES) {
  const list = KIND_BY_FIRST.get(seq[0]);
  if (list) list.push(seq);
  else KIND_BY_FIRST.set(seq[0], [seq]);
}

export interface Imperative {
  readonly verb: number;
}

/**
 * Whether the clause starting at word `i` is an imperative addressed to the other person:
 * a base-form verb first, not an invitation to talk ("Tell me about ..."), not care ("Take your time").
 */
export function imperativeAt(s: Sentence, chunk: string, i: number): Imperative | undefined {
  // Two rules ask about the same clause starts: answer each once per sentence.
  // By word index: null means "computed, not an imperative".
  const cache = (s.imperatives ??= []);
  const known = cache[i];
  if (known !== undefined) return known ?? undefined;
  const result = computeImperativeAt(s, chunk, i);
  cache[i] = result ?? null;
  return result;
}

function computeImperativeAt(s: Sentence, chunk: string, i: number): Imperative | undefined {
  const words = s.words;
  const w = words[i];
  if (!w || !IMPERATIVE_VERBS.has(w.w)) return undefined;
  // "Ship date: Friday", "Update: shipped" are labels, not orders.
  const after = punctuationAfter(s, w);
  if (after === ':' || after === '(') return undefined;
  const next = words[i + 1];
  if (!next) return undefined;
  const kind = KIND_BY_FIRST.get(w.w);
  if (kind) for (const seq of kind) if (startsWithSeq(words, i, seq)) return undefined;
  if (INVITATION_VERBS.has(w.w) && (INVITATION_NEXT.has(next.w.replace(/'s$/, ''))
    || (next.w === 'your' && INVITATION_YOUR.has(words[i + 2]?.w ?? '')))) return undefined;
  if (w.w === 'let' && (next.w === 'me' || next.w === 'us' || next.w === "let's")) return undefined;
  if (FINITE_VERBS.has(next.w)) return undefined;
  if (nounReading(s, i)) return undefined;
  const nextRaw = chunk.slice(next.start, next.end);
  const properNoun = /^\p{Lu}/u.test(nextRaw) && next.w !== 'i';
  const objectLike = AFTER_VERB.has(next.w) || properNoun || /^\d/.test(next.w) || next.w.endsWith("'s")
    || (ASPECT_VERBS.has(w.w) && next.w.endsWith('ing')) || (next.w.endsWith('s') && !next.w.endsWith('ss'));
  if (NOUNISH.has(w.w) && !objectLike) return undefined;
  // Only if nothing but spaces sits between the words ("Ship, test" is a list).
  if (punctuationAfter(s, w) === ',' && !AFTER_VERB.has(next.w)) return undefined;
  return { verb: i };
}

/** Original text from word `from` to the end of the sentence, without closing punctuation; first letter lowered. */
export function restOf(s: Sentence, chunk: string, from: number, opts: { cutAtComma?: boolean } = {}): string {
  const w = s.words[from];
  if (!w) return '';
  let text = chunk.slice(w.start, s.end);
  if (opts.cutAtComma) {
    const comma = text.search(/[,;—–]\s/);
    if (comma > 0) text = text.slice(0, comma);
  }
  text = text.replace(/[\s.!?…"'”’)]+$/u, '').replace(/\s+/g, ' ');
  return lowerFirst(text);
}

export function lowerFirst(text: string): string {
  // Keep "I", acronyms ("API") and proper-looking words ("Postgres") as they are.
  const m = /^(\p{Lu})(\p{Ll}*)/u.exec(text);
  if (!m) return text;
  const word = /^[\p{L}']+/u.exec(text)?.[0] ?? '';
  if (word === 'I' || /^\p{Lu}{2,}/u.test(word) || !IMPERATIVE_VERBS.has(word.toLowerCase()) && !COMMON_STARTS.has(word.toLowerCase())) return text;
  return m[1].toLowerCase() + text.slice(1);
}

const COMMON_STARTS = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'this', 'that', 'it', 'not', 'be', 'more', 'less', 'all', 'have', 'get']);

/** Applies `inflect` to the phrase's first verb and to verbs coordinated with "and"/"or" ("ship it and iterate"). */
function inflectPhrase(phrase: string, inflect: (verb: string) => string): string {
  const m = /^([\p{L}]+)(.*)$/su.exec(phrase);
  if (!m) return phrase;
  const rest = m[2].replace(/\b(and|or|then)\s+([a-z]+)\b/g, (all, conj: string, verb: string) =>
    IMPERATIVE_VERBS.has(verb) ? `${conj} ${inflect(verb)}` : all);
  return inflect(m[1]) + rest;
}

/** "ship it by Friday" -> "shipping it by Friday". */
export function gerundPhrase(phrase: string): string {
  return inflectPhrase(phrase, gerund);
}

/** "ship it and iterate" -> "shipped it and iterated", for "What would happen if you ...?". */
export function pastPhrase(phrase: string): string {
  return inflectPhrase(phrase, v => (IMPERATIVE_VERBS.has(v.toLowerCase()) || v === 'be' ? pastTense(v) : v));
}

/** Sentence-wide rewrites: each replaces the whole sentence, keeping its leading text (list markers are outside). */
export function rewrites(s: Sentence, ...texts: (string | undefined | false)[]): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const t of texts) {
    if (!t) continue;
    const text = t.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({ start: s.start, end: s.end, text: capitalize(text) });
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DEADLINE = /\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+(?:the\s+)?\w+|end\s+of\s+(?:the\s+)?\w+|eod|eow|cob|close of business|noon|tonight|tomorrow|today|(?:this|next)\s+\w+|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|q[1-4]|h[12]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d[\w/:.-]*|the\s+(?:[\w-]+\s+)?(?:deadline|release|launch|demo|review|offsite|all-hands|standup|meeting|retro|planning|call|sync|kickoff|sprint|cutoff|freeze)|your\s+next\s+\w+|then|lunch|[a-z]+\s+(?:o'clock|am|pm))\b|\b(?:today|tonight|tomorrow|asap|eod|eow|this\s+(?:week|afternoon|morning|evening|sprint|month|quarter)|end\s+of\s+(?:the\s+)?(?:day|week|month|sprint|quarter)|first\s+thing)\b/;

/** The deadline phrase in a normalized text, if any, as [start, end) in it. */
export function findDeadline(norm: string, from = 0): [number, number] | undefined {
  const m = DEADLINE.exec(norm.slice(from));
  return m ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** The rest of a clause with its deadline phrase removed: "send me the doc by Friday" -> "send me the doc". */
export function withoutDeadline(phrase: string): string {
  const lower = phrase.toLowerCase();
  const d = findDeadline(lower);
  if (!d) return phrase;
  return (phrase.slice(0, d[0]) + phrase.slice(d[1])).replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
}

/** Regular past or participle back to the base form: "stopped" -> "stop", "finished" -> "finish". Approximate. */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular: Record<string, string> = {
    told: 'tell', said: 'say', went: 'go', gone: 'go', done: 'do', made: 'make', sent: 'send', written: 'write',
    wrote: 'write', taken: 'take', took: 'take', given: 'give', gave: 'give', got: 'get', gotten: 'get', left: 'leave',
    kept: 'keep', brought: 'bring', spoken: 'speak', spoke: 'speak', seen: 'see', saw: 'see', read: 'read',
    built: 'build', run: 'run', ran: 'run', met: 'meet', paid: 'pay', led: 'lead', held: 'hold', found: 'find',
    thought: 'think', put: 'put', set: 'set', cut: 'cut', let: 'let', shut: 'shut', begun: 'begin', began: 'begin',
  };
  if (irregular[w]) return irregular[w];
  if (!w.endsWith('ed') || w.length < 4) return w;
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  const stem = w.slice(0, -2);
  if (/([bdfgklmnprtvz])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[^aeiou][aeiou][vcsz]|[^aeiou]at|iz|ur|ag|ar|ok|us|at|ag|ud|ik|ov|uc)$/.test(stem) || /(?:v|ge|ce|se|ze|uire|ate|ide|ore|ure|ake)$/.test(w.slice(0, -1))) {
    return stem + 'e';
  }
  return stem;
}

/** A telling-language rule. One rule per file in ./rules, the file named after the id. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: import('./types').Severity;
  /** One line: what the rule finds and why it matters; also the start of every message. */
  readonly summary: string;
  /** Questions ("...?") are asking by default; only rules about telling dressed as asking look at them. */
  readonly questions: boolean;
  check(s: Sentence, ctx: RuleContext): RawFinding | undefined;
}

/** Finds the first match of `re` (on the sentence's normalized text) and maps it to chunk offsets. */
export function matchIn(s: Sentence, re: RegExp): { start: number; end: number; m: RegExpExecArray } | undefined {
  const m = re.exec(s.norm);
  if (!m) return undefined;
  const length = m[0].replace(/[\s,]+$/, '').length;
  return { start: s.start + m.index, end: s.start + m.index + length, m };
}

/** Index of the first word starting at or after a chunk offset. */
export function wordAt(s: Sentence, offset: number): number {
  for (let i = 0; i < s.words.length; i++) if (s.words[i].start >= offset) return i;
  return s.words.length;
}
