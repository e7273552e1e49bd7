import { matchIn, wordAt } from '../analysis';
import { asks, forbiddenAt, givesRole, later, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import { WordClass } from '../wordclass';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { wordSet } from '../lexicon';
import { hasSpaced } from '../../text';

// "I want you to", "I'd like you to", "We need you to", "I expect you to", "I want you walking the scaffold every Friday" ...
const WANT = /\b(?:i|we|i'm|we're|the team|everyone|everybody|management|leadership)(?:'d|\s+would|'ll|\s+will)?\s+(?:really\s+|just\s+|also\s+|do\s+|kind\s+of\s+|actually\s+)?(?:want|wants|need|needs|expect|expects|require|requires|like|love|prefer|ask|asks|asking|am\s+asking|'m\s+asking|are\s+asking|'re\s+asking|count\s+on)\s+(?:for\s+)?(?:you|y'all|u)\s+(?:all\s+|both\s+|guys\s+)?(?:to\b|(?=(?!being\b|feeling\b)[a-z]{2,}ing\b))|\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:like|love|want)\s+to\s+see\s+(?:you|u)\s+(?!succeed|grow|thrive|happy|do\s+well|enjoy|rest|relax)[a-z]{3,}\b/;
// "I'd appreciate it if you ...", "I'd be grateful if you ...", "It would be great if you could ..."
const POLITE = /\b(?:(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:appreciate\s+it|love\s+it|like\s+it|prefer\s+it|be\s+(?:so\s+|very\s+|really\s+)?(?:grateful|glad|thankful))|(?:it(?:'d|\s+would)|^would)\s+(?:really\s+)?(?:be\s+(?:really\s+|so\s+|very\s+)?(?:great|good|nice|helpful|ideal|better|awesome|amazing|useful|wonderful|best|lovely)|help(?:\s+(?:me|us|a\s+lot))?)|(?:it'?s|it\s+is)\s+(?:probably\s+|really\s+|always\s+)?(?:best|better)|it\s+(?:might|may|could)\s+be\s+(?:as\s+well|wise|sensible|better|best))\s+if\s+(?:you|u)(?:'d\s+|\s+(?:could\s+|would\s+|can\s+|were\s+to\s+|will\s+)?)/;
/** Advice handed down: "I suggest you ...", "I'd recommend dropping ...", "I'd really encourage you to ...", "My advice is to ...", "The expectation is that you ...". */
const ADVICE = /\b(?:(?:i|we)(?:'d|\s+would)?\s+(?:strongly\s+|really\s+)?(?:suggest|recommend|advise|urge|encourage)(?:\s+that)?\s+(?:you\b|[a-z]+ing\b)|(?:my|our)\s+(?:advice|suggestion|recommendation|ask|request)\s+(?:is|would\s+be)\s+(?:that\s+you\b|to\b|for\s+you\s+to\b)|the\s+(?:expectation|ask|request)(?:\s+(?:going\s+(?:forward|fwd)|from\s+now\s+on|from\s+here|here|now))?\s+is\s+(?:that\s+you\b|for\s+you\s+to\b))/;
/** Hedged directives: "Ideally you'd have ...", "Perhaps you could keep it to a page next time", "Perhaps you could take it over yourself, instead of leaving it to the foreman", "I think you'd be better off dropping the Helm debate", "Probably best if you speak to me first next time", "you could probably just send it to their comms team", "I'd rather you asked earlier", "If I were you I'd drop ...", "I'd just wait for two approvals ..., even if it costs you a day", "It is expected that you attend", "One thing I'd ask is that you ...", "Need you to own ...", "can we agree you'll check with me before ...?". */
const HEDGED = /\b(?:(?:ideally|preferably|hopefully),?\s+(?:you|u)(?:'d|\s+would|'ll|\s+will)|^(?:[\w,]+\s+){0,4}?(?:you|u)\s+(?:might|may)\s+(?:want\s+to\s+|wish\s+to\s+)?consider\s+[a-z]+ing\b|(?:perhaps|maybe),?\s+(?:you|u)\s+(?:could|might)\b(?=.{0,120}\b(?:next\s+time|instead\s+of|rather\s+than|yourself)\b)|(?:you|u)(?:'d|\s+would)\s+be\s+(?:much\s+|far\s+)?better\s+off\s+[a-z-]+ing|(?:you|u)\s+could\s+(?:probably\s+|maybe\s+|perhaps\s+|easily\s+)?just\s+[a-z]+|(?:^|(?:it'?s|it\s+is|it'?d\s+(?:probably\s+)?be|it\s+would\s+(?:probably\s+)?be)\s+)(?:(?:probably|maybe|perhaps|prob)\s+)?(?:best|better)\s+if\s+(?:you|u)\b(?!\s+(?:decide|choose|pick|judge|think|feel|want|like|prefer)\b)|(?:^|(?<=,\s)|(?:it'?s|it\s+is|it\s+would\s+be|it'?d\s+be|would\s+be|might\s+be)\s+)(?:(?:probably|maybe|perhaps|definitely|really|prob)\s+)?worth\s+(?:you|u)\s+[a-z-]+ing|(?:it\s+)?(?:might|may|could)\s+be\s+worth\s+[a-z]+ing\s+(?:your|ur)\b|(?:i|we)(?:'d|\s+would)\s+(?:much\s+)?rather\s+you|(?:it(?:'s|\s+is)|^is)\s+(?:expected|important|essential|critical|key|necessary|mandatory|required|recommended|advised|advisable|preferred)\s+that\s+you|(?:one|the)\s+(?:thing|favou?r)\s+i(?:'d|\s+would)\s+ask\s+(?:of\s+you\s+)?is\s+(?:that\s+you|to)|i(?:'d|\s+would)\s+ask\s+that\s+you|if\s+i\s+were\s+(?:you|u),?\s+i(?:'d|\s+would)(?:\s+(?:probably|just|definitely|honestly))?|^i(?:'d|\s+would)\s+(?:probably\s+|honestly\s+|definitely\s+)?just\s+(?!(?:like|love|want|say|add|mention|note|say|ask|check|wonder|hope|be)\b)[a-z]+(?=[^.;]*\b(?:you|your)\b)|can\s+we\s+(?:all\s+)?agree\s+(?:that\s+)?(?:you|u)(?:'ll|\s+will)(?=\s+[a-z]))\b|^(?:really\s+|just\s+|also\s+)?(?:need|want|would\s+like|'d\s+like|expect)\s+(?:you|u)\s+to\b/;
/**
 * Whether HEDGED may match: each of its forms has a word of wishes (ideally, rather, ask, need, would,
 * like ...: WordClass.Wish), "worth", or "that" and "you". The expression is long; most sentences have none.
 */
function mayHedge(s: Sentence): boolean {
  // (Every form of HEDGED has "you" or "your" in it.)
  return (s.classes & WordClass.You) !== 0 && ((s.classes & WordClass.Wish) !== 0 || s.norm.includes('worth') || s.norm.includes('next time') || s.norm.includes('that') || s.norm.includes('were')
    || s.norm.includes('better off') || s.norm.includes('agree') || s.norm.includes('instead of') || s.norm.includes('rather than') || s.norm.includes('best if') || s.norm.includes('better if') || s.norm.includes('yourself') || s.norm.includes('could probably just') || s.norm.includes('could just') || s.norm.startsWith("i'd ") || s.norm.startsWith('i would '));
}

/** "(I'd rather you) didn't ...": a wish that they not do something. */
const NOT_DOING = wordSet("didn't didnt don't dont wouldn't not never");
/** "I want you to know / feel ..." is reassurance, not a request. */
const REASSURE = /^(?:know|feel|be\s+(?:happy|comfortable|safe|heard|proud|okay|ok)|enjoy|take\s+care|have\s+fun|rest)\b/;

function suggest(mode: Mode, s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  const at = wordAt(s, end);
  const from = s.words[at]?.w === 'to' || s.words[at]?.w === 'you' ? at + 1 : at;
  // A wish that they not do something ("I'd rather you didn't promise a date", "I'd appreciate it if you
  // stopped working weekends") is asked about as a prohibition: the trade-offs of what they do.
  const w = s.words[from]?.w ?? '';
  const not = NOT_DOING.has(w) ? from + 1 : forbiddenAt(s, from);
  if (not >= 0 && s.words[not]) return rewrites(s, ...asks('tradeoffs', topicOf(s, chunk, not), mode));
  const t = topicOf(s, chunk, from);
  return rewrites(s, ...(givesRole(w, s.words[from + 1]?.w) ? asks('role', t, mode) : []), ...asks('approach', t, mode)).slice(0, 3);
}

const rule: Rule = {
  id: 'want-you-to',
  defaultSeverity: 'warning',
  summary: 'Telling: "I want / need / expect you to" makes it your task for them.',
  told: true,
  needs: WordClass.You | WordClass.Wish,
  questions: true,
  docs: WITH_DOCS ? {
    title: 'your wish as their task',
    why: 'Your wish becomes their task, and polite or hedged forms carry the same authority. Asking what part they want to play builds their ownership and moderates the emphasis on performance, so they feel free to learn (McKenzie).',
    flags: '"I want / need / expect / \'d like you to", "we need you to", "It would be great if you could", "It\'s probably best if you could", "I\'d appreciate it if you" (with a question mark too: a wish put as a question is still a request), advice handed down ("I suggest you", "My advice is to", "The expectation is that you"), hedged directives ("Ideally you\'d have the plan done by Friday", "I\'d rather you asked earlier", "It is expected that you attend", "One thing I\'d ask is that you ..."), and shorthand ("Need you to own the migration").',
    leavesAlone: 'Reassurance ("I want you to know we have your back", "I\'d like you to feel comfortable"), questions ("Would you like to lead it?"), and notes to self.',
    examples: [
      { telling: 'I\'d like you to lead the retro next week.', asking: 'What part would you like to play in the retro?' },
      { telling: 'Ideally you\'d have the plan done by end of sprint.', asking: 'How would you approach the plan?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    if (ctx.frame.selfNote) return undefined;
    const c = s.classes;
    // Each expression only where its words are: WANT has "you" and a verb of wanting, POLITE "if you",
    // ADVICE a word of advice (a sentence with "you" often has none of them).
    const you = c & WordClass.You;
    const hit = (you && c & WordClass.Want ? matchIn(s, WANT) : undefined)
      ?? (you && hasSpaced(s.norm, 'if ') ? matchIn(s, POLITE) : undefined)
      ?? (c & WordClass.Wish || (you && s.norm.includes('encourage')) ? matchIn(s, ADVICE) : undefined)
      ?? (mayHedge(s) ? matchIn(s, HEDGED) : undefined);
    if (!hit) return undefined;
    const tail = s.norm.slice(hit.end - s.start).trimStart();
    if (REASSURE.test(tail)) return undefined;
    // "I'd suggest dropping the dashboard": the gerund belongs to the task.
    const gerundAt = /\b[a-z]+ing$/.test(hit.m[0].trimEnd()) ? wordAt(s, hit.end - 1) - 1 : -1;
    const end = gerundAt >= 0 && s.words[gerundAt].start - 1 > hit.start ? s.words[gerundAt].start - 1 : hit.end;
    return { ruleId: rule.id, start: hit.start, end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, end) : NO_SUGGESTIONS) };
  },
};
export default rule;
