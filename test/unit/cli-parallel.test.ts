// How the CLI cuts many files into runs for its threads: in order, about as long each, cut where the
// folder changes when such a place is near, so the runs' results joined are in the files' order; and
// how the threads take the runs from one shared counter.
import * as assert from 'assert';
import * as path from 'path';
import { contiguousShares, takeRuns } from '../../src/cli/parallel';

const notes = (folder: string, n: number) => Array.from({ length: n }, (_, k) => path.join('/notes', folder, `2026-01-${String(k + 1).padStart(2, '0')}.md`));

describe('CLI: files cut into runs per thread', () => {
  it('joined in order, the runs are the files', () => {
    for (const [sizes, n] of [[[50, 50, 50, 50], 2], [[3, 90, 7], 2], [[10], 3], [[1, 1, 1, 1, 1], 4], [[], 2], [[400, 1, 1], 4]] as [number[], number][]) {
      const files = sizes.flatMap((size, i) => notes(`p${i}`, size));
      const shares = contiguousShares(files, n);
      assert.strictEqual(shares.length, n);
      assert.deepStrictEqual(shares.flat(), files, `${sizes} in ${n}`);
    }
  });

  it('cuts where the folder changes, with runs about as long', () => {
    const files = [...notes('a', 50), ...notes('b', 50), ...notes('c', 50), ...notes('d', 50)];
    assert.deepStrictEqual(contiguousShares(files, 2).map(s => s.length), [100, 100]);
    // 40 + 45 + 15: the middle cut moves to the nearest folder change (after a), not into b.
    const uneven = [...notes('a', 40), ...notes('b', 45), ...notes('c', 15)];
    const shares = contiguousShares(uneven, 2);
    assert.deepStrictEqual(shares.map(s => s.length), [40, 60]);
    for (const s of shares) assert.ok(!shares.some(t => t !== s && t.some(f => s.some(g => path.dirname(g) === path.dirname(f)))), 'no folder in two runs');
  });

  it('a folder too large to keep whole, or far from a cut, is cut where the lengths say', () => {
    assert.deepStrictEqual(contiguousShares(notes('only', 31), 2).map(s => s.length), [16, 15]);
    // The folder change at 400 is too far from the third cut (302) to move it there.
    const files = [...notes('a', 400), ...notes('b', 1), ...notes('c', 1)];
    assert.deepStrictEqual(contiguousShares(files, 4).map(s => s.length), [101, 100, 101, 100]);
  });

  it('threads taking runs from one counter run each run once, and a slower one takes fewer', async () => {
    const runs = contiguousShares([...notes('a', 50), ...notes('b', 50), ...notes('c', 50), ...notes('d', 50)], 24);
    const next = new Int32Array(new SharedArrayBuffer(4));
    // Two takers on one event loop: the fast one yields once per run, the slow one waits a few turns.
    const turns = (n: number) => new Promise<void>(resolve => { const step = (k: number) => (k ? setImmediate(() => step(k - 1)) : resolve()); step(n); });
    const [fast, slow] = await Promise.all([
      takeRuns(runs, next, async files => { await turns(1); return files.length; }),
      takeRuns(runs, next, async files => { await turns(5); return files.length; }),
    ]);
    const taken = [...fast, ...slow].map(([i]) => i).sort((x, y) => x - y);
    assert.deepStrictEqual(taken, runs.map((_, i) => i), 'every run once');
    assert.ok(slow.length < fast.length, `the slower taker did fewer runs (${slow.length} against ${fast.length})`);
    assert.deepStrictEqual([...fast, ...slow].sort((x, y) => x[0] - y[0]).map(([, n]) => n), runs.map(r => r.length), 'each result with its run');
  });
});
