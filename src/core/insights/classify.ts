// Reads one sentence of a note: is it a question the manager asks, and is it open or closed?
//
// Open and closed follow motivational-interviewing coding (MITI: a closed question can be answered
// with yes or no, a choice or a single fact; an open one invites explanation, reflection or options)
// and read the form of the clause, as automated coders of therapy transcripts do (Tanana et al.,
// 2016, with simple sentence features): the first words, a wh-word against auxiliary inversion,
// "or" between choices, "any X?", "how many/much/long" asking for a number, invitations such as
// "Tell me about ..." that need no question mark. Leading questions are not decided here: the
// linter's leading-question findings decide them (see stats.ts).
//
// What is not the manager asking: questions reported or quoted ("She asked whether ...?"), a speaker
// label for someone else ("Sam: can you ...?"), labels and headings ("**Any Qs?**"), asides in
// brackets ("(maybe fair??)"), to-dos to ask someone else ("Ask Sam whether ...?") and doubts
// written down ("Not sure if ...?"). Pure: no vscode, no Node.
import { tokens, words, type Tok } from './words';

export type QuestionForm = 'open' | 'closed';

/** Why a sentence with a question mark is not a question the manager asks. */
export type NotAsked = 'reported' | 'speaker' | 'label' | 'aside' | 'to-do' | 'none';

export interface SentenceInput {
  /** The sentence as written. */
  readonly text: string;
  /**
   * The same sentence with what is not prose blanked to spaces (inline code, URLs, quoted speech,
   * emphasis markers, list markers), the same length as `text`. Defaults to `text`.
   */
  readonly masked?: string;
  /** The text of the sentence's line before it (list marker, emphasis...), and after it. */
  readonly lineBefore?: string;
  readonly lineAfter?: string;
}

export type Reading =
  | { readonly form: QuestionForm; /** Offsets in the sentence of the question itself. */ readonly from: number; readonly to: number }
  | { readonly not: NotAsked };

const WH = words('what which who whom whose when where why how');
const AUX = words(`
  am is are was were do does did have has had can could will would shall should may might must
  ain't isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't cannot couldn't won't wouldn't
  shan't shouldn't mightn't mustn't needn't
`);
const ANY = words('any anything anyone anybody anywhere something someone somebody everything everyone');
/** Words that open a sentence without deciding its form ("So, ...", "Quick q: ..."). */
const DISCOURSE = words(`
  so and but also ok okay k hey hi well oh then now btw anyway anyways honestly alright hmm um uh actually sorry
  plus just quick one last final finally lastly first next again please thanks q real also totally seriously
`);
/** Subjects that mean the manager is the one asking. */
const MANAGER = words("i i'm i've i'd me myself");
/** Speaker labels for the manager, and for the other side. */
const MANAGER_LABELS = words('me i q question mgr manager myself ask my');
const OTHER_LABELS = words('a answer ans reply response resp them they he she him her they\'re report dr');
/**
 * Topics that label a line ("Career: where do you want to be?"): a label that is one of these is the
 * manager's, any other single word before a colon is taken for someone speaking ("Sam: can you ...?").
 */
const TOPICS = words(`
  career growth feedback blockers blocker hiring promo promotion project projects team update updates agenda topic
  topics goals goal okrs okr perf performance health wellbeing oncall on-call roadmap process idea ideas note notes
  todo todos action actions decision decisions context misc other followup follow-up followups next steps check
  re about regarding offsite budget planning plan release launch demo retro review reviews incident incidents
  learning learnings reflection opening close closing problem problems challenge challenges wins kudos risks risk
  concerns concern morale workload priorities priority interview interviews check-in checkin guild chapter org
  reorg training conference travel visa comp compensation salary equity pto leave vacation mentoring coaching pairing
  architecture design rfc docs doc documentation testing tests ci infra security customers customer headcount
  contractor contractors metrics sprint sprints standup standups q1 q2 q3 q4 quarter migration migrations deploy
  deploys handover handoff onboarding offboarding wfh remote office
`);
/** Section names that, alone on a line with a question mark, are a label rather than a question. */
const SECTION_WORDS = words('questions question career agenda notes feedback updates topics misc other followups actions todos goals okrs wins kudos growth reflection');
/** Verbs that report a question: whatever follows them is what was asked ("She asked whether ..."). */
const ASKING = words(`
  ask asks asked asking wonder wonders wondered wondering question questions questioned inquire inquires inquired
  query queries queried raise raises raised challenge challenged curious
`);
/**
 * Verbs that report speech: they report a question only when they introduce it ("He said: why ...?",
 * "she went, can we ...?", "told me whether ..."), not in "The retro went ok, didn't it?".
 */
const SAYING = words(`
  say says said tell tells told reply replies replied respond responds responded mention mentions mentioned write
  writes wrote text texted message messaged ping pinged post posted comment commented go goes went
`);
/** Whom a planned question is put to in a label ("Ask him: ..."): the person met. */
const PLANNED_HEARER = words('him her them');
/** Who, after "Asked" in a label, makes it a question put to the manager ("Asked me: ..."). */
const ASKED_OF_ME = words('me us myself');
/** Who may stand between a verb of saying and what was said ("told me", "asked Sam"). */
const HEARER = words('me him her them us you everyone everybody');

const DISCUSSED = words('discuss discussed discussing talk talked debated debate decided considered explored covered unsure unclear');
/** Verbs of a to-do to ask someone else: "Ask Sam whether ...?", "Check with legal if ...?". */
const TODO = words('ask check confirm find follow ping verify clarify chase email slack dm message loop remind');
const QUANTITY = words('many much long often old far soon late early big tall fast frequently');
const DEGREE = words('sure confident likely certain');
/** Nouns after "what" or "what's the" that ask for a single fact. */
const FACT_NOUNS = words(`
  time day date days dates week month version number percentage percent size score level grade room channel ticket link
  url eta deadline budget cost price name team tool tools language framework title salary band due timezone zone
  address phone email count total figure
`);
const TIME_WORDS = words('today tomorrow monday tuesday wednesday thursday friday saturday sunday week weekend month morning afternoon time noon');
/** Mental and experience verbs: "which ... do you enjoy", "when do you feel ..." ask for reflection. */
const MENTAL = words(`
  think thinks thought feel feels felt feeling find finds found notice noticed learn learned learnt enjoy enjoyed
  struggle struggled worry worried understand see seem seems look looks matter matters like liked love surprise
  surprised excite excites excited frustrate frustrates frustrated energize energizes drain drains help helps
  crowd differently least most hardest easiest best worst strange proud stuck thrive
`);
/** What "when" asks about as an experience rather than a date. */
const WHEN_EXPERIENCE = words('feel feels felt find notice enjoy struggle thrive help helps crowd stuck best worst hardest easiest proud');
/** Verbs of an invitation to talk ("Can you walk me through ...", "Tell me about ..."). */
const INVITE = words('tell walk talk take say describe share explain expand elaborate unpack give paint fill catch help');
/** Fragments that invite thought ("Thoughts on the rota?"). */
const OPEN_NOUNS = words(`
  thoughts thought ideas feelings views view take opinions opinion reactions reaction impressions impression
  suggestions learnings lessons takeaways takeaway reflections perspective perspectives feedback meaning example
  examples
`);
const MODALS = words('would could might should can may');
const POSSIBLE = words('could might may');
/** What "which of ..." picks from when the options are already named. */
const PRESENTED = words('these those them the both two three us');
const DETERMINERS = words('the a an this that my your our his her their its these those');

/** True when the verb of saying at k introduces what was said: a colon or comma, "like", or an embedded question. */
function introduces(t: readonly Tok[], k: number): boolean {
  let j = k + 1;
  if (t[j] && HEARER.has(t[j].w)) j++;
  const next = t[j];
  if (!next) return false;
  return /[:,—–]/.test(next.sep) || next.w === 'like' || next.w === 'if' || next.w === 'whether' || WH.has(next.w);
}

/** A verb at k that reports a question (see ASKING and SAYING). */
function reportsAt(t: readonly Tok[], k: number): boolean {
  const w = t[k].w;
  if (ASKING.has(w)) return true;
  if ((w === 'want' || w === 'wants' || w === 'wanted') && t[k + 1]?.w === 'to' && t[k + 2]?.w === 'know') return true;
  return SAYING.has(w) && introduces(t, k);
}

/**
 * The words after an invitation verb that make it an invitation to talk, not an instruction. `verb`
 * is the verb's base form when the word at i is inflected ("telling" after "would you mind").
 */
function inviteAt(t: readonly Tok[], i: number, verb = t[i]?.w): boolean {
  const w = verb;
  const a = t[i + 1]?.w;
  const b = t[i + 2]?.w;
  const c = t[i + 3]?.w;
  if (!w) return false;
  const toMe = a === 'me' || a === 'us';
  switch (w) {
    case 'tell': return toMe && (!b || oneOf('about more how what why where who a your the everything anything something', b));
    case 'walk': case 'talk': case 'take': return toMe && b === 'through';
    case 'help': return toMe && oneOf('understand see think get picture', b);
    case 'say': return a === 'more' || a === 'a' || (a === 'something' && b === 'about');
    case 'share': return !!a && (oneOf('more how what why a an thoughts', a) || (a === 'your' && oneOf('thoughts view views take perspective experience story thinking side', b)));
    case 'describe': return oneOf('how what why where when a an your', a);
    case 'explain': return (toMe || a === 'to') && oneOf('how what why', toMe ? b : c);
    case 'expand': case 'elaborate': return !a || a === 'on' || a === 'a';
    case 'unpack': return true;
    case 'give': return toMe && oneOf('an a some your the', b) && oneOf('example examples sense take view story backstory context picture overview rundown', c);
    case 'paint': return true;
    case 'fill': return toMe && b === 'in';
    case 'catch': return toMe && b === 'up';
    default: return false;
  }
}

/** Small word lists written where they are read, each made into a set once. */
const LISTS = new Map<string, ReadonlySet<string>>();
function oneOf(list: string, w: string | undefined): boolean {
  let set = LISTS.get(list);
  if (!set) LISTS.set(list, (set = words(list)));
  return w !== undefined && set.has(w);
}

type Opener = 'wh' | 'aux' | 'any' | 'invite';

function openerAt(t: readonly Tok[], i: number): Opener | undefined {
  const w = t[i]?.w;
  if (!w) return undefined;
  if (WH.has(w)) return 'wh';
  if (AUX.has(w)) return 'aux';
  if (ANY.has(w)) return 'any';
  if (INVITE.has(w) && inviteAt(t, i)) return 'invite';
  return undefined;
}

function skipDiscourse(t: readonly Tok[], i: number, end = t.length): number {
  while (i < end && DISCOURSE.has(t[i].w)) i++;
  return i;
}

function has(t: readonly Tok[], from: number, set: ReadonlySet<string>, to = t.length): boolean {
  for (let k = from; k < to; k++) if (set.has(t[k].w)) return true;
  return false;
}

/** The end of the clause that starts at i: the next strong break (";", ":", "—", or a comma before "and/or/but"). */
function clauseEnd(t: readonly Tok[], i: number): number {
  for (let k = i + 1; k < t.length; k++) {
    const sep = t[k].sep;
    if (/[;:—–]/.test(sep)) return k;
    if (sep.includes(',') && (t[k].w === 'and' || t[k].w === 'or' || t[k].w === 'but' || t[k].w === 'so')) return k;
  }
  return t.length;
}

/**
 * A wh-question that ends by naming the options is a choice: "What would you rather do, lead or
 * follow?". The options come after the last comma, colon or dash, joined by "or" (not a new clause:
 * "..., or is it too early?").
 */
function offersChoice(t: readonly Tok[], i: number): boolean {
  let last = -1;
  for (let k = i + 1; k < t.length; k++) if (/[,:—–]/.test(t[k].sep)) last = k;
  if (last < 0 || t.length - last > 8) return false;
  for (let k = last; k < t.length - 1; k++) {
    if (t[k].w === 'or' && k > last - 1) return !WH.has(t[k + 1].w) && !AUX.has(t[k + 1].w) && t[k + 1].w !== 'not';
  }
  return false;
}

/** A rating asks for a number: "on a scale of 1 to 10", "out of 5", "1–5". */
function asksRating(t: readonly Tok[]): boolean {
  for (let k = 0; k < t.length; k++) {
    const w = t[k].w;
    // A scale with numbers ("on a scale of 1 to 10"), not "on a small scale".
    if ((w === 'scale' || w === 'rating') && t.some(x => /^\d+$/.test(x.w))) return true;
    if (w === 'out' && t[k + 1]?.w === 'of' && /^\d+$/.test(t[k + 2]?.w ?? '')) return true;
    if (/^\d+-\d+$/.test(w) || (/^\d+$/.test(w) && /^\d+$/.test(t[k + 1]?.w ?? '') && /^[-–/]$/.test(t[k + 1].sep))) return true;
  }
  return false;
}

/** The form of a question whose opener is at i. */
function formAt(t: readonly Tok[], i: number): QuestionForm {
  const w = t[i].w;
  const a = t[i + 1]?.w;
  const b = t[i + 2]?.w;
  const end = clauseEnd(t, i);
  if (w !== 'why' && WH.has(w) && (offersChoice(t, i) || asksRating(t))) return 'closed';
  switch (w) {
    case 'why': return 'open';
    case 'how':
      if (a === 'come' || a === 'so') return 'open';
      if (a && (QUANTITY.has(a) || DEGREE.has(a))) return 'closed';
      if (a === 'about') return b === 'you' && t.length <= i + 3 ? 'open' : 'closed';
      return 'open';
    case 'what':
      if (a === 'if' || a === 'else') return 'open';
      if (a === 'about') return has(t, i + 2, TIME_WORDS, end) ? 'closed' : 'open';
      if (a && FACT_NOUNS.has(a)) return 'closed';
      // "what's the ETA?", "what is your level?": a single fact.
      if ((a === 'is' || a === 'was' || a === 'are') && b && DETERMINERS.has(b) && FACT_NOUNS.has(t[i + 3]?.w ?? '')) return 'closed';
      return 'open';
    case 'which':
      // A pick among options already on the table ("which one", "which of these") is a choice.
      if (a === 'one' || a === 'ones' || (a === 'of' && b && PRESENTED.has(b))) return 'closed';
      return has(t, i + 1, MENTAL, end) ? 'open' : 'closed';
    case 'when':
      if (a === 'have' || a === 'has' || a === 'had') return 'open';
      return has(t, i + 1, WHEN_EXPERIENCE, end) ? 'open' : 'closed';
    case 'where':
      if ((a === 'is' || a === 'are' || a === 'was' || a === 'were') && b && DETERMINERS.has(b)) return 'closed';
      if ((a === 'are' || a === 'is') && b === 'you' && oneOf('based located sitting from', t[i + 3]?.w)) return 'closed';
      if (a === 'did' && b === 'you' && oneOf('put leave save post park store file go', t[i + 3]?.w)) return 'closed';
      return 'open';
    case 'who':
      // Possibilities ("who could help?", "who else ...") invite options; "who should own it?" asks for one name.
      if (a === 'else' || has(t, i + 1, POSSIBLE, end) || (a === 'do' && b === 'you' && t[i + 3]?.w === 'think')) return 'open';
      return 'closed';
    case 'whom': case 'whose': return 'closed';
  }
  if (INVITE.has(w) && inviteAt(t, i)) return 'open';
  if (AUX.has(w)) {
    // "Can you walk me through ...?", "Would you mind telling me more?", "Could you say more?"
    let k = i + 1;
    if (t[k] && (t[k].w === 'you' || t[k].w === 'we')) k++;
    while (oneOf('please just maybe briefly quickly', t[k]?.w)) k++;
    if (oneOf('mind care want like', t[k]?.w)) {
      k++;
      if (t[k]?.w === 'to') k++;
    } else if (t[k]?.w === 'be' && oneOf('willing open up happy able', t[k + 1]?.w)) {
      k += 2;
      if (t[k]?.w === 'to') k++;
    }
    const base = t[k] && baseForm(t[k].w);
    if (base && inviteAt(t, k, base)) return 'open';
    return 'closed';
  }
  return 'closed';
}

/** An invitation verb's base form: "telling" → tell, "describing" → describe; undefined for other words. */
function baseForm(w: string): string | undefined {
  if (INVITE.has(w)) return w;
  const stem = w.replace(/ing$/, '');
  if (stem === w) return undefined;
  if (INVITE.has(stem)) return stem;
  if (INVITE.has(`${stem}e`)) return `${stem}e`;
  return undefined;
}

/** A verbless fragment ("Thoughts on the rota?", "Friday ok?"): open when it asks for thoughts. */
function fragmentForm(t: readonly Tok[], i: number): QuestionForm {
  const w = t[i]?.w;
  if (w && OPEN_NOUNS.has(w)) return 'open';
  if (w === 'like' && t[i + 1]?.w === 'what') return 'open';
  if (w === 'such' && t[i + 1]?.w === 'as') return 'open';
  if (w === 'for' && t[i + 1]?.w === 'example') return 'open';
  return 'closed';
}

/** After a closed first clause, a later clause that is open makes the question open ("Did it work, and what would you change?"). */
function laterOpen(t: readonly Tok[], from: number): boolean {
  for (let k = from + 1; k < t.length; k++) {
    if (!/[,;:—–]/.test(t[k].sep) && t[k].w !== 'and') continue;
    const j = skipDiscourse(t, k);
    if (j < t.length && openerAt(t, j) && (WH.has(t[j].w) || INVITE.has(t[j].w)) && formAt(t, j) === 'open') return true;
  }
  return false;
}

/** Index of the first token that starts after offset `at` (t.length when none does). */
function firstAfter(t: readonly Tok[], at: number): number {
  let k = 0;
  while (k < t.length && t[k].start <= at) k++;
  return k;
}

/** The index of the question opener in t from i: the head of the first clause that opens like a question. */
function findOpener(t: readonly Tok[], i: number): number {
  const k = skipDiscourse(t, i);
  if (k < t.length && openerAt(t, k)) return k;
  for (let j = k + 1; j < t.length; j++) {
    if (!/[,;:—–(]/.test(t[j].sep)) continue;
    const h = skipDiscourse(t, j);
    if (h < t.length && openerAt(t, h)) return h;
  }
  return -1;
}

/** What kind of speaker a label before a colon names. */
function labelKind(label: readonly Tok[], text: string, base: number): 'manager' | 'other' | 'topic' | 'reported' {
  const verb = label.findIndex(x => ASKING.has(x.w) || SAYING.has(x.w));
  // "Ask: ...", "Ask him: ..." (a talking point, or the linter's rewrite of planned telling): the
  // manager's own question, planned.
  if (verb === 0 && (label[0].w === 'ask' || label[0].w === 'raise') && label.length <= 2 && label.slice(1).every(x => PLANNED_HEARER.has(x.w))) return 'manager';
  // "Asked: ...", "Asked him: ...", "Asked Sam: ..." (no one named as asking): the manager's note of the
  // question they asked, as "I asked: ..." is; "Asked me: ..." is someone asking the manager.
  if (verb === 0 && label[0].w === 'asked' && label.length <= 2 && label.slice(1).every(x => !ASKED_OF_ME.has(x.w))) return 'manager';
  // "I asked her: ..." is the manager's own question; "Priya asked: ..." is someone else's.
  if (verb >= 0) return label.slice(0, verb).every(x => MANAGER.has(x.w) || SUBJECT_FILLER.has(x.w)) && verb > 0 ? 'manager' : 'reported';
  if (label.length === 1) {
    const w = label[0].w;
    if (MANAGER_LABELS.has(w)) return 'manager';
    if (OTHER_LABELS.has(w)) return 'other';
    if (TOPICS.has(w) || /\d/.test(w)) return 'topic';
    return 'other';
  }
  if (label.length === 2 && MANAGER_LABELS.has(label[0].w) && (label[1].w === 'q' || label[1].w === 'question')) return 'manager';
  // Two capitalised words are a name ("Sam Lee: ..."); other phrases are topics ("Next steps: ...").
  const capitalised = label.every(x => /^\p{Lu}/u.test(text.slice(x.start - base, x.end - base)));
  if (label.length === 2 && capitalised && !label.some(x => TOPICS.has(x.w))) return 'other';
  return 'topic';
}

/** True when the last question mark of the sentence is inside brackets. */
function inBrackets(text: string): boolean {
  const q = text.lastIndexOf('?');
  if (q < 0 || !/[([{]/.test(text)) return false;
  let depth = 0;
  for (let k = 0; k < q; k++) {
    const c = text[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A question in single quotes: an opening quote mark after a space, colon or line start, and a closing
 * one right after the question mark ("Her words: 'why are we doing this?'"). Double and typographic
 * quotes are masked as quoted speech before the sentence is read (lint/prose.ts).
 */
function quoted(text: string): boolean {
  if (!/\?+['’]\s*$/.test(text)) return false;
  const close = text.search(/\?+['’]\s*$/);
  return /(?:^|[\s:(])['‘][^'‘’]*$/.test(text.slice(0, close));
}

/** The line before a sentence that leaves it all of its line: list markers, a task box, emphasis. */
const LINE_HEAD = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)*(?:\[[ xX]\]\s+)?[*_]*\s*$/;

/** "**Any Qs?**", "_Career?_ ...", "Questions?:", "Career?" alone: a label, not a question. */
function isLabel(input: SentenceInput, text: string, t: readonly Tok[]): boolean {
  const before = input.lineBefore ?? '';
  const after = input.lineAfter ?? '';
  // Emphasis that opens before the sentence's first word and closes right after its question mark.
  const open = /(\*\*|__|\*|_)$/.exec(before.trimEnd())?.[1];
  if (open && after.startsWith(open)) return true;
  const inside = /^(\*\*|__|\*|_)(.*?)\1/.exec(text.trim());
  if (inside && /\?\s*$/.test(inside[2])) return true;
  if (/^\s*[*_]*\s*:/.test(after) || /\?+\s*[*_]*\s*:\s*$/.test(text)) return true;
  const whole = LINE_HEAD.test(before) && /^[\s*_]*$/.test(after);
  return whole && t.length === 1 && SECTION_WORDS.has(t[0].w);
}

/**
 * Reads a sentence that ends with a question mark, or one that may be an invitation without one
 * ("Tell me about the offsite."), as the manager's question and its form, or says why it is not one.
 */
export function readSentence(input: SentenceInput, question: boolean): Reading {
  const text = input.text;
  const masked = input.masked ?? text;
  if (question) {
    // Brackets and quote marks may lie outside the sentence's own text, on its line.
    const upTo = (input.lineBefore ?? '') + text;
    if (inBrackets(upTo) || (/^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)*[([]/.test(upTo) && /[)\]]\s*$/.test(upTo + (input.lineAfter ?? '')))) return { not: 'aside' };
    if (quoted(upTo)) return { not: 'reported' };
  }
  // A question on the last line of a sentence that runs over lines stands on its own.
  const all = tokens(masked);
  let first = 0;
  let limit = all.length;
  let to = masked.length;
  if (question) {
    for (let nl = masked.lastIndexOf('\n'); nl >= 0; nl = nl > 0 ? masked.lastIndexOf('\n', nl - 1) : -1) {
      const head = firstAfter(all, nl);
      const k = skipDiscourse(all, head);
      if (k < all.length && (openerAt(all, k) || (all[head + 1]?.sep.includes(':') ?? false) || (all[head + 2]?.sep.includes(':') ?? false))) {
        first = head;
        break;
      }
    }
  } else {
    // Without a question mark, only the first line can be an invitation (notes run lines together).
    const nl = masked.indexOf('\n');
    if (nl >= 0) {
      to = nl;
      limit = firstAfter(all, nl);
    }
  }
  if (first >= limit) return { not: 'none' };
  const t = first === 0 && limit === all.length ? all : all.slice(first, limit);
  if (first > 0) t[0] = { ...t[0], sep: '' };
  const from = t[0].start;
  if (question && isLabel(input, text.slice(from, to), t)) return { not: 'label' };

  let i = 0;
  let topic = false;
  // A speaker label: "Sam: ...", "Me: ...", "Q: ...", "Career: ...".
  const colon = t.findIndex((x, k) => k > 0 && k <= 3 && x.sep.includes(':'));
  if (colon > 0 && !t.slice(0, colon).some(x => WH.has(x.w) || (AUX.has(x.w) && x !== t[0]))) {
    const kind = labelKind(t.slice(0, colon), text, 0);
    if (kind === 'other' || kind === 'reported') return { not: kind === 'other' ? 'speaker' : 'reported' };
    i = colon;
    topic = kind === 'topic';
  }
  i = skipDiscourse(t, i);
  if (i >= t.length) return { not: 'none' };
  // A design prompt, "HMW make bank-link feel safe before we ask for it?", "How might we ...?": a to-do of the team's, not asked of anyone.
  if (t[i].w === 'hmw' || (t[i].w === 'how' && t[i + 1]?.w === 'might' && t[i + 2]?.w === 'we')) return { not: 'to-do' };
  // The question as shown: a topic label stays with it ("Guild: yes or no?"), a speaker label does not.
  const at = topic ? t[0].start : t[i].start;

  // Written down, not asked: a to-do to ask someone else, a doubt, a topic discussed.
  if (TODO.has(t[i].w) && t[i + 1] && t[i + 1].w !== 'me' && t[i + 1].w !== 'us' && !openerAt(t, i)) return { not: 'to-do' };
  const opener = findOpener(t, i);
  const head = opener >= 0 ? opener : t.length;
  // "Jas wants the level 3 and Bev asked is it worth it?": a question run into its report after a clause
  // of its own, the asker named right before it (not the manager).
  if (question) {
    for (let k = i + 6; k < t.length - 2; k++) {
      if ((t[k].w === 'asked' || t[k].w === 'asks') && openerAt(t, k + 1) && /^\p{Lu}\p{Ll}/u.test(input.text.slice(t[k - 1].start, t[k - 1].start + 2)) && !/[,;:—–(]/.test(t[k + 1].sep)) return { not: 'reported' };
    }
  }
  // Reporting verbs before the question: whose question is it?
  for (let k = i; k < Math.min(head, i + 6); k++) {
    const w = t[k].w;
    if (DISCUSSED.has(w) || (w === 'not' && t[k + 1]?.w === 'sure') || (w === 'no' && t[k + 1]?.w === 'idea') || (w === "don't" && t[k + 1]?.w === 'know')) {
      return { not: 'reported' };
    }
    const frame = curiosityAt(t, k);
    const reports = frame > k || reportsAt(t, k);
    if (!reports) continue;
    // Without a question mark only curiosity asks ("I'm curious how ...") and the manager's note of a
    // question asked ("Asked what would make the rota fairer"); "I said what I thought" does not.
    if (!question && frame <= k && w !== 'asked') return { not: 'none' };
    const subject = t.slice(i, k);
    // With no subject, "asked whether ...?" is the manager's note of their own question; "said: ...?" is not.
    const mine = subject.length === 0 ? !SAYING.has(w) : subject.every(x => MANAGER.has(x.w) || SUBJECT_FILLER.has(x.w));
    if (!mine) return { not: 'reported' };
    // The manager's own question, reported or wondered aloud: read what was asked.
    const rest = frame > k ? frame : k + (t[k + 1]?.w === 'to' && t[k + 2]?.w === 'know' ? 3 : 1);
    let e = rest;
    while (e < t.length && e < rest + 3 && !WH.has(t[e].w) && !EMBEDDED.has(t[e].w)) e++;
    if (e < t.length && (t[e].w === 'if' || t[e].w === 'whether')) return { form: 'closed', from: at, to };
    if (e < t.length && EMBEDDED.has(t[e].w)) return { form: 'open', from: at, to };
    if (e < t.length && WH.has(t[e].w)) return { form: formAt(t, e), from: at, to };
    if (!question) return { not: 'none' };
    break;
  }
  if (!question) {
    // Without a question mark: an invitation, or the manager's curiosity ("I'm curious how ...").
    if (opener === i && openerAt(t, i) === 'invite') return { form: 'open', from: at, to };
    if (opener === i && inviteAfterModal(t, i)) return { form: 'open', from: at, to };
    // A line with no closing punctuation that opens like a question: "hows the move going".
    if (opener === i && !/[.!:;]\s*$/.test(masked.slice(0, to)) && invertedQuestion(t, i)) {
      return { form: formAt(t, i), from: at, to };
    }
    return { not: 'none' };
  }
  if (opener < 0) return { form: fragmentForm(t, i), from: at, to };
  let form = formAt(t, opener);
  if (form === 'closed' && laterOpen(t, opener)) form = 'open';
  return { form, from: at, to };
}

/** Words that may stand between the manager and a verb of asking ("I would love to hear", "I'm just curious"). */
const SUBJECT_FILLER = words("am was would 'd really just also so am genuinely still");
/** What follows a frame of asking: "if" and "whether" ask yes or no; "about", "more" and "your" open a topic. */
const EMBEDDED = words('if whether about more your');

/**
 * A frame of curiosity at k: "curious", "interested in", "(love|like|want|keen) to (hear|know|
 * understand|learn)". Returns the index after it, or k when there is none.
 */
function curiosityAt(t: readonly Tok[], k: number): number {
  const w = t[k].w;
  if (w === 'curious') return t[k + 1]?.w === 'to' && oneOf('hear know understand learn', t[k + 2]?.w) ? k + 3 : k + 1;
  if (w === 'interested' && t[k + 1]?.w === 'in') return k + 2;
  if (oneOf('love like want keen', w) && t[k + 1]?.w === 'to' && oneOf('hear know understand learn', t[k + 2]?.w)) return k + 3;
  return k;
}

/** "Can you walk me through ..." written without a question mark. */
function inviteAfterModal(t: readonly Tok[], i: number): boolean {
  return AUX.has(t[i].w) && MODALS.has(t[i].w) && formAt(t, i) === 'open';
}

/** A wh-word followed by an auxiliary ("how is", "what do you"), or an auxiliary followed by you. */
function invertedQuestion(t: readonly Tok[], i: number): boolean {
  const a = t[i + 1]?.w;
  if (!a) return false;
  if (WH.has(t[i].w)) return AUX.has(a) || QUANTITY.has(a);
  if (AUX.has(t[i].w)) return a === 'you' || a === 'we';
  return false;
}
