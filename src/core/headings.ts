// The headings a new note is written with (templates.ts) and the problem-solving frame's title
// (questions.ts): their own module, so that what reads notes (the linter's sections, the insights'
// outline) knows them without loading the templates and the question sets. Pure: no vscode, no Node.

export const SECTION = {
  carriedOver: 'Carried over',
  agenda: 'Their agenda',
  talkingPoints: 'My talking points',
  questions: 'Questions',
  problem: 'Problem to work on',
  notes: 'Notes',
  actions: 'Action items',
} as const;

export const PROBLEM_FRAME_TITLE = 'Problem-solving frame';
