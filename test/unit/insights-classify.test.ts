// The labelled question set (test/fixtures/insights-questions.tsv): every item is a small note of its
// own, run through the linter and the insights reader as the extension runs them; the first question
// found gives the item's kind, or 'none' when there is none. Prints the confusion matrix per round.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintMarkdown } from '../../src/core/lint/engine';
import { noteQuestions } from '../../src/core/insights/stats';

const ROOT = path.resolve(__dirname, '../../..');
type Label = 'open' | 'closed' | 'leading' | 'none';
const LABELS: readonly Label[] = ['open', 'closed', 'leading', 'none'];

interface Row { readonly text: string; readonly kind: Label; readonly note: string; readonly round: string }

export function loadQuestionSet(file = 'test/fixtures/insights-questions.tsv'): Row[] {
  const rows: Row[] = [];
  let round = '';
  for (const line of fs.readFileSync(path.join(ROOT, file), 'utf8').split(/\r?\n/)) {
    const r = /^# (round \d+)/.exec(line);
    if (r) round = r[1];
    if (!line.includes('\t')) continue;
    const [text, kind, note = ''] = line.split('\t');
    rows.push({ text: text.replace(/\\n/g, '\n'), kind: kind as Label, note, round });
  }
  return rows;
}

export function kindOfItem(text: string): Label {
  const q = noteQuestions(text, lintMarkdown(text, { mode: 'coaching' }))[0];
  return q ? q.kind : 'none';
}

function report(rows: readonly Row[], title: string): { accuracy: number; wrong: string[] } {
  const matrix = new Map<string, number>();
  const wrong: string[] = [];
  let right = 0;
  for (const r of rows) {
    const got = kindOfItem(r.text);
    matrix.set(`${r.kind}>${got}`, (matrix.get(`${r.kind}>${got}`) ?? 0) + 1);
    if (got === r.kind) right++;
    else wrong.push(`${r.kind} → ${got}: ${JSON.stringify(r.text)} (${r.note})`);
  }
  const accuracy = right / rows.length;
  const pad = (s: string | number) => String(s).padStart(8);
  console.log(`      ${title}: ${right}/${rows.length} = ${accuracy.toFixed(3)}`);
  console.log(`      ${'label \\ got'.padEnd(12)}${LABELS.map(pad).join('')}`);
  for (const l of LABELS) console.log(`      ${l.padEnd(12)}${LABELS.map(g => pad(matrix.get(`${l}>${g}`) ?? 0)).join('')}`);
  for (const w of wrong) console.log(`        ${w}`);
  return { accuracy, wrong };
}

describe('insights: the labelled question set', () => {
  const rows = loadQuestionSet();

  it('has 150 or more items covering every kind and the kinds of non-question', () => {
    assert.ok(rows.length >= 150, `${rows.length} items`);
    for (const l of LABELS) assert.ok(rows.filter(r => r.kind === l).length >= 10, `fewer than 10 ${l}`);
  });

  it('accuracy is at least 0.90 overall (confusion matrix printed per round)', () => {
    for (const round of [...new Set(rows.map(r => r.round))]) report(rows.filter(r => r.round === round), round);
    const { accuracy, wrong } = report(rows, 'all rounds');
    assert.ok(accuracy >= 0.9, `accuracy ${accuracy.toFixed(3)}; wrong:\n${wrong.join('\n')}`);
  });
});
