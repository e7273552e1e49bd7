// Placeholder until the linter lands: same signature as the real engine.
import type { LintOptions, LintResult } from './types';

export function lintMarkdown(_text: string, options: LintOptions = {}): LintResult {
  return { findings: [], questions: 0, mode: options.mode ?? options.fallbackMode ?? 'coaching' };
}
