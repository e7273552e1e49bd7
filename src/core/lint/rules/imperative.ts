import { calledFirst, clauseStarts, genericYouSaying, imperativeAt, instructionTells, isYou, kindAt, vocativeAfter, mayBeAddressed, opensQuotation, SEND_ME, wordAt, youSubjectAt, type RawFinding } from '../analysis';
import { isBaseVerb, verbReadings } from '../english';
import { asks, findDeadline, later, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import { personWord } from '../parties';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { ADDRESS_TERMS, wordSet } from '../lexicon';
import { hasSpaced } from '../../text';

/**
 * A rule for them in the present tense: "Next time you escalate straight to the reg", "from now on you
 * page the secondary after 30 minutes". (Not "Next time you're stuck, ping me": there the main clause
 * after the comma is the instruction.)
 */
const STANDING = /(?:(?:so|and|but|ok|okay|still|again|also)\s*[,—–-]?\s+)?(?:next\s+time|from\s+now\s+on(?:wards)?|going\s+(?:forward|fwd)|moving\s+forward|in\s+(?:the\s+)?future|from\s+(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+\w+)(?:\s+on(?:wards)?)?),?\s+(?:you|u)\s+(?:(?:always|just|then|also|simply|first|now|actually|only)\s+)?([a-z][a-z'-]*)\b/y;
/** A dash between a name and what follows: " - ", " – ", " — ". */
const DASH_AFTER = /^\s+[-–—]\s+$/;
/** Verbs of states and wishes: "next time you feel stuck" is a time, not a rule. */
const STATES = wordSet('know feel want need like think see hear understand believe remember wish hope have be get are were can could will would should might may must');

/** What "you don't" reassures about, no ban: "you don't have to", "you don't need to worry". */
const NOT_WORRIES = wordSet('worry stress panic apologise apologize have mind');
const NOT_VERBS_HERE = wordSet('even just then so not only still');
/** After "get": someone, then "to" and a verb ("get the PM to sign off"). */
const GET_TO = /^\s+(?:[\w'-]+\s+){1,3}to\s+[a-z]/;

/** The verb of a standing rule at the start of the sentence or at a clause start `from` (a quotation of the manager's), or -1. */
function standingRule(s: Sentence, from: number): number {
  STANDING.lastIndex = from;
  const m = STANDING.exec(s.norm);
  // ("next time, you get the PM to sign off the question list": "get" someone to do it, an act, not "get stuck".)
  if (!m?.[1] || (STATES.has(m[1]) && !(m[1] === 'get' && GET_TO.test(s.norm.slice(m.index + m[0].length)))) || !isBaseVerb(m[1])) return -1;
  const at = s.start + m.index + m[0].length - m[1].length;
  // A when-clause: an instruction after its comma is the main clause.
  const comma = s.norm.indexOf(',', m.index + m[0].length);
  const after = comma < 0 ? '' : /^\s*([a-z]+)/.exec(s.norm.slice(comma + 1))?.[1] ?? '';
  // (Not an adverb that is also a verb: "..., even if I'm out", "..., just in case".)
  if (after && isBaseVerb(after) && !STATES.has(after) && !NOT_VERBS_HERE.has(after)) return -1;
  return wordAt(s, at);
}

/**
 * A decision put to them in the present tense, marked as not up to them: "you present it yourself, not
 * Jonas", "you update the matrix before the menu goes on, not after, every time", "and you sign the
 * harness check sheet every morning yourself".
 */
// (Nigerian Pidgin's future, "you go own the van matter from now", as "you will"; not "you go to the sync". "You're going to watch
// every breakdown clip ... before you're back": the same future.)
const YOU_DO = /(?:(?:and|so|then|but|ok|okay)\s*,?\s+)?(?:ur\s+(?:going\s+to|gonna)|(?:you|u)(?:'ll|\s+will|(?:'re|\s+are|\s+r)\s+(?:going\s+to|gonna)|\s+go(?=\s+(?!(?:to|and|there|home|ahead|back|out|in|on|off|up|down|for|with|over|through|first|now|straight|away|along|around|into)\b)[a-z]+\b))?)\s+(?:(?:just|then|also|simply|only|always)\s+)?([a-z][a-z'-]*)\b/y;
// (", agreed is agreed", "a deal's a deal": the Dutch saying and its English, settled.)
/** "get that log book up to date": "get" with a thing after it, an act. */
const THING_AFTER_GET = new Set(['that', 'the', 'this', 'those', 'these', 'your', 'it', 'them', 'every', 'all']);
/** What they do in person, closing the sentence: "..., and you sign off on it personally." */
// (Emphatic, not the object of a preposition: "you take care of yourself" is care.)
const IN_PERSON = /\b(?:personally|(?<!\b(?:of|for|to|about|with|on|at|in|by)\s)yourself)\s*[.!]*\s*$/;
const DECIDED = /\bfrom\s+now(?:\s+on(?:wards)?)?(?=\s*[,.;:!]|\s*$)|\b(?:personally|(?<!\b(?:of|for|to|about|with|on|at|in|by)\s)yourself)\s*[.!]*\s*$|,\s*nothing\s+else\s*[.!]*\s*$|,\s*not\s+(?:through|via)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,|(?:,|;|—|–|\s-)\s*(?:agreed\s+is\s+agreed|afspraak\s+is\s+afspraak|a\s+deal'?s\s+a\s+deal|a\s+deal\s+is\s+a\s+deal)\b|,\s*not\s+(?:after|before|later|next|tomorrow|me|them|anyone|someone)\b|,\s*not\s+(?:(?:in|on|at|from|by|via|over)\s+(?:the|a|your|my)\s+[\p{L}-]+|(?:at|after|during)\s+(?:half-?time|lunch(?:time)?|night|midnight|noon|dinner|close|handover|eod|eow))\s*(?:[.!]?\s*$|\s[-–—]\s)|,\s*not\s+\[*(?!(?:sure|really|yet|now|today|much|bad|great|ideal|quite|always|just|only|that|this|so|too|ever|even|again|anymore|necessarily|everything|all|a|an|the|bad|perfect|from|in|at|on|by|with|for|about|through|via|like|because|as|to|into|over|when|if|while|until|how|what|why)\b)[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}\]*\s*[.!]?\s*$|\byourself\b|\bevery\s+(?:single\s+)?(?:time|shift)\b|\bfirst\s*,\s*before\s+(?:the|any|anything|you|we|it)\b|\b(?:from\s+(?:today|now\s+on|monday|tomorrow|next\s+week)|going\s+(?:forward|fwd))\b|\bi\s+don'?t\s+care\s+(?:what|who|how|if|whether)\b|\b(?:it\s+)?doesn'?t\s+matter\s+(?:who|what|how|if|whether)\b|\bno\s+matter\s+what\b/u;
/** "you manage the team yourself, which is great": a description, with praise. */
const PRAISE = /\b(?:great|nice|good|well|impressive|love|proud|amazing|brilliant|awesome|thanks|thank)\b/;
/**
 * A rule for what comes with its condition first: "from now on, if sign-off isn't in by noon, you ping me
 * and Paulo". The offset of the "you" of its main clause, or -1.
 */
const RULE_AFTER_CONDITION = /\b(?:next\s+time|from\s+now\s+on|going\s+(?:forward|fwd)|moving\s+forward|in\s+(?:the\s+)?future)\s*[,:]?\s+(?:if|when|whenever|once|as\s+soon\s+as)\b[^,;.?!]{3,120},\s+(?=(?:you|u)\s)/;

/** "next time figma changes you flag it in the channel": "next time" is the condition, and no comma ends it. */
const NEXT_TIME_CLAUSE = /\bnext\s+time\s+(?:(?!you\b|u\b)[^,;.?!]{3,120}?,?|(?:you|u)\s+[^,;.?!]{3,120}?,)\s+(?=(?:you|u)\s)/;

function conditionedRule(s: Sentence): number {
  if (s.norm.includes(', you ') || s.norm.includes(', u ')) {
    const m = RULE_AFTER_CONDITION.exec(s.norm) ?? WHATEVER_COMES.exec(s.norm);
    if (m) return m.index + m[0].length;
  }
  const m = s.norm.includes('next time') ? NEXT_TIME_CLAUSE.exec(s.norm) : null;
  if (m) return m.index + m[0].length;
  // ("if main is red you use the break-glass pipeline, nothing else": the condition without its comma, where what follows
  // is closed to discussion.)
  const bare = (s.norm.startsWith('if ') || s.norm.startsWith('when')) && DECIDED.test(s.norm) ? BARE_CONDITION.exec(s.norm) : null;
  return bare ? bare[0].length : -1;
}
/** A condition at the start without its comma, then "you": "if main is red you ...". */
const BARE_CONDITION = /^(?:if|when|whenever)\s+[^,;.?!]{3,60}?\s(?=(?:you|u)\s+[a-z])/;

/** Whatever comes first, then what they do with it: "Any wastage, you sign it in with a witness", "Every drug you draw up, you read the label back". */
const WHATEVER_COMES = /^(?:any|every|each)\s+[a-z][\w-]*(?:\s+(?:you|u)\s+[a-z]+(?:\s+(?:up|out|in|down|off))?)?,\s+(?=(?:you|u)\s)/;
/** Their name, then a condition, then "you": "derek – if any single parameter scores 3, you ...". */
const NAMED_CONDITION = /^[\p{L}'-]+\s*[,–—-]\s*(?:if|when|whenever|once|as\s+soon\s+as|next\s+time)\b[^,;.?!]{3,120},\s+(?=(?:you|u)\s)/u;
/** When it is to be done: "before the scorecards go out", "by Friday", "tomorrow", "every morning". */
const WHEN_DONE = /\b(?:before|by|until|tomorrow|today|tonight|straight\s+away|right\s+away|immediately|at\s+once|even\s+if|the\s+(?:second|minute|moment)\s+(?:anything|something|it|you|he|she|they|there|the|a|an)\b|as\s+soon\s+as|for\s+the\s+rest\s+of|this\s+(?:week|afternoon|morning|sprint)|next\s+(?:week|sprint|time|monday|tuesday|wednesday|thursday|friday)|every\s+(?:single\s+)?(?:day|morning|week|time|shift)|even\s+(?:at|on|when|if|during|after)|(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:day)?|(?:on\s+)?(?:satur|sun)day)\b/;

const THEN_YOU = wordSet('and then so');
/** "first" closing what they do: "you talk to her first". */
const FIRST_END = /\bfirst\s*[.!]?\s*$/;
/** What follows a verb that takes an object: "send it again", "fix the rota". */
const OBJECT_AFTER = wordSet('it them him her me us the a an your this that these those');
/** What follows "you own" or "you lead" when a thing is made theirs (not "you lead by example"). */
const OWNED_THING = wordSet('the this that it all both every our my these those');
/** Verbs after "you" said to them that tell them nothing to do: "you look tired", "you deserve it", "you do great work". */
const SPOKEN_NOT_ORDERS = wordSet('look seem sound deserve owe mean matter belong agree love hate prefer appear do go say tell');
/** A verb's object that means whatever comes: "any ticket", "every PR", "each change". */
const QUANTIFIED = /^\s+(?:down\s+|up\s+|out\s+)?(?:any|every|each)\s+(?!time\b|one\b)[a-z]/;
/** A rule named before a colon: "Goggles are non-negotiable:", "This is not optional:", "The rule:". */
const RULE_BEFORE_COLON = /\b(?:non-?negotiable|not\s+optional|mandatory|not\s+up\s+for\s+debate|the\s+rule\s+is|(?:the|my|house|new)\s+rule)\s*:\s*$/;
/** Verbs whose past is their base: "you put it in the doc" may be what they did. */
/** The words STANDING opens with: "next time", "from now on", "going forward", "in future". */
const STANDING_FIRST = wordSet('next from going moving in');
/** A case of anything, first: "Any change outside the window -- you stop", "Every red -- you stop". */
const ANY_CASE_FIRST = wordSet('any every each whenever if');
/** Verbs of a state in the third person: "your work looks great", "your plan seems fine" (no rule). */
const THEIR_STATES = wordSet('looks seems sounds feels appears means matters has does needs deserves shows makes');
/** "You lead by example": a way they have, praised, no order. */
const BY_EXAMPLE = /\bby\s+example\b/;
const SAME_PAST = wordSet('put set let cut hit read quit shut spread cost hurt bet split fit');

function decidedFor(s: Sentence, from: number, decided = false): number {
  YOU_DO.lastIndex = from;
  const m = YOU_DO.exec(s.norm);
  // (After a label that names telling, "Experiment: you let Omar own the review queue", the present is meant: "let" is no past.)
  // ("you write the RFC first, max 2 pages, in #eng-design by Tue": what they do, and by when, is settled too.)
  // ("You will get an approving review on every PR": "get" as obtain, after "will", with what they are to get.)
  const willGet = m?.[1] === 'get' && /(?:'ll|\swill)\s+get\s+(?:an?|the|your)\s/.test(m[0] + s.norm.slice(m.index + m[0].length, m.index + m[0].length + 6));
  // ("You get me the draft by 4/13, no later.": "get me" as "bring me", an act of theirs.)
  const getMe = m?.[1] === 'get' && /^\s+me\s/.test(s.norm.slice(m.index + m[0].length, m.index + m[0].length + 5));
  // ("You split any ticket over 2 days before sprint planning": whatever comes, and when: a rule, in the present.)
  if (m?.[1] && !decided && QUANTIFIED.test(s.norm.slice(m.index + m[0].length, m.index + m[0].length + 12)) && WHEN_DONE.test(s.norm)) decided = true;
  // (Only when it is closed to discussion: "You will get the results by Friday" is news of what comes to them.)
  if (!m?.[1] || (STATES.has(m[1]) && !getMe && !(willGet && (decided || DECIDED.test(s.norm)))) || (SAME_PAST.has(m[1]) && !decided) || !isBaseVerb(m[1]) || !(decided || DECIDED.test(s.norm) || !!findDeadline(s.norm, m.index + m[0].length)) || PRAISE.test(s.norm)) return -1;
  return wordAt(s, s.start + m.index + m[0].length - m[1].length);
}

/** The finding at the instruction's verb (word `verb`), with its rewrites. */
function finding(s: Sentence, chunk: string, verb: number): RawFinding {
  const w = s.words[verb];
  return { ruleId: rule.id, start: w.start, end: w.end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, chunk, verb) : NO_SUGGESTIONS) };
}

function suggest(mode: Mode, s: Sentence, chunk: string, verb: number): readonly Suggestion[] {
  return rewrites(s, ...asks('approach', topicOf(s, chunk, verb), mode));
}

const rule: Rule = {
  id: 'imperative',
  defaultSeverity: 'warning',
  summary: 'Telling: an instruction ("Send me the draft") where a question would let them decide.',
  told: true,
  questions: false,
  docs: WITH_DOCS ? {
    title: 'an instruction aimed at them',
    why: 'An instruction gives the answer; a question lets them find it and builds their confidence to challenge you (McKenzie). Framing the problem as theirs to work on builds their problem-solving skill: go slow to go fast (Saabye and Kristensen).',
    flags: 'A sentence or clause that starts with a verb in its base form and is aimed at the person met: under a heading where you write what you will say (talking points, "To raise", "Feedback for Sam"), after a label that gives your words ("Me: take Monday off", "I said: ...", "My advice: ..."), or, anywhere else, with evidence that it is addressed to them: you or your, their name as a vocative ("Ana, send me ...", "Marco pls send ..."), a request typed as a question without its mark ("Please can you record near misses ...", "can u move the sourdough to oven 1"), a request to you ("send me", "check with me first"), please, feedback framing ("Next time, ...", "Great work, now ..."), or a behaviour-directing form ("always ...", "be more ..."). Also a rule for next time put in the present tense ("Next time you escalate straight to the on-call lead", "From now on you page the secondary").',
    leavesAlone: 'Your reminders to yourself of how to hold the conversation ("Stay calm.", "Breathe. Ask before you assume.", "listen more than you talk"), unless said to them. Your own to-dos, however they are written: bare instructions under action items, follow-ups, next steps and to-dos, and anywhere without evidence ("check with Bettina that he is on the team", "find the template in Workday"); under talking points, your own acts about the person ("thank him for the catch", "ask how the move went", "raise the review load"); items that name an owner; notes to self; other people\'s words ("Sam: can you unblock ...?"); invitations ("Tell me about ...", "Walk me through ..."), care ("Take your time"); labels and fragments that start with a word that can be a verb ("Request for conference attendance", "Clear growth in product thinking", "Review cycle in April").',
    examples: [
      { telling: 'Pair with Sam on the billing bug.', asking: 'How would you approach the billing bug?', under: 'My talking points' },
      { telling: 'Next time, loop me in before you escalate.', asking: 'What would you do before you escalate?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    // Where an instruction needs evidence that it is aimed at them, a sentence with none of it is passed over.
    if (ctx.frame.instructions === 'evidence' && !mayBeAddressed(s, ctx)) return undefined;
    const starts0 = clauseStarts(s, ctx.chunk);
    // ("leo, run anything longer than a 24h mute past me first": their name in lower case, as the note writes names, then what to do.)
    const named = s.words.length > 3 && !starts0.includes(1) && calledFirst(s, ctx.chunk, ctx.frame.parties);
    for (let n = 0; n < starts0.length + (named ? 1 : 0); n++) {
      // (`I said, "Next time, send me the draft."`: a clause found at the "time" of "next time", its instruction after it.)
      const i = n < starts0.length ? (starts0[n] > 0 && s.words[starts0[n]].w === 'time' && s.words[starts0[n] - 1].w === 'next' && starts0[n] + 1 < s.words.length ? starts0[n] + 1 : starts0[n]) : 1;
      const imp = imperativeAt(s, ctx.chunk, i);
      if (!imp || !instructionTells(s, ctx, i, imp.verb)) continue;
      return finding(s, ctx.chunk, imp.verb);
    }
    // ("Me: more vinegar, less butter, send it again Thurs.": said to them, a verb and its object after a comma is an
    // order of its own, as the words are spoken.)
    // (So does a line marked as said after it: "Standups — you keep running long, cut your update to two minutes [said]".)
    if ((ctx.frame.instructions === 'spoken' || (ctx.frame.saidAfter && !ctx.frame.selfNote && ctx.frame.instructions !== 'never')) && !s.question && s.norm.includes(', ')) {
      for (let j = 1; j < s.words.length - 1; j++) {
        if (!OBJECT_AFTER.has(s.words[j + 1].w) || starts0.includes(j) || !/^,\s+$/.test(ctx.chunk.slice(s.words[j - 1].end, s.words[j].start))) continue;
        const imp = imperativeAt(s, ctx.chunk, j);
        if (imp && imp.verb === j && !SPOKEN_NOT_ORDERS.has(s.words[j].w) && instructionTells(s, ctx, j, imp.verb)) return finding(s, ctx.chunk, imp.verb);
      }
    }
    if (!s.norm.includes('you') && !s.norm.includes('u ') && !s.norm.includes('ur ')) return undefined;
    // At the sentence's start, or where a quotation of the manager's opens a clause.
    const starts = clauseStarts(s, ctx.chunk);
    for (let k = -1; k < starts.length; k++) {
      // (A clause's start is past its discourse words: "next" of "next time" is one, and STANDING reads it.)
      const i = k < 0 ? 0 : starts[k] > 0 && s.words[starts[k]].w === 'time' && s.words[starts[k] - 1].w === 'next' ? starts[k] - 1 : starts[k];
      // ("Goggles are non-negotiable: you stop the lab until every pair is on.": a rule named, then put to them after its colon.)
      // (Or the sentence itself after such a label: the label's words are before it.)
      const ruled = !s.question && ((k >= 0 && i > 0 && RULE_BEFORE_COLON.test(s.norm.slice(0, s.words[i].start - s.start)))
        || (k < 0 && ctx.chunk.charCodeAt(s.start - 2) === 58 && RULE_BEFORE_COLON.test(ctx.chunk.slice(Math.max(0, s.start - 40), s.start).toLowerCase())));
      // ("copy is the client's, ines — next time you ask me before touching it, always": a rule for what comes, after a dash.)
      const dashed = k >= 0 && i > 0 && STANDING_FIRST.has(s.words[i].w) && /^\s+(?:[—–]|--?)\s+$/.test(ctx.chunk.slice(s.words[i - 1].end, s.words[i].start));
      // ("Guards go back on before any function test, and you sign off on it personally.": the rule, then their part in it, in person.)
      if (k >= 0 && (i === 0 || !opensQuotation(ctx.chunk, s.words[i])) && !ruled && !dashed) continue;
      let standing = ruled ? decidedFor(s, s.words[i].start - s.start, true) : standingRule(s, s.words[i].start - s.start);
      // ("Guards go back on before any function test, and you sign off on it personally.": a rule, then their part in it, in person.)
      if (standing < 0 && k < 0 && !s.question && !ctx.frame.parties.selfYou && s.norm.includes(', and you') && IN_PERSON.test(s.norm)) {
        const j = wordAt(s, s.start + s.norm.indexOf(', and you') + 6);
        const at = decidedFor(s, s.words[j].start - s.start);
        if (at >= 0 && !SPOKEN_NOT_ORDERS.has(s.words[at].w) && !STATES.has(s.words[at].w)) standing = at;
      }
      if (ruled && standing >= 0 && (SPOKEN_NOT_ORDERS.has(s.words[standing].w) || STATES.has(s.words[standing].w))) standing = -1;
      // ("You get that log book up to date before the end of the month, Shannon.", "You leave the phone in the cabin when you're working at
      // height, Paddy.": "you" and a verb in the present, then their name set off at the end: said to them.)
      if (standing < 0 && k < 0 && !s.question && isYou(s.words[i]) && !ctx.frame.parties.selfYou && vocativeAfter(s, ctx.chunk, 2, ctx.frame.parties)) {
        const at = decidedFor(s, s.words[i].start - s.start, true);
        if (at >= 0 && !SPOKEN_NOT_ORDERS.has(s.words[at].w) && (!STATES.has(s.words[at].w) || (s.words[at].w === 'get' && THING_AFTER_GET.has(s.words[at + 1]?.w ?? ''))) && !SAME_PAST.has(s.words[at].w)) standing = at;
      }
      // ("Liam, from tonight you put every taxi booking in the log": their name first.)
      if (standing < 0 && k < 0 && s.words.length > 3 && ctx.chunk.charCodeAt(s.words[0].end) === 44 && /^\p{Lu}/u.test(ctx.chunk[s.words[0].start] ?? '')) standing = standingRule(s, s.words[1].start - s.start);
      // "Going forward: you tell me when you're blocked": after a label that names telling, a rule for them.
      // ("You will get an approving review on every PR to main, config included. No exceptions.": closed by the sentence after it.)
      if (standing < 0 && !s.question) standing = decidedFor(s, s.words[i].start - s.start, k < 0 && (ctx.frame.tellingLabel || ctx.frame.saidAfter));
      // ("You take the lead on the migration", "You run the retro next week" among the manager's talking points: what they are to
      // do, put to them in the present; not a state, a feeling or praise, nor a verb that may be its past: "You put a lot into it";
      // nor a saying: "You learn more from saying you're stuck than from pretending you're not".)
      if (standing < 0 && k < 0 && !s.question && ctx.frame.instructions === 'planned' && isYou(s.words[i]) && !ctx.frame.parties.selfYou) {
        const at = decidedFor(s, s.words[i].start - s.start, true);
        if (at >= 0 && at + 1 < s.words.length && !SPOKEN_NOT_ORDERS.has(s.words[at].w) && !STATES.has(s.words[at].w) && !SAME_PAST.has(s.words[at].w) && !BY_EXAMPLE.test(s.norm) && !genericYouSaying(s.norm)) standing = at;
      }
      // ("You send me a one-line status on the RFC every Friday until it's approved": what comes to the manager, and when.)
      if (standing < 0 && k < 0 && !s.question && isYou(s.words[i]) && hasSpaced(s.norm, 'me') && SEND_ME.test(s.norm) && WHEN_DONE.test(s.norm)) standing = decidedFor(s, s.words[i].start - s.start, true);
      if (standing < 0 && k < 0 && !s.question) {
        const at = conditionedRule(s);
        if (at >= 0) standing = decidedFor(s, at, true);
      }
      // ("Derek – if any single NEWS2 parameter scores 3, you take it to the nurse straight away": by name, a rule for when it happens.)
      if (standing < 0 && k < 0 && !s.question && s.words.length > 5 && personWord(ctx.frame.parties, s.words[0].w) && /^\p{Lu}/u.test(ctx.chunk[s.words[0].start] ?? '')) {
        const m = NAMED_CONDITION.exec(s.norm);
        const at = m ? decidedFor(s, m[0].length, true) : -1;
        if (at >= 0 && !SPOKEN_NOT_ORDERS.has(s.words[at].w) && !STATES.has(s.words[at].w)) standing = at;
      }
      // "Me: you run that calibration with all reviewers before the March scorecards go out": said to them, what
      // they do and when (not "Me: you put a lot into it", whose verb may be past).
      // ("me: and you wear the hearing protection at the face", "me: then you block out Thursday morning": a bare verb
      // that is no past, what they are to do, with or without when.)
      if (standing < 0 && k < 0 && !s.question && ctx.frame.instructions === 'spoken') {
        // ("me: boet, you write down every reading, even at 2am": past a word of address and its comma.)
        // ("me: returns backlog you clear by 15 Mar, no more excuse": a topic first, then "you" and what they do.)
        const topicFirst = s.words.length > 4 && !isYou(s.words[0]) && !THEN_YOU.has(s.words[0].w) ? youSubjectAt(s, 1) : -1;
        const from = s.words.length > 3 && ADDRESS_TERMS.has(s.words[0].w) && ctx.chunk.charCodeAt(s.words[0].end) === 44 ? 1 : topicFirst > 0 ? topicFirst : i;
        const at = decidedFor(s, s.words[from].start - s.start, true);
        // (Without a when, only after "and" or "then": the reply's next step, not "Me: you list two alternatives and dismiss both".)
        // ("me: you own the TRC list", "me: you lead the retro": a thing made theirs, said to them.)
        if (at >= 0 && !SAME_PAST.has(s.words[at].w) && (WHEN_DONE.test(s.norm) || (!SPOKEN_NOT_ORDERS.has(s.words[at].w) && !!s.words[at + 1] && THEN_YOU.has(s.words[from].w))
          || ((s.words[at].w === 'own' || s.words[at].w === 'lead') && OWNED_THING.has(s.words[at + 1]?.w ?? '')))) standing = at;
      }
      // "Tomás, you tag a reviewer the moment you open a PR, every time", "Karen, you radio Estates yourself the minute a
      // turnstile goes down": their name, then what they do, in the present (a verb that is also its past only with a
      // mark that it is settled: "Sam, you put it in the doc" may be what they did).
      // ("7 - Sean - you DO NOT hand over a lift without a current tag on it - EVER -": their name set off by a dash.)
      if (standing < 0 && k < 0 && !s.question && s.words.length > 3 && (s.words[1].w === 'you' || s.words[1].w === 'u') && (ctx.chunk.charCodeAt(s.words[0].end) === 44 || DASH_AFTER.test(ctx.chunk.slice(s.words[0].end, s.words[1].start)))
        && personWord(ctx.frame.parties, s.words[0].w)) {
        const at = decidedFor(s, s.words[1].start - s.start, true);
        if (at >= 0 && !SPOKEN_NOT_ORDERS.has(s.words[at].w) && (!SAME_PAST.has(s.words[at].w) || DECIDED.test(s.norm))) standing = at;
        // ("Ben, you don't launch another discount flow without a holdout": what they do not do, by name.)
        const not = s.words[2].w === "don't" || s.words[2].w === 'dont' || s.words[2].w === 'never' ? 3 : s.words[2].w === 'do' && s.words[3]?.w === 'not' ? 4 : -1;
        if (standing < 0 && not > 0 && s.words[not] && isBaseVerb(s.words[not].w) && !SPOKEN_NOT_ORDERS.has(s.words[not].w) && !STATES.has(s.words[not].w) && !NOT_WORRIES.has(s.words[not].w)) standing = not;
      }
      // ("You take care of yourself.": care, put as what they do.)
      if (standing >= 0 && kindAt(s, standing)) standing = -1;
      if (standing >= 0 && instructionTells(s, ctx, i, standing)) {
        return finding(s, ctx.chunk, standing);
      }
    }
    // ("Elena, the changeover, you run it yourself for two weeks", "Stand-up at 6:05 every morning, you do it at the board, not in the
    // box": "you" after a comma, opening what they do, with what settles it.)
    // ("SH040 v013: hair edge fix, rain depth sort — you present it, not me": after a spaced dash, as after a comma.)
    if (!s.question && (s.norm.includes(', you ') || s.norm.includes('— you ') || s.norm.includes('– you ') || s.norm.includes(' - you ') || s.norm.includes(' -- you '))) {
      for (let j = 1; j < s.words.length - 2; j++) {
        if (s.words[j].w !== 'you' || !/^(?:,|\s(?:[—–-]|--))\s+$/.test(ctx.chunk.slice(s.words[j - 1].end, s.words[j].start))) continue;
        // ("Me: no — you're her CDP, you talk to her first.": said to them, what they do first is settled.)
        // ("me: no to nie, no prod applies on Friday, you move it to Tuesday morning": said to them, with when it is done.)
        // ("Any change outside the IOW window -- you STOP and you call the shift supt.": whatever comes, then what they do.)
        const firstOf = (ctx.frame.instructions === 'spoken' && (FIRST_END.test(s.norm) || WHEN_DONE.test(s.norm.slice(s.words[j].start - s.start))))
          || (ANY_CASE_FIRST.has(s.words[0].w) && /\s(?:[—–-]|--)\s+$/.test(ctx.chunk.slice(s.words[j - 1].end, s.words[j].start)));
        const at = decidedFor(s, s.words[j].start - s.start, firstOf);
        if (at >= 0 && !(firstOf && (SPOKEN_NOT_ORDERS.has(s.words[at].w) || STATES.has(s.words[at].w))) && instructionTells(s, ctx, j, at)) {
          return finding(s, ctx.chunk, at);
        }
      }
    }
    // ("me: you add thermal cutoff on the DRV8833, don't wait for ME to fix airflow": said to them, a ban after a comma
    // is one of its own, where the clause before it, put to "you", settled nothing.)
    // ("- you start discharge scripts the afternoon before when EDD is set, don't leave them to the morning" in the plan: "you"
    // and a verb in the present, then the ban, put to them wherever it is written, unless the note speaks to its writer as "you".)
    if (!ctx.frame.selfNote && !s.question && isYou(s.words[0]) && (s.norm.includes(", don't ") || s.norm.includes(', never '))
      && (ctx.frame.instructions === 'spoken' || ((ctx.frame.instructions === 'evidence' || ctx.frame.instructions === 'planned') && !ctx.frame.parties.selfYou && youSubjectAt(s, 0, 1) === 0))) {
      for (let k = 2; k < s.words.length - 1; k++) {
        const w = s.words[k].w;
        if ((w !== "don't" && w !== 'never') || !/^,\s+$/.test(ctx.chunk.slice(s.words[k - 1].end, s.words[k].start))) continue;
        const v = s.words[k + 1];
        if (isBaseVerb(v.w) && !SPOKEN_NOT_ORDERS.has(v.w) && !NOT_WORRIES.has(v.w) && instructionTells(s, ctx, k, k + 1)) return finding(s, ctx.chunk, k + 1);
      }
    }
    // ("YOUR LOCK GOES ON FIRST. EVERY TIME. NO EXCEPTIONS.": a rule about what is theirs, in the present, closed by the sentence
    // after it.)
    if (ctx.frame.saidAfter && !ctx.frame.selfNote && !s.question && s.words[0]?.w === 'your' && s.words.length >= 3) {
      for (let k = 2; k <= 4 && k < s.words.length; k++) {
        const w = s.words[k].w;
        if (w.length > 3 && w.endsWith('s') && !THEIR_STATES.has(w) && verbReadings(w).some(r => r.form === 'third')) {
          return { ruleId: rule.id, start: s.words[0].start, end: s.words[k].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, k) : NO_SUGGESTIONS) };
        }
      }
    }
    return undefined;
  },
};
export default rule;
