// `npm start` and `npm test` on a fresh clone install the dependencies as their first step: the scripts
// they load before that step may import only Node's own modules (a new user's first `npm start` failed
// with "Cannot find package 'esbuild'" when a helper imported it at load time).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

/** The static imports of a script and of every local script it imports, transitively. */
function staticImports(entry: string, seen = new Set<string>()): Map<string, string> {
  const found = new Map<string, string>();
  if (seen.has(entry)) return found;
  seen.add(entry);
  const text = fs.readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1];
    if (spec.startsWith('.')) {
      for (const [k, v] of staticImports(path.resolve(path.dirname(entry), spec), seen)) found.set(k, v);
    } else {
      found.set(spec, path.relative(ROOT, entry));
    }
  }
  return found;
}

describe('scripts that run before the dependencies are installed', () => {
  for (const script of ['scripts/host/sandbox.mjs', 'scripts/test-all.mjs']) {
    it(`${script} loads only Node's own modules until it has installed the rest`, () => {
      const outside = [...staticImports(path.join(ROOT, script))].filter(([spec]) => !spec.startsWith('node:'));
      assert.deepStrictEqual(outside.map(([spec, file]) => `${spec} (imported by ${file})`), []);
    });
  }
});
