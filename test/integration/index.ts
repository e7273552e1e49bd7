// The in-host test entry point: VS Code loads this module (extensionTestsPath) inside the extension
// host and awaits run(), as @vscode/test-electron does on the desktop and as scripts/host/run-tests.mjs
// does in code-server. Mocha (tdd UI: suite/test) runs every *.test.js compiled next to this file.
import * as path from 'path';
import * as fs from 'fs';
import * as util from 'util';
import Mocha from 'mocha';

/**
 * When the code-server runner sets LL_TEST_TAG, every reporter line is prefixed with it so the runner
 * can pick mocha's output out of the workbench's log noise; on the desktop the output stays plain.
 */
const TAG = process.env.LL_TEST_TAG ?? '';

export function run(): Promise<void> {
  const write = (line: string) => console.log(TAG ? line.split('\n').map(l => TAG + l).join('\n') : line);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => write(util.format(...args));

  const grep = process.env.LL_TEST_GREP;
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 20_000,
    ...(grep ? { grep } : {}),
  });
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        // One machine-readable line for the runner; people read mocha's own summary above it.
        write(`SUMMARY ${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending, files: files.length })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (e) {
      write(`SUMMARY ${JSON.stringify({ passed: 0, failed: 1, pending: 0, files: files.length, error: String(e) })}`);
      reject(e);
    }
  });
}
