import { lintMarkdown } from '../src/core/lint/engine';
import * as fs from 'fs';
import * as path from 'path';
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const r = lintMarkdown(text, { fileName: path.basename(file) });
const lineOf = (o: number) => text.slice(0, o).split('\n').length;
for (const f of r.findings) console.log(lineOf(f.start), f.ruleId, JSON.stringify(text.slice(f.start, f.end)), '=>', f.suggestions.map(s => s.text).join(' || '));
