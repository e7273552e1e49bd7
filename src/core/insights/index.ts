// Coaching insights: which questions a manager asks (open, closed, leading), asked versus told per
// note, and a person's meetings over time. See docs/insights-draft.md. Pure: no vscode, no Node.
export { readSentence, type NotAsked, type QuestionForm, type Reading, type SentenceInput } from './classify';
export { askedQuestionIds, chunkQuestions, findQuestions, placeQuestions, QuestionMemo, sentenceQuestion, type ChunkQuestion, type FoundQuestion } from './find';
export { headingKey, isAsked, promptSections, PROMPT_HEADINGS, type PromptSection } from './outline';
export {
  askedCount, EMPTY_STATS, isTold, LEADING_RULE, noteQuestions, noteStats, openShare,
  type InsightCounts, type LintFindings, type NoteQuestion, type NoteStats, type QuestionKind,
} from './stats';
export { isReadableText, looksLikeText, whyNotText, type NotText } from './bytes';
export {
  cadenceKept, isTextNote, lastMeetingBefore, meetingSeries, monthsBefore, noteDate, personInsights, personMeetings, point, totals,
  type CadenceKept, type MeetingNote, type MeetingPoint, type PersonInsights, type SeriesOptions,
} from './series';
export { InsightsCache, textHash, type LintFn } from './cache';
