// The foundation: the extension shows up in the real workbench, its container opens from the
// activity bar, a 1:1 command runs from the command palette, and a markdown note opens in an editor.
const NOTE = 'foundation/first-note.md';

export default async function foundation(ui) {
  const { page } = ui;

  // 1. The Learning Leader container, opened from the activity bar, with its People view.
  const sidebar = await ui.openView();
  // With one view the sidebar's title reads "Learning Leader: People"; with more, each has a pane header.
  const people = sidebar.locator('.composite.title, .pane-header', { hasText: /people/i }).first();
  await people.waitFor({ state: 'visible', timeout: 15_000 });
  ui.check(await people.isVisible(), 'the Learning Leader container shows its People view');
  await ui.shot('foundation-view');

  // 2. A markdown note in an editor (written here so the spec does not depend on sample/'s content).
  ui.writeFile(NOTE, [
    '# 1:1 with Alex — 2025-01-06',
    '',
    '## What is on your mind?',
    '',
    '- Wants to lead the next design review.',
    '- What would make the review feel like yours?',
    '',
  ].join('\n'));
  await ui.openFile(NOTE);
  const text = await ui.editorText();
  ui.check(text.includes('1:1 with Alex'), 'the note is open in the editor');
  const language = page.locator(`${ui.selectors.statusBar} [id="status.editor.mode"]`).first();
  ui.check(/markdown/i.test(await language.innerText()), 'the editor treats the note as Markdown');
  // Nothing said it failed on the way (the features chunk loads once a note is linted or opened).
  const toasts = (await page.locator(ui.selectors.notificationToast).allInnerTexts()).join(' | ');
  ui.check(!/could not load|failed|error/i.test(toasts), `no error notification once a note is open (${toasts || 'none'})`);
  await ui.shot('foundation-editor');

  // 3. A 1:1 command from the command palette: it answers with a quick pick or a notification.
  await ui.runCommand('1:1: Insert Question…');
  const answer = page.locator(`${ui.selectors.quickInputRow}, ${ui.selectors.notificationToast}`).first();
  await answer.waitFor({ state: 'visible', timeout: 15_000 });
  ui.check(true, '"1:1: Insert Question…" ran and showed its answer');
  await ui.shot('foundation-command');
}
