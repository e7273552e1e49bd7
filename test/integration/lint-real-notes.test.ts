// The linter on notes as managers write them, in a real VS Code: the same line is the manager's own
// to-do under "Follow-ups" and telling under "My talking points"; reported telling is counted as told.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, describeDiagnostics, waitFor, waitForDiagnostics, writeWorkspaceFile } from './util';

const SOURCE = 'learning-leader';
const ours = (ds: readonly vscode.Diagnostic[]) => ds.filter(d => d.source === SOURCE);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(relativePath: string, content: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(relativePath, content);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

suite('telling linter on real notes', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(async () => {
    await closeAllEditors();
  });

  test('a to-do line stays clean under Follow-ups; the same line under My talking points is telling', async () => {
    const line = 'Update the on-call rota with Bettina before Friday';
    const editor = await open('one-on-ones/real-notes/2026-11-02.md', [
      '# 1:1 with Sam', '', '## Follow-ups', '', `- ${line}`, '', '## My talking points', '', `- ${line}`, '',
    ].join('\n'));
    const ds = ours(await waitForDiagnostics(editor.document.uri, x => ours(x).length >= 1, 10_000, SOURCE));
    // Only line 9 (0-based 8), the talking point; the follow-up on line 5 is the manager's own task.
    assert.deepStrictEqual(ds.map(d => d.range.start.line), [8], describeDiagnostics(ds));
    assert.ok(['imperative', 'deadline-demand'].includes(codeOf(ds[0])), codeOf(ds[0]));
    // Moving the line's heading turns it into a to-do: the finding goes.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, editor.document.lineAt(6).range, '## Next steps');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(editor.document.uri, x => ours(x).length === 0, 10_000, SOURCE);
  });

  test('reported telling is found and counted as told in the status bar', async () => {
    const api = await activateExtension();
    const editor = await open('one-on-ones/real-notes/2026-11-03.md', [
      '---', 'mode: coaching', '---', '# 1:1 with Sam', '', '## Notes', '',
      'More relaxed than last week. Told him that is fine by me.', 'Told him to stop picking up pages on top of his own.', '',
    ].join('\n'));
    const ds = ours(await waitForDiagnostics(editor.document.uri, x => ours(x).length >= 1, 10_000, SOURCE));
    assert.deepStrictEqual(ds.map(d => [d.range.start.line, codeOf(d)]), [[8, 'reported-telling']], describeDiagnostics(ds));
    assert.strictEqual(ds[0].severity, vscode.DiagnosticSeverity.Information);
    const status = await waitFor(() => api.lint.statusText()?.match(/Told 1\b/) && api.lint.statusText(), 5_000, 'status text counts the reported telling');
    assert.match(status, /Told 1\b/);
  });

  test("someone else's words and a pasted summary that names the manager", async () => {
    await vscode.workspace.getConfiguration('learningLeader').update('managerNames', ['Dana'], vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await open('one-on-ones/real-notes/2026-11-04.md', [
        '# Victor / Dana', '', '- Victor: can you send me the contract by Friday?', '- Dana asked Victor to send the rate card by Monday.', '',
      ].join('\n'));
      const ds = ours(await waitForDiagnostics(editor.document.uri, x => ours(x).length >= 1, 10_000, SOURCE));
      assert.deepStrictEqual(ds.map(d => [d.range.start.line, codeOf(d)]), [[3, 'reported-telling']], describeDiagnostics(ds));
    } finally {
      await vscode.workspace.getConfiguration('learningLeader').update('managerNames', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
