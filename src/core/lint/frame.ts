// Who says a sentence, and to whom. The speaker is the manager unless a label, the section or
// reported speech says otherwise ("Sam: can you unblock ...", "Her agenda"). A bare instruction is
// telling only when it is addressed to the person met: by its section (talking points), by a label
// ("Me: take Monday off", "My advice: stop ..."), or by evidence in the sentence (you, a request to
// the manager, please, "next time", a behaviour-directing form). Otherwise it is the manager's own
// task ("check with HR", "find the template in Workday").
import { personWord, type Parties } from './parties';
import { own, type SectionKind } from './sections';
import { sentenceOf, type Sentence, type Word } from './sentences';
import { WordClass } from './wordclass';
import { ADDRESS_TERMS, REQUEST_MODALS, wordSet } from './lexicon';
import { hasSpaced } from '../text';
import { isBaseVerb, verbLikelihood } from './english';
import { CHAT_CLOCK, CHAT_HANDLE, ME_TIME } from './blocks';

/**
 * How a bare instruction ("Send the draft") reads in a sentence:
 * - `spoken`: the manager's words to the person ("Me: ...", "I said: ..."): every instruction is telling;
 * - `planned`: talking points: telling, except the manager's own acts about the person ("thank him", "ask how ...");
 * - `evidence`: the record of a meeting: telling only with evidence in the sentence;
 * - `never`: action items, notes to self, owners: the manager's or someone's task.
 */
export type Instructions = 'spoken' | 'planned' | 'evidence' | 'never';

export interface Frame {
  readonly section: SectionKind;
  /** Someone other than the manager speaks (a label, their agenda): nothing here is the manager's telling. */
  readonly otherSpeaker: boolean;
  readonly instructions: Instructions;
  /** A note to self ("Note to self: ...", "(note to self)"): even "you" is the manager talking to themself. */
  readonly selfNote: boolean;
  /** A reporting label ("Advised:", "Told him:"): what follows is telling the manager reports. */
  readonly reported: boolean;
  /** A label that names telling ("My advice:", "Going forward:", "Expectation:"): what follows is the manager's telling. */
  readonly tellingLabel: boolean;
  /** The sentence after it on its line says it was said to them ("Said it twice."): an instruction here is telling. */
  readonly saidAfter: boolean;
  /** A label that names telling the person what follows ("Tell her:", "Tell T:"): the statement itself is to be told. */
  readonly tellTo?: boolean;
  /** An item that names its owner, or an aside in italics: its instructions are that owner's task, or no one's. */
  readonly owned?: boolean;
  readonly parties: Parties;
}

export type LabelKind = 'manager' | 'other' | 'self' | 'telling' | 'reported' | 'topic' | 'tellTo';

export interface Label {
  readonly kind: LabelKind;
  /** Index of the first word after the label. */
  readonly end: number;
}

/** "Label:" at the start of a sentence: up to six words before a colon followed by a space. */
// ("Next 1:1: tell him ...": the colon of "1:1" is part of the label.)
const LABEL = /^((?:[^:?!;]|(?<=\b1):(?=1\b)|(?<=\b\d{1,2}):(?=\d\d\b)){1,60}?)\s*:(?=\s|$)/;
/** An aside that marks a reply written after the meeting: "(added later)", "(edit)", "(update, Tue)". */
const LATER_ASIDE = /^\((?:added(?: later)?|later|edit(?:ed)?|update[ds]?|async|after(?: the)? (?:call|meeting))[^)\n]{0,16}\)\s+(?=\S)/;
/** "10:02 ", "[11:20] ", "[Tue 16:06] ", "[2026-01-23 16:06] ", "[16/02/2026, 10:09] " (WhatsApp): a chat line's time before its speaker. */
export const TIME_PREFIX = /^\[?(?:[A-Za-z]{3,9}\.?,?\s+|\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]?\s+(?:[—–-]\s+)?(?=\S)/;
/** "EK - well done": the length of the initials (two or three capitals) before " - " at `at`, or 0. */
function initialsDash(chunk: string, at: number): number {
  let k = at;
  while (k < at + 3 && isCapital(chunk.charCodeAt(k))) k++;
  if (k - at < 2 || chunk.charCodeAt(k) !== 32 || chunk.charCodeAt(k + 2) !== 32) return 0;
  const dash = chunk.charCodeAt(k + 1);
  return dash === 45 || dash === 0x2013 || dash === 0x2014 ? k - at : 0;
}

export function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}
/** "me → Wei", "Tobias -> me": the speaker before the arrow. */
const ARROW = /^\s*([\p{L}][\p{L}' .-]{0,40}?)\s*(?:→|->|=>|⟶|>)\s*[\p{L}]/u;
// (And as other languages write them before a colon: "Ela: can you get us budget ...", "Él:", "Sie:", "Elle:".)
/** A speaker's marker in brackets at a line's start, past an outline's number: "[me]", "1.4 [them]", "[Wei]". */
const BRACKET_SPEAKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?\[([\p{L}]{1,20})\]\s+/u;
/** "Me → ...", "Them → ...": a speaker, then an arrow, then the words (not "me → Wei: ...", to whom). */
const ARROW_SPEAKER = /^([\p{L}]{1,20})\s*(?:→|->|=>)\s+(?![\p{L}]{1,20}\s*:)/u;
const OTHER_SIDE_MARK = /\[(?:them|they|him|her)\]/i;
const BRACKET_SPEAKER_INSIDE = /^([\p{L}]{1,20})\]\s+/u;
const PRONOUNS = wordSet('he she they him her them hes shes ela ele ella él elle il sie er');
const ME = wordSet('me i myself moi yo ich eu ja ako ben من انا أنا אני 我 自分 私 ผม ฉัน');
/** The manager's role as a dialogue's label: "Coach: ...", "Mentor: ...". */
const COACH_ROLE = wordSet('coach mentor');
/** Those who advise or direct the writer: "my mentor:", "mentor says:", "my boss:", "Grace (mentor):" (engine.ts ADVISER_LABEL). */
export const ADVISER = wordSet('coach mentor boss manager skip director vp cto ceo hr hrbp sponsor therapist recruiter');
const SELF_LABEL = /^(?:(?:[a-z-]+ )?(?:note|notes|reminder|reminders) to (?:self|me|myself)|note to self|notes to self|note to me|notes to me|notes? to myself|reminder to self|reminder to me|self|todo|to do|to-do|before|beforehand|going in|prep|pre-meeting|(?:[a-z]+ )?reminders?|remind me|remember|for me|(?:[a-z-]+ )?feedback (?:for|to) me|actions?|action items?|ai|next steps?|follow[- ]?ups?|fu|f\/u|fups?|owners?|me todo|todo me|todo for me|my actions?|mine|prep|private|personal|tbd|my job|on me|(?:on |from )?my side|my part|(?:on )?my end|notes? pour moi|note à moi(?:-même| même)?|pour moi|notiz an mich|für mich|nota para m[ií]|para m[ií]|notitie voor mezelf|voor mezelf|voor mij)$/;
const MANAGER_SAYS = /^(?:(?:i (?:have |had )?|i've |me )?(?:said|say|asked|ask|replied|answered|responded|added|told (?:him|her|them)|tell (?:him|her|them))(?: [\p{L}]+){0,5}|(?:naan )?(?:sonnen|sonnaen|solliten|sollitten)(?: (?:avan|aval|avanga|avar) kitta)?|(?:i )?caught myself(?: (?:again|saying|telling (?:him|her|them)))?|my (?:response|reply|answer|comeback|retort)(?: to (?:him|her|them|that|this))?)$/u;
const REPORTED_LABEL = /^(?:i was (?:very |quite |pretty |really )?(?:blunt|clear|firm|direct|explicit|straight)(?: with (?:him|her|them))?|(?:(?:sudah|udah|dah|tadi) )?(?:(?:aku|saya|gue|gw) )?bilang (?:ke|sama|kepada) (?:dia|mereka)|2olt ?(?:e)?(?:lo|loh|laha|lha|elha|elo|elhom|lohom)|(?:قلت|قولت) (?:له|لها|لهم|ليه|ليها)|אמרתי (?:לו|לה|להם)|我(?:跟|对|和|给)?(?:他|她)(?:们)?(?:说|讲)|我提醒(?:他|她)(?:们)?|my (?:line|message|words|ask|instruction) to (?:him|her|them)|said (?:it|this|that) (?:straight|plainly|clearly|firmly|bluntly|directly)|(?:le|les) (?:dije|ped(?:í|i))|(?:eu )?(?:lhe )?disse|(?:eu )?(?:falei|disse|pedi) (?:pra|para|a) (?:ele|ela|eles|elas)|(?:i (?:have |had )?|i've )?(?:advised|instructed|ordered|directed|urged|insisted|reminded|warned|nudged|pushed|(?:told|said) (?:him|her|them)(?: to)?|gave (?:him|her|them)(?: (?:some|clear|direct|honest|blunt|the|my))? (?:feedback|advice|a steer|a nudge|instructions))(?: (?:straight|plainly|directly|clearly|firmly|again|bluntly|honestly|explicitly|once more|flat out|straight out|point blank))?)$/;
const TELLING_LABEL = /^(?:(?:my|our|the) )?(?:advice|recommendation|suggestion|try|(?:experiment|stretch)(?: for (?:him|her|them|[a-z]+))?|challenge for (?:him|her|them|[a-z]+)|ask|request|instructions?|directions?|guidance|coaching(?: points?)?|expectations?|message|orders?|rule|verdict|takeaway for (?:him|her|them)|action for (?:him|her|them)|feedback(?: (?:for|to) (?:him|her|them))?|(?:fb|feedback) (?:mine|from me|given)|fb|next time|going forward|from now on|in future|in the future|moving forward|say|tell (?:him|her|them)|(?:to )?bring up(?: [a-z]+){0,2}|talking points?(?: [a-z]+){0,5}|steer|(?:things )?to say(?: to (?:him|her|them))?)$/;
/** Verbs of saying after a name in a label: "Beat asked:", "Priya said:". */
const NAME_SAYS = wordSet('said asked says asks replied added suggested proposed mentioned wrote');
/** A rule that is someone else's, named as such: "Brand rule:", "Company policy:", "SOP:", "HR says:". */
const THEIR_RULE_LABEL = /^(?:(?:brand|company|hotel|group|site|hr|legal|compliance|hq|head office|corporate|unit|trust|school|club|league|union|regulator|fda|gmp)\s+)?(?:rules?|standards?|polic(?:y|ies)|sops?|procedures?|guidelines?)$/;
const OTHER_LABEL = /(?:^|\s)(?:(?:his|her|their|[\p{L}-]+'s)\s(?:[\p{L}-]+\s)?(?:view|take|point|ask|request|idea|words|feedback|opinion|position|concern|question|answer|reply|side|response|suggestion|push ?back|advice|verdict)|(?:he|she|they) (?:said|asked|says|asks|replied|thinks|wants|added|mentioned)|(?:^|\s)(?:request|ask|question|query|suggestion|proposal|concern|idea)s? from (?!me$)[\p{L}-]+)$/u;

/** The words of a label, lower-case; the raw first word tells a capitalized name. */
export function classifyLabel(all: readonly string[], raw: string, parties: Parties, section: SectionKind, chat = false, pointer = false, toward = false): LabelKind {
  // "1.3 Q:", "2.4 me:": an outline's numbers before a label do not change who speaks; nor do dates after it
  // ("Nikos's appraisal feedback (2026-02-05)").
  // ("i_said:", "they_said:", "todo_me:": a structured note's keys, their words joined.)
  if (all.some(w => w.includes('_'))) all = all.flatMap(w => w.split('_').filter(Boolean));
  let from = 0;
  while (from < all.length - 1 && /^\d+$/.test(all[from])) from++;
  let words = all.slice(from).filter((w, k) => k === 0 || !/\d/.test(w));
  raw = raw.replace(/^[\d.)\s]+/, '');
  // ("OB [Mon 11:42]:", "KW (Tue 09:10):": a time in brackets after the speaker is no word of who speaks; "Suggestion (Dana Whitfield):" names one.)
  if (words.length > 1 && (raw.includes('[') || raw.includes('('))) {
    const inside = new Set((raw.match(/[[(][^\])]*\d[^\])]*(?:[\])]|$)/g) ?? []).join(' ').toLowerCase().split(/[^\p{L}']+/u));
    const outside = words.filter(w => !inside.has(w));
    if (outside.length) words = outside;
  }
  const text = words.join(' ');
  const first = words[0];
  if (!first) return 'topic';
  // "Speaker 1:" where the note says "Speaker 1 is me": the manager (parties.ts).
  if (/\d/.test(raw) && parties.manager.has(raw.trim().toLowerCase().replace(/\s+/g, ' '))) return (section === 'actions' || own(section)) && !chat ? 'self' : 'manager';
  // ("Speaker 2:" in that transcript: the other one.)
  if (/^(?:speaker|spk|participant|voice)\s*\d{1,2}$/i.test(raw.trim()) && [...parties.manager].some(m => /^(?:speaker|spk|participant|voice) ?\d/.test(m))) return 'other';
  const taskish = section === 'actions' || own(section);
  // "me → Wei: land the rollback plan", "Tobias → me: stop adding him": who speaks, to whom.
  const arrow = ARROW.exec(raw);
  if (arrow) {
    const from = arrow[1].toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
    return from.length && (from.every(w => ME.has(w)) || from.every(w => parties.manager.has(w))) ? 'manager' : 'other';
  }
  // "→ them: write the postmortem", "to her: ...": the manager, speaking to them (an arrow points where the words go).
  // ("to S: flag any date change ...": to the person met, by name or by the initial the note calls them by.)
  if (((toward && words.length === 1) || (words.length === 2 && first === 'to')) && (OBJECTS.has(words[words.length - 1]) || personWord(parties, words[words.length - 1]))) return taskish ? 'self' : 'manager';
  // "me to her: lose the 2014 review": the manager, speaking to them.
  if (words.length === 3 && ME.has(first) && words[1] === 'to' && (OBJECTS.has(words[2]) || personWord(parties, words[2]))) return 'manager';
  // (A chat line's speaker, after its time, speaks in any section: "after the call:" then "> [11:20] me: pls add ...".)
  if ((words.length === 1 && ME.has(first)) || (words.length <= 3 && words.every(w => parties.manager.has(w)))) return (taskish && !chat) || pointer ? 'self' : 'manager';
  // "Coach:" in a coaching template's dialogue (the Toyota Kata's coach and learner): the manager, who writes it; "From me:" too.
  // (A role in a dialogue, not a task's owner: the coach's words wherever they stand.)
  if (words.length === 1 && COACH_ROLE.has(first)) return 'manager';
  // ("mentor says: stop solving their problems", "my mentor: ...", "my boss:": the writer's own adviser, someone else speaking.)
  if ((words.length === 2 && (ADVISER.has(first) && NAME_SAYS.has(words[1]))) || (words.length === 2 && first === 'my' && ADVISER.has(words[1]))) return 'other';
  if (words.length === 2 && first === 'from' && ME.has(words[1])) return taskish ? 'self' : 'manager';
  // "[Comment from Jordan: can you approve before the 25th?]", "[Suggestion from Priya: ...]": a doc's comment, its writer's words.
  if (words.length >= 3 && words.length <= 4 && DOC_COMMENT.has(first) && (words[1] === 'from' || words[1] === 'by')) {
    return ME.has(words[2]) || parties.manager.has(words[2]) ? (taskish ? 'self' : 'manager') : 'other';
  }
  // "Start: tag every escalation ...", "Continue: write up the odd cases" in the manager's list for them: what they are to do.
  if (words.length === 1 && section === 'talk' && (first === 'start' || first === 'stop' || first === 'continue' || first === 'keep')) return 'telling';
  // "You: write the rollback section first this time": what they are to do, put to them.
  if (words.length === 1 && (first === 'you' || first === 'u')) return taskish ? 'topic' : 'telling';
  // "Q:" is the manager asking, "A:" and "Q (her):" the other person.
  if (text === 'q' || text === 'question' || text === 'my question' || text === 'q me') return 'manager';
  if (text === 'a' || text === 'answer' || /^q (?:him|her|them|his|hers|theirs)$/.test(text)) return 'other';
  // "Next 1:1: tell him to stop planning after 9pm": what is to be said at the next meeting.
  // ("Next 1:1, say: decide on the cutover date by 21 Sep": the same, with the word for it.)
  if (/^next\s+(?:1[:-]1|1on1|one[- ]on[- ]one|meeting|session|catch[- ]?up|check[- ]?in)(?:\s*[,—–-]?\s*(?:say|tell\s+(?:him|her|them)))?$/i.test(raw.trim())) return 'telling';
  // "Tell her: no one-off approvals w/o a ticket", "Tell T: the slip goes in #releases today": what follows is to be told to them.
  // ("say to her: block Wednesdays for the refresh": the same.)
  const to = words.length === 3 && first === 'say' && words[1] === 'to' ? words[2] : words.length === 2 && (first === 'tell' || first === 'remind') ? words[1] : '';
  if (to && (OBJECTS.has(to) || personWord(parties, to))) return 'tellTo';
  // ("Line to say: "Your reviews need to explain the why."", "Words to use:": the manager's own words, to come.)
  if (/^(?:(?:a|my|the)\s+)?(?:line|lines|words|phrase|script|what)\s+to\s+(?:say|use|open\s+with)$/.test(text)) return 'manager';
  // ("next time say: pair with Jade on the scatter tool", "Then I'll say: keep the Friday notes to three lines": the manager's words to come.)
  if (/^(?:(?:next\s+time|then|and|so)\s+)?(?:i'll\s+|i\s+will\s+|i'm\s+going\s+to\s+)?say$/.test(text) && text !== 'say') return 'manager';
  // ("Sabihin sa kanya: no personal phone on the floor": Tagalog's "tell him:".)
  if (words.length === 3 && (first === 'sabihin' || first === 'ipaalala') && ((words[1] === 'sa' && (words[2] === 'kanya' || words[2] === 'kanila')) || (words[1] === 'kay' && personWord(parties, words[2])))) return 'tellTo';
  // "For Dana: start sending the risk note to Priya directly": what follows is for them (among "My side:" points).
  if (words.length === 2 && first === 'for' && (OBJECTS.has(words[1]) || parties.person.has(words[1]))) return taskish ? 'topic' : 'tellTo';
  // "TOLD DH |", "asked MO |": the manager's telling of the person, by their initials or name, reported.
  if (words.length === 2 && (first === 'told' || first === 'asked') && (parties.person.has(words[1]) || parties.personInitials?.has(words[1]))) return 'reported';
  // ("fb (his, for me):", "feedback (hers, to me):": theirs, given to the manager.)
  if (words.length <= 5 && /^(?:fb|feedback|notes?|advice|asks?) (?:his|her|their|hers|theirs)\b.*\b(?:for|to) me$/.test(text)) return 'other';
  if (SELF_LABEL.test(text)) return 'self';
  // ("Next: you need a Support reviewer to sign off ...", a COIN note's next step: read on its evidence, whoever's it is.)
  if (text === 'next') return 'topic';
  if (REPORTED_LABEL.test(text)) return 'reported';
  if (TELLING_LABEL.test(text) || (/^feedback (?:for|to) /.test(text) && words.slice(2).every(w => parties.person.has(w)))) return 'telling';
  // (Among actions too when it is said, in the past: "said on the truck: pre-lights go through me from now on".)
  if (MANAGER_SAYS.test(text) && (!taskish || /^(?:i (?:have |had )?|i've )?(?:said|replied|answered|responded|told (?:him|her|them))\b/.test(text))) return 'manager';
  if (OTHER_LABEL.test(text)) return 'other';
  // "Beat asked:", "Priya said:": a name and a verb of saying, that one's words (the manager's, by their own name).
  if (words.length === 2 && NAME_SAYS.has(words[1]) && /^\p{Lu}\p{Ll}/u.test(raw.trim())) return parties.manager.has(first) ? (taskish ? 'self' : 'manager') : 'other';
  // ("Brand rule: never release a key without a pre-auth": the brand's rule, passed on, no one's telling here.)
  if (words.length >= 2 && THEIR_RULE_LABEL.test(text)) return 'other';
  if (words.length <= 3 && (PRONOUNS.has(first) || words.every(w => parties.person.has(w)))) return taskish ? 'self' : 'other';
  // "AM:" in a note with Arjun Mehta: the person met, by their initials.
  if (/^\p{Lu}{2,3}$/u.test(raw.trim()) && parties.personInitials?.has(first)) return taskish ? 'self' : 'other';
  // Initials in a section of their answers ("KW: don't forget ...", "EK - well done"): a comment on what
  // they wrote, by the other person of the 1:1, the manager (a shared doc the report fills in).
  if (section === 'theirs' && /^\p{Lu}{2,3}$/u.test(raw.trim())) return 'manager';
  // A chat line's speaker ("[16:09] Amelia Torres (QA): ..."): a name after a time speaks, whoever it is.
  if (chat && looksLikeName(raw.replace(/\s*\([^)]*\)\s*$/, ''))) return 'other';
  // A name that is neither of the two people of a 1:1 whose person is known heads a topic ("Kestrel:
  // send me the signed MAP", "Spark: yes to the course"); with no person known it reads as a speaker.
  if (words.length <= 2 && /^(?:[\p{Lu}][\p{Ll}]+|[\p{Ll}])$/u.test(raw.split(/\s+/)[0] ?? '') && !parties.manager.has(first) && looksLikeName(raw) && parties.person.size === 0) {
    return taskish ? 'self' : 'other';
  }
  return 'topic';
}

const OBJECTS = wordSet('him her them');

/** An arrow just before a label: "- → them: ...", "-> her: ...". */
const ARROW_BEFORE = /(?:→|->|=>|⟶)\s*$/;

/** A pointer or a box before an owner ("👉 me: ping sec", "➡️ me: book the room", "✅ Me: approve the pilot"): a line of who does what, not who said what. */
const POINTER = /^[\s*+-]*(?:\u{1F449}|\u{261E}|\u{27A1}\uFE0F?|\u{25B6}\uFE0F?|\u{25BA}|\u{2705}|\u{2611}\uFE0F?|\u{2714}\uFE0F?|\u{2610}|\u{1F532}|\u{2B1C})\s*$/u;

/** Capitalized words that are not a topic or a function word ("Lars:", "Ana Lima:", not "Conference:", "On mentoring:"). */
function looksLikeName(raw: string): boolean {
  const ws = raw.trim().replace(/^[^\p{L}]+/u, '').split(/\s+/);
  return ws.length > 0 && ws.every(w => /^\p{Lu}[\p{Ll}'-]+$/u.test(w) && !TOPIC_WORDS.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()));
}

const FUNCTION_WORDS = wordSet('on re about for in at the a an my our from to with and or by of also then so but this that these new old big small more less still not no yes ok okay good bad great');

/**
 * Capitalized words that head topics in notes. A name list would never end; a topic list is short:
 * any other single capitalized word before a colon reads as a person.
 */
const TOPIC_WORDS = new Set(`
  agenda asks blockers budget career comp compensation conference context culture decision decisions design docs energy
  feedback goals growth guild health hiring idea ideas incident issues kudos learning meeting mood notes onboarding on-call
  oncall outcome people performance plan planning positive negative priorities priority process product project projects
  promo promotion question questions recap release retro retros review reviews risk risks roadmap runbook salary scope
  status summary support team tech testing tickets timeline topic topics training travel update updates vacation wins
  wellbeing work workload next later now today tomorrow yesterday background why what how when where note todo action
  actions followup follow-up owner owners deadline deadlines dates date time cost costs metrics data numbers result results
  handover leave holiday sprint standup standups backlog bugs bug infra security quality velocity morale headcount reorg
  strategy vision okrs okr kpis kpi launch launches migration migrations architecture estimate estimates expectations
  expectation concern concerns worries worry challenge challenges wins win highlight highlights lowlight lowlights
`.trim().split(/\s+/));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What a pasted doc calls a remark by its writer: "[Comment from ...: ...]". */
const DOC_COMMENT = new Set(['comment', 'suggestion', 'reply', 'note', 'response']);

/** The manager's report of their words with a quotative "like": "so i said to her like ...", "and i asked him like ...". */
// (A voice memo's "oh and um I was like stop pushing straight to main ...", "and I asked like why didn't you ...": "was like" and a verb of
// saying with no one named, its fillers before it.)
const QUOTATIVE_LIKE = /^(?:(?:so|and|then|but|oh|um|uh)\s+)*(?:i\s+(?:(?:just|also|then)\s+)?was\s+(?:just\s+)?like|(?:i\s+)?(?:(?:just|also|then)\s+)?(?:asked|said(?:\s+to)?|told)\s+(?:(?:him|her|them)\s+)?like)\b/;

/** The label at the start of a sentence, if any. */
/** A chat message's sender handle and time at a line's start: "priya.sharma 11:02 am:", "omar_h 4:12 pm:". */
const HANDLE_TIME = new RegExp(`^(${CHAT_HANDLE})\\s+${CHAT_CLOCK}\\s*:`);
/** Whether the chunk has a chat message sent by the person met (a handle of their names): a chat they are in. */
function chatWithThem(chunk: string, parties: Parties): boolean {
  HANDLE_LINES.lastIndex = 0;
  for (let m = HANDLE_LINES.exec(chunk); m; m = HANDLE_LINES.exec(chunk)) if (m[1].toLowerCase().split(/[._-]+/).some(p => personWord(parties, p))) return true;
  return false;
}
const HANDLE_LINES = new RegExp(`^[ \\t>*-]*(${CHAT_HANDLE})\\s+${CHAT_CLOCK}`, 'gm');

/**
 * The label of a speaker's mark matched at the sentence's start (`m[1]` the speaker): the manager ("me", or their name when
 * `byName`) or the other one (a pronoun, the person met's name); undefined for anyone else, or a mark with nothing after it.
 */
function markedSpeaker(s: Sentence, m: RegExpExecArray | null, parties: Parties, section: SectionKind, byName: boolean): Label | undefined {
  if (!m) return undefined;
  let end = 0;
  while (end < s.words.length && s.words[end].end - s.start <= m[0].length) end++;
  if (end === 0 || end >= s.words.length) return undefined;
  const who = m[1].toLowerCase();
  if (ME.has(who) || (byName && parties.manager.has(who))) return { kind: section === 'actions' || own(section) ? 'self' : 'manager', end };
  return PRONOUNS.has(who) || personWord(parties, who) ? { kind: 'other', end } : undefined;
}

export function labelOf(s: Sentence, chunk: string, parties: Parties, section: SectionKind, cache?: Map<string, LabelKind>): Label | undefined {
  const colon = s.norm.indexOf(':');
  // A chat message pasted with its sender's handle and time ("priya.sharma 11:02 AM: Make sure you document ...",
  // "omar.haddad 4:12 PM: ..."): the person met's, or a third party's, but for a chat the person met is in, where the
  // other handle is the manager's (as is one that names the manager).
  if (colon > 2 && colon <= 40 && isDigit(s.norm.charCodeAt(colon - 1))) {
    // ("Me 22:41: Hao, put the RF fail units aside", "我 22:41: ...": the manager's own line of a pasted chat.)
    const me = ME_TIME.exec(s.norm);
    if (me) {
      let end = 0;
      while (end < s.words.length && s.words[end].end - s.start <= me[0].length) end++;
      if (end > 0 && end < s.words.length) return { kind: section === 'actions' || own(section) ? 'self' : 'manager', end };
    }
    const m = HANDLE_TIME.exec(s.norm);
    if (m) {
      let end = 0;
      while (end < s.words.length && s.words[end].end - s.start <= m[0].length) end++;
      if (end >= s.words.length) return undefined;
      const parts = m[1].split(/[._-]+/);
      const theirs = parts.some(p => personWord(parties, p));
      const mine = !theirs && (parts.some(p => parties.manager.has(p)) || chatWithThem(chunk, parties));
      return { kind: theirs ? 'other' : mine ? (section === 'actions' || own(section) ? 'self' : 'manager') : 'other', end };
    }
  }
  // ("1.3 [me] why didn't you check the dashboards ...?", "1.4 [them] runbook says ...": an outline's speaker markers in brackets.)
  // (The sentence may open inside the bracket: "me] why didn't you ...". Only where the other side is marked so too, "[them]":
  // elsewhere a name in brackets tags whose item it is, "- [Lena] Stop approving refunds ...", "- [me] Stop copying her ...".)
  const inBracket = chunk.charCodeAt(s.start - 1) === 91;
  if ((inBracket || chunk.charCodeAt(s.start) === 91 || (isDigit(chunk.charCodeAt(s.start)) && chunk.indexOf('[', s.start) - s.start < 12)) && OTHER_SIDE_MARK.test(chunk)) {
    const marked = markedSpeaker(s, (inBracket ? BRACKET_SPEAKER_INSIDE : BRACKET_SPEAKER).exec(chunk.slice(s.start, s.start + 24)), parties, section, true);
    if (marked) return marked;
  }
  // ("Me → what would you need ...?", "Them → you should push back on the 99.99 ask": a speaker and an arrow, no colon after, who says it.)
  const c0 = s.norm.charCodeAt(0);
  if ((c0 === 109 || c0 === 116 || c0 === 104 || parties.person.has(s.words[0]?.w ?? '')) && s.words.length > 2) {
    const marked = markedSpeaker(s, ARROW_SPEAKER.exec(chunk.slice(s.start, s.start + 30)), parties, section, false);
    if (marked) return marked;
  }
  // "me colon Jas get the count schedule up by Friday": dictated, the colon said as a word.
  if (colon < 0 && s.words.length > 3 && s.words[1].w === 'colon' && s.words[0].w === 'me') return { kind: section === 'actions' || own(section) ? 'self' : 'manager', end: 2 };
  // "I said to her wouldn't it be easier to just ...": the manager's question run into the report of it, as after a colon.
  if (s.words.length > 5 && (s.words[0].w === 'i' || (s.words[1]?.w === 'i' && RUN_IN_LEAD.has(s.words[0].w)) || isDigit(s.norm.charCodeAt(s.words[0].start - s.start)))) {
    const end = runInQuestion(s, parties);
    if (end > 0) return { kind: 'manager', end };
  }
  // ("we talked about the upgrade night and I said take Friday morning off ...", "and then near the end I said can you make sure
  // ...": the manager's words run in after what the line tells first.)
  if (colon < 0 && !s.question && s.words.length > 6 && s.norm.includes(' i said ')) {
    const end = saidMidway(s);
    if (end > 0) return { kind: 'manager', end };
  }
  // "so i said to her like why are you letting them ...", "i asked her like is this really the best time ...": spoken, the
  // quotative "like" for a colon.
  if (colon < 0 && s.words.length > 4 && hasSpaced(s.norm, 'like ')) {
    const m = QUOTATIVE_LIKE.exec(s.norm);
    if (m) {
      let end = 0;
      while (end < s.words.length && s.words[end].end - s.start <= m[0].length) end++;
      if (end < s.words.length) return { kind: section === 'actions' || own(section) ? 'self' : 'manager', end };
    }
  }
  // "asked - dont you think ...", "asked her - since when do we ...?": a dash for a colon after a reporting verb.
  const w0 = s.words[0].w;
  if (colon < 0 && s.words.length > 3 && (w0 === 'asked' || w0 === 'told' || w0 === 'said')) {
    const k = OBJECTS.has(s.words[1].w) || personWord(parties, s.words[1].w) ? 1 : 0;
    // ("Told Paddy on site - outriggers DON'T go down without mats": where it was said, up to two words, before the dash.)
    for (let j = k; j <= k + 2 && j + 1 < s.words.length && (j === k || k > 0); j++) {
      // ("told her → CD keys NOT left in dispensary drawer o/n": an arrow for the colon too.)
      if (/^\s+(?:[-–—]|→|->)\s+$/.test(s.norm.slice(s.words[j].end - s.start, s.words[j + 1].start - s.start))) {
        return { kind: classifyLabel(s.words.slice(0, k + 1).map(w => w.w), chunk.slice(s.words[0].start, s.words[k].end), parties, section), end: j + 1 };
      }
      if (!/^\s+$/.test(s.norm.slice(s.words[j].end - s.start, s.words[j + 1].start - s.start))) break;
    }
  }
  // "me → stop pairing on every PR": an arrow after the speaker, for a colon.
  if (s.words.length > 2 && s.words[0].w === 'me' && /^me\s*(?:→|->|=>)(?!\s*[a-z]+\s*:)/.test(s.norm)) return { kind: section === 'actions' || own(section) ? 'self' : 'manager', end: 1 };
  // "EK - well done": initials and a dash, as a shared doc's comments are signed.
  // "[16:09] Bec Haines: ...": a chat line's time before its speaker.
  // ("[Tue 16:06] me: ...", "[2026-01-23 16:06] ...": a day or a date before it.)
  // ("(added later) me: 🔥 nice. ship it ...": an async reply's aside before its speaker, as a chat's time is.)
  const time = colon >= 1 && colon <= 18 && isDigit(s.norm.charCodeAt(colon - 1)) ? TIME_PREFIX.exec(s.norm)
    : colon > 4 && colon <= 40 && s.norm.charCodeAt(0) === 40 ? LATER_ASIDE.exec(s.norm) : null;
  // "TOLD DH | keep truck 07 keys off the board |": a row of a table written without its header, the pipe
  // after its first cell as a label's colon (the row's opening pipe, or the one the row before ended
  // with, passed over).
  const lead = !time && s.norm.charCodeAt(0) === 124 ? s.norm.length - s.norm.slice(1).trimStart().length : 0;
  const skip = time ? time[0].length : lead;
  let pipe = !time ? s.norm.indexOf('|', skip) : -1;
  if (pipe > skip + 40 || (colon >= 0 && colon < pipe)) pipe = -1;
  const length = time ? LABEL.exec(s.norm.slice(skip))?.[1].length
    : pipe > skip ? LABEL.exec(`${s.norm.slice(skip, pipe)}:${s.norm.slice(pipe + 1)}`)?.[1].length
      : colon >= 0 && colon <= 60 ? LABEL.exec(s.norm)?.[1].length : initialsDash(chunk, s.start);
  if (!length) return undefined;
  const labelEnd = s.start + skip + length;
  let first = 0;
  while (skip && first < s.words.length && s.words[first].start < s.start + skip) first++;
  let end = first;
  while (end < s.words.length && s.words[end].start < labelEnd) end++;
  if (end === first || end - first > 6 || end >= s.words.length) return undefined;
  // "Suggested she split it: partial refunds first, ...": a reported clause before its details, not a label.
  if (end - first >= 3 && CLAUSE_BEFORE_COLON.has(s.words[first].w) && SUBJECTS_AFTER.has(s.words[first + 1].w)) return undefined;
  // ("Je lui ai dit de refuser: two forms = double the tickets": the French report of telling, before its reason.)
  if (end - first >= 4 && s.words[first].w === 'je' && (s.words[first + 1].w === 'lui' || s.words[first + 1].w === 'leur')) return undefined;
  // "Split it into three, Amira: config, rotation job, tests": words said to the person, called by name (or "mate"), before their details.
  if (end - first >= 3 && (personWord(parties, s.words[end - 1].w) || ADDRESS_TERMS.has(s.words[end - 1].w)) && /^,\s+$/.test(chunk.slice(s.words[end - 2].end, s.words[end - 1].start))) return undefined;
  // "Need him to pick: the 2nd body or the zoom": a want of them before its details, not a label.
  if (end - first >= 3 && WANT_BEFORE_COLON.has(s.words[first].w) && OBJECTS.has(s.words[first + 1].w) && s.words[first + 2].w === 'to') return undefined;
  const raw = chunk.slice(s.words[first].start, labelEnd);
  // A pointer before the label ("👉 me: ping sec") makes it an owner: only a few characters before the first word are looked at.
  const at = s.words[first].start;
  // ("[me: order the log sheets]", "(me: call HR first)": an aside in brackets, the manager's note to self.)
  const pointer = first === 0 && at > 0 && (chunk.charCodeAt(at - 1) === 91 || chunk.charCodeAt(at - 1) === 40
    || (chunk.charCodeAt(at - 1) === 32 && POINTER.test(chunk.slice(Math.max(chunk.lastIndexOf('\n', at - 1) + 1, at - 8), at))));
  // An arrow before it ("→ them: write the postmortem"): what follows goes to them.
  const arrow = first === 0 && at > 0 && ARROW_BEFORE.test(chunk.slice(Math.max(chunk.lastIndexOf('\n', at - 1) + 1, at - 8), at));
  // Notes repeat their labels ("Wins:", "Sam:"): classify each once per note and section.
  const key = `${section}\u0000${skip ? '@' : ''}${pointer ? '>' : ''}${arrow ? '<' : ''}${raw}`;
  let kind = cache?.get(key);
  if (kind === undefined) {
    kind = classifyLabel(s.words.slice(first, end).map(w => w.w), raw, parties, section, skip > 0, pointer, arrow);
    cache?.set(key, kind);
  }
  // (A row's first cell is a label only when it says who speaks or reports: "12 May 2026 | Audit | me: ..." is a head line's fields.)
  if (pipe > 0 && kind === 'topic') return undefined;
  // "A: Said to her anyway: next time ...": an answer recorded by the manager, who reports their own telling
  // of her there ("said to her", "told him"): that part is the manager's, not her answer.
  if (kind === 'other' && /^(?:a|answer)$/i.test(raw)) {
    if (ownTellingAt(s, end, parties)) return { kind: 'topic', end };
    // ("A: yes — told her to sort the swap herself by Friday": her answer, then the manager's telling after a dash.)
    for (let k = end + 1; k <= end + 3 && k < s.words.length; k++) {
      if (/[—–-]/.test(chunk.slice(s.words[k - 1].end, s.words[k].start)) && ownTellingAt(s, k, parties)) return { kind: 'reported', end: k };
    }
  }
  return { kind, end };
}

/** Where the words said start after "I said" inside a sentence, an instruction or "can you ..." with no colon between, or 0. */
function saidMidway(s: Sentence): number {
  const w = s.words;
  for (let j = 1; j + 4 < w.length; j++) {
    if (w[j].w !== 'i' || w[j + 1].w !== 'said') continue;
    const k = j + 2;
    if (REQUEST_MODALS.has(w[k].w) && (w[k + 1].w === 'you' || w[k + 1].w === 'u') && isBaseVerb(w[k + 2].w)) return k;
    if (w[k + 1].w !== 'on' && !RUN_IN_SUBJECTS.has(w[k + 1].w) && (verbLikelihood(w[k].w) === 'verb-only' || verbLikelihood(w[k].w) === 'verb-first')) return k;
  }
  return 0;
}

/** Where a question starts after "I said to her", "I asked him" with no colon between ("... have you thought about ...", "I asked him, \"Wouldn't it ..."), or 0. */
function runInQuestion(s: Sentence, parties: Parties): number {
  const w = s.words;
  // ("[01:33] I asked her, why'd you ...": a transcript's time first.)
  let i = 0;
  while (i < 3 && i < w.length && isDigit(w[i].w.charCodeAt(0))) i++;
  // ("and I said put the latency numbers up front ...": a transcript's "and" first.)
  if (RUN_IN_LEAD.has(w[i]?.w ?? '') && w[i + 1]?.w === 'i') i++;
  if (w[i]?.w !== 'i') return 0;
  if (w[i + 1]?.w === 'also' || w[i + 1]?.w === 'then') i++;
  const verb = w[i + 1]?.w;
  if (verb !== 'said' && verb !== 'asked') return 0;
  let k = verb === 'said' && w[i + 2]?.w === 'to' ? i + 3 : i + 2;
  if (!w[k]) return 0;
  // ("and I said put the latency numbers up front in the demo deck": said, no one named, then an instruction.)
  if (verb === 'said' && !s.question && k === i + 2 && k + 2 < w.length && w[k + 1].w !== 'on' && (verbLikelihood(w[k].w) === 'verb-only' || verbLikelihood(w[k].w) === 'verb-first') && !RUN_IN_SUBJECTS.has(w[k + 1].w)) return k;
  if (!OBJECTS.has(w[k].w) && !personWord(parties, w[k].w)) return 0;
  k++;
  if (k + 1 >= w.length) return 0;
  // (A question asked, "why'd you ...", "why did you ...", not one reported: "asked her why she thought ...".)
  // ("I asked her did she really think forty questions a night ...": the question reported, inverted, of the one asked: theirs to read
  // as reported, not as words said.)
  if (RUN_IN_OPENERS.has(w[k].w) && RUN_IN_SUBJECTS.has(w[k + 1].w) && SAME_PERSON.get(w[k - 1].w) !== w[k + 1].w) return k;
  if ((w[k].w === 'why' || w[k].w === 'how') && RUN_IN_OPENERS.has(w[k + 1].w)) return k;
  // ("I also said to her, bring your log book every Tuesday": what was said, after a comma, an instruction.)
  return verb === 'said' && s.norm.charCodeAt(w[k - 1].end - s.start) === 44 && verbLikelihood(w[k].w) === 'verb-only' ? k : 0;
}
const RUN_IN_OPENERS = wordSet("have has did do does would wouldn't couldn't don't didn't doesn't isn't aren't shouldn't can could are is will won't why'd how's");
const RUN_IN_SUBJECTS = wordSet("you u it he she they there that");
const RUN_IN_LEAD = wordSet('and so then but oh');
const THEIR_REQUEST = /^(?:can|could|would|will)\s+(?:you|u)\b.*\b(?:my|me|i)\b/;
const SAME_PERSON = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** "said to her", "told him", "asked Ana": the manager's own telling, reported with the subject dropped, at word k. */
export function ownTellingAt(s: Sentence, k: number, parties: Parties): boolean {
  const w = s.words[k]?.w;
  if (!w || (w !== 'said' && !OWN_ASKS.has(w))) return false;
  const object = s.words[w === 'said' && s.words[k + 1]?.w === 'to' ? k + 2 : k + 1]?.w;
  return !!object && (OBJECTS.has(object) || personWord(parties, object));
}

/** Reporting verbs whose clause, with its subject, can stand before a colon and its details. */
const CLAUSE_BEFORE_COLON = wordSet('suggested told asked advised insisted reminded recommended proposed urged warned');
const SUBJECTS_AFTER = wordSet('he she they that');
const WANT_BEFORE_COLON = wordSet('need want get tell ask asked told');

/** The manager speaking, as a label says it ("Me:"). */
const MANAGER_LABEL: Label = { kind: 'manager', end: 0 };
const OTHER_SPEAKER: Label = { kind: 'other', end: 0 };
/** The manager's telling reported, the sentence itself the report ("asked her to ..."). */
const REPORTED_LABEL_AT_0: Label = { kind: 'reported', end: 0 };

/** A reply marker opening the line: "💬 ...", "→ (mgr) ...", "↳ ...". */
const REPLY_OPENS = /^[\s\d.)*+-]*(?:\u{1F4AC}|\u{1F5E8}\uFE0F?|↳|⤷|→|->|=>)[\s*_]*(?:\(\s*(?:mgr|manager|me)\s*\)[\s*_]*)?\(?$/u;
const OWN_ASKS = wordSet('asked told reminded pushed urged encouraged advised nudged instructed pressed');
const PLANNED_ASKS = wordSet('tell ask remind push get nudge encourage urge');

/**
 * Who speaks in a line of a shared 1:1 doc's half: a reply marked as one at the line's start ("💬
 * Mute it today", "→ (mgr) Pick the smaller ticket first") is the other of the two people, so the
 * manager's under their items and theirs under the manager's own points; under their items, the
 * manager's own ask reported with them as its object is the manager's too ("asked her to put the
 * model docs in the PR": she did not ask herself).
 */
/**
 * Where a report's verb stands after the manager's "I", in the past or the perfect ("I told her", "I have told her", "I've
 * asked him", "I had said": the perfect as a German or Dutch speaker writes the past): 1, 2, or 0 without an "I".
 */
export function afterFirstPerson(words: readonly Word[]): number {
  const w = words[0]?.w;
  if (w === "i've" || w === "i'd") return 1;
  if (w !== 'i') return 0;
  return words[1]?.w === 'have' || words[1]?.w === 'had' ? 2 : 1;
}

export function replyLabel(s: Sentence, chunk: string, parties: Parties, section: 'theirs' | 'talk', aboutThem?: () => boolean): Label | undefined {
  const words = s.words;
  const at = words[0]?.start ?? s.start;
  const lineStart = Math.max(chunk.lastIndexOf('\n', at - 1) + 1, at - 40);
  const before = at > lineStart ? chunk.slice(lineStart, at) : '';
  if (before && REPLY_OPENS.test(before)) {
    // Under the manager's own points a reply is theirs, even one marked "(mgr)" (their manager, in a doc with one's own boss),
    // but for the manager's own record of what they told them after the point ("-> told her to check the shadow board
    // EVERY time", "-> told him: re-do the card TONIGHT"): no one writes their own telling as "told her".
    if (section === 'talk') {
      const k = afterFirstPerson(words);
      const object = words[k + 1]?.w;
      return words[k] && OWN_ASKS.has(words[k].w) && object && (PRONOUNS.has(object) || personWord(parties, object)) ? undefined : OTHER_SPEAKER;
    }
    if (/\(\s*(?:mgr|manager|me)\s*\)/.test(before)) return MANAGER_LABEL;
    let end = 0;
    while (end < words.length - 1 && (words[end].w === 'mgr' || words[end].w === 'manager')) end++;
    if (end) return { kind: 'manager', end };
    return section === 'theirs' ? MANAGER_LABEL : OTHER_SPEAKER;
  }
  if (section !== 'theirs') return undefined;
  // ("Kirsty, get the January incident write-up done first" under "Her growth": called by their name, the manager speaking to them.)
  if (words.length > 2 && personWord(parties, words[0].w) && chunk.charCodeAt(words[0].end) === 44 && isCapital(chunk.charCodeAt(words[0].start))) return MANAGER_LABEL;
  const k = afterFirstPerson(words);
  const object = words[k + 1]?.w;
  if (words[k] && OWN_ASKS.has(words[k].w) && object && (PRONOUNS.has(object) || personWord(parties, object)) && words[k + 2]?.w === 'to') return REPORTED_LABEL_AT_0;
  // ("Tell her to stop apologising for the length": the manager's plan, among notes of what she said.)
  if (k === 0 && words[0] && PLANNED_ASKS.has(words[0].w) && object && (PRONOUNS.has(object) || personWord(parties, object)) && words[2]?.w === 'to') return MANAGER_LABEL;
  // Their agenda written up by the manager, about them in the third person ("She wants a dry run on
  // staging"): a line there that speaks to "you" is the manager speaking to them ("I'd rather you didn't
  // do the dry run alone"). In a half they write themselves, "you" is the manager, and they write "I".
  // ("Can you look at my case study draft before Friday?": their request of the manager, in their own words, "my" theirs.)
  if ((s.classes & WordClass.You) && aboutThem && !THIRD_PERSON_FIRST.has(words[0]?.w ?? '') && !/["“”]/.test(s.norm) && !(s.question && THEIR_REQUEST.test(s.norm)) && aboutThem()) return MANAGER_LABEL;
  return undefined;
}

const THIRD_PERSON_FIRST = wordSet("she he they she's he's they're her his their");

/** A line of a chunk's prose that opens with the person in the third person ("- She wants ...", "He's nervous about ..."). */
// (Also the subject dropped, as a manager writes up what the person said: "Wants to switch in Q3", "Feels the written standup gets
// ignored", and the manager's own report of them, "Asked him what he'd want to own", "Told her ...".)
const OPENS_THIRD_PERSON = /(?:^|\n)[^\p{L}\n]*(?:she|he|(?:asked|told|reminded|gave)\s+(?:him|her)|(?:wants|feels|thinks|says|prefers|suggests|hopes|worries|reckons))\b/u;

/** Whether a chunk's prose speaks of someone in the third person at a line's start: written about them, by the manager. */
export function speaksOfThem(norm: string): boolean {
  return OPENS_THIRD_PERSON.test(norm);
}

/** A sentence from word `from` on (the part after a label), sharing the words' offsets. */
export function tail(s: Sentence, from: number): Sentence {
  // From 0: the sentence from its first word (a reply marker, "→ (mgr)", before it is no part of it).
  if (from <= 0 && (!s.words.length || s.words[0].start === s.start)) return s;
  from = Math.max(0, from);
  const start = s.words[from].start;
  return sentenceOf(start, s.end, s.question, s.norm.slice(start - s.start), s.words.slice(from) as Word[]);
}

/**
 * A line marked as the manager's words after the fact: "— that was my feedback", ", I said", ", I told
 * her, because ...", "— said it twice", "— said at the end" (not "I said I'd check", "I told her
 * that's fine": what follows is what was said); and the manager's line that introduces their words on
 * the next ("What I did say, and I'm writing it down:").
 */
const SAID_MARK = /(?:—|–|-|,|\()\s*(?:that was my (?:feedback|advice|message|ask|exact words|line)|i said (?:this|that|it)|i told (?:him|her|them) (?:this|that)|(?:my )?words? for words?|verbatim|i (?:said|told (?:him|her|them))(?=\s*(?:[,.;!)]|$|because\b|and\b|but\b|so\b))|(?:i )?said (?:it |this |that |so )?(?:twice|again|at the end|at the start|clearly|firmly|plainly|directly|straight|more than once)\b)|\bi (?:did |also |actually |then )?(?:say|said|told (?:him|her|them))\b[^.!?:\n]{0,80}:\n/;

/**
 * Whether a sentence marks itself as the manager's words after the fact: "Cut the summary to three
 * outcomes — that was my feedback, word for word". Asked only of an instruction that is otherwise not
 * telling (most sentences never get here).
 */
export function markedAsSaid(s: Sentence): boolean {
  // Every mark has one of these words (WordClass.Said): most sentences are passed over by a bit test.
  return (s.classes & WordClass.Said) !== 0 && SAID_MARK.test(s.norm);
}

const PASSED = 1;
const TO_TELL = 2;
/** Marked as said by the sentence after it on the line ("Said it twice.", "My advice, he wrote it down."). */
const SAID_AFTER = 3;

/**
 * A short sentence after an instruction, on its line, that says what became of it: said to them ("Said
 * it twice.", "I said that straight, no softening.", "My advice, he wrote it down.", "I framed it as an
 * option but it wasn't really one.", "Seriously.", "Not optional.", "Not after."), or to be said
 * ("Tell him next week.").
 */
const SAID_NEXT = /(?:(?:(?:and|but|so)\s+)?(?:i\s+)?(?:said|told\s+(?:him|her|them))\s+(?:it|that|this|so)(?=\s*(?:[,.;!]|$)|\s+(?:twice|again|straight|directly|firmly|clearly|plainly|while|when|before|after|and|but|in|at|to\s+(?:him|her|them)|more|once|as|then|out|loud|back|anyway|too|already|word|no)\b)|(?:i\s+)?(?:said|told\s+(?:him|her|them))\s+(?:twice|again|straight|directly|firmly|clearly|plainly)\b|(?:that was\s+)?my (?:advice|words|ask|feedback|line|suggestion)\b|i\s+(?:framed|phrased|put|pitched|dressed)\s+it\s+(?:as|like)\b|(?:(?:that's|this\s+is|it's)\s+)?(?:not\s+negotiable|non-?negotiable|not\s+optional|not\s+up\s+for\s+(?:debate|discussion))\b|no\s+(?:more\s+)?(?:arguments|exceptions|excuses)\b|every\s+(?:single\s+)?time(?=\s*[.!]*\s*$|\s*[.!]+\s)|not\s+(?:after|later|afterwards|tomorrow)(?=\s*[.!]*\s*$|\s*[.!]+\s)|seriously(?=\s*[.!]*\s*$|\s*[.!]+\s)|ever(?=\s*[.!]+\s*$)|(?:period|full\s+stop|end\s+of\s+story|end\s+of\s+discussion)(?=\s*[.!]*\s*$)|(?:i\s+)?asked\s+it(?=\s*(?:[,.;!]|$)|\s+(?:twice|again|anyway|straight|directly|in front|and|but)\b))/imy;
/** "Every one.", "EVERY temp.": a short sentence of "every" and one word. */
const EVERY_AGAIN = /every\s+(?:single\s+)?[a-z]+(?=\s*[.!]*\s*$|\s*[.!]+\s)/iy;
const TELL_NEXT = /(?:(?:must|need to|will|i['’]ll|to)\s+)?(?:tell|say it to|raise it with)\s+(?:him|her|them)\b/imy;

/**
 * What the sentence after one on its line (text[from, to), from the end of the sentence) says about it:
 * SAID_AFTER, TO_TELL or 0. Most sentences end their line: nothing to read then.
 */
/**
 * The manager's own bracketed doubt about the line before it, on its line or the next: "... before it goes out [me: too
 * directive?]", "(note to self: that was telling)". What the line says was said to them, or the doubt would be about nothing.
 */
export function selfCritiqueAfter(text: string, from: number, to: number): number {
  // (Only what comes next on the line, or on the next: a search bounded by it, not to the chunk's end.)
  const end = Math.min(to, from + 90);
  let at = -1;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 91 || c === 40) {
      at = k;
      break;
    }
    if (c !== 32 && c !== 9 && c !== 10) return 0;
  }
  if (at < 0) return 0;
  // (Only spaces, and at most one line break, between the sentence and the bracket.)
  const gap = text.slice(from, at);
  if (!/^[ \t]*(?:\n[ \t]*)?$/.test(gap)) return 0;
  return SELF_CRITIQUE.test(text.slice(at + 1, Math.min(to, at + 60))) ? SAID_AFTER : 0;
}
const SELF_CRITIQUE = /^\s*(?:me|note\s+to\s+self|nb|self)\s*:\s*(?:(?:too|a\s+bit|bit|was\s+that|that\s+was|this\s+was|was\s+this)\s+(?:too\s+)?(?:directive|bossy|pushy|telling|leading|much\s+telling|preachy|prescriptive)|(?:directive|telling|leading)\s*[?!.]|did\s+i\s+(?:just\s+)?tell\b)/i;

/** A bracket that names whose rule a line passes on, at its end: "(AD memo)", "(per HR)", "(HR policy)". */
const ATTRIBUTED = /\((?:per\s+[^()]{1,30}|(?:from\s+)?(?:the\s+)?[^()]{1,24}?\s(?:memo|policy|rule|rules|directive|orders?|guidance|mandate|requirement|circular))\)\s*$/i;

/** A bracket after a line that says it was said: "(said to him at the end)", "(told her this straight)", "(said it twice)". */
const SAID_BRACKET = /\(\s*(?:i\s+)?(?:said|told\s+(?:him|her|them))(?:\s+(?:it|this|that|so|exactly\s+this))?(?:\s+to\s+(?:him|her|them))?\b[^)\n]{0,40}\)/iy;

export function markAfter(text: string, from: number, to: number): number {
  // ("water breaks every 20, heat index 104 Tues. NOT negotiable (AD memo)": the line's rule is whoever it names in brackets
  // at its end, passed on.)
  const eol = text.indexOf('\n', from);
  const lineEnd = eol < 0 || eol > to ? to : eol;
  if (text.charCodeAt(lineEnd - 1) === 41 && ATTRIBUTED.test(text.slice(Math.max(from, lineEnd - 48), lineEnd))) return PASSED;
  let a = from;
  while (a < to && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  if (a >= to) return 0;
  // ("Rerun on the Mar holdout first, then we talk features. (said to him at the end)": said, in a bracket after it.)
  if (text.charCodeAt(a) === 40) {
    SAID_BRACKET.lastIndex = a;
    return SAID_BRACKET.test(text) ? SAID_AFTER : 0;
  }
  // Every mark opens with one of these letters (and, but, so, said, I, told, my, must, need, will, to, tell, raise, period, full stop, end of story).
  const c = text.charCodeAt(a) | 32;
  if (c !== 97 && c !== 98 && c !== 115 && c !== 105 && c !== 116 && c !== 109 && c !== 110 && c !== 119 && c !== 114 && c !== 112 && c !== 102 && c !== 101) return 0;
  // Sticky expressions at the sentence's start in the note itself: no copy of the text.
  SAID_NEXT.lastIndex = a;
  if (SAID_NEXT.test(text)) return SAID_AFTER;
  // ("Taste every sauce before it goes in the window. EVERY one.", "Read every ticket out loud when you fire it. Every temp.": the
  // instruction's "every" said again, insisting; not "Walk the floor. Every shift.", a routine of the writer's own.)
  if (c === 101) {
    EVERY_AGAIN.lastIndex = a;
    if (EVERY_AGAIN.test(text) && /\b(?:every|each)\b/i.test(text.slice(Math.max(text.lastIndexOf('\n', from - 1) + 1, from - 200), from))) return SAID_AFTER;
  }
  TELL_NEXT.lastIndex = a;
  return TELL_NEXT.test(text) ? TO_TELL : 0;
}

/**
 * What a sentence's end says about it: "— tell him Thursday" (TO_TELL: what is to be said, planned),
 * ", IT says." (PASSED: someone else's words, passed on), or nothing (0, almost every sentence).
 */
function markAtEnd(s: Sentence): number {
  if ((s.classes & WordClass.Tell) !== 0 && endsNear(s.norm, 'tell', 48) && PLANNED_MARK.test(s.norm)) return TO_TELL;
  // "Get G to own one weekly DQ number → next 1:1": kept for the next meeting, to be said there.
  if (endsNear(s.norm, 'next', 28) && NEXT_MEETING_MARK.test(s.norm)) return TO_TELL;
  if (endsWithSays(s.norm) && PASSED_ON.test(s.norm)) return PASSED;
  // "you should never be surprised by a promo outcome, that's what they said in the manager training": someone's maxim, passed on.
  return hasSpaced(s.norm, 'what ') && (s.norm.includes("that's what") || s.norm.includes('is what')) && THEIR_MAXIM.test(s.norm) ? PASSED : 0;
}

/** "..., that's what they said in the training", "..., that is what Priya says": words passed on after a comma. */
const THEIR_MAXIM = /[,;—–-]\s*(?:that's|that\s+is|which\s+is)\s+what\s+(?!i\b|we\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:said|says|say|told\s+(?:us|me)|teach|taught|tell\s+(?:us|you))\b/;

/** Whether `word` is in the last `reach` characters of `norm` (both marks below end their sentence): no scan of the rest. */
function endsNear(norm: string, word: string, reach: number): boolean {
  return norm.length >= word.length && norm.indexOf(word, Math.max(0, norm.length - reach)) >= 0;
}

/** Whether a sentence's last word is "says" or "said" (before a full stop or an exclamation mark). */
function endsWithSays(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  const end = norm.length - (last === 46 || last === 33 ? 1 : 0);
  if (end < 4 || norm.charCodeAt(end - 4) !== 115 || norm.charCodeAt(end - 3) !== 97) return false;
  const c = norm.charCodeAt(end - 2);
  const d = norm.charCodeAt(end - 1);
  return (c === 121 && d === 115) || (c === 105 && d === 100);
}

/** A sentence that ends by planning to say it: "— tell him Thursday", ", tell her at the 1:1", "(to tell him)". */
const NEXT_MEETING_MARK = /(?:→|->|—|–|\s-|,|;|\()\s*(?:(?:for|at|in|raise\s+at|bring\s+to)\s+)?(?:the\s+|our\s+)?next\s+(?:1:1|1-1|1on1|one[- ]on[- ]one|meeting|catch[- ]?up|check[- ]?in)\s*[.!)]?\s*$/;
const PLANNED_MARK = /(?:—|–|\s-|,|;|\()\s*(?:(?:i'll|i will|must|need to|to)\s+)?tell (?:him|her|them)\b(?:\s+[\w']+){0,4}\s*[.!)]?\s*$/;

/** A sentence that ends by naming who says it, not the manager: ", IT says.", ", the vendor says", ", she said." */
// (Not "..., whatever finance says", "..., no matter what HR said": regardless of them.)
const PASSED_ON = /,\s*(?!i\b|we\b|as\b|whatever\b|no\s+matter\b)(?:[a-z][\w'-]*\s+){0,2}(?:says|said)\s*[.!]?\s*$/;

const NOTE_TO_SELF = /\((?:note to self|for me|me|mine|my (?:todo|task|action))(?:,?\s*not\s+(?:him|her|them|[a-z]+))?!*\)|\bnote to self\b|←\s*(?:me|mine)\b/;

/**
 * The frame of a sentence in a section (the kind in force, sections.ts currentKind), under a label. `quiet`
 * when instructions in its block are no one's telling: a list item that names an owner ("Owner: Ravi",
 * "@sam"), an aside all in italics. `cache` holds the frames made, by their key (a small number).
 */
export function frameOf(section: SectionKind, label: LabelKind | undefined, s: Sentence, parties: Parties, quiet: boolean,
  cache?: (Frame | undefined)[], after = 0): Frame {
  const mark = markAtEnd(s) || after;
  const toTell = mark === TO_TELL;
  // Native searches first: an expression of alternatives scans slower than three of them.
  const selfNote = !toTell && (label === 'self' || ((s.norm.includes('(') || (s.norm.includes('lf') && s.norm.includes('self')) || s.norm.includes('←')) && NOTE_TO_SELF.test(s.norm)));
  const said = !selfNote && (label === 'manager' || label === 'telling' || label === 'reported' || label === 'tellTo');
  // ", Dana said." with Dana the manager (the setting): their own words after all.
  const passedOn = !said && mark === PASSED && !parties.manager.has(/(\S+)\s+(?:says|said)\s*[.!]?\s*$/.exec(s.norm)?.[1] ?? '');
  // "For next time: - Set two alarms if you have to.": in the manager's own preparation, an instruction
  // with "you" in it is one they mean to give, read on evidence; their own checks have no "you".
  // (Under action items or the manager's own heading, one put to the person by name, "Kofi, go and pick the course forms from HR
  // before they close", "Ruth, please keep to Thursdays for the time being": read on evidence too.)
  const yourPart = (section === 'prep' && (s.classes & WordClass.You) !== 0)
    || ((section === 'actions' || section === 'self') && s.words.length > 2 && s.norm.charCodeAt(s.words[0].end - s.start) === 44 && personWord(parties, s.words[0].w));
  // A note has a handful of distinct frames: make each once.
  const key = SECTION_INDEX[section] | (LABEL_INDEX[label ?? 'none'] << 3) | (+selfNote << 6) | (+said << 7) | (+quiet << 8) | (mark << 9) | (+passedOn << 11) | (+yourPart << 12);
  const known = cache?.[key];
  if (known) return known;
  let otherSpeaker = section === 'theirs' || label === 'other' || passedOn;
  let instructions: Instructions =
    section === 'talk' ? 'planned' : yourPart ? 'evidence' : section === 'actions' || own(section) ? 'never' : 'evidence';
  if (said) {
    instructions = 'spoken';
    otherSpeaker = false;
  }
  if (selfNote || quiet) instructions = 'never';
  if ((toTell && !said) || (label === 'tellTo' && !selfNote)) instructions = 'planned';
  const frame: Frame = { section, otherSpeaker, instructions, selfNote, reported: label === 'reported', tellingLabel: label === 'telling' || label === 'tellTo', saidAfter: mark === SAID_AFTER, parties, ...(label === 'tellTo' ? { tellTo: true } : {}), ...(quiet ? { owned: true } : {}) };
  if (cache) cache[key] = frame;
  return frame;
}

const SECTION_INDEX: Readonly<Record<SectionKind, number>> = { talk: 0, actions: 1, self: 2, theirs: 3, notes: 4, neutral: 5, prep: 6 };
const LABEL_INDEX: Readonly<Record<LabelKind | 'none', number>> = { none: 0, manager: 1, other: 2, self: 3, telling: 4, reported: 5, topic: 6, tellTo: 7 };
