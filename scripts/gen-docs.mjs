// Regenerates the README's rule table and rule sections from the rule objects (src/core/lint/rules:
// each rule's file holds its id, severity, summary and docs). A unit test fails when the README
// differs from what this produces; esbuild.mjs runs it on every extension build.
// Usage: node scripts/gen-docs.mjs [--check]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './lib/ts-module.mjs';

export const readmeFile = fileURLToPath(new URL('../README.md', import.meta.url));

/** Writes the README when its generated rule part is out of date; with `check`, only reports it. */
export async function generateDocs({ check = false } = {}) {
  const { withReadmeRules } = await importTs('src/core/lint/docs.ts');
  const current = await readFile(readmeFile, 'utf8');
  const expected = withReadmeRules(current);
  if (current === expected) return { changed: false };
  if (!check) await writeFile(readmeFile, expected);
  return { changed: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const { changed } = await generateDocs({ check });
  if (check && changed) {
    console.error('README.md rule sections are out of date: run npm run docs');
    process.exit(1);
  }
  console.log(changed ? 'README.md rule sections regenerated' : 'README.md rule sections are up to date');
}
