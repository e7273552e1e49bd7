// What a telling rule is: it describes itself (id, default severity, summary, docs) and checks one
// sentence. One rule per file in ./rules, the file named after the id; rules/index.ts lists them.
// The hover, the rule documentation view and the README's rule sections are rendered from these
// objects (docs.ts), so a rule's words live in one place.
import type { RawFinding, RuleContext } from './analysis';
import type { Sentence } from './sentences';
import type { Severity } from './types';

/** A sentence the rule flags and an asking alternative, for the docs (a unit test lints both). */
export interface RuleExample {
  readonly telling: string;
  /** An open question that keeps the topic and leaves the answer to them. */
  readonly asking: string;
  /** The section heading the example sits under when it is not telling everywhere, e.g. "My talking points". */
  readonly under?: string;
}

export interface RuleDocs {
  /** Short title after the id: "telling dressed as a question". */
  readonly title: string;
  /** Why it matters, tied to the research the product is built on. Markdown, one paragraph. */
  readonly why: string;
  /** What it flags. Markdown, one paragraph. */
  readonly flags: string;
  /** What it leaves alone, so a person can predict it. Markdown, one paragraph. */
  readonly leavesAlone: string;
  readonly examples: readonly RuleExample[];
}

declare const LEARNING_LEADER_RULE_DOCS: boolean;

/**
 * Whether this bundle carries the rules' documentation (esbuild.mjs defines LEARNING_LEADER_RULE_DOCS).
 * The main Node bundle leaves it out: nothing there shows it (the hover, the documentation view and the
 * rule pick are in the features chunk, which has its own copy of the rules), and each rule's
 * `docs: WITH_DOCS ? {...} : NO_DOCS` lets the minifier drop the text, 13 KB of the bundle's budget.
 * Everywhere else (the chunk, the web bundle, the CLI, the tests, the README's generator) it is there.
 */
export const WITH_DOCS: boolean = typeof LEARNING_LEADER_RULE_DOCS !== 'boolean' || LEARNING_LEADER_RULE_DOCS;

/** The docs of a bundle without them (WITH_DOCS false). */
export const NO_DOCS: RuleDocs = { title: '', why: '', flags: '', leavesAlone: '', examples: [] };

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule finds and why it matters; also the start of every message. */
  readonly summary: string;
  readonly docs: RuleDocs;
  /** Questions ("...?") are asking by default; only rules about telling dressed as asking look at them. */
  readonly questions: boolean;
  /** True when findings are the manager telling (counted as "told" in the status bar and insights). */
  readonly told: boolean;
  /**
   * Word classes (wordclass.ts) a sentence that is not a question needs for the rule to find anything in
   * it: the engine calls `check` on such a sentence only when it has one of them, so `check` need not
   * test for them again. Omitted: no such test.
   */
  readonly needs?: number;
  check(s: Sentence, ctx: RuleContext): RawFinding | undefined;
}
