// A manager who brings notes kept in another layout (a flat folder, files moved by hand, git mv):
// what the linter's commands say about them, and that the Problems panel follows files moved on disk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, personRow, recordNotices, removeFromRoster, waitFor, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './util';

const SOURCE = 'learning-leader';
const ours = (ds: readonly vscode.Diagnostic[]) => ds.filter(d => d.source === SOURCE);
const TELLING = '# 1:1 Sam Lee / Carmen\n\nNotes:\n- You should own the retro next week.\n- Why didn\'t you escalate sooner?\n';

suite('notes kept in another layout', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(async () => {
    await closeAllEditors();
  });

  test('a note deleted or moved on disk leaves the Problems panel (Check All Notes published it while it was closed)', async () => {
    const single = await writeWorkspaceFile('one-on-ones/adoption-moved/2026-03-04.md', TELLING);
    const inFolder = await writeWorkspaceFile('one-on-ones/adoption-moved/old/2026-03-11.md', TELLING);
    await vscode.commands.executeCommand('learningLeader.checkAllNotes');
    await waitForDiagnostics(single, ds => ours(ds).length > 0, 10_000, SOURCE);
    await waitForDiagnostics(inFolder, ds => ours(ds).length > 0, 10_000, SOURCE);
    try {
      // One file moved away (git mv is a delete and a create for the watcher), then a whole folder.
      await vscode.workspace.fs.rename(single, workspaceUri('adoption-moved-away/2026-03-04.md'), { overwrite: true });
      await waitForDiagnostics(single, ds => ours(ds).length === 0, 10_000, SOURCE);
      await vscode.workspace.fs.delete(workspaceUri('one-on-ones/adoption-moved/old'), { recursive: true });
      await waitForDiagnostics(inFolder, ds => ours(ds).length === 0, 10_000, SOURCE);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('one-on-ones/adoption-moved'), { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceUri('adoption-moved-away'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('findings of closed notes leave the Problems panel when a setting takes them out of the linter\'s reach (Notes Folder moved)', async () => {
    const config = vscode.workspace.getConfiguration('learningLeader');
    const uri = await writeWorkspaceFile('one-on-ones/adoption-scope/2026-03-04.md', TELLING);
    try {
      await vscode.commands.executeCommand('learningLeader.checkAllNotes');
      await waitForDiagnostics(uri, ds => ours(ds).length > 0, 10_000, SOURCE);
      await config.update('notesFolder', 'adoption-elsewhere', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, ds => ours(ds).length === 0, 10_000, SOURCE);
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(workspaceUri('one-on-ones/adoption-scope'), { recursive: true }).then(undefined, () => undefined);
    }
    const api = await activateExtension();
    await waitFor(() => api.people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });

  test('an open note keeps its findings when its file is deleted (the editor still holds its text)', async () => {
    const uri = await writeWorkspaceFile('one-on-ones/adoption-open/2026-03-04.md', TELLING);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = ours(await waitForDiagnostics(uri, ds => ours(ds).length > 0, 10_000, SOURCE)).length;
    const other = await writeWorkspaceFile('one-on-ones/adoption-open/gone.md', TELLING);
    await vscode.commands.executeCommand('learningLeader.checkAllNotes');
    await waitForDiagnostics(other, ds => ours(ds).length > 0, 10_000, SOURCE);
    await vscode.workspace.fs.delete(other);
    await waitForDiagnostics(other, ds => ours(ds).length === 0, 10_000, SOURCE);
    assert.strictEqual(ours(vscode.languages.getDiagnostics(uri)).length, before, 'the open note keeps its findings');
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri('one-on-ones/adoption-open'), { recursive: true }).then(undefined, () => undefined);
  });

  test('Rephrase All on a markdown note outside the notes folder says why, not "Open a 1:1 note"', async () => {
    const uri = await writeWorkspaceFile('1on1/2026-03-04 Sam Lee.md', TELLING);
    const recorder = await recordNotices();
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const changes = await vscode.commands.executeCommand<number>('learningLeader.rephraseAll');
      assert.strictEqual(changes, 0);
      const notice = await waitFor(() => recorder.notices.find(n => /not in the notes folder/.test(n.message)), 5_000, 'the notice');
      assert.match(notice.message, /not in the notes folder \(one-on-ones\/\).*Lint: Scope to allMarkdown/);
      assert.deepStrictEqual(notice.actions, ['Open Setting']);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), TELLING, 'the file is untouched');
    } finally {
      recorder.dispose();
      await closeAllEditors();
      await vscode.workspace.fs.delete(workspaceUri('1on1'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('Check All Notes with no notes folder in the workspace says where it looked, not "Checked 0 notes"', async () => {
    const config = vscode.workspace.getConfiguration('learningLeader');
    const recorder = await recordNotices();
    try {
      await config.update('notesFolder', 'adoption-no-such-folder', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => vscode.workspace.getConfiguration('learningLeader').get('notesFolder') === 'adoption-no-such-folder', 5_000, 'the setting');
      const summary = await vscode.commands.executeCommand<{ files: number; missingFolders: string[] }>('learningLeader.checkAllNotes');
      assert.strictEqual(summary.files, 0);
      assert.deepStrictEqual(summary.missingFolders, ['adoption-no-such-folder/']);
      const notice = await waitFor(() => recorder.notices.find(n => /^No notes to check/.test(n.message)), 5_000, 'the notice');
      assert.match(notice.message, /reads the notes folder \(adoption-no-such-folder\/\), and there is none/);
      assert.ok(!recorder.notices.some(n => /^Checked 0 notes/.test(n.message)), 'no "Checked 0 notes"');
    } finally {
      recorder.dispose();
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const api = await activateExtension();
    await waitFor(() => api.people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });
});

suite('notes moved into a person\'s folder with their old names', () => {
  test('the People view lists "2026-11-27 Sam Lee.md" with the name to give it, and the row says so instead of "no 1:1 yet"', async () => {
    const api = await activateExtension();
    const people = api.people;
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Carmen Walk', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'carmen-walk');
    await writeWorkspaceFile('one-on-ones/carmen-walk/2026-11-27 Carmen Walk.md', TELLING);
    await writeWorkspaceFile('one-on-ones/carmen-walk/2026-11-10-carmen.md', TELLING);
    try {
      const row = await waitFor(async () => {
        const r = await personRow(people, 'Carmen Walk');
        // Both files seen (the view may refresh between the two writes and show one first).
        return r?.description?.startsWith('no dated notes: 2 files') ? r : undefined;
      }, 10_000, 'the row to see both files');
      assert.strictEqual(row.description, 'no dated notes: 2 files to rename · Coaching');
      assert.strictEqual(row.icon, 'warning');
      assert.match(row.tooltip ?? '', /Not counted as meetings: `2026-11-10-carmen\.md` \(not named as a note: rename it to 2026-11-10\.md\), `2026-11-27 Carmen Walk\.md` \(not named as a note: rename it to 2026-11-27\.md\)/);
      const files = await people.children(row.node);
      assert.deepStrictEqual(files.map(n => [n.label, n.description, n.icon]), [
        ['2026-11-10-carmen', 'not counted: name it 2026-11-10.md', 'warning'],
        ['2026-11-27 Carmen Walk', 'not counted: name it 2026-11-27.md', 'warning'],
      ]);
      assert.match(files[1]?.tooltip ?? '', /is not named as a dated note \(YYYY-MM-DD\.md/);
      // Renamed as the row says, it is a 1:1 like any other.
      await vscode.workspace.fs.rename(workspaceUri('one-on-ones/carmen-walk/2026-11-27 Carmen Walk.md'), workspaceUri('one-on-ones/carmen-walk/2026-11-27.md'));
      await waitFor(async () => {
        const r = await personRow(people, 'Carmen Walk');
        return r && !r.description?.startsWith('no dated notes') && r.icon !== 'warning' ? r : undefined;
      }, 10_000, 'the row once a note is named as one');
    } finally {
      // Out of people.json again, as it was: the other tests' roster is the sample's.
      await removeFromRoster(['carmen-walk']);
    }
  });

  test('Name Notes by Their Dates renames the files moved in to dated names, text unchanged, never over a note; one file from its row', async () => {
    const api = await activateExtension();
    const people = api.people;
    const added = await vscode.commands.executeCommand<{ id: string }>('learningLeader.addPerson', { name: 'Dana Rename', relationship: 'direct-report', mode: 'coaching' });
    assert.strictEqual(added?.id, 'dana-rename');
    const dir = 'one-on-ones/dana-rename';
    const texts: Record<string, string> = {
      '2026-11-10-dana.md': '# 1:1\n\n- [ ] Dana: send the draft RFC\n',
      '2026-11-10 Dana Rename.md': '# 1:1 second of the day\n',
      '2026-11-17 Dana.md': '# 1:1 the 17th\n',
      '2026-11-24 Dana.md': '# 1:1 the 24th\n',
      '2026-11-24.md': '# 1:1 already named\n',
    };
    // The note already named comes after the first checks (with it, Dana has a dated note).
    for (const [name, text] of Object.entries(texts)) if (name !== '2026-11-24.md') await writeWorkspaceFile(`${dir}/${name}`, text);
    const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${dir}/${name}`)));
    const recorder = await recordNotices();
    try {
      // Once the People view has seen the four files (their file events come a moment after the writes).
      await waitFor(async () => {
        const r = await personRow(people, 'Dana Rename');
        return r && (await people.children(r.node)).length === 4 ? r : undefined;
      }, 10_000, 'the four files in Dana\'s row');
      // Before: Open Latest Note and Copy Agenda offer to name them, not "No notes yet".
      assert.strictEqual(await vscode.commands.executeCommand('learningLeader.openLatestNote', 'dana-rename'), undefined);
      const latest = await waitFor(() => recorder.notices.find(n => n.message.startsWith('Dana Rename has no note named by its date yet, but 4 files')), 5_000, 'Open Latest Note\'s notice')
        .catch((e: Error) => { throw new Error(`${e.message}; notices: ${recorder.notices.map(n => n.message).join(' | ') || 'none'}`); });
      assert.deepStrictEqual(latest.actions, ['Name Notes by Their Dates']);
      assert.strictEqual(await vscode.commands.executeCommand('learningLeader.copyAgenda', 'dana-rename'), undefined);
      await waitFor(() => recorder.notices.find(n => /^Dana Rename has no note named by its date yet.*Then copy the agenda of the newest\.$/.test(n.message)), 5_000, 'Copy Agenda\'s notice');
      assert.ok(!recorder.notices.some(n => n.message.startsWith('No notes for Dana Rename')), 'no "No notes yet"');
      await writeWorkspaceFile(`${dir}/2026-11-24.md`, texts['2026-11-24.md']);
      // One file, from its row in the People view: only that one.
      const danaRow = await waitFor(async () => {
        const r = await personRow(people, 'Dana Rename');
        return r?.contextValue?.endsWith('.misnamed') ? r : undefined;
      }, 10_000, 'the row offering the rename');
      const fileRow = (await people.children(danaRow.node)).find(f => f.label === '2026-11-17 Dana');
      assert.strictEqual(fileRow?.contextValue, 'note.misnamed');
      const one = await vscode.commands.executeCommand<{ from: string; to: string }[]>('learningLeader.nameNotesByDate', fileRow!.node);
      assert.deepStrictEqual(one, [{ from: '2026-11-17 Dana.md', to: '2026-11-17.md' }]);
      assert.strictEqual(await read('2026-11-17.md'), texts['2026-11-17 Dana.md']);
      // The rest, from the person: the second note of a day and the one beside a named note get "-2".
      const rest = await vscode.commands.executeCommand<{ from: string; to: string }[]>('learningLeader.nameNotesByDate', 'dana-rename');
      assert.deepStrictEqual(rest, [
        { from: '2026-11-10 Dana Rename.md', to: '2026-11-10.md' },
        { from: '2026-11-10-dana.md', to: '2026-11-10-2.md' },
        { from: '2026-11-24 Dana.md', to: '2026-11-24-2.md' },
      ]);
      assert.strictEqual(await read('2026-11-24.md'), texts['2026-11-24.md'], 'the note already named is untouched');
      assert.strictEqual(await read('2026-11-24-2.md'), texts['2026-11-24 Dana.md']);
      assert.strictEqual(await read('2026-11-10-2.md'), texts['2026-11-10-dana.md']);
      const notice = await waitFor(() => recorder.notices.find(n => n.message.startsWith('Renamed 3 notes of Dana Rename to their dates')), 5_000, 'the notice');
      assert.match(notice.message, /Their text is unchanged/);
      const row = await waitFor(async () => {
        const r = await personRow(people, 'Dana Rename');
        return r && !r.description?.startsWith('no dated notes') && r.icon !== 'warning' ? r : undefined;
      }, 10_000, 'the row with dated notes');
      assert.ok(!row.contextValue?.includes('misnamed'), 'no rename offered any more');
      assert.deepStrictEqual(await vscode.commands.executeCommand('learningLeader.nameNotesByDate', 'dana-rename'), [], 'nothing left to rename');
    } finally {
      recorder.dispose();
      await removeFromRoster(['dana-rename'], [dir]);
    }
  });
});

suite('a notes folder deleted on disk', () => {
  test('Open items lets go of its items when the whole notes folder goes (its deletion reports only itself)', async function () {
    this.timeout(60_000);
    const api = await activateExtension();
    const items = await api.items();
    const config = vscode.workspace.getConfiguration('learningLeader');
    const base = 'adoption-gone';
    try {
      await writeWorkspaceFile(`${base}/people.json`, '{ "people": [ { "id": "ana-gone", "name": "Ana Gone", "relationship": "direct-report" } ] }\n');
      await writeWorkspaceFile(`${base}/ana-gone/2026-11-20.md`, '# 1:1\n\n## Action items\n\n- [ ] Ana: send the numbers\n');
      await writeWorkspaceFile(`${base}/folder-no-one-has/2026-11-21.md`, '# 1:1\n\n## Action items\n\n- [ ] Me: book the room\n');
      await config.update('notesFolder', base, vscode.ConfigurationTarget.Workspace);
      const labels = async () => {
        await items.settled();
        return (await items.children()).map(c => String(c.label));
      };
      await waitFor(async () => (await labels()).length === 2, 20_000, 'both groups in Open items');
      await vscode.workspace.fs.delete(workspaceUri(base), { recursive: true });
      await waitFor(async () => (await labels()).length === 0, 20_000, 'Open items empty once the notes folder is gone');
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(workspaceUri(base), { recursive: true }).then(undefined, () => undefined);
    }
    await waitFor(() => api.people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });
});
