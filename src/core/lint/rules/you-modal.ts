import { later, pastPhrase, gerundPhrase, isYou, restOf, rewrites, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';
import { STATE_ADJECTIVES } from '../lexicon';

/** Subordinators and pronouns before "you" that make it a report or a condition, not an order. */
const NOT_ADDRESSED_BEFORE = new Set([
  'if', 'when', 'whenever', 'unless', 'whether', 'what', 'whatever', 'anything', 'everything', 'something', 'all',
  'how', 'where', 'why', 'which', 'who', 'once', 'until', 'than', 'as', 'case', 'wherever', 'whoever', 'nothing',
]);
const SOFT = new Set(['really', 'just', 'also', 'still', 'probably', 'definitely', 'absolutely', 'now', 'then', 'seriously', 'honestly', 'simply', 'actually', 'all', 'both', 'certainly', 'totally', 'clearly', 'obviously']);

interface Modal { length: number; negative: boolean; past: boolean }

/** The modal phrase at word `i` of the words after "you" (with the contraction carried on "you'll" etc.). */
function modalAt(words: readonly string[], i: number, you: string): Modal | undefined {
  const w = words[i];
  const n1 = words[i + 1];
  const n2 = words[i + 2];
  if (you === "you'll" || you === "you're" || you === "you've" || you === "you'd") {
    if (you === "you'll" && (w === 'need' || w === 'have') && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you're" && w === 'going' && n1 === 'to' && (n2 === 'have' || n2 === 'need') && words[i + 3] === 'to') return { length: 4, negative: false, past: false };
    if (you === "you're" && w === 'gonna' && (n1 === 'have' || n1 === 'need') && n2 === 'to') return { length: 3, negative: false, past: false };
    if (you === "you've" && w === 'got' && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you'd" && w === 'better') return { length: 1, negative: n1 === 'not', past: false };
    // Softened: "you'll want to", "you're expected to", "you're supposed to".
    if (you === "you'll" && w === 'want' && n1 === 'to') return { length: 2, negative: false, past: false };
    if (you === "you're" && (w === 'expected' || w === 'supposed' || w === 'required') && n1 === 'to') return { length: 2, negative: false, past: false };
    return undefined;
  }
  switch (w) {
    case 'should': case 'must': case 'shall':
      if (n1 === 'not') return { length: 2, negative: true, past: false };
      if (n1 === 'have' && w === 'should') return { length: 2, negative: false, past: true };
      return { length: 1, negative: false, past: false };
    case "shouldn't": case "mustn't": return { length: 1, negative: true, past: false };
    case "should've": return { length: 1, negative: false, past: true };
    case 'need': case 'have': case 'ought': case 'got': case 'gotta':
      if (w === 'gotta') return { length: 1, negative: false, past: false };
      if (n1 === 'to') return { length: 2, negative: false, past: false };
      if (w === 'have' && n1 === 'got' && n2 === 'to') return { length: 3, negative: false, past: false };
      return undefined;
    case 'had': return n1 === 'better' ? { length: 2, negative: words[i + 2] === 'not', past: false } : undefined;
    case 'might': case 'may':
      // Softened advice: "you might want to", "you may want to".
      return n1 === 'want' && n2 === 'to' ? { length: 3, negative: false, past: false } : undefined;
    case 'will': case 'are':
      if (w === 'will' && (n1 === 'need' || n1 === 'have' || n1 === 'want') && n2 === 'to') return { length: 3, negative: false, past: false };
      if (w === 'are' && (n1 === 'expected' || n1 === 'supposed' || n1 === 'required') && n2 === 'to') return { length: 3, negative: false, past: false };
      if (w === 'are' && (n1 === 'going' && n2 === 'to' && (words[i + 3] === 'have' || words[i + 3] === 'need') && words[i + 4] === 'to')) return { length: 5, negative: false, past: false };
      return undefined;
    default: return undefined;
  }
}

function suggest(s: Sentence, chunk: string, after: number, modal: Modal): readonly Suggestion[] {
  if (modal.past) return rewrites(s, 'What would you do differently next time?', 'Looking back, what would you change?');
  const x = restOf(s, chunk, after, { cutAtComma: true });
  if (modal.negative) return rewrites(s, x && `What are the risks of ${gerundPhrase(x)}?`, x && `What would change if you stopped ${gerundPhrase(x)}?`);
  return rewrites(s, x && `What would happen if you ${pastPhrase(x)}?`, x && `How do you feel about ${gerundPhrase(x)}?`, x && `What would help you ${x}?`);
}

const rule: Rule = {
  id: 'you-modal',
  defaultSeverity: 'warning',
  summary: 'Telling: "you should / must / need to" decides for them.',
  questions: false,
  check(s, ctx) {
    if (!s.norm.includes('you')) return undefined;
    let words: string[] | undefined;
    for (let i = 0; i < s.words.length; i++) {
      if (!isYou(s.words[i])) continue;
      words ??= s.words.map(w => w.w);
      if (i > 0 && NOT_ADDRESSED_BEFORE.has(words[i - 1])) continue;
      let k = i + 1;
      while (SOFT.has(words[k])) k++;
      const modal = modalAt(words, k, words[i]);
      if (!modal) continue;
      const after = k + modal.length;
      const next = words[after];
      const next2 = words[after + 1];
      // Permission, praise and guesses: "You should feel free to", "You must be exhausted", "You should be proud".
      if (next === 'feel' && (next2 === 'free' || next2 === 'good' || next2 === 'proud')) continue;
      if (next === 'be' && next2 !== undefined && STATE_ADJECTIVES.has(next2) && words[k] !== 'need') continue;
      if (words[k] === 'must' && next === 'have' && next2 !== undefined && (/ed$|en$/.test(next2) || next2 === 'been')) continue;
      if (modal.past && (next === 'seen' || next === 'heard' || next === 'been')) continue;
      if (next === 'know' || next === 'hear' || next === 'see') continue;
      const end = s.words[after - 1].end;
      return { ruleId: rule.id, start: s.words[i].start, end, message: rule.summary, suggest: later(suggest, s, ctx.chunk, after, modal) };
    }
    return undefined;
  },
};
export default rule;
