import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openItems } from '../../src/core/carryover';
import { parseFrontMatter } from '../../src/core/frontmatter';
import { parseRoster } from '../../src/core/roster';
import { SAMPLE_ANCHOR, sampleFiles } from '../../src/core/sample-notes';

const SAMPLE_DIR = path.join(__dirname, '..', '..', '..', 'sample', 'one-on-ones');

describe('people: sample', () => {
  const files = sampleFiles(SAMPLE_ANCHOR);

  it('sample/one-on-ones matches what Create Sample Notes writes (UPDATE_SAMPLE=1 rewrites it)', () => {
    if (process.env.UPDATE_SAMPLE) {
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(SAMPLE_DIR, f.path)), { recursive: true });
        fs.writeFileSync(path.join(SAMPLE_DIR, f.path), f.content);
      }
    }
    for (const f of files) assert.strictEqual(fs.readFileSync(path.join(SAMPLE_DIR, f.path), 'utf8'), f.content, f.path);
  });

  it('has a valid roster: 3 direct reports, 2 peers, 1 archived', () => {
    const roster = parseRoster(files[0]?.content ?? '');
    assert.deepStrictEqual(roster.problems, []);
    const active = roster.people.filter(p => !p.archived);
    assert.strictEqual(active.filter(p => p.relationship === 'direct-report').length, 3);
    assert.strictEqual(active.filter(p => p.relationship === 'peer').length, 2);
    assert.strictEqual(roster.people.filter(p => p.archived).length, 1);
  });

  it('has notes with front matter whose carry-over links point at the right lines', () => {
    const byPath = new Map(files.map(f => [f.path, f.content]));
    for (const f of files.filter(x => x.path.endsWith('.md'))) {
      const fm = parseFrontMatter(f.content).data;
      assert.deepStrictEqual(Object.keys(fm), ['person', 'date', 'relationship', 'mode'], f.path);
      assert.strictEqual(`${fm.person}/${fm.date}.md`, f.path);
      for (const m of f.content.matchAll(/- \[[ x]\] (.*?) — \[[^\]]+\]\(([^)#]+)#L(\d+)\)/g)) {
        const source = byPath.get(`${fm.person}/${m[2]}`);
        assert.ok(source, `${f.path} links to missing ${m[2]}`);
        assert.ok(source.split('\n')[Number(m[3]) - 1]?.includes(m[1] ?? ''), `${f.path}: "${m[1]}" is not on line ${m[3]} of ${m[2]}`);
      }
    }
    assert.ok(files.some(f => openItems(f.content).length > 0));
  });
});
