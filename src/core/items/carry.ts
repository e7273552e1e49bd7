// Carry-over with a limit: the new note carries at most N of the person's open items (the newest),
// each linked to the newest note and line that holds it, and says how many more stay behind. A note
// whose previous one had 2,916 open items gets 30 lines and a pointer, not 814 KB.
//
// Items written in a private part are carried inside a private block, so sharing the new note's
// agenda never lets them out.
//
// Given today, a note dated after it is a prepared next meeting (meetings.ts isAhead): nothing is
// carried from it. An item written only there stays in it; an older item copied into it is carried
// from its newest note up to today, and linked there.
import { lineLink } from '../carryover';
import type { IsoDate } from '../dates';
import { parseNoteFileName } from '../notes';
import type { Item, ItemPlace } from './chains';
import { count } from './markdown';
import { lastSeenBy } from './query';

export const DEFAULT_CARRY_LIMIT = 30;

export interface CarryResult {
  /** The items carried, in the order they are written. */
  readonly carried: readonly Item[];
  /** Open items not carried (they stay in older notes and in the Open items view). */
  readonly left: number;
  /** The "Carried over" section's body: the task lines, then the line about what stayed behind. */
  readonly lines: readonly string[];
  /** The line about what stayed behind, when anything did. */
  readonly leftLine?: string;
}

/** Time order of the notes of two places: date, same-day sequence, file name. Undated notes sort first. */
function compareNotes(a: ItemPlace, b: ItemPlace): number {
  return a.file === b.file ? 0 : comparePlaces({ ...a, line: 0 }, { ...b, line: 0 });
}

/** Time order of places: date, same-day sequence, file name, line. Undated notes sort first. */
export function comparePlaces(a: ItemPlace, b: ItemPlace): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.file !== b.file) {
    const sa = parseNoteFileName(a.file)?.sequence ?? 0;
    const sb = parseNoteFileName(b.file)?.sequence ?? 0;
    if (sa !== sb) return sa - sb;
    return a.file < b.file ? -1 : 1;
  }
  return a.line - b.line;
}

/** The wording under a capped carry-over list. */
export function leftBehindLine(left: number): string {
  return `_${count(left)} more open ${left === 1 ? 'item stays' : 'items stay'} in older notes: see **Open items** in the Learning Leader sidebar._`;
}

/**
 * Picks the open items to carry into a new note: at most `limit` (default 30), the most recently
 * written first (ties: the order of the note that holds them). They are written grouped by the note
 * that holds them, oldest note first and in that note's order, nested under a carried parent. With
 * `today`, items only in notes dated after it are not carried, and each links to its newest note up
 * to today.
 */
export function carryOver(items: readonly Item[], options: { readonly limit?: number; readonly today?: IsoDate } = {}): CarryResult {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_CARRY_LIMIT));
  const today = options.today;
  /** Where each open item is carried from: its newest place up to today. */
  const from = new Map<string, ItemPlace>();
  for (const item of items) {
    if (item.status !== 'open') continue;
    const place = today === undefined ? item.lastSeen : lastSeenBy(item, today);
    if (place) from.set(item.id, place);
  }
  const open = items.filter(i => from.has(i.id));
  const source = (item: Item): ItemPlace => from.get(item.id) ?? item.lastSeen;
  // Newest note first; within one note, in its order (a note has no time within it).
  const newestFirst = [...open].sort((a, b) => compareNotes(b.firstSeen, a.firstSeen) || comparePlaces(a.firstSeen, b.firstSeen) || comparePlaces(source(a), source(b)));
  const picked = newestFirst.slice(0, limit).sort((a, b) => comparePlaces(source(a), source(b)));
  const left = open.length - picked.length;
  const pickedIds = new Map(picked.map(i => [i.id, i] as const));
  const depth = new Map<string, number>();
  const depthOf = (item: Item): number => {
    const known = depth.get(item.id);
    if (known !== undefined) return known;
    const parent = item.parent === undefined ? undefined : pickedIds.get(item.parent);
    // Nested only under a parent carried from the same note, and never inside a private block's border.
    const d = parent && source(parent).file === source(item).file && parent.private === item.private && parent !== item ? depthOf(parent) + 1 : 0;
    depth.set(item.id, d);
    return d;
  };
  const line = (item: Item) => `${'  '.repeat(depthOf(item))}- [ ] ${item.text} — ${lineLink(source(item).file, source(item).line - 1)}`;
  const shared = picked.filter(i => !i.private);
  const hidden = picked.filter(i => i.private);
  const lines = shared.map(line);
  if (hidden.length) lines.push('<!-- private -->', ...hidden.map(line), '<!-- /private -->');
  const leftLine = left > 0 ? leftBehindLine(left) : undefined;
  if (leftLine) lines.push('', leftLine);
  return { carried: [...shared, ...hidden], left, lines, ...(leftLine ? { leftLine } : {}) };
}
