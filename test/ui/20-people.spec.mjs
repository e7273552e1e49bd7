// The people workflow in the workbench, on the sample roster: the tree with an overdue person and
// its tooltip, "Start 1:1 with…" (people sorted by how overdue they are, then the mode) opening a
// new note from the template with carried-over items, the prep panel, a broken people.json, Add
// Person on a notes folder that is there already, a note whose front matter is broken, and a person's
// folder renamed by hand beside a folder no one has, and a note moved in from another layout named by its date.
export const timeout = 120_000;

const TREE_ROW = '.monaco-list-row';

export default async function people(ui) {
  const { page } = ui;
  // The People view's pane (the Open items view below it lists people too).
  const sidebar = (await ui.openView()).locator('.pane', { has: page.locator('.pane-header', { hasText: 'People' }) }).first();
  // A wider sidebar, as someone who lives in this view would set it.
  const box = await page.locator(ui.selectors.sidebar).boundingBox();
  if (box) {
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 180, y, { steps: 8 });
    await page.mouse.up();
  }

  // 1. The tree: groups, people with mode and cadence, an overdue one with its warning icon.
  const amara = sidebar.locator(TREE_ROW, { hasText: 'Amara Okafor' }).first();
  await amara.waitFor({ state: 'visible', timeout: 20_000 });
  const rows = (await sidebar.locator(TREE_ROW).allInnerTexts()).map(r => r.replace(/\s+/g, ' ').trim());
  ui.log(`tree: ${rows.join(' | ')}`);
  for (const label of ['Direct reports', 'Peers', 'Archived']) ui.check(rows.some(r => r.startsWith(label)), `the tree has the group "${label}"`);
  ui.check(/overdue by \d+ days · Coaching/.test(await amara.innerText()), 'Amara shows her mode and how overdue she is');
  ui.check(await amara.locator('.codicon-warning').count() === 1, 'an overdue person has the warning icon');
  ui.check(!rows.some(r => r.startsWith('Tomasz Nowak')), 'archived people stay in the collapsed Archived group');
  await amara.hover();
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Next 1:1 due' }).first();
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  ui.check(/every 7 days/.test(await hover.innerText()), 'the tooltip says when the next 1:1 is due');
  // The inline actions show on the hovered row.
  ui.check(await amara.locator('.action-label.codicon-comment-discussion').count() === 1, 'the row offers Start 1:1 inline');
  await ui.shot('people-tree');
  await page.mouse.move(900, 600);

  // 2. Start 1:1 with…: the most overdue first, then the mode (Enter keeps the person's default).
  await ui.runCommand('1:1: Start 1:1 with…');
  const items = (await ui.quickPickItems()).map(r => r.replace(/\s+/g, ' '));
  ui.log(`pick: ${items.join(' | ')}`);
  ui.check(items.length === 5, 'the pick lists the five active people');
  ui.check(/Leila Haddad/.test(items[0] ?? ''), 'the most overdue person comes first');
  await ui.shot('people-start-pick');
  await page.locator(ui.selectors.quickInputBox).fill('Amara');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'Amara Okafor' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'default' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  const modes = await ui.quickPickItems();
  ui.log(`modes: ${modes.join(' | ')}`);
  ui.check(/Coaching/.test(modes[0] ?? '') && /default/.test(modes[0] ?? ''), 'the mode pick offers her default first');
  await page.keyboard.press('Enter');
  await page.locator(ui.selectors.activeTab, { hasText: /^\s*\d{4}-\d{2}-\d{2}\.md/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
  // Show the top of the note: front matter, title, stance and what was carried over. The command puts
  // the cursor on the agenda once the note is shown, so go to the top until the front matter is in view.
  let text = '';
  for (let attempt = 0; attempt < 20 && !text.includes('mode: coaching'); attempt++) {
    await page.keyboard.press('Control+Home');
    await page.locator(`${ui.selectors.activeEditor} .view-lines`).first().waitFor({ state: 'visible' });
    text = await ui.editorText();
    if (!text.includes('mode: coaching')) await page.waitForTimeout(250);
  }
  ui.check(text.includes('mode: coaching'), 'the note has front matter with the mode');
  ui.check(text.includes('## Carried over'), 'the note has a Carried over section');
  ui.check(/Amara: decide about the guild/.test(text), 'open items from the last note are carried over');
  await ui.shot('people-new-note');

  // 3. Prepare for 1:1 with…: the prep panel (a webview of its own; 50-insights looks at it closely).
  await ui.runCommand('1:1: Prepare for 1:1 with…');
  await ui.quickPickItems();
  await page.locator(ui.selectors.quickInputBox).fill('Mateo');
  await page.locator(ui.selectors.quickInputRow, { hasText: 'Mateo' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const tab = page.locator(ui.selectors.activeTab, { hasText: /Prep: Mateo/ }).first();
  await tab.waitFor({ state: 'visible', timeout: 15_000 });
  const prep = page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('iframe#active-frame');
  await prep.locator('h1', { hasText: 'Prepare: 1:1 with Mateo' }).waitFor({ state: 'visible', timeout: 20_000 });
  const body = await prep.locator('body').innerText();
  ui.check(/Open items \(3\)/.test(body), 'the prep lists the open items');
  ui.check(/Questions and telling/.test(body), 'the prep shows the questions and telling');
  ui.check(/Questions not asked lately/.test(body), 'the prep suggests questions not asked lately');

  // 4. A broken people.json: the problem at its line in the editor and the Problems count, an error
  //    item in the tree, and the people read before the error still listed. Then put it back.
  const rosterPath = 'one-on-ones/people.json';
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const good = readFileSync(join(ui.workspaceDir, rosterPath), 'utf8');
  try {
    ui.writeFile(rosterPath, good.replace('"name": "Mateo Fernández",', '"name": "Mateo Fernández"'));
    await ui.openFile(rosterPath);
    const problem = sidebar.locator(TREE_ROW, { hasText: /people\.json line \d+/ }).first();
    await problem.waitFor({ state: 'visible', timeout: 15_000 });
    ui.check(/comma missing/.test(await problem.innerText()), 'the tree names the problem and its line');
    ui.check(await sidebar.locator(TREE_ROW, { hasText: 'Amara Okafor' }).count() === 1, 'people before the error are still listed');
    await page.locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: 15_000 });
    await ui.shot('people-broken-roster');
  } finally {
    ui.writeFile(rosterPath, good);
  }
  await sidebar.locator(TREE_ROW, { hasText: /people\.json line/ }).first().waitFor({ state: 'hidden', timeout: 15_000 });

  // 5. Add Person whose notes folder is there already (someone taken out of people.json, their notes
  //    kept): the name box says so, and how many notes become theirs.
  const { rmSync } = await import('node:fs');
  ui.writeFile('one-on-ones/zoe-quill/2026-11-02.md', '# 1:1 with Zoe\n');
  ui.writeFile('one-on-ones/zoe-quill/2026-11-09.md', '# 1:1 with Zoe\n');
  try {
    await ui.runCommand('1:1: Add Person…');
    await page.locator(ui.selectors.quickInputBox).fill('Zoe Quill');
    const notice = page.locator(`${ui.selectors.quickInput} .quick-input-message`, { hasText: 'is there already' }).first();
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    const said = (await notice.innerText()).replace(/\s+/g, ' ');
    ui.check(/Notes folder: one-on-ones\/zoe-quill\/ is there already, with 2 notes; they will be theirs\./.test(said), `the name box says the folder is there with its notes: ${said}`);
    await ui.shot('people-add-existing-folder');
    await page.keyboard.press('Escape');
  } finally {
    rmSync(join(ui.workspaceDir, 'one-on-ones', 'zoe-quill'), { recursive: true, force: true });
  }

  // 6. A note whose front matter is broken: a warning on each line at fault, in the editor and the
  //    Problems panel, with the value meant.
  const broken = 'one-on-ones/amara-okafor/front-matter-ui.md';
  ui.writeFile(broken, '---\nperson: amara-okafor\ndate: 2026-11-32\nmode: coachin\nrelationship: [direct\n---\n\n# 1:1 with Amara Okafor\n\n- What got in the way of the release?\n');
  try {
    await ui.runCommand('View: Close All Editors');
    await ui.openFile(broken);
    await page.locator(`${ui.selectors.activeEditor} .squiggly-warning`).first().waitFor({ state: 'visible', timeout: 15_000 });
    await ui.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const mode = page.locator('.markers-panel .monaco-list-row', { hasText: '"coachin" is not a mode' }).first();
    await mode.waitFor({ state: 'visible', timeout: 15_000 });
    ui.check(/Did you mean "coaching"\?/.test(await mode.innerText()), 'the mode\'s warning names the mode meant');
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(r => r.replace(/\s+/g, ' '));
    ui.check(rows.some(r => /2026-11-32" is not a calendar date/.test(r)), 'the date is told');
    ui.check(rows.some(r => /"\[direct" opens a "\[" that is never closed/.test(r)), 'the open bracket is told');
    await ui.shot('notes-front-matter-problems');
    await ui.runCommand('View: Hide Panel');
  } finally {
    rmSync(join(ui.workspaceDir, broken), { force: true });
  }

  // 7. Mateo's folder renamed by hand, and a folder no one in people.json has: both are shown, and
  //    Mateo's row says where his notes are instead of "no 1:1 yet".
  const { renameSync } = await import('node:fs');
  const mateoDir = join(ui.workspaceDir, 'one-on-ones', 'mateo-fernandez');
  const renamed = join(ui.workspaceDir, 'one-on-ones', 'mateo');
  ui.writeFile('one-on-ones/ghost-person/2026-11-05.md', '# 1:1\n');
  renameSync(mateoDir, renamed);
  try {
    const folders = sidebar.locator(TREE_ROW, { hasText: 'Folders with no person' }).first();
    await folders.waitFor({ state: 'visible', timeout: 15_000 });
    const label = (await folders.innerText()).replace(/\s+/g, ' ');
    ui.check(/Folders with no person: ghost-person, mateo/.test(label), `the tree lists the folders no one has: ${label}`);
    const mateo = sidebar.locator(TREE_ROW, { hasText: 'Mateo Fernández' }).first();
    await sidebar.locator(TREE_ROW, { hasText: 'no notes here: see mateo/' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await folders.click();
    await sidebar.locator(TREE_ROW, { hasText: /looks like Mateo Fernández's/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await mateo.hover();
    const tip = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'No notes in' }).first();
    await tip.waitFor({ state: 'visible', timeout: 10_000 });
    ui.check(/No notes in one-on-ones\/mateo-fernandez\/; one-on-ones\/mateo\/ has 3 notes — rename it back/.test((await tip.innerText()).replace(/\s+/g, ' ')), 'the tooltip says where his notes are');
    await ui.shot('people-folders-with-no-person');
    await page.mouse.move(900, 600);
  } finally {
    renameSync(renamed, mateoDir);
    rmSync(join(ui.workspaceDir, 'one-on-ones', 'ghost-person'), { recursive: true, force: true });
  }
  await sidebar.locator(TREE_ROW, { hasText: 'Folders with no person' }).first().waitFor({ state: 'hidden', timeout: 15_000 });

  // 8. A note moved into Kenji's folder from another layout keeps its old name: its row says the name
  //    to give it, and its pencil (Name Notes by Their Dates) renames it, text unchanged.
  const moved = 'one-on-ones/kenji-watanabe/2026-09-20 Kenji Watanabe.md';
  const movedText = '# 1:1 Kenji / me\n\nNotes:\n- Went through the incident review.\n';
  ui.writeFile(moved, movedText);
  try {
    const kenji = sidebar.locator(TREE_ROW, { hasText: 'Kenji Watanabe' }).first();
    await kenji.waitFor({ state: 'visible', timeout: 15_000 });
    const fileRow = sidebar.locator(TREE_ROW, { hasText: 'not counted: name it 2026-09-20.md' }).first();
    for (let attempt = 0; attempt < 3 && !(await fileRow.isVisible()); attempt++) {
      await kenji.click();
      await fileRow.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    }
    ui.check(await fileRow.isVisible(), 'the moved note is listed under Kenji with the name to give it');
    // A tooltip from an earlier row (Kenji's, shown below his row, over this one) may still be open and take the
    // pointer: close it, wait until no tooltip is on the page, and try the hover again if one came back first.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(900, 600);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => ![...document.querySelectorAll('.context-view .rendered-markdown, .monaco-hover, .workbench-hover')]
        .some(e => e.getClientRects().length > 0), null, { timeout: 10_000 }).catch(() => undefined);
      try {
        await fileRow.hover({ timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
    const pencil = fileRow.locator('.action-label[aria-label="Name Notes by Their Dates"]').first();
    await pencil.waitFor({ state: 'visible', timeout: 10_000 });
    await ui.shot('people-note-to-name-by-date');
    await pencil.click();
    await fileRow.waitFor({ state: 'hidden', timeout: 15_000 });
    const { existsSync, readFileSync } = await import('node:fs');
    const renamedNote = join(ui.workspaceDir, 'one-on-ones', 'kenji-watanabe', '2026-09-20.md');
    ui.check(existsSync(renamedNote) && readFileSync(renamedNote, 'utf8') === movedText && !existsSync(join(ui.workspaceDir, moved)), 'the pencil renamed it to 2026-09-20.md, its text unchanged');
    await sidebar.locator(TREE_ROW, { hasText: /^\s*2026-09-20\s*$/ }).first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
    await ui.shot('people-note-named-by-date');
  } finally {
    rmSync(join(ui.workspaceDir, moved), { force: true });
    rmSync(join(ui.workspaceDir, 'one-on-ones', 'kenji-watanabe', '2026-09-20.md'), { force: true });
  }
}
