// What the Coaching insights view shows for each person, and across everyone: the last 1:1 and the
// cadence kept over six months, open share and telling over the last meetings, open items. Built from
// per-note numbers (stats.ts) and the person's items (../items), so an edited note changes one
// person's entry and nothing is read again. Pure: no vscode, no Node; "today" is passed in.
import type { CadenceStatus } from '../cadence';
import type { IsoDate } from '../dates';
import type { Item } from '../items/chains';
import { ageInDays, isOverdue } from '../items/query';
import type { Person } from '../roster';
import { askedCount, openShare, sumCounts, type InsightCounts } from './stats';
import { personInsights, point, totals, type CadenceKept, type MeetingNote, type MeetingPoint } from './series';

/** How many meetings the trends look back over. */
export const TREND_MEETINGS = 8;

export interface OpenItemsSummary {
  readonly open: number;
  /** Open items the person owns, the manager owns, someone else owns. */
  readonly theirs: number;
  readonly mine: number;
  readonly other: number;
  /** Open items with a due date before today. */
  readonly overdue: number;
  /** Days since the oldest open item was first written. */
  readonly oldestDays: number | undefined;
}

export interface PersonOverview {
  readonly person: Person;
  readonly cadenceDays: number;
  /** As the People view has it: from the latest meeting up to today (a 1:1 held today keeps the cadence). */
  readonly status: CadenceStatus;
  /** The last 1:1: the last meeting before today (the prep's). */
  readonly last: MeetingPoint | undefined;
  /** Notes dated today: this meeting, not the last one. */
  readonly todays: number;
  /** The latest meeting up to today (today's, once it is written): the trend's last point. */
  readonly latest: MeetingPoint | undefined;
  /** The last meetings up to today, oldest first. */
  readonly series: readonly MeetingPoint[];
  readonly totals: InsightCounts & { readonly asked: number; readonly openShare: number | undefined };
  readonly cadence: CadenceKept;
  readonly items: OpenItemsSummary;
  /** Dated notes that are meetings, and files in the person's folder that are not (binary, unreadable). */
  readonly meetings: number;
  readonly skipped: number;
  /** Telling is not counted for them: the linter is off for their mode. */
  readonly tellingOff: boolean;
}

export function openItemsSummary(items: readonly Item[], today: IsoDate): OpenItemsSummary {
  let open = 0, theirs = 0, mine = 0, other = 0, overdue = 0;
  let oldest: number | undefined;
  for (const item of items) {
    if (item.status !== 'open') continue;
    open++;
    if (item.owner.kind === 'them') theirs++;
    else if (item.owner.kind === 'me') mine++;
    else other++;
    if (isOverdue(item, today)) overdue++;
    // A note dated after today (a prepared next meeting) gives its items no age.
    const age = ageInDays(item, today);
    if (age !== undefined && (oldest === undefined || age > oldest)) oldest = age;
  }
  return { open, theirs, mine, other, overdue, oldestDays: oldest };
}

/** What the views know of a person: their roster entry, cadence, their notes' numbers and their items. */
export interface PersonNotes {
  readonly person: Person;
  readonly cadenceDays: number;
  /** Every dated note of the person with its numbers (unreadable files included: they are left out). */
  readonly notes: readonly MeetingNote[];
  /** The person's items (items/buildItems or an ItemStore). */
  readonly items: readonly Item[];
  /**
   * The linter is off for the person's mode (setting lint.strictness): their notes count no telling,
   * and the views say so instead of showing 0.
   */
  readonly tellingOff?: boolean;
}

/** One person's overview from their notes' numbers and their items. */
export function personOverview(input: PersonNotes & { readonly today: IsoDate }): PersonOverview {
  const { today } = input;
  const insights = personInsights(input.notes, { today, cadenceDays: input.cadenceDays, count: TREND_MEETINGS, includeToday: true });
  const m = insights.meetings;
  const latest = insights.series[insights.series.length - 1];
  return {
    person: input.person,
    cadenceDays: input.cadenceDays,
    status: m.status,
    last: m.last && point(m.last),
    todays: m.todays.length,
    latest,
    series: insights.series,
    totals: insights.totals,
    cadence: insights.cadence,
    items: openItemsSummary(input.items, today),
    meetings: m.held.length,
    skipped: m.skipped.length,
    tellingOff: !!input.tellingOff,
  };
}

export interface EveryoneTotals extends InsightCounts {
  readonly people: number;
  readonly meetings: number;
  readonly asked: number;
  readonly openShare: number | undefined;
  /** Meetings on time against expected, summed over everyone with a cadence to keep. */
  readonly onTime: number;
  readonly expected: number;
  readonly openItems: number;
  readonly overdueItems: number;
  /** Meetings whose telling is counted (people whose mode has the linter on), and the people whose mode has it off. */
  readonly toldMeetings: number;
  readonly toldOff: number;
}

/** Sums over everyone's trend windows: the pooled open share, telling, cadence and open items. */
export function everyoneTotals(people: readonly PersonOverview[]): EveryoneTotals {
  const sum = sumCounts(people.map(p => totals(p.series)));
  let meetingCount = 0, toldMeetings = 0, toldOff = 0, onTime = 0, expected = 0, openItems = 0, overdueItems = 0;
  for (const p of people) {
    meetingCount += p.series.length;
    if (p.tellingOff) toldOff++;
    else toldMeetings += p.series.length;
    onTime += Math.min(p.cadence.onTime, p.cadence.expected);
    expected += p.cadence.expected;
    openItems += p.items.open;
    overdueItems += p.items.overdue;
  }
  return { ...sum, people: people.length, meetings: meetingCount, toldMeetings, toldOff, asked: askedCount(sum), openShare: openShare(sum), onTime, expected, openItems, overdueItems };
}
