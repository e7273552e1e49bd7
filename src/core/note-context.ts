// The note context: whose note this is, in which relationship and mode, under which settings. The
// one answer shared by everything that asks (the editor's diagnostics, Insert Question, Prepare and
// status bar, and the CLI): resolveNoteContext decides; NoteContexts feeds it the roster, the note
// and the checked settings through the host's WorkspaceFiles and RawSettings, and caches what it read.
//
// The rules, in one place:
// - A note's person is the first folder below the notes folder: `<notesFolder>/<id>/…/<note>.md`,
//   with `<notesFolder>` the learningLeader.notesFolder of the note's workspace folder and people.json
//   directly in it. A note anywhere else (outside the notes folder, directly in it, outside every
//   workspace folder) has no person, and no roster is read for it: its mode comes from the explicit
//   choice, its front matter or lint.defaultMode. The CLI takes the folder it runs in (or --root)
//   as the workspace folder, so the editor and the CLI give the same answer for the same tree.
// - The mode: explicit > front matter `mode:` > the person's roster mode > lint.defaultMode (note-mode.ts).
// - The relationship: the person's, else the mode's.
import type { LintOptions } from './lint/types';
import { MODE_INFO, type Mode, type Relationship } from './modes';
import { decideMode, type ModeSource } from './note-mode';
import { EMPTY_ROSTER, readRoster, ROSTER_FILE, type Person, type Roster, type RosterDocument } from './roster';
import { lintOptionsOf, parseSettings, type ParsedSettings, type Settings } from './settings';
import { joinPath, segmentsBelow, type RawSettings, type WorkspaceFiles, type WorkspaceLocation } from './workspace';

export type { ModeSource } from './note-mode';

export interface NoteContext {
  /** Where the note is; undefined for a note outside every workspace folder (or not saved yet). */
  readonly location: WorkspaceLocation | undefined;
  /** True when the note lies under its workspace folder's notes folder. */
  readonly inNotesFolder: boolean;
  /** The id its folder names (`<notesFolder>/<id>/…`), whether or not the roster has that person. */
  readonly personId: string | undefined;
  /** The roster's entry for `personId`, if there is one. */
  readonly person: Person | undefined;
  readonly relationship: Relationship;
  readonly mode: Mode;
  readonly modeSource: ModeSource;
  /** The checked settings for the note's workspace folder. */
  readonly settings: Settings;
  /** What to hand the lint engine for this note: the settings' rules and phrases, and the mode. */
  readonly lintOptions: LintOptions;
}

export interface NoteContextOptions {
  /** The note's current text (an editor's unsaved text); without it the front matter is read from the file. */
  readonly text?: string;
  /** A mode chosen explicitly (the CLI's --mode): it wins over everything else. */
  readonly mode?: Mode;
  /**
   * The note's file name as the host knows it, for a note outside every workspace folder (no location):
   * a file named `2026-03-04-sam-lee.md` still says whom the note is with.
   */
  readonly fileName?: string;
}

export function isInNotesFolder(location: WorkspaceLocation | undefined, settings: Settings): boolean {
  const below = location && segmentsBelow(location.path, settings.notesFolder);
  return below !== undefined && below.length > 0;
}

/** The person folder a note is in: `<notesFolder>/<id>/…/<file>` gives `<id>`. */
export function personIdOf(location: WorkspaceLocation | undefined, settings: Settings): string | undefined {
  const below = location && segmentsBelow(location.path, settings.notesFolder);
  return below && below.length >= 2 && below[0] ? below[0] : undefined;
}

/** The roster's person with this id: ids are unique ignoring case, so a folder named with other case still finds them. */
export function findPerson(roster: Roster | undefined, id: string | undefined): Person | undefined {
  if (!roster || id === undefined) return undefined;
  const lower = id.toLowerCase();
  return roster.people.find(p => p.id === id) ?? roster.people.find(p => p.id.toLowerCase() === lower);
}

/** The note context from what is known. Pure: every host and the tests decide through this. */
export function resolveNoteContext(input: {
  readonly location: WorkspaceLocation | undefined;
  readonly settings: Settings;
  /** The roster of the note's workspace folder (undefined: none, or not needed). */
  readonly roster: Roster | undefined;
} & NoteContextOptions): NoteContext {
  const { location, settings } = input;
  const personId = personIdOf(location, settings);
  const person = findPerson(input.roster, personId);
  const { mode, source } = decideMode({
    ...(input.mode ? { explicit: input.mode } : {}),
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(person ? { rosterMode: person.mode } : {}),
    defaultMode: settings['lint.defaultMode'],
  });
  return {
    location,
    inNotesFolder: isInNotesFolder(location, settings),
    personId,
    person,
    relationship: person?.relationship ?? MODE_INFO[mode].relationship,
    mode,
    modeSource: source,
    settings,
    // Who is in the note: the file's name and the roster's name for the person (the linter reads the rest from the note).
    lintOptions: {
      ...lintOptionsOf(settings), mode,
      ...(location ? { fileName: location.path } : input.fileName ? { fileName: input.fileName } : {}),
      ...(person ? { personNames: [person.name, person.id] } : personId ? { personNames: [personId] } : {}),
    },
  };
}

/** One workspace folder's people.json as last read. */
export interface RosterSnapshot {
  /** Where people.json is (or would be). */
  readonly location: WorkspaceLocation;
  /** False when there is no people.json (or it could not be read: see `error`). */
  readonly exists: boolean;
  /** The text the roster was parsed from ('' when there is none). */
  readonly text: string;
  /** The parse, when the file exists. */
  readonly document: RosterDocument | undefined;
  readonly roster: Roster;
  /** Why the file could not be read, when it exists but reading failed. */
  readonly error?: string;
}

interface RosterEntry {
  /** The current snapshot, read on first use; dropped by invalidateRoster. */
  snapshot?: Promise<RosterSnapshot>;
  /** The last snapshot that finished loading, for synchronous callers. */
  last?: RosterSnapshot;
  /** The last parse: a re-read that finds the same text reuses it instead of parsing again. */
  parsed?: RosterDocument;
}

/** Key for files outside every workspace folder (no root). */
const OUTSIDE = '\u0000outside';

/**
 * The note context service over a host's files and settings. Caches the checked settings per
 * workspace folder and the parsed roster per workspace folder until told otherwise: the extension
 * invalidates from its file watcher and from edits of an open people.json and on configuration
 * changes; the CLI reads once per run.
 */
export class NoteContexts {
  private readonly settingsCache = new Map<string, ParsedSettings>();
  private readonly rosters = new Map<string, RosterEntry>();
  /** How often people.json was read and parsed (the tests and the README's figures count them). */
  readonly stats = { rosterReads: 0, rosterParses: 0 };

  constructor(private readonly files: WorkspaceFiles, private readonly rawSettings: RawSettings) {}

  /** The checked settings (and their problems) for files in workspace folder `root` (undefined: outside every folder). */
  settings(root: string | undefined): ParsedSettings {
    const key = root ?? OUTSIDE;
    let parsed = this.settingsCache.get(key);
    if (!parsed) {
      parsed = parseSettings(k => this.rawSettings.get(root, k));
      this.settingsCache.set(key, parsed);
    }
    return parsed;
  }

  /** Settings changed: re-check them on next use, and re-read the rosters (the notes folder may have moved). */
  invalidateSettings(): void {
    this.settingsCache.clear();
    this.invalidateRoster();
  }

  /** The notes folder of workspace folder `root`. */
  notesFolder(root: string): WorkspaceLocation {
    return { root, path: this.settings(root).settings.notesFolder };
  }

  /** Where workspace folder `root` keeps people.json. */
  rosterLocation(root: string): WorkspaceLocation {
    return { root, path: joinPath(this.settings(root).settings.notesFolder, ROSTER_FILE) };
  }

  /** The roster of workspace folder `root`: read once, then cached until invalidated. */
  roster(root: string): Promise<RosterSnapshot> {
    const entry = this.entry(root);
    if (!entry.snapshot) {
      const loading: Promise<RosterSnapshot> = this.loadRoster(root).then(snapshot => {
        if (entry.snapshot === loading) entry.last = snapshot;
        return snapshot;
      });
      entry.snapshot = loading;
    }
    return entry.snapshot;
  }

  /** The roster as last loaded, without reading (undefined before the first load finished). */
  peekRoster(root: string): RosterSnapshot | undefined {
    return this.rosters.get(root)?.last;
  }

  /** The next roster(root) reads people.json again (all folders when `root` is undefined). The parse is reused if the text is unchanged. */
  invalidateRoster(root?: string): void {
    for (const [key, entry] of this.rosters) if (root === undefined || key === root) entry.snapshot = undefined;
  }

  /** The parse of a roster text of workspace folder `root`: the cached one when the text is the one last parsed. */
  rosterDocument(root: string, text: string): RosterDocument {
    const entry = this.entry(root);
    if (entry.parsed?.text !== text) {
      this.stats.rosterParses++;
      entry.parsed = readRoster(text);
    }
    return entry.parsed;
  }

  /** Keeps the parse of a roster text about to be written (roster-change.ts planRosterChange): its re-reads do not parse it again. */
  adoptRoster(root: string, document: RosterDocument): void {
    this.stats.rosterParses++;
    this.entry(root).parsed = document;
  }

  /** The note context of the note at `location` (undefined: outside every workspace folder). */
  async contextOf(location: WorkspaceLocation | undefined, options: NoteContextOptions = {}): Promise<NoteContext> {
    const { settings } = this.settings(location?.root);
    const needsRoster = location !== undefined && personIdOf(location, settings) !== undefined;
    const roster = needsRoster ? (await this.roster(location.root)).roster : undefined;
    let text = options.text;
    if (text === undefined && location && !options.mode) {
      try {
        text = await this.files.readFile(location);
      } catch {
        text = undefined; // unreadable: decided without its front matter
      }
    }
    return resolveNoteContext({ location, settings, roster, ...options, ...(text !== undefined ? { text } : {}) });
  }

  /** contextOf without reading: the roster as last loaded. `text` should be given (nothing is read). */
  contextNow(location: WorkspaceLocation | undefined, options: NoteContextOptions = {}): NoteContext {
    const { settings } = this.settings(location?.root);
    const roster = location ? this.peekRoster(location.root)?.roster : undefined;
    return resolveNoteContext({ location, settings, roster, ...options });
  }

  private entry(root: string): RosterEntry {
    let entry = this.rosters.get(root);
    if (!entry) {
      entry = {};
      this.rosters.set(root, entry);
    }
    return entry;
  }

  private async loadRoster(root: string): Promise<RosterSnapshot> {
    const location = this.rosterLocation(root);
    let text: string | undefined;
    this.stats.rosterReads++;
    try {
      text = await this.files.readFile(location);
    } catch (e) {
      return { location, exists: false, text: '', document: undefined, roster: EMPTY_ROSTER, error: e instanceof Error ? e.message : String(e) };
    }
    if (text === undefined) return { location, exists: false, text: '', document: undefined, roster: EMPTY_ROSTER };
    const document = this.rosterDocument(root, text);
    return { location, exists: true, text, document, roster: document.roster };
  }
}
