// The question sets: one per learning relationship, grouped by what each question is for.
// This file is the single source of truth; snippets/markdown.json is generated from it
// (scripts/gen-snippets.mjs) and the note templates render it with renderQuestionSetMarkdown().
import { MODE_INFO, MODES, type Mode } from './modes';

/** What a question is for, in the order a 1:1 usually runs. */
export type Purpose = 'opening' | 'agenda' | 'growth' | 'problem-solving' | 'feedback' | 'reflection';

export const PURPOSES: readonly Purpose[] = ['opening', 'agenda', 'growth', 'problem-solving', 'feedback', 'reflection'];

export interface PurposeInfo {
  readonly purpose: Purpose;
  /** Heading in notes and pickers. */
  readonly title: string;
  /** One line on what questions of this purpose do. */
  readonly summary: string;
}

export const PURPOSE_INFO: Readonly<Record<Purpose, PurposeInfo>> = {
  opening: { purpose: 'opening', title: 'Opening', summary: 'Arrive, and hear what has their attention before anything else.' },
  // Not "Their agenda": a note has a section of that name for their items, and the group sits under
  // "## Questions" in the same note. Notes written with the old title keep working: a purpose group
  // under a question list keeps the list's kind (lint/sections.ts enterSection, items/agenda.ts).
  agenda: { purpose: 'agenda', title: 'About their agenda', summary: 'Let them set what the time is for.' },
  growth: { purpose: 'growth', title: 'Learning and growth', summary: 'Keep learning, not only delivery, at the heart of the conversation.' },
  'problem-solving': {
    purpose: 'problem-solving',
    title: 'Problem solving',
    summary: 'Go slow to go fast: build the habit of understanding a problem, its causes and a countermeasure.',
  },
  feedback: { purpose: 'feedback', title: 'Feedback and challenge', summary: 'Invite challenge to you, your view and the way things are done.' },
  reflection: { purpose: 'reflection', title: 'Reflection and close', summary: 'Close by noticing what was learned and what happens next.' },
};

/** Short names for the learning-leader behaviours, numbered as in shared research.md. */
export const BEHAVIOURS: Readonly<Record<number, string>> = {
  1: 'their needs',
  2: 'ease pressure',
  3: 'learn jointly',
  4: 'open doors',
  5: 'interdependence',
  6: 'question own expertise',
  7: 'ask and listen',
  8: 'let them answer',
  9: 'free to challenge',
  10: 'accessible',
  11: 'approachable',
  12: 'learning at heart',
};

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
  /** One line on why this relationship asks these questions (from research.md). */
  readonly summary: string;
  /** Every purpose, in PURPOSES order. */
  readonly groups: readonly PurposeGroup[];
}

/** A question of a group: the number after the purpose is written out so ids stay stable when questions move. */
type Draft = readonly [n: number, text: string, behaviours: readonly number[]];

function build(mode: Mode, summary: string, drafts: Readonly<Record<Purpose, readonly Draft[]>>): QuestionSet {
  return {
    mode,
    title: MODE_INFO[mode].title,
    summary,
    groups: PURPOSES.map(purpose => ({
      purpose,
      title: PURPOSE_INFO[purpose].title,
      questions: drafts[purpose].map(([n, text, behaviours]) => ({ id: `${mode}.${purpose}.${n}`, text, behaviours })),
    })),
  };
}

const coaching = build('coaching',
  'Your authority casts a long shadow: take the performance pressure out, let them find the answer, and invite them to challenge you.', {
    opening: [
      [1, 'What has your attention this week?', [7, 10]],
      [2, 'What went better than you expected since we last talked?', [2, 11]],
    ],
    agenda: [
      [1, 'What would make this time most useful for you?', [1, 10]],
      [2, 'What is on your mind that is not on the agenda yet?', [7, 11]],
    ],
    growth: [
      [1, 'If nobody were measuring it, what would you want to get better at?', [2, 12]],
      [2, 'What are you learning right now that you did not know a month ago?', [12, 2]],
      [3, 'What stretch would you like to take on, and what would make it safe to try?', [2, 9]],
    ],
    'problem-solving': [
      [1, 'Which part of this problem do you understand least so far?', [8, 12]],
      [2, 'What are the possible causes, and how could you check which one it is?', [8, 12]],
      [3, 'What small experiment would teach you the most?', [8, 2]],
    ],
    feedback: [
      [1, 'What is one thing I do that makes your work harder?', [9, 11]],
      [2, 'Which of my decisions would you have made differently?', [9, 6]],
      [3, 'What have you hesitated to tell me?', [11, 9]],
    ],
    reflection: [
      [1, 'What are you taking away from today?', [12, 8]],
      [2, 'What is your next step, and what would you like from me?', [8, 10]],
    ],
  });

const coLearning = build('co-learning',
  'Knowledge flows both ways: say what you do not know, and work out new ways of handling changed circumstances together.', {
    opening: [
      [1, 'What surprised you this week?', [7, 12]],
      [2, 'What has changed in your area that I might not have noticed?', [3, 6]],
    ],
    agenda: [
      [1, 'What would you like us to work out together today?', [3, 10]],
      [2, 'Which question does neither of us have an answer to yet?', [3, 12]],
    ],
    growth: [
      [1, 'Where do you think my view is out of date?', [6, 9]],
      [2, 'What are you learning that I could learn from too?', [3, 12]],
      [3, 'What could we each try this month and compare notes on?', [3, 12]],
    ],
    'problem-solving': [
      [1, 'What do we each know about this problem that the other does not?', [3, 7]],
      [2, 'What has changed that our usual approach does not account for?', [3, 6]],
      [3, 'What could we try together, and how will we know it is working?', [3, 8, 12]],
    ],
    feedback: [
      [1, 'When have I sounded more certain than I was?', [3, 11]],
      [2, 'Where am I holding on to an answer you have already moved past?', [6, 9]],
      [3, 'Where do you disagree with me, even a little?', [9, 7]],
    ],
    reflection: [
      [1, 'What did we learn today that neither of us knew coming in?', [3, 12]],
      [2, 'What will each of us try before we next meet?', [3, 8]],
    ],
  });

const mentoring = build('mentoring',
  'Your influence ripples outward: open doors and make it easy for them to learn, and offer advice only when they ask for it.', {
    opening: [
      [1, 'What is taking up most of your thinking lately?', [7, 10]],
      [2, 'What would make this conversation worth your time?', [1, 4]],
    ],
    agenda: [
      [1, 'What would you like from these conversations over the next few months?', [1, 4]],
      [2, 'What would help most today: me listening, asking questions, or sharing what I have tried?', [1, 4, 11]],
    ],
    growth: [
      [1, 'Which conversations would you like to be part of that you are not in yet?', [4, 9]],
      [2, 'Who else would be worth talking to about this?', [4, 5]],
      [3, 'What would you like to learn that I might be able to open a door to?', [4, 12]],
    ],
    'problem-solving': [
      [1, 'What have you tried so far, and what did it teach you?', [8, 12]],
      [2, 'What options do you see, including the ones you have ruled out?', [8, 7]],
      [3, 'How could you test the idea on a small scale first?', [8, 12]],
    ],
    feedback: [
      [1, 'When does my experience help, and when does it crowd out your own thinking?', [4, 9, 11]],
      [2, 'What have I assumed about your situation that is not true?', [6, 9]],
    ],
    reflection: [
      [1, 'What, if anything, are you taking from today?', [8, 12]],
      [2, 'Who could you talk to next, and would an introduction from me help?', [4, 10]],
      [3, 'When would it be useful to talk again?', [10, 1]],
    ],
  });

const peerLearning = build('peer-learning',
  'Equal influence, different expertise: depend on each other, listen to their expertise, and question the assumptions of your own.', {
    opening: [
      [1, 'What has changed on your side since we last talked?', [5, 7]],
      [2, 'What are you working on that I would be surprised by?', [7, 12]],
    ],
    agenda: [
      [1, 'What would you like us to think through together?', [5, 10]],
      [2, 'Where do our teams depend on each other in ways we have not talked about?', [5, 7]],
    ],
    growth: [
      [1, 'What does your discipline see in this that mine tends to miss?', [5, 6]],
      [2, 'Which assumptions from my field look strange from where you sit?', [6, 9]],
      [3, 'What have you learned recently that changed how you work?', [12, 7]],
    ],
    'problem-solving': [
      [1, 'How would your team describe this problem in its own terms?', [5, 7]],
      [2, 'What might each of us be missing because of where we sit?', [5, 6]],
      [3, 'What could we try across both teams, and what would tell us it worked?', [5, 12]],
    ],
    feedback: [
      [1, 'Where have I defended my specialism when I could have listened?', [6, 9]],
      [2, 'Where do you think we have been talking past each other?', [5, 7]],
    ],
    reflection: [
      [1, 'What do you see differently after today?', [12, 6]],
      [2, 'What will we each look into before we next talk?', [5, 10]],
    ],
  });

export const QUESTION_SETS: Readonly<Record<Mode, QuestionSet>> = {
  coaching,
  'co-learning': coLearning,
  mentoring,
  'peer-learning': peerLearning,
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

/** The frame's questions as Question objects, for pickers and snippets. */
export const PROBLEM_FRAME_QUESTIONS: readonly Question[] = [
  { id: 'frame.happening', text: PROBLEM_FRAME[0]!, behaviours: [7, 8] },
  { id: 'frame.causes', text: PROBLEM_FRAME[1]!, behaviours: [8, 12] },
  { id: 'frame.try', text: PROBLEM_FRAME[2]!, behaviours: [8, 9] },
  { id: 'frame.check', text: PROBLEM_FRAME[3]!, behaviours: [12, 3] },
];

export { PROBLEM_FRAME_TITLE } from './headings';
import { PROBLEM_FRAME_TITLE } from './headings';

/** The questions of a set (or of every set), in note order. */
export function allQuestions(mode?: Mode): Question[] {
  const modes = mode ? [mode] : MODES;
  return modes.flatMap(m => QUESTION_SETS[m].groups.flatMap(g => g.questions));
}

export interface LocatedQuestion {
  readonly question: Question;
  /** Undefined for the problem-solving frame, which every relationship shares. */
  readonly mode: Mode | undefined;
  readonly purpose: Purpose;
}

/** Finds a question of any set, or of the problem-solving frame, by id. */
export function findQuestion(id: string): LocatedQuestion | undefined {
  for (const mode of MODES) {
    for (const group of QUESTION_SETS[mode].groups) {
      const question = group.questions.find(q => q.id === id);
      if (question) return { question, mode, purpose: group.purpose };
    }
  }
  const question = PROBLEM_FRAME_QUESTIONS.find(q => q.id === id);
  return question ? { question, mode: undefined, purpose: 'problem-solving' } : undefined;
}

export interface RenderOptions {
  /** Heading level of each purpose heading; the set title, when shown, is one level up. Default 3. */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Show the set's title as a heading above the groups. Default true. */
  readonly includeTitle?: boolean;
  /** Put an empty nested bullet under each question for the answer. Default true. */
  readonly answerLines?: boolean;
  /** Only these purposes (in the set's order). Default: all six. */
  readonly purposes?: readonly Purpose[];
  /** At most this many questions per purpose, the first ones. Default: all. */
  readonly maxPerPurpose?: number;
}

/**
 * How markdown text and answer slots are written: plainly for a template, or with escapes
 * and numbered tab stops for a snippet. Both paths share one renderer so they cannot drift.
 */
export interface MarkdownWriter {
  text(value: string): string;
  /** An answer slot; returns '' in plain markdown. */
  slot(): string;
}

export const plainWriter: MarkdownWriter = { text: value => value, slot: () => '' };

function heading(level: number, text: string, writer: MarkdownWriter): string {
  return `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${writer.text(text)}`;
}

function questionLines(questions: readonly string[], answerLines: boolean, writer: MarkdownWriter): string[] {
  return questions.flatMap(q => answerLines ? [`- ${writer.text(q)}`, `  - ${writer.slot()}`] : [`- ${writer.text(q)}`]);
}

/** Lines of a question set in markdown; the building block of renderQuestionSetMarkdown and the snippets. */
export function questionSetLines(mode: Mode, options: RenderOptions = {}, writer: MarkdownWriter = plainWriter): string[] {
  const set = QUESTION_SETS[mode];
  const level = options.headingLevel ?? 3;
  const answerLines = options.answerLines ?? true;
  const max = options.maxPerPurpose ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  if (options.includeTitle ?? true) lines.push(heading(level - 1, set.title, writer), '');
  const groups = set.groups.filter(g => !options.purposes || options.purposes.includes(g.purpose));
  groups.forEach((group, i) => {
    if (i > 0) lines.push('');
    lines.push(heading(level, group.title, writer));
    lines.push(...questionLines(group.questions.slice(0, max).map(q => q.text), answerLines, writer));
  });
  return lines;
}

/**
 * A question set as markdown for a note template: an optional title heading, a heading per
 * purpose, each question a list item with an empty answer bullet. Ends with a newline.
 */
export function renderQuestionSetMarkdown(mode: Mode, options: RenderOptions = {}): string {
  return questionSetLines(mode, options, plainWriter).join('\n') + '\n';
}

export interface FrameRenderOptions {
  /** Heading level of the frame's heading; 0 leaves the heading out. Default 3. */
  readonly headingLevel?: 0 | 2 | 3 | 4 | 5 | 6;
  /** Put an empty nested bullet under each question for the answer. Default true. */
  readonly answerLines?: boolean;
}

/** Lines of the problem-solving frame in markdown. */
export function problemFrameLines(options: FrameRenderOptions = {}, writer: MarkdownWriter = plainWriter): string[] {
  const level = options.headingLevel ?? 3;
  const lines = level > 0 ? [heading(level, PROBLEM_FRAME_TITLE, writer)] : [];
  return [...lines, ...questionLines(PROBLEM_FRAME, options.answerLines ?? true, writer)];
}

/** The problem-solving frame as markdown for a note template. Ends with a newline. */
export function renderProblemFrameMarkdown(options: FrameRenderOptions = {}): string {
  return problemFrameLines(options, plainWriter).join('\n') + '\n';
}
