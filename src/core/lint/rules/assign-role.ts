import { IMPERATIVE_VERBS } from '../lexicon';
import { later, gerundPhrase, matchIn, restOf, rewrites, wordAt, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';

const PATTERNS: readonly RegExp[] = [
  /\byour\s+(?:main\s+|only\s+|real\s+|whole\s+)?(?:job|role|task|responsibility|priority|focus|mission|assignment)\s+(?:now\s+)?(?:is|will\s+be)\s+to\b/,
  /\bit(?:'s|\s+is|\s+will\s+be)\s+(?:now\s+|also\s+)?your\s+(?:job|responsibility|role|task|call)\s+to\b/,
  /\b(?:going\s+forward|from\s+now\s+on|moving\s+forward|starting\s+(?:today|tomorrow|now|next\s+\w+|this\s+\w+|on\s+\w+|\w+day)|from\s+(?:today|tomorrow|next\s+\w+)|as\s+of\s+(?:today|now|next\s+\w+)),?\s+(?:you(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|'re|\s+are)|you\s+own|your\s+\w+\s+(?:is|will\s+be))(?:\s+(?:now|also))?\s/,
  /\byou(?:'ll|\s+will)\s+(?:now\s+|also\s+)?(?:own|lead|run|handle|drive|manage|take\s+over|take\s+on|report\s+to|present|be\s+(?:responsible|accountable|in\s+charge|owning|leading|taking|handling|running|presenting|reporting|on\s+point))\b/,
  /\byou(?:'re|\s+are)\s+(?:now\s+)?(?:responsible|accountable|in\s+charge|on\s+the\s+hook)\s+(?:for|of)\b/,
  /\byou(?:'re|\s+are)\s+going\s+to\s+(?:own|lead|run|take\s+over|handle|drive|manage|present)\b/,
  /\blet's\s+have\s+you\b/,
  /\bi(?:'m|\s+am)\s+(?:assigning|giving|handing)\s+(?:you|this\s+to\s+you|it\s+to\s+you)\b/,
];

/** All patterns at once: one scan tells whether the ordered loop below can find anything. */
const ANY = new RegExp(PATTERNS.map(re => `(?:${re.source})`).join('|'));

const DUTY = /^(?:now\s+)?(?:responsible|accountable|in\s+charge|on\s+the\s+hook)\s+(?:for|of)\s+/i;

function suggest(s: Sentence, chunk: string, end: number, matched: string): readonly Suggestion[] {
  let x = restOf(s, chunk, wordAt(s, end), { cutAtComma: true });
  // The verb the pattern ended on ("you will own", "let's have you own") belongs to the task.
  const verb = /\b(own|lead|run|handle|drive|manage|present)\s*$/.exec(matched);
  if (verb) x = `${verb[1]} ${x}`.trim();
  const isDuty = DUTY.test(x) || /(?:responsible|accountable|charge|hook)\s+(?:for|of)\s*$/.test(matched);
  x = x.replace(DUTY, '');
  const toDo = !isDuty && /\bto\s*$/.test(matched) || !isDuty && IMPERATIVE_VERBS.has(/^[a-z]+/i.exec(x)?.[0]?.toLowerCase() ?? '');
  return toDo && x
    ? rewrites(s, `Would you like to ${x}?`, `How do you see your role in ${gerundPhrase(x)}?`)
    : rewrites(s, x && `How would you feel about taking on ${x}?`, 'What would you like to own here?');
}

const rule: Rule = {
  id: 'assign-role',
  defaultSeverity: 'warning',
  summary: 'Telling: assigning a role ("your job is to", "going forward you will") leaves no room to choose it.',
  questions: false,
  check(s, ctx) {
    if (!s.norm.includes('you') || !ANY.test(s.norm)) return undefined;
    for (const re of PATTERNS) {
      const hit = matchIn(s, re);
      if (!hit) continue;
      return { ruleId: rule.id, start: hit.start, end: hit.end, message: rule.summary, suggest: later(suggest, s, ctx.chunk, hit.end, hit.m[0]) };
    }
    return undefined;
  },
};
export default rule;
