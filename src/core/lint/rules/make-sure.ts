import { later, clauseStarts, restOf, rewrites, type Rule } from '../analysis';
import type { Suggestion } from '../types';
import type { Sentence } from '../sentences';

const TRIGGERS: readonly (readonly string[])[] = [
  ['make', 'sure'], ['make', 'certain'], ['be', 'sure', 'to'], ['be', 'sure'], ['ensure'], ['remember', 'to'],
  ["don't", 'forget', 'to'], ["don't", 'forget'], ['do', 'not', 'forget', 'to'], ['never', 'forget', 'to'],
  ['be', 'careful', 'to'], ['see', 'to', 'it', 'that'], ['take', 'care', 'to'], ['double-check'], ['double', 'check'],
];
/** Requests phrased as questions: "Can you make sure ...?" */
const REQUEST = new Set(['can', 'could', 'would', 'will']);

/** TRIGGERS by first word, in their order (longer phrases first where they share a start). */
const BY_FIRST = new Map<string, (readonly string[])[]>();
for (const seq of TRIGGERS) {
  const list = BY_FIRST.get(seq[0]);
  if (list) list.push(seq);
  else BY_FIRST.set(seq[0], [seq]);
}

function triggerAt(s: Sentence, i: number): readonly string[] | undefined {
  const first = s.words[i]?.w;
  const candidates = first === undefined ? undefined : BY_FIRST.get(first);
  if (!candidates) return undefined;
  for (const seq of candidates) {
    let k = 0;
    while (k < seq.length && s.words[i + k]?.w === seq[k]) k++;
    if (k === seq.length) return seq;
  }
  return undefined;
}

function suggest(s: Sentence, chunk: string, i: number, seq: readonly string[]): readonly Suggestion[] {
  const x = restOf(s, chunk, i + seq.length).replace(/^that\s+/, '');
  const remember = seq[0] === 'remember' || seq.includes('forget');
  const check = seq[0].startsWith('double');
  const toVerb = /^to\s+(.*)$/.exec(x)?.[1];
  return remember
    ? rewrites(s, x && `What would help you remember to ${x}?`, x && `How will you keep track of this?`)
    : check
      ? rewrites(s, x && `How will you check ${x}?`, x && `What would help you check ${x}?`)
      : toVerb
        ? rewrites(s, `How will you make sure to ${toVerb}?`, `What would help you ${toVerb}?`)
        : rewrites(s, x && `How will you make sure ${x}?`, x && `How will we know ${x}?`);
}

const rule: Rule = {
  id: 'make-sure',
  defaultSeverity: 'warning',
  summary: 'Telling: "make sure / ensure / remember to" hands them a checklist instead of a question.',
  questions: true,
  check(s, ctx) {
    let starts: number[];
    if (s.question) {
      // "Can you make sure the tests pass?" is a request; "How do we make sure ...?" is a real question.
      const w = s.words;
      if (!(REQUEST.has(w[0]?.w) && w[1]?.w === 'you')) return undefined;
      starts = [w[2]?.w === 'please' || w[2]?.w === 'just' ? 3 : 2];
    } else {
      starts = clauseStarts(s, ctx.chunk);
    }
    for (const i of starts) {
      const seq = triggerAt(s, i);
      if (!seq) continue;
      const end = s.words[i + seq.length - 1].end;
      return { ruleId: rule.id, start: s.words[i].start, end, message: rule.summary, suggest: later(suggest, s, ctx.chunk, i, seq) };
    }
    return undefined;
  },
};
export default rule;
