// The roster (people.json): parsing with line-accurate problems, validation, and edits that touch
// only the text they change, keep unknown fields, and refuse a file that did not parse.
import { defaultModeFor, isMode, isRelationship, MODE_INFO, modesFor, type Mode, type Relationship } from './modes';
import { nodeValue, parseJsonTree, positionAt, property, type JsonNode, type JsonObject, type JsonParseResult, type JsonSyntaxError } from './json-tree';
import { ID_RULES, isSafeId, safeId } from './person-id';
import { bidiControlsIn, stripBidiControls } from './text';

export const ROSTER_FILE = 'people.json';
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 365;

export interface Person {
  /** Stable slug; also the name of the person's notes folder. Never changes on rename. */
  readonly id: string;
  readonly name: string;
  readonly relationship: Relationship;
  /** The default learning relationship for 1:1s with this person. */
  readonly mode: Mode;
  /** Days between 1:1s; undefined means the workspace default setting. */
  readonly cadenceDays: number | undefined;
  readonly archived: boolean;
}

export type ProblemSeverity = 'error' | 'warning';

export interface RosterProblem {
  readonly message: string;
  readonly severity: ProblemSeverity;
  /** Where in people.json, as offsets and 0-based line/character. */
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  /** The person the problem is about, when known. */
  readonly personId?: string;
}

export interface Roster {
  readonly people: readonly Person[];
  readonly problems: readonly RosterProblem[];
  /** False when the file has errors: the extension then refuses to rewrite it. */
  readonly writable: boolean;
}

export const EMPTY_ROSTER: Roster = { people: [], problems: [], writable: true };

function problemAt(text: string, offset: number, length: number, message: string, severity: ProblemSeverity = 'error', personId?: string): RosterProblem {
  const start = positionAt(text, offset);
  const end = positionAt(text, offset + length);
  return { message, severity, offset, length, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, ...(personId ? { personId } : {}) };
}

/** A name as it is shown: without bidirectional controls (they reorder what follows), trimmed. */
export function personName(name: string): string {
  return stripBidiControls(name).trim();
}

/** A person in a message: their name and id, e.g. `Amara Okafor ("amara-okafor")`. */
export function who(name: string, id: string): string {
  return name === id ? `"${id}"` : `${name} ("${id}")`;
}

/** The value of a scalar node; undefined for objects and lists. */
export function scalar(node: JsonNode): unknown {
  return node.type === 'object' || node.type === 'array' ? undefined : node.value;
}

function describeType(node: JsonNode): string {
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'a list';
    case 'string': return `the text ${JSON.stringify(node.value)}`;
    case 'number': return `the number ${String(node.value)}`;
    case 'boolean': return String(node.value);
    default: return 'null';
  }
}

/**
 * people.json read once: the text, its JSON tree (with offsets, for edits that touch only what they
 * change) and the validated roster. The one parse a roster text gets: the note context caches it,
 * and a change (roster-change.ts changeRoster) is planned on it and returns the parse of its result.
 */
export interface RosterDocument {
  readonly text: string;
  readonly root: JsonNode | undefined;
  readonly syntaxError: JsonSyntaxError | undefined;
  readonly roster: Roster;
}

/** Parses and validates people.json. Never throws; everything wrong is a problem with a position. */
export function parseRoster(text: string): Roster {
  return readRoster(text).roster;
}

/** Parses and validates people.json, keeping the JSON tree. Never throws. */
export function readRoster(text: string): RosterDocument {
  const tree: JsonParseResult = text.trim() ? parseJsonTree(text) : { root: undefined, error: undefined };
  return { text, root: tree.root, syntaxError: tree.error, roster: validateRoster(text, tree) };
}

function validateRoster(text: string, tree: JsonParseResult): Roster {
  const problems: RosterProblem[] = [];
  const people: Person[] = [];
  const add = (node: { offset: number; length: number }, message: string, severity: ProblemSeverity = 'error', personId?: string) =>
    problems.push(problemAt(text, node.offset, node.length, message, severity, personId));

  if (!text.trim()) {
    problems.push(problemAt(text, 0, 0, 'people.json is empty. Add people with "1:1: Add Person…", or write {"people": []}.'));
    // Nothing to lose: the first change writes a fresh roster.
    return { people, problems, writable: true };
  }
  const { root, error } = tree;
  if (error) problems.push(problemAt(text, error.offset, error.length, `people.json is not valid JSON: ${error.message}`));
  /** Nodes cut short by a syntax error are shown if they can be, but not complained about. */
  const incomplete = (node: JsonNode) => error !== undefined && node.offset + node.length >= error.offset;

  if (!root) return { people, problems, writable: false };
  if (root.type !== 'object') {
    add(root, `people.json should be an object like {"people": [...]}, but it holds ${describeType(root)}.`);
    return { people, problems, writable: false };
  }
  for (const duplicate of duplicateKeys(root)) add({ offset: duplicate.keyOffset, length: duplicate.keyLength }, `"${duplicate.key}" appears twice; only the last one counts.`, 'warning');
  const list = property(root, 'people');
  if (!list) {
    if (!incomplete(root)) add({ offset: root.offset, length: 1 }, 'people.json has no "people" list. Expected {"people": [...]}.');
  } else if (list.value.type !== 'array') {
    add(list.value, `"people" should be a list of people, but it is ${describeType(list.value)}.`);
  } else {
    const seen = new Map<string, number>();
    for (const item of list.value.items) {
      const person = validatePerson(text, item, incomplete(item), problems);
      if (!person) continue;
      const key = person.id.toLowerCase();
      const firstIndex = seen.get(key);
      if (firstIndex !== undefined) {
        const idNode = idNodeOf(item);
        const firstItem = list.value.items[firstIndex] ?? item;
        // The line of the first one's "id", where the person reading the message looks.
        const first = positionAt(text, idNodeOf(firstItem).offset).line + 1;
        const firstPerson = people.find(p => p.id.toLowerCase() === key);
        add(idNode, `Duplicate id "${person.id}" for ${person.name}: line ${first} already uses it${firstPerson && firstPerson.name !== person.name ? ` for ${firstPerson.name}` : ''}. Ids name the notes folder, so each must be unique.`, 'error', person.id);
        continue;
      }
      seen.set(key, list.value.items.indexOf(item));
      people.push(person);
    }
  }
  return { people, problems, writable: !problems.some(p => p.severity === 'error') };
}

function idNodeOf(item: JsonNode): JsonNode {
  return item.type === 'object' ? property(item, 'id')?.value ?? item : item;
}

function duplicateKeys(node: JsonObject) {
  const seen = new Set<string>();
  const out = [];
  for (const p of node.properties) {
    if (seen.has(p.key)) out.push(p);
    seen.add(p.key);
  }
  return out;
}

function validatePerson(text: string, node: JsonNode, partial: boolean, problems: RosterProblem[]): Person | undefined {
  const report = (at: { offset: number; length: number }, message: string, personId?: string, severity: ProblemSeverity = 'error') => {
    if (!partial) problems.push(problemAt(text, at.offset, at.length, message, severity, personId));
  };
  if (node.type !== 'object') {
    report(node, `Each person should be an object like {"id": ..., "name": ..., "relationship": ...}, but this is ${describeType(node)}.`);
    return undefined;
  }
  const head = { offset: node.offset, length: 1 };
  for (const duplicate of duplicateKeys(node)) report({ offset: duplicate.keyOffset, length: duplicate.keyLength }, `"${duplicate.key}" appears twice in this person; only the last one counts.`, undefined, 'warning');

  const idProp = property(node, 'id');
  const nameProp = property(node, 'name');
  const rawName = nameProp?.value.type === 'string' ? nameProp.value.value as string : undefined;
  const cleanName = rawName === undefined ? undefined : personName(rawName);
  if (!idProp) {
    report(head, `${cleanName ? `${cleanName} has` : 'This person has'} no "id". The id is the name of their notes folder, e.g. "id": "amara-okafor".`);
    return undefined;
  }
  const id = idProp.value.type === 'string' ? idProp.value.value as string : undefined;
  if (id === undefined) {
    report(idProp.value, `"id"${cleanName ? ` of ${cleanName}` : ''} should be text, but it is ${describeType(idProp.value)}.`);
    return undefined;
  }
  if (!isSafeId(id)) {
    const suggestion = safeId(id);
    report(idProp.value, `"${stripBidiControls(id)}"${cleanName ? ` (the id of ${cleanName})` : ''} is not a safe id (${ID_RULES}); it names a folder, so it may not contain slashes, dots or spaces. Try "${suggestion}".`, id);
    return undefined;
  }

  let name = id;
  if (!nameProp) report(head, `Person "${id}" has no "name".`, id);
  else if (!cleanName) report(nameProp.value, `"name" of "${id}" should be non-empty text.`, id);
  else {
    name = cleanName;
    const controls = bidiControlsIn(rawName ?? '');
    if (controls.length) {
      report(nameProp.value, `The name of ${who(name, id)} has invisible text-direction characters (${controls.join(', ')}) that reorder how it shows; they are left out wherever the name is shown. Remove them from ${ROSTER_FILE} to silence this.`, id, 'warning');
    }
  }
  const label = who(name, id);

  const relProp = property(node, 'relationship');
  const modeProp = property(node, 'mode');
  const rawMode = modeProp?.value.type === 'string' ? scalar(modeProp.value) : undefined;
  let relationship: Relationship | undefined;
  if (!relProp) {
    report(head, `${label} has no "relationship": use "direct-report" or "peer".`, id);
  } else if (!isRelationship(scalar(relProp.value))) {
    report(relProp.value, `Unknown relationship ${relProp.value.type === 'string' ? `"${String(scalar(relProp.value))}"` : describeType(relProp.value)} for ${label}: use "direct-report" or "peer".`, id);
  } else {
    relationship = scalar(relProp.value) as Relationship;
  }
  // Without a valid relationship, a valid mode still says which kind of relationship this is.
  if (!relationship && isMode(rawMode)) relationship = MODE_INFO[rawMode].relationship;
  if (!relationship) return undefined;

  let mode = defaultModeFor(relationship);
  if (modeProp) {
    const allowed = modesFor(relationship);
    const value = scalar(modeProp.value);
    if (!isMode(value)) {
      report(modeProp.value, `Unknown mode ${JSON.stringify(nodeValue(modeProp.value))} for ${label}: a ${relationship} is met in ${allowed.map(m => `"${m}"`).join(' or ')}.`, id);
    } else if (!allowed.includes(value)) {
      report(modeProp.value, `${label}: "${value}" is a mode for a ${MODE_INFO[value].relationship}; a ${relationship} is met in ${allowed.map(m => `"${m}"`).join(' or ')}.`, id);
    } else {
      mode = value;
    }
  }

  let cadenceDays: number | undefined;
  const cadenceProp = property(node, 'cadenceDays');
  if (cadenceProp && cadenceProp.value.type !== 'null') {
    const v = scalar(cadenceProp.value);
    if (typeof v === 'number' && Number.isInteger(v) && v >= MIN_CADENCE_DAYS && v <= MAX_CADENCE_DAYS) cadenceDays = v;
    else report(cadenceProp.value, `"cadenceDays" of ${label} should be a whole number of days from ${MIN_CADENCE_DAYS} to ${MAX_CADENCE_DAYS}, but it is ${describeType(cadenceProp.value)}.`, id);
  }

  let archived = false;
  const archivedProp = property(node, 'archived');
  if (archivedProp) {
    if (archivedProp.value.type === 'boolean') archived = scalar(archivedProp.value) as boolean;
    else report(archivedProp.value, `"archived" of ${label} should be true or false, but it is ${describeType(archivedProp.value)}.`, id);
  }
  return { id, name, relationship, mode, cadenceDays, archived };
}

// ---- Changes -------------------------------------------------------------------------------

export interface NewPerson {
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode?: Mode;
  readonly cadenceDays?: number;
  /** Wanted id; made safe and unique. Defaults to the slug of the name. */
  readonly id?: string;
}

export type PersonPatch = Partial<Pick<Person, 'name' | 'relationship' | 'mode' | 'cadenceDays' | 'archived'>>;

export type RosterChange =
  | { readonly kind: 'add'; readonly person: NewPerson }
  | { readonly kind: 'update'; readonly id: string; readonly patch: PersonPatch };

export type ChangeResult =
  | { readonly ok: true; readonly text: string; readonly person: Person; readonly document: RosterDocument }
  | { readonly ok: false; readonly reason: string };

/** Validates a person's fields before they are written. Returns a message, or undefined when fine. */
export function checkPersonFields(p: { name?: string; relationship?: Relationship; mode?: Mode; cadenceDays?: number }): string | undefined {
  if (p.name !== undefined && !personName(p.name)) return 'A name is required.';
  if (p.name !== undefined && p.name.length > 200) return 'That name is too long (200 characters at most).';
  if (p.relationship !== undefined && !isRelationship(p.relationship)) return `Unknown relationship "${String(p.relationship)}": use "direct-report" or "peer".`;
  if (p.mode !== undefined && !isMode(p.mode)) return `Unknown mode "${String(p.mode)}".`;
  if (p.mode !== undefined && p.relationship !== undefined && MODE_INFO[p.mode].relationship !== p.relationship) {
    return `"${p.mode}" is a mode for a ${MODE_INFO[p.mode].relationship}, not a ${p.relationship}.`;
  }
  if (p.cadenceDays !== undefined && (!Number.isInteger(p.cadenceDays) || p.cadenceDays < MIN_CADENCE_DAYS || p.cadenceDays > MAX_CADENCE_DAYS)) {
    return `Cadence should be a whole number of days from ${MIN_CADENCE_DAYS} to ${MAX_CADENCE_DAYS}.`;
  }
  return undefined;
}

/**
 * Why a roster cannot be changed (it has errors), in one sentence that names people.json once and
 * the line of its first error; undefined when it can be.
 */
export function rosterRefusal(roster: Roster): string | undefined {
  if (roster.writable) return undefined;
  const first = roster.problems.find(p => p.severity === 'error');
  if (!first) return `${ROSTER_FILE} has errors. Fix them first: the extension does not rewrite a roster it cannot read.`;
  // The problem's own "people.json is not valid JSON: ..." reads "not valid JSON: ..." here, so the file is named once.
  const detail = first.message
    .replace(new RegExp(`^${ROSTER_FILE.replace('.', '\\.')} is (?=not valid JSON)`), '')
    .replace(new RegExp(`^${ROSTER_FILE.replace('.', '\\.')} (?=is |has |should )`), 'it ')
    .replace(/\.$/, '');
  return `Fix line ${first.line + 1} of ${ROSTER_FILE} first — ${detail}. The extension does not rewrite a roster it cannot read.`;
}
