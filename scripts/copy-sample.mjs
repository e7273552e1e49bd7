#!/usr/bin/env node
// Makes a workspace folder from the sample, so that neither a person trying the extension nor the
// tests edit sample/ itself (.vscode/tasks.json, npm start).
//   node scripts/copy-sample.mjs DIR                 replace DIR with a fresh copy of sample/ (fixed dates: tests)
//   node scripts/copy-sample.mjs DIR --today         the sample dated relative to today (trying it out)
//   node scripts/copy-sample.mjs DIR --date 2027-03-01   ... relative to that day
//   add --keep to leave DIR as it is when it exists (keeps your edits)
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFixedSample, localToday, writeSampleForDay } from './lib/sample.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const target = args.find(a => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--date');
if (!target) {
  console.error('usage: node scripts/copy-sample.mjs DIR [--today | --date YYYY-MM-DD] [--keep]');
  process.exit(2);
}
const date = args.includes('--date') ? args[args.indexOf('--date') + 1] : args.includes('--today') ? localToday() : undefined;
if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date wants YYYY-MM-DD, not ${date}`);
  process.exit(2);
}
const dir = resolve(root, target);
if (args.includes('--keep') && existsSync(dir)) {
  console.log(`${target}: kept`);
} else {
  rmSync(dir, { recursive: true, force: true });
  if (date) {
    await writeSampleForDay(dir, date);
    console.log(`${target}: the sample, dated for ${date}`);
  } else {
    copyFixedSample(dir);
    console.log(`${target}: fresh copy of sample/`);
  }
}
