// Question sets in the workbench: the snippet suggestions in a markdown note (type "1on1", then
// Ctrl+Space), the full coaching set inserted with its tab stops, a purpose snippet's choice of
// wordings, and "1:1: Insert Question…" grouped by relationship and purpose.
export const timeout = 120_000;

const NOTE = 'questions-demo/1-1-with-sam.md';
const SUGGEST = '.editor-widget.suggest-widget.visible';
const SUGGEST_ROW = `${SUGGEST} .monaco-list-row`;

/**
 * A small screenshot for the README: part of the window (`clip`) or one element (a locator).
 * Saved next to the full ones as <name>.png; docs/screenshots/ holds copies chosen by hand.
 */
async function smallShot(ui, name, target) {
  const path = `${ui.screenshotsDir}/${name}.png`;
  if (typeof target.screenshot === 'function') await target.screenshot({ path });
  else await ui.page.screenshot({ path, clip: target });
  ui.log(`screenshot ${path}`);
}

/** The editor's visible text, with the non-breaking spaces Monaco renders turned back into spaces. */
async function text(ui) {
  return (await ui.editorText()).replace(/\u00a0/g, ' ');
}

export default async function questions(ui) {
  const { page } = ui;
  ui.writeFile(NOTE, [
    '---',
    'mode: coaching',
    '---',
    '',
    '# 1:1 with Sam',
    '',
    '',
  ].join('\n'));
  await ui.openFile(NOTE);
  await page.locator(ui.selectors.activeEditor).first().click();
  await page.keyboard.press('Control+End');

  // 1. "1on1" + Ctrl+Space lists the four relationship snippets, each named by its relationship.
  await page.keyboard.type('1on1');
  await page.keyboard.press('Control+Space');
  await page.locator(SUGGEST_ROW).first().waitFor({ state: 'visible', timeout: 15_000 });
  const rows = (await page.locator(SUGGEST_ROW).allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
  ui.log(`suggestions: ${rows.join(' | ')}`);
  for (const prefix of ['1on1-coach', '1on1-colearn', '1on1-mentor', '1on1-peer', '1on1-problem']) {
    ui.check(rows.some(r => r.includes(prefix)), `the suggestions offer ${prefix}`);
  }
  ui.check(rows.some(r => /1on1-peer.*Learning with a peer as equals/.test(r)), 'each suggestion names its relationship');
  await ui.shot('questions-snippet-suggestions');
  // Ctrl+Space again opens the details: the snippet's description and a preview of what it inserts.
  await page.keyboard.press('Control+Space');
  await page.locator(`${SUGGEST} .details`).first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
  await ui.shot('questions-snippet-details');
  await smallShot(ui, 'small-questions-snippets', { x: 350, y: 30, width: 880, height: 530 });

  // 2. Narrow to the coaching set and insert it: the cursor waits under the first question.
  await page.keyboard.type('-coach');
  await page.locator(SUGGEST_ROW, { hasText: '1on1-coach' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator(SUGGEST).waitFor({ state: 'hidden', timeout: 10_000 });
  await page.keyboard.type('The migration cutover, and whether to split it');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Shipping the first slice without a rollback drill');
  let inserted = await text(ui);
  ui.check(inserted.includes('## Coaching a direct report'), 'the set has its title');
  ui.check(inserted.includes('### Opening') && inserted.includes('### About their agenda'), 'the set is grouped by purpose');
  ui.check(/What has your attention this week\?\s+- The migration cutover/.test(inserted), 'the first tab stop is the answer under the first question');
  ui.check(/since we last talked\?\s+- Shipping the first slice/.test(inserted), 'Tab moves to the answer under the next question');
  await ui.shot('questions-snippet-inserted');
  await smallShot(ui, 'small-questions-set-inserted', { x: 350, y: 30, width: 760, height: 580 });
  await page.keyboard.press('Escape');

  // 3. A purpose snippet offers its wordings as a choice.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ask-growth-coach');
  await page.keyboard.press('Control+Space');
  await page.locator(SUGGEST_ROW, { hasText: 'ask-growth-coach' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  // The choice list opens as a second suggest widget with the three growth wordings.
  await page.locator(SUGGEST_ROW, { hasText: 'If nobody were measuring it' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  const choices = (await page.locator(SUGGEST_ROW).allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
  ui.log(`choices: ${choices.join(' | ')}`);
  ui.check(choices.length === 3 && choices.some(c => c.includes('what would make it safe to try?')), 'ask-growth-coach offers three wordings, commas intact');
  await ui.shot('questions-purpose-choice');
  await smallShot(ui, 'small-questions-purpose-choice', { x: 350, y: 450, width: 1030, height: 400 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  ui.check((await text(ui)).includes('- What are you learning right now that you did not know a month ago?'), 'the chosen wording is inserted');

  // 4. Insert Question…: filtered to the note's relationship (front matter mode: coaching), grouped by purpose.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await ui.runCommand('1:1: Insert Question…');
  const items = await ui.quickPickItems();
  ui.log(`picker: ${items.slice(0, 8).join(' | ')}`);
  const separators = await page.locator(`${ui.selectors.quickInputRow} .quick-input-list-separator`).allInnerTexts();
  ui.log(`separators: ${separators.join(' | ')}`);
  ui.check(items[0]?.includes('What has your attention this week?'), 'the first row is the first coaching question, so Enter inserts it');
  ui.check(separators.some(s => s.includes('Feedback and challenge')) && separators.some(s => s.includes('Problem-solving frame')), 'questions are grouped by purpose');
  ui.check(!items.some(i => i.includes('What does your discipline see in this')), 'peer questions are filtered out of a coaching note');
  await ui.shot('questions-insert-picker');
  await smallShot(ui, 'small-questions-insert-picker', page.locator(ui.selectors.quickInput).first());
  await page.locator(ui.selectors.quickInputBox).fill('challenge');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'What have you hesitated to tell me?' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  const filtered = await ui.quickPickItems();
  ui.check(filtered.some(i => i.includes('Show all relationships')), 'the switch to all relationships stays in reach while filtering');
  await ui.shot('questions-insert-filter');
  await smallShot(ui, 'small-questions-insert-filter', page.locator(ui.selectors.quickInput).first());
  await page.locator(ui.selectors.quickInputBox).fill('hesitated');
  await page.locator(ui.selectors.quickInputRow).first().filter({ hasText: 'What have you hesitated to tell me?' }).waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator(ui.selectors.quickInput).waitFor({ state: 'hidden', timeout: 10_000 });
  inserted = await text(ui);
  ui.check(/(^|\n)- What have you hesitated to tell me\?/.test(inserted), 'the picked question is inserted as a list item on the empty line');

  // 5. The switch to all relationships, and back.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await ui.runCommand('1:1: Insert Question…');
  await ui.quickPickItems();
  // The switch is the last row and a button in the picker's title bar.
  await page.locator(ui.selectors.quickInput).getByRole('button', { name: 'Show all relationships' }).first().click();
  await page.locator(ui.selectors.quickInput).getByRole('button', { name: 'Show only Coaching a direct report' }).first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  const allSeparators = await page.locator(`${ui.selectors.quickInputRow} .quick-input-list-separator`).allInnerTexts();
  ui.log(`separators (all): ${allSeparators.filter(Boolean).join(' | ')}`);
  ui.check(allSeparators.some(s => s.includes('Coaching · Opening')), 'with all relationships the groups name their relationship');
  await page.locator(ui.selectors.quickInputBox).fill('discipline');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'What does your discipline see in this that mine tends to miss?' }).first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  ui.check(true, 'peer questions are offered once all relationships show');
  await ui.shot('questions-insert-all');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+S');
}
