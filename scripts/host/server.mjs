// Starting code-server and a headless chromium for one run, with throwaway state, and copying the
// built extension into an extensions folder. Used by run-tests.mjs and sandbox.mjs.
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, httpStatus, onCleanup, spawnGroup, stopGroup, waitForLine, withTimeout } from '../lib/proc.mjs';
import { hostEnv, loadPlaywright } from './setup.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Settings for a test or sandbox profile: no welcome page, tips, telemetry, update checks or trust prompts. */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
  'chat.disableAIFeatures': true,
});

/** A fresh temp folder for one run. */
export function makeRunDir(prefix) {
  return mkdtempSync(join(tmpdir(), `ll-${prefix}-`));
}

/** Writes `User/settings.json` into a user-data dir (merging into an existing one when `keepExisting`). */
export function writeUserSettings(userDataDir, settings = QUIET_SETTINGS, keepExisting = false) {
  const file = join(userDataDir, 'User', 'settings.json');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  if (keepExisting && existsSync(file)) return file;
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
  return file;
}

/** Copies the sample workspace (sample/, fixed dates: the tests pin their clock to them) to `target`. */
export { copyFixedSample as copySample } from '../lib/sample.mjs';

/** The extension's manifest. */
export function manifest() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

/**
 * Copies the built extension (what the .vsix would hold: package.json with package.nls.json and l10n/, dist, media, snippets, docs)
 * into `extensionsDir` as an installed extension; returns its folder.
 */
export function installExtensionCopy(extensionsDir) {
  const pkg = manifest();
  if (!existsSync(join(repoRoot, 'dist', 'node', 'extension.js'))) {
    throw new Error('dist/node/extension.js is missing: build first (npm run build)');
  }
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  mkdirSync(target, { recursive: true });
  for (const entry of ['package.json', 'package.nls.json', 'l10n', 'dist', 'media', 'snippets', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    const from = join(repoRoot, entry);
    if (existsSync(from)) cpSync(from, join(target, entry), { recursive: true });
  }
  return target;
}

/**
 * Starts code-server on 127.0.0.1. options: userDataDir, extensionsDir, xdgRoot, logFile,
 * port (default: a free one; retried on EADDRINUSE unless fixed), smokeTestDriver (enables the
 * `payload` URL and window.codeAutomationExit), folder (opened when the URL has none), env, timeoutMs,
 * offline (default true: no extension gallery).
 * Resolves with { port, origin, child, logFile, stop() } once /healthz answers.
 */
export async function startCodeServer(host, options) {
  const attempts = options.port ? 1 : 3;
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = options.port ?? await freePort();
    try {
      return await startOnce(host, { ...options, port });
    } catch (e) {
      lastError = e;
      if (!/EADDRINUSE/.test(e.message)) throw e;
    }
  }
  throw lastError;
}

async function startOnce(host, options) {
  const { port, userDataDir, extensionsDir, xdgRoot, logFile } = options;
  const args = [
    host.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option=enable-smoke-test-driver'] : []),
    ...(options.folder ? [options.folder] : []),
  ];
  // Test runs stay on this machine: an empty gallery turns off code-server's default (open-vsx.org).
  const offline = options.offline ?? true;
  const env = hostEnv(host, xdgRoot, { ...(offline ? { EXTENSIONS_GALLERY: '{}' } : {}), ...options.env });
  const child = spawnGroup(`code-server :${port}`, host.node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile, { flags: 'a' });
  const tail = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', chunk => {
      log.write(chunk);
      tail.push(...chunk.toString().split('\n'));
      tail.splice(0, Math.max(0, tail.length - 30));
    });
  }
  const stop = async () => {
    await stopGroup(child);
    log.end();
  };
  const unregister = onCleanup(stop);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForLine(child, [child.stdout, child.stderr], /HTTP server listening on/, options.timeoutMs ?? 60_000, `code-server to listen on ${port}`);
    const status = await httpStatus(`${origin}/healthz`);
    if (status !== 200) throw new Error(`code-server /healthz answered ${status}`);
  } catch (e) {
    await stop();
    unregister();
    const text = tail.join('\n');
    throw new Error(`${e.message}${/EADDRINUSE/.test(text) ? ' (EADDRINUSE)' : ''}\n--- code-server log (tail) ---\n${text}`);
  }
  return {
    port, origin, child, logFile,
    stop: async () => { unregister(); await stop(); },
  };
}

/** Launches Debian's chromium headless through playwright-core; closed by the run's clean-up too. */
export async function launchBrowser(host, runDir) {
  const { chromium } = loadPlaywright(host);
  const browser = await chromium.launch({
    executablePath: host.chromium,
    headless: true,
    // else chromium writes ~/.config/chromium/Crash Reports
    env: { ...process.env, XDG_CONFIG_HOME: join(runDir, 'chromium-xdg'), XDG_CACHE_HOME: join(runDir, 'chromium-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    // We stop it ourselves (see onCleanup) so that Ctrl+C also stops code-server in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // Bounded: a wedged browser must not keep the run from stopping code-server (playwright-core
  // kills what it launched when this process exits).
  const close = () => withTimeout(browser.close(), 15_000, 'chromium did not close').catch(e => console.error(e.message));
  const unregister = onCleanup(close);
  return { browser, close: async () => { unregister(); await close(); } };
}
