// Items as records for tools (the CLI's `items --format json`): plain data with the places as files a
// shell can open. One shape, so scripts built on it keep working.
import type { IsoDate } from '../dates';
import type { Item, ItemPlace } from './chains';

export interface ItemPlaceRecord {
  /** The note's path as the caller shows it (the CLI: relative to the folder it runs in). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  readonly date: IsoDate | null;
}

export interface ItemRecord {
  /** The person's id (their folder's name). */
  readonly person: string;
  /** The text as last seen, without the carry-over link. */
  readonly text: string;
  readonly owner: 'me' | 'them' | 'other';
  /** The owner's name as written ("Aiko", "Me", "Tom"); null when no owner is written (then the item is mine). */
  readonly ownerName: string | null;
  readonly status: 'open' | 'done';
  readonly firstSeen: ItemPlaceRecord;
  readonly lastSeen: ItemPlaceRecord;
  /** The due date read from the item ("by Friday" against its note's date), or null. */
  readonly due: IsoDate | null;
  /** Written in a private part of a note. */
  readonly private: boolean;
}

export function itemRecord(personId: string, item: Item, fileOf: (place: ItemPlace) => string): ItemRecord {
  const place = (p: ItemPlace): ItemPlaceRecord => ({ file: fileOf(p), line: p.line, date: p.date ?? null });
  return {
    person: personId,
    text: item.text,
    owner: item.owner.kind,
    ownerName: item.owner.name ?? null,
    status: item.status,
    firstSeen: place(item.firstSeen),
    lastSeen: place(item.lastSeen),
    due: item.due?.date ?? null,
    private: item.private,
  };
}
