// Is a file a note at all? A binary file in a person's folder (an image, a PDF, a zip) must never count
// as a meeting. Pure: works on bytes or text; no vscode, no Node.

/** How much of a file is inspected: enough to see a binary header, and bounded for huge files. */
const SAMPLE = 64 * 1024;
/** Above this share of bytes in broken UTF-8 sequences or control characters, it is not text. */
const MAX_BAD_SHARE = 0.02;

export type NotText = 'nul' | 'utf-16' | 'invalid-utf-8' | 'control';

/**
 * Whether bytes look like a UTF-8 text note: no NUL byte, and (in the first 64 KB) at most 2% of
 * bytes in invalid UTF-8 sequences or control characters other than tab, line breaks, form feed and
 * escape. A UTF-8 byte order mark is fine; UTF-16 (BOM, or NULs) is not a note the extension writes.
 * Returns undefined for text, else why not.
 */
export function whyNotText(bytes: Uint8Array): NotText | undefined {
  const n = Math.min(bytes.length, SAMPLE);
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'utf-16';
  let bad = 0;
  let control = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b === 0) return 'nul';
    if (b < 0x80) {
      if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
      else if (b === 0x7f) control++;
      i++;
      continue;
    }
    // Expected continuation bytes and the smallest code point for the lead byte (no overlong forms).
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else { bad++; i++; continue; }
    // A sequence cut off by the sample's end is not an error.
    if (i + need >= n && n < bytes.length) break;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      bad++;
      i++;
      continue;
    }
    i += need + 1;
  }
  // A NUL past the sample still makes it binary.
  if (bytes.length > n && bytes.indexOf(0, n) >= 0) return 'nul';
  const limit = Math.max(1, n * MAX_BAD_SHARE);
  if (bad > limit) return 'invalid-utf-8';
  if (control > limit) return 'control';
  return undefined;
}

/** True when bytes look like a text note (see whyNotText). */
export function looksLikeText(bytes: Uint8Array): boolean {
  return whyNotText(bytes) === undefined;
}

/** Characters a text note rarely has: control characters (not tab, line breaks, form feed, escape) and U+FFFD. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f\ufffd]/;

/**
 * The same test on text already decoded: a NUL, or more than 2% replacement characters (U+FFFD, what
 * a decoder makes of broken bytes) or control characters, and it is not a readable note.
 */
export function isReadableText(text: string): boolean {
  if (!SUSPECT.test(text)) return true;
  if (text.indexOf('\u0000') >= 0) return false;
  const n = Math.min(text.length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0x7f) bad++;
  }
  return bad <= Math.max(1, n * MAX_BAD_SHARE);
}
