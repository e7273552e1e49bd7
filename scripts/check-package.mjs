#!/usr/bin/env node
// Packages the extension (npm run package) and checks the .vsix holds what a user needs and nothing
// else: the bundles, media (the icons and the roster schema), snippets, README (with its screenshots),
// LICENSE, CHANGELOG, package.json with its English strings (package.nls.json) and the l10n bundle.
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const out = join(root, 'learning-leader.vsix');
rmSync(out, { force: true });
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n').map(l => l.trim()).filter(Boolean);
const required = ['package.json', 'package.nls.json', 'l10n/bundle.l10n.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/node/extension.js',
  'dist/node/features.js', 'dist/web/extension.js', 'dist/cli.js', 'snippets/markdown.json', 'media/activity-bar.svg', 'media/icon.png', 'media/people.schema.json'];
const missing = required.filter(f => !files.includes(f));
const unwanted = files.filter(f => /(^|\/)(node_modules|src|test|out|scripts|sample)\//.test(f) || /\.map$|\.ts$/.test(f));
const kb = n => `${(n / 1024).toFixed(0)} KB`;
const nodeBundle = statSync(join(root, 'dist/node/extension.js')).size;
console.log(`vsix: ${files.length} files, ${kb(statSync(out).size)}; node bundle ${kb(nodeBundle)}, its lazily loaded features ${kb(statSync(join(root, 'dist/node/features.js')).size)}`);
rmSync(out, { force: true });
if (missing.length || unwanted.length) {
  if (missing.length) console.error(`missing from the vsix: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`in the vsix but not for users: ${unwanted.join(', ')}`);
  process.exit(1);
}
// 300 KB with the English lexicon (252 KB measured). Issue 13 (the Open items view, its index and cache,
// review prep, the items core) and issue 12 (the question classifier, the prep and insights pages) took
// it to 410 KB; their code now loads on first use from a second bundle, dist/node/features.js
// (src/features.ts, src/featuresLoader.ts): 283 KB main and 331 KB lazy measured (the chunk repeats the
// lint core it shares with main). README "Speed" gives the figures and what the first use costs.
if (nodeBundle > 300 * 1024) {
  console.error('the node bundle is over 300 KB minified (the budget in README "Speed"): load what costs more lazily, like dist/node/features.js');
  process.exit(1);
}
