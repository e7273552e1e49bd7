import * as assert from 'node:assert/strict';
import { didYouMean, editDistance } from '../../src/core/did-you-mean';
import { parseFrontMatter, readFrontMatter } from '../../src/core/frontmatter';
import { frontMatterProblems, noteFrontMatterProblems, type FrontMatterProblem } from '../../src/core/frontmatter-problems';
import { MODES, RELATIONSHIPS } from '../../src/core/modes';
import { NoteContexts } from '../../src/core/note-context';
import { readRoster } from '../../src/core/roster';
import { sampleFiles } from '../../src/core/sample-notes';
import { renderNote } from '../../src/core/templates';
import { InMemoryWorkspace } from './helpers/in-memory-workspace';

const ROSTER_TEXT = JSON.stringify({ people: [
  { id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching' },
  { id: 'jonas-becker', name: 'Jonas Becker', relationship: 'direct-report' },
  { id: 'kenji-watanabe', name: 'Kenji Watanabe', relationship: 'peer' },
] }, null, 2);
const ROSTER = readRoster(ROSTER_TEXT).roster;

/** The screenshot's note: every value but the person broken, and the block closed. */
const BROKEN = '---\nperson: amara-okafor\ndate: 2026-11-32\nmode: coachin\nrelationship: [direct\n---\n\n# 1:1 with Amara Okafor\n';

const brief = (ps: readonly FrontMatterProblem[]) => ps.map(p => `${p.line}:${p.start}-${p.end} ${p.code}${p.fix ? ` -> ${JSON.stringify(p.fix.text)}` : ''}`);

describe('front matter: the details of the one parse', () => {
  it('reads the same data as parseFrontMatter, with each value\'s line and columns', () => {
    const text = '\uFEFF---\r\nperson: ana\r\nmode: "co-learning" # by hand\r\ntags:\r\n  - a\r\n---\r\nbody\r\n';
    const details = readFrontMatter(text);
    assert.deepEqual(details.data, parseFrontMatter(text).data);
    assert.equal(details.bodyOffset, parseFrontMatter(text).bodyOffset);
    assert.deepEqual(details.entries.map(e => [e.key, e.value, e.raw, e.line, e.start, e.end, e.continued]), [
      ['person', 'ana', 'ana', 1, 8, 11, false],
      ['mode', 'co-learning', '"co-learning"', 2, 6, 19, false],
      ['tags', '', '', 3, 5, 5, true],
    ]);
    assert.deepEqual([details.unclosed, details.lineCount, details.unreadable], [false, 6, []]);
  });

  it('says when the block is never closed (and then reads nothing, as before)', () => {
    const details = readFrontMatter('---\nperson: ana\nmode: coaching\n\n# 1:1\n');
    assert.equal(details.unclosed, true);
    assert.deepEqual(details.data, {});
    assert.deepEqual(parseFrontMatter('---\nperson: ana\n'), { data: {}, lineCount: 0, bodyOffset: 0 });
    assert.equal(readFrontMatter('# no front matter\n').unclosed, false);
  });

  it('names the lines YAML cannot read; comments, list items, indented lines and keys with spaces are fine', () => {
    const details = readFrontMatter('---\nperson: ana\njust words\n# a comment\n- item\n  indented\nmy key: x\nurl: http://x\n---\n');
    assert.deepEqual(details.unreadable, [2]);
  });
});

describe('front matter: did you mean', () => {
  it('finds a close value: misspelt, cut short, other case or spacing, in brackets, or a mode\'s label', () => {
    assert.equal(didYouMean('coachin', MODES), 'coaching');
    assert.equal(didYouMean('mentorng', MODES), 'mentoring');
    assert.equal(didYouMean('Coaching', MODES), 'coaching');
    assert.equal(didYouMean('colearning', MODES), 'co-learning');
    assert.equal(didYouMean('peer learning', MODES), 'peer-learning');
    assert.equal(didYouMean('Learning together', MODES, { 'Learning together': 'co-learning' }), 'co-learning');
    assert.equal(didYouMean('direct', RELATIONSHIPS), 'direct-report');
    assert.equal(didYouMean('[direct', RELATIONSHIPS), 'direct-report');
    assert.equal(didYouMean('direct_report', RELATIONSHIPS), 'direct-report');
  });

  it('guesses nothing when nothing is close, or two are equally close', () => {
    assert.equal(didYouMean('bossing', MODES), undefined);
    assert.equal(didYouMean('learning', MODES), undefined);
    assert.equal(didYouMean('', MODES), undefined);
    assert.equal(didYouMean('ab', ['ac', 'ad']), undefined);
  });

  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('coahcing', 'coaching'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe('front matter problems', () => {
  it('the screenshot\'s note: each bad line told where and why, with the value meant', () => {
    const problems = frontMatterProblems(BROKEN, { fileName: 'one-on-ones/amara-okafor/2026-11-25.md', personId: 'amara-okafor', roster: ROSTER, weighedAs: { mode: 'coaching', source: 'roster' } });
    assert.deepEqual(brief(problems), [
      '2:6-16 front-matter-date -> "2026-11-25"',
      '3:6-13 front-matter-mode -> "coaching"',
      '4:14-21 front-matter-yaml -> "direct-report"',
    ]);
    const [date, mode, relationship] = problems.map(p => p.message);
    assert.equal(date, '"2026-11-32" is not a calendar date. Write it as YYYY-MM-DD, like 2026-11-25. The note\'s date comes from its file name: 2026-11-25.');
    assert.equal(mode, '"coachin" is not a mode. Use "coaching", "co-learning", "mentoring" or "peer-learning". Did you mean "coaching"? Until then this note is weighed as Coaching, the person\'s mode in people.json.');
    assert.equal(relationship, '"[direct" opens a "[" that is never closed: YAML cannot read it. Use "direct-report" or "peer". Did you mean "direct-report"?');
  });

  it('a block never closed: one problem on the opening line, with the close after the last key line', () => {
    const text = '---\nperson: amara-okafor\nmode: coaching\n\n# 1:1\n\nNote: this is body text\n';
    const problems = frontMatterProblems(text, { weighedAs: { mode: 'coaching', source: 'default' } });
    assert.deepEqual(brief(problems), ['0:0-3 front-matter-unclosed -> "---\\n"']);
    assert.deepEqual(problems[0]?.fix, { kind: 'close', line: 3, start: 0, end: 0, text: '---\n' });
    assert.match(problems[0]?.message ?? '', /never closed .* none of it is read \(this note is weighed as Coaching, the learningLeader\.lint\.defaultMode setting\)/);
    // No key line under the fence: nothing obvious to close.
    assert.deepEqual(brief(frontMatterProblems('---\n\nSome text\n')), ['0:0-3 front-matter-unclosed']);
    // The key lines under it are still checked.
    assert.deepEqual(brief(frontMatterProblems('---\nmode: mentorin\n\ntext\n')), ['0:0-3 front-matter-unclosed -> "---\\n"', '1:6-14 front-matter-mode -> "mentoring"']);
  });

  it('a line YAML cannot read, a quote left open, a key given twice', () => {
    const text = '---\nmode: coaching\nwhat is this\ntitle: "Weekly\nmode: mentoring\n---\n';
    const problems = frontMatterProblems(text);
    assert.deepEqual(brief(problems), ['1:0-14 front-matter-duplicate', '2:0-12 front-matter-yaml', '3:7-14 front-matter-yaml']);
    assert.match(problems[0]?.message ?? '', /"mode" is given again on line 5/);
    assert.match(problems[2]?.message ?? '', /opens a quote \("\) that is never closed/);
  });

  it('relationship and mode: the accepted values, a guess only when close', () => {
    assert.deepEqual(brief(frontMatterProblems('---\nrelationship: manager\nmode: bossing\n---\n')), ['1:14-21 front-matter-relationship', '2:6-13 front-matter-mode']);
    assert.match(frontMatterProblems('---\nmode: bossing\n---\n')[0]?.message ?? '', /^"bossing" is not a mode\. Use "coaching", "co-learning", "mentoring" or "peer-learning"\.$/);
    assert.deepEqual(brief(frontMatterProblems('---\nmode: Learning together\n---\n')), ['1:6-23 front-matter-mode -> "co-learning"']);
  });

  it('person: checked against people.json when it reads; the folder decides whose note it is', () => {
    const facts = { personId: 'amara-okafor', roster: ROSTER };
    const unknown = frontMatterProblems('---\nperson: amara\n---\n', facts);
    assert.deepEqual(brief(unknown), ['1:8-13 front-matter-person -> "amara-okafor"']);
    assert.equal(unknown[0]?.message, '"amara" is not in people.json. This note counts for Amara Okafor ("amara-okafor"), whose folder it is in.');
    const other = frontMatterProblems('---\nperson: jonas-becker\n---\n', facts);
    assert.deepEqual(brief(other), ['1:8-20 front-matter-person -> "amara-okafor"']);
    assert.match(other[0]?.message ?? '', /is Jonas Becker \("jonas-becker"\), but this note is in the folder of Amara Okafor/);
    // Outside a person's folder: a guess from the roster's ids.
    assert.deepEqual(brief(frontMatterProblems('---\nperson: kenji-watanabee\n---\n', { roster: ROSTER })), ['1:8-23 front-matter-person -> "kenji-watanabe"']);
    // Other case is the same person; without a roster nothing is checked.
    assert.deepEqual(frontMatterProblems('---\nperson: Amara-Okafor\n---\n', facts), []);
    assert.deepEqual(frontMatterProblems('---\nperson: nobody\n---\n', { personId: 'amara-okafor' }), []);
  });

  it('person: a name as Obsidian links it ("[[Amara Okafor]]", "[[Amara Okafor|Amara]]") or as written is that person, not a problem', () => {
    const facts = { personId: 'amara-okafor', roster: ROSTER };
    for (const value of ['"[[Amara Okafor]]"', '[[Amara Okafor]]', '"[[Amara Okafor|Amara]]"', 'Amara Okafor', 'amara okafor', '"[[amara-okafor]]"']) {
      assert.deepEqual(frontMatterProblems(`---\nperson: ${value}\n---\n`, facts), [], value);
    }
    assert.match(frontMatterProblems('---\nperson: "[[Jonas Becker]]"\n---\n', facts)[0]?.message ?? '', /is Jonas Becker \("jonas-becker"\), but this note is in the folder of Amara Okafor/);
    assert.deepEqual(brief(frontMatterProblems('---\nperson: "[[Someone Else]]"\n---\n', facts)).length, 1);
  });

  it('a sound note has none: the template, every sample note, no front matter, empty values', () => {
    const note = renderNote({ personId: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'co-learning', date: '2026-11-25' });
    assert.deepEqual(frontMatterProblems(note, { personId: 'amara-okafor', roster: ROSTER, fileName: '2026-11-25.md' }), []);
    const files = sampleFiles('2026-11-20');
    const sample = readRoster(files.find(f => f.path === 'people.json')?.content ?? '').roster;
    for (const f of files.filter(x => x.path.endsWith('.md'))) {
      assert.deepEqual(frontMatterProblems(f.content, { personId: f.path.split('/')[0] as string, roster: sample, fileName: f.path }), [], f.path);
    }
    assert.deepEqual(frontMatterProblems('# 1:1\n\nmode: bossing\n'), []);
    assert.deepEqual(frontMatterProblems('---\nmode:\nperson: ""\ndate:\n---\n', { roster: ROSTER }), []);
  });

  it('through the note context: its person, its mode, and people.json only when it reads cleanly', async () => {
    const ws = new InMemoryWorkspace({ 'one-on-ones/people.json': ROSTER_TEXT });
    const contexts = new NoteContexts(ws, ws);
    const problems = await noteFrontMatterProblems(contexts, ws.at('one-on-ones/amara-okafor/2026-11-25.md'), BROKEN.replace('person: amara-okafor', 'person: amara'));
    assert.deepEqual(problems.map(p => p.code), ['front-matter-person', 'front-matter-date', 'front-matter-mode', 'front-matter-yaml']);
    assert.match(problems[2]?.message ?? '', /weighed as Coaching, the person's mode in people\.json/);
    const broken = new InMemoryWorkspace({ 'one-on-ones/people.json': '{ "people": [' });
    const fromBroken = await noteFrontMatterProblems(new NoteContexts(broken, broken), broken.at('one-on-ones/amara-okafor/2026-11-25.md'), '---\nperson: amara\n---\n');
    assert.deepEqual(fromBroken, []);
    assert.deepEqual(await noteFrontMatterProblems(contexts, ws.at('one-on-ones/amara-okafor/x.md'), '# no front matter\n'), []);
  });
});
