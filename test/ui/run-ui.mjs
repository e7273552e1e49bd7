// UI spec runner: drives the real VS Code workbench (code-server) with Playwright.
//
//   node test/ui/run-ui.mjs          starts its own code-server (same as `node scripts/host/run-tests.mjs --phase ui`)
//   LL_UI_SPECS=people node test/ui/run-ui.mjs     only specs whose file name contains "people"
//
// Writing a spec: add test/ui/NN-name.spec.mjs (specs run in file-name order, in ONE workbench, one
// after another; the workbench is reset between them: editors closed, notifications cleared):
//
//   export const timeout = 60_000;                 // optional, ms (default 90 s)
//   export default async function (ui) {
//     await ui.openView();                         // Learning Leader container in the activity bar
//     await ui.openFile('one-on-ones/alex/2025-01-06.md');
//     await ui.runCommand('1:1: Insert Question…'); // command palette, by its shown title
//     ui.check(await ui.page.locator('.squiggly-warning').count() > 0, 'a squiggle is shown');
//     await ui.shot('linter-squiggle');            // -> test-results/screenshots/linter-squiggle.png
//   }
//
// A spec passes when it returns and fails when it throws (ui.check throws; so do Playwright's waits
// when they time out). On failure the runner saves `<spec>-FAILED.png`. Each spec counts as one test.
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SPEC_TIMEOUT = 90_000;
const CONTAINER_TITLE = 'Learning Leader';

/** Selectors for VS Code 1.139's workbench, in one place for every spec. */
export const selectors = Object.freeze({
  workbench: '.monaco-workbench',
  activityItem: title => `.activitybar .action-item a[aria-label^="${title}"], .activitybar .action-item[aria-label^="${title}"]`,
  sidebar: '#workbench\\.parts\\.sidebar',
  sidebarTitle: '#workbench\\.parts\\.sidebar .composite.title',
  paneHeader: '#workbench\\.parts\\.sidebar .pane-header',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.part.editor .tabs-container .tab.active',
  activeEditor: '.part.editor .editor-group-container.active .monaco-editor',
  editorLines: '.part.editor .editor-group-container.active .monaco-editor .view-lines',
  notificationToast: '.notifications-toasts .notification-toast',
  statusBar: '#workbench\\.parts\\.statusbar',
});

/**
 * Runs the specs. options: browser (playwright Browser), url (workbench URL with ?folder=), workspaceDir, userDataDir,
 * repoRoot, screenshotsDir, logDir, filter (substring of spec file names), specDir (default: this folder;
 * test/ui/web-worker holds the specs run with the extension in the browser's web worker host).
 * Resolves with { passed, failed, results: [{ spec, ok, seconds, error }] }.
 */
export async function runUiSpecs(options) {
  const { browser, url, screenshotsDir, logDir, filter } = options;
  const specDir = options.specDir ?? here;
  mkdirSync(screenshotsDir, { recursive: true });
  const consoleLog = join(logDir, 'browser-console.log');
  writeFileSync(consoleLog, '');
  const specs = readdirSync(specDir).filter(f => f.endsWith('.spec.mjs') && (!filter || f.includes(filter))).sort();
  if (!specs.length) {
    console.log(`[ui] no specs${filter ? ` matching "${filter}"` : ''} in ${specDir}`);
    return { passed: 0, failed: 0, results: [] };
  }

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('console', m => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', e => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e.message}\n`));

  const results = [];
  try {
    await page.goto(url);
    await page.waitForSelector(selectors.workbench, { timeout: 60_000 });
    // The extension is loaded once its container shows in the activity bar.
    await page.locator(selectors.activityItem(CONTAINER_TITLE)).first().waitFor({ timeout: 60_000 });
  } catch (e) {
    await page.screenshot({ path: join(screenshotsDir, 'workbench-FAILED.png') }).catch(() => undefined);
    console.log(`  ✗ workbench did not load with the extension: ${e.message.split('\n')[0]}`);
    await context.close();
    return { passed: 0, failed: specs.length, results: specs.map(spec => ({ spec, ok: false, error: 'workbench did not load' })) };
  }

  for (const file of specs) {
    const name = basename(file, '.spec.mjs');
    const t0 = Date.now();
    const ui = createUi(page, { ...options, spec: name });
    let error;
    try {
      const mod = await import(pathToFileURL(join(specDir, file)).href);
      if (typeof mod.default !== 'function') throw new Error(`${file} has no default export function`);
      const timeout = mod.timeout ?? DEFAULT_SPEC_TIMEOUT;
      let timer;
      await Promise.race([
        mod.default(ui),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`spec timed out after ${timeout / 1000}s`)), timeout); }),
      ]).finally(() => clearTimeout(timer));
    } catch (e) {
      error = e;
      await page.screenshot({ path: join(screenshotsDir, `${name}-FAILED.png`) }).catch(() => undefined);
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    results.push({ spec: name, ok: !error, seconds, error: error?.message });
    if (error) {
      console.log(`  ✗ ${name} (${seconds}s)\n      ${String(error.message).split('\n').join('\n      ')}\n      screenshot: ${join(screenshotsDir, `${name}-FAILED.png`)}`);
    } else {
      console.log(`  ✓ ${name} (${seconds}s)`);
    }
    await resetWorkbench(ui).catch(e => console.log(`    (reset after ${name} failed: ${e.message.split('\n')[0]})`));
  }
  await context.close();
  const failed = results.filter(r => !r.ok).length;
  return { passed: results.length - failed, failed, results };
}

/** Closes editors, quick inputs and notifications so the next spec starts clean. */
async function resetWorkbench(ui) {
  const t0 = Date.now();
  await ui.page.keyboard.press('Escape');
  await ui.page.keyboard.press('Escape');
  await ui.runCommand('View: Close All Editors');
  await ui.runCommand('Notifications: Clear All Notifications');
  console.log(`    (reset in ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

/** The object a spec receives. */
function createUi(page, options) {
  const { workspaceDir, repoRoot, screenshotsDir, spec } = options;
  const log = (...args) => console.log(`    ${args.join(' ')}`);
  const ui = {
    page,
    /** The workbench URL the specs run in (with ?folder=), and the server's origin. */
    url: options.url,
    origin: new URL(options.url).origin,
    /** The server's user-data folder (User/settings.json, User/keybindings.json), shared by every window. */
    userDataDir: options.userDataDir,
    /** Absolute path of the workspace (a fresh copy of sample/ for this run, shared by all specs). */
    workspaceDir,
    repoRoot,
    screenshotsDir,
    spec,
    selectors,
    log,

    /** Saves a screenshot of the whole window to test-results/screenshots/<name>.png; returns its path. */
    async shot(name) {
      const path = join(screenshotsDir, name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path });
      log(`screenshot ${path}`);
      return path;
    },

    /**
     * Opens another workbench window (a second browser page: its own extension host on the same
     * server) at `url` (default: the same folder); resolves to its page once the extension's container
     * shows in its activity bar (or, with no folder, once the workbench is there). Close it when done.
     */
    async openWindow(url = options.url) {
      const other = await page.context().newPage();
      await other.goto(url);
      await other.waitForSelector(selectors.workbench, { timeout: 60_000 });
      await other.locator(selectors.activityItem(CONTAINER_TITLE)).first().waitFor({ timeout: 60_000 });
      return other;
    },

    /** Throws (failing the spec) with `message` unless `condition` is truthy. */
    check(condition, message) {
      if (!condition) throw new Error(`CHECK FAILED: ${message}`);
      log(`ok: ${message}`);
    },

    /**
     * Clicks the Learning Leader container in the activity bar; resolves when its sidebar shows the
     * extension's content (tree rows or the welcome view) and no longer shows progress.
     */
    async openView() {
      const sidebarTitle = page.locator(selectors.sidebarTitle);
      if (!(await sidebarTitle.filter({ hasText: new RegExp(CONTAINER_TITLE, 'i') }).isVisible().catch(() => false))) {
        await page.locator(selectors.activityItem(CONTAINER_TITLE)).first().click();
      }
      await sidebarTitle.filter({ hasText: new RegExp(CONTAINER_TITLE, 'i') }).first().waitFor({ state: 'visible', timeout: 15_000 });
      // Until the extension activates, the workbench shows the view's progress bar (and its welcome
      // content, whose `when` clause has no context key yet); wait until it has finished loading.
      await page.waitForFunction(() => {
        const sidebar = document.getElementById('workbench.parts.sidebar');
        return !!sidebar?.querySelector('.monaco-list-row, .welcome-view-content')
          && !sidebar.querySelector('.monaco-progress-container.active');
      }, null, { timeout: 30_000 });
      return page.locator(selectors.sidebar);
    },

    /**
     * The sidebar pane titled `title` (e.g. 'People', 'Open items') in window `on` (default this one),
     * expanded and with the container's height: the other panes are collapsed. A spec before may have
     * collapsed it or given the height to another, and the workbench keeps that state.
     */
    async pane(title, on = page) {
      const header = on.locator(selectors.paneHeader, { hasText: new RegExp(`^${title}`) }).first();
      await header.waitFor({ state: 'visible', timeout: 15_000 });
      const others = on.locator(`${selectors.paneHeader}[aria-expanded="true"]`).filter({ hasNotText: new RegExp(`^${title}`) });
      for (let n = await others.count(); n > 0; n--) await others.first().click();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      await on.locator(`${selectors.paneHeader}[aria-expanded="true"]`, { hasText: new RegExp(`^${title}`) }).first().waitFor({ state: 'visible', timeout: 15_000 });
      return on.locator(`${selectors.sidebar} .pane`, { has: on.locator('.pane-header', { hasText: new RegExp(`^${title}`) }) }).first();
    },

    /**
     * Runs a command from the command palette by the title it shows there (category included),
     * e.g. '1:1: Refresh People'. Resolves once it was chosen (the palette closed or the command opened
     * its own quick input).
     */
    async runCommand(title) {
      const input = page.locator(selectors.quickInputBox);
      const row = page.locator(selectors.quickInputRow, { hasText: title }).first();
      // The palette lists the commands it knows when it opens: right after a reload of the window an
      // extension's contributed commands can come later, and the open palette does not add them. One
      // more opening of the palette (up to three) before failing.
      for (let listing = 1; ; listing++) {
        // F1 pressed while a webview has the focus reaches the workbench through the webview's key
        // forwarding, which can lose it: a second try with the focus on the workbench's own title bar.
        for (let attempt = 1; ; attempt++) {
          await page.keyboard.press('Escape');
          if (attempt > 1) await page.locator('.part.titlebar').first().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
          await page.keyboard.press('F1');
          try {
            await input.waitFor({ state: 'visible', timeout: attempt === 1 ? 5_000 : 15_000 });
            break;
          } catch (e) {
            if (attempt >= 2) throw e;
          }
        }
        try {
          // The palette can close again as it opens (a webview taking the focus back made it inert, then
          // hid it, in one CI run): its input not fillable is one more opening, as a missing row is.
          await input.fill(`>${title}`, { timeout: 10_000 });
          await row.waitFor({ state: 'visible', timeout: listing < 3 ? 10_000 : 15_000 });
          break;
        } catch (e) {
          if (listing >= 3) throw e;
        }
      }
      await page.keyboard.press('Enter');
      // The palette's row goes away (a follow-up quick pick may reuse the widget with its own rows).
      await row.waitFor({ state: 'hidden', timeout: 15_000 });
    },

    /** Opens a workspace file (path relative to the workspace) with Quick Open; resolves when its editor shows. */
    async openFile(relativePath) {
      const name = relativePath.split('/').pop();
      // Quick Open can lose the Enter while the workbench is busy (after a reload, next to a large
      // file): one more try before failing.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        const input = page.locator(selectors.quickInputBox);
        await input.waitFor({ state: 'visible', timeout: 15_000 });
        await input.fill(relativePath);
        const row = page.locator(selectors.quickInputRow, { hasText: name }).first();
        await row.waitFor({ state: 'visible', timeout: 20_000 });
        // The row itself, not Enter: Enter opens the focused row, which may still be from before the filter.
        await row.click();
        try {
          await page.locator(selectors.activeTab, { hasText: name }).first().waitFor({ state: 'visible', timeout: attempt === 1 ? 8_000 : 15_000 });
          break;
        } catch (e) {
          if (attempt >= 2) throw e;
          log(`(Quick Open did not open ${name}; trying again)`);
        }
      }
      await page.locator(selectors.editorLines).first().waitFor({ state: 'visible', timeout: 15_000 });
      return page.locator(selectors.activeEditor).first();
    },

    /** The active editor's text as rendered (visible lines only; the editor's non-breaking spaces made plain). */
    async editorText() {
      return (await page.locator(selectors.editorLines).first().innerText()).replace(/\u00a0/g, ' ');
    },

    /** Waits for a notification toast containing `text` (string or RegExp); returns its locator. */
    async notification(text, timeout = 15_000) {
      const toast = page.locator(selectors.notificationToast, { hasText: text }).first();
      await toast.waitFor({ state: 'visible', timeout });
      return toast;
    },

    /**
     * Opens Developer: Show Running Extensions and returns the text of `name`'s row (host, activation
     * time). The list is sorted by activation time and virtualised, so it pages down until the row shows.
     */
    async runningExtension(name) {
      await this.runCommand('Developer: Show Running Extensions');
      const row = page.locator('.monaco-list-row', { hasText: name }).first();
      const firstRow = page.locator('.monaco-list-row', { hasText: 'Activation' }).first();
      await firstRow.waitFor({ state: 'visible', timeout: 20_000 });
      await firstRow.click();
      for (let i = 0; i < 20 && !(await row.isVisible()); i++) await page.keyboard.press('PageDown');
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      return (await row.innerText()).replace(/\s+/g, ' ').trim();
    },

    /** The labels of the rows the open quick input shows. */
    async quickPickItems() {
      await page.locator(selectors.quickInputRow).first().waitFor({ state: 'visible', timeout: 15_000 });
      return page.locator(selectors.quickInputRow).allInnerTexts();
    },

    /** Writes a file into the workspace (folders created); returns its absolute path. */
    writeFile(relativePath, content) {
      const path = join(workspaceDir, relativePath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },

    /** Copies test/fixtures/<fixture> into the workspace at `relativePath`; returns its absolute path. */
    copyFixture(fixture, relativePath) {
      const path = join(workspaceDir, relativePath);
      mkdirSync(dirname(path), { recursive: true });
      copyFileSync(join(repoRoot, 'test', 'fixtures', fixture), path);
      return path;
    },
  };
  return ui;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // No top-level await here: run-tests imports this module back, and would wait forever for a
  // module still evaluating.
  import(pathToFileURL(join(here, '..', '..', 'scripts', 'host', 'run-tests.mjs')).href)
    .then(({ main }) => main(['--phase', 'ui']))
    .then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 1; });
}
