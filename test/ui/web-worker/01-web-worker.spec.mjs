// The extension in the browser's web worker extension host, as on vscode.dev: the web bundle
// (dist/web/extension.js) with no Node at all. The runner starts this workbench with
// "remote.extensionKind": { "learning-leader.learning-leader": ["web"] }.
export const timeout = 120_000;

export default async function (ui) {
  const { page, selectors } = ui;
  await ui.openFile('one-on-ones/amara-okafor/2026-10-25.md');
  const squiggle = page.locator(`${selectors.activeEditor} .squiggly-warning`);
  await squiggle.first().waitFor({ state: 'visible', timeout: 30_000 });
  const status = page.locator(`${selectors.statusBar} .statusbar-item`, { hasText: /Open \d+ · Closed \d+ · Told \d+/ });
  await status.first().waitFor({ state: 'visible', timeout: 15_000 });
  ui.check(true, 'in the web worker host: the squiggle and "Open · Closed · Told" show');
  // Nothing said it failed on the way (the features chunk loaded during activation once, and said so).
  const toasts = (await page.locator(selectors.notificationToast).allInnerTexts()).join(' | ');
  ui.check(!/could not load|failed|error/i.test(toasts), `in the web worker host: no error notification (${toasts || 'none'})`);

  const sidebar = await ui.openView();
  await sidebar.locator('.monaco-list-row', { hasText: 'Amara Okafor' }).first().waitFor({ state: 'visible', timeout: 20_000 });
  ui.check(true, 'in the web worker host: the People view lists the roster (read through vscode.workspace.fs)');
  await ui.shot('web-worker-linter-and-people');

  // The prep panel is a webview: it works in the web worker host too.
  await ui.runCommand('1:1: Prepare for 1:1 with…');
  await ui.quickPickItems();
  await page.locator(selectors.quickInputBox).fill('Amara');
  await page.locator(selectors.quickInputRow, { hasText: 'Amara' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const prep = page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('iframe#active-frame');
  await prep.locator('h1', { hasText: 'Prepare: 1:1 with Amara Okafor' }).waitFor({ state: 'visible', timeout: 30_000 });
  ui.check(/Open items/.test(await prep.locator('body').innerText()), 'in the web worker host: the prep panel shows the prep');
  await ui.shot('web-worker-prep');

  // The manifest's %key% titles and vscode.l10n.t strings resolve here too ("Asked · Told" above is
  // one), and a rule's page opens rendered: the custom editor works in the browser.
  // The prep panel's webview can take the focus back a moment after it paints, which closes a quick
  // pick opened meanwhile (seen once in a fresh-clone run): open the picker again if that happens.
  for (let attempt = 1; ; attempt++) {
    await ui.runCommand('1:1: Show Rule Documentation…');
    await ui.quickPickItems();
    try {
      await ui.page.locator(selectors.quickInputBox).fill('imperative', { timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await ui.page.keyboard.press('Escape');
    }
  }
  await ui.page.locator(selectors.quickInputRow, { hasText: 'an instruction aimed at them' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await ui.page.keyboard.press('Enter');
  const view = page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('iframe#active-frame');
  await view.locator('h1', { hasText: 'imperative' }).waitFor({ state: 'visible', timeout: 20_000 });
  ui.check(true, 'in the web worker host: "1:1: Show Rule Documentation…" (a localized title) opens the rule\'s page, rendered');
  await ui.shot('web-worker-rule-docs');

  const text = await ui.runningExtension('Learning Leader');
  ui.check(/web worker/i.test(text), `Running Extensions places Learning Leader in the web worker host (${text})`);
  await ui.shot('web-worker-running-extensions');
}
