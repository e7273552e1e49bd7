// Follow-through in the workbench, on the sample: the Open items view (grouped by person, owners,
// ages, overdue items standing out, the inline Tick action, the overdue filter), "Prepare Review
// for…" (the period pick, the review in its panel, a link back to a note, Save as note), and
// "Copy Agenda for…" (what it left out).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const timeout = 150_000;

const ROW = '.monaco-list-row';

/** Waits until the element's fade-in is over (for a screenshot without a half-drawn widget). */
async function settled(page, selector) {
  await page.waitForFunction(sel => {
    const el = document.querySelector(sel);
    return !!el && el.getAnimations({ subtree: true }).every(a => a.playState !== 'running') && getComputedStyle(el).opacity === '1';
  }, selector, { timeout: 5_000 }).catch(() => undefined);
}

export default async function items(ui) {
  const { page } = ui;
  await ui.openView();
  const sidebar = page.locator(ui.selectors.sidebar);
  // A wider sidebar, as in the people spec, and the People view collapsed: the Open items view gets the height.
  const box = await sidebar.boundingBox();
  if (box && box.width < 450) {
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 520, y, { steps: 8 });
    await page.mouse.up();
  }
  const peopleHeader = sidebar.locator('.pane-header', { hasText: /^People/ }).first();
  if ((await peopleHeader.getAttribute('aria-expanded')) === 'true') await peopleHeader.click();
  const header = sidebar.locator('.pane-header', { hasText: 'Open items' }).first();
  await header.waitFor({ state: 'visible', timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Open items' }) }).first();

  // 1. Every open item once, grouped by person, with owner and age; overdue ones stand out.
  const mateo = pane.locator(ROW, { hasText: 'Mateo Fernández' }).first();
  await mateo.waitFor({ state: 'visible', timeout: 30_000 });
  // A row's text is its label, then its description (no space between them in innerText).
  const rows = (await pane.locator(ROW).allInnerTexts()).map(r => r.replace(/\s+/g, ' ').trim());
  ui.log(`open items: ${rows.join(' | ')}`);
  ui.check(rows.filter(r => r.startsWith('Mateo: write up the snapshot trade-offs')).length === 1, 'an item carried from note to note is listed once');
  ui.check(rows.some(r => /^Mateo: write up the snapshot trade-offs for the architecture forum ?theirs · \d+ days$/.test(r)), 'its owner and its age from where it was first written');
  ui.check(rows.some(r => /^Priya: run the design review with the team by Friday ?overdue by \d+ days · theirs/.test(r)), 'an overdue item says so first');
  ui.check(await pane.locator(ROW, { hasText: 'run the design review' }).locator('.codicon-warning').count() === 1, 'an overdue item has the warning icon');
  ui.check(rows.some(r => /^Talk to Kenji about what the guild expects ?theirs/.test(r)), 'a sub-task is its parent\'s');
  ui.check(rows.some(r => /^Amara Okafor ?\d+ open/.test(r)), 'each person shows how many are open');
  // A click opens the item's newest note at its line.
  await pane.locator(ROW, { hasText: 'Mateo: write up the snapshot trade-offs' }).first().click();
  await page.locator(ui.selectors.activeTab, { hasText: '2026-11-17.md' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  const reviewer = pane.locator(ROW, { hasText: 'Me: find a second reviewer from the data team' }).first();
  await reviewer.hover();
  const tip = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'First written' }).first();
  await tip.waitFor({ state: 'visible', timeout: 10_000 });
  ui.check(/Owner: me/.test(await tip.innerText()), 'the tooltip names the owner and where it was first written');
  ui.check(await reviewer.locator('.action-label.codicon-check').count() === 1, 'the row offers Tick Item inline');
  await ui.shot('items-view');

  // 2. The overdue filter, from the view's title menu; then back to everything.
  await header.hover();
  await header.locator('.action-label[aria-label*="More Actions"], .action-label.codicon-toolbar-more, .action-label.codicon-more').first().click();
  await page.locator('.monaco-menu .action-label', { hasText: 'Only Overdue Items' }).first().click();
  await page.waitForFunction(() => {
    const titles = [...document.querySelectorAll('#workbench\\.parts\\.sidebar .pane-header')].map(h => h.textContent ?? '');
    return titles.some(t => t.includes('Open items') && t.includes('only overdue'));
  }, null, { timeout: 10_000 });
  await pane.locator(ROW, { hasText: 'Mateo Fernández' }).first().waitFor({ state: 'hidden', timeout: 10_000 });
  const overdue = (await pane.locator(ROW).allInnerTexts()).map(r => r.replace(/\s+/g, ' ').trim());
  ui.log(`overdue only: ${overdue.join(' | ')}`);
  ui.check(overdue.every(r => !/ · \d+ days$/.test(r) || /overdue by/.test(r)), 'only overdue items are left');
  await ui.shot('items-filter-overdue');
  await header.hover();
  await header.locator('.action-label.codicon-clear-all').first().click();
  await mateo.waitFor({ state: 'visible', timeout: 10_000 });

  // 3. Tick an item: the box in its newest note, nothing else; the row leaves the view.
  const note = join(ui.workspaceDir, 'one-on-ones/mateo-fernandez/2026-11-17.md');
  const before = readFileSync(note, 'utf8');
  await reviewer.hover();
  await reviewer.locator('.action-label.codicon-check').first().click();
  await ui.notification(/Ticked “Me: find a second reviewer from the data team” in 2026-11-17\.md/);
  await reviewer.waitFor({ state: 'hidden', timeout: 10_000 });
  const after = readFileSync(note, 'utf8');
  ui.check(after === before.replace('- [ ] Me: find a second reviewer', '- [x] Me: find a second reviewer'), 'the note changed only in that box');

  // 4. Prepare Review for…: the person, the period (Enter keeps the last 6 months), the review panel.
  await ui.runCommand('1:1: Prepare Review for…');
  await ui.quickPickItems();
  await page.locator(ui.selectors.quickInputBox).fill('Mateo');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'Mateo' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'Last 6 months' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  const periods = (await ui.quickPickItems()).map(r => r.replace(/\s+/g, ' '));
  ui.log(`periods: ${periods.join(' | ')}`);
  ui.check(/Last 6 months/.test(periods[0] ?? '') && periods.some(p => /Private parts: left out/.test(p)), 'the pick offers periods and the private-parts switch');
  await settled(page, ui.selectors.quickInput);
  await ui.shot('review-period-pick');
  await page.keyboard.press('Enter');
  await page.locator(ui.selectors.activeTab, { hasText: 'Review: Mateo Fernández' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  const review = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  await review.locator('h1', { hasText: 'Review prep: Mateo Fernández' }).waitFor({ state: 'visible', timeout: 20_000 });
  const body = await review.locator('body').innerText();
  for (const section of ['Meetings', 'Themes that come back', 'Items', 'Asking and telling', 'Meeting by meeting']) ui.check(body.includes(section), `the review has "${section}"`);
  ui.check(/☐ Mateo: write up the snapshot trade-offs/.test(body), 'open items are listed');
  ui.check(/☑ Me: find a second reviewer from the data team/.test(body), 'the item just ticked is done');
  await ui.shot('review-document');

  // A link goes back to the note (beside the review).
  await review.locator('a', { hasText: 'Tuesday 17 Nov 2026' }).first().click();
  await page.locator('.part.editor .tab', { hasText: '2026-11-17.md' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  ui.check(true, 'the link opened 2026-11-17.md');

  // Save as note: into Mateo's folder under a free name.
  const folder = join(ui.workspaceDir, 'one-on-ones/mateo-fernandez');
  await page.locator('.part.editor .tab', { hasText: 'Review: Mateo Fernández' }).first().click();
  await review.locator('#save').click();
  await ui.notification(/Saved the review as review-\d{4}-\d{2}-\d{2}\.md in mateo-fernandez\//);
  const saved = readdirSync(folder).filter(f => f.startsWith('review-'));
  ui.check(saved.length === 1 && existsSync(join(folder, saved[0])), `the review was saved as ${saved.join(', ')}`);
  ui.check(readFileSync(join(folder, saved[0]), 'utf8').includes('type: review'), 'marked as a review (no items of its own)');

  // 5. Copy Agenda for…: with Amara's note of 1 Nov open (it has a private block), that note is the
  //    one shared; the notice says what went in and what was left out.
  await ui.openFile('one-on-ones/amara-okafor/2026-11-01.md');
  await ui.runCommand('1:1: Copy Agenda for…');
  await ui.quickPickItems();
  await page.locator(ui.selectors.quickInputBox).fill('Amara');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'Amara' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const copied = await ui.notification(/Copied the agenda for Amara Okafor: 2 carried-over items, 2 items from their agenda and 3 questions\. Left out: 1 private block; .* From 2026-11-01\.md\./);
  ui.log(`notification: ${(await copied.innerText()).replace(/\s+/g, ' ')}`);
  await settled(page, ui.selectors.notificationToast);
  await ui.shot('items-copy-agenda');
}
