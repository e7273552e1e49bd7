// Finds the prose of a markdown note and masks everything else, keeping exact offsets.
//
// The block structure comes from blocks.ts, which reads most blocks itself and leaves the rest to
// markdown-it's block parser (no inline pass: we mask inline syntax ourselves, which is cheaper and
// keeps offsets). What is prose: paragraphs, in or out of lists.
// What is not: front matter, headings, code (fenced and inline; indented text is read as the nested
// outline notes are typed as), HTML, tables, block quotes, link targets and URLs, images, and "quoted
// speech" (a callout, "> [!note] ...", is the author's own text). Task-list items are prose marked as
// tasks (the linter weighs them as agreed actions).
import ParserBlock from 'markdown-it/lib/parser_block.mjs';
import * as helpers from 'markdown-it/lib/helpers/index.mjs';
import type MarkdownIt from 'markdown-it/lib/index.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { splitLines } from './chunks';
import { OWNED_UP } from './sections';
import { COMMENT_HEADER, PARA_BOX, PARA_CALLOUT, PARA_ITEM, PARA_QUOTED, PARA_TASK, TASK_BOX, TASK_MARK, readBlocks, namedTellingLine, speakerLine, taskKeywordAt, type Blocks, type Heading } from './blocks';

/**
 * Only markdown-it's block parser, with the few parts of the markdown-it instance its rules read:
 * the inline parser, renderer and their dependencies stay out of the bundle. Options as the
 * 'default' preset, with html on so raw HTML (and disable comments) is recognised and skipped.
 */
interface BlockOnly {
  readonly block: ParserBlock;
  readonly options: { readonly html: boolean; readonly maxNesting: number };
  readonly helpers: typeof helpers;
  normalizeLink(url: string): string;
  validateLink(url: string): boolean;
}

/**
 * Block rules that cannot match a chunk without a character: a chunk without `|` has no table, and
 * its parser does without the table rule (which every paragraph line would otherwise try as a
 * terminator). The parser for each combination is made once, when a chunk first needs it.
 */
const OPTIONAL_RULES: readonly (readonly [rule: string, present: (chunk: string) => boolean])[] = [
  ['table', chunk => chunk.includes('|')],
  ['fence', chunk => chunk.includes('`') || chunk.includes('~')],
  ['blockquote', chunk => chunk.includes('>')],
  ['html_block', chunk => chunk.includes('<')],
  ['reference', chunk => chunk.includes('[')],
  ['heading', chunk => chunk.includes('#')],
  ['lheading', chunk => hasUnderline(chunk)],
];
const parsers: (BlockOnly | undefined)[] = [];

/** The block parser for a chunk: without the rules that cannot match it. */
function md(chunk: string): BlockOnly {
  let mask = 0;
  for (let k = 0; k < OPTIONAL_RULES.length; k++) if (OPTIONAL_RULES[k][1](chunk)) mask |= 1 << k;
  return (parsers[mask] ??= {
    block: blockParser(OPTIONAL_RULES.filter((_, k) => !(mask & (1 << k))).map(([rule]) => rule)),
    options: { html: true, maxNesting: 100 },
    helpers,
    normalizeLink: url => url,
    validateLink: () => true,
  });
}

/** Whether a line of the chunk is all `=` or all `-` (spaces around): a setext heading's underline, maybe. */
function hasUnderline(chunk: string): boolean {
  for (const c of ['=', '-']) {
    for (let i = chunk.indexOf(c); i >= 0; i = chunk.indexOf(c, i + 1)) {
      let a = i;
      while (a > 0 && (chunk.charCodeAt(a - 1) === 32 || chunk.charCodeAt(a - 1) === 9)) a--;
      if (a > 0 && chunk.charCodeAt(a - 1) !== 10 && chunk.charCodeAt(a - 1) !== 13) continue;
      let b = i;
      while (chunk[b] === c) b++;
      while (chunk.charCodeAt(b) === 32 || chunk.charCodeAt(b) === 9) b++;
      if (b >= chunk.length || chunk.charCodeAt(b) === 10 || chunk.charCodeAt(b) === 13) return true;
      i = b;
    }
  }
  return false;
}

/**
 * The block parser without CommonMark's indented code blocks. Notes are outlines typed in an editor:
 * "   1.2 Q: ...", then "       - A: ..." four spaces deeper is a nested point, not code. Code in notes
 * comes fenced (```), and fences are still code. Its paragraph rule keeps a paragraph's text only when
 * something reads it (a task box or a callout starts with "[", a task keyword with a capital): the rest
 * is read from the chunk.
 */
function blockParser(without: readonly string[]): ParserBlock {
  const block = new ParserBlock();
  block.ruler.at('paragraph', paragraph);
  block.ruler.disable(['code', ...without]);
  return block;
}

/** CommonMark's paragraph: lines up to a blank line or a line another block rule starts (a terminator). */
function paragraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminators = state.md.block.ruler.getRules('paragraph');
  const parentType = state.parentType;
  state.parentType = 'paragraph';
  let next = startLine + 1;
  lines: for (; next < endLine && !state.isEmpty(next); next++) {
    // Indented deeper than code would be, or inside a block quote's laziness: a continuation line.
    if (state.sCount[next] - state.blkIndent > 3 || state.sCount[next] < 0) continue;
    for (const terminates of terminators) if (terminates(state, next, endLine, true)) break lines;
  }
  const first = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]);
  // Kept where something reads it: a task's box or keyword ("[ ]", "LATER"), a callout ("[!note]"), a
  // speaker's line in a quote ("**[09:14] @dana:**", "@dana:"), any line of a quote (a named person's telling, "Marta asked Hamid to ...").
  const content = parentType === 'blockquote' || first === 0x5b || first >= 128 || first === 0x2a || first === 0x40 || first === 0x5f || taskKeywordAt(state.src, state.bMarks[startLine] + state.tShift[startLine]) ? state.getLines(startLine, next, state.blkIndent, false).trim() : '';
  state.line = next;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [startLine, next];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.parentType = parentType;
  return true;
}

/** A paragraph of prose: [start, end) offsets into the chunk. */
export interface ProseBlock {
  readonly start: number;
  readonly end: number;
  /** The first paragraph of a list item (its marker is masked). */
  readonly item: boolean;
  /** A task-list item (`- [ ] ...`): an agreed action; its box is masked. */
  readonly task: boolean;
  /** A cell of a table's body (a "Discussion" column): prose, but never a label heading what follows. */
  readonly cell?: boolean;
  /** A paragraph of a quote with a speaker's line in it: only the manager's lines are read. */
  readonly quoted?: boolean;
  /** A cell of a column whose header says who speaks ("| They said | I said |"): the manager's words, or someone else's. */
  readonly said?: 'manager' | 'other';
  /** A paragraph of a Notion callout ("> 💡 ...", "> ⚠️ ..."): the author's own box, often a template's guidance. */
  readonly callout?: boolean;
}

/**
 * The prose of a chunk: `norm` has the chunk's length and offsets; inside the blocks everything that
 * is not prose (list markers, inline code, URLs, link targets, quoted speech...) is spaces, letters
 * are lower-cased, typographic apostrophes straight and line breaks "\n". Outside the blocks it is
 * whatever the chunk has there: nothing reads it.
 */
export interface ProseText {
  readonly norm: string;
  readonly blocks: readonly ProseBlock[];
  /** The chunk's headings (outside quotes and tables), in order: they set the section of what follows. */
  readonly headings: readonly Heading[];
  /**
   * Quotations that are a whole line (`"You have to get the recons in by WD3."`), masked in `norm` like
   * any quotation: pairs of [start, end) of their words. Under talking points or a script they are the
   * manager's own words to come, read there (engine.ts). Absent when there are none.
   */
  readonly lineQuotes?: readonly number[];
  /**
   * Quotations of the manager's own words, kept in `norm` (`I said: "..."`, `"..." — me`): pairs of [start, end)
   * of their words. What is in them was said to the person (engine.ts). Absent when there are none.
   */
  readonly saidQuotes?: readonly number[];
}

/** The whole-line quotations found while masking the current chunk (masked() collects them). */
let lineQuotes: number[] | undefined;
/** The manager's own quotations found while masking the current chunk. */
let saidQuotes: number[] | undefined;


/** List markers at a line start (sticky: set lastIndex to the line's start), with the spaces after them. */
const LIST_MARKER = /[ \t]*(?:(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|(?=[\r\n]|$)))+/y;

/** An Obsidian or GitHub callout's first line: "[!note]", "[!warning] Title", "[!tip]-". */
const CALLOUT = /^\[![\w-]+\][-+]?[ \t]*/;
/** A Notion callout exported as a quote: a pictograph first ("> 💡 ...", "> ⚠️ You need to ..."), the author's own text. */
const EMOJI_CALLOUT = /^(?:\p{Extended_Pictographic}|\u2139)\uFE0F?[ \t]/u;
/** A callout whose type says it holds someone else's words. */
const QUOTE_CALLOUT = /^\[!(?:quote|cite)\]/i;

const NO_PROSE: ProseText = { norm: '', blocks: [], headings: [] };

/**
 * The names the manager goes by in this chunk's note (parties.ts), while it is read: a quotation they
 * are named as saying ("Rosa asked Ken, "Wouldn't it ...?"", a meeting tool's summary) is their words.
 */
let managerNames: ReadonlySet<string> | undefined;
/** The chunk being masked, while it is: a list item's quotation looks back to the line that introduces the list. */
let chunkText: string | undefined;

/** The prose of one chunk, masked as described at ProseText; `managers` are the manager's names, lower case. */
export function proseText(chunk: string, managers?: ReadonlySet<string>): ProseText {
  if (!chunk) return NO_PROSE;
  managerNames = managers?.size ? managers : undefined;
  chunkText = chunk;
  try {
    if (chunk.includes('\r')) return proseWith(chunk, md);
    // Most of a note is read directly (blocks.ts), without markdown-it's tokens; markdown-it reads only
    // the pieces with other blocks in them.
    return masked(chunk, readBlocks(chunk, (from, to) => parsed(chunk, from, to, md)), false);
  } finally {
    managerNames = undefined;
    chunkText = undefined;
  }
}

let reference: BlockOnly | undefined;
/** proseText with markdown-it's block parser as it comes (every rule but indented code, its own paragraph rule): what the tests hold proseText to. */
export function proseTextReference(chunk: string): ProseText {
  if (!reference) {
    reference = { ...md(''), block: new ParserBlock() };
    reference.block.ruler.disable(['code']);
  }
  const full = reference;
  return proseWith(chunk, () => full);
}

/** The prose of one chunk, found by markdown-it's block parser and masked as described at ProseText. */
function proseWith(chunk: string, md: (src: string) => BlockOnly): ProseText {
  if (!chunk) return NO_PROSE;
  const hasCR = chunk.includes('\r');
  return masked(chunk, [parsed(chunk, 0, chunk.length, md)], hasCR);
}

/** The blocks of [from, to) of the chunk, found by markdown-it's block parser. */
function parsed(chunk: string, from: number, to: number, md: (src: string) => BlockOnly): Blocks {
  const piece = from === 0 && to === chunk.length ? chunk : chunk.slice(from, to);
  const hasCR = piece.includes('\r');
  // With \r in the chunk, markdown-it gets the lines joined by \n and our own line table maps back;
  // otherwise its own line table (bMarks/eMarks) is exact for the chunk and nothing is split twice.
  const lines = hasCR ? splitLines(piece) : undefined;
  const src = lines ? lines.map(l => piece.slice(l.start, l.end)).join('\n') : piece;
  const tokens: Token[] = [];
  const parser = md(src);
  let state: { bMarks: number[]; eMarks: number[]; line: number; lineMax: number };
  try {
    state = new parser.block.State(src, parser as unknown as MarkdownIt, {}, tokens) as unknown as typeof state;
    parser.block.tokenize(state as never, state.line, state.lineMax);
  } catch {
    return { base: from, starts: [], ends: [], paragraphs: [], headings: [] };
  }
  const starts = lines ? lines.map(l => l.start) : state.bMarks;
  const ends = lines ? lines.map(l => l.end) : state.eMarks;
  const lineCount = Math.min(starts.length, lines ? lines.length : state.lineMax);
  const blocks: Blocks = { base: from, starts, ends, paragraphs: [], headings: [] };
  collect(from, starts, lineCount, tokens, blocks, piece);
  return blocks;
}

/** The prose of a chunk from the blocks of its pieces, in order: the paragraphs' text masked (see ProseText). */
function masked(chunk: string, parts: readonly Blocks[], hasCR: boolean): ProseText {
  lineQuotes = undefined;
  saidQuotes = undefined;
  const blocks: ProseBlock[] = [];
  const ranges: number[] = [];
  const headings: Heading[] = [];
  for (const { base, starts, ends, paragraphs, headings: h } of parts) {
    for (let k = 0; k < paragraphs.length; k += 3) maskParagraph(chunk, base, starts, ends, paragraphs[k], paragraphs[k + 1], paragraphs[k + 2], blocks, ranges);
    for (const x of h) headings.push(x);
  }
  // A table's prose cells ("| Review load | You need to stop being the default reviewer | ... |"): read
  // from the text, the same way whoever parsed the rest.
  if (chunk.includes('|') && chunk.includes('-')) tableCells(chunk, blocks, ranges);
  const quotes = lineQuotes;
  const said = saidQuotes;
  lineQuotes = undefined;
  saidQuotes = undefined;
  if (!blocks.length) return headings.length ? { norm: '', blocks, headings } : NO_PROSE;
  const norm = spokenMarks(normalize(chunk, blocks, ranges, hasCR));
  if (!quotes && !said) return { norm, blocks, headings };
  return { norm, blocks, headings, ...(quotes ? { lineQuotes: quotes } : {}), ...(said ? { saidQuotes: said } : {}) };
}

/** Finds the prose paragraphs among markdown-it's tokens (and the headings outside quotes and tables). */
function collect(base: number, starts: readonly number[], lineCount: number, tokens: Token[], found: Blocks, piece: string): void {
  let quoteDepth = 0;
  let comment = false;
  let tableDepth = 0;
  let listItemLine = -1;
  let itemDepth = 0;
  /** For each open block quote, whether it is a callout: 1 for "> [!note] ...", 2 for "> 💡 ...", the author's own text, not a quotation; else 0. */
  const callouts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'blockquote_open': {
        // A callout of quoted words ("> [!quote]", "> [!cite]") is a quotation all the same.
        const callout = CALLOUT.test(tokens[i + 2]?.content ?? '') && !QUOTE_CALLOUT.test(tokens[i + 2]?.content ?? '') ? 1 : EMOJI_CALLOUT.test(tokens[i + 2]?.content ?? '') ? 2 : 0;
        callouts.push(callout);
        if (!callout) {
          // A comment quoted under its writer's header ("**@jortiz** commented:" then "> ..."): read, as a speaker's lines are.
          if (quoteDepth === 0) comment = !!t.map && commentAbove(piece, starts, t.map[0]);
          quoteDepth++;
        }
        continue;
      }
      case 'blockquote_close': if (!callouts.pop()) quoteDepth--; continue;
      case 'table_open': tableDepth++; continue;
      case 'table_close': tableDepth--; continue;
      case 'list_item_open': listItemLine = t.map ? t.map[0] : -1; itemDepth++; continue;
      case 'list_item_close': itemDepth--; continue;
      case 'heading_open': {
        const title = tokens[i + 1];
        // "- # tell her to stop hot-fixing prod models without a pr", "- # remind her: you need to ...": a "#" opening a list
        // item's line, before a sentence, is the writer's comment mark, the line read as the item's text (an outliner's
        // "- ## Prompts", "- ## Check-in" stay headings).
        if (itemDepth > 0 && title?.type === 'inline' && commentLine(title.content)) break;
        // (Lines over a line of dashes, "E: permit queue down to 17" ... "me: kjempebra" then "--": CommonMark's heading of
        // several lines, a writer's separator; the lines are read as a paragraph.)
        if ((t.markup === '-' || t.markup === '=') && title?.type === 'inline' && title.content.includes('\n')) break;
        if (quoteDepth === 0 && tableDepth === 0 && t.map && t.map[0] < lineCount && title?.type === 'inline') {
          found.headings.push({ start: base + starts[t.map[0]], level: Number(t.tag.slice(1)) || 1, title: title.content });
        }
        continue;
      }
      case 'paragraph_open': break;
      default: continue;
    }
    const inline = tokens[i + 1];
    if (tableDepth > 0 || !inline || inline.type !== 'inline' || !t.map) continue;
    const l0 = t.map[0];
    let l1 = Math.min(t.map[1], lineCount);
    // A line without a quote marker that CommonMark joins to the quote above it (a "lazy" line) is the
    // author's own, written between the lines quoted: "> I know it's over." then "Told him to cap it at
    // 40k." From the first such line on, the paragraph is read as prose.
    let own: number[] | undefined;
    if (quoteDepth > 0 && l1 - l0 > 1) {
      let lazy = -1;
      for (let l = l0 + 1; l <= l1; l++) {
        const mine = l < l1 && !opensWithMarker(piece, starts[l] ?? 0);
        if (mine && lazy < 0) lazy = l;
        if (!mine && lazy >= 0) {
          (own ??= []).push(lazy, l, 0);
          lazy = -1;
        }
      }
      if (own) l1 = own[0]!;
    }
    // In a quote, only a paragraph with a speaker's line ("**[09:14] @dana:** ..."): the manager's lines there are theirs to read.
    // (Only the quoted lines: a lazy line after them is the author's own, "Me: ..." there no speaker of the quote.)
    const quoted = quoteDepth > 0 && (comment || hasSpeakerLine(own ? inline.content.split('\n').slice(0, own[0]! - l0).join('\n') : inline.content));
    if (quoteDepth > 0 && !quoted) {
      if (own) found.paragraphs.push(...own);
      continue;
    }
    if (l0 >= l1) continue;
    const item = l0 === listItemLine;
    const task = item && TASK_BOX.test(inline.content);
    const callout = callouts.length > 0 && callouts[callouts.length - 1];
    found.paragraphs.push(l0, l1, (item ? PARA_ITEM : 0) | (task ? PARA_TASK : 0) | (callout || quoted ? PARA_CALLOUT : 0) | (callout === 2 ? PARA_BOX : 0) | (quoted ? PARA_QUOTED : 0));
    if (own) found.paragraphs.push(...own);
  }
}

/** Whether the line at `at` opens with a quote marker after its spaces (markdown-it reads one after any indentation on a quote's later lines). */
function opensWithMarker(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return text.charCodeAt(p) === 0x3e;
}

/** Whether the line before `line` (past one blank line) of the piece is a comment's header. */
function commentAbove(piece: string, starts: readonly number[], line: number): boolean {
  for (let l = line - 1; l >= 0 && l >= line - 2; l--) {
    const text = piece.slice(starts[l], starts[l + 1] ?? piece.length);
    if (text.trim()) return text.length <= 100 && COMMENT_HEADER.test(text.replace(/\r?\n$/, ''));
  }
  return false;
}

/** Whether a quoted paragraph's text has a speaker's line (blocks.ts speakerLine), its list marker aside, or a named person's telling reported (a pasted summary: "Marta asked Hamid to ..."; the engine reads it only when that name is the manager's). */
function hasSpeakerLine(content: string): boolean {
  for (const line of content.split('\n')) {
    const text = line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '');
    if (speakerLine(text) || namedTellingLine(text)) return true;
  }
  return false;
}

/** A table's delimiter row: two columns or more ("|---|---|", "--- | :---:"). */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
/** A fence's opening or closing line. */
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/;
/** Columns that hold who, when or what was agreed, not what was said: their cells are not read. */
const NOT_PROSE_COLUMN = /\b(?:owners?|who|due|deadline|date|when|status|priority|tags?|type|value|property|name|person)\b/i;
/** Columns of what was agreed ("Next step", "Actions", "Outcome"): read as tasks are, where only telling put to them in so many words counts ("you need to stop ..."). */
// (A checklist's "Item" or a list's "Topic" too: "| Finish the billing cert before you take billing tickets solo. | due 24 Apr |".)
const TASK_COLUMN = /\b(?:outcomes?|actions?|next steps?|decisions?|agreed|result|follow[- ]?ups?|topics?|items?|subject|area|theme)\b/i;
/** Columns of who said what: "| They said | I said |", "| Her words | My response |". */
const MANAGER_COLUMN = /^[*_]*(?:i\s+said|what\s+i\s+said|me|my\s+(?:response|reply|answer|words|side)|manager|mgr)[*_]*$/i;
const OTHER_COLUMN = /^[*_]*(?:they\s+said|(?:he|she)\s+said|what\s+(?:they|he|she)\s+said|them|(?:his|her|their)\s+(?:words|response|reply|answer|side)|\p{Lu}[\p{L}'-]+\s+said)[*_]*$/iu;
/** Cells of fewer words are names, dates and topics. */
const MIN_CELL_WORDS = 4;

/**
 * The prose cells of the chunk's tables, added to the blocks in document order: the cells of a table's
 * body, in columns that are not owners, dates or outcomes, with four words or more. Read from the text:
 * a header row, a delimiter row, then rows with a pipe, outside fences and outside any paragraph found.
 */
function tableCells(chunk: string, blocks: ProseBlock[], ranges: number[]): void {
  const n = chunk.length;
  const lineEnd = (from: number) => {
    const e = chunk.indexOf('\n', from);
    return e < 0 ? n : e;
  };
  const lineOf = (from: number, to: number) => (to > from && chunk.charCodeAt(to - 1) === 13 ? chunk.slice(from, to - 1) : chunk.slice(from, to));
  const fenced = chunk.includes('```') || chunk.includes('~~~');
  let found: ProseBlock[] | undefined;
  // From each line with a pipe whose next line is a delimiter row: most chunks have no pipe, or none so followed.
  for (let bar = chunk.indexOf('|'); bar >= 0;) {
    const from = chunk.lastIndexOf('\n', bar - 1) + 1;
    const headEnd = lineEnd(bar);
    if (headEnd >= n) break;
    const delimEnd = lineEnd(headEnd + 1);
    if (!DELIMITER_ROW.test(lineOf(headEnd + 1, delimEnd)) || (fenced && inFence(chunk, from))) {
      bar = chunk.indexOf('|', headEnd + 1);
      continue;
    }
    const header = lineOf(from, headEnd);
    const heads = cellsOf(header, 0).map(([a, b]) => header.slice(a, b));
    const skip = heads.map(h => NOT_PROSE_COLUMN.test(h));
    const tasks = heads.map(h => TASK_COLUMN.test(h));
    const said = heads.map(h => (MANAGER_COLUMN.test(h.trim()) ? 'manager' as const : OTHER_COLUMN.test(h.trim()) ? 'other' as const : undefined));
    // The body: rows with a pipe, up to a blank line, a line without one, or a fence.
    const rows: [number, number][] = [];
    let at = delimEnd + 1;
    while (at < n) {
      const e = lineEnd(at);
      const row = lineOf(at, e);
      if (!row.includes('|') || !row.trim() || FENCE_LINE.test(row)) break;
      rows.push([at, e]);
      at = e + 1;
    }
    const to = at < n ? at : n;
    bar = at < n ? chunk.indexOf('|', at) : -1;
    // No column of prose ("| Topic | Owner |"), or a table inside a paragraph, a list item or a quote read
    // as such elsewhere: left as it was read.
    // (A table of tasks alone, "| Action | Owner | Due |", is read as tasks are: "| Keep your KB day to Wednesdays ... | Yuki |"
    // is put to them in so many words.)
    if (skip.every(x => x) || blocks.some(b => b.start < to && b.end > from)) continue;
    for (const [a0, e] of rows) {
      const cells = cellsOf(lineOf(a0, e), a0);
      for (let c = 0; c < cells.length; c++) {
        if (skip[c]) continue;
        const [a, b] = cells[c];
        if (!hasWords(chunk, a, b, MIN_CELL_WORDS)) continue;
        maskInline(chunk.slice(a, b), a, ranges);
        const by = said[c];
        (found ??= []).push(by ? { start: a, end: b, item: false, task: tasks[c] === true, cell: true, said: by } : { start: a, end: b, item: false, task: tasks[c] === true, cell: true });
      }
    }
  }
  if (!found) return;
  blocks.push(...found);
  blocks.sort((x, y) => x.start - y.start);
}

/** Whether the line at `lineStart` is inside a fence opened earlier in the chunk. */
function inFence(chunk: string, lineStart: number): boolean {
  let open = false;
  for (let at = 0; at < lineStart;) {
    const e = chunk.indexOf('\n', at);
    const end = e < 0 || e > lineStart ? lineStart : e;
    if (FENCE_LINE.test(chunk.slice(at, Math.min(end, at + 8)))) open = !open;
    at = end + 1;
  }
  return open;
}

/** Whether chunk[a, b) has at least `min` words (runs of non-spaces). */
function hasWords(chunk: string, a: number, b: number, min: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const space = chunk.charCodeAt(i) === 32 || chunk.charCodeAt(i) === 9;
    if (!space && !inWord && ++words >= min) return true;
    inWord = !space;
  }
  return false;
}

/** The cells of a table row, as [start, end) offsets (from `base`) of their text without the spaces around it. */
function cellsOf(row: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  let code = false;
  const push = (a: number, b: number) => {
    while (a < b && (row.charCodeAt(a) === 32 || row.charCodeAt(a) === 9)) a++;
    while (b > a && (row.charCodeAt(b - 1) === 32 || row.charCodeAt(b - 1) === 9)) b--;
    out.push([base + a, base + b]);
  };
  let k = 0;
  while (k < row.length && (row.charCodeAt(k) === 32 || row.charCodeAt(k) === 9)) k++;
  if (row.charCodeAt(k) === 124) at = k + 1;
  for (let i = at; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === 96) code = !code;
    else if (c === 92) i++;
    else if (c === 124 && !code) {
      push(at, i);
      at = i + 1;
    }
  }
  if (row.slice(at).trim()) push(at, row.length);
  return out;
}

/** Masks what is not prose in the paragraph of lines [l0, l1) and adds it to the blocks. */
function maskParagraph(chunk: string, base: number, starts: readonly number[], lineEnds: readonly number[], l0: number, l1: number, flags: number,
  blocks: ProseBlock[], ranges: number[]): void {
  const item = (flags & PARA_ITEM) !== 0;
  const task = (flags & PARA_TASK) !== 0;
  const start = base + starts[l0];
  const end = base + lineEnds[l1 - 1];
  for (let l = l0; l < l1; l++) {
    // The list marker on an item's first line, and the indentation of every line, are not prose.
    const line = base + starts[l];
    const to = base + lineEnds[l];
    // In a callout, the quote markers ("> ") that open each line are not prose.
    const quoted = flags & PARA_CALLOUT ? quoteMarkers(chunk, line, to) : 0;
    if (quoted > 0) ranges.push(line, line + quoted);
    const from = line + quoted;
    let skip: number;
    if (l === l0 && item) {
      LIST_MARKER.lastIndex = from;
      const m = LIST_MARKER.exec(chunk);
      skip = m && m.index === from ? Math.min(m[0].length, to - from) : 0;
      // The box of a task ("[ ] ", "[x] ") or its keyword ("LATER ") is not prose either.
      if (task) skip = Math.min(to - from, skip + (TASK_MARK.exec(chunk.slice(from + skip, from + skip + 16))?.[0].length ?? 0));
    } else {
      skip = leadingSpace(chunk, from, to);
      // A nested point of a typed outline ("   1.2 Q: ...", "       - A: ..."): its marker is not prose either.
      const marker = outlineMarker(chunk, from + skip, to);
      if (marker > 0) {
        if (skip > 0 && !allSpaces(chunk, from, from + skip)) ranges.push(from, from + skip);
        ranges.push(from + skip, from + skip + marker);
        // (A paragraph whose first line is such a point, "1 - HSE inspector said "get it up TODAY" ...": its inline syntax too.)
        if (l === l0) maskInline(chunk.slice(from + skip + marker, end), from + skip + marker, ranges);
        continue;
      }
    }
    // A callout's type ("[!warning]") is not prose.
    if (l === l0 && flags & PARA_CALLOUT) {
      const type = CALLOUT.exec(chunk.slice(from + skip, from + skip + 64));
      if (type) skip += type[0].length;
    }
    if (skip > 0 && !allSpaces(chunk, from, from + skip)) ranges.push(from, from + skip);
    // An org block's own line ("#+begin_quote", "#+end_src", "#+title: ..."): markup, no prose.
    if (chunk.charCodeAt(from + skip) === 35 && chunk.charCodeAt(from + skip + 1) === 43) {
      ranges.push(from + skip, to);
      // (The paragraph's inline syntax is masked from its first line on: from the next, when this is the first.)
      if (l === l0 && to + 1 < end) maskInline(chunk.slice(to + 1, end), to + 1, ranges);
      continue;
    }
    // A Dataview field ("me:: write down the steps", "action:: tell Sam ..."): its second colon is not prose,
    // and the key reads as a label.
    const field = fieldColon(chunk, from + skip, to);
    if (field > 0) ranges.push(field, field + 1);
    // Inline syntax may span lines: mask the whole paragraph at once, after its first line's marker.
    if (l === l0) maskInline(chunk.slice(from + skip, end), from + skip, ranges);
  }
  blocks.push((flags & PARA_QUOTED) !== 0 ? { start, end, item, task, quoted: true } : (flags & PARA_BOX) !== 0 ? { start, end, item, task, callout: true } : { start, end, item, task });
}

/** The second colon of a Dataview field's "key::" opening [at, to) (a key of up to 24 letters, "_" or "-", then ":: "), or -1. */
function fieldColon(chunk: string, at: number, to: number): number {
  let j = at;
  while (j < to && j - at <= 24) {
    const c = chunk.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (j > at && (c === 95 || c === 45))) j++;
    else break;
  }
  return j > at && j + 2 < to && chunk.charCodeAt(j) === 58 && chunk.charCodeAt(j + 1) === 58 && (chunk.charCodeAt(j + 2) === 32 || chunk.charCodeAt(j + 2) === 9) ? j + 1 : -1;
}

/** Block quote markers at a line's start, with the spaces around them: "> ", "  >> ". */
const QUOTE_MARKERS = /[ \t]{0,3}(?:>[ \t]*)+/y;

/** The length of the quote markers that open the line [at, end), or 0. */
function quoteMarkers(text: string, at: number, end: number): number {
  QUOTE_MARKERS.lastIndex = at;
  const m = QUOTE_MARKERS.exec(text);
  return m ? Math.min(m[0].length, end - at) : 0;
}

/** Bullets and outline numbers at a line's start: "- ", "* ", "• ", "1.1 ", "2. ", "3) ", "4 - ", "a) ". */
// (Notes exported from OneNote or Word mark sub-points with "o" and "§" before a space, often a no-break one;
// a bullet journal marks a done task "×", a note "–" and a priority "!".)
// (A site's numbered points typed with a dash, "1 - Toolbox talk at 7.30 ...", "10 – Asked him to ...", are points too.)
// (A word processor's or Google Docs' pasted bullets: "● ", "○ ", "◦ ", "▪ ", "■ ".)
const OUTLINE = /(?:[-*+•§×–!●○◦▪■]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\d{1,3}[ \t]+[-–—]|[a-z][.)]|o(?=[ \t\u00a0]+\S))[ \t\u00a0]+(?=\S)/y;

/** The length of the outline marker at `at` (see OUTLINE), or 0. Shared with the sentence splitter. */
export function outlineMarker(text: string, at: number, end: number): number {
  const c = text.charCodeAt(at);
  // A cheap first look: a bullet, a digit or a lower-case letter.
  if (!(c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0xa7 || c === 0xd7 || c === 0x2013 || c === 33 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x25cf || c === 0x25cb || c === 0x25e6 || c === 0x25aa || c === 0x25a0)) return 0;
  OUTLINE.lastIndex = at;
  const m = OUTLINE.exec(text);
  return m && at + m[0].length <= end ? m[0].length : 0;
}

/** The masked, lower-cased text of the chunk (see ProseText); built once per chunk. */
function normalize(chunk: string, blocks: readonly ProseBlock[], ranges: number[], hasCR: boolean): string {
  let masked = chunk;
  if (ranges.length || hasCR) {
    // Sort and merge the ranges (a paragraph's inline ranges and its lines' indentation interleave).
    const order: number[] = [];
    let sorted = true;
    for (let k = 0; k < ranges.length; k += 2) {
      if (k > 0 && ranges[k] < ranges[k - 2]) sorted = false;
      order.push(k);
    }
    if (!sorted) order.sort((x, y) => ranges[x] - ranges[y] || ranges[x + 1] - ranges[y + 1]);
    let out = '';
    let at = 0;
    for (const k of order) {
      const from = Math.max(at, ranges[k]);
      const to = ranges[k + 1];
      if (to <= from) continue;
      out += chunk.slice(at, from) + spaces(chunk, from, to);
      at = to;
    }
    masked = out + chunk.slice(at);
    // Line breaks inside paragraphs read as one "\n": "\r\n" becomes " \n", a lone "\r" becomes "\n".
    if (hasCR) masked = masked.replace(/\r(\n)?/g, (_all, lf: string | undefined) => (lf ? ' \n' : '\n'));
  }
  const lower = masked.toLowerCase();
  if (lower.length === masked.length) return straighten(lower);
  // Lower-casing changed the length somewhere ("İ"): each paragraph keeps its length its own way, as
  // a paragraph on its own would; what lies between them is not read.
  let out = '';
  let at = 0;
  for (const b of blocks) {
    out += masked.slice(at, b.start) + toNorm(masked.slice(b.start, b.end));
    at = b.end;
  }
  return out + masked.slice(at);
}

/** Punctuation dictated as words, left in by voice typing: "... on a Saturday morning question mark", "period new line". */
const SPOKEN_QUESTION = /(?<!\b(?:a|the|big|huge|real|another)\s)\bquestion mark\b/g;
const SPOKEN_BREAK = /\bnew (?:line|paragraph)\b/g;
/** "period" and "full stop" as marks, not nouns: after no article or noun they belong to ("the trial period", "notice period"). */
const SPOKEN_STOP = /(?<!\b(?:a|an|the|this|that|each|every|same|whole|trial|probation|probationary|notice|grace|reporting|review|pay|holiday|waiting|cooling|busy|quiet|peak|long|short|time|one|two|three|four|six|\d+)\s)\b(?:period|full stop)(?=[ \t]*(?:\n|$)|[ \t]+new (?:line|paragraph)\b|[ \t]+[a-z])/g;

/**
 * A dictated note's spoken punctuation made marks (same length, so offsets stay exact): "question mark"
 * asks, "period" and "full stop" end a sentence, "new line" breaks one. Read only where the note says
 * "question mark" or "new line" somewhere: typed notes mean the noun.
 */
function spokenMarks(norm: string): string {
  // ("new line" and "new paragraph" looked for only from the first "new ": one search of the chunk for the common "n", not two.)
  const spokenNew = norm.indexOf('new ');
  if (!norm.includes('question mark') && (spokenNew < 0 || (!norm.includes('new line', spokenNew) && !norm.includes('new paragraph', spokenNew)))) return norm;
  const mark = (m: string, c: string) => `${c}${' '.repeat(m.length - 1)}`;
  return norm.replace(SPOKEN_QUESTION, m => `${' '.repeat(m.length - 1)}?`)
    .replace(SPOKEN_STOP, m => mark(m, '.'))
    .replace(SPOKEN_BREAK, (m, at: number, all: string) => (at === 0 || /\n[ \t]*$/.test(all.slice(Math.max(0, at - 8), at)) ? ' '.repeat(m.length) : mark(m, '.')));
}

const CURLY = /[’‘]/;
const CURLY_ALL = /[’‘]/g;

/** Typographic apostrophes made straight (one scan when there are none, as in most text). */
function straighten(text: string): string {
  return CURLY.test(text) ? text.replace(CURLY_ALL, "'") : text;
}

/** Lower-cases ASCII letters and straightens apostrophes, keeping length (so offsets stay exact). */
export function toNorm(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for almost all text; where it does not (e.g. "İ"), go character by character.
  if (lower.length === text.length) return straighten(lower);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x2019 || c === 0x2018) {
      out += text.slice(from, i) + (c === 0x2019 || c === 0x2018 ? "'" : String.fromCharCode(c + 32));
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Length of the whitespace (as String.prototype.trimStart sees it) at the start of [from, to). */
function leadingSpace(s: string, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9) k++;
    else if (c >= 128 || (c >= 10 && c <= 13)) {
      if (s.slice(k, k + 1).trimStart()) break;
      k++;
    } else break;
  }
  return k - from;
}

function allSpaces(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * Finds the inline markdown in s (one paragraph, or its part after a list marker) that is not prose:
 * code spans, HTML, autolinks and bare URLs, link targets, images, emphasis markers, escapes, and
 * quoted speech. Pushes their [start, end) ranges, shifted by `base`, in increasing order.
 */
function maskInline(s: string, base: number, ranges: number[]): void {
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(s);
  if (!m) return;
  let last = 0;
  const blank = (from: number, to: number) => {
    const a = Math.max(from, last);
    const b = Math.min(to, s.length);
    if (b > a) {
      ranges.push(base + a, base + b);
      last = b;
    }
  };
  const n = s.length;
  // Backtick runs and, for each, the next run of the same length (a code span's closer): linear, so a
  // line of thousands of unmatched backticks cannot make this quadratic.
  let runs: Map<number, number> | undefined;
  if (s.includes('`')) {
    runs = new Map<number, number>();
    const nextRunOfLength = new Map<number, number>();
    for (let k = s.lastIndexOf('`'); k >= 0; k = k > 0 ? s.lastIndexOf('`', k - 1) : -1) {
      if (s[k - 1] === '`') continue;
      let len = 1;
      while (s[k + len] === '`') len++;
      const next = nextRunOfLength.get(len);
      if (next !== undefined) runs.set(k, next);
      nextRunOfLength.set(len, k);
    }
  }
  /** The closing quote of a quotation kept as the manager's words: masked alone when the scan reaches it. */
  let keepClose = -1;
  for (; m; m = SPECIAL.exec(s)) {
    const i = m.index;
    const c = s[i];
    let resume = i + 1;
    if (c === '\\') {
      if (i + 1 < n && /[!-/:-@[-`{-~]/.test(s[i + 1])) {
        blank(i, i + 1);
        resume = i + 2;
      }
    } else if (c === '`') {
      let run = 1;
      while (s[i + run] === '`') run++;
      const close = runs?.get(i) ?? -1;
      if (close >= 0) {
        blank(i, close + run);
        resume = close + run;
      } else {
        blank(i, i + run);
        resume = i + run;
      }
    } else if (c === '<') {
      if (s.startsWith('<!--', i)) {
        const close = s.indexOf('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        blank(i, end);
        resume = end;
      } else if (/[A-Za-z/?!]/.test(s[i + 1] ?? '')) {
        const close = s.indexOf('>', i + 1);
        if (close >= 0 && close - i < 2048) {
          blank(i, close + 1);
          resume = close + 1;
        }
      }
    } else if (c === '!') {
      const end = linkEnd(s, i + 1);
      if (end > 0) {
        blank(i, end);
        resume = end;
      }
    } else if (c === '[') {
      const close = matchBracket(s, i);
      // A footnote's or a doc comment's marker ("...since January.[a]", "[b] Me: Priya, send me ..."), a letter or a number: no word.
      if (close > 0 && close - i <= 5 && FOOTNOTE.test(s.slice(i + 1, close)) && s[close + 1] !== '(' && s[close + 1] !== '[') {
        blank(i, close + 1);
        resume = close + 1;
      } else if (close > 0) {
        blank(i, i + 1);
        const after = s[close + 1];
        if (after === '(') {
          const end = parenEnd(s, close + 1);
          blank(close, end > 0 ? end : close + 1);
        } else if (after === '[') {
          const end = s.indexOf(']', close + 2);
          blank(close, end > 0 ? end + 1 : close + 1);
        } else {
          blank(close, close + 1);
        }
      }
    } else if (c === '~' && s[i + 1] === '~' && strikeEnd(s, i) > 0) {
      // Struck through ("~~You need to stop covering every shift yourself.~~"): taken back, not said.
      const end = strikeEnd(s, i);
      blank(i, end);
      resume = end;
    } else if (c === '*' || c === '~') {
      blank(i, i + 1);
    } else if (c === '_') {
      if (!isWordChar(s[i - 1]) || !isWordChar(s[i + 1])) blank(i, i + 1);
    } else if (c === 'h' || c === 'w') {
      if (!isWordChar(s[i - 1])) {
        let end = i;
        while (end < n && !isWhitespace(s.charCodeAt(end), s[end])) end++;
        blank(i, end);
        resume = end;
      }
    } else if (i === keepClose) {
      blank(i, i + 1);
    } else {
      // Quoted speech: "...", “...”, « ... », ‘...’, '...' (a closing ’ or ' inside a word is an apostrophe).
      const close = quoteEnd(s, i, c);
      if (close > 0) {
        // (Not one the manager answers after it: `said "you should let me run the kaltwasser call on friday" — ok. yes. good.`)
        if ((spokenByManager(s, i, base) || saidAfterQuote(s, i, close)) && !ANSWERED_AFTER.test(s.slice(close + 1, close + 24))) {
          // `Say: "you have to ..."`, `I said: "..."`: the manager's own words, linted as said.
          blank(i, i + 1);
          keepClose = close;
          (saidQuotes ??= []).push(base + i + 1, base + close);
        } else {
          if (close - i > 8 && wholeLine(s, i, close)) (lineQuotes ??= []).push(base + i + 1, base + close);
          blank(i, close + 1);
          resume = close + 1;
        }
      }
    }
    SPECIAL.lastIndex = Math.max(resume, i + 1);
  }
}

/** The manager's answer right after a quotation, set off by a dash: "— ok.", "-- yes", "– sure, go for it". */
const ANSWERED_AFTER = /^\s*(?:[—–]|--?)\s*(?:ok|okay|yes|yep|sure|fine|agreed|deal|approved)\b/i;

/** A footnote's or a doc comment's marker, inside its brackets: "a", "b", "12", "^3". */
const FOOTNOTE = /^\^?(?:[a-z]|\d{1,3})$/;

/** The end (past its closing "~~") of a strikethrough opened at i, on its line, or -1. */
function strikeEnd(s: string, i: number): number {
  const close = s.indexOf('~~', i + 2);
  if (close < 0 || close === i + 2 || hasLineBreak(s, i, close)) return -1;
  return close + 2;
}

const BLANKS = ' '.repeat(64);

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Spaces for s[from, to), keeping its line breaks. */
function spaces(s: string, from: number, to: number): string {
  if (to - from <= BLANKS.length && !hasLineBreak(s, from, to)) return BLANKS.slice(0, to - from);
  const part = s.slice(from, to);
  return part.includes('\n') || part.includes('\r') ? part.replace(/[^\r\n]/g, ' ') : ' '.repeat(to - from);
}

/** Characters that may start inline syntax worth masking; URLs by their scheme. */
const SPECIAL = /[`<![*_~\\"“‘'«]|https?:\/\/|www\./g;

/**
 * The offset of the quote that closes the one opened at `i` (by character `c`), or -1. A straight or
 * curly single quote opens only after a non-letter and before a letter ("'Make sure' was her phrase"),
 * and closes only before a non-letter: inside a word it is an apostrophe ("don't", "Sam's").
 */
function quoteEnd(s: string, i: number, c: string): number {
  const single = c === "'" || c === '‘';
  if (single && (isWordChar(s[i - 1]) || !isWordChar(s[i + 1]))) return -1;
  const closer = c === '"' ? '"' : c === '“' ? '”' : c === '«' ? '»' : c === "'" ? "'" : '’';
  const limit = single ? 200 : 1000;
  let close = s.indexOf(closer, i + 1);
  while (single && close >= 0 && (isWordChar(s[close + 1]) || s[close - 1] === ' ')) close = s.indexOf(closer, close + 1);
  if (close < 0 || close - i >= limit) return -1;
  if (single && hasLineBreak(s, i, close)) return -1;
  return close;
}

/** A quotation introduced as the manager's own words: `Say: "..."`, `me: "..."`, `→ me: "..."`, `10:04 — me: "..."` (a running log's time first), `I said "..."`, `I asked her, "..."`, `I said something like, "..."`, `Then I blurted out "..."`, `What I actually said was "..."`, `told him: "..."`, `I put it to her: "..."`, `I DM'd her Mon: "..."`, `My first question was "..."`, `My response: "..."`, `Then I slipped: "..."`. */
// (An emoji for a bullet: `🔸 Asked him: "`.)
// (A formal record's passive, its author the one who spoke: `It was put to the trainee: "`, `The underwriter was asked: "`; and
// a file note's "the manager" for its writer: `The manager asked KL: "`.)
const MANAGER_SAYS = /^[\s*_>]*(?:(?:[-+]|[\p{So}\uFE0F\u200D]{1,4}|\d{1,3}(?:\.\d{1,3})*[.)]?(?:\s+[-–])?|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\))\s+)?(?:\[?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\]?\s*(?:[—–-]\s*)?)?(?:(?:→|->|=>|↳)\s*)?(?:(?:me|i|ako|moi)\s*:|(?:(?:things|a\s+line|line|lines|words|what)\s+)?to\s+(?:say|tell\s+(?:him|her|them))\s*:|(?:je\s+lui\s+ai|j'ai)\s+(?:dit|demandé)\s*:|(?:tinanong|sabi|sinabi)\s+ko(?:\s+(?:rin|din|naman|sa\s+kanya))?\s*:|(?:i\s+)?(?:(?:also|then|and|just|even|finally|still|again)\s+)?(?:say|said|ask|asked|(?:tell|told|asked|ask)\s+(?:him|her|them|am)|(?:say|said)\s+to\s+(?:him|her|them)|put\s+it\s+to\s+(?:him|her|them))(?:\s+(?:straight(?:\s+out)?|directly|plainly|bluntly|outright|point[- ]blank|flat\s+out))?\s*[:,]?|(?:i\s+|the\s+undersigned\s+)?(?:asked|told|enquired\s+of|inquired\s+of)\s+(?:(?:ms|mr|mrs|dr)\.?\s+)?\p{Lu}[\p{L}'-]*\s*:|(?:the\s+undersigned|i)\s+(?:asked|enquired|inquired|said|remarked|observed)\s*:|it\s+was\s+(?:put|said|explained|pointed\s+out|stressed)\s+to\s+(?:him|her|them|the\s+[a-z]+)\s*[:,]?|(?:the\s+[a-z]+|he|she)\s+was\s+(?:asked|told)\s*[:,]?|the\s+manager\s+(?:asked|told|said\s+to)\s+(?:him|her|them|\p{Lu}[\p{L}'-]*)\s*[:,]?|(?:the\s+)?manager\s+(?:asked|said|stated|replied|responded)\s*[:,])\s*$/iu;
const MANAGER_SAYS_AFTER = /\bi\s+(?:(?:also|then|just|even|actually|finally)\s+)?(?:heard|caught|found)\s+myself\s+(?:ask|asking|say|saying|tell(?:ing)?\s+(?:him|her|them))\s*[:,]?\s*$|(?:^|[\s(])caught\s+myself(?:\s+(?:again|saying|telling\s+(?:him|her|them)))?\s*:\s*$|\bi\s+(?:(?:also|then|just|even|actually|finally|first|still|again)\s+)?(?:say|said|asked|(?:told|asked)\s+(?:him|her|them)|put\s+it\s+to\s+(?:him|her|them)|blurted(?:\s+out)?|snapped|added|called|shouted|yelled|radioed)(?:\s+something\s+like)?\s*[:,]?\s*$|[.!?;]\s+(?:also\s+|then\s+)?(?:asked|told)\s+(?:him|her|them)(?:,\s*[\w\s-]{1,20},)?\s*[:,]?\s*$|\b(?:what|the\s+(?:thing|question|line))\s+i\s+(?:actually\s+|really\s+)?(?:said|asked|blurted(?:\s+out)?|told\s+(?:him|her|them))\s+was\s*:?\s*$|\bwhat\s+i\s+(?:actually\s+|really\s+|did\s+)?(?:said|say|told\s+(?:him|her|them)|asked(?:\s+(?:him|her|them))?)(?:,\s*[\w\s-]{1,20})?\s*:\s*$|\bwhat\s+i\s+(?:want|mean|plan|need|intend|am\s+going)\s+to\s+(?:say|tell)\b[^"\n:]{0,50}:\s*$|\bi\s+(?:opened|started|led|kicked\s+off)\s+with\s*[:,]?\s*$|\bmy\s+(?:(?:first|second|next|opening|follow-up|last|actual|real|only|exact|own)\s+)?(?:question|reply|answer|response|words|line)(?:\s+to\s+(?:him|her|them))?(?:\s+(?:was|were)\s*:?|\s*:)\s*$|\bi\s+(?:(?:then|just|also|even)\s+)?(?!(?:heard|read|overheard|received|saw|noticed|quoted|forwarded|copied|pasted|noted|logged|recorded|underlined|highlighted|wrote\s+down)\b)[a-z]{3,}ed(?:\s+(?:out|up|in))?\s*:\s*$|\bi\s+(?:did\s+)?(?:ask|asked|say|said)\s*,\s*[^,"\n]{1,40},\s*$|(?:^|[\s,;(])me\s+to\s+[a-z][\w'-]*\s*:\s*$|(?:^|[\s(])told\s+(?:him|her|them|[a-z][\w'-]*)\s+(?:at|in|on|during|after|before|over)\b[^"\n]{0,30}:\s*$|(?:^[\s*_>+-]*|\bi\s+)(?:dm'?d|dmed|messaged|texted|emailed|e-mailed|pinged|slacked|wrote\s+to)\s+(?:him|her|them)(?:\s+[\w'.-]+){0,2}\s*:\s*$/i;

/** A line opened by "Word for word:" or "Verbatim:" (a footnote's mark before it). */
const WORD_FOR_WORD = /^[\s*_>+-]*(?:\[\^?[\w-]{1,6}\]:?\s*)?(?:word\s+for\s+word|verbatim|exact\s+words)\s*:\s*$/i;
/** An arrow right before a quotation. */
const ARROW_BEFORE = /(?:→|->|=>|⇒)\s*$/;
/** A branch of a plan: a condition on what they say or do, then an arrow ("If he shrugs it off →", "Either way →"). */
const IF_THEN = /^[\s*_>+-]*(?:\d{1,2}[.)]\s+)?(?:(?:if|when|whenever|once|in\s+case|unless)\s+(?:she|he|they|\p{Lu}[\p{L}'-]*)(?:'s|'re)?\s+(?!(?:said|asked|told|was|were|did|had|replied|answered|wrote|came|went|got)\b)[^"“”→\n]{2,100}?|either\s+way|otherwise|if\s+not|else)\s*(?:→|->|=>|⇒)\s*$/iu;

/**
 * Whether the line ending at the newline `nl` is 70 characters or more and ends mid-sentence (a letter or a comma last): prose
 * wrapped at a fixed width, its next line going on with the same sentence.
 */
export function longLineGoesOn(text: string, nl: number): boolean {
  const c = text.charCodeAt(nl - 1);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 44)) return false;
  return nl - (text.lastIndexOf('\n', nl - 1) + 1) >= 70;
}

/** Whether the line at `at` goes on from a long line before it that ends mid-sentence. */
function wrappedOn(s: string, at: number): boolean {
  return at >= 2 && s.charCodeAt(at - 1) === 10 && longLineGoesOn(s, at - 1);
}

function spokenByManager(s: string, i: number, base: number): boolean {
  const from = Math.max(s.lastIndexOf('\n', i) + 1, i - 60);
  const before = s.slice(from, i);
  // ("Notice when I say "you should"", "She pointed out that I say "make sure you..." in every reply": the words named as a habit, a
  // mention, not said.)
  if (WHEN_I_SAY.test(before)) return false;
  // (Not in prose wrapped at a fixed width, its line going on from the one before: "... and they all\nsay "make sure you ..."".)
  if ((MANAGER_SAYS.test(before) && !wrappedOn(s, from)) || MANAGER_SAYS_AFTER.test(before)) return true;
  // ("If she blames the DBA team → "Have you thought about just pairing with Yusuf?"": a decision tree's branch, the
  // manager's words for when they say or do something; not what they said, "When I asked → "it's fine"".)
  if (before.length > 4 && ARROW_BEFORE.test(before) && IF_THEN.test(before)) return true;
  // ("[^3]: Word for word: "Don't start the tokens until ..."": a footnote's or a line's own record of what was said, the manager's.)
  if (before.length > 10 && WORD_FOR_WORD.test(before)) return true;
  // ("Then I spoiled it slightly by asking, "you're not really going to ..., are you?"": the manager's words, by what they did.)
  if (before.includes('by ') && BY_ASKING.test(before)) return true;
  // ("Where I slipped: on Brightwater I said "honestly, you could probably just ..."": "I said" right before it, mid-line.)
  if ((before.includes('i ') || before.includes('I ')) && I_SAID_BEFORE.test(before)) return true;
  // ("I also said, and I'm writing it down so I remember saying it, "Next time, ..."": "I said", an aside between commas, then the quotation.)
  if (before.includes(',') && I_SAID_ASIDE.test(s.slice(Math.max(s.lastIndexOf('\n', i) + 1, i - 160), i))) return true;
  // A quotation on a line of its own after the manager's line that introduces it: `What I did say, and I'm
  // writing it down:` / `Then I asked something I'm less proud of.`, then `"..."`.
  if (from > 0 && from === s.lastIndexOf('\n', i) + 1 && LINE_OPENING.test(before)) {
    const line = s.slice(Math.max(s.lastIndexOf('\n', from - 2) + 1, from - 200), from - 1);
    if (INTRODUCES_QUOTE.test(line)) return true;
    // ("4. Summary issued to the employee (by email, 14 April)" over a quotation a line: the manager's message, every line of it.)
    let end = from - 1;
    for (let n = 0; n < 8 && end > 0; n++) {
      const start = s.lastIndexOf('\n', end - 1) + 1;
      const prev = s.slice(start, end);
      if (!WHOLE_QUOTE_LINE.test(prev)) {
        if (SENT_TO.test(prev.length > 200 ? prev.slice(-200) : prev)) return true;
        break;
      }
      end = start - 1;
    }
  }
  // A list of what the manager said, under the line that introduces it ("Wrote down what I actually said:" then
  // `- me: "..."`, `- Told him to ...`, `- "Have you thought about just ...?"`): an item that opens with a quotation,
  // past the items before it, to that line.
  if (from === 0 && chunkText !== undefined && LINE_OPENING.test(before)) {
    let lineStart = chunkText.lastIndexOf('\n', base - 1) + 1;
    if (!LIST_ITEM_LINE.test(chunkText.slice(lineStart, base + 1))) return false;
    for (let n = 0; n < 12 && lineStart > 0; n++) {
      const prev = chunkText.lastIndexOf('\n', lineStart - 2) + 1;
      const line = chunkText.slice(prev, lineStart - 1);
      if (!LIST_ITEM_LINE.test(line)) return !/^\s/.test(line) && INTRODUCES_QUOTE.test(line.length > 200 ? line.slice(-200) : line);
      lineStart = prev;
    }
  }
  const named = managerNames && NAMED_SAYS.exec(before);
  if (named) return managerNames!.has(named[1].toLowerCase());
  // (`NV: "Owen, please book the AKTA ..."`: the manager's name or initials as the label of their words.)
  const labelled = managerNames && NAMED_LABEL.exec(before);
  return !!labelled && managerNames!.has(labelled[1].toLowerCase());
}
const NAMED_LABEL = /^[\s*_>+-]*(\p{Lu}[\p{L}'-]*)[*_]*\s*:[*_]*\s*$/u;

/** A heading's text that is a sentence, not a title: more than six words, or a label and what follows its colon. */
function commentLine(text: string): boolean {
  return /:\s+\S/.test(text) || text.split(/\s+/).length > 6;
}

/** "I said", an aside between commas, then the quotation: "I also said, and I'm writing it down so I remember saying it, "...". */
const I_SAID_ASIDE = /(?:^|[\s(:;])i\s+(?:(?:also|then|just|even|finally|actually)\s+)?(?:said|told\s+(?:him|her|them))\s*,[^,"“\n]{1,120},\s*$/i;
/** "I said" or "I asked her" right before a quotation, wherever on the line. */
const I_SAID_BEFORE = /(?:^|[\s(:;,])i\s+(?:(?:also|then|just|even|finally|actually)\s+)?(?:did\s+(?:ask|say)|said|asked|told\s+(?:him|her|them)|said\s+to\s+(?:him|her|them)|asked\s+(?:him|her|them))\s*[:,]?\s*$/i;

/** The manager's words introduced by what they did: "I spoiled it by asking, ", "I ended by saying: ". */
const BY_ASKING = /\bi\b[^.!?"“\n]{0,80}?\bby\s+(?:asking|saying|telling\s+(?:him|her|them))\s*[:,]?\s*$/i;

/** A line that introduces the manager's words on the next: `... what I did say, ...:`, `I asked something like this.` */
// ("Where I probably overstepped:" over it: the manager owning up to what they said.)
// ("She said the rewrite needs a design doc and I went straight to:" then `- "Have you considered just ...?"`: what the manager came out with.)
const INTRODUCES_QUOTE = new RegExp(String.raw`\bi\s+(?:went|jumped|launched|skipped)\s+(?:straight\s+|right\s+)?(?:to|into)\s*:\s*$|\bi\s+came\s+out\s+with\s*:\s*$|\bwhat\s+i\s+(?:actually\s+|really\s+)?(?:did|said|asked|told\s+(?:him|her|them))\b[^.!?\n]*:\s*$|\bi\s+(?:(?:did|also|then|actually|really|just|finally)\s+)?(?:say|said|asked|told(?:\s+(?:him|her|them))?)\b(?:[^.!?\n]*:|\s+(?:something|this|the\s+question|a\s+question)\b[^.!?\n]*[.:])\s*$|\b${OWNED_UP}\s*:\s*$`, 'i');

/** A name and a verb of saying before a quotation: `Rosa asked Ken, "`, `Rosa said: "`. */
const NAMED_SAYS = /(?:^|[\s*_>(-])(\p{Lu}[\p{L}'-]+)\s+(?:asked|said|told|added)(?:\s+\p{Lu}[\p{L}'-]+)?\s*[:,]?\s*$/u;

/** The line's start before a quotation: spaces, a list marker, emphasis. */
// ("- Then: "Why are you still ...?"": a word of sequence before it.)
/** A line that is one quotation ("Thank you for the update."). */
const WHOLE_QUOTE_LINE = /^[\s>*_-]*["“][^"“”\n]*["”][\s*_]*$/;
/** A line that says the manager's message to them follows: "Summary issued to the employee (by email)", "My email to her:". */
const SENT_TO = /\b(?:summary|message|email|e-mail|note|letter|text|recap)\s+(?:issued|sent|given|emailed|e-mailed)\s+to\s+(?:the\s+(?:employee|staff\s+member|jobholder|colleague|team\s+member)|him|her|them)\b|\bmy\s+(?:summary|message|email|e-mail|note|letter|text|recap)\s+to\s+(?:him|her|them)\b/i;
const LINE_OPENING = /^[\s*_]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?[\s*_]*(?:(?:then|and\s+then|later|after\s+that|also|next)\s*:\s*)?$/i;
/** A list item's line: its marker first ("- ", "* ", "1. "). */
const LIST_ITEM_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/;
/** "when I say", "if I ask": a habit of the manager's words named, not words said. */
const WHEN_I_SAY = /\b(?:(?:when(?:ever)?|if|every\s+time|each\s+time|once|before|after|that|how\s+(?:often|much))\s+i\s+(?:say|ask|hear\s+myself\s+say)|i\s+(?:always|often|usually|keep|tend\s+to)\s+(?:say|saying|ask|asking))\s*[:,]?\s*$/i;
/** After a quotation, what says the manager said it: "Said it twice.", "Asked it in front of the TA.", "I said.", "(my words)", "— me" (a quote's attribution). */
// (` – asked him this directly`, ` - said this to her`, ` – I put this to her`: after a dash, who it was put to. The tag
// in either order: `, I said,` and the Irish `, says I,`.)
const SAID_AFTER_QUOTE = /^[.!?,]?["”’']?[\s*_]*(?:[–—-]\s*)?(?:\(?\s*(?:i\s+(?:(?:also|then)\s+)?(?:told|reminded)\s+(?:him|her|them)\s*[.!,;)]|(?:i\s+(?:actually\s+|really\s+|literally\s+|even\s+)?)?(?:said|asked|told\s+(?:him|her|them))\s+(?:it|that|this)\b|(?:i\s+)?(?:said|asked|told|put)\s+(?:(?:him|her|them)\s+(?:this|that|it)|(?:this|that|it)\s+to\s+(?:him|her|them))\b|i\s+(?:said|asked)\s*[.!,)]|(?:says|said|asks|asked)\s+i\s*(?:[.!,;)]|$)|my\s+words\b|mine\b|me\s*\)?\s*(?:\n|$))|came\s+out\s+(?:sharper|harsher|wrong|badly|worse|blunter|more\s+\w+)\b|(?:she|he|they)\s+(?:just\s+)?(?:laughed|agreed|nodded|smiled|winced|paused|shrugged|sighed|frowned|bristled|hesitated|went\s+quiet|looked\s+(?:at|away|surprised|relieved)|took\s+a\s+(?:breath|moment|second))\b)/i;

/** A quotation that opens its line and is followed by the manager's mark of having said it: `"Why haven't you ...?" Asked it in front of the TA.` */
function saidAfterQuote(s: string, i: number, close: number): boolean {
  const from = Math.max(s.lastIndexOf('\n', i) + 1, i - 12);
  return LINE_OPENING.test(s.slice(from, i)) && SAID_AFTER_QUOTE.test(s.slice(close + 1, close + 40));
}

/** A list marker and a label of one or two words before a quotation: `- Then: "`. */
const QUOTE_LABEL = /^[\s*_]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?[\s*_]*[A-Za-z][a-z]*(?: [a-z]+)?[*_]*:[*_]*\s*$/;
const SPEAKER_PRONOUN = /^[\s*_]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?[\s*_]*(?:he|she|him|her|they|them|his|hers)\b/i;

/** Whether the quotation s[i..close] is its line: only a list marker or spaces before it, only punctuation after it. */
function wholeLine(s: string, i: number, close: number): boolean {
  const from = s.lastIndexOf('\n', i - 1) + 1;
  if (i - from > 40) return false;
  const opening = s.slice(from, i);
  // Or after a short label of the manager's wording ("Then: "I need you to ..."", "Opening line: "..."");
  // not a speaker's ("She: "...", "Him: "...").
  if (!LINE_OPENING.test(opening) && !(QUOTE_LABEL.test(opening) && !SPEAKER_PRONOUN.test(opening))) return false;
  const nl = s.indexOf('\n', close);
  const end = nl < 0 ? s.length : nl;
  return end - close < 8 && /^[\s.!?,;:)*_]*$/.test(s.slice(close + 1, end));
}

/** The same as /\s/ for one character, without a regular expression for ASCII. */
function isWhitespace(code: number, c: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function matchBracket(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length && k - open < 1024; k++) {
    const c = s[k];
    if (c === '\\') { k++; continue; }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return k;
  }
  return -1;
}

function parenEnd(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length && k - open < 1024; k++) {
    const c = s[k];
    if (c === '\\') { k++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** End of `[..](..)` or `[..][..]` starting at the `[`, or -1. */
function linkEnd(s: string, open: number): number {
  const close = matchBracket(s, open);
  if (close < 0) return -1;
  if (s[close + 1] === '(') return parenEnd(s, close + 1);
  if (s[close + 1] === '[') {
    const end = s.indexOf(']', close + 2);
    return end < 0 ? close + 1 : end + 1;
  }
  return close + 1;
}
