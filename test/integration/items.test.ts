// Follow-through across meetings inside a real extension host, on the shared copy of sample/: the
// Open items view (items once each, grouped by person, owners, ages, filters), the Tick action (one
// undoable edit of the box, the file otherwise byte for byte), incremental updates, bad input, the
// carry-over cap in Start 1:1, review prep with Save as note, and Copy Agenda.
// Each test writes into folders of its own; people not in the roster show under their folder's name.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ItemNodeView, ItemsApi } from '../../src/items';
import type { PeopleApi } from '../../src/people';
import { generatePeople } from '../fixtures/items-notes';
import { renderNote } from '../../src/core/templates';
import { MEASURE, MEASURE_LABEL, activateExtension, closeAllEditors, note, recordNotices, waitFor, workspaceUri } from './util';

const day = (y: number, m: number, d: number) => ({ now: () => new Date(y, m - 1, d, 10, 0, 0) });

/** Writes a file the way another program would: straight to disk. */
function writeOutside(relativePath: string, content: string | Uint8Array): void {
  const path = workspaceUri(relativePath).fsPath;
  fs.mkdirSync(path.replace(/[/\\][^/\\]+$/, ''), { recursive: true });
  fs.writeFileSync(path, content);
}

function readBytes(relativePath: string): Buffer {
  return fs.readFileSync(workspaceUri(relativePath).fsPath);
}

async function personRow(items: ItemsApi, label: string): Promise<ItemNodeView | undefined> {
  return (await items.children()).find(c => c.label === label);
}

async function itemsOf(items: ItemsApi, label: string): Promise<ItemNodeView[]> {
  const row = await personRow(items, label);
  return row ? items.children(row.node) : [];
}

/** Waits until the person's rows satisfy `check`. */
async function waitForItems(items: ItemsApi, label: string, check: (rows: ItemNodeView[]) => boolean, message: string): Promise<ItemNodeView[]> {
  return waitFor(async () => {
    await items.settled();
    const rows = await itemsOf(items, label);
    return check(rows) ? rows : undefined;
  }, 10_000, message);
}

suite('items', () => {
  let items: ItemsApi;
  let people: PeopleApi;

  suiteSetup(async () => {
    const api = await activateExtension();
    items = await api.items();
    people = api.people;
    await people.ready;
    await items.ready();
  });

  teardown(async () => {
    people.setClock(undefined);
    for (const off of ['learningLeader.items.clearFilters']) await vscode.commands.executeCommand(off);
    await closeAllEditors();
  });

  test('the view lists every open item once, grouped by person, with owner, age and due date', async () => {
    people.setClock(day(2026, 11, 20));
    const root = await items.children();
    const labels = root.map(r => r.label);
    for (const name of ['Amara Okafor', 'Kenji Watanabe', 'Leila Haddad', 'Mateo Fernández', 'Priya Raghunathan']) assert.ok(labels.includes(name), `${name} is listed: ${labels.join(', ')}`);
    const mateo = await itemsOf(items, 'Mateo Fernández');
    // Carried from 3 Nov to 17 Nov: one entry, aged from 3 Nov.
    const writeUp = mateo.filter(r => r.label.startsWith('Mateo: write up the snapshot trade-offs'));
    assert.strictEqual(writeUp.length, 1, mateo.map(r => r.label).join(' | '));
    assert.strictEqual(writeUp[0]?.description, 'theirs · 17 days');
    assert.match(writeUp[0]?.tooltip ?? '', /Carried 1 times; last in 2026-11-17\.md, line 11/);
    assert.ok(!mateo.some(r => r.label.includes('join one interview')), 'an item ticked in a later note is done');
    const reviewer = mateo.find(r => r.label === 'Me: find a second reviewer from the data team');
    assert.strictEqual(reviewer?.description, 'mine · 3 days');
    assert.strictEqual(reviewer?.contextValue, 'openItem');
    // A click opens the newest note at the item's line.
    assert.strictEqual(writeUp[0]?.command?.command, 'vscode.open');
    const [uri, options] = writeUp[0]?.command?.arguments as [vscode.Uri, vscode.TextDocumentShowOptions];
    assert.ok(uri.path.endsWith('/mateo-fernandez/2026-11-17.md'), uri.path);
    assert.strictEqual((options.selection as vscode.Range).start.line, 10);
    // An item first written 40 days ago stands out as old.
    const kenji = await itemsOf(items, 'Kenji Watanabe');
    assert.ok(kenji.some(r => r.label.startsWith('Me: bring one of our engineers') && r.description === 'mine · 40 days' && r.icon === 'history'), kenji.map(r => `${r.label} [${r.description}] ${r.icon}`).join(' | '));
  });

  test('overdue and old items stand out; the filters mine, theirs and overdue', async () => {
    people.setClock(day(2026, 3, 20));
    writeOutside('one-on-ones/items-filters/2026-03-02.md', '# 1:1\n\n## Action items\n- [ ] Filters: send the numbers by Friday\n- [ ] Me: book the room by 2026-03-25\n- [ ] Tom: review the runbook\n- [ ] chase legal about the contract\n');
    const rows = await waitForItems(items, 'items-filters', r => r.length === 4, 'the new person in the view');
    // "Filters:" names the person met (the folder items-filters, not in the roster): theirs.
    const numbers = rows.find(r => r.label.startsWith('Filters: send the numbers'));
    assert.strictEqual(numbers?.description, 'overdue by 14 days · theirs · 18 days');
    assert.deepStrictEqual([numbers?.icon, numbers?.iconColor], ['warning', 'list.errorForeground']);
    assert.strictEqual(rows[0]?.label, numbers?.label, 'overdue first');
    assert.strictEqual(rows.find(r => r.label.startsWith('Tom:'))?.description, 'Tom · 18 days');
    assert.strictEqual(rows.find(r => r.label.startsWith('chase legal'))?.description, 'mine · 18 days');
    assert.match(rows.find(r => r.label.startsWith('Me: book'))?.description ?? '', /^mine · 18 days · due Wed 25 Mar$/);
    const person = await personRow(items, 'items-filters');
    assert.strictEqual(person?.description, '4 open · 1 overdue · folder with no person');

    await vscode.commands.executeCommand('learningLeader.items.onlyMine');
    assert.deepStrictEqual(items.filters(), { mine: true, theirs: false, overdue: false });
    assert.deepStrictEqual((await itemsOf(items, 'items-filters')).map(r => r.label).sort(), ['Me: book the room by 2026-03-25', 'chase legal about the contract']);
    assert.strictEqual(items.viewState().description, 'only mine');
    await vscode.commands.executeCommand('learningLeader.items.onlyTheirs');
    assert.deepStrictEqual(items.filters(), { mine: false, theirs: true, overdue: false }, 'mine and theirs exclude each other');
    assert.deepStrictEqual((await itemsOf(items, 'items-filters')).map(r => r.label), ['Filters: send the numbers by Friday']);
    await vscode.commands.executeCommand('learningLeader.items.onlyTheirsOff');
    await vscode.commands.executeCommand('learningLeader.items.onlyOverdue');
    const overdue = await items.children();
    assert.deepStrictEqual(overdue.map(r => r.label), ['items-filters'], 'only people with overdue items');
    assert.strictEqual(items.viewState().description, 'only overdue');
    await vscode.commands.executeCommand('learningLeader.items.onlyOverdueOff');
    assert.deepStrictEqual(items.filters(), { mine: false, theirs: false, overdue: false });
    assert.ok((await items.children()).length > 1);
  });

  test('Tick Item: one undoable edit of the box in the newest note; the file otherwise unchanged byte for byte', async () => {
    people.setClock(day(2026, 11, 20));
    // CRLF line endings, a byte order mark, trailing spaces (a markdown line break), no final newline.
    const older = '\ufeff# Older\r\n\r\n- [ ] Ana: ship the thing — done soon  \r\n- [ ] Ana: ship the thing — done soon  \r\n';
    const newer = '\ufeff---\r\ndate: 2026-11-10\r\n---\r\n# Newer  \r\n\r\n## Carried over\r\n- [ ] Ana: ship the thing — done soon — [2026-11-03, line 4](2026-11-03.md#L4)\r\n\r\n## Notes\r\nÉtude · ünïcödé 🙂  \r\n- [ ] Me: keep this one';
    writeOutside('one-on-ones/items-tick/2026-11-03.md', older);
    writeOutside('one-on-ones/items-tick/2026-11-10.md', newer);
    const rows = await waitForItems(items, 'items-tick', r => r.length === 3, 'the tick person in the view');
    // The same text twice in the older note: the link took the second (line 4); the first is an item of its own.
    const carried = rows.find(r => r.label === 'Ana: ship the thing — done soon' && /Carried 1 times/.test(r.tooltip ?? ''));
    assert.ok(carried, rows.map(r => `${r.label} ${r.tooltip}`).join('\n'));

    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; line: number; saved: boolean }>('learningLeader.checkItem', carried.node);
    assert.ok(result?.saved, 'the note was saved');
    assert.strictEqual(result.line, 6);
    const expected = Buffer.from(newer.replace('- [ ] Ana: ship the thing — done soon — [2026-11-03', '- [x] Ana: ship the thing — done soon — [2026-11-03'), 'utf8');
    assert.ok(readBytes('one-on-ones/items-tick/2026-11-10.md').equals(expected), 'only the box changed, byte for byte');
    assert.ok(readBytes('one-on-ones/items-tick/2026-11-03.md').equals(Buffer.from(older, 'utf8')), 'the older note is untouched');
    await waitForItems(items, 'items-tick', r => r.length === 2 && !r.some(x => /Carried/.test(x.tooltip ?? '')), 'the ticked item to leave the view');

    // Undo in the editor takes it back; saving then gives the original bytes.
    const doc = await vscode.workspace.openTextDocument(result.uri);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.lineAt(6).text.slice(0, 6), '- [ ] ');
    assert.ok(await doc.save());
    assert.ok(readBytes('one-on-ones/items-tick/2026-11-10.md').equals(Buffer.from(newer, 'utf8')), 'undone and saved: the original bytes');
  });

  test('Tick Item keeps unsaved edits unsaved, finds a moved line, and will not rewrite mixed line endings', async () => {
    people.setClock(day(2026, 11, 20));
    writeOutside('one-on-ones/items-tick2/2026-11-10.md', '# Note\n\n- [ ] Me: first\n- [ ] Me: second\n');
    writeOutside('one-on-ones/items-tick2/2026-11-11.md', '# Mixed\r\n\n- [ ] Me: mixed endings\r\n');
    const rows = await waitForItems(items, 'items-tick2', r => r.length === 3, 'the second tick person');
    // Unsaved lines added above the item in an open editor: the tick finds it by its text, and does not save.
    const doc = await vscode.workspace.openTextDocument(workspaceUri('one-on-ones/items-tick2/2026-11-10.md'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.insert(new vscode.Position(1, 0), 'added above\nand more\n'));
    const second = rows.find(r => r.label === 'Me: second');
    const ticked = await vscode.commands.executeCommand<{ line: number; saved: boolean }>('learningLeader.checkItem', second?.node);
    assert.deepStrictEqual([ticked?.line, ticked?.saved], [5, false]);
    assert.ok(doc.isDirty && doc.getText().includes('- [x] Me: second'));
    assert.strictEqual(fs.readFileSync(workspaceUri('one-on-ones/items-tick2/2026-11-10.md').fsPath, 'utf8'), '# Note\n\n- [ ] Me: first\n- [ ] Me: second\n', 'nothing saved behind the person\'s back');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const mixed = rows.find(r => r.label === 'Me: mixed endings');
    const before = readBytes('one-on-ones/items-tick2/2026-11-11.md');
    const result = await vscode.commands.executeCommand<{ saved: boolean }>('learningLeader.checkItem', mixed?.node);
    assert.strictEqual(result?.saved, false);
    assert.ok(readBytes('one-on-ones/items-tick2/2026-11-11.md').equals(before), 'a note whose save would rewrite its line endings is left to the person');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an edited note is read again alone; typing in an open note updates the view', async () => {
    people.setClock(day(2026, 11, 20));
    writeOutside('one-on-ones/items-edit/2026-11-01.md', '- [ ] Me: one\n');
    writeOutside('one-on-ones/items-edit/2026-11-08.md', '- [ ] Me: two\n');
    await waitForItems(items, 'items-edit', r => r.length === 2, 'the edit person');
    const reads = items.stats.filesRead;
    const parsed = items.stats.parsed;
    writeOutside('one-on-ones/items-edit/2026-11-08.md', '- [ ] Me: two\n- [ ] Me: three\n');
    await waitForItems(items, 'items-edit', r => r.length === 3, 'the third item');
    assert.strictEqual(items.stats.filesRead - reads, 1, 'one file read');
    assert.strictEqual(items.stats.parsed - parsed, 1, 'one note parsed');

    const doc = await vscode.workspace.openTextDocument(workspaceUri('one-on-ones/items-edit/2026-11-01.md'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit(b => b.replace(new vscode.Range(0, 3, 0, 4), 'x'));
    await waitForItems(items, 'items-edit', r => r.length === 2 && !r.some(x => x.label === 'Me: one'), 'the unsaved tick to show');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForItems(items, 'items-edit', r => r.length === 3, 'the file on disk to count again after revert');

    fs.rmSync(workspaceUri('one-on-ones/items-edit').fsPath, { recursive: true, force: true });
    await waitFor(async () => {
      await items.settled();
      return !(await personRow(items, 'items-edit'));
    }, 10_000, 'a deleted folder to leave the view');
  });

  test('a new session paints from the cache of parsed notes and reads only the notes changed meanwhile', async () => {
    people.setClock(day(2026, 11, 20));
    writeOutside('one-on-ones/items-cache/2026-11-01.md', '- [ ] Me: cached one\n');
    writeOutside('one-on-ones/items-cache/2026-11-08.md', '- [ ] Me: cached two\n');
    await waitForItems(items, 'items-cache', r => r.length === 2, 'the cache person');
    await items.flushCache();
    assert.ok((items.cacheStats()?.filesWritten ?? 0) > 0, 'the cache was written');
    // Changed while "VS Code was closed": the new session must not trust the cache for it.
    writeOutside('one-on-ones/items-cache/2026-11-08.md', '- [x] Me: cached two\n- [ ] Me: cached three\n');
    const reads = items.stats.filesRead;
    await items.reload({ fromCache: true });
    assert.ok(items.stats.fromCache > 10, `notes from the cache: ${items.stats.fromCache}`);
    const rows = await waitForItems(items, 'items-cache', r => r.length === 2 && r.some(x => x.label === 'Me: cached three'), 'the changed note read again');
    assert.deepStrictEqual(rows.map(r => r.label).sort(), ['Me: cached one', 'Me: cached three']);
    // The changed note, read once by the check and perhaps once more for the watcher's event.
    assert.ok(items.stats.filesRead - reads <= 2, `files read: ${items.stats.filesRead - reads}`);
  });

  test('bad input: broken links, cycles, moved lines, duplicate text, undated notes, binary files; nothing is written', async () => {
    people.setClock(day(2026, 11, 20));
    const files: Record<string, string | Uint8Array> = {
      'one-on-ones/items-bad/2026-10-01.md': '# A\n\n- [ ] Me: loop one — [2026-10-08, line 3](2026-10-08.md#L3)\n- [ ] Me: same text\n- [ ] Me: same text\n',
      'one-on-ones/items-bad/2026-10-08.md': '# B\n\n- [ ] Me: loop one — [2026-10-01, line 3](2026-10-01.md#L3)\n- [ ] Me: gone — [2026-09-01, line 9](2026-09-01.md#L9)\n',
      'one-on-ones/items-bad/2026-10-15.md': '# C\n\nlines\nadded\nabove\n\n- [ ] Me: same text — [2026-10-01, line 5](2026-10-01.md#L5)\n- [ ] Me: same text — [2026-10-01, line 4](2026-10-01.md#L4)\n',
      'one-on-ones/items-bad/standup notes.md': '- [ ] Me: undated item\n',
      'one-on-ones/items-bad/photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x5b, 0x20, 0x5d]),
      'one-on-ones/items-bad/latin1.md': new Uint8Array([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
    };
    for (const [path, content] of Object.entries(files)) writeOutside(path, content);
    const mtimes = Object.keys(files).map(p => fs.statSync(workspaceUri(p).fsPath).mtimeMs);
    const rows = await waitForItems(items, 'items-bad', r => r.length === 5, 'the bad-input person');
    const labels = rows.map(r => r.label).sort();
    assert.deepStrictEqual(labels, ['Me: gone', 'Me: loop one', 'Me: same text', 'Me: same text', 'Me: undated item'], rows.map(r => `${r.label} ${r.description}`).join(' | '));
    assert.match(rows.find(r => r.label === 'Me: gone')?.tooltip ?? '', /leads nowhere \(that note is gone or cannot be read\)/);
    assert.match(rows.find(r => r.label === 'Me: loop one')?.tooltip ?? '', /Carried 1 times/, 'a link cycle is cut: one item');
    const same = rows.filter(r => r.label === 'Me: same text');
    assert.ok(same.every(r => /Carried 1 times; last in 2026-10-15\.md/.test(r.tooltip ?? '')), 'each copy of the same text follows its own link');
    Object.keys(files).forEach((p, i) => assert.strictEqual(fs.statSync(workspaceUri(p).fsPath).mtimeMs, mtimes[i], `${p} is not written`));
  });

  test('Start 1:1 carries at most learningLeader.carryOver.limit of the newest items and says how many stay behind', async () => {
    people.setClock(day(2026, 11, 20));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Cap Test', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'cap-test');
    const many = (from: number, n: number) => Array.from({ length: n }, (_, i) => `- [ ] Cap: item ${from + i}`).join('\n');
    writeOutside('one-on-ones/cap-test/2026-10-01.md', `---\nperson: cap-test\ndate: 2026-10-01\n---\n# Old\n\n${many(1, 20)}\n`);
    writeOutside('one-on-ones/cap-test/2026-11-01.md', `---\nperson: cap-test\ndate: 2026-11-01\n---\n# Newer\n\n<!-- private -->\n- [ ] Me: private thought\n<!-- /private -->\n\n${many(21, 25)}\n`);
    const config = vscode.workspace.getConfiguration('learningLeader');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'cap-test', { show: false });
      assert.ok(uri?.path.endsWith('/cap-test/2026-11-20.md'));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      // 46 open: the 26 of the newer note, then the older note's first 4, in each note's order.
      const carried = text.split('\n').filter(l => /^- \[ \] (Cap|Me):/.test(l));
      assert.strictEqual(carried.length, 30, 'the default limit is 30');
      assert.ok(carried.every(l => / — \[2026-1[01]-01, line \d+\]\(2026-1[01]-01\.md#L\d+\)$/.test(l)), 'each linked to its line');
      assert.ok(/Cap: item 45 —/.test(text) && /Cap: item 4 —/.test(text) && !/Cap: item 5 —/.test(text), 'the newest first');
      assert.match(text, /_16 more open items stay in older notes: see \*\*Open items\*\* in the Learning Leader sidebar\._/);
      assert.match(text, /<!-- private -->\n- \[ \] Me: private thought — \[2026-11-01, line 8\]\(2026-11-01\.md#L8\)\n<!-- \/private -->/, 'a private item is carried inside a private block');

      await config.update('carryOver.limit', 5, vscode.ConfigurationTarget.Workspace);
      const another = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'cap-test', { show: false, another: true });
      const text2 = new TextDecoder().decode(await vscode.workspace.fs.readFile(another!));
      // Today's first note carried 30 of them: still 46 items, each once, the newest written first.
      assert.strictEqual(text2.split('\n').filter(l => /^- \[ \] (Cap|Me):/.test(l)).length, 5);
      assert.match(text2, /_41 more open items stay in older notes/);
    } finally {
      await config.update('carryOver.limit', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('owners: an instruction label is mine; a known person as the subject, or addressed and asked, owns the item', async () => {
    people.setClock(day(2026, 11, 30));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Zola Mbeki', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'zola-mbeki');
    writeOutside('one-on-ones/zola-mbeki/2026-11-23.md', [
      '# 1:1', '', '## Action items',
      // The linter's quick fix wrote this from "Tell Priya to stop working weekends".
      '- [ ] Ask Priya: what do you see as the trade-offs of working weekends?',
      '- [ ] Zola to decide on the guild by next 1:1',
      '- [ ] Follow up: Zola, send me your expenses',
      '- [ ] Kenji will share the on-call runbook',
      '',
    ].join('\n'));
    const rows = await waitForItems(items, 'Zola Mbeki', r => r.length === 4, 'Zola\'s items');
    const row = (start: string) => rows.find(r => r.label.startsWith(start));
    assert.strictEqual(row('Ask Priya:')?.description, 'mine · 7 days');
    assert.match(row('Ask Priya:')?.tooltip ?? '', /Owner: me \(no owner written/);
    assert.doesNotMatch(row('Ask Priya:')?.tooltip ?? '', /someone else/);
    assert.strictEqual(row('Zola to decide')?.description, 'theirs · 7 days');
    assert.strictEqual(row('Follow up: Zola')?.description, 'theirs · 7 days');
    // Kenji is in people.json: someone else, by name.
    assert.strictEqual(row('Kenji will share')?.description, 'Kenji · 7 days');
    const zola = await personRow(items, 'Zola Mbeki');
    assert.match(zola?.tooltip ?? '', /4 open: 1 mine, 2 theirs, 1 someone else's\./);
  });

  test('a note dated after today is a 1:1 prepared ahead: its items have no age yet, and Start 1:1 carries nothing from it', async () => {
    people.setClock(day(2026, 11, 30));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Kemal Arslan', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'kemal-arslan');
    writeOutside('one-on-ones/kemal-arslan/2026-11-16.md', '# 1:1\n\n## Action items\n- [ ] Kemal: draft the rota proposal\n');
    writeOutside('one-on-ones/kemal-arslan/2026-12-07.md', '# 1:1 (prepared)\n\n## Action items\n- [ ] Kemal: bring two options for the offsite\n- [ ] Kemal: draft the rota proposal\n');
    const rows = await waitForItems(items, 'Kemal Arslan', r => r.length === 2, 'Kemal\'s items');
    const ahead = rows.find(r => r.label.startsWith('Kemal: bring two options'));
    assert.strictEqual(ahead?.description, 'theirs · for the 1:1 on Mon 7 Dec', 'no "-7 days"');
    assert.match(ahead?.tooltip ?? '', /a note prepared for a 1:1 in 7 days: not held yet, so not carried over/);
    assert.strictEqual(rows.find(r => r.label.startsWith('Kemal: draft the rota'))?.description, 'theirs · 14 days', 'an older item copied into it keeps its age');
    const kemal = await waitFor(async () => (await people.children((await people.children()).find(g => g.label === 'Direct reports')?.node)).find(c => c.label === 'Kemal Arslan'), 5000, 'Kemal in the People view');
    assert.match(kemal.tooltip ?? '', /Last 1:1: Monday 16 Nov 2026/);
    assert.match(kemal.tooltip ?? '', /Prepared for a later 1:1, not held yet \(not counted, nothing carried from it\): `2026-12-07\.md`/);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'kemal-arslan', { show: false });
    assert.ok(uri?.path.endsWith('/kemal-arslan/2026-11-30.md'), uri?.path);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /- \[ \] Kemal: draft the rota proposal — \[2026-11-16, line 4\]\(2026-11-16\.md#L4\)/, 'linked to its note up to today');
    assert.doesNotMatch(text, /bring two options/);
    assert.doesNotMatch(text, /2026-12-07/);
  });

  test('review prep: the document, links to the notes, private parts left out, Save as note never overwrites', async () => {
    people.setClock(day(2026, 11, 20));
    writeOutside('one-on-ones/mateo-fernandez/review-2026-11-20.md', 'my own file, not a review\n');
    const result = await vscode.commands.executeCommand<{ markdown: string; from: string; to: string; meetings: number }>('learningLeader.prepareReview', 'mateo-fernandez', { months: 6 });
    assert.ok(result);
    assert.deepStrictEqual([result.from, result.to, result.meetings], ['2026-05-20', '2026-11-20', 3]);
    const md = result.markdown;
    assert.match(md, /^# Review prep: Mateo Fernández/);
    assert.match(md, /## Meetings\n\n- \*\*3 meetings\*\* in 185 days; meeting every 14 days would be about 13\./);
    assert.match(md, /### Done \(\d+\)\n\n- ☑ /);
    assert.match(md, /- ☐ Mateo: write up the snapshot trade-offs for the architecture forum — them · 17 days old · in \[17 Nov 2026\]\(2026-11-17\.md\)/);
    assert.match(md, /## Asking and telling\n\n\| Meeting \| Questions asked \| Telling found \|/);
    assert.match(md, /### \[Tuesday 17 Nov 2026\]\(2026-11-17\.md\)\n\n> He presented; the forum asked good questions\./);
    // The panel: escaped text, links as data-href for the extension to open, a strict CSP.
    const panel = await waitFor(() => items.reviews().find(r => r.title === 'Review: Mateo Fernández'), 5000, 'the review panel');
    assert.match(panel.html, /<a href="#" data-href="2026-11-17\.md">Tuesday 17 Nov 2026<\/a>/);
    assert.match(panel.html, /Content-Security-Policy" content="default-src 'none';/);
    assert.ok(!/<script(?! nonce)/.test(panel.html), 'only the nonce script');

    const saved = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.saveReviewAsNote');
    assert.ok(saved?.path.endsWith('/mateo-fernandez/review-2026-11-20-2.md'), saved?.path);
    assert.strictEqual(fs.readFileSync(workspaceUri('one-on-ones/mateo-fernandez/review-2026-11-20.md').fsPath, 'utf8'), 'my own file, not a review\n', 'an existing file is never overwritten');
    const savedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(saved));
    assert.ok(savedText.startsWith('---\nperson: mateo-fernandez\ntype: review\nfrom: 2026-05-20\nto: 2026-11-20\n'), savedText.slice(0, 200));
    assert.ok(savedText.endsWith(md));
    const again = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.saveReviewAsNote');
    assert.ok(again?.path.endsWith('/review-2026-11-20-3.md'), again?.path);
    // A saved review is no meeting and holds no items: the view is unchanged.
    await items.settled();
    const mateo = await itemsOf(items, 'Mateo Fernández');
    assert.strictEqual(mateo.filter(r => r.label.startsWith('Mateo: write up the snapshot')).length, 1);

    // Private parts are left out unless asked for.
    const person = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Private Test', relationship: 'peer', mode: 'mentoring' });
    writeOutside(`one-on-ones/${person?.id}/2026-11-02.md`, '# 1:1\n\n## Notes\nShared words.\n\n<!-- private -->\nSecret: compensation band.\n<!-- /private -->\n\n## Private\nMore secret.\n\n## Action items\n- [ ] Me: public item\n');
    const left = await vscode.commands.executeCommand<{ markdown: string }>('learningLeader.prepareReview', person?.id, { months: 3, show: false });
    assert.ok(left && !/secret/i.test(left.markdown), left?.markdown);
    assert.match(left.markdown, /private parts left out \(1 private block, 1 private section\)/);
    assert.match(left.markdown, /> Shared words\./);
    const all = await vscode.commands.executeCommand<{ markdown: string }>('learningLeader.prepareReview', person?.id, { months: 3, show: false, includePrivate: true });
    assert.match(all?.markdown ?? '', /Secret: compensation band\./);
  });

  test('Copy Agenda: the shareable part to the clipboard, private parts left out and said so', async () => {
    people.setClock(day(2026, 11, 20));
    const person = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Agenda Test', relationship: 'direct-report' });
    assert.strictEqual(person?.id, 'agenda-test');
    const uri = workspaceUri('one-on-ones/agenda-test/2026-11-19.md');
    writeOutside('one-on-ones/agenda-test/2026-11-18.md', '# Earlier\n');
    writeOutside('one-on-ones/agenda-test/2026-11-19.md', '---\nperson: agenda-test\ndate: 2026-11-19\n---\n# 1:1 with Priya\n\n> stance\n\n## Carried over\n- [ ] Priya: run the design review — [2026-11-07, line 27](2026-11-07.md#L27)\n<!-- private -->\n- [ ] Me: ask HR about her band\n<!-- /private -->\n\n## Their agenda\n- The offline-sync plan\n\n## My talking points\n- The on-call rota\n\n## Questions\n- What would make this time most useful?\n  - an answer she gave\n- What is one thing I do that makes your work harder? Late requirement changes from me\n\n## Private\nShe seemed tired.\n\n## Notes\nWe talked.\n');
    await vscode.env.clipboard.writeText('before');
    const copy = await vscode.commands.executeCommand<{ markdown: string; contents: string; summary: string; empty: boolean }>('learningLeader.copyAgenda', 'agenda-test', { note: uri });
    assert.ok(copy && !copy.empty);
    const clip = await vscode.env.clipboard.readText();
    assert.strictEqual(clip, copy.markdown);
    assert.strictEqual(clip, '# 1:1 with Priya\n\n## Carried over\n\n- [ ] Priya: run the design review\n\n## Their agenda\n\n- The offline-sync plan\n\n## My talking points\n\n- The on-call rota\n\n## Questions\n\n- What would make this time most useful?\n- What is one thing I do that makes your work harder?\n');
    for (const secret of ['HR', 'tired', 'an answer', 'Late requirement', 'We talked', '2026-11-07.md']) assert.ok(!clip.includes(secret), secret);
    assert.strictEqual(copy.contents, '1 carried-over item, 1 item from their agenda, 1 talking point and 2 questions');
    assert.strictEqual(copy.summary, 'Left out: 1 private block; the private section “Private”; 2 answers written under or after questions; the section “Notes”; the note’s opening lines.');
    // Without a note given: the person's newest note.
    const newest = await vscode.commands.executeCommand<{ note: vscode.Uri }>('learningLeader.copyAgenda', 'agenda-test');
    assert.ok(newest?.note.path.endsWith('/agenda-test/2026-11-19.md'), newest?.note.path);
  });

  test('Copy Agenda: the notice counts what went to the clipboard (the question group about their agenda is questions), with their agenda empty or not', async () => {
    people.setClock(day(2026, 11, 20));
    await vscode.commands.executeCommand('learningLeader.addPerson', { name: 'Agenda Count', relationship: 'direct-report' });
    const fresh = renderNote({ personId: 'agenda-count', name: 'Agenda Count', relationship: 'direct-report', mode: 'coaching', date: '2026-11-20' });
    const recorder = await recordNotices();
    /** Top-level items on the clipboard under "## Their agenda" and under "## Questions" (its groups included). */
    const onClipboard = async () => {
      const counts = { theirs: 0, questions: 0 };
      let section = '';
      for (const line of (await vscode.env.clipboard.readText()).split('\n')) {
        if (line.startsWith('## ')) section = line.slice(3);
        else if (line.startsWith('- ') && section === 'Their agenda') counts.theirs++;
        else if (line.startsWith('- ') && section === 'Questions') counts.questions++;
      }
      return counts;
    };
    try {
      for (const [agenda, theirs, notice] of [
        ['- Promo timeline\n- On-call load\n', 2, /^Copied the agenda for Agenda Count: 2 items from their agenda and 15 questions\. /],
        ['- \n', 0, /^Copied the agenda for Agenda Count: 15 questions\. /],
      ] as const) {
        const text = fresh.replace('## Their agenda\n\n- \n', `## Their agenda\n\n${agenda}`)
          .replace('- What would make this time most useful for you?', '- What would make this time most useful for you?\n  - talk about the promo case');
        writeOutside('one-on-ones/agenda-count/2026-11-20.md', text);
        recorder.notices.length = 0;
        const copy = await vscode.commands.executeCommand<{ markdown: string; contents: string }>('learningLeader.copyAgenda', 'agenda-count');
        assert.ok(copy);
        assert.deepStrictEqual(await onClipboard(), { theirs, questions: 15 });
        assert.ok(!(await vscode.env.clipboard.readText()).includes('promo case'), 'the answer under the group\'s question stays out');
        const message = await waitFor(() => recorder.notices.find(n => n.message.startsWith('Copied the agenda'))?.message, 5_000, 'the notice');
        assert.match(message, notice);
      }
    } finally {
      recorder.dispose();
    }
  });

  test(`measure: the Open items view with ${MEASURE_LABEL} (timings printed, not asserted)`, async function () {
    this.timeout(300_000);
    const config = vscode.workspace.getConfiguration('learningLeader');
    const root = workspaceUri('bench-items').fsPath;
    const t0 = Date.now();
    const generated = generatePeople(MEASURE.people, MEASURE.notesEach);
    const roster = { people: generated.map(p => ({ id: p.id, name: p.name, relationship: 'direct-report', cadenceDays: 14 })) };
    let bytes = 0;
    for (const p of generated) {
      fs.mkdirSync(`${root}/${p.id}`, { recursive: true });
      for (const n of p.notes) {
        fs.writeFileSync(`${root}/${p.id}/${n.fileName}`, n.text);
        bytes += n.text.length;
      }
    }
    fs.writeFileSync(`${root}/people.json`, JSON.stringify(roster, null, 2));
    note(`      generated ${MEASURE_LABEL} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${Date.now() - t0} ms`);
    try {
      await config.update('notesFolder', 'bench-items', vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (people.roster()?.people.length ?? 0) === MEASURE.people, 30_000, 'the bench roster to load');
      await people.settled();
      people.setClock(day(2026, 1, 1));
      // The file watcher reports the new files for a while (as after a git checkout): let it
      // finish (its notes are read again) before measuring.
      await items.ready();
      let seen = -1;
      await waitFor(async () => {
        await items.settled();
        const now = items.stats.filesRead;
        const quiet = now === seen;
        seen = now;
        return quiet;
      }, 120_000, 'the watcher to go quiet', 2000);
      const timings: string[] = [];
      // A session's first open: paint (from the cache when there is one), then everything read.
      const open = async (label: string, fromCache: boolean) => {
        const reads = items.stats.filesRead;
        const cpu = process.cpuUsage();
        const start = performance.now();
        const load = items.reload({ fromCache });
        const rows = await items.children();
        const painted = performance.now();
        const paintCpu = process.cpuUsage(cpu);
        await load;
        const loaded = performance.now();
        const all = await items.children();
        const allCpu = process.cpuUsage(cpu);
        const ms = (c: NodeJS.CpuUsage) => ((c.user + c.system) / 1000).toFixed(0);
        timings.push(`${label}: first paint ${(painted - start).toFixed(0)} ms (CPU ${ms(paintCpu)} ms; ${rows.length} people), all read ${(loaded - start).toFixed(0)} ms, then painted ${(performance.now() - start).toFixed(0)} ms (CPU ${ms(allCpu)} ms; ${all.length} people; ${items.stats.filesRead - reads} files read, ${items.stats.fromCache} from the cache)`);
      };
      for (let run = 1; run <= 2; run++) await open(`no cache, run ${run}`, false);
      await items.flushCache();
      const cache = items.cacheStats();
      timings.push(`cache written: ${cache?.filesWritten} files, ${((cache?.bytesWritten ?? 0) / 1024 / 1024).toFixed(1)} MB in ${(cache?.writeMs ?? 0).toFixed(0)} ms`);
      for (let run = 1; run <= 3; run++) await open(`from the cache, run ${run}`, true);
      timings.push(`cache read ${(items.cacheStats()?.readMs ?? 0).toFixed(0)} ms (${((items.cacheStats()?.bytesRead ?? 0) / 1024 / 1024).toFixed(1)} MB)`);
      const first = (await items.children())[0];
      const expand = performance.now();
      const rows = await items.children(first?.node);
      timings.push(`one person's ${rows.length} items ${(performance.now() - expand).toFixed(1)} ms`);
      // One note changed on disk: it alone is read again, and its person joined again.
      const target = generated[7]!;
      const file = `${root}/${target.id}/${target.notes[target.notes.length - 1]!.fileName}`;
      const reads = items.stats.filesRead;
      const before = performance.now();
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- [ ] ', '- [x] '));
      await waitFor(async () => items.stats.filesRead > reads, 20_000, 'the watcher to report the edit');
      await items.settled();
      await items.children();
      timings.push(`one note edited on disk: in the view ${(performance.now() - before).toFixed(0)} ms after the write (watcher delay and debounce included), ${items.stats.filesRead - reads} file read`);
      note(`      Open items with ${MEASURE_LABEL}: ${timings.join('; ')}`);
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(root, { recursive: true, force: true });
    }
    await waitFor(() => people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });
});
