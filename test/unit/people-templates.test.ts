import * as assert from 'assert';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { MODES } from '../../src/core/modes';
import { askedQuestions, buildPrep, summarize } from '../../src/core/prep';
import { PROBLEM_FRAME, questionSet } from '../../src/core/questions';
import type { Person } from '../../src/core/roster';
import { renderNote } from '../../src/core/templates';

const person: Person = { id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false };

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

describe('people: prep', () => {
  const set = questionSet('coaching');
  const [first] = set.groups.flatMap(g => g.questions);
  const note = (date: string, body: string) => ({ fileName: `${date}.md`, date, text: `---\nperson: amara-okafor\ndate: ${date}\n---\n${body}` });
  const latest = note('2026-03-10', `# 1:1\n\n## Questions\n\n- ${first?.text}\n  - The release.\n\n## Notes\nShe found the cause herself.\nWe agreed on a spike.\n\n## Action items\n- [ ] Amara: spike the fix\n- [x] Me: intro to Kenji\n`);
  const older = note('2026-03-03', '# 1:1\n\n## Notes\nQuiet week.\n');

  it('counts a question as asked only when it has an answer or is used outside the list', () => {
    const qs = set.groups.flatMap(g => g.questions);
    assert.ok(askedQuestions(latest.text, qs).has(first?.id ?? ''));
    const unanswered = renderNote({ personId: 'p', name: 'P', relationship: 'direct-report', mode: 'coaching', date: '2026-03-02' });
    assert.strictEqual(askedQuestions(unanswered, qs).size, 0);
    assert.ok(askedQuestions(`## Notes\nI asked: ${first?.text}\n`, qs).has(first?.id ?? ''));
  });

  it('summarizes the Notes section', () => {
    assert.deepStrictEqual(summarize(latest.text), ['She found the cause herself.', 'We agreed on a spike.']);
    assert.deepStrictEqual(summarize('---\na: b\n---\n# T\n\nFirst para\nline two\n\nsecond'), ['First para', 'line two']);
  });

  it('shows days since, open items, the last summary, asking and telling, and fresh questions', () => {
    const text = buildPrep({ person, cadenceDays: 7, today: '2026-03-20', notes: [latest, older], noteCount: 2, link: (f, l) => `file:///n/${f}${l ? `#L${l}` : ''}` });
    assert.match(text, /# Prepare: 1:1 with Amara Okafor/);
    assert.match(text, /\*\*10 days ago\*\*/);
    assert.match(text, /Overdue by 3 days/);
    assert.match(text, /## Open items \(1\)\n\n- Amara: spike the fix — _\[2026-03-10, line \d+\]\(file:\/\/\/n\/2026-03-10\.md#L\d+\)_/);
    assert.doesNotMatch(text, /intro to Kenji/);
    assert.match(text, /> She found the cause herself\./);
    assert.match(text, /\| Meeting \| Questions asked \| Telling found \|/);
    assert.match(text, /\[2026-03-10\]\(file:\/\/\/n\/2026-03-10\.md\) \| \d+ \| \d+ \|/);
    assert.ok(!text.includes(`- ${first?.text}\n`) || set.groups.flatMap(g => g.questions).length === 0, 'an asked question is not offered again');
  });

  it('works for someone with no notes', () => {
    const text = buildPrep({ person, cadenceDays: 7, today: '2026-03-20', notes: [], noteCount: 0, link: f => f });
    assert.match(text, /No 1:1 in these notes yet/);
    assert.doesNotMatch(text, /\]\(/, 'no links without a link maker');
    assert.match(text, /Questions not asked lately/);
  });
});
