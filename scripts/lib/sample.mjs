// The sample workspace: sample/ in the repository is the sample rendered for a fixed day (the tests
// pin their clock to it); a person trying the extension (npm start, F5) gets the same people and
// notes dated relative to today, as "1:1: Create Sample Notes" writes them, so the tree opens with a
// realistic mix instead of everyone overdue. Both come from src/core/sample-notes.ts.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-module.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Today in the local time zone, as YYYY-MM-DD (the extension's calendar day). */
export function localToday(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Copies sample/ to `target` as it is in the repository (fixed dates; for tests). */
export function copyFixedSample(target) {
  cpSync(join(root, 'sample'), target, { recursive: true });
  return target;
}

/** Writes the sample into `target` (its one-on-ones/ folder) dated relative to `today`; returns the files written. */
export async function writeSampleForDay(target, today = localToday()) {
  const { sampleFiles } = await importTs('src/core/sample-notes.ts');
  const files = sampleFiles(today);
  for (const file of files) {
    const path = join(target, 'one-on-ones', ...file.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return files.map(f => f.path);
}
