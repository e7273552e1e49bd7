import { aboutThem, asksOfManager, BAN_UNLESS, clauseStarts, DELIVERY_MANNER, instructionTells, isDiscourse, mayBeAddressed } from '../analysis';
import { markedAsSaid, type Frame } from '../frame';
import { isBaseVerb, verbLikelihood } from '../english';
import { wordSet, NOTE_TO_SELF_AFTER_DONT } from '../lexicon';
import { asks, isGerund, later, nounPhrase, rewrites, topicOf, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import { WordClass } from '../wordclass';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';

/** "No promises until I talk to Hendricks", "no worries until ...": a stock phrase after "no", no ban. */
const NO_STOCK = wordSet('promises promise guarantees guarantee worries worry problem problems rush pressure idea');
/** Reassurance and encouragement: "Don't worry", "Don't hesitate to ask", "Don't be afraid to push back". */
const KIND_AFTER_DONT = wordSet('worry hesitate panic stress apologize apologise beat feel mind sweat rush');
/** How the manager means to open the meeting ("Do not lead with blame", "don't open with the rating"). */
const OPENING = wordSet('lead open start begin');
/** After "don't rush": what leaves it kind ("don't rush it", "don't rush back"). */
const RUSH_KIND = wordSet('it back yourself things this into anything off the');

/** "rush" at k with someone or something to hurry right after it ("dont rush custs"), not "don't rush, ...", "don't rush it". */
function rushes(s: Sentence, k: number): boolean {
  const next = s.words[k + 1];
  return !!next && !RUSH_KIND.has(next.w) && !s.norm.slice(s.words[k].end - s.start, next.start - s.start).trim();
}
const ROMANCE_GERUND = /^[a-zà-ú]{2,}(?:ando|endo|indo)$/;
const KIND_AFTER_STOP = wordSet('by worrying apologizing apologising in');

function suggest(mode: Mode, s: Sentence, chunk: string, verbAt: number): readonly Suggestion[] {
  return rewrites(s, ...asks('tradeoffs', topicOf(s, chunk, verbAt), mode));
}

/** Whether the sentence ends by naming the person met after a comma: "..., Kofi." (a vocative). */
function namedLast(s: Sentence, chunk: string, parties: Frame['parties']): boolean {
  const last = s.words[s.words.length - 1];
  if (!last || s.words.length < 3 || last.w.length < 2 || !parties.person.has(last.w) || !/^\p{Lu}/u.test(chunk.slice(last.start, last.end))) return false;
  return /,\s*$/.test(chunk.slice(s.words[s.words.length - 2].end, last.start));
}

/** "No more bank shifts on Ward 7": the trade-offs of what is banned, as written (a noun, not a verb). */
function suggestBanned(mode: Mode, s: Sentence, chunk: string, at: number): readonly Suggestion[] {
  const text = chunk.slice(s.words[at].start, s.end).replace(/,\s*[\p{Lu}][\p{L}'-]*\s*[.!]*$/u, '').replace(/[.!?,;:]+$/, '');
  const banned = nounPhrase(text);
  return rewrites(s, ...asks('tradeoffs', { topic: banned, situation: '', gerund: banned, deadline: false }, mode));
}

/** Verbs of how the manager holds the talk, alone after "don't": "don't tell", "don't fix", "don't rescue". */
const SELF_CONDUCT_ALONE = wordSet('tell fix solve rescue lecture interrupt advise preach direct jump');
/** A sentence that names its subject first, in the plural, then its verb: "Guests take ...", "They leave ...", "People forget ...". */
const SUBJECT_FIRST = /^(?:they|we|people|[a-z]{3,}s)\s+[a-z]/;
/** "You don't shoot off one foot in a game again", "you never leave the site unsigned again": their ban, in the present. */
/** "You don't leave the ground till ...": a ban until a condition, its subject "you". */
/** A sentence closed to discussion at its end: "... Period.", "..., full stop". */
const CLOSED_END = /[\s,.;—–-](?:period|full\s+stop)\s*[.!]*\s*$/;
const YOU_DONT_UNTIL = /^(?:and\s+|so\s+)?(?:you|u)\s+(?:don't|dont|do\s+not|never)\s+(?!(?:have|need|know|think|feel|want|worry|get)\b)[a-z]+(?=[^.?!]{0,80}\b(?:till|until|before|unless)\b)/;
const YOU_DONT_AGAIN = /^(?:[a-z][\w'-]*,\s+|(?:from|starting|as\s+of)\s+(?:now\s+on|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week),?\s+)?(?:and\s+|so\s+)?(?:you|u)\s+(?:don't|dont|do\s+not|never)\s+(?!(?:have|need|know|think|feel|want|worry|get)\b)[a-z]+(?=[^.?!]{0,80}\b(?:again|anymore|any\s+more|without|even\s+if|ever)\b)/;
/** YOU_DONT_AGAIN's ban without the word that closes it in the sentence (a sentence after it closes it: "ever.", "period."). */
const YOU_DONT = new RegExp(YOU_DONT_AGAIN.source.slice(0, YOU_DONT_AGAIN.source.lastIndexOf('(?=[^.?!]{0,80}')));

/** "it's her call", "that's his decision": the choice left to them. */
const THEIR_CALL = /\b(?:it's|it\s+is|that's|that\s+is)\s+(?:his|her|their)\s+(?:call|decision|choice)\b/;
/** A condition whose subject is the manager: "when I actually mean", "if I'm honest", "because I ...". */
const SELF_WHEN = /\b(?:when|whenever|while|if|because|as|once|before|after)\s+i(?:'m|\s+am|'ve|\s+have)?\b/;

/** A rule for anyone, in the present, and what lifts it: "nobody goes on deck without orientation" (not "nobody knew until Friday"). */
const NOBODY_UNLESS = /^(?:nobody|no[\s-]one)\s+[a-z]+s\s+(?:[\w'-]+\s+){0,6}?(without|until|unless|till|til)\b/;

/** Verbs that report what was said, first: what follows may be the words said. */
const REPORT_FIRST = wordSet('tell told say said ask asked remind reminded warn warned');

const rule: Rule = {
  id: 'negative-imperative',
  defaultSeverity: 'warning',
  summary: 'Telling: "don\'t / never / stop" forbids instead of exploring the risk together.',
  told: true,
  // Every form below opens with one of its words.
  needs: WordClass.Prohibit,
  questions: false,
  docs: WITH_DOCS ? {
    title: 'don\'t / never / stop',
    why: 'A prohibition closes the question instead of exploring the risk together: people learn the rule but not the reason, and lose the confidence to challenge it (McKenzie).',
    flags: '"Don\'t" or "never" with a verb, "stop" or "quit" with what they are doing, "avoid" with a verb, at the start of a clause; "no more ..." when it is put to them ("No more bank shifts until August, Kofi"). These forms direct behaviour, so they count as aimed at the person met anywhere except under action items and to-dos.',
    leavesAlone: 'Reassurance ("Don\'t worry", "Don\'t hesitate to ask"), notes with a dropped subject ("Don\'t know yet whether..."), your own reminders under action items or marked "(note to self)", and under talking points your own acts ("Don\'t mention the reorg yet").',
    examples: [
      { telling: 'Don\'t push on Fridays.', asking: 'What do you see as the trade-offs of pushing on Fridays?' },
      { telling: 'Stop rewriting the auth module.', asking: 'What do you see as the trade-offs of rewriting the auth module?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    const words = s.words;
    // "You don't shoot off one foot in a game again": a ban put in the present, said or to be said to them.
    // ("From tonight, you don't give the revolve a go without a verbal \"deck clear\"": a rule from a day on, put to them, anywhere.)
    const fromDay = s.words[0]?.w === 'from' || s.words[0]?.w === 'starting' || s.words[0]?.w === 'as';
    // ("You don't leave the ground till your foreman says the words "grounds installed." Period.": closed by the sentence after it.)
    const closed = (ctx.frame.saidAfter || CLOSED_END.test(s.norm)) && (s.norm.includes('till') || s.norm.includes('until') || s.norm.includes('before') || s.norm.includes('unless'));
    if ((ctx.frame.instructions === 'planned' || ctx.frame.instructions === 'spoken' || (fromDay && ctx.frame.instructions === 'evidence') || closed) && !ctx.frame.selfNote && !s.question && (closed || (ctx.frame.saidAfter && ctx.frame.instructions === 'spoken') || s.norm.includes('again') || s.norm.includes('any') || s.norm.includes('without') || s.norm.includes('even if') || s.norm.includes('ever'))) {
      const ban = (closed ? YOU_DONT_UNTIL.exec(s.norm) : null) ?? YOU_DONT_AGAIN.exec(s.norm)
        // ("me: you don't clip to the gutter. ever.": the closing word a sentence of its own after it.)
        ?? (ctx.frame.saidAfter && ctx.frame.instructions === 'spoken' ? YOU_DONT.exec(s.norm) : null);
      if (ban && (ctx.frame.instructions !== 'evidence' || !/^[a-z][\w'-]*,\s/.test(ban[0]))) return { ruleId: rule.id, start: s.start + ban.index, end: s.start + ban.index + ban[0].length, message: rule.summary, suggest: NO_SUGGESTIONS };
    }
    for (const i of clauseStarts(s, ctx.chunk)) {
      const w = words[i]?.w;
      const n1 = words[i + 1]?.w;
      if (!w || !n1) continue;
      // (A name first without its comma, "tyler never stop by the trailer": a ban said to them only when the name is theirs.)
      // ("and tyler never stop by ...": the same after a word that only joins.)
      if ((i === 1 || (i === 2 && (words[0].w === 'and' || words[0].w === 'so' || words[0].w === 'oh' || words[0].w === 'also'))) && !isDiscourse(words[i - 1].w) && !ctx.frame.parties.person.has(words[i - 1].w) && s.norm.charCodeAt(words[i - 1].end - s.start) === 32 && (w === 'stop' || w === 'quit' || w === "don't" || w === 'dont' || w === 'never')) continue;
      // ("-- no, coaching only": an answer, its comma after "no", no ban.)
      if (w === 'no' && s.norm.charCodeAt(words[i].end - s.start) === 44) continue;
      let verbAt: number;
      if (w === "don't" || w === 'dont' || (w === 'do' && n1 === 'not')) {
        verbAt = w === 'do' ? i + 2 : i + 1;
        const v = words[verbAt]?.w;
        // ("don't agree to any CS2 dates on that call": committing to something, forbidden; "don't agree" alone, or with someone, is a view.)
        const commits = (v === 'agree' || v === 'commit') && words[verbAt + 1]?.w === 'to' && words.length > verbAt + 3 && !/^(?:that|this|it|him|her|them)$/.test(words[verbAt + 2].w);
        if (!v || (NOTE_TO_SELF_AFTER_DONT.has(v) && !commits) || v === 'you' || v === 'we' || v === 'i') continue;
        // "Don't rush (it, back, yourself)": no hurry; "dont rush custs to hit aht" directs how they treat others.
        if (KIND_AFTER_DONT.has(v) && (v !== 'rush' || !rushes(s, verbAt))) continue;
        if (v === 'be' && (words[verbAt + 1]?.w === 'afraid' || words[verbAt + 1]?.w === 'shy' || words[verbAt + 1]?.w === 'too')) continue;
        if (v.endsWith('ed') || v === 'yet' || v === 'really' || v === 'think') continue;
        // ("Next time ask, don't tell.": the manager's own way of holding the talk, the verb with nothing after it.)
        if (SELF_CONDUCT_ALONE.has(v) && verbAt === words.length - 1) continue;
        // ("Guests take them to the beach and don't bring them back": the second verb of a subject named first, not an order.)
        if (i > 2 && (words[i - 1].w === 'and' || words[i - 1].w === 'but') && SUBJECT_FIRST.test(s.norm) && isBaseVerb(words[1].w)) continue;
        // "dont let her take on the pricing proj too", "Don't overload him with points": the manager's own
        // resolve about them (the person as the object, in the third person), not words to them.
        if (aboutThem(s, verbAt + 1, ctx.frame.parties, 1) && !words.some(x => x.w === 'you' || x.w === 'your' || x.w === 'yourself')) continue;
        // ("Protect his focus on sandboxing target defaults — don't let scope creep in": the point speaks of them in the third person
        // before the ban, the manager's own resolve; not after a report of what was said, "Told him the date — don't slip it again".)
        if (i > 1 && isBaseVerb(words[0].w) && !REPORT_FIRST.has(words[0].w) && aboutThem(s, 1, ctx.frame.parties, i - 1) && !words.some(x => x.w === 'you' || x.w === 'your' || x.w === 'yourself')) continue;
        // "don't let Oscar's apologising make me go soft on it": the manager's own resolve, with "me" as the one acted on.
        if (v === 'let' && !words.some(x => x.w === 'you' || x.w === 'your') && words.some((x, k) => k > verbAt + 1 && (x.w === 'me' || x.w === 'myself') && /^(?:make|makes|talk|talks|get|gets|push|pushes|let|lets|drag|drags|pull|pulls|rush|rushes)$/.test(words[k - 1].w))) continue;
      } else if (w === 'never') {
        verbAt = i + 1;
        // ("never near the limit, never has been": a word read first as something else than a verb, a state.)
        if (!isBaseVerb(n1) || n1 === 'mind' || verbLikelihood(n1) === 'other-first') continue;
      } else if (w === 'stop' || w === 'quit') {
        verbAt = i + 1;
        // ("Thiago, stop mexendo no budget ...": a Portuguese or Spanish gerund, -ando / -endo / -indo, in a line that switches language.)
        if (KIND_AFTER_STOP.has(n1) || !(isGerund(n1) || n1.endsWith('ing') || n1 === 'the' || n1 === 'your' || n1 === 'it' || n1 === 'that' || n1 === 'doing' || ROMANCE_GERUND.test(n1))) continue;
      } else if (w === 'avoid') {
        verbAt = i + 1;
      } else if (w === 'no' && n1 !== 'more' && n1.length > 4 && n1.endsWith('ing') && isGerund(n1) && words[i + 2] && i === 0 && (ctx.frame.instructions === 'spoken' || ctx.frame.saidAfter)) {
        // "Me: no running on the road in the dark, use the indoor track": a ban, said to them.
        if (ctx.frame.selfNote) continue;
        return { ruleId: rule.id, start: words[i].start, end: words[i + 1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggestBanned, s, ctx.chunk, i + 1) : NO_SUGGESTIONS) };
      } else if (((w === 'no' && n1 !== 'more' && !NO_STOCK.has(n1)) || w === 'nobody') && (i === 0 || conditionFirst(s, i)) && words.length > 3 && (ctx.frame.instructions === 'spoken' || ctx.frame.saidAfter || markedAsSaid(s) || namedLast(s, ctx.chunk, ctx.frame.parties)) && !ctx.frame.selfNote) {
        // ("I have said to him: until the migration is finished, no new side projects.": the condition that lifts it first.)
        if (i > 0) return { ruleId: rule.id, start: words[i].start, end: words[words.length - 1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggestBanned, s, ctx.chunk, i + 1) : NO_SUGGESTIONS) };
        // "me: no index changes on prod without a ringi, even small ones": a ban with the condition that lifts it, said to them.
        // ("DH: nobody goes on deck without orientation", "no one signs off without a second check": the same, of anyone.)
        const gate = (w === 'nobody' || n1 === 'one' ? NOBODY_UNLESS : BAN_UNLESS).exec(s.norm);
        if (!gate) continue;
        const k = words.findIndex((x, j) => j > 1 && x.w === gate[1]);
        if (k < 0) continue;
        return { ruleId: rule.id, start: words[i].start, end: words[k - 1].end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggestBanned, s, ctx.chunk, 1) : NO_SUGGESTIONS) };
      } else if (w === 'no' && n1 === 'more' && words[i + 2] && !/^(?:than|questions|news|idea|worries|problem|issues?|word|for)$/.test(words[i + 2].w)) {
        // "No more bank shifts until August, Kofi": a ban, when it is put to them (named, "you", or marked as said).
        verbAt = i + 2;
        if (ctx.frame.selfNote || !(ctx.frame.instructions === 'spoken' || ctx.frame.saidAfter || markedAsSaid(s) || namedLast(s, ctx.chunk, ctx.frame.parties)
          || words.some(x => x.w === 'you' || x.w === 'your') || (i > 0 && ctx.frame.parties.person.has(words[0].w) && words[0].w.length > 1))) continue;
        const end = words[verbAt].end;
        return { ruleId: rule.id, start: words[i].start, end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggestBanned, s, ctx.chunk, verbAt) : NO_SUGGESTIONS) };
      } else {
        continue;
      }
      // No word to act on (restOf would be empty): nothing to flag.
      if (verbAt >= words.length) continue;
      // A behaviour-directing form is telling unless instructions here are the manager's own tasks.
      if (ctx.frame.selfNote) continue;
      // ("Avoid 2-week development cycles without feedback", "Don't default to all plugins; let agents ask users" in a note that
      // speaks of no one as "I" or "you", a tool's summary: a conclusion recorded, unless it is put to the person met by name.)
      if (ctx.frame.instructions === 'evidence' && ctx.frame.parties.impersonal && !(s.classes & WordClass.You) && !mayBeAddressed(s, ctx)) continue;
      // "Stop saying "we'll leave it with you" when I actually mean "do it"": the manager's own habit, with
      // "I" in the clause that says when (not said to them: "Me: ..." still is).
      if (ctx.frame.instructions !== 'spoken' && SELF_WHEN.test(s.norm) && !words.some(x => x.w === 'you' || x.w === 'your')) continue;
      // "Stop taking every 0600 call myself", "Do not lead with blame": the manager's own habit, or how they mean to open.
      if (ctx.frame.instructions !== 'spoken' && !words.some(x => x.w === 'you' || x.w === 'your')
        && (words.some(x => x.w === 'myself') || (OPENING.has(words[verbAt].w) && words[verbAt + 1]?.w === 'with'))) continue;
      // "Don't push the counterbalance thing again, it's her call": the manager leaving the choice to them;
      // "don't let this turn into a status meeting": the manager's hold on the meeting.
      if (ctx.frame.instructions !== 'spoken' && (THEIR_CALL.test(s.norm) || (words[verbAt].w === 'let' && /^(?:this|it|the\s+(?:meeting|1:1|conversation|call))\s+(?:turn|become|drift|slide|run)/.test(s.norm.slice(words[verbAt].end - s.start).trimStart())))) continue;
      // "Don't pile on", "don't lecture", "don't sugar-coat the rating": how the manager means to say it.
      if (ctx.frame.instructions !== 'spoken' && DELIVERY_MANNER.has(words[verbAt].w) && !words.some(x => x.w === 'you' || x.w === 'your')) continue;
      // (Not "Never agree to swaps without checking with me", "Don't wait for me to ring" among the agreements: nobody asks that of themself.)
      if (ctx.frame.instructions === 'never' && !words.some(x => x.w === 'you' || x.w === 'your') && (ctx.frame.owned || !asksOfManager(s, ctx.frame.section))) continue;
      if (ctx.frame.instructions === 'planned' && !instructionTells(s, ctx, i, verbAt)) continue;
      // "Don't forget to book the offsite" is a reminder, as "remember to" is (make-sure): in a record it needs evidence that it is aimed at them.
      if (words[verbAt].w === 'forget' && ctx.frame.instructions === 'evidence' && !mayBeAddressed(s, ctx)) continue;
      const end = words[Math.min(verbAt, words.length - 1)].end;
      return { ruleId: rule.id, start: words[i].start, end, message: rule.summary, suggest: (LEARNING_LEADER_REWRITES ? later(suggest, s, ctx.chunk, verbAt) : NO_SUGGESTIONS) };
    }
    return undefined;
  },
};
export default rule;

/** Words that open a condition before a ban: "until the migration is finished, no new side projects". */
const CONDITION_FIRST = wordSet('until till before unless while');

/** Whether the clause at word i follows, after a comma, a condition that opens the sentence ("until X is done, no ..."). */
function conditionFirst(s: Sentence, i: number): boolean {
  return i >= 3 && CONDITION_FIRST.has(s.words[0].w) && s.norm.charCodeAt(s.words[i - 1].end - s.start) === 44;
}
