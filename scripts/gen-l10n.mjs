// Generates l10n/bundle.l10n.json, the English bundle of every vscode.l10n.t message in src/ (what a
// translator copies to bundle.l10n.<locale>.json), from the sources (src/util/l10nBundle.ts).
// esbuild.mjs runs it on every extension build; a unit test fails when the committed file differs.
// Usage: node scripts/gen-l10n.mjs [--check]
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './lib/ts-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const bundleFile = join(root, 'l10n', 'bundle.l10n.json');

async function sourcesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await sourcesUnder(p));
    else if (entry.name.endsWith('.ts')) out.push({ file: relative(root, p).split(sep).join('/'), text: await readFile(p, 'utf8') });
  }
  return out;
}

/** Writes the bundle when it differs from the sources; with `check`, only reports whether it does. */
export async function generateL10n({ check = false } = {}) {
  const { l10nBundleText } = await importTs('src/util/l10nBundle.ts');
  const expected = l10nBundleText(await sourcesUnder(join(root, 'src')));
  const current = await readFile(bundleFile, 'utf8').catch(() => '');
  if (current === expected) return { changed: false };
  if (!check) {
    await mkdir(dirname(bundleFile), { recursive: true });
    await writeFile(bundleFile, expected);
  }
  return { changed: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const { changed } = await generateL10n({ check });
  if (check && changed) {
    console.error('l10n/bundle.l10n.json is out of date: run node scripts/gen-l10n.mjs');
    process.exit(1);
  }
  console.log(changed ? 'l10n/bundle.l10n.json regenerated' : 'l10n/bundle.l10n.json is up to date');
}
