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

  it('replaces a selection in place, even on a blank line', () => {
    assert.deepEqual(questionInsertText('   ', ' ', q, false), { text: q, replaceLine: false });
  });
});
