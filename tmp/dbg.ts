import { lintMarkdown } from '../src/core/lint/engine';
const texts = process.argv.slice(2);
for (const t of texts) {
  const r = lintMarkdown(t.replace(/\\n/g, '\n'), { fileName: process.env.F ?? '2026-03-17-tom-obrien.md' });
  console.log(JSON.stringify(t), '=>', r.findings.map(f => `${f.ruleId}:${t.slice(f.start, f.end)} | ${f.suggestions.map(s => s.text).join(' || ')}`));
}
