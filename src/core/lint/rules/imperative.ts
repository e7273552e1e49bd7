import { later, pastPhrase, clauseStarts, gerundPhrase, imperativeAt, restOf, rewrites, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';

function suggest(s: Sentence, chunk: string, verb: number): readonly Suggestion[] {
  const x = restOf(s, chunk, verb, { cutAtComma: true });
  return rewrites(s, `Would it help to ${x}?`, `What would happen if you ${pastPhrase(x)}?`, `How do you feel about ${gerundPhrase(x)}?`);
}

const rule: Rule = {
  id: 'imperative',
  defaultSeverity: 'warning',
  summary: 'Telling: an instruction ("Send me the draft") where a question would let them decide.',
  questions: false,
  check(s, ctx) {
    for (const i of clauseStarts(s, ctx.chunk)) {
      const imp = imperativeAt(s, ctx.chunk, i);
      if (!imp) continue;
      const verb = s.words[imp.verb];
      return {
        ruleId: rule.id, start: verb.start, end: verb.end, message: rule.summary,
        suggest: later(suggest, s, ctx.chunk, imp.verb),
      };
    }
    return undefined;
  },
};
export default rule;
