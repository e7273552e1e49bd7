// Minimal question sets; the full, researched sets replace these (question-sets issue).
import type { Mode } from './modes';

/** What a question is for, in the order a 1:1 usually runs. */
export type Purpose = 'opening' | 'agenda' | 'growth' | 'problem-solving' | 'feedback' | 'reflection';

export interface Question {
  /** Stable id, e.g. "coaching.growth.1"; used by snippets and the prep view. */
  readonly id: string;
  readonly text: string;
  /** Learning-leader behaviours this question serves (numbers 1-12 in shared research.md). */
  readonly behaviours: readonly number[];
}

export interface PurposeGroup {
  readonly purpose: Purpose;
  readonly title: string;
  readonly questions: readonly Question[];
}

export interface QuestionSet {
  readonly mode: Mode;
  readonly title: string;
  readonly groups: readonly PurposeGroup[];
}

const minimal = (mode: Mode, title: string): QuestionSet => ({
  mode,
  title,
  groups: [
    { purpose: 'opening', title: 'Opening', questions: [{ id: `${mode}.opening.1`, text: 'What is on your mind today?', behaviours: [7, 10] }] },
    { purpose: 'reflection', title: 'Reflection and close', questions: [{ id: `${mode}.reflection.1`, text: 'What did you learn from how this went?', behaviours: [12] }] },
  ],
});

export const QUESTION_SETS: Readonly<Record<Mode, QuestionSet>> = {
  coaching: minimal('coaching', 'Coaching a direct report'),
  'co-learning': minimal('co-learning', 'Learning together with a direct report'),
  mentoring: minimal('mentoring', 'Mentoring a peer'),
  'peer-learning': minimal('peer-learning', 'Learning with a peer as equals'),
};

export function questionSet(mode: Mode): QuestionSet {
  return QUESTION_SETS[mode];
}

/** Problem-solving frame for a problem raised in a 1:1 ("go slow to go fast"). */
export const PROBLEM_FRAME: readonly string[] = [
  'What is happening?',
  'What might be causing it?',
  'What will you try first?',
  'How will we know it worked?',
];
