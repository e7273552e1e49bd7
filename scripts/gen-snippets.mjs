// Generates snippets/markdown.json from the question sets (src/core/questions.ts, via
// src/questions/snippets.ts). esbuild.mjs runs it on every extension build; a unit test fails
// when the committed file differs from what this produces.
// Usage: node scripts/gen-snippets.mjs [--check]
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../src/questions/snippets.ts', import.meta.url));
export const snippetsFile = fileURLToPath(new URL('../snippets/markdown.json', import.meta.url));

/** The text snippets/markdown.json should have, computed from the current sources. */
export async function expectedSnippetsText() {
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.snippetsFileText();
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
