// The regular English inflection rules and the constants the data is encoded with. The generated data
// (english-data.ts) stores only the forms these rules get wrong, so scripts/gen-lexicon.mjs runs this
// very file to decide what to store: change a rule here and regenerate (`node scripts/gen-lexicon.mjs`).

/** Particles of phrasal verbs, in the order of the data's particle characters. */
export const PARTICLES: readonly string[] = ['up', 'out', 'off', 'in', 'on', 'back', 'down', 'over', 'for', 'into', 'through',
  'about', 'around', 'away', 'along', 'ahead', 'after', 'across', 'by', 'with', 'to', 'forward', 'together', 'apart', 'aside'];

/** Verb classes (see VerbLikelihood in english.ts), in the order of their letters in the data. */
export const VERB_CLASSES = ['verb-only', 'verb-first', 'noun-first', 'adjective-first', 'other-first'] as const;

/** The four inflected forms of a verb, in the order the data stores them. */
export const FORM_KINDS = ['past', 'participle', 'gerund', 'third'] as const;
export type FormKind = typeof FORM_KINDS[number];

/** "ship" -> "shipp", "panic" -> "panick": the stem of a verb that doubles its final consonant. */
export function doubledStem(base: string): string {
  return base.endsWith('c') ? base + 'k' : base + base[base.length - 1];
}

/** "panic", "picnic", "mimic", "traffic", "bivouac": a verb in -ic or -ac takes a k ("panicked"). */
function takesK(base: string): boolean {
  return /[aiu]c$/.test(base);
}

/** Past tense (and past participle) by rule: "nudge" -> "nudged", "try" -> "tried", doubled "ship" -> "shipped". */
export function regularPast(base: string, doubles: boolean): string {
  if (doubles || takesK(base)) return doubledStem(base) + 'ed';
  if (base.endsWith('e')) return base + 'd';
  if (consonantY(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

/** Gerund by rule: "write" -> "writing", "die" -> "dying", "agree" -> "agreeing", doubled "ship" -> "shipping". */
export function regularGerund(base: string, doubles: boolean): string {
  if (doubles || takesK(base)) return doubledStem(base) + 'ing';
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.length > 2 && base.endsWith('e') && !/[eoy]e$/.test(base)) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}

/** Third person singular by rule: "fix" -> "fixes", "try" -> "tries", "go" -> "goes", "ship" -> "ships". */
export function regularThird(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base)) return base + 'es';
  if (consonantY(base)) return base.slice(0, -1) + 'ies';
  if (/[^aeiou]o$/.test(base)) return base + 'es';
  return base + 's';
}

/** A form by rule. */
export function regularForm(base: string, kind: FormKind, doubles: boolean): string {
  switch (kind) {
    case 'past':
    case 'participle':
      return regularPast(base, doubles);
    case 'gerund':
      return regularGerund(base, doubles);
    case 'third':
      return regularThird(base);
  }
}

function consonantY(w: string): boolean {
  return w.length > 1 && w.endsWith('y') && !'aeiou'.includes(w[w.length - 2]);
}

/**
 * Base forms that could have produced `form` as `kind` by rule, most likely first; the caller keeps
 * those that are verbs and whose form really is `form` ("nudged" -> nudg, nudge; "dying" -> die).
 */
export function regularBaseCandidates(form: string, kind: FormKind): string[] {
  const out: string[] = [];
  if (kind === 'gerund') {
    if (!form.endsWith('ing') || form.length < 5) return out;
    const stem = form.slice(0, -3);
    // The undoubled stem first: "putting" is put's before putt's.
    if (undoubles(stem)) out.push(stem.slice(0, -1));
    out.push(stem, stem + 'e');
    if (stem.endsWith('y')) out.push(stem.slice(0, -1) + 'ie');
  } else if (kind === 'third') {
    if (!form.endsWith('s') || form.length < 3) return out;
    if (form.endsWith('ies')) out.push(form.slice(0, -3) + 'y');
    if (form.endsWith('es')) out.push(form.slice(0, -2));
    out.push(form.slice(0, -1));
  } else {
    if (!form.endsWith('ed') || form.length < 4) return out;
    const stem = form.slice(0, -2);
    if (undoubles(stem)) out.push(stem.slice(0, -1));
    out.push(stem, stem + 'e');
    if (stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y');
  }
  return out;
}

/** "shipp", "panick": a stem whose last letter may be a doubled consonant. */
function undoubles(stem: string): boolean {
  const n = stem.length;
  return n > 2 && ((stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1])) || stem.endsWith('ck'));
}
