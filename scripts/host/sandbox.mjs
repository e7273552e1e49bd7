#!/usr/bin/env node
// npm start — try the extension in a real VS Code (code-server) in your browser:
// installs what is missing (npm deps, the host cache), builds, writes the sample dated for today to
// .vscode-host/sandbox/ the first time (your edits there are kept), starts code-server with the
// extension installed on 127.0.0.1:${PORT:-8080} (a free port when that one is taken), prints the URL
// and stays in the foreground until Ctrl+C. Run it again after changing the code: it rebuilds and
// re-installs the extension; reload the browser tab.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from '../lib/deps.mjs';
import { portInUse, run, secondsSince, stopAll } from '../lib/proc.mjs';
import { ensureHost } from './setup.mjs';
import { localToday, writeSampleForDay } from '../lib/sample.mjs';
import { installExtensionCopy, manifest, repoRoot, startCodeServer, writeUserSettings } from './server.mjs';

const state = join(repoRoot, '.vscode-host'); // git-ignored
const sandbox = join(state, 'sandbox');

async function main() {
  const t0 = Date.now();
  await ensureDependencies(repoRoot);
  if (await run(process.execPath, ['esbuild.mjs'], { cwd: repoRoot }) !== 0) throw new Error('build failed');
  const host = await ensureHost();

  if (!existsSync(sandbox)) {
    // The sample as "Create Sample Notes" writes it: dated relative to today, so the tree shows a
    // realistic mix (one person clearly overdue, one met a few days ago), not everyone overdue.
    const today = localToday();
    await writeSampleForDay(sandbox, today);
    console.log(`sandbox: the sample, dated for today (${today}), in ${sandbox}`);
  } else {
    console.log(`sandbox: re-using ${sandbox} (delete it to start over from sample/)`);
  }
  const userDataDir = join(state, 'user-data');
  writeUserSettings(userDataDir, undefined, true); // keeps your settings after the first run
  const extensionsDir = join(state, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const pkg = manifest();
  for (const old of readdirSync(extensionsDir).filter(d => d.startsWith(`${pkg.publisher}.${pkg.name}-`))) {
    rmSync(join(extensionsDir, old), { recursive: true, force: true });
  }
  installExtensionCopy(extensionsDir);

  const wanted = Number(process.env.PORT || 8080);
  let port = wanted;
  if (await portInUse(wanted)) {
    port = undefined; // startCodeServer picks a free one
    console.log(`port ${wanted} is taken; using a free one (set PORT to choose)`);
  }
  const server = await startCodeServer(host, {
    port,
    userDataDir,
    extensionsDir,
    xdgRoot: join(state, 'xdg'),
    logFile: join(state, 'code-server.log'),
    offline: false, // keep the extension gallery for people with internet
  });
  console.log([
    '',
    `Learning Leader is running in VS Code ${host.vscodeVersion} (code-server) — ready in ${secondsSince(t0)}s. Open:`,
    '',
    `    ${server.origin}/?folder=${encodeURI(sandbox)}`,
    '',
    `Workspace: ${sandbox}`,
    `Log:       ${server.logFile}`,
    'Ctrl+C stops it.',
  ].join('\n'));
  const { code, signal } = await server.child.exited;
  console.log(`code-server exited (${signal ?? code})`);
  await stopAll();
  return 1;
}

main().then(
  code => { process.exitCode = code; },
  async e => {
    console.error(e.message ?? e);
    await stopAll();
    process.exitCode = 1;
  },
);
