// Rules describe themselves: every rule's docs are complete, its examples do what they say (the telling
// one is flagged by that rule, the asking one is clean), and the README's rule part is generated from
// them (this test fails when the README drifts; `npm run docs` regenerates it).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readmeRules, README_RULES_BEGIN, README_RULES_END, ruleById, withReadmeRules } from '../../src/core/lint/docs';
import { lintMarkdown, RULE_INFO } from '../../src/core/lint/engine';
import { ALL_RULES, RULES } from '../../src/core/lint/rules';
import { RULE_IDS } from '../../src/core/lint/rule-ids';

const ROOT = path.resolve(__dirname, '../../..');

describe('rules describe themselves', () => {
  it('each rule has one file named after its id, listed once', () => {
    const files = fs.readdirSync(path.join(ROOT, 'src/core/lint/rules')).filter(f => f !== 'index.ts').map(f => f.replace(/\.ts$/, '')).sort();
    assert.deepStrictEqual(ALL_RULES.map(r => r.id).sort(), files);
    assert.strictEqual(new Set(ALL_RULES.map(r => r.id)).size, ALL_RULES.length);
    assert.deepStrictEqual(RULE_INFO.map(r => r.id), ALL_RULES.map(r => r.id));
    // The ids settings are checked against, kept apart from the rules' code (the main bundle has none of it).
    assert.deepStrictEqual([...RULE_IDS], ALL_RULES.map(r => r.id));
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it('has a summary and complete docs', () => {
        assert.ok(rule.summary.length > 20);
        for (const key of ['title', 'why', 'flags', 'leavesAlone'] as const) assert.ok(rule.docs[key].trim().length > 10, `${rule.id}.docs.${key}`);
        assert.ok(ruleById(rule.id) === rule);
      });
      for (const ex of rule.docs.examples) {
        const under = ex.under ? `## ${ex.under}\n\n` : '';
        it(`flags its example: ${ex.telling}`, () => {
          const found = lintMarkdown(under + ex.telling, { mode: 'coaching' }).findings.map(f => f.ruleId);
          assert.deepStrictEqual(found, [rule.id]);
        });
        it(`leaves its asking example clean: ${ex.asking}`, () => {
          assert.deepStrictEqual(lintMarkdown(under + ex.asking, { mode: 'coaching' }).findings.map(f => f.ruleId), []);
        });
        it(`offers its asking example as a rewrite: ${ex.telling}`, () => {
          const f = lintMarkdown(under + ex.telling, { mode: 'coaching' }).findings[0];
          assert.ok(f?.suggestions.some(s => s.text === ex.asking || s.text.includes(`"${ex.asking}"`)), `rewrites: ${JSON.stringify(f?.suggestions.map(s => s.text))}`);
        });
      }
    });
  }

  it('every sentence rule has at least one example', () => {
    for (const rule of RULES) assert.ok(rule.docs.examples.length >= 1, rule.id);
  });

  it('the README rule part is generated from the rules (run `npm run docs` when this fails)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(README_RULES_BEGIN) && readme.includes(README_RULES_END), 'README has the generated rule markers');
    assert.ok(readme.includes(readmeRules()), 'README rule part is out of date: npm run docs');
    assert.strictEqual(withReadmeRules(readme), readme);
  });
});
