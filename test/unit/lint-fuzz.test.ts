// Property tests: whatever markdown the core is given, it never throws, never hangs, and every range
// it reports lies inside the document.
import * as assert from 'assert';
import fc from 'fast-check';
import { Linter, lintMarkdown } from '../../src/core/lint/engine';
import { splitChunks, updateChunks, type ChunkState } from '../../src/core/lint/chunks';
import type { LintResult } from '../../src/core/lint/types';
import { scanWords, type Word } from '../../src/core/lint/sentences';

/** Findings as data, rewrites included (they are made on first access). */
const plain = (findings: LintResult['findings']): unknown => JSON.parse(JSON.stringify(findings));

function checkRanges(text: string, r: LintResult): void {
  for (const f of r.findings) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `finding ${f.start}-${f.end} in ${text.length}`);
    for (const s of f.suggestions) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'suggestion range');
  }
  assert.ok(r.questions >= 0);
}

const FRAGMENTS = [
  'You should refactor this.', 'Fix the build.', 'What would you try?', '```', '~~~', '    code', '> quote', '- ', '* ',
  '1. ', '- [ ] ', '[link](http://x.y/you-should)', '`code`', '**bold**', '_em_', '<div>', '</div>', '<!--', '-->',
  '---', '# ', '\n', '\r\n', '\r', '\n\n', '"', '“', '”', '‘', '’', '\\', '|', '| a | b |', '|---|---|', '![img](x.png)',
  '<!-- learning-leader-disable -->', '<!-- learning-leader-enable you-modal -->', '<!-- learning-leader-disable-next-line -->',
  '😀', '👩🏽‍💻', 'שלום עולם', 'مرحبا بالعالم', '\u0000', '\uFFFD', '\uD800', '\uDC00', '\t', '   ', 'Don\'t push.', 'Why didn\'t you?',
  'I want you to own it.', 'Have it done by Friday.', 'Your job is to ship.', 'http://example.com', '[x]: http://ref', '[text][x]',
];

describe('lint core under random and hostile input', function () {
  this.timeout(120_000);

  it('survives random sequences of markdown fragments', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), parts => {
      const text = parts.join('');
      checkRanges(text, lintMarkdown(text));
    }), { numRuns: 1500, seed: 4242 });
  });

  it('tokenises words exactly as the Unicode word pattern does, cut at the sentence end', () => {
    const RE = /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:-[\p{L}\p{N}]+)*/gu;
    // ASCII, letters and digits of other scripts, typographic apostrophes and dashes, an astral letter
    // (𝐀) and an emoji written as surrogate pairs, lone surrogates.
    const chars = fc.constantFrom(...['a', 'b', 'Z', ' ', '0', '9', "'", '’', '-', '—', '.', ',', '!', '?', '\n', '\t', '_', '`', '*', 'é', 'ß', 'Ж', '中', '٣', '²', '€', '𝐀', '😀', '\ud800', '\udc00']);
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(), fc.nat(), (cs, x, y) => {
      const text = cs.join('');
      const a = Math.min(x, y) % (text.length + 1);
      const b = a + (Math.max(x, y) % (text.length - a + 1));
      // Sentences start at a character, never inside a surrogate pair.
      if (a > 0 && /[\ud800-\udbff]/.test(text[a - 1]) && /[\udc00-\udfff]/.test(text[a] ?? '')) return;
      const expected: Word[] = [];
      RE.lastIndex = a;
      for (let m = RE.exec(text); m && m.index < b; m = RE.exec(text)) {
        const end = Math.min(b, m.index + m[0].length);
        expected.push({ start: 5 + m.index, end: 5 + end, w: text.slice(m.index, end) });
      }
      const got: Word[] = [];
      scanWords(text, a, b, 5, got);
      assert.deepStrictEqual(got.map(w => ({ start: w.start, end: w.end, w: w.w })), expected);
    }), { numRuns: 5000, seed: 11 });
  });

  it('survives arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => {
      checkRanges(text, lintMarkdown(text));
    }), { numRuns: 1500, seed: 7 });
  });

  it('survives mutations of a realistic note, and incremental linting agrees with a fresh lint', () => {
    const base = [
      '---', 'person: sam', 'mode: coaching', '---', '# 1:1', '', '## Notes', 'You should take the lead.', '',
      '- [ ] Sam: draft the doc', '- What would you try first?', '', '```', 'make deploy', '```', '', '> quoted', '',
      'Send me the draft by Thursday.',
    ].join('\n');
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 12 }),
      edits => {
        const linter = new Linter();
        let text = base;
        linter.lint(text);
        for (const [at, del, insert] of edits) {
          const pos = at % (text.length + 1);
          text = text.slice(0, pos) + insert + text.slice(Math.min(text.length, pos + del));
          const inc = linter.lint(text);
          checkRanges(text, inc);
          assert.deepStrictEqual(plain(inc.findings), plain(lintMarkdown(text).findings));
        }
      }), { numRuns: 300, seed: 99 });
  });

  it('cuts an edited note into exactly the chunks a fresh cut gives, whatever the edit', () => {
    // Paragraphs of many lengths (some over the 16 KB chunk cap), fences, comments, front matter and line endings.
    const PARTS = [...FRAGMENTS, 'Alpha beta.\n\n', 'Gamma delta epsilon zeta.\n\n', '```\n', '~~~~\n', '<!--\n', '-->\n',
      '---\nmode: coaching\n---\n', 'x'.repeat(5000) + '\n\n', 'Long paragraph. '.repeat(1200) + '\n\n', '  indented\n', '\r\n\r\n'];
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...PARTS)), { minLength: 1, maxLength: 10 }),
      (parts, edits) => {
        let text = parts.join('');
        let state: ChunkState | undefined = updateChunks(undefined, text);
        for (const [at, del, insert] of edits) {
          const pos = at % (text.length + 1);
          text = text.slice(0, pos) + insert + text.slice(Math.min(text.length, pos + del));
          const before: ChunkState = state;
          state = updateChunks(state, text);
          assert.deepStrictEqual(state.chunks, splitChunks(text));
          // A chunk said to be reused has exactly the text of the old chunk it names.
          state.chunks.forEach((c, j) => {
            const k = state!.reuse[j];
            if (k >= 0) assert.strictEqual(text.slice(c.start, c.end), before.text.slice(before.chunks[k].start, before.chunks[k].end));
          });
        }
      }), { numRuns: 400, seed: 2024 });
  });

  const hostile: [string, () => string][] = [
    ['a 100,000-character line', () => 'You should '.repeat(9_000) + 'x.'],
    ['100,000 backticks and brackets', () => '`['.repeat(50_000)],
    ['100,000 unmatched quotes', () => '"a '.repeat(33_000)],
    ['deeply nested lists', () => Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i * 2) + '- You should nest.').join('\n')],
    ['deeply nested block quotes', () => '>'.repeat(5_000) + ' You should quote.'],
    ['an unterminated fence with a megabyte after it', () => '```\n' + 'You should not see this.\n'.repeat(40_000)],
    ['a binary-looking file', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['mixed line endings', () => 'You should a.\r\nFix b.\rWhat c?\n\r\n'.repeat(5_000)],
    ['emoji and right-to-left text', () => '👩🏽‍💻 You should ship שלום. مرحبا Fix it 😀.\n\n'.repeat(5_000)],
  ];
  for (const [name, make] of hostile) {
    it(`terminates quickly on ${name}`, () => {
      const text = make();
      const t0 = Date.now();
      const r = lintMarkdown(text);
      const ms = Date.now() - t0;
      checkRanges(text, r);
      assert.ok(ms < 10_000, `${name}: ${ms} ms`);
    });
  }
});
