import { FINAL, hasPlease, isYou, timeOpener } from '../analysis';
import { baseOf, isBaseVerb, verbReadings } from '../english';
import { wordSet, STATE_ADJECTIVES } from '../lexicon';
import { asks, findDeadline, forbiddenAt, later, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { WordClass } from '../wordclass';
import { hasSpaced } from '../../text';
import { personWord, type Parties } from '../parties';
import { isCapital } from '../frame';

/** Asked in a formal record's words: "you are (kindly) requested to ...". */
const FORMAL_ASKED = new Set(['requested', 'required', 'expected', 'instructed', 'asked', 'directed', 'advised']);

/** Subordinators and pronouns before "you" that make it a report or a condition, not an order. */
const NOT_ADDRESSED_BEFORE = wordSet('if when whenever unless whether what whatever anything everything something all how where why which who once until than as case wherever whoever nothing');

/**
 * "Don't feel (like) you have to reply while you're off": permission, the modal denied. "you feel you have
 * to say yes to everything": an obligation someone feels, described, not one put to them.
 */
function feltNotTo(words: readonly string[], i: number): boolean {
  const k = words[i - 1] === 'like' || words[i - 1] === 'that' ? i - 2 : i - 1;
  if ((words[k] === 'feel' || words[k] === 'felt') && (words[k - 1] === 'you' || words[k - 1] === 'u')) return true;
  // "what do you think you need to show me": their view of what they need, asked.
  if ((words[k] === 'think' || words[k] === 'reckon' || words[k] === 'believe') && (words[k - 1] === 'you' || words[k - 1] === 'u') && (words[k - 2] === 'do' || words[k - 2] === 'did' || words[k - 2] === 'would')) return true;
  return words[k] === 'feel' && (words[k - 1] === "don't" || words[k - 1] === 'dont' || words[k - 1] === 'not' || words[k - 1] === 'never');
}
const SOFT = wordSet('really just also still probably definitely absolutely now then seriously honestly simply actually all both certainly totally clearly obviously');

interface Modal { length: number; negative: boolean; past: boolean }

/** Words that close a decision to discussion ("not up for debate", "non-negotiable", "that's final"). */
const DECIDED: Modal = { length: 1, negative: false, past: false };
const DECIDED_2: Modal = { length: 2, negative: false, past: false };

/** The modal phrase at word `i` of the words after "you" (with the contraction carried on "you'll" etc.). */
/** After "you are (not) to be": a place or a state they are to keep ("in the office", "on site", "available"), not a passive ("to be congratulated"). */
function dutyToBe(next: string | undefined): boolean {
  return next !== undefined && (DUTY_PLACES.has(next) || next === 'available' || next === 'present' || next === 'here' || next === 'there');
}
const DUTY_PLACES = wordSet('in on at off near inside outside');

function modalAt(words: readonly string[], i: number, you: string): Modal | undefined {
  const w = words[i];
  const n1 = words[i + 1];
  const n2 = words[i + 2];
  if (you === "you'll" || you === "you're" || you === "you've" || you === "you'd") {
    if (you === "you'll" && (w === 'need' || w === 'have') && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you're" && w === 'going' && n1 === 'to' && (n2 === 'have' || n2 === 'need') && words[i + 3] === 'to') return { length: 4, negative: false, past: false };
    if (you === "you're" && w === 'gonna' && (n1 === 'have' || n1 === 'need') && n2 === 'to') return { length: 3, negative: false, past: false };
    if (you === "you've" && w === 'got' && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you've" && w === 'gotta') return { length: 1, negative: false, past: false };
    if (you === "you'd" && w === 'better') return { length: 1, negative: n1 === 'not', past: false };
    // Softened: "you'll want to", "you're expected to", "you're supposed to".
    if (you === "you'll" && w === 'want' && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you're" && (w === 'expected' || w === 'supposed' || w === 'required') && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you're" && w === 'to' && n1 !== undefined && n1 !== 'blame' && (n1 !== 'be' || dutyToBe(n2))) return { length: 1, negative: false, past: false };
    // ("you're not to be in the office past 21:00 unless it's a unit move night": a ban as a duty.)
    if (you === "you're" && w === 'not' && n1 === 'to' && n2 !== undefined && n2 !== 'blame' && (n2 !== 'be' || dutyToBe(words[i + 3]))) return { length: 2, negative: true, past: false };
    return undefined;
  }
  switch (w) {
    // Typed fast: "you shoud talk to Dev", "u shld ask".
    case 'shoud': case 'shld': case 'shd': case 'shud':
    case 'should': case 'must': case 'shall':
      if (n1 === 'not') return { length: 2, negative: true, past: false };
      // "You should have told me" looks back; "You should have access now" has "have" as its verb.
      if (n1 === 'have' && w === 'should' && isParticiple(n2)) return { length: 2, negative: false, past: true };
      return { length: 1, negative: false, past: false };
    case "shouldn't": case "mustn't": return { length: 1, negative: true, past: false };
    case "should've": return { length: 1, negative: false, past: true };
    // (Typed as said: "you hafta send me the numbers by fri", "u needa", "you oughta".)
    case 'need': case 'have': case 'ought': case 'got': case 'gotta': case 'hafta': case 'haveta': case 'needa': case 'oughta':
      if (w === 'gotta' || w === 'hafta' || w === 'haveta' || w === 'needa' || w === 'oughta') return { length: 1, negative: false, past: false };
      if (n1 === 'to') return { length: 2, negative: false, past: false };
      // "You need the risk assessment done within 6 hours": a thing to be brought to a state, by them.
      // ("you need the union's side in by Fri noon", "You need a second reviewer on every playbook PR": by a time, or every time.)
      if (w === 'need' && n1 !== undefined && OBJECT_START.has(n1) && (doneWithin(words, i + 2) || NEED_BY.test(words.slice(i + 2, i + 18).join(' ')))) return { length: 1, negative: false, past: false };
      if (w === 'have' && n1 === 'got' && n2 === 'to') return { length: 3, negative: false, past: false };
      return undefined;
    case 'had': return n1 === 'better' ? { length: 2, negative: words[i + 2] === 'not', past: false } : undefined;
    case 'might': case 'may':
      // Softened advice: "you might want to", "you may want to".
      return n1 === 'want' && n2 === 'to' ? { length: 3, negative: false, past: false } : undefined;
    case 'will': case 'are':
      if (w === 'will' && (n1 === 'need' || n1 === 'have' || n1 === 'want') && n2 === 'to') return { length: 3, negative: false, past: false };
      if (w === 'are' && (n1 === 'expected' || n1 === 'supposed' || n1 === 'required') && n2 === 'to') return { length: 3, negative: false, past: false };
      // ("you are kindly requested to ensure ...", "you are hereby instructed to ...": a formal record's request, put to them.)
      if (w === 'are' && (n1 === 'kindly' || n1 === 'hereby' || n1 === 'therefore' || n1 === 'again') && FORMAL_ASKED.has(n2 ?? '') && words[i + 3] === 'to') return { length: 4, negative: false, past: false };
      if (w === 'are' && FORMAL_ASKED.has(n1 ?? '') && n1 !== 'expected' && n1 !== 'required' && n2 === 'to') return { length: 3, negative: false, past: false };
      // "You are to call the duty manager": an instruction in the form of a duty (not "you are to blame").
      if (w === 'are' && n1 === 'to' && n2 !== undefined && n2 !== 'blame' && n2 !== 'be') return { length: 2, negative: false, past: false };
      // ("You are not to start the re-cable on rev B drawings": a ban as a duty.)
      if (w === 'are' && n1 === 'not' && n2 === 'to' && words[i + 3] !== undefined && words[i + 3] !== 'blame' && (words[i + 3] !== 'be' || dutyToBe(words[i + 4]))) return { length: 3, negative: true, past: false };
      if (w === 'are' && (n1 === 'going' && n2 === 'to' && (words[i + 3] === 'have' || words[i + 3] === 'need') && words[i + 4] === 'to')) return { length: 5, negative: false, past: false };
      return undefined;
    default: return undefined;
  }
}

/** A sentence that opens by reporting someone else's words: "He says ...", "she said ...", "they reckon ...". */
const THEY_SAY = /^(?:he|she|they)\s+(?:says?|said|thinks?|thought|feels?|felt|reckons?|reckoned)\b/;

/** What opens a condition for an instruction after it: "if the bar gets slammed again you come and get me". */
// ("Next vendor warning like that, you put it on the board and call me": the next time it happens, as a condition.)
// ("any handover you're not happy with, you decline it and call me": any case of it, a condition too.)
const CONDITION_OPENERS = wordSet('if when whenever once next any');
const FROM_TIME = wordSet('today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday next');

/**
 * "if the bar gets slammed again you come and get me": "you" and a bare verb after the sentence's own
 * condition, with the manager in what follows (me, us): what they are to do then. DECIDED, or undefined.
 */
function conditionalOrder(words: readonly string[], i: number, spoken = false): Modal | undefined {
  const verb = words[i + 1];
  // ("From tonight, you call "Heads!" before the bar moves, every time": a standing order from a time on.)
  if (words[0] === 'from' && FROM_TIME.has(words[1]) && (i === 2 || (i === 3 && words[2] === 'on')) && words[i] === 'you' && !!verb && isBaseVerb(verb) && !NOT_ORDERS.has(verb)) return { length: 0, negative: false, past: false };
  if (i < 3 || !CONDITION_OPENERS.has(words[0]) || words[i] !== 'you' || !verb || !isBaseVerb(verb) || NOT_ORDERS.has(verb)) return undefined;
  // ("next time the bank changes a format you raise it ...": a rule for next time, the imperative rule's to read.)
  if (words[0] === 'next' && words[1] === 'time') return undefined;

  // ("me: if the incoming is rushing you, you say "standby" and finish the checklist first": said to them, it needs no "me" after it.)
  // (Not a story of what was done: "Me: when Darren started on the deploy tool you let it run for ten minutes".)
  if (spoken && !words.slice(1, i).some(w => w === 'was' || w === 'were' || w === 'did' || w === 'had' || verbReadings(w).some(r => r.form === 'past') && !isBaseVerb(w))) return { length: 0, negative: false, past: false };
  for (let k = i + 2; k < Math.min(words.length, i + 10); k++) if (words[k] === 'me' || words[k] === 'us') return { length: 0, negative: false, past: false };
  return undefined;
}

/**
 * "You call me direct if a temp shows up without a badge", "you tell me the moment it slips": "you" first, then a word of getting
 * hold of the manager and "me", with when to (a condition after it): what they are to do then, as "if the bar gets slammed again
 * you come and get me" (conditionalOrder). DECIDED, or undefined.
 */
function callMeOrder(words: readonly string[], i: number): Modal | undefined {
  if (i !== 0 || !CALL_VERBS.has(words[1]) || (words[2] !== 'me' && words[2] !== 'us')) return undefined;
  for (let k = 3; k < Math.min(words.length, 10); k++) if (CALL_WHEN.has(words[k]) || (words[k] === 'the' && (words[k + 1] === 'moment' || words[k + 1] === 'minute' || words[k + 1] === 'second'))) return { length: 0, negative: false, past: false };
  return undefined;
}
/** A quotation mark, straight or curly. */
function isQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d;
}
const CALL_VERBS = wordSet('call ring phone text ping page radio message email tell wake');
const CALL_WHEN = wordSet('if when whenever before once unless anytime');

/** "Please, you write every blocking condition in ELN": "please", then "you" and a bare verb, a request made an order. DECIDED, or undefined. */
function pleaseOrder(words: readonly string[], i: number): Modal | undefined {
  const verb = words[i + 1];
  return i === 1 && (words[0] === 'please' || words[0] === 'pls') && words[i] === 'you' && !!verb && isBaseVerb(verb) && !NOT_ORDERS.has(verb) ? { length: 0, negative: false, past: false } : undefined;
}
/** Before an event of theirs: "before the rota starts", "before the release goes out". */
/** A span of time to act within: "within the next five working days", "within 48 hours". */
const WITHIN_DAYS = /\bwithin\s+(?:the\s+)?(?:next\s+)?\w+\s+(?:working\s+)?(?:days?|hours?|weeks?)\b/;
/** With the manager, on a day or at a time: "with me Thursday", "with me at 10". */
const WITH_ME_WHEN = /\bwith\s+me\s+(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|today|tonight|at\s+\d)\b/;
/** After "you're", what is no task set: "you're going to ...", "you're feeling ...". */
const NOT_SET_FOR_THEM = wordSet('going getting feeling looking being having');
/** "until further notice": an order that stands until it is lifted. */
const UNTIL_FURTHER = /\buntil\s+further\s+notice\b/;
/** "you're going to cut ...", at a clause's start (group 1 what comes before it, group 2 the verb). */
const GOING_TO = /(^|(?:,|;|—|–|\band|\bso)\s+)(?:you're|you\s+are)\s+going\s+to\s+([a-z]+)/;
/** What they will feel, no act: "you're going to love it". */
const FEELINGS = wordSet('love like enjoy hate prefer regret miss mind appreciate');
/** A sentence closed by the writer calling themself: ", me.", ", myself." */
const CALLS_SELF = /,\s*(?:me|myself)\s*[.!]*$/;
/** Whether a deadline from `from` on says it is one by its first word ("by Monday", "before the freeze"; not "this week"). */
function dueBy(norm: string, from = 0): boolean {
  const due = findDeadline(norm, from);
  return !!due && DUE_WORD.test(norm.slice(due[0], due[0] + 14));
}
/** A deadline's first word that says it is one: "by", "before", "no later than", "NLT". */
const DUE_WORD = /^(?:by|before|no\s+later\s+than|nlt)\s/;
/** What is to be brought to the manager, and when: "to me directly, same day", "to me first". */
const TO_ME_WHEN = /\bto\s+me\b[^.;?]{0,30}?\b(?:directly|immediately|right\s+away|straight\s+away|same\s+day|first|daily|asap)\b/;
/** At a meeting named: "You will brief the risk assessment to the XO at the 181300ZMAR26 sync". */
const AT_EVENT = /\bat\s+(?:the|your|our|next|tomorrow's|monday's|friday's)\s+(?:[\w-]+\s+){0,2}(?:sync|meeting|brief|briefing|standup|stand-up|huddle|review|board|call|handover|parade|all-hands|offsite)\b/;
const BEFORE_EVENT = /\bbefore\s+(?:the|your|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:starts?|begins?|opens?|goes\s+(?:out|live)|launch(?:es)?|ships?|closes?)\b/;
// ("You cannot be sending \"site restored\" SMS when the cell is still down": the same, in the progressive.)
/** "you can't leave a panel open overnight, ever", "brittany you cant do that again", "you can't skip the pre-start any more". */
const CANNOT_EVER = /(?:^(?:[\p{L}'-]+,?\s+)?|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:you|u)\s+(?:cannot|can't|cant|can\s+not)\s+(?!win\b|please\b|trust\b|tell\b|know\b|predict\b|control\b|plan\b|be\b)[a-z]+\b[^.;?]{0,80}?(?:[\s,]+(?:ever(?:\s+again)?|again|any\s?more))\s*[.!]*\s*$/u;
const CANNOT_WITHOUT = /(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:you|u)\s+(?:cannot|can't|cant|can\s+not)\s+[a-z]+\b[^.;?]{0,60}?\bwithout\b/;
const CANNOT_KEEP = /(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:you|u)\s+(?:cannot|can't|cant|can\s+not)\s+(?:(?:keep\s+(?:on\s+)?|be\s+)[a-z]+ing\b|[a-z]+\b[^.,;]{0,40}?\b(?:by\s+yourself|on\s+your\s+own)\b)/;
/** Bare verbs after "you" that are no order: "if it's slow you know why", "when it's done you see it". */
const NOT_ORDERS = wordSet('know see hear get feel think want need have can could will would should may might must do are were');

/** After "you need the ...": by when, or on every what ("by fri noon", "before the 5th", "on every playbook pr"). */
// ("You need a multi-threaded map of Halvorsen ... before the QBR and not after": an event, and not after it.)
const NEED_BY = /\b(?:(?:by|before)\s+(?:mon|tue|wed|thu|fri|sat|sun|eod|eow|tomorrow|tonight|noon|the\s+\d|\d|next|this|end)|(?:on|for|in)\s+every\b|before\s+(?:the|your|our)\s+[\w-]+\s+(?:and\s+)?not\s+after\b)/;
/** What opens a thing to be done: "the", "your", "this", ... */
const OBJECT_START = wordSet('the your this that these those all a an both every');
/** The state a thing is to be brought to: "(the audit) done", "(your part) ready". */
const DONE_STATE = wordSet('done ready finished completed complete submitted sorted fixed merged uploaded closed written updated signed booked filed sent approved reviewed');

/** Whether a state it is to be brought to ends the thing named from word k (within six words). */
function doneWithin(words: readonly string[], k: number): boolean {
  for (let j = k; j < k + 6 && j < words.length; j++) if (DONE_STATE.has(words[j])) return true;
  return false;
}

const PARTICIPLES = wordSet('been done gone seen known taken given written spoken gotten got told sent made said brought thought kept left put set run come become led met paid built found held heard read cut let shut hit quit felt lost meant sold stood taught understood won caught bought spent chosen driven begun shown drawn grown thrown flown eaten fallen forgotten hidden ridden risen broken woken worn sat slept swum struck stuck dealt');

function isParticiple(w: string | undefined): boolean {
  return !!w && (PARTICIPLES.has(w) || (w.length > 3 && w.endsWith('ed')));
}

/** After "you should": a state or something that reaches them, so "should" means "probably" ("You should have access now"). */
const PROBABLY_NEXT = wordSet('have get receive see hear find be');
const PROBABLY_OBJECT = /^(?:have|get|receive|see|hear|find)\s+(?:(?:an?|the|your|some)\s+)?(?:access|permission|permissions|invite|invitation|email|e-mail|mail|message|link|reply|answer|notification|update|results?|it|them|one|confirmation|a\s+\w+\s+from)\b|^be\s+(?:able|back|there|fine|ok|okay|good|all\s+set|set|in|on|covered|done|getting|seeing|receiving|hearing)\b|^be\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:fit|candidate|match|choice|option|contender|person)\b|^(?:have|stand)\s+(?:an?|every|no|little|some)\s+(?:[a-z-]+\s+)?(?:shot|chance|chances|edge)\b/;
/** "You should get a lot faster once ...", "you should find it easier": a change to come, a guess. */
const BECOMING = /^(?!.*\bby\s+[a-z]+ing\b)(?:get|find\s+it)\s+(?:a\s+(?:lot|bit|little)\s+|much\s+|far\s+|way\s+|even\s+|quite\s+a\s+bit\s+)?(?:faster|quicker|easier|better|smoother|calmer|more\s+(?:confident|comfortable|fluent|familiar|natural)|less\s+(?:nervous|anxious|stressful))\b/;
/** What they will get back, or news passed on from someone: "You should get the budget back in April, per finance." */
const RELAYED = /^(?:get|have|receive)\b[^.;!?]{0,60}\bback\b|,\s*(?:per|according\s+to|says)\s+[a-z]/;
const TIME_NOW = /\b(?:now|by\s+now|soon|already|shortly|tomorrow|today|in\s+the\s+next)\b/;

function suggest(mode: Mode, s: Sentence, chunk: string, after: number, modal: Modal): readonly Suggestion[] {
  // "You need to stop interrupting people", "you should avoid pinging on-call": a prohibition, asked
  // about as negative-imperative asks about one (the trade-offs of what they do), not as a task to approach.
  const forbidden = modal.past ? -1 : forbiddenAt(s, after);
  if (forbidden >= 0) return rewrites(s, ...asks('tradeoffs', topicOf(s, chunk, forbidden), mode));
  const t = topicOf(s, chunk, after);
  if (modal.past) return rewrites(s, ...asks('obstacle', t, mode));
  if (modal.negative) return rewrites(s, ...asks('tradeoffs', t, mode));
  return rewrites(s, ...asks('approach', t, mode));
}

/** "If you're a new manager, ...", "When you are an engineer here, ...": "you" as anyone in a role. */
const GENERIC_ROLE = /^(?:if|when|once|as\s+long\s+as)\s+(?:you're|you\s+are|you\s+become)\s+(?:a|an)\s+/;
/** What is theirs but not their doing: "your promotion case needs to go to committee". */
const ABOUT_THEM = wordSet('promotion case pay salary bonus raise visa access account laptop contract offer title leave application request review rating package equity badge permissions license licence transfer relocation paperwork health wellbeing');
/** What one does to one's own records: "(your entries must be) timed and signed", "(your files need to be) labelled". */
const KEPT_BY_THEM = wordSet('timed signed dated submitted completed filed updated logged written documented recorded attached tested labelled labeled tagged uploaded entered initialled initialed cleaned tidied');
/** After the modal: a state or a passage, not something they do ("needs to be approved", "should go to committee"). */
const NOT_THEIR_DOING = wordSet('be go come happen wait know see hear feel get arrive land start end stay remain');

/** Whether the sentence opens with the person met's name and a comma or a dash: "Muthu, ...", "Sean - ...". */
function vocativeFirst(s: Sentence, chunk: string, parties: Parties): boolean {
  // (The marks first: most sentences open with no name, and a word's string is made only when asked for.)
  const first = s.words[0];
  const c = chunk.charCodeAt(first.end);
  const marked = c === 44 || (c === 32 && (chunk.charCodeAt(first.end + 1) === 45 || chunk.charCodeAt(first.end + 1) === 0x2013) && chunk.charCodeAt(first.end + 2) === 32);
  const c0 = chunk.charCodeAt(first.start);
  // (An accented capital too: "Élodie, must ...".)
  return marked && (isCapital(c0) || (c0 >= 0xc0 && c0 <= 0xde)) && personWord(parties, first.w);
}

/**
 * After the name, a modal with no subject that opens the sentence or a clause after a comma, and an act of
 * theirs after it ("must update", "should inform", "need to send"): its index, or -1.
 */
function droppedYouModal(s: Sentence, chunk: string): number {
  const words = s.words;
  for (let j = 1; j < words.length - 1; j++) {
    const w = words[j].w;
    const length = w === 'must' || w === 'should' ? 1 : (w === 'need' || w === 'have') && words[j + 1].w === 'to' ? 2 : 0;
    if (!length) continue;
    if (j > 1 && chunk.charCodeAt(words[j - 1].end) !== 44) return -1;
    const verb = words[j + length]?.w ?? '';
    return isBaseVerb(verb) && !NOT_THEIR_DOING.has(verb) && verb !== 'be' && verb !== 'say' && verb !== 'admit' ? j : -1;
  }
  return -1;
}

const rule: Rule = {
  id: 'you-modal',
  defaultSeverity: 'warning',
  summary: 'Telling: "you should / must / need to" decides for them.',
  told: true,
  questions: false,
  docs: WITH_DOCS ? {
    title: 'you should / must / need to',
    why: 'A modal aimed at them makes the decision for them. Under formal authority it lands as an order, and telling people what to do is a major barrier to their learning (McKenzie).',
    flags: '"You should", "you must", "you need to", "you have to", "you\'ve got to", "you ought to", "you\'d better", "you\'ll need to", "you\'re going to have to", softened advice ("you might want to", "you\'re expected to"), shorthand ("u should"), a thing to be done by them ("You need the risk assessment done within 6 hours"), a duty ("You are to call the duty manager"), what they are to do when it happens ("if the bar gets slammed again you come and get me"), a decision made for them and closed to discussion ("You\'re taking next weekend off, not up for debate"), a modal after their name with its "you" dropped ("Muthu, must update the shortage log every day"), wherever you write them, except in a note to self; and, under talking points, what their work must do ("Your code reviews need to explain the why").',
    leavesAlone: 'What happens to them ("Your promotion case needs to go to the panel"), guesses, praise and "probably" ("You must be exhausted", "You should be proud", "You should have access to the dashboards now"), permission ("You should feel free to"), conditions and relative clauses ("If you need to leave early...", "Is there anything you need to finish?"), generic "you" ("you never know"), and other people\'s words ("Fatima: you keep moving our 1:1").',
    examples: [
      { telling: 'You should refactor this before the release.', asking: 'What would you do before the release?' },
      { telling: 'You should have told me about the outage earlier.', asking: 'What got in the way of telling me about the outage earlier?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    if (ctx.frame.selfNote) return undefined;
    // "Muthu, must update the shortage log every day", "Grace, next time any variance above $1k, must inform me
    // same day": the person named, then the modal with its "you" dropped (Singapore, Indian, Nigerian English).
    const named = s.words.length > 3 && !s.question && ctx.frame.instructions !== 'never' && vocativeFirst(s, ctx.chunk, ctx.frame.parties);
    if (named) {
      const dropped = droppedYouModal(s, ctx.chunk);
      if (dropped > 0) return { ruleId: rule.id, start: s.words[dropped].start, end: s.words[dropped].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, dropped + 1, DECIDED) : NO_SUGGESTIONS) };
    }
    if (!s.norm.includes('you') && !s.norm.includes('u ') && !s.norm.includes("y'all")) return undefined;
    // ("I said yes before checking my calendar, which is a habit you should watch, me.": the writer calls themself, their own "you".)
    if ((s.norm.endsWith('me.') || s.norm.endsWith('me') || s.norm.endsWith('myself.')) && CALLS_SELF.test(s.norm)) return undefined;
    // "He says sometimes you just need to ship and see": someone else's words, their "you" anyone's.
    if (THEY_SAY.test(s.norm)) return undefined;
    // "If you are a researcher at the institute, you should nurture something of your own": anyone in a role, generic "you".
    if (GENERIC_ROLE.test(s.norm)) return undefined;
    let words: string[] | undefined;
    for (let i = 0; i < s.words.length; i++) {
      if (!isYou(s.words[i])) continue;
      words ??= s.words.map(w => w.w);
      // ("English is definitely something you need to improve": what they are to do, named first.)
      const named = words[i - 1] === 'something' && i > 1 && /^(?:is|was|that's|it's|definitely|really|certainly|also|probably)$/.test(words[i - 2]);
      if (i > 0 && ((NOT_ADDRESSED_BEFORE.has(words[i - 1]) && !named) || feltNotTo(words, i))) continue;
      let k = i + 1;
      while (SOFT.has(words[k])) k++;
      // ("In the meantime you do need to apply it, Fiona": the emphatic "do" before "need to" or "have to".)
      if (words[k] === 'do' && (words[k + 1] === 'need' || words[k + 1] === 'have') && words[k + 2] === 'to') k++;
      const modal = modalAt(words, k, words[i]) ?? conditionalOrder(words, i, ctx.frame.instructions === 'spoken') ?? pleaseOrder(words, i) ?? callMeOrder(words, i);
      if (!modal) continue;
      const after = k + modal.length;
      // ('Notice how often I say "you'll want to" in my next three 1:1s': the modal alone in quotation marks, words as words.)
      if (isQuote(ctx.chunk.charCodeAt(s.words[i].start - 1)) && after > i && isQuote(ctx.chunk.charCodeAt(s.words[after - 1].end))) continue;
      const next = words[after];
      const next2 = words[after + 1];
      // Permission, praise and guesses: "You should feel free to", "You must be exhausted", "You should be proud".
      if (next === 'feel' && (next2 === 'free' || next2 === 'good' || next2 === 'proud')) continue;
      if (next === 'be' && next2 !== undefined && STATE_ADJECTIVES.has(next2) && words[k] !== 'need') continue;
      if (words[k] === 'must' && next === 'have' && next2 !== undefined && (/ed$|en$/.test(next2) || next2 === 'been')) continue;
      if (modal.past && (next === 'seen' || next === 'heard' || next === 'been' || next === 'gotten' || next === 'received')) continue;
      // ("You need to see Child N within the next five working days": a visit, with a when; "you need to see it" is not.)
      if (next === 'know' || next === 'hear' || (next === 'see' && !findDeadline(s.norm.slice(s.words[after].end - s.start)) && !WITHIN_DAYS.test(s.norm))) continue;
      // "You should have access now", "you should get an invite": should as "probably".
      // ("You should be delegating the bay checks by now" is an expectation of them, not a guess.)
      // ("you should expect more of it once Keiko moves over": what is coming, foretold; not "you should expect to present ...".)
      if ((words[k] === 'should' || words[k] === 'can') && !modal.past && next === 'expect' && next2 !== 'to') continue;
      const doing = next === 'be' && next2 !== undefined && next2.endsWith('ing') && !/^(?:getting|seeing|receiving|hearing|having)$/.test(next2);
      if ((words[k] === 'should' || words[k] === 'shall') && !modal.past && next !== undefined && PROBABLY_NEXT.has(next) && !doing) {
        const tail = s.norm.slice(s.words[after].start - s.start);
        if (PROBABLY_OBJECT.test(tail) || TIME_NOW.test(tail) || BECOMING.test(tail) || RELAYED.test(tail)) continue;
      }
      const end = s.words[after - 1].end;
      return { ruleId: rule.id, start: s.words[i].start, end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, after, modal) : NO_SUGGESTIONS) };
    }
    // Under talking points (or said to them), what their work must do: "Your marking needs to follow the policy in every
    // book", "Your code reviews need to explain the why" (not what happens to them: "Your promotion case
    // needs to go to committee", "Your access should be fixed by now").
    // ("Jerome, all your drivers must wear seatbelt inside the forklift": the same, said to them by name.)
    const yours = s.words[0]?.w === 'your' ? 0 : named && s.words[1].w === 'your' ? 1 : named && s.words[1].w === 'all' && s.words[2].w === 'your' ? 2 : -1;
    if ((ctx.frame.instructions === 'planned' || ctx.frame.instructions === 'spoken' || yours > 0) && yours >= 0) {
      words ??= s.words.map(w => w.w);
      for (let k = yours + 2; k <= yours + 4 && k < words.length - 2; k++) {
        const w = words[k];
        const modal = w === 'needs' || w === 'has' ? (words[k + 1] === 'to' ? DECIDED_2 : undefined) : modalAt(words, k, '');
        if (!modal) {
          if (!/^[a-z][a-z-]*$/.test(words[k - 1]) || NOT_ADDRESSED_BEFORE.has(words[k - 1])) break;
          continue;
        }
        if (modal.past || modal.negative || w === 'got' || w === 'gotta' || w === 'might' || w === 'may' || w === 'will' || w === 'are' || w === 'had') break;
        const verb = words[k + modal.length];
        // ("Your PNB entries must be timed and signed at the end of each entry": done to their work, by them.)
        const theirsDone = verb === 'be' && KEPT_BY_THEM.has(words[k + modal.length + 1] ?? '');
        if (!verb || ABOUT_THEM.has(words[k - 1]) || (NOT_THEIR_DOING.has(verb) && !theirsDone) || !/^[a-z]+$/.test(verb) || verb.endsWith('ing') || verb.endsWith('ed')) break;
        return { ruleId: rule.id, start: s.words[yours].start, end: s.words[k + modal.length - 1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, k + modal.length, modal) : NO_SUGGESTIONS) };
      }
    }
    // "You cannot keep doing OT like this": what they are to stop, said as what cannot go on.
    // ("brittany you cant leave a panel open overnight at a customers house ever": a ban for every time to come.)
    if ((s.norm.includes('keep') || s.norm.includes(' be ') || s.norm.includes('yourself') || s.norm.includes('own') || s.norm.includes('ever') || s.norm.includes('again') || s.norm.includes('more') || s.norm.includes('without')) && !ctx.frame.selfNote) {
      const stop = CANNOT_KEEP.exec(s.norm) ?? CANNOT_EVER.exec(s.norm)
        // ("Me: you CANNOT send anything to a client without a page-turn w/ me. Ever.": said to them, a ban with what lifts it.)
        ?? (ctx.frame.instructions === 'spoken' || ctx.frame.saidAfter ? CANNOT_WITHOUT.exec(s.norm) : null);
      if (stop) return { ruleId: rule.id, start: s.start + stop.index, end: s.start + stop.index + stop[0].length, message: rule.summary, suggest: NO_SUGGESTIONS };
    }
    // A decision made for them and closed to discussion: "You're taking next weekend off, not up for debate".
    const final = s.classes & WordClass.Final ? FINAL.exec(s.norm) : null;
    if (final) {
      words ??= s.words.map(w => w.w);
      // The decision said first, then closed: "The criteria are non-negotiable; you're doing great" closes something else.
      for (let i = 0; i < words.length - 1 && s.words[i].start - s.start < final.index; i++) {
        if (!isYou(s.words[i]) || (i > 0 && NOT_ADDRESSED_BEFORE.has(words[i - 1]))) continue;
        // ("you present the FX bug at the Thursday demo, no skipping it": the present simple, an order closed to discussion.)
        const plain: boolean = i === 0 && words[i] === 'you' && isBaseVerb(words[i + 1] ?? '') && !NOT_ORDERS.has(words[i + 1]) && !NOT_THEIR_DOING.has(words[i + 1]) && words[i + 1] !== 'be';
        const k = words[i] === "you're" || words[i] === "you'll" || plain ? i + 1 : (words[i + 1] === 'are' || words[i + 1] === 'will') ? i + 2 : -1;
        const verb = words[k];
        // ("you're off the weekend rota until May, no arguing": taken off it, decided.)
        if (k < 0 || !verb || (!plain && words[k - 1] !== 'will' && words[i] !== "you'll" && !verb.endsWith('ing') && verb !== 'off' && verb !== 'on') || verb === 'going' || STATE_ADJECTIVES.has(words[k + 1] ?? '')) continue;
        return { ruleId: rule.id, start: s.words[i].start, end: s.words[k].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, k, DECIDED) : NO_SUGGESTIONS) };
      }
      // "Next step agreed on every call before you hang up — non-negotiable", "diary gets written before you
      // leave site, every day, no exceptions": a rule for them, closed after it.
      const before = s.norm.slice(0, final.index);
      // (A rule for what comes, "from now on you page ..., no exceptions", is an instruction: the imperative rule's.)
      if (!s.question && !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && /(?:[—–,;:]|\s-)\s*$/.test(before) && /(?:\b(?:you|u)|\by'?all)\b/.test(before) && timeOpener(s, 0) < 0) {
        return { ruleId: rule.id, start: s.start + final.index, end: s.start + final.index + final[0].length, message: rule.summary, suggest: NO_SUGGESTIONS };
      }
    }
    // "You're doing the spirits count with me Thursday, 10am, no ducking out": a time set for them, with the manager.
    if (s.norm.includes("you're ") && hasSpaced(s.norm, 'with me') && WITH_ME_WHEN.test(s.norm)) {
      words ??= s.words.map(w => w.w);
      const i = words.indexOf("you're");
      const verb = words[i + 1] ?? '';
      if (i >= 0 && verb.endsWith('ing') && !NOT_SET_FOR_THEM.has(verb) && !(i > 0 && NOT_ADDRESSED_BEFORE.has(words[i - 1]))) {
        return { ruleId: rule.id, start: s.words[i].start, end: s.words[i + 1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, i + 1, DECIDED) : NO_SUGGESTIONS) };
      }
    }
    // ("me: you're writing the rollback steps, in the runbook by Monday": said or planned, a task set for them with its date.)
    // (A date to be done by, "by Monday", "before the freeze": not "You're doing great this week".)
    if (s.norm.startsWith("you're ") && (ctx.frame.instructions === 'spoken' || ctx.frame.instructions === 'planned') && dueBy(s.norm)) {
      words ??= s.words.map(w => w.w);
      const verb = words[1] ?? '';
      if (verb.endsWith('ing') && !NOT_SET_FOR_THEM.has(verb) && baseOf(verb) !== undefined) {
        return { ruleId: rule.id, start: s.words[0].start, end: s.words[1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, 1, DECIDED) : NO_SUGGESTIONS) };
      }
    }
    // ("Loved it, and you're going to cut this down to three screens before Monday.": what they will do, decided, with its date.)
    const going = !s.question && !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && s.norm.includes('going to ') ? GOING_TO.exec(s.norm) : null;
    if (going && !NOT_ORDERS.has(going[2]) && !NOT_THEIR_DOING.has(going[2]) && !FEELINGS.has(going[2]) && going[2] !== 'be' && isBaseVerb(going[2])) {
      if (dueBy(s.norm, going.index + going[0].length)) {
        const at = s.words.findIndex(w => w.start - s.start >= going.index + going[1].length);
        const v = s.words.findIndex(w => w.start - s.start >= going.index + going[0].length - going[2].length);
        if (at >= 0 && v > at) return { ruleId: rule.id, start: s.words[at].start, end: s.words[v].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, v, DECIDED) : NO_SUGGESTIONS) };
      }
    }
    // ("You flag any report older than 7 days to me directly, same day.": the present as an order, what to bring the manager, and when.)
    // (Not "You report to me directly", who their manager is: a thing to bring comes first.)
    if (!s.question && s.norm.startsWith('you ') && hasSpaced(s.norm, 'to me') && TO_ME_WHEN.test(s.norm)) {
      words ??= s.words.map(w => w.w);
      const verb = words[1] ?? '';
      if (isBaseVerb(verb) && !NOT_ORDERS.has(verb) && !NOT_THEIR_DOING.has(verb) && verb !== 'be' && !verb.endsWith('ed') && words[2] !== 'to' && words[2] !== 'me') {
        return { ruleId: rule.id, start: s.words[0].start, end: s.words[1].end, message: rule.summary, suggest: NO_SUGGESTIONS };
      }
    }
    // "You WILL brief every team member before next shift": the future as an order, shouted or with a deadline
    // ("You will get the results by Friday" tells them nothing to do).
    if (hasSpaced(s.norm, 'will ') || s.norm.includes("you'll ")) {
      words ??= s.words.map(w => w.w);
      for (let i = 0; i < words.length - 2; i++) {
        // ("You'll write up the handover steps in the runbook before the rota starts": the contraction, the same.)
        let v = words[i] === "you'll" ? i + 1 : i + 2;
        // ("you will not switch a lane live without a shadow run", "you won't ...": a ban in the future, read with what it bars.)
        const banned = words[i] !== "you'll" && isYou(s.words[i]) && (words[i + 1] === "won't" || (words[i + 1] === 'will' && words[i + 2] === 'not'));
        if (banned && words[i + 1] === 'will') v++;
        if ((words[i] !== "you'll" && (!isYou(s.words[i]) || (words[i + 1] !== 'will' && !banned))) || (i > 0 && NOT_ADDRESSED_BEFORE.has(words[i - 1]))) continue;
        while (v < words.length - 1 && (words[v] === 'henceforth' || words[v] === 'now' || words[v] === 'also')) v++;
        const verb = words[v];
        if (!isBaseVerb(verb) || NOT_ORDERS.has(verb) || NOT_THEIR_DOING.has(verb) || verb === 'be' || verb === 'receive') continue;
        if (banned) {
          if (hasSpaced(s.norm, 'without ') || /\b(?:ever|again|any\s?more)\s*[.!]*\s*$/.test(s.norm)) return { ruleId: rule.id, start: s.words[i].start, end: s.words[v].end, message: rule.summary, suggest: NO_SUGGESTIONS };
          continue;
        }
        const shouted = v === i + 2 && ctx.chunk.slice(s.words[i + 1].start, s.words[i + 1].end) === 'WILL';
        // ("You will do a supervised handover with me on the 21st": with the manager, an order too.)
        // ("Ibrahim, you will henceforth count all ATM replenishment cash ...": from now on, in a word.)
        // ("You will write the postmortem, and please this time with the timeline in UTC.": asked with "please", an order too.)
        // ("You will report cut-off performance to me daily at 0700 until further notice.": a standing order.)
        if (!shouted && !findDeadline(s.norm.slice(s.words[v].end - s.start)) && !hasSpaced(s.norm, 'with me') && !hasPlease(s.norm) && !BEFORE_EVENT.test(s.norm) && !(hasSpaced(s.norm, 'at ') && AT_EVENT.test(s.norm)) && !s.norm.includes('henceforth')
          && !(s.norm.includes('further notice') && UNTIL_FURTHER.test(s.norm))) continue;
        return { ruleId: rule.id, start: s.words[i].start, end: s.words[v].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, v, DECIDED) : NO_SUGGESTIONS) };
      }
    }
    return undefined;
  },
};
export default rule;
