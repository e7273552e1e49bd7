// Fixture notes under test/fixtures/lint mark each expected finding inline with an
// `<!-- expect rule-id -->` comment at the end of the line; every other line must stay clean.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintMarkdown } from '../../src/core/lint/engine';

const DIR = path.resolve(__dirname, '../../../test/fixtures/lint');

describe('lint fixtures with inline expectations', () => {
  for (const name of fs.readdirSync(DIR).filter(f => f.endsWith('.md'))) {
    it(name, () => {
      const text = fs.readFileSync(path.join(DIR, name), 'utf8');
      const lines = text.split('\n');
      const expected: string[] = [];
      lines.forEach((line, i) => {
        for (const m of line.matchAll(/<!-- expect ([\w-]+) -->/g)) expected.push(`${i + 1}: ${m[1]}`);
      });
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      const actual = lintMarkdown(text).findings.map(f => `${lineOf(f.start)}: ${f.ruleId}`);
      assert.deepStrictEqual(actual, expected);
    });
  }
});
