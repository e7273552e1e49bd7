// What phase 2 added to the items core: the template taking the capped carry-over lines, the store
// taking parses from a cache, saved reviews (no items of their own, a free file name), the records the
// CLI prints, the carry-over limit setting, and the review's HTML (every character of a note escaped).
import * as assert from 'assert';
import fc from 'fast-check';
import { buildItems, carryOver, itemRecord, parseItemNote, reviewFileName, reviewNoteText, buildReview, ItemStore, REVIEW_NOTE_TYPE, type ItemNote } from '../../src/core/items';
import { escapeHtml, inlineHtml, reviewHtml } from '../../src/core/items/review-html';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';
import { renderNote } from '../../src/core/templates';

const note = (fileName: string, text: string): ItemNote => ({ fileName, text });

describe('items: follow-through in the editor and the CLI', () => {
  describe('the template takes the capped carry-over', () => {
    const items = buildItems([
      note('2026-03-02.md', `# A\n\n${Array.from({ length: 40 }, (_, i) => `- [ ] Me: item ${i + 1}`).join('\n')}\n`),
    ]);

    it('writes the lines carryOver made, with the line about the rest', () => {
      const carried = carryOver(items, { limit: 3 });
      const text = renderNote({ personId: 'p', name: 'P', relationship: 'peer', mode: 'mentoring', date: '2026-03-16', carried: { lines: carried.lines, earlierNotes: true } });
      const section = text.slice(text.indexOf('## Carried over'), text.indexOf('## Their agenda'));
      assert.strictEqual(section, '## Carried over\n\n- [ ] Me: item 1 — [2026-03-02, line 3](2026-03-02.md#L3)\n- [ ] Me: item 2 — [2026-03-02, line 4](2026-03-02.md#L4)\n- [ ] Me: item 3 — [2026-03-02, line 5](2026-03-02.md#L5)\n\n_37 more open items stay in older notes: see **Open items** in the Learning Leader sidebar._\n\n');
    });

    it('says when nothing is open, or when there is no earlier note', () => {
      const none = renderNote({ personId: 'p', name: 'P', relationship: 'peer', mode: 'mentoring', date: '2026-03-16', carried: { lines: [], earlierNotes: true } });
      assert.match(none, /## Carried over\n\n_Nothing left open in earlier notes\._\n/);
      const first = renderNote({ personId: 'p', name: 'P', relationship: 'peer', mode: 'mentoring', date: '2026-03-16', carried: { lines: [], earlierNotes: false } });
      assert.match(first, /_First 1:1 in these notes: nothing to carry over\._/);
    });

    it('reads learningLeader.carryOver.limit: 30 by default, a whole number from 0 to 1000', () => {
      assert.strictEqual(DEFAULT_SETTINGS['carryOver.limit'], 30);
      assert.strictEqual(parseSettings(k => (k === 'carryOver.limit' ? 0 : undefined)).settings['carryOver.limit'], 0);
      const bad = parseSettings(k => (k === 'carryOver.limit' ? 2.5 : undefined));
      assert.strictEqual(bad.settings['carryOver.limit'], 30);
      assert.match(bad.problems[0]?.message ?? '', /learningLeader\.carryOver\.limit should be a whole number from 0 to 1000, not 2\.5\. The default, 30, is used\./);
    });
  });

  describe('the store takes parses made elsewhere', () => {
    it('joins a cached parse as it joins its own, and re-joins after a replacement', () => {
      const a = note('2026-03-02.md', '- [ ] Me: one\n- [ ] Me: two\n');
      const b = note('2026-03-09.md', '- [x] Me: one — [2026-03-02, line 1](2026-03-02.md#L1)\n');
      const store = new ItemStore();
      // As a host restores them: plain data, through JSON.
      for (const n of [a, b]) store.setParsed('p', JSON.parse(JSON.stringify(parseItemNote(n))));
      assert.deepStrictEqual(store.items('p').map(i => [i.text, i.status]), [['Me: one', 'done'], ['Me: two', 'open']]);
      assert.deepStrictEqual(store.fileNames('p').sort(), ['2026-03-02.md', '2026-03-09.md']);
      assert.strictEqual(store.parsed('p', '2026-03-09.md')?.tasks.length, 1);
      const linked = store.work.linked;
      store.setParsed('p', parseItemNote(note('2026-03-09.md', '')));
      assert.deepStrictEqual(store.items('p').map(i => i.status), ['open', 'open']);
      assert.strictEqual(store.work.linked, linked + 1);
    });
  });

  describe('saved reviews', () => {
    const notes = [
      note('2026-03-02.md', '# 1:1\n\n## Notes\nWe talked.\n\n## Action items\n- [ ] Aiko: send the numbers\n- [ ] Me: book the room\n'),
      note('2026-03-16.md', '# 1:1\n\n## Carried over\n- [x] Aiko: send the numbers — [2026-03-02, line 7](2026-03-02.md#L7)\n- [ ] Me: book the room — [2026-03-02, line 8](2026-03-02.md#L8)\n'),
    ];
    const review = buildReview({ person: { id: 'aiko', name: 'Aiko' }, notes, today: '2026-03-20', cadenceDays: 14 });

    it('list items without task syntax, and a note of only carried items has no summary of its own', () => {
      assert.match(review.markdown, /- ☑ Aiko: send the numbers — them · written 2 Mar 2026 · done \[16 Mar 2026\]\(2026-03-16\.md\)/);
      assert.match(review.markdown, /- ☐ Me: book the room — me · 18 days old · in \[16 Mar 2026\]\(2026-03-16\.md\)/);
      assert.ok(!/- \[[ x]\]/.test(review.markdown), 'no task boxes');
      assert.match(review.markdown, /### \[Monday 16 Mar 2026\]\(2026-03-16\.md\)\n\n_Nothing written in this note yet\._/);
    });

    it('are marked as reviews, so their lines are no items and the view does not count them twice', () => {
      const text = reviewNoteText(review, { personId: 'aiko', today: '2026-03-20', includePrivate: false });
      assert.deepStrictEqual(parseFrontMatter(text).data, { person: 'aiko', type: REVIEW_NOTE_TYPE, from: '2025-09-20', to: '2026-03-20', prepared: '2026-03-20', private: 'left out' });
      assert.ok(text.endsWith(review.markdown));
      // Even when a quoted summary holds task lines.
      const withTasks = `${text}\n- [ ] Me: a task quoted from a note\n`;
      assert.deepStrictEqual(parseItemNote(note('review-2026-03-20.md', withTasks)).tasks, []);
      const all = buildItems([...notes, note('review-2026-03-20.md', withTasks)]);
      assert.strictEqual(all.length, 2);
    });

    it('take a name no file has', () => {
      assert.strictEqual(reviewFileName('2026-03-20', ['2026-03-16.md']), 'review-2026-03-20.md');
      assert.strictEqual(reviewFileName('2026-03-20', ['Review-2026-03-20.md', 'review-2026-03-20-2.md']), 'review-2026-03-20-3.md');
    });
  });

  describe('owners of sub-tasks', () => {
    it('a sub-task with no owner written is its parent\'s; one that names someone keeps its own', () => {
      const items = buildItems([note('2026-03-02.md', '- [ ] Amara: decide about the guild\n  - [ ] Talk to Kenji about it\n    - [ ] read the charter\n  - [ ] Me: ask the guild lead\n- [ ] chase legal\n  - [ ] find the contract\n')], { person: { id: 'amara-okafor', name: 'Amara Okafor' } });
      assert.deepStrictEqual(items.map(i => [i.text, i.owner.kind, i.owner.name ?? null, i.owner.explicit]), [
        ['Amara: decide about the guild', 'them', 'Amara', true],
        ['Talk to Kenji about it', 'them', 'Amara', true],
        ['read the charter', 'them', 'Amara', true],
        ['Me: ask the guild lead', 'me', 'Me', true],
        ['chase legal', 'me', null, false],
        ['find the contract', 'me', null, false],
      ]);
    });
  });

  describe('records for the CLI', () => {
    it('have the documented shape, the text without the carry-over link, places as the caller names them', () => {
      const items = buildItems([
        note('2026-03-02.md', '- [ ] Aiko: send the numbers by Friday\n<!-- private -->\n- [ ] Me: think about her band\n<!-- /private -->\n'),
        note('2026-03-09.md', '- [ ] Aiko: send the numbers by Friday — [2026-03-02, line 1](2026-03-02.md#L1)\n'),
        note('notes.md', '- [x] Tom: fix the build\n'),
      ], { person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' } });
      const records = items.map(i => itemRecord('aiko-tanaka', i, p => `one-on-ones/aiko-tanaka/${p.file}`));
      assert.deepStrictEqual(records[0], {
        person: 'aiko-tanaka', text: 'Aiko: send the numbers by Friday', owner: 'them', ownerName: 'Aiko', status: 'open',
        firstSeen: { file: 'one-on-ones/aiko-tanaka/2026-03-02.md', line: 1, date: '2026-03-02' },
        lastSeen: { file: 'one-on-ones/aiko-tanaka/2026-03-09.md', line: 1, date: '2026-03-09' },
        due: '2026-03-06', private: false,
      });
      assert.deepStrictEqual([records[1]?.owner, records[1]?.ownerName, records[1]?.private], ['me', 'Me', true]);
      assert.deepStrictEqual([records[2]?.status, records[2]?.owner, records[2]?.firstSeen.date, records[2]?.due], ['done', 'other', null, null]);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(records)), records, 'plain JSON');
    });
  });

  describe('the review as HTML', () => {
    it('renders what the review writes: headings, lists, quotes, the table, emphasis, code and links', () => {
      const html = reviewHtml('# Review prep: Aiko\n\n_1 Jan – 2 Feb · prepared 2 Feb._\n\n## Meetings\n\n- **3 meetings** in 33 days\n- Longest gap: [5 Jan](2026-01-05.md)\n  - nested `code`\n\n> Aiko *worried* about it.\n> Second line.\n\n| Meeting | Questions asked |\n| --- | ---: |\n| [5 Jan](2026-01-05.md) | 3 |\n\nA paragraph\nacross lines.\n');
      assert.strictEqual(html, [
        '<h1>Review prep: Aiko</h1>',
        '<p><em>1 Jan – 2 Feb · prepared 2 Feb.</em></p>',
        '<h2>Meetings</h2>',
        '<ul><li>',
        '<strong>3 meetings</strong> in 33 days',
        '</li><li>',
        'Longest gap: <a href="#" data-href="2026-01-05.md">5 Jan</a>',
        '<ul><li>',
        'nested <code>code</code>',
        '</li></ul>',
        '</li></ul>',
        '<blockquote><p>Aiko <em>worried</em> about it.</p><p>Second line.</p></blockquote>',
        '<table><thead><tr><th>Meeting</th><th class="num">Questions asked</th></tr></thead><tbody><tr><td><a href="#" data-href="2026-01-05.md">5 Jan</a></td><td class="num">3</td></tr></tbody></table>',
        '<p>A paragraph across lines.</p>',
      ].join('\n'));
    });

    it('shows task boxes in quoted lists as boxes, drops comments, keeps backslash escapes literal', () => {
      assert.strictEqual(reviewHtml('- [ ] open\n- [x] done\n<!-- hidden -->\n'), '<ul><li>\n☐ open\n</li><li>\n☑ done\n</li></ul>');
      assert.strictEqual(inlineHtml('\\*not em\\* and \\[not](a link)'), '*not em* and [not](a link)');
      assert.strictEqual(inlineHtml('[x](a"b&c.md)'), '<a href="#" data-href="a&quot;b&amp;c.md">x</a>');
    });

    it('escapes every character a note could use to inject markup (property test)', () => {
      const hostile = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '`', '*', '_', '[', ']', '(', ')', '\\', '#', '|', '-', '>', ' ', '\n', 'a', 's', 'c', 'r', 'i', 'p', 't', '=', '/', ':', '\ue000', '0') });
      fc.assert(fc.property(hostile, text => {
        const html = reviewHtml(text);
        // No tag but the renderer's own, no attribute but href="#" and data-href.
        const tags = html.match(/<\/?([a-z0-9]+)[^>]*>/g) ?? [];
        for (const tag of tags) assert.match(tag, /^<\/?(h[1-6]|p|ul|li|blockquote|table|thead|tbody|tr|th|td|strong|em|code|a)( class="num"| href="#" data-href="[^"<>]*")?>$/, `${tag} in ${JSON.stringify(html)}`);
        // Outside tags, no raw < > or " is left.
        assert.ok(!/[<>]/.test(html.replace(/<\/?[a-z0-9]+[^<>]*>/g, '')), html);
      }), { numRuns: 2000 });
      assert.strictEqual(escapeHtml('<img src=x onerror="a">&\''), '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
    });
  });
});
