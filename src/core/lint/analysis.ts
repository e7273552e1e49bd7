// Sentence analysis the rules share: clause starts, imperative detection, rewrites.
import {
  ADDRESS_TERMS, AFTER_VERB, FINITE_VERBS, INVITATION_NEXT, INVITATION_VERBS, INVITATION_YOUR, KIND_IMPERATIVES, REQUEST_MODALS, wordSet,
} from './lexicon';
import { baseOf, isBaseVerb, isPhrasalParticle, verbLikelihood, verbReadings } from './english';
import { markedAsSaid, type Frame } from './frame';
import { personWord } from './parties';
import type { Sentence, Word } from './sentences';
import { WordClass } from './wordclass';
import { findDeadline, type Suggest } from './rewrite';
import { hasSpaced } from '../text';
import type { SectionKind } from './sections';

export interface RuleContext {
  /** The original text of the chunk the sentence's offsets point into. */
  readonly chunk: string;
  /** Who speaks, to whom, in which section (frame.ts). */
  readonly frame: Frame;
  /**
   * Whether "you" stands in the sentence's list item or line ("take Friday off, seriously. you earned it"),
   * outside `except` when given; asked only when needed.
   */
  youNearby(except?: { readonly start: number; readonly end: number }): boolean;
  /**
   * Whether another sentence of the sentence's list item or line speaks of someone in the third person
   * ("Book a room, not the open booth. He doesn't talk in the open booth."); asked only when needed.
   */
  pointAboutThem(): boolean;
  /**
   * Whether another sentence of the sentence's list item or line insists ("Complete the last 4 PTOs before month end.
   * I don't want to see 6/10 on the Feb report.", "Worship set needs to land by 12:10, that's not optional. Hand Pastor the
   * mic at 12:10 every week."): the instructions beside it are put to someone; asked only when needed.
   */
  insistsNearby(): boolean;
}

export interface RawFinding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Telling yet to be said ("Tell him he needs to ..."): weighed as an instruction is (a warning), not as a record. */
  readonly planned?: boolean;
  /**
   * Rewrites that turn telling into asking, for the note's relationship, made on demand: most findings
   * are never opened for a quick fix, and building the rewrites costs more than finding the sentence.
   */
  readonly suggest: Suggest;
}

/** Words that open a sentence without changing who does what ("So, ...", "Honestly, ..."). */
const DISCOURSE = wordSet('tolong tafadhali kesho sasa abeg khalas yalla habibi wallah inshallah so also and but ok okay honestly anyway anyways again then plus oh well now look listen hey please pls plz bitte just kindly simply really maybe perhaps seriously basically first second third finally lastly next otherwise meanwhile instead alright right always um uh erm er hmm like yeah yep cool');

/** Openers of an adverbial or conditional phrase that may precede a directive before a comma. */
const OPENERS = wordSet('yes yeah sure fine if when whenever before after once while as since until till til next going from this today tomorrow tonight in by for on during starting moving otherwise meanwhile honestly also ok okay so and look listen again now please yesterday later at for with without whatever regardless either ideally frankly seriously first second finally lastly overall anyway besides then still also');

/** Connectors after a comma that start a new directive clause (", so do that first", ", just focus on ..."). */
const CLAUSE_CONNECTORS = wordSet('so just then but please pls plz kindly now instead otherwise rather');

export const YOU = wordSet("you you'll you've you're you'd u ya y'all");

/** Where "you" is the subject within a sentence's first `limit` words, a base verb after it ("you stop ...", "returns backlog you clear ..."), from word `from` on; -1 if nowhere. */
export function youSubjectAt(s: Sentence, from = 0, limit = 4): number {
  for (let k = from; k < Math.min(limit, s.words.length - 1); k++) if (isYou(s.words[k]) && isBaseVerb(s.words[k + 1].w)) return k;
  return -1;
}

export function isYou(w: Word | undefined): boolean {
  return !!w && YOU.has(w.w);
}

export const PLEASE_WORDS = wordSet('please pls plz bitte kindly');
/** What "can you ..." asks of no one: "can you believe it", "could you see yourself leading it". */
const NOT_REQUESTED = wordSet('believe imagine see hear tell remember think say guess be do have get explain talk walk share');

/** Discourse words and fillers at a sentence's head (DISCOURSE). */
export function isDiscourse(word: string): boolean {
  return DISCOURSE.has(word);
}

/** Index of the first word at or after `i` that is not a discourse word. */
export function skipDiscourse(s: Sentence, i: number): number {
  while (i < s.words.length && DISCOURSE.has(s.words[i].w)) i++;
  // ("Please to add Kevin as second reviewer": English learned elsewhere, "to" after "please".)
  if (i > 0 && i < s.words.length - 1 && s.words[i].w === 'to' && PLEASE_WORDS.has(s.words[i - 1].w)) i++;
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

/**
 * Whether a quotation opens right before the word (`I said "send me ...`). prose.ts masks every quotation
 * but one it keeps as the manager's own words, so in a sentence this is where such words start.
 */
export function opensQuotation(chunk: string, w: Word): boolean {
  const c = chunk.charCodeAt(w.start - 1);
  return c === 34 || c === 0x201c;
}

const AND_COMMANDS = wordSet("stop never don't dont quit");
const SUBJECTS = wordSet("i we he she they i've we've he's she's they've it's who");
// (A pictograph between words ends a clause too: "nice 🙏 make sure kai gets prod access on day 1"; so does an arrow, a
// decision tree's "If she says it slipped again → tell her to drop the replica".)
const PUNCT = /[,;:—–\u{2190}-\u{21FF}\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu;
const COMMA = 44;
/** An arrow right after a word: the word is a link of a chain ("Grace → me → CRO"). */
const ARROW_NEXT = /^\s*[\u2190-\u21ff]/;
const WHEN_NOW = wordSet('now tonight today tomorrow asap monday tuesday wednesday thursday friday');

/** The word after an opener that sets a rule for what comes, at word `head` ("(next) time", "from now on", "going forward", "in future"), or -1. */
export function timeOpener(s: Sentence, head: number): number {
  const words = s.words;
  const w = words[head]?.w;
  if (head > 0 && words[head - 1].w === 'next' && w !== undefined && NEXT_OCCASIONS.has(w)) return head + 1;
  // ("next one on one tell her to put every BEO in the shared drive", "next 1:1 ask him ...": the 1:1 itself, in words or figures.)
  if (head > 0 && words[head - 1].w === 'next' && (w === 'one' || w === '1')) {
    if (words[head + 1]?.w === 'on' && words[head + 2]?.w === w) return head + 3;
    if (w === '1' && words[head + 1]?.w === '1') return head + 2;
  }
  if (w === 'next' && words[head + 1]?.w === 'time') return head + 2;
  if (w === 'from' && words[head + 1]?.w === 'now' && words[head + 2]?.w === 'on') return head + 3;
  // ("From now she must redirect ...": English learned elsewhere, the same rule for what comes.)
  if (w === 'from' && words[head + 1]?.w === 'now' && SUBJECTS.has(words[head + 2]?.w ?? '')) return head + 2;
  if ((w === 'going' || w === 'moving') && (words[head + 1]?.w === 'forward' || words[head + 1]?.w === 'fwd')) return head + 2;
  // ("tomorrow tell him no more backing out of twelve without a spotter": a day, then what is to be done on it.)
  if (w !== undefined && FROM_DAYS.has(w) && words[head + 1] && isBaseVerb(words[head + 1].w)) return head + 1;
  // ("from tonight you put every taxi booking in the log", "starting Monday, ...": from a day on.)
  if ((w === 'from' || w === 'starting') && FROM_DAYS.has(words[head + 1]?.w ?? '')) return head + (words[head + 2]?.w === 'on' || words[head + 2]?.w === 'onwards' ? 3 : 2);
  if (w === 'in' && words[head + 1]?.w === 'future') return head + 2;
  // "in the meantime please send every candidate a status update": until then, with "please" before what to do.
  if (w === 'in' && words[head + 1]?.w === 'the' && words[head + 2]?.w === 'meantime') return head + (PLEASE_WORDS.has(words[head + 3]?.w ?? '') ? 4 : 3);
  // "for the next visit tell him ...", "next visit make sure she knows ...": the occasion, then what is for it.
  let k = w === 'for' ? head + 1 : head;
  if (words[k]?.w === 'the') k++;
  if (words[k]?.w === 'next' && NEXT_OCCASIONS.has(words[k + 1]?.w ?? '')) return k + 2;
  return -1;
}

const BUT_OBJECTS = wordSet('me us');
const NEXT_OCCASIONS = wordSet('time visit meeting session week sprint shift call catch-up review round one-on-one 1on1 1-1 sync check-in checkin supervision huddle');
const FROM_DAYS = wordSet('today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday');

/** What opens a ban said to them: "stop", "quit", "don't", "never". */
const DICTATED_BAN = wordSet("stop quit don't dont never");

function computeClauseStarts(s: Sentence, chunk: string): number[] {
  const starts: number[] = [];
  const words = s.words;
  if (!words.length) return starts;
  let head = skipDiscourse(s, 0);
  // "Marco pls send the LUT changes ...": a name, then please, then what to do.
  if (head === 0 && words.length > 3 && PLEASE_WORDS.has(words[1].w) && /^\p{Lu}/u.test(chunk.slice(words[0].start, words[0].start + 1))) head = skipDiscourse(s, 1);
  // "Please can you record near misses at the end of each session": a request in the form of a question, the verb after "you".
  // ("can u move the sourdough to oven 1 and do the rolls in 2", typed without its question mark: a request all the same.)
  if (!s.question && REQUEST_MODALS.has(words[head]?.w ?? '') && (words[head + 1]?.w === 'you' || words[head + 1]?.w === 'u') && !NOT_REQUESTED.has(words[head + 2]?.w ?? '')
    && ((head > 0 && words.slice(0, head).some(w => PLEASE_WORDS.has(w.w))) || words[head].w === 'can' || words[head].w === 'could')) head += 2;
  starts.push(head);
  // ("dwayne stop carrying two panels at a time up the ladder": dictated, no comma, a name and then the ban.)
  // ("and kirra dont undersell the Newman job ...": after a word that only joins, "and", "so".)
  const lead = head === 0 || (head === 1 && (words[0].w === 'and' || words[0].w === 'so' || words[0].w === 'oh' || words[0].w === 'also')) ? head : -1;
  if (lead >= 0 && words.length > lead + 3 && DICTATED_BAN.has(words[lead + 1].w) && !s.norm.includes(',') && chunk.charCodeAt(words[lead].end) === 32 && !SUBJECTS.has(words[lead].w)
    && !words[lead].w.endsWith('s') && verbLikelihood(words[lead].w) === 'not-verb') starts.push(lead + 1);
  // "It's time to hand it off": an instruction framed as a moment.
  if (words[head]?.w === "it's" && words[head + 1]?.w === 'time' && words[head + 2]?.w === 'to') starts.push(head + 3);
  else if (words[head]?.w === 'time' && words[head + 1]?.w === 'to') starts.push(head + 2);
  // "next time put the sign-offs in the ticket", "from now on copy me in", "going forward loop in QA": a
  // rule for what comes, without the comma.
  else {
    const rest = timeOpener(s, head);
    // ("Going forward please copy me on anything you send to Carlson": past "please" after the time.)
    if (rest > head) starts.push(PLEASE_WORDS.has(words[rest]?.w ?? '') ? skipDiscourse(s, rest) : rest);
  }
  // "just ship it and stop polishing", "keep the scope and never skip the review": a second command joined
  // by "and" in a behaviour-directing form (stop, never, don't).
  if (s.classes & WordClass.Prohibit) {
    // (Not after a subject: "we shipped it and stop ...", "she tried it and never looked back".)
    for (let q = 2; q < words.length - 1; q++) {
      if (words[q - 1].w === 'and' && AND_COMMANDS.has(words[q].w) && !words.slice(0, q - 1).some(x => SUBJECTS.has(x.w))) starts.push(q);
    }
  }
  // "the mgr mtg is yours but send me the agenda the night before": an instruction after "but", with what
  // it asks for ("me", "us").
  if (s.classes & WordClass.Evidence && hasSpaced(s.norm, 'but ')) {
    for (let q = 2; q < words.length - 1; q++) {
      if (words[q - 1].w === 'but' && BUT_OBJECTS.has(words[q + 1].w) && isBaseVerb(words[q].w) && !SUBJECTS.has(words[q - 2].w)) starts.push(q);
    }
  }
  // `I said "send me the deck"`: a quotation kept as the manager's words (prose.ts masks every other
  // one) opens a clause at its first word; not one after "to", the infinitive it goes on with
  // (`Dir told her to "be more visible"`: what someone else told her, in their words).
  if (s.classes & (WordClass.Tell | WordClass.TellWeak) || s.norm.includes('say')) {
    // (After "to" and a comma, no infinitive: `I said, more firmly than I meant to, "Send me chapter three on Friday."`.)
    for (let q = 1; q < words.length; q++) if (opensQuotation(chunk, words[q]) && (words[q - 1].w !== 'to' || chunk.charCodeAt(words[q - 1].end) === 44)) starts.push(skipDiscourse(s, q));
  }
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
  // A spaced dash ("one more thing - pls add ..."), by a native search of its own: in the expression above
  // it would make every space a place to try.
  let dashes = false;
  for (let c = norm.indexOf('- ', 1) - 1; c >= 0; c = norm.indexOf('- ', c + 3) - 1) {
    if (norm.charCodeAt(c) !== 32) continue;
    let j = 0;
    while (j + 1 < words.length && words[j + 1].end <= s.start + c) j++;
    if (words[j].end <= s.start + c && onlySpaces(norm, words[j].end - s.start, c)) {
      (after ??= []).push(j, 45);
      dashes = true;
    }
  }
  // Fragments set apart by a spaced slash ("roadmap / q3 scope too big / told her to cut two bets"): each a clause.
  for (let c = norm.indexOf(' / '); c >= 0; c = norm.indexOf(' / ', c + 3)) {
    let j = 0;
    while (j + 1 < words.length && words[j + 1].end <= s.start + c) j++;
    if (words[j].end <= s.start + c) {
      (after ??= []).push(j, 47);
      dashes = true;
    }
  }
  if (after && dashes) {
    const pairs: [number, number][] = [];
    for (let a = 0; a < after.length; a += 2) pairs.push([after[a], after[a + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    after = pairs.flat();
  }
  if (after) {
    // Opener up to the first comma: "Next time, come to me first", "Alex, please send ...", "If you have time, review ...".
    const limit = Math.min(words.length - 1, 12);
    for (let a = 0; a < after.length; a += 2) {
      // ("Derek – if any NEWS2 parameter scores 3, you take it to the nurse": a name set off by a dash, as by a comma.)
      if ((after[a + 1] !== COMMA && !(after[a] === 0 && (after[a + 1] === 8211 || after[a + 1] === 8212 || after[a + 1] === 45))) || after[a] >= limit) continue;
      const i = after[a];
      const first = words[0];
      // (A name that is also a verb, "Yaw, write the customer's name in the narration": a verb after the comma.)
      const vocative = i === 0 && /^\p{Lu}/u.test(chunk.slice(first.start, first.end)) && (!isBaseVerb(first.w) || (words.length > 2 && isBaseVerb(words[1].w)));
      if (vocative || OPENERS.has(first.w) || DISCOURSE.has(first.w)) {
        let next = skipDiscourse(s, i + 1);
        // ("And please, Samuel, check that every driver has the app on": their name between commas, then what to do.)
        if (!vocative && words[next] && next + 1 < words.length && chunk.charCodeAt(words[next].end) === 44 && /^\p{Lu}/u.test(chunk.slice(words[next].start, words[next].start + 1)) && !isBaseVerb(words[next].w)) next = skipDiscourse(s, next + 1);
        starts.push(next);
        // ("Liam, from tonight you put every taxi booking in the log": a name, then a rule for what comes.)
        const rest = vocative ? timeOpener(s, next) : -1;
        if (rest > next) starts.push(rest);
        // ("Tobias, next time please break anything over 3 days into pieces", "Elin, before the migration weekend make sure
        // you take a day off": a name, a when without its comma, then "please" or "make sure" and what to do.)
        // ("Amira, butter + chill the ramekins at 4": two acts joined by a plus, the second with its object.)
        if (vocative && words[next + 2] && /^\s*[+&]\s*$/.test(chunk.slice(words[next].end, words[next + 1].start))) starts.push(next + 1);
        if (rest > next && PLEASE_WORDS.has(words[rest].w) && isBaseVerb(words[rest + 1]?.w ?? '')) starts.push(rest + 1);
        else if (vocative && OPENERS.has(words[next]?.w ?? '')) {
          for (let q = next + 1; q < Math.min(words.length - 1, next + 7); q++) {
            if (PLEASE_WORDS.has(words[q].w) && isBaseVerb(words[q + 1].w)) {
              starts.push(q + 1);
              break;
            }
            if ((words[q].w === 'make' || words[q].w === 'be') && words[q + 1].w === 'sure') {
              starts.push(q);
              break;
            }
          }
        }
        // ("Dana, on your next calls, go back to the customer": a name, then an opener of its own, then what to do.)
        // ("Please, when the queue passes ten people, open window 4 and send for me": please, then a when, then what to do.)
        if ((vocative || PLEASE_WORDS.has(first.w)) && OPENERS.has(words[next]?.w ?? '')) {
          for (let b = a + 2; b < after.length; b += 2) {
            if (after[b + 1] !== COMMA) continue;
            if (after[b] < limit) starts.push(skipDiscourse(s, after[b] + 1));
            break;
          }
        }
      }
      break;
    }
    for (let a = 0; a < after.length; a += 2) {
      const i = after[a];
      const p = after[a + 1];
      if (i >= words.length - 1) continue;
      // (A colon after a word or two is a label's, "agenda: release 4.12, on-call, your promo packet": what follows is its list.)
      if (p === 58 && i < 2) continue;
      // (After an arrow, a clause that opens with what to do or who does it: not the next link of a chain, "auto-flag → Grace →
      // me → CRO within 15 min".)
      if (p >= 0x2190 && p <= 0x21ff && ((!isBaseVerb(words[i + 1].w) && !SUBJECTS.has(words[i + 1].w) && words[i + 1].w !== 'you' && words[i + 1].w !== 'either') || ARROW_NEXT.test(norm.slice(words[i + 1].end - s.start, words[i + 1].end - s.start + 4)))) continue;
      if (p !== COMMA || CLAUSE_CONNECTORS.has(words[i + 1].w)) starts.push(skipDiscourse(s, i + 1));
      // ("Loved the demo — next time cut the first five minutes", "great demo, next time open with the numbers": praise, then
      // a rule for what comes, its time first and no comma after it.)
      if (words[i + 1].w === 'next' || words[i + 1].w === 'from' || words[i + 1].w === 'going' || words[i + 1].w === 'in') {
        const rest = timeOpener(s, i + 1);
        if (rest > i + 1 && rest < words.length && isBaseVerb(words[rest].w)) starts.push(rest);
      }
      // ("you own the charger dock 6 fix, start tonight": after a comma, a verb and when, an order of its own.)
      else if (i + 3 === words.length && isBaseVerb(words[i + 1].w) && WHEN_NOW.has(words[i + 2].w)) starts.push(i + 1);
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
const STATUS_FIRST = wordSet('open closed done pending parked resolved blocked fixed sorted close');
/** Words of a reply's verdict that are verbs too: "fine", "right", "sound". */
const VERDICT_FIRST = wordSet('fine right sound cool grand brilliant');
const COMPARED_WITH = wordSet('me you him her us them ever usual always before anyone anything hell');
const LEAVE_WITH_ME = /^leave\s+(?:it|that|this|them|those|these)(?:\s+one)?\s+(?:with|to)\s+(?:me|us)\b/;

function nounReading(s: Sentence, i: number): boolean {
  // ("cost it before it goes on the card", "split it into three": a word with a pronoun for its object is a verb.)
  // (Not "Fingerprint it is": "it is" the clause, the word before it its complement.)
  if (THING_OBJECTS.has(s.words[i + 1]?.w ?? '') && !COPULA_AFTER.has(s.words[i + 2]?.w ?? '')) return false;
  for (let k = i + 1; k < Math.min(s.words.length, i + 8); k++) {
    // (Finite verbs within five words; "still" and a verb within seven.)
    if (k >= i + 6 && s.words[k].w !== 'still') continue;
    // ("Please log off; nobody needs an answer at midnight": the clause ends before the verb.)
    if (/[;,:—–]/.test(s.norm.slice(s.words[k - 1].end - s.start, s.words[k].start - s.start))) return false;
    const w = s.words[k].w;
    // ("record and reset the max/min every morning": two verbs joined, not a noun and its verb.)
    if (k === i + 2 && (s.words[i + 1].w === 'and' || s.words[i + 1].w === 'or') && isBaseVerb(w)) continue;
    if (FINITE_VERBS.has(w)) return true;
    // ("Chase emails from the old system still go out in the wrong currency": "still" and the verb of the noun before.)
    if (w === 'still' && k > i + 2 && isBaseVerb(s.words[k + 1]?.w ?? '')) return true;
    // ("Call Sam before the letter goes out": the verb is the subordinate clause's.)
    // ("answer only what is asked": the verb of a clause that is its object.)
    if (w === 'that' || w === 'which' || w === 'who' || w === 'what' || w === 'because' || w === 'if' || w === 'when' || SUBORDINATORS.has(w) || w === 'while' || w === 'since') return false;
  }
  return false;
}

const THING_OBJECTS = wordSet('it them');
const COPULA_AFTER = wordSet("is was are were 's");

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

/** Verbs of wanting and tending before "to": in notes their subject is dropped, not a listener told. */
const DROPPED_SUBJECT_TO = wordSet('want prefer need hope intend wish tend seem love hate like expect mean aim hesitate forget promise decide agree refuse happen struggle manage fail used ought got continue plan');

/** What "March" as a verb takes ("March them to the gate"); the month otherwise ("March hours", "March, both of us"). */
const MARCH_OBJECTS = wordSet('them him her us me everyone people to into up down off out on in over back');

/** Days as notes shorten them, some of them verbs ("wed", "sun"), and months. */
const DAY_WORDS = wordSet('mon tue tues wed weds thu thur thurs fri sat sun');
const MONTH_WORDS = wordSet('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december');

/**
 * Verbs of feeling: in notes their subject ("I") is dropped ("Love this", "Appreciate the help"), and
 * "Enjoy!" is care; so are a wish and a hope ("want design on the checklist one from day one").
 */
const FEELINGS = wordSet('love like hate adore appreciate admire dislike enjoy want wish hope');

/** Verbs that take an -ing complement: "Start writing", "Keep pushing". */
const ASPECT_VERBS = wordSet('start stop keep try begin finish avoid quit consider continue practice resume');

/** KIND_IMPERATIVES by their first word, so a verb is checked only against its own phrases. */
const KIND_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const seq of KIND_IMPERATIVES) {
  const list = KIND_BY_FIRST.get(seq[0]);
  if (list) list.push(seq);
  else KIND_BY_FIRST.set(seq[0], [seq]);
}

/** Whether a kind phrase (KIND_IMPERATIVES: "take care", "get some rest", "enjoy ...") starts at word i: care, no order. */
export function kindAt(s: Sentence, i: number): boolean {
  const w = s.words[i];
  const kind = w ? KIND_BY_FIRST.get(w.w) : undefined;
  if (kind) for (const seq of kind) if (startsWithSeq(s.words, i, seq) && !ruleAfterKind(s.words, i + seq.length)) return true;
  return false;
}

/** After an inviting phrase, "before ..." or "first" makes it a rule: "ask me before touching it", "ping me first". */
function ruleAfterKind(words: readonly Word[], k: number): boolean {
  return words[k]?.w === 'before' || words[k]?.w === 'first';
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

/** After "let me": having something handed over ("let me have the draft", "let me see it"). */
const HAND_OVER = wordSet('have see get');

/** Whether inline code (a backtick, past spaces) follows offset `at` of the chunk: masked, it is no word, yet it is there. */
function codeAfter(chunk: string, at: number): boolean {
  let k = at;
  while (chunk.charCodeAt(k) === 32) k++;
  return chunk.charCodeAt(k) === 96;
}

/** What a status line says of a thing: "Alert review overdue". */
const STATES = wordSet('due overdue pending blocked done late delayed slipping stuck outstanding resolved merged shipped green amber red complete completed finished underway');
/** Verbs that take a thing and its state: "get it done", "keep alerts green", "leave it open". */
const STATE_VERBS = wordSet('get keep have make leave mark call set');

/** Nouns that name a part by its number ("Part 1", "Stage 2"), and are verbs besides. */
const NUMBERED = wordSet('part step stage phase level round page section chapter table figure box room floor gate band grade point tier slide');

/** A channel or a handle: "#eng-help", "@platform-team" (the word after its mark). */
function channelOrHandle(chunk: string, w: Word): boolean {
  const c = chunk.charCodeAt(w.start - 1);
  return c === 35 || c === 64;
}

/** "since" and a time within a few words after word i: "since 04/01", "since Monday", "since last week". */
function stateSince(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length - 1, i + 6); k++) {
    if (words[k].w !== 'since') continue;
    const t = words[k + 1].w;
    return /^\d/.test(t) || DAY_WORDS.has(t) || MONTH_WORDS.has(t) || t === 'last' || t === 'yesterday' || t === 'christmas' || t === 'easter';
  }
  return false;
}

/** After "see you", a farewell's: "at 11", "tomorrow", "then", "soon". */
const FAREWELL_AFTER = wordSet('at later soon tomorrow then next on there tonight monday tuesday wednesday thursday friday saturday sunday in around after');
/** Words that make "time" a noun after them: "second time", "last time". */
const TIME_ORDINALS = wordSet('first second third fourth fifth last next another one this every each same');
/** The first words of the make-sure rule's triggers. */
const CHECKLIST_START = wordSet('make be ensure remember double');
/** What follows "only" as a verb's object: "answer only what is asked", "log only the facts". */
const WH_OBJECT = wordSet('what the what\'s those these your their');
/** What "before you ..." is no step of theirs with: "before you know it", "before you feel ready". */
const YOU_STATES = wordSet('know knew feel are were want like need have think realise realize');
const STILL_OBJECTS = wordSet('the your my his her their it them yourself');

/** After "spring" or "fall" as verbs: "spring into action", "fall back on", "fall behind". */
const SEASON_VERB_AFTER = wordSet('into to back out behind off over apart through on for in up down short asleep under ill silent quiet victim prey foul');
const MAKES_A = wordSet('nice welcome good refreshing pleasant');
/** A clause's own subject, right after a topic: "shes ok", "he's fine", "they're short". */
const SUBJECT_AFTER_TOPIC = wordSet("she's shes he's hes they're theyre we're were i'm im it's");
/** Verbs whose past is their base form, and a time gone by after one: "Read it this morning", "put it in the doc yesterday". */
const SAME_PAST = wordSet('read put set cut let hit shut quit spread split');
const PAST_TIME = /^(?:(?!by\s|before\s|until\s|till\s|no\s+later\s)[\w'-]+\s+){0,4}?(?:this\s+morning|yesterday|last\s+(?:night|week|friday|monday|tuesday|wednesday|thursday)|earlier(?:\s+today)?|already)\s*[.,;]/;

/** Whether a closing quotation mark stands right before `at` (spaces between), with its opening one in the sentence before it. */
function afterQuotation(chunk: string, at: number, from: number): boolean {
  let k = at - 1;
  while (k > from && (chunk.charCodeAt(k) === 32 || chunk.charCodeAt(k) === 9)) k--;
  const c = chunk.charCodeAt(k);
  if (c !== 34 && c !== 0x201d) return false;
  const open = c === 34 ? chunk.lastIndexOf('"', k - 1) : chunk.lastIndexOf('“', k - 1);
  return open >= from && open < k - 1;
}

function computeImperativeAt(s: Sentence, chunk: string, i: number): Imperative | undefined {
  const words = s.words;
  const w = words[i];
  if (!w || !isBaseVerb(w.w)) return undefined;
  // After "(please) can you", a verb is a verb: "record near misses", "read and sign the SOPs".
  if (i >= 2 && !s.question && (words[i - 1].w === 'you' || words[i - 1].w === 'u') && REQUEST_MODALS.has(words[i - 2].w) && !NOT_REQUESTED.has(w.w)) return { verb: i };
  // After "please", too: "Farhan, please record raw data directly in the executed protocol".
  // (Not "please make sure ...", "please remember to ...": the make-sure rule's.)
  if (i >= 1 && PLEASE_WORDS.has(words[i - 1].w) && words[i + 1] && !NOT_REQUESTED.has(w.w) && punctuationAfter(s, w) !== ':'
    && !CHECKLIST_START.has(w.w)) return { verb: i };
  // ("Critique: "Digest" and "Summary" mean the same thing to me.": a verb right after a quotation is the quotation's, its subject; no order.)
  if (i <= 2 && afterQuotation(chunk, w.start, s.start)) return undefined;
  // "Ship date: Friday", "Update: shipped" are labels, not orders.
  const after = punctuationAfter(s, w);
  if (after === ':' || after === '(') return undefined;
  const next = words[i + 1];
  if (!next) return undefined;
  // ("[AK] Read it this morning. Section 4 is good.": a verb whose past is its base, with a time gone by: what the writer did.)
  if (SAME_PAST.has(w.w) && PAST_TIME.test(s.norm.slice(next.start - s.start))) return undefined;
  // ("champion loves us, low stakes": a noun, then its verb and the verb's object, no order to champion.)
  if (words[i + 2] && PAST_OBJECTS.has(words[i + 2].w) && next.w.length > 3 && next.w.endsWith('s') && !next.w.endsWith('ss') && THIRD_VERBS.test(next.w)) return undefined;
  // ("Wade Eaton - sit down", "Priya — catch up": a title's meeting after a name and a dash, no order.)
  if (i > 0 && i + 2 >= words.length && MEETING_AS_VERB.has(`${w.w} ${next.w}`) && /\s(?:[—–-]|--)\s+$/.test(chunk.slice(words[i - 1].end, w.start))) return undefined;
  // ("Thank you, Maria.": thanks, not an order to thank. "Zero escapes to the customer in three weeks": a count.)
  if (w.w === 'thank' && (next.w === 'you' || next.w === 'u')) return undefined;
  // ("See you at 11.", "see you tomorrow": a farewell.)
  if (w.w === 'see' && (next.w === 'you' || next.w === 'u') && (!words[i + 2] || FAREWELL_AFTER.has(words[i + 2].w))) return undefined;
  // ("Dry as me.", "Sharp as ever", "Calm as usual": a comparison with its subject dropped, no order.)
  if (next.w === 'as' && COMPARED_WITH.has(words[i + 2]?.w ?? '') && verbLikelihood(w.w) !== 'verb-only') return undefined;
  // ("... with 2 people? Open, no answer yet": a status, set off by its comma, no order.)
  // ("Me: fine, through end of March.": a reply's verdict, set off by its comma, no order to fine anyone.)
  if ((STATUS_FIRST.has(w.w) || VERDICT_FIRST.has(w.w)) && (after === ',' || after === ';')) return undefined;
  // ("Push notifications from PagerDuty hit personal phones": the compound noun, not an order to push them.)
  if (w.w === 'push' && (next.w === 'notifications' || next.w === 'notification' || next.w === 'alerts')) return undefined;
  // ("Tracker vendor: make I check the contract": Nigerian Pidgin's "let me", the manager's own.)
  if (w.w === 'make' && (next.w === 'i' || next.w === 'we')) return undefined;
  // ("spring DPS inspections", "fall semester rota": a season naming what follows, no order to spring or fall.)
  if ((w.w === 'spring' || w.w === 'fall') && !SEASON_VERB_AFTER.has(next.w)) return undefined;
  // ("Sounds like a great idea to spend some time in your office. Make a nice change.": what it will make, its subject dropped.)
  if (w.w === 'make' && next.w === 'a' && MAKES_A.has(words[i + 2]?.w ?? '') && words[i + 3]?.w === 'change') return undefined;
  // ("Leave it with me", "leave that one to me": the manager taking it on, an offer, no order.)
  if (w.w === 'leave' && LEAVE_WITH_ME.test(s.norm.slice(w.start - s.start))) return undefined;
  // ("Kill switch = prerequisite, non-negotiable": a term defined, no order.)
  if (chunk.charCodeAt(next.end) === 61 || (chunk.charCodeAt(next.end) === 32 && chunk.charCodeAt(next.end + 1) === 61)) return undefined;
  // ("\"...\" Mine, again.": whose words they were, no order to dig.)
  if (w.w === 'mine' && /^[,.!]/.test(punctuationAfter(s, w))) return undefined;
  // ("Second time she's mentioned recruiter pings": "time" after an ordinal is the noun.)
  if (w.w === 'time' && i > 0 && TIME_ORDINALS.has(words[i - 1].w)) return undefined;
  if (w.w === 'zero' && next.w.endsWith('s') && next.w !== 'is') return undefined;
  // ("heat shes ok she said ...", "plant hes happy with the new rota": a topic, a noun first, then a clause with its own subject, dictated.)
  if (SUBJECT_AFTER_TOPIC.has(next.w) && verbLikelihood(w.w) === 'noun-first') return undefined;
  // ("Best if you decide", "Better if we wait": a judgement with its subject dropped, not an order to "best".)
  if ((w.w === 'best' || w.w === 'better') && next.w === 'if') return undefined;
  // ("best he's played all year", "best ME we have, don't lose her": the superlative, its subject dropped; no note orders
  // anyone to "best" someone.)
  if (w.w === 'best' || w.w === 'worst') return undefined;
  // "Do not feel you have to reply": a prohibition, or reassurance, is negative-imperative's to read, not an order to "do".
  if (w.w === 'do' && next.w === 'not') return undefined;
  // "Twitter 102 --> 300": a figure and where it is to go, not an order.
  if (/^\d/.test(next.w) && /^[\d.,%kKmM ]*(?:-+>|→|=>)/.test(s.norm.slice(next.start - s.start))) return undefined;
  // "wed 28/1/26", "sat 14 feb": a day before its date, not the verb.
  // ("Next 1:1: Mar 18": a month before its day.)
  // ("Chloe — Fitzroy — Wed arvo catch up": a day and its time of day.)
  if ((DAY_WORDS.has(w.w) && (/^\d/.test(next.w) || MONTH_WORDS.has(next.w) || DAYTIME.has(next.w))) || (MONTH_WORDS.has(w.w) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next.w))) return undefined;
  // "Part 1 date and study leave", "Phase 2 rollout", "Step 3": a part named by its number, not an order
  // ("Close 3 tickets", a count before what is counted, is one).
  if (NUMBERED.has(w.w) && /^\d{1,2}[a-z]?$/.test(next.w) && !(words[i + 2] && words[i + 2].w.endsWith('s') && !words[i + 2].w.endsWith('ss'))) return undefined;
  // "Night obs audit: March, both of us", "March 3 for the audit": the month, not the verb.
  if (w.w === 'march' && /^M/.test(chunk.slice(w.start, w.start + 1)) && !MARCH_OBJECTS.has(next.w)) return undefined;
  // "Last Thursday he pushed ...", "Second week in a row": a time, not an order.
  if ((w.w === 'last' || w.w === 'second') && TIME_WORDS.has(next.w)) return undefined;
  // ("Still no.", "still waiting on the quote", "Still not fixed": the adverb; the verb takes an object, "still your mind".)
  if (w.w === 'still' && !STILL_OBJECTS.has(next.w)) return undefined;
  // (Not "Ask me before you accept any verbal instruction ...": the manager first, as a rule for what comes, no invitation.)
  if (kindAt(s, i)) return undefined;
  // "take this week slowly", "take things easy": care.
  if (w.w === 'take' && words.slice(i + 2, i + 5).some(x => x.w === 'slowly' || x.w === 'easy' || x.w === 'slow' || x.w === 'gently')) return undefined;
  // "Say a bit more about ...", "Tell me a little more": an invitation to talk.
  if (INVITATION_VERBS.has(w.w) && next.w === 'a' && (words[i + 2]?.w === 'bit' || words[i + 2]?.w === 'little') && words[i + 3]?.w === 'more') return undefined;
  // "Seun, please give me your answer by the end of March", "do let me see a draft by 8 May": something to hand
  // over by a date, asked for (not "give me a sense of it", "let me know").
  // ("Show me the lead numbers first, Ray": a thing of theirs to hand over, named, not "show me how ...".)
  const handOver = (next.w === 'me' || next.w === 'us') && (w.w === 'give' || w.w === 'show' || (w.w === 'let' && HAND_OVER.has(words[i + 2]?.w ?? '')))
    && (!!findDeadline(s.norm, next.end - s.start) || (w.w === 'show' && (words[i + 2]?.w === 'the' || words[i + 2]?.w === 'your') && !!words[i + 3] && !INVITATION_NEXT.has(words[i + 3].w)));
  if (!handOver && INVITATION_VERBS.has(w.w) && (INVITATION_NEXT.has(next.w.replace(/'s$/, ''))
    || (next.w === 'your' && INVITATION_YOUR.has(words[i + 2]?.w ?? '')))) return undefined;
  if (!handOver && w.w === 'let' && (next.w === 'me' || next.w === 'us' || next.w === "let's")) return undefined;
  // "(I) want to understand what happened", "prefer to do this as a session": a wish with its subject dropped.
  if (next.w === 'to' && DROPPED_SUBJECT_TO.has(w.w)) return undefined;
  // (Not a noun before a plural it names: "Get stay conversations on the calendar", "Book stay interviews".)
  if (FINITE_VERBS.has(next.w) && !((next.w === 'stay' || next.w === 'look') && /[^s]s$/.test(words[i + 2]?.w ?? ''))) return undefined;
  // ("Unclear to both of us.", "Clear to me now": an adjective and whom it is so to, a verdict, no order.)
  if (next.w === 'to' && words[i + 2] && !isBaseVerb(words[i + 2].w) && verbLikelihood(w.w) === 'adjective-first') return undefined;
  // "Love this!", "Appreciate the quick turnaround", "Enjoy the break": a feeling or a wish with the subject dropped.
  if (FEELINGS.has(w.w)) return undefined;
  // ("scratch that. Ana's right, the logs come first", "never mind", "forget that": the writer taking back what they just wrote.)
  if ((w.w === 'scratch' || w.w === 'strike' || w.w === 'forget' || w.w === 'ignore') && (next.w === 'that' || next.w === 'this') && !words[i + 2]) return undefined;
  // "Agree - it's the kind of thing ...", "Disagree with that": a verdict with the subject dropped.
  if ((w.w === 'agree' || w.w === 'disagree') && (/^[\s]*[-–—.,;:!]/.test(s.norm.slice(w.end - s.start)) || (next.w === 'with' && /^(?:you|that|this|it|him|her|them|both)$/.test(words[i + 2]?.w ?? '')))) return undefined;
  // "believe him, the panel was between them", "Doubt it", "suspect she's overloaded": the manager's view, the subject dropped.
  if (VIEW_VERBS.has(w.w) && VIEW_OBJECTS.has(next.w)) return undefined;
  // "Open to it", "Clear to merge", "Close to done": an adjective before "to", the subject dropped.
  if (next.w === 'to' && (w.w === 'open' || w.w === 'clear' || w.w === 'close' || w.w === 'free')) return undefined;
  // "Plan for Q3 is in the doc": a word that can be a noun, read as one ("Tell Hugo the change is coming" is no noun).
  const likely = verbLikelihood(w.w);
  if (likely !== 'verb-only' && nounReading(s, i)) return undefined;
  // "Tug 14 U/S since 04/01", "Belt loader 3 down since Monday": a thing's state held since a date, no order (an order
  // has no "since" of time; "since you're here, ..." is a reason).
  if (likely !== 'verb-only' && stateSince(words, i)) return undefined;
  // "Alert review overdue since 10 Dec", "Deploy plan done", "Test suite green": a thing and its state, no order
  // (not "get the reviews done", "keep alerts green").
  if (likely !== 'verb-only' && !STATE_VERBS.has(w.w) && !AFTER_VERB.has(next.w) && (STATES.has(words[i + 2]?.w ?? '') || (STATES.has(words[i + 3]?.w ?? '') && !AFTER_VERB.has(words[i + 2].w) && !isBaseVerb(words[i + 2].w)))) return undefined;
  const nextRaw = chunk.slice(next.start, next.end);
  const properNoun = /^\p{Lu}/u.test(nextRaw) && next.w !== 'i';
  // "Haydn, Don Juan, Beethoven 5": in a list, a capitalised word before another is a name, not a verb.
  if (properNoun && i > 0 && /^\p{Lu}/u.test(chunk.slice(w.start, w.start + 1)) && /^,\s+$/.test(chunk.slice(words[i - 1].end, w.start))) return undefined;
  // "Peer theme (3 of 4):", "Review cycle:": a label standing alone, nothing an order takes after its first word.
  if (i === 0 && s.words.length <= 6 && /:\s*$/.test(s.norm) && !AFTER_VERB.has(next.w) && !properNoun) return undefined;
  // ("Dana, near the end: "Make sure you pay by the 5th"": a short label before someone's words, masked.)
  if (i > 0 && s.words.length <= 6 && /:\s*$/.test(s.norm)) return undefined;
  // "Dovetail renewed (done)", "Budget approved": a thing and what has happened to it, at the point's end, no order.
  if (i === 0 && !properNoun && next.w.length > 4 && next.w.endsWith('ed') && !isBaseVerb(next.w) && (!words[i + 2] || /^\s*[(,;:—–-]/.test(chunk.slice(next.end, words[i + 2].start)))) return undefined;
  const objectLike = AFTER_VERB.has(next.w) || properNoun || /^\d/.test(next.w) || next.w.endsWith("'s")
    || (ASPECT_VERBS.has(w.w) && next.w.endsWith('ing')) || (next.w.endsWith('s') && !next.w.endsWith('ss'))
    // "Squash before you ask for re-review": what they do, and when; "Post in #forecasting before you start anything".
    || (SUBORDINATORS.has(next.w) && (words[i + 2]?.w === 'you' || words[i + 2]?.w === 'u'))
    // ("answer only what is asked", "log just the facts": a limiting word, then its object.)
    || ((next.w === 'only' || next.w === 'just' || next.w === 'exactly') && WH_OBJECT.has(words[i + 2]?.w ?? ''))
    // ("post at least one question in the doc", "write at most two pages": a count of the object first.)
    || ((next.w === 'at' && (words[i + 2]?.w === 'least' || words[i + 2]?.w === 'most')) && !!words[i + 3] && (/^\d/.test(words[i + 3].w) || COUNT_WORDS.has(words[i + 3].w)))
    // ("Check understanding before you set the written task": a bare object, then when they are to do it.)
    || (!!words[i + 4] && SUBORDINATORS.has(words[i + 2].w) && (words[i + 3].w === 'you' || words[i + 3].w === 'u') && !YOU_STATES.has(words[i + 4].w))
    || ((next.w === 'in' || next.w === 'on' || next.w === 'to') && whenYou(words, i + 2))
    // "post in #eng-help at least once a day", "ask in @platform-team": a channel or a handle, where it is to be done.
    || ((next.w === 'in' || next.w === 'on' || next.w === 'to') && !!words[i + 2] && channelOrHandle(chunk, words[i + 2]))
    // "record and reset the max/min every morning": two verbs joined, the second with its object.
    || ((next.w === 'and' || next.w === 'or') && !!words[i + 3] && isBaseVerb(words[i + 2].w) && AFTER_VERB.has(words[i + 3].w))
    // "run `nox -s lint` before every push": code right after the verb (masked) is its object.
    || codeAfter(chunk, w.end)
    // "open with the multi-year awards", "lead with the numbers": where to start, with what.
    || (DELIVERY.has(w.w) && next.w === 'with' && !!words[i + 2] && DETERMINERS.has(words[i + 2].w))
    // ("..., start tonight": the verb and when, all there is.)
    || (WHEN_NOW.has(next.w) && i + 2 >= words.length)
    // ("Me: chart at the bedside or in the driveway before you pull out": where, then when they are to do it.)
    || (PREPOSITIONS.has(next.w) && hasSpaced(s.norm, 'you') && WHEN_YOU_LATER.test(s.norm.slice(next.end - s.start)));
  // A word whose first reading is a noun or an adjective ("Request for conference attendance", "Review
  // cycle in April", "Clear growth in product thinking", "Retry project progress") is an order only with
  // something an order takes after it: an object ("the", "it", "Sam"), not "for" or "of" or a bare noun.
  const nounFirst = likely === 'noun-first' || likely === 'adjective-first' || likely === 'other-first' || NOUNISH.has(w.w);
  // "Fine with me", "Good by us": a verdict with its subject dropped.
  if (nounFirst && (next.w === 'with' || next.w === 'by') && (words[i + 2]?.w === 'me' || words[i + 2]?.w === 'us')) return undefined;
  // ("fix log rotation on the logging nodes this wk, before anything else on ur list": typed fast without its article, a verb read
  // first as a verb, lower case, then its bare object, in a sentence that speaks to "you": an order all the same.)
  const bareOrder = !objectLike && (likely === 'verb-first' || likely === 'verb-only') && (s.classes & WordClass.You) !== 0 && i === 0
    && chunk.charCodeAt(w.start) >= 97 && chunk.charCodeAt(w.start) <= 122 && !PREPOSITIONS.has(next.w) && next.w !== 'and' && next.w !== 'or' && verbLikelihood(next.w) !== 'verb-only';
  if (nounFirst && !bareOrder && (!objectLike || next.w === 'for' || next.w === 'of')) return undefined;
  // "Impact on team capacity", "Progress in hiring": a noun and what it is about, with a bare noun after
  // the preposition ("Work on your estimates" has its object's "your").
  const third = words[i + 2];
  if ((likely === 'noun-first' || likely === 'adjective-first') && (next.w === 'on' || next.w === 'in' || next.w === 'to' || next.w === 'across') && third && !isPhrasalParticle(w.w, next.w)
    && !AFTER_VERB.has(third.w) && !/^\p{Lu}/u.test(chunk.slice(third.start, third.start + 1)) && verbLikelihood(third.w) !== 'verb-only' && !whenYou(words, i + 2)
    && !channelOrHandle(chunk, third)) return undefined;
  // "Blunt in two places", "Solid on delivery", "Good at saying no": an adjective read first, then a
  // preposition (not a particle of the verb): a verdict with its subject dropped.
  if (likely === 'adjective-first' && PREPOSITIONS.has(next.w) && !isPhrasalParticle(w.w, next.w) && !(DELIVERY.has(w.w) && next.w === 'with')) return undefined;
  // "Merge freeze starts 4/20", "Review cycle is in April": a noun of two words, the subject of the verb after them.
  if (SUBJECT_VERBS.has(words[i + 2]?.w ?? '') && !AFTER_VERB.has(next.w) && !/^\p{Lu}/u.test(nextRaw) && !/[,;:]/.test(s.norm.slice(next.end - s.start, (words[i + 2]?.start ?? next.end) - s.start))) return undefined;
  // ("Float pool sent us 0 CNAs for 9 of 14 days": a noun of two words, then a verb in the past with its object: a report.)
  if (third && words[i + 3] && !AFTER_VERB.has(next.w) && !/^\p{Lu}/u.test(nextRaw) && PAST_OBJECTS.has(words[i + 3].w) && !isBaseVerb(third.w)
    && verbReadings(third.w).some(r => r.form === 'past') && onlySpaces(s.norm, next.end - s.start, third.start - s.start)) return undefined;
  // ("Section B-B still thin on information": a subject, "still" and how it is, no verb.)
  for (const k of [i + 2, i + 3]) {
    if (words[k]?.w === 'still' && words[k + 1] && k > i + 1 && !AFTER_VERB.has(words[i + 1].w)) {
      const likely = verbLikelihood(words[k + 1].w);
      if (likely !== 'verb-only' && likely !== 'verb-first') return undefined;
    }
  }
  // ("Restore test handover went well": a noun of three words.)
  if (SUBJECT_VERBS.has(words[i + 3]?.w ?? '') && !AFTER_VERB.has(next.w) && !AFTER_VERB.has(words[i + 2].w) && !/^\p{Lu}/u.test(nextRaw) && !/[,;:]/.test(s.norm.slice(next.end - s.start, words[i + 3].start - s.start))) return undefined;
  // ("Cost us about £40/month": its subject dropped; no one is told to cost, but "cost it before it goes on the card" is
  // an order to work its cost out. "Even those.": an adverb, the verb being "even out".)
  if ((w.w === 'cost' && !THING_OBJECTS.has(next.w) && next.w !== 'out' && next.w !== 'up') || (w.w === 'even' && next.w !== 'out' && next.w !== 'up')) return undefined;
  // ("Short one this week, Ellis": an adjective before "one", a noun phrase; "ready when you are": a state, the subject dropped.)
  if (likely === 'adjective-first' && (next.w === 'one' || SUBORDINATORS.has(next.w))) return undefined;
  // "Nurse clinics uptake - only 60% of slots filled": a topic of a few bare words before a dash, and a comment.
  if (nounFirst && i === 0 && dashTopic(s)) return undefined;
  // Only if nothing but spaces sits between the words ("Ship, test" is a list).
  if (punctuationAfter(s, w) === ',' && !AFTER_VERB.has(next.w)) return undefined;
  return { verb: i };
}

/** Whether the sentence opens with a topic of two to four bare words (no article, pronoun or name of an object) before a spaced dash. */
function dashTopic(s: Sentence): boolean {
  const words = s.words;
  for (let k = 1; k < Math.min(words.length - 1, 4); k++) {
    if (AFTER_VERB.has(words[k].w)) return false;
    const gap = s.norm.slice(words[k].end - s.start, words[k + 1].start - s.start);
    if (/^\s+[-–—]\s+$/.test(gap)) return true;
    if (gap.trim()) return false;
  }
  return false;
}

/** Verbs of the manager's own view, and what follows them when the subject is dropped ("believe him", "doubt it", "suspect that ..."). */
const VIEW_VERBS = wordSet('believe doubt suspect reckon guess');
const VIEW_OBJECTS = wordSet('him her them it that this so he she they there');

/** Verbs of a subject in the third person: "(Merge freeze) starts ...", "(Review cycle) is ...". */
/**
 * A ban and what lifts it: "no index changes on prod without a ringi", "no deploys until the freeze ends", "no naked short
 * calls in single names thru earnings" (the condition's word is the group).
 */
export const BAN_UNLESS = /^no\s+(?!(?:one|body|way|problem|worries|idea|need|rush|pressure|doubt)\b)(?:[\w'-]+\s+){1,7}?(without|until|unless|thru|through|till|til)\b/;
/** "cc me", "copy me in", "loop me in", "keep me posted": the manager kept informed, asked of someone. */
const CC_ME = /\b(?:cc|bcc|copy|loop)\s+me\b|\bkeep\s+me\s+(?:posted|informed|in\s+the\s+loop)\b/;
/** When they are to do it, later in the clause: "... before you pull out", "... when you get back". */
const WHEN_YOU_LATER = /\b(?:before|after|when|once|until|till)\s+(?:you|u)\s+(?!(?:are|were|know|feel|want|like|need|have)\b)[a-z]/;
/** Verbs of liking, wanting and thinking in the third person, which take a person after them: "loves us", "hates it", "wants me". */
const THIRD_VERBS = /^(?:loves|likes|hates|wants|needs|trusts|rates|knows|owes|thanks|blames|backs|gets|understands|prefers|adores|misses)$/;
/** A meeting named by a verb and its particle: "a sit down", "a catch up", "a check in". */
const MEETING_AS_VERB = new Set(['sit down', 'catch up', 'check in', 'touch base', 'sync up']);
/** A time of day after a day's name: "Wed arvo", "sat am", "Mon morning". */
const DAYTIME = wordSet('arvo am pm morning afternoon evening night lunch lunchtime eod noon');
/** What a verb in the past takes right after it as its object: "sent us", "gave her", "told the team". */
const PAST_OBJECTS = wordSet('us me him her them you it the a an our his their my your');
const SUBJECT_VERBS = wordSet('is was has starts ends begins needs runs goes went lands opens closes happens moves kicks');
const SUBORDINATORS = wordSet('before after until once when whenever unless');
const PREPOSITIONS = wordSet('in on at about with for of across under over');

/** A "before you ...", "once you ..." within a few words from `from`: the clause says what they are to do, and when. */
function whenYou(words: readonly Word[], from: number): boolean {
  for (let k = from; k < Math.min(words.length - 1, from + 5); k++) {
    if (SUBORDINATORS.has(words[k].w) && (words[k + 1].w === 'you' || words[k + 1].w === 'u')) return true;
  }
  return false;
}

const TIME_WORDS = wordSet('monday tuesday wednesday thursday friday saturday sunday week weekend month year night time quarter sprint cycle release day morning afternoon evening shift round half');

/**
 * The manager's own acts in a conversation, written as reminders in talking points: "thank him",
 * "ask how the move went", "raise the review load", "congratulate her on the launch".
 */
const OWN_ACTS = new Set(`
  ask thank congratulate congrats praise acknowledge recognize recognise celebrate raise mention discuss bring check follow
  find offer propose apologize apologise admit listen explore clarify confirm agree welcome introduce explain remind give
  update inform invite include involve reassure encourage support sync chat catch hear learn understand share show
  review walk recap summarize summarise note flag
`.trim().split(/\s+/));
/** Acts that are the manager's in any talking point: "thank him", "raise the review load", "discuss the appraisal". */
const RELATIONAL = wordSet('thank congratulate congrats praise acknowledge recognize recognise celebrate raise mention discuss apologize apologise admit reassure welcome offer propose explore listen recap share');
/** Acts of finding out, the manager's in a talking point: "Confirm Free Essentials on <= 0.02GB", "clarify the pilot's scope". */
const INQUIRY = wordSet('confirm clarify check verify double-check');
/** Words after an own act that show it is open or about them ("ask how ...", "check whether ...", "follow up on ..."). */
const OPEN_AFTER = wordSet('how what whether if why where when who which about in up out together');

/** Verbs of passing word on: with a named third party as their object, the manager's own errand ("tell Meredith that ..."). */
const MESSAGE_VERBS = wordSet('tell ask email ping message call text slack remind update inform warn let cc loop escalate chase nudge consult');

/** How the manager means to say something in the meeting ("Be clear that ...", "Be honest about ..."). */
const MANNER = wordSet('clear direct honest specific firm upfront explicit transparent candid concrete calm straight frank plain');
const MANNER_AFTER = wordSet('that about on with');
/** Where the manager means to start or end ("Open with the migration", "close with the rating"). */
const DELIVERY = wordSet('open start begin lead close end finish');
/** How the manager means to put it, or not ("soften it", "don't over-explain", "don't sugar-coat the rating"). */
export const DELIVERY_MANNER = wordSet('pile soften sugarcoat sugar-coat hedge waffle ramble over-explain overexplain lecture preach dilute oversell undersell overdo over-apologise over-apologize');

/** Verbs of giving: with them as the one given to ("send her our template"), the manager's own act. */
const GIVING = wordSet('send give forward share email show lend pass get buy book find bring introduce');
const DETERMINERS = wordSet('the a an our my his her their some this that these those any');

/** "Me: send her our intake board template", "Send Cody a thumbs up": something given to them or to someone named, by the manager. */
function givenThem(s: Sentence, verb: number, parties: Frame['parties'], chunk?: string): boolean {
  const next = s.words[verb + 1];
  const to = next?.w ?? '';
  const named = !!chunk && !!next && to.length > 1 && /^\p{Lu}\p{Ll}/u.test(chunk.slice(next.start, next.start + 2));
  return GIVING.has(s.words[verb]?.w ?? '') && (to === 'her' || to === 'him' || to === 'them' || named || personWord(parties, to))
    && DETERMINERS.has(s.words[verb + 2]?.w ?? '');
}

/** Words after a verb that show it is done to or with someone: "ask him", "check with HR", "ask how it went". */
const TO_SOMEONE = wordSet('him her them me us everyone everybody someone people folks with about how what whether if why who when where which up around back for together in out on');
const GROUPS = wordSet('team teams group squad manager managers boss lead leads leadership stakeholders client clients customer customers panel committee org channel people staff devs engineers reviewers');

/** Whether word k names someone other than the person met: a group ("HR", "the team") or a capitalised name not theirs. */
function withSomeoneElse(s: Sentence, chunk: string, k: number, parties: Frame['parties']): boolean {
  const w = s.words[k]?.w === 'the' ? s.words[k + 1] : s.words[k];
  return !!w && !personWord(parties, w.w) && !OBJECT_PRONOUN_WORDS.has(w.w) && w.w !== 'me' && w.w !== 'you'
    && (GROUPS.has(w.w) || /^\p{Lu}/u.test(chunk.slice(w.start, w.start + 1)));
}

/** Whether the verb at `verb` is done to or with someone (a person, a group, a name), as the manager's own acts are. */
function actsOnSomeone(s: Sentence, chunk: string, verb: number): boolean {
  const next = s.words[verb + 1];
  if (!next) return true;
  // ("ask in the channel": where to ask, told.)
  // ("ask in channel after 1 hr stuck": where to ask.)
  if (next.w === 'in' && (s.words[verb + 2]?.w === 'the' || s.words[verb + 2]?.w === 'a' || s.words[verb].w === 'ask')) return false;
  if (TO_SOMEONE.has(next.w.replace(/'s$/, '')) || /^\p{Lu}/u.test(chunk.slice(next.start, next.start + 1))) return true;
  // ("ask "what did you see at minute 10"": a question to ask them, quoted.)
  if (/^\s*["“]/.test(chunk.slice(s.words[verb].end, next.start))) return true;
  const third = s.words[verb + 2]?.w ?? '';
  // "ask the controller about the policy": someone asked about something.
  if (ABOUT_WHOM.has(s.words[verb + 3]?.w ?? '') || ABOUT_WHOM.has(third)) return true;
  return (next.w === 'the' || next.w === 'my' || next.w === 'our' || next.w === 'your' || next.w === 'his') && (GROUPS.has(third) || /^\p{Lu}/u.test(chunk.slice(s.words[verb + 2]?.start ?? 0, (s.words[verb + 2]?.start ?? 0) + 1)));
}

/** How the manager means to hold the conversation: "stay calm", "be curious", "slow down", "breathe". */
const CONDUCT_VERBS = wordSet('breathe relax pause listen');
const CONDUCT_STATES = wordSet('calm curious quiet open present neutral patient humble silent cool grounded centred centered focused kind warm');
/** Words before a "you" that make it anyone's, as in a maxim: "listen more than you talk", "ask before you assume". */
const GENERIC_YOU_BEFORE = wordSet('than before when until if while whenever unless what');

/** Whether the instruction at `verb` is the manager's reminder of their own conduct in the meeting, with nothing of the person's in it. */
function selfConduct(s: Sentence, verb: number, parties: Frame['parties']): boolean {
  const words = s.words;
  const v = words[verb]?.w ?? '';
  const n = words[verb + 1]?.w ?? '';
  const conduct = (CONDUCT_VERBS.has(v) && (!n || /^(?:more|first|before|and|then|longer|properly|actively|deeply|again|for|to)$/.test(n))) || ((v === 'stay' || v === 'remain' || v === 'keep' || v === 'be') && CONDUCT_STATES.has(n))
    || (v === 'slow' && n === 'down') || (v === 'ask' && (n === 'before' || n === 'first' || n === 'more')) || (v === 'talk' && (n === 'less' || n === 'slower'))
    // "ask more, tell less": the two acts of the conversation itself, weighed.
    || (v === 'tell' && n === 'less')
    // "feedback 4.7/5 — say so, properly", "say thanks": the manager's own words of praise, to be said.
    // ("If you think it's broken, say so in writing": what they are to say, with "you" in it.)
    || (v === 'say' && (n === 'so' || n === 'thanks' || n === 'sorry' || n === 'well') && !(s.classes & WordClass.You));
  if (!conduct) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k].w;
    if (w === 'your' || w === 'yourself' || w === 'ur' || w === 'me' || personWord(parties, w)) return false;
    if (YOU.has(w) && !GENERIC_YOU_BEFORE.has(words[k - 1]?.w ?? '')) return false;
  }
  return true;
}

/** Verbs that ask for someone's input: "seek Nick's feedback on the talk", "get her view on the rota". */
const SEEKING = wordSet('seek get gather collect request solicit invite hear');
const INPUT = wordSet('feedback input view views thoughts opinion opinions take perspective read ideas suggestions');

/** "seek Nick G's feedback on Piotr's presentation": the manager asking for their input, their own act. */
function seeksInput(s: Sentence, verb: number): boolean {
  if (!SEEKING.has(s.words[verb]?.w ?? '')) return false;
  for (let k = verb + 1; k < Math.min(s.words.length, verb + 5); k++) if (INPUT.has(s.words[k].w)) return true;
  return false;
}

const ABOUT_WHOM = wordSet('about re whether if');
const NOT_SOMEONE = wordSet('me us him her them you u it this that the a an how what why when where who');

function toSomeoneElse(s: Sentence, chunk: string, verb: number, parties: Frame['parties']): boolean {
  const v = s.words[verb]?.w ?? '';
  const next = s.words[verb + 1];
  if (!MESSAGE_VERBS.has(v) || !next || parties.person.has(next.w)) return false;
  // ("let Dev run the next incident review": "let" passes word on only in "let X know".)
  if (v === 'let' && s.words[verb + 2]?.w !== 'know') return false;
  // A capitalized name or an acronym ("Meredith", "IT", "HR"), not "me" or "him".
  if (/^\p{Lu}/u.test(chunk.slice(next.start, next.end)) && next.w !== 'i') return true;
  // Written in lower case: "ask marek about mentoring", "ping ops re the heap" (the person met would be "him" or their name).
  return ABOUT_WHOM.has(s.words[verb + 2]?.w ?? '') && !NOT_SOMEONE.has(next.w);
}

/**
 * "Get IT to add me and Wes to the dashboard alerts", "have Facilities fix the door": the manager getting someone else, named
 * or an acronym, not the person met, to act; what follows is that one's act ("add me" is no request of the person met).
 */
function getsSomeoneElse(s: Sentence, chunk: string, verb: number, parties: Frame['parties']): boolean {
  const v = s.words[verb]?.w;
  const who = s.words[verb + 1];
  if ((v !== 'get' && v !== 'have') || !who || parties.person.has(who.w) || who.w === 'i' || !/^\p{Lu}/u.test(chunk.slice(who.start, who.end))) return false;
  return v === 'get' ? s.words[verb + 2]?.w === 'to' : isBaseVerb(s.words[verb + 2]?.w ?? '');
}

/** "Write to safety about ...", "talk to Ferraris", "reach out to procurement", "write to him": a message of the manager's (not "write to me"). */
export function errandTo(s: Sentence, verb: number): boolean {
  if (!ERRAND_VERBS.has(s.words[verb]?.w ?? '')) return false;
  let k = verb + 1;
  if (s.words[k]?.w === 'out') k++;
  if (s.words[k]?.w !== 'to') return false;
  const to = s.words[k + 1]?.w ?? '';
  return to !== '' && to !== 'me' && to !== 'us' && to !== 'you';
}
const ERRAND_VERBS = wordSet('write talk speak reach reply respond report');

/** "Share and discuss the appraisal", "review his draft together": the meeting's own business, done jointly. */
function jointly(s: Sentence, verb: number): boolean {
  for (let k = verb + 1; k < Math.min(s.words.length, verb + 10); k++) {
    const w = s.words[k].w;
    if (w === 'together' || w === 'jointly' || (w === 'discuss' && k <= verb + 2)) return true;
  }
  return false;
}

/** The person met in the third person. Not they/them/their: in notes those are mostly other people ("every new starter in their first week"). */
const THIRD_PERSON = wordSet('him her his hers he she');

/** Whether the clause (its next `reach` words from `from`) refers to the person met in the third person (they are talked about, not to). */
export function aboutThem(s: Sentence, from: number, parties: Frame['parties'], reach = 12): boolean {
  for (let k = from; k < s.words.length && k < from + reach; k++) {
    const w = s.words[k].w;
    if (THIRD_PERSON.has(w) || (parties.person.has(w) && w.length > 1)) return true;
  }
  return false;
}

/** "Next time, ...", "Going forward, ...", "Great work, now ...": feedback framing before a clause. */
/** The last word of a time that opens a rule for what comes: "next time", "going forward", "from now on", "in future". */
const TIME_WORDS_LAST = wordSet('time forward fwd on future');
/** "Loved the demo — next time cut ...", "great demo, going forward open with ...": praise, then the frame of feedback after a break. */
function feedbackAfter(norm: string): boolean {
  return (norm.includes('next time') || norm.includes('forward') || norm.includes('now on') || norm.includes('future')) && FEEDBACK_AFTER.test(norm);
}
const FEEDBACK_AFTER = /(?:[,;—–]|\s-)\s*(?:next\s+time|going\s+(?:forward|fwd)|from\s+now\s+on|in\s+(?:the\s+)?future|moving\s+forward),?\s+[a-z]/;
const FEEDBACK_FRAME = /^(?:(?:so|and|but|ok|okay)\s+)?(?:next\s+time|going\s+(?:forward|fwd)|from\s+now\s+on|in\s+(?:the\s+)?future|moving\s+forward|great\s+(?:work|job)|good\s+(?:work|job)|nice\s+(?:work|job)|well\s+done|for\s+next\s+time)\b/;
// (Another language's please closing the instruction: "Write the handover notes into the TMS, not on Post-its, bitte.")
const PLEASE = /\b(?:please|pls|plz)\b|^kindly\b|,\s*(?:bitte|por\s+favor|per\s+favore|s'il\s+(?:te|vous)\s+pla[iî]t)\s*[.!]*\s*$/;

/** PLEASE's test, by native search first: every word it finds starts with "pl" or is "kindly" at the start, or is a closing please of another language. */
export function hasPlease(norm: string): boolean {
  return (norm.includes('pl') || norm.startsWith('kindly') || norm.includes('bitte') || norm.includes('favor')) && PLEASE.test(norm);
}
/** The manager's own next step after it ("check the numbers with ops before I say anything", "... so I can decide"): the instruction is theirs too. */
const MANAGER_NEXT = /\b(?:before|until|so|so that|once|then)\s+i\s+(?!'d\b)|\bmyself\b/;
// (Not "don't wait for me to chair it": them waiting on the manager.)
/** "you draft the letter and I'll sign it": their part, then the manager's. */
const YOU_AND_I = /\byou\s+[a-z]+\b[^.;!?]{1,60}?\band\s+i(?:'ll|\s+will)\s+[a-z]+/;
const FIRST_PERSON_ACT = /\b(?:myself|i'll|i will|i'm going to|i need to|i have to|i should|(?<!wait )for me to|me to do)\b/;

/**
 * Evidence in the sentence that an instruction is aimed at the person met: a second-person word, their
 * name as a vocative, a request to the manager ("send me", "check with me"), please, feedback framing,
 * or a behaviour-directing form ("always ...", "be more ...").
 */
export function addressedByEvidence(s: Sentence, chunk: string, clause: number, verb: number, parties: Frame['parties'], ctx?: RuleContext): boolean {
  // (The sentence's own "you" positiveEvidence has read: the one the manager is to say is none.)
  // (Nor the "you" of a sentence nearby for an entry of a log after its time, "14:52 lock around the map. fixed. you always think ...":
  // what was done then.)
  if (!positiveEvidence(s, chunk, clause, verb, parties) && ((!ctx?.youNearby(s) && !ctx?.insistsNearby()) || afterLogTime(chunk, s.start))) return false;
  // "talk to Sam myself this week", "I'll send the deck": the manager's own action after all ("... yourself" is theirs).
  // (Only in the instruction's own clause: "Read the offer back before you close — that's the one I'll be listening for".)
  const dash = s.norm.search(/\s[—–-]\s|;/);
  // (Nor a share of the work after theirs: "Rashid, you draft the letter and I'll sign it".)
  // (Nor the manager's part in a clause of its own after theirs: "Jonas, start the proposal this month, I will read the draft".)
  const own = FIRST_PERSON_ACT.exec(dash > 0 ? s.norm.slice(0, dash) : s.norm);
  return !own || s.norm.includes('yourself') || YOU_AND_I.test(s.norm) || ownPartAfter(s, verb, own);
}

/**
 * Whether the manager's act `own` (a FIRST_PERSON_ACT match) opens a clause of its own past the instruction's verb, after a comma or
 * "and": "..., I will read the draft", "... and I'll make room for it".
 */
function ownPartAfter(s: Sentence, verb: number, own: RegExpExecArray): boolean {
  if (own[0] !== "i'll" && own[0] !== 'i will') return false;
  const v = s.words[verb];
  if (!v || s.start + own.index <= v.end) return false;
  const before = s.norm.slice(Math.max(0, own.index - 6), own.index);
  return before.endsWith(', ') || before.endsWith(' and ');
}

/** "ask one question, even a small one, and I'll make room for it": after the instruction's verb, "and I'll" and what the manager does in return. */
const AND_I_WILL = /\band\s+i(?:'ll|\s+will)\s+(?!be\s+(?:there|fine|ok|okay|back)\b)[a-z]+/;
function exchangeAfter(s: Sentence, verb: number): boolean {
  const v = s.words[verb];
  if (!v) return false;
  const m = AND_I_WILL.exec(s.norm);
  return !!m && s.start + m.index > v.end;
}

/** Counting words after "at least" / "at most" ("post at least one question"). */
const COUNT_WORDS = wordSet('one two three four five six seven eight nine ten a an some half');

/** Whether the sentence at `start` opens its line after a log's clock time only ("14:52 lock around the map."). */
function afterLogTime(chunk: string, start: number): boolean {
  const line = chunk.lastIndexOf('\n', start - 1) + 1;
  return start - line <= 12 && LOG_TIME_ONLY.test(chunk.slice(line, start));
}
const LOG_TIME_ONLY = /^[\s>*+-]*\d{1,2}:\d{2}\s+$/;

/**
 * Whether an instruction in the sentence can tell where that takes evidence (an 'evidence' frame): the
 * words and marks computeTells looks for are in it, or "you" stands nearby. A cheap superset of
 * instructionTells there: when false, no instruction in the sentence tells, and the rules that look for
 * one (imperative, deadline-demand) need not find its clauses and verbs at all.
 */
export function mayBeAddressed(s: Sentence, ctx: RuleContext): boolean {
  if (s.classes & (WordClass.You | WordClass.Evidence)) return true;
  // `I said, "Call her before ..."`: a quotation of the manager's words.
  if (s.classes & WordClass.Said && !ctx.frame.selfNote) {
    for (let k = 1; k < s.words.length; k++) if (quotedSaying(s, ctx.chunk, k)) return true;
  }
  if (!ctx.frame.selfNote && (ctx.frame.saidAfter || markedAsSaid(s))) return true;
  const first = s.words[0];
  if (first && ctx.frame.parties.person.has(first.w)) return true;
  return hasPlease(s.norm) || FEEDBACK_FRAME.test(s.norm) || feedbackAfter(s.norm) || toMyDesk(s.norm) || ctx.youNearby() || vocativeAfter(s, ctx.chunk, 0, ctx.frame.parties) || notLater(s.norm)
    || closed(s) || everyTime(s.norm) || withMe(s) || ctx.insistsNearby() || (s.norm.includes('and i') && AND_I_WILL.test(s.norm));
}

/**
 * "Run the leadership group with me every Monday": the manager alongside, so someone else does it (nobody's own task says
 * "with me"; not "take Josh with me", whom the manager brings).
 */
function withMe(s: Sentence, verb = 0): boolean {
  return hasSpaced(s.norm, 'with me') && WITH_ME.test(s.norm) && !BRING_ALONG.has(s.words[verb]?.w ?? '');
}
/** Whether the sentence says where things reach the manager: "on my desk", "in my inbox". */
function toMyDesk(norm: string): boolean {
  return norm.includes(' my ') && MY_DESK.test(norm);
}
const MY_DESK = /\b(?:on|to|in|into)\s+my\s+(?:desk|inbox|in-tray|tray|table)\b/;
const WITH_ME = /\bwith\s+me\b(?!\s+(?:and|to|on\s+board)\b)/;
const BRING_ALONG = wordSet('take bring carry invite');

/** ", every time", ", every single time" closing an instruction: a standing rule. */
function everyTime(norm: string): boolean {
  return norm.includes('every') && EVERY_TIME.test(norm);
}
const EVERY_TIME = /,\s*every\s+(?:single\s+)?(?:time|morning|day|shift|night|week)\s*[.!]?\s*$/;

/** "Take the four days off this week - that is NOT optional": closed to discussion, so put to them. */
function closed(s: Sentence): boolean {
  return (s.classes & WordClass.Final) !== 0 && FINAL.test(s.norm);
}

/** The person met called by name first, their name then a comma: "Siobhan, please make sure ...", "Tomasz, from tonight ...". */
export function calledFirst(s: Sentence, chunk: string, parties: Frame['parties']): boolean {
  const first = s.words[0];
  if (!first || !parties.person.has(first.w)) return false;
  if (chunk.charCodeAt(first.end) === 44) return true;
  // ("dwayne stop carrying two panels at a time up the ladder I dont care how fast it is": dictated, no comma anywhere, their
  // name then what to do, in so many words of order: a verb that is only or first a verb.)
  // (By character first: most sentences open otherwise, and their words are not made strings.)
  if (chunk.charCodeAt(first.end) !== 32 || first.end - first.start <= 2 || s.words.length < 4) return false;
  const second = s.words[1];
  const c = chunk.charCodeAt(second.start) | 32;
  if (c !== 115 && c !== 113 && c !== 100 && c !== 110) return false;
  return (second.w === 'stop' || second.w === 'quit' || second.w === "don't" || second.w === 'dont' || second.w === 'never') && !s.norm.includes(',');
}

/** Their name set off by commas or a dash after the start: "keep it to 15 minutes, Yusuf — ...", "Use the checklist every time, Pieter, even when ...". */
export function vocativeAfter(s: Sentence, chunk: string, from: number, parties: Frame['parties']): boolean {
  if (!parties.person.size || !s.norm.includes(', ')) return false;
  const words = s.words;
  for (let k = Math.max(1, from); k < words.length; k++) {
    const w = words[k];
    // (Their name, a short form of it, "Seun" for Oluwaseun, or its initial in capitals: ", T, all 3 wks".)
    // (Or a word of address for anyone: "Split it into three, mate: config, rotation job, tests".)
    if (!ADDRESS_TERMS.has(w.w) && (!/^\p{Lu}/u.test(chunk.slice(w.start, w.start + 1)) || !(parties.person.has(w.w) ? w.w.length > 1 || chunk.charCodeAt(w.start) < 91 : shortName(w.w, parties.person)))) continue;
    if (!/^,\s+$/.test(chunk.slice(words[k - 1].end, w.start))) continue;
    // The name ends its clause: a comma, a dash, an end mark or the sentence's end after it (not "..., Yusuf said").
    const after = chunk.slice(w.end, k + 1 < words.length ? words[k + 1].start : s.end);
    // (Its end only where no word follows: "need IT contact, Lucía asking her champion" is no vocative.)
    if ((k + 1 >= words.length ? /^\s*(?:[,.!?;:]|[—–]|\s-\s|$)/ : /^\s*(?:[,.!?;:]|[—–]|\s-\s)/).test(after) && words[k + 1]?.w !== 'said' && words[k + 1]?.w !== 'says') return true;
  }
  return false;
}

/** Whether word k is the person met's name, capitalised ("ask Amara what ..."). */
function namedAt(s: Sentence, chunk: string, k: number, parties: Frame['parties']): boolean {
  const w = s.words[k];
  return !!w && personWord(parties, w.w) && /^\p{Lu}/u.test(chunk.slice(w.start, w.start + 1));
}

/** A short form of a name of the person met: three letters or more that begin or end one of their names ("Seun", "Kat"). */
function shortName(w: string, person: ReadonlySet<string>): boolean {
  if (w.length < 3) return false;
  for (const name of person) if (name.length > w.length + 1 && !name.includes(' ') && (name.startsWith(w) || name.endsWith(w))) return true;
  return false;
}

/** Sayings whose "you" is anyone: "you never know", "you'd think", "you live and learn", "you get what you pay for". */
/** Whether the sentence holds a saying whose "you" is anyone's ("you never know", "you learn more from X than from Y"). */
export function genericYouSaying(norm: string): boolean {
  return norm.includes('you') && GENERIC_YOU_SAYING.test(norm);
}
/** Whether the "you" at `at` opens a saying whose "you" is anyone ("You can tell when he's tired"). */
export function genericYouAt(norm: string, at: number): boolean {
  // (Every saying's "you" is followed by one of these letters: learn, get, gain, lose, never, don't, do, 'd, can, could, live.)
  const c = norm.charCodeAt(at + 4);
  if (c !== 108 && c !== 103 && c !== 110 && c !== 100 && c !== 99 && norm.charCodeAt(at + 3) !== 39) return false;
  return GENERIC_YOU_SAYING.exec(norm.slice(at, at + 90))?.index === 0;
}
const GENERIC_YOU_SAYING = /\byou\s+(?:learn|get|gain|lose)\s+(?:more|less|far\s+more)\b[^.;!?]{0,60}\bthan\b|\byou\s+(?:never|don't|do\s+not)\s+know\s+(?:when|where|what|who|how|if|whether)\b|\byou\s+never\s+know\b|\byou'd\s+think\b|\byou\s+never\s+can\s+tell\b|\byou\s+(?:can|could)\s+(?:always\s+)?tell\s+(?:when|that|if|by|from)\b|\byou\s+live\s+and\s+learn\b|\byou\s+get\s+what\s+you\s+pay\s+for\b|\byou\s+can'?t\s+win\s+(?:them|'em)\s+all\b/;

function positiveEvidence(s: Sentence, chunk: string, clause: number, verb: number, parties: Frame['parties']): boolean {
  const words = s.words;
  // (Not the "you" of what the manager is to say: "say you're working on it", "tell her you'll back it" is the manager's "I".)
  // (Nor the "you" of thanks: "Correct call, told him thank you.")
  // (Nor the "you" of anyone, from a saying on: "Pinch points on tag lines, you never know where your hand ends up".)
  const anyone = s.norm.includes('you') ? GENERIC_YOU_SAYING.exec(s.norm) : null;
  const youTo = anyone ? s.start + anyone.index : s.end;
  for (let k = 0; k < words.length && words[k].start < youTo; k++) if ((YOU.has(words[k].w) || words[k].w === 'your' || words[k].w === 'yours' || words[k].w === 'yourself' || words[k].w === 'ur' || words[k].w === 'urself') && !speakersYou(words, k) && !(k > 0 && words[k - 1].w === 'thank')) return true;
  const v = words[verb]?.w;
  // ("Ask what he from me for the probation review needs": the manager's question, whatever "me" it holds.)
  if (v !== 'remind' && v !== 'let' && v !== 'help' && !(v === 'ask' && ASKED_WHAT.has(words[verb + 1]?.w ?? ''))) {
    // (Not "Take Josh with me to the game": whom the manager brings along.)
    // ("Send every incident form to me before it goes in the parent pocket": "to me" after a longer object, within its clause.)
    for (let k = verb + 1; k < Math.min(words.length, verb + 8); k++) {
      if (k >= verb + 5 && /[,;:.!?]/.test(s.norm.slice(words[k - 1].end - s.start, words[k].start - s.start))) break;
      // (Not an owner's tag in brackets, "approve the five-seed run (me, today)": whose task it is, the manager's.)
      if ((words[k].w === 'me' || words[k].w === 'us') && (k < verb + 5 || words[k - 1].w === 'to') && !(words[k - 1].w === 'with' && BRING_ALONG.has(v ?? '')) && chunk.charCodeAt(words[k].start - 1) !== 40) return true;
    }
  }
  // ("Write back to her today with the chart times, cc me.": a copy asked of them for the manager.)
  if (s.norm.includes('me') && CC_ME.test(s.norm)) return true;
  // ("Have the complaint replies done and on my desk by Thursday": what is to reach the manager.)
  if (toMyDesk(s.norm)) return true;
  if (words[clause]?.w === 'always' || words[verb - 1]?.w === 'always') return true;
  // ("Read the handoff doc before any exec call, every time.": a standing rule for them, as "always" is.)
  if (everyTime(s.norm) || withMe(s, verb)) return true;
  if (v === 'be' && (words[verb + 1]?.w === 'more' || words[verb + 1]?.w === 'less')) return true;
  const first = words[0];
  // ("Mei is ready for the senior role; start the promotion case": the name is the subject of a statement, no vocative.)
  // ("DeShawn asked if I can get him cover; sort it with the shift lead": the subject of a verb in the past, no vocative.)
  // ("Priya Shah — Head Nurse — 1:1": after the name, a title in capitals, no words to her.)
  if (first && clause > 0 && personWord(parties, first.w) && /^\p{Lu}/u.test(chunk.slice(first.start, first.end)) && !FINITE_VERBS.has(words[1]?.w ?? '') && !/^'s$|^’s$/.test(chunk.slice(first.end, first.end + 2))
    && !(words[clause + 1] && /^\p{Lu}\S*\s+\p{Lu}/u.test(chunk.slice(words[clause].start, words[clause + 1].end)))
    && !(words[1] && /ed$/.test(words[1].w) && !isBaseVerb(words[1].w))
    // ("**Jason capacity/burnout** — was at 120% ...; check if ...": a topic's label in bold that opens with their name, no vocative.)
    && !boldTopicOpens(chunk, first.start, first.end)) return true;
  // ("omar, push lumen for a real 202 delivery date by fri": in a note written in lower case, their name and its comma, then the order.)
  if (first && clause === 1 && verb === 1 && parties.person.has(first.w) && first.w.length > 2 && chunk.charCodeAt(first.end) === 44) return true;
  // ("Update the billing macros by Friday and send them to me": what is to come to the manager, asked of them; not "ask Priya to send it to me".)
  // ("Next design review: ask one question, even a small one, and I'll make room for it.": their part, then the manager's in return.)
  if (s.norm.includes('and i') && exchangeAfter(s, verb)) return true;
  // ("Loved the demo — next time cut the first five minutes": the rule for what comes, its time just before the verb.)
  if (clause > 1 && verb === clause && feedbackAfter(s.norm) && TIME_WORDS_LAST.has(words[clause - 1].w)) return true;
  return hasPlease(s.norm) || FEEDBACK_FRAME.test(s.norm) || vocativeAfter(s, chunk, verb + 1, parties) || notLater(s.norm) || closed(s)
    || (!MESSAGE_VERBS.has(v ?? '') && hasSpaced(s.norm, 'me') && AND_SEND_ME.test(s.norm));
}
/** Whether a bold span opens right before the word at `start` and closes after more words than that one ("**Jason capacity** —"). */
function boldTopicOpens(chunk: string, start: number, end: number): boolean {
  const mark = chunk.slice(start - 2, start);
  if (mark !== '**' && mark !== '__') return false;
  const close = chunk.indexOf(mark, end);
  const eol = chunk.indexOf('\n', end);
  return close > end + 1 && (eol < 0 || close < eol) && /\S/.test(chunk.slice(end, close));
}
const YOU_GET_ME = /^(?:you|u)\s+(?:get|send|bring|give|show|email|forward)\s+me\b/;
/** A second instruction that brings something to the manager: "... and send them to me", "... and show me the draft". */
const AND_SEND_ME = /\band\s+(?:then\s+)?(?:send|give|bring|show|forward|email)\s+(?:me|it\s+to\s+me|them\s+to\s+me)\b/;

/** Whether the "you" at k is the one the manager is to say ("say you're ...", "tell her (that) you ...", "promise him you ..."). */
function speakersYou(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  if (words[j]?.w === 'that') j--;
  if (words[j] && OBJECT_PRONOUN_WORDS.has(words[j].w)) j--;
  // ("tell you" is someone telling them: "tell" needs its own object before the "you".)
  return !!words[j] && SAY_WORDS.has(words[j].w) && (words[j].w !== 'tell' || j < k - 1);
}
const ASKED_WHAT = wordSet('what how why whether if when where who which');
const SAY_WORDS = wordSet('say tell promise explain mention admit');
/** What opens a clause said ("say you're ...", "mention that ...", "explain we can't ..."). */
const CLAUSE_SUBJECT = wordSet("that you you're you've you'll you'd i i'm i've i'll i'd we we're we've we'll it's there's");
const OBJECT_PRONOUN_WORDS = wordSet('him her them');

function notLater(norm: string): boolean {
  return hasSpaced(norm, 'not ') && NOT_LATER.test(norm);
}

/** "Write up the case before Thursday's prioritisation, not after": the time insisted on, to them. */
/** A decision closed to discussion: "not up for debate", "non-negotiable", "that's final", "NOT optional", "no excuses", a lapse ruled out at the end ("..., no carryover"). */
export const FINAL = /\b(?:not\s+up\s+for\s+(?:debate|discussion|negotiation)|non-?negotiable|that's\s+final|end\s+of\s+(?:discussion|story)|(?:no|nae)\s+(?:more\s+)?(?:ifs|arguments|arguing|debate|excuses|exceptions)\b|(?<=,\s{0,3})no\s+(?:carry-?overs?|shortcuts|workarounds|surprises)(?=\s*[.!]?\s*$)|(?<=,\s{0,3})no\s+(?:skipping|ducking|dodging|getting\s+out\s+of|wriggling\s+out\s+of)\s+(?:it|this|that|out)\b(?=\s*[.!]?\s*$)|not\s+optional|not\s+a\s+request|(?<=[,;—–-]\s{0,3})(?:full\s+stop|period)\b(?=\s*[.!]?\s*$))/;
// ("Apologise to Sam before Wednesday's scrim, in person, not in DMs": the way insisted on, too.)
// ("you tell Hemi before you start, not halfway through the day": a later moment ruled out, too.)
const NOT_LATER = /,\s*not\s+(?:after|later|afterwards|tomorrow|next\s+week|half-?way|midway|mid-?(?:shift|day|week|sprint)|at\s+the\s+end|in\s+the\s+middle|(?:in|on|by|over|via)\s+(?:dms?|slack|email|e-mail|chat|text|writing|teams|whatsapp))\b/;

/**
 * Whether an instruction at word `verb` (its clause starting at `clause`) is telling aimed at the
 * person met, in the sentence's frame (frame.ts).
 */
export function instructionTells(s: Sentence, ctx: RuleContext, clause: number, verb: number): boolean {
  // Two rules ask about the same instruction (deadline-demand, imperative): answer once per sentence.
  const cache = (s.tells ??= []);
  const known = cache[verb];
  if (known !== undefined) return known;
  return (cache[verb] = computeTells(s, ctx, clause, verb));
}

/** A condition of theirs opening the line, then a comma: "If you're stuck more than two hours, ...". */
const YOU_CONDITION_FIRST = /^(?:if|when|whenever|once|as\s+soon\s+as)\s+(?:you|you're|you've|u)\b[^,;.?!]{2,80},\s/;

/** A request to the manager: "send me the revised draft", "get it to me by Friday". */
export const SEND_ME = /\b(?:send|get|give|bring|show|forward|email|share)\s+(?:me|it\s+to\s+me|them\s+to\s+me)\b|\blet\s+me\s+(?:have|see)\b/;
/** The manager consulted first: "run them past me first", "check with me before ...", "clear it with me", "loop me in", "let me know by Friday". */
const ME_CONSULTED = /\b(?:run|running|clear|clearing|check|checking|sign(?:ing)?\s+(?:it|them)\s+off)\s+(?:(?:it|them|this|that|things|anything|everything|(?:the|any|your)(?:\s+[a-z-]+){1,3})\s+)?(?:past|with|by)\s+me\b|\b(?:past|with|by)\s+me\s+(?:first|beforehand)\b|\bloop\s+me\s+in\b|\bkeep\s+me\s+(?:posted|updated|informed|in\s+the\s+loop)\b|\bcc\s+me\b|\blet\s+me\s+know\b|\b(?:call|ring|phone|text|ping|page|message)\s+me\s+(?:next\s+time|when|whenever|if|any\s*time|any\s+hour|straight\s+away|right\s+away|first|directly|asap|immediately)\b/;
/** A ban on what is done to the manager: "Don't wait for me to ring", "never cc me on those" (not "don't let it make me ...", "don't forget to send me ..."). */
const BAN_ON_ME = /^(?:don't|dont|do\s+not|never)\s+(?!(?:let|help|forget|remind)\b)[a-z]+\s+(?:[a-z']+\s+){0,2}?me\b/;
/** Verbs that hand an instruction on to someone else: "ask Priya to send me the deck" is the manager's own errand. */
const DELEGATING = wordSet('ask tell get have remind make push nudge chase invite encourage help prompt');

/**
 * Whether an instruction has the manager receive something or be consulted ("send me the revised draft", "Stop
 * agreeing to swaps without running them past me first", "let me know by Friday", "Don't wait for me to ring"): put to someone else in any
 * section but the manager's own list; nobody writes that to themself. Not an errand handed on ("Ask Priya to send me the deck").
 */
export function asksOfManager(s: Sentence, section: SectionKind): boolean {
  // (Not in the manager's own list, "Me:", "To do (me)": "Stop routing student questions to Rafael; send them to me first" is their resolve.)
  if (section === 'self' || !hasSpaced(s.norm, 'me') || !(SEND_ME.test(s.norm) || ME_CONSULTED.test(s.norm) || BAN_ON_ME.test(s.norm))) return false;
  let k = 0;
  if (PLEASE_WORDS.has(s.words[0]?.w ?? '')) k = 1;
  return !(DELEGATING.has(s.words[k]?.w ?? '') && s.words[k + 1]?.w !== 'me');
}
/** An instruction opened with "please" (after a name, perhaps): "Please fix the redirects", "Ben, please send ...". */
export const PLEASE_FIRST = /^(?:[\p{L}'-]+,\s+)?(?:please|pls|plz|kindly)\s+[a-z]/u;
/** A step put to them with when they are to take it: "... before you send pricing", "... until you hear from legal". */
const BEFORE_YOU = /\b(?:before|after|until|till|unless)\s+(?:you|u)\s+(?!(?:are|were|feel|want|like|need|have)\b)[a-z]/;

/** An instruction that leaves the choice to them is permission: "Come back whenever you feel ready", "Take it if you want". */
const THEIR_CHOICE = /\b(?:whenever|when|if|once)\s+(?:you|u)(?:(?:'re|\s+are|\s+feel)\s+(?:ready|up\s+to\s+it|like\s+it)|\s+(?:want|like|wish|prefer)\b|(?:'d|\s+would)\s+like\b)|\b(?:in\s+your\s+own\s+time|no\s+rush|no\s+pressure|only\s+if\s+you)\b/;

/**
 * Whether the clause at word `clause` opens a quotation past the sentence's start: prose.ts keeps a
 * quotation only when it is the manager's own words (`I said, "`, `I asked her, "`, `What I actually
 * said was "`), so such a clause is an instruction said to them, as said.
 */
function quotedSaying(s: Sentence, chunk: string, clause: number): boolean {
  const w = s.words[clause];
  if (clause <= 0 || !w) return false;
  if (opensQuotation(chunk, w)) return true;
  // (`I said, "Next time, come to me before ..."`: the quotation opens at its lead-in, the clause after it.)
  for (let k = clause - 1; k > 0 && k >= clause - 3 && QUOTED_LEAD.has(s.words[k].w); k--) if (opensQuotation(chunk, s.words[k])) return true;
  return false;
}
const QUOTED_LEAD = wordSet('next time please so and also then going forward from now on');

function computeTells(s: Sentence, ctx: RuleContext, clause: number, verb: number): boolean {
  const f = ctx.frame;
  if (THEIR_CHOICE.test(s.norm)) return false;
  // ("Please to remember to send him the career framework link, I promised twice already", "Please remember that she is on
  // holiday 23–27.03": a reminder to oneself about them, in the third person, however politely put.)
  if (s.words[verb]?.w === 'remember' && f.instructions !== 'spoken' && !(s.classes & WordClass.You) && aboutThem(s, verb + 1, f.parties)) return false;
  // `I said, "Call her before the letter goes out"`: the instruction, quoted as it was said to them.
  if (!f.selfNote && f.instructions !== 'never' && quotedSaying(s, ctx.chunk, clause)) return true;
  if (f.instructions !== 'spoken' && !f.selfNote && (f.saidAfter || markedAsSaid(s))) return true;
  // "Stay calm.", "Breathe. Ask before you assume.", "listen more than you talk": the manager coaching
  // themself in how to hold the conversation (what the extension asks of them), not words to the person.
  if ((f.instructions !== 'spoken' || f.tellingLabel) && selfConduct(s, verb, f.parties)) return false;
  switch (f.instructions) {
    case 'spoken': {
      // "Me: ask finance about headcount", "Me: tell Meredith that ..." are the manager's own acts; "me: take Monday off" is said to them.
      const v = s.words[verb]?.w ?? '';
      // "next time: ask what's competing for his time": under a label for what comes, words about them
      // in the third person are the manager's reminder to themself, not said to them.
      if (f.tellingLabel && !(s.classes & WordClass.You) && aboutThem(s, verb + 1, f.parties)) return false;
      // (An own act is done to someone: "ask finance", "update the team", "check with HR"; "ask in the
      // channel", "update the rubric" are told.)
      return !((OWN_ACTS.has(v) && actsOnSomeone(s, ctx.chunk, verb)) || toSomeoneElse(s, ctx.chunk, verb, f.parties) || givenThem(s, verb, f.parties)) || addressedByEvidence(s, ctx.chunk, clause, verb, f.parties, ctx);
    }
    // ("| If you're stuck more than two hours, ping Dana or me |" in an outcome column: a condition of theirs first, then what to do then.)
    // ("Next time, bring your TA planning to the debrief": a rule for them, said to them, even among the actions.)
    // ("- [ ] Book your two buddy shifts with Denise before May 4": a task written to them, in a shared checklist.)
    // ("get their CFO on a call before you send pricing", in a pipeline table's "Next step": their step, put to them.)
    // ("Next steps: - Please fix the three 404 redirects before the newsletter goes out": nobody writes "please" to themself.)
    // ("| Cut Q2 to four bets and send me the revised draft by Friday. |" in an outcome column: a request to the manager is put to someone.)
    // (Not under the manager's own heading, a template's "Prompts": "Be sure to check last week's actions before you start" is its guidance.)
    // ("Next steps: - You get me the draft by 4/13, no later.": "you" and what they bring the manager; no one's own task says so.)
    case 'never': return !f.selfNote && ((f.section !== 'self' && (s.classes & WordClass.You) !== 0 && (FEEDBACK_FRAME.test(s.norm) || /\b(?:your(?:self)?|urself)\b/.test(s.norm) || BEFORE_YOU.test(s.norm) || YOU_GET_ME.test(s.norm) || YOU_CONDITION_FIRST.test(s.norm)))
      || (!f.owned && (f.section === 'actions' || f.section === 'prep') && PLEASE_FIRST.test(s.norm) && s.words[1]?.w !== 'remember') || (!f.owned && asksOfManager(s, f.section))
      // ("| Karthik, raise a PR for every change |" in an Action column: called by name, it is put to them, whatever list it is in.)
      // ("Share the success criteria at the start, Ailsa, not halfway through" under "Next steps": by name, after the start too.)
      || (f.section !== 'self' && s.words.length > 3 && (calledFirst(s, ctx.chunk, f.parties) || vocativeAfter(s, ctx.chunk, 1, f.parties))));
    // ("read it together": done with them, not told.)
    // ("Next time, ask Amara what she would cut first": the person met named as the one to ask, the manager's own act.)
    // ("Write to safety (Ferraris) about LOTO today, not tomorrow": a message of the manager's to someone else, however firmly
    // timed, unless it says "you".)
    case 'evidence': return !jointly(s, verb) && !(OWN_ACTS.has(s.words[verb]?.w ?? '') && namedAt(s, ctx.chunk, verb + 1, f.parties))
      && !(!(s.classes & WordClass.You) && (errandTo(s, verb) || getsSomeoneElse(s, ctx.chunk, verb, f.parties))) && addressedByEvidence(s, ctx.chunk, clause, verb, f.parties, ctx);
    case 'planned': {
      // Talking points: "Share and discuss the appraisal", "thank him", "ask how the move went" are the
      // manager's own acts in the meeting; so is anything said about them in the third person. An
      // instruction is telling unless it is one of those, or it has "you" ("Review your PRs faster").
      const v = s.words[verb]?.w ?? '';
      // "Push back on the reorg timeline": the manager's own stance (with their own manager, a peer).
      const own = (OWN_ACTS.has(v) && (RELATIONAL.has(v) || INQUIRY.has(v) || OPEN_AFTER.has((s.words[verb + 1]?.w ?? '').replace(/'s$/, '')) || jointly(s, verb))) || toSomeoneElse(s, ctx.chunk, verb, f.parties)
        || seeksInput(s, verb) || givenThem(s, verb, f.parties, ctx.chunk)
        || (v === 'push' && s.words[verb + 1]?.w === 'back')
        // "check with Fatima re temp staff approval before Wed", "confirm with HR": the manager's errand with someone else.
        || (OWN_ACTS.has(v) && s.words[verb + 1]?.w === 'with' && withSomeoneElse(s, ctx.chunk, verb + 2, f.parties))
        // "consider mentioning the Thursday writing group", "try raising it early": weighing an act of the manager's own.
        || ((v === 'consider' || v === 'try') && RELATIONAL.has(baseOf(s.words[verb + 1]?.w ?? '') ?? ''))
        // "Be clear that calibration is in three weeks", "be direct about the slips": how the manager means to say it.
        // ("Be specific, name the runbook" too: the manner alone, nothing of theirs after it.)
        || (v === 'be' && MANNER.has(s.words[verb + 1]?.w ?? '') && (MANNER_AFTER.has(s.words[verb + 2]?.w ?? '') || !s.words[verb + 2] || /^[,;:]/.test(punctuationAfter(s, s.words[verb + 1]))))
        // "say you're working on it", "mention that we're hiring": what the manager means to say, in their own voice.
        || (SAY_WORDS.has(v) && v !== 'tell' && CLAUSE_SUBJECT.has(s.words[verb + 1]?.w ?? ''))
        // "Open with the migration", "lead with the numbers": the order the manager means to say things in.
        || (DELIVERY.has(v) && s.words[verb + 1]?.w === 'with')
        // "Don't soften it", "don't over-explain the rating": how the manager means to say it.
        || DELIVERY_MANNER.has(v)
        || ((s.norm.includes('i ') || s.norm.includes('myself')) && MANAGER_NEXT.test(s.norm));
      // A point that speaks of them in the third person elsewhere ("renewal risk: what's her read? don't
      // lead with mine") is the manager's note about them, not words to them.
      if (own || aboutThem(s, verb + 1, f.parties) || ctx.pointAboutThem()) return addressedByEvidence(s, ctx.chunk, clause, verb, f.parties, ctx);
      return true;
    }
  }
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
