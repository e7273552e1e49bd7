// The block structure of the chunks most notes are made of, read directly: paragraphs, bullet and
// numbered lists nested to any depth (empty items too), ATX headings, thematic breaks, and at the top
// level fences, block quotes, HTML comments and GFM tables, as CommonMark and GFM read them (the way
// markdown-it does, indented code left out as in prose.ts). The piece of a chunk with anything else in
// it (other HTML, a setext heading, a link reference, a callout, a tab, a list item that opens with
// another block, a fence, quote or table in a list item) is left to markdown-it (readBlocks'
// `foreign`). A differential test holds the two to the same result.

/** A heading: where it starts in the chunk, its level (1-6) and its text. */
export interface Heading {
  readonly start: number;
  readonly level: number;
  readonly title: string;
}

/** A paragraph's flags in Blocks.paragraphs. */
export const PARA_ITEM = 1;
export const PARA_TASK = 2;
export const PARA_CALLOUT = 4;
/** A paragraph of a block quote with a speaker's line in it (PARA_CALLOUT's masking too): only the manager's lines there are read. */
export const PARA_QUOTED = 8;
/** A Notion callout, a pictograph first ("> 💡 ..."): the author's own box, often a template's guidance. */
export const PARA_BOX = 16;

/**
 * A line of a chat or a comment thread pasted as a quote, opened by its speaker: "**[09:14] @dana:** ugh",
 * "**Kasia Nowak**: can you ...", "@dana: ...", "[09:14] Dana Ruiz: ...". Plain "Forwarded from product:"
 * is no speaker's line.
 */
const SPEAKER_LINE = /^[*_]{0,2}(?:\[(?:[A-Za-z]{3,9}\.?,?\s+|\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?\]\s*(?:[*_]{0,2}\s*)?@?[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*){0,2}|@[\p{L}][\p{L}\d._-]*|\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2}[*_]{2})[*_]{0,2}\s*:/u;

/** A comment's header in a thread pasted from a tracker or a shared doc: "**@jortiz** commented:", "Priya Kannan wrote:", "jortiz commented on Mar 2, 2026". */
export const COMMENT_HEADER = /^\s*\**@?([\p{L}][\p{L}\d._'-]*(?: [\p{Lu}][\p{L}'-]*)?)\**\s+(?:commented|wrote|replied|responded)\b(?:\s+(?:on|at)\s[^:\n]{1,30}|\s+\d+\s+\w+\s+ago)?\s*:?\s*$/u;

/** Whether a quote's line (its text after the markers) is a speaker's line (SPEAKER_LINE). */
export function speakerLine(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  // A cheap first look: a bracket, an at sign, an emphasis mark.
  return ((c === 0x5b || c === 0x40 || c === 0x2a || c === 0x5f) && SPEAKER_LINE.test(at === 0 && text.length <= 120 ? text : text.slice(at, at + 120)))
    // ("> Me 22:41: Hao, put the RF fail units aside ...", "> 我 22:41: ...": a chat pasted with the manager's own lines marked
    // "me" in the chat's language, and its time.)
    || ((c === 0x4d || c === 0x6d || c === 0x6211) && ME_TIME.test(text.slice(at, at + 24)))
    // ("> **me:** please don't merge ...", "> **Lena:** I think ...", "> me: send me the capture": a quote block of who said what,
    // the label bold with its colon inside, or the manager's own plain.)
    || ((c === 0x2a || c === 0x5f || c === 0x4d || c === 0x6d) && QUOTED_LABEL.test(text.slice(at, at + 60)));
}
const QUOTED_LABEL = /^(?:[*_]{2}(?:me|i|[Mm]e|\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){0,2}):[*_]{2}\s|(?:me|Me|ME):\s)/u;
/** A pasted chat message's time, as a pattern's source: "22:41", "11:02 AM". */
export const CHAT_CLOCK = String.raw`\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?`;
/** A chat sender's handle, as a pattern's source: "priya.sharma", "omar_h". */
export const CHAT_HANDLE = String.raw`[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+`;
/** The manager's own label in a pasted chat, with the message's time: "Me 22:41:", "我 22:41:", "moi 09:12:". */
export const ME_TIME = new RegExp(`^(?:me|Me|ME|我|moi)\\s+${CHAT_CLOCK}\\s*:`);

/** A quote's line that reports a named person's telling ("Marta asked Hamid to ..."): a pasted summary, read where the name is the manager's. */
const NAMED_TELLING = /^(?:[-*+]\s+)?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:asked|told|reminded|pushed|instructed|advised|insisted|urged|encouraged)\b/u;

/** Whether a quote's line (its text after the markers) reports a named person's telling. */
export function namedTellingLine(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  return ((c >= 65 && c <= 90) || c === 0x2d || c === 0x2a || c === 0x2b || c > 127) && NAMED_TELLING.test(text.slice(at, at + 80));
}

/** An outliner's task keywords (Logseq, org-mode), written before the task as a box is: "LATER ask how it went". */
const TASK_KEYWORDS = 'TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS';

/** Roam Research's task marker: `{{[[TODO]]}}`, `{{[[DONE]]}}` (also written `{{TODO}}`). */
const ROAM_TASK = '\\{\\{(?:\\[\\[)?(?:TODO|DONE)(?:\\]\\])?\\}\\}';

/**
 * A task's checkbox (GitHub's `[ ]` and `[x]`, and the states other tools write: `[*]`, `[-]`, `[>]`,
 * `[~]`, `[/]`, `[?]`, `[!]`, a ballot box "☐" pasted from a doc) or an outliner's task keyword: an agreed action, not telling.
 */
export const TASK_BOX = new RegExp(`^(?:\\[[ xX*\\-~>/?!]\\]|[☐☑☒]|${ROAM_TASK}|(?:${TASK_KEYWORDS})(?=[ \\t]))(?:[ \\t]|$)`);

/** What marks a task at its item's start, box or keyword, with the spaces after it: not prose. */
export const TASK_MARK = new RegExp(`^(?:\\[.\\]|[☐☑☒]|${ROAM_TASK}|${TASK_KEYWORDS})[ \\t]*`);

/** A task keyword at a given place (sticky: set lastIndex), with the space after it. */
const TASK_KEYWORD = new RegExp(`(?:${TASK_KEYWORDS})[ \\t]`, 'y');
/** The first letters of the keywords: most lines are not looked at further. */
const TASK_KEYWORD_FIRST = new Set(TASK_KEYWORDS.split('|').map(k => k.charCodeAt(0)));

/** Whether an outliner's task keyword starts at `at` in `text`. */
export function taskKeywordAt(text: string, at: number): boolean {
  if (!TASK_KEYWORD_FIRST.has(text.charCodeAt(at))) return false;
  TASK_KEYWORD.lastIndex = at;
  return TASK_KEYWORD.test(text);
}

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
  /** An empty item with a blank line after it: over at the next line, which its list may go on with. */
  readonly over?: boolean;
}

/** Lists nested deeper than this are left to markdown-it (which stops at its own nesting limit). */
const MAX_DEPTH = 20;

const SPACE = 32;
const HASH = 35;

/**
 * The blocks of a chunk without carriage returns, in document order: what is read directly, and the
 * blocks `foreign` gives for the pieces left to markdown-it. A piece starts at an unindented line after
 * a blank line (where a chunk may be cut, chunks.ts) and runs to the next such line outside fences; from
 * a line that may open HTML or a fence in a list item (either may run past a blank line) it runs to the
 * chunk's end.
 */
export function readBlocks(chunk: string, foreign: (from: number, to: number) => Blocks): Blocks[] {
  return new Scan(chunk, foreign).run();
}

/** What a line holds where a block may start: text (a paragraph, a list item or a heading), a fence, a block quote, or something left to markdown-it. */
const PLAIN = 0;
const FENCE = 1;
const OTHER = 2;
const QUOTE = 3;
const COMMENT = 4;
/** tableEnd: the line heads no table. */
const NOT_A_TABLE = -2;
const DELIMITER_CELL = /^:?-+:?$/;

class Scan {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly parts: Blocks[] = [];
  /** What was read directly since the last part. */
  private paragraphs: number[] = [];
  private headings: Heading[] = [];
  private readonly stack: Item[] = [];
  private readonly refColon: boolean;
  /** The next tab and pipe at or after the lines read so far (-1: none). */
  private nextTab: number;
  private nextPipe: number;
  /** The open paragraph's first line, or -1; whether it opens a list item, and where that item's content starts. */
  private para = -1;
  private paraItem = false;
  private itemContent = 0;
  private itemIndent = 0;
  /** Set by markerAt: whether the marker is a number, and its value. */
  private ordered = false;
  private value = 0;
  /** Where the current piece starts (a line), and how many paragraphs and headings were read before it. */
  private cut = 0;
  private cutParagraphs = 0;
  private cutHeadings = 0;

  constructor(private readonly chunk: string, private readonly foreign: (from: number, to: number) => Blocks) {
    this.refColon = chunk.includes(']:');
    this.nextTab = chunk.indexOf('\t');
    this.nextPipe = chunk.indexOf('|');
  }

  run(): Blocks[] {
    const { chunk, starts, ends } = this;
    for (let a = 0; ;) {
      const e = chunk.indexOf('\n', a);
      starts.push(a);
      ends.push(e < 0 ? chunk.length : e);
      if (e < 0 || e + 1 >= chunk.length) break;
      a = e + 1;
    }
    let blank = false;
    for (let i = 0; i < starts.length; i++) {
      const le = ends[i];
      let p = starts[i];
      while (p < le && chunk.charCodeAt(p) === SPACE) p++;
      if (p >= le) {
        this.close(i);
        blank = true;
        continue;
      }
      const s = p - starts[i];
      // An unindented line after a blank line starts a piece (outside fences: fenceEnd passes over their lines).
      if (blank && s === 0 && i > 0 && mayCut(chunk, p, le)) {
        this.close(i);
        this.cut = i;
        this.cutParagraphs = this.paragraphs.length;
        this.cutHeadings = this.headings.length;
      }
      blank = false;
      const next = this.line(i, p, le, s);
      if (next < 0) {
        // Left to markdown-it: the piece this line is in, read afresh.
        i = this.handOver(i) - 1;
        blank = true;
      } else {
        i = next;
      }
    }
    this.close(starts.length);
    this.seal();
    return this.parts;
  }

  /** Reads line i (text from p, s spaces in): the line it ends on (a fence's last), or -1 to leave its piece to markdown-it. */
  private line(i: number, p: number, le: number, s: number): number {
    const { chunk, stack } = this;
    const pipe = this.hasPipe(p, le);
    if (this.para >= 0) {
      // A paragraph goes on (lazily, at any indentation) unless a table, a fence, a quote, a heading or a list item interrupts it.
      const top = stack[stack.length - 1];
      const indent = top ? top.contentIndent : 0;
      if (s - indent > 3) return i;
      if (pipe) {
        // A table in a list item: markdown-it's.
        if (stack.length) return -1;
        const end = this.tableEnd(i, p, le, s);
        if (end !== NOT_A_TABLE) {
          this.close(i);
          return end;
        }
      }
      // A thematic break of * or _ ends a paragraph; one of - may be its setext underline: markdown-it's.
      if (!isRule(chunk, p, le) || chunk.charCodeAt(p) === 0x2d || this.tabIn(p, le)) {
        const kind = this.kindAt(p, le);
        if (kind === OTHER) return -1;
        if (kind === PLAIN && !isHeading(chunk, p, le) && !this.interrupts(p, le, s, indent, top ? top.listIndent : -1)) return i;
      }
      this.close(i);
    }
    // A block starts here: the items it is indented less than end first.
    let ended: Item | undefined;
    while (stack.length && (s < stack[stack.length - 1].contentIndent || stack[stack.length - 1].over)) ended = stack.pop();
    const indent = stack.length ? stack[stack.length - 1].contentIndent : 0;
    if (s - indent < 4) {
      // A table comes first (its header may look like anything else); in a list item it is markdown-it's,
      // and so is a list item with a pipe right after an item ended (it may go on the list, not head a table).
      if (pipe) {
        if (stack.length || (ended && s - ended.listIndent < 4 && this.markerAt(p, le) >= 0)) return -1;
        const end = this.tableEnd(i, p, le, s);
        if (end !== NOT_A_TABLE) return end;
      }
      // A thematic break ("---", "* * *") where a block starts: no prose, and before a list item.
      if (isRule(chunk, p, le) && !this.tabIn(p, le)) return i;
      const after = this.markerAt(p, le);
      // An empty list item ("- " in a template, a blank line after it).
      if (after >= 0 && onlySpaces(chunk, after, le)) return this.emptyItem(i, p, after, s, indent) ? i : -1;
      const kind = this.kindAt(p, le);
      if (kind === OTHER) return -1;
      // A fence, a quote or a comment in a list item ends with the item: left to markdown-it.
      if (kind === FENCE) return stack.length ? -1 : this.fenceEnd(i, p, le);
      if (kind === QUOTE) return stack.length ? -1 : this.quoteEnd(i);
      if (kind === COMMENT) return stack.length ? -1 : this.commentEnd(i, p, le);
      if (after >= 0) return this.openItem(i, p, after, le, s, indent) ? i : -1;
      if (isHeading(chunk, p, le)) {
        this.headings.push({ start: this.starts[i], level: headingLevel(chunk, p), title: headingTitle(chunk, p, le) });
        return i;
      }
    }
    this.para = i;
    this.paraItem = false;
    return i;
  }

  /** Whether [p, le) has a tab (the next one is kept while lines pass it by). */
  private tabIn(p: number, le: number): boolean {
    if (this.nextTab >= 0 && this.nextTab < p) this.nextTab = this.chunk.indexOf('\t', p);
    return this.nextTab >= 0 && this.nextTab < le;
  }

  /** Whether [p, le) has a pipe (the next one is kept while lines pass it by). */
  private hasPipe(p: number, le: number): boolean {
    if (this.nextPipe >= 0 && this.nextPipe < p) this.nextPipe = this.chunk.indexOf('|', p);
    return this.nextPipe >= 0 && this.nextPipe < le;
  }

  /**
   * A table at the top level whose header is line i (text from p, s spaces in), as GFM has it: a
   * delimiter row next (`| --- | :-: |`, as many columns as the header), then rows up to a blank line
   * or a line that starts a fence, a quote, a thematic break, a list item or a heading. None of it is
   * prose. Returns its last line, NOT_A_TABLE, or -1 to leave it to markdown-it.
   */
  private tableEnd(i: number, p: number, le: number, s: number): number {
    const { chunk, starts, ends } = this;
    if (i + 1 >= starts.length || s >= 4) return NOT_A_TABLE;
    const a = starts[i + 1];
    const e = ends[i + 1];
    if (hasIn(chunk, '\t', p, le) || hasIn(chunk, '\t', a, e)) return -1;
    let q = a;
    while (q < e && chunk.charCodeAt(q) === SPACE) q++;
    if (q - a >= 4 || q + 1 >= e) return NOT_A_TABLE;
    const c1 = chunk.charCodeAt(q);
    const c2 = chunk.charCodeAt(q + 1);
    if (!isDelimiterChar(c1) || !(isDelimiterChar(c2) || c2 === SPACE) || (c1 === 0x2d && c2 === SPACE)) return NOT_A_TABLE;
    for (let k = q + 2; k < e; k++) if (!isDelimiterChar(chunk.charCodeAt(k)) && chunk.charCodeAt(k) !== SPACE) return NOT_A_TABLE;
    const cells = chunk.slice(q, e).split('|');
    let aligns = 0;
    for (let k = 0; k < cells.length; k++) {
      const t = cells[k].trim();
      if (!t) {
        if (k === 0 || k === cells.length - 1) continue;
        return NOT_A_TABLE;
      }
      if (!DELIMITER_CELL.test(t)) return NOT_A_TABLE;
      aligns++;
    }
    const header = chunk.slice(p, le).trim();
    if (!header.includes('|') || headerCells(header) !== aligns || aligns === 0) return NOT_A_TABLE;
    for (let j = i + 2; j < starts.length; j++) {
      const b = starts[j];
      const f = ends[j];
      let r = b;
      while (r < f && chunk.charCodeAt(r) === SPACE) r++;
      if (r < f && chunk.charCodeAt(r) === 9) return -1;
      if (r - b < 4 && r < f) {
        const c = chunk.charCodeAt(r);
        if (c === 0x3c) return -1;
        if (c === 0x3e || fenceRun(chunk, r, f) > 0 || isRule(chunk, r, f) || this.markerAt(r, f) >= 0 || isHeading(chunk, r, f)) return j - 1;
      }
      if (r - b >= 4 || !chunk.slice(r, f).trim()) return j - 1;
    }
    return starts.length - 1;
  }

  /**
   * Leaves the piece that line i is in to markdown-it: what was read of it is dropped, and the piece
   * runs from its start to the next place a piece may start (see readBlocks). Returns that line.
   */
  private handOver(i: number): number {
    const { chunk, starts, ends } = this;
    this.paragraphs.length = this.cutParagraphs;
    this.headings.length = this.cutHeadings;
    this.para = -1;
    this.stack.length = 0;
    let end = starts.length;
    let blank = false;
    let fence = 0;
    let fenceLength = 0;
    for (let j = i; j < starts.length; j++) {
      const a = starts[j];
      const e = ends[j];
      let p = a;
      while (p < e && chunk.charCodeAt(p) === SPACE) p++;
      const c = chunk.charCodeAt(p);
      const run = fence ? 0 : fenceRun(chunk, p, e);
      if (fence) {
        if (closesFence(chunk, a, p, e, fence, fenceLength)) fence = 0;
      } else if (run) {
        // An unindented fence line opens a fence of the note's own; an indented one may be in a list item.
        if (p > a) break;
        fence = c;
        fenceLength = run;
        blank = false;
      } else if (c === 0x3c) {
        break;
      } else if (p >= e) {
        blank = true;
      } else {
        if (blank && p === a && j > i && mayCut(chunk, p, e)) {
          end = j;
          break;
        }
        blank = false;
      }
    }
    this.seal();
    this.parts.push(this.foreign(starts[this.cut], end < starts.length ? starts[end] : chunk.length));
    this.cut = end;
    this.cutParagraphs = 0;
    this.cutHeadings = 0;
    return end;
  }

  /** Ends the run of what was read directly: it becomes a part. */
  private seal(): void {
    if (!this.paragraphs.length && !this.headings.length) return;
    this.parts.push({ base: 0, starts: this.starts, ends: this.ends, paragraphs: this.paragraphs, headings: this.headings });
    this.paragraphs = [];
    this.headings = [];
  }

  /**
   * The last line of the block quote that starts at line i (none of it is prose), or -1 to leave it to
   * markdown-it: a callout ("> [!note]", the author's own text), or a line that would join the quote
   * lazily (whether it does depends on what the quote holds).
   */
  private quoteEnd(i: number): number {
    const { chunk, starts, ends } = this;
    // A comment quoted under its writer's header ("**@jortiz** commented:"): left to markdown-it (prose.ts reads it).
    for (let l = i - 1; l >= 0 && l >= i - 2; l--) {
      if (starts[l] >= ends[l]) continue;
      if (ends[l] - starts[l] <= 100 && COMMENT_HEADER.test(chunk.slice(starts[l], ends[l]))) return -1;
      break;
    }
    let emptyLast = false;
    for (let j = i; j < starts.length; j++) {
      const e = ends[j];
      let p = starts[j];
      while (p < e && chunk.charCodeAt(p) === SPACE) p++;
      if (p >= e) return j - 1;
      if (chunk.charCodeAt(p) === 0x3e) {
        // Nothing after the marker (and its spaces) ends the quote at the next line without one.
        let q = p + 1;
        while (q < e && chunk.charCodeAt(q) === SPACE) q++;
        emptyLast = q >= e;
        // A callout's type, at the start of a quote's text at any depth: the author's own text. A speaker's
        // line (a chat, a comment thread pasted in): the manager's lines there are read. Both left to markdown-it.
        while (q < e && (chunk.charCodeAt(q) === 0x3e || chunk.charCodeAt(q) === SPACE)) q++;
        // (A Notion callout, "> 💡 ..." or "> ⚠️ ...": a pictograph first, the author's own text too.)
        if (q < e && (chunk.charCodeAt(q) === 0x5b || isPictographCode(chunk.charCodeAt(q)))) return -1;
        if (q < e && (speakerLine(chunk, q) || namedTellingLine(chunk, q))) return -1;
        continue;
      }
      // After a quote line with nothing in it the quote has ended; else a line that starts a fence, a
      // list item or a heading ends it.
      if (emptyLast) return j - 1;
      if (p - starts[j] < 4 && (this.kindAt(p, e) === FENCE || this.markerAt(p, e) >= 0 || isHeading(chunk, p, e))) return j - 1;
      return -1;
    }
    return starts.length - 1;
  }

  /** The last line of the fence opened at line i (its marker at p): the closing line, or the chunk's last line. */
  private fenceEnd(i: number, p: number, le: number): number {
    const { chunk, starts, ends } = this;
    const marker = chunk.charCodeAt(p);
    const length = runOf(chunk, p, le);
    for (let j = i + 1; j < starts.length; j++) {
      const e = ends[j];
      let q = starts[j];
      while (q < e && chunk.charCodeAt(q) === SPACE) q++;
      if (closesFence(chunk, starts[j], q, e, marker, length)) return j;
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
    // (An item's text with a pipe may head a table in the item.)
    if (this.kindAt(content, le) !== PLAIN || this.markerAt(content, le) >= 0 || isHeading(chunk, content, le) || this.hasPipe(content, le)) return false;
    this.stack.push({ listIndent: indent, contentIndent: s + (content - p) });
    this.para = i;
    this.paraItem = true;
    this.itemContent = content;
    this.itemIndent = s + (content - p);
    return true;
  }

  /**
   * An empty list item at line i: with a blank line (or nothing) after it, it holds nothing and is over
   * at the next line; otherwise its text starts on the next line, which is left to markdown-it.
   */
  private emptyItem(i: number, p: number, after: number, s: number, indent: number): boolean {
    const { chunk, starts, ends, stack } = this;
    if (stack.length >= MAX_DEPTH) return false;
    if (i + 1 < starts.length && !onlySpaces(chunk, starts[i + 1], ends[i + 1])) return false;
    stack.push({ listIndent: indent, contentIndent: s + (after - p) + 1, over: true });
    return true;
  }

  /** The last line of the HTML comment opened at line i (its `<!--` at p): the line with `-->`, or the chunk's last line. */
  private commentEnd(i: number, p: number, le: number): number {
    const { chunk, starts, ends } = this;
    if (hasIn(chunk, '-->', p, le)) return i;
    for (let j = i + 1; j < starts.length; j++) if (hasIn(chunk, '-->', starts[j], ends[j])) return j;
    return starts.length - 1;
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
    // An outliner's keyword ("LATER ...") is on the item's first line; a box may be read across lines.
    if (first >= 65 && first <= 90) return taskKeywordAt(chunk, this.itemContent);
    // (A box "[ ]" or "[x]", or Roam's "{{[[TODO]]}}".)
    if (first !== 0x5b && first !== 0x7b && first < 128) return false;
    let text = chunk.slice(this.itemContent, l1 - l0 > 1 ? ends[l0] + 1 : ends[l0]);
    for (let l = l0 + 1; l < l1; l++) {
      let f = starts[l];
      for (let k = 0; k < this.itemIndent && f < ends[l] && chunk.charCodeAt(f) === SPACE; k++) f++;
      text += chunk.slice(f, l + 1 < l1 ? ends[l] + 1 : ends[l]);
    }
    return TASK_BOX.test(text.trim());
  }

  /**
   * What starts at p, where a block may start: text (PLAIN), a fence (FENCE), a block quote (QUOTE), an
   * HTML comment (COMMENT), or the opening of other HTML, a reference, a thematic break or an
   * underline, or a line with a tab (OTHER).
   * Tables are looked for before (tableEnd).
   */
  private kindAt(p: number, le: number): number {
    const { chunk } = this;
    // A tab: columns are counted another way.
    if (this.tabIn(p, le)) return OTHER;
    const c = chunk.charCodeAt(p);
    switch (c) {
      case 0x3e: // >
        return QUOTE;
      case 0x3c: // <
        return chunk.startsWith('<!--', p) ? COMMENT : OTHER;
      case 0x60: // `
      case 0x7e: // ~
        return fenceRun(chunk, p, le) ? FENCE : PLAIN;
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

function runOf(s: string, p: number, e: number): number {
  const c = s.charCodeAt(p);
  let k = p;
  while (k < e && s.charCodeAt(k) === c) k++;
  return k - p;
}

/** A fence opening at p: three or more backticks (with no backtick after them) or tildes; the run's length, or 0. */
function fenceRun(s: string, p: number, e: number): number {
  const c = s.charCodeAt(p);
  if (c !== 0x60 && c !== 0x7e) return 0;
  const run = runOf(s, p, e);
  return run >= 3 && !(c === 0x60 && hasIn(s, '`', p + run, e)) ? run : 0;
}

/**
 * Whether the line [a, e), its text from p, closes a fence of `marker` `length` long: the fence's
 * character, at least as many, three spaces in at most, nothing but spaces or tabs after.
 */
function closesFence(s: string, a: number, p: number, e: number, marker: number, length: number): boolean {
  if (p - a > 3 || s.charCodeAt(p) !== marker) return false;
  let k = p + runOf(s, p, e);
  if (k - p < length) return false;
  while (k < e && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k >= e;
}

function hasIn(s: string, c: string, from: number, to: number): boolean {
  const k = s.indexOf(c, from);
  return k >= 0 && k < to;
}

/** | - : */
function isDelimiterChar(c: number): boolean {
  return c === 0x7c || c === 0x2d || c === 0x3a;
}

/** A thematic break at p: three or more of one of * - _, and spaces. */
function isRule(s: string, p: number, e: number): boolean {
  const c = s.charCodeAt(p);
  if (c !== 0x2a && c !== 0x2d && c !== 0x5f) return false;
  let n = 0;
  for (let k = p; k < e; k++) {
    const d = s.charCodeAt(k);
    if (d === c) n++;
    else if (d !== 32 && d !== 9) return false;
  }
  return n >= 3;
}

/** The cells of a table's header row (trimmed): split at pipes not after a backslash, an empty first and last cell dropped. */
function headerCells(row: string): number {
  let cells = 1;
  let firstPipe = -1;
  let lastPipe = -1;
  for (let k = 0; k < row.length; k++) {
    if (row.charCodeAt(k) === 0x7c && (k === 0 || row.charCodeAt(k - 1) !== 0x5c)) {
      cells++;
      if (firstPipe < 0) firstPipe = k;
      lastPipe = k;
    }
  }
  if (firstPipe === 0) cells--;
  if (lastPipe >= 0 && lastPipe === row.length - 1 && cells > 0) cells--;
  return cells;
}

/**
 * Whether a piece may start at an unindented line after a blank line (text at p): not at a line led
 * by a tab (it is indented), nor at a list item with a pipe in it, which goes on a list above it in
 * place but may head a table alone.
 */
function mayCut(chunk: string, p: number, e: number): boolean {
  const c = chunk.charCodeAt(p);
  if (c === 9) return false;
  const marker = c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39);
  return !marker || !hasIn(chunk, '|', p, e);
}

/** Whether [from, to) is spaces only (or empty). */
function onlySpaces(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) !== 32) return false;
  return true;
}

/** A pictograph's first code unit: U+2139, U+2600–U+27BF, U+2B00–U+2BFF, or a lead surrogate of the emoji planes. */
function isPictographCode(c: number): boolean {
  return c === 0x2139 || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0xd83c && c <= 0xd83e);
}
