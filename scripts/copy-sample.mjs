#!/usr/bin/env node
// Copies sample/ to a workspace folder for F5 sessions (.vscode/tasks.json), so that neither a person
// trying the extension nor the tests edit sample/ itself.
//   node scripts/copy-sample.mjs DIR          replace DIR with a fresh copy (tests)
//   node scripts/copy-sample.mjs DIR --keep   copy only when DIR does not exist yet (keeps your edits)
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/copy-sample.mjs DIR [--keep]');
  process.exit(2);
}
const dir = resolve(root, target);
if (process.argv.includes('--keep') && existsSync(dir)) {
  console.log(`${target}: kept`);
} else {
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(root, 'sample'), dir, { recursive: true });
  console.log(`${target}: fresh copy of sample/`);
}
