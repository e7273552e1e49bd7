// Cuts a note into chunks that parse on their own, so results can be cached per chunk and a
// keystroke re-lints only the chunk it touched. Knows lines, front matter, fences and HTML comments;
// nothing about prose (that is prose.ts).

export interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
}

/** Splits text into lines on \n, \r\n and lone \r, as editors do. */
export function splitLines(text: string, base = 0): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start: base + start, end: base + i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start: base + start, end: base + n });
  return lines;
}

/** Front matter at the very start of a note: `---` ... `---` (or `...`). Returns its end offset (after the closing line). */
export function frontMatterEnd(text: string): number {
  if (!text.startsWith('---')) return 0;
  const first = /^---[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!first) return 0;
  const close = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = first[0].length - first[1].length;
  const m = close.exec(text);
  if (!m || m.index > 64 * 1024) return 0;
  return m.index + m[0].length;
}

/** A piece of the note that parses on its own: it starts at a top-level line after a blank line. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  /** True for front matter, which is never prose. */
  readonly frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A chunk this long ends at the next possible boundary whatever the content (bounds the work per edit). */
const MAX_CHUNK = 16 * 1024;

/**
 * Cuts the note into chunks at blank lines followed by an unindented line, outside fences and
 * HTML comments. Each chunk parses the same alone as in place, so results can be cached per chunk
 * and an edit re-lints only the chunks it touched.
 */
export function splitChunks(text: string): readonly Chunk[] {
  return updateChunks(undefined, text).chunks;
}

/** A note's text and its chunks, kept to cut the next version of the note. */
export interface ChunkState {
  readonly text: string;
  readonly chunks: readonly Chunk[];
  /** For each chunk, the index of the previous version's chunk with the same text, or -1. */
  readonly reuse: readonly number[];
  readonly loneCR: boolean;
}

/**
 * The chunks of `text` (exactly as splitChunks cuts them), reusing those of the previous version:
 * the unchanged chunks before the edit are kept, the scan starts one chunk before the first changed
 * one, and it stops at the first boundary that falls where an unchanged chunk after the edit starts
 * (from there on the text, and so every boundary, is the same, shifted). A keystroke in a long note
 * then costs a comparison of the unchanged text, not a scan of every line.
 */
export function updateChunks(prev: ChunkState | undefined, text: string): ChunkState {
  const fm = frontMatterEnd(text);
  const loneCR = text.indexOf('\r', fm) >= 0 && /\r(?!\n)/.test(text);
  const full = (): ChunkState => {
    const chunks: Chunk[] = [];
    if (fm > 0) chunks.push({ start: 0, end: fm, frontMatter: true });
    scanChunks(text, fm, chunks, loneCR);
    return { text, chunks, reuse: chunks.map(() => -1), loneCR };
  };
  if (!prev || !prev.chunks.length || prev.loneCR !== loneCR) return full();
  const old = prev.text;
  const oc = prev.chunks;
  if ((oc[0].frontMatter ? oc[0].end : 0) !== fm) return full();
  if (text === old) return { text, chunks: oc, reuse: oc.map((_, k) => k), loneCR };
  // The first chunk whose text is not where it was. The last chunk counts as changed: its last line
  // has no line break, so text added after it may lengthen a line it ends with.
  let i = 0;
  while (i < oc.length && oc[i].end < old.length && oc[i].end <= text.length
    && text.slice(oc[i].start, oc[i].end) === old.slice(oc[i].start, oc[i].end)) i++;
  if (i === 0) return full();
  // Resume at the start of the chunk before it: a boundary's place depends on the line it starts, and
  // the first changed chunk's first line may be the edit. At a boundary the scan's state is known:
  // outside fences and comments.
  const r = i - 1;
  const resume = oc[r].frontMatter ? oc[r].end : oc[r].start;
  const chunks = oc.slice(0, oc[r].frontMatter ? r + 1 : r);
  const reuse = chunks.map((_, k) => k);
  // The chunks at the end whose text is unchanged, shifted by the edit.
  const delta = text.length - old.length;
  let e = oc.length;
  while (e - 1 > r) {
    const c = oc[e - 1];
    const start = c.start + delta;
    if (start <= resume || text.slice(start, c.end + delta) !== old.slice(c.start, c.end)) break;
    e--;
  }
  let k = e;
  const resynced = scanChunks(text, resume, chunks, loneCR, q => {
    while (k < oc.length && oc[k].start + delta < q) k++;
    return k < oc.length && oc[k].start + delta === q;
  });
  const firstScanned = reuse.length;
  for (let j = firstScanned; j < chunks.length; j++) {
    // The chunk the scan started with is unchanged (it came before the first changed one): if it was
    // cut the same way, it is the old one.
    const c = chunks[j];
    reuse.push(j === firstScanned && !oc[r].frontMatter && c.start === oc[r].start && c.end === oc[r].end ? r : -1);
  }
  if (resynced) {
    for (let j = k; j < oc.length; j++) {
      chunks.push({ start: oc[j].start + delta, end: oc[j].end + delta, frontMatter: false });
      reuse.push(j);
    }
  }
  return { text, chunks, reuse, loneCR };
}

/**
 * Scans lines from `pos` (the start of a chunk, outside fences and comments) and pushes the chunks it
 * finds. Stops early, returning true, right after pushing a chunk that ends where `resync` says the
 * rest is known.
 */
function scanChunks(text: string, pos: number, chunks: Chunk[], loneCR: boolean, resync?: (boundary: number) => boolean): boolean {
  let chunkStart = pos;
  let fence = '';
  let inComment = false;
  let prevBlank = false;
  const n = text.length;
  while (pos < n) {
    let eol: number;
    // Line ends by the native indexOf; lone CRs (old Mac files) take the slower per-character path.
    if (loneCR) {
      eol = pos;
      while (eol < n) {
        const c = text.charCodeAt(eol);
        if (c === 10 || c === 13) break;
        eol++;
      }
    } else {
      eol = text.indexOf('\n', pos);
      if (eol < 0) eol = n;
      else if (eol > pos && text.charCodeAt(eol - 1) === 13) eol--;
    }
    let next = eol;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    const first = text.charCodeAt(pos);
    const blank = isBlank(text, pos, eol);
    // Boundaries are chosen by the content of the line that starts the next chunk, not by distance from
    // the previous boundary: an edit then moves no boundary but its own, and every other chunk keeps its
    // text (and its cached result).
    if (!fence && !inComment && prevBlank && !blank && first !== 32 && first !== 9 && pos > chunkStart
      && (lineHash(text, pos, eol) % 8 === 0 || pos - chunkStart >= MAX_CHUNK)) {
      chunks.push({ start: chunkStart, end: pos, frontMatter: false });
      if (resync?.(pos)) return true;
      chunkStart = pos;
    }
    if (!blank && (first === 96 || first === 126 || first === 32)) {
      const m = FENCE.exec(text.slice(pos, Math.min(eol, pos + 64)));
      if (m) {
        if (!fence) fence = m[1];
        else if (m[1][0] === fence[0] && m[1].length >= fence.length && isBlank(text, pos + m[0].length, eol)) fence = '';
      }
    }
    if (!fence) {
      if (inComment) {
        if (text.slice(pos, eol).includes('-->')) inComment = false;
      } else if (first === 60 || first === 32) {
        const line = text.slice(pos, Math.min(eol, pos + 4096));
        const open = line.indexOf('<!--');
        if (open >= 0 && open <= 3 && !line.includes('-->', open + 4)) inComment = true;
      }
    }
    prevBlank = blank;
    pos = next;
  }
  if (chunkStart < n || chunks.length === 0) chunks.push({ start: chunkStart, end: n, frontMatter: false });
  return false;
}

function lineHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to && i < from + 32; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h >>> 0;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
