// The linter reads the manager's questions while it parses a note (LintResult.asks), so the insights
// need no second parse: the same questions as the insights' own reading, sentences someone else speaks
// left out, kept through the chunk cache, and "told" by the rules' own `told` flag.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Linter, lintMarkdown, RULE_INFO } from '../../src/core/lint/engine';
import { findQuestions, placeQuestions } from '../../src/core/insights/find';
import { isTold, noteStats } from '../../src/core/insights/stats';
import { MODES, MODE_INFO } from '../../src/core/modes';
import { renderNote } from '../../src/core/templates';

const ROOT = path.resolve(__dirname, '../../..');
const fresh = (mode = MODES[0]) => renderNote({ personId: 'ada', name: 'Ada Lovelace', relationship: MODE_INFO[mode].relationship, mode, date: '2026-11-20' });
const shown = (qs: readonly { text: string; asked: boolean; line: number; column: number }[]) => qs.map(q => `${q.line}:${q.column} ${q.asked ? 'asked' : 'prompt'} ${q.text}`);

function notesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...notesUnder(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

describe('insights: the questions the linter reads', () => {
  it('are the insights\' own reading on every template, and on the sample and fixture notes where no one else speaks', () => {
    for (const mode of MODES) {
      const text = fresh(mode);
      assert.deepStrictEqual(shown(placeQuestions(text, lintMarkdown(text).asks)), shown(findQuestions(text)), mode);
    }
    let compared = 0;
    for (const file of [...notesUnder(path.join(ROOT, 'sample')), ...notesUnder(path.join(ROOT, 'test/fixtures/notes-dev'))]) {
      const text = fs.readFileSync(file, 'utf8');
      const own = shown(findQuestions(text));
      const shared = shown(placeQuestions(text, lintMarkdown(text).asks));
      // The linter leaves out what someone else says: never more, and every question it reads is one of the insights'.
      for (const q of shared) assert.ok(own.includes(q), `${path.relative(ROOT, file)}: ${q}`);
      compared += own.length;
    }
    assert.ok(compared > 30, `${compared} questions compared`);
  });

  it('a question-set group "About their agenda" (or "Their agenda", in notes written before it was renamed) holds the manager\'s questions; the note\'s own "Their agenda" section holds theirs', () => {
    for (const group of ['About their agenda', 'Their agenda']) {
      const text = fresh('coaching')
        .replace('### About their agenda\n', `### ${group}\n`)
        .replace('- What would make this time most useful for you?', '- What would make this time most useful for you?\n  - the promo case')
        .replace('## Their agenda\n\n- ', '## Their agenda\n\n- Can we talk about the promo case?');
      assert.ok(text.includes(`### ${group}\n`), group);
      const asked = noteStats(text, lintMarkdown(text)).questions.filter(q => q.asked).map(q => q.text);
      assert.deepStrictEqual(asked, ['What would make this time most useful for you?'], group);
      assert.deepStrictEqual(noteStats(text, lintMarkdown(text)).counts, { open: 1, closed: 0, leading: 0, told: 0 }, group);
    }
  });

  it('leaves out a speaker label\'s question and a question under their words', () => {
    const text = '# 1:1\n\n## Notes\n\nSam: can you unblock the deploy?\n\nHow did the demo go?\n\n## What she said\n\nWhy are we doing this?\n';
    assert.deepStrictEqual(lintMarkdown(text).asks.map(q => text.slice(q.start, q.end)), ['How did the demo go?']);
  });

  it('come back unchanged from the chunk cache after an edit elsewhere, at their new offsets', () => {
    const linter = new Linter();
    const base = `${fresh()}\n\nHow did the offsite go?\n`;
    const first = linter.lint(base);
    const edited = base.replace('## Notes', '## Notes\n\nA new first paragraph about the week.');
    const second = linter.lint(edited);
    assert.ok(linter.lastRun.linted < linter.lastRun.chunks, 'most chunks came from the cache');
    assert.deepStrictEqual(second.asks.map(q => edited.slice(q.start, q.end)), first.asks.map(q => base.slice(q.start, q.end)));
    assert.deepStrictEqual(shown(placeQuestions(edited, second.asks)), shown(placeQuestions(edited, lintMarkdown(edited).asks)));
  });

  it('are read even when the relationship\'s strictness turns the findings off', () => {
    const text = 'How did the demo go? You should refactor this.';
    const result = lintMarkdown(text, { mode: 'peer-learning', strictness: { 'peer-learning': 'off' } });
    assert.deepStrictEqual(result.findings, []);
    assert.deepStrictEqual(result.asks.map(q => text.slice(q.start, q.end)), ['How did the demo go?']);
  });
});

describe('insights: told', () => {
  it('counts the findings of rules marked told (reported telling included), never a leading question', () => {
    const told = RULE_INFO.filter(r => r.told).map(r => r.id);
    assert.ok(told.includes('reported-telling') && told.includes('imperative'));
    assert.ok(!isTold('leading-question'));
    for (const r of RULE_INFO) assert.strictEqual(isTold(r.id), r.told, r.id);
    const text = '# 1:1\n\n## Notes\n\nTold him to drop the side project. Don\'t you think it\'s time to hand it over?\n';
    const s = noteStats(text, lintMarkdown(text));
    assert.deepStrictEqual(s.counts, { open: 0, closed: 0, leading: 1, told: 1 });
  });

  it('a finding of a rule the linter does not know (or not telling) is not told', () => {
    const s = noteStats('Fine.', { findings: [{ ruleId: 'some-other-rule', start: 0, end: 4 }, { ruleId: 'imperative', start: 0, end: 4 }] });
    assert.strictEqual(s.counts.told, 1);
  });

  it('a question noted as asked without its mark counts: "Asked what would make the rota fairer." is open, "Asked if she could cover Friday." closed; hers and a request are not', () => {
    const counts = (line: string) => { const text = `# 1:1\n\n## Notes\n\n- ${line}\n`; return noteStats(text, lintMarkdown(text)).counts; };
    assert.deepStrictEqual(counts('Asked what would make the rota fairer. Not sure yet.'), { open: 1, closed: 0, leading: 0, told: 0 });
    assert.deepStrictEqual(counts('Asked if she could cover Friday.'), { open: 0, closed: 1, leading: 0, told: 0 });
    assert.deepStrictEqual(counts('She asked what I thought.'), { open: 0, closed: 0, leading: 0, told: 0 });
    assert.deepStrictEqual(counts('Asked him to send the deck.'), { open: 0, closed: 0, leading: 0, told: 1 });
  });
});
