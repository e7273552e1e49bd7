// A note's counts and what they mean: what the status bar needs in the editor's main bundle, apart
// from the classifier that makes them (stats.ts, find.ts, classify.ts load with the features chunk).
import { ALL_RULES } from '../lint/rules';

export interface InsightCounts {
  /** Asked questions by kind: an unanswered planned question (a template prompt, a talking point) counts nowhere. */
  readonly open: number;
  readonly closed: number;
  readonly leading: number;
  /** Findings of the linter's telling rules (a rule with `told: true`; reported telling included, leading questions not). */
  readonly told: number;
}

/** Rules whose findings are the manager telling: what "told" counts. */
export const TOLD_RULES: ReadonlySet<string> = new Set(ALL_RULES.filter(r => r.told).map(r => r.id));

/** Whether a finding of this rule counts as told. */
export function isTold(ruleId: string): boolean {
  return TOLD_RULES.has(ruleId);
}

/** Asked questions of all kinds. */
export function askedCount(c: InsightCounts): number {
  return c.open + c.closed + c.leading;
}

/** The share of asked questions that were open, 0..1, or undefined when none was asked. */
export function openShare(c: InsightCounts): number | undefined {
  const n = askedCount(c);
  return n ? c.open / n : undefined;
}
