import * as assert from 'assert';
import * as vscode from 'vscode';
import { largeNote } from '../fixtures/large-note.mjs';
import {
  activateExtension, closeAllEditors, describeDiagnostics, note, recordNotices, waitFor, waitForDiagnostics, workspaceUri, writeWorkspaceFile,
} from './util';

const SOURCE = 'learning-leader';
const ours = (ds: readonly vscode.Diagnostic[]) => ds.filter(d => d.source === SOURCE);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(relativePath: string, content: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(relativePath, content);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Code actions at a range; retried when VS Code cancels the request because the editor was still settling. */
async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('Canceled')) throw e;
    }
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('learningLeader').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('telling linter in VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  // Closing the 5 MB note's editor can take many seconds on a loaded 2-core machine (CI): more than mocha's default 20 s for a hook.
  teardown(async function () {
    this.timeout(90_000);
    await closeAllEditors();
    for (const key of ['lint.scope', 'lint.allowPhrases', 'lint.typingDelay', 'lint.holdWhileTyping', 'lint.maxFileSizeMB']) await setSetting(key, undefined);
  });

  test('measure: activate() time (printed, not asserted)', async () => {
    const api = await activateExtension();
    assert.ok(api.activationMs >= 0);
    note(`      activate() took ${api.activationMs.toFixed(1)} ms`);
  });

  test('"About this rule" and the rule id in the Problems panel open the rule\'s page, rendered, at that rule', async () => {
    const api = await activateExtension();
    const editor = await open('one-on-ones/lint-tests/about-rule.md', '---\nmode: coaching\n---\n# 1:1\n\nMake sure you update the ticket.\n');
    const [d] = await waitForDiagnostics(editor.document.uri, ds => ours(ds).length === 1, 10_000, SOURCE);
    assert.ok(d && typeof d.code === 'object');
    const target = d.code.target;
    assert.strictEqual(target.toString(), 'learning-leader-rules:/make-sure');
    // The hover links to the same page.
    const hovers = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 2));
      return found.length ? found : undefined;
    }, 10_000, 'a hover');
    const markdown = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    // (A hover renders links of the usual schemes only: its link runs the one command it trusts.)
    assert.ok(markdown.includes('[About this rule](command:learningLeader.showRuleDocs?%5B%22make-sure%22%5D'), markdown);
    // What VS Code does with a clicked code.target or hover link: open the URI as an editor.
    await vscode.commands.executeCommand('vscode.open', target);
    const tab = await waitFor(() => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputCustom ? input : undefined;
    }, 10_000, 'the rule page in a custom editor tab');
    assert.strictEqual(tab.viewType, 'learningLeader.ruleDocs');
    assert.strictEqual(tab.uri.toString(), target.toString());
    const html = await waitFor(() => api.lint.ruleDocsHtml.get('make-sure'), 10_000, 'the page rendered');
    assert.match(html, /<h1 id="rule-make-sure"><code>make-sure<\/code>: make sure \/ ensure \/ remember to<\/h1>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(!/<script/i.test(html), 'no script');
    assert.match(html, /href="command:learningLeader\.showRuleDocs\?%5B%22imperative%22%5D"/, 'links to the other rules');
    // The command opens the same page (and a pick without an id).
    const again = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.showRuleDocs', 'imperative');
    assert.strictEqual(again?.toString(), 'learning-leader-rules:/imperative');
    await waitFor(() => api.lint.ruleDocsHtml.get('imperative'), 10_000, 'the imperative page');
  });

  test('a telling sentence gets a diagnostic with source, code and docs link; the quick fix removes it', async () => {
    const editor = await open('one-on-ones/lint-tests/quickfix.md', '---\nmode: coaching\n---\n# 1:1\n\nWhat would you try first?\n\nYou should refactor the importer.\n');
    const uri = editor.document.uri;
    const [d] = await waitForDiagnostics(uri, ds => ours(ds).length === 1, 10_000, SOURCE);
    assert.strictEqual(codeOf(d), 'you-modal');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.range.start.line, 7);
    assert.strictEqual(editor.document.getText(d.range), 'You should');
    assert.ok(typeof d.code === 'object' && d.code.target.toString() === 'learning-leader-rules:/you-modal', 'code.target links to the rule\'s page');
    assert.match(d.message, /Coaching a direct report/);

    // The editor learns of new markers asynchronously; wait until the fixes are offered.
    const actions = await waitFor(async () => {
      const found = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return found.length ? found : undefined;
    }, 10_000, 'quick fixes offered');
    const titles = actions.map(a => a.title);
    note(`      quick fixes: ${titles.join(' | ')}`);
    const ask = actions.find(a => a.isPreferred && a.title.startsWith('Ask instead'));
    assert.ok(ask?.edit, `a preferred "Ask instead" fix among: ${titles.join(', ')}`);
    assert.ok(titles.some(t => t.startsWith('Disable you-modal for this line')));
    assert.ok(titles.some(t => t.startsWith('Allow “')));
    assert.ok(await vscode.workspace.applyEdit(ask.edit));
    assert.match(editor.document.getText(), /How would you approach the importer\?/);
    await waitForDiagnostics(uri, ds => ours(ds).length === 0, 10_000, SOURCE);
  });

  test('an inline disable comment silences a line', async () => {
    const editor = await open('one-on-ones/lint-tests/disable.md', [
      '# 1:1', '', '<!-- learning-leader-disable-next-line -->', 'Send me the draft by Thursday.', '',
      'Please fix the flaky tests first.', '',
    ].join('\n'));
    const ds = await waitForDiagnostics(editor.document.uri, x => ours(x).length >= 1, 10_000, SOURCE);
    assert.deepStrictEqual(ours(ds).map(d => [d.range.start.line, codeOf(d)]), [[5, 'imperative']], describeDiagnostics(ds));
  });

  test('severity follows the relationship: coaching warns, peer learning hints', async () => {
    const body = '# 1:1\n\nYou need to loop in security before the launch.\n';
    const coaching = await open('one-on-ones/lint-tests/coaching.md', `---\nmode: coaching\n---\n${body}`);
    const [c] = await waitForDiagnostics(coaching.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
    const peer = await open('one-on-ones/lint-tests/peer.md', `---\nmode: peer-learning\n---\n${body}`);
    const [p] = await waitForDiagnostics(peer.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
    assert.strictEqual(c.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(p.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(p.message, /a peer as equals/);
  });

  test('the hover explains the rule and offers the asking rewrites', async () => {
    const editor = await open('one-on-ones/lint-tests/hover.md', '# 1:1\n\nI want you to own the migration.\n');
    const [d] = await waitForDiagnostics(editor.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 2));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Learning Leader/);
    assert.match(text, /want-you-to/);
    assert.match(text, /What part would you like to play in the migration\?/);
  });

  test('the status bar counts open and closed questions and telling found in the active note', async () => {
    const api = await activateExtension();
    const editor = await open('one-on-ones/lint-tests/status.md', '# 1:1\n\nWhat went well? What would you change?\n\nSend me the draft.\n');
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
    assert.strictEqual(await waitFor(() => api.lint.statusText()?.includes('Told 1') && api.lint.statusText(), 5_000, 'status text'), '$(comment-discussion) Open 2 · Closed 0 · Told 1');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a note' }));
    await waitFor(() => api.lint.statusText() === undefined, 5_000, 'status hidden for other files');
  });

  test('markdown outside the notes folder is linted only with lint.scope = allMarkdown', async () => {
    const editor = await open('elsewhere/readme.md', '# Readme\n\nYou should read this.\n');
    const uri = editor.document.uri;
    const api = await activateExtension();
    assert.strictEqual(await api.lint.lintNow(editor.document), undefined);
    assert.strictEqual(ours(vscode.languages.getDiagnostics(uri)).length, 0);
    await setSetting('lint.scope', 'allMarkdown');
    await waitForDiagnostics(uri, x => ours(x).length === 1, 10_000, SOURCE);
    await setSetting('lint.scope', undefined);
    await waitForDiagnostics(uri, x => ours(x).length === 0, 10_000, SOURCE);
  });

  test('"allow" adds the sentence to the workspace allow list and the finding goes away', async () => {
    const editor = await open('one-on-ones/lint-tests/allow.md', '# 1:1\n\nDon\'t merge on Fridays.\n');
    const [d] = await waitForDiagnostics(editor.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
    // VS Code answers a code action request with nothing when the set of code action providers changes
    // while it runs (the built-in markdown extension registers its own as the first note opens): asked
    // again until our actions come, as the light bulb asks again on the next cursor move.
    let actions: vscode.CodeAction[] = [];
    const allow = await waitFor(async () => {
      actions = await codeActions(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return actions.find(a => a.title.startsWith('Allow “'));
    }, 10_000, 'the allow action').catch(() => undefined);
    assert.ok(allow?.command, `allow action among: ${actions.map(a => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
    assert.deepStrictEqual(vscode.workspace.getConfiguration('learningLeader').get('lint.allowPhrases'), ['Don\'t merge on Fridays']);
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 0, 10_000, SOURCE);
  });

  test('the light bulb (code actions without a kind, on every cursor move) gets the quick fixes, not the fix-all', async () => {
    const editor = await open('one-on-ones/lint-tests/lightbulb.md', '# 1:1\n\nYou should pair with Sam. Send me the draft by Thursday.\n');
    const [d] = await waitForDiagnostics(editor.document.uri, x => ours(x).length === 2, 10_000, SOURCE);
    assert.ok(d);
    const all = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
      return found.some(a => a.title.startsWith('Ask instead')) ? found : undefined;
    }, 10_000, 'the quick fixes');
    assert.ok(!all.some(a => a.kind?.value === 'source.fixAll.learningLeader'), 'the fix-all (which rewrites the whole note) is not built for the light bulb');
    const asked = await codeActions(editor.document.uri, d.range, 'source.fixAll');
    assert.ok(asked.some(a => a.kind?.value === 'source.fixAll.learningLeader' && a.edit), 'it is there when asked for by kind');
  });

  test('fix-all rephrases every finding in one undoable edit', async () => {
    const editor = await open('one-on-ones/lint-tests/fixall.md', '# 1:1\n\nYou should pair with Sam. Send me the draft by Thursday.\n\nDon\'t push on Fridays.\n');
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 3, 10_000, SOURCE);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActions(editor.document.uri, all, 'source.fixAll.learningLeader');
    const fixAll = actions.find(a => a.kind?.value === 'source.fixAll.learningLeader');
    assert.ok(fixAll?.edit);
    await vscode.workspace.applyEdit(fixAll.edit);
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 0, 10_000, SOURCE);
    assert.match(editor.document.getText(), /How would you approach working with Sam\? What timeline feels realistic for the draft\?\n\nWhat do you see as the trade-offs of pushing on Fridays\?/);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 3, 10_000, SOURCE);
  });

  test('Rephrase All (its code loads with the features chunk) rewrites the active note\'s telling in one edit', async () => {
    const editor = await open('one-on-ones/lint-tests/rephrase-all.md', '# 1:1\n\nYou should pair with Sam.\n\nDon\'t push on Fridays.\n');
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 2, 10_000, SOURCE);
    const changes = await vscode.commands.executeCommand<number>('learningLeader.rephraseAll');
    assert.strictEqual(changes, 2);
    assert.match(editor.document.getText(), /How would you approach working with Sam\?/);
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 0, 10_000, SOURCE);
  });

  test('Rephrase All rewrites what is yet to be said and leaves the record of what was said as written', async () => {
    const record = '- Asked: why didn\'t you escalate the pager load sooner?';
    const editor = await open('one-on-ones/lint-tests/rephrase-record.md', `# 1:1\n\n## My talking points\n\n- You should pair with Sam on the billing bug.\n\n## Notes\n\n${record}\n`);
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 2, 10_000, SOURCE);
    const changes = await vscode.commands.executeCommand<number>('learningLeader.rephraseAll');
    assert.strictEqual(changes, 1);
    assert.match(editor.document.getText(), /- How would you approach the billing bug\?/);
    assert.ok(editor.document.getText().includes(record), 'the record is left as written');
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 1, 10_000, SOURCE);
  });

  test('findings in the sentence being typed wait until the typing pauses', async () => {
    await setSetting('lint.typingDelay', 800);
    const editor = await open('one-on-ones/lint-tests/typing.md', '# 1:1\n\nDiscussed the roadmap.\n\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, x => ours(x).length === 0, 10_000, SOURCE);
    const end = new vscode.Position(4, 0);
    editor.selection = new vscode.Selection(end, end);
    const api = await activateExtension();
    const linted = new Promise<void>(resolve => {
      const sub = api.lint.onDidLint(u => { if (u.toString() === uri.toString()) { sub.dispose(); resolve(); } });
    });
    const t0 = Date.now();
    await editor.edit(b => b.insert(end, 'You should take the lead'));
    await linted;
    const early = ours(vscode.languages.getDiagnostics(uri));
    if (Date.now() - t0 < 700) assert.strictEqual(early.length, 0, 'held back while typing');
    await waitForDiagnostics(uri, x => ours(x).length === 1, 10_000, SOURCE);
    note(`      shown after ${Date.now() - t0} ms (typingDelay 800)`);
  });

  test('Check All Notes lints every note, open or closed, into the Problems panel', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; questions: number; hints: number; skipped: string[] }>('learningLeader.checkAllNotes');
    note(`      checked ${summary.files} notes: ${summary.findings} findings (${summary.hints} hints), ${summary.questions} questions`);
    // The hints it counts are the dotted underlines the notes have (VS Code keeps them out of the Problems panel).
    const hints = vscode.languages.getDiagnostics().filter(([u]) => u.path.includes('/one-on-ones/'))
      .reduce((n, [, ds]) => n + ours(ds).filter(d => d.severity === vscode.DiagnosticSeverity.Hint).length, 0);
    assert.strictEqual(summary.hints, hints);
    assert.ok(summary.files >= 5, `files: ${summary.files}`);
    assert.ok(summary.findings >= 3, `findings: ${summary.findings}`);
    const withFindings = vscode.languages.getDiagnostics().filter(([u, ds]) => u.path.includes('/one-on-ones/') && ours(ds).length > 0);
    assert.ok(withFindings.length >= 3, `notes with diagnostics: ${withFindings.map(([u]) => u.path).join(', ')}`);
    // Only files that are not notes are skipped (other tests leave an image named like a note behind).
    assert.ok(summary.skipped.every(f => / \((?:binary file|not UTF-8 text)\)$/.test(f)), summary.skipped.join(', '));
  });

  test('Check All Notes skips a binary file named like a note, as the CLI does, and says so in its message', async () => {
    const relative = 'one-on-ones/amara-okafor/2026-11-18.md';
    const uri = workspaceUri(relative);
    // What is skipped already (other tests may leave an image named like a note behind).
    const baseline = (await vscode.commands.executeCommand<{ skipped: string[] }>('learningLeader.checkAllNotes')).skipped;
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const recorder = await recordNotices();
    try {
      const before = await vscode.commands.executeCommand<{ files: number; skipped: string[] }>('learningLeader.checkAllNotes');
      assert.deepStrictEqual([...before.skipped].sort(), [...baseline, `${relative} (binary file)`].sort());
      assert.strictEqual(ours(vscode.languages.getDiagnostics(uri)).length, 0);
      const message = await waitFor(() => recorder.notices.find(n => /^Checked \d+ notes/.test(n.message))?.message, 5_000, 'the message');
      assert.ok(message.startsWith(`Checked ${before.files} notes: `) && message.includes(`Not checked (${baseline.length + 1}): `) && message.includes(`${relative} (binary file)`), message);
      await vscode.workspace.fs.delete(uri);
      const after = await vscode.commands.executeCommand<{ files: number; skipped: string[] }>('learningLeader.checkAllNotes');
      assert.deepStrictEqual([after.files, after.skipped], [before.files, baseline], 'the image was not counted as a checked note');
    } finally {
      recorder.dispose();
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('a 5 MB note: VS Code keeps 1,000 markers, so the ones near the view and the cursor are published, and follow them', async function () {
    this.timeout(120_000);
    const api = await activateExtension();
    const { text, bytes: size } = largeNote();
    const t0 = Date.now();
    const editor = await open('one-on-ones/lint-tests/five-mb.md', text);
    const doc = editor.document;
    const uri = doc.uri;
    const tOpen = Date.now();
    const first = await waitForDiagnostics(uri, ds => ours(ds).length > 0, 60_000, SOURCE);
    const tFirst = Date.now();
    const total = (await api.lint.lintNow(doc))?.findings.length;
    note(`      ${doc.lineCount} lines, ${(size / 1024 / 1024).toFixed(1)} MB: ${total} findings, ${first.length} published`);
    assert.ok(total !== undefined && total > 20_000, `findings: ${total}`);
    assert.strictEqual(first.length, 1000, 'exactly what VS Code keeps');
    assert.match(await waitFor(() => api.lint.statusText(), 10_000, 'status'), /1,000 of [\d,]+ shown/);
    // Go near the end, as the person who typed at line 50,187 did.
    const target = doc.lineCount - 200;
    editor.selection = new vscode.Selection(target, 0, target, 0);
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.InCenter);
    const tMove = Date.now();
    await waitForDiagnostics(uri, ds => ours(ds).some(d => Math.abs(d.range.start.line - target) < 10), 10_000, SOURCE);
    const tFollowed = Date.now();
    const visible = editor.visibleRanges[0];
    assert.ok(visible);
    const shown = ours(vscode.languages.getDiagnostics(uri));
    assert.strictEqual(shown.length, 1000);
    // The editor squiggles the first 500 markers published: the visible lines are among them.
    const squiggled = shown.slice(0, 500);
    for (let line = visible.start.line; line <= visible.end.line; line++) {
      if (/^You should/.test(doc.lineAt(line).text)) assert.ok(squiggled.some(d => d.range.start.line === line), `visible line ${line + 1} has its squiggle`);
    }
    // Type a telling sentence there: it gets its squiggle.
    const at = new vscode.Position(target, 0);
    const tType = Date.now();
    await editor.edit(b => b.insert(at, 'Send me the numbers by Friday, please.\n\n'));
    const tApplied = Date.now();
    editor.selection = new vscode.Selection(target + 3, 0, target + 3, 0);
    const typed = await waitForDiagnostics(uri, ds => ours(ds).slice(0, 500).some(d => d.range.start.line === target && codeOf(d) === 'deadline-demand'), 20_000, SOURCE);
    note(`      write and open ${tOpen - t0} ms; first squiggles ${tFirst - tOpen} ms; after moving to line ${target + 1}: its squiggles in ${tFollowed - tMove} ms; a sentence typed there: VS Code applied the edit in ${tApplied - tType} ms, its squiggle ${Date.now() - tApplied} ms later`);
    assert.strictEqual(ours(typed).length, 1000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('one size rule, one setting: a note over lint.maxFileSizeMB is skipped by Check All Notes and when open, and said so', async function () {
    this.timeout(60_000);
    const api = await activateExtension();
    const relative = 'one-on-ones/lint-tests/over-limit.md';
    const uri = await writeWorkspaceFile(relative, '---\nmode: coaching\n---\n' + 'You should take the lead on the API redesign.\n\n'.repeat(30_000));
    await setSetting('lint.maxFileSizeMB', 1);
    // Closed: Check All Notes skips it, saying why.
    const summary = await vscode.commands.executeCommand<{ skipped: string[] }>('learningLeader.checkAllNotes');
    assert.ok(summary.skipped.some(s => s.startsWith(relative) && /1\.\d MB, over the 1 MB of learningLeader\.lint\.maxFileSizeMB/.test(s)), summary.skipped.join('; '));
    assert.strictEqual(ours(vscode.languages.getDiagnostics(uri)).length, 0);
    // Open: the same rule; the status bar says it is not checked.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.strictEqual(await api.lint.lintNow(editor.document), undefined);
    assert.match(await waitFor(() => api.lint.statusText(), 10_000, 'status'), /not checked/);
    assert.strictEqual(ours(vscode.languages.getDiagnostics(uri)).length, 0);
    // Raised: checked at once.
    await setSetting('lint.maxFileSizeMB', 2);
    await waitForDiagnostics(uri, ds => ours(ds).length === 1000, 30_000, SOURCE);
    const again = await vscode.commands.executeCommand<{ skipped: string[]; capped: string[] }>('learningLeader.checkAllNotes');
    assert.ok(!again.skipped.some(s => s.startsWith(relative)));
    assert.ok(again.capped.includes(relative), again.capped.join('; '));
  });

  test('a note with hostile content is linted without errors and ranges stay in the document', async () => {
    const hostile = ['---', 'mode: coaching', '---', '```', 'unterminated', '', '> '.repeat(50) + 'deep', '', '- '.repeat(200) + 'You should nest.', '',
      '👩🏽‍💻 You should ship שלום. مرحبا', '', 'x'.repeat(100_000), '', '\u0000\uFFFD\uD800 Fix it.'].join('\r\n');
    const editor = await open('one-on-ones/lint-tests/hostile.md', hostile);
    const api = await activateExtension();
    const result = await api.lint.lintNow(editor.document);
    assert.ok(result);
    const uri = workspaceUri('one-on-ones/lint-tests/hostile.md');
    for (const d of ours(vscode.languages.getDiagnostics(uri))) {
      assert.ok(editor.document.validateRange(d.range).isEqual(d.range), `range in document: ${describeDiagnostics([d])}`);
    }
  });
});
