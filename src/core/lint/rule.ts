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
