// Whether a file's bytes look like a markdown note worth reading: valid UTF-8 (a BOM is fine),
// no NUL bytes and few control characters in the first 8 KB. A binary file, a UTF-16 file or an
// image that ended up in a person's folder is skipped (its items are unknown), never decoded into
// garbage and never written to.

import { misdatedNote } from '../notes';

/** How much of the file is looked at. */
const SAMPLE = 8192;

export function looksLikeTextNote(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  // UTF-16 and UTF-32 byte order marks: text, but not in an encoding notes are read in.
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  let control = 0;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x80) {
      // Tab, line feed, carriage return and form feed are text; other control characters are not.
      if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
      i++;
      continue;
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (!length || (b >= 0xe0 && b < 0xf0 && length !== 3)) return false;
    if (i + length > n) {
      // A character cut by the sample's end: fine if the file goes on, broken if it ends here.
      if (n < bytes.length) break;
      return false;
    }
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    // Overlong forms and surrogates.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return false;
    i += length;
  }
  return control <= Math.max(2, n / 100);
}

/** Notes larger than this are not read for items (a log pasted by mistake, not a 1:1 note). */
export const MAX_ITEM_NOTE_BYTES = 5 * 1024 * 1024;

/**
 * Files in a person's folder that are read for items: markdown, not hidden, and not named with a date
 * that does not exist ("2026-11-31.md" is no dated note anywhere: core/meetings.ts lists it as skipped).
 */
export function isItemNoteFile(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name) && !name.startsWith('.') && misdatedNote(name) === undefined;
}
