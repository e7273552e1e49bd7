// The editor's half of the agreement test (the CLI's half: test/unit/agreement.test.ts). Each case
// of test/fixtures/agreement/cases.ts is written into the test workspace (its own notes folder and
// .vscode/settings.json); then the built CLI (dist/cli.js) lints it in a child process and the
// extension's diagnostics lint each note as it opens. Both must give the same rule ids, ranges,
// severities and messages, and both must match the table. A bad setting value is named by both:
// one warning in the editor per change, exit code 2 from the CLI.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { AGREEMENT_CASES, notesFolderOf, settingsJson, type AgreementCase } from '../fixtures/agreement/cases';
import { activateExtension, closeAllEditors, extension, waitFor, waitForDiagnostics, workspaceFolder, workspaceUri, writeWorkspaceFile } from './util';

const SOURCE = 'learning-leader';
/** By vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3. */
const SEVERITY = ['error', 'warning', 'information', 'hint'] as const;
const SETTINGS_FILE = '.vscode/settings.json';

interface Found { rule: string; line: number; column: number; endLine: number; endColumn: number; severity: string; message: string }

function fromDiagnostic(d: vscode.Diagnostic): Found {
  const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  const { start, end } = d.range;
  return { rule, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: SEVERITY[d.severity], message: d.message };
}

interface CliMessage { ruleId: string; severityName: string; message: string; line: number; column: number; endLine: number; endColumn: number }

/** Runs `node dist/cli.js lint --format json <notes folder>` in the workspace folder, as CI would. */
function runCli(c: AgreementCase): Promise<{ code: number; reports: { filePath: string; messages: CliMessage[] }[]; stderr: string }> {
  const cli = vscode.Uri.joinPath(extension().extensionUri, 'dist', 'cli.js').fsPath;
  return new Promise((resolve, reject) => {
    // ELECTRON_RUN_AS_NODE: on the desktop the extension host's executable is Electron.
    execFile(process.execPath, [cli, 'lint', '--format', 'json', notesFolderOf(c)], { cwd: workspaceFolder().uri.fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      try {
        resolve({ code, reports: JSON.parse(stdout), stderr });
      } catch (e) {
        reject(new Error(`the CLI printed no JSON (exit ${code}): ${stderr}\n${e}`));
      }
    });
  });
}

async function readSettings(): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(workspaceUri(SETTINGS_FILE));
  } catch {
    return undefined;
  }
}

suite('agreement: the editor and the CLI weigh every note alike', () => {
  let saved: Uint8Array | undefined;

  suiteSetup(async () => {
    await (await activateExtension()).people.ready;
    saved = await readSettings();
  });

  teardown(closeAllEditors);

  suiteTeardown(async () => {
    const { contexts, people } = await activateExtension();
    if (saved) await vscode.workspace.fs.writeFile(workspaceUri(SETTINGS_FILE), saved);
    else await vscode.workspace.fs.delete(workspaceUri(SETTINGS_FILE));
    await waitFor(() => contexts.settingsFor(workspaceFolder()).notesFolder === 'one-on-ones', 10_000, 'the settings to come back');
    await vscode.workspace.fs.delete(workspaceUri('agreement'), { recursive: true });
    await waitFor(() => people.roster()?.people.some(p => p.id === 'amara-okafor'), 20_000, 'the sample roster to come back');
  });

  for (const c of AGREEMENT_CASES) {
    test(c.name, async () => {
      const { contexts, lint } = await activateExtension();
      const notes = notesFolderOf(c);
      if (c.roster) await writeWorkspaceFile(`${notes}/people.json`, JSON.stringify(c.roster, null, 2));
      for (const n of c.notes) await writeWorkspaceFile(`${notes}/${n.path}`, n.text);

      const reportedBefore = contexts.settingsProblems.reported.length;
      await writeWorkspaceFile(SETTINGS_FILE, JSON.stringify(settingsJson(c), null, 2));
      await waitFor(() => contexts.settingsFor(workspaceFolder()).notesFolder === notes, 10_000, `learningLeader.notesFolder to become ${notes}`);

      const cli = await runCli(c);
      const documents: vscode.TextDocument[] = [];
      for (const n of c.notes) {
        const uri = workspaceUri(`${notes}/${n.path}`);
        const report = cli.reports.find(r => r.filePath === uri.fsPath);
        assert.ok(report, `the CLI linted ${n.path}`);
        const fromCli: Found[] = report.messages.map(m => ({ rule: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, severity: m.severityName, message: m.message }));
        const document = await vscode.workspace.openTextDocument(uri);
        documents.push(document);
        await vscode.window.showTextDocument(document);
        const same = (ds: vscode.Diagnostic[]) => JSON.stringify(ds.map(fromDiagnostic)) === JSON.stringify(fromCli);
        const diagnostics = await waitForDiagnostics(uri, same, 10_000, SOURCE).catch(() => vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE));
        assert.deepStrictEqual(diagnostics.map(fromDiagnostic), fromCli, `${c.name}: ${n.path}: the editor and the CLI agree`);
        const expected = n.expect.map(({ weighedAs: _, ...e }) => e);
        assert.deepStrictEqual(fromCli.map(({ message: _, ...f }) => f), expected, `${c.name}: ${n.path}: as the table says`);
        fromCli.forEach((f, i) => assert.ok(f.message.includes(n.expect[i]!.weighedAs), `"${f.message}" is weighed as ${n.expect[i]!.weighedAs}`));
      }

      const problems = c.settingProblems ?? [];
      assert.strictEqual(cli.code, problems.length ? 2 : c.notes.some(n => n.expect.length) ? 1 : 0, cli.stderr);
      if (!problems.length) {
        assert.strictEqual(contexts.settingsProblems.reported.length, reportedBefore, `no settings warning: ${contexts.settingsProblems.reported.slice(reportedBefore).join(' | ')}`);
        return;
      }
      // The editor: one warning for the change, naming every bad setting.
      const reported = await waitFor(() => contexts.settingsProblems.reported.length > reportedBefore && contexts.settingsProblems.reported.slice(reportedBefore), 10_000, 'the settings warning');
      assert.strictEqual(reported.length, 1, `one warning per change: ${reported.join(' | ')}`);
      for (const problem of problems) {
        for (const word of [problem.setting, ...problem.mentions]) assert.ok(reported[0]!.includes(word), `the warning mentions ${word}: ${reported[0]}`);
        // The CLI: the settings file and the setting, on one line of stderr.
        const line = cli.stderr.split('\n').find(l => l.includes(problem.setting));
        assert.ok(line?.includes(SETTINGS_FILE), `the CLI names ${SETTINGS_FILE} and ${problem.setting}: ${cli.stderr}`);
        for (const word of problem.mentions) assert.ok(line?.includes(word), `the CLI mentions ${word}: ${line}`);
      }
      // Not per document, not per keystroke: typing in a note lints it again, and warns no more.
      const document = documents[0]!;
      const editor = await vscode.window.showTextDocument(document);
      const linted = new Promise<void>(resolve => {
        const sub = lint.onDidLint(u => { if (u.toString() === document.uri.toString()) { sub.dispose(); resolve(); } });
      });
      await editor.edit(b => b.insert(new vscode.Position(0, 0), ' '));
      await linted;
      assert.strictEqual(contexts.settingsProblems.reported.length, reportedBefore + 1, 'still one warning');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
