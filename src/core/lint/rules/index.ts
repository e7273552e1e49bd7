// The rules, one per file. Adding a rule is one file (its id, severity, summary, docs and check)
// plus one line here; the hover, the rule documentation and the README's rule sections follow.
import type { Rule } from '../rule';
import assignRole from './assign-role';
import { customPhrase } from './custom-phrase';
import deadlineDemand from './deadline-demand';
import imperative from './imperative';
import leadingQuestion from './leading-question';
import makeSure from './make-sure';
import negativeImperative from './negative-imperative';
import reportedTelling from './reported-telling';
import wantYouTo from './want-you-to';
import youModal from './you-modal';

/** In priority order: a sentence gets at most one finding, from the first rule that matches. */
export const RULES: readonly Rule[] = [
  leadingQuestion, reportedTelling, assignRole, deadlineDemand, wantYouTo, youModal, makeSure, negativeImperative, imperative,
];

/** Every rule, including the settings-driven `custom-phrase`, in the order the docs list them. */
export const ALL_RULES: readonly Rule[] = [...RULES, customPhrase];
