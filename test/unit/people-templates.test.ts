import * as assert from 'assert';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { MODES } from '../../src/core/modes';
import { summarize } from '../../src/core/prep';
import { PROBLEM_FRAME, questionSet } from '../../src/core/questions';
import { renderNote } from '../../src/core/templates';

describe('people: note template', () => {
  it('has front matter, the mode\'s questions, the problem frame and the sections', () => {
    for (const mode of MODES) {
      const relationship = mode === 'coaching' || mode === 'co-learning' ? 'direct-report' : 'peer';
      const text = renderNote({ personId: 'p', name: 'P', relationship, mode, date: '2026-03-02' });
      assert.deepStrictEqual(parseFrontMatter(text).data, { person: 'p', date: '2026-03-02', relationship, mode });
      for (const q of questionSet(mode).groups.flatMap(g => g.questions)) assert.ok(text.includes(`- ${q.text}`), `${mode}: ${q.text}`);
      for (const step of PROBLEM_FRAME) assert.ok(text.includes(step));
      for (const section of ['## Carried over', '## Their agenda', '## Questions', '## Notes', '## Action items']) assert.ok(text.includes(section), section);
      assert.match(text, /_First 1:1 in these notes: nothing to carry over._/);
    }
  });

  it('says when nothing was left open', () => {
    const text = renderNote({ personId: 'p', name: 'P', relationship: 'peer', mode: 'mentoring', date: '2026-03-02', previous: { fileName: '2026-02-16.md', items: [] } });
    assert.match(text, /_Nothing left open in 2026-02-16._/);
  });
});

describe('people: prep summary', () => {
  it('summarizes the Notes section, else the first paragraph', () => {
    const text = '---\nperson: amara-okafor\ndate: 2026-03-10\n---\n# 1:1\n\n## Notes\nShe found the cause herself.\nWe agreed on a spike.\n\n## Action items\n- [ ] Amara: spike the fix\n';
    assert.deepStrictEqual(summarize(text).map(l => l.text), ['She found the cause herself.', 'We agreed on a spike.']);
    assert.deepStrictEqual(summarize('---\na: b\n---\n# T\n\nFirst para\nline two\n\nsecond').map(l => l.text), ['First para', 'line two']);
  });
});

describe('people: prep summary leaves out code and comments', () => {
  it('a fenced block or a comment in the Notes section is no summary', () => {
    const text = '# 1:1\n\n## Notes\nGood review.\n\n```text\n- [ ] pasted from the runbook\n```\n<!-- private:\nnot this\n-->\nShe is unsure about the guild.\n';
    assert.deepStrictEqual(summarize(text).map(l => l.text), ['Good review.', 'She is unsure about the guild.']);
  });
});
