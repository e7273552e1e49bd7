// Offsets to line and column, for adapters that report positions (the CLI, diagnostics of closed files).

/** Start offsets of every line; \r\n, \n and a lone \r each end a line, as in editors. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (c === 10 || c === 13) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line and character of an offset (clamped into the text). */
export function positionOf(starts: readonly number[], textLength: number, offset: number): { line: number; character: number } {
  const o = Math.max(0, Math.min(offset, textLength));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - starts[lo] };
}

/**
 * Unicode's bidirectional controls (the Bidi_Control property: the embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069, and the marks U+200E, U+200F, U+061C). Invisible, and
 * they reorder the text around them: "\u202Eevil" shows as "live", and an override left open
 * scrambles whatever a label, a notification or a description shows after it.
 */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

/** `text` without bidirectional controls (names shown in the tree, pickers, notes and messages). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The bidirectional controls in `text`, as code points ("U+202E"), each once. */
export function bidiControlsIn(text: string): string[] {
  return [...new Set(text.match(BIDI_CONTROLS) ?? [])].map(c => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Whether `text` has `rest` with a space before it: `text.includes(' ' + rest)`, five times faster.
 * V8 looks for a pattern from its first character, and one that starts with a space is tried at
 * every space of a sentence (about 1 ns a character); most sentences lack the word itself, which a
 * search finds from a rarer letter.
 */
export function hasSpaced(text: string, rest: string): boolean {
  // (Each place `rest` stands is checked for the space before it: no second search, and no string
  // made by joining the space to it, which cost as much again.)
  for (let i = text.indexOf(rest, 1); i > 0; i = text.indexOf(rest, i + 1)) if (text.charCodeAt(i - 1) === 32) return true;
  return false;
}

/**
 * The code of the character before `at` in `t`, or -1 at its start. (A read before a string's start is
 * NaN, but optimised code that meets one is thrown away and compiled again, once for each place that
 * reads: the engine's sentence loop is large enough that each costs a tenth of a second of compiling.)
 */
export function charBefore(t: string, at: number): number {
  return at > 0 ? t.charCodeAt(at - 1) : -1;
}

/**
 * A copy of `s` that does not keep alive the string it was cut from. V8 (and other engines) keep a
 * slice as a view into its parent: a chunk's result kept across keystrokes would keep each version
 * of a large note it was cut from. Concatenation flattens into a new string; the slice of that holds
 * only the copy.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** Latin letters with a diacritic (U+00C0–U+017F) and the letter without it: "í" -> "i", "ń" -> "n", "ł" -> "l". */
const LATIN_BASE = ((): Map<string, string> => {
  const map = new Map<string, string>();
  for (let c = 0xc0; c <= 0x17f; c++) {
    const ch = String.fromCharCode(c);
    const parts = ch.normalize('NFD');
    if (parts.length > 1 && /^[A-Za-z]\p{M}+$/u.test(parts)) map.set(ch, parts[0]);
  }
  for (const [a, b] of [['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['Đ', 'D'], ['ħ', 'h'], ['Ħ', 'H']]) map.set(a, b);
  return map;
})();
const LATIN_MARKED = /[\u00c0-\u017f]/;
const LATIN_MARKED_ALL = /[\u00c0-\u017f]/g;

/**
 * The text with Latin letters' diacritics dropped, one character for one ("Joaquín" -> "Joaquin", so a
 * note's "Joaquín" is the person of a file named joaquin-ruiz); other characters as they are.
 */
export function foldLatin(text: string): string {
  return LATIN_MARKED.test(text) ? text.replace(LATIN_MARKED_ALL, c => LATIN_BASE.get(c) ?? c) : text;
}

/** The markers of a toggle's title in a Notion export ("▸ Wins", "▾ Action items"), as a character class's contents. */
export const TOGGLE_MARKS = '\u25b6\u25b8-\u25ba\u25bc\u25be';

/** Whether the character code is a toggle's marker (TOGGLE_MARKS). */
export function isToggleMark(c: number): boolean {
  return c === 0x25b8 || c === 0x25b6 || c === 0x25b9 || c === 0x25ba || c === 0x25be || c === 0x25bc;
}
