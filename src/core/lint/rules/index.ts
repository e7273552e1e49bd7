import type { Rule } from '../analysis';
import assignRole from './assign-role';
import deadlineDemand from './deadline-demand';
import imperative from './imperative';
import leadingQuestion from './leading-question';
import makeSure from './make-sure';
import negativeImperative from './negative-imperative';
import wantYouTo from './want-you-to';
import youModal from './you-modal';
export { customPhrase } from './custom-phrase';

/** In priority order: a sentence gets at most one finding, from the first rule that matches. */
export const RULES: readonly Rule[] = [
  leadingQuestion, assignRole, deadlineDemand, wantYouTo, youModal, makeSure, negativeImperative, imperative,
];
