// Open items: every unchecked task (`- [ ]`) in a note, outside code fences, HTML comments and
// front matter, with its nesting, so the next note can carry it over with a link back.
import { parseFrontMatter } from './frontmatter';

export interface Task {
  /** The task's text after the checkbox, with any earlier carry-over link removed. */
  readonly text: string;
  readonly checked: boolean;
  /** 0-based line in the note. */
  readonly line: number;
  /** Nesting depth among task list items (0 = top level). */
  readonly depth: number;
  /** Index of the enclosing task in the returned list, if any. */
  readonly parent: number | undefined;
  /** Where the carry-over link on this task points, when it has one (see {@link carryLinkOf}). */
  readonly carriedFrom?: CarryLink;
}

/** The target of a carry-over link: a note's file name and a 0-based line (undefined when the link names none). */
export interface CarryLink {
  readonly fileName: string;
  readonly line: number | undefined;
}

const TASK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
/**
 * The link that carry-over appends: " — [2026-03-02, line 14](2026-03-02.md#L14)" (or, from a note
 * whose name is not a date, " — [standup notes, line 3](standup%20notes.md#L3)").
 */
const CARRY_LINK = /\s+—\s+\[(?:(?:from )?\d{4}-\d{2}-\d{2}(?:-\d+)?(?:, line \d+)?|[^\]\n]{1,200}, line \d+)\]\(([^)]*)\)\s*$/;

/** A task's text without its carry-over link. */
export function stripCarryLink(text: string): string {
  return text.replace(CARRY_LINK, '');
}

/**
 * The carry-over link at the end of a task's text, if any: "… — [2026-03-02, line 14](2026-03-02.md#L14)"
 * gives { fileName: '2026-03-02.md', line: 13 }. Only the last path segment is kept (notes link
 * within one person's folder); a target that does not decode or names no file gives undefined.
 */
export function carryLinkOf(text: string): CarryLink | undefined {
  const m = CARRY_LINK.exec(text);
  if (!m) return undefined;
  const href = (m[1] ?? '').trim();
  const hash = href.indexOf('#');
  let path = hash < 0 ? href : href.slice(0, hash);
  try {
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  if (!fileName) return undefined;
  const lineMatch = hash < 0 ? null : /^L(\d{1,9})\b/.exec(href.slice(hash + 1));
  const line = lineMatch ? Number(lineMatch[1]) - 1 : undefined;
  return { fileName, line: line !== undefined && line >= 0 ? line : undefined };
}

function width(indent: string): number {
  let w = 0;
  for (const ch of indent) w += ch === '\t' ? 4 - (w % 4) : 1;
  return w;
}

/** All tasks of a note, checked and unchecked, in order. */
export function tasksOf(text: string): Task[] {
  const lines = text.split('\n');
  const tasks: Task[] = [];
  const start = parseFrontMatter(text).lineCount;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  /** Open list items as (indent width, task index or undefined for a plain item). */
  const stack: { indent: number; task: number | undefined }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1] && close[1][0] === fence.char && close[1].length >= fence.length && !(close[2] ?? '').trim()) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open && open[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    if (!line.trim()) continue;
    const item = LIST_ITEM.exec(line);
    const indent = width(/^[ \t]*/.exec(line)?.[0] ?? '');
    // Leaving a list item: a line indented no deeper than the item closes it.
    while (stack.length && indent <= (stack[stack.length - 1]?.indent ?? 0)) stack.pop();
    if (!item) {
      // Paragraph text at the left margin ends every list.
      if (indent === 0) stack.length = 0;
      continue;
    }
    const task = TASK.exec(line);
    let taskIndex: number | undefined;
    if (task) {
      const parentEntry = [...stack].reverse().find(s => s.task !== undefined);
      const parent = parentEntry?.task;
      const depth = parent === undefined ? 0 : (tasks[parent]?.depth ?? 0) + 1;
      const raw = task[3] ?? '';
      const body = stripCarryLink(raw).trim();
      const carriedFrom = body.length === raw.trim().length ? undefined : carryLinkOf(raw);
      taskIndex = tasks.length;
      tasks.push(carriedFrom ? { text: body, checked: task[2] !== ' ', line: i, depth, parent, carriedFrom } : { text: body, checked: task[2] !== ' ', line: i, depth, parent });
    }
    stack.push({ indent, task: taskIndex });
  }
  return tasks;
}

export interface OpenItem {
  readonly text: string;
  /** 0-based line in the source note. */
  readonly line: number;
  /** Depth among the carried items: an open task under a done one moves up a level. */
  readonly depth: number;
}

/** The unchecked, non-empty tasks of a note, nested among themselves. */
export function openItems(text: string): OpenItem[] {
  const tasks = tasksOf(text);
  const depthOf = new Map<number, number>();
  const out: OpenItem[] = [];
  tasks.forEach((task, index) => {
    if (task.checked || !task.text) return;
    let ancestor = task.parent;
    while (ancestor !== undefined && !depthOf.has(ancestor)) ancestor = tasks[ancestor]?.parent;
    const depth = ancestor === undefined ? 0 : (depthOf.get(ancestor) ?? 0) + 1;
    depthOf.set(index, depth);
    out.push({ text: task.text, line: task.line, depth });
  });
  return out;
}

/** A relative link from a note to a line of another note of the same person. */
export function lineLink(sourceFileName: string, line: number): string {
  const label = sourceFileName.replace(/\.md$/i, '');
  return `[${label}, line ${line + 1}](${encodeURI(sourceFileName)}#L${line + 1})`;
}

/** The "Carried over" list: each open item of the previous note, linked to the line it came from. */
export function carriedOverLines(items: readonly OpenItem[], sourceFileName: string): string[] {
  return items.map(item => `${'  '.repeat(item.depth)}- [ ] ${item.text} — ${lineLink(sourceFileName, item.line)}`);
}
