// The prep view: what someone needs in the minute before a 1:1. When they last met (a note dated
// today is this meeting, not the last one), what is left open, what happened last time, the kinds of
// questions asked and the telling over the last meetings, and the questions not asked lately. Built
// from per-note numbers (insights/stats.ts) and items (items/), rendered by insights/render.ts.
import { dueLine, type CadenceStatus } from './cadence';
import { daysBetween, type IsoDate } from './dates';
import { parseFrontMatter } from './frontmatter';
import { askedQuestionIds } from './insights/find';
import { meetingSeries, personMeetings, point, type MeetingPoint } from './insights/series';
import { skippedText, todayCadenceLine } from './meetings';
import { TREND_MEETINGS, type PersonNotes } from './insights/overview';
import { ageInDays, daysOverdue, preparedFor } from './items/query';
import type { OwnerKind } from './items/owner';
import { privateLines } from './items/private';
import type { Mode } from './modes';
import { questionSet } from './questions';
import type { Person } from './roster';
import { SECTION } from './templates';

/** How many recent meetings the questions not asked lately look back over. */
export const LOOK_BACK = 3;

export interface PrepInput extends PersonNotes {
  readonly today: IsoDate;
  /** The text of the last meeting before today, for its summary. */
  readonly lastText?: string;
  /** The mode to prepare for; the person's default when absent. */
  readonly mode?: Mode;
}

export interface PrepItem {
  readonly text: string;
  readonly owner: OwnerKind;
  /** The owner as written ("Aiko", "Me"), when written. */
  readonly ownerName?: string;
  /** When it was first written, and how many days ago (none for a note dated after today). */
  readonly since?: IsoDate;
  readonly ageDays?: number;
  /** Written in a note dated after today (a prepared next meeting): that date. */
  readonly preparedFor?: IsoDate;
  /** Its due date as written, and days past it (positive when overdue). */
  readonly due?: { readonly date: IsoDate; readonly text: string; readonly overdueBy: number };
  /** Where it was last seen: a note of the person and a 1-based line. */
  readonly file: string;
  readonly line: number;
  readonly private: boolean;
}

/** A line of the last meeting's summary, and whether it touches a private part of the note (items/private.ts). */
export interface SummaryLine {
  readonly text: string;
  readonly private: boolean;
}

export interface PrepModel {
  readonly person: Person;
  readonly mode: Mode;
  readonly today: IsoDate;
  readonly cadenceDays: number;
  /** The cadence now, as the People view has it: from the last meeting before today, or from today's when there is one. */
  readonly status: CadenceStatus;
  /** Going into today: from the last meeting before today (the same as `status` without a note today). */
  readonly before: CadenceStatus;
  readonly dueLine: string;
  /** With a note today: that the due date is counted from it, and where the cadence stood before it. */
  readonly todayLine?: string;
  /** The last meeting before today: its note, how long ago, its numbers and summary. */
  readonly last?: { readonly fileName: string; readonly date: IsoDate; readonly daysAgo: number; readonly point: MeetingPoint; readonly summary: readonly SummaryLine[] };
  /** Notes dated today: this meeting. */
  readonly todayNotes: readonly string[];
  /** Meetings in all (readable dated notes up to today), and files left out as not notes ("2026-11-20.md (empty file)"). */
  readonly meetingCount: number;
  readonly skipped: readonly string[];
  readonly openItems: readonly PrepItem[];
  /** The last meetings before today, oldest first. */
  readonly series: readonly MeetingPoint[];
  /** The mode's questions not asked in the last LOOK_BACK meetings before today, by purpose. */
  readonly notAsked: readonly { readonly title: string; readonly questions: readonly string[] }[];
  readonly lookedBack: number;
  /** Telling is not counted: the linter is off for this mode. */
  readonly tellingOff: boolean;
}

/** Everything the prep panel shows, from the person's notes' numbers and items. */
export function buildPrepModel(input: PrepInput): PrepModel {
  const { person, today } = input;
  const mode = input.mode ?? person.mode;
  const m = personMeetings(input.notes, today, input.cadenceDays);
  const { last, status } = m;
  const series = meetingSeries(m.held, today, { count: TREND_MEETINGS });
  const recent = m.held.filter(n => n.date < today).slice(-LOOK_BACK);
  const todayLine = todayCadenceLine(m);

  const set = questionSet(mode);
  const all = set.groups.flatMap(g => g.questions);
  const used = new Set<string>();
  for (const note of recent) {
    for (const id of askedQuestionIds('', all, note.stats.questions)) used.add(id);
  }
  const notAsked = set.groups.map(g => ({ title: g.title, questions: g.questions.filter(q => !used.has(q.id)).map(q => q.text) })).filter(g => g.questions.length);

  const openItems: PrepItem[] = input.items.filter(i => i.status === 'open').map(i => {
    const overdueBy = daysOverdue(i, today);
    const age = ageInDays(i, today);
    const prepared = preparedFor(i, today);
    return {
      text: i.text,
      owner: i.owner.kind,
      ...(i.owner.name ? { ownerName: i.owner.name } : {}),
      ...(i.firstSeen.date ? { since: i.firstSeen.date } : {}),
      ...(age !== undefined ? { ageDays: age } : {}),
      ...(prepared ? { preparedFor: prepared } : {}),
      ...(i.due && overdueBy !== undefined ? { due: { date: i.due.date, text: i.due.text, overdueBy } } : {}),
      file: i.lastSeen.file,
      line: i.lastSeen.line,
      private: i.private,
    };
  });

  return {
    person, mode, today, cadenceDays: input.cadenceDays, status, before: m.before, dueLine: dueLine(status, today),
    ...(todayLine ? { todayLine } : {}),
    ...(last ? { last: { fileName: last.fileName ?? last.date, date: last.date, daysAgo: daysBetween(last.date, today), point: point(last), summary: input.lastText === undefined ? [] : summarize(input.lastText) } } : {}),
    todayNotes: m.todays.map(n => n.fileName ?? n.date),
    meetingCount: m.held.length,
    skipped: m.skipped.map(skippedText),
    openItems,
    series,
    notAsked,
    lookedBack: recent.length,
    tellingOff: !!input.tellingOff,
  };
}

function normalize(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function headingOf(line: string): { level: number; title: string } | undefined {
  const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  return m && m[1] ? { level: m[1].length, title: m[2] ?? '' } : undefined;
}

/** A line of the note's body and its 0-based line number in the whole note. */
interface NoteLine {
  readonly text: string;
  readonly index: number;
}

/**
 * The note's lines without code fences and HTML comments (pasted logs and hidden remarks are no
 * summary); a comment inside a line (a `<!-- private -->` marker) is taken out of it.
 */
function proseLines(text: string): NoteLine[] {
  const out: NoteLine[] = [];
  let fence = '';
  let comment = false;
  const body = parseFrontMatter(text).bodyOffset;
  let index = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < body; at = text.indexOf('\n', at + 1)) index++;
  for (const raw of text.slice(body).split('\n')) {
    const line = raw.replace(/\r$/, '');
    const n = index++;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim()) fence = '';
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (line.trim().startsWith('<!--')) {
      comment = !line.includes('-->');
      continue;
    }
    out.push({ text: line.includes('<!--') ? line.replace(/<!--.*?-->/g, '') : line, index: n });
  }
  return out;
}

/**
 * A few lines on what happened: the note's Summary or Notes section, else its first paragraph (code
 * and comments left out). A line that touches a private part (a `<!-- private -->` block, a Private
 * section inside Notes) is kept and marked private: the prep is the manager's own, and the panel
 * shows the mark.
 */
export function summarize(text: string, maxLines = 6): SummaryLine[] {
  const lines = proseLines(text);
  const section = (names: string[]) => {
    const start = lines.findIndex(l => {
      const h = headingOf(l.text);
      return h !== undefined && names.includes(normalize(h.title));
    });
    if (start < 0) return [];
    const level = headingOf(lines[start]?.text ?? '')?.level ?? 2;
    const out: NoteLine[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const h = headingOf(line.text);
      if (h && h.level <= level) break;
      if (line.text.trim() && /[\p{L}\p{N}]/u.test(line.text)) out.push(line);
    }
    return out;
  };
  let picked = section(['summary', 'tl dr', 'tldr']);
  if (!picked.length) picked = section([normalize(SECTION.notes)]);
  if (!picked.length) {
    picked = [];
    for (const line of lines) {
      if (headingOf(line.text) || line.text.startsWith('>')) {
        if (picked.length) break;
        continue;
      }
      if (!line.text.trim()) {
        if (picked.length) break;
        continue;
      }
      picked.push(line);
    }
  }
  const hidden = picked.length ? privateLines(text) : new Set<number>();
  const out = picked.slice(0, maxLines).map(l => ({ text: l.text, private: hidden.has(l.index) }));
  return picked.length > maxLines ? [...out, { text: '…', private: false }] : out;
}
