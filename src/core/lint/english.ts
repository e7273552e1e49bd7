// English verb knowledge for the telling linter: which words are base-form verbs, how likely the verb
// reading is, base forms and inflections, phrasal particles and the complements a verb takes.
// The data (english-data.ts) is generated at build time from well-kept NLP libraries by
// scripts/gen-lexicon.mjs; this module decodes it on first use into Maps and Sets, the verbs group by
// group (by their first two letters) as words of each group are looked up.
// Every function takes and returns lower-case words.
import { FORMS, FRAME_CHARS, PARTICLE_CHARS, SUFFIX_CHARS, SUFFIXES, VERBS } from './english-data';
import { FORM_KINDS, PARTICLES, VERB_CLASSES, regularBaseCandidates, regularForm } from './english-rules';
import type { FormKind } from './english-rules';
import { wordSet } from './lexicon';

export type { FormKind } from './english-rules';
export { PARTICLES } from './english-rules';

/**
 * How likely a word is a verb, from the order of its part-of-speech tags in the Brill lexicon (most
 * frequent first): `verb-only` ("send", "tell", "develop": no noun or adjective reading), `verb-first`
 * ("fix", "push", "look"), `noun-first` ("request", "review", "test"), `adjective-first` ("clear",
 * "open"), `other-first` (a verb whose first reading is an adverb or preposition: "back", "up",
 * "like"), `not-verb` (no base-form verb reading in the data).
 */
export type VerbLikelihood = 'verb-only' | 'verb-first' | 'noun-first' | 'adjective-first' | 'other-first' | 'not-verb';

/** One way a word form is a verb: "told" is tell's past and participle, "found" also the base "found". */
export interface VerbReading {
  readonly base: string;
  /** `present` only for "am" and "are". */
  readonly form: FormKind | 'base' | 'present';
}

const CLASSES: readonly VerbLikelihood[] = VERB_CLASSES;
const DOUBLES = 8;
const PARTICLE_SHIFT = 4;

interface Tables {
  /** Groups of front-coded verbs by their first two letters (as groupKey), still packed (see english-data.ts). */
  readonly groups: Map<number, string>;
  /** 1 where a group is still packed, by groupKey: a look-up that misses asks no Map. */
  readonly packed: Uint8Array;
  /** Decoded groups: base-form verb -> class index (bits 0-2), doubling (bit 3), particles (bits 4 and up). */
  readonly verbs: Map<string, number>;
  /** Base -> [past, participle, gerund, third], '' where the rule is right. */
  readonly forms: Map<string, readonly string[]>;
  /** Stored (irregular) form -> its readings. */
  readonly irregular: Map<string, VerbReading[]>;
  /** The verbs of each WordNet frame (FRAME_CHARS' order), filled as their groups are decoded. */
  readonly frames: readonly [Set<string>, Set<string>, Set<string>];
}

let tables: Tables | undefined;

function load(): Tables {
  return (tables ??= decode());
}

/**
 * Decodes what every call needs: the index of verb groups (a native split), the forms the rules get
 * wrong and the frame lists. The verbs of a group are decoded when a word of that group is first
 * looked up, so a note pays only for the two-letter starts it uses.
 */
function decode(): Tables {
  const groups = new Map<number, string>();
  const packed = new Uint8Array(1 << 16);
  for (const group of VERBS.split(' ')) {
    const key = groupKey(group.slice(1));
    groups.set(key, group);
    packed[key] = 1;
  }
  const forms = new Map<string, readonly string[]>();
  const irregular = new Map<string, VerbReading[]>();
  const addReading = (form: string, reading: VerbReading) => {
    const list = irregular.get(form);
    if (list) list.push(reading);
    else irregular.set(form, [reading]);
  };
  // ("overtake:^": the forms of the longest verb here that it ends with, "take", with its prefix.)
  const derived: string[] = [];
  for (const entry of FORMS.split(';')) {
    const colon = entry.indexOf(':');
    const base = entry.slice(0, colon);
    if (entry.charCodeAt(colon + 1) === 94) {
      derived.push(base);
      continue;
    }
    const stored = entry.slice(colon + 1).split(',');
    // ("bend:bent,=": "=" is the form before it, or the base.)
    let before = base;
    for (let k = 0; k < stored.length; k++) {
      if (stored[k] === '=') stored[k] = before;
      if (stored[k]) before = stored[k];
    }
    while (stored.length < 4) stored.push('');
    forms.set(base, stored);
  }
  // (Shorter first: a compound of a compound finds its part already there.)
  for (const base of derived.sort((a, b) => a.length - b.length)) {
    let from = '';
    for (const b of forms.keys()) if (b.length > from.length && b !== base && base.endsWith(b)) from = b;
    const prefix = base.slice(0, base.length - from.length);
    forms.set(base, forms.get(from)!.map(f => (f ? prefix + f : '')));
  }
  for (const [base, stored] of forms) stored.forEach((form, k) => { if (form) addReading(form, { base, form: FORM_KINDS[k] }); });
  // "be" has more forms than the four every other verb has.
  addReading('were', { base: 'be', form: 'past' });
  addReading('am', { base: 'be', form: 'present' });
  addReading('are', { base: 'be', form: 'present' });
  return { groups, packed, verbs: new Map(), forms, irregular, frames: [new Set(), new Set(), new Set()] };
}

/** The group of a word: its first two letters as a number below 2^16, or -1 for no group of ASCII letters. */
function groupKey(w: string): number {
  const a = w.charCodeAt(0);
  const b = w.length > 1 ? w.charCodeAt(1) : 0;
  return a < 256 && b < 256 ? (a << 8) | b : -1;
}

const ENDINGS = SUFFIXES.split(' ');

/** Decodes one group of verbs into `t.verbs`. */
function decodeGroup(t: Tables, key: number, data: string): void {
  t.groups.delete(key);
  t.packed[key] = 0;
  let previous = '';
  let i = 0;
  while (i < data.length) {
    const shared = data.charCodeAt(i++) - 48;
    const start = i;
    let c = data.charCodeAt(i);
    while ((c >= 97 && c <= 122) || c === 45) c = data.charCodeAt(++i); // a-z and '-'
    let word = previous.slice(0, shared) + data.slice(start, i);
    // An ending written as one character ("<" for "ate").
    const ending = SUFFIX_CHARS.indexOf(data[i]);
    if (ending >= 0) {
      word += ENDINGS[ending];
      i++;
    }
    const letter = data.charCodeAt(i++) - 65; // A-J
    let info = letter >= 5 ? (letter - 5) | DOUBLES : letter;
    c = data.charCodeAt(i);
    while (i < data.length && (c < 48 || c > 57)) {
      const frame = FRAME_CHARS.indexOf(data[i]);
      if (frame >= 0) t.frames[frame].add(word);
      else info |= 1 << (PARTICLE_SHIFT + PARTICLE_CHARS.indexOf(data[i]));
      c = data.charCodeAt(++i);
    }
    t.verbs.set(word, info);
    previous = word;
  }
}

/** The data of a base-form verb (class, doubling, particles), or undefined. */
function verbInfo(t: Tables, w: string): number | undefined {
  const info = storedInfo(t, w);
  if (info !== undefined) return info;
  // "re-run", "pre-book", "co-write": a verb with a hyphenated prefix is the verb it is made from.
  const dash = prefixDash(w);
  if (dash > 0) return storedInfo(t, w.slice(dash + 1));
  // "unmute", "unpin", "unassign": "un" undoing a verb is a verb, as the verb is.
  if (w.length > 5 && w.charCodeAt(0) === 117 && w.charCodeAt(1) === 110) return storedInfo(t, w.slice(2));
  // "reflow", "rescope", "reprice": "re" doing a verb again is a verb, as the verb is.
  return w.length > 5 && w.charCodeAt(0) === 114 && w.charCodeAt(1) === 101 ? storedInfo(t, w.slice(2)) : undefined;
}

/** Prefixes that make a verb of a verb, written with a hyphen: "re-run", "over-engineer". */
const VERB_PREFIXES = wordSet('re pre co un de dis mis out over under double triple cross');

function storedInfo(t: Tables, w: string): number | undefined {
  const info = t.verbs.get(w);
  if (info !== undefined) return info;
  const key = groupKey(w);
  if (key < 0 || t.packed[key] === 0) return undefined;
  decodeGroup(t, key, t.groups.get(key)!);
  return t.verbs.get(w);
}

/** Whether `w` is a base-form verb, as an imperative opens with ("send", "taste", "respect", "prioritize"). */
export function isBaseVerb(w: string): boolean {
  return verbInfo(load(), w) !== undefined;
}

/** All base-form verbs in the data. */
export function baseVerbs(): IterableIterator<string> {
  const t = load();
  for (const [key, group] of [...t.groups]) decodeGroup(t, key, group);
  return t.verbs.keys();
}

/** How likely `w` is a verb rather than a noun or adjective (see VerbLikelihood). */
export function verbLikelihood(w: string): VerbLikelihood {
  const info = verbInfo(load(), w);
  return info === undefined ? 'not-verb' : CLASSES[info & 7];
}

/** The form of a base verb; for a word not in the data, by the regular rules. */
export function formOf(base: string, kind: FormKind): string {
  const t = load();
  const stored = t.forms.get(base)?.[FORM_KINDS.indexOf(kind)];
  if (stored) return stored;
  const dash = prefixDash(base);
  if (dash > 0 && storedInfo(t, base) === undefined) return base.slice(0, dash + 1) + formOf(base.slice(dash + 1), kind);
  return regularForm(base, kind, ((verbInfo(t, base) ?? 0) & DOUBLES) !== 0);
}

/** "tell" -> "told", "ship" -> "shipped", "panic" -> "panicked". */
export function pastOf(base: string): string {
  return formOf(base, 'past');
}

/** "write" -> "written", "get" -> "gotten", "ship" -> "shipped". */
export function participleOf(base: string): string {
  return formOf(base, 'participle');
}

/** "roll" -> "rolling", "die" -> "dying", "refer" -> "referring". */
export function gerundOf(base: string): string {
  return formOf(base, 'gerund');
}

/** "fix" -> "fixes", "try" -> "tries", "have" -> "has". */
export function thirdPersonOf(base: string): string {
  return formOf(base, 'third');
}

/**
 * Every way `w` is a verb form, irregular readings first: "told" -> tell (past, participle); "found"
 * -> find (past, participle), found (base); "nudged" -> nudge; "shipping" -> ship. Empty for a word
 * that is no verb form in the data.
 */
export function verbReadings(w: string): readonly VerbReading[] {
  const t = load();
  const out: VerbReading[] = [...(t.irregular.get(w) ?? [])];
  const candidates = candidatesOf(w);
  for (const exact of [true, false]) {
    for (const [kind, bases] of candidates) {
      for (const base of bases) {
        if (isForm(t, base, kind, w, exact) && !out.some(r => r.base === base && r.form === kind)) out.push({ base, form: kind });
      }
    }
    if (out.length) break;
  }
  if (verbInfo(t, w) !== undefined) out.push({ base: w, form: 'base' });
  if (out.length) return out;
  // "re-written", "over-engineered": the readings of the verb after the prefix, with the prefix.
  const dash = prefixDash(w);
  return dash > 0 ? verbReadings(w.slice(dash + 1)).map(r => ({ base: w.slice(0, dash + 1) + r.base, form: r.form })) : out;
}

/** Where the hyphen of a verb prefix is ("re-run": 2), or -1. */
function prefixDash(w: string): number {
  const dash = w.indexOf('-');
  return dash >= 2 && dash <= 6 && VERB_PREFIXES.has(w.slice(0, dash)) ? dash : -1;
}

/** The base forms `w` could be a regular form of, by kind ("shipped" -> past: ship, shipp, ...); none for most words. */
function candidatesOf(w: string): [FormKind, string[]][] {
  const last = w.charCodeAt(w.length - 1);
  if (last !== 100 && last !== 103 && last !== 115) return []; // -d, -g, -s: no regular form ends otherwise
  const out: [FormKind, string[]][] = [];
  for (const kind of FORM_KINDS) {
    const bases = regularBaseCandidates(w, kind);
    if (bases.length) out.push([kind, bases]);
  }
  return out;
}

/**
 * Whether `w` is the `kind` form of `base`: exactly the form the data gives, or (not `exact`) the other
 * spelling of a final consonant, as British English doubles it ("cancelled", "travelling",
 * "focussed", "benefitted") where the data has the US form.
 */
function isForm(t: Tables, base: string, kind: FormKind, w: string, exact: boolean): boolean {
  if (verbInfo(t, base) === undefined) return false;
  if (exact) return formOf(base, kind) === w;
  return kind !== 'third' && !t.forms.get(base)?.[FORM_KINDS.indexOf(kind)] && regularForm(base, kind, true) === w;
}

/** The base form of a verb form ("told" -> "tell", "insisted" -> "insist", "got" -> "get"), or undefined. */
export function baseOf(w: string): string | undefined {
  const t = load();
  const irregular = t.irregular.get(w);
  if (irregular) return irregular[0].base;
  const candidates = candidatesOf(w);
  for (const exact of [true, false]) {
    for (const [kind, bases] of candidates) {
      for (const base of bases) if (isForm(t, base, kind, w, exact)) return base;
    }
  }
  if (verbInfo(t, w) !== undefined) return w;
  const dash = prefixDash(w);
  const base = dash > 0 ? baseOf(w.slice(dash + 1)) : undefined;
  return base === undefined ? undefined : w.slice(0, dash + 1) + base;
}

/** The base of any form of a verb, or the word itself. */
function baseOrSelf(verb: string): string {
  return verbInfo(load(), verb) !== undefined ? verb : baseOf(verb) ?? verb;
}

/** The particles `verb` (any form) takes as a phrasal verb ("look" -> for, into, after, ...). */
export function particlesOf(verb: string): readonly string[] {
  const info = verbInfo(load(), baseOrSelf(verb)) ?? 0;
  return PARTICLES.filter((_, k) => (info >> (PARTICLE_SHIFT + k)) & 1);
}

/** Whether `next` is a particle making a phrasal verb with `verb` (any form): "look for", "reached out", "rolling back". */
export function isPhrasalParticle(verb: string, next: string): boolean {
  const k = PARTICLES.indexOf(next);
  if (k < 0) return false;
  const info = verbInfo(load(), baseOrSelf(verb)) ?? 0;
  return ((info >> (PARTICLE_SHIFT + k)) & 1) === 1;
}

/** "told him to", "asked her to", "pushed them to" (any form): the verb takes someone + to-infinitive. */
export function takesObjectInfinitive(verb: string): boolean {
  return hasFrame(0, verb);
}

/** "made him redo it", "had her present", "let them decide" (any form): someone + bare infinitive. */
export function takesBareInfinitive(verb: string): boolean {
  return hasFrame(1, verb);
}

/** Whether `verb` (any form) has frame k (FRAME_CHARS' order): its group decoded first, which fills the frames. */
function hasFrame(k: number, verb: string): boolean {
  const t = load();
  const base = baseOrSelf(verb);
  storedInfo(t, base);
  return t.frames[k].has(base);
}

/** "insisted that", "suggested that", "said that" (any form): the verb reports with a that-clause. */
export function takesThatClause(verb: string): boolean {
  return hasFrame(2, verb);
}
