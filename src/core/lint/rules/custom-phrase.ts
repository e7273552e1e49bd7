import type { RawFinding } from '../analysis';
import { toNorm } from '../prose';
import { NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';

/** The rule as it describes itself; the matching is done by findCustomPhrases because it depends on settings. */
export const customPhrase: Rule = {
  id: 'custom-phrase',
  defaultSeverity: 'warning',
  summary: 'A phrase your team chose to flag (learningLeader.lint.extraPhrases).',
  told: true,
  questions: true,
  docs: WITH_DOCS ? {
    title: 'your team\'s phrases',
    why: 'Every team has its own telling habits ("just do it", "ASAP"); list them to catch them.',
    flags: 'Phrases in `learningLeader.lint.extraPhrases`, matched as literal, case-insensitive text on word boundaries, in any prose of the note.',
    leavesAlone: 'Everything else: the phrases are never compiled as regular expressions, so a workspace setting cannot hang the editor.',
    examples: [],
  } : NO_DOCS,
  check: () => undefined,
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
