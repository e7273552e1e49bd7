// The themes that come back across a person's meetings, for review prep: the section headings
// they keep writing (normalized: "Search migration", "search migration (cont.)" and "Search
// Migration 2" are one) and the phrases that recur in the text of several meetings ("load test",
// "on-call handover", "payout-sync"). What the template writes into every note (its section names,
// the question sets, the problem frame, the stance) and what carry-over repeats (the Carried over
// section) would recur without meaning anything, so they are not read.
import { MODE_INFO, MODES } from '../modes';
import { PROBLEM_FRAME, QUESTION_SETS } from '../questions';
import { SECTION } from '../templates';
import { stripCarryLink } from '../carryover';
import { sectionKind } from './agenda';
import { markdownLines, normalizeTitle } from './markdown';

export interface ThemeNote {
  readonly fileName: string;
  /** Already without private parts when they are to be left out. */
  readonly text: string;
}

export interface Theme {
  /** As written most often (a heading) or lower-case words (a phrase). */
  readonly label: string;
  readonly kind: 'heading' | 'phrase';
  /** The notes it appears in, in the order given. */
  readonly notes: readonly string[];
  /** Times it appears in all. */
  readonly count: number;
}

export interface ThemeOptions {
  /** Meetings a phrase must recur in (default 3). */
  readonly minMeetings?: number;
  /** Meetings a heading must recur in (default 2: a heading written twice is already a choice). */
  readonly minHeadingMeetings?: number;
  /** At most this many themes (default 12). */
  readonly max?: number;
  /** Words never part of a theme: the person's and the manager's names. */
  readonly ignoreWords?: readonly string[];
}

/** Function words and the small talk of meeting notes: never the start or end of a theme. */
const STOPWORDS = new Set(`a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further
had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our
ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs
them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was
wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will
with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves just still also really maybe yes ok okay
get got getting go going went make made need needs want wants wanted think thinks thought said says say told tell asked ask
talked talk discussed discuss mentioned agreed feel feels felt seems seemed like lot lots bit thing things stuff way week weeks
today tomorrow yesterday time times next last now new good great well much many one two three first second etc via re vs e.g
i.e per able sure back since already even though around done doing know knows see look looks looking keep kept put take takes
took come comes came give gave let lets use used using work works worked working day days month months year years`.split(/\s+/));

/** Hyphenated words of every meeting, which name no topic. */
const COMMON_HYPHENATED = /^(?:sign-offs?|follow-ups?|check-ins?|one-on-ones?|1-1s?|e-mails?|to-dos?|day-to-day|long-term|short-term|high-level|low-level|so-so|self-review|mid-\p{L}+|end-of-\p{L}+|re-\p{L}+)$/u;

/** Headings that name a part of any note rather than a topic. */
const STRUCTURAL = /^(?:summary|notes?|my notes|meeting notes|action items?|actions|next steps?|follow ups?|followups|agenda|their agenda|your agenda|my agenda|his topics|her topics|their topics|my topics|topics|talking points|questions?|questions i asked|open questions|what happened|what he said|what she said|what they said|what i shared|reflection|after|before|agreed|decisions?|updates?|my updates|asks|wins|blockers?|feedback|private|carried over|next 1 1|next time|misc|other|general|context|date|me|conversation|opening)$/;

function templateLines(): Set<string> {
  const lines = new Set<string>();
  for (const mode of MODES) {
    lines.add(normalizeTitle(MODE_INFO[mode].stance));
    for (const group of QUESTION_SETS[mode].groups) {
      lines.add(normalizeTitle(group.title));
      for (const q of group.questions) lines.add(normalizeTitle(q.text));
    }
  }
  for (const step of PROBLEM_FRAME) lines.add(normalizeTitle(step));
  for (const title of Object.values(SECTION)) lines.add(normalizeTitle(title));
  return lines;
}
let TEMPLATE: Set<string> | undefined;

/** A heading as a theme key: words only, without dates, numbers, "(cont.)" and the like. */
function headingKey(title: string): string {
  const plain = title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(/\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})?\b/gi, ' ')
    .replace(/\b(?:cont|continued|part|pt|update|follow[- ]?up)\b\.?/gi, ' ');
  return normalizeTitle(plain).replace(/\b\d+\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Clauses of prose: links, URLs, inline code and carry-over links gone; split at punctuation. */
function clauses(line: string): string[] {
  const text = stripCarryLink(line)
    .replace(/`[^`]*`/g, ' , ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' , ')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/[*_~[\]#>|]/g, ' ');
  return text.split(/[.,;:!?()"“”—–/]+|\s-\s/);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Recurring headings and phrases across notes, the most widespread first. */
export function themesOf(notes: readonly ThemeNote[], options: ThemeOptions = {}): Theme[] {
  const template = (TEMPLATE ??= templateLines());
  const minMeetings = options.minMeetings ?? 3;
  const minHeadings = options.minHeadingMeetings ?? 2;
  const ignore = new Set((options.ignoreWords ?? []).flatMap(w => normalizeTitle(w).split(' ')).filter(Boolean));
  const headings = new Map<string, { notes: Set<string>; count: number; forms: Map<string, number> }>();
  const phrases = new Map<string, { notes: Set<string>; count: number; n: number }>();

  for (const note of notes) {
    const lines = markdownLines(note.text);
    let skipLevel: number | undefined;
    for (const l of lines) {
      if (l.code || l.comment || l.underline) continue;
      const h = l.heading;
      if (h) {
        if (skipLevel !== undefined && h.level <= skipLevel) skipLevel = undefined;
        if (skipLevel !== undefined) continue;
        // The carried-over list repeats last time's items: not a sign of a theme.
        if (sectionKind(h.title) === 'carried') {
          skipLevel = h.level;
          continue;
        }
        if (h.level < 2) continue;
        const key = headingKey(h.title);
        if (!key || STRUCTURAL.test(key) || template.has(key) || key.split(' ').every(w => ignore.has(w) || STOPWORDS.has(w))) continue;
        let entry = headings.get(key);
        if (!entry) headings.set(key, (entry = { notes: new Set(), count: 0, forms: new Map() }));
        entry.notes.add(note.fileName);
        entry.count++;
        const form = h.title.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[:\s]+$/, '').trim();
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        continue;
      }
      if (skipLevel !== undefined || !/[\p{L}]/u.test(l.text)) continue;
      const whole = normalizeTitle(l.text.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''));
      if (template.has(whole)) continue;
      for (const clause of clauses(l.text)) {
        const words = (clause.match(WORD) ?? []).map(w => w.toLowerCase().replace(/['’]s$/, '').replace(/['’-]+$/, ''));
        for (let i = 0; i < words.length; i++) {
          for (let n = 1; n <= 3 && i + n <= words.length; n++) {
            const gram = words.slice(i, i + n);
            const first = gram[0] ?? '';
            const last = gram[n - 1] ?? '';
            if (STOPWORDS.has(first) || STOPWORDS.has(last) || gram.some(w => ignore.has(w) || /^\d+$/.test(w) || w.length < 2)) continue;
            // A single word is a theme only when it is a name for a thing: hyphenated or with digits ("payout-sync", "es8").
            if (n === 1 && (!/[-\d]/.test(first) || COMMON_HYPHENATED.test(first))) continue;
            const key = gram.join(' ');
            let entry = phrases.get(key);
            if (!entry) phrases.set(key, (entry = { notes: new Set(), count: 0, n }));
            entry.notes.add(note.fileName);
            entry.count++;
          }
        }
      }
    }
  }

  const order = new Map(notes.map((n, i) => [n.fileName, i] as const));
  const sortNotes = (set: Set<string>) => [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const themes: Theme[] = [];
  for (const [, e] of headings) {
    if (e.notes.size < minHeadings) continue;
    const label = [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    themes.push({ label, kind: 'heading', notes: sortNotes(e.notes), count: e.count });
  }
  const headingKeys = new Set(headings.keys());
  const frequent = [...phrases].filter(([, e]) => e.notes.size >= minMeetings);
  // A phrase inside a longer one that recurs as widely says nothing more ("load" in "load test").
  const kept = frequent.filter(([key, e]) => !headingKeys.has(key) && !frequent.some(([other, o]) => other !== key && o.notes.size >= e.notes.size && ` ${other} `.includes(` ${key} `)));
  for (const [key, e] of kept) themes.push({ label: key, kind: 'phrase', notes: sortNotes(e.notes), count: e.count });
  themes.sort((a, b) => b.notes.length - a.notes.length || (a.kind === b.kind ? 0 : a.kind === 'heading' ? -1 : 1) || b.label.split(' ').length - a.label.split(' ').length || b.count - a.count || a.label.localeCompare(b.label));
  return themes.slice(0, options.max ?? 12);
}
