// The shareable agenda of an upcoming 1:1: what can go to the other person before the meeting.
// Kept: the note's title, the carried-over items (without their links, which point into the
// manager's files), their agenda and the talking points, and the questions still in the note
// (without anything written under them). Left out, and said so: private parts, every other section
// (notes, action items, the problem frame, the summary…), the stance line and template comments.
import { stripCarryLink } from '../carryover';
import { SECTION } from '../templates';
import { count, markdownLines, normalizeTitle } from './markdown';
import { privateParts, withoutPrivate } from './private';

export interface AgendaLeftOut {
  /** `<!-- private -->` blocks. */
  readonly privateBlocks: number;
  /** Headings of private sections. */
  readonly privateSections: readonly string[];
  /** Headings of other sections with something in them that an agenda does not share. */
  readonly sections: readonly string[];
  /** Lines written under questions (answers). */
  readonly answers: number;
  /** Text before the first section (the stance line), when there was any. */
  readonly introduction: boolean;
}

export interface Agenda {
  /** The shareable markdown, ending with a newline. */
  readonly markdown: string;
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

export function sectionKind(title: string): SectionKind {
  // "Your agenda (Fatima)", "Manager agenda (Chris)": the words before a bracket or a colon decide.
  const head = normalizeTitle(title.replace(/\s*[(:—–].*$/, '')) || normalizeTitle(title);
  if (CARRIED.has(head)) return 'carried';
  if (QUESTIONS.has(head)) return 'questions';
  if (AGENDA.test(head)) return 'agenda';
  if (OTHER.test(head)) return 'other';
  return 'neutral';
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;
const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s*$/;

function hasWords(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(line);
}

/** Drops kept headings that ended up with nothing under them (all their questions deleted, an empty agenda). */
function dropEmptyHeadings(out: readonly string[]): string[] {
  const level = (l: string) => /^(#{1,6})\s/.exec(l)?.[1]?.length ?? 0;
  const keep = out.map(() => true);
  for (let i = 0; i < out.length; i++) {
    const lv = level(out[i] ?? '');
    if (lv < 2) continue;
    let content = false;
    for (let j = i + 1; j < out.length; j++) {
      const lj = level(out[j] ?? '');
      if (lj && lj <= lv) break;
      if (!lj && (out[j] ?? '').trim()) {
        content = true;
        break;
      }
    }
    keep[i] = content;
  }
  const kept = out.filter((_, i) => keep[i]);
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return kept.filter((l, i) => !(l === '' && (i === 0 || kept[i - 1] === '')));
}

/** The shareable part of a note, and what was left out. Never throws; an empty note gives an empty agenda. */
export function agendaOf(noteText: string): Agenda {
  const parts = privateParts(noteText);
  const lines = markdownLines(withoutPrivate(noteText, parts));
  const out: string[] = [];
  const leftSections: string[] = [];
  let answers = 0;
  let introduction = false;
  let shared = 0;

  /** Open headings with their effective kind: a neutral heading takes its parent's. */
  const stack: { level: number; kind: Kind }[] = [];
  let current: Kind | 'before' = 'before';
  /** A left-out section: its title, and whether anything was written in it. */
  let leaving: { title: string; level: number; content: boolean } | undefined;
  let questionIndent: number | undefined;
  const leave = () => {
    if (leaving?.content) leftSections.push(leaving.title);
    leaving = undefined;
  };

  for (const l of lines) {
    if (l.underline) continue;
    const h = l.heading;
    if (h) {
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
      if (h.level === 1 && current === 'before' && !out.length) {
        out.push(`# ${h.title}`, '');
        continue;
      }
      const own = sectionKind(h.title);
      const inherited = stack.length ? stack[stack.length - 1]?.kind ?? 'neutral' : 'neutral';
      const kind: Kind = own !== 'neutral' ? own : inherited;
      stack.push({ level: h.level, kind });
      const kept = kind === 'carried' || kind === 'agenda' || kind === 'questions';
      // A deeper neutral heading inside a left-out section belongs to it; any other heading ends it.
      if (!(leaving && !kept && own === 'neutral' && h.level > leaving.level)) leave();
      current = kind;
      questionIndent = undefined;
      if (kept) {
        if (out.length && out[out.length - 1] !== '') out.push('');
        out.push(`${'#'.repeat(Math.max(2, h.level))} ${h.title}`, '');
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
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (!l.code && EMPTY_ITEM.test(line)) continue;
    if (current === 'questions' && !l.code) {
      const item = LIST_ITEM.exec(line);
      const indent = item ? (item[1] ?? '').length : Infinity;
      if (item && (questionIndent === undefined || indent <= questionIndent)) {
        questionIndent = indent;
        out.push(line);
        shared++;
      } else if (hasWords(line)) {
        // Anything under a question (an indented bullet, a paragraph) is an answer: not shared.
        answers++;
      }
      continue;
    }
    out.push(current === 'carried' && !l.code ? stripCarryLink(line) : line);
    if (hasWords(line)) shared++;
  }
  leave();

  const markdown = dropEmptyHeadings(out);
  const leftOut: AgendaLeftOut = { privateBlocks: parts.blocks, privateSections: parts.sections, sections: leftSections, answers, introduction };
  return { markdown: markdown.length ? `${markdown.join('\n')}\n` : '', leftOut, summary: summarizeLeftOut(leftOut), empty: shared === 0 };
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Left out: 2 private blocks; the private section “Private”; 3 lines written under questions; the sections “Notes” and “Action items”." */
export function summarizeLeftOut(left: AgendaLeftOut): string {
  const parts: string[] = [];
  if (left.privateBlocks) parts.push(`${count(left.privateBlocks)} private ${left.privateBlocks === 1 ? 'block' : 'blocks'}`);
  if (left.privateSections.length === 1) parts.push(`the private section “${left.privateSections[0]}”`);
  else if (left.privateSections.length > 1) parts.push(`${left.privateSections.length} private sections`);
  if (left.answers) parts.push(`${count(left.answers)} ${left.answers === 1 ? 'line' : 'lines'} written under questions`);
  if (left.sections.length === 1) parts.push(`the section “${left.sections[0]}”`);
  else if (left.sections.length > 1) parts.push(`the sections ${list(left.sections.map(s => `“${s}”`))}`);
  if (left.introduction) parts.push('the note’s opening lines');
  return parts.length ? `Left out: ${parts.join('; ')}.` : 'Nothing was left out.';
}
