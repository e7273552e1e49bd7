// Which part of a 1:1 note a line is in decides how it is read. Real notes are written about a
// conversation, not to the person: a bare "check with HR" under "Follow-ups" is the manager's own
// task, the same words under "My talking points" are what the manager means to tell them, and lines
// under "Her agenda" are the other person's. Headings, and one-line labels standing as headings
// ("todo", "**Action items**", "Agenda (hers):"), set the section of what follows.

import { TOGGLE_MARKS } from '../text';

/**
 * - `talk`: what the manager means to say (talking points, to raise, feedback for them, things for next time):
 *   a directive there counts as addressed to the person.
 * - `actions`: action items, follow-ups, next steps, to-dos, agreed outcomes: tasks, not telling.
 * - `self`: the manager's own notes and reflections ("## Me", "Note to self", "my notes").
 * - `prep`: the manager's preparation ("## Prep", "## Next time"): read as their own notes (a bare instruction is their
 *   task, "don't lecture" their reminder), except what they mean to put to the person ("He needs to stop ...").
 * - `theirs`: the other person's agenda or words ("Her agenda", "What he said").
 * - `notes`: the record of the conversation (notes, summary, what happened).
 * - `neutral`: a topic heading ("Search migration", "Comp"): the section above it still holds.
 */
export type SectionKind = 'talk' | 'actions' | 'self' | 'prep' | 'theirs' | 'notes' | 'neutral';

/** Headings a manager writes talking points under, besides the defaults (a setting adds to them). */
const TALK = [
  /\btalking points?\b/, /^my (?:topics|points|agenda|items|talking)\b/, /\bmanager(?:'s)? (?:agenda|topics|points|items)\b/,
  /\b(?:things |points |topics )?to (?:raise|discuss|cover|say|bring up|mention|tell|address|push on)\b/,
  /\bwhat i (?:want|need|plan|intend|'d like|would like|mean) to (?:say|raise|cover|discuss|tell|bring up|address)\b/,
  /\bfeedback (?:for|to) (?!me\b|myself\b)/, /^(?:things|topics|points|items) for (?:next|the next|our next) (?:time|1:1|one-on-one|1on1|meeting|sync|session|chat)\b/,
  /^(?:to )?bring up\b/, /^(?:to )?raise (?:with (?:him|her|them)|next (?:time|week))\b/, /^(?:topics|points|items|agenda) from (?:me|my side|the manager|manager)\b/, /^(?:my )?(?:asks?|messages?|key messages?) (?:for|to) (?:him|her|them)\b/,
  // ("Coaching points" over "- Slow down on BR checks and use the review checklist every time": what the manager coached them on.)
  /^coaching (?:points?|tips)$/,
  /^(?:to say|say|tell (?:him|her|them)|say (?:to|for) (?:him|her|them))$/, /^(?:(?:my|draft|the|opening|rough|planned|conversation) )?script\b/, /^what i(?:'ll| will| am going to|'m going to) (?:say|tell (?:him|her|them)|raise|open with)\b/, /^agenda (?:for|with) (?:him|her|them)\b/, /^prep(?:aration)? for (?:the )?(?:next )?(?:1:1|meeting)\b/,
];
const ACTIONS = [
  /\baction items?\b/, /^(?:next )?actions?$/, /^ais?$/, /\bfollow[- ]?ups?\b/, /\bnext steps?\b/, /^to[- ]?dos?\b/, /^todo\b/, /\btasks?$/,
  /^after(?: the (?:meeting|1:1|call|sync))?$/, /^next$/, /\breminders?\b/, /^agreed\b/, /\bas agreed\b/, /^decisions?\b/, /^outcomes?\b/,
  // ("Carrying forward", "Carried over": the open items taken to the next meeting.)
  /^carr(?:y|ying|ied)[- ]?(?:forward|over)\b/,
  // ("Actions agreed", "Action log", "Pending", "Open items": what is still to do, and whose.)
  /^actions? (?:agreed|to take|taken|outstanding|pending|due|owed|log|list|tracker|points?)$/, /^(?:pending|outstanding)(?: (?:items|actions|points|tasks))?$/, /^(?:the )?way forward$/, /^open (?:items|actions|points|tasks)$/,
  // ("Tasks assigned", "Assigned actions": who is to do what.)
  /^(?:tasks?|actions?|taskings?) (?:assigned|allocated|given|set)$/, /^assigned (?:tasks?|actions?)$/,
  /\bowners?$/, /\bchecklist\b/, /^afterwards?$/, /^(?:the |our |agreed )?plan$/, /^targets?$/, /^for next week$/, /^agreements?$/, /^actions? (?:for|from|after|out of|arising)\b/, /^commitments?\b/,
  // Action items in the other languages notes are kept in: Dutch, German, French, Spanish, Portuguese ("Combinado:", what was agreed).
  /^(?:acties|actiepunten|afspraken|aufgaben|ma(?:ß|ss)nahmen|n(?:ä|ae)chste schritte|prochaines (?:étapes|etapes)|tâches|taches|acciones|tareas|pendientes|compromisos|pr(?:ó|o)ximos pasos|a fazer|pend(?:ê|e)ncias|pr(?:ó|o)ximos passos|combinados?|acordados?|acordos|acuerdos)$/u,
];
/** "Feedback I received from her": their feedback on the manager, and what the manager makes of it: the manager's own. */
const RECEIVED = /^(?:the )?(?:upward )?feedback (?:i (?:received|got|was given|heard)|(?:received|given to me)) (?:from|by)\b/;
const SELF = [
  /^me$/, /^mine$/, /^my (?:list|stuff|items to do)$/, /^(?:manager|manager's|managers|private|personal|my) notes\b/, /\(private\)/, /\((?:not shared|confidential|not for sharing)\)/, /^(?:just for me|only me)$/, /^(?:para m[ií]|pour moi|für mich|voor mij|voor mezelf|per me)$/, /\bnotes? to self\b/, /^for me$/, /^my (?:to[- ]?dos?|actions|action items|ais?|tasks|follow[- ]?ups|reminders|notes|prep|thoughts|reflections?)\b/, /^(?:to[- ]?dos?|actions?|follow[- ]?ups?|tasks?) \((?:for )?(?:me|myself)\)$/,
  /^(?:private|personal)(?: notes)?$/, /^reflect(?:ions?|ing)\b/, /^(?:my )?(?:journal|diary)\b/, /^(?:my )?thoughts\b/, /^feedback (?:for|to) me\b/, RECEIVED, /^(?:self|self-review)\b/,
  /^(?:how i did|what i (?:could|should|would) do differently)\b/,
  // ("Things I'm doing", "What I'll do", "For me to do": the manager's own list.)
  /^(?:things|what|stuff) i(?:'m| am) (?:doing|on|taking|picking up)\b/, /^(?:things|what|stuff) i(?:'ll| will) do\b/, /^for me to do$/,
  // ("Prompts", "Template prompts": the template's own guidance, "Write down one thing you want to follow up next time".)
  /^(?:(?:1:1|meeting|template) )?prompts$/, /^template(?: prompts)?$/,
  // "Try next", "Things to try", "My experiments": what the manager means to try themselves.
  // ("What I want to try next time", "What I'll try": the same, in the first person.)
  /^(?:(?:things )?to try|try next|(?:my )?experiments?)\b/, /^(?:what|things) i(?:'ll| will| want to| would like to|'d like to| mean to| need to) (?:try|practi[cs]e|work on)\b/,
  // "Things I should NOT say", "What not to say", "Avoid": what the manager will not say.
  /\b(?:not|never|n't) (?:to )?say\b/, /^(?:things |what )?to avoid\b/, /^avoid\b/, /^don'?ts$/, /^(?:my )?approach\b/, /^(?:plan|strategy|tactics) for (?:the|this|our) (?:meeting|1:1|conversation|call)\b/, /^how (?:to|i'll|i will) (?:run|approach|handle|open)\b/,
];
const THEIRS = [
  // ("Coaching log (mine, from him)", "Advice (from her)": what they gave the manager.)
  /\((?:[^)]*\s)?from (?:him|her|them)\)$/,
  // ("Her side", "His points", "Theirs"; not a topic about them: "Her growth", "His performance".)
  /^(?:his|her|their|hers|theirs)(?:$| (?:side|agenda|topics?|points?|list|items?|updates?|questions?|notes|words|view|take|asks?|stuff|things|concerns|feedback|answers?|reflections?|turn|bit|part|input|thoughts|ideas|wins|worries|news|say|version|account|story|reports?|status|summary|comments?|response|reply|replies|requests?|perspective|opinion|proposal|plan|priorities|goals|self[- ]review|self[- ]assessment|qs|half|corner|column|section)\b|'s\b)/, /^your (?:agenda|topics|items|points|updates|questions)\b/, /^agenda \((?:his|hers|theirs|their)\)/,
  /^what (?:he|she|they) (?:said|raised|shared|brought|wants?|wanted|asked|told|needs?|needed|thinks|thought|would like|'d like|came with|put in)\b/, /^from (?:him|her|them)\b/, /^(?:updates?|topics|agenda) from\b(?! me\b| my\b| (?:the )?manager\b)/,
  /^(?:their|his|her) (?:agenda|topics|points|updates|items|side|questions|view)\b/, /^\p{L}+'s (?:agenda|topics|points|updates|items|questions)\b/u,
  // A question to them as a heading ("What did you achieve?", "Where do you need help?", "How are you
  // feeling?"): what is written under it is their answer, also in a shared doc they fill in.
  /^(?:what|where|who|whom|how|which|when|why|anything|is there anything)\b(?: [\p{L}']+){0,3}? (?:do|did|does|would|will|are|were|is|have|has|can|could|should)(?: not)? you\b/u,
  /^(?:do|did|does|are|were|have|has|can|could|would|will) you\b/, /^anything(?: else)? you\b/,
  // ("Asks of me", "asks_of_me:", "Requests for me": what they asked of the manager.)
  /^(?:(?:their|his|her) )?(?:asks?|requests?|ask) (?:of|for|to) me$/,
  // A check-in template's fields the person fills in: "Help needed", "Lowlights", "What I need from you".
  /^(?:help|support) (?:needed|wanted|i need)\b/, /^lowlights?$/, /^what i need from you\b/,
  // "Points raised by Rajesh", "Issues brought by her": what they raised.
  /^(?:points|topics|items|issues|questions|concerns|updates|requests)\s+(?:raised|brought(?:\s+up)?)\s+by\s+(?!me\b|myself\b|the\s+manager\b)\p{L}/u,
];
const NOTES = [
  /^notes?$/, /^(?:meeting )?(?:notes|minutes)\b/, /\bsummary\b/, /^what happened\b/, /^conversation\b/, /^discussion\b/, /^recap\b/,
  /^context\b/, /^check[- ]?in\b/, /^what i (?:shared|said|heard|learned|noticed|offered|suggested|proposed|raised|asked)\b/,
  // "Options I offered", "Questions I asked", "Advice I gave": the manager's words, recorded.
  /^(?:[\p{L}']+ ){1,3}i (?:offered|suggested|proposed|gave|said|shared|raised|asked|put to (?:him|her|them))$/u, /^how it went\b/, /^highlights?\b/,
  /^(?:the )?questions\b/, /^problem to work on\b/, /^carried over\b/,
  // The manager's answers to their update, recorded: "Pushback", "My notes / pushback".
  /^(?:my )?push ?back\b/,
];

/** The meeting itself named in a title ("1:1 follow-up: Chloé", "Weekly 1:1 — Sam"): the note's title, no section. */
const MEETING = /\b(?:1:1|1-1|1on1|one[- ]on[- ]one)\b/;

/** The words of a heading, lower-cased, without markup, emoji, numbering or a trailing colon. */
export function headingKey(title: string): string {
  return title.toLowerCase().replace(/[’‘]/g, "'")
    .replace(/\([^)]*\)/g, m => (/\b(?:his|her|hers|theirs|their|me|private|shared|confidential|sbi)\b|\bfrom (?:him|them)\b/.test(m) ? m : ' '))
    .replace(/[*_`#>~[\]]/g, ' ').replace(/^[\s\d.)-]+/, '').replace(/[^\p{L}\p{N}'():/ -]+/gu, ' ')
    .replace(/[\s:]+$/, '').replace(/\s+/g, ' ').trim();
}

const KIND_CACHE = new Map<string, SectionKind>();

/** The kind of a section from its heading's text; `extraTalk` are the setting's heading names (lower case). */
export function sectionKind(title: string, extraTalk: readonly string[] = []): SectionKind {
  if (extraTalk.length) return classify(title, extraTalk);
  // Notes repeat their headings note after note: classify each text once.
  let kind = KIND_CACHE.get(title);
  if (kind === undefined) {
    kind = classify(title, extraTalk);
    if (KIND_CACHE.size > 2000) KIND_CACHE.clear();
    KIND_CACHE.set(title, kind);
  }
  return kind;
}

/** A list of patterns as one (any of them): one test instead of one per pattern, for every title a note has. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map(re => `(?:${re.source})`).join('|'), 'u');
}

/** "Next time", "For next 1:1", "Next session (3 Mar)": a list for the next meeting. */
const NEXT_MEETING = /^(?:for )?(?:the |our )?next (?:1:1|1-1|one-on-one|one-to-one|1on1|meeting|sync|session|chat|time|check-?in|catch-?up)\b/;

/**
 * Whether a heading holds what the manager plans to raise: talking points, or a list for the next
 * meeting (read as preparation by the linter, its questions planned all the same).
 */
export function plansTitle(title: string, extraTalk: readonly string[] = []): boolean {
  const kind = sectionKind(title, extraTalk);
  return kind === 'talk' || (kind === 'prep' && NEXT_MEETING.test(headingKey(title)));
}

/** The kinds in the order they are tried: the first that matches wins. */
const KINDS: readonly (readonly [SectionKind, RegExp])[] = [
  ['prep', /^(?:prep(?:aration)?\b|going in$|before$|before (?:the )?(?:meeting|1:1|call|session|rehearsal|monday|tuesday|wednesday|thursday|friday|next (?:week|meeting|session|1:1|time))$)/], ['self', anyOf(SELF)], ['theirs', anyOf(THEIRS)], ['talk', anyOf(TALK)],
  // "Next time", "For next 1:1", "Next session (3 Mar)": the manager's list for the next meeting, their own
  // checks ("Check the rota report before we meet") and what they mean to put to the person ("Get him to ...").
  ['prep', NEXT_MEETING],
  ['actions', anyOf(ACTIONS)], ['notes', anyOf(NOTES)],
];

/** The manager's own sections: their notes and their preparation. */
export function own(kind: SectionKind): boolean {
  return kind === 'self' || kind === 'prep';
}

const OTHER_PERSON = /\b(?:his|her|hers|their|theirs|him|them)\b/;

function classify(title: string, extraTalk: readonly string[]): SectionKind {
  const key = headingKey(title);
  if (!key) return 'neutral';
  if (extraTalk.length && extraTalk.some(t => key === t || key.startsWith(`${t} `))) return 'talk';
  // "My notes / pushback", "Notes & feedback for her": of two names, the one that is not the manager's own notes says more.
  const parts = key.split(/ (?:\/|&|\+) /);
  if (parts.length === 2) {
    const kinds = parts.map(part => kindOf(part));
    if (own(kinds[0]) && kinds[1] !== 'neutral') return kinds[1];
    if (own(kinds[1]) && kinds[0] !== 'neutral') return kinds[0];
    // "To do / to raise": the manager's tasks and what they mean to raise in one list; a bare instruction there is
    // read as their task (their planned telling, "Ask her to ...", "Tell him he needs to ...", is read all the same).
    if ((kinds[0] === 'actions' && kinds[1] === 'talk') || (kinds[0] === 'talk' && kinds[1] === 'actions')) return 'actions';
  }
  const kind = kindOf(key);
  // "1:1 follow-up: Chloé Dubois": the meeting's title, not a list of actions ("Follow-ups from the 1:1" is one).
  if (kind === 'actions' && MEETING.test(title.toLowerCase()) && !ACTIONS_FIRST.test(key)) return 'neutral';
  return kind;
}

/** A list of actions named first ("Follow-ups from the 1:1", "Actions"). */
const ACTIONS_FIRST = new RegExp(`^(?:${ACTIONS.map(re => re.source.replace(/^\^/, '')).join('|')})`);

function kindOf(key: string): SectionKind {
  for (const [kind, re] of KINDS) {
    if (!re.test(key)) continue;
    // "Reflection (her choice)", "Prep (his questions)": about the other person, a record, not the manager's own.
    if (own(kind) && OTHER_PERSON.test(key) && !RECEIVED.test(key)) return 'notes';
    return kind;
  }
  return 'neutral';
}

/**
 * The headings above a point of the note, as (level, kind) pairs from the outermost; a one-line label
 * standing as a heading has level 7. Kept small and immutable: a chunk's results are cached with the
 * stack it started under, and a heading edited above it lints it again.
 */
export type SectionStack = readonly SectionEntry[];

export interface SectionEntry {
  readonly level: number;
  readonly kind: SectionKind;
  /** For a label standing as a heading: a list has followed it (the label covers that list and ends with it). */
  readonly items?: boolean;
  /**
   * A heading of the template's question lists (Questions, Problem to work on, a question set's title):
   * its purpose groups ("### Their agenda") hold the manager's questions, not the other person's words.
   */
  readonly prompts?: boolean;
  /** A comment the manager wrote in a thread with the person ("**@jortiz** commented:"): their words to them. */
  readonly said?: boolean;
  /** A heading or a label standing as one that is "me" alone ("me:" over a list): the manager's side, where "you ..." is said to them. */
  readonly me?: boolean;
  /** A list the writer keeps for themself ("Reminders", "Notes to self"): its "you" is the writer. */
  readonly toSelf?: boolean;
}

export const NO_SECTION: SectionStack = [];

/** The stack after a heading of `level` and `kind`; `prompts` for a heading of the template's question lists. */
export function enterSection(stack: SectionStack, level: number, kind: SectionKind, prompts = false, said = false, me = false, toSelf = false): SectionStack {
  let keep = stack.length;
  while (keep > 0 && stack[keep - 1].level >= level) keep--;
  const kept = stack.slice(0, keep);
  // "### Their agenda" in a question list names the topic of the manager's questions: the list's kind holds.
  if (kind === 'theirs' && level < LABEL_LEVEL && kept.some(e => e.prompts)) kind = 'neutral';
  return [...kept, said ? { level, kind, said } : prompts ? { level, kind, prompts } : me ? { level, kind, me } : toSelf ? { level, kind, toSelf } : { level, kind }];
}

/** The kind in force: the innermost heading that says something ("### Search migration" under "## Notes" is notes). */
export function currentKind(stack: SectionStack): SectionKind {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].kind !== 'neutral') return stack[k].kind;
  return 'neutral';
}

/**
 * Whether two stacks say the same (a chunk's cached result holds under either): the same entries, level
 * by level. Compared where a chunk's result is reused, without making a key for every stack.
 */
export function sameStack(a: SectionStack, b: SectionStack): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k], y = b[k];
    if (x !== y && (x.level !== y.level || x.kind !== y.kind || !x.items !== !y.items || !x.prompts !== !y.prompts || !x.said !== !y.said || !x.me !== !y.me || !x.toSelf !== !y.toSelf)) return false;
  }
  return true;
}

/**
 * The stack at a paragraph or list item. A label standing as a heading ("Agenda (hers):", "todo")
 * covers the list that follows it: the first paragraph after that list is out of its reach.
 */
export function atBlock(stack: SectionStack, item: boolean): SectionStack {
  const top = stack[stack.length - 1];
  if (!top || top.level !== LABEL_LEVEL) return stack;
  if (item) return top.items ? stack : [...stack.slice(0, -1), { ...top, items: true }];
  return top.items ? stack.slice(0, -1) : stack;
}

/** The level a label standing as a heading gets: below every markdown heading. */
export const LABEL_LEVEL = 7;

/** A toggle's marker and its title. */
const TOGGLE = new RegExp(`^[${TOGGLE_MARKS}]\\s*(\\S.*)$`, 'u');

/**
 * Whether a paragraph is a label standing as a heading, and its text: one line, not a list item, and
 * either all bold ("**Action items**"), or ending in a colon with nothing after it ("my notes (not AI):"),
 * or a few words without closing punctuation that name a known kind of section ("todo", "Follow-ups").
 */
/** A line that names whom the list under it is for: "For Tamika", "R — for Tamika" (an SBAR's recommendation), "Points for Sam". */
export const FOR_SOMEONE = /^(?:\p{L}{1,3}\s*[—–-]\s*|(?:points|things|topics|messages|items|asks|recommendations?)\s+)?for\s+(\p{L}[\p{L}'’-]+)$/iu;

/** A label of text pasted in: "pasted coaching form (CF-2)", "copied from the QA tool". */
export const PASTED = /\b(?:pasted|copied)\b/i;

export function labelHeading(raw: string): string | undefined {
  if (raw.length > 160 || raw.includes('\n')) return undefined;
  const text = raw.trim();
  // "▸ Action items", "▾ Wins": a toggle's title (a Notion export), whose children, indented under it, are its section.
  const toggle = TOGGLE.exec(text);
  if (toggle) return toggle[1].split(/\s+/).length <= 6 && !/[.!?]$/.test(toggle[1]) ? toggle[1].replace(/:$/, '') : undefined;
  // "**Action items:**", "**Actions from the meeting** (not assigned — I'll take them):": a bold label,
  // perhaps an aside. (The closing marker is found first: no expression tried along a long line.)
  const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
  const close = mark ? text.indexOf(mark, 3) : -1;
  if (close > 2 && close <= 62 && /^\s*(?:\([^()]*\)\s*)?:?$/.test(text.slice(close + 2))) return text.slice(2, close).replace(/:$/, '');
  if (raw.length > 80) return undefined;
  // "--- private ---", "=== notes to self ===": a word or two set between rules, a section's name.
  const ruled = /^[-=_~*]{2,}\s*([\p{L}][\p{L}\p{N}' ()/-]{0,40}?)\s*[-=_~*]{2,}$/u.exec(text);
  // ("--- pasted coaching form (CF-2) ---": what follows was pasted in, a form's or someone's words.)
  // ("--- end ---": the pasted text's end.)
  if (ruled?.[1] && (sectionKind(ruled[1]) !== 'neutral' || PASTED.test(ruled[1]) || /^end\b/i.test(ruled[1]))) return ruled[1];
  if (/^[^:]{1,60}:$/.test(text) && text.split(/\s+/).length <= 8) return text.slice(0, -1);
  // ("Said to him" over a list: what was said to them, as its heading would say.)
  if (/^[\p{L}][\p{L}\p{N}' /&()-]{0,40}$/u.test(text) && text.split(/\s+/).length <= 4 && (sectionKind(text) !== 'neutral' || saidHeading(text, () => false))) return text;
  // ("(private)" on its own line over the manager's own notes at a shared doc's end: a section's name in brackets.)
  if (/^\([\p{L}][\p{L} '-]{0,30}\)$/u.test(text) && sectionKind(text) !== 'neutral') return text;
  // ("R — for Tamika", "Points for Tamika" over a list: whom the list is for, a name; the engine reads it for the person met.)
  const forWhom = FOR_SOMEONE.exec(text);
  if (forWhom && /^\p{Lu}/u.test(forWhom[1])) return text;
  return undefined;
}

/** The manager owning up to what they said: "where I probably overstepped", "how I lost my temper" (a label over their words). */
export const OWNED_UP = String.raw`(?:what|things)\s+i\s+(?:should\s+not|shouldn't|should\s+never|wish\s+i\s+hadn't|regret)(?:\s+have)?\s+(?:said|saying|told\s+(?:him|her|them))|(?:where|when|how)\s+i\s+(?:(?:probably|maybe|may\s+have|might\s+have|definitely|clearly)\s+)?(?:overstepped|slipped(?:\s+(?:back\s+)?into\s+(?:telling|directing|fixing|advising|advice|lecturing))?|went\s+too\s+far|got\s+it\s+wrong|pushed\s+too\s+hard|lost\s+my\s+(?:temper|cool)|was\s+too\s+[a-z]+)`;

/**
 * Headings of what the manager said to the person in the meeting: "Guidance given", "Advice given", "Feedback
 * given", "Feedback (SBI)" (the Situation-Behaviour-Impact way of giving it), "Crit" (feedback on their work), "Said to Sam", "Asked of him (flatly)"; and where the manager owns up to what they said ("Where I
 * probably overstepped:"), "Said in the room", "I said:" over a list. What follows is the manager's words, said (not planned: its questions were asked).
 */
const SAID_HEADING = new RegExp(String.raw`^(?:(?:guidance|advice|directions?|instructions?|feedback|steer|coaching)\s+(?:given|offered|provided)\b|(?:my\s+)?coaching\s+log$|(?:(?:sbi|my)\s+)?feedback\s*\(sbi\)$|sbi(?:\s+feedback)?$|(?:my\s+|design\s+|the\s+)?(?:crit|critique)\b|(?:(?:said|what\s+i\s+said|told|what\s+i\s+told)\s+to|(?:what\s+i\s+)?asked\s+of)\s+(\p{L}+)$|(?:what\s+i\s+)?said\s+(?:in\s+the\s+(?:room|meeting|session)|on\s+the\s+call|out\s+loud|aloud)$|(?:i\s+(?:have\s+)?)?(?:said|told\s+(?:him|her|them))$|what\s+i\s+(?:said|told\s+(?:him|her|them))(?:\s*(?:\/|&|and)\s*(?:what\s+i\s+)?(?:asked|suggested|proposed|offered|how(?:\s+i\s+said\s+it)?))?$|${OWNED_UP}$)`, 'u');

/** Whether a heading heads what the manager said to the person met (SAID_HEADING); `isPerson` tells a name after "said to". */
export function saidHeading(title: string, isPerson: (word: string) => boolean): boolean {
  // (Notes repeat their headings note after note: each title read once; most are no such heading.)
  let m = SAID_TITLES.get(title);
  if (m === undefined) {
    const lower = title.toLowerCase();
    m = lower.includes('given') || lower.includes('offered') || lower.includes('provided') || lower.includes('crit') || lower.includes(' to ') || lower.includes('asked of') || lower.startsWith('what i ') || lower.startsWith('things i ') || lower.includes('sbi') || lower.includes('coaching log') || lower.startsWith('said') || lower.startsWith('i said') || lower.startsWith('i_said') || lower.startsWith('i told') || lower.startsWith('told ') ? SAID_HEADING.exec(headingKey(title)) ?? GIVEN_BRACKET.exec(lower) : null;
    if (SAID_TITLES.size > 2000) SAID_TITLES.clear();
    SAID_TITLES.set(title, m);
  }
  return !!m && (!m[1] || isPerson(m[1]) || m[1] === 'him' || m[1] === 'her' || m[1] === 'them');
}
const SAID_TITLES = new Map<string, RegExpExecArray | null>();
/** "Feedback (given)", "Advice (from me)": the bracket that says it was given, which a heading's key leaves out. */
const GIVEN_BRACKET = /^[\s#*_]*(?:feedback|advice|guidance|coaching|steer)\s*\((?:given|i\s+gave|from\s+me|given\s+by\s+me)\)[\s*_:]*$/;

/** A heading of a list the writer keeps for themself: "Reminders", "My reminders", "Reminders for me", "Notes to self", "For me". */
export function toSelfHeading(title: string): boolean {
  // (Notes repeat their headings note after note: each title read once. Read for every heading of every chunk, uncached it
  // cost a tenth of the linter's growth over two sessions: headingKey's five replacements a heading.)
  let self = TO_SELF_TITLES.get(title);
  if (self === undefined) {
    // (Only a title with one of the list's words can be one: most headings are read no further.)
    const lower = title.toLowerCase();
    self = (lower.includes('remind') || lower.includes('self') || lower.includes(' me') || lower.includes('myself') || lower.startsWith('me')) && TO_SELF_LIST.test(headingKey(title));
    if (TO_SELF_TITLES.size > 2000) TO_SELF_TITLES.clear();
    TO_SELF_TITLES.set(title, self);
  }
  return self;
}
const TO_SELF_TITLES = new Map<string, boolean>();
const TO_SELF_LIST = /^(?:(?:my )?reminders?(?: (?:for|to) (?:me|myself|self))?|notes? to (?:self|me|myself)|for me|reminders? to self)$/;
