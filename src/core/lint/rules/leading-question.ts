import { later, NO_SUGGESTIONS, baseForm, pastPhrase, gerundPhrase, isYou, matchIn, restOf, rewrites, wordAt, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';
import { IMPERATIVE_VERBS } from '../lexicon';

/** "Why didn't you ...?", "Why would you ...?", "How come you haven't ...?" */
const WHY_NOT = /^(?:so\s+|and\s+|but\s+|then\s+)?(?:why|how\s+come)\s+(?:didn't|don't|haven't|hasn't|won't|wouldn't|can't|couldn't|aren't|weren't|isn't|wasn't|did\s+not|do\s+not|have\s+not|would|are\s+you\s+still|did\s+you\s+(?:not|never)|you\s+(?:didn't|haven't|never|don't|won't))\s*(?:you\b)?/;
/** "Don't you think ...?", "Wouldn't it be better ...?", "Shouldn't you ...?", "Isn't it time ...?" */
const NEGATIVE_AUX = /^(?:so\s+|and\s+|but\s+)?(?:don't|doesn't|wouldn't|shouldn't|isn't|aren't|won't|can't|couldn't|didn't|haven't|mustn't)\s+(?:you|it|that|this|we|there)\b/;
/** "Why not just ...?", "Can you just ...?" */
const JUST = /^(?:why\s+not(?:\s+just)?|how\s+about\s+you(?:\s+just)?|(?:can|could|would|will)\s+you\s+(?:just|simply)|is\s+there\s+(?:a|any)\s+reason\s+you\s+(?:can't|couldn't|didn't|don't|won't|haven't))\b/;
/** "..., right?" tag questions on a statement about what they will do. */
const TAG = /,\s*(?:right|ok|okay|yeah|yes|no|agreed|correct|understood|got\s+it|deal|fair|clear|yea|eh|huh|(?:don't|wouldn't|won't|isn't|aren't|can't|will|would|can)\s+(?:you|it|that|we)(?:\s+(?:agree|say|think))?)\s*\?+$/;

function suggestWhy(s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  let x = restOf(s, chunk, wordAt(s, end));
  const first = /^[\p{L}']+/u.exec(x)?.[0];
  if (first) x = baseForm(first) + x.slice(first.length);
  return rewrites(s, x && `What got in the way of ${gerundPhrase(x)}?`, 'What happened there, from your side?');
}

function suggestNegative(s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  const idx = wordAt(s, end);
  const shouldAt = s.words.findIndex((w, k) => k >= idx && (w.w === 'should' || w.w === 'need' || w.w === 'to'));
  let verbAt = shouldAt >= 0 ? (s.words[shouldAt].w === 'need' ? shouldAt + 2 : shouldAt + 1) : idx;
  while (s.words[verbAt]?.w === 'just' || s.words[verbAt]?.w === 'simply') verbAt++;
  const x = restOf(s, chunk, verbAt);
  const isVerb = IMPERATIVE_VERBS.has(s.words[verbAt]?.w ?? '');
  return rewrites(s, isVerb && `What do you think about ${gerundPhrase(x)}?`, isVerb && `What would happen if we ${pastPhrase(x)}?`, 'What options do you see?');
}

const rule: Rule = {
  id: 'leading-question',
  defaultSeverity: 'warning',
  summary: 'Telling dressed as a question: the answer is built into it, so it invites agreement, not thinking.',
  questions: true,
  check(s, ctx) {
    if (!s.question) return undefined;
    const why = matchIn(s, WHY_NOT);
    if (why) {
      return {
        ruleId: rule.id, start: why.start, end: why.end, message: rule.summary,
        suggest: later(suggestWhy, s, ctx.chunk, why.end),
      };
    }
    const neg = matchIn(s, NEGATIVE_AUX) ?? matchIn(s, JUST);
    if (neg) {
      return {
        ruleId: rule.id, start: neg.start, end: neg.end, message: rule.summary,
        suggest: later(suggestNegative, s, ctx.chunk, neg.end),
      };
    }
    const tag = matchIn(s, TAG);
    if (tag) {
      // Addressed: "you" in the statement before the tag, or the statement opens with a verb.
      let addressed = s.words.length > 0 && s.words[0].start < tag.start && IMPERATIVE_VERBS.has(s.words[0].w);
      for (let k = 0; !addressed && k < s.words.length && s.words[k].start < tag.start; k++) addressed = isYou(s.words[k]);
      if (!addressed) return undefined;
      return { ruleId: rule.id, start: tag.start, end: tag.end, message: rule.summary, suggest: NO_SUGGESTIONS };
    }
    return undefined;
  },
};
export default rule;
