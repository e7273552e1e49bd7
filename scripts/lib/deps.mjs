// The project's own npm dependencies: installed with `npm ci` when node_modules is missing or older
// than package-lock.json (npm writes node_modules/.package-lock.json on every install).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './proc.mjs';

export function dependenciesStale(repoRoot) {
  const installed = join(repoRoot, 'node_modules', '.package-lock.json');
  if (!existsSync(join(repoRoot, 'node_modules')) || !existsSync(installed)) return 'node_modules is missing';
  if (statSync(join(repoRoot, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
    return 'package-lock.json is newer than node_modules';
  }
  return undefined;
}

/** Runs `npm ci` when needed; resolves with what it did. Throws when npm fails. */
export async function ensureDependencies(repoRoot, say = line => console.log(line)) {
  const reason = dependenciesStale(repoRoot);
  if (!reason) return 'up to date';
  say(`${reason}: npm ci`);
  const code = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, graceMs: 10_000 });
  if (code !== 0) throw new Error(`npm ci failed (exit ${code})`);
  return 'installed (npm ci)';
}
