import { isBaseVerb } from '../english';
import { matchIn, wordAt } from '../analysis';
import { asks, later, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';

/** "Tyrese, you're guarding Jalen on scout team all week": a role put in the present, with when (said to them only). */
const ROLE_NOW = /^(?:[a-z\u00c0-\u024f'-]+,\s+)?you(?:'re|\s+are)\s+(?:now\s+)?(?!(?:feeling|doing|going|getting|looking|coming|travelling|traveling|flying|visiting|seeing|off|out|back|away|working\s+from)\b)[a-z]+ing\b[^.?!]{0,60}\b(?:all\s+week|this\s+week|next\s+week|tomorrow|this\s+weekend|from\s+(?:monday|tomorrow|next\s+\w+)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/** "You own the scope conversation with design from now on": a role handed out, its time after it. */
const ROLE_THEN_TIME = /^(?:[a-z\u00c0-\u024f'-]+,\s+)?you\s+(?:now\s+|also\s+)?(?:own|lead|run|handle|drive|manage)\b[^.?!]{0,80}?\b(?:from\s+now\s+on|going\s+forward|moving\s+forward|from\s+here\s+on|from\s+today)\b/;

const PATTERNS: readonly RegExp[] = [
  /\byour\s+(?:main\s+|only\s+|real\s+|whole\s+|top\s+|number\s+one\s+|first\s+)?(?:job|role|task|responsibility|priority|focus|mission|assignment)\s+(?:(?:now|this\s+\w+|next\s+\w+|for\s+(?:the\s+)?\w+(?:\s+\w+)?|until\s+\w+)\s+)?(?:is|will\s+be)\s+(?:to\b|the\b|getting\b|finishing\b|shipping\b|[a-z]+ing\b)/,
  /\bit(?:'s|\s+is|\s+will\s+be)\s+(?:now\s+|also\s+)?your\s+(?:job|responsibility|role|task|call)\s+to\b/,
  /\b(?:going\s+(?:forward|fwd)|from\s+now\s+on(?:wards)?|from\s+now\s+onwards|moving\s+forward|starting\s+(?:today|tomorrow|now|next\s+\w+|this\s+\w+|on\s+\w+|\w+day)|from\s+(?:today|tomorrow|next\s+\w+)|as\s+of\s+(?:today|now|next\s+\w+)),?\s+(?:you(?:'ll|\s+will|\s+won't|\s+will\s+not|\s+are\s+going\s+to|'re\s+going\s+to|'re|\s+are)|you\s+own|your\s+\w+\s+(?:is|will\s+be))(?:\s+(?:now|also|not))?\s/,
  /\byou(?:'ll|\s+will)\s+(?:now\s+|also\s+)?(?:own|lead|run|handle|drive|manage|take\s+over|take\s+on|report\s+to|present|be\s+(?:responsible|accountable|in\s+charge|owning|leading|taking|handling|running|presenting|reporting|on\s+point))\b/,
  /\byou(?:'re|\s+are)\s+(?:now\s+)?(?:responsible|accountable|in\s+charge|on\s+the\s+hook)\s+(?:for|of)\b/,
  ROLE_THEN_TIME,
  // ("told her ur gonna own the billing migration end to end": typed on a phone.)
  /\b(?:you(?:'re|\s+are)|youre|ur|u\s+r)\s+(?:going\s+to|gonna)\s+(?:own|lead|run|take\s+over|handle|drive|manage|present)\b/,
  // ("so let's get you presenting all 14 at Friday's crit": the same, with what they are to be doing.)
  /\blet's\s+have\s+you\b|\blet's\s+get\s+you\s+(?!feeling\b|settled\b|going\b|started\b|sorted\b|set\b|up\b|some\b|a\b|an\b|the\b)[a-z]+ing\b/,
  /\bi(?:'m|\s+am)\s+(?:assigning|giving|handing)\s+(?:you|this\s+to\s+you|it\s+to\s+you)\b/,
  ROLE_NOW,
];

/** All patterns at once: one scan tells whether the ordered loop below can find anything. */
const ANY = new RegExp(PATTERNS.map(re => `(?:${re.source})`).join('|'));

function suggest(mode: Mode, s: Sentence, chunk: string, end: number, matched: string): readonly Suggestion[] {
  // ("You own the scope conversation with design from now on": the role's verb first, its time last.)
  if (ROLE_THEN_TIME.test(matched)) {
    let v = s.words.findIndex(w => w.w === 'you');
    while (v >= 0 && (s.words[v + 1]?.w === 'now' || s.words[v + 1]?.w === 'also')) v++;
    if (v >= 0 && s.words[v + 1]) return rewrites(s, ...asks('role', topicOf(s, chunk, v + 1), mode));
  }
  let at = wordAt(s, end);
  // "you're responsible for X", "your job is to X": the topic starts after "for" / "to".
  while (s.words[at] && (s.words[at].w === 'for' || s.words[at].w === 'of' || s.words[at].w === 'to')) at++;
  const verb = /\b(own|lead|run|handle|drive|manage|present)\s*$/.exec(matched);
  const t = topicOf(s, chunk, verb ? at - 1 : isBaseVerb(s.words[at]?.w ?? '') ? at : at - 1);
  return rewrites(s, ...asks('role', t, mode));
}

const rule: Rule = {
  id: 'assign-role',
  defaultSeverity: 'warning',
  summary: 'Telling: assigning a role ("your job is to", "going forward you will") leaves no room to choose it.',
  told: true,
  questions: false,
  docs: WITH_DOCS ? {
    title: 'assigning a role',
    why: 'Assigning ownership leaves no room to choose it. Offering the role and asking how they see it moderates the emphasis on performance, so they feel free to learn (McKenzie).',
    flags: '"Your job is to", "your priority this week is", "it\'s your responsibility to", "going forward, you will", "you\'re responsible for", "you\'ll own", "let\'s have you", "I\'m assigning you".',
    leavesAlone: 'Roles they chose or asked for ("She\'ll take the lead role"), questions ("Would you like to own it?"), and notes to self.',
    examples: [
      { telling: 'Going forward, you will own on-call handoffs.', asking: 'What part would you like to play in on-call handoffs?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    if (ctx.frame.selfNote || !(s.norm.includes('you') || s.norm.includes('ur ') || s.norm.includes('u r ')) || !ANY.test(s.norm)) return undefined;
    for (const re of PATTERNS) {
      const hit = matchIn(s, re);
      if (!hit) continue;
      // (A role put in the present, "you're guarding Jalen on scout team all week", only where the manager speaks to them.)
      if (re === ROLE_NOW && !(ctx.frame.instructions === 'planned' || ctx.frame.instructions === 'spoken')) continue;
      // "We agreed that you will present them in April (your proposal)": an agreement recorded, not a role handed out.
      if (/\bwe\s+(?:both\s+)?agreed\s+(?:that\s+)?$/.test(s.norm.slice(0, hit.start - s.start))) continue;
      return { ruleId: rule.id, start: hit.start, end: hit.end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, hit.end, hit.m[0]) : NO_SUGGESTIONS) };
    }
    return undefined;
  },
};
export default rule;
