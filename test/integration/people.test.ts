// The people workflow inside a real extension host, on a fresh copy of sample/ (its roster: three
// direct reports, two peers, one archived). Commands run with arguments, so no UI is needed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PrepShown } from '../../src/insights';
import type { PeopleApi, PeopleNodeView } from '../../src/people';
import { parseRoster } from '../../src/core/roster';
import { MEASURE, MEASURE_LABEL, activateExtension, closeAllEditors, note, recordNotices, waitFor, waitForDiagnostics, workspaceUri } from './util';

const ROSTER = 'one-on-ones/people.json';
const decoder = new TextDecoder();

/** The ids of a roster's text, or undefined when it does not read (caught mid-write). */
function rosterIds(text: string): string[] | undefined {
  try {
    return (JSON.parse(text) as { people: { id: string }[] }).people.map(p => p.id);
  } catch {
    return undefined;
  }
}

async function read(relativePath: string): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(workspaceUri(relativePath)));
}

/** Writes a file the way another program would: straight to disk, not through VS Code. */
function writeOutside(relativePath: string, content: string): void {
  const path = workspaceUri(relativePath).fsPath;
  fs.mkdirSync(path.replace(/[/\\][^/\\]+$/, ''), { recursive: true });
  fs.writeFileSync(path, content);
}

/** A local wall-clock moment on a calendar date. */
const day = (y: number, m: number, d: number) => ({ now: () => new Date(y, m - 1, d, 10, 0, 0) });

async function group(people: PeopleApi, label: string): Promise<PeopleNodeView | undefined> {
  return (await people.children()).find(c => c.label === label);
}

async function person(people: PeopleApi, name: string): Promise<PeopleNodeView | undefined> {
  for (const g of await people.children()) {
    if (!g.node || g.node.kind !== 'group') continue;
    const found = (await people.children(g.node)).find(c => c.label === name);
    if (found) return found;
  }
  return undefined;
}

suite('people', () => {
  let people: PeopleApi;

  suiteSetup(async () => {
    people = (await activateExtension()).people;
    await people.ready;
  });

  teardown(async () => {
    people.setClock(undefined);
    await closeAllEditors();
  });

  test('the tree shows the sample roster by relationship, with cadence and notes newest first', async () => {
    people.setClock(day(2026, 11, 20));
    // Other suites write notes into folders of their own, no one's in people.json: listed after the groups.
    const groups = (await people.children()).filter(g => g.node.kind === 'group');
    assert.deepStrictEqual(groups.map(g => g.label), ['Direct reports', 'Peers', 'Archived']);
    assert.deepStrictEqual(groups.map(g => g.collapsible), [true, true, true]);
    const amara = await person(people, 'Amara Okafor');
    assert.ok(amara, 'Amara is in the tree');
    assert.strictEqual(amara.description, 'overdue by 12 days · Coaching');
    assert.strictEqual(amara.contextValue, 'person.active.hasNotes');
    assert.strictEqual(amara.icon, 'warning');
    assert.match(amara.tooltip ?? '', /Next 1:1 due 2026-11-08/);
    const mateo = await person(people, 'Mateo Fernández');
    assert.strictEqual(mateo?.description, 'last 1:1 3 days ago · Learning together');
    const notes = await people.children(mateo?.node);
    assert.deepStrictEqual(notes.map(n => n.label), ['2026-11-17', '2026-11-03', '2026-10-20']);
    const archived = await people.children((await group(people, 'Archived'))?.node);
    assert.deepStrictEqual(archived.map(a => [a.label, a.contextValue]), [['Tomasz Nowak', 'person.archived.hasNotes']]);
  });

  test('add a person, start a 1:1 from the template, carry over what was left open', async () => {
    people.setClock(day(2026, 11, 20));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Ada Test-Lovelace', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7 });
    assert.strictEqual(added?.id, 'ada-test-lovelace');
    const roster = JSON.parse(await read(ROSTER));
    assert.deepStrictEqual(roster.people.at(-1), { id: 'ada-test-lovelace', name: 'Ada Test-Lovelace', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false });
    assert.strictEqual(roster.people[0].team, 'Payments', 'unknown fields are kept');
    const ada = await waitFor(() => person(people, 'Ada Test-Lovelace'), 5000, 'Ada in the tree');
    assert.strictEqual(ada.description, 'no 1:1 yet · Coaching');
    assert.strictEqual(ada.contextValue, 'person.active');

    const first = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ada-test-lovelace', { mode: 'coaching' });
    assert.ok(first?.path.endsWith('/one-on-ones/ada-test-lovelace/2026-11-20.md'), first?.path);
    const firstDoc = await vscode.workspace.openTextDocument(first);
    const text = firstDoc.getText();
    assert.match(text, /^---\nperson: ada-test-lovelace\ndate: 2026-11-20\nrelationship: direct-report\nmode: coaching\n---\n/);
    for (const section of ['## Carried over', '## Their agenda', '## Questions', '## Problem to work on', '## Notes', '## Action items']) assert.ok(text.includes(section), section);
    assert.match(text, /nothing to carry over/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the note is open');

    // Write two open items and a done one into the note, as a person would (and save).
    const edit = new vscode.WorkspaceEdit();
    edit.insert(first, firstDoc.positionAt(text.length), '- [ ] Ada: draft the RFC\n  - [ ] ask Kenji for review\n- [x] Me: book the room\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // save() has been seen to answer false once right after the note was created (a stat race in
    // the file service); saving again succeeds. The content check below is what matters.
    await waitFor(async () => !firstDoc.isDirty || await firstDoc.save(), 5000, 'the note to save');

    people.setClock(day(2026, 11, 27));
    const second = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ada-test-lovelace');
    assert.ok(second?.path.endsWith('/ada-test-lovelace/2026-11-27.md'), second?.path);
    const secondText = (await vscode.workspace.openTextDocument(second)).getText();
    const lines = firstDoc.getText().split('\n');
    const draftLine = lines.findIndex(l => l.includes('Ada: draft the RFC')) + 1;
    assert.ok(secondText.includes(`- [ ] Ada: draft the RFC — [2026-11-20, line ${draftLine}](2026-11-20.md#L${draftLine})\n  - [ ] ask Kenji for review — [2026-11-20, line ${draftLine + 1}](2026-11-20.md#L${draftLine + 1})`), secondText);
    assert.ok(!secondText.includes('book the room'), 'done items are not carried');

    // Same day again: today's note opens, nothing is overwritten; "another" makes a second one.
    const again = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ada-test-lovelace');
    assert.strictEqual(again?.toString(), second.toString());
    assert.strictEqual((await vscode.workspace.openTextDocument(second)).getText(), secondText);
    const another = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ada-test-lovelace', { another: true, mode: 'co-learning' });
    assert.ok(another?.path.endsWith('/ada-test-lovelace/2026-11-27-2.md'), another?.path);
    assert.match((await vscode.workspace.openTextDocument(another)).getText(), /mode: co-learning/);

    const latest = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.openLatestNote', 'ada-test-lovelace');
    assert.strictEqual(latest?.toString(), another.toString());
    assert.strictEqual(people.modeForNote(another), 'coaching', 'the linter gets the roster default');
    assert.strictEqual(people.modeForNote(workspaceUri('one-on-ones/kenji-watanabe/2026-10-31.md')), 'peer-learning');
    assert.strictEqual(people.modeForNote(workspaceUri('elsewhere/note.md')), undefined);
  });

  test('a note from the sample carries nested open items and ignores fenced ones', async () => {
    people.setClock(day(2026, 11, 20));
    const uri = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'amara-okafor', { show: false });
    assert.ok(uri);
    const text = await read('one-on-ones/amara-okafor/2026-11-20.md');
    assert.match(text, /- \[ \] Amara: decide about the guild and tell me why — \[2026-11-01, line \d+\]\(2026-11-01\.md#L\d+\)\n {2}- \[ \] Talk to Kenji/);
    assert.ok(!text.includes('not a task'), 'tasks in code fences stay behind');
    assert.ok(!text.includes('Read the guild charter'), 'done items stay behind');
    assert.ok(text.includes('- [ ] Amara: draft a proposal for fixture isolation'), 'an item carried before is carried again');
  });

  test('the tree follows notes written outside VS Code', async () => {
    people.setClock(day(2026, 11, 20));
    const before = await person(people, 'Leila Haddad');
    assert.match(before?.description ?? '', /overdue by/);
    writeOutside('one-on-ones/leila-haddad/2026-11-20.md', '---\nperson: leila-haddad\ndate: 2026-11-20\n---\n# Quick sync\n');
    const after = await waitFor(async () => {
      const p = await person(people, 'Leila Haddad');
      return p?.description?.startsWith('1:1 today') ? p : undefined;
    }, 10_000, 'the tree to show the new note');
    assert.strictEqual(after.icon, 'pass');
    // Today's note is this meeting: it keeps the cadence, and the last 1:1 is still the one before today, as in the prep.
    assert.match(after.tooltip ?? '', /1:1 today \(this meeting, not the last one\): `2026-11-20\.md`/);
    assert.match(after.tooltip ?? '', /Last 1:1: Wednesday 21 Oct 2026 \(30 days ago\)/);
    assert.match(after.tooltip ?? '', /Counted from today's 1:1 \(before it, overdue by \d+ days\)\./);
    const shown = await vscode.commands.executeCommand<PrepShown>('learningLeader.prepareOneOnOne', 'leila-haddad', { show: 'none' });
    assert.strictEqual(shown?.model.last?.fileName, '2026-10-21.md');
    assert.strictEqual(shown?.model.status.label, '1:1 today');
  });

  test('a binary file named like a note is never a 1:1: listed with a warning, not counted, and the prep agrees', async () => {
    // The day before the note an earlier test started for 20 Nov: that one is not a meeting yet.
    people.setClock(day(2026, 11, 19));
    const path = 'one-on-ones/amara-okafor/2026-11-18.md';
    const png = workspaceUri(path).fsPath;
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    try {
      const amara = await waitFor(async () => {
        const p = await person(people, 'Amara Okafor');
        return p?.tooltip?.includes('2026-11-18.md') ? p : undefined;
      }, 10_000, 'the tree to see the file');
      assert.strictEqual(amara.description, 'overdue by 11 days · Coaching', 'the last 1:1 is still 1 Nov');
      assert.match(amara.tooltip ?? '', /Last 1:1: Sunday 1 Nov 2026 \(18 days ago\)/);
      assert.match(amara.tooltip ?? '', /Not counted as meetings: `2026-11-18\.md` \(binary file\)/);
      const notes = await people.children(amara.node);
      const image = notes.find(n => n.label === '2026-11-18');
      assert.deepStrictEqual([image?.icon, image?.contextValue, image?.description], ['warning', 'note.skipped', 'yesterday · not a note (binary file)']);
      assert.match(image?.tooltip ?? '', /not counted as a 1:1/);
      assert.deepStrictEqual(notes.filter(n => n !== image).map(n => [n.icon, n.contextValue]), notes.filter(n => n !== image).map(() => ['note', 'note']));
      const shown = await vscode.commands.executeCommand<PrepShown>('learningLeader.prepareOneOnOne', 'amara-okafor', { show: 'none' });
      assert.strictEqual(shown?.model.last?.fileName, '2026-11-01.md');
      assert.deepStrictEqual(shown?.model.skipped, ['2026-11-18.md (binary file)']);
      assert.strictEqual(shown?.model.status.label, 'overdue by 11 days');
    } finally {
      fs.rmSync(png, { force: true });
    }
  });

  test('an empty note file is no 1:1 held, and a file named with a date that does not exist is no note anywhere', async () => {
    people.setClock(day(2026, 11, 30));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Ines Duarte', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'ines-duarte');
    writeOutside('one-on-ones/ines-duarte/2026-11-09.md', '# 1:1\n\n## Action items\n- [ ] Ines: send the budget\n');
    writeOutside('one-on-ones/ines-duarte/2026-11-20.md', '');
    writeOutside('one-on-ones/ines-duarte/2026-11-31.md', '# 1:1\n\n## Action items\n- [ ] Ines: review the rota\n');
    const cleanUp = ['2026-11-20.md', '2026-11-31.md', '2026-11-30.md'].map(f => workspaceUri(`one-on-ones/ines-duarte/${f}`).fsPath);
    try {
      const ines = await waitFor(async () => {
        const p = await person(people, 'Ines Duarte');
        return p?.tooltip?.includes('2026-11-31.md') ? p : undefined;
      }, 10_000, 'the tree to see the files');
      // The last 1:1 is 9 Nov (cadence 14 days): the empty file of 20 Nov is not on time for it.
      assert.strictEqual(ines.description, 'overdue by 7 days · Coaching');
      assert.match(ines.tooltip ?? '', /Last 1:1: Monday 9 Nov 2026 \(21 days ago\)/);
      assert.match(ines.tooltip ?? '', /Not counted as meetings: `2026-11-20\.md` \(empty file\), `2026-11-31\.md` \(named with a date that does not exist\)/);
      const notes = await people.children(ines.node);
      assert.deepStrictEqual(notes.map(n => [n.label, n.description, n.icon]), [
        ['2026-11-20', '10 days ago · not a note (empty file)', 'warning'],
        ['2026-11-09', '21 days ago', 'note'],
        ['2026-11-31', 'not a note (no such date)', 'warning'],
      ]);
      assert.match(notes[2]?.tooltip ?? '', /named with a date that does not exist: it is not read as a note anywhere/);
      // Open items: nothing from the misdated file, and the item is where it was written.
      const items = await (await activateExtension()).items();
      const rows = await waitFor(async () => {
        await items.settled();
        const row = (await items.children()).find(c => c.label === 'Ines Duarte');
        return row ? items.children(row.node) : undefined;
      }, 10_000, 'Ines in Open items');
      assert.deepStrictEqual(rows.map(r => [r.label, r.description]), [['Ines: send the budget', 'theirs · 21 days']]);
      // Start 1:1 carries it from 9 Nov, never from the misdated file.
      const started = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ines-duarte', { show: false });
      assert.ok(started?.path.endsWith('/ines-duarte/2026-11-30.md'), started?.path);
      const text = decoder.decode(await vscode.workspace.fs.readFile(started));
      assert.match(text, /- \[ \] Ines: send the budget — \[2026-11-09, line 4\]\(2026-11-09\.md#L4\)/);
      assert.doesNotMatch(text, /review the rota|2026-11-31/);
      // Check All Notes lists both among the files not checked, with why.
      const summary = await vscode.commands.executeCommand<{ skipped: string[] }>('learningLeader.checkAllNotes');
      assert.ok(summary.skipped.includes('one-on-ones/ines-duarte/2026-11-20.md (empty file)'), summary.skipped.join(', '));
      assert.ok(summary.skipped.includes('one-on-ones/ines-duarte/2026-11-31.md (named with a date that does not exist)'), summary.skipped.join(', '));
      // An empty file named as today's note is filled by Start 1:1, not put beside.
      fs.rmSync(started.fsPath);
      writeOutside('one-on-ones/ines-duarte/2026-11-30.md', '');
      const filled = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'ines-duarte', { show: false });
      assert.ok(filled?.path.endsWith('/ines-duarte/2026-11-30.md'), filled?.path);
      assert.match(decoder.decode(await vscode.workspace.fs.readFile(filled)), /^---\nperson: ines-duarte\ndate: 2026-11-30\n/);
    } finally {
      for (const file of cleanUp) fs.rmSync(file, { force: true });
    }
  });

  test('a renamed person folder and a folder no one has are shown; Open Latest Note says where the notes are', async () => {
    people.setClock(day(2026, 11, 30));
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Rosa Delgado', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'rosa-delgado');
    writeOutside('one-on-ones/rosa-delgado/2026-11-02.md', '# 1:1\n\n- [ ] Rosa: write up the migration plan\n');
    writeOutside('one-on-ones/rosa-delgado/2026-11-16.md', '# 1:1\n');
    writeOutside('one-on-ones/ghost-visitor/2026-11-05.md', '# 1:1\n');
    await waitFor(async () => (await person(people, 'Rosa Delgado'))?.tooltip?.includes('Last 1:1: Monday 16 Nov 2026'), 10_000, 'Rosa\'s notes in the tree');
    // Renamed by hand, outside VS Code.
    const from = workspaceUri('one-on-ones/rosa-delgado').fsPath;
    const to = workspaceUri('one-on-ones/rosa').fsPath;
    fs.renameSync(from, to);
    const recorder = await recordNotices();
    try {
      const rosa = await waitFor(async () => {
        const p = await person(people, 'Rosa Delgado');
        return p?.description?.startsWith('no notes here') ? p : undefined;
      }, 10_000, 'the tree to see the rename');
      assert.strictEqual(rosa.description, 'no notes here: see rosa/ · Coaching');
      assert.strictEqual(rosa.icon, 'warning');
      assert.match(rosa.tooltip ?? '', /No notes in one-on-ones\/rosa-delgado\/; one-on-ones\/rosa\/ has 2 notes — rename it back to rosa-delgado, or change Rosa Delgado's id in people\.json to "rosa"\./);
      const orphans = (await people.children()).find(c => c.node.kind === 'orphans');
      assert.ok(orphans, 'a "Folders with no person" entry');
      assert.match(orphans.label, /^Folders with no person: .*\bghost-visitor\b.*\brosa\b/);
      assert.match(orphans.tooltip ?? '', /no one in people\.json has them as their folder/);
      const folders = await people.children(orphans.node);
      const rosaFolder = folders.find(f => f.label === 'rosa/');
      const ghost = folders.find(f => f.label === 'ghost-visitor/');
      assert.deepStrictEqual([rosaFolder?.description, rosaFolder?.contextValue], ['2 notes · looks like Rosa Delgado\'s', 'orphanFolder']);
      assert.deepStrictEqual([ghost?.description, ghost?.contextValue], ['1 note', 'orphanFolder']);
      assert.match(ghost?.tooltip ?? '', /no one in people\.json has it as their folder\. Add Person/);
      // Open Latest Note says where the notes are, instead of "No notes yet".
      assert.strictEqual(await vscode.commands.executeCommand('learningLeader.openLatestNote', 'rosa-delgado'), undefined);
      const notice = await waitFor(() => recorder.notices.find(n => n.message.startsWith('No notes in one-on-ones/rosa-delgado/')), 5000, 'the message');
      assert.deepStrictEqual([notice.severity, notice.actions], ['warning', ['Reveal rosa/ in Explorer']]);
      // Open items: the folder's group says it is no one's, and whose it looks like.
      const items = await (await activateExtension()).items();
      const group = await waitFor(async () => {
        await items.settled();
        return (await items.children()).find(c => c.label === 'rosa');
      }, 10_000, 'the rosa group in Open items');
      assert.strictEqual(group.description, '1 open · folder with no person: Rosa Delgado\'s?');
      assert.match(group.tooltip ?? '', /It looks like Rosa Delgado's notes, whose folder is rosa-delgado\//);
    } finally {
      recorder.dispose();
      if (fs.existsSync(to)) fs.renameSync(to, from);
      fs.rmSync(workspaceUri('one-on-ones/ghost-visitor').fsPath, { recursive: true, force: true });
    }
    // Renamed back: their notes are theirs again, and the folders are no one's no more.
    await waitFor(async () => (await person(people, 'Rosa Delgado'))?.tooltip?.includes('Last 1:1: Monday 16 Nov 2026'), 10_000, 'Rosa\'s notes back');
    // The folder removed and the one renamed back are separate watcher events, maybe in separate batches.
    await waitFor(async () => !(await people.children()).some(c => c.node.kind === 'orphans' && /\brosa\b|ghost-visitor/.test(c.label)), 10_000, 'the two folders no longer listed as no one\'s');
  });

  test('Start 1:1 on a day whose note name holds an image: the image is left as it is, and today\'s note is started beside it', async () => {
    people.setClock(day(2026, 12, 2));
    const imagePath = 'one-on-ones/kenji-watanabe/2026-12-02.md';
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    fs.writeFileSync(workspaceUri(imagePath).fsPath, bytes);
    const recorder = await recordNotices();
    let started: vscode.Uri | undefined;
    try {
      started = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', 'kenji-watanabe', { show: false });
      assert.ok(started, 'a note was started');
      assert.notStrictEqual(started.path, workspaceUri(imagePath).path, 'not the image');
      assert.match(decoder.decode(await vscode.workspace.fs.readFile(started)), /^---\nperson: kenji-watanabe/);
      assert.deepStrictEqual(fs.readFileSync(workspaceUri(imagePath).fsPath), bytes, 'the image is untouched');
      const message = await waitFor(() => recorder.notices.find(n => n.message.includes('2026-12-02.md is not a text note'))?.message, 5_000, 'the message');
      assert.match(message, /binary file/);
    } finally {
      recorder.dispose();
      fs.rmSync(workspaceUri(imagePath).fsPath, { force: true });
      if (started) await vscode.workspace.fs.delete(started).then(undefined, () => undefined);
    }
  });

  test('rename keeps the id; archive keeps the notes; restore brings them back', async () => {
    const renamed = await vscode.commands.executeCommand<{ id: string; name: string }>('learningLeader.editPerson', 'priya-raghunathan', { name: 'Priya R. Raghunathan' });
    assert.deepStrictEqual([renamed?.id, renamed?.name], ['priya-raghunathan', 'Priya R. Raghunathan']);
    assert.ok((await read(ROSTER)).includes('"id": "priya-raghunathan", "name": "Priya R. Raghunathan"') || JSON.parse(await read(ROSTER)).people.some((p: { id: string; name: string }) => p.id === 'priya-raghunathan' && p.name === 'Priya R. Raghunathan'));

    const archived = await vscode.commands.executeCommand<{ archived: boolean }>('learningLeader.archivePerson', 'priya-raghunathan');
    assert.strictEqual(archived?.archived, true);
    const inArchive = await people.children((await group(people, 'Archived'))?.node);
    const priya = inArchive.find(p => p.label === 'Priya R. Raghunathan');
    assert.strictEqual(priya?.contextValue, 'person.archived.hasNotes');
    assert.strictEqual((await people.children(priya?.node)).length, 2, 'her notes are still there');
    await vscode.workspace.fs.stat(workspaceUri('one-on-ones/priya-raghunathan/2026-11-07.md'));

    const restored = await vscode.commands.executeCommand<{ archived: boolean }>('learningLeader.unarchivePerson', { id: 'priya-raghunathan' });
    assert.strictEqual(restored?.archived, false);
    assert.ok(await person(people, 'Priya R. Raghunathan'));
  });

  test('hostile names get ids that stay inside the notes folder', async () => {
    const evil = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: '../../.vscode/..', relationship: 'peer' });
    assert.strictEqual(evil?.id, 'vscode');
    const emoji = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: '🙂🙂', relationship: 'peer', mode: 'mentoring' });
    assert.strictEqual(emoji?.id, 'person');
    const rtl = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'سارة الحداد', relationship: 'peer' });
    assert.strictEqual(rtl?.id, 'سارة-الحداد');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('learningLeader.startOneOnOne', rtl.id, { show: false });
    assert.ok(uri?.path.startsWith(workspaceUri('one-on-ones/').path), uri?.path);
    const bad = await vscode.commands.executeCommand('learningLeader.addPerson', { name: '   ', relationship: 'peer' });
    assert.strictEqual(bad, undefined, 'an empty name is refused');
  });

  test('add a person whose notes folder is there already: the message says its notes are theirs now', async () => {
    writeOutside('one-on-ones/zara-quinn/2026-01-05.md', '# 1:1\n');
    writeOutside('one-on-ones/zara-quinn/2026-01-12.md', '# 1:1\n');
    writeOutside('one-on-ones/zara-quinn/draft.md', 'not a dated note\n');
    const recorder = await recordNotices();
    try {
      const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Zara Quinn', relationship: 'peer' });
      assert.strictEqual(added?.id, 'zara-quinn', 'the folder there is the one used');
      assert.deepStrictEqual(recorder.notices.map(n => n.message), ['Added Zara Quinn. Their notes go in one-on-ones/zara-quinn/, which already held 2 notes: they are theirs now.']);
    } finally {
      recorder.dispose();
    }
  });

  test('add and archive name the notes folder the same way; names lose their bidi controls', async () => {
    const recorder = await recordNotices();
    try {
      const added = await vscode.commands.executeCommand<{ id: string; name: string }>('learningLeader.addPerson', { name: 'Noor \u202EHaddad\u202C', relationship: 'peer' });
      assert.deepStrictEqual([added?.id, added?.name], ['noor-haddad', 'Noor Haddad']);
      assert.strictEqual(JSON.parse(await read(ROSTER)).people.find((p: { id: string }) => p.id === 'noor-haddad')?.name, 'Noor Haddad', 'written without them');
      await vscode.commands.executeCommand('learningLeader.archivePerson', 'noor-haddad');
      await vscode.commands.executeCommand('learningLeader.unarchivePerson', 'noor-haddad');
      const messages = recorder.notices.map(n => n.message);
      assert.deepStrictEqual(messages.slice(0, 2), [
        'Added Noor Haddad. Their notes go in one-on-ones/noor-haddad/.',
        'Archived Noor Haddad. Their notes stay in one-on-ones/noor-haddad/.',
      ]);
      assert.deepStrictEqual(recorder.notices[1]?.actions, ['Undo']);
      for (const m of messages) assert.ok(!/\p{Bidi_Control}/u.test(m), m);
    } finally {
      recorder.dispose();
    }
    // A name written by hand with them: shown without, in the tree, with a warning naming the person.
    const text = await read(ROSTER);
    const roster = JSON.parse(text);
    roster.people.push({ id: 'rtl-override', name: '\u202Eevil\u202C Eve', relationship: 'peer' });
    writeOutside(ROSTER, `${JSON.stringify(roster, null, 2)}\n`);
    try {
      const eve = await waitFor(() => person(people, 'evil Eve'), 10_000, 'Eve in the tree, her name clean');
      assert.ok(!/\p{Bidi_Control}/u.test(`${eve.label} ${eve.description} ${eve.tooltip}`));
      const diagnostics = await waitForDiagnostics(workspaceUri(ROSTER), d => d.some(x => /text-direction/.test(x.message)), 10_000, 'learning-leader');
      assert.match(diagnostics.find(x => /text-direction/.test(x.message))?.message ?? '', /^The name of evil Eve \("rtl-override"\) has invisible text-direction characters \(U\+202E, U\+202C\)/);
    } finally {
      writeOutside(ROSTER, text);
    }
    await waitFor(async () => !(await person(people, 'evil Eve')), 10_000, 'Eve gone again');
  });

  test('two writers lose nothing: a change on disk a moment ago is kept', async () => {
    const onDisk = JSON.parse(await read(ROSTER));
    onDisk.people.push({ id: 'from-other-window', name: 'From Other Window', relationship: 'peer' });
    writeOutside(ROSTER, `${JSON.stringify(onDisk, null, 2)}\n`);
    // At once, before the watcher has told anyone.
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'From This Window', relationship: 'peer' });
    assert.strictEqual(added?.id, 'from-this-window');
    const ids = JSON.parse(await read(ROSTER)).people.map((p: { id: string }) => p.id);
    assert.ok(ids.includes('from-other-window') && ids.includes('from-this-window'), ids.join(', '));
  });

  test('a roster edit parses people.json once: the write plans on the cached parse, and the re-reads reuse the result', async () => {
    const { contexts } = await activateExtension();
    // The tests before wrote people.json from outside: a file event of theirs can still be on its way
    // and have what they wrote read (and parsed) in the middle of this edit. An edit that met one is
    // measured once more (at most three edits).
    let during = 0;
    let after = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      await people.settled();
      const before = contexts.core.stats.rosterParses;
      const reread = new Promise<void>(resolve => {
        const sub = contexts.onDidChangeRoster(() => { sub.dispose(); resolve(); });
      });
      const edited = await vscode.commands.executeCommand<{ cadenceDays: number }>('learningLeader.editPerson', 'kenji-watanabe', { cadenceDays: 20 + attempt });
      assert.strictEqual(edited?.cadenceDays, 20 + attempt);
      during = contexts.core.stats.rosterParses - before;
      // The save and the editor's change come back as roster events: people.json is read again, not parsed again.
      await reread;
      await people.settled();
      after = contexts.core.stats.rosterParses - before;
      if (during === 1 && after === 1) break;
    }
    assert.strictEqual(during, 1, 'one parse: the result of the change');
    assert.strictEqual(after, 1, 'the re-read after the write reuses that parse');
    await vscode.commands.executeCommand('learningLeader.editPerson', 'kenji-watanabe', { cadenceDays: 21 });
  });

  test('people.json open with unsaved edits: the change goes into the buffer, undoably', async () => {
    // The test before wrote people.json; its file event can still be on the way and reload an open
    // editor. Settled first, so the buffer starts as the file is.
    await people.settled();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(ROSTER));
    await waitFor(async () => !doc.isDirty && doc.getText() === await read(ROSTER), 10_000, 'the editor to hold people.json as on disk');
    try {
      const original = doc.getText();
      const editor = await vscode.window.showTextDocument(doc);
      const at = original.indexOf('"Kenji Watanabe"');
      await editor.edit(b => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + '"Kenji Watanabe"'.length)), '"Kenji W."'));
      assert.ok(doc.isDirty);
      const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Buffer Person', relationship: 'peer' });
      assert.strictEqual(added?.id, 'buffer-person');
      assert.ok(doc.getText().includes('"Kenji W."') && doc.getText().includes('"buffer-person"'), 'both edits are in the buffer');
      assert.ok(doc.isDirty, 'the person\'s unsaved edit is not saved behind their back');
      assert.strictEqual(await read(ROSTER), original, 'nothing written to disk');
      // Undo acts on the focused editor: focus it each time (a notification may have taken focus).
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.ok(!doc.getText().includes('"buffer-person"'), 'undo takes the change back');
      assert.ok(doc.getText().includes('"Kenji W."'));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), original, 'a second undo takes the person\'s own edit back');
    } finally {
      // Never leave people.json open with unsaved edits for the tests after (they write it on disk).
      if (doc.isDirty) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } else {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    }
  });

  test('a broken people.json: a diagnostic at the line, an error item, and no rewrite', async () => {
    const rosterUri = workspaceUri(ROSTER);
    const good = await read(ROSTER);
    const lines = good.split('\n');
    const nameLine = lines.findIndex(l => l.includes('"name": "Mateo Fernández"'));
    lines[nameLine] = lines[nameLine]!.replace(/,\s*$/, '');
    const broken = lines.join('\n');
    try {
      writeOutside(ROSTER, broken);
      const diagnostics = await waitForDiagnostics(rosterUri, d => d.length > 0, 10_000, 'learning-leader');
      assert.strictEqual(diagnostics[0]?.range.start.line, nameLine + 1, `the problem is reported on the line after the missing comma: ${diagnostics[0]?.message}`);
      assert.match(diagnostics[0]?.message ?? '', /comma/);
      const root = await people.children();
      const problem = root.find(c => c.contextValue === 'rosterProblem');
      assert.ok(problem, 'an error item in the tree');
      assert.match(problem.label, new RegExp(`line ${nameLine + 2}`));
      assert.ok(root.some(c => c.label === 'Direct reports'), 'the people before the error still show');

      const recorder = await recordNotices();
      try {
        const refused = await vscode.commands.executeCommand('learningLeader.addPerson', { name: 'Not Written', relationship: 'peer' });
        assert.strictEqual(refused, undefined);
        // From the palette (no arguments): refused at once, before any question, with one message.
        const asked = await vscode.commands.executeCommand('learningLeader.addPerson');
        assert.strictEqual(asked, undefined);
        assert.strictEqual(recorder.notices.length, 2, recorder.notices.map(n => n.message).join('\n'));
        for (const n of recorder.notices) {
          assert.strictEqual(n.severity, 'error');
          assert.strictEqual(n.message.split('people.json').length - 1, 1, `people.json named once: ${n.message}`);
          assert.match(n.message, new RegExp(`line ${nameLine + 2}`));
          assert.deepStrictEqual(n.actions, ['Open people.json']);
        }
      } finally {
        recorder.dispose();
      }
      const archived = await vscode.commands.executeCommand('learningLeader.archivePerson', 'amara-okafor');
      assert.strictEqual(archived, undefined);
      assert.strictEqual(await read(ROSTER), broken, 'the person\'s text is never rewritten');

      writeOutside(ROSTER, '');
      await waitFor(async () => (await people.children()).some(c => /empty/.test(c.label)), 10_000, 'an item saying the file is empty');
    } finally {
      writeOutside(ROSTER, good);
    }
    await waitForDiagnostics(rosterUri, d => d.length === 0, 10_000, 'learning-leader');
    await waitFor(async () => !(await people.children()).some(c => c.contextValue === 'rosterProblem'), 10_000, 'the error item to go');
  });

  test('the prep panel shows days since, open items, questions and telling, and unused questions', async () => {
    people.setClock(day(2026, 11, 21));
    const shown = await vscode.commands.executeCommand<PrepShown>('learningLeader.prepareOneOnOne', 'mateo-fernandez');
    assert.ok(shown?.shown);
    const text = shown.html;
    assert.match(text, /<h1>Prepare: 1:1 with Mateo Fernández<\/h1>/);
    assert.match(text, /<strong>4 days ago<\/strong>/);
    assert.match(text, /Open items \(3\)/);
    assert.match(text, /<span class="owner owner-them">Mateo<\/span> <span class="item-text">add replay numbers per event type<\/span>/);
    assert.match(text, /Questions and telling, last 3 meetings/);
    assert.match(text, /Questions not asked lately/);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('learningLeader.prep'), 'the prep panel is the active tab');
    assert.strictEqual(tab?.label, 'Prep: Mateo Fernández');
  });

  test('createSample never overwrites a roster, and fills an empty notes folder', async function () {
    this.timeout(60_000);
    const before = await read(ROSTER);
    const refused = await vscode.commands.executeCommand<vscode.Uri[]>('learningLeader.createSample');
    assert.deepStrictEqual(refused, []);
    assert.strictEqual(await read(ROSTER), before);

    const config = vscode.workspace.getConfiguration('learningLeader');
    try {
      await config.update('notesFolder', 'sample-check/notes', vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await people.children()).length === 0 ? true : undefined, 10_000, 'an empty tree (the welcome view) without a roster');
      assert.strictEqual(people.roster()?.people.length, 0);
      // A note already there is kept as it is.
      writeOutside('sample-check/notes/mateo-fernandez/keep.md', 'mine\n');
      const written = await vscode.commands.executeCommand<vscode.Uri[]>('learningLeader.createSample');
      assert.strictEqual(written?.length, 14, 'people.json and 13 notes');
      assert.strictEqual(await read('sample-check/notes/mateo-fernandez/keep.md'), 'mine\n');
      const groups = await waitFor(async () => {
        const g = await people.children();
        return g.length === 3 ? g : undefined;
      }, 10_000, 'the sample in the tree');
      assert.deepStrictEqual(groups.map(g => g.label), ['Direct reports', 'Peers', 'Archived']);
      const again = await vscode.commands.executeCommand<vscode.Uri[]>('learningLeader.createSample');
      assert.deepStrictEqual(again, [], 'a second run writes nothing');
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(workspaceUri('sample-check').fsPath, { recursive: true, force: true });
    }
    await waitFor(() => people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });

  test(`measure: ${MEASURE_LABEL} (timings printed, not asserted)`, async function () {
    this.timeout(180_000);
    const config = vscode.workspace.getConfiguration('learningLeader');
    const root = workspaceUri('bench-notes').fsPath;
    const t0 = Date.now();
    const roster = { people: [] as object[] };
    for (let i = 0; i < MEASURE.people; i++) {
      const id = `person-${String(i).padStart(3, '0')}`;
      roster.people.push({ id, name: `Person ${i}`, relationship: i % 3 ? 'direct-report' : 'peer', cadenceDays: 14, archived: (i + 1) % Math.min(50, MEASURE.people) === 0 });
      fs.mkdirSync(`${root}/${id}`, { recursive: true });
      for (let n = 0; n < MEASURE.notesEach; n++) {
        const date = new Date(Date.UTC(2024, 0, 1 + n * 14 + (i % 14))).toISOString().slice(0, 10);
        fs.writeFileSync(`${root}/${id}/${date}.md`, `---\nperson: ${id}\ndate: ${date}\n---\n- [ ] item ${n}\n`);
      }
    }
    fs.writeFileSync(`${root}/people.json`, JSON.stringify(roster, null, 2));
    note(`      generated ${MEASURE_LABEL} in ${Date.now() - t0} ms`);
    try {
      await config.update('notesFolder', 'bench-notes', vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (people.roster()?.people.length ?? 0) === MEASURE.people, 20_000, 'the bench roster to load');
      await people.settled();
      const timings: string[] = [];
      const time = async (label: string, fn: () => Promise<unknown>) => {
        const start = performance.now();
        await fn();
        timings.push(`${label} ${(performance.now() - start).toFixed(0)} ms`);
      };
      await time('roster load (refresh)', () => people.refresh());
      let groups: PeopleNodeView[] = [];
      await time('root children', async () => { groups = await people.children(); });
      await time(`expand both groups, cold (${MEASURE.people} note listings)`, () => Promise.all(groups.filter(g => g.label !== 'Archived').map(g => people.children(g.node))));
      await time('expand both groups, warm', () => Promise.all(groups.filter(g => g.label !== 'Archived').map(g => people.children(g.node))));
      const first = (await people.children(groups[0]?.node))[0];
      await time(`one person's ${MEASURE.notesEach} notes`, () => people.children(first?.node));
      note(`      tree with ${MEASURE_LABEL}: ${timings.join('; ')}`);
      assert.strictEqual(groups.length, 3);
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(root, { recursive: true, force: true });
    }
    await waitFor(() => people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });
});

suite('people: racing writers', () => {
  let people: PeopleApi;
  suiteSetup(async () => {
    people = (await activateExtension()).people;
    await people.ready;
  });
  teardown(() => closeAllEditors());

  /** Adds two people at the same moment, `rounds` times; checks after each round that both are in a valid people.json. */
  async function race(label: string, rounds: number): Promise<void> {
    const before = JSON.parse(await read(ROSTER)).people.length as number;
    const stats = { ...people.writeStats };
    for (let i = 0; i < rounds; i++) {
      const [a, b] = await Promise.all([
        vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: `${label} A ${i}`, relationship: 'peer' }),
        vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: `${label} B ${i}`, relationship: 'direct-report' }),
      ]);
      assert.ok(a && b, `round ${i}: both adds resolved to a person`);
      const text = await read(ROSTER);
      const roster = parseRoster(text);
      assert.deepStrictEqual(roster.problems, [], `round ${i}: people.json reads cleanly`);
      const ids = roster.people.map(p => p.id);
      assert.ok(ids.includes(a.id) && ids.includes(b.id), `round ${i}: ${a.id} and ${b.id} in ${ids.slice(-4).join(', ')}`);
    }
    assert.strictEqual(JSON.parse(await read(ROSTER)).people.length, before + 2 * rounds, 'no one lost, no one twice');
    note(`      ${label}: ${rounds} rounds, ${people.writeStats.writes - stats.writes} writes, ${people.writeStats.retries - stats.retries} re-planned after a collision, ${people.writeStats.repairs - stats.repairs} written again after two writes interleaved, ${(people.writeStats.restored ?? 0) - (stats.restored ?? 0)} added again after a slow writer replaced them`);
  }

  test('two writers at the same moment, many rounds: no one is lost and the file stays valid JSON', async function () {
    this.timeout(120_000);
    await race('Race', 8);
  });

  test('the same with people.json open in an editor (clean): the editor follows, no save conflict', async function () {
    this.timeout(120_000);
    const doc = await vscode.workspace.openTextDocument(workspaceUri(ROSTER));
    await vscode.window.showTextDocument(doc);
    await race('Open', 5);
    await waitFor(async () => doc.getText() === await read(ROSTER), 5000, 'the editor shows the file as written');
    assert.ok(!doc.isDirty, 'nothing is left unsaved in the editor');
  });

  test('a person added here and then lost to a slow writer in another window is added again; one removed on purpose stays removed', async function () {
    this.timeout(90_000);
    const original = await read(ROSTER);
    try {
      const lost = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Slow Writer Lost', relationship: 'peer' });
      assert.ok(lost, 'the add resolved to a person');
      // Another window that read the file before the add writes its own add over it, a moment later.
      const before = JSON.parse(original) as { people: { id: string }[] };
      writeOutside(ROSTER, JSON.stringify({ ...before, people: [...before.people, { id: 'slow-other', name: 'Slow Other', relationship: 'peer', mode: 'peer-learning' }] }, null, 2));
      // (Read as it may be mid-write, empty or half written, by the writer being tested: such a read is "not yet".)
      await waitFor(async () => rosterIds(await read(ROSTER))?.includes(lost.id) === true, 15_000, `${lost.id} to be added again`);
      const after = JSON.parse(await read(ROSTER)).people.map((p: { id: string }) => p.id);
      assert.ok(after.includes('slow-other'), 'the other window\'s person is kept');
      assert.strictEqual(after.filter((id: string) => id === lost.id).length, 1, 'added again once');

      // Removed on purpose (the file has fewer people than the add left): stays removed.
      const kept = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Removed On Purpose', relationship: 'peer' });
      assert.ok(kept, 'the second add resolved to a person');
      const now = JSON.parse(await read(ROSTER)) as { people: { id: string }[] };
      writeOutside(ROSTER, JSON.stringify({ ...now, people: now.people.filter(p => p.id !== kept.id) }, null, 2));
      // Once the writer's looks after the add (1.5 s and 5 s after it) are over: the file is as it was written.
      await waitFor(() => (people.writeStats.watching ?? 0) === 0, 30_000, 'the looks after the add to be over');
      assert.ok(!JSON.parse(await read(ROSTER)).people.some((p: { id: string }) => p.id === kept.id), 'a person removed by hand is not added back');

      // Removed by hand, then someone else added here before the writer looked again: that add was planned on the
      // file without them, so they stay removed (counting people alone, the look took them for lost to a slow writer).
      const gone = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Removed Then Other', relationship: 'peer' });
      assert.ok(gone, 'the third add resolved to a person');
      const withGone = JSON.parse(await read(ROSTER)) as { people: { id: string }[] };
      writeOutside(ROSTER, JSON.stringify({ ...withGone, people: withGone.people.filter(p => p.id !== gone.id) }, null, 2));
      await waitFor(() => !people.roster()?.people.some(p => p.id === gone.id), 15_000, 'the hand edit read');
      const other = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Added After Removal', relationship: 'peer' });
      assert.ok(other, 'the fourth add resolved to a person');
      // Once the looks after both adds are over.
      await waitFor(() => (people.writeStats.watching ?? 0) === 0, 30_000, 'the looks after the adds to be over');
      const ids = (JSON.parse(await read(ROSTER)) as { people: { id: string }[] }).people.map(p => p.id);
      assert.ok(!ids.includes(gone.id) && ids.includes(other.id), `removed by hand, then another added here: ${ids.join(', ')}`);
    } finally {
      // The file as it was, read again now (as Refresh does): the next tests start from it whether or not
      // the watcher has told the store yet (on a loaded two-core machine it once took longer than 10 s: a
      // condition waited on, so the longer limit costs a passing run nothing).
      await restoreRoster(original);
    }
  });

  /** The file as it was, written again if a look of the writer's, late on a loaded machine, wrote over it: up to three times. */
  async function restoreRoster(original: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      writeOutside(ROSTER, original);
      await people.refresh();
      try {
        await waitFor(() => people.roster()?.people.every(p => p.id !== 'slow-other'), 15_000, 'the roster as it was');
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }
});
