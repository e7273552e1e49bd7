// Builds the markdown snippets from the question sets. Pure (no vscode): scripts/gen-snippets.mjs
// bundles this file to write snippets/markdown.json, and a unit test checks the committed file
// still equals what it produces.
import { MODES, type Mode } from '../core/modes';
import {
  PROBLEM_FRAME, PURPOSES, PURPOSE_INFO, QUESTION_SETS, problemFrameLines, questionSetLines,
  type MarkdownWriter, type Purpose,
} from '../core/questions';

/** Prefix of the snippet that inserts a relationship's full set. */
export const SET_SNIPPET_PREFIX: Readonly<Record<Mode, string>> = {
  coaching: '1on1-coach',
  'co-learning': '1on1-colearn',
  mentoring: '1on1-mentor',
  'peer-learning': '1on1-peer',
};

/** Start of the prefix of a purpose snippet; the relationship follows, e.g. "ask-growth-coach". */
export const PURPOSE_SNIPPET_STEM: Readonly<Record<Purpose, string>> = {
  opening: 'ask-opening',
  agenda: 'ask-agenda',
  growth: 'ask-growth',
  'problem-solving': 'ask-problem',
  feedback: 'ask-feedback',
  reflection: 'ask-reflect',
};

export const PROBLEM_FRAME_SNIPPET_PREFIX = '1on1-problem';

/** The part of SET_SNIPPET_PREFIX after "1on1-", reused as the purpose snippets' suffix. */
export function modeSuffix(mode: Mode): string {
  return SET_SNIPPET_PREFIX[mode].replace(/^1on1-/, '');
}

export function purposeSnippetPrefix(purpose: Purpose, mode: Mode): string {
  return `${PURPOSE_SNIPPET_STEM[purpose]}-${modeSuffix(mode)}`;
}

/** Escapes text outside placeholders: `$`, `}` and `\` would otherwise be snippet syntax. */
export function escapeSnippetText(value: string): string {
  return value.replace(/[\\$}]/g, '\\$&');
}

/**
 * Escapes one option of a choice `${1|a,b|}`. Inside a choice VS Code's parser treats only
 * `\,`, `\|` and `\\` as escapes; `$` and `}` are literal there, and escaping them would
 * leave a visible backslash.
 */
export function escapeSnippetChoice(value: string): string {
  return value.replace(/[\\,|]/g, '\\$&');
}

export interface SnippetDefinition {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** Writes escaped text and numbers the answer slots as tab stops $1, $2, … */
function tabStopWriter(): MarkdownWriter {
  let next = 0;
  return { text: escapeSnippetText, slot: () => `$${++next}` };
}

/** Body of a relationship's snippet: renderQuestionSetMarkdown(mode) with a tab stop in every answer slot. */
export function setSnippetBody(mode: Mode): string[] {
  // The rendered markdown ends with a newline; the final tab stop sits on the line after it.
  return [...questionSetLines(mode, {}, tabStopWriter()), '$0'];
}

export function problemFrameSnippetBody(): string[] {
  return [...problemFrameLines({}, tabStopWriter()), '$0'];
}

export function purposeSnippetBody(mode: Mode, purpose: Purpose): string[] {
  const group = QUESTION_SETS[mode].groups.find(g => g.purpose === purpose);
  const options = (group?.questions ?? []).map(q => escapeSnippetChoice(q.text));
  return [`\${1|${options.join(',')}|}$0`];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Every snippet, keyed by the name VS Code shows next to the prefix. Order is stable. */
export function buildMarkdownSnippets(): Record<string, SnippetDefinition> {
  const snippets: Record<string, SnippetDefinition> = {};
  for (const mode of MODES) {
    const set = QUESTION_SETS[mode];
    const total = set.groups.reduce((n, g) => n + g.questions.length, 0);
    snippets[`1:1 questions: ${set.title}`] = {
      prefix: SET_SNIPPET_PREFIX[mode],
      description: `${set.title}: all ${count(total, 'question')}, grouped by purpose, a tab stop under each for your notes. ${set.summary}`,
      body: setSnippetBody(mode),
    };
  }
  snippets['1:1 problem-solving frame'] = {
    prefix: PROBLEM_FRAME_SNIPPET_PREFIX,
    description: `Any relationship, problem solving: go slow to go fast. ${PROBLEM_FRAME.join(' ')}`,
    body: problemFrameSnippetBody(),
  };
  for (const mode of MODES) {
    const set = QUESTION_SETS[mode];
    for (const purpose of PURPOSES) {
      const info = PURPOSE_INFO[purpose];
      snippets[`Ask (${info.title.toLowerCase()}): ${set.title}`] = {
        prefix: purposeSnippetPrefix(purpose, mode),
        description: `${set.title}, ${info.title.toLowerCase()}: pick a wording. ${info.summary}`,
        body: purposeSnippetBody(mode, purpose),
      };
    }
  }
  return snippets;
}

/** The exact text of snippets/markdown.json. */
export function snippetsFileText(): string {
  return JSON.stringify(buildMarkdownSnippets(), null, 2) + '\n';
}
