// The people workflow: roster, tree, dated notes, carry-over. PeopleFeature owns the store, the tree
// view, the people.json problems and the commands (one file each in commands/), and gives the in-host
// tests their API. The prep panel and its command are the insights feature's (src/insights/), and
// Create Sample Notes is in the lazily loaded features chunk (src/features.ts) with them: both build on
// the services made here.
import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import { VIEW_PEOPLE } from '../constants';
import type { Mode } from '../core/modes';
import type { Roster } from '../core/roster';
import { Disposable } from '../util/dispose';
import { Calendar, type Clock } from './clock';
import { registerRefreshPeople } from './commands/refreshPeople';
import { RosterProblems } from './rosterProblems';
import type { FollowThrough, PeopleServices } from './services';
import { PeopleStore } from './store';
import { buildTreeItem, hoverTooltip, PeopleTree, type PeopleNode } from './tree';
import type { RosterWriteStats } from './writer';

export type { PeopleNode } from './tree';
export type { AddPersonArgs } from './commands/addPerson';
export type { PersonTarget } from './commands/pickers';
export type { PrepOptions } from './commands/prepareOneOnOne';
export type { StartOptions } from './commands/startOneOnOne';
export type { Clock } from './clock';

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
  /** The roster mode of the note's person (its note context's person), if the note is in a person's folder of the roster. */
  modeForNote(uri: vscode.Uri): Mode | undefined;
  /** Fires after the tree's data changed (roster, notes or settings). */
  readonly onDidChange: vscode.Event<void>;
  /** Replaces the clock that says what day it is (tests); undefined restores the one given at activation. */
  setClock(clock: Clock | undefined): void;
  /** people.json writes so far, and the attempts that found the file changed by another writer and planned again. */
  readonly writeStats: RosterWriteStats;
}

export class PeopleFeature extends Disposable {
  readonly api: PeopleApi;
  /** The store, calendar, note contexts, writer and the way to the item index, for the features built on people (items, insights, prep). */
  readonly services: PeopleServices;

  /** `followThrough` loads the chunk with the item index (src/featuresLoader.ts). */
  constructor(contexts: NoteContextService, clock: Clock, followThrough: () => Promise<FollowThrough>) {
    super();
    const store = this._register(new PeopleStore(contexts));
    const calendar = this._register(new Calendar(clock));
    const writeStats: RosterWriteStats = { retries: 0, writes: 0, repairs: 0 };
    const people: PeopleServices = { store, calendar, contexts, writeStats, followThrough };
    this.services = people;
    const tree = this._register(new PeopleTree(people));
    this._register(vscode.window.createTreeView(VIEW_PEOPLE, { treeDataProvider: tree, showCollapseAll: true }));
    this._register(new RosterProblems(store));
    // Open Latest Note, Start 1:1, Add, Edit and Archive Person are in the lazily loaded features chunk (src/features.ts).
    this._register(registerRefreshPeople(people));
    const ready = store.reloadAll();

    const render = async (node: PeopleNode): Promise<PeopleNodeView> => {
      const item = await buildTreeItem(node, people);
      // (As the view does on hover.)
      item.tooltip ??= await hoverTooltip(node, people);
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

    this.api = {
      ready,
      refresh: () => store.reloadAll(),
      settled: () => store.settled(),
      children: async node => Promise.all((await tree.getChildren(node)).map(render)),
      roster: folder => (folder ? store.folderOf(folder) : store.folders()[0])?.roster,
      modeForNote: uri => contexts.contextNow(uri).person?.mode,
      onDidChange: store.onDidChange,
      setClock: c => calendar.setClock(c),
      writeStats,
    };
  }
}

export function registerPeople(contexts: NoteContextService, clock: Clock, followThrough: () => Promise<FollowThrough>): PeopleFeature {
  return new PeopleFeature(contexts, clock, followThrough);
}
