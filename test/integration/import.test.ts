// Import Notes… in the extension host: a manager's old notes (a dated file for someone on the roster, a
// running file for someone new, a file with no date, an image saved as .md) copied into one-on-ones/,
// the People view showing them, the sources untouched, and an import run again writing nothing twice.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ImportNotesResult } from '../../src/people/commands/importNotes';
import { activateExtension, personRow, recordNotices, removeFromRoster, waitFor, workspaceUri, writeWorkspaceFile } from './util';

const decoder = new TextDecoder();
const read = async (path: string) => decoder.decode(await vscode.workspace.fs.readFile(workspaceUri(path)));

suite('import notes', () => {
  test('Import Notes copies a flat file and a running file into one-on-ones/, adds the new person, leaves the sources as they were', async () => {
    const { people } = await activateExtension();
    const sources: Record<string, string> = {
      'import-src/2025-03-05 quinn.md': '# 1:1\nQuinn\'s first.\n',
      'import-src/Ines Import.md': '# Ines Import\nStanding context: staff engineer track.\n\n## 2025-03-18 (Tue)\nOn-call load.\n\n## 4 March 2025\nFirst 1:1, we met on 2025-03-01 in prose.\n\n## Mar 11, 2025\n- [ ] Ines: draft the RFC\n',
      'import-src/todo.md': 'Things to raise some day.\n',
    };
    for (const [path, text] of Object.entries(sources)) await writeWorkspaceFile(path, text);
    await vscode.workspace.fs.writeFile(workspaceUri('import-src/2025-03-06 Quinn.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    // A note of Ines's first day is in her folder already (a folder with no person yet): it is never replaced.
    await writeWorkspaceFile('one-on-ones/ines-import/2025-03-04.md', 'Written before the import.\n');
    const recorder = await recordNotices();
    try {
      await vscode.commands.executeCommand('learningLeader.addPerson', { name: 'Quinn Importer', relationship: 'direct-report', mode: 'coaching' });
      const from = workspaceUri('import-src');
      const planned = await vscode.commands.executeCommand<ImportNotesResult>('learningLeader.importNotes', { from, confirm: 'no' });
      assert.ok(planned.plan, 'a plan');
      assert.deepStrictEqual(planned.written, [], 'nothing written before it is confirmed');
      assert.deepStrictEqual(planned.plan.people.map(p => [p.id, p.isNew, p.notes]), [['ines-import', true, 3], ['quinn-importer', false, 1]]);
      assert.deepStrictEqual(planned.plan.unplaced.map(u => [u.source, u.reason.split(':')[0]]), [['2025-03-06 Quinn.md', 'binary file'], ['todo.md', 'no date']]);

      const done = await vscode.commands.executeCommand<ImportNotesResult>('learningLeader.importNotes', { from, confirm: 'yes' });
      assert.deepStrictEqual(done.written.map(u => vscode.workspace.asRelativePath(u, false)).sort(), [
        'one-on-ones/ines-import/2025-03-04-2.md', 'one-on-ones/ines-import/2025-03-11.md', 'one-on-ones/ines-import/2025-03-18.md', 'one-on-ones/quinn-importer/2025-03-05.md',
      ]);
      assert.deepStrictEqual(done.added.map(p => p.id), ['ines-import']);
      assert.strictEqual(await read('one-on-ones/quinn-importer/2025-03-05.md'), '---\nperson: quinn-importer\ndate: 2025-03-05\nrelationship: direct-report\nmode: coaching\n---\n# 1:1\nQuinn\'s first.\n');
      assert.strictEqual(await read('one-on-ones/ines-import/2025-03-04.md'), 'Written before the import.\n', 'the note there is untouched');
      assert.strictEqual(await read('one-on-ones/ines-import/2025-03-18.md'),
        '---\nperson: ines-import\ndate: 2025-03-18\nrelationship: direct-report\nmode: coaching\n---\n# Ines Import\nStanding context: staff engineer track.\n\n## 2025-03-18 (Tue)\nOn-call load.\n\n');
      for (const [path, text] of Object.entries(sources)) assert.strictEqual(await read(path), text, `${path} is unchanged`);
      const roster = JSON.parse(await read('one-on-ones/people.json')) as { people: { id: string; name: string; relationship: string; mode: string }[] };
      assert.deepStrictEqual(roster.people.find(p => p.id === 'ines-import'), { id: 'ines-import', name: 'Ines Import', relationship: 'direct-report', mode: 'coaching', archived: false });
      const notice = await waitFor(() => recorder.notices.find(n => n.message.startsWith('Imported 4 notes for 2 people.')), 5_000, 'the notice');
      assert.deepStrictEqual(notice.actions, ['Open Notes Folder']);
      assert.match(notice.message, /Added to people\.json: Ines Import\. 2 files or sections not imported .* Your files are unchanged\./);
      // The People view shows her, with her notes.
      const row = await waitFor(() => personRow(people, 'Ines Import'), 10_000, 'Ines in the People view');
      const notes = await people.children(row.node);
      assert.deepStrictEqual(notes.map(n => n.label).filter(l => l.startsWith('2025')).length, 4, notes.map(n => n.label).join(', '));

      // Run again: nothing is written twice.
      const again = await vscode.commands.executeCommand<ImportNotesResult>('learningLeader.importNotes', { from, confirm: 'yes' });
      assert.deepStrictEqual(again.written, []);
      assert.strictEqual(again.plan?.alreadyThere.length, 4);
      await waitFor(() => recorder.notices.find(n => n.message.startsWith('Nothing new to import: 4 notes in the notes folder already, and 2 files or sections not imported')), 5_000, 'the second notice');
    } finally {
      recorder.dispose();
      await removeFromRoster(['ines-import', 'quinn-importer'], ['import-src', 'one-on-ones/ines-import', 'one-on-ones/quinn-importer']);
    }
  });

  test('Import Notes in a workspace with no people.json yet (a manager new to the extension): it starts the roster', async () => {
    const api = await activateExtension();
    const config = vscode.workspace.getConfiguration('learningLeader');
    await writeWorkspaceFile('import-fresh-src/People/Noor Fresh/2025-03-04.md', 'Noor.\n');
    await writeWorkspaceFile('import-fresh-src/People/Noor Fresh/2025-03-11.md', 'Noor again.\n');
    await writeWorkspaceFile('import-fresh-src/Daily/2025-03-04.md', 'A daily note, no one\'s 1:1.\n');
    try {
      await config.update('notesFolder', 'import-fresh-notes', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !api.people.roster()?.people.length, 10_000, 'the empty notes folder to be read');
      const done = await vscode.commands.executeCommand<ImportNotesResult>('learningLeader.importNotes', { from: workspaceUri('import-fresh-src'), confirm: 'yes' });
      assert.deepStrictEqual(done.written.map(u => vscode.workspace.asRelativePath(u, false)).sort(), ['import-fresh-notes/noor-fresh/2025-03-04.md', 'import-fresh-notes/noor-fresh/2025-03-11.md']);
      assert.deepStrictEqual(done.plan?.unplaced.map(u => u.source), ['Daily/2025-03-04.md']);
      const roster = JSON.parse(await read('import-fresh-notes/people.json')) as { people: { id: string; name: string }[] };
      assert.deepStrictEqual(roster.people.map(p => [p.id, p.name]), [['noor-fresh', 'Noor Fresh']]);
      await waitFor(() => api.people.roster()?.people.some(p => p.id === 'noor-fresh'), 10_000, 'Noor in the People view');
    } finally {
      await config.update('notesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      for (const dir of ['import-fresh-src', 'import-fresh-notes']) await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true }).then(undefined, () => undefined);
      await waitFor(() => api.people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
    }
  });
});
