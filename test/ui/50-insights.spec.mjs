// The coaching insights as a manager meets them, with screenshots in the dark and the light theme:
// the prep panel (it stays through a tab switch), the Coaching insights view across everyone, the
// status bar, and a hostile note (its <script>, <img onerror> and javascript: link shown as text:
// no dialog, no console marker, no global set). Amara gets a few months of earlier notes first, so
// her trend has eight meetings; everything written is removed at the end.
export const timeout = 240_000;

const OPEN = ['How did the review go from your side?', 'What would you try first?', 'What would make the on-call week easier?',
  'Walk me through the incident timeline.', 'What are you learning from the migration?', 'What would help you most this week?'];
const CLOSED = ['Did you get the test logs?', 'Any blockers?', 'Is the rollout on track?', 'Which day works for the demo?'];
const LEADING = ['Don\'t you think the fixtures are the real problem?'];
const TOLD = ['You should talk to Sven about the fixtures.', 'Make sure the runbook is updated before Friday.', 'I told her to take the on-call swap.'];

/** Amara's earlier 1:1s: date, then how many open, closed, leading questions and telling sentences. */
const HISTORY = [
  ['2026-08-30', 1, 3, 0, 2], ['2026-09-06', 2, 2, 0, 2], ['2026-09-13', 2, 1, 1, 1], ['2026-09-20', 3, 1, 0, 1],
  ['2026-10-04', 3, 1, 0, 0], ['2026-10-11', 4, 1, 0, 1], ['2026-10-18', 3, 0, 0, 0],
];

function historyNote([date, open, closed, leading, told]) {
  const pick = (list, n, k) => Array.from({ length: n }, (_, i) => list[(i + k) % list.length]);
  const k = Number(date.slice(8, 10));
  const sentences = [...pick(OPEN, open, k), ...pick(CLOSED, closed, k), ...pick(LEADING, leading, k), ...pick(TOLD, told, k)];
  return ['---', 'person: amara-okafor', `date: ${date}`, 'relationship: direct-report', 'mode: coaching', '---', '',
    '# 1:1 with Amara Okafor', '', '## Notes', '', ...sentences.map(s => `- ${s}`), '',
    '## Action items', '', `- [x] Amara: share the notes from ${date}`, ''].join('\n');
}

const HOSTILE = ['---', 'person: priya-raghunathan', 'date: 2026-11-12', 'mode: coaching', '---', '',
  '# 1:1 with Priya <script>console.log("LL-XSS-title"); window.LL_XSS = 1</script>', '', '## Notes', '',
  'She pasted this into the chat: <script>console.log("LL-XSS-script"); alert("LL-XSS-alert")</script>',
  'and this: <img src=x onerror="console.log(\'LL-XSS-img\'); alert(\'LL-XSS-img\')">',
  'and a link: [the plan](javascript:console.log("LL-XSS-link")) and <a href="javascript:alert(1)">click</a>.',
  'What would <b>you</b> try first?', '', '## Action items', '',
  '- [ ] Priya: <img src=x onerror=alert("LL-XSS-item")> check [this](javascript:alert("LL-XSS-item-link"))', ''].join('\n');

/** The visible webview's inner frame (VS Code keeps an outer iframe per webview; hidden ones are not visible). */
function activeWebview(page) {
  return page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('iframe#active-frame');
}

/**
 * Switches the colour theme through the workspace's .vscode/settings.json (the sample has none; it is
 * removed at the end) and waits for the workbench to take it.
 */
async function colorTheme(ui, kind) {
  const name = kind === 'dark' ? 'Dark Modern' : 'Light Modern';
  ui.writeFile('.vscode/settings.json', `${JSON.stringify({ 'workbench.colorTheme': name }, null, 2)}\n`);
  await ui.page.locator(`.monaco-workbench.${kind === 'dark' ? 'vs-dark' : 'vs'}`).waitFor({ state: 'attached', timeout: 20_000 });
  ui.log(`theme: ${name}`);
}

async function prepare(ui, name) {
  const { page, selectors } = ui;
  // Once in a fresh-clone run the person pick came up inert (Playwright: "element is inert") right
  // after a click in a webview had the focus: the pick is opened again, once, before failing.
  for (let attempt = 1; ; attempt++) {
    await ui.runCommand('1:1: Prepare for 1:1 with…');
    await ui.quickPickItems();
    try {
      await page.locator(selectors.quickInputBox).fill(name, { timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt >= 2) throw e;
      await page.keyboard.press('Escape');
    }
  }
  await page.locator(selectors.quickInputRow, { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const prep = activeWebview(page);
  await prep.locator('h1', { hasText: `Prepare: 1:1 with ${name}` }).waitFor({ state: 'visible', timeout: 30_000 });
  return prep;
}

/**
 * Runs in the insights page: whether the people table fits its editor. Every element of a row's cells
 * lies inside its cell (a text that does not wrap ran into the next column), and the page does not
 * scroll sideways. Says whether the rows are stacked into cards, and how wide the page is.
 */
function tableFit() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} px in ${doc.clientWidth} px)`);
  for (const cell of document.querySelectorAll('table.people tbody th, table.people tbody td')) {
    const box = cell.getBoundingClientRect();
    for (const el of cell.querySelectorAll('*')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width) continue;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
        const who = cell.closest('tr')?.querySelector('.person-name')?.textContent ?? '?';
        problems.push(`${who}: "${(el.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(r.width)} px wide at ${Math.round(r.left)}–${Math.round(r.right)}, its cell ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
  }
  const row = document.querySelector('table.people tbody tr');
  return { problems, stacked: !!row && getComputedStyle(row).display === 'grid', width: doc.clientWidth };
}

/** Waits until the page's width has settled (after the window or the side bar changed), then checks the table (tableFit). */
async function settledFit(frame) {
  let last = -1;
  for (let k = 0; k < 20; k++) {
    const width = await frame.locator('body').evaluate(() => document.documentElement.clientWidth);
    if (width === last) break;
    last = width;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return frame.locator('body').evaluate(tableFit);
}

/** The rows of the insights view as text (textContent: the same however far the page's stylesheet has got), white space made single. */
async function rowTexts(overview) {
  return (await overview.locator('table.people tbody tr').allTextContents()).map(t => t.replace(/\s+/g, ' ').trim());
}

/** The insights cache's person files in the server's workspace storage, once `count` are written (polled: the write follows the count by a few seconds). */
async function waitForInsightsCache(ui, count) {
  const { readdirSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = join(ui.userDataDir, 'User', 'workspaceStorage');
  const find = () => {
    const files = [];
    for (const ws of existsSync(root) ? readdirSync(root) : []) {
      const dir = join(root, ws, 'learning-leader.learning-leader', 'insights');
      if (!existsSync(dir)) continue;
      for (const folder of readdirSync(dir)) files.push(...readdirSync(join(dir, folder)).filter(f => f.endsWith('.json')));
    }
    return files;
  };
  const deadline = Date.now() + 20_000;
  let files = find();
  while (files.length < count && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 250));
    files = find();
  }
  return files;
}

export default async function insights(ui) {
  const { page, selectors } = ui;
  const { readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const written = [];
  const write = (rel, text) => { ui.writeFile(rel, text); written.push(rel); };
  const rosterFile = join(ui.workspaceDir, 'one-on-ones/people.json');
  const roster = readFileSync(rosterFile, 'utf8');
  const markers = [];
  const dialogs = [];
  const onConsole = m => { if (/LL-XSS/.test(m.text())) markers.push(m.text()); };
  const onDialog = d => { dialogs.push(d.message()); void d.dismiss().catch(() => undefined); };
  page.on('console', onConsole);
  page.on('dialog', onDialog);
  try {
    for (const h of HISTORY) write(`one-on-ones/amara-okafor/${h[0]}.md`, historyNote(h));

    // 1. The status bar on a note, with its tooltip.
    await ui.openFile('one-on-ones/amara-okafor/2026-10-11.md');
    const status = page.locator(`${selectors.statusBar} .statusbar-item`, { hasText: /Open \d+ · Closed \d+ · Told \d+/ }).first();
    await status.waitFor({ state: 'visible', timeout: 20_000 });
    ui.check(/Open 4 · Closed 1 · Told 1/.test(await status.innerText()), `the status bar counts the note (${await status.innerText()})`);
    await status.hover();
    const tip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'questions were open' }).first();
    await tip.waitFor({ state: 'visible', timeout: 10_000 });
    ui.check(/4 of 5 questions were open \(80%\)/.test(await tip.innerText()), 'the tooltip gives the open share and what it means');
    await ui.shot('insights-status-bar');
    await page.mouse.move(700, 400);

    // 2. The prep panel, dark theme, beside the People view.
    await colorTheme(ui, 'dark');
    await ui.openView();
    let prep = await prepare(ui, 'Amara Okafor');
    const body = await prep.locator('body').innerText();
    ui.check(/Last 1:1: Sunday 1 Nov 2026/.test(body), 'the last 1:1 before today');
    ui.check(/Questions and telling, last 8 meetings/.test(body), 'a trend over the last 8 meetings');
    ui.check(await prep.locator('svg.chart rect.chart-open').count() === 8, 'eight open-share bars');
    ui.check(await prep.locator('table.numbers tbody tr').count() === 8, 'the numbers beside the chart, a row per meeting');
    ui.check(/2 of 2 questions were open last time/.test(body), 'the wording reflects: "2 of 2 questions were open last time"');
    await ui.shot('insights-prep-dark');
    // The trend with the side bar out of the way: the chart and its numbers side by side.
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');
    await prep.locator('#trend').evaluate(e => e.scrollIntoView({ block: 'start' }));
    await ui.shot('insights-prep-trend-dark');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');
    await prep.locator('body').evaluate(() => window.scrollTo(0, 0));

    // 3. The tab switch: the note's tab becomes active, then the prep's again; it still holds the prep.
    await ui.openFile('one-on-ones/amara-okafor/2026-11-01.md');
    ui.check(await page.locator(selectors.activeTab, { hasText: '2026-11-01.md' }).count() === 1, 'the note is the active tab');
    await page.locator('.part.editor .tabs-container .tab', { hasText: 'Prep: Amara Okafor' }).first().click();
    prep = activeWebview(page);
    await prep.locator('h1', { hasText: 'Prepare: 1:1 with Amara Okafor' }).waitFor({ state: 'visible', timeout: 15_000 });
    ui.check(!/Running the review without a fixed agenda/.test(await prep.locator('body').innerText()), 'the panel shows the prep, not the note');
    ui.check(await page.locator('.part.editor .tabs-container .tab', { hasText: 'Prep: Amara Okafor' }).count() === 1, 'one prep tab');

    // 4. The same panel in the light theme.
    await colorTheme(ui, 'light');
    await prep.locator('h1', { hasText: 'Prepare: 1:1 with Amara Okafor' }).waitFor({ state: 'visible', timeout: 15_000 });
    await prep.locator('body').evaluate(() => window.scrollTo(0, 0));
    await ui.shot('insights-prep-light');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');
    await prep.locator('#trend').evaluate(e => e.scrollIntoView({ block: 'start' }));
    await ui.shot('insights-prep-trend-light');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');

    // 5. Coaching insights across everyone, light then dark, with the whole window.
    await ui.runCommand('1:1: Show Coaching Insights');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');
    let overview = activeWebview(page);
    await overview.locator('h1', { hasText: 'Coaching insights' }).waitFor({ state: 'visible', timeout: 30_000 });
    await overview.locator('table.people tbody tr').first().waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await overview.locator('table.people tbody tr').count();
    ui.check(rows === 5, `a row per active person (${rows})`);
    const amara = (await overview.locator('table.people tbody tr', { hasText: 'Amara Okafor' }).innerText()).replace(/\s+/g, ' ');
    ui.log(`Amara's row: ${amara}`);
    ui.check(/on time/.test(amara), 'cadence kept over six months');
    await ui.shot('insights-overview-light');
    await colorTheme(ui, 'dark');
    overview = activeWebview(page);
    await overview.locator('h1', { hasText: 'Coaching insights' }).waitFor({ state: 'visible', timeout: 15_000 });
    await ui.shot('insights-overview-dark');
    // 5b. The linter off for coaching: its people's telling is "not counted", not 0.
    ui.writeFile('.vscode/settings.json', `${JSON.stringify({ 'workbench.colorTheme': 'Dark Modern', 'learningLeader.lint.strictness': { coaching: 'off' } }, null, 2)}\n`);
    overview = activeWebview(page);
    const notCounted = overview.locator('table.people tbody tr', { hasText: 'Amara Okafor' }).locator('text=not counted').first();
    await notCounted.waitFor({ state: 'visible', timeout: 30_000 });
    const leila = (await overview.locator('table.people tbody tr', { hasText: 'Leila Haddad' }).innerText()).replace(/\s+/g, ' ');
    ui.check(!/not counted/.test(leila), `a mentoring row keeps its told count: ${leila}`);
    const tile = (await overview.locator('text=/telling findings in \\d+ meetings/').first().innerText()).replace(/\s+/g, ' ');
    ui.check(/not counted for 2 people/.test(tile), `the Told tile says for whom it counts nothing: ${tile}`);
    await ui.shot('insights-overview-linter-off');
    ui.writeFile('.vscode/settings.json', `${JSON.stringify({ 'workbench.colorTheme': 'Dark Modern' }, null, 2)}\n`);
    await overview.locator('table.people tbody tr', { hasText: 'Amara Okafor' }).locator('text=not counted').first().waitFor({ state: 'hidden', timeout: 30_000 });
    ui.check(true, 'the told count comes back with the linter');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');

    // 5a. A 900 px wide window, in both themes: with the side bar open the editor is too narrow for six
    // columns and each person becomes a card; with it closed the table fits. Either way no cell's
    // content runs into the next one and nothing scrolls sideways. Dana joins today, so one row says
    // "none before today" (the longest last 1:1; it ran into the cadence column).
    const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    const people = JSON.parse(roster);
    people.people.push({ id: 'dana-whitfield', name: 'Dana Whitfield', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14 });
    ui.writeFile('one-on-ones/people.json', `${JSON.stringify(people, null, 2)}\n`);
    write(`one-on-ones/dana-whitfield/${today}.md`, ['---', 'person: dana-whitfield', `date: ${today}`, 'mode: coaching', '---', '', '# 1:1 with Dana Whitfield', '', '## Notes', '', '- How is the first week going?', ''].join('\n'));
    const dana = overview.locator('table.people tbody tr', { hasText: 'Dana Whitfield' });
    await dana.waitFor({ state: 'visible', timeout: 20_000 });
    ui.check(/none before today/.test(await dana.innerText()), 'Dana\'s row: none before today');
    await page.mouse.move(24, 700);
    await page.setViewportSize({ width: 900, height: 900 });
    try {
      for (const theme of ['dark', 'light']) {
        await colorTheme(ui, theme);
        overview = activeWebview(page);
        await overview.locator('table.people tbody tr').first().waitFor({ state: 'visible', timeout: 15_000 });
        for (const sideBar of ['open', 'closed']) {
          const fit = await settledFit(overview);
          ui.log(`900 px, side bar ${sideBar}, ${theme}: page ${fit.width} px wide, ${fit.stacked ? 'a card per person' : 'a table'}`);
          ui.check(fit.problems.length === 0, `900 px, side bar ${sideBar}, ${theme}: every cell's content inside its cell, no sideways scrolling${fit.problems.length ? ` (${fit.problems.join('; ')})` : ''}`);
          if (sideBar === 'open') ui.check(fit.stacked, `900 px with the side bar open: a card per person (the page is ${fit.width} px wide)`);
          // Dana's row (and the rows around it) in the picture.
          await overview.locator('table.people tbody tr', { hasText: 'Dana Whitfield' }).evaluate(e => e.scrollIntoView({ block: 'center' }));
          await ui.shot(`insights-overview-900-${sideBar === 'open' ? 'side-bar' : 'wide'}-${theme}`);
          await ui.runCommand('View: Toggle Primary Side Bar Visibility');
        }
      }
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
    await colorTheme(ui, 'dark');
    overview = activeWebview(page);
    await overview.locator('body').evaluate(() => window.scrollTo(0, 0));

    // 5b. The next day: the numbers were kept in the workspace storage; after a reload of the window (a
    // new extension host) Show Coaching Insights shows the same rows. (Whether the workbench restores the
    // panel itself depends on when it last saved its editors, so the command is run either way.)
    const kept = await waitForInsightsCache(ui, rows);
    ui.check(kept.length >= rows, `the numbers are kept in the workspace storage (${kept.length} person files)`);
    const before = await rowTexts(overview);
    await page.reload();
    await page.waitForSelector(selectors.workbench, { timeout: 60_000 });
    await page.locator(selectors.activityItem('Learning Leader')).first().waitFor({ timeout: 60_000 });
    await ui.runCommand('1:1: Show Coaching Insights');
    overview = activeWebview(page);
    await overview.locator('table.people tbody tr').first().waitFor({ state: 'visible', timeout: 60_000 });
    // A kept note changed by an earlier spec shows its old numbers until the background check has read it:
    // wait (up to 20 s) for the rows to settle on what the last session showed.
    let after = await rowTexts(overview);
    for (const deadline = Date.now() + 20_000; JSON.stringify(after) !== JSON.stringify(before) && Date.now() < deadline;) {
      await overview.locator('table.people').first().evaluate(table => new Promise(resolve => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(undefined); });
        observer.observe(table.ownerDocument.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => { observer.disconnect(); resolve(undefined); }, 2_000);
      })).catch(() => undefined); // the page was rebuilt: read it again
      after = await rowTexts(overview).catch(() => after);
    }
    const differ = after.findIndex((row, i) => row !== before[i]);
    ui.check(after.length === before.length && differ < 0, `after a reload, the view shows the same rows${differ >= 0 ? ` (row ${differ + 1} was "${before[differ]}", is "${after[differ]}")` : ''}`);
    // The page's stylesheet (a webview resource) applied before the picture: the tiles are a grid.
    const styled = await overview.locator('.tiles').first().evaluate(e => new Promise(resolve => {
      const deadline = Date.now() + 30_000;
      const look = () => {
        if (getComputedStyle(e).display === 'grid') resolve(true);
        else if (Date.now() > deadline) resolve(false);
        else requestAnimationFrame(look);
      };
      look();
    }));
    ui.check(styled, 'after a reload, the page has its stylesheet');
    await ui.shot('insights-overview-after-reload');

    // 6. Clicking a name opens that person's prep.
    await overview.locator('button.person-name', { hasText: 'Mateo Fernández' }).click();
    await activeWebview(page).locator('h1', { hasText: 'Prepare: 1:1 with Mateo Fernández' }).waitFor({ state: 'visible', timeout: 20_000 });
    ui.check(true, 'a name in the insights opens the prep');

    // 7. A hostile note: shown as text, nothing runs.
    write('one-on-ones/priya-raghunathan/2026-11-12.md', HOSTILE);
    const hostile = await prepare(ui, 'Priya Raghunathan');
    await hostile.locator('text=Last 1:1: Thursday 12 Nov 2026').waitFor({ state: 'visible', timeout: 20_000 });
    const text = await hostile.locator('body').innerText();
    ui.check(text.includes('<script>console.log("LL-XSS-script"); alert("LL-XSS-alert")</script>'), 'the <script> is shown as text');
    ui.check(text.includes('<img src=x onerror=alert("LL-XSS-item")>'), 'the <img onerror> is shown as text');
    ui.check(await hostile.locator('img, a, iframe, object, embed').count() === 0, 'no img, link or frame in the page');
    const flags = [];
    for (const frame of page.frames()) flags.push(await frame.evaluate(() => globalThis.LL_XSS).catch(() => undefined));
    ui.check(flags.every(f => f === undefined), 'no frame has the global the note tried to set');
    await ui.shot('insights-hostile-note');
    // The page's own script did run (its state is kept): the policy lets ours through and nothing else.
    ui.check(markers.length === 0, `no console marker from the note (${markers.join(' | ') || 'none'})`);
    ui.check(dialogs.length === 0, `no dialog (${dialogs.join(' | ') || 'none'})`);
  } finally {
    page.off('console', onConsole);
    page.off('dialog', onDialog);
    for (const rel of written) rmSync(join(ui.workspaceDir, rel), { force: true });
    rmSync(join(ui.workspaceDir, 'one-on-ones/dana-whitfield'), { recursive: true, force: true });
    writeFileSync(rosterFile, roster);
    // Back to the workbench's own theme for the specs after this one.
    rmSync(join(ui.workspaceDir, '.vscode'), { recursive: true, force: true });
  }
}
