import * as assert from 'assert';
import { datedNotes, firstNoteOn, newNoteFileName, parseNoteFileName } from '../../src/core/notes';
import { parseFrontMatter, renderFrontMatter } from '../../src/core/frontmatter';

describe('people: dated notes', () => {
  it('names the first note of a day by its date, later ones with a suffix', () => {
    assert.strictEqual(newNoteFileName('2026-03-02', []), '2026-03-02.md');
    assert.strictEqual(newNoteFileName('2026-03-02', ['2026-03-01.md']), '2026-03-02.md');
    assert.strictEqual(newNoteFileName('2026-03-02', ['2026-03-02.md']), '2026-03-02-2.md');
    assert.strictEqual(newNoteFileName('2026-03-02', ['2026-03-02.md', '2026-03-02-2.md']), '2026-03-02-3.md');
    assert.strictEqual(newNoteFileName('2026-03-02', ['2026-03-02.MD']), '2026-03-02-2.md');
  });

  it('reads note names and ignores other files', () => {
    assert.deepStrictEqual(parseNoteFileName('2026-03-02-2.md'), { fileName: '2026-03-02-2.md', date: '2026-03-02', sequence: 2 });
    for (const name of ['README.md', '2026-02-30.md', '2026-03-02.txt', '2026-3-2.md', '2026-03-02-1.md', 'draft-2026-03-02.md']) {
      assert.strictEqual(parseNoteFileName(name), undefined, name);
    }
  });

  it('sorts newest first, later same-day notes first', () => {
    const notes = datedNotes(['2026-01-05.md', 'x.md', '2026-03-02.md', '2026-03-02-2.md', '2025-12-31.md']);
    assert.deepStrictEqual(notes.map(n => n.fileName), ['2026-03-02-2.md', '2026-03-02.md', '2026-01-05.md', '2025-12-31.md']);
    assert.strictEqual(firstNoteOn('2026-03-02', notes)?.fileName, '2026-03-02.md');
    assert.strictEqual(firstNoteOn('2026-03-03', notes), undefined);
  });

  it('writes and reads front matter', () => {
    const text = `${renderFrontMatter({ person: 'zoe-o-brien', date: '2026-03-02', relationship: 'direct-report', mode: 'coaching', name: "Zoë O'Brien: lead" })}\n# Hi\n`;
    const fm = parseFrontMatter(text);
    assert.deepStrictEqual(fm.data, { person: 'zoe-o-brien', date: '2026-03-02', relationship: 'direct-report', mode: 'coaching', name: "Zoë O'Brien: lead" });
    assert.strictEqual(fm.lineCount, 7);
    assert.strictEqual(text.slice(fm.bodyOffset), '\n# Hi\n');
    assert.deepStrictEqual(parseFrontMatter('# no front matter').data, {});
    assert.deepStrictEqual(parseFrontMatter('---\nnot: closed\n').data, {});
  });
});
