// The lint engine: chunks, prose, sections, sentences and who says them, rules; then severity by
// relationship, allow list and disable comments. Pure: no vscode, no Node. Results per chunk are
// cached by its text and the section it starts in, so an edit re-lints only the chunk it touched.
import { questionCandidate } from '../insights/candidate';
import { readQuestionCandidate, type CandidateSpan as SentenceSpan } from './question-reader';
import { isPromptTitle } from '../insights/outline';
import { MODE_INFO, type Mode } from '../modes';
import { decideMode } from '../note-mode';
import { asksOfManager, calledFirst, errandTo, FINAL, genericYouAt, PLEASE_FIRST, PLEASE_WORDS, vocativeAfter, youSubjectAt, type RawFinding, type RuleContext } from './analysis';
import { updateChunks, type ChunkState } from './chunks';
import { COMMENT_HEADER, taskKeywordAt } from './blocks';
import { parseDisableComments } from './disable';
import { ADVISER, afterFirstPerson, classifyLabel, frameOf, labelOf, markAfter, ownTellingAt, selfCritiqueAfter, replyLabel, speaksOfThem, tail, TIME_PREFIX, isCapital, type Frame, type LabelKind } from './frame';
import { partiesKey, partiesOf, personWord, YOU_WORD, type Parties } from './parties';
import { outlineMarker, proseText, toNorm } from './prose';
import { ALL_RULES, RULES } from './rules';
import { findCustomPhrases } from './rules/custom-phrase';
import { atBlock, currentKind, enterSection, FOR_SOMEONE, headingKey, LABEL_LEVEL, labelHeading, NO_SECTION, PASTED, saidHeading, sameStack, sectionKind, toSelfHeading, type SectionKind, type SectionStack } from './sections';
import { chatHeaderStarts, readDialect, sentenceOf, splitSentences, type Sentence, type Word } from './sentences';
import { WordClass } from './wordclass';
import type { Suggest } from './rewrite';
import type { Finding, LintOptions, LintResult, QuestionSpan, RuleSeverity, Severity, Strictness, Suggestion } from './types';
import { charBefore, detached, foldLatin, hasSpaced, isToggleMark, TOGGLE_MARKS } from '../text';
import { wordSet } from './lexicon';
import { baseOf, isBaseVerb } from './english';

import { DEFAULT_STRICTNESS } from './rule-ids';
export { DEFAULT_STRICTNESS };

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const STEPS: Readonly<Record<Exclude<Strictness, 'off'>, number>> = { strict: 0, normal: 1, gentle: 2 };

/** Why telling matters in each relationship, appended to messages. */
const WHY_IN: Readonly<Record<Mode, string>> = {
  coaching: 'your authority makes telling land as an order.',
  'co-learning': 'co-create the answer rather than hand it over.',
  mentoring: 'open doors rather than give advice they did not ask for.',
  'peer-learning': 'ask about their expertise before offering yours.',
};
const MODE_NOTE = Object.fromEntries(Object.entries(WHY_IN).map(([m, why]) => [m, `${MODE_INFO[m as Mode].title}: ${why}`])) as Readonly<Record<Mode, string>>;

/** A finding in a chunk, offsets relative to it; its rewrites are made the first time they are asked for. */
/** Labels that give the manager's words as said ("Me: ...", "Asked: ...", "Advised: ..."). */
const RECORD_LABELS = new Set<LabelKind>(['manager', 'reported', 'telling']);

class SentenceFinding {
  private made: readonly Suggestion[] | undefined;
  private madeFor: Mode | undefined;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  private readonly suggest: Suggest;

  readonly planned: boolean;

  constructor(raw: RawFinding, readonly sentenceStart: number, readonly sentenceEnd: number, readonly recorded = false) {
    this.planned = raw.planned === true;
    this.ruleId = raw.ruleId;
    this.start = raw.start;
    this.end = raw.end;
    this.message = raw.message;
    this.suggest = raw.suggest;
  }

  suggestions(mode: Mode): readonly Suggestion[] {
    if (!this.made || this.madeFor !== mode) {
      this.made = this.suggest(mode);
      this.madeFor = mode;
    }
    return this.made;
  }
}

/**
 * The public finding: offsets in the note; the rewrites are shifted there on first access. A class
 * (not an object literal with a getter, which is several times slower to create); toJSON keeps
 * `suggestions` in JSON output.
 */
class NoteFinding implements Finding {
  private shifted: readonly Suggestion[] | undefined;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly recorded: boolean;
  private quoted: string | undefined;

  constructor(private readonly raw: SentenceFinding, readonly severity: Severity, private readonly summary: string, private readonly d: number, private readonly mode: Mode,
    private readonly text: string) {
    this.ruleId = raw.ruleId;
    this.recorded = raw.recorded;
    this.start = raw.start + d;
    this.end = raw.end + d;
    this.sentenceStart = raw.sentenceStart + d;
    this.sentenceEnd = raw.sentenceEnd + d;
  }

  /** The start of the sentence in quotes, then the rule's message: made when read (most lints are never shown). */
  get message(): string {
    return (this.quoted ??= `${quoteOf(this.text, this.sentenceStart, this.sentenceEnd)} ${this.summary}`);
  }

  get suggestions(): readonly Suggestion[] {
    if (!this.shifted) {
      const own = this.raw.suggestions(this.mode);
      const d = this.d;
      this.shifted = d === 0 || !own.length ? own : own.map(x => ({ ...x, start: x.start + d, end: x.end + d }));
    }
    return this.shifted;
  }

  toJSON(): Finding {
    const { ruleId, severity, message, start, end, sentenceStart, sentenceEnd, suggestions, recorded } = this;
    return { ruleId, severity, message, start, end, sentenceStart, sentenceEnd, suggestions, ...(recorded ? { recorded } : {}) };
  }
}

export interface ChunkResult {
  readonly findings: readonly SentenceFinding[];
  readonly questions: number;
  /**
   * Sentences of the manager's (not someone else's) that may be questions, offsets relative to the
   * chunk: read into questions by the insights' classifier only when someone asks (chunkAsks), so a
   * lint that nobody asks questions of pays for the split it already did and nothing more.
   */
  readonly candidates: readonly SentenceSpan[];
  /** The chunk's questions, once read (chunkAsks). */
  asks?: readonly QuestionSpan[];
  /** Rules that failed on a sentence of the chunk (a bug): "rule-id: message"; the other rules still ran. */
  readonly errors?: readonly string[];
  /** The section stack the chunk was linted under, and the stack after its last heading. */
  readonly stackIn: SectionStack;
  readonly stackOut: SectionStack;
}

export interface RuleInfo {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly summary: string;
  /** Findings are the manager telling (the status bar's and the insights' "told"). */
  readonly told: boolean;
}

export const RULE_INFO: readonly RuleInfo[] = ALL_RULES.map(r => ({ id: r.id, defaultSeverity: r.defaultSeverity, summary: r.summary, told: r.told }));

const DEFAULT_SEVERITY = new Map(RULE_INFO.map(r => [r.id, r.defaultSeverity]));

/** What a chunk's findings depend on besides its text and section: the same for a whole note. */
interface NoteSetup {
  readonly phrases: readonly string[];
  readonly parties: Parties;
  readonly talkHeadings: readonly string[];
  /** Labels already classified in this note (they depend on the parties). */
  readonly labels: Map<string, LabelKind>;
  /**
   * The frames made in this note, by frameOf's key (they depend on the parties): a note has a handful.
   * One list for the note, not one per chunk: a key goes up to 511, and a list per chunk grew its
   * storage to that size in every chunk (a tenth of what a lint allocated).
   */
  readonly frames: (Frame | undefined)[];
  /** A bullet journal whose key names "•" a task ("key: • task  ○ event  – note"): its "•" lines are the manager's tasks. */
  readonly bulletTasks: boolean;
}

/** A point that tells the manager to say it: "..., say it plainly", "... - tell him straight", "(be direct)". */
const SAY_IT = /(?:[,;(—–-]|\.\.\.)\s*(?:(?:and|just)\s+)?(?:say\s+it|tell\s+(?:him|her|them)|put\s+it)\s+(?:plainly|clearly|straight|directly|firmly|bluntly|straight\s+out)\b|[,;(—–-]\s*be\s+(?:direct|blunt|clear|firm)\b/;

/** A bullet journal's key: "key: • task  ○ event  – note", "Key — • to do". */
const BULLET_KEY = /^\s*key\s*[:—–-][^\n]*•\s*(?:tasks?|to-?dos?)\b/im;

/** A chunk's questions (offsets relative to it): read from its candidates the first time, then kept with its result. */
export function chunkAsks(result: ChunkResult, src: string): readonly QuestionSpan[] {
  if (!result.asks) {
    const asks: QuestionSpan[] = [];
    for (const c of result.candidates) {
      const q = readQuestionCandidate(src, c);
      if (q) asks.push(q);
    }
    result.asks = asks;
  }
  return result.asks;
}

/**
 * Labels classified ("Wins:", "Sam:", "Next steps:"), by what a label's kind depends on besides its
 * text and section (the people, the phrases and headings set): notes repeat their labels, note after
 * note. Bounded: a map emptied when full, and at most LABEL_SETUPS of them.
 */
const LABELS = new Map<string, Map<string, LabelKind>>();
const LABEL_SETUPS = 64;
const LABELS_EACH = 2000;

function labelsFor(key: string): Map<string, LabelKind> {
  let labels = LABELS.get(key);
  if (!labels) {
    if (LABELS.size >= LABEL_SETUPS) LABELS.clear();
    labels = new Map();
    LABELS.set(key, labels);
  } else if (labels.size >= LABELS_EACH) {
    labels.clear();
  }
  return labels;
}

const PROMPT_TITLES = new Map<string, boolean>();

/** The stack after a heading: its kind, and whether it opens one of the template's question lists. */
function enterHeading(stack: SectionStack, heading: { readonly level: number; readonly title: string }, note: NoteSetup): SectionStack {
  // Notes repeat their headings note after note: look each title up once.
  let prompts = PROMPT_TITLES.get(heading.title);
  if (prompts === undefined) {
    prompts = isPromptTitle(heading.title);
    if (PROMPT_TITLES.size > 2000) PROMPT_TITLES.clear();
    PROMPT_TITLES.set(heading.title, prompts);
  }
  // "Guidance given", "Crit", "Said to Sam": the manager's words to the person, said.
  if (saidHeading(heading.title, w => note.parties.person.has(foldLatin(w)))) return enterSection(stack, heading.level, 'neutral', prompts, true);
  let kind = sectionKind(heading.title, note.talkHeadings);
  // "Stop (Kenji's list)", "Start (her picks)": a list the heading says is theirs, whatever it is called.
  if (heading.title.includes('(') && theirList(heading.title, note)) kind = 'theirs';
  else if (kind === 'neutral') {
    // "Start — Lena (from me)", "Stop — me", "Continue — team": a retro's list, whose it is said after the dash; the
    // manager's for the person met is what they put to them, as feedback given.
    const party = retroParty(heading.title, note);
    if (party === 'said') return enterSection(stack, heading.level, 'neutral', prompts, true);
    if (party) kind = party;
  }
  // "# Lesson observation follow-up: Rachel Dunn": the note's title, naming the person met, is no list of actions.
  if (kind === 'actions' && heading.level === 1 && nameWordsOf(heading.title).some(w => personWord(note.parties, w))) kind = 'neutral';
  return enterSection(stack, heading.level, sides(stack, heading, ownedSection(heading.title, forThem(heading.title, kind, note), note), note), prompts, false, ME_HEADING.test(heading.title.trim()), toSelfHeading(heading.title));
}

/** "NEXT TIME (for Kirsty)": a list for the next meeting that names whom it is for is what to tell them. */
function forThem(title: string, kind: SectionKind, note: NoteSetup): SectionKind {
  // ("Start / Stop / Continue (mine, for Joel)": the manager's list for the person met, to put to them.)
  const bracket = title.includes('(') ? /\((?:mine|my\s+\w+)?,?\s*for\s+([\p{L}'’-]+)\)/u.exec(foldLatin(title.toLowerCase())) : null;
  if (bracket && note.parties.person.has(bracket[1])) return 'talk';
  // ("Points for FH", "Messages for Sam", "For Sam", an SBAR's "R — for Sam": what the manager has for the person met, to say.)
  const whom = kind === 'prep' ? /\bfor\s+(\p{L}+)/u.exec(foldLatin(title.toLowerCase()))
    : kind === 'neutral' && /\bfor\s/i.test(title) ? FOR_SOMEONE.exec(foldLatin(title.toLowerCase().trim())) : null;
  return whom && note.parties.person.has(whom[1]) ? 'talk' : kind;
}

/** A heading's bracket that says whose list it is: "(Kenji's list)", "(her picks)", "(from Kenji)", "(his own picks, his words)". */
const THEIR_BRACKET = /\((?:([\p{L}'’-]+?)['’]s|his|her|their)\s+(?:list|items|picks|choices|own|answers|notes|words|points)\)|\((?:his|her|their)\s+own\b[^()]*\)|\((?:from|by)\s+([\p{L}'’-]+)\)/u;

/**
 * A retro's list ("Start", "Stop", "Continue", "More of", "Less of") with whose it is after a dash or colon: the
 * manager's own ("Stop — me"), the team's practice ("Continue — team", "Start — us"), or the person met's, from the
 * manager ("Start — Lena (from me)", "Stop: Sofia"), what to put to them; and what they must do ("MUST DO — Rosa"). (Their own picks,
 * "(his own picks)", are theirs above.)
 */
const RETRO_PARTY = /^(?:start|stop|continue|keep|more|less|must[- ]?dos?|musts|expectations)(?:\s+(?:doing|of))?\s*(?:[—–:]|\s-)\s*(?:for\s+)?(the\s+team|our\s+team|both\s+of\s+us|[\p{L}'’-]+)\s*(?:\(([^()]*)\))?$/u;
const RETRO_TITLES = new Map<string, RegExpExecArray | null>();
const RETRO_SELF = wordSet('me myself mine manager');
const RETRO_GROUP = wordSet('team us we everyone all both');

function retroParty(title: string, note: NoteSetup): 'self' | 'actions' | 'said' | undefined {
  if (!(title.includes('\u2014') || title.includes('\u2013') || title.includes(':') || title.includes(' -'))) return undefined;
  // (Notes repeat their headings note after note: each title read once.)
  let m = RETRO_TITLES.get(title);
  if (m === undefined) {
    m = RETRO_PARTY.exec(foldLatin(title.toLowerCase().replace(/[*_]/g, '').trim()));
    if (RETRO_TITLES.size > 2000) RETRO_TITLES.clear();
    RETRO_TITLES.set(title, m);
  }
  if (!m) return undefined;
  const who = m[1].replace(/\s+/g, ' ');
  if (RETRO_SELF.has(who)) return 'self';
  if (RETRO_GROUP.has(who) || who.includes(' ')) return 'actions';
  // ("(from me)", "(mine)", or nothing: the manager's list for them.)
  if ((personWord(note.parties, who) || who === 'him' || who === 'her' || who === 'them') && (!m[2] || /^(?:from\s+me|mine|my\s+\w+)$/.test(m[2].trim()))) return 'said';
  return undefined;
}

function theirList(title: string, note: NoteSetup): boolean {
  const m = THEIR_BRACKET.exec(title);
  if (!m) return false;
  const name = m[1] ?? m[2];
  return !name || note.parties.person.has(foldLatin(name.toLowerCase()));
}

/** Heading titles' keys (sections.ts headingKey), as notes repeat their headings note after note. */
const HEADING_KEYS = new Map<string, { readonly key: string; readonly words: readonly string[] }>();

/**
 * The two sides of the conversation as sections: "## her" then "## me", "### 💬 Kenji" then "### 🧠 me".
 * Below the note's first heading, one that is only the person met's name is their side; "me" after their
 * side, at the same level, is the manager's side of the conversation (a record read on evidence), not
 * their private notes ("## Me" alone still is).
 */
function sides(stack: SectionStack, heading: { readonly level: number; readonly title: string }, kind: SectionKind, note: NoteSetup): SectionKind {
  if (heading.level < 2 || !stack.length || (kind !== 'neutral' && kind !== 'self') || heading.title.length > 40) return kind;
  let key = HEADING_KEYS.get(heading.title);
  if (key === undefined) {
    const k = headingKey(heading.title);
    key = { key: k, words: foldLatin(k).split(/[^\p{L}]+/u).filter(Boolean) };
    if (HEADING_KEYS.size > 2000) HEADING_KEYS.clear();
    HEADING_KEYS.set(heading.title, key);
  }
  if (kind === 'neutral') {
    const words = key.words;
    return words.length >= 1 && words.length <= 2 && words.every(w => personWord(note.parties, w)) ? 'theirs' : kind;
  }
  if (key.key !== 'me' && key.key !== 'mine' && key.key !== 'my side') return kind;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].level === heading.level) return stack[k].kind === 'theirs' ? 'notes' : kind;
    if (stack[k].level < heading.level) break;
  }
  return kind;
}

/** A mail client's line before a forwarded or quoted message's header. */
const FORWARDED = /^-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$/i;
/** An email's sender line: "From: Chloé Dubois", "**From:** Aaron Whitfield <aaron@...>". */
const EMAIL_FROM = /^\**from:?\**:?\s+([^<\n]{2,60}?)\s*(?:<[^>\n]*>)?\s*$/i;
/** An email header heads what follows as a heading of the lowest level does, below every markdown heading. */
const EMAIL_LEVEL = 6.5;

/** A line that says the list below is the other person's, with the manager's answers marked. */
const THEIR_LIST = /^(?:copied |pasted )?(?:(?:the )?agenda )?from (?:his|her|their|\p{Lu}[\p{L}'’-]+['’]s) (?:email|e-mail|mail|message|doc|list)\b|^(?:his|her|their|\p{Lu}[\p{L}'’-]+['’]s) (?:agenda|questions|list|email)\b.{0,60}\bmy (?:answers|replies|notes)\b/iu;

/** Who wrote a comment: the manager (a name the note gives them: the other of a title's pair, the setting), or someone else. */
function commentBy(writer: string, note: NoteSetup): 'manager' | 'other' {
  const words = foldLatin(writer.toLowerCase()).split(/[^\p{L}]+/u).filter(w => w.length > 1);
  if (words.some(w => note.parties.manager.has(w))) return 'manager';
  return 'other';
}

/** What an email's text is, by its sender: the person's words, or (the manager's, or unknown) a record read on evidence. */
function emailFrom(sender: string, note: NoteSetup): SectionKind {
  const words = foldLatin(sender.toLowerCase()).split(/[^\p{L}]+/u).filter(w => w.length > 1);
  if (words.some(w => note.parties.manager.has(w))) return 'notes';
  if (words.some(w => note.parties.person.has(w))) return 'theirs';
  // Someone else's mail forwarded into the note ("From: People Team", HR's instructions to every line
  // manager): their words, not the manager's, when the manager is known to be someone else or the
  // sender is a team.
  return note.parties.manager.size || words.some(w => TEAM_SENDERS.has(w)) ? 'theirs' : 'notes';
}
/** Whether a mail's lines greet the person met by name: "Hi Aisha,", "Thanks Aisha.", "Mei, thanks for ...". */
function greetsPerson(mail: string, note: NoteSetup): boolean {
  for (const line of mail.split('\n').slice(1, 6)) {
    const m = GREETING.exec(line);
    const name = m ? (m[1] ?? m[2]) : undefined;
    if (name && note.parties.person.has(foldLatin(name.toLowerCase()))) return true;
  }
  return false;
}
const GREETING = /^\s*(?:(?:hi|hello|hey|dear|thanks|thank\s+you|morning|evening)\s+([\p{L}'-]+)\b|([\p{L}'-]+),\s+(?:thanks|thank\s+you|hi|quick))/iu;
const TEAM_SENDERS = wordSet('team hr people payroll noreply no reply admin office department dept support helpdesk operations ops finance legal compliance talent recruiting benefits');

/** "Kasia's items" with Kasia the manager (a shared doc's half each): the manager's points to raise, not theirs. */
function ownedSection(title: string, kind: SectionKind, note: NoteSetup): SectionKind {
  if (kind !== 'theirs' || !note.parties.manager.size) return kind;
  const owner = /^[\s\d.#*_]*([\p{L}-]+)['’]s\b/u.exec(title)?.[1]?.toLowerCase();
  return owner && note.parties.manager.has(foldLatin(owner)) ? 'talk' : kind;
}

/**
 * A transcript pasted in (Otter, Zoom, Teams): a line that is only a speaker's name and a time
 * ("Marcus  04:31", "Zainab Hussain 22:50", "Dana Ruiz (00:12:05)") heads that speaker's turn.
 */
const TURN = /^[ \t]*(\p{Lu}[\p{L}'.-]*(?:[ \t]\p{Lu}[\p{L}'.-]*){0,3})[ \t]+[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?[ \t]*$/gmu;
/** A line ending in a time: most chunks have none, and are not read further. */
const TURN_HINT = /\d:\d\d[)\]]?[ \t]*$/m;

/** The turns of a transcript in the chunk, by where the speaker's name starts (two at least: one such line alone is no transcript). */
function transcriptTurns(chunk: string): Map<number, string> | undefined {
  if (!TURN_HINT.test(chunk)) return undefined;
  const turns = new Map<number, string>();
  TURN.lastIndex = 0;
  for (let m = TURN.exec(chunk); m; m = TURN.exec(chunk)) turns.set(m.index + m[0].indexOf(m[1]), m[1]);
  return turns.size >= 2 ? turns : undefined;
}

/** Whether an arrow, and nothing but space, lies between a question's end and the next sentence on the same line. */
function arrowAnswer(chunk: string, questionEnd: number, start: number): boolean {
  return onlyMarkBetween(chunk, questionEnd, start, ARROW_MARK);
}
/** Whether only `mark` and spaces, on one line, lie in chunk[from, to). */
function onlyMarkBetween(chunk: string, from: number, to: number, mark: RegExp): boolean {
  const between = chunk.slice(from, to);
  return between.length <= 8 && !between.includes('\n') && mark.test(between);
}
const ARROW_MARK = /^\s*(?:→|->|=>|⇒)\s*$/;
const DASH_MARK = /^\s*(?:—|–|--)\s*$/;
/** Whether a dash, and nothing but space, lies between someone's question and the next sentence on the same line: the reply. */
// (Only a reply to what they asked for themselves, "can I ...?": to "can you get the scout D to ...? — yes, talk to Coach Lyle" the
// manager's "talk to" is their own errand.)
function dashReply(chunk: string, questionEnd: number, start: number): boolean {
  if (!onlyMarkBetween(chunk, questionEnd, start, DASH_MARK)) return false;
  const line = chunk.slice(chunk.lastIndexOf('\n', questionEnd - 1) + 1, questionEnd).toLowerCase();
  return FOR_THEMSELVES.test(line);
}
const FOR_THEMSELVES = /\b(?:can|could|may|should|shall|do|am)\s+i\b|\bi\s+(?:want|would\s+like|'d\s+like)\s+to\b/;
/** First words of the manager's own note after an arrow: a report of what they said or did. */
const REPORTING = wordSet("i i'd i've we told asked said suggested reminded advised pushed me");

/** The closing line of minutes, to everyone who was there: "revert with comments", "these minutes", "deemed accepted". */
const MINUTES_CLOSING = /\b(?:review|approve|confirm|check)\s+(?:these|the|this)\s+minutes\b|\brevert\s+with\s+(?:any\s+|your\s+)?(?:comments|corrections|amendments|changes)\b|\bdeemed\s+(?:accepted|approved|agreed|final)\b/;
/** What a note-taking tool says of its own output: "AI-generated", "auto-generated", "generated by ...". */
const TOOL_NOTICE = /\b(?:ai|auto|automatically|machine)[- ]generated\b|\bgenerated\s+(?:by|with|using)\b/;
/** The same notice opening a line (the rest of the line is the tool's too): "Generated by AI.", "AI-generated content may be incorrect", "This summary was generated by Copilot". */
const TOOL_NOTICE_LINE = /^(?:(?:note|nb|n\.b\.|disclaimer)\s*:\s*)?(?:generated (?:by|with|using) (?:ai|copilot|gemini|zoom|otter|teams|fathom|fireflies)|(?:ai|system|auto|computer|machine)[- ]generated|(?:this|the) (?:format|form|report|document|template|page|table) is (?:system|auto|computer|machine)[- ]generated|(?:this|the) (?:summary|recap|transcript|content|note) (?:was|is|has been) (?:generated|created|produced|written) (?:by|with|using))\b/;

/** A condition whose subject is "she" or "he": "if she brings up the rota", "when he pushes back". */
const SELF_TALK = /\b(?:if|when|whenever|before|after|until|while|once|unless)\s+(?:she|he)\b/;
/** Words of a sentence said to someone: "you", or a request to the manager ("call me", "my desk"). */
const SPOKEN_TO = /\b(?:you|your|u|ur|me|my)\b/;
/** The rules whose telling is addressed to the reader of the sentence ("you", an order), not reported or planned about them. */
const ADDRESSING = wordSet('imperative negative-imperative you-modal make-sure');

/** Whether [from, to) is three lines or more with no sentence's end mark anywhere: written one thought a line, unpunctuated. */
/** The speaker a list item's label names ("- Them: ...", "- Me: ...", "- Vikram: ..."): whose words the next item's "also:" goes on with. */
function itemLabelSpeaker(chunk: string, from: number, to: number, parties: Parties): LabelKind | undefined {
  // (A colon within the item's first 24 characters, looked for there only.)
  let colon = -1;
  for (let k = from, end = Math.min(to, from + 25); k < end; k++) {
    const c = chunk.charCodeAt(k);
    if (c === 58) { colon = k; break; }
    if (c === 10) break;
  }
  if (colon < 0) return undefined;
  const m = ITEM_LABEL.exec(chunk.slice(from, colon + 1));
  if (!m) return undefined;
  const w = foldLatin(m[1].toLowerCase());
  if (w === 'me' || w === 'i' || parties.manager.has(w)) return 'manager';
  if (w === 'them' || w === 'they' || w === 'he' || w === 'she' || personWord(parties, w)) return 'other';
  return undefined;
}
const ITEM_LABEL = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*)?(\p{L}+)(?:\*\*)?[ \t]*:(?:\*\*)?$/u;

/** A label that goes on with the speaker before it: "also:", "and:", "plus:". */
const GOES_ON = wordSet('also and plus');

/** A line that is only a dictation's spoken command for a break, transcribed: "new line", "New paragraph." */
const DICTATED_BREAK = /^[ \t>*+-]*new (?:line|paragraph)[ \t.]*$/im;

/** Whether the block's lines hold a dictation's spoken break (DICTATED_BREAK); `dictation` whether the chunk has one at all. */
function dictatedBreak(chunk: string, from: number, to: number, dictation: boolean): boolean {
  return dictation && DICTATED_BREAK.test(chunk.slice(from, to));
}

function runOnLines(chunk: string, from: number, to: number, dictation: boolean): boolean {
  let lines = 1;
  for (let k = chunk.indexOf('\n', from); k >= 0 && k < to; k = chunk.indexOf('\n', k + 1)) lines++;
  if (lines < 3) return false;
  // ("... to close the loop" / "new line" / "thursday tell Tane he has to ...": dictated, the spoken command for a new line
  // transcribed as words: each line a thought of its own, however the lines run.)
  if (dictatedBreak(chunk, from, to, dictation)) return true;
  // Within the block only (a search that ran on to the chunk's end would read it again for each block).
  let marks = false;
  for (let k = from; k < to - 1; k++) {
    const c = chunk.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(chunk[k + 1]!)) {
      marks = true;
      break;
    }
  }
  return (!marks || shortLine(chunk, from, to)) && !lineRunsOn(chunk, from, to);
}

/** "you" in a point (a list item, or a line of a paragraph) that reports no speech: the writer to themself (Parties.selfYou). */
const REPORTS_SPEECH = /\b(?:told|asked|reminded|warned|tell|ask|remind)\s+(?:him|her|them)\b|\bi\s+(?:said|told|asked|explained|suggested)\b|^[\s>*+-]*(?:said|told|asked)\b/i;

function selfTalkPoint(chunk: string, at: number, block: { start: number; end: number; item: boolean }, pronoun?: 'he' | 'she'): boolean {
  const from = block.item ? block.start : chunk.lastIndexOf('\n', at - 1) + 1;
  const to = block.item ? block.end : lineEnd(chunk, at, block.end);
  const point = chunk.slice(from, to);
  return (YOU_WORD.test(point) || (!!pronoun && (pronoun === 'he' ? HIM : HER).test(point))) && !REPORTS_SPEECH.test(point);
}
const HIM = /\b(?:him|his)\b/i;
const HER = /\bher\b/i;

/** Whether the line holding `at` opens with "•" (after a priority's "*" or a migration's ">"). */
function bulletTask(chunk: string, at: number): boolean {
  let k = chunk.lastIndexOf('\n', at - 1) + 1;
  while (k < at && (chunk[k] === ' ' || chunk[k] === '*' || chunk[k] === '>')) k++;
  return chunk[k] === '•';
}

/** An act done to the manager, asked of someone: "page me", "call me straight away", "tell me first". */
// ("me: don't agree to any CS2 dates on that call w/o checking w/ me first": the manager consulted first, asked of them.)
/** A step before what they do: "... before you send it to Kevin". */
const STEP_BEFORE_YOU = /\b(?:before|until|till)\s+(?:you|u)\s+(?!(?:are|were|feel|want|like|need|have|know|go\s+on\s+leave)\b)[a-z]/;
/** An errand that ends with the manager, first: "(next time,) bring the objection to me ...", "send the draft to me". */
const TO_ME_FIRST = /^(?:(?:next\s+time|from\s+now\s+on|going\s+forward|in\s+future|in\s+the\s+future)\s*,?\s+)?(?:bring|send|take|give|hand|show|forward|escalate|raise|flag|report)\s+(?:[\w'-]+\s+){0,5}?to\s+me\b/;
/** The writer in a sentence: I, me, my, we, us, our. */
const FIRST_PERSON_ANY = /\b(?:i|me|my|mine|myself|we|us|our|ours)\b/;
/** A label that names a task, no owner: "Follow-up:", "Action:", "Next step:". */
const TASK_LABEL = wordSet('follow-up followup follow action actions next todo to-do fu');
const ASKS_OF_ME = /(?:^|[,;:]\s*|\b(?:time|then|just|always|please|pls)\s+)(?:page|call|ring|ping|text|phone|message|tell|email|send|show|give|bring|forward|update|warn|cc|loop)\s+me\b|\b(?:check(?:ing)?|clear(?:ing)?|talk(?:ing)?|speak(?:ing)?)\s+(?:it\s+)?(?:with|w\/)\s+me\s+first\b/;
/** A reply's first words: "Me: then write it up ...", "Me: ok, but ...". */
const REPLY_OPENERS = wordSet('then ok okay fine right yes yeah yep no nope sure agreed deal great look honestly well');
/** A short answer's first word: "maybe", "perhaps", "probably not". */
const REPLY_WORDS = wordSet('maybe perhaps probably possibly definitely absolutely true fair exactly dunno unsure');

/** Whether what follows "Me:" reads as said in a conversation: a reply's first word, or "you". */
function spokenReply(body: Sentence): boolean {
  return REPLY_OPENERS.has(body.words[0]?.w ?? '') || (body.classes & WordClass.You) !== 0;
}

const NO_HEADERS: readonly number[] = [];

/** Whether two lines or more of [from, to) open with a chat line's time. */
function chatLines(chunk: string, from: number, to: number): boolean {
  let n = 0;
  for (let a = from; a < to; ) {
    const e = lineEnd(chunk, a, to);
    const c = chunk.charCodeAt(a);
    // (A chat line's time, as frame.ts reads it before a speaker: "[19/04/2026, 08:07] ", "[08:07] ", "10:02 ".)
    if ((c === 91 || (c >= 48 && c <= 57)) && TIME_PREFIX.test(chunk.slice(a, Math.min(e, a + 40)).toLowerCase()) && ++n >= 2) return true;
    a = e + 1;
  }
  return false;
}

/** Words no thought ends with: a line before its last that ends so runs on to the next ("... probably the" / "wrong tone."). */
const RUNS_ON = wordSet('the a an and or but my your their our than because');

/** Whether a line of [from, to) before its last ends with a word that needs the next line (prose wrapped at any width). */
function lineRunsOn(chunk: string, from: number, to: number): boolean {
  for (let k = chunk.indexOf('\n', from); k >= 0 && k < to - 1; k = chunk.indexOf('\n', k + 1)) {
    let e = k;
    while (e > from && (chunk.charCodeAt(e - 1) === 32 || chunk.charCodeAt(e - 1) === 13)) e--;
    let a = e;
    while (a > from && isAsciiLetter(chunk.charCodeAt(a - 1))) a--;
    if (e - a >= 1 && e - a <= 7 && (a === from || chunk.charCodeAt(a - 1) === 32) && RUNS_ON.has(chunk.slice(a, e).toLowerCase())) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether a line of [from, to) before its last is short, under three quarters of the longest, and ends
 * no clause: prose wrapped to a width leaves no short line but its last (its lines fall short of the
 * width by a word at most), where lines of one thought each vary ("told her the report was positive
 * overall, only the stats comment" / "told her to submit by 1 Oct").
 */
function shortLine(chunk: string, from: number, to: number): boolean {
  let longest = 0;
  let shortest = Number.POSITIVE_INFINITY;
  for (let a = from, k = chunk.indexOf('\n', from); a < to; a = k + 1, k = chunk.indexOf('\n', a)) {
    const end = k < 0 || k > to ? to : k;
    let e = end;
    while (e > a && (chunk.charCodeAt(e - 1) === 32 || chunk.charCodeAt(e - 1) === 13)) e--;
    longest = Math.max(longest, e - a);
    const last = chunk.charCodeAt(e - 1);
    // (A line that ends its sentence says nothing of the width: "... so producers" / "don't book over it, which I'm happy to do." /
    // "I told her to pick Kenji ...", prose wrapped by hand with a new line for a new sentence now and then.)
    if (end < to && e > a && last !== 44 && last !== 59 && last !== 58 && last !== 45 && last !== 40 && last !== 46 && last !== 33 && last !== 63) shortest = Math.min(shortest, e - a);
    if (end >= to) break;
  }
  return shortest * 4 < longest * 3;
}

/** The norm with the words of the whole-line quotations in [from, to) read as prose (see ProseText.lineQuotes). */
function withLineQuotes(norm: string, quotes: readonly number[], chunk: string, from: number, to: number): string {
  let out = norm;
  for (let k = 0; k < quotes.length; k += 2) {
    const a = quotes[k];
    const b = quotes[k + 1];
    if (a >= from && b <= to) out = out.slice(0, a) + toNorm(chunk.slice(a, b)) + out.slice(b);
  }
  return out;
}

/** Whether the label before word `end` is the person met's name ("Priya:", "Priya R:"). */
function namesPerson(s: Sentence, end: number, note: NoteSetup): boolean {
  return end > 0 && end <= 3 && s.words.slice(0, end).every(w => note.parties.person.has(w.w) && w.w.length > 1);
}

/** A heading that is "me" alone: "me:", "## Me", "**Mine**". */
const ME_HEADING = /^[*_#\s]*(?:me|mine|my side)[*_\s]*:?[*_\s]*$/i;
/** The manager's own, in the first person: "my", "myself", "I". */
const MY_OWN = /\b(?:my|myself|i|i'll|i'm)\b/;
/** The manager narrating: "I'd gently suggest she ...", "I said ...". */
const FIRST_PERSON = wordSet("i i'd i've i'm i'll");
/** "Raised by:", "Requested by:", "Brought by:": whose item it is, in a note kept like tickets. */
const RAISED = wordSet('raised requested brought logged opened');
/** An item's field for what its raiser asks: "Ask:", "Request:". */
const THEIR_ASK_LABELS = wordSet('ask asks request requests');

/** Whether the line holding `at` is a later line of an item that starts at its margin (a lazy continuation). */
function lazyLine(chunk: string, at: number, itemStart: number): boolean {
  const line = chunk.lastIndexOf('\n', at - 1) + 1;
  if (line <= itemStart) return false;
  const c = chunk.charCodeAt(line);
  return c !== 32 && c !== 9 && c !== 45 && c !== 42 && c !== 43 && !(c >= 48 && c <= 57) && c !== 62;
}

/** The first character of [from, to) that is not a space, a list marker or a checkbox. */
function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && /[\s\-*+.\d)[\]x]/.test(text[k])) k++;
  return k;
}

/** What an owner's label heads, not someone's words: no first or second person, no question ("reindex outline, no rush"). */
/**
 * Whether the list that block `at` is an item of has an item labelled with the person met's name over no words of
 * theirs ("- Lachlan: bridge sequence review wed, he presents", not "- Lachlan: I think the plate is late"): a list of
 * owners and their tasks. (Read in the masked text, the list markers blanked; a few items each way.)
 */
function ownersList(blocks: readonly { start: number; end: number; item: boolean }[], at: number, norm: string, note: NoteSetup): boolean {
  const owner = (j: number) => {
    const b = blocks[j];
    const eol = norm.indexOf('\n', b.start);
    const m = OWNER_ITEM.exec(norm.slice(b.start, eol < 0 || eol > b.end ? b.end : eol));
    return !!m && personWord(note.parties, m[1]) && !FIRST_PERSON_WORD.test(m[2]);
  };
  for (let j = at - 1; j >= Math.max(0, at - 12) && blocks[j].item; j--) if (owner(j)) return true;
  for (let j = at + 1; j < Math.min(blocks.length, at + 13) && blocks[j].item; j++) if (owner(j)) return true;
  return false;
}
const OWNER_ITEM = /^\s*([\p{L}][\p{L}'-]*)\s*:\s*(\S.*)$/u;
const FIRST_PERSON_WORD = /\b(?:i|i'm|i'll|i've|i'd|me|my|we|we're|we'll)\b/;

function ownedTask(body: Sentence): boolean {
  if (body.question || !body.words.length || body.words.length > 12) return false;
  // (Not a statement: 'MW: "make sure the handover doc exists" is the one thing he wants from her', a copula first or a "he" acting.)
  // ("lb: didn't know it existed 😅": a negation first, what they said, no task.)
  if (/^(?:is|are|was|were|has|had|'s|[a-z]+n't|(?:did|do|does|ca|is|was|were|wo|have|has|could|would|should)nt)$/.test(body.words[0].w)) return false;
  // (Nor a reply: "Jess: maybe.", "Jess: yes, fair" answer what was asked; "- me: ..." after them is said back.)
  if (body.words.length <= 3 && (REPLY_OPENERS.has(body.words[0].w) || REPLY_WORDS.has(body.words[0].w))) return false;
  // (Nor what they said of a thing: "Deepa: wave 3 prepone is not possible without 2 more ETL devs", a verb of being among its first words.)
  for (let k = 1; k < Math.min(body.words.length, 6); k++) if (STATEMENT_VERBS.has(body.words[k].w) && !CLAUSE_WORDS.has(body.words[k - 1].w)) return false;
  return !body.words.some(w => /^(?:i|i'm|i'll|i've|i'd|me|my|we|we're|we'll|our|us|you|your|you're|he|she|they|he's|she's|they're)$/.test(w.w));
}

const STATEMENT_VERBS = wordSet("is isn't are aren't was wasn't were weren't can't cannot won't doesn't didn't");
const CLAUSE_WORDS = wordSet('what which who where when why how whether if that');

/** A bracketed verdict closing the line at `at` ("[said]", "[told]", "[me]"): said to them, or the manager's own; undefined for others. */
function lineVerdict(chunk: string, at: number, to: number): 'said' | 'mine' | undefined {
  const eol = chunk.indexOf('\n', at);
  const end = eol < 0 || eol > to ? to : eol;
  const m = LINE_VERDICT.exec(chunk.slice(Math.max(at, end - 16), end));
  return m ? (m[1].toLowerCase() === 'me' || m[1].toLowerCase() === 'mine' ? 'mine' : 'said') : undefined;
}
const LINE_VERDICT = /\[(said|told|me|mine)\]\s*$/i;

/** The indent of the line at `at` (a list item's depth): its spaces, a tab counted as four. */
function indentAt(chunk: string, at: number): number {
  let n = 0;
  for (let k = chunk.lastIndexOf('\n', at - 1) + 1; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/** A paragraph about the template it stands in: "Use this template before each 1:1", "(template: start with her agenda)", "_Template: add a heading per topic ..._", a form's own line ("Form QA-114 rev 2: Record discussion points only."). */
// ("(Vorlage Inspizienz — Please complete all sections before the meeting.)": German's template, named first in brackets; "_Vorlage: Bitte vor jedem Gespräch ausfüllen. ..._": as a label.)
/** A calendar invite's own lines, pasted into a note: "Microsoft Teams meeting — Join on your computer ...", "Join Zoom Meeting". */
const INVITE_LINE = /^(?:microsoft teams meeting\b|join (?:on your computer|zoom meeting|with google meet|the meeting now|microsoft teams meeting)\b|click here to join\b|meeting id\s*:|dial in by phone\b)/;
const THIS_TEMPLATE = /\b(?:this|the 1:1|our) template\b|\(template\s*:|\((?:vorlage|plantilla|modèle|modelo)\b|^\s*(?:template|vorlage|plantilla|modèle|modelo|modello|sjabloon|szablon)\s*:|(?:^|\n)template\s+(?:ref|reference|id|no|number|version|v\d)\b|(?:^|\n)form\s+[a-z]{0,5}-?\d[\w.-]*(?:\s+(?:rev|v|version|issue)\.?\s*[\w.]+)?\s*:/;
/** In a callout, any mention of a template: "From the template: be sure to ...". */
const TEMPLATE_WORD = /\btemplates?\b/;

/** What a reported question opens with: "asked her whether ...", "asked him why ...". */
const ASKED_WH = wordSet('whether if why how what when who which');
/** The person met as a verb's object, in the third person. */
const THIRD_OBJECTS = wordSet('him her them');
/** Getting in touch with someone, or thanking them: what the manager does for the person met, not asks of them. */
/**
 * An errand of the manager's own after "me:" (the body has no "you"): getting in touch with the person met, named in the third
 * person ("-> me: call him Fri 09:00", "me: thank her for the cover"; not "me: keep him off the MEWPs", an order about someone
 * else); a message to someone ("me: talk to Gen Med unit head re: post-take round timing"); fetching something or bringing
 * others in ("Me: pull MDC cam footage before it overwrites", "Me: loop in Jen + Mrs. Pfeiffer on the 504 piece"; not "me: pull
 * those two off the floor", "me: escalate anything with "renew" in it the same day").
 */
function ownErrand(body: Sentence, parties: NoteSetup['parties']): boolean {
  const [v, next] = body.words;
  if (!v || !next) return errandTo(body, 0);
  if (THIRD_OBJECTS.has(next.w) && CONTACT_VERBS.has(v.w)) return true;
  if (errandTo(body, 0)) return true;
  return body.words.length > 2 && OWN_ERRANDS.has(v.w) && !personWord(parties, next.w) && !THIRD_OBJECTS.has(next.w) && !PEOPLE_FIRST.has(next.w);
}
/** Words that open a group of people or of cases: "pull those two off the floor", "escalate anything with "renew" in it the same day" (an order, a rule). */
const PEOPLE_FIRST = wordSet('those these them both everyone everybody all anyone two three four anything everything any every');
/** Errands of the manager's own after "me:": fetching something or bringing others in ("pull the footage", "loop in Jen"). */
const OWN_ERRANDS = wordSet('loop pull chase fetch grab order request escalate');
const CONTACT_VERBS = wordSet('call ring phone text email e-mail ping message thank congratulate chase meet see visit catch');

/** Whether the sentence names the person met or mentions them ("@Tariq Haddad stop ...", "Sofia, ..."). */
function namesPersonIn(s: Sentence, chunk: string, note: NoteSetup): boolean {
  for (const w of s.words) if (personWord(note.parties, w.w) && (charBefore(chunk, w.start) === 64 || /\p{Lu}/u.test(chunk[w.start]))) return true;
  return false;
}

function lintChunk(chunk: string, note: NoteSetup, stackIn: SectionStack): ChunkResult {
  const findings: SentenceFinding[] = [];
  const candidates: SentenceSpan[] = [];
  let errors: string[] | undefined;
  let questions = 0;
  const prose = proseText(chunk, note.parties.manager);
  const headings = prose.headings;
  // One context per chunk, updated sentence by sentence: rules run synchronously, and nothing is allocated per sentence.
  const ctx = new SentenceContext(chunk, prose.norm);
  const owners = new OwnerMarks(prose.norm);
  let stack = stackIn;
  let h = 0;
  // Whether the chunk speaks of the person in the third person (read once, when a line in their section asks).
  let them: boolean | undefined;
  const aboutThem = () => (them ??= speaksOfThem(prose.norm));
  const turns = transcriptTurns(chunk);
  // Whether the chunk has a toggle's marker at all (most have none).
  const toggles = TOGGLES.test(chunk);
  // Whether the chunk has a dictation's spoken break ("new line" on a line of its own) at all (most have none).
  // ("ew ": "new line" and "New line" alike, by two native searches rather than an expression.)
  const dictation = chunk.includes('ew line') || chunk.includes('ew paragraph');
  // ("mplate": a search from its rarer first letter, five times faster over a chunk than from the "t"; a form's own line,
  // "Form QA-114 rev 2: Record discussion points only.", is its guidance too, searched from the newline before it.)
  const template = prose.norm.includes('mplate') || prose.norm.startsWith('form ') || prose.norm.includes('\nform ') || prose.norm.includes('vorlage') || prose.norm.includes('plantilla') || prose.norm.includes('modèle') || prose.norm.includes('modelo') || prose.norm.includes('modello') || prose.norm.includes('sjabloon') || prose.norm.includes('szablon');
  // Whether the chunk may hold a document's notice (DOC_NOTICE's words: "confidential", "shared doc", "template:", "note:"): the
  // template's words are among them.
  const notices = template || prose.norm.includes('confidential') || prose.norm.includes(' doc') || prose.norm.includes('note:');
  // A comment thread in their section (a shared doc they fill in): after the manager's initialled comment
  // under an answer ("  - KW: Great stuff"), the points at its depth or deeper are the manager's comment
  // too, until a point less deep (their next answer). The column of that comment, or -1.
  let thread = -1;
  // A list of owners ("- Priya: reindex outline, no rush", then "- me: fix the rota by Fri"): whether the
  // list item before this one named the person met as the owner of a task, not as someone speaking.
  let ownerNow = false;
  // The list item before this one, for an item's "also:" to go on with its speaker ("- Them: ...").
  let lastItem: { readonly start: number; readonly end: number } | undefined;
  // How many items of the list so far named the person met as a task's owner ("- Jordan: draft a 1:1 agenda ...",
  // "- Jordan: pick one escalation ..."): with two, the manager's "- Me: send the reading list" further down is their
  // own task too, unless it speaks to them.
  let ownerList = 0;
  // Under a label that says its list is a template's ("From the enablement template:"), to the next label or heading.
  let templateUnder = false;
  let templateBlock = -1;
  // Whether the last "Q" label was the other person's ("Q (her):"): the "A:" after it is then the manager's answer.
  let theirQuestion = false;
  for (let bi = 0; bi < prose.blocks.length; bi++) {
    const block = prose.blocks[bi];
    // (A template's or a paste's label heads its own paragraph and the list under it, not the paragraphs after them.)
    if (templateUnder && !block.item && bi !== templateBlock) templateUnder = false;
    const ownerBefore = block.item && ownerNow;
    const itemBefore = block.item ? lastItem : undefined;
    lastItem = block.item ? block : undefined;
    ownerNow = false;
    if (!block.item) ownerList = 0;
    for (; h < headings.length && headings[h].start < block.start; h++) {
      stack = enterHeading(stack, headings[h], note);
      ownerList = 0;
      templateUnder = false;
    }
    // A label standing as a heading: a paragraph of its own ("**Action items**"), or the first line of one
    // ("**Approach for the meeting:**" with the text on the next line).
    let from = block.start;
    // Under a label line the lines are points, a list without its markers ("things for next time" and a
    // line for each): a line that opens a clause (a verb, a pronoun, a negation, a question word) starts
    // a sentence, lower case or not.
    let points = false;
    // A label that is a question ("**Why haven't you booked the QBR yet?**", answers under it): asked, so
    // read under the sections before it, as it heads the answers under it.
    let askedTo = -1;
    let askedUnder: SectionStack = stack;
    // A paragraph of toggles (a Notion export: "▸ Wins", its points indented under it, then "▸ Action items"): each
    // toggle's title heads the lines under it, to the next.
    let toggled = toggles && !block.item && !block.cell && toggleLineIn(chunk, block.start, block.end);
    if (!block.item && !block.cell) {
      const first = lineEnd(chunk, block.start, block.end);
      // An email's header ("**From:** Chloé Dubois") heads what follows until the next one: hers when she wrote it.
      // "---------- Forwarded message ---------" and its "From:" on the next line.
      const forwarded = chunk.charCodeAt(block.start) === 45 && FORWARDED.test(chunk.slice(block.start, first)) ? first + 1 : -1;
      const headerAt = forwarded > 0 && forwarded < block.end ? forwarded : block.start;
      if (chunk.charCodeAt(headerAt) === 42 || (chunk.charCodeAt(headerAt) | 32) === 102) {
        const from = EMAIL_FROM.exec(chunk.slice(headerAt, lineEnd(chunk, headerAt, block.end)));
        // (A mail that greets the person met, "Thanks Aisha.", "Mei, thanks for the detail": the manager's words to them, said.)
        if (from) {
          const kind = emailFrom(from[1], note);
          const toThem = kind === 'notes' && greetsPerson(chunk.slice(headerAt, block.end), note);
          stack = enterSection(stack, EMAIL_LEVEL, toThem ? 'neutral' : kind, false, toThem);
        }
      }
      // "Copied from his email. My answers after the arrows.", "Helen's agenda, from her email": what follows,
      // to the next heading, is theirs, but for the manager's replies marked with an arrow ("-> Split it with
      // Kwame by Friday").
      if (first >= block.end && first - block.start <= 200 && THEIR_LIST.test(chunk.slice(block.start, first))) {
        stack = enterSection(stack, EMAIL_LEVEL, 'theirs');
        continue;
      }
      // A comment's header in a thread pasted from a tracker or a shared doc ("**@jortiz** commented:",
      // "Priya Kannan wrote:"): what follows, to the next header or heading, is that writer's; the
      // manager's comments are their words to the person.
      const comment = first >= block.end && first - block.start <= 100 ? COMMENT_HEADER.exec(chunk.slice(block.start, first)) : null;
      if (comment) {
        const by = commentBy(comment[1], note);
        stack = enterSection(stack, EMAIL_LEVEL, by === 'manager' ? 'neutral' : 'theirs', false, by === 'manager');
        continue;
      }
      const label = first - block.start <= 160 && mayBeLabel(chunk, block.start, first) ? labelHeading(chunk.slice(block.start, first)) : undefined;
      // "Her side" then "Growth" over the next lines: a short topic line opening a paragraph ends the label's section before it.
      if (label === undefined && first < block.end && stack.length && stack[stack.length - 1].level === LABEL_LEVEL && stack[stack.length - 1].kind !== 'neutral' && topicLine(chunk, block.start, first)) {
        stack = enterSection(stack, LABEL_LEVEL, 'neutral');
      }
      if (label !== undefined) {
        askedUnder = stack;
        // ("From the enablement template:" over "- Make sure you update SFDC next steps after every call.": the template's words.)
        // ("--- pasted coaching form (CF-2) ---" over the form: its words, to the line that ends it.)
        templateUnder = (template && TEMPLATE_LABEL.test(label)) || PASTED.test(label);
        templateBlock = bi;
        // ("Where I probably overstepped:" over the manager's words: what follows was said, as under a heading of it.)
        stack = saidHeading(label, w => note.parties.person.has(foldLatin(w))) ? enterSection(stack, LABEL_LEVEL, 'neutral', false, true)
          : enterSection(stack, LABEL_LEVEL, labelSection(label, note, chunk.lastIndexOf(':', first) >= block.start), false, false, ME_HEADING.test(label.trim()));
        if (label.endsWith('?')) askedTo = first;
        else if (first >= block.end) continue;
        else from = first + 1;
        points = true;
        toggled ||= isToggleMark(chunk.charCodeAt(block.start));
      }
    }
    // Dictated or typed without punctuation, one thought a line ("talked about the discounts thing told her
    // ...", "she said ...", "reminded her ..."): each line that opens a clause starts a sentence.
    // (In a list item so typed, a speaker's label speaks for its line, not for the lines after it: "* notes" over
    // "RD - didnt think i was allowed ..." and "told her she is ...", a transcript kept under an outline's point.)
    // (A chat pasted in, each line opened by its time, "[19/04/2026, 08:07] Me: ...": a turn a line, whatever their lengths.)
    const onePerLine = !points && (runOnLines(chunk, from, block.end, dictation) || chatLines(chunk, from, block.end));
    const dictated = onePerLine && block.item && dictatedBreak(chunk, from, block.end, dictation);
    if (onePerLine) points = true;
    stack = atBlock(stack, block.item);
    // A task, or an item that names an owner, is an agreed action: instructions in it are no one's telling.
    const owned = block.task || (block.item && owners.in(block.start, block.end));
    // A template's guidance ("Use this template before each 1:1. Add your topics by the day before.", a callout's
    // "From the template: be sure to log every exec touchpoint"): the template's words, no one's telling.
    // (Up to a toggle's title, which ends the callout its lines ran on from.)
    let guidance = templateUnder || (template && (block.callout ? TEMPLATE_WORD : THIS_TEMPLATE).test(prose.norm.slice(block.start, toggled ? toggleLineAfter(chunk, block.start, block.end) : block.end)))
      // ("CONFIDENTIAL: PERSONNEL. Do not forward or copy without HR approval.", "_Shared doc. Add your topics any time before we meet._":
      // the document's notice to whoever reads or uses it.)
      || (notices && !block.item && DOC_NOTICE.test(prose.norm.slice(block.start, Math.min(block.end, block.start + 40))))
      // ("Attendees (please add yourself to this list and tell us one good thing ...)": a meeting doc's field, with its guidance in
      // brackets for whoever fills it in.)
      || (!block.item && prose.norm.charCodeAt(block.start) !== 40 && prose.norm.slice(block.start, block.start + 32).includes(' (') && FIELD_GUIDANCE.test(prose.norm.slice(block.start, Math.min(block.end, block.start + 60))));
    // A line wrapped in one emphasis is an aside or tool boilerplate ("_Generated by AI. Be sure to check for accuracy._").
    let italicTo = -1;
    // The label in force: one speaks for its line, or in a list item for its point.
    let carried: LabelKind | undefined;
    let carriedTo = -1;
    // Whether the label in force is a task's ("Next step:"), whose later sentences may still put something to "you".
    let carriedTask = false;
    // A ticket-like item raised by the person met ("Raised by: Kevin"): its "Ask:" or "Request:" is theirs, put to the manager.
    let raisedByThem = false;
    // The block's section: the innermost heading's kind (for labels), and the kind in force (for frames).
    const blockSection = stack.length ? stack[stack.length - 1].kind : 'neutral';
    const blockCurrent = currentKind(stack);
    // (A list item's depth matters only in their section, for a comment thread.)
    const column = block.item && blockCurrent === 'theirs' ? indentAt(chunk, block.start) : -1;
    if (thread >= 0 && (column < thread || blockCurrent !== 'theirs')) thread = -1;
    if (thread >= 0) {
      carried = 'manager';
      carriedTo = block.end;
    }
    // "| They said | I said |": a cell of the manager's column is their words to the person; of the other's, theirs.
    if (block.said) {
      carried = block.said;
      carriedTo = block.end;
    }
    const asked = askedTo >= 0 ? atBlock(askedUnder, false) : undefined;
    // (A toggle's title ends a callout its lines ran on from: "> ⚠️ Compute: ..." then "▸ Evals" on the next line.)
    let callout = block.callout === true;
    // Under the manager's comment's header, their words to the person.
    const saidHere = stack.length > 0 && stack[stack.length - 1].said === true;
    let section = blockSection;
    let current = blockCurrent;
    // In someone's mail their "you" is the one they wrote to, not the manager speaking to the person met.
    const inMail = stack.length > 0 && stack[stack.length - 1].level === EMAIL_LEVEL;
    // Where the last sentence was a question, its end: an arrow after it on its line gives the answer.
    let lastQuestion = -1;
    // Under talking points or a script, a line that is all a quotation is the manager's own words to come
    // (`"You have to get the recons in by WD3."`): read, where everywhere else a quotation is someone's words.
    // (So is one under a label of what the manager said: `Where I probably overstepped:` then `"Couldn't you have just ...?"`.)
    const norm = (current === 'talk' || saidHere) && prose.lineQuotes ? withLineQuotes(prose.norm, prose.lineQuotes, chunk, from, block.end) : prose.norm;
    const sentences = splitSentences(norm, from, block.end, chunk, points, points ? note.parties.person : undefined);
    for (let k = 0; k < sentences.length; k++) if (sentences[k].classes & WordClass.Dialect) sentences[k] = readDialect(sentences[k]);
    for (const s of sentences) {
      if (!s.count) continue;
      if (toggled) {
        const line = chunk.lastIndexOf('\n', s.start - 1) + 1;
        if (isToggleMark(chunk.charCodeAt(line))) {
          const title = labelHeading(chunk.slice(line, lineEnd(chunk, line, block.end)));
          if (title !== undefined) {
            stack = enterSection(stack, LABEL_LEVEL, labelSection(title, note, false));
            section = stack[stack.length - 1].kind;
            current = currentKind(stack);
            carried = undefined;
            callout = false;
            guidance = false;
            continue;
          }
        }
      }
      if (asked) {
        const inQuestion = s.start < askedTo;
        section = inQuestion ? (asked.length ? asked[asked.length - 1].kind : 'neutral') : blockSection;
        current = inQuestion ? currentKind(asked) : blockCurrent;
      }
      // "What would you need to feel ready? → time with the platform team": their answer, not the
      // manager's words (the manager's own note after it reports: "→ told him to ...", "→ I said ...").
      const answer = lastQuestion >= 0 && arrowAnswer(chunk, lastQuestion, s.start) && !REPORTING.has(s.words[0]?.w ?? '');
      const askedBefore = lastQuestion;
      lastQuestion = s.question ? s.end : -1;
      if (answer) {
        // ("→ he said end of month; I told him to have it done by Friday": their answer, then the manager's own record, read next.)
        const own = ownRecordAfter(s, chunk);
        if (own > 0) sentences.splice(sentences.indexOf(s) + 1, 0, tail(s, own));
        continue;
      }
      // A transcript's turn: what follows, to the next turn, is that speaker's (the manager's, or someone
      // else's), spoken wherever it stands (under a tool's "Action items" too).
      const turn = turns?.get(s.start);
      if (turn !== undefined) {
        carried = classifyLabel(s.words.map(w => w.w).filter(w => !/\d/.test(w)), turn, note.parties, 'neutral', true);
        carriedTo = block.end;
        continue;
      }
      // "Notes for me. Introduce him to Mei this week. ...": a note to self standing as a sentence of its own
      // heads the rest of its paragraph, the manager's own.
      if (s.count <= 4 && !block.item && SELF_SENTENCE.test(s.norm)) {
        carriedTask = false;
        carried = 'self';
        carriedTo = block.end;
        continue;
      }
      // ("Fair point, I let it run too long. Think about splitting the planning into two parts.": a point of theirs conceded, in the
      // first person, then what the manager will change, on that line: the manager's own.)
      if (!s.question && s.end < block.end && !(s.classes & WordClass.You) && (s.norm.startsWith('fair ') || s.norm.includes(' point') || s.norm.includes(' right') || s.norm.includes(' call'))
        && CONCEDES.test(s.norm)) {
        carriedTask = false;
        carried = 'self';
        carriedTo = lineEnd(chunk, s.start, block.end);
      }
      // A reply marked as one ("💬 ...", "→ (mgr) ...") is the other person's: the manager's in their
      // section, theirs under the manager's points; in their section the manager's own ask reported
      // ("asked her to put the docs in the PR") is the manager's too (frame.ts replyLabel).
      const labelled = labelOf(s, chunk, note.parties, section, note.labels);
      let label = labelled ?? (current === 'theirs' || current === 'talk' ? replyLabel(s, chunk, note.parties, current, inMail ? undefined : aboutThem) : undefined);
      // ("-> add the AWM ref to EVERY wiring NRC from now on, Sanjay.": under the manager's points, a marked line that calls
      // the person by name is said to them, not their reply.)
      if (!labelled && label?.kind === 'other' && current === 'talk' && vocativeAfter(s, chunk, 1, note.parties)) label = undefined;
      let kind: LabelKind | undefined;
      let body = s;
      let unowned = false;
      if (label) {
        kind = label.kind;
        // ("Q (her): Do macros count toward the QA score?" then "A: Not directly. Stop padding tickets with macros ...": their
        // question, so the answer is the manager's.)
        const lw = s.words[0]?.w;
        if (label.end <= 2 && (lw === 'q' || lw === 'question')) theirQuestion = kind === 'other';
        else if (kind === 'other' && label.end === 1 && (lw === 'a' || lw === 'answer') && theirQuestion) kind = 'manager';
        body = tail(s, label.end);
        // After a speaker, a topic's label or an aside is no part of what was said: "JK: Q2: please make
        // sure ...", "JK: (added after the call) told Aurelio he should ...".
        // ("J: can you send me Novi spend vs seat cost by Fri? — yes" among the follow-ups: the person met asking the manager,
        // their words, not a task of theirs.)
        if (kind === 'self' && body.question && label.end <= 3 && (body.classes & WordClass.You) !== 0 && s.words.slice(0, label.end).every(w => personWord(note.parties, w.w) || w.w === note.parties.initial)) kind = 'other';
        if (kind !== 'topic' && body.words.length > 1) {
          const topic = labelOf(body, chunk, note.parties, section, note.labels);
          if (topic?.kind === 'topic') body = tail(body, topic.end);
        } else if (kind === 'topic' && body.words.length > 1) {
          // After a topic's label, the manager's own ("Q2: told him: ...", "A: Said to her anyway: next time ...").
          const said = labelOf(body, chunk, note.parties, section, note.labels);
          if (said && RECORD_LABELS.has(said.kind)) {
            kind = said.kind;
            body = tail(body, said.end);
          }
        }
        // "Stop: closing tickets before the customer has confirmed the fix" in the manager's list for them: what they are
        // to stop, read with its word ("stop closing tickets ...").
        // ("Try: write my crit comments down before speaking": the manager's own experiment, by its "my".)
        if (kind === 'telling' && label.end === 1 && (s.words[0]?.w === 'try' || s.words[0]?.w === 'experiment') && MY_OWN.test(body.norm)) kind = 'self';
        if (kind === 'telling' && label.end === 1 && s.words[0]?.w === 'stop' && body.words[0]?.w.endsWith('ing') && baseOf(body.words[0].w) !== undefined) body = s;
        // "_Tip: Be sure to review your notes for accuracy before sharing._": a template's tip, in italics.
        if ((s.words[0]?.w === 'tip' || s.words[0]?.w === 'hint') && label.end <= 2 && italicOpens(chunk, s.start)) kind = 'self';
        // ("Instructions: Complete within five (5) business days of the meeting. Retain a copy in the supervisor drop file.": a
        // form's own instructions, to whoever fills it in, the supervisor named in the third person.)
        if (kind === 'telling' && label.end === 1 && (s.words[0]?.w === 'instructions' || s.words[0]?.w === 'instruction') && FORM_INSTRUCTIONS.test(prose.norm.slice(s.start, lineEnd(chunk, s.start, block.end)))) kind = 'self';
        // "Me: then write it up properly as an ADR, and stop reopening it ..." under "My notes": a reply in a
        // conversation (a reply's first word, or "you"), the manager speaking, not a task of their own.
        if (kind === 'self' && (section === 'self' || section === 'prep') && s.words[0]?.w === 'me' && label.end <= 2 && spokenReply(body)) kind = 'manager';
        // ("- me: you present the beta results yourself at the all-hands" among the actions: "you" first, said to them, no task of the manager's.)
        // ("- me: em send me the parallel CI proposal before Monday": Vietnamese's word of address for them, as "you".)
        // ("- me: bring your brain sheet next time, I want to see how you plan ..." among the follow-ups: what to do with "your", theirs.)
        if (kind === 'self' && s.words[0]?.w === 'me' && label.end <= 2 && body.words.length > 2 && (body.words[0].w === 'you' || body.words[0].w === "you're" || (ADDRESS_FORMS.has(body.words[0].w) && isBaseVerb(body.words[1].w))
          || (isBaseVerb(body.words[0].w) && (body.words[1].w === 'your' || body.words[2]?.w === 'your'))) && !note.parties.selfYou) kind = 'manager';
        // "me: next time, page me straight away, even at 3am" under an incident's follow-ups: what the manager asks
        // of someone ("page me", "call me") is no task of their own.
        if (kind === 'self' && s.words[0]?.w === 'me' && label.end <= 2 && hasSpaced(body.norm, 'me') && ASKS_OF_ME.test(body.norm)) kind = 'manager';
        // ("Follow-up: Next time, bring the objection to me before the meeting instead of to the room": under a task's label, what
        // is to be brought or sent to the manager is no task of the manager's own.)
        // (Not under an owner's name: "Maya: send saved-cards draft to me by Wed" is Maya's task.)
        if (kind === 'self' && TASK_LABEL.has(s.words[0]?.w ?? '') && label.end <= 2 && hasSpaced(body.norm, 'me') && TO_ME_FIRST.test(body.norm)) kind = 'manager';
        // ("Next step: stop waiting on Sam and go find the plant manager yourself", "Next step: security questionnaire. You need to get it back
        // to them by Wednesday": under a task's label, what is put to "you" is said to them; no one's own next step says "you" or "yourself".)
        const taskLabel = TASK_LABEL.has(s.words[0]?.w ?? '') && label.end <= 2;
        if (kind === 'self' && taskLabel && !note.parties.selfYou && body.words.length > 2 && (youSubjectAt(body) === 0 || (isBaseVerb(body.words[0].w) && hasSpaced(body.norm, 'yourself')))) kind = 'manager';
        carriedTask = kind === 'self' && taskLabel;
        // ("From me: Sade, take the mentor question to HR this week" among the experiments: the manager's label, then their name and what
        // to do, said to them.)
        if (kind === 'self' && label.end <= 2 && !taskLabel && body.words.length > 3 && personWord(note.parties, body.words[0].w) && chunk.charCodeAt(body.words[0].end) === 44 && isBaseVerb(body.words[1].w) && !note.parties.selfYou) kind = 'manager';
        // ("- me: loop Rich in on the 5-why before you send it to Kevin" among the follow-ups: a step put to "you", before
        // what they do, said to them; no one writes "before you" to themself.)
        if (kind === 'self' && s.words[0]?.w === 'me' && label.end <= 2 && body.words.length > 3 && isBaseVerb(body.words[0].w) && !note.parties.selfYou && STEP_BEFORE_YOU.test(body.norm)) kind = 'manager';
        // Under the manager's own label, with no "you", an errand of theirs (ownErrand), not said to them.
        if (kind === 'manager' && s.words[0]?.w === 'me' && label.end <= 2 && !(body.classes & WordClass.You) && ownErrand(body, note.parties)) kind = 'self';
        // ("- DW: sit with her Thurs. after listings and set up her calendar view.": under the manager's initials in a list of owners, what they
        // will do with the person met, named in the third person, no words to them.)
        if (kind === 'manager' && block.item && label.end === 1 && s.words[0]?.w !== 'me' && !(body.classes & WordClass.You) && body.words.length > 2 && isBaseVerb(body.words[0].w)
          && body.words.slice(1, 6).some(w => w.w === 'her' || w.w === 'him' || w.w === 'them' || w.w === 'his')) kind = 'self';
        // "- me: fix the support rota by Fri" after "- Priya: reindex outline, no rush": an owner's task, the manager's.
        // A name's label in a table's cell ("| Gareth: raise PO |", "| Kieran: rota by Fri |"): whose action it is, an owner's task.
        if (block.cell && label.end <= 2 && kind !== 'telling' && kind !== 'reported' && /^\p{Lu}\p{Ll}/u.test(chunk.slice(s.words[0].start, s.words[0].start + 2))) kind = 'self';
        // ("- [ ] Aiko: you need to send the parser RFC to the whole team": a task box with their name as its owner, then "you" and
        // what to do: words put to them in their task, not theirs to the manager.)
        if (block.task && kind === 'other' && !body.question && namesPerson(s, label.end, note) && youSubjectAt(body) === 0) kind = 'manager';
        // (Whether the label opens the item: asked only of the two labels that matter here.)
        const opens = () => s.start <= firstNonSpace(chunk, block.start, block.end) + 4;
        // (Not when it calls the person by name: "- me: Emre, write the runbook entry before you forget it" after "- Emre: open a ticket".)
        if (kind === 'manager' && ((ownerBefore && !(body.words.length > 2 && personWord(note.parties, body.words[0].w) && chunk.charCodeAt(body.words[0].end) === 44)) || (ownerList >= 2 && s.words[0]?.w === 'me' && label.end <= 2 && !(body.classes & WordClass.You) && ownedTask(body))) && opens()) kind = 'self';
        // "- Mel: stop cc'ing Dom" in a list where an item names the person met as its owner ("- Lachlan: bridge sequence
        // review wed, he presents"): a capitalised name's label heads that one's task, no words said to the person.
        // ("- AF: refile mot. to supp. by 4/15." then "- DW: sit with her Thurs. ...": initials in capitals, another's.)
        if (kind === 'topic' && block.item && label.end === 1 && !(body.classes & WordClass.You) && /^\p{Lu}(?:\p{Ll}|\p{Lu}{1,2}\b)/u.test(chunk.slice(s.words[0].start, s.words[0].start + 4))
          && opens() && ownersList(prose.blocks, bi, prose.norm, note)) kind = 'self';
        if (block.item && kind === 'other' && namesPerson(s, label.end, note) && ownedTask(body) && opens()) {
          ownerNow = true;
          ownerList++;
        }
        if (kind === 'topic' && label.end === 2 && s.words[1].w === 'by' && RAISED.has(s.words[0].w)) raisedByThem = body.words.length <= 3 && body.words.some(w => note.parties.person.has(w.w) && w.w.length > 1);
        else if (kind === 'telling' && raisedByThem && label.end === 1 && THEIR_ASK_LABELS.has(s.words[0].w)) kind = 'other';
        // ("- Them: "Get the Airflow cluster off the 2.4 image ..."" then "- also: stop being the person everyone pings ...": the same
        // speaker goes on.)
        if (kind === 'topic' && label.end === 1 && itemBefore && GOES_ON.has(s.words[0].w) && opens()) kind = itemLabelSpeaker(chunk, itemBefore.start, itemBefore.end, note.parties) ?? kind;
        carried = kind;
        // In a list item a label speaks for its point: the line and the lines continuing it.
        // (Not from a line run on into the item without its indent, markdown's lazy continuation: "- Rhett told the crew ..." then
        // "Told him straight: you don't let ..." then "He owned it.": each line its own, as the writer meant.)
        const lazy = block.item && lazyLine(chunk, s.start, block.start);
        carriedTo = block.item && !onePerLine && !lazy ? pointEnd(chunk, s.start, block.end) : lineEnd(chunk, s.start, block.end);
      } else if (carried && s.start < carriedTo && !(carried === 'other' && italicOpens(chunk, s.start) && italicLineEnd(chunk, s.start, block.end) >= 0)) {
        // (Not a line all in italics under someone's answer: "A: Principal track ..." then "*Asked her to write a
        // one-page doc before the next 1:1.*", the manager's own aside, as the note writes them.)
        kind = carried;
        if (carriedTask && !note.parties.selfYou && youSubjectAt(s) === 0) kind = 'manager';
        // ("Luis: can I get the Saturday closer spot too? — Talk to Ray about it.": their question, then the manager's reply after a
        // dash on the same line.)
        if (carried === 'other' && askedBefore >= 0 && s.words.length > 0 && dashReply(chunk, askedBefore, s.words[0].start)) kind = 'manager';
      }
      // ("You never really know how a promo committee will read a packet, he said, so write for an outsider.": a speech tag set in
      // by commas gives the whole sentence to that one, someone else.)
      if (kind === undefined && s.words.length > 5 && s.norm.includes(' said,') && THEIR_TAG_INSIDE.test(s.norm)) kind = 'other';
      // (A topic's label in the manager's comment, "On the API review: have you thought about ...", is theirs too.)
      // "I told her she should just stop answering ..." under "Her stuck point": the manager's record, in a section of theirs.
      // In a callout, the author's box ("> 💡 Skip-level guide: mostly listen ... Be sure to close the loop", "> ⚠️ nothing is
      // decided — don't repeat anything to the team yet"), a sentence is said to the person only when it names them or
      // speaks to them ("> ⚠️ @Tariq Haddad stop force-unlocking ...", "> ⚠️ You need to take the comp days ...").
      // (After a topic's label too: "Skip-level guide: ...", "From the template: be sure to log ...".)
      if ((kind === undefined || kind === 'topic') && (guidance || (callout && !(s.classes & WordClass.You) && !namesPersonIn(s, chunk, note)))) kind = 'self';
      // ("Please ensure the crew member has read this record before signing.": the form's own guidance to whoever fills it in, of
      // itself and of the person met by role.)
      if ((kind === undefined || kind === 'topic') && !(s.classes & WordClass.You) && s.norm.includes('this ') && s.norm.includes('the ') && THIS_RECORD.test(s.norm) && BY_ROLE.test(s.norm)) kind = 'self';
      // ("PAY-91: Write compliance brief for US launch", "| PAY-91 | Write compliance brief for US launch | todo |": a ticket's title
      // after its key, pasted, whoever wrote it.)
      if ((kind === undefined || kind === 'topic') && body.words.length && afterTicketKey(chunk, body.words[0].start)) kind = 'other';
      // ("MEMORANDUM TO FILE" over "CONFIDENTIAL: PERSONNEL. Do not forward or copy without HR approval.": the notice on its own line.)
      if ((kind === undefined || kind === 'topic') && notices && !block.item) {
        const line = chunk.lastIndexOf('\n', s.start - 1) + 1;
        if (line > block.start && DOC_NOTICE.test(prose.norm.slice(line, Math.min(block.end, line + 40)))) kind = 'self';
      }
      // ("Asked her whether shouting it across the line was really the best way": the manager's question, reported, the subject dropped.)
      // ("Take the Friday after opening off, non-negotiable." under "## Her": what to do, closed to discussion, the manager's.)
      const reportAt = kind === undefined && current === 'theirs' ? afterFirstPerson(body.words) : 0;
      const ownRecord = kind === undefined && current === 'theirs' && ((reportAt > 0 && I_REPORT.has(body.words[reportAt]?.w ?? ''))
        || (body.words[0]?.w === 'asked' && THIRD_OBJECTS.has(body.words[1]?.w ?? '') && ASKED_WH.has(body.words[2]?.w ?? ''))
        || (!body.question && (body.classes & WordClass.Final) !== 0 && isBaseVerb(body.words[0]?.w ?? '') && FINAL.test(body.norm)));
      // Inside a quotation of the manager's own words (`"Then drop the dashboard work until March." — me`): said to them.
      if (kind === undefined && prose.saidQuotes && inRanges(prose.saidQuotes, s.start)) kind = 'manager';
      // (`- Fri 13th, 20:40, me to Theo: "Stop cutting the rest."`: the quotation after its introduction, in the same sentence.)
      else if (kind === undefined && prose.saidQuotes) {
        const q = quoteAfterColon(prose.saidQuotes, chunk, s.start, s.end);
        if (q >= 0) {
          const k = body.words.findIndex(w => w.start >= q);
          if (k > 0) {
            kind = 'manager';
            body = tail(body, k);
          }
        }
      }
      // A bullet journal's task ("• ping the DBA on-call about Thursday's window", by the journal's own key): the manager's.
      // (Not one that says it is to be said: "• S needs to own the checkout dates, say it plainly".)
      if (kind === undefined && note.bulletTasks && bulletTask(chunk, s.start) && !SAY_IT.test(s.norm)) kind = 'self';
      // (Not the manager narrating in the first person, "I'd gently suggest she rewrites the standbys tonight": a record,
      // whose "she" is the person met, as in any note.)
      // (Nor the manager's report of telling after a word that goes on the list, "Also asked her to send me the gaps by Friday": a
      // report, read as one.)
      if (saidHere && (kind === undefined || kind === 'topic') && !FIRST_PERSON.has(body.words[0]?.w ?? '')
        && !(GOES_ON_REPORT.has(body.words[0]?.w ?? '') && ownTellingAt(body, 1, note.parties))) kind = 'manager';
      // "me:" over a list, the manager's side: "you stop chasing finance yourself, send to me", "returns backlog you clear by
      // 15 Mar" are said to them (nobody writes "you" to themself there, unless the note does so throughout).
      if (kind === undefined && stack.length > 0 && stack[stack.length - 1].me === true && !note.parties.selfYou && youSubjectAt(body) >= 0) kind = 'manager';
      // Under "Reminders" or "Notes to self", the writer's list for themself: "You need to chase procurement about the docks",
      // "Don't forget her probation ends in April; you need to start the review form" (not when someone else is "you": the
      // writer is there too, "you need to loop me in ...", or the person is called by name).
      if (kind === undefined && stack.length > 0 && stack[stack.length - 1].toSelf === true && (body.classes & WordClass.You) !== 0 && !FIRST_PERSON_ANY.test(body.norm)
        && !vocativeAfter(body, chunk, 0, note.parties) && !calledFirst(body, chunk, note.parties)) kind = 'self';
      // "Said: told him to stop picking up tickets": under a label of the manager's words, a report of their
      // own telling is the record of it.
      // ("Feedback given" over "Told her weekly report must reach me by 10 AM Monday without fail": a rule told, recorded.)
      if (kind === 'manager' && ownTellingAt(body, 0, note.parties) && (body.words[2]?.w === 'to' || body.words[2]?.w === 'not' || TOLD_MUST.test(body.norm))) kind = 'reported';
      // In a chat or a comment thread quoted in the note, only the manager's lines are the manager's words.
      // A summary pasted as a quotation that names the manager as the one acting is the manager's record
      // ("> Marta asked Hamid to bring the proposal ..."), as it would be unquoted.
      if (block.quoted && kind !== 'manager' && !(kind === undefined && note.parties.manager.has(body.words[0]?.w ?? ''))) continue;
      // "(AK) Could you take me off the Thursday panel?", "(me) Fix them directly": a shared doc's replies, each
      // tagged with who wrote it; "(me)" is the manager's reply only where the person's replies are tagged too.
      if (kind === undefined && body.words.length > 2 && charBefore(chunk, body.words[0].start) === 40 && chunk.charCodeAt(body.words[0].end) === 41) {
        const tag = body.words[0].w;
        const theirs = note.parties.personInitials;
        if (theirs?.has(tag)) {
          kind = 'other';
          body = tail(body, 1);
        } else if (tag === 'me' && taggedByInitials(chunk, theirs, '(', ')')) {
          kind = 'manager';
          body = tail(body, 1);
        }
      }
      if (body.words.length > 2 && charBefore(chunk, body.words[0].start) === 40) body = pastAside(body, chunk);
      // "me: Jas get the count schedule up by Friday": their name first, then what they are to do.
      // ("Luis get your key holders trained on the alarm codes", dictated without its comma: their name, then what
      // they are to do, with "you" or "your" to show it is put to them.)
      // ("mei stop fixing the labels on your own time": dictated, all lower case.)
      if ((kind === 'manager' || (kind === undefined && body.classes & WordClass.You && body.words[0].w.length > 1 && (isCapital(chunk.charCodeAt(body.words[0].start)) || points) && chunk.charCodeAt(body.words[0].end) === 32))
        && body.words.length > 2 && note.parties.person.has(body.words[0].w) && isBaseVerb(body.words[1].w)) body = tail(body, 1);
      // ("me: em write the ANR repro steps in the ticket before Thursday": Vietnamese's word of address for them, then what to do.)
      else if (kind === 'manager' && body.words.length > 2 && ADDRESS_FORMS.has(body.words[0].w) && isBaseVerb(body.words[1].w)) body = tail(body, 1);
      // "[02:40] and get Tane to run the kick set": a voice note's time in brackets is no word of the sentence.
      if (body.words.length > 3 && charBefore(chunk, body.words[0].start) === 91 && isDigitAt(chunk, body.words[0].start)) {
        let k = 1;
        while (k < 3 && isDigitAt(chunk, body.words[k].start) && charBefore(chunk, body.words[k].start) === 58) k++;
        if (k > 1 && chunk.charCodeAt(body.words[k - 1].end) === 93) body = tail(body, k);
      }
      // "12:57 Why didn't you get the fee in writing?": a log's time opening the line, no word of the sentence.
      if (body.words.length > 3 && isDigitAt(chunk, body.words[0].start) && charBefore(chunk, body.words[1].start) === 58 && body.words[1].end - body.words[1].start === 2 && isDigitAt(chunk, body.words[1].start + 1)
        && chunk.charCodeAt(body.words[1].end) === 32 && !isDigitAt(chunk, body.words[2].start) && opensLine(chunk, body.words[0].start)) body = tail(body, 2);
      // "[Kofi] Stop approving refunds over €200", "[me] Stop cc'ing him": a tag in brackets says whose item it is.
      // ("[PN] before anything: can you sign off ...?": their tag before a label of their own.)
      if (kind === 'topic' && s.words.length > 2 && charBefore(chunk, s.words[0].start) === 91 && chunk.charCodeAt(s.words[0].end) === 93
        && note.parties.personInitials?.has(s.words[0].w) && taggedByInitials(chunk, [s.words[0].w], '[', ']')) kind = 'other';
      if (body.words.length > 2 && charBefore(chunk, body.words[0].start) === 91 && chunk.charCodeAt(body.words[0].end) === 93) {
        const tag = body.words[0].w;
        // ("[JM] can you sign off ...", then "[me] take Friday off, you carried the release": a transcript whose lines
        // are tagged with the person's initials too; "[me]" is the manager speaking, "[JM]" and "[both]" are not.)
        const theirs = note.parties.personInitials;
        const transcript = (kind === undefined || kind === 'topic') && taggedByInitials(chunk, theirs, '[', ']');
        if (transcript && (tag === 'me' || note.parties.manager.has(tag))) {
          kind = 'manager';
          body = tail(body, 1);
        } else if (transcript && (theirs?.has(tag) || tag === 'both')) kind = 'other';
        else if (kind === undefined && (tag === 'me' || note.parties.manager.has(tag))) kind = 'self';
        else if (personWord(note.parties, tag)) body = tail(body, 1);
      }
      // "@sam-w make sure you ack every page": a mention of the person met first, whom the rest is for.
      // ("@Tariq Haddad stop force-unlocking ...": past the rest of their name.)
      if (body.words.length > 2 && charBefore(chunk, body.words[0].start) === 64 && note.parties.person.has(body.words[0].w.split(/[-._]/)[0])) {
        body = tail(body, 1);
        // ("@priya.s stop answering handoff pages ...": the rest of the handle, joined by its dot, no word of what is said.)
        while (body.words.length > 2 && handleGoesOn(chunk, body.words[0].start)) body = tail(body, 1);
        if (body.words.length > 2 && personWord(note.parties, body.words[0].w) && /^\p{Lu}/u.test(chunk.slice(body.words[0].start, body.words[0].start + 1))) body = tail(body, 1);
        // ("@maya validate on blur, not on submit", "@maya why didn't you push back ...?": the mention opens words put to them.)
        // ("@lukas pls stop taking night pages alone": past "please".)
        // (Among the action items, "@Rohit shadow Sneha ×2", a mention and a verb is the owner's task, but for words put to them:
        // "please", "me", "you", a question.)
        const v = body.words.length > 2 && PLEASE_WORDS.has(body.words[0].w) ? 1 : 0;
        if ((kind === undefined || kind === 'manager') && (body.question || (isBaseVerb(body.words[v].w) && !body.words[v].w.endsWith('ed') && (current !== 'actions' || (body.classes & (WordClass.You | WordClass.Evidence)) !== 0)))) {
          kind = 'manager';
          // (The mention that opens the item is whom it speaks to, not its owner, unless the item names one besides: "@dev-kapoor
          // pair with @ana-ribeiro on the PR" is put to Dev; "- [ ] @dev-kapoor update the runbook" is a task.)
          if (owned && !block.task && !OTHER_OWNER.test(prose.norm.slice(body.start, block.end))) unowned = true;
        }
      }
      // ("- [ ] @me get Oskar to hand the rota to Priya": the manager's own mention as a task's owner, no word of the task.)
      else if (body.words.length > 3 && charBefore(chunk, body.words[0].start) === 64 && (body.words[0].w === 'me' || note.parties.manager.has(body.words[0].w))) body = tail(body, 1);
      // "** TODO Tell Priyanka to present ...": an outliner's task keyword at a line's start, in capitals, is no word of the sentence.
      if (body.words.length > 2 && taskKeywordAt(chunk, body.words[0].start)) body = tail(body, 1);
      // A line all in italics is an aside or tool boilerplate ("_Generated by AI. Be sure to check for accuracy._").
      if (s.start > italicTo && italicOpens(chunk, s.start)) {
        italicTo = italicLineEnd(chunk, s.start, block.end);
        // ("*Please ensure the employee has seen this form.* Sent to him today.": a sentence in italics of its own, a form's text.)
        if (italicTo < 0 && chunk.charCodeAt(s.end) === charBefore(chunk, s.start) && chunk.charCodeAt(s.end + 1) !== chunk.charCodeAt(s.end)) italicTo = s.end;
      }
      // "## Supervision notes" then "*Room leaders: bring your key person list ...*": a line in italics that opens the first
      // block under a heading is the template's prompt for the section, whoever its "your" is for: no one's telling.
      // (Not the manager's own record in italics, "*Told him to post in #payments-help ...*": the prompt speaks to its reader.)
      // (So is the minutes' own closing line to everyone at the meeting: "Kindly review these minutes and revert with comments
      // within 48 hours, failing which they shall be deemed accepted.")
      const prompt = ((kind === undefined || kind === 'topic' || kind === 'other') && (s.classes & WordClass.You) !== 0 && s.start <= italicTo && s.start === firstNonSpace(chunk, block.start, block.end) && headingAbove(chunk, block.start))
        || ((s.norm.includes('minutes') || s.norm.includes('revert')) && MINUTES_CLOSING.test(s.norm))
        // ("Ensure this file note is saved to TRIM container HPS-2026/0124.": the record's own filing line, to whoever files it.)
        || (s.norm.includes('this ') && FILING_LINE.test(s.norm))
        // ("Microsoft Teams meeting — Join on your computer, mobile app or room device": a calendar invite pasted in, its tool's words.)
        || ((s.norm.includes('join') || s.norm.includes('meeting id')) && INVITE_LINE.test(s.norm))
        // ("Name: Keisha Morales | Role: Site Reliability Engineer II": a record's head, its fields split by pipes, no sentence.)
        || (s.norm.includes('|') && FIELDS_LINE.test(chunk.slice(chunk.lastIndexOf('\n', s.start - 1) + 1, s.end)));
      // ("Generated by AI. Be sure to check for accuracy." unstyled: a tool's notice, its line no one's telling.)
      if (s.start > italicTo && s.norm.includes('generated') && TOOL_NOTICE_LINE.test(s.norm)) {
        const eol = chunk.indexOf('\n', s.start);
        italicTo = eol < 0 || eol > block.end ? block.end : eol;
      }
      // In a note whose writer talks to themself as "you" ("You need to stop interrupting him"), a point with
      // "you" in it outside what they mean to say is theirs to themself, not said to the person.
      if (kind === undefined && note.parties.selfYou && current !== 'talk' && !block.cell && selfTalkPoint(chunk, s.start, block, note.parties.pronoun)) kind = 'self';
      // "Don't take on any more weekend swaps this month, Lena, even if people ask nicely" under "My notes": the person
      // named as the one spoken to, said to them (nobody calls the person by name in a note to self).
      if (kind === undefined && current === 'self' && body.words.length > 3 && vocativeAfter(body, chunk, 1, note.parties)) kind = 'manager';
      // A chat export's header ("Maya Lindqvist  10:45 AM"): the lines under it, to the next header, are that writer's.
      // (The headers the sentence splitter found in the chunk, each a sentence of its own.)
      const headers = kind === undefined && !block.item ? chatHeaderStarts(chunk) : NO_HEADERS;
      if (headers.length && headers.includes(chunk.lastIndexOf('\n', s.start - 1) + 1)) {
        const name = s.words.filter(w => !/\d/.test(w.w) && w.w !== 'am' && w.w !== 'pm').map(w => w.w);
        // ("**Me** 9:41 AM": the manager's own messages.)
        carried = name.length && (name.every(w => note.parties.manager.has(w)) || (name.length === 1 && name[0] === 'me')) ? 'manager' : 'other';
        carriedTo = headers.find(h => h > s.end && h < block.end) ?? block.end;
        continue;
      }
      // A short sentence after it on its line may say it was said, or is to be said ("Said it twice.").
      // ("- Stop editing other people's Jira tickets. Seriously." among the manager's to-dos: their own resolve, stressed.)
      let after = s.end < block.end && chunk.charCodeAt(s.end) !== 10 && !((current === 'actions' || current === 'self') && /^\s*seriously\b/i.test(chunk.slice(s.end, s.end + 12))) ? markAfter(chunk, s.end, block.end) : 0;
      // ("Standups — you keep running long, cut your update to two minutes [said]", "Support rotation — skip him this month [me]": a
      // verdict in brackets closing the line, what became of it: said to them, or the manager's own item.)
      const verdict = chunk.charCodeAt(s.end) === 93 || chunk.charCodeAt(s.end - 1) === 93 || chunk.charCodeAt(s.end) === 91 || chunk.charCodeAt(s.end + 1) === 91 ? lineVerdict(chunk, s.start, block.end) : undefined;
      if (verdict === 'said' && !after) after = markAfter('said it.', 0, 8);
      // (The verdict is no word of what was said: the sentence up to its bracket.)
      const bracket = verdict ? chunk.lastIndexOf('[', body.end) : -1;
      if (bracket > body.start) body = statementUpTo(body, bracket - body.start);
      else if (verdict === 'mine' && kind === undefined) kind = 'self';
      // ("- Send the volunteer appreciation invite list to Margaret before it goes out" over "[me: too directive? ...]": said.)
      if (!after && s.end < block.end && !s.question) after = selfCritiqueAfter(chunk, s.end, block.end);
      const frame = frameOf(ownRecord ? 'neutral' : current, kind, body, note.parties, (owned && !unowned) || s.start < italicTo || (points && !block.item && taskLine(chunk, s.start)), note.frames, after);
      if (frame.otherSpeaker) continue;
      // The coaching insights read the same sentences, when asked (chunkAsks): one parse for both.
      // (A task, "- [ ] ask her whether ...?", is an action, not a question asked.)
      // (A callout's questions are its guidance, "> 💡 What's working, what's not, what would you change?": not asked.)
      if (!block.task && !callout && questionCandidate(chunk, s)) candidates.push({ start: s.start, end: s.end, question: s.question, norm: s.norm });
      ctx.frame = frame;
      // (A list item dictated a thought a line, "new line" spoken between them: each line its own point.)
      ctx.item = block.item && !(onePerLine && dictated) ? block : undefined;
      ctx.at = s.start;
      ctx.sentenceEnd = s.end;
      ctx.blockStart = block.start;
      ctx.blockEnd = block.end;
      let found: RawFinding | undefined;
      // Where instructions are someone's task (action items, tasks, owned items, notes to self), only
      // explicit telling counts: a sentence with none of its words (wordclass.ts) and no question is passed over.
      // ("take wed off, seriously. not optional": marked as said to them after it, read all the same.)
      // ("Next steps: - Please fix the redirects": "please" first is put to someone; analysis.ts computeTells reads it.)
      // (Another language's words are none the classes know: "ขอให้น้องปิด runbook ..." under follow-ups is read.)
      const explicitOnly = frame.instructions === 'never' && !frame.reported && !frame.saidAfter && !body.question && !(body.classes & (WordClass.You | WordClass.Tell | WordClass.TellWeak | WordClass.Wish | WordClass.TellTail | WordClass.Foreign))
        && !(kind === undefined && body.classes & WordClass.Evidence && !frame.owned && (PLEASE_FIRST.test(body.norm) || asksOfManager(body, frame.section)))
        && !(kind === undefined && frame.section !== 'self' && body.words.length > 3 && (calledFirst(body, chunk, note.parties) || vocativeAfter(body, chunk, 1, note.parties)));
      // "Don't get defensive if she brings up the rota", "Stay calm when he pushes back": the person met as
      // "she" or "he" in the sentence's own condition is not the one it speaks to; the manager reminds themself.
      // "what do you want to be doing a year from now? (ask for real, not as a trap)": an aside in brackets, how the manager means to ask.
      // ("Siobhan, please make sure Priya's authority is updated before she starts ...": called by name, so "she" is someone else.)
      const toSelf = kind === undefined && !body.question && ((note.parties.person.size > 0 && body.norm.includes('he ') && SELF_TALK.test(body.norm) && !SPOKEN_TO.test(body.norm)
        && !calledFirst(body, chunk, note.parties))
        || (chunk.charCodeAt(s.start) === 40 && chunk.charCodeAt(s.end - 1) === 41 && !SPOKEN_TO.test(body.norm)));
      // "last week I told you to hold off on KMP; is that still the blocker for you?": a record of telling, then a
      // question about it, in one sentence: the record is read as the statement it is.
      const record = !explicitOnly && body.question && body.norm.includes('; ') ? statementBefore(body) : undefined;
      // ("I asked her do you really think this is the quarter for a rewrite", dictated without its question mark: the question, as asked.)
      // (A label's "I asked her" may be what was cut from the body already: the sentence is read whole.)
      const direct = !record && !body.question && (s.words[0]?.w === 'asked' || (s.words[0]?.w === 'i' && s.words[1]?.w === 'asked')) ? askedDirect(s, note.parties) : undefined;
      // ("me: from Monday every delivery gets logged before 9, no exceptions, capito?": a statement closed by a tag that asks
      // only for agreement, read as the question, then as the statement it is.)
      const tagged = !record && !direct && body.question && body.norm.includes(',') ? statementBeforeTag(body) : undefined;
      for (const target of record ? [record, body] : direct ? [direct] : tagged ? [body, tagged] : [body]) {
        if (explicitOnly || found || prompt) break;
        // ("stop merging models without tests, combinado?" among what was agreed: a tag that asks the person met to agree puts it
        // to them, read on its evidence, not as a task of the manager's own.)
        ctx.frame = target === tagged && kind === undefined && frame.instructions === 'never' && !frame.owned && !frame.selfNote ? { ...frame, instructions: 'evidence' } : frame;
        for (const rule of RULES) {
          if (target.question ? !rule.questions : rule.needs !== undefined && !(target.classes & rule.needs)) continue;
          if (toSelf && ADDRESSING.has(rule.id)) continue;
          // A rule that fails on a sentence (a bug the notes found) costs that sentence that rule, never the note.
          try {
            found = rule.check(target, ctx);
          } catch (e) {
            found = undefined;
            (errors ??= []).push(`${rule.id}: ${e instanceof Error ? e.message : String(e)}`);
          }
          if (found) break;
        }
      }
      // A tool's line about its own output ("Be sure to check AI-generated notes for accuracy."): no one's telling.
      if (found && body.norm.includes('generated') && TOOL_NOTICE.test(body.norm)) found = undefined;
      if (body.question && found?.ruleId !== 'leading-question') questions++;
      // A record of what was said or happened (meeting notes, "Asked: ...", "Said it twice."), not what is yet to be said.
      if (found) findings.push(new SentenceFinding(found, body.start, body.end, frame.instructions !== 'planned' && (current === 'notes' || frame.saidAfter || (kind !== undefined && RECORD_LABELS.has(kind)))));
      if (note.phrases.length) {
        for (const f of findCustomPhrases(s, note.phrases)) {
          if (!found || f.end <= found.start || f.start >= found.end) findings.push(new SentenceFinding(f, s.start, s.end));
        }
      }
      // The finding's rewrites keep the sentence: keep it small.
      if (found) body.release();
    }
    if (thread < 0 && column >= 0 && carried === 'manager' && blockCurrent === 'theirs' && column > 0) thread = column;
  }
  for (; h < headings.length; h++) stack = enterHeading(stack, headings[h], note);
  return errors ? { findings, questions, candidates, stackIn, stackOut: stack, errors } : { findings, questions, candidates, stackIn, stackOut: stack };
}

/**
 * The rule context of a chunk's sentences (see RuleContext), with where the sentence is for `youNearby`.
 * A class: one shape and one method for every chunk's context, no function made per chunk.
 */
class SentenceContext implements RuleContext {
  frame: Frame = undefined as unknown as Frame;
  item: { readonly start: number; readonly end: number } | undefined = undefined;
  at = 0;
  blockStart = 0;
  blockEnd = 0;
  sentenceEnd = 0;
  private youAt: readonly number[] | undefined = undefined;

  constructor(readonly chunk: string, private readonly norm: string) {}

  /** Where the sentence's list item (or, outside a list, its line) starts: the start of its line. */
  private pointFrom(): number {
    return lineStart(this.chunk, this.at, this.blockStart);
  }

  /** Where the sentence's list item (or its line) ends. */
  private pointTo(): number {
    return this.item ? pointEnd(this.chunk, this.at, this.blockEnd) : lineEnd(this.chunk, this.at, this.blockEnd);
  }

  pointAboutThem(): boolean {
    const from = this.pointFrom();
    const to = this.pointTo();
    const end = this.sentenceEnd;
    THIRD_PERSON_WORD.lastIndex = from;
    for (let m = THIRD_PERSON_WORD.exec(this.norm); m && m.index < to; m = THIRD_PERSON_WORD.exec(this.norm)) {
      if (m.index < this.at || m.index >= end) return true;
    }
    return false;
  }

  insistsNearby(): boolean {
    const from = this.pointFrom();
    const to = this.pointTo();
    // (Most lines hold a single sentence: nothing else to look at, and nothing searched.)
    if (from >= this.at && to <= this.sentenceEnd) return false;
    // (Its words looked for in the line or item alone. "t want": "don't want", "dont want", "do not want".)
    const text = this.norm.slice(from, to);
    if (!text.includes('t want') && !text.includes('optional') && !text.includes('exceptions') && !text.includes('negotiable')) return false;
    INSISTS.lastIndex = 0;
    for (let m = INSISTS.exec(text); m; m = INSISTS.exec(text)) {
      if (from + m.index < this.at || from + m.index >= this.sentenceEnd) return true;
    }
    return false;
  }

  youNearby(except?: { readonly start: number; readonly end: number }): boolean {
    const youAt = (this.youAt ??= youPositions(this.norm));
    if (!youAt.length) return false;
    const end = this.pointTo();
    const from = this.pointFrom();
    return except ? anyIn(youAt, from, Math.min(end, except.start)) || anyIn(youAt, Math.max(from, except.end), end) : anyIn(youAt, from, end);
  }
}

/** What a form's instructions speak of: "the supervisor", "the employee", "the meeting", "this form", "business days". */
const FORM_INSTRUCTIONS = /\b(?:the\s+(?:supervisor|employee|manager|meeting|reviewer|appraiser)|supervisor\s+(?:drop\s+)?file|this\s+(?:form|record|template)|business\s+days)\b/;
/** A form speaking of itself: "this record", "this form". */
const THIS_RECORD = /\bthis\s+(?:record|form|template|document|review\s+sheet)\b/;
/** A form's name for the person met: "the crew member", "the employee", "the appraisee". */
const BY_ROLE = /\bthe\s+(?:crew\s+member|employee|staff\s+member|member\s+of\s+staff|colleague|jobholder|appraisee|reviewee|supervisee|trainee|apprentice|individual)\b/;
/** A document's notice opening a paragraph: "CONFIDENTIAL: ...", "Private & confidential.", "Shared doc. Add your topics ...". */
// ("Template note: Record only facts and agreed actions. Do not include medical information.", "_Template: fill in the Next column ..._",
// "Note: Informal record, not a GMP document. Do not file in the QMS.": the template's or the record's own note, on its line.)
/** A meeting doc's field and its guidance in brackets: "Attendees (please add yourself ...)", "Agenda (add your topics before Monday)". */
const FIELD_GUIDANCE = /^\s*(?:attendees|participants|present|agenda(?:\s+items)?|notes|topics|updates|wins|blockers|action\s+items|actions|questions|kudos|shout-?outs|announcements|parking\s+lot|discussion(?:\s+points)?|check-?ins?|icebreaker|round[- ]?(?:robin|table))\s*:?\s*\((?:please\s+)?(?:add|list|write|put|fill|note|include|tell|share|enter|use|keep|drop|bring|sign|leave|type|post)\b/;
const DOC_NOTICE = /^\s*(?:(?:private\s*(?:&|and)\s*|strictly\s+)?confidential\b(?!\s+(?:to|about|that|re|info|information|conversation|matter)\b)|(?:shared|running)\s+(?:1:1\s+|1-1\s+|one-on-one\s+)?doc(?:ument)?\s*[.:—–-]|(?:template|vorlage|plantilla)(?:\s+(?:note|guidance|instructions?))?\s*:|note\s*:\s*(?:this\s+is\s+)?(?:an?\s+)?(?:informal|private|personal|draft|confidential)\s+(?:record|document|note|notes|file)\b)/;
/** A label of a template's text: "From the enablement template", "Template", "Our 1:1 template says". */
const TEMPLATE_LABEL = /\btemplate\b/i;

/** The manager insisting: "I don't want to see ...", "that's not optional", "no exceptions", "non-negotiable". */
const INSISTS = /\bi\s+(?:don't|dont|do\s+not)\s+want\s+(?:to\s+(?:see|hear|find|read|get)|that|this|any|another)\b|\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:not|non-)\s*(?:optional|negotiable)\b|\bno\s+exceptions\b|\bnon-?negotiable\b/g;

/** The sentence past an aside in brackets that opens it ("(added after the call) told him ..."). */
function pastAside(s: Sentence, chunk: string): Sentence {
  const at = s.words[0].start;
  const close = chunk.indexOf(')', at);
  if (close < 0 || close - at > 60) return s;
  let k = 0;
  while (k < s.words.length && s.words[k].start < close) k++;
  return k > 0 && k < s.words.length - 1 ? tail(s, k) : s;
}

/** A record's head line of fields: "Name: ... | Role: ...", "Date: 2026-06-09 | Location: conf rm 3B". */
const FIELDS_LINE = /^[\s*_]*[\p{L}][\p{L} ]{1,20}[*_]*:[*_]*\s*[^|\n]{1,60}\|\s*[*_]*(?!(?:me|i|you)\s*:)[\p{L}][\p{L} ]{1,20}[*_]*:/u;
/** A record's line about its own filing: "Ensure this file note is saved to ...", "this record is to be filed in ...". */
const FILING_LINE = /\bth(?:is|e)\s+(?:file\s+note|record|form|minute|note)\s+(?:is|be|has\s+been|is\s+to\s+be)\s+(?:saved|filed|stored|uploaded|placed|registered|kept)\b/;

/** Vietnamese words of address, used for "you" by age and standing: "em", "anh", "chị". */
const ADDRESS_FORMS = wordSet('em anh chị');

/** An obligation in what was told: "must", "has to", "needs to", "is to", "without fail". */
const TOLD_MUST = /\b(?:must|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|without\s+fail)\b/;

/** A toggle's marker anywhere (a first look, per chunk). */
const TOGGLES = new RegExp(`[${TOGGLE_MARKS}]`);

/** Whether a line of the block, its first or a later one, opens with a toggle's marker. */
function toggleLineIn(chunk: string, from: number, to: number): boolean {
  return isToggleMark(chunk.charCodeAt(from)) || toggleLineAfter(chunk, from, to) < to;
}

/** Where the first line after the block's first that opens with a toggle's marker starts, or `to`. */
function toggleLineAfter(chunk: string, from: number, to: number): number {
  for (let i = chunk.indexOf('\n', from); i >= 0 && i + 1 < to; i = chunk.indexOf('\n', i + 1)) if (isToggleMark(chunk.charCodeAt(i + 1))) return i + 1;
  return to;
}

/** Whether the line a sentence starts on opens with a task's box, in a paragraph's text ("    - [ ] Sam: ask infra ..." under a toggle). */
function taskLine(chunk: string, at: number): boolean {
  let i = chunk.lastIndexOf('\n', at - 1) + 1;
  while (chunk.charCodeAt(i) === 32 || chunk.charCodeAt(i) === 9) i++;
  const c = chunk.charCodeAt(i);
  return (c === 45 || c === 42 || c === 43) && chunk.charCodeAt(i + 1) === 32 && chunk.charCodeAt(i + 2) === 91 && chunk.charCodeAt(i + 4) === 93 && i + 5 <= at;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Words that go on a list of what was said before a report of it: "Also asked her to ...", "Then told him to ...". */
const GOES_ON_REPORT = wordSet('also then and again later');
/** A point of theirs conceded by the manager, in the first person: "Fair point, I let it run too long.", "She's right, I rushed it." */
const CONCEDES = /^(?:(?:fair|good|valid)\s+(?:point|enough|criticism|feedback|call)|(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+right)\b[^.?!]*\bi\b/;
/** Whether the word at `start` goes on a handle, joined to the word before by a dot, an underscore or a hyphen ("@priya.s"). */
function handleGoesOn(chunk: string, start: number): boolean {
  const c = chunk.charCodeAt(start - 1);
  return (c === 46 || c === 95 || c === 45) && start >= 2 && chunk.charCodeAt(start - 2) !== 32;
}

/** A speech tag of someone else's set inside a sentence by commas: "..., he said, so write for an outsider." */
const THEIR_TAG_INSIDE = /\S,\s+(?:he|she|they)\s+said,\s+\S/;
const SELF_SENTENCE = /^(?:notes?|reminders?) (?:to|for) (?:self|me|myself)[.!]$/;

/** A cheap first look for labelHeading: a short line, a bold start, or a colon at its end. */
function mayBeLabel(chunk: string, from: number, to: number): boolean {
  let b = to;
  while (b > from && (chunk.charCodeAt(b - 1) === 32 || chunk.charCodeAt(b - 1) === 13)) b--;
  const first = chunk.charCodeAt(from);
  const last = chunk.charCodeAt(b - 1);
  return last === 58 || first === 42 || first === 95 || (b - from <= 40 && last !== 46 && last !== 63 && last !== 33);
}

/** Whether the chunk tags a line with one of the person's initials in capitals, in brackets: "(AK) ...", "[JM] ...". */
function taggedByInitials(chunk: string, initials: Iterable<string> | undefined, open: string, close: string): boolean {
  if (!initials) return false;
  for (const i of initials) if (chunk.includes(`${open}${i.toUpperCase()}${close}`)) return true;
  return false;
}

/** Whether only a ticket's key stands before `at` on its line, after a bullet or in the cell before: "PAY-91: ", "| PAY-91 | ". */
function afterTicketKey(chunk: string, at: number): boolean {
  // (By character first: a colon, a pipe or a dash, then a digit, before the words; most sentences have none.)
  let k = at - 1;
  while (k > 0 && chunk.charCodeAt(k) === 32) k--;
  const c = chunk.charCodeAt(k);
  if (c !== 58 && c !== 124 && c !== 0x2014 && c !== 0x2013 && c !== 45) return false;
  k--;
  while (k > 0 && chunk.charCodeAt(k) === 32) k--;
  if (!isDigitAt(chunk, k)) return false;
  const line = chunk.lastIndexOf('\n', at - 1) + 1;
  return at - line <= 40 && TICKET_KEY_BEFORE.test(chunk.slice(line, at));
}
const TICKET_KEY_BEFORE = /^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?(?:\|\s*)?[A-Z][A-Z0-9]{1,9}-\d+\s*(?::|\||[—–]|\s-)\s*$/;

/** A short topic line: one to three words, the first capitalised, no colon and no end mark ("Growth", "HQ", "Next quarter"). */
function topicLine(chunk: string, from: number, to: number): boolean {
  const text = chunk.slice(from, to).trim();
  return text.length > 1 && text.length <= 30 && isCapital(text.charCodeAt(0)) && /^[\p{L}\p{N}&' /-]+$/u.test(text) && text.split(/\s+/).length <= 3;
}

/** Whether only spaces and a list's marker stand before `at` on its line. */
function opensLine(chunk: string, at: number): boolean {
  // (After a bullet, or a numbered list's number: "16. 14:22 me: ..." in a log kept as a numbered list.)
  let digits = false;
  for (let k = at - 1; k >= 0; k--) {
    const c = chunk.charCodeAt(k);
    if (c === 10) return true;
    if (c >= 48 && c <= 57) {
      digits = true;
      continue;
    }
    if (c === 46 || c === 41) {
      if (digits) return false;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 45 && c !== 42 && c !== 43) return false;
  }
  return true;
}

/** Whether the line above `at`, past blank lines, is a markdown heading. */
function headingAbove(chunk: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (chunk.charCodeAt(k) === 10 || chunk.charCodeAt(k) === 13 || chunk.charCodeAt(k) === 32 || chunk.charCodeAt(k) === 9)) k--;
  if (k < 0) return false;
  const start = chunk.lastIndexOf('\n', k) + 1;
  return chunk.charCodeAt(start) === 35;
}

/** Whether the sentence at `at` starts right after a single emphasis mark (`_Generated ...`, `*aside ...`). */
function italicOpens(chunk: string, at: number): boolean {
  const c = charBefore(chunk, at);
  return (c === 95 || c === 42) && charBefore(chunk, at - 1) !== c;
}

/**
 * When the line of an opening emphasis mark also ends with it (`_Generated by AI. Be sure to check for
 * accuracy._`), the end of that line: its sentences are an aside or tool boilerplate. Otherwise -1.
 */
function italicLineEnd(chunk: string, at: number, limit: number): number {
  const mark = chunk.charCodeAt(at - 1);
  const end = lineEnd(chunk, at, limit);
  let b = end;
  while (b > at && (chunk.charCodeAt(b - 1) === 32 || chunk.charCodeAt(b - 1) === 9 || chunk.charCodeAt(b - 1) === 13)) b--;
  return b > at && chunk.charCodeAt(b - 1) === mark && chunk.charCodeAt(b - 2) !== mark ? end : -1;
}

/** A third-person word (he, she, him, her, his, hers) in a chunk's prose. */
const THIRD_PERSON_WORD = /\b(?:he|she|him|her|his|hers)\b/g;

/** An owner named in an item besides a mention that opens it: "Owner: Ravi", "(owner: me)", "@sam" at the line's end. */
const OTHER_OWNER = /\bowners?\s*:|\(owner\b|@[a-z][\w-]*[ \t]*[.)]?[ \t]*(?=\n|$)/;
// (An @mention names the owner where it opens the item or ends its line: "@kasante: draft the RFC", "draft the
// RFC — @kasante"; one inside the sentence is someone named: "loop in @security-review before you merge".)
const OWNER = new RegExp(`${OTHER_OWNER.source}|(?<=(?:^|\\n)[ \\t]*)@[a-z][\\w-]*`, 'g');

/**
 * Whether a list item's prose names an owner ("Owner: Ravi", "(owner: me)", "@sam"), asked block by block
 * in order. Each mark is looked for by native search once per chunk (a cursor each); only when one is in
 * an item is the expression run, once over the chunk, and its matches kept.
 */
/** The next "owner" at or after `from`, or -1: found by its "wner" (V8 tries a pattern at each of its first letter's places, and "o" is everywhere). */
function ownerAt(norm: string, from: number): number {
  for (let k = norm.indexOf('wner', from + 1); k >= 0; k = norm.indexOf('wner', k + 1)) if (norm.charCodeAt(k - 1) === 111) return k - 1;
  return -1;
}

class OwnerMarks {
  /** The next "owner" and "@" at or after the last item asked about; -2 before the first search, -1 for none. */
  private owner = -2;
  private at = -2;
  private found: number[] | undefined;

  constructor(private readonly norm: string) {}

  in(from: number, to: number): boolean {
    if (this.owner !== -1 && this.owner < from) this.owner = ownerAt(this.norm, from);
    if (this.at !== -1 && this.at < from) this.at = this.norm.indexOf('@', from);
    if ((this.owner < 0 || this.owner >= to) && (this.at < 0 || this.at >= to)) return false;
    if (!this.found) {
      this.found = [];
      OWNER.lastIndex = 0;
      for (let m = OWNER.exec(this.norm); m; m = OWNER.exec(this.norm)) this.found.push(m.index);
    }
    return anyIn(this.found, from, to);
  }
}

/**
 * Where second-person words stand in a chunk's prose: one scan per chunk, then a search per sentence.
 * The words of YOU_WORD (you, your, yours, yourself, you'll ..., u, ur, each a whole word as \b reads
 * it), found from each "u" by native search: the expression tried at every character cost more.
 */
export function youPositions(norm: string): readonly number[] {
  const at: number[] = [];
  for (let k = norm.indexOf('u'); k >= 0; k = norm.indexOf('u', k + 1)) {
    if (k >= 2 && norm.charCodeAt(k - 1) === 111 && norm.charCodeAt(k - 2) === 121) {
      // "you", "your", "yours", "yourself" ("you'll", "you're" ... start as "you" and a boundary).
      if (isWordCode(norm.charCodeAt(k - 3))) continue;
      let e = k + 1;
      let whole = !isWordCode(norm.charCodeAt(e));
      if (!whole && norm.charCodeAt(e) === 114) {
        e++;
        whole = !isWordCode(norm.charCodeAt(e))
          || (norm.charCodeAt(e) === 115 && (!isWordCode(norm.charCodeAt(e + 1)) || (norm.startsWith('self', e) && !isWordCode(norm.charCodeAt(e + 4)))));
      }
      // (Not the "you" of a saying, anyone's: "You can tell when he's tired: short answers".)
      if (whole && !(norm.charCodeAt(k - 2) === 121 && (norm.charCodeAt(k + 1) === 32) && genericYouAt(norm, k - 2))) at.push(k - 2);
    } else if (!isWordCode(norm.charCodeAt(k - 1))) {
      // "u", "ur".
      const e = norm.charCodeAt(k + 1) === 114 ? k + 2 : k + 1;
      if (!isWordCode(norm.charCodeAt(e))) at.push(k);
    }
  }
  return at;
}

/** A character \w matches (NaN, past either end, is none). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The section a label standing as a heading opens: by its words, or by who it names ("Sam:" opens their words). */
function labelSection(label: string, note: NoteSetup, colon: boolean): SectionKind {
  const kind = forThem(label, sectionKind(label, note.talkHeadings), note);
  if (kind !== 'neutral') return kind;
  // ("MUST DO — Rosa", "Stop — me" as a label over a list: whose list, as a heading says it (enterHeading).)
  const party = retroParty(label, note);
  if (party) return party === 'said' ? 'talk' : party;
  // ("Grace (mentor):" over her advice, "Dev (my skip):": someone else's words, by the role the bracket gives them.)
  if (colon && label.includes('(')) {
    const role = ADVISER_LABEL.exec(label);
    if (role && !nameWordsOf(role[1]).some(w => note.parties.person.has(w) || note.parties.manager.has(w))) return 'theirs';
  }
  const words = label.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (!words.length || words.length > 3) return kind;
  // Only people the note names: an unknown capitalized word standing alone ("Remarks:") is a topic. And
  // only as a speaker's label, with its colon ("Priya:"): "**Gemma**" among "**Progress**" and "**H&S**"
  // is a topic, her, in the manager's own lines.
  if ((colon && words.every(w => note.parties.person.has(w) && w.length > 1)) || /^(?:he|she|they|his|her|their)\b/.test(words[0])) return 'theirs';
  const who = classifyLabel(words, label, note.parties, 'neutral');
  return who === 'manager' || who === 'telling' ? 'talk' : kind;
}

/** A name and, in brackets, the role of someone who advises or directs the writer: "Grace (mentor)", "Dev (my skip)". */
const ADVISER_LABEL = new RegExp(String.raw`^\s*(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)\s*\((?:my\s+|our\s+)?(?:${[...ADVISER].join('|')})(?:[- ]level)?\)\s*$`, 'u');
/** A text's words, lower case and without accents: a heading's or a label's, looked up among the names of the two people. */
function nameWordsOf(text: string): string[] {
  return foldLatin(text.toLowerCase()).split(/[^\p{L}]+/u).filter(Boolean);
}

/** What the manager reports having done, after "I": "I told her ...", "I asked him ...". */
const I_REPORT = wordSet('told asked said suggested reminded pushed advised insisted instructed warned');

/** Whether `at` falls in one of the [start, end) pairs. */
function inRanges(pairs: readonly number[], at: number): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (at >= pairs[k] && at < pairs[k + 1]) return true;
  return false;
}

/** The start of a quotation of the manager's words that opens after a colon inside [from, to), or -1. */
function quoteAfterColon(pairs: readonly number[], chunk: string, from: number, to: number): number {
  for (let k = 0; k < pairs.length; k += 2) {
    const q = pairs[k];
    // (`If he shrugs it off → "Isn't it a bit odd ...?"`: after a plan's arrow too.)
    if (q > from && q < to && /(?::|→|->|=>|⇒)\s*["“‘']$/.test(chunk.slice(Math.max(from, q - 4), q))) return q;
  }
  return -1;
}

/** A question's part before its last semicolon, when that part reports the manager's own telling ("I told you to ..."): a statement of its own. */
/** The statement before a confirmation tag ("..., got it?", "..., capito?", "..., ok?"), or undefined. */
function statementBeforeTag(s: Sentence): Sentence | undefined {
  const m = CONFIRM_TAG.exec(s.norm);
  const head = m ? statementUpTo(s, m.index) : undefined;
  return head && head.words.length >= 3 ? head : undefined;
}

/** The sentence's first `length` characters as a statement of their own (no question). */
function statementUpTo(s: Sentence, length: number): Sentence {
  return sentenceOf(s.start, s.start + length, false, s.norm.slice(0, length), s.words.filter(w => w.end <= s.start + length));
}
const CONFIRM_TAG = /,\s*(?:ok|okay|got\s+it|capito|chiaro|clear|understood|yeah|right|vale|d'accord|compris|klar|verstanden|tá|né|deal|agreed|beleza|combinado|certo|fechado|entendido|wakha|safi|hein|endaxi|ndiyo|sawa|sige|noh)\s*\?+\s*$/;

function statementBefore(s: Sentence): Sentence | undefined {
  const head = statementUpTo(s, s.norm.lastIndexOf('; '));
  const words = head.words;
  return words.length < 3 || !words.some((w, k) => I_REPORT.has(w.w) && (words[k - 1]?.w === 'i' || k === 0)) ? undefined : head;
}

/** A question's auxiliary, inverted before its subject ("do you ...", "why are you ..."). */
const AUXILIARIES = wordSet("do does did are is was were can could would will have has don't didn't isn't aren't wasn't weren't can't couldn't won't wouldn't haven't hasn't");
const QUESTION_SUBJECTS = wordSet('you u it there');
/** A question's words ("why", "how", "what") before its inverted auxiliary. */
const WH_WORDS = wordSet('why how what when where who which');
/** Words that join the report to the question it gives: "I asked him so why are you ...". */
const JOINERS = wordSet('so and then like');

/**
 * The question a sentence reports as it was asked, with no quotation marks and no question mark ("I asked her do you
 * really think ...", "asked him so why are you telling people to ..."): the question, from its first word; undefined
 * when what follows "asked him" is no direct question put to them ("asked him why he was late", "asked him did he
 * really think ..." are reported speech, read as such).
 */
function askedDirect(s: Sentence, parties: NoteSetup['parties']): Sentence | undefined {
  const words = s.words;
  let k = words[0].w === 'i' ? 2 : 1;
  if (!words[k] || !(words[k].w === 'him' || words[k].w === 'her' || words[k].w === 'them' || personWord(parties, words[k].w))) return undefined;
  k++;
  if (JOINERS.has(words[k]?.w ?? '')) k++;
  const q = k;
  if (WH_WORDS.has(words[k]?.w ?? '')) k++;
  if (!AUXILIARIES.has(words[k]?.w ?? '') || !QUESTION_SUBJECTS.has(words[k + 1]?.w ?? '') || words.length - q < 4) return undefined;
  return sentenceOf(words[q].start, s.end, true, s.norm.slice(words[q].start - s.start), words.slice(q) as Word[]);
}

/** The word where "I told", "I asked" ... opens a clause after a semicolon in the sentence, or -1. */
function ownRecordAfter(s: Sentence, chunk: string): number {
  for (let k = 1; k < s.words.length - 2; k++) {
    if (s.words[k].w === 'i' && I_REPORT.has(s.words[k + 1].w) && chunk.slice(s.words[k - 1].end, s.words[k].start).includes(';')) return k;
  }
  return -1;
}

/** Whether one of the sorted positions falls in [from, to). */
function anyIn(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] < to;
}

/** The start of the line holding `at`, or `limit`. */
function lineStart(text: string, at: number, limit: number): number {
  const n = text.lastIndexOf('\n', at - 1) + 1;
  return n < limit ? limit : n;
}

/**
 * The end of the outline point holding `at`: its line, and the lines after it that continue it (not
 * starting with a bullet or outline number), up to `limit`. A label speaks for its point.
 */
function pointEnd(chunk: string, at: number, limit: number): number {
  let end = lineEnd(chunk, at, limit);
  // The indentation of the line holding `at`: a line after it no deeper, opening a new sentence after one that ended, is a line
  // of its own that CommonMark runs on into the item ("  - reserves reviewed at every 30-day diary", then "Write up the
  // expectations, Lakshmi reviews before it goes to him." and "Stop taking new assignments ..." at the margin).
  const from = chunk.lastIndexOf('\n', at - 1) + 1;
  let indent = 0;
  while (chunk.charCodeAt(from + indent) === 32 || chunk.charCodeAt(from + indent) === 9) indent++;
  while (end < limit) {
    let a = end + 1;
    while (a < limit && (chunk.charCodeAt(a) === 32 || chunk.charCodeAt(a) === 9)) a++;
    if (a >= limit || outlineMarker(chunk, a, limit) > 0 || chunk.charCodeAt(a) === 10 || chunk.charCodeAt(a) === 13) break;
    if (a - end - 1 <= indent && isCapital(chunk.charCodeAt(a)) && endsSentence(chunk, end)) break;
    end = lineEnd(chunk, a, limit);
  }
  return end;
}

/** Whether the line ending at `end` (its line break) ends with a sentence's end mark. */
function endsSentence(chunk: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (chunk.charCodeAt(k) === 32 || chunk.charCodeAt(k) === 13 || chunk.charCodeAt(k) === 34 || chunk.charCodeAt(k) === 41)) k--;
  const c = chunk.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}

/** The end of the line holding `at` (its line break), or `limit`. */
function lineEnd(text: string, at: number, limit: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 || n > limit ? limit : n;
}

function lower(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + steps)];
}

/**
 * Chunk results by chunk text. A Map keyed by the text would hash every character of every chunk on
 * every lint (a tenth of a millisecond per 100 KB); a key from the length and a few sampled
 * characters finds the candidates, and comparing the text confirms one.
 */
export class ChunkCache {
  private readonly buckets = new Map<number, { readonly src: string; readonly result: ChunkResult }[]>();

  get(src: string): ChunkResult | undefined {
    const bucket = this.buckets.get(sampleKey(src));
    if (bucket) for (const e of bucket) if (e.src === src) return e.result;
    return undefined;
  }

  set(src: string, result: ChunkResult): void {
    const key = sampleKey(src);
    const bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, [{ src, result }]);
    else if (!bucket.some(e => e.src === src)) bucket.push({ src, result });
  }
}

function sampleKey(s: string): number {
  const n = s.length;
  let h = n;
  for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + s.charCodeAt((k * n) >>> 4)) | 0;
  return (Math.imul(h, 31) + s.charCodeAt(n - 1)) | 0;
}

/**
 * A linter that remembers the chunks of the last text it linted. Keep one per open document:
 * a keystroke then re-lints only the chunk it changed.
 */
export class Linter {
  /** The last text linted and its chunks: the next text is cut starting from them. */
  private chunks: ChunkState | undefined;
  /** The results of those chunks, by index (none for front matter). */
  private results: (ChunkResult | undefined)[] = [];
  private cacheKey = '';
  /** What the last lint did: chunks in the note, and how many of them it had to lint (the rest were reused). */
  lastRun = { chunks: 0, linted: 0 };

  lint(text: string, options: LintOptions = {}): LintResult {
    // The note context decides the mode (options.mode); on its own, the engine asks the same rule with what it has.
    const mode = options.mode ?? decideMode({ text }).mode;
    const phrases = (options.extraPhrases ?? []).filter(p => typeof p === 'string' && p.trim().length >= 2);
    const parties = partiesOf(text, options);
    const talkHeadings = (options.talkHeadings ?? []).filter(t => typeof t === 'string' && t.trim()).map(t => t.toLowerCase().trim());
    const bulletTasks = text.includes('•') && BULLET_KEY.test(text.length > 4096 ? text.slice(0, 4096) : text);
    const key = `${phrases.join('\u0000')}\u0001${partiesKey(parties)}\u0001${talkHeadings.join('\u0000')}${bulletTasks ? '\u0001•' : ''}`;
    if (key !== this.cacheKey) {
      // Results depend on the extra phrases, the people and the talking-point headings: none of the old ones can be used.
      this.results = [];
      this.cacheKey = key;
    }
    const note: NoteSetup = { phrases, parties, talkHeadings, labels: labelsFor(key), frames: [], bulletTasks };
    // (A note its writer kept of a meeting with their own manager, mentor or supervisor: what it records was told to the writer.)
    const strictness = parties.theirNote ? 'off' : options.strictness?.[mode] ?? DEFAULT_STRICTNESS[mode];
    const disabled = parseDisableComments(text);
    const allow = (options.allowPhrases ?? []).map(p => normalizePhrase(String(p))).filter(p => p.length >= 2);
    const severityOf = new Map<string, Severity | 'off'>();
    const messageOf = new Map<string, string>();
    const findings: Finding[] = [];
    const parts: ChunkPart[] = [];
    let questions = 0;
    let linted = 0;
    let errors: string[] | undefined;
    const before = this.chunks;
    const old = this.results;
    const state = updateChunks(before, text);
    const results: (ChunkResult | undefined)[] = new Array<ChunkResult | undefined>(state.chunks.length);
    // Chunks the edit did not touch come back by index. The others are looked up by their text among
    // all the old results (a paste, an undo, edits far apart) once there are more than a couple of them.
    let lookup: ChunkCache | undefined;
    if (before && old.length) {
      let fresh = 0;
      for (let j = 0; j < state.chunks.length; j++) if (!state.chunks[j].frontMatter && !old[state.reuse[j]]) fresh++;
      if (fresh > 2) {
        lookup = new ChunkCache();
        before.chunks.forEach((c, k) => { const r = old[k]; if (r) lookup!.set(before.text.slice(c.start, c.end), r); });
      }
    }
    // Each chunk's result holds for the section it starts in: a heading edited above it lints it again.
    let stack: SectionStack = NO_SECTION;
    for (let j = 0; j < state.chunks.length; j++) {
      const chunk = state.chunks[j];
      if (chunk.frontMatter) continue;
      const reused = state.reuse[j];
      // The chunk's text is cut only when it is needed: a keystroke reuses almost every chunk.
      let src: string | undefined;
      let result = (reused >= 0 ? old[reused] : undefined) ?? (lookup ? lookup.get((src = text.slice(chunk.start, chunk.end))) : undefined);
      if (result && !sameStack(result.stackIn, stack)) result = undefined;
      if (!result) {
        src ??= text.slice(chunk.start, chunk.end);
        // The result is kept for later lints (its findings make their rewrites from the chunk's text):
        // a copy of the chunk, not a slice that would keep this whole version of the note alive.
        result = lintChunk(detached(src), note, stack);
        linted++;
      }
      stack = result.stackOut;
      results[j] = result;
      questions += result.questions;
      if (result.errors) (errors ??= []).push(...result.errors);
      const d = chunk.start;
      if (result.candidates.length) parts.push({ result, start: d, end: chunk.end });
      if (strictness === 'off') continue;
      for (const f of result.findings) {
        // Planned telling ("Tell him he needs to ...") is weighed as an instruction is, unless the rule's severity is set.
        const key = f.planned ? `${f.ruleId}\u0000planned` : f.ruleId;
        let severity = severityOf.get(key);
        if (severity === undefined) {
          const base: RuleSeverity = options.ruleSeverity?.[f.ruleId] ?? (f.planned ? 'warning' : DEFAULT_SEVERITY.get(f.ruleId)) ?? 'warning';
          severity = base === 'off' ? 'off' : lower(base, STEPS[strictness]);
          severityOf.set(key, severity);
        }
        if (severity === 'off' || disabled.isDisabled(f.ruleId, f.start + d)) continue;
        if (allow.length) {
          const sentence = normalizePhrase(text.slice(d + f.sentenceStart, d + f.sentenceEnd));
          if (allow.some(p => sentence.includes(p))) continue;
        }
        let message = messageOf.get(f.message);
        if (message === undefined) {
          message = `${f.message} ${MODE_NOTE[mode]}`;
          messageOf.set(f.message, message);
        }
        findings.push(new NoteFinding(f, severity, message, d, mode, text));
      }
    }
    this.chunks = state;
    this.results = results;
    this.lastRun = { chunks: state.chunks.length, linted };
    return lintResult(text, findings, questions, { mode, strictness, talkHeadings, ...(errors ? { internalErrors: errors } : {}) }, parts);
  }
}

/**
 * The start of a finding's sentence in quotes, so that the Problems panel and the CLI tell findings
 * apart by what was written ("“Delegate the release notes to Ben.”", "“Told her to hand the pager…”").
 */
function quoteOf(text: string, from: number, to: number): string {
  const sentence = text.slice(from, Math.min(to, from + 120)).replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  const cut = sentence.length > 48 ? `${sentence.slice(0, 48).replace(/\s+\S*$/, '')}…` : sentence;
  return `“${cut}”`;
}

/** A lint result whose `asks` are read from the chunks' candidates on first access (most lints are never asked). */
/** A chunk with questions to read, and where it is in the note. */
interface ChunkPart {
  readonly result: ChunkResult;
  readonly start: number;
  readonly end: number;
}

/** What a note was linted with: its mode, the strictness for it, the setting's talking-point headings. */
type LintedWith = Pick<LintResult, 'mode' | 'strictness' | 'talkHeadings' | 'internalErrors'>;

function lintResult(text: string, findings: readonly Finding[], questions: number, setup: LintedWith, parts: readonly ChunkPart[]): LintResult {
  return new NoteResult(text, findings, questions, setup, parts);
}

/**
 * A note's lint result, its questions read when first asked for. A class with the getter on its
 * prototype, not an object literal with a getter: each literal's getter is a new function the literal's
 * shape holds, and until a full garbage collection those shapes keep every result made since alive.
 */
class NoteResult implements LintResult {
  private made: QuestionSpan[] | undefined;

  readonly mode: Mode;
  readonly strictness: Strictness;
  readonly talkHeadings: readonly string[];
  readonly internalErrors?: readonly string[];

  constructor(private readonly text: string, readonly findings: readonly Finding[], readonly questions: number, setup: LintedWith, private readonly parts: readonly ChunkPart[]) {
    this.mode = setup.mode;
    this.strictness = setup.strictness;
    this.talkHeadings = setup.talkHeadings;
    if (setup.internalErrors) this.internalErrors = setup.internalErrors;
  }

  get asks(): readonly QuestionSpan[] {
    if (!this.made) {
      const asks: QuestionSpan[] = [];
      for (const { result, start: d, end } of this.parts) {
        for (const q of chunkAsks(result, this.text.slice(d, end))) asks.push(d === 0 ? q : { start: q.start + d, end: q.end + d, sentenceStart: q.sentenceStart + d, sentenceEnd: q.sentenceEnd + d, form: q.form });
      }
      this.made = asks;
    }
    return this.made;
  }
}

function normalizePhrase(p: string): string {
  return toNorm(p).toLowerCase().replace(/[\s]+/g, ' ').trim();
}

/** Lints one markdown note. Stateless: for repeated linting of the same document use a Linter. */
export function lintMarkdown(text: string, options: LintOptions = {}): LintResult {
  return new Linter().lint(text, options);
}

export { MODE_INFO };
