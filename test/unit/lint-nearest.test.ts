// Which findings are published when a note has more than VS Code keeps per file, and the size rule.
import * as assert from 'assert';
import { MAX_MARKERS_PER_FILE, MAX_SQUIGGLES_PER_FILE, nearest } from '../../src/core/lint/nearest';
import { DEFAULT_SETTINGS, megabytes, overSizeLimit, utf8Length } from '../../src/core/settings';

/** A finding every 100 characters. */
const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 100, end: i * 100 + 10, id: i }));

describe('lint: the findings shown when there are more than VS Code keeps', () => {
  it('keeps all of them, in document order, when the editor squiggles them all', () => {
    const all = spans(MAX_SQUIGGLES_PER_FILE);
    assert.strictEqual(nearest(all, [{ start: 30_000, end: 30_000 }]), all);
  });

  it('over 500 (the squiggles the editor draws), all of them, nearest to the view first', () => {
    const all = spans(800);
    const shown = nearest(all, [{ start: 70_000, end: 70_500 }]);
    assert.strictEqual(shown.length, 800);
    assert.deepStrictEqual(shown.slice(0, 6).map(s => s.id), [700, 701, 702, 703, 704, 705]);
    assert.ok(shown.slice(0, MAX_SQUIGGLES_PER_FILE).some(s => s.id === 799), 'the end of the note is squiggled when you are there');
    assert.ok(!shown.slice(0, MAX_SQUIGGLES_PER_FILE).some(s => s.id === 0), 'the start is not');
  });

  it('over 1,000 (what VS Code keeps), the nearest 1,000: the visible lines and the cursor first, then outward', () => {
    const all = spans(30_000);
    // Visible: findings 20,000 to 20,039; cursor far away, at finding 5,000.
    const shown = nearest(all, [{ start: 2_000_000, end: 2_004_000 }, { start: 500_005, end: 500_005 }]);
    assert.strictEqual(shown.length, MAX_MARKERS_PER_FILE);
    const ids = shown.map(s => s.id);
    const first = new Set(ids.slice(0, 41));
    for (let i = 20_000; i < 20_040; i++) assert.ok(first.has(i), `visible finding ${i} comes first`);
    assert.ok(first.has(5_000), 'so does the finding at the cursor');
    assert.ok(!ids.includes(0) && !ids.includes(29_999), 'far ones give way');
    // Outward from each focus: a contiguous run around each.
    const around = ids.filter(i => i > 10_000).sort((a, b) => a - b);
    assert.strictEqual(around[around.length - 1]! - around[0]! + 1, around.length, 'no gaps around the view');
  });

  it('without focus (a closed file), the first ones', () => {
    const shown = nearest(spans(5000), []);
    assert.deepStrictEqual(shown.map(s => s.id), Array.from({ length: MAX_MARKERS_PER_FILE }, (_, i) => i));
  });
});

describe('lint: the size rule (lint.maxFileSizeMB)', () => {
  it('counts UTF-8 bytes as the file takes them', () => {
    for (const text of ['', 'abc', 'Zoë', 'سارة', '🙂 ok', '\u{10FFFF}', 'a\uD800b']) {
      assert.strictEqual(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
    }
  });

  it('lets a note up to the limit through and says why a larger one is not checked', () => {
    const limit = DEFAULT_SETTINGS['lint.maxFileSizeMB'] * 1024 * 1024;
    assert.strictEqual(DEFAULT_SETTINGS['lint.maxFileSizeMB'], 10);
    assert.strictEqual(overSizeLimit(limit, DEFAULT_SETTINGS), undefined);
    assert.strictEqual(overSizeLimit(5.5 * 1024 * 1024, DEFAULT_SETTINGS), undefined, 'a 5 MB note is checked');
    assert.strictEqual(overSizeLimit(limit + 1, DEFAULT_SETTINGS), '10.0 MB, over the 10 MB of learningLeader.lint.maxFileSizeMB');
    assert.strictEqual(overSizeLimit(2 * 1024 * 1024, { ...DEFAULT_SETTINGS, 'lint.maxFileSizeMB': 1 }), '2.0 MB, over the 1 MB of learningLeader.lint.maxFileSizeMB');
    assert.strictEqual(megabytes(250 * 1024 * 1024), '250 MB');
  });
});
