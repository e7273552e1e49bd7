// Generates snippets/markdown.json from the question sets (src/core/questions.ts, via
// src/questions/snippets.ts). esbuild.mjs runs it on every extension build; a unit test fails
// when the committed file differs from what this produces.
// Usage: node scripts/gen-snippets.mjs [--check]
import { fileURLToPath } from 'node:url';
import { importTs, runGenerator, writeGenerated } from './lib/ts-module.mjs';

export const snippetsFile = fileURLToPath(new URL('../snippets/markdown.json', import.meta.url));

/** The text snippets/markdown.json should have, computed from the current sources. */
export async function expectedSnippetsText() {
  return (await importTs('src/questions/snippets.ts')).snippetsFileText();
}

/**
 * Writes snippets/markdown.json when it differs from the sources (so watch builds do not loop).
 * With `check`, writes nothing and reports whether it is up to date.
 */
export function generateSnippets(options = {}) {
  return writeGenerated(snippetsFile, () => expectedSnippetsText(), options);
}

await runGenerator(import.meta, 'snippets/markdown.json', 'node scripts/gen-snippets.mjs', generateSnippets);
