// proseText parses each chunk with the block rules its characters allow and a paragraph rule that
// keeps no text it does not need; these tests hold it to markdown-it's block parser as it comes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { fixtureAndSampleNotes } from './helpers/note-files';
import { proseText, proseTextReference } from '../../src/core/lint/prose';
import { splitChunks } from '../../src/core/lint/chunks';
import { readBlocks } from '../../src/core/lint/blocks';

/** Whether the chunk is read without markdown-it at all. */
function readDirectly(chunk: string): boolean {
  let direct = true;
  readBlocks(chunk, from => {
    direct = false;
    return { base: from, starts: [], ends: [], paragraphs: [], headings: [] };
  });
  return direct;
}

const ROOT = path.resolve(__dirname, '../../..');

function same(chunk: string): void {
  assert.deepStrictEqual(proseText(chunk), proseTextReference(chunk), JSON.stringify(chunk));
}

/** proseText as markdown-it reads it on `runs` random chunks of up to `maxLines` lines from `pool` (fixed seed). */
function sameOnLinesOf(pool: readonly string[], maxLines: number, runs: number, seed: number): void {
  fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: maxLines }), lines => {
    same(lines.join('\n'));
  }), { numRuns: runs, seed });
}

/** Lines of the kinds notes have, and the kinds that switch block rules on: tables, fences, quotes, HTML, underlines. */
const LINES = [
  'Talked about the launch.', 'You should own the rollback plan.', 'What would you try first?', 'Next steps', '**Action items:**',
  '- point', '* point', '+ point', '- [ ] a task', '- [x] done it', '- [*] other box', '1. first', '2. second', '10) tenth', '2026. A year',
  '-', '1.', '- ', '# Heading', '## Talking points ##', '###### six', '####### seven', '#no space', '---', '===', '- - -', '***', '___',
  '> quoted', '> [!note] callout', '>> deeper', '```', '```js', '~~~', '| a | b |', '|---|---|', 'a | b', '<div>', '<!-- c -->', '</div>',
  '[ref]: http://example.com', '[x] not a task', '\u00a0[ ] nbsp box', 'Setext title', 'text with `code` and <b>html</b>', '\t- tabbed',
  '', '   ', 'Q: how is it going?', 'A: fine', 'Me: I said so.', '1.2 nested outline', 'a) lettered',
];

describe('proseText: the block rules a chunk needs give what the full block parser gives', () => {
  it('on every note in the fixtures and the sample', () => {
    const files = fixtureAndSampleNotes(ROOT);
    assert.ok(files.length >= 50, `${files.length} notes`);
    let chunks = 0;
    let direct = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const c of splitChunks(text)) {
        if (c.frontMatter) continue;
        same(text.slice(c.start, c.end));
        if (readDirectly(text.slice(c.start, c.end))) direct++;
        chunks++;
      }
    }
    assert.ok(chunks >= 100, `${chunks} chunks`);
    // Most chunks of notes are read without markdown-it.
    assert.ok(direct / chunks > 0.7, `${direct} of ${chunks} chunks read directly`);
    console.log(`      ${direct} of ${chunks} chunks read directly`);
  });

  it('on random nested lists, paragraphs and headings, the kinds read without markdown-it', () => {
    const plain = [
      'Talked about the launch.', 'You should own it.', '- point', '* point', '+ point', '- [ ] a task', '- [x]', '* [-] box',
      '1. first', '1) first', '2. second', '3) third', '2026. A year', '# Heading', '## Talking points ##', '### #', '####### seven', '#tag',
      '', '1.2 outline', 'a) lettered', '- **Bold:** text', '-not a marker', '10. tenth', '1234567890. long', '-  two spaces', '-     five spaces',
      '1.', '+', '- # heading in item', '- - nested', '[ ] box alone', '\u00a0[ ] nbsp', '- \u00a0[ ] nbsp box', 'é accent',
    ];
    const line = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom(...plain)).map(([indent, text]) => ' '.repeat(indent) + text);
    let direct = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 16 }), lines => {
      const chunk = lines.join('\n');
      if (readDirectly(chunk)) direct++;
      same(chunk);
    }), { numRuns: 6000, seed: 2911 });
    assert.ok(direct > 1000, `${direct} of 6000 read directly`);
    console.log(`      ${direct} of 6000 read directly`);
  });

  it('on random outlines of those lines, indented 0 to 9 spaces, with \\n or \\r\\n', () => {
    const line = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...LINES)).map(([indent, text]) => ' '.repeat(indent) + text);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.boolean(), (lines, crlf) => {
      same(lines.join(crlf ? '\r\n' : '\n'));
    }), { numRuns: 4000, seed: 1130 });
  });

  it('on random strings of the characters that make blocks (and cut chunks into pieces)', () => {
    const parts = [' ', ' ', ' ', '-', '*', '+', '1', '0', '.', ')', '#', 'a', 'You', '\n', '\n', '\n\n', '[', ']', 'x', '_', '=', '\u00a0', 'é',
      '>', '`', '```', '~~~', '<', '<div>', '|', '\t', ':', '---'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 60 }), list => {
      same(list.join(''));
    }), { numRuns: 8000, seed: 3011 });
  });

  it('fences: the note\'s own are read directly, the closing line as CommonMark has it', () => {
    for (const chunk of [
      'Text\n```bash\nmake\n\nYou should fix it.\n```\n\nYou should fix it.', 'Text\n```\ncode\n```\t\n\nAfter.', '```\nnever closed\n\nYou should.',
      '~~~~\n~~~\nstill code\n~~~~\nAfter', '- item\n  ```\n  code\n\nAfter', '``` a`b\nnot a fence', 'Text\n  ```\n\nYou should.\n```',
    ]) same(chunk);
    const fenced = 'Text\n```bash\nmake\n```\nYou should fix it.';
    assert.ok(readDirectly(fenced), 'a fence of the note\'s own is read directly');
  });

  it('block quotes: passed over directly, but for callouts and lazy lines, and ended where CommonMark ends them', () => {
    const pool = ['> a', '>', '> ', '> > b', '>> c', '> [!note] x', '> - item', '> # h', '> ```', 'lazy text', 'You should fix it.', '- item',
      '# H', '```', '  > indented', '    > deep', '1. x', '2. y', '', '', '\t> tab', '> | t |', '  - nested', '> > [!tip] y', '>     > z', '---',
      '* [ ] task', '    lazy deep', '> 1. one'];
    sameOnLinesOf(pool, 10, 4000, 3012);
    assert.ok(readDirectly('Text\n> Forwarded: please send it by EOD.\n> Thanks\n\nYou should fix it.'), 'a quote is read directly');
    assert.ok(!readDirectly('> [!note] My own note\n> You should fix it.'), 'a callout is markdown-it\'s');
  });

  it('tables: passed over directly at the top level, with GFM\'s header, delimiter and row rules', () => {
    const pool = ['| a | b |', '|---|---|', '| --- | :-: |', 'a | b', '--- | ---', ':--', '---', '| a |', '|', '||', 'a \\| b', '\\| a | b',
      'You should fix it.', '- item', '- a | b', '> q', '```', '# a | b', '', '', '  | indented |', '    | deep |', '***', '2. y', '<b>',
      '\u00a0', '| a | b | c |', '|:-:|', '-|-', '- | -', '|a|\t|', '    |---|', '  - nested | x', '|-', 'a|', '|a'];
    sameOnLinesOf(pool, 8, 4000, 3013);
    assert.ok(readDirectly('Intro\n| Topic | Owner |\n| --- | --- |\n| Hiring | Sam |\n\nYou should fix it.'), 'a table is read directly');
  });

  it('HTML comments and empty list items (as the note template has them) read directly, as markdown-it reads them', () => {
    const pool = ['<!-- a -->', '<!-- open', 'close -->', '-->', '- ', '-', '1.', '2.', '* ', '+', '', '', 'You should fix it.', '- item',
      '  - nested', '<div>', '<!---->', '<!-->', '  <!-- indented -->', '    <!-- deep', '- <!-- c -->', '  - ', '    - ', '- [ ] task', '> q', '\t', 'lazy'];
    sameOnLinesOf(pool, 9, 4000, 3014);
    assert.ok(readDirectly('## My talking points\n\n<!-- What you mean to raise. -->\n\n- \n\n## Questions'), 'a template section is read directly');
  });

  it('thematic breaks read directly where a block starts; a line of - after a paragraph may underline it', () => {
    const pool = ['---', '***', '___', '- - -', '* * *', '_ _ _', '===', '--', '**', '  ---', '    ---', '***\t', 'You should fix it.', '- item',
      '  - nested', '', '', '# h', '> q', '<!-- c -->', '- ', '1. one', 'lazy', '- ***', '* ---'];
    sameOnLinesOf(pool, 9, 3000, 3015);
    assert.ok(readDirectly('Text\n\n---\n\nMore text\n***'), 'breaks are read directly');
    assert.ok(!readDirectly('Title\n---'), 'an underline is markdown-it\'s');
  });

  it('a table, a fence, a quote, HTML and an underline each switch their rule on', () => {
    for (const chunk of [
      'Intro text\n| a | b |\n|---|---|\n| 1 | 2 |', 'Text\n```\nYou should fix it.\n```', 'Text\n> You should fix it.', 'Text\n<div>\nhi\n</div>',
      'Title\n===\nYou should fix it.', 'Title\n---', 'Text\n[ref]: http://x', 'Text\n# Heading\nmore', 'Text\n~~~\ncode\n~~~',
    ]) {
      same(chunk);
      assert.notDeepStrictEqual(proseText(chunk), proseText(chunk.replace(/[|`>=\-<[#~]/g, 'x')), chunk);
    }
  });
});
