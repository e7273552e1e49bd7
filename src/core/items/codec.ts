// A note's parsed tasks as numbers, for the caches that keep them between sessions (the Open items
// cache and the insights cache): texts go into the file's string table once and are referred to by
// index. Pure: no vscode, no Node.
import type { ParsedNote } from './chains';

type Task = ParsedNote['tasks'][number];

/** Per task: text (string index), checked (0/1), 0-based line, parent task (-1: none), link file (string index, -1: no link), link line (-1: none), private (0/1). */
export const TASK_FIELDS = 7;

/** A string table: `id(text)` gives a text's index, adding it the first time. */
export function stringTable(): { readonly strings: string[]; id(text: string): number } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  return {
    strings,
    id(text: string): number {
      let i = index.get(text);
      if (i === undefined) {
        i = strings.push(text) - 1;
        index.set(text, i);
      }
      return i;
    },
  };
}

/** The tasks' fields one after another. */
export function encodeTasks(tasks: readonly Task[], id: (text: string) => number): number[] {
  const out: number[] = [];
  for (const t of tasks) {
    out.push(id(t.text), t.checked ? 1 : 0, t.line, t.parent ?? -1, t.link ? id(t.link.fileName) : -1, t.link?.line ?? -1, t.private ? 1 : 0);
  }
  return out;
}

/** The tasks of encoded fields, or undefined when any part is not as encodeTasks writes it. */
export function decodeTasks(fields: unknown, strings: readonly unknown[]): Task[] | undefined {
  if (!Array.isArray(fields) || fields.length % TASK_FIELDS) return undefined;
  const text = (i: unknown) => (typeof i === 'number' && typeof strings[i] === 'string' ? (strings[i] as string) : undefined);
  const tasks: Task[] = [];
  for (let k = 0; k < fields.length; k += TASK_FIELDS) {
    const [t, checked, line, parent, linkFile, linkLine, hidden] = fields.slice(k, k + TASK_FIELDS) as unknown[];
    const taskText = text(t);
    const link = linkFile === -1 ? undefined : text(linkFile);
    if (taskText === undefined || typeof line !== 'number' || (linkFile !== -1 && link === undefined)) return undefined;
    tasks.push({
      text: taskText,
      checked: checked === 1,
      line,
      parent: typeof parent === 'number' && parent >= 0 ? parent : undefined,
      link: link === undefined ? undefined : { fileName: link, line: typeof linkLine === 'number' && linkLine >= 0 ? linkLine : undefined },
      private: hidden === 1,
    });
  }
  return tasks;
}
