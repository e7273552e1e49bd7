// Regenerates the README's rule table and rule sections from the rule objects (src/core/lint/rules:
// each rule's file holds its id, severity, summary and docs). A unit test fails when the README
// differs from what this produces; esbuild.mjs runs it on every extension build.
// Usage: node scripts/gen-docs.mjs [--check]
import { fileURLToPath } from 'node:url';
import { importTs, runGenerator, writeGenerated } from './lib/ts-module.mjs';

export const readmeFile = fileURLToPath(new URL('../README.md', import.meta.url));

/** Writes the README when its generated rule part is out of date; with `check`, only reports it. */
export async function generateDocs(options = {}) {
  const { withReadmeRules } = await importTs('src/core/lint/docs.ts');
  return writeGenerated(readmeFile, current => withReadmeRules(current), options);
}

await runGenerator(import.meta, 'The README rule part', 'npm run docs', generateDocs);
