import * as assert from 'node:assert/strict';
import { questionInsertText } from '../../src/questions/insertText';

describe('insert question: where the text goes', () => {
  const q = 'What surprised you this week?';

  it('turns an empty line into a list item, keeping its indentation', () => {
    assert.deepEqual(questionInsertText('', '', q), { text: `- ${q}`, replaceLine: true });
    assert.deepEqual(questionInsertText('  ', '  ', q), { text: `  - ${q}`, replaceLine: true });
  });

  it('inserts at the cursor elsewhere, with a space after a word', () => {
    assert.deepEqual(questionInsertText('- ', '- ', q), { text: q, replaceLine: false });
    assert.deepEqual(questionInsertText('Asked:', 'Asked:', q), { text: ` ${q}`, replaceLine: false });
    assert.deepEqual(questionInsertText('Asked: later', 'Asked: ', q), { text: q, replaceLine: false });
  });

  it('keeps the blank line that separates the next heading or paragraph; the cursor ends after the question', () => {
    assert.deepEqual(questionInsertText('', '', q, true, '## Notes'), { text: `- ${q}\n`, replaceLine: true, caret: q.length + 2 });
    assert.deepEqual(questionInsertText('  ', '  ', q, true, 'Some text.'), { text: `  - ${q}\n  `, replaceLine: true, caret: q.length + 4 });
    // Before another list item, or a blank line, or at the end, the line simply becomes the item.
    assert.deepEqual(questionInsertText('', '', q, true, '- Earlier question'), { text: `- ${q}`, replaceLine: true });
    assert.deepEqual(questionInsertText('', '', q, true, ''), { text: `- ${q}`, replaceLine: true });
    assert.deepEqual(questionInsertText('', '', q, true, undefined), { text: `- ${q}`, replaceLine: true });
  });

  it('replaces a selection in place, even on a blank line', () => {
    assert.deepEqual(questionInsertText('   ', ' ', q, false), { text: q, replaceLine: false });
  });
});
