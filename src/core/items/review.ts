// Review prep: one read-only markdown document on a person over a period (by default the six
// months before today), for performance reviews and the like. Meetings held against cadence, the
// themes that come back, items done and still open, the question and telling trend when the caller
// can count them, and each meeting's summary, every note linked (relative links from the person's
// folder, so the document can be saved there as a note). Private parts are left out unless asked.
import { daysBetween, humanDate, parseIsoDate, plural, type IsoDate } from '../dates';
import { parseNoteFileName } from '../notes';
import { carryLinkOf } from '../carryover';
import { summarize } from '../prep';
import { renderFrontMatter } from '../frontmatter';
import { buildItems, REVIEW_NOTE_TYPE, type Item } from './chains';
import { comparePlaces } from './carry';
import { count } from './markdown';
import { isAhead } from '../meetings';
import { ageInDays, isOverdue } from './query';
import { privateParts, withoutPrivate } from './private';
import { themesOf, type Theme } from './themes';

export interface ReviewNote {
  readonly fileName: string;
  /** From the file name or front matter when absent. */
  readonly date?: IsoDate;
  /** Undefined for a note that could not be read. */
  readonly text: string | undefined;
}

/** Asking and telling in one note, from the caller (the insights work counts them). */
export interface NoteStats {
  readonly asked: number;
  readonly told: number;
}

export interface ReviewInput {
  readonly person: { readonly id: string; readonly name: string };
  /** All the person's notes: items need their history, the period picks the meetings. */
  readonly notes: readonly ReviewNote[];
  readonly today: IsoDate;
  readonly cadenceDays: number;
  /** First day of the period; default six months before `to`. */
  readonly from?: IsoDate;
  /** Last day of the period; default today. */
  readonly to?: IsoDate;
  /** Read private parts too (default: left out). */
  readonly includePrivate?: boolean;
  /** The manager's own names, for owners. */
  readonly managerNames?: readonly string[];
  /** Everyone's names in people.json, for owners. */
  readonly others?: readonly string[];
  /** Questions asked and telling found in a note (of its shareable text unless includePrivate). */
  readonly stats?: (note: { readonly fileName: string; readonly date: IsoDate; readonly text: string }) => NoteStats | undefined;
  /** Link target of a note; default its file name, relative to the person's folder. */
  readonly link?: (fileName: string) => string;
  /** Items listed per group before "and N more" (default 40). */
  readonly maxItems?: number;
}

export interface Review {
  readonly markdown: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Meetings (notes) in the period, oldest first. */
  readonly meetings: readonly { readonly fileName: string; readonly date: IsoDate }[];
  /** Meetings the cadence asks for in the period. */
  readonly expected: number;
  readonly done: readonly Item[];
  readonly open: readonly Item[];
  readonly themes: readonly Theme[];
  /** Private parts left out of the meetings in the period. */
  readonly privateLeftOut: { readonly blocks: number; readonly sections: number; readonly items: number };
}

/** The same day `months` calendar months earlier (the last day of the month when it has no such day). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) return date;
  const total = p.year * 12 + (p.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(p.day, last)).padStart(2, '0')}`;
}

/** How far past the cadence a gap between meetings may go before it counts as a missed meeting. */
const GAP_GRACE = 0.5;

function shortDate(date: IsoDate): string {
  return humanDate(date).replace(/^\S+ /, '');
}

export function buildReview(input: ReviewInput): Review {
  const to = input.to ?? input.today;
  const from = input.from ?? monthsBefore(to, 6);
  const href = input.link ?? ((fileName: string) => encodeURI(fileName));
  const ref = (fileName: string, label: string) => `[${label}](${href(fileName)})`;
  const maxItems = input.maxItems ?? 40;
  const cadence = Math.max(1, input.cadenceDays);

  const dated = input.notes.map(n => ({ ...n, date: n.date ?? parseNoteFileName(n.fileName)?.date }));
  const inRange = dated
    .filter((n): n is typeof n & { date: IsoDate } => n.date !== undefined && n.date >= from && n.date <= to && !isAhead(n.date, input.today))
    .sort((a, b) => comparePlaces({ file: a.fileName, line: 0, date: a.date }, { file: b.fileName, line: 0, date: b.date }));
  let privateBlocks = 0;
  let privateSections = 0;
  const meetings = inRange.map(n => {
    const text = n.text ?? '';
    const parts = privateParts(text);
    privateBlocks += parts.blocks;
    privateSections += parts.sections.length;
    return { fileName: n.fileName, date: n.date, readable: n.text !== undefined, text: input.includePrivate ? text : withoutPrivate(text, parts) };
  });

  const days = daysBetween(from, to) + 1;
  const expected = Math.max(1, Math.round(days / cadence));
  const allItems = buildItems(dated.map(n => ({ fileName: n.fileName, text: n.text, ...(n.date ? { date: n.date } : {}) })), { person: input.person, managerNames: input.managerNames, others: input.others });
  const visible = input.includePrivate ? allItems : allItems.filter(i => !i.private);
  const privateItems = allItems.length - visible.length;
  const inPeriod = (date: IsoDate | undefined) => date !== undefined && date >= from && date <= to;
  const done = visible.filter(i => i.status === 'done' && inPeriod(i.doneIn?.date));
  const open = visible.filter(i => i.status === 'open' && (i.firstSeen.date === undefined || i.firstSeen.date <= to));
  const names = [input.person.name, input.person.id.replace(/-/g, ' '), ...(input.managerNames ?? [])];
  const themes = themesOf(meetings.map(m => ({ fileName: m.fileName, text: m.text })), { ignoreWords: names });

  const out: string[] = [];
  out.push(`# Review prep: ${input.person.name}`, '');
  const privacy = input.includePrivate
    ? 'private parts included'
    : privateBlocks + privateSections + privateItems
      ? `private parts left out (${[privateBlocks ? plural(privateBlocks, 'private block') : '', privateSections ? plural(privateSections, 'private section') : '', privateItems ? plural(privateItems, 'private item') : ''].filter(Boolean).join(', ')})`
      : 'no private parts in these notes';
  out.push(`_${shortDate(from)} – ${shortDate(to)} · prepared ${shortDate(input.today)} · ${privacy}._`, '');

  // Meetings against cadence.
  out.push('## Meetings', '');
  out.push(`- **${plural(meetings.length, 'meeting')}** in ${plural(days, 'day')}; meeting every ${plural(cadence, 'day')} would be about ${expected}.`);
  if (meetings.length) {
    const gaps: { from?: (typeof meetings)[number]; to?: (typeof meetings)[number]; days: number }[] = [];
    const first = meetings[0]!;
    gaps.push({ to: first, days: daysBetween(from, first.date) });
    for (let i = 1; i < meetings.length; i++) gaps.push({ from: meetings[i - 1], to: meetings[i], days: daysBetween(meetings[i - 1]!.date, meetings[i]!.date) });
    const last = meetings[meetings.length - 1]!;
    gaps.push({ from: last, days: daysBetween(last.date, to) });
    const between = gaps.filter(g => g.from && g.to);
    const late = between.filter(g => g.days > cadence * (1 + GAP_GRACE));
    if (between.length) out.push(`- ${between.length - late.length} of ${plural(between.length, 'gap')} between meetings within the cadence (up to ${Math.floor(cadence * (1 + GAP_GRACE))} days).`);
    const longest = [...between].sort((a, b) => b.days - a.days)[0];
    if (longest && longest.from && longest.to) out.push(`- Longest gap: **${plural(longest.days, 'day')}**, from ${ref(longest.from.fileName, shortDate(longest.from.date))} to ${ref(longest.to.fileName, shortDate(longest.to.date))}.`);
    const tail = gaps[gaps.length - 1]!;
    if (tail.days > cadence * (1 + GAP_GRACE)) out.push(`- No meeting in the last ${plural(tail.days, 'day')} of the period.`);
    const head = gaps[0]!;
    if (head.days > cadence * (1 + GAP_GRACE)) out.push(`- No meeting in the first ${plural(head.days, 'day')} of the period.`);
    const unreadable = meetings.filter(m => !m.readable).length;
    if (unreadable) out.push(`- ${plural(unreadable, 'note')} could not be read (not text): left out below.`);
  }
  out.push('');

  // Themes.
  out.push('## Themes that come back', '');
  if (!themes.length) out.push(meetings.length < 2 ? '_Too few meetings to see themes._' : '_No heading or phrase recurs across these meetings._');
  for (const t of themes) {
    const where = t.notes.map(f => ref(f, shortDate(meetings.find(m => m.fileName === f)?.date ?? f)));
    out.push(`- ${t.kind === 'heading' ? `**${t.label}**` : `“${t.label}”`} — ${t.kind === 'heading' ? 'a heading in' : 'in'} ${plural(t.notes.length, 'meeting')}: ${where.join(', ')}`);
  }
  out.push('');

  // Items.
  const itemLine = (i: Item) => {
    const who = i.owner.kind === 'me' ? 'me' : i.owner.kind === 'them' ? 'them' : i.owner.name ?? 'someone else';
    const facts = [who];
    if (i.status === 'done') {
      if (i.firstSeen.date) facts.push(`written ${shortDate(i.firstSeen.date)}`);
      if (i.doneIn) facts.push(`done ${ref(i.doneIn.file, i.doneIn.date ? shortDate(i.doneIn.date) : i.doneIn.file)}`);
    } else {
      const age = ageInDays(i, input.today);
      if (age !== undefined) facts.push(`${plural(age, 'day')} old`);
      if (i.due) facts.push(isOverdue(i, input.today) ? `**overdue** (due ${shortDate(i.due.date)})` : `due ${shortDate(i.due.date)}`);
      facts.push(`in ${ref(i.lastSeen.file, i.lastSeen.date ? shortDate(i.lastSeen.date) : i.lastSeen.file)}`);
    }
    // Ballot boxes, not task syntax: a saved review is no list of tasks (no tool should count its lines as items).
    return `- ${i.status === 'done' ? '☑' : '☐'} ${i.text} — ${facts.join(' · ')}`;
  };
  const listItems = (items: readonly Item[]) => {
    for (const i of items.slice(0, maxItems)) out.push(itemLine(i));
    if (items.length > maxItems) out.push(`- _and ${count(items.length - maxItems)} more_`);
    if (!items.length) out.push('_None._');
    out.push('');
  };
  out.push('## Items', '');
  const written = visible.filter(i => inPeriod(i.firstSeen.date)).length;
  out.push(`${plural(written, 'item')} written in the period; ${done.length} done in it; ${plural(open.length, 'item')} still open.`, '');
  out.push(`### Done (${count(done.length)})`, '');
  listItems([...done].sort((a, b) => comparePlaces(a.doneIn ?? a.lastSeen, b.doneIn ?? b.lastSeen)));
  out.push(`### Still open (${count(open.length)})`, '');
  listItems([...open].sort((a, b) => Number(isOverdue(b, input.today)) - Number(isOverdue(a, input.today)) || comparePlaces(a.firstSeen, b.firstSeen)));

  // Asking and telling, when the caller can count it.
  if (input.stats) {
    const rows = meetings.filter(m => m.readable).map(m => ({ m, s: input.stats?.({ fileName: m.fileName, date: m.date, text: m.text }) })).filter(r => r.s);
    out.push('## Asking and telling', '');
    if (!rows.length) out.push('_No figures for these meetings._', '');
    else {
      out.push('| Meeting | Questions asked | Telling found |', '| --- | ---: | ---: |');
      for (const { m, s } of rows) out.push(`| ${ref(m.fileName, shortDate(m.date))} | ${s!.asked} | ${s!.told} |`);
      const half = Math.floor(rows.length / 2);
      const sum = (rs: typeof rows, k: keyof NoteStats) => rs.reduce((t, r) => t + (r.s?.[k] ?? 0), 0);
      out.push(`| **Total** | **${sum(rows, 'asked')}** | **${sum(rows, 'told')}** |`, '');
      if (half >= 1) {
        const early = rows.slice(0, half);
        const lateRows = rows.slice(rows.length - half);
        const rate = (rs: typeof rows, k: keyof NoteStats) => (sum(rs, k) / rs.length).toFixed(1);
        out.push(`Per meeting, the first ${plural(half, 'meeting')} against the last ${half}: asked ${rate(early, 'asked')} → ${rate(lateRows, 'asked')}, told ${rate(early, 'told')} → ${rate(lateRows, 'told')}.`, '');
      }
    }
  }

  // Each meeting.
  out.push('## Meeting by meeting', '');
  if (!meetings.length) out.push('_No meetings in this period._', '');
  for (const m of meetings) {
    out.push(`### ${ref(m.fileName, humanDate(m.date))}`, '');
    if (!m.readable) {
      out.push('_This note could not be read._', '');
      continue;
    }
    // A note with nothing written but what Start 1:1 carried over has no summary of its own.
    const summary = summarize(m.text).map(l => l.text).filter(l => !carryLinkOf(l));
    if (summary.length) out.push(...summary.map(l => (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(l) ? l : `> ${l}`)));
    else out.push('_Nothing written in this note yet._');
    out.push('');
  }

  while (out.length && out[out.length - 1] === '') out.pop();
  return {
    markdown: `${out.join('\n')}\n`,
    from,
    to,
    meetings: meetings.map(m => ({ fileName: m.fileName, date: m.date })),
    expected,
    done,
    open,
    themes,
    privateLeftOut: input.includePrivate ? { blocks: 0, sections: 0, items: 0 } : { blocks: privateBlocks, sections: privateSections, items: privateItems },
  };
}

/**
 * The review as a note to save in the person's folder: front matter that marks it as a review
 * (`type: review`: its lines are not items, and it is no meeting), then the review's markdown. Its
 * links are relative to the person's folder, so they work from there.
 */
export function reviewNoteText(review: Review, input: { readonly personId: string; readonly today: IsoDate; readonly includePrivate: boolean }): string {
  const front = renderFrontMatter({ person: input.personId, type: REVIEW_NOTE_TYPE, from: review.from, to: review.to, prepared: input.today, private: input.includePrivate ? 'included' : 'left out' });
  return `${front}${review.markdown}`;
}

/** A file name for a saved review that no file in `existing` has (compared case-insensitively): review-2026-11-20.md, review-2026-11-20-2.md, … */
export function reviewFileName(today: IsoDate, existing: Iterable<string>): string {
  const taken = new Set([...existing].map(n => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `review-${today}.md` : `review-${today}-${n}.md`;
    if (!taken.has(name)) return name;
  }
}
