import type { Mode } from '../modes';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSeverity = Severity | 'off';
/** How strictly telling is weighed in one relationship: strict keeps rule severities, each step below lowers them. */
export type Strictness = 'strict' | 'normal' | 'gentle' | 'off';

/** A rewrite of part of the text: replace [start, end) with `text`. Offsets are UTF-16 code units. */
export interface Suggestion {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * True when the text is added after the sentence rather than replacing it: telling a note reports stays
   * on record, and the rewrite notes the question to ask next time.
   */
  readonly note?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** One line: what was found and why it matters. */
  readonly message: string;
  /** The flagged phrase, as offsets into the linted text. */
  readonly start: number;
  readonly end: number;
  /** The sentence the finding is in (for "hold back while typing" and the allow list). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Rewrites that turn telling into asking, best first. May be empty. */
  readonly suggestions: readonly Suggestion[];
  /**
   * In a record of what was said or happened (meeting notes, "Asked: ...", "I said: ...", a line marked
   * "Said it twice."), not in what is yet to be said: a rewrite there would change the record, so
   * Rephrase All leaves it (its quick fix stays, one at a time).
   */
  readonly recorded?: boolean;
}

export interface LintOptions {
  /**
   * Relationship to weigh findings by, as the note context decided it (src/core/note-context.ts).
   * Without it the engine decides by the same rule from the text alone: front matter, else coaching.
   */
  readonly mode?: Mode;
  readonly ruleSeverity?: Readonly<Record<string, RuleSeverity | undefined>>;
  readonly strictness?: Readonly<Partial<Record<Mode, Strictness>>>;
  /** Literal phrases to flag (rule custom-phrase). */
  readonly extraPhrases?: readonly string[];
  /** Literal phrases never flagged. */
  readonly allowPhrases?: readonly string[];
  /** The note's file name or path: names the person met (`2026-03-04-sam-lee.md`, `sam-lee/2026-03-04.md`). */
  readonly fileName?: string;
  /** The person met's names from the roster (display name, id). */
  readonly personNames?: readonly string[];
  /** The manager's own names, so "Chris told Aiko to ..." reads as the manager telling. */
  readonly managerNames?: readonly string[];
  /** More headings (lower case) under which the manager writes what they will say, besides the defaults. */
  readonly talkHeadings?: readonly string[];
}

/** A question the manager asks, as the insights' classifier reads it (src/core/insights/find.ts). */
export interface QuestionSpan {
  /** The question, as offsets into the linted text. */
  readonly start: number;
  readonly end: number;
  /** The sentence it is in, as the linter split it (its findings point into it). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Open (invites explanation, reflection, options) or closed (yes or no, a choice, a single fact). */
  readonly form: 'open' | 'closed';
}

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Questions the note asks (sentences in prose ending with "?", leading questions excluded). */
  readonly questions: number;
  /**
   * The manager's questions in the note's prose, in order, with their form: sentences someone else
   * speaks are left out. The insights (src/core/insights/stats.ts) read them, with the findings, for
   * the open, closed and leading counts, so a note is parsed once for both.
   */
  readonly asks: readonly QuestionSpan[];
  /** The relationship the findings were weighed by. */
  readonly mode: Mode;
  /**
   * The strictness the findings were weighed by (learningLeader.lint.strictness for the mode). 'off':
   * the linter is switched off for the mode, so there are no findings, and none means no telling.
   */
  readonly strictness: Strictness;
  /**
   * The talking-point headings of the learningLeader.lint.talkingPointHeadings setting, lower case:
   * the insights read a question under them as a plan, as under the default ones.
   */
  readonly talkHeadings: readonly string[];
  /**
   * Rules that failed on a sentence (a bug): "rule-id: message", each once per failing sentence. The
   * note's other sentences and rules were linted all the same; the CLI reports these on stderr.
   */
  readonly internalErrors?: readonly string[];
}
