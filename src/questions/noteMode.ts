// Which relationship a note is written in, from what the note itself says. Pure (no vscode).
import { parseFrontMatter } from '../core/frontmatter';
import { defaultModeFor, isMode, isRelationship, type Mode } from '../core/modes';

/** The `mode:` of a note's front matter (the `---` block at the very top), if it names one. */
export function frontMatterMode(text: string): Mode | undefined {
  const mode = parseFrontMatter(text).data.mode;
  return isMode(mode) ? mode : undefined;
}

/**
 * The person id of a note at `notePath` when it sits in `<notesFolder>/<id>/`. Paths are
 * URI paths with forward slashes; `notesFolderPath` is the notes folder's path.
 */
export function personIdFromPath(notePath: string, notesFolderPath: string): string | undefined {
  const root = notesFolderPath.replace(/\/+$/, '') + '/';
  if (!notePath.startsWith(root)) return undefined;
  const parts = notePath.slice(root.length).split('/');
  return parts.length >= 2 && parts[0] ? parts[0] : undefined;
}

/**
 * The mode of person `id` in a people.json text ({"people": [{ "id", "relationship", "mode" }]}),
 * or undefined when the file or the person cannot be read. The people module owns the format;
 * this reads only the two fields a question filter needs.
 */
export function modeFromRosterText(rosterText: string, id: string): Mode | undefined {
  let root: unknown;
  try {
    root = JSON.parse(rosterText);
  } catch {
    return undefined;
  }
  const people = (root as { people?: unknown } | null)?.people;
  if (!Array.isArray(people)) return undefined;
  const person = people.find((p: unknown) =>
    typeof (p as { id?: unknown })?.id === 'string' && (p as { id: string }).id.toLowerCase() === id.toLowerCase()) as
    { mode?: unknown; relationship?: unknown } | undefined;
  if (!person) return undefined;
  if (isMode(person.mode)) return person.mode;
  return isRelationship(person.relationship) ? defaultModeFor(person.relationship) : undefined;
}

/**
 * What to insert for a question: with an empty selection on an empty line, the whole line
 * becomes a list item `- question` (keeping its indentation); otherwise the question goes at
 * the cursor, after a space when it would touch the word before it.
 */
export function questionInsertText(lineText: string, textBeforeCursor: string, question: string, selectionEmpty = true): { text: string; replaceLine: boolean } {
  if (selectionEmpty && !lineText.trim()) return { text: `${lineText}- ${question}`, replaceLine: true };
  const needsSpace = textBeforeCursor.length > 0 && !/\s$/.test(textBeforeCursor);
  return { text: needsSpace ? ` ${question}` : question, replaceLine: false };
}
