// What the Open items view, the CLI and review prep ask of items: age, overdue, old, and filters.
import { daysBetween, type IsoDate } from '../dates';
import { isAhead } from '../meetings';
import type { Item, ItemPlace } from './chains';
import type { OwnerKind } from './owner';

/** An open item at least this many days old stands out as old. */
export const OLD_ITEM_DAYS = 30;

/**
 * Days since the item was first written: undefined when that note has no date, or is dated after
 * today (a prepared next meeting: its items have no age yet, never a negative one; see preparedFor).
 */
export function ageInDays(item: Item, today: IsoDate): number | undefined {
  const first = item.firstSeen.date;
  return first && !isAhead(first, today) ? daysBetween(first, today) : undefined;
}

/**
 * The date of the prepared next meeting an item was written for: its first note is dated after
 * today (meetings.ts isAhead). Undefined for an item written up to today.
 */
export function preparedFor(item: Item, today: IsoDate): IsoDate | undefined {
  const first = item.firstSeen.date;
  return first && isAhead(first, today) ? first : undefined;
}

/**
 * Where an item stands as of today: its newest occurrence in a note dated up to today (an undated
 * note counts). Undefined when it occurs only in notes dated after today. Carry-over links here.
 */
export function lastSeenBy(item: Item, today: IsoDate): ItemPlace | undefined {
  for (let i = item.occurrences.length - 1; i >= 0; i--) {
    const place = item.occurrences[i]!;
    if (!isAhead(place.date, today)) return place;
  }
  return undefined;
}

/** Days past its due date for an open item (positive when overdue), undefined without a due date. */
export function daysOverdue(item: Item, today: IsoDate): number | undefined {
  return item.due ? daysBetween(item.due.date, today) : undefined;
}

/** Open and due before today. */
export function isOverdue(item: Item, today: IsoDate): boolean {
  return item.status === 'open' && item.due !== undefined && item.due.date < today;
}

/** Open and first written at least `days` ago. */
export function isOld(item: Item, today: IsoDate, days = OLD_ITEM_DAYS): boolean {
  const age = ageInDays(item, today);
  return item.status === 'open' && age !== undefined && age >= days;
}

export interface ItemFilter {
  readonly status?: 'open' | 'done';
  /** Mine ('me'), theirs ('them'), or several. */
  readonly owner?: OwnerKind | readonly OwnerKind[];
  readonly overdue?: boolean;
  /**
   * Leave out items written in private parts. The manager's own view shows them; what is shared
   * (an agenda, a review, CLI output meant for others) leaves them out.
   */
  readonly leavePrivateOut?: boolean;
}

export function filterItems(items: readonly Item[], filter: ItemFilter, today: IsoDate): Item[] {
  const owners = filter.owner === undefined ? undefined : new Set<OwnerKind>(typeof filter.owner === 'string' ? [filter.owner] : filter.owner);
  return items.filter(item =>
    (filter.status === undefined || item.status === filter.status) &&
    (owners === undefined || owners.has(item.owner.kind)) &&
    (!filter.overdue || isOverdue(item, today)) &&
    (!filter.leavePrivateOut || !item.private));
}
