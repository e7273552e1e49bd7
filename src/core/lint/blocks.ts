// The block structure of the chunks most notes are made of, read directly: paragraphs, bullet and
// numbered lists nested to any depth, ATX headings and blank lines, as CommonMark reads them (the way
// markdown-it does, indented code left out as in prose.ts). A chunk with anything else in it (a
// table, a fence, a block quote, HTML, a setext heading, a thematic break, a link reference, a tab, a
// carriage return, an empty list item, a list item that opens with another block) is left to
// markdown-it: scanBlocks returns undefined. A differential test holds the two to the same result.
import type { Heading } from './prose';

/** A paragraph's flags in Blocks.paragraphs. */
export const PARA_ITEM = 1;
export const PARA_TASK = 2;
export const PARA_CALLOUT = 4;

/**
 * A task's checkbox: GitHub's `[ ]` and `[x]`, and the states other tools write (`[*]`, `[-]`, `[>]`,
 * `[~]`, `[/]`, `[?]`, `[!]`): an agreed action, not telling.
 */
export const TASK_BOX = /^\[[ xX*\-~>/?!]\](?:[ \t]|$)/;

/**
 * The block structure of a piece of a chunk: its lines (offsets from `base` in the chunk), its
 * paragraphs as (first line, line after, flags) triples, and its headings (at chunk offsets).
 */
export interface Blocks {
  readonly base: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly paragraphs: number[];
  readonly headings: Heading[];
}

/** An open list item: the indentation of the list it is in, where its content starts (columns), its marker. */
interface Item {
  readonly listIndent: number;
  readonly contentIndent: number;
}

/** Lists nested deeper than this are left to markdown-it (which stops at its own nesting limit). */
const MAX_DEPTH = 20;

const SPACE = 32;
const HASH = 35;

/** The block structure of [from, to) of a chunk when it is plain paragraphs, lists and headings, or undefined. */
export function scanBlocks(chunk: string, from: number, to: number): Blocks | undefined {
  if (has(chunk, '\r', from, to)) return undefined;
  const scan = new Scan(chunk, from, to);
  return scan.run() ? { base: 0, starts: scan.starts, ends: scan.ends, paragraphs: scan.paragraphs, headings: scan.headings } : undefined;
}

/**
 * Whether [from, to) of the chunk has c in it. The pieces of a chunk are asked in order: the first
 * occurrence at or after the last piece's start is kept, so a chunk is searched once for each c.
 */
function has(chunk: string, c: string, from: number, to: number): boolean {
  if (chunk !== seen.chunk || from < seen.from) {
    seen.chunk = chunk;
    seen.found.clear();
  }
  seen.from = from;
  let k = seen.found.get(c);
  if (k === undefined || (k >= 0 && k < from)) {
    k = chunk.indexOf(c, from);
    seen.found.set(c, k);
  }
  return k >= 0 && k < to;
}
const seen = { chunk: '', from: 0, found: new Map<string, number>() };

/** What a line holds where a block may start: text (a paragraph, a list item or a heading), a fence, or something left to markdown-it. */
const PLAIN = 0;
const FENCE = 1;
const OTHER = 2;

class Scan {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly paragraphs: number[] = [];
  readonly headings: Heading[] = [];
  private readonly stack: Item[] = [];
  private readonly refColon: boolean;
  /** Whether the piece has a tab or a pipe somewhere: lines with one are then looked at (a table, or columns counted differently). */
  private readonly odd: boolean;
  /** The open paragraph's first line, or -1; whether it opens a list item, and where that item's content starts. */
  private para = -1;
  private paraItem = false;
  private itemContent = 0;
  private itemIndent = 0;
  /** Set by markerAt: the marker is a number (and its value), and where the item's text would start. */
  private ordered = false;
  private value = 0;

  constructor(private readonly chunk: string, private readonly from: number, private readonly to: number) {
    this.refColon = has(chunk, ']:', from, to);
    this.odd = has(chunk, '\t', from, to) || has(chunk, '|', from, to);
  }

  run(): boolean {
    const { chunk, starts, ends, stack, to } = this;
    for (let a = this.from; ;) {
      const e = chunk.indexOf('\n', a);
      starts.push(a);
      ends.push(e < 0 || e >= to ? to : e);
      if (e < 0 || e + 1 >= to) break;
      a = e + 1;
    }
    for (let i = 0; i < starts.length; i++) {
      const le = ends[i];
      let p = starts[i];
      while (p < le && chunk.charCodeAt(p) === SPACE) p++;
      if (p >= le) {
        this.close(i);
        continue;
      }
      const s = p - starts[i];
      if (this.para >= 0) {
        // A paragraph goes on (lazily, at any indentation) unless a fence, a heading or a list item interrupts it.
        const top = stack[stack.length - 1];
        const indent = top ? top.contentIndent : 0;
        if (s - indent > 3) continue;
        const kind = this.kindAt(p, le);
        if (kind === OTHER) return false;
        if (kind !== FENCE && !isHeading(chunk, p, le) && !this.interrupts(p, le, s, indent, top ? top.listIndent : -1)) continue;
        this.close(i);
      }
      // A block starts here: the items it is indented less than end first.
      while (stack.length && s < stack[stack.length - 1].contentIndent) stack.pop();
      const indent = stack.length ? stack[stack.length - 1].contentIndent : 0;
      if (s - indent < 4) {
        const kind = this.kindAt(p, le);
        if (kind === OTHER) return false;
        if (kind === FENCE) {
          // A fence in a list item ends with the item: left to markdown-it.
          if (stack.length) return false;
          i = this.fenceEnd(i, p, le);
          continue;
        }
        const after = this.markerAt(p, le);
        if (after >= 0) {
          if (!this.openItem(i, p, after, le, s, indent)) return false;
          continue;
        }
        if (isHeading(chunk, p, le)) {
          this.headings.push({ start: starts[i], level: headingLevel(chunk, p), title: headingTitle(chunk, p, le) });
          continue;
        }
      }
      this.para = i;
      this.paraItem = false;
    }
    this.close(starts.length);
    return true;
  }

  /** The last line of the fence opened at line i (its marker at p): the closing line, or the piece's last line. */
  private fenceEnd(i: number, p: number, le: number): number {
    const { chunk, starts, ends } = this;
    const marker = chunk.charCodeAt(p);
    let run = p;
    while (run < le && chunk.charCodeAt(run) === marker) run++;
    const length = run - p;
    for (let j = i + 1; j < starts.length; j++) {
      const e = ends[j];
      let q = starts[j];
      while (q < e && chunk.charCodeAt(q) === SPACE) q++;
      if (q - starts[j] >= 4 || chunk.charCodeAt(q) !== marker) continue;
      let k = q;
      while (k < e && chunk.charCodeAt(k) === marker) k++;
      if (k - q < length) continue;
      while (k < e && (chunk.charCodeAt(k) === SPACE || chunk.charCodeAt(k) === 9)) k++;
      if (k >= e) return j;
    }
    return starts.length - 1;
  }

  /** A list item at line i (its marker at p, text after it from `after`): its first paragraph opens. */
  private openItem(i: number, p: number, after: number, le: number, s: number, indent: number): boolean {
    const { chunk } = this;
    let content = after;
    while (content < le && chunk.charCodeAt(content) === SPACE) content++;
    const gap = content - after;
    // An empty item, text five or more spaces after the marker (read differently), or an item that
    // opens with another block (a nested marker, a heading, a quote ...): markdown-it's.
    if (content >= le || gap > 4 || this.stack.length >= MAX_DEPTH) return false;
    if (this.kindAt(content, le) !== PLAIN || this.markerAt(content, le) >= 0 || isHeading(chunk, content, le)) return false;
    this.stack.push({ listIndent: indent, contentIndent: s + (content - p) });
    this.para = i;
    this.paraItem = true;
    this.itemContent = content;
    this.itemIndent = s + (content - p);
    return true;
  }

  /** Whether a list item at p interrupts the open paragraph (CommonMark: a numbered one only from 1, never an empty one). */
  private interrupts(p: number, le: number, s: number, indent: number, listIndent: number): boolean {
    // Four columns past the enclosing list's indentation, short of this item's text: a continuation line.
    if (listIndent >= 0 && s - listIndent >= 4 && s < indent) return false;
    const after = this.markerAt(p, le);
    if (after < 0) return false;
    if (s >= indent) {
      if (this.ordered && this.value !== 1) return false;
      let k = after;
      while (k < le && this.chunk.charCodeAt(k) === SPACE) k++;
      if (k >= le) return false;
    }
    return true;
  }

  /** Ends the open paragraph at line l. */
  private close(l: number): void {
    if (this.para < 0) return;
    const item = this.paraItem;
    const task = item && this.isTask(this.para, l);
    this.paragraphs.push(this.para, l, (item ? PARA_ITEM : 0) | (task ? PARA_TASK : 0));
    this.para = -1;
  }

  /** Whether the item's paragraph of lines [l0, l1) is a task: its text (as CommonMark joins it) starts with a box. */
  private isTask(l0: number, l1: number): boolean {
    const { chunk, starts, ends } = this;
    const first = chunk.charCodeAt(this.itemContent);
    if (first !== 0x5b && first < 128) return false;
    let text = chunk.slice(this.itemContent, l1 - l0 > 1 ? ends[l0] + 1 : ends[l0]);
    for (let l = l0 + 1; l < l1; l++) {
      let f = starts[l];
      for (let k = 0; k < this.itemIndent && f < ends[l] && chunk.charCodeAt(f) === SPACE; k++) f++;
      text += chunk.slice(f, l + 1 < l1 ? ends[l] + 1 : ends[l]);
    }
    return TASK_BOX.test(text.trim());
  }

  /**
   * What starts at p, where a block may start: text (PLAIN), a fence (FENCE), or the opening of a
   * quote, HTML, a reference, a thematic break, an underline or a table, or a tab (OTHER).
   */
  private kindAt(p: number, le: number): number {
    const { chunk } = this;
    if (this.odd) {
      for (let k = p; k < le; k++) {
        const d = chunk.charCodeAt(k);
        if (d === 9 || d === 0x7c) return OTHER;
      }
    }
    const c = chunk.charCodeAt(p);
    switch (c) {
      case 0x3e: // >
      case 0x3c: // <
        return OTHER;
      case 0x60: // `
      case 0x7e: { // ~
        if (chunk.charCodeAt(p + 1) !== c || chunk.charCodeAt(p + 2) !== c || p + 2 >= le) return PLAIN;
        // A backtick fence's info string has no backtick in it; otherwise it is text.
        if (c === 0x60) {
          let k = p;
          while (k < le && chunk.charCodeAt(k) === c) k++;
          const tick = chunk.indexOf('`', k);
          if (tick >= 0 && tick < le) return PLAIN;
        }
        return FENCE;
      }
      case 0x5b: // [
        return this.refColon ? OTHER : PLAIN;
      case 0x2a: // *
      case 0x2d: // -
      case 0x5f: // _
      case 0x3d: { // =
        // A line of one of these and spaces alone: a thematic break or a setext underline.
        for (let k = p + 1; k < le; k++) {
          const d = chunk.charCodeAt(k);
          if (d !== c && d !== SPACE) return PLAIN;
        }
        return OTHER;
      }
      default:
        return PLAIN;
    }
  }

  /** After a list marker at p ("- ", "* ", "+ ", "1. ", "2) "), the offset past it; -1 when there is none. */
  private markerAt(p: number, le: number): number {
    const { chunk } = this;
    const c = chunk.charCodeAt(p);
    if (c === 0x2a || c === 0x2d || c === 0x2b) {
      if (p + 1 < le && chunk.charCodeAt(p + 1) !== SPACE) return -1;
      this.ordered = false;
      return p + 1;
    }
    if (c < 0x30 || c > 0x39 || p + 1 >= le) return -1;
    let k = p + 1;
    while (k < le && chunk.charCodeAt(k) >= 0x30 && chunk.charCodeAt(k) <= 0x39) k++;
    if (k - p > 9 || k >= le) return -1;
    const d = chunk.charCodeAt(k);
    if (d !== 0x2e && d !== 0x29) return -1;
    if (k + 1 < le && chunk.charCodeAt(k + 1) !== SPACE) return -1;
    this.ordered = true;
    this.value = Number(chunk.slice(p, k));
    return k + 1;
  }
}

/** An ATX heading at p: one to six #, then a space or the line's end. */
function isHeading(chunk: string, p: number, le: number): boolean {
  if (chunk.charCodeAt(p) !== HASH) return false;
  let k = p;
  while (k < le && chunk.charCodeAt(k) === HASH) k++;
  return k - p <= 6 && (k >= le || chunk.charCodeAt(k) === SPACE);
}

function headingLevel(chunk: string, p: number): number {
  let k = p;
  while (chunk.charCodeAt(k) === HASH) k++;
  return k - p;
}

/** A heading's text: without its opening #s, a closing run of # after a space, or the spaces around. */
function headingTitle(chunk: string, p: number, le: number): string {
  const from = p + headingLevel(chunk, p);
  let to = le;
  while (to > from && chunk.charCodeAt(to - 1) === SPACE) to--;
  let k = to;
  while (k > from && chunk.charCodeAt(k - 1) === HASH) k--;
  if (k > from && chunk.charCodeAt(k - 1) === SPACE) to = k;
  return chunk.slice(from, to).trim();
}
