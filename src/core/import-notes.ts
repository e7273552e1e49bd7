// Import Notes: 1:1 notes kept in another layout, planned into this one (<notes>/<id>/YYYY-MM-DD.md
// with front matter). Two layouts are read, told apart file by file:
// - a dated file: a date in its name ("2025-03-04 Sam Lee.md", "Sam Lee 2025-03-04.md",
//   "2025-03-04-sam-lee.md", "1-1 Sam Lee 2025-03-04.md"), or in its front matter; the person is in
//   its name, else its front matter (`person:`), else the folder it is in (an Obsidian vault's
//   People/Sam Lee/2025-03-04.md);
// - a running file: one file per person ("Sam Lee.md", "1-1 Sam.md") with a dated heading per meeting
//   ("## 2025-03-04", "### 4 March 2025", "## Mar 4, 2025 (Tue)"), split at each such heading. Only a
//   heading line whose text starts with a date splits; a date in prose, or later in a heading, does not.
//   The text before the first dated heading (a title, standing context) goes on top of the newest note.
// People are matched to the roster by their name or id as written ("Sam", "sam-lee", "Lee Sam" are
// Sam Lee when no one else is as close: person-folders.ts's closeness); anyone else becomes a new direct
// report with a slug id (person-id.ts). Target names never take one that exists ("-2", "-3"), and a note
// whose exact text is there already on its date (an import run again) is not written twice.
// Pure: no vscode, no Node. The host lists and reads the sources and the notes folder through the two
// small interfaces below; it writes what the plan says.
import { isIsoDate, type IsoDate } from './dates';
import { linkedName, parseFrontMatter, readFrontMatter, yamlScalar } from './frontmatter';
import { firstDateIn, leadingDate } from './items/due';
import { NOT_A_NOTE, type NotANote } from './meetings';
import { defaultModeFor, isMode, MODE_INFO, type Mode, type Relationship } from './modes';
import { newNoteFileName, parseNoteFileName } from './notes';
import { folderCloseness } from './person-folders';
import { safeId } from './person-id';
import type { Person } from './roster';
import type { FileKind } from './workspace';

/** The files picked to import from, as the host lists and reads them: paths are posix paths below one base folder ('' is the base). */
export interface ImportSources {
  /** A folder's entries; undefined when it cannot be read. */
  list(path: string): Promise<readonly (readonly [string, FileKind])[] | undefined>;
  /** A file's text, or why it is not a note (binary, empty, too large, unreadable: meetings.ts's whyNotANote on its bytes). */
  read(path: string): Promise<{ readonly text: string } | { readonly notANote: NotANote }>;
}

/** The notes folder the notes go into. */
export interface ImportTarget {
  /** The file names in a person's folder (empty when there is none). */
  names(personId: string): Promise<readonly string[]>;
  /** A note's text there, to see whether an import run before wrote it already; undefined when it cannot be read. */
  read(personId: string, fileName: string): Promise<string | undefined>;
}

export interface ImportRequest {
  readonly sources: ImportSources;
  readonly target: ImportTarget;
  /** What was picked: folders and files below the base ('' for the base folder itself). */
  readonly picked: readonly { readonly path: string; readonly kind: FileKind }[];
  /** The base folder's own name: a dated file right in it is that person's ("Sam Lee/2025-03-04.md" with "Sam Lee" picked). */
  readonly baseName?: string;
  /** Folders below the base never read (the notes folder itself, when it is inside what was picked). */
  readonly skipFolders?: readonly string[];
  /** The roster of the workspace folder the notes go into. */
  readonly people: readonly Person[];
  /** At most this many markdown files are read (default 5000). */
  readonly maxFiles?: number;
}

/** A person the notes go to: on the roster already, or new (added to people.json as a direct report). */
export interface ImportPerson {
  readonly id: string;
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode: Mode;
  readonly isNew: boolean;
  /** Names as the sources wrote them that are not the person's name ("Sam", "sam-lee"), for the preview. */
  readonly writtenAs: readonly string[];
  /** Notes planned for them. */
  readonly notes: number;
}

export interface ImportNote {
  /** The source file, below the base. */
  readonly source: string;
  /** The dated heading it was split at, for a section of a running file ("## 2025-03-04"). */
  readonly heading?: string;
  readonly personId: string;
  readonly date: IsoDate;
  /** The name it gets in the person's folder: never one that exists or another note of this plan takes. */
  readonly fileName: string;
  /** The note as written: front matter, then the source's text unchanged. */
  readonly content: string;
}

/** A file, or a section of one, that is not imported, and why (in words for the preview). */
export interface ImportSkipped {
  readonly source: string;
  readonly heading?: string;
  readonly reason: string;
}

export interface ImportPlan {
  readonly notes: readonly ImportNote[];
  /** Everyone a note goes to, by name; the new ones have `isNew`. */
  readonly people: readonly ImportPerson[];
  /** Files (or sections) that cannot be placed, with why: no date, no person, binary, empty. */
  readonly unplaced: readonly ImportSkipped[];
  /** Notes whose exact text is in the person's folder on their date already (an import run before). */
  readonly alreadyThere: readonly (ImportSkipped & { readonly existing: string })[];
  /** How many files of each layout were read. */
  readonly files: { readonly dated: number; readonly running: number; readonly other: number };
  /** True when more markdown files were found than are read (maxFiles). */
  readonly truncated: boolean;
}

const MARKDOWN = /\.(md|markdown)$/i;
const MAX_DEPTH = 6;
/** Files read ahead of the one planned. */
const READ_AHEAD = 16;
/** Words in a file or folder name that say "1:1 notes", not who with: "1-1 Sam.md", "Sam Lee 1on1 notes.md", "one-on-ones/". */
const GENERIC_WORDS = new Set([
  '1-1', '1:1', '1_1', '1x1', '1o1', '1on1', '1-on-1', '1on1s', '1-1s', '1:1s', 'one-on-one', 'one-on-ones', 'o3', 'o3s',
  'notes', 'note', 'meeting', 'meetings', 'with', 'and', 'people', 'person', 'journal', 'daily', 'archive', 'inbox', 'sync', 'check-in', 'checkin',
  'mtg', 'catchup', 'catch-up', 'downloads', 'documents', 'desktop', 'vault', 'obsidian',
]);

// ---- Reading names --------------------------------------------------------------------------

/** A name's words, for matching: lower case, Latin accents off, split at separators. */
function nameWords(value: string): string[] {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{M}\p{Nd}]+/u).filter(Boolean);
}

/**
 * The person a file or folder name names, once its date, its extension and the words that only say
 * "1:1 notes" are taken out; undefined when nothing is left ("2025-03-04.md", "1-1 notes.md", "People").
 */
export function personInName(name: string): string | undefined {
  let stem = name.replace(MARKDOWN, '');
  const dated = firstDateIn(stem);
  if (dated) stem = `${stem.slice(0, dated.index)} ${stem.slice(dated.index + dated.length)}`;
  // Separate the generic words in hyphenated names ("1-1-sam-lee", "sam-lee-1on1") before dropping them.
  const tokens = stem.replace(/\b(1[-_:x]?(?:on-?)?1s?|one-on-ones?)\b/gi, ' $1 ').split(/[\s_.,;()[\]{}—–]+/).filter(Boolean);
  const kept = tokens.map(t => t.replace(/^-+|-+$/g, '')).filter(t => t && !GENERIC_WORDS.has(t.toLowerCase()) && !/^\d+$/.test(t));
  if (!kept.length) return undefined;
  const joined = kept.join(' ');
  // "sam-lee" (a slug in a file name) reads as "Sam Lee"; "Sam Lee", "Zoë O'Brien" stay as written.
  if (!/[\p{Lu}\p{Lt}]/u.test(joined)) {
    return joined.split(/[-_ ]+/).filter(w => !GENERIC_WORDS.has(w)).map(w => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || undefined;
  }
  return joined;
}

/** The name a front matter `person:` gives: "[[Sam Lee]]", "[[Sam Lee|Sam]]", "sam-lee", "Sam Lee". */
function personInFrontMatter(value: string | undefined): string | undefined {
  return value === undefined ? undefined : linkedName(value) || undefined;
}

export type PersonMatch =
  | { readonly kind: 'person'; readonly person: Person; readonly exact: boolean }
  | { readonly kind: 'ambiguous'; readonly people: readonly Person[] }
  | { readonly kind: 'none' };

/**
 * The roster's person a written name means: their id or name (any case, accents, separators), their
 * name's words or some of them ("Sam" for Sam Lee, "Lee Sam"), or a slip of spelling — when no one else
 * is as close. Two people as close is ambiguous: the preview says so rather than guess.
 */
export function matchPerson(written: string, people: readonly Person[]): PersonMatch {
  const key = nameWords(written).join('-');
  if (!key) return { kind: 'none' };
  const sameWords = people.filter(p => nameWords(p.id).join('-') === key || nameWords(p.name).join('-') === key
    || [...nameWords(p.name)].sort().join('-') === [...nameWords(written)].sort().join('-'));
  if (sameWords.length === 1) return { kind: 'person', person: sameWords[0] as Person, exact: true };
  if (sameWords.length > 1) return { kind: 'ambiguous', people: sameWords };
  let best = 0;
  let closest: Person[] = [];
  for (const person of people) {
    const score = folderCloseness(key, person);
    if (score > best) {
      best = score;
      closest = [person];
    } else if (score && score === best) closest.push(person);
  }
  if (!best) return { kind: 'none' };
  return closest.length === 1 ? { kind: 'person', person: closest[0] as Person, exact: false } : { kind: 'ambiguous', people: closest };
}

// ---- Splitting a running file ---------------------------------------------------------------

export interface DatedSection {
  /** The heading line as written ("## 2025-03-04 (Tue)"). */
  readonly heading: string;
  readonly date: IsoDate;
  /** The section's text: its heading line and everything up to the next dated heading of its level. */
  readonly text: string;
  /** Nothing but white space under the heading. */
  readonly empty: boolean;
}

/** The text before a file's first dated heading (after its front matter), and its dated sections in order. */
export interface SplitFile {
  readonly preamble: string;
  readonly sections: readonly DatedSection[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Words a meeting's heading may put before its date: "## 1:1 — 2025-03-04", "## Meeting, 4 March 2025". */
const HEADING_LEAD = /^(?:(?:1[-:]1|1on1|1-on-1|one-on-one|meeting|check-in|sync|catch-up)\b[\s:,—–-]*)?/i;

/** The date a heading's text starts with ("2025-03-04 (Tue)", "4 March 2025", "1:1 — Mar 4, 2025: career"). */
export function headingDate(text: string): IsoDate | undefined {
  const rest = text.replace(/^[*_]+/, '').replace(HEADING_LEAD, '');
  const found = leadingDate(rest);
  if (!found) return undefined;
  // What follows the date is a note on it ("(Tue)", "— career chat"), never more of a word or number.
  const after = rest.slice(found.length);
  return after === '' || /^[\s(),:;.*_—–-]/.test(after) ? found.date : undefined;
}

/**
 * A file's dated sections: split at each ATX heading line whose text starts with a date, at the
 * highest level such headings have in the file (a dated sub-heading inside a meeting stays in it).
 * Headings in fenced code are text. No dated heading: no sections, the whole text is the preamble.
 */
export function splitAtDatedHeadings(body: string): SplitFile {
  const lines = body.split(/(?<=\n)/);
  const found: { line: number; level: number; heading: string; date: IsoDate }[] = [];
  let fence: string | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r?\n$/, '');
    const f = FENCE.exec(line);
    if (f && f[1]) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
      return;
    }
    if (fence) return;
    const h = ATX_HEADING.exec(line);
    const date = h && h[2] !== undefined ? headingDate(h[2]) : undefined;
    if (h && h[1] && date) found.push({ line: i, level: h[1].length, heading: line.trim(), date });
  });
  if (!found.length) return { preamble: body, sections: [] };
  const level = Math.min(...found.map(f => f.level));
  const splits = found.filter(f => f.level === level);
  const sections = splits.map((s, k) => {
    const end = splits[k + 1]?.line ?? lines.length;
    return { heading: s.heading, date: s.date, text: lines.slice(s.line, end).join(''), empty: !lines.slice(s.line + 1, end).join('').trim() };
  });
  return { preamble: lines.slice(0, splits[0]?.line ?? 0).join(''), sections };
}

// ---- Writing a note -------------------------------------------------------------------------

const OUR_KEYS = new Set(['person', 'date', 'relationship', 'mode']);

/**
 * A note as written: our front matter (person, date, relationship, mode), then the source's other
 * front matter lines as they were, then `body` unchanged. A source's `mode:` is kept when it is a mode
 * of the person's relationship (the meeting was held in it).
 */
export function noteWithFrontMatter(person: { readonly id: string; readonly relationship: Relationship; readonly mode: Mode }, date: IsoDate, sourceText: string, body: string): string {
  const details = readFrontMatter(sourceText);
  const ownMode = details.data.mode;
  const mode = isMode(ownMode) && MODE_INFO[ownMode].relationship === person.relationship ? ownMode : person.mode;
  const kept: string[] = [];
  if (details.lineCount) {
    const lines = sourceText.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1, details.lineCount - 1);
    let dropping = false;
    for (const line of lines) {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
      if (key !== undefined) dropping = OUR_KEYS.has(key);
      else if (!/^(\s+\S|-(\s|$))/.test(line)) dropping = false;
      if (!dropping) kept.push(line);
    }
  }
  const ours = [`person: ${yamlScalar(person.id)}`, `date: ${date}`, `relationship: ${person.relationship}`, `mode: ${mode}`];
  return `---\n${[...ours, ...kept].join('\n')}\n---\n${body.replace(/^\uFEFF/, '')}`;
}

// ---- The plan -------------------------------------------------------------------------------

/** A note found in the sources, before its person is settled. */
interface Found {
  readonly source: string;
  readonly heading?: string;
  readonly date: IsoDate;
  /** The person as written, and where it came from (for the reason when it cannot be placed). */
  readonly writtenPerson: string | undefined;
  readonly sourceText: string;
  readonly body: string;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parentName(path: string, base: string | undefined): string | undefined {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? base : baseName(path.slice(0, cut));
}

async function markdownFiles(request: ImportRequest, limit: number): Promise<{ files: string[]; other: string[]; truncated: boolean; unreadable: string[] }> {
  const files: string[] = [];
  const other: string[] = [];
  const unreadable: string[] = [];
  const skip = new Set((request.skipFolders ?? []).map(s => s.toLowerCase()));
  let truncated = false;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || skip.has(dir.toLowerCase())) return;
    let entries: readonly (readonly [string, FileKind])[] | undefined;
    try {
      entries = await request.sources.list(dir);
    } catch {
      entries = undefined;
    }
    if (!entries) {
      unreadable.push(dir);
      return;
    }
    for (const [name, kind] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = dir ? `${dir}/${name}` : name;
      if (kind === 'directory') await walk(path, depth + 1);
      else if (!MARKDOWN.test(name)) other.push(path);
      else if (files.length >= limit) truncated = true;
      else files.push(path);
    }
  };
  for (const pick of request.picked) {
    if (pick.kind === 'directory') await walk(pick.path, 0);
    else if (!MARKDOWN.test(pick.path)) other.push(pick.path);
    else if (files.length >= limit) truncated = true;
    else files.push(pick.path);
  }
  return { files: [...new Set(files)], other, truncated, unreadable };
}

/**
 * Plans an import: reads what was picked, tells each file's layout, splits running files, settles
 * each note's person and target name. Reads only; never throws for a file it cannot use (it is in
 * `unplaced` with why).
 */
export async function planImport(request: ImportRequest): Promise<ImportPlan> {
  const { files, other, truncated, unreadable } = await markdownFiles(request, request.maxFiles ?? 5000);
  const unplaced: ImportSkipped[] = unreadable.map(source => ({ source: source || '.', reason: 'the folder could not be read' }));
  for (const source of other) {
    // A file picked on its own that is no markdown is named; a vault's images and PDFs are not notes and are passed over quietly.
    if (request.picked.some(p => p.kind === 'file' && p.path === source)) unplaced.push({ source, reason: 'not a markdown file' });
  }
  const found: Found[] = [];
  let dated = 0;
  let running = 0;
  const reads = new Map<string, Promise<{ readonly text: string } | { readonly notANote: NotANote }>>();
  const read = (source: string | undefined) => {
    if (source !== undefined && !reads.has(source)) reads.set(source, request.sources.read(source).catch(() => ({ notANote: 'unreadable' as const })));
  };
  files.slice(0, READ_AHEAD).forEach(read);
  for (const [index, source] of files.entries()) {
    // A few files are read ahead (each read is a round trip to the file system provider); only those are held.
    read(files[index + READ_AHEAD]);
    const file = await (reads.get(source) as Promise<{ readonly text: string } | { readonly notANote: NotANote }>);
    reads.delete(source);
    if ('notANote' in file) {
      unplaced.push({ source, reason: NOT_A_NOTE[file.notANote] });
      continue;
    }
    const front = parseFrontMatter(file.text);
    const body = file.text.slice(front.bodyOffset);
    const name = baseName(source);
    const nameDate = firstDateIn(name.replace(MARKDOWN, ''))?.date;
    const fmDate = isIsoDate(front.data.date) ? front.data.date : undefined;
    const fromName = personInName(name);
    const fromFront = personInFrontMatter(front.data.person);
    const folder = parentName(source, request.baseName);
    const fromFolder = folder !== undefined ? personInName(folder) : undefined;
    const split = nameDate ? undefined : splitAtDatedHeadings(body);
    // A note dated in its front matter is one meeting, whatever one dated heading in it says; two or more make it a running file.
    if (split && split.sections.length && !(fmDate && split.sections.length < 2)) {
      running++;
      const person = fromName ?? fromFront ?? fromFolder;
      const written = split.sections.filter(section => {
        if (section.empty) unplaced.push({ source, heading: section.heading, reason: 'nothing written under this heading' });
        return !section.empty;
      });
      const preamble = split.preamble.trim() ? split.preamble : '';
      // The standing context above the first meeting goes on top of the newest one: never dropped.
      const newest = written.reduce<DatedSection | undefined>((a, b) => (!a || b.date >= a.date ? b : a), undefined);
      for (const section of written) {
        const text = section === newest && preamble ? `${preamble.replace(/\s*$/, '')}\n\n${section.text}` : section.text;
        found.push({ source, heading: section.heading, date: section.date, writtenPerson: person, sourceText: file.text, body: text });
      }
      if (preamble && !newest) unplaced.push({ source, reason: 'every dated heading in it is empty, so the text above them has no meeting to go with' });
      continue;
    }
    const date = nameDate ?? fmDate;
    if (!date) {
      unplaced.push({ source, reason: 'no date: not in its name, its front matter (date:) or a heading of its own (## 2025-03-04)' });
      continue;
    }
    dated++;
    if (!body.trim()) {
      unplaced.push({ source, reason: 'nothing written in it but front matter' });
      continue;
    }
    found.push({ source, date, writtenPerson: fromName ?? fromFront ?? fromFolder, sourceText: file.text, body });
  }
  return settle(request, found, unplaced, { dated, running, other: other.length }, truncated);
}

/** Settles each found note's person (roster, or new) and its target name. */
async function settle(request: ImportRequest, found: readonly Found[], unplaced: ImportSkipped[], files: ImportPlan['files'], truncated: boolean): Promise<ImportPlan> {
  // Who each written name is: a roster person, ambiguous, or new.
  const written = [...new Set(found.map(f => f.writtenPerson).filter((w): w is string => w !== undefined))];
  const byWritten = new Map<string, Person | { ambiguous: readonly Person[] }>();
  const fresh = new Map<string, string>();
  for (const name of written) {
    const match = matchPerson(name, request.people);
    if (match.kind === 'person') byWritten.set(name, match.person);
    else if (match.kind === 'ambiguous') byWritten.set(name, { ambiguous: match.people });
    else fresh.set(nameWords(name).join('-'), fresh.get(nameWords(name).join('-')) ?? name);
  }
  // New people: one per name; a shorter name that is some of one longer new name's words is that person ("Sam" and "Sam Lee").
  const newKeys = [...fresh.keys()].sort((a, b) => b.split('-').length - a.split('-').length || a.localeCompare(b));
  const canonical = new Map<string, string>();
  for (const key of newKeys) {
    const words = key.split('-');
    const longer = [...canonical.values()].filter((k, i, all) => all.indexOf(k) === i && k.split('-').length > words.length && words.every(w => k.split('-').includes(w)));
    canonical.set(key, longer.length === 1 ? longer[0] as string : key);
  }
  const taken = request.people.map(p => p.id);
  const newPeople = new Map<string, Person>();
  for (const key of newKeys) {
    if (canonical.get(key) !== key) continue;
    const name = fresh.get(key) as string;
    const relationship: Relationship = 'direct-report';
    const id = safeId(name, taken);
    taken.push(id);
    newPeople.set(key, { id, name, relationship, mode: defaultModeFor(relationship), cadenceDays: undefined, archived: false });
  }
  for (const name of written) {
    if (byWritten.has(name)) continue;
    const person = newPeople.get(canonical.get(nameWords(name).join('-')) as string);
    if (person) byWritten.set(name, person);
  }

  const notes: ImportNote[] = [];
  const alreadyThere: (ImportSkipped & { existing: string })[] = [];
  const names = new Map<string, Set<string>>();
  const contents = new Map<string, string | undefined>();
  const counts = new Map<string, { person: Person; isNew: boolean; writtenAs: Set<string>; notes: number }>();
  const ordered = [...found].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source.localeCompare(b.source)));
  for (const f of ordered) {
    const at = { source: f.source, ...(f.heading ? { heading: f.heading } : {}) };
    const who = f.writtenPerson === undefined ? undefined : byWritten.get(f.writtenPerson);
    if (!who) {
      unplaced.push({ ...at, reason: 'no person: not in its name, its front matter (person:) or the folder it is in' });
      continue;
    }
    if ('ambiguous' in who) {
      unplaced.push({ ...at, reason: `"${f.writtenPerson}" could be ${who.ambiguous.map(p => p.name).join(' or ')}: name the file after one of them` });
      continue;
    }
    const person = who;
    let taken = names.get(person.id);
    if (!taken) {
      taken = new Set(await request.target.names(person.id).catch(() => []));
      names.set(person.id, taken);
    }
    const content = noteWithFrontMatter(person, f.date, f.sourceText, f.body);
    // An import run again: the same text on the same date is there already.
    let existing: string | undefined;
    for (const name of [...taken].filter(n => parseNoteFileName(n)?.date === f.date)) {
      const key = `${person.id}/${name}`;
      if (!contents.has(key)) contents.set(key, notes.find(n => n.personId === person.id && n.fileName === name)?.content ?? await request.target.read(person.id, name).catch(() => undefined));
      if (contents.get(key) === content) existing = name;
    }
    if (existing) {
      alreadyThere.push({ ...at, reason: `already in ${person.id}/${existing}`, existing });
      continue;
    }
    const fileName = newNoteFileName(f.date, taken);
    taken.add(fileName);
    notes.push({ ...at, personId: person.id, date: f.date, fileName, content });
    const isNew = !request.people.some(p => p.id === person.id);
    const entry = counts.get(person.id) ?? { person, isNew, writtenAs: new Set<string>(), notes: 0 };
    entry.notes++;
    if (f.writtenPerson && f.writtenPerson !== person.name) entry.writtenAs.add(f.writtenPerson);
    counts.set(person.id, entry);
  }
  const people: ImportPerson[] = [...counts.values()]
    .map(c => ({ id: c.person.id, name: c.person.name, relationship: c.person.relationship, mode: c.person.mode, isNew: c.isNew, writtenAs: [...c.writtenAs].sort(), notes: c.notes }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { notes, people, unplaced: unplaced.sort((a, b) => a.source.localeCompare(b.source)), alreadyThere, files, truncated };
}
