// How a lint result reads the question candidates its chunks kept into questions: the insights'
// classifier (src/core/insights/find.ts) registers itself here when it loads. The linter does not
// import it: the editor's main bundle lints without it, and the features chunk that carries it hands
// it over when it loads (src/featuresLoader.ts); the CLI, the web bundle and the tests load it with
// the insights they use.
import type { QuestionSpan } from './types';

/** What reading a sentence needs of it: where it is in its chunk, its masked text, its question mark. */
export interface CandidateSpan {
  readonly start: number;
  readonly end: number;
  readonly question: boolean;
  readonly norm: string;
}

export type CandidateReader = (chunk: string, s: CandidateSpan) => QuestionSpan | undefined;

let reader: CandidateReader | undefined;

export function setCandidateReader(r: CandidateReader): void {
  reader = r;
}

/** The question a candidate asks; throws when no classifier has been loaded (a lint result's asks are read by the insights). */
export function readQuestionCandidate(chunk: string, s: CandidateSpan): QuestionSpan | undefined {
  if (!reader) throw new Error('The questions of a lint result are read by the insights (src/core/insights/find.ts), which are not loaded');
  return reader(chunk, s);
}
