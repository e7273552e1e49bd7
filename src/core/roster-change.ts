// Changes to the roster (people.json) that touch only the text they change, keep unknown fields and
// refuse a file that did not parse. Apart from roster.ts: only add, edit and archive need them (the
// extension loads them with those commands, not at startup).
import { defaultModeFor, MODE_INFO } from './modes';
import { nodeValue, property, type JsonArray, type JsonObject } from './json-tree';
import { isSafeId, safeId } from './person-id';
import type { NoteContexts } from './note-context';
import { checkPersonFields, personName, readRoster, rosterRefusal, scalar, type ChangeResult, type Person, type PersonPatch, type Roster, type RosterChange, type RosterDocument } from './roster';

/** The text of a roster that does not exist yet. */
const NEW_ROSTER_TEXT = '{\n  "people": []\n}\n';

/**
 * Applies a change to the roster text as it is now (re-read right before the write), keeping every
 * field and all formatting it does not touch. `current` undefined means there is no file yet.
 * Refuses to touch a file that has errors: the person's text wins over ours.
 */
export function applyRosterChange(current: string | undefined, change: RosterChange): ChangeResult {
  return changeRoster(current === undefined ? undefined : readRoster(current), change);
}

/**
 * applyRosterChange on a roster already read (the note context's cached parse): no parse of the
 * current text, and one of the result, which is returned (`document`) for the cache to keep.
 */
export function changeRoster(current: RosterDocument | undefined, change: RosterChange): ChangeResult {
  const base = current === undefined || !current.text.trim() ? readRoster(NEW_ROSTER_TEXT) : current;
  const { text, root, roster } = base;
  const refusal = rosterRefusal(roster);
  if (refusal) return { ok: false, reason: refusal };
  if (!root || root.type !== 'object') return { ok: false, reason: 'people.json is not an object.' };
  const list = property(root, 'people')?.value as JsonArray;
  const expected = nodeValue(root) as { people: Record<string, unknown>[] };

  let person: Person;
  let edit: TextEdit;
  if (change.kind === 'add') {
    const p = change.person;
    const name = personName(p.name);
    const mode = p.mode ?? defaultModeFor(p.relationship);
    const problem = checkPersonFields({ name, relationship: p.relationship, mode, ...(p.cadenceDays !== undefined ? { cadenceDays: p.cadenceDays } : {}) });
    if (problem) return { ok: false, reason: problem };
    const id = safeId(p.id && isSafeId(p.id) ? p.id : name, roster.people.map(x => x.id));
    const entry: Record<string, unknown> = { id, name, relationship: p.relationship, mode };
    if (p.cadenceDays !== undefined) entry.cadenceDays = p.cadenceDays;
    entry.archived = false;
    person = { id, name, relationship: p.relationship, mode, cadenceDays: p.cadenceDays, archived: false };
    expected.people.push(entry);
    edit = appendItem(text, list, entry);
  } else {
    const index = roster.people.findIndex(x => x.id === change.id);
    const before = roster.people[index];
    if (!before) return { ok: false, reason: `No one with id "${change.id}" is in people.json (it may have been removed in another window).` };
    const patch = { ...change.patch };
    if (patch.name !== undefined) patch.name = personName(patch.name);
    const relationship = patch.relationship ?? before.relationship;
    // A new relationship without a mode takes that relationship's default mode.
    if (patch.relationship !== undefined && patch.mode === undefined && MODE_INFO[before.mode].relationship !== relationship) patch.mode = defaultModeFor(relationship);
    const problem = checkPersonFields({ ...(patch.name !== undefined ? { name: patch.name } : {}), relationship, mode: patch.mode ?? before.mode, ...(patch.cadenceDays !== undefined ? { cadenceDays: patch.cadenceDays } : {}) });
    if (problem) return { ok: false, reason: problem };
    person = { ...before, ...patch } as Person;
    const node = list.items.find(item => item.type === 'object' && (p => p && scalar(p.value))(property(item, 'id')) === change.id) as JsonObject;
    const entry = expected.people.find(e => e.id === change.id);
    if (!entry) return { ok: false, reason: `No one with id "${change.id}" is in people.json.` };
    const edits: TextEdit[] = [];
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      entry[key] = value;
      edits.push(setProperty(text, node, key, value));
    }
    edit = combine(text, edits);
  }
  const unit = indentUnit(text);
  let next = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  // Belt and braces: if the surgical edit did not produce exactly the intended data, write it whole.
  // This parse of the result is the one the caller keeps (the roster as it will be after the write).
  let document = readRoster(next);
  if (document.syntaxError || !document.root || JSON.stringify(nodeValue(document.root)) !== JSON.stringify(expected)) {
    next = `${JSON.stringify(expected, null, unit)}\n`;
    document = readRoster(next);
  }
  return { ok: true, text: next, person, document };
}

/**
 * True when `roster` holds `change` as it was written (`person`: the plan's result): the person added
 * with that id, name and relationship, or the patched fields with their new values. A writer that
 * raced ours may have replaced the file; this says whether our change survived it.
 */
export function holdsChange(roster: Roster, change: RosterChange, person: Person): boolean {
  const now = roster.people.find(p => p.id === person.id);
  if (!now) return false;
  if (change.kind === 'add') return now.name === person.name && now.relationship === person.relationship && now.mode === person.mode;
  return (Object.keys(change.patch) as (keyof PersonPatch)[]).every(key => change.patch[key] === undefined || now[key] === person[key]);
}

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** The smallest single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, text: after.slice(start, endAfter) };
}

function combine(text: string, edits: TextEdit[]): TextEdit {
  if (!edits.length) return { offset: 0, length: 0, text: '' };
  // Back to front; edits at the same offset keep their order (the later one is applied first).
  const sorted = edits.map((e, index) => ({ e, index })).sort((a, b) => b.e.offset - a.e.offset || b.index - a.index);
  let next = text;
  for (const { e } of sorted) next = next.slice(0, e.offset) + e.text + next.slice(e.offset + e.length);
  return { offset: 0, length: text.length, text: next };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentationOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** True when only whitespace precedes `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return !text.slice(lineStartOf(text, offset), offset).trim();
}

export function indentUnit(text: string): string | number {
  const m = /\n([ \t]+)\S/.exec(text);
  return m?.[1] ?? 2;
}

function setProperty(text: string, node: JsonObject, key: string, value: unknown): TextEdit {
  const existing = property(node, key);
  const json = JSON.stringify(value);
  if (existing) return { offset: existing.value.offset, length: existing.value.length, text: json };
  const last = node.properties[node.properties.length - 1];
  if (!last) return { offset: node.offset, length: node.length, text: `{ ${JSON.stringify(key)}: ${json} }` };
  const end = last.value.offset + last.value.length;
  const separator = startsLine(text, last.keyOffset) && text.slice(node.offset, last.keyOffset).includes('\n')
    ? `\n${indentationOfLine(text, last.keyOffset)}`
    : ' ';
  return { offset: end, length: 0, text: `,${separator}${JSON.stringify(key)}: ${json}` };
}

function appendItem(text: string, list: JsonArray, value: Record<string, unknown>): TextEdit {
  const unit = indentUnit(text);
  const unitText = typeof unit === 'number' ? ' '.repeat(unit) : unit;
  const last = list.items[list.items.length - 1];
  const reindent = (json: string, indent: string) => json.split('\n').join(`\n${indent}`);
  if (!last) {
    const outer = indentationOfLine(text, list.offset);
    const inner = outer + unitText;
    return { offset: list.offset, length: list.length, text: `[\n${inner}${reindent(JSON.stringify(value, null, unit), inner)}\n${outer}]` };
  }
  const end = last.offset + last.length;
  const lastText = text.slice(last.offset, end);
  if (!startsLine(text, last.offset)) {
    return { offset: end, length: 0, text: `, ${JSON.stringify(value)}` };
  }
  const indent = indentationOfLine(text, last.offset);
  const item = lastText.includes('\n')
    ? reindent(JSON.stringify(value, null, unit), indent)
    : `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  return { offset: end, length: 0, text: `,\n${indent}${item}` };
}

/**
 * Plans a change to workspace folder `root`'s roster whose current text is `current` (undefined: no
 * file yet), on the note contexts' cached parse when the text is unchanged. The parse of the result
 * is kept there, so the re-reads after the write (the file watcher, the open editor) do not parse it again.
 */
export function planRosterChange(contexts: NoteContexts, root: string, current: string | undefined, change: RosterChange): ChangeResult {
  const result = changeRoster(current === undefined ? undefined : contexts.rosterDocument(root, current), change);
  if (result.ok) contexts.adoptRoster(root, result.document);
  return result;
}
