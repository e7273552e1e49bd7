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
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
/**
 * The link that carry-over appends: " — [2026-03-02, line 14](2026-03-02.md#L14)" (or, from a note
 * whose name is not a date, " — [standup notes, line 3](standup%20notes.md#L3)").
 */
const CARRY_LINK = /\s+—\s+\[(?:(?:from )?\d{4}-\d{2}-\d{2}(?:-\d+)?(?:, line \d+)?|[^\]\n]{1,200}, line \d+)\]\(([^)]*)\)\s*$/;

/** A task's text without its carry-over link. */
export function stripCarryLink(text: string): string {
  return text.includes('](') ? text.replace(CARRY_LINK, '') : text;
}

/**
 * The carry-over link at the end of a task's text, if any: "… — [2026-03-02, line 14](2026-03-02.md#L14)"
 * gives { fileName: '2026-03-02.md', line: 13 }. Only the last path segment is kept (notes link
 * within one person's folder); a target that does not decode or names no file gives undefined.
 */
export function carryLinkOf(text: string): CarryLink | undefined {
  const m = text.includes('](') ? CARRY_LINK.exec(text) : null;
  return m ? linkTarget(m[1] ?? '') : undefined;
}

function linkTarget(target: string): CarryLink | undefined {
  const href = target.trim();
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

/** Width of a line's leading spaces and tabs (a tab to the next multiple of 4). */
function indentWidth(text: string, from: number, end: number): number {
  let w = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) w++;
    else if (c === 9) w += 4 - (w % 4);
    else break;
  }
  return w;
}

/** JavaScript's \s: what `trim()` and /\S/ treat as white space. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/**
 * Where a list item's content starts (after the marker and its spaces), or -1 when the line is not
 * a list item: `^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`, read by character code.
 */
function listContent(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    let digits = 0;
    while (digits < 10 && i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      i++;
      digits++;
    }
    if (digits < 1 || digits > 9) return -1;
    const d = text.charCodeAt(i);
    if (d !== 46 && d !== 41) return -1;
    i++;
  }
  if (i >= end || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9)) return -1;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Could the line open or close a fence: up to 3 spaces or tabs, then three backticks or tildes. */
function maybeFence(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && i - from < 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return (c === 96 || c === 126) && i + 2 < end && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
}

/**
 * All tasks of a note, checked and unchecked, in order. Lines are read by character code in place;
 * only fence, comment and task lines are cut out as strings (a view reads thousands of notes).
 */
export function tasksOf(text: string): Task[] {
  const tasks: Task[] = [];
  const skip = parseFrontMatter(text).lineCount;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  /** Open list items as (indent width, task index or undefined for a plain item). */
  const stack: { indent: number; task: number | undefined }[] = [];
  let from = 0;
  let closeAt = text.indexOf('-->');
  let openAt = text.indexOf('<!--');
  for (let i = 0; from <= text.length; i++) {
    const eol = text.indexOf('\n', from);
    const next = eol < 0 ? text.length + 1 : eol + 1;
    let end = eol < 0 ? text.length : eol;
    if (end > from && text.charCodeAt(end - 1) === 13) end--;
    const start = from;
    from = next;
    if (i < skip) continue;
    if (fence) {
      const close = maybeFence(text, start, end) ? FENCE.exec(text.slice(start, end)) : null;
      if (close && close[1] && close[1][0] === fence.char && close[1].length >= fence.length && !(close[2] ?? '').trim()) fence = undefined;
      continue;
    }
    const open = maybeFence(text, start, end) ? FENCE.exec(text.slice(start, end)) : null;
    if (open && open[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      continue;
    }
    // The next "-->" and "<!--" are looked up once and kept until passed, so the scan stays linear.
    if (closeAt >= 0 && closeAt < start) closeAt = text.indexOf('-->', start);
    const closes = closeAt >= 0 && closeAt + 3 <= end;
    if (inComment) {
      if (closes) inComment = false;
      continue;
    }
    if (openAt >= 0 && openAt < start) openAt = text.indexOf('<!--', start);
    if (openAt >= 0 && openAt + 4 <= end && !closes && /^\s*<!--/.test(text.slice(start, end))) {
      inComment = true;
      continue;
    }
    let blank = true;
    for (let k = start; k < end && blank; k++) blank = isSpace(text.charCodeAt(k));
    if (blank) continue;
    const content = listContent(text, start, end);
    const indent = indentWidth(text, start, end);
    // Leaving a list item: a line indented no deeper than the item closes it.
    while (stack.length && indent <= (stack[stack.length - 1]?.indent ?? 0)) stack.pop();
    if (content < 0) {
      // Paragraph text at the left margin ends every list.
      if (indent === 0) stack.length = 0;
      continue;
    }
    const task = text.charCodeAt(content) === 91 ? TASK.exec(text.slice(start, end)) : null;
    let taskIndex: number | undefined;
    if (task) {
      let parent: number | undefined;
      for (let k = stack.length - 1; k >= 0 && parent === undefined; k--) parent = stack[k]?.task;
      const depth = parent === undefined ? 0 : (tasks[parent]?.depth ?? 0) + 1;
      const raw = task[3] ?? '';
      const link = raw.includes('](') ? CARRY_LINK.exec(raw) : null;
      const body = (link ? raw.slice(0, link.index) : raw).trim();
      const carriedFrom = link ? linkTarget(link[1] ?? '') : undefined;
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
