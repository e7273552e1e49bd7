// Rewrites that turn telling into asking. Each is an open question that keeps the topic of the
// sentence it replaces and leaves the answer to the person: not advice with a question mark ("What
// would happen if you fixed this?" still carries the answer), not a generic question that drops the
// topic. The topic is what the instruction is about (its object, or the situation it names), never
// the action it prescribes; the wording fits the relationship.
import { baseOf, gerundOf, isBaseVerb, pastOf, verbLikelihood, verbReadings } from './english';
import type { Mode } from '../modes';
import type { Sentence } from './sentences';
import type { Suggestion } from './types';
import { wordSet } from './lexicon';

/** Rewrites of a finding for a relationship, made on demand. */
export type Suggest = (mode: Mode) => readonly Suggestion[];

export const NO_SUGGESTIONS: Suggest = () => [];

/**
 * Rewrites made on demand by `make(mode, ...args)`. The closure is created here, and only for a finding:
 * a rule whose check held a closure itself would allocate its captured variables for every sentence.
 */
export function later<A extends unknown[]>(make: (mode: Mode, ...args: A) => readonly Suggestion[], ...args: A): Suggest {
  return mode => make(mode, ...args);
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
  if (word === 'I' || /^\p{Lu}{2,}/u.test(word) || !isBaseVerb(word.toLowerCase()) && !COMMON_STARTS.has(word.toLowerCase())) return text;
  return m[1].toLowerCase() + text.slice(1);
}

const COMMON_STARTS = wordSet('the a an your my our this that it not be more less all have get');

/** Applies `inflect` to the phrase's first verb and to verbs coordinated with "and"/"or" ("ship it and iterate"). */
function inflectPhrase(phrase: string, inflect: (verb: string) => string): string {
  const m = /^(\p{L}+(?:-\p{L}+)*)(.*)$/su.exec(phrase);
  if (!m) return phrase;
  const rest = m[2].replace(/\b(and|or|then)\s+([a-z]+)\b/g, (all, conj: string, verb: string) =>
    isBaseVerb(verb) ? `${conj} ${inflect(verb)}` : all);
  return inflect(m[1]) + rest;
}

const STOP_VERBS = wordSet('stop quit avoid stopped quitted avoided');

/**
 * Where what is forbidden starts when the instruction at word `at` is "stop / quit / avoid" + doing
 * ("(told him to) stop picking up pages"): the gerund's index, else -1. A prohibition is asked about
 * for its trade-offs, never as a task to approach.
 */
export function forbiddenAt(s: Sentence, at: number): number {
  return isStopVerb(s.words[at]?.w ?? '') && isGerund(s.words[at + 1]?.w ?? '') ? at + 1 : -1;
}

/** stop, quit, avoid (and their past forms): verbs that forbid what follows them. */
export function isStopVerb(w: string): boolean {
  return STOP_VERBS.has(w);
}

/** A phrase up to " and <base verb>", where a second instruction is joined to the first. */
function beforeSecondInstruction(phrase: string): string {
  const m = /\s+(?:and|then)\s+([a-z]+)\b/i.exec(phrase);
  return m?.[1] && isBaseVerb(m[1].toLowerCase()) && !isGerund(m[1].toLowerCase()) ? phrase.slice(0, m.index) : phrase;
}

const ROLE_VERBS = wordSet('own lead run drive manage handle take cover chair host present coordinate organise organize champion facilitate mentor coach represent steer step be');

/**
 * Whether the instruction's verb gives them a part to play ("own the migration", "lead the retro",
 * "take over the rota"): only then is "What part would you like to play in ...?" a fitting question.
 * "(keep) your camera (on)" or "(finish) the review" is asked how they would approach it.
 */
export function givesRole(verb: string, next = ''): boolean {
  // "be the owner", "be in charge", "be responsible for": a part; "be more proactive": how to be, no part.
  if (verb === 'be') return BE_A_PART.has(next);
  return ROLE_VERBS.has(verb) || ROLE_VERBS.has(baseOf(verb) ?? '');
}

/** What "be" takes when it gives a part to play. */
const BE_A_PART = wordSet('the a an our your my in on responsible accountable');

/**
 * A word ending in -ing that is not itself a base verb ("running", not "ring" or "bring"); of a
 * hyphenated word, its first part ("replying-all"), unless the -ing is its own ("cc-ing").
 */
export function isGerund(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash > 0) w = w.endsWith('-ing') ? w : w.slice(0, dash);
  return w.length > 4 && w.endsWith('ing') && !isBaseVerb(w);
}

/** "ship it by Friday" -> "shipping it by Friday". */
export function gerundPhrase(phrase: string): string {
  return inflectPhrase(phrase, v => gerundOf(v.toLowerCase()));
}

/** "ship it and iterate" -> "shipped it and iterated", for "What would happen if you ...?". */
export function pastPhrase(phrase: string): string {
  return inflectPhrase(phrase, v => (isBaseVerb(v.toLowerCase()) || v === 'be' ? pastOf(v.toLowerCase()) : v));
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

const DEADLINE = /\b(?:by|before|until|no later than|nlt)\s+(?:the\s+end\s+of\s+(?:the\s+)?\w+|end\s+of\s+(?:the\s+)?\w+|eod|eow|cob|close of business|noon|tonight|tomorrow|today|(?:this|next)\s+\w+|(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)?|q[1-4]|h[12]|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d[\w/:.-]*|the\s+\d{1,2}(?:st|nd|rd|th)\b|the\s+(?:[\w-]+\s+)?(?:deadline|release|launch|demo|review|offsite|all-hands|standup|meeting|retro|planning|call|sync|kickoff|sprint|cutoff|freeze)|your\s+next\s+\w+|then|lunch|[a-z]+\s+(?:o'clock|am|pm))\b|\b(?:today|tonight|tomorrow|asap|eod|eow|this\s+(?:week|afternoon|morning|evening|sprint|month|quarter)|end\s+of\s+(?:the\s+)?(?:day|week|month|sprint|quarter)|first\s+thing)\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\s+(?:latest|at\s+the\s+latest)\b|\bwithin\s+(?:\d{1,3}\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mins?|minutes?)|(?:a|an|one|two|three|four|five|seven|ten|24|48|72)\s+(?:working\s+|business\s+)?(?:hours?|days?|weeks?)|the\s+(?:hour|day|week))\b/;

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

/** A verb form back to its base: "stopped" -> "stop", "told" -> "tell" (the word itself when it is not a verb form). */
export function baseForm(word: string): string {
  return baseOf(word.toLowerCase()) ?? word.toLowerCase();
}


/** What an instruction is about: its object or complement (never the prescribed action), and the situation it names. */
export interface Topic {
  /** "the draft", "the flaky tests", "standups"; empty when the sentence names none. */
  readonly topic: string;
  /** "before the release", "when the build breaks": the situation the instruction is for. */
  readonly situation: string;
  /** The whole instruction as a gerund phrase: "pushing on Fridays". */
  readonly gerund: string;
  readonly deadline: boolean;
}

const PARTICLES = wordSet('up out off back over down through ahead away around forward along');
const OBJECT_PRONOUNS = wordSet('me us him her them');
/** Pronouns for a thing, which name nothing the question could be about. */
const THING_PRONOUNS = wordSet('it this that these those');
const PRONOUN_PHRASE = /^(?:it|them)\s|^(?:this|that|these|those)\s+(?:in|into|on|at|to|past|for|with|by|from|up|out|off|down|over)\b/i;
// (Not "with" or "for": "run it with the team", "share this with Sam" name who, not where.)
const PLACE_PREPOSITIONS = wordSet('in into on onto to');
const PREPOSITIONS = wordSet('to with on about for in at into through from of by across around onto towards toward over under within behind');
const LEAD_ADVERBS = wordSet('more less just also really properly actually simply always never again still even all both straight directly immediately');
const TRAIL = /(?:\s+(?:first|now|today|again|more|asap|instead|too|also|already|properly|immediately|daily|then|please|anyway|though|yet|so far|right away|every time|each time|for now|from now on|going forward|as well|at all|ever|tomorrow|tonight|(?:next|this|every|each)\s+(?:time|week|weekend|sprint|month|quarter|year|day|monday|tuesday|wednesday|thursday|friday)))+$/i;
/** Time phrases that open an object slot without being the topic: "next time", "this week". */
const TIME_LEAD = /^(?:(?:next|this|every|each)\s+(?:time|week|sprint|month|quarter)|today|tomorrow|tonight|now|again|first)\b\s*/i;
const VAGUE = wordSet('it this that them these those so one some something things stuff no yes more less sure anyone anybody anything someone somebody everyone everybody everything nobody nothing early late often soon fast quickly well properly');
/** "the design doc done", "the PR merged": the state asked for is not part of the topic. */
const DONE_AT_END = /\s+(?:done|finished|completed|complete|ready|shipped|merged|fixed|sorted|wrapped\s+up|submitted|reviewed|deployed|sent|written|updated|delivered|closed|resolved|signed\s+off|in\s+place|out|live|over)$/i;
/** Spaces, end punctuation, closing quotes and brackets, emphasis marks: trimmed off a clause's end. */
const TRAILING_MARKS = new Set([...' \t\n\r\u00a0.!?…"\'”’)*_'].map(c => c.charCodeAt(0)));
const SITUATION = /\b(before|after|when|whenever|until|once|if|while|during|ahead of)\b\s+(.+)$/i;
const DETERMINER_AFTER_PREPOSITION = /\b(?:on|about|for|with|of|in|to|around)\s+((?:the|your|our|this|that|these|those|a|an|their|his|her|my)\s.+)$/i;

/** Topics already worked out, per sentence and verb: a finding's rewrites ask for the same topic two or three times. */
const topics = new WeakMap<Sentence, Map<number, Topic>>();

/** The topic of the instruction whose verb is word `verb` of the sentence. */
export function topicOf(s: Sentence, chunk: string, verb: number): Topic {
  let known = topics.get(s);
  if (!known) topics.set(s, (known = new Map()));
  let t = known.get(verb);
  if (!t) known.set(verb, (t = computeTopic(s, chunk, verb)));
  return t;
}

/**
 * Topics by the text they are read from (the instruction from its verb to the sentence's end, and the
 * verb's length): notes repeat their instructions (carried items, talking points, week after week), and
 * a run over many notes reads each once. Bounded: emptied when full.
 */
const TOPIC_MEMO = new Map<string, Topic>();
const TOPIC_MEMO_SIZE = 4000;

function computeTopic(s: Sentence, chunk: string, verb: number): Topic {
  let w = s.words[verb];
  // "(shouldn't you) have called the secondary": past a perfect "have", the verb is the participle.
  while (w && s.words[verb + 1] && (/^(?:just|really|also|simply|not)$/.test(w.w) || (w.w.length > 4 && w.w.endsWith('ly') && !isBaseVerb(w.w))
    || (/^(?:have|been)$/.test(w.w) && /(?:ed|en|wn|ne|ld|ght|nt)$/.test(s.words[verb + 1].w)))) w = s.words[++verb];
  // "go talk to the security team", "come (and) see me", "go ahead and merge it": after go or come
  // the second verb is the action.
  if (w && (w.w === 'go' || w.w === 'come')) {
    let j = verb + 1;
    if (s.words[j]?.w === 'ahead') j++;
    if (s.words[j]?.w === 'and') j++;
    if (s.words[j] && isBaseVerb(s.words[j].w)) w = s.words[j];
  }
  if (!w) return { topic: '', situation: '', gerund: '', deadline: false };
  const from = chunk.slice(w.start, s.end);
  const key = `${w.end - w.start}\u0000${from}`;
  let topic = TOPIC_MEMO.get(key);
  if (!topic) {
    topic = readTopic(from, w.end - w.start);
    if (TOPIC_MEMO.size >= TOPIC_MEMO_SIZE) TOPIC_MEMO.clear();
    TOPIC_MEMO.set(key, topic);
  }
  return topic;
}

/** The topic of an instruction written `from` its verb (of `verbLength` characters) to its sentence's end. */
function readTopic(from: string, verbLength: number): Topic {
  let clause = from;
  // (And where a new clause starts without its comma, as dictated or typed fast: "... in your application its exactly what the
  // panel wants to see", "... that's on me".)
  // (Not after a word that leads it in: "before it's scheduled", "when it's linked everywhere else".)
  // (And where the manager's quoted words close before their tag: `"Just silence them for a fortnight," I said`.)
  const cut = clause.search(/[,;:—–]\s|[,.!?]["”]|\s-\s|\s\(|(?<!\b(?:before|after|when|whenever|until|till|if|once|as|because|since|unless|while|whether|so|and|but|or|that|where|what|how|why|though|although)) (?:it's|it’s|that's|that’s|thats|its(?=\s+(?:exactly|just|really|not|fine|what|all|ok|okay|only|a|an|the)\s))\s/i);
  if (cut > 0) clause = clause.slice(0, cut);
  let end = clause.length;
  while (end > 0 && (TRAILING_MARKS.has(clause.charCodeAt(end - 1)) || (clause.charCodeAt(end - 1) > 127 && /\s/.test(clause[end - 1] ?? '')))) end--;
  clause = clause.slice(0, end);
  // Runs of spaces, tabs or line breaks to one space (most clauses have none: no new string then).
  if (/\s\s|[^\S ]/.test(clause)) clause = clause.replace(/\s+/g, ' ');
  // "before the release" is the situation the instruction is for; "by Friday" a deadline, left out.
  const word = /^[\p{L}\p{N}']+(?:-[\p{L}\p{N}']+)*/u.exec(clause)?.[0] ?? '';
  // What stands where the verb should is no verb ("(why is it taking) so long", "(why is the release
  // still) behind"): there is no action to make a gerund of, and the whole clause is read for a topic.
  const lv = word.toLowerCase();
  // (A subject standing in the verb's place, "you're (covering ...)", is passed over as before.)
  // A compound where the verb stands ("dry-run the readout", "double-check the numbers") is a verb when its last part is one.
  const isVerb = isBaseVerb(lv) || isGerund(lv) || baseOf(lv) !== undefined || /^(?:you|we|i|he|she|they)(?:'(?:re|ll|ve|d|s|m))?$/.test(lv)
    || (lv.includes('-') && isBaseVerb(lv.slice(lv.lastIndexOf('-') + 1)));
  const v = isVerb ? word : '';
  let rest = (isVerb ? clause.slice(verbLength) : clause).trim();
  let situation = '';
  const sit = SITUATION.exec(rest);
  if (sit) {
    rest = rest.slice(0, sit.index).trim();
    // "once she's lead", "before I'd asked anything": a situation told about someone else does not ask them.
    // (A trailing word a determiner needs stays: "before the daily" is a meeting, not "before the".)
    // (A second instruction joined on is not part of it: "before Friday | and to loop in Ravi".)
    const trimmed = sit[0].replace(/,?\s+and\s+to\s+[\s\S]*$/, '').replace(TRAIL, '');
    situation = /\b(?:i|i'd|i've|i'm|me|my|we|he|she|he's|she's|his|her|they|their)\b/i.test(sit[2] ?? '') ? '' : /\b(?:the|a|an|your|our|this|that)$/i.test(trimmed) ? sit[0] : trimmed;
  }
  const d = findDeadline(rest.toLowerCase());
  if (d) rest = (rest.slice(0, d[0]) + rest.slice(d[1])).replace(/\s+/g, ' ').trim();
  // "merged the fix" (after "why haven't you") reads "merging the fix".
  const base = isBaseVerb(v.toLowerCase()) || v.toLowerCase().endsWith('ing') || isGerund(v.toLowerCase()) ? v : baseForm(v);
  const phrase = [base, rest, situation].filter(Boolean).join(' ');
  // "ring the site manager" is no gerund: a verb that ends in -ing (ring, bring, ping) is made one. What
  // is already a gerund ("(stop) assigning tickets directly and use the board instead") ends before a
  // second instruction joined to it.
  const gerundText = !v ? '' : isGerund(v.toLowerCase()) ? lowerFirst(beforeSecondInstruction(phrase)) : gerundPhrase(lowerFirst(phrase));
  const words = rest.split(' ');
  let k = 0;
  while (k < words.length - 1 && (PARTICLES.has(words[k].toLowerCase()) || LEAD_ADVERBS.has(words[k].toLowerCase()))) k++;
  if (k < words.length - 1 && OBJECT_PRONOUNS.has(words[k].toLowerCase())) k++;
  // "put it in the team calendar", "take that to the architecture round": past a pronoun for a thing,
  // where it goes is what is named (not "keep it simple", "make it happen", "keep this in mind").
  else if (k < words.length - 2 && THING_PRONOUNS.has(words[k].toLowerCase()) && PLACE_PREPOSITIONS.has(words[k + 1].toLowerCase())
    && (DETERMINERS.has(words[k + 2].toLowerCase()) || /^\p{Lu}/u.test(words[k + 2]))) k++;
  // "keep me posted on the migration": past the pronoun and its state, what it is about.
  if (STATE_VERBS.has(lv) && k > 0 && k < words.length - 1 && OBJECT_PRONOUNS.has(words[k - 1].toLowerCase())
    && verbReadings(words[k].toLowerCase()).some(r => r.form === 'participle')) k++;
  while (k < words.length - 1 && PARTICLES.has(words[k].toLowerCase())) k++;
  let topic = words.slice(k).join(' ').replace(TRAIL, '').replace(TIME_LEAD, '').trim();
  // "be more careful with code reviews", "be online by 9am": after "be" comes how to be, not a thing to
  // approach; the topic is what it is about ("code reviews"), when the clause says. Not a thing named
  // ("be the owner"), a place ("be on the floor") or a verb ("be delegating the checks").
  const predicate = words[k]?.toLowerCase() ?? '';
  if (COPULAS.has(v.toLowerCase()) && predicate && !DETERMINERS.has(predicate) && !PREPOSITIONS.has(predicate) && !predicate.endsWith('ing')) {
    topic = PREDICATE_ABOUT.exec(words.slice(k + 1).join(' '))?.[1] ?? '';
  }
  // "try (harder) to hit the sprint goals": what the infinitive acts on is the thing.
  const infinitive = INFINITIVE_OBJECT.exec(topic);
  if (infinitive?.[1] && infinitive[2] && isBaseVerb(infinitive[1].toLowerCase()) && !COPULAS.has(infinitive[1].toLowerCase())) topic = infinitive[2];
  // "roll back instead of hotfixing at 2am": without an object, the option set aside is what it is about.
  const instead = /^(?:instead\s+of|rather\s+than)\s+(.+)$/i.exec(topic);
  if (instead?.[1]) topic = instead[1];
  const topicBefore = topic;
  const first = topic.split(' ')[0]?.toLowerCase() ?? '';
  if (PREPOSITIONS.has(first) || first === 'w/') {
    // "with Sam on the billing bug": the last thing named with a determiner is the topic, not the person.
    const pp = DETERMINER_AFTER_PREPOSITION.exec(topic.slice(first.length));
    topic = pp?.[1] ? pp[1] : topic.slice(first.length).trim();
  }
  topic = topic.replace(/^\S+ly\b\s*/i, m => (m.length > 5 ? '' : m));
  // "find out whether Sam needs ...": a question clause, no thing to ask about (nor a phrase after it).
  if (/^(?:whether|if)\b/i.test(topic)) topic = '';
  let np = nounPhrase(topic);
  const after = afterInfinitive(/\b(?:to|on|about|for|with|w\/|of|in|at|through|behind|into|under)\s+(.+)$/i.exec(topic.slice(np.length)));
  if (VAGUE.has(np.toLowerCase()) || OBJECT_PRONOUNS.has(np.toLowerCase()) || !np) {
    // "say no to side requests", "ship it behind the flag": past a vague head, the topic follows the next preposition.
    np = after?.[1] ? nounPhrase(after[1]) : '';
  } else if (/^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?\s(?:about|on|through|for)\s/u.test(np)) {
    // "tell Ravi about platform", "walk Tom through the runbook": past the person, what it is about.
    np = nounPhrase(np.replace(/^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?\s(?:about|on|through|for)\s/u, '')) || np;
  } else if (/^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?$/u.test(np) && after?.[1] && !/^(?:with|w\/)\s/i.test(topicBefore)) {
    np = nounPhrase(after[1]) || np;
  } else if (/^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?$/u.test(np) && /^(?:with|w\/)\s/i.test(topicBefore)) {
    np = `working with ${np}`;
  }
  // "take the lead on the vendor evaluation", "make a decision about the vendor": a light verb's noun is
  // the action; what it is on is the topic.
  const light = LIGHT_VERBS.has(lv) ? LIGHT_OBJECT.exec(np) : lv === 'be' ? PART_OF.exec(np) : null;
  if (light?.[1]) np = light[1];
  // "let Carla's reviews go to the rotation", "have Sam present it": after a causative verb the thing
  // ends where its bare verb starts.
  if (CAUSATIVES.has(lv)) np = beforeBareVerb(np);
  // "make the release notes clearer", "keep me posted": the state a thing is to be kept in or made is
  // not the thing.
  if (STATE_VERBS.has(lv)) np = withoutComparative(beforeState(np, lv));
  topic = withoutResult(np.replace(DONE_AT_END, ''));
  if (STATE_VERBS.has(lv) && k > 0 && OBJECT_PRONOUNS.has(words[k - 1].toLowerCase()) && !topic.includes(' ')) topic = '';
  // "keep it simple", "run it past Sam", "keep this in mind": a pronoun and what is done with it name no topic.
  if (VAGUE.has(topic.toLowerCase()) || OBJECT_PRONOUNS.has(topic.toLowerCase()) || PRONOUN_PHRASE.test(topic)) topic = '';
  // "**Always update the status page** whenever ...": emphasis marks around the instruction are not part of its topic.
  topic = topic.replace(/^[*_~`]+|[*_~`]+$/g, '');
  // The topic comes after the verb, mid-sentence: a capital there is a name or a title ("read Accelerate"),
  // kept; only a determiner or the like written with a capital ("The tickets") is lowered.
  const head = /^[\p{L}']+/u.exec(topic)?.[0] ?? '';
  if (head && COMMON_STARTS.has(head.toLowerCase())) topic = lowerFirst(topic);
  return { topic, situation, gerund: gerundText, deadline: !!d || !!(situation && findDeadline(situation.toLowerCase())) };
}

/** "(get Sam) to write the postmortem", "(get Rosa) to sign off every post": past an infinitive's verb and its particle, what it acts on. */
function afterInfinitive(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m?.[1] || !/^to\s/i.test(m[0])) return m;
  const verb = /^([a-z]+)\s+(?:(up|out|off|back|over|down|through|away|along)\s+)?(.+)$/i.exec(m[1]);
  const v = verb?.[1].toLowerCase() ?? '';
  // A verb with its particle, or a word read first as a verb ("write"; not "(say no) to side requests").
  const likely = verbLikelihood(v);
  if (verb?.[3] && !DETERMINERS.has(v) && (verb[2] ? isBaseVerb(v) : likely === 'verb-only' || likely === 'verb-first')) m[1] = verb[3];
  return m;
}

/** A noun phrase up to a bare verb read first as a verb (not its first word, not after a determiner). */
function beforeBareVerb(np: string): string {
  const words = np.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k].toLowerCase();
    if (DETERMINERS.has(words[k - 1].toLowerCase()) || !isBaseVerb(w)) continue;
    const likely = verbLikelihood(w);
    if (likely === 'verb-only' || likely === 'verb-first') return words.slice(0, k).join(' ');
  }
  return np;
}

/**
 * A noun phrase without a comparative at its end: "the onboarding doc (shorter)", "the release notes
 * (clearer)". A last word in -er after a noun, made of a word that is no verb or is mostly an
 * adjective ("short", "clear"), or better or worse; not a noun of a verb ("the code owner", "the
 * release manager").
 */
function withoutComparative(np: string): string {
  const words = np.split(' ');
  if (words.length < 2) return np;
  const last = words[words.length - 1].toLowerCase();
  if (DETERMINERS.has(words[words.length - 2].toLowerCase())) return np;
  if (last === 'better' || last === 'worse') return words.slice(0, -1).join(' ');
  if (!/[a-z]{2}er$/.test(last)) return np;
  const stem = last.slice(0, -2);
  const stems = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')];
  // A stem that is a verb (not mostly an adjective) makes a noun of the one who does it: "manager", "owner".
  return stems.every(w => !isBaseVerb(w) || verbLikelihood(w) === 'adjective-first') ? words.slice(0, -1).join(' ') : np;
}

/**
 * A noun phrase up to the state it is to be kept in: "the stakeholders (informed about the delay)", a
 * participle after a noun; after keep or leave also a place in or on ("the release manager (in the loop)").
 */
function beforeState(np: string, verb: string): string {
  const words = np.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k].toLowerCase();
    if (DETERMINERS.has(words[k - 1].toLowerCase())) continue;
    if ((verb === 'keep' || verb === 'leave') && (w === 'in' || w === 'on')) return words.slice(0, k).join(' ');
    if (k < words.length - 1 && verbReadings(w).some(r => r.form === 'participle') && !isBaseVerb(w)) return words.slice(0, k).join(' ');
  }
  return np;
}

/** Verbs that set the state of a thing ("make it simpler", "keep your PRs small", "get it done", "leave it cleaner"). */
const STATE_VERBS = wordSet('make keep leave get have set');

/**
 * A noun phrase without the state it is to be left in: "the May rota (published)", "the budget
 * (approved)". A last word that is a past participle, after a noun, is the result asked for, not the thing.
 */
function withoutResult(np: string): string {
  const words = np.split(' ');
  if (words.length < 2) return np;
  const last = words[words.length - 1].toLowerCase();
  const before = words[words.length - 2].toLowerCase();
  if (DETERMINERS.has(before) || !verbReadings(last).some(r => r.form === 'participle')) return np;
  return words.slice(0, -1).join(' ');
}

const DETERMINERS = wordSet('the a an your our my his her their this that these those its some any every each all');
const NP_STOP = wordSet('and or but so because instead rather than then to with w/ from by at into as like without unless since which who that through behind under before after during until within across yet already back up out off down away earlier later sooner faster more less again too first now today tomorrow yourself herself himself themselves is are was were has have will would should can could must need needs belongs goes works looks seems');
const NP_LINK = wordSet('for of on about in');
const NOT_NP_START = wordSet('and or but nor so then because as than like whether if earlier later sooner again now today tomorrow tonight already yet too is are was were has have had will would should can could must');
const COPULAS = wordSet('be become stay remain');
const PRONOUN_OBJECTS = wordSet('you me us him her them it');
const CAUSATIVES = wordSet('let make have help watch see');
/** "(try) harder to hit | the sprint goals", "(try) to reach | the goal": an infinitive and what it acts on. */
const INFINITIVE_OBJECT = /^(?:[a-z]+(?:er|ly)\s+)?to\s+([a-z]+)\s+(.+)$/i;
const LIGHT_VERBS = wordSet('take make give have do get');
const LIGHT_OBJECT = /^(?:(?:the|a|an|some|your|more|any)\s+)?[\p{L}-]+\s+(?:on|of|about|over)\s+((?:the|your|our|this|that|these|those|their|his|her|my|a|an)\s.+)$/iu;
/** "(be) the owner of | the release checklist", "(be) the point person for | the vendor": a part, and what it is a part in. */
const PART_OF = /^(?:the|a|an|our|your|my)\s+(?:[\p{L}-]+\s+){1,2}(?:of|for|on)\s+((?:the|your|our|this|that|these|those|their|his|her|my|a|an)\s.+)$/iu;
/** What a predicate is about: "careful | with code reviews", "proactive | about flagging risks". */
const PREDICATE_ABOUT = /^(?:\S+\s+)*?(?:with|about|at|in|on|for|around|of|towards?)\s+(.+)$/i;

/**
 * The first noun phrase of a text, with one "for/of/on/about/in ..." phrase after it: "a postmortem
 * for the outage", "your reviews" (from "your reviews to Tom instead of ..."), "the squad" (from "the
 * squad set the sprint goal"). Up to eight words.
 */
export function nounPhrase(text: string): string {
  const words = text.split(' ').filter(Boolean);
  // No noun phrase opens with a conjunction, a time or an auxiliary: "(stop) and think", "(told me)
  // earlier" have no object to ask about.
  if (NOT_NP_START.has(words[0]?.toLowerCase() ?? '')) return '';
  // Nor with a verb and its object pronoun: "(ask Kevin to) put you forward" is an action, not a thing.
  if (words.length > 1 && PRONOUN_OBJECTS.has(words[1].toLowerCase()) && isBaseVerb(words[0].toLowerCase())) return '';
  const out: string[] = [];
  let linked = false;
  for (let k = 0; k < words.length && out.length < 8; k++) {
    const w = words[k].toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
    const next = words[k + 1]?.toLowerCase() ?? '';
    const prev = out.length ? out[out.length - 1].toLowerCase() : '';
    // A particle after a gerund or verb belongs to it: "picking up Aiko's pages" (not after a noun that
    // could be a verb: "the launch | back a week").
    if (out.length && PARTICLES.has(w) && (prev.endsWith('ing') || isBaseVerb(prev)) && !(out.length > 1 && DETERMINERS.has(out[out.length - 2].toLowerCase()))) { out.push(words[k]); continue; }
    if (out.length && (NP_STOP.has(w) || (w.length > 4 && w.endsWith('ly')))) break;
    if (NP_LINK.has(w)) {
      // "the ticket | in two", "the review | in 3 days": a number after "in" is no thing.
      if (linked || !out.length || (w === 'in' && /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)$)/.test(next))) break;
      linked = true;
      out.push(words[k]);
      continue;
    }
    // A verb-looking word followed by a determiner starts a clause: "the squad | set the sprint goal".
    if (out.length && !DETERMINERS.has(w) && DETERMINERS.has(next) && isBaseVerb(w)) break;
    // A determiner after a noun starts another phrase: "the agenda | the day before" (not after a verb,
    // a gerund or a particle: "delegating the checks", "sign off every post").
    if (out.length && DETERMINERS.has(w) && !NP_LINK.has(prev) && !DETERMINERS.has(prev) && !PARTICLES.has(prev) && !isGerund(prev) && !isBaseVerb(prev)) break;
    out.push(words[k]);
  }
  while (out.length && (NP_LINK.has(out[out.length - 1].toLowerCase()) || DETERMINERS.has(out[out.length - 1].toLowerCase()))) out.pop();
  return out.join(' ');
}

export type AskKind = 'approach' | 'timeline' | 'tradeoffs' | 'role' | 'obstacle' | 'options';

/**
 * Open questions about a topic, worded for the relationship: a coach asks how they would approach it,
 * co-learners ask how we might, a mentor asks what they have tried, peers ask what they are missing.
 */
export function asks(kind: AskKind, t: Topic, mode: Mode): string[] {
  const topic = t.topic;
  const peer = mode === 'mentoring' || mode === 'peer-learning';
  const out: string[] = [];
  // The situation ("before the holidays") is asked about on its own only after the topic's questions: a
  // first question that kept only the situation would drop what the instruction was about.
  const situation = t.situation && kind !== 'tradeoffs' && kind !== 'obstacle'
    ? (mode === 'co-learning' ? `What could we do ${t.situation}?` : peer ? `What do you usually do ${t.situation}?` : `What would you do ${t.situation}?`) : '';
  if (situation && !topic) out.push(situation);
  switch (kind) {
    case 'timeline':
      if (topic) out.push(peer ? `What timeline works for you on ${topic}?` : `What timeline feels realistic for ${topic}?`, `What could get in the way of ${topic}?`);
      break;
    case 'tradeoffs':
      if (t.gerund) out.push(`What do you see as the trade-offs of ${t.gerund}?`, `How do you weigh up ${t.gerund}?`);
      break;
    case 'role':
      // A part to play in a person ("in Jens") is no question: a name is asked about only as an approach.
      if (topic && !/^\p{Lu}[\p{L}'-]*$/u.test(topic)) out.push(`What part would you like to play in ${topic}?`, `How do you see your role in ${topic}?`);
      break;
    case 'obstacle':
      if (t.gerund) out.push(`What got in the way of ${t.gerund}?`);
      if (topic) out.push(`How did ${topic} look from your side?`);
      break;
    case 'options':
      if (topic) out.push(`What options do you see for ${topic}?`, peer ? `What have you tried so far with ${topic}?` : `Which options have you weighed for ${topic}?`);
      break;
    case 'approach':
      if (topic) {
        if (mode === 'co-learning') out.push(`How might we approach ${topic} together?`, `What options do you see for ${topic}?`);
        else if (mode === 'mentoring') out.push(`How are you thinking about ${topic}?`, `What have you tried so far with ${topic}?`);
        else if (mode === 'peer-learning') out.push(`How is your team thinking about ${topic}?`, `What am I missing about ${topic}?`);
        else out.push(t.situation ? `How would you approach ${topic} ${t.situation}?` : `How would you approach ${topic}?`, `What options do you see for ${topic}?`);
      }
      break;
  }
  if (situation && topic) out.push(situation);
  return out;
}

/** The question inside a note for next time such as ` (next time, ask: "What ...?")`. */
export function questionOf(note: string): string {
  return /"([^"]+)"/.exec(note)?.[1] ?? note.trim();
}
