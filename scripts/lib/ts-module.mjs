// Bundles a TypeScript module of the project with esbuild and imports it, so build scripts can run
// generators written in src/ (the snippets from the question sets, the README's rule sections).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imports `entry` (a path relative to the project root) after bundling it for Node. */
export async function importTs(entry) {
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
