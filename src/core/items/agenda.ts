// The shareable agenda of an upcoming 1:1: what can go to the other person before the meeting.
// Kept: the note's title, the carried-over items (without their links, which point into the
// manager's files), their agenda and the talking points, and the questions still in the note
// (without anything written after them, on their line or under it: an answer is read as the status
// bar reads it, insights/outline.ts answerOnLine). Left out, and said so: private parts, every other
// section (notes, action items, the problem frame, the summary…), the stance line and template
// comments. What went in is counted from the same lines that make the markdown, so the notice says
// exactly what is on the clipboard.
import { stripCarryLink } from '../carryover';
import { ENGLISH, type L10n } from '../html';
import { findQuestions } from '../insights/find';
import { answerOnLine, isPromptTitle } from '../insights/outline';
import { SECTION } from '../templates';
import { count, markdownLines, normalizeTitle, type MdLine } from './markdown';
import { privateParts, withoutPrivate } from './private';

export interface AgendaLeftOut {
  /** `<!-- private -->` blocks. */
  readonly privateBlocks: number;
  /** Headings of private sections. */
  readonly privateSections: readonly string[];
  /** Headings of other sections with something in them that an agenda does not share. */
  readonly sections: readonly string[];
  /** Answers: what was written after a kept question, on its line or under it (one per question), or in a questions section before its first question. */
  readonly answers: number;
  /** Text before the first section (the stance line), when there was any. */
  readonly introduction: boolean;
}

/** What went in: top-level list items (and, in an agenda, paragraphs) of each kind of section. */
export interface AgendaKept {
  /** Items under Carried over. */
  readonly carried: number;
  /** Their agenda ("Their agenda", "Your agenda (Fatima)", "His topics"). */
  readonly theirs: number;
  /** The manager's talking points ("My talking points", "Talking points", "Manager agenda (Chris)"). */
  readonly mine: number;
  /** Agenda sections of no one in particular ("Agenda", "Topics", "To discuss"). */
  readonly shared: number;
  /** Questions kept (a list item holding two questions counts once). */
  readonly questions: number;
}

export interface Agenda {
  /** The shareable markdown, ending with a newline. */
  readonly markdown: string;
  readonly kept: AgendaKept;
  /** What went in, as a phrase: "2 carried-over items, 4 talking points and 5 questions" ('' when nothing). */
  readonly contents: string;
  readonly leftOut: AgendaLeftOut;
  /** One sentence on what was left out: "Left out: 1 private block; the sections “Notes” and “Action items”." */
  readonly summary: string;
  /** Nothing to share: no carried items, agenda, talking points or questions. */
  readonly empty: boolean;
}

/** What a section heading says about its section: kept in an agenda, left out, or neither (it takes its parent's). */
export type SectionKind = 'carried' | 'agenda' | 'questions' | 'other' | 'neutral';
type Kind = SectionKind;

const CARRIED = new Set([normalizeTitle(SECTION.carriedOver), 'carry over', 'carried forward', 'open items', 'from last time', 'follow ups from last time', 'previous actions', 'previous action items']);
const QUESTIONS = new Set([normalizeTitle(SECTION.questions), 'questions to ask', 'open questions', 'questions for them', 'questions for him', 'questions for her']);
/** Agenda and talking points: "Their agenda", "Your agenda (Fatima)", "My topics", "Talking points", "To discuss". */
const AGENDA = /^(?:(?:their|your|his|her|my|our|manager|manager s|shared|team)\s+)?(?:agenda|topics|talking points|discussion points|discussion topics|points to discuss|things to discuss|to discuss|items to discuss)$/;
/** Sections an agenda leaves out even inside a kept one. */
const OTHER = /^(?:notes?|meeting notes|my notes|action items?|actions|next steps|follow ups?|summary|tl ?dr|problem to work on|reflection|what happened|what (?:he|she|they) said|what i shared|decisions?|after|agreed|private.*)$/;

/** "Your agenda (Fatima)", "Manager agenda (Chris)": the words before a bracket or a colon decide. */
function headOf(title: string): string {
  return normalizeTitle(title.replace(/\s*[(:—–].*$/, '')) || normalizeTitle(title);
}

export function sectionKind(title: string): SectionKind {
  const head = headOf(title);
  if (CARRIED.has(head)) return 'carried';
  if (QUESTIONS.has(head)) return 'questions';
  if (AGENDA.test(head)) return 'agenda';
  if (OTHER.test(head)) return 'other';
  return 'neutral';
}

/** Whose agenda section it is: theirs ("Their agenda", "Your agenda (Fatima)"), the manager's talking points, or no one's ("Agenda"). */
type Owner = 'theirs' | 'mine' | 'shared';

function agendaOwner(title: string): Owner {
  const head = headOf(title);
  if (/^(?:their|your|his|her)\b/.test(head)) return 'theirs';
  if (/^(?:my|manager)\b/.test(head) || head === 'talking points') return 'mine';
  return 'shared';
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;
/** A list marker and a task box: where an item's text starts. */
const ITEM_HEAD = /^\s*(?:[-*+]|\d{1,9}[.)])\s*(?:\[[ xX]\]\s*)?/;
const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s*$/;

function hasWords(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(line);
}

/** A label on a line of its own: "Talking points:", "**Action items**", "__Notes:__". */
const LABEL = /^(?:\*\*|__)?([^*_:#>\-+\s][^*_:]{0,58}?)\s*(?:(?:\*\*|__)\s*:?|:\s*(?:\*\*|__)?)\s*$|^([^*_:#>\-+\s][^*_:]{0,58}?)\s*:\s*$/;

/** The title of a label line that stands as a heading for what follows it (after a blank line, at the margin), or undefined. */
function labelTitle(l: MdLine, previousBlank: boolean): string | undefined {
  if (!previousBlank || l.code || l.comment || /^\s/.test(l.text)) return undefined;
  const m = LABEL.exec(l.text);
  const title = (m?.[1] ?? m?.[2])?.trim();
  return title && hasWords(title) ? title : undefined;
}

/** A line of the shared agenda, and the entry it starts, if it starts one (what the notice counts). */
interface AgendaLine {
  readonly text: string;
  readonly entry?: keyof AgendaKept;
}

/** Drops kept headings that ended up with nothing under them (all their questions deleted, an empty agenda). */
function dropEmptyHeadings(out: readonly AgendaLine[]): AgendaLine[] {
  const level = (l: string) => /^(#{1,6})\s/.exec(l)?.[1]?.length ?? 0;
  const keep = out.map(() => true);
  for (let i = 0; i < out.length; i++) {
    const lv = level(out[i]?.text ?? '');
    if (lv < 2) continue;
    let content = false;
    for (let j = i + 1; j < out.length; j++) {
      const lj = level(out[j]?.text ?? '');
      if (lj && lj <= lv) break;
      if (!lj && (out[j]?.text ?? '').trim()) {
        content = true;
        break;
      }
    }
    keep[i] = content;
  }
  const kept = out.filter((_, i) => keep[i]);
  while (kept.length && kept[kept.length - 1]?.text === '') kept.pop();
  return kept.filter((l, i) => !(l.text === '' && (i === 0 || kept[i - 1]?.text === '')));
}

/** What went in, counted from the lines that went in. */
function countEntries(lines: readonly AgendaLine[]): AgendaKept {
  const kept = { carried: 0, theirs: 0, mine: 0, shared: 0, questions: 0 };
  for (const l of lines) if (l.entry) kept[l.entry]++;
  return kept;
}

/**
 * A kept question's line without what was written after the question (the answer), or undefined when
 * nothing was. Read by the status bar's rule (answerOnLine) on the first question the question reader
 * finds on the line, as the status bar reads it. When the reader finds none before the line's first
 * question mark ("Blockers? none, why do you ask?"), the question ends at that mark; a line with
 * neither (a topic, "Career goals") is kept as it is.
 */
function cutAnswer(line: string): string | undefined {
  const from = ITEM_HEAD.exec(line)?.[0].length ?? 0;
  const mark = line.indexOf('?', from) + 1;
  const question = findQuestions(line)[0];
  let at: number;
  if (question && (!mark || question.start < mark)) at = answerOnLine(line, question.start, question.end);
  else if (mark) at = answerOnLine(line, from, mark);
  else return undefined;
  return at < 0 ? undefined : line.slice(0, at).replace(/\s+$/, '');
}

/** The shareable part of a note, and what was left out. Never throws; an empty note gives an empty agenda. */
export function agendaOf(noteText: string, l10n: L10n = ENGLISH): Agenda {
  const parts = privateParts(noteText);
  const text = withoutPrivate(noteText, parts);
  const lines = markdownLines(text);
  const out: AgendaLine[] = [];
  /** Adds a line of the agenda: a blank line only after a line that is not blank. */
  const push = (line: string, entry?: keyof AgendaKept) => {
    if (line === '' && (!out.length || out[out.length - 1]?.text === '')) return;
    out.push(entry ? { text: line, entry } : { text: line });
  };
  const leftSections: string[] = [];
  let answers = 0;
  let introduction = false;
  let shared = 0;

  /**
   * Open headings with their effective kind (a neutral heading takes its parent's), for an agenda
   * whose it is, and whether they are (or are under) one of the template's question lists.
   */
  const stack: { level: number; kind: Kind; owner: Owner; prompts: boolean; label: boolean }[] = [];
  let current: Kind | 'before' = 'before';
  let owner: Owner = 'shared';
  /** A left-out section: its title, and whether anything was written in it. */
  let leaving: { title: string; level: number; content: boolean } | undefined;
  let questionIndent: number | undefined;
  /** Whether what was written after the current question (or before the section's first) is counted already. */
  let answered = false;
  /** The indent of the section's first list item (its entries), and whether the line before was blank or a heading. */
  let entryIndent: number | undefined;
  let afterBreak = true;
  const leave = () => {
    if (leaving?.content) leftSections.push(leaving.title);
    leaving = undefined;
  };

  /** The level of the last heading written as one (#), which a label's section is one below. */
  let headingLevel = 1;
  let previousBlank = true;
  for (const l of lines) {
    if (l.underline) continue;
    const label = l.heading ? undefined : labelTitle(l, previousBlank);
    previousBlank = !l.text.trim() || !!l.heading;
    if (l.heading) headingLevel = l.heading.level;
    // A one-line label ("Talking points:", "**Action items**") opens a section as a heading does, as the
    // linter reads it; it never opens a kept section inside a left-out one (when in doubt, the text stays out).
    const labelKind = label === undefined ? undefined : sectionKind(label);
    const labelLevel = Math.min(6, headingLevel + 1);
    const parentKind = [...stack].reverse().find(s => s.level < labelLevel)?.kind;
    // A label of no known section ("Mine", "Wellbeing") ends a section a label opened, as the next
    // heading would; elsewhere it is a line of text ("She said this about it:").
    const labelOpens = labelKind === undefined ? false
      : labelKind === 'neutral' ? !!stack[stack.length - 1]?.label
      : !(labelKind !== 'other' && parentKind === 'other');
    const h = l.heading ?? (label !== undefined && labelOpens ? { level: labelLevel, title: label } : undefined);
    if (h) {
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
      if (h.level === 1 && current === 'before' && !out.length) {
        push(`# ${h.title}`);
        push('');
        continue;
      }
      const parent = stack[stack.length - 1];
      const prompts = !!parent?.prompts || isPromptTitle(h.title);
      let own = sectionKind(h.title);
      // A purpose group of the question set ("### Their agenda" under "## Questions") names what its
      // questions are about: the list's kind holds (their questions stay questions, answers cut).
      if (own === 'agenda' && parent?.prompts) own = 'neutral';
      const kind: Kind = own !== 'neutral' ? own : parent?.kind ?? 'neutral';
      owner = own === 'agenda' ? agendaOwner(h.title) : own === 'neutral' && parent ? parent.owner : 'shared';
      stack.push({ level: h.level, kind, owner, prompts, label: !l.heading });
      const keep = kind === 'carried' || kind === 'agenda' || kind === 'questions';
      // A deeper neutral heading inside a left-out section belongs to it; any other heading ends it.
      if (!(leaving && !keep && own === 'neutral' && h.level > leaving.level)) leave();
      current = kind;
      questionIndent = undefined;
      answered = false;
      entryIndent = undefined;
      afterBreak = true;
      if (keep) {
        push('');
        push(`${'#'.repeat(Math.max(2, h.level))} ${h.title}`);
        push('');
      } else if (!leaving) leaving = { title: h.title, level: h.level, content: false };
      continue;
    }
    if (l.comment) continue;
    const line = l.text.replace(/<!--.*?-->/g, '').replace(/\s+$/, '');
    if (current === 'before') {
      if (hasWords(line)) introduction = true;
      continue;
    }
    if (current === 'other' || current === 'neutral') {
      if (leaving && hasWords(line)) leaving.content = true;
      continue;
    }
    if (!line.trim()) {
      push('');
      afterBreak = true;
      continue;
    }
    if (!l.code && EMPTY_ITEM.test(line)) continue;
    if (current === 'questions' && !l.code) {
      const item = LIST_ITEM.exec(line);
      const indent = item ? (item[1] ?? '').length : Infinity;
      if (item && (questionIndent === undefined || indent <= questionIndent)) {
        questionIndent = indent;
        // The answer on the question's own line is cut from the raw line, comments and all, as the status bar reads it.
        const cut = cutAnswer(l.text);
        answered = cut !== undefined;
        if (answered) answers++;
        push(cut === undefined ? line : cut.replace(/<!--.*?-->/g, '').replace(/\s+$/, ''), 'questions');
        shared++;
      } else if (hasWords(line) && !answered) {
        // Anything under a question (an indented bullet, a paragraph) is an answer: not shared.
        answers++;
        answered = true;
      }
      continue;
    }
    const shown = current === 'carried' && !l.code ? stripCarryLink(line) : line;
    if (!hasWords(line)) {
      push(shown);
      continue;
    }
    shared++;
    // One entry per top-level list item; in an agenda, a paragraph (or a code block) is one too.
    const item = l.code ? undefined : LIST_ITEM.exec(line);
    const indent = item ? (item[1] ?? '').length : undefined;
    const entry = indent !== undefined ? entryIndent === undefined || indent <= entryIndent : current === 'agenda' && afterBreak;
    if (indent !== undefined && entryIndent === undefined) entryIndent = indent;
    afterBreak = false;
    push(shown, entry ? (current === 'carried' ? 'carried' : owner) : undefined);
  }
  leave();

  const markdown = dropEmptyHeadings(out);
  const kept = countEntries(markdown);
  const leftOut: AgendaLeftOut = { privateBlocks: parts.blocks, privateSections: parts.sections, sections: leftSections, answers, introduction };
  return {
    markdown: markdown.length ? `${markdown.map(l => l.text).join('\n')}\n` : '',
    kept,
    contents: summarizeKept(kept, l10n),
    leftOut,
    summary: summarizeLeftOut(leftOut, l10n),
    empty: shared === 0,
  };
}

function list(words: readonly string[], l10n: L10n): string {
  if (words.length <= 1) return words.join('');
  return l10n.t('{0} and {1}', words.slice(0, -1).join(', '), words[words.length - 1] ?? '');
}

/** "2 carried-over items, 3 items from their agenda, 4 talking points and 5 questions" ('' when nothing went in). */
export function summarizeKept(kept: AgendaKept, l10n: L10n = ENGLISH): string {
  const parts: string[] = [];
  if (kept.carried) parts.push(kept.carried === 1 ? l10n.t('1 carried-over item') : l10n.t('{0} carried-over items', count(kept.carried)));
  if (kept.theirs) parts.push(kept.theirs === 1 ? l10n.t('1 item from their agenda') : l10n.t('{0} items from their agenda', count(kept.theirs)));
  if (kept.shared) parts.push(kept.shared === 1 ? l10n.t('1 agenda item') : l10n.t('{0} agenda items', count(kept.shared)));
  if (kept.mine) parts.push(kept.mine === 1 ? l10n.t('1 talking point') : l10n.t('{0} talking points', count(kept.mine)));
  if (kept.questions) parts.push(kept.questions === 1 ? l10n.t('1 question') : l10n.t('{0} questions', count(kept.questions)));
  return list(parts, l10n);
}

/** "Left out: 2 private blocks; the private section “Private”; 3 answers written under or after questions; the sections “Notes” and “Action items”." */
export function summarizeLeftOut(left: AgendaLeftOut, l10n: L10n = ENGLISH): string {
  const parts: string[] = [];
  if (left.privateBlocks) parts.push(left.privateBlocks === 1 ? l10n.t('1 private block') : l10n.t('{0} private blocks', count(left.privateBlocks)));
  if (left.privateSections.length === 1) parts.push(l10n.t('the private section “{0}”', left.privateSections[0] ?? ''));
  else if (left.privateSections.length > 1) parts.push(l10n.t('{0} private sections', count(left.privateSections.length)));
  if (left.answers) parts.push(left.answers === 1 ? l10n.t('1 answer written under or after a question') : l10n.t('{0} answers written under or after questions', count(left.answers)));
  if (left.sections.length === 1) parts.push(l10n.t('the section “{0}”', left.sections[0] ?? ''));
  else if (left.sections.length > 1) parts.push(l10n.t('the sections {0}', list(left.sections.map(s => `“${s}”`), l10n)));
  if (left.introduction) parts.push(l10n.t('the note’s opening lines'));
  return parts.length ? l10n.t('Left out: {0}.', parts.join('; ')) : l10n.t('Nothing was left out.');
}
