// The items of many people, kept up to date one note at a time. Each note is parsed once and kept;
// when a note changes, only that note is parsed again and only its person's items are joined again
// (on the next read). Built for 200 people and 10,000 notes: the Open items view fills from it and
// the file watcher feeds it.
import { linkItems, parseItemNote, type Item, type ItemNote, type ParsedNote } from './chains';

export interface ItemPerson {
  readonly id: string;
  /** Display name: items prefixed with it (or its first name) belong to them. */
  readonly name?: string;
}

interface PersonEntry {
  person: ItemPerson;
  readonly notes: Map<string, ParsedNote>;
  items: readonly Item[] | undefined;
}

export interface ItemStoreOptions {
  /** The manager's own names ("Chris"): items prefixed with them are mine. */
  readonly managerNames?: readonly string[];
  /** Everyone's names in people.json: someone else's when they own an item in another person's notes. */
  readonly others?: readonly string[];
}

export class ItemStore {
  private readonly people = new Map<string, PersonEntry>();
  private managerNames: readonly string[];
  private others: readonly string[];
  /** Work done, for tests and the benchmark: notes parsed, people joined. */
  readonly work = { parsed: 0, linked: 0 };
  /** Bumped by every change. */
  version = 0;

  constructor(options: ItemStoreOptions = {}) {
    this.managerNames = options.managerNames ?? [];
    this.others = options.others ?? [];
  }

  setManagerNames(names: readonly string[]): void {
    this.managerNames = [...names];
    for (const entry of this.people.values()) entry.items = undefined;
    this.version++;
  }

  /** The names in people.json (a roster read again): items are joined again only when they changed. */
  setOthers(names: readonly string[]): void {
    if (names.length === this.others.length && names.every((n, i) => n === this.others[i])) return;
    this.others = [...names];
    for (const entry of this.people.values()) entry.items = undefined;
    this.version++;
  }

  /** Adds a person or updates their name (their notes stay). */
  setPerson(person: ItemPerson): void {
    const entry = this.people.get(person.id);
    if (entry) {
      if (entry.person.name !== person.name) entry.items = undefined;
      entry.person = person;
    } else this.people.set(person.id, { person, notes: new Map(), items: undefined });
    this.version++;
  }

  deletePerson(id: string): boolean {
    this.version++;
    return this.people.delete(id);
  }

  /** Reads a note (new or changed) of a person; text undefined for a note that cannot be read. */
  setNote(personId: string, note: ItemNote): void {
    const entry = this.entry(personId);
    entry.notes.set(note.fileName, parseItemNote(note));
    this.work.parsed++;
    entry.items = undefined;
    this.version++;
  }

  /** Takes a note parsed elsewhere (a host's cache of parseItemNote results, keyed by file and mtime). */
  setParsed(personId: string, parsed: ParsedNote): void {
    const entry = this.entry(personId);
    entry.notes.set(parsed.fileName, parsed);
    entry.items = undefined;
    this.version++;
  }

  /** The parsed note, if the store has it. */
  parsed(personId: string, fileName: string): ParsedNote | undefined {
    return this.people.get(personId)?.notes.get(fileName);
  }

  /** The file names of a person's notes the store has. */
  fileNames(personId: string): string[] {
    return [...(this.people.get(personId)?.notes.keys() ?? [])];
  }

  deleteNote(personId: string, fileName: string): boolean {
    const entry = this.people.get(personId);
    if (!entry?.notes.delete(fileName)) return false;
    entry.items = undefined;
    this.version++;
    return true;
  }

  /** Replaces all of a person's notes at once (a folder read again). */
  setNotes(personId: string, notes: readonly ItemNote[]): void {
    const entry = this.entry(personId);
    entry.notes.clear();
    for (const note of notes) {
      entry.notes.set(note.fileName, parseItemNote(note));
      this.work.parsed++;
    }
    entry.items = undefined;
    this.version++;
  }

  hasNote(personId: string, fileName: string): boolean {
    return this.people.get(personId)?.notes.has(fileName) ?? false;
  }

  /** The ids of the people known, in the order they were added. */
  personIds(): string[] {
    return [...this.people.keys()];
  }

  /** A person's items (joined again only when one of their notes changed since the last read). */
  items(personId: string): readonly Item[] {
    const entry = this.people.get(personId);
    if (!entry) return [];
    if (!entry.items) {
      entry.items = linkItems([...entry.notes.values()], { person: { id: entry.person.id, name: entry.person.name }, managerNames: this.managerNames, others: this.others });
      this.work.linked++;
    }
    return entry.items;
  }

  /** Every person's items. */
  *all(): Iterable<{ readonly personId: string; readonly items: readonly Item[] }> {
    for (const id of this.people.keys()) yield { personId: id, items: this.items(id) };
  }

  private entry(personId: string): PersonEntry {
    let entry = this.people.get(personId);
    if (!entry) {
      entry = { person: { id: personId }, notes: new Map(), items: undefined };
      this.people.set(personId, entry);
    }
    return entry;
  }
}
