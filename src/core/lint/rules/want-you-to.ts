import { baseForm, gerundPhrase, matchIn, restOf, rewrites, wordAt, type Rule } from '../analysis';

// "I want you to", "I'd like you to", "We need you to", "I expect you to" ...
const WANT = /\b(?:i|we|the team|everyone|everybody|management|leadership)(?:'d|\s+would)?\s+(?:really\s+|just\s+|also\s+|do\s+|kind\s+of\s+|actually\s+)?(?:want|wants|need|needs|expect|expects|require|requires|like|love|prefer|ask|asks|am\s+asking|'m\s+asking|are\s+asking|'re\s+asking|count\s+on)\s+(?:you|y'all|u)\s+(?:all\s+|both\s+|guys\s+)?to\b/;
// "I'd appreciate it if you ...", "It would be great if you could ..."
const POLITE = /\b(?:(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:appreciate\s+it|love\s+it|like\s+it|prefer\s+it)|it(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+|very\s+)?(?:great|good|nice|helpful|ideal|better|awesome|amazing|useful|wonderful|best|lovely))\s+if\s+you\s+(?:could\s+|would\s+|can\s+|were\s+to\s+|will\s+)?/;
/** "I want you to know / feel ..." is reassurance, not a request. */
const REASSURE = /^(?:know|feel|be\s+(?:happy|comfortable|safe|heard|proud|okay|ok)|enjoy|take\s+care|have\s+fun|rest)\b/;

const rule: Rule = {
  id: 'want-you-to',
  defaultSeverity: 'warning',
  summary: 'Telling: "I want / need / expect you to" makes it your task for them.',
  questions: false,
  check(s, ctx) {
    if (!s.norm.includes('you')) return undefined;
    const hit = matchIn(s, WANT) ?? matchIn(s, POLITE);
    if (!hit) return undefined;
    const tail = s.norm.slice(hit.end - s.start).trimStart();
    if (REASSURE.test(tail)) return undefined;
    const from = wordAt(s, hit.end);
    let x = restOf(s, ctx.chunk, from, { cutAtComma: true });
    const first = /^[\p{L}']+/u.exec(x)?.[0];
    if (first && /ed$/.test(first)) x = baseForm(first) + x.slice(first.length);
    const suggestions = rewrites(s, x && `Would you like to ${x}?`, x && `How would you feel about ${gerundPhrase(x)}?`, x && `What would it take for you to ${x}?`);
    return { ruleId: rule.id, start: hit.start, end: hit.end, message: rule.summary, suggestions };
  },
};
export default rule;
