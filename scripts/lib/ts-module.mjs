// Bundles a TypeScript module of the project with esbuild and imports it, so build scripts can run
// generators written in src/ (the snippets from the question sets, the README's rule sections).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imports `entry` (a path relative to the project root) after bundling it for Node. */
export async function importTs(entry) {
  // esbuild is imported when first used, not when this module loads: `npm start` on a fresh clone loads
  // it before its first step has installed the dependencies.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Writes `file` when its text differs from `expected(current)` (so watch builds do not loop); with
 * `check`, writes nothing and reports whether it is up to date.
 */
export async function writeGenerated(file, expected, { check = false } = {}) {
  const current = await readFile(file, 'utf8').catch(() => '');
  const text = await expected(current);
  if (current === text) return { changed: false };
  if (!check) await writeFile(file, text);
  return { changed: true };
}

/** Runs a generator script from the command line: `--check` fails when `what` is out of date. */
export async function runGenerator(meta, what, fix, generate) {
  if (!process.argv[1] || meta.url !== pathToFileURL(process.argv[1]).href) return;
  const check = process.argv.includes('--check');
  const { changed } = await generate({ check });
  if (check && changed) {
    console.error(`${what} is out of date: run ${fix}`);
    process.exit(1);
  }
  console.log(changed ? `${what} regenerated` : `${what} is up to date`);
}
