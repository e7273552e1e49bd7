import { later, clauseStarts, findDeadline, imperativeAt, matchIn, restOf, rewrites, withoutDeadline, wordAt, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';
import { IMPERATIVE_VERBS } from '../lexicon';

const DONE = '(?:done|finished|completed|complete|ready|shipped|merged|fixed|sorted|wrapped\\s+up|submitted|reviewed|deployed|sent|written|updated|delivered|closed|resolved|signed\\s+off|out|in|live|over\\s+to\\s+me|on\\s+my\\s+desk)';
const DONE_AT_END = new RegExp(`\\s+${DONE}$`);
/** "I want the migration finished by Q3", "We need this done today". */
const WANT_DONE = new RegExp(`\\b(?:i|we)(?:'d|\\s+would)?\\s+(?:really\\s+)?(?:want|need|expect|like)\\s+(?!you\\b)((?:the|this|that|it|these|those|your|a|an|all)\\b[^.,;!?]{0,80}?\\b${DONE})\\b`);
/** "Have the design doc done by Monday", "Get the PR merged today". */
/** "I'd like the draft by tomorrow", "I need the numbers before the board meeting". */
const WANT_BY = /\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|need|expect|like)\s+(?!you\b|to\b)((?:the|this|that|it|these|those|your|a|an|all)\b[^.,;!?]{0,60}?)\s+(?=(?:by|before|no\s+later\s+than)\s)/;
const HAVE_DONE = new RegExp(`^(?:have|get)\\s+[^.,;!?]{1,80}?\\b${DONE}\\b`);
const REQUEST = new Set(['can', 'could', 'would', 'will']);
/** The verbs WANT_BY and WANT_DONE need. */
const WANT_VERB = /\b(?:want|need|expect|like)\b/;

function suggestTake(s: Sentence, chunk: string, from: number, cutAtComma: boolean): readonly Suggestion[] {
  const x = restOf(s, chunk, from, cutAtComma ? { cutAtComma: true } : {});
  return rewrites(s, `What would it take to ${x}?`, `When do you think you could ${withoutDeadline(x)}?`);
}

function suggestBy(s: Sentence, chunk: string, objStart: number): readonly Suggestion[] {
  const x = restOf(s, chunk, wordAt(s, objStart), { cutAtComma: true });
  return rewrites(s, `What would it take to have ${x}?`, `What timeline feels realistic for ${withoutDeadline(x).replace(DONE_AT_END, '')}?`);
}

function suggestWant(s: Sentence, chunk: string, objStart: number, end: number): readonly Suggestion[] {
  const obj = chunk.slice(objStart, end);
  const full = restOf(s, chunk, wordAt(s, objStart), { cutAtComma: true });
  return rewrites(s, `What would it take to have ${full}?`, `What timeline feels realistic for ${withoutDeadline(obj).replace(DONE_AT_END, '')}?`);
}

const rule: Rule = {
  id: 'deadline-demand',
  defaultSeverity: 'warning',
  summary: 'Telling: a deadline set for them ("have it done by Friday") skips asking what is realistic.',
  questions: true,
  check(s, ctx) {
    const words = s.words;
    if (s.question) {
      // "Could you send me the doc by Friday?" is a demand phrased as a question.
      if (!(REQUEST.has(words[0]?.w) && words[1]?.w === 'you')) return undefined;
      const v = words[2]?.w === 'please' || words[2]?.w === 'just' ? 3 : 2;
      if (!IMPERATIVE_VERBS.has(words[v]?.w ?? '') || !findDeadline(s.norm)) return undefined;
      return {
        ruleId: rule.id, start: words[0].start, end: words[v].end, message: rule.summary,
        suggest: later(suggestTake, s, ctx.chunk, v, false),
      };
    }
    // A regular expression, not a look-up of every word: the first Set look-up of a word pays for hashing it.
    const wants = WANT_VERB.test(s.norm);
    const by = wants ? matchIn(s, WANT_BY) : undefined;
    if (by && findDeadline(s.norm, by.end - s.start)) {
      return {
        ruleId: rule.id, start: by.start, end: by.end, message: rule.summary,
        suggest: later(suggestBy, s, ctx.chunk, s.start + by.m.index + by.m[0].indexOf(by.m[1])),
      };
    }
    const want = wants ? matchIn(s, WANT_DONE) : undefined;
    if (want && findDeadline(s.norm, want.end - s.start - 1)) {
      return {
        ruleId: rule.id, start: want.start, end: want.end, message: rule.summary,
        suggest: later(suggestWant, s, ctx.chunk, s.start + want.m.index + want.m[0].indexOf(want.m[1]), want.end),
      };
    }
    for (const i of clauseStarts(s, ctx.chunk)) {
      const first = words[i].w;
      const haveDone = first === 'have' || first === 'get' ? HAVE_DONE.exec(s.norm.slice(words[i].start - s.start)) : null;
      const imperative = !haveDone && imperativeAt(s, ctx.chunk, i);
      if (!haveDone && !imperative) continue;
      const clause = s.norm.slice(words[i].start - s.start);
      const cut = clause.search(/[,;—–]\s/);
      const deadline = findDeadline(cut > 0 ? clause.slice(0, cut) : clause);
      if (!deadline) continue;
      return {
        ruleId: rule.id, start: words[i].start, end: words[i].start + (haveDone ? haveDone[0].length : words[i].end - words[i].start),
        message: rule.summary,
        suggest: later(suggestTake, s, ctx.chunk, i, true),
      };
    }
    return undefined;
  },
};
export default rule;
