// Helpers for in-host integration tests. They wait on events or conditions, never on fixed sleeps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PeopleApi, PeopleNodeView } from '../../src/people';
import type { LearningLeaderApi } from '../../src/extension';
import type { Notice } from '../../src/util/notify';

export const EXTENSION_ID = 'learning-leader.learning-leader';

/** Prints a line into the test output (tagged like mocha's, so the code-server runner relays it). */
export function note(line: string): void {
  console.log(`${process.env.LL_TEST_TAG ?? ''}${line}`);
}

/**
 * The size of the "measure" tests' generated trees. A whole `npm test` (CI's two cores) checks them at a
 * smaller size, 20 people with 20 notes each (400 notes); `npm run bench:host` (LL_MEASURE=full) runs them
 * at 200 people with 50 notes each (10,000 notes), the size the README's figures are measured at.
 */
export const MEASURE = process.env.LL_MEASURE === 'full' ? { people: 200, notesEach: 50 } : { people: 20, notesEach: 20 };
/** "200 people / 10,000 notes", as the measure tests print it. */
export const MEASURE_LABEL = `${MEASURE.people} people / ${(MEASURE.people * MEASURE.notesEach).toLocaleString('en-US')} notes`;

/** The extension, activated; returns what activate() returned. */
export async function activateExtension(): Promise<LearningLeaderApi> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

export function extension(): vscode.Extension<LearningLeaderApi> {
  const ext = vscode.extensions.getExtension<LearningLeaderApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath should be the repo root)`);
  return ext;
}

/**
 * Resolves with the first truthy value of `condition` (sync or async), checking every `intervalMs`;
 * rejects after `timeoutMs` with `message`. Prefer an event (see waitForDiagnostics) when there is one.
 */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  message = 'condition',
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms: ${message}`);
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` holds for them: checks at once, then
 * on every `vscode.languages.onDidChangeDiagnostics` event for that URI. Rejects after `timeoutMs`
 * with the diagnostics it last saw. `source` (default: all) filters them first, e.g. 'learning-leader'.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
  source?: string,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter(d => source === undefined || d.source === source);
  return new Promise((resolve, reject) => {
    const now = current();
    if (predicate(now)) return resolve(now);
    const key = uri.toString();
    const subscription = vscode.languages.onDidChangeDiagnostics(e => {
      if (!e.uris.some(u => u.toString() === key)) return;
      const diagnostics = current();
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`waitForDiagnostics timed out after ${timeoutMs} ms for ${uri.path}; last seen:\n${describeDiagnostics(current())}`));
    }, timeoutMs);
  });
}

/** One line per diagnostic: `line:col source/code severity message` (for assertion messages). */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '  (none)';
  return diagnostics.map(d => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? ''}/${code ?? ''} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`;
  }).join('\n');
}

/** Records the notifications the extension shows from now on; `dispose()` stops recording. */
export async function recordNotices(): Promise<{ readonly notices: Notice[]; dispose(): void }> {
  const notices: Notice[] = [];
  const subscription = (await activateExtension()).onDidNotify(n => notices.push(n));
  return { notices, dispose: () => subscription.dispose() };
}

/** The first workspace folder (the runner opens a fresh copy of sample/ as the workspace). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need an open workspace folder (a copy of sample/)');
  return folder;
}

/** A URI inside the test workspace. */
export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

/** Writes a file into the test workspace (creating folders) and returns its URI. */
export async function writeWorkspaceFile(relativePath: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

/** Copies `test/fixtures/<fixture>` into the test workspace at `relativePath`; returns its URI. */
/**
 * Takes people a test added out of people.json again and deletes their folders, then waits until the
 * extension's roster no longer has them: the next test reads the sample's roster, not a write still in flight.
 */
export async function removeFromRoster(ids: readonly string[], folders: readonly string[] = ids.map(id => `one-on-ones/${id}`)): Promise<void> {
  const roster = workspaceUri('one-on-ones/people.json');
  const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(roster))) as { people: { id: string }[] };
  json.people = json.people.filter(p => !ids.includes(p.id));
  await vscode.workspace.fs.writeFile(roster, new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`));
  for (const dir of folders) await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true }).then(undefined, () => undefined);
  const api = await activateExtension();
  await waitFor(() => !api.people.roster()?.people.some(p => ids.includes(p.id)), 10_000, `${ids.join(', ')} out of the roster again`);
}

export async function copyFixture(fixture: string, relativePath: string): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(extension().extensionUri, 'test', 'fixtures', ...fixture.split('/'));
  const target = workspaceUri(relativePath);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Closes every editor (call in teardown so tests do not see each other's documents). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The extension's package.json, read through vscode.workspace.fs (works on desktop and in code-server). */
export async function readManifest(): Promise<Manifest> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, 'package.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
}

export interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    viewsContainers: { activitybar: { id: string; title: string }[] };
    views: Record<string, { id: string; name: string }[]>;
  };
}

/** A person's row in the People view, across its groups, once pending loads are done. */
export async function personRow(people: PeopleApi, name: string): Promise<PeopleNodeView | undefined> {
  await people.settled();
  for (const group of await people.children()) {
    const found = (await people.children(group.node)).find(c => c.label === name);
    if (found) return found;
  }
  return undefined;
}
