// Person ids are also folder names under the notes folder, so an id must be safe on every file
// system and must never name a path outside that folder. Ids keep letters of any script (a
// Korean or Arabic name stays readable), drop Latin diacritics, and keep nothing else.

const MAX_ID_LENGTH = 48;

/** Letters (lowercase or caseless, any script), combining marks and digits, in hyphen-separated words. */
const SAFE_ID = /^[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]*)*$/u;

/** Device names Windows refuses as file names, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

export const ID_RULES = 'lowercase letters (any script) and digits, in words joined by single hyphens, at most 48 characters';

export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && [...id].length <= MAX_ID_LENGTH && SAFE_ID.test(id) && !WINDOWS_RESERVED.test(id)
    && id === id.normalize('NFC');
}

/** The slug of a name: "Zoë O'Brien" → "zoe-o-brien", "../etc" → "etc", "🙂" → "". */
export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    // Latin, Greek and Cyrillic diacritics; marks essential to other scripts stay.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    // Uppercase letters without a lowercase form, and marks with nothing to sit on, are dropped.
    .map(word => word.replace(/[\p{Lu}\p{Lt}]/gu, '').replace(/^\p{M}+/u, ''))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_ID_LENGTH) {
      if (!slug) slug = [...word].slice(0, MAX_ID_LENGTH).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

/**
 * A safe id for a new person that no one in `taken` has (compared case-insensitively, since file
 * systems may be). Names with nothing usable ("???", "🙂") become "person", "person-2", ...
 */
export function safeId(name: string, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map(t => t.toLowerCase()));
  let base = slugify(name);
  if (!base || WINDOWS_RESERVED.test(base)) base = base ? `${base}-person` : 'person';
  if (!isSafeId(base)) base = 'person';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const trimmed = [...base].slice(0, MAX_ID_LENGTH - suffix.length).join('').replace(/-+$/, '');
    const candidate = `${trimmed}${suffix}`;
    if (!used.has(candidate) && isSafeId(candidate)) return candidate;
  }
}
