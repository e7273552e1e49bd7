// Words of a sentence for the question reader: lower-case tokens with their offsets, the punctuation
// before each, and note-taking shorthand read as the words it stands for ("u" → you, "wdyt" → what
// do you think, "hows" → how is). Pure: no vscode, no Node.
import { scanWords, type Word } from '../lint/sentences';

export interface Tok {
  /** The word as read: lower case, straight apostrophes, shorthand expanded. */
  readonly w: string;
  /** Offsets of the written word in the text the tokens were read from (an expansion shares them). */
  readonly start: number;
  readonly end: number;
  /** Punctuation between the previous word and this one (",", ":", "—", "(" ...), without spaces. */
  readonly sep: string;
}

/** Words as the linter reads them outside ASCII: letters and digits, apostrophe parts, hyphenated parts. */

/**
 * Shorthand in notes, read as the words it stands for. Only spellings that are not also ordinary words
 * in a question ("r" and "y" are read only where a question can start with them, see tokens()).
 */
const SHORTHAND_WORDS: Readonly<Record<string, readonly string[]>> = {
  u: ['you'], ya: ['you'], yu: ['you'], ur: ['your'], urs: ['yours'],
  wat: ['what'], wut: ['what'], wht: ['what'], hw: ['how'], wen: ['when'], whr: ['where'],
  whats: ['what', 'is'], hows: ['how', 'is'], wheres: ['where', 'is'], whos: ['who', 'is'], whens: ['when', 'is'],
  whys: ['why', 'is'], hwo: ['how'],
  "what's": ['what', 'is'], "how's": ['how', 'is'], "where's": ['where', 'is'], "who's": ['who', 'is'],
  "when's": ['when', 'is'], "why's": ['why', 'is'], "what're": ['what', 'are'], "how're": ['how', 'are'],
  "where're": ['where', 'are'], "who're": ['who', 'are'], "how'd": ['how', 'did'], "what'd": ['what', 'did'],
  "where'd": ['where', 'did'], "why'd": ['why', 'did'], "who'd": ['who', 'would'], "what've": ['what', 'have'],
  "how've": ['how', 'have'], "where've": ['where', 'have'], "what'll": ['what', 'will'], "how'll": ['how', 'will'],
  "there's": ['there', 'is'], "that's": ['that', 'is'], "it's": ['it', 'is'],
  whatcha: ['what', 'are', 'you'], howd: ['how', 'did'], whatd: ['what', 'did'],
  wdyt: ['what', 'do', 'you', 'think'], wdym: ['what', 'do', 'you', 'mean'], hbu: ['how', 'about', 'you'], wbu: ['what', 'about', 'you'],
  dont: ["don't"], didnt: ["didn't"], doesnt: ["doesn't"], isnt: ["isn't"], arent: ["aren't"], wasnt: ["wasn't"],
  werent: ["weren't"], wont: ["won't"], cant: ["can't"], havent: ["haven't"], hasnt: ["hasn't"], wouldnt: ["wouldn't"],
  shouldnt: ["shouldn't"], couldnt: ["couldn't"], im: ["i'm"], ive: ["i've"], youre: ["you're"], youll: ["you'll"],
  wanna: ['want', 'to'], gonna: ['going', 'to'], gotta: ['got', 'to'], pls: ['please'], plz: ['please'], cn: ['can'],
  shud: ['should'], wud: ['would'], cud: ['could'], abt: ['about'], qs: ['questions'], qq: ['q'],
  tmrw: ['tomorrow'], tmr: ['tomorrow'], rn: ['now'], thx: ['thanks'], idk: ["i", "don't", 'know'], dunno: ["don't", 'know'],
  cuz: ['because'], bc: ['because'], lmk: ['let', 'me', 'know'], thru: ['through'], thro: ['through'],
};

const SHORTHAND = new Map(Object.entries(SHORTHAND_WORDS));

/** Where a question may open with "r" (are) or "y" (why). */
const SHORT_OPENERS: Readonly<Record<string, string>> = { r: 'are', y: 'why' };

const WH_WORDS = new Set(['what', 'which', 'who', 'when', 'where', 'why', 'how']);

/**
 * "r" reads as "are" and "y" as "why" where a question opens with them, or where "r" stands between
 * a wh-word and a subject ("how r u", "r we ok").
 */
function shortOpener(written: string, before: readonly Tok[], sep: string, text: string, after: number): boolean {
  if (before.length === 0 || /[,;:(—–-]/.test(sep)) return true;
  if (written !== 'r') return false;
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(after))?.[1]?.toLowerCase();
  return WH_WORDS.has(before[before.length - 1].w) || (!!next && ['u', 'you', 'we', 'they', 'ya', 'things'].includes(next));
}

/**
 * Reads the words of `text` (any case; typographic apostrophes allowed), offsets shifted by `base`:
 * letters and digits, with apostrophe and hyphen parts ("didn't", "on-call"), as the linter reads them.
 */
export function tokens(text: string, base = 0): Tok[] {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length for all but a few characters ("İ"); offsets then come from `text`.
  const src = lower.length === text.length ? lower : text;
  const out: Tok[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    let written = src.slice(from, to);
    if (src !== lower) written = written.toLowerCase();
    if (written.includes('’')) written = written.replace(/’/g, "'");
    const sep = separator(src, last, from);
    last = to;
    const start = base + from;
    const end = base + to;
    let expanded = SHORTHAND.get(written);
    if (!expanded && SHORT_OPENERS[written] && shortOpener(written, out, sep, src, to)) expanded = [SHORT_OPENERS[written]];
    if (!expanded) out.push({ w: written, start, end, sep });
    else expanded.forEach((w, k) => out.push({ w, start, end, sep: k === 0 ? sep : '' }));
  };
  // The linter's word reader, on the lower-cased text: the same words as its sentences have.
  const found: Word[] = [];
  scanWords(src, 0, src.length, 0, found);
  for (const x of found) push(x.start, x.end);
  return out;
}

/** The punctuation in text[from, to) without white space; '' for spaces only (the common case, no string built). */
function separator(text: string, from: number, to: number): string {
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    k++;
  }
  return k === to ? '' : text.slice(k, to).replace(/\s+/g, '');
}

export const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
