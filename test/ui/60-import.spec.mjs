// Import Notes… as a manager adopting the extension does it: notes kept in another layout (a flat
// folder with dated files and one running file per person), picked with the open dialog, the preview
// read and confirmed, then the People view with the new person and her notes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const timeout = 120_000;

const TREE_ROW = '.monaco-list-row';
const ROSTER = 'one-on-ones/people.json';
const SOURCES = {
  'old-notes/2025-03-04 Rosa Import.md': '# 1:1 with Rosa\nShe wants to lead the migration.\n',
  'old-notes/Rosa Import 2025-03-11.md': '# 1:1\n- [ ] Rosa: write the migration plan\n',
  'old-notes/1-1 Amara.md': '# Amara\nStanding context: tech lead since January.\n\n## 2025-03-18 (Tue)\nHiring loop.\n\n## 4 March 2025\nGuild.\n\n## Mar 11, 2025\nOn-call.\n',
  'old-notes/ideas.md': 'Things to raise some day.\n',
};

export default async function importNotes(ui) {
  const { page } = ui;
  const roster = readFileSync(join(ui.workspaceDir, ROSTER), 'utf8');
  for (const [path, text] of Object.entries(SOURCES)) ui.writeFile(path, text);
  try {
    const sidebar = (await ui.openView()).locator('.pane', { has: page.locator('.pane-header', { hasText: 'People' }) }).first();
    await ui.runCommand('1:1: Import Notes…');
    const kinds = await ui.quickPickItems();
    ui.log(`what: ${kinds.map(k => k.replace(/\s+/g, ' ')).join(' | ')}`);
    ui.check(/A folder of notes/.test(kinds[0] ?? '') && /Files/.test(kinds[1] ?? ''), 'it asks whether the notes are a folder or files');
    await page.keyboard.press('Enter');
    // The open dialog (VS Code's own in the browser): type the folder, then accept it.
    // It lists the workspace's folders first; typing a folder's path lists that folder: only "..",
    // as old-notes/ has files and no folders (one-on-ones/ is gone from the list). Enter before the listing is there would be lost.
    const input = page.locator(ui.selectors.quickInputBox);
    await page.locator(ui.selectors.quickInputRow, { hasText: 'old-notes' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    ui.log(`dialog starts at: ${await input.inputValue()}`);
    await input.fill(`${ui.workspaceDir}/old-notes/`);
    await page.locator(ui.selectors.quickInputRow, { hasText: 'one-on-ones' }).first().waitFor({ state: 'hidden', timeout: 15_000 });
    await page.locator(ui.selectors.quickInputRow, { hasText: '..' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box').first();
    await dialog.waitFor({ state: 'visible', timeout: 20_000 });
    const preview = (await dialog.innerText()).replace(/\u00a0/g, ' ');
    ui.log(`preview:\n${preview}`);
    ui.check(/Import 5 notes for 2 people into one-on-ones\/\?/.test(preview), 'the preview says how many notes for how many people');
    ui.check(/Rosa Import: 2 notes, new \(direct report, coaching, id rosa-import\)/.test(preview), 'the preview names the new person');
    ui.check(/Amara Okafor: 3 notes \(written as "Amara"\)/.test(preview), 'the preview matches "Amara" to Amara Okafor');
    ui.check(/ideas\.md: no date/.test(preview), 'the preview lists the file it cannot place, with why');
    await ui.shot('import-preview');
    await dialog.locator('a.monaco-button, .monaco-button', { hasText: /^Import$/ }).first().click();
    await ui.notification('Imported 5 notes for 2 people.');
    // Her row can show (people.json read) before her notes are: until they are, it has nothing to
    // expand (no aria-expanded). Wait for the row that can open, then open it.
    const rosa = sidebar.locator(`${TREE_ROW}[aria-expanded]`, { hasText: 'Rosa Import' }).first();
    await rosa.waitFor({ state: 'visible', timeout: 20_000 });
    await rosa.click();
    if ((await rosa.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
    await sidebar.locator(TREE_ROW, { hasText: '2025-03-11' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await ui.shot('import-done');
    for (const [path, text] of Object.entries(SOURCES)) ui.check(readFileSync(join(ui.workspaceDir, path), 'utf8') === text, `${path} is unchanged`);
    ui.check(existsSync(join(ui.workspaceDir, 'one-on-ones/amara-okafor/2025-03-18.md')), 'Amara\'s running file is split into her folder');
  } finally {
    writeFileSync(join(ui.workspaceDir, ROSTER), roster);
    for (const dir of ['old-notes', 'one-on-ones/rosa-import']) rmSync(join(ui.workspaceDir, dir), { recursive: true, force: true });
    for (const date of ['2025-03-04', '2025-03-11', '2025-03-18']) rmSync(join(ui.workspaceDir, `one-on-ones/amara-okafor/${date}.md`), { force: true });
  }
}
