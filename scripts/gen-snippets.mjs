// Generates snippets/markdown.json from the question sets (src/core/questions.ts, via
// src/questions/snippets.ts). esbuild.mjs runs it on every extension build; a unit test fails
// when the committed file differs from what this produces.
// Usage: node scripts/gen-snippets.mjs [--check]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './lib/ts-module.mjs';

export const snippetsFile = fileURLToPath(new URL('../snippets/markdown.json', import.meta.url));

/** The text snippets/markdown.json should have, computed from the current sources. */
export async function expectedSnippetsText() {
  return (await importTs('src/questions/snippets.ts')).snippetsFileText();
}

/**
 * Writes snippets/markdown.json when it differs from the sources (so watch builds do not loop).
 * With `check`, writes nothing and reports whether it is up to date.
 */
export async function generateSnippets({ check = false } = {}) {
  const expected = await expectedSnippetsText();
  const current = await readFile(snippetsFile, 'utf8').catch(() => '');
  if (current === expected) return { changed: false };
  if (!check) await writeFile(snippetsFile, expected);
  return { changed: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const { changed } = await generateSnippets({ check });
  if (check && changed) {
    console.error('snippets/markdown.json is out of date: run node scripts/gen-snippets.mjs');
    process.exit(1);
  }
  console.log(changed ? 'snippets/markdown.json regenerated' : 'snippets/markdown.json is up to date');
}
