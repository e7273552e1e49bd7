// Runs the in-host integration suite (test/integration) in desktop VS Code through
// @vscode/test-electron, for people whose machine can download VS Code:
//   npm run test:desktop        (builds first; VSCODE_VERSION=insiders|stable|1.x.y to choose)
// CI and machines without internet use `npm test`, which runs the same suite in code-server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'node', 'extension.js'))) {
    console.error('dist/node/extension.js is missing: run `npm run build` first.');
    return 1;
  }
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'll-desktop-'));
  const workspace = path.join(run, 'workspace');
  const userData = path.join(run, 'user-data');
  fs.cpSync(path.join(repoRoot, 'sample'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
  }, null, 2));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userData}`,
        `--extensions-dir=${path.join(run, 'extensions')}`,
      ],
    });
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|download|socket hang up|certificate/i.test(message)) {
      console.error([
        '',
        `test:desktop could not download VS Code (${message}).`,
        '@vscode/test-electron needs to reach update.code.visualstudio.com. Without internet, run',
        'the same integration suite in code-server instead: `npm test` (or `npm run test:host`).',
      ].join('\n'));
    } else {
      console.error(`test:desktop failed: ${message}`);
    }
    return 1;
  } finally {
    fs.rmSync(run, { recursive: true, force: true });
  }
}

main().then(code => process.exit(code), e => {
  console.error(e);
  process.exit(1);
});
