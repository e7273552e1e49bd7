// Which findings are published when a note has more than VS Code keeps per file, and the size rule.
import * as assert from 'assert';
import { MAX_MARKERS_PER_FILE, nearest } from '../../src/core/lint/nearest';
import { DEFAULT_SETTINGS, megabytes, overSizeLimit, utf8Length } from '../../src/core/settings';

/** A finding every 100 characters. */
const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 100, end: i * 100 + 10, id: i }));

describe('lint: the findings shown when there are more than VS Code keeps', () => {
  it('keeps all of them when they fit', () => {
    const all = spans(MAX_MARKERS_PER_FILE);
    assert.strictEqual(nearest(all, [{ start: 0, end: 0 }]), all);
  });

  it('shows the visible lines and the cursor first, then outward, in document order', () => {
    const all = spans(30_000);
    // Visible: findings 20,000 to 20,039; cursor far away, at finding 5,000.
    const shown = nearest(all, [{ start: 2_000_000, end: 2_004_000 }, { start: 500_005, end: 500_005 }]);
    assert.strictEqual(shown.length, MAX_MARKERS_PER_FILE);
    const ids = shown.map(s => s.id);
    for (let i = 20_000; i < 20_040; i++) assert.ok(ids.includes(i), `visible finding ${i}`);
    assert.ok(ids.includes(5_000), 'the finding at the cursor');
    assert.ok(!ids.includes(0) && !ids.includes(29_999), 'far ones give way');
    assert.deepStrictEqual(ids, [...ids].sort((a, b) => a - b), 'in document order');
    // Outward from each focus: a contiguous run around each.
    const around = ids.filter(i => i > 10_000);
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
