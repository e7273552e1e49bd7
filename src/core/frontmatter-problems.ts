// What is wrong with a note's front matter, and where: a block that is never closed, lines YAML
// cannot read, a key given twice, a `mode` or `relationship` that is not one, a `date` that is not a
// calendar date, a `person` who is not in people.json. Nothing here changes how a note is read: the
// note context (note-context.ts) still decides its person and mode, and a bad value is simply not
// used. This only tells the person where and why, with a fix when the right value is plain.
import { parseIsoDate } from './dates';
import { didYouMean } from './did-you-mean';
import { linkedName, readFrontMatter, type FrontMatterEntry } from './frontmatter';
import { MODE_INFO, MODES, RELATIONSHIPS, isMode, isRelationship, type Mode } from './modes';
import { findPerson, type ModeSource, type NoteContexts } from './note-context';
import { parseNoteFileName } from './notes';
import { who, type Person, type Roster } from './roster';
import type { WorkspaceLocation } from './workspace';

export type FrontMatterProblemCode =
  | 'front-matter-unclosed'
  | 'front-matter-yaml'
  | 'front-matter-duplicate'
  | 'front-matter-mode'
  | 'front-matter-relationship'
  | 'front-matter-date'
  | 'front-matter-person';

/** An edit that fixes the problem: the text between `start` and `end` of `line` becomes `text`. */
export interface FrontMatterFix {
  /** 'replace': a value by the one meant; 'close': the closing fence inserted. */
  readonly kind: 'replace' | 'close';
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FrontMatterProblem {
  readonly code: FrontMatterProblemCode;
  /** Zero-based line of the note, and the columns on it. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix?: FrontMatterFix;
}

/** What is known about the note besides its text (all optional: what is missing is not checked). */
export interface FrontMatterFacts {
  /** The note's file name (a dated one says what its date is). */
  readonly fileName?: string;
  /** The person the note's folder names (`<notesFolder>/<id>/…`): the one it counts for. */
  readonly personId?: string;
  /**
   * people.json of the note's workspace folder, when it reads cleanly: `person:` is checked against
   * it. Undefined: not checked (no roster, or one with errors, which are reported on people.json).
   */
  readonly roster?: Roster;
  /** The mode the note is weighed in and where it came from (note-context.ts): named when `mode:` is not used. */
  readonly weighedAs?: { readonly mode: Mode; readonly source: ModeSource };
}

const quoted = (values: readonly string[]) => values.map(v => `"${v}"`);
function oneOf(values: readonly string[]): string {
  const q = quoted(values);
  return q.length <= 2 ? q.join(' or ') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Other words people write for a mode: its label ("Learning together"). */
const MODE_ALIASES: Readonly<Record<string, Mode>> = Object.fromEntries(MODES.map(m => [MODE_INFO[m].label, m]));

/** The front matter's problems, in line order. Pure; [] for a note without front matter or with a sound one. */
export function frontMatterProblems(text: string, facts: FrontMatterFacts = {}): FrontMatterProblem[] {
  const front = readFrontMatter(text);
  const problems: FrontMatterProblem[] = [];
  let entries = front.entries;
  if (front.unclosed) {
    // Only the `key: value` lines right under the opening fence were meant as front matter.
    const top: FrontMatterEntry[] = [];
    for (const e of entries) {
      if (e.line !== top.length + 1) break;
      top.push(e);
    }
    entries = top;
    const at = top.length + 1;
    problems.push({
      code: 'front-matter-unclosed', line: 0, start: 0, end: 3,
      message: 'The front matter opened here is never closed with a line "---", so none of it is read'
        + (facts.weighedAs ? ` (this note is weighed as ${weighed(facts.weighedAs)})` : '')
        + '. Close it after its last "key: value" line.',
      ...(top.length ? { fix: { kind: 'close' as const, line: at, start: 0, end: 0, text: '---\n' } } : {}),
    });
  } else {
    for (const line of front.unreadable) {
      problems.push({
        code: 'front-matter-yaml', line, start: 0, end: lineLength(text, line),
        message: 'This line of the front matter is not "key: value", a comment or a list item: YAML cannot read it, so other tools may drop the whole block. Learning Leader skips the line.',
      });
    }
  }

  const lastOf = new Map<string, FrontMatterEntry>();
  for (const e of entries) lastOf.set(e.key, e);
  for (const e of entries) {
    const last = lastOf.get(e.key);
    if (last && last !== e) {
      problems.push({
        code: 'front-matter-duplicate', line: e.line, start: 0, end: e.end,
        message: `"${e.key}" is given again on line ${last.line + 1}: YAML refuses a key given twice, and Learning Leader reads only the last one, so this line is not used.`,
      });
      continue;
    }
    const problem = valueProblem(e, facts, front.unclosed);
    if (problem) problems.push(problem);
  }
  return problems.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** What YAML cannot read in a value written on one line: a bracket or a quote left open. */
function unreadableValue(e: FrontMatterEntry): string | undefined {
  if (e.continued) return undefined;
  const raw = e.raw;
  if (raw.startsWith('[') && !raw.endsWith(']')) return 'opens a "[" that is never closed';
  if (raw.startsWith('{') && !raw.endsWith('}')) return 'opens a "{" that is never closed';
  for (const q of ['"', "'"]) if (raw.startsWith(q) && (raw.length < 2 || !raw.endsWith(q))) return `opens a quote (${q}) that is never closed`;
  return undefined;
}

function valueProblem(e: FrontMatterEntry, facts: FrontMatterFacts, unclosed: boolean): FrontMatterProblem | undefined {
  const broken = unreadableValue(e);
  const at = { line: e.line, start: e.start, end: e.end };
  const replace = (value: string | undefined) => (value !== undefined && value !== e.raw ? { fix: { kind: 'replace' as const, ...at, text: value } } : {});
  const unread = broken ? `"${e.raw}" ${broken}: YAML cannot read it. ` : '';
  switch (e.key) {
    case 'mode': {
      if (!e.value || (!broken && isMode(e.value))) return undefined;
      const meant = didYouMean(e.value, MODES, MODE_ALIASES);
      const instead = facts.weighedAs && !unclosed ? ` Until then this note is weighed as ${weighed(facts.weighedAs)}.` : '';
      return {
        code: broken ? 'front-matter-yaml' : 'front-matter-mode', ...at, ...replace(meant),
        message: `${unread || `"${e.value}" is not a mode. `}Use ${oneOf(MODES)}.${meant ? ` Did you mean "${meant}"?` : ''}${instead}`,
      };
    }
    case 'relationship': {
      if (!e.value || (!broken && isRelationship(e.value))) return undefined;
      const meant = didYouMean(e.value, RELATIONSHIPS);
      return {
        code: broken ? 'front-matter-yaml' : 'front-matter-relationship', ...at, ...replace(meant),
        message: `${unread || `"${e.value}" is not a relationship. `}Use ${oneOf(RELATIONSHIPS)}.${meant ? ` Did you mean "${meant}"?` : ''}`,
      };
    }
    case 'date': {
      if (!e.value || (!broken && parseIsoDate(e.value))) return undefined;
      const named = facts.fileName ? parseNoteFileName(facts.fileName.slice(facts.fileName.lastIndexOf('/') + 1))?.date : undefined;
      return {
        code: broken ? 'front-matter-yaml' : 'front-matter-date', ...at, ...replace(named),
        message: `${unread || `"${e.value}" is not a calendar date. `}Write it as YYYY-MM-DD, like ${named ?? '2026-03-04'}.`
          + (named ? ` The note's date comes from its file name: ${named}.` : ' Until then this note has no date: its items have no age and sort last.'),
      };
    }
    case 'person':
      return personProblem(e, facts, broken ? unread : undefined);
    default:
      return broken ? { code: 'front-matter-yaml', ...at, message: `${unread}Learning Leader reads it as it is written.` } : undefined;
  }
}

/**
 * The roster's person a front matter value names by their name, as Obsidian and other tools write it:
 * "[[Ravi Patel]]", "[[Ravi Patel|Ravi]]", "Ravi Patel" (any case); an id inside brackets, "[[ravi-patel]]", too.
 */
function personByName(roster: Roster, value: string): Person | undefined {
  const inner = linkedName(value);
  const lower = inner.toLowerCase();
  return findPerson(roster, inner) ?? roster.people.find(p => p.name.trim().toLowerCase() === lower);
}

function personProblem(e: FrontMatterEntry, facts: FrontMatterFacts, unread: string | undefined): FrontMatterProblem | undefined {
  const at = { line: e.line, start: e.start, end: e.end };
  if (unread !== undefined && !facts.roster) return { code: 'front-matter-yaml', ...at, message: `${unread}Learning Leader reads it as it is written.` };
  const roster = facts.roster;
  if (!roster || !e.value) return undefined;
  const named = findPerson(roster, e.value) ?? personByName(roster, e.value);
  const owner = findPerson(roster, facts.personId);
  const fix = (id: string | undefined) => (id !== undefined && id !== e.raw ? { fix: { kind: 'replace' as const, ...at, text: id } } : {});
  const countsFor = owner ? ` This note counts for ${who(owner.name, owner.id)}, whose folder it is in.` : '';
  if (!named) {
    const meant = owner?.id ?? didYouMean(e.value, roster.people.map(p => p.id));
    return {
      code: unread ? 'front-matter-yaml' : 'front-matter-person', ...at, ...fix(meant),
      message: `${unread ?? ''}"${e.value}" is not in people.json.${countsFor || (meant ? ` Did you mean "${meant}"?` : '')}`,
    };
  }
  if (owner && named.id !== owner.id) {
    return {
      code: 'front-matter-person', ...at, ...fix(owner.id),
      message: `"${e.value}" is ${who(named.name, named.id)}, but this note is in the folder of ${who(owner.name, owner.id)}: the folder decides whose note it is.`,
    };
  }
  return unread ? { code: 'front-matter-yaml', ...at, message: `${unread}Learning Leader reads it as it is written.` } : undefined;
}

function weighed(as: { readonly mode: Mode; readonly source: ModeSource }): string {
  const label = MODE_INFO[as.mode].label;
  switch (as.source) {
    case 'roster': return `${label}, the person's mode in people.json`;
    case 'default': return `${label}, the learningLeader.lint.defaultMode setting`;
    case 'explicit': return `${label}, as asked`;
    default: return label;
  }
}

/** The length of zero-based line `line` of `text` (without its line end). */
function lineLength(text: string, line: number): number {
  let from = 0;
  for (let i = 0; i < line; i++) {
    const eol = text.indexOf('\n', from);
    if (eol < 0) return 0;
    from = eol + 1;
  }
  const eol = text.indexOf('\n', from);
  return (eol < 0 ? text.length : eol) - from - (text[eol - 1] === '\r' ? 1 : 0);
}

/**
 * The front matter problems of a note at `location` whose text is `text`, with what its note context
 * knows: its folder's person, the mode it is weighed in, and people.json when the note is in the
 * notes folder and the file reads cleanly (a broken one is reported on people.json itself).
 */
export async function noteFrontMatterProblems(contexts: NoteContexts, location: WorkspaceLocation | undefined, text: string, fileName?: string): Promise<FrontMatterProblem[]> {
  if (!text.startsWith('---') && !text.startsWith('\ufeff---')) return [];
  const context = await contexts.contextOf(location, { text, ...(fileName !== undefined ? { fileName } : {}) });
  const snapshot = location && context.inNotesFolder ? await contexts.roster(location.root) : undefined;
  const roster = snapshot?.exists && snapshot.roster.writable ? snapshot.roster : undefined;
  const name = location?.path ?? fileName;
  return frontMatterProblems(text, {
    ...(name !== undefined ? { fileName: name } : {}),
    ...(context.personId !== undefined ? { personId: context.personId } : {}),
    ...(roster ? { roster } : {}),
    weighedAs: { mode: context.mode, source: context.modeSource },
  });
}
