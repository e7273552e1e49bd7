// Cadence: when a person was last met, when the next 1:1 is due, and how overdue it is.
import { addDays, daysBetween, plural, type IsoDate } from './dates';

export type CadenceState = 'never' | 'ok' | 'due-soon' | 'due-today' | 'overdue' | 'future';

export interface CadenceStatus {
  readonly state: CadenceState;
  readonly lastDate: IsoDate | undefined;
  /** Calendar days since the last 1:1 (undefined when there was none). */
  readonly daysSince: number | undefined;
  readonly cadenceDays: number;
  /** When the next 1:1 is due; today when there has been none. */
  readonly dueDate: IsoDate;
  /** Positive when overdue, 0 due today, negative when due later. */
  readonly overdueBy: number;
  /** One short line for the tree: "last 1:1 6 days ago", "1:1 today", "overdue by 3 days". */
  readonly label: string;
}

/** Days before the due date from which a 1:1 counts as due soon. */
export const DUE_SOON_DAYS = 2;

export function cadenceStatus(lastDate: IsoDate | undefined, cadenceDays: number, today: IsoDate): CadenceStatus {
  if (!lastDate) {
    return { state: 'never', lastDate, daysSince: undefined, cadenceDays, dueDate: today, overdueBy: 0, label: 'no 1:1 yet' };
  }
  const daysSince = daysBetween(lastDate, today);
  const dueDate = addDays(lastDate, cadenceDays);
  const overdueBy = daysBetween(dueDate, today);
  const base = { lastDate, daysSince, cadenceDays, dueDate, overdueBy };
  if (daysSince < 0) return { ...base, state: 'future', label: `next 1:1 in ${plural(-daysSince, 'day')}` };
  if (overdueBy > 0) return { ...base, state: 'overdue', label: `overdue by ${plural(overdueBy, 'day')}` };
  // A note dated today is this meeting, not the last one: "1:1 today" (see meetings.ts).
  const ago = daysSince === 0 ? '1:1 today' : daysSince === 1 ? 'last 1:1 yesterday' : `last 1:1 ${daysSince} days ago`;
  if (overdueBy === 0) return { ...base, state: 'due-today', label: `due today · ${ago}` };
  if (-overdueBy <= DUE_SOON_DAYS) return { ...base, state: 'due-soon', label: ago };
  return { ...base, state: 'ok', label: ago };
}

/**
 * Sort key, most urgent first: people never met, then by days overdue (most first), then those
 * due soonest. Ties keep the given order (use a stable sort and pre-sort by name).
 */
export function urgency(status: CadenceStatus): number {
  if (status.state === 'never') return Number.MAX_SAFE_INTEGER;
  return status.overdueBy;
}

export function byUrgency<T>(items: readonly T[], statusOf: (item: T) => CadenceStatus): T[] {
  return [...items].sort((a, b) => urgency(statusOf(b)) - urgency(statusOf(a)));
}

/** The tooltip line on when the next 1:1 is due. */
export function dueLine(status: CadenceStatus, today: IsoDate): string {
  if (status.state === 'never') return `No 1:1 yet — due now (every ${plural(status.cadenceDays, 'day')}).`;
  const days = daysBetween(today, status.dueDate);
  const when = days === 0 ? 'today' : days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
  return `Next 1:1 due ${status.dueDate} (${when}) — every ${plural(status.cadenceDays, 'day')}.`;
}
