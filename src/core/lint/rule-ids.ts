// What settings and the main bundle need of the rules without the rules themselves (their code is the
// features chunk's): the ids, and the strictness each relationship starts from. A unit test keeps the
// ids in step with the rules (engine.ts RULE_INFO).
import type { Mode } from '../modes';
import type { Strictness } from './types';

/** The rules' ids, in the order the linter runs them. */
export const RULE_IDS: readonly string[] = ['leading-question', 'reported-telling', 'assign-role', 'deadline-demand', 'want-you-to', 'you-modal', 'make-sure', 'negative-imperative', 'imperative', 'custom-phrase'];

export const DEFAULT_STRICTNESS: Readonly<Record<Mode, Strictness>> = {
  coaching: 'strict',
  'co-learning': 'normal',
  mentoring: 'normal',
  'peer-learning': 'gentle',
};
