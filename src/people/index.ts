// The people workflow: roster, tree, dated notes, carry-over, prep. Wires the store, the tree, the
// prep view and the commands together, and gives the linter the roster's mode for a note.
import * as vscode from 'vscode';
import { VIEW_PEOPLE } from '../constants';
import type { Mode } from '../core/modes';
import type { Roster } from '../core/roster';
import type { Clock, RosterLookup } from '../services';
import { PeopleCommands } from './commands';
import { PrepProvider } from './prepView';
import { PeopleStore } from './store';
import { buildTreeItem, PeopleTree, type PeopleNode } from './tree';

export type { PeopleNode } from './tree';
export type { AddPersonArgs, PersonTarget, PrepOptions, StartOptions } from './commands';

/** A tree node as the view shows it, for tests and the benchmark. */
export interface PeopleNodeView {
  readonly node: PeopleNode;
  readonly label: string;
  readonly description: string | undefined;
  readonly contextValue: string | undefined;
  readonly tooltip: string | undefined;
  readonly icon: string | undefined;
  readonly collapsible: boolean;
}

export interface PeopleApi {
  /** Resolves when the rosters of all workspace folders have been read. */
  readonly ready: Promise<void>;
  /** Re-reads every roster (as the Refresh command does); resolves when the tree has the result. */
  refresh(): Promise<void>;
  /** Resolves once pending reloads (from the file watcher, edits of people.json) are done. */
  settled(): Promise<void>;
  /** The children of a tree node (the root when omitted), rendered as the view renders them. */
  children(node?: PeopleNode): Promise<PeopleNodeView[]>;
  /** The parsed roster of a workspace folder (the first when omitted). */
  roster(folder?: vscode.Uri): Roster | undefined;
  /** What the linter's RosterLookup answers for a note. */
  modeForNote(uri: vscode.Uri): Mode | undefined;
  /** Fires after the tree's data changed (roster, notes or settings). */
  readonly onDidChange: vscode.Event<void>;
  /** Replaces the clock that says what day it is (tests); undefined restores the one given at activation. */
  setClock(clock: Clock | undefined): void;
}

export interface PeopleRegistration extends vscode.Disposable {
  readonly rosterLookup: RosterLookup;
  readonly api: PeopleApi;
}

export function registerPeople(_context: vscode.ExtensionContext, clock: Clock): PeopleRegistration {
  const store = new PeopleStore(clock);
  const tree = new PeopleTree(store);
  const prep = new PrepProvider(store);
  const view = vscode.window.createTreeView(VIEW_PEOPLE, { treeDataProvider: tree, showCollapseAll: true });
  const commands = new PeopleCommands(store).register();
  const ready = store.reloadAll();

  const rosterLookup: RosterLookup = {
    modeForNote: uri => store.personOfNote(uri)?.person.mode,
    onDidChange: store.onDidChangeRoster,
  };

  const render = async (node: PeopleNode): Promise<PeopleNodeView> => {
    const item = await buildTreeItem(node, store);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value;
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
    return {
      node,
      label,
      description: typeof item.description === 'string' ? item.description : undefined,
      contextValue: item.contextValue,
      tooltip,
      icon,
      collapsible: item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
    };
  };

  const api: PeopleApi = {
    ready,
    refresh: () => store.reloadAll(),
    settled: () => store.settled(),
    children: async node => Promise.all((await tree.getChildren(node)).map(render)),
    roster: folder => (folder ? store.folderOf(folder) : store.folders()[0])?.roster,
    modeForNote: uri => rosterLookup.modeForNote(uri),
    onDidChange: store.onDidChange,
    setClock: c => store.setClock(c ?? clock),
  };

  const disposable = vscode.Disposable.from(commands, view, prep, tree, store);
  return { rosterLookup, api, dispose: () => disposable.dispose() };
}
