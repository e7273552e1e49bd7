import * as assert from 'node:assert/strict';
import { frontMatterMode, modeFromRosterText, personIdFromPath, questionInsertText } from '../../src/questions/noteMode';

describe('insert question: the relationship of a note', () => {
  it('reads mode from the front matter', () => {
    assert.equal(frontMatterMode('---\nperson: ana\nmode: mentoring\n---\n# 1:1\n'), 'mentoring');
    assert.equal(frontMatterMode('---\r\nmode: "co-learning"\r\n---\r\n'), 'co-learning');
    assert.equal(frontMatterMode("\uFEFF---\nmode: 'peer-learning' # set by hand\n---\n"), 'peer-learning');
  });

  it('ignores a missing, unknown or misplaced mode', () => {
    assert.equal(frontMatterMode('# 1:1\nmode: coaching\n'), undefined);
    assert.equal(frontMatterMode('---\nmode: bossing\n---\n'), undefined);
    assert.equal(frontMatterMode('---\nperson: ana\n---\nmode: coaching\n'), undefined);
    assert.equal(frontMatterMode('---\nmodes: coaching\n---\n'), undefined);
    assert.equal(frontMatterMode(''), undefined);
  });

  it('finds the person from the notes folder layout <notes>/<id>/<note>.md', () => {
    assert.equal(personIdFromPath('/ws/one-on-ones/ana-lima/2025-01-10.md', '/ws/one-on-ones'), 'ana-lima');
    assert.equal(personIdFromPath('/ws/one-on-ones/ana-lima/drafts/x.md', '/ws/one-on-ones/'), 'ana-lima');
    assert.equal(personIdFromPath('/ws/one-on-ones/people.md', '/ws/one-on-ones'), undefined);
    assert.equal(personIdFromPath('/ws/other/ana/2025-01-10.md', '/ws/one-on-ones'), undefined);
    assert.equal(personIdFromPath('/ws/one-on-ones-old/ana/2025-01-10.md', '/ws/one-on-ones'), undefined);
  });

  it('reads the person\'s mode from people.json, defaulting by relationship', () => {
    const roster = JSON.stringify({ people: [
      { id: 'ana', name: 'Ana', relationship: 'direct-report', mode: 'co-learning' },
      { id: 'Ben', name: 'Ben', relationship: 'peer' },
      { id: 'cy', name: 'Cy', relationship: 'direct-report' },
      { id: 'dee', name: 'Dee', relationship: 'unknown' },
    ] });
    assert.equal(modeFromRosterText(roster, 'ana'), 'co-learning');
    assert.equal(modeFromRosterText(roster, 'ben'), 'peer-learning');
    assert.equal(modeFromRosterText(roster, 'cy'), 'coaching');
    assert.equal(modeFromRosterText(roster, 'dee'), undefined);
    assert.equal(modeFromRosterText(roster, 'nobody'), undefined);
    assert.equal(modeFromRosterText('{ not json', 'ana'), undefined);
    assert.equal(modeFromRosterText('null', 'ana'), undefined);
    assert.equal(modeFromRosterText('{"people": {}}', 'ana'), undefined);
  });
});

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
