// splitSentences reads words and sentence ends in one pass over the characters; these tests hold it to
// splitSentencesReference, which finds the ends first and then scans each sentence for its words. And
// the question candidates read from a sentence's head (word classes) are the ones the word lists give.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { fixtureAndSampleNotes } from './helpers/note-files';
import { questionCandidate } from '../../src/core/insights/find';
import { youPositions } from '../../src/core/lint/engine';
import { splitChunks } from '../../src/core/lint/chunks';
import { proseText } from '../../src/core/lint/prose';
import { splitSentences, splitSentencesReference, type Sentence } from '../../src/core/lint/sentences';

const ROOT = path.resolve(__dirname, '../../..');

function plain(s: Sentence): unknown {
  return {
    start: s.start, end: s.end, question: s.question, norm: s.norm, count: s.count, classes: s.classes, head: s.head,
    words: s.words.map(w => [w.start, w.end, w.w]),
  };
}

const wordSet = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));
// The word lists insights/find.ts read questions without a question mark by, before they became word classes.
const LEAD_IN = wordSet('so and ok okay also please just but hey btw now then me q i');
const INVITING = wordSet('tell walk talk take help say share describe explain expand elaborate unpack give paint fill catch');
const CURIOUS = wordSet('curious interested hear understand learn know asked');
const MODAL = wordSet('can could would will');
const QUESTION_WORDS = wordSet(`how what why where who which when whats hows what's how's wat do did does are is have has should
  shall may can could would will`);

/** Whether a sentence may ask, by the word lists (as questionCandidate decided it before word classes). */
function candidateByLists(chunk: string, s: Sentence): boolean {
  const w = s.words;
  if (!w.length) return false;
  if (s.question) return true;
  for (let k = 0; k < w.length && k < 8; k++) if (CURIOUS.has(w[k].w)) return true;
  let k = 0;
  while (k < w.length - 1 && LEAD_IN.has(w[k].w)) k++;
  const first = w[k].w;
  if (INVITING.has(first) || MODAL.has(first)) return true;
  if (!QUESTION_WORDS.has(first)) return false;
  const last = chunk.charCodeAt(s.end - 1);
  return last !== 46 && last !== 33 && last !== 58 && last !== 59;
}

/** Both splitters on every prose block of the chunk, and the question candidates by head and by lists. */
function same(chunk: string): number {
  const prose = proseText(chunk);
  let sentences = 0;
  for (const b of prose.blocks) {
    const fast = splitSentences(prose.norm, b.start, b.end, chunk);
    const slow = splitSentencesReference(prose.norm, b.start, b.end, chunk);
    assert.deepStrictEqual(fast.map(plain), slow.map(plain), JSON.stringify(chunk));
    for (const s of fast) assert.strictEqual(questionCandidate(chunk, s), candidateByLists(chunk, s), JSON.stringify(s.norm));
    sentences += fast.length;
  }
  return sentences;
}

/** Pieces of prose that move sentence ends and word edges: marks, closers, apostrophes, hyphens, abbreviations, breaks. */
const PIECES = [
  'Talked about the launch', 'you should own it', 'What would you try first', 'Tell me about the move', 'so how is it going',
  'I am curious how', 'ok can we', 'Q', 'me', 'Sam', 'e.g.', 'i.e.', 'Mr.', 'J.', 'etc.', 'No.', 'v2.1', '3.5', '1.', 'don\'t', 'it’s',
  'well-being', 'x-', '-y', 'rock\'n', "'", '’', '"', '”', ')', ']', '(', '.', '..', '...', '?', '?!', '!', '?"', '.)', '.’', ':', ';', ',',
  '—', '–', '-', ' ', '  ', '\n', '\n\n', '\n  ', '\t', '\u00a0', 'Éclair', 'ça', 'naïve', '😀', '𝒜bc', 'x𝒜', '\ud800', '123', '2026',
  'WHY', 'How', 'Share', 'and', 'but', 'please', 'hear', 'know',
];

describe('splitSentences: one pass gives what finding the ends and then the words gives', () => {
  it('on every note in the fixtures and the sample', () => {
    const files = fixtureAndSampleNotes(ROOT);
    assert.ok(files.length >= 50, `${files.length} notes`);
    let sentences = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const c of splitChunks(text)) if (!c.frontMatter) sentences += same(text.slice(c.start, c.end));
    }
    assert.ok(sentences >= 1000, `${sentences} sentences`);
  });

  it('on random strings of marks, closers, words and breaks', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), pieces => {
      same(pieces.join(''));
      same(pieces.join(' '));
    }), { numRuns: 6000, seed: 1130 });
  });

  it('on random list items and lines, where line breaks end sentences', () => {
    const lines = ['- Talked about it', '- so what now', '1. Send me the doc.', '  continued here', 'Next line', 'and more', '- [ ] a task?', '* tell me more', 'Ask Sam.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...lines, ...PIECES), { minLength: 1, maxLength: 30 }), parts => {
      same(parts.join('\n'));
    }), { numRuns: 3000, seed: 2911 });
  });

  it('on sentences longer than the cap, cut inside a word', () => {
    for (const n of [1999, 2000, 2001, 4003]) {
      same('word '.repeat(n / 5) + 'x'.repeat(n % 7) + 'y'.repeat(30) + ' end.');
      same('a'.repeat(n) + ' b. Next one?');
      same(('ab-cd ' + 'é'.repeat(3)).repeat(n / 9) + '\nNext');
    }
  });
});

describe('youPositions: native search finds the second-person words the expression finds', () => {
  const YOU_WORD = /\b(?:you|your|yours|yourself|you'll|you're|you've|you'd|u|ur)\b/g;
  const byExpression = (norm: string): number[] => {
    const at: number[] = [];
    YOU_WORD.lastIndex = 0;
    for (let m = YOU_WORD.exec(norm); m; m = YOU_WORD.exec(norm)) at.push(m.index);
    return at;
  };
  const parts = ['you', 'your', 'yours', 'yourself', 'yourselves', "you'll", "you're", 'u', 'ur', 'urs', 'y', 'o', 'r', 's', 'self', "'", ' ', '-', '_', '1', 'é', 'x', 'bu', 'yo', 'uu', '\n', 'ya', "y'all"];

  it('on random strings of you-words and their edges', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 14 }), ps => {
      const norm = ps.join('');
      assert.deepStrictEqual(youPositions(norm), byExpression(norm), JSON.stringify(norm));
    }), { numRuns: 20000, seed: 4242 });
  });
});
