import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, extension, note, readManifest, waitFor, type Manifest } from './util';

suite('activation', () => {
  let manifest: Manifest;

  suiteSetup(async () => {
    manifest = await readManifest();
  });

  teardown(closeAllEditors);

  test('activates when a markdown document opens', async () => {
    const ext = extension();
    if (!ext.isActive) {
      // Another test file may have activated it already; if not, onLanguage:markdown must.
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 1:1\n' });
      await vscode.window.showTextDocument(document);
      await waitFor(() => ext.isActive, 15_000, 'the extension to activate on a markdown document');
    }
    assert.strictEqual(ext.isActive, true);
  });

  test('activate() returns the API the tests use', async () => {
    const api = await activateExtension();
    assert.ok(api, 'activate() returned nothing');
    assert.ok(api.lint?.collection, 'api.lint.collection');
    assert.ok(api.people, 'api.people');
    await api.people.ready;
  });

  test('the follow-through and insights features load once, on first use, with a handler for each of their commands', async () => {
    const api = await activateExtension();
    // Concurrent first uses (unless an earlier test opened the Open items view): one load for all.
    const [items, insights, again] = await Promise.all([api.items(), api.insights(), api.items()]);
    assert.ok(items && insights);
    assert.strictEqual(items, again);
    const state = api.features();
    assert.strictEqual(state.loads, 1, 'one load, however many first uses');
    assert.ok(state.commands.length > 10);
    assert.deepStrictEqual([...state.handlers ?? []].sort(), [...state.commands].sort(), 'the chunk handles exactly the commands main registered for it');
    note(`      the features chunk loaded in ${state.loadMs?.read.toFixed(1)} ms, its features set up in ${state.loadMs?.setUp.toFixed(1)} ms`);
  });

  test('every command contributed in package.json is registered', async () => {
    await activateExtension();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = manifest.contributes.commands.map(c => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const missing = contributed.filter(id => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('the activity-bar container and its views open', async () => {
    await activateExtension();
    const [container] = manifest.contributes.viewsContainers.activitybar;
    assert.strictEqual(container?.id, 'learningLeader');
    await vscode.commands.executeCommand(`workbench.view.extension.${container.id}`);
    for (const view of manifest.contributes.views[container.id] ?? []) {
      // Every view gets a `<id>.focus` command from the workbench; it fails for an unknown view.
      await vscode.commands.executeCommand(`${view.id}.focus`);
    }
  });

  test('runs in a Node extension host', () => {
    assert.strictEqual(typeof process.versions.node, 'string');
    note(`      (VS Code ${vscode.version}, Node ${process.versions.node}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, remote ${vscode.env.remoteName ?? 'none'})`);
  });
});
