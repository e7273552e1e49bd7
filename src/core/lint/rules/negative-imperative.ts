import { later, clauseStarts, gerundPhrase, restOf, rewrites, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';
import { IMPERATIVE_VERBS, NOTE_TO_SELF_AFTER_DONT } from '../lexicon';

/** Reassurance and encouragement: "Don't worry", "Don't hesitate to ask", "Don't be afraid to push back". */
const KIND_AFTER_DONT = new Set(['worry', 'hesitate', 'panic', 'stress', 'apologize', 'apologise', 'beat', 'feel', 'mind', 'sweat', 'rush']);
const KIND_AFTER_STOP = new Set(['by', 'worrying', 'apologizing', 'apologising', 'in']);

function suggest(s: Sentence, chunk: string, verbAt: number, kind: 'dont' | 'stop' | 'avoid'): readonly Suggestion[] {
  const x = restOf(s, chunk, verbAt, { cutAtComma: true });
  return kind === 'stop'
    ? rewrites(s, `What would change if you stopped ${x}?`, `What do you get from ${x}?`)
    : kind === 'avoid'
      ? rewrites(s, `What are the risks of ${x}?`, `What would make ${x} safe?`)
      : rewrites(s, `What are the risks of ${gerundPhrase(x)}?`, `What might happen if you ${x}?`);
}

const rule: Rule = {
  id: 'negative-imperative',
  defaultSeverity: 'warning',
  summary: 'Telling: "don\'t / never / stop" forbids instead of exploring the risk together.',
  questions: false,
  check(s, ctx) {
    const words = s.words;
    for (const i of clauseStarts(s, ctx.chunk)) {
      const w = words[i]?.w;
      const n1 = words[i + 1]?.w;
      if (!w || !n1) continue;
      let verbAt: number;
      let kind: 'dont' | 'stop' | 'avoid' = 'dont';
      if (w === "don't" || w === 'dont' || (w === 'do' && n1 === 'not')) {
        verbAt = w === 'do' ? i + 2 : i + 1;
        const v = words[verbAt]?.w;
        if (!v || NOTE_TO_SELF_AFTER_DONT.has(v) || KIND_AFTER_DONT.has(v) || v === 'you' || v === 'we' || v === 'i') continue;
        if (v === 'be' && (words[verbAt + 1]?.w === 'afraid' || words[verbAt + 1]?.w === 'shy' || words[verbAt + 1]?.w === 'too')) continue;
        if (v.endsWith('ed') || v === 'yet' || v === 'really' || v === 'think') continue;
      } else if (w === 'never') {
        verbAt = i + 1;
        if (!IMPERATIVE_VERBS.has(n1) || n1 === 'mind') continue;
      } else if (w === 'stop' || w === 'quit') {
        verbAt = i + 1;
        kind = 'stop';
        if (KIND_AFTER_STOP.has(n1) || !(n1.endsWith('ing') || n1 === 'the' || n1 === 'your' || n1 === 'it' || n1 === 'that' || n1 === 'doing')) continue;
      } else if (w === 'avoid') {
        verbAt = i + 1;
        kind = 'avoid';
      } else {
        continue;
      }
      // No word to act on (restOf would be empty): nothing to flag.
      if (verbAt >= words.length) continue;
      const end = words[Math.min(verbAt, words.length - 1)].end;
      return { ruleId: rule.id, start: words[i].start, end, message: rule.summary, suggest: later(suggest, s, ctx.chunk, verbAt, kind) };
    }
    return undefined;
  },
};
export default rule;
