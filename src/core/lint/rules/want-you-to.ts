import { later, baseForm, gerundPhrase, matchIn, restOf, rewrites, wordAt, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';

// "I want you to", "I'd like you to", "We need you to", "I expect you to" ...
const WANT = /\b(?:i|we|i'm|we're|the team|everyone|everybody|management|leadership)(?:'d|\s+would)?\s+(?:really\s+|just\s+|also\s+|do\s+|kind\s+of\s+|actually\s+)?(?:want|wants|need|needs|expect|expects|require|requires|like|love|prefer|ask|asks|asking|am\s+asking|'m\s+asking|are\s+asking|'re\s+asking|count\s+on)\s+(?:you|y'all|u)\s+(?:all\s+|both\s+|guys\s+)?to\b/;
// "I'd appreciate it if you ...", "It would be great if you could ..."
const POLITE = /\b(?:(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:appreciate\s+it|love\s+it|like\s+it|prefer\s+it)|it(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+|very\s+)?(?:great|good|nice|helpful|ideal|better|awesome|amazing|useful|wonderful|best|lovely))\s+if\s+you\s+(?:could\s+|would\s+|can\s+|were\s+to\s+|will\s+)?/;
/** Advice handed down: "I suggest you ...", "I'd recommend dropping ...", "My advice is to ...", "The expectation is that you ...". */
const ADVICE = /\b(?:(?:i|we)(?:'d|\s+would)?\s+(?:strongly\s+|really\s+)?(?:suggest|recommend|advise|urge)(?:\s+that)?\s+(?:you\b|[a-z]+ing\b)|(?:my|our)\s+(?:advice|suggestion|recommendation|ask|request)\s+(?:is|would\s+be)\s+(?:that\s+you\b|to\b|for\s+you\s+to\b)|the\s+(?:expectation|ask|request)\s+is\s+(?:that\s+you\b|for\s+you\s+to\b))/;
/** "I want you to know / feel ..." is reassurance, not a request. */
const REASSURE = /^(?:know|feel|be\s+(?:happy|comfortable|safe|heard|proud|okay|ok)|enjoy|take\s+care|have\s+fun|rest)\b/;

function suggestGerund(s: Sentence, chunk: string, gerundAt: number): readonly Suggestion[] {
  const task = restOf(s, chunk, gerundAt, { cutAtComma: true });
  return rewrites(s, `How would you feel about ${task}?`, `What do you think about ${task}?`);
}

function suggest(s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  let x = restOf(s, chunk, wordAt(s, end), { cutAtComma: true });
  const first = /^[\p{L}']+/u.exec(x)?.[0];
  if (first && /ed$/.test(first)) x = baseForm(first) + x.slice(first.length);
  return rewrites(s, x && `Would you like to ${x}?`, x && `How would you feel about ${gerundPhrase(x)}?`, x && `What would it take for you to ${x}?`);
}

const rule: Rule = {
  id: 'want-you-to',
  defaultSeverity: 'warning',
  summary: 'Telling: "I want / need / expect you to" makes it your task for them.',
  questions: false,
  check(s, ctx) {
    if (!s.norm.includes('you') && !/\b(?:suggest|recommend|advise|urge|advice|suggestion|recommendation|expectation|ask|request)\b/.test(s.norm)) return undefined;
    const hit = matchIn(s, WANT) ?? matchIn(s, POLITE) ?? matchIn(s, ADVICE);
    if (!hit) return undefined;
    const tail = s.norm.slice(hit.end - s.start).trimStart();
    if (REASSURE.test(tail)) return undefined;
    // "I'd suggest dropping the dashboard": the gerund belongs to the task.
    const gerundAt = /\b[a-z]+ing$/.test(hit.m[0].trimEnd()) ? wordAt(s, hit.end - 1) - 1 : -1;
    if (gerundAt >= 0) {
      return {
        ruleId: rule.id, start: hit.start, end: s.words[gerundAt].start - 1 > hit.start ? s.words[gerundAt].start - 1 : hit.end,
        message: rule.summary,
        suggest: later(suggestGerund, s, ctx.chunk, gerundAt),
      };
    }
    return { ruleId: rule.id, start: hit.start, end: hit.end, message: rule.summary, suggest: later(suggest, s, ctx.chunk, hit.end) };
  },
};
export default rule;
