// Property tests: whatever text the insights are given, they never throw, never hang, and every
// question they report lies inside the note, at the line and column it says.
import * as assert from 'assert';
import fc from 'fast-check';
import { lintMarkdown } from '../../src/core/lint/engine';
import { noteStats, type NoteStats } from '../../src/core/insights/stats';
import { readSentence } from '../../src/core/insights/classify';

function check(text: string, s: NoteStats): void {
  const lines = text.split(/\r\n|\r|\n/);
  let asked = 0;
  for (const q of s.questions) {
    assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length, `question ${q.start}-${q.end} in ${text.length}`);
    assert.strictEqual(q.text, text.slice(q.start, q.end).replace(/\s+/g, ' '));
    const line = lines[q.line - 1];
    assert.ok(line !== undefined, `line ${q.line}`);
    assert.strictEqual(line.slice(q.column - 1, q.column - 1 + 3), text.slice(q.start, q.start + 3).split(/\r|\n/)[0].slice(0, 3));
    if (q.asked) asked++;
  }
  const c = s.counts;
  assert.strictEqual(c.open + c.closed + c.leading, asked);
  assert.ok(c.told >= 0);
}

const FRAGMENTS = [
  'What would you try?', 'How did it go?', 'Any blockers?', "Don't you think so?", 'Tell me about it.', 'Sam: can you?',
  'She asked whether it works?', '(maybe?)', '**Any Qs?**', '## Questions', '## Questions?', '### Opening', '## Notes',
  '## Problem to work on', '- ', '  - ', '* ', '1. ', '- [ ] ', '```', '~~~', '    code?', '> quote?', '<!--', '-->', '---',
  '\n', '\r\n', '\r', '\n\n', '"', '“', '”', "'", '’', '(', ')', '[', ']', '?', '??', ':', 'u good?', 'hows it going',
  '😀', 'שלום?', 'مرحبا؟', '\u0000', '\uFFFD', '\uD800', '\t', '   ', 'You should fix it.', 'Questions\n---', 'http://x.y/?q=1',
];

describe('insights core under random and hostile input', function () {
  this.timeout(120_000);

  it('survives random sequences of markdown fragments, and positions are right', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), parts => {
      const text = parts.join('');
      check(text, noteStats(text, lintMarkdown(text)));
    }), { numRuns: 1500, seed: 4243 });
  });

  it('survives arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => {
      check(text, noteStats(text, lintMarkdown(text)));
    }), { numRuns: 1500, seed: 8 });
  });

  it('reads any sentence without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, q) => {
      const r = readSentence({ text }, q);
      if ('form' in r) assert.ok(r.from >= 0 && r.from <= r.to && r.to <= text.length);
    }), { numRuns: 3000, seed: 9 });
  });

  const hostile: [string, () => string][] = [
    ['a 100,000-character line of questions', () => 'Why? '.repeat(20_000)],
    ['100,000 brackets before a question mark', () => '('.repeat(100_000) + 'why?'],
    ['a long line of labels', () => '**Q?** '.repeat(15_000)],
    ['a Questions section of 5,000 unanswered prompts', () => '## Questions\n\n' + '- What would you try first?\n'.repeat(5_000)],
    ['a Questions section of 5,000 blank lines between prompts', () => '## Questions\n\n- What would you try?\n' + '\n'.repeat(5_000) + '- How?\n'],
    ['an unterminated comment in a prompt section', () => '## Questions\n\n- Why?\n<!--\n' + 'x?\n'.repeat(20_000)],
    ['mixed line endings', () => 'What a?\r\nHow b?\rAny c?\n\r\n'.repeat(5_000)],
  ];
  for (const [name, make] of hostile) {
    it(`terminates quickly on ${name}`, () => {
      const text = make();
      const t0 = Date.now();
      const s = noteStats(text, lintMarkdown(text));
      const ms = Date.now() - t0;
      check(text, s);
      assert.ok(ms < 10_000, `${name}: ${ms} ms`);
    });
  }
});
