import { aboutThem, calledFirst, clauseStarts, hasPlease, instructionTells, isYou, mayBeAddressed, vocativeAfter, wordAt } from '../analysis';
import { isBaseVerb } from '../english';
import { later, rewrites, restOf, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import type { Mode } from '../../modes';
import { WordClass } from '../wordclass';
import type { Suggestion } from '../types';
import { phrases, wordSet } from '../lexicon';

const TRIGGERS = phrases("make sure|make certain|be sure to|be sure|ensure|remember to|don't forget to|don't forget|do not forget to|never forget to|be careful to|see to it that|take care to|double-check|double check");
/** Requests phrased as questions: "Can you make sure ...?" */
const REQUEST = wordSet('can could would will');

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

/** "How will you know the tests pass before you merge?": the condition stays; how to get there is theirs. */
function suggest(mode: Mode, s: Sentence, chunk: string, i: number, seq: readonly string[]): readonly Suggestion[] {
  let x = restOf(s, chunk, i + seq.length, { cutAtComma: true }).replace(/^(?:that|you|to)\s+/, '');
  if (seq[seq.length - 1] === 'to' || seq.includes('forget')) x = x.replace(/^to\s+/, '');
  const peer = mode === 'mentoring' || mode === 'peer-learning';
  const remember = seq[0] === 'remember' || seq.includes('forget');
  if (!x) return [];
  // "Double-check the numbers before you send them": a thing to check, not a condition to know.
  if (seq[seq.length - 1].endsWith('check') && !/^(?:that|whether|if)\b/.test(x)) {
    const t = topicOf(s, chunk, i + seq.length - 1);
    const when = t.situation ? ` ${t.situation}` : '';
    return t.topic ? rewrites(s, `How will you check ${t.topic}${when}?`, `What would help you check ${t.topic}${when}?`) : [];
  }
  // "Make sure you update the ticket ...": an action, not a condition; ask how they will keep track of it.
  const action = /^(?:you\s+|to\s+)?([a-z]+)\b/.exec(x)?.[1] ?? '';
  if (isBaseVerb(action) && !/^(?:the|a|an|your|our|this|that|it|we|they|he|she|everything|everyone|all)\b/.test(x)) {
    const t = topicOf(s, chunk, wordAt(s, s.words[i + seq.length].start) + (s.words[i + seq.length]?.w === 'you' ? 1 : 0));
    if (t.topic) return rewrites(s, `How will you keep track of ${t.topic}?`, `What would help you with ${t.topic}${t.situation ? ` ${t.situation}` : ''}?`);
  }
  if (remember) return rewrites(s, `What would help you keep ${x.split(' ').slice(0, 6).join(' ')} in mind?`, `How do you keep track of things like ${x.split(' ').slice(-4).join(' ')}?`);
  return rewrites(s, peer ? `How do you usually check that ${x}?` : `How will you know that ${x}?`, `What would help you check that ${x}?`);
}

const rule: Rule = {
  id: 'make-sure',
  defaultSeverity: 'warning',
  summary: 'Telling: "make sure / ensure / remember to" hands them a checklist instead of a question.',
  told: true,
  // Every trigger opens with one of its words.
  needs: WordClass.Check,
  questions: true,
  docs: WITH_DOCS ? {
    title: 'make sure / ensure / remember to',
    why: 'A checklist handed over skips their own thinking about how they will know. Asking how they will check builds the problem-solving habit: go slow to go fast (Saabye and Kristensen).',
    flags: 'At the start of a clause ("Make sure you update the ticket", "Ensure the tests pass") or as a request ("Can you make sure...?"). With "you" it is telling anywhere; without it, telling under talking points and after your words ("Me:", "I said:"), and in the meeting\'s notes when something else says it is aimed at them (their name, please, "me").',
    leavesAlone: 'Your own reminders: under action items and to-dos, and in the meeting\'s notes with nothing aimed at them ("Make sure the offsite budget is approved", "Don\'t forget to book the room"), notes to self, questions about how ("How do we make sure ...?"), tool boilerplate in italics, and mentions in quotes ("the PM\'s \'make sure you...\' pings").',
    examples: [
      { telling: 'Make sure the tests pass before you merge.', asking: 'How will you know that the tests pass before you merge?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    let starts: readonly number[];
    const w = s.words;
    if (s.question) {
      // "Can you make sure the tests pass?" is a request; "How do we make sure ...?" is a real question.
      if (!(REQUEST.has(w[0]?.w) && w[1]?.w === 'you')) return undefined;
      starts = [w[2]?.w === 'please' || w[2]?.w === 'just' ? 3 : 2];
    } else {
      starts = clauseStarts(s, ctx.chunk);
    }
    for (const i of starts) {
      const seq = triggerAt(s, i);
      if (!seq) continue;
      // Without "you", a bare "make sure ..." is the manager's own reminder where instructions are their tasks.
      const you = w[i + seq.length]?.w === 'you' || w[i + seq.length]?.w === 'your';
      // In a record (meeting notes, no heading) it needs evidence that it is aimed at them, as any
      // instruction there does: "Make sure the offsite budget is approved" is the manager's own reminder.
      // (mayBeAddressed is a cheap first look, true with "be" or "us" anywhere: "Double check w/ pharmacy which nomogram is in the
      // binder — ours may be old" is the manager's own check; the instruction's own evidence decides, as for any instruction.)
      const aimed = s.question || you || (ctx.frame.instructions === 'evidence' ? mayBeAddressed(s, ctx) && instructionTells(s, ctx, i, i + seq.length - 1) : ctx.frame.instructions !== 'never');
      if (!aimed || ctx.frame.selfNote) continue;
      // "make sure the packet template is in the vault before I send it to him": the person met in the
      // third person, no "you": a reminder about them, not a request to them.
      // ("Please make sure the sensor mat goes on his care plan the day it arrives, Grace": "please" and their
      // name, put to them; "his" is a resident's.)
      // ("Siobhan, please make sure Priya's authority is updated before she starts signing off": called by name first, put to
      // them; "she" is someone else.)
      if (!s.question && !you && !calledFirst(s, ctx.chunk, ctx.frame.parties) && aboutThem(s, i + seq.length, ctx.frame.parties, s.words.length) && !s.words.some(isYou) && !(hasPlease(s.norm) && vocativeAfter(s, ctx.chunk, 1, ctx.frame.parties))) continue;
      const end = w[i + seq.length - 1].end;
      return { ruleId: rule.id, start: w[i].start, end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, i, seq) : NO_SUGGESTIONS) };
    }
    return undefined;
  },
};
export default rule;
