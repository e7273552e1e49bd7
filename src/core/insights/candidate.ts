// Which sentences may be questions the manager asks: a cheap look the linter takes as it splits a
// chunk (it keeps these candidates), before the classifier (classify.ts, with find.ts) reads any of
// them. Kept apart from the classifier so that the linter does not carry it: the editor's main bundle
// leaves the classifier to the features chunk, loaded on first use. Pure: no vscode, no Node.
import type { Sentence } from '../lint/sentences';
import { CURIOUS_EARLY, WordClass } from '../lint/wordclass';

/**
 * Whether a sentence without a question mark may still ask (see readSentence): an invitation or a
 * polite request to talk at its head, curiosity in its first words, or a question opening with no
 * closing punctuation. Read from the sentence's head, found as it was split (the word classes Curious,
 * LeadIn, Inviting and QuestionWord in wordclass.ts), so most prose costs nothing more.
 */
function mayAskWithoutMark(s: Sentence, chunk: string): boolean {
  const head = s.head;
  if (head & (CURIOUS_EARLY | WordClass.Inviting)) return true;
  if (!(head & WordClass.QuestionWord)) return false;
  const last = chunk.charCodeAt(s.end - 1);
  return last !== 46 && last !== 33 && last !== 58 && last !== 59;
}

/**
 * Whether a sentence may be a question (a question mark, an invitation, a question opening): cheap,
 * from the words the splitter made. Only these are read (readCandidate).
 */
export function questionCandidate(chunk: string, s: Sentence): boolean {
  return s.count > 0 && (s.question || mayAskWithoutMark(s, chunk));
}
