import type { Sentence } from '../sentences';
import { toNorm } from '../prose';
import { NO_SUGGESTIONS, type RawFinding } from '../analysis';

/** Rule metadata; the matching is done by findCustomPhrases because it depends on settings. */
export const customPhrase = {
  id: 'custom-phrase',
  defaultSeverity: 'warning' as const,
  summary: 'A phrase your team chose to flag (learningLeader.lint.extraPhrases).',
};

/** Literal, case-insensitive phrases on word boundaries. Never compiled to a regular expression. */
export function findCustomPhrases(s: Sentence, phrases: readonly string[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const phrase of phrases) {
    const needle = toNorm(phrase.trim()).replace(/\s+/g, ' ').toLowerCase();
    if (needle.length < 2) continue;
    const lower = s.norm.toLowerCase();
    const hay = lower.length === s.norm.length ? lower : s.norm;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      if (isWordChar(hay[at - 1]) || isWordChar(hay[at + needle.length])) continue;
      out.push({
        ruleId: customPhrase.id, start: s.start + at, end: s.start + at + needle.length,
        message: `${customPhrase.summary.replace(/\.$/, '')}: "${phrase.trim()}".`, suggest: NO_SUGGESTIONS,
      });
      break;
    }
  }
  return out;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}
