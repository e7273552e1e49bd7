import { calledFirst, clauseStarts, imperativeAt, instructionTells, matchIn, mayBeAddressed, wordAt } from '../analysis';
import { isBaseVerb } from '../english';
import { asks, findDeadline, isStopVerb, later, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import { WordClass } from '../wordclass';
import type { Sentence } from '../sentences';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { wordSet } from '../lexicon';

const DONE = '(?:done|finished|completed|complete|ready|shipped|merged|fixed|sorted|wrapped\\s+up|submitted|reviewed|deployed|sent|written|updated|delivered|closed|resolved|signed\\s+off|published|approved|booked|scheduled|filed|posted|uploaded|agreed|finali[sz]ed|tested|documented|out|in|live|over\\s+to\\s+me|on\\s+my\\s+desk)';
/** "I want the migration finished by Q3", "We need this done today". */
const WANT_DONE = new RegExp(`\\b(?:i|we)(?:'d|\\s+would)?\\s+(?:really\\s+)?(?:want|need|expect|like)\\s+(?!you\\b)((?:the|this|that|it|these|those|your|all)\\b[^.,;!?]{0,80}?\\b${DONE})\\b`);
/** "Have the design doc done by Monday", "Get the PR merged today". */
/** "I'd like the draft by tomorrow", "I need the numbers before the board meeting". */
const WANT_BY = /\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|need|expect|like)\s+(?!you\b|to\b)((?:the|this|that|it|these|those|your|all)\b[^.,;!?]{0,60}?)\s+(?=(?:by|before|no\s+later\s+than)\s)/;
const HAVE_DONE = new RegExp(`^(?:have|get)\\s+[^.,;!?]{1,80}?\\b${DONE}\\b`);
const REQUEST = wordSet('can could would will');
/** A request to them inside the question: looked for only then among its clause starts. */
const REQUEST_YOU = /\b(?:can|could|would|will)\s+you\b/;
/** "you have until the end of April to show consistent change", "you've got till Friday to send it": a deadline put to them. */
const YOU_UNTIL = /\b(?:you|u)(?:'ve|\s+have)?\s+(?:have|got|have\s+got)?\s*(?:until|till|til)\s+[^.;!?]{1,50}?\s+to\s+([a-z]+)\b/;
/** "S8 discrepancy forms back to me within 48h": a thing and where it goes, no verb, a deadline after it (the words before "to me" no subject, no verb of what happened). */
const BACK_TO_ME = /^(?!(?:[\p{L}\p{N}'&/-]+\s+){0,6}?(?:i|he|she|they|we|you|it|who|that|this|was|were|is|are|came|went|sent|got|gave|brought|handed|passed|come|comes|goes|went|forwarded|emailed)\s)(?:[\p{L}\p{N}'&/-]+\s+){1,6}?(?:back\s+)?to\s+me\s+(?=(?:by|within|before|no\s+later\s+than)\b)/u;
/** After a name and its comma, a thing that has to: "Abby, the thank-you letters have to go out this week". */
const THING_MUST = /^[\p{L}'-]+,\s+(?:the|your|those|these|that|this|all|both)\s+(?:[\w'-]+\s+){0,4}?(?:has|have|need|needs)\s+to\s+(?:be\s+)?[a-z]+|^[\p{L}'-]+,\s+(?:the|your|those|these|that|this|all|both)\s+(?:[\w'-]+\s+){0,4}?must\s+(?:be\s+)?[a-z]+/u;
/** The verbs WANT_BY and WANT_DONE need. */
const WANT_VERB = /\b(?:want|need|expect|like)\b/;

/** The topic is what the deadline is for ("the design doc"); the question asks what is realistic. */
function suggest(mode: Mode, s: Sentence, chunk: string, from: number): readonly Suggestion[] {
  let at = from;
  while (s.words[at] && (s.words[at].w === 'have' || s.words[at].w === 'get') && at === from) at++;
  const t = topicOf(s, chunk, at > from ? at - 1 : from);
  return rewrites(s, ...asks('timeline', t, mode));
}

const rule: Rule = {
  id: 'deadline-demand',
  defaultSeverity: 'warning',
  summary: 'Telling: a deadline set for them ("have it done by Friday") skips asking what is realistic.',
  told: true,
  // Every statement it flags has a deadline phrase, and every deadline phrase one of these words.
  needs: WordClass.Deadline,
  questions: true,
  docs: WITH_DOCS ? {
    title: 'a deadline set for them',
    why: 'A deadline set for someone skips asking what is realistic and what they need. Asking builds their own planning skill and surfaces risks early (Saabye and Kristensen: go slow to go fast).',
    flags: '"Have X done by Friday", "Get the PR merged today", "I want X finished by Q3", "I\'d like the draft by tomorrow", "Could you send me X by Friday?", and any instruction with a deadline that is aimed at them (see `imperative` for when an instruction counts as aimed at them).',
    leavesAlone: 'Your own tasks with dates ("talk to HR re backfill this week", "send Olga the cost/benefit by Weds" under action items), dates that are facts ("The cutover is scheduled for 17 March"), and questions about timing ("When could you have it?").',
    examples: [
      { telling: 'Have the design doc done by Monday.', asking: 'What timeline feels realistic for the design doc?', under: 'My talking points' },
      { telling: 'Could you send me the numbers by Friday?', asking: 'What timeline feels realistic for the numbers?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    const words = s.words;
    if (s.question) {
      // (Not a line all in italics, a shared doc's reply from them, "_Can you give me until Monday?_", nor a task's own question.)
      if (ctx.frame.owned) return undefined;
      // "Could you send me the doc by Friday?" is a demand phrased as a question ("We'll want the fix
      // back-ported too — could you have that done by the 15th?": at a clause's start).
      const at = REQUEST.has(words[0]?.w) ? 0 : REQUEST_YOU.test(s.norm) ? clauseStarts(s, ctx.chunk).find(k => REQUEST.has(words[k]?.w)) ?? -1 : -1;
      if (at < 0 || words[at + 1]?.w !== 'you') return undefined;
      const v = words[at + 2]?.w === 'please' || words[at + 2]?.w === 'just' ? at + 3 : at + 2;
      if (!isBaseVerb(words[v]?.w ?? '') || !findDeadline(s.norm.slice(words[at].start - s.start))) return undefined;
      return {
        ruleId: rule.id, start: words[at].start, end: words[v].end, message: rule.summary,
        suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, v) : NO_SUGGESTIONS),
      };
    }
    // A regular expression, not a look-up of every word: the first Set look-up of a word pays for hashing it.
    // "I want the migration finished by Q3": a wish with a deadline, telling where instructions are.
    const wants = ctx.frame.instructions !== 'never' && !ctx.frame.selfNote && WANT_VERB.test(s.norm);
    const by = wants ? matchIn(s, WANT_BY) : undefined;
    if (by && findDeadline(s.norm, by.end - s.start)) {
      return {
        ruleId: rule.id, start: by.start, end: by.end, message: rule.summary,
        suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, wordAt(s, s.start + by.m.index + by.m[0].indexOf(by.m[1])) - 1) : NO_SUGGESTIONS),
      };
    }
    const want = wants ? matchIn(s, WANT_DONE) : undefined;
    if (want && findDeadline(s.norm, want.end - s.start - 1)) {
      return {
        ruleId: rule.id, start: want.start, end: want.end, message: rule.summary,
        suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, wordAt(s, s.start + want.m.index + want.m[0].indexOf(want.m[1])) - 1) : NO_SUGGESTIONS),
      };
    }
    // (Every form has "you" and until, till or til: a bit test first.)
    const until = s.classes & WordClass.You && (s.norm.includes('until') || s.norm.includes('till') || s.norm.includes('til ')) ? matchIn(s, YOU_UNTIL) : undefined;
    if (until && !ctx.frame.selfNote && isBaseVerb(until.m[1])) {
      return { ruleId: rule.id, start: until.start, end: until.end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, wordAt(s, until.end) - 1) : NO_SUGGESTIONS) };
    }
    // ("S8 discrepancy forms back to me within 48h, every time, Mei — no exceptions" among what was said: where a thing goes and
    // by when, no verb needed, put to them.)
    const back = !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && s.norm.includes('to me ') && (ctx.frame.instructions !== 'evidence' || mayBeAddressed(s, ctx)) ? matchIn(s, BACK_TO_ME) : undefined;
    if (back && findDeadline(s.norm, back.end - s.start)) {
      return { ruleId: rule.id, start: back.start, end: back.end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, 0) : NO_SUGGESTIONS) };
    }
    // ("Abby, the thank-you letters have to go out this week, no more slipping": their name, then what has to happen to a thing of
    // theirs and by when.)
    const named = !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && words.length > 5 && calledFirst(s, ctx.chunk, ctx.frame.parties) ? matchIn(s, THING_MUST) : undefined;
    if (named && findDeadline(s.norm, named.end - s.start)) {
      return { ruleId: rule.id, start: named.start, end: named.end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, 1) : NO_SUGGESTIONS) };
    }
    // An instruction with a deadline tells only as an instruction does (instructionTells).
    if (ctx.frame.instructions === 'evidence' && !mayBeAddressed(s, ctx)) return undefined;
    for (const i of clauseStarts(s, ctx.chunk)) {
      const first = words[i].w;
      const haveDone = first === 'have' || first === 'get' ? HAVE_DONE.exec(s.norm.slice(words[i].start - s.start)) : null;
      const imperative = !haveDone && imperativeAt(s, ctx.chunk, i);
      if (!haveDone && !imperative) continue;
      // "Avoid touching the payments service this quarter" forbids; it sets no deadline (negative-imperative).
      if (imperative && isStopVerb(words[imperative.verb].w)) continue;
      const clause = s.norm.slice(words[i].start - s.start);
      const cut = clause.search(/[,;—–]\s/);
      const deadline = findDeadline(cut > 0 ? clause.slice(0, cut) : clause);
      if (!deadline || !instructionTells(s, ctx, i, imperative ? imperative.verb : i)) continue;
      return {
        ruleId: rule.id, start: words[i].start, end: words[i].start + (haveDone ? haveDone[0].length : words[i].end - words[i].start),
        message: rule.summary,
        suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, i) : NO_SUGGESTIONS),
      };
    }
    return undefined;
  },
};
export default rule;
