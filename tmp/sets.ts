import { lintMarkdown } from '../src/core/lint/engine';
import * as fs from 'fs';
for (const file of ['test/fixtures/telling-dev.tsv', 'test/fixtures/telling-extra.tsv']) {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.includes('\t')).map(l => l.split('\t'));
  let tp = 0, fp = 0, fn = 0, askFlag = 0; const c: Record<string, number> = {};
  for (const [s, label] of rows) {
    const f = lintMarkdown('## My talking points\n\n' + s.replace(/\\n/g, '\n'), { mode: 'coaching' }).findings.length > 0;
    c[label] = (c[label] ?? 0) + 1;
    if (label === 'directive') f ? tp++ : fn++; else if (f) { fp++; if (label === 'asking') askFlag++; }
  }
  console.log(file, rows.length, JSON.stringify(c), 'precision', (tp / (tp + fp)).toFixed(2), 'recall', (tp / (tp + fn)).toFixed(2), 'asking flagged', askFlag);
}
