// The lint engine: chunks, prose, sentences, rules; then severity by relationship, allow list and
// disable comments. Pure: no vscode, no Node. Results per chunk are cached by its text, so an edit
// re-lints only the chunk it touched.
import { MODE_INFO, type Mode } from '../modes';
import { decideMode } from '../note-mode';
import type { RawFinding, RuleContext } from './analysis';
import { parseDisableComments } from './disable';
import { proseText, toNorm, updateChunks, type ChunkState } from './prose';
import { RULES, customPhrase } from './rules';
import { findCustomPhrases } from './rules/custom-phrase';
import { isAscii, splitSentences } from './sentences';
import type { Finding, LintOptions, LintResult, RuleSeverity, Severity, Strictness, Suggestion } from './types';

export const DEFAULT_STRICTNESS: Readonly<Record<Mode, Strictness>> = {
  coaching: 'strict',
  'co-learning': 'normal',
  mentoring: 'normal',
  'peer-learning': 'gentle',
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const STEPS: Readonly<Record<Exclude<Strictness, 'off'>, number>> = { strict: 0, normal: 1, gentle: 2 };

/** Why telling matters in each relationship, appended to messages. */
const MODE_NOTE: Readonly<Record<Mode, string>> = {
  coaching: 'Coaching a direct report: your authority makes telling land as an order.',
  'co-learning': 'Learning together: co-create the answer rather than hand it over.',
  mentoring: 'Mentoring a peer: open doors rather than give advice they did not ask for.',
  'peer-learning': 'Learning as peers: ask about their expertise before offering yours.',
};

/** A finding in a chunk, offsets relative to it; its rewrites are made the first time they are asked for. */
class SentenceFinding {
  private made: readonly Suggestion[] | undefined;
  private suggest: (() => readonly Suggestion[]) | undefined;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;

  constructor(raw: RawFinding, readonly sentenceStart: number, readonly sentenceEnd: number) {
    this.ruleId = raw.ruleId;
    this.start = raw.start;
    this.end = raw.end;
    this.message = raw.message;
    this.suggest = raw.suggest;
  }

  suggestions(): readonly Suggestion[] {
    if (!this.made) {
      this.made = this.suggest?.() ?? [];
      // The sentence the rule's closure holds can go once the rewrites exist.
      this.suggest = undefined;
    }
    return this.made;
  }
}

/**
 * The public finding: offsets in the note; the rewrites are shifted there on first access. A class
 * (not an object literal with a getter, which is several times slower to create); toJSON keeps
 * `suggestions` in JSON output.
 */
class NoteFinding implements Finding {
  private shifted: readonly Suggestion[] | undefined;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;

  constructor(private readonly raw: SentenceFinding, readonly severity: Severity, readonly message: string, private readonly d: number) {
    this.ruleId = raw.ruleId;
    this.start = raw.start + d;
    this.end = raw.end + d;
    this.sentenceStart = raw.sentenceStart + d;
    this.sentenceEnd = raw.sentenceEnd + d;
  }

  get suggestions(): readonly Suggestion[] {
    if (!this.shifted) {
      const own = this.raw.suggestions();
      const d = this.d;
      this.shifted = d === 0 || !own.length ? own : own.map(x => ({ start: x.start + d, end: x.end + d, text: x.text }));
    }
    return this.shifted;
  }

  toJSON(): Finding {
    const { ruleId, severity, message, start, end, sentenceStart, sentenceEnd, suggestions } = this;
    return { ruleId, severity, message, start, end, sentenceStart, sentenceEnd, suggestions };
  }
}

export interface ChunkResult {
  readonly findings: readonly SentenceFinding[];
  readonly questions: number;
}

export interface RuleInfo {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly summary: string;
}

export const RULE_INFO: readonly RuleInfo[] = [
  ...RULES.map(r => ({ id: r.id, defaultSeverity: r.defaultSeverity, summary: r.summary })),
  { id: customPhrase.id, defaultSeverity: customPhrase.defaultSeverity, summary: customPhrase.summary },
];

const DEFAULT_SEVERITY = new Map(RULE_INFO.map(r => [r.id, r.defaultSeverity]));

function lintChunk(chunk: string, phrases: readonly string[]): ChunkResult {
  const findings: SentenceFinding[] = [];
  let questions = 0;
  const ctx: RuleContext = { chunk };
  const prose = proseText(chunk);
  const ascii = isAscii(prose.norm);
  for (const block of prose.blocks) {
    for (const s of splitSentences(prose.norm, block.start, block.end, chunk, ascii)) {
      if (!s.words.length) continue;
      let found: RawFinding | undefined;
      for (const rule of RULES) {
        if (s.question && !rule.questions) continue;
        found = rule.check(s, ctx);
        if (found) break;
      }
      if (s.question && found?.ruleId !== 'leading-question') questions++;
      if (found) findings.push(new SentenceFinding(found, s.start, s.end));
      if (phrases.length) {
        for (const f of findCustomPhrases(s, phrases)) {
          if (!found || f.end <= found.start || f.start >= found.end) findings.push(new SentenceFinding(f, s.start, s.end));
        }
      }
      // The finding's rewrites keep the sentence: keep it small.
      if (found) s.release();
    }
  }
  return { findings, questions };
}

function lower(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + steps)];
}

/**
 * Chunk results by chunk text. A Map keyed by the text would hash every character of every chunk on
 * every lint (a tenth of a millisecond per 100 KB); a key from the length and a few sampled
 * characters finds the candidates, and comparing the text confirms one.
 */
export class ChunkCache {
  private readonly buckets = new Map<number, { readonly src: string; readonly result: ChunkResult }[]>();

  get(src: string): ChunkResult | undefined {
    const bucket = this.buckets.get(sampleKey(src));
    if (bucket) for (const e of bucket) if (e.src === src) return e.result;
    return undefined;
  }

  set(src: string, result: ChunkResult): void {
    const key = sampleKey(src);
    const bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, [{ src, result }]);
    else if (!bucket.some(e => e.src === src)) bucket.push({ src, result });
  }
}

function sampleKey(s: string): number {
  const n = s.length;
  let h = n;
  for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + s.charCodeAt((k * n) >>> 4)) | 0;
  return (Math.imul(h, 31) + s.charCodeAt(n - 1)) | 0;
}

/**
 * A linter that remembers the chunks of the last text it linted. Keep one per open document:
 * a keystroke then re-lints only the chunk it changed.
 */
export class Linter {
  /** The last text linted and its chunks: the next text is cut starting from them. */
  private chunks: ChunkState | undefined;
  /** The results of those chunks, by index (none for front matter). */
  private results: (ChunkResult | undefined)[] = [];
  private cacheKey = '';
  /** What the last lint did: chunks in the note, and how many of them it had to lint (the rest were reused). */
  lastRun = { chunks: 0, linted: 0 };

  lint(text: string, options: LintOptions = {}): LintResult {
    // The note context decides the mode (options.mode); on its own, the engine asks the same rule with what it has.
    const mode = options.mode ?? decideMode({ text }).mode;
    const phrases = (options.extraPhrases ?? []).filter(p => typeof p === 'string' && p.trim().length >= 2);
    const key = phrases.join('\u0000');
    if (key !== this.cacheKey) {
      // Results depend on the extra phrases: none of the old ones can be used.
      this.results = [];
      this.cacheKey = key;
    }
    const strictness = options.strictness?.[mode] ?? DEFAULT_STRICTNESS[mode];
    const disabled = parseDisableComments(text);
    const allow = (options.allowPhrases ?? []).map(p => normalizePhrase(String(p))).filter(p => p.length >= 2);
    const severityOf = new Map<string, Severity | 'off'>();
    const messageOf = new Map<string, string>();
    const findings: Finding[] = [];
    let questions = 0;
    let linted = 0;
    const before = this.chunks;
    const old = this.results;
    const state = updateChunks(before, text);
    const results: (ChunkResult | undefined)[] = new Array<ChunkResult | undefined>(state.chunks.length);
    // Chunks the edit did not touch come back by index. The others are looked up by their text among
    // all the old results (a paste, an undo, edits far apart) once there are more than a couple of them.
    let lookup: ChunkCache | undefined;
    if (before && old.length) {
      let fresh = 0;
      for (let j = 0; j < state.chunks.length; j++) if (!state.chunks[j].frontMatter && !old[state.reuse[j]]) fresh++;
      if (fresh > 2) {
        lookup = new ChunkCache();
        before.chunks.forEach((c, k) => { const r = old[k]; if (r) lookup!.set(before.text.slice(c.start, c.end), r); });
      }
    }
    for (let j = 0; j < state.chunks.length; j++) {
      const chunk = state.chunks[j];
      if (chunk.frontMatter) continue;
      const src = text.slice(chunk.start, chunk.end);
      const reused = state.reuse[j];
      let result = (reused >= 0 ? old[reused] : undefined) ?? lookup?.get(src);
      if (!result) {
        result = lintChunk(src, phrases);
        linted++;
      }
      results[j] = result;
      questions += result.questions;
      if (strictness === 'off') continue;
      const d = chunk.start;
      for (const f of result.findings) {
        let severity = severityOf.get(f.ruleId);
        if (severity === undefined) {
          const base: RuleSeverity = options.ruleSeverity?.[f.ruleId] ?? DEFAULT_SEVERITY.get(f.ruleId) ?? 'warning';
          severity = base === 'off' ? 'off' : lower(base, STEPS[strictness]);
          severityOf.set(f.ruleId, severity);
        }
        if (severity === 'off' || disabled.isDisabled(f.ruleId, f.start + d)) continue;
        if (allow.length) {
          const sentence = normalizePhrase(src.slice(f.sentenceStart, f.sentenceEnd));
          if (allow.some(p => sentence.includes(p))) continue;
        }
        let message = messageOf.get(f.message);
        if (message === undefined) {
          message = `${f.message} ${MODE_NOTE[mode]}`;
          messageOf.set(f.message, message);
        }
        findings.push(new NoteFinding(f, severity, message, d));
      }
    }
    this.chunks = state;
    this.results = results;
    this.lastRun = { chunks: state.chunks.length, linted };
    return { findings, questions, mode };
  }
}

function normalizePhrase(p: string): string {
  return toNorm(p).toLowerCase().replace(/[\s]+/g, ' ').trim();
}

/** Lints one markdown note. Stateless: for repeated linting of the same document use a Linter. */
export function lintMarkdown(text: string, options: LintOptions = {}): LintResult {
  return new Linter().lint(text, options);
}

export { MODE_INFO };
