import * as assert from 'assert';
import { openItems } from '../../src/core/carryover';
import { addDays, humanDate } from '../../src/core/dates';
import { buildReview, monthsBefore, type ReviewNote } from '../../src/core/items/review';
import { themesOf } from '../../src/core/items/themes';
import { renderNote } from '../../src/core/templates';

const BODIES = [
  '## Search migration\n\nThe load test environment is undersized. Index rebuild at 70%.\n\n## Notes\n\nAiko worried about the cutover.\n\n## Action items\n\n- [ ] Aiko: send the load test results by Friday\n- [ ] Me: ask infra about capacity\n',
  '## Search migration (cont.)\n\nSecond load test run was cleaner.\n\n<!-- private -->\nCompensation band question again.\n<!-- /private -->\n\n## Action items\n\n- [ ] Me: confirm backfill options with HR\n',
  '## Parental leave\n\nHandover plan with Tom as primary contact.\n\n## Summary\n\nWe agreed the handover plan and the load test sign-off.\n\n<!-- private -->\nCompensation band question again.\n<!-- /private -->\n',
  '## Search Migration 2\n\nCutover done; the load test numbers held.\n\n## Private\n\nCompensation band question again.\n',
  '## Notes\n\nQuiet meeting about conference talks.\n',
];

/** Five meetings two weeks apart from 5 Jan 2026, each made by Start 1:1 from the one before, then written in. */
function series(): ReviewNote[] {
  const notes: ReviewNote[] = [];
  let previous: { fileName: string; items: ReturnType<typeof openItems> } | undefined;
  BODIES.forEach((body, i) => {
    const date = addDays('2026-01-05', i * 14 + (i === 4 ? 30 : 0));
    const template = renderNote({ personId: 'aiko-tanaka', name: 'Aiko Tanaka', relationship: 'direct-report', mode: 'coaching', date, ...(previous ? { previous } : {}) });
    // Keep the template up to the questions (front matter, title, stance, carried over, agenda, all questions) and add the body.
    const text = `${template.slice(0, template.indexOf('## Problem to work on'))}${body}`;
    if (i === 3) notes.push({ fileName: `${date}.md`, text: text.replace(/- \[ \] Aiko: send the load test results[^\n]*/, m => m.replace('- [ ]', '- [x]')) });
    else notes.push({ fileName: `${date}.md`, text });
    previous = { fileName: `${date}.md`, items: openItems(notes[notes.length - 1]!.text ?? '') };
  });
  return notes;
}

describe('items: themes', () => {
  it('finds recurring headings (normalized) and phrases in 3+ meetings, not template text or carried items', () => {
    const notes = series().map(n => ({ fileName: n.fileName, text: n.text ?? '' }));
    const themes = themesOf(notes, { ignoreWords: ['Aiko Tanaka', 'Chris'] });
    const labels = themes.map(t => `${t.kind}:${t.label}`);
    assert.ok(labels.includes('heading:Search migration'), labels.join(' | '));
    const heading = themes.find(t => t.label === 'Search migration')!;
    assert.deepStrictEqual(heading.notes, [notes[0]!.fileName, notes[1]!.fileName, notes[3]!.fileName]);
    assert.ok(labels.includes('phrase:load test'), labels.join(' | '));
    assert.strictEqual(themes.find(t => t.label === 'load test')!.notes.length, 4);
    // Private text recurs three times and is a theme only when it is read.
    assert.ok(labels.includes('phrase:compensation band question'), 'read here: the caller strips private parts');
    for (const label of labels) {
      assert.ok(!/what has your attention|what went better|their agenda|carried over|questions|opening/i.test(label), `template text is not a theme: ${label}`);
      assert.ok(!/aiko/i.test(label), `names are not themes: ${label}`);
    }
    assert.ok(!labels.some(l => /backfill|capacity/.test(l)), 'carried items repeat without being themes');
  });

  it('needs three meetings for a phrase and two for a heading', () => {
    const two = [{ fileName: 'a.md', text: '## Budget planning\n\nvendor contract renewal\n' }, { fileName: 'b.md', text: '## Budget planning\n\nvendor contract renewal\n' }];
    const themes = themesOf(two);
    assert.deepStrictEqual(themes.map(t => t.label), ['Budget planning']);
    assert.deepStrictEqual(themesOf([...two, { fileName: 'c.md', text: 'The vendor contract renewal again.' }]).map(t => t.label), ['vendor contract renewal', 'Budget planning']);
  });
});

describe('items: review prep', () => {
  const notes = series();
  const today = '2026-04-30';

  it('builds a read-only document: meetings against cadence, themes, items, each meeting, links back', () => {
    const review = buildReview({ person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, notes, today, cadenceDays: 14, managerNames: ['Chris'] });
    const md = review.markdown;
    assert.strictEqual(review.from, '2025-10-30');
    assert.strictEqual(review.to, today);
    const headings = md.split('\n').filter(l => l.startsWith('#'));
    assert.deepStrictEqual(headings.filter(h => /^#{1,2} /.test(h)), ['# Review prep: Aiko Tanaka', '## Meetings', '## Themes that come back', '## Items', '## Meeting by meeting']);
    assert.deepStrictEqual(headings.filter(h => h.startsWith('### ')).slice(0, 2), ['### Done (1)', '### Still open (2)']);
    assert.deepStrictEqual(headings.filter(h => h.startsWith('### [')), notes.map(n => `### [${humanDate(n.fileName.slice(0, 10))}](${n.fileName})`));
    assert.match(md, /^_30 Oct 2025 – 30 Apr 2026 · prepared 30 Apr 2026 · private parts left out \(2 private blocks, 1 private section\)\._$/m);
    assert.match(md, /- \*\*5 meetings\*\* in 183 days; meeting every 14 days would be about 13\./);
    assert.match(md, /- 3 of 4 gaps between meetings within the cadence \(up to 21 days\)\./);
    assert.match(md, /- Longest gap: \*\*44 days\*\*, from \[16 Feb 2026\]\(2026-02-16\.md\) to \[1 Apr 2026\]\(2026-04-01\.md\)\./);
    assert.match(md, /- No meeting in the first 67 days of the period\./);
    assert.match(md, /- \*\*Search migration\*\* — a heading in 3 meetings: \[5 Jan 2026\]\(2026-01-05\.md\), \[19 Jan 2026\]\(2026-01-19\.md\), \[16 Feb 2026\]\(2026-02-16\.md\)/);
    assert.match(md, /- “load test” — in 4 meetings:/);
    assert.match(md, /- ☑ Aiko: send the load test results by Friday — them · written 5 Jan 2026 · done \[16 Feb 2026\]\(2026-02-16\.md\)/);
    assert.match(md, /- ☐ Me: ask infra about capacity — me · 115 days old · in \[1 Apr 2026\]\(2026-04-01\.md\)/);
    // Summaries: the Summary section, else Notes.
    assert.match(md, /### \[Monday 2 Feb 2026\]\(2026-02-02\.md\)\n\n> We agreed the handover plan and the load test sign-off\./);
    assert.match(md, /### \[Wednesday 1 Apr 2026\]\(2026-04-01\.md\)\n\n> Quiet meeting about conference talks\./);
    assert.strictEqual(review.meetings.length, 5);
    assert.strictEqual(review.expected, 13);
    assert.deepStrictEqual(review.privateLeftOut, { blocks: 2, sections: 1, items: 0 });
  });

  it('leaves private parts out unless asked', () => {
    const shared = buildReview({ person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, notes, today, cadenceDays: 14 });
    assert.ok(!/compensation/i.test(shared.markdown));
    const all = buildReview({ person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, notes, today, cadenceDays: 14, includePrivate: true });
    assert.match(all.markdown, /compensation band question/i);
    assert.match(all.markdown, /private parts included/);
  });

  it('adds the asking and telling trend when given per-note figures', () => {
    let seen = 0;
    const review = buildReview({
      person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, notes, today, cadenceDays: 14,
      stats: note => {
        seen++;
        assert.ok(!/Compensation/.test(note.text), 'the figures are of the shareable text');
        return { asked: note.date < '2026-02-01' ? 2 : 6, told: note.date < '2026-02-01' ? 4 : 1 };
      },
    });
    assert.strictEqual(seen, 5);
    assert.match(review.markdown, /## Asking and telling\n\n\| Meeting \| Questions asked \| Telling found \|\n\| --- \| ---: \| ---: \|\n\| \[5 Jan 2026\]\(2026-01-05\.md\) \| 2 \| 4 \|/);
    assert.match(review.markdown, /\| \*\*Total\*\* \| \*\*22\*\* \| \*\*11\*\* \|/);
    assert.match(review.markdown, /Per meeting, the first 2 meetings against the last 2: asked 2\.0 → 6\.0, told 4\.0 → 1\.0\./);
  });

  it('takes a date range, an empty period, unreadable notes and private items without throwing', () => {
    const range = buildReview({ person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, notes, today, cadenceDays: 14, from: '2026-01-10', to: '2026-02-10' });
    assert.deepStrictEqual(range.meetings.map(m => m.fileName), ['2026-01-19.md', '2026-02-02.md']);
    const empty = buildReview({ person: { id: 'x', name: 'X' }, notes: [], today, cadenceDays: 7 });
    assert.match(empty.markdown, /\*\*0 meetings\*\*/);
    assert.match(empty.markdown, /_No meetings in this period._/);
    const broken = buildReview({ person: { id: 'x', name: 'X' }, notes: [{ fileName: '2026-04-01.md', text: undefined }, { fileName: '2026-04-02.md', text: '- [ ] a\n<!-- private -->\n- [ ] secret task\n<!-- /private -->\n' }], today, cadenceDays: 7 });
    assert.match(broken.markdown, /1 note could not be read/);
    assert.match(broken.markdown, /_This note could not be read._/);
    assert.ok(!broken.markdown.includes('secret task'));
    assert.strictEqual(broken.privateLeftOut.items, 1);
    assert.ok(buildReview({ person: { id: 'x', name: 'X' }, notes: [{ fileName: '2026-04-02.md', text: '- [ ] a\n<!-- private -->\n- [ ] secret task\n' }], today, cadenceDays: 7, includePrivate: true }).markdown.includes('secret task'));
  });

  it('counts six months back by the calendar', () => {
    assert.strictEqual(monthsBefore('2026-08-31', 6), '2026-02-28');
    assert.strictEqual(monthsBefore('2026-03-15', 6), '2025-09-15');
    assert.strictEqual(monthsBefore('2024-08-31', 6), '2024-02-29');
  });
});
