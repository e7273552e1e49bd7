import { splitSentences } from '../src/core/lint/sentences';
import { topicOf, asks } from '../src/core/lint/rewrite';
const t = 'You should refactor this before the release.';
const [s] = splitSentences(t.toLowerCase(), 0, t.length, t, true);
console.log(s.words.map(w => w.w));
const tp = topicOf(s, t, 2);
console.log(tp, asks('approach', tp, 'coaching'));
