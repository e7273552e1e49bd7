// Follow-through across meetings: the Open items view with its filters and the Tick action, review
// prep, and the shareable agenda. ItemsFeature owns them and gives the in-host tests their API. It is
// part of the lazily loaded features chunk (src/features.ts): the item index comes with the services
// the chunk builds, and the view itself is created at activation (src/featuresLoader.ts) with a
// provider that hands over to this feature's tree on first use.
import * as vscode from 'vscode';
import { Commands, CONTEXT_ITEMS_FILTER, VIEW_OPEN_ITEMS } from '../constants';
import type { FeatureServices } from '../people/services';
import type { RegisterCommand } from '../util/commands';
import { Disposable } from '../util/dispose';
import { registerCheckItem } from './commands/checkItem';
import { registerCopyAgenda } from './commands/copyAgenda';
import { registerPrepareReview } from './commands/prepareReview';
import { registerSaveReviewAsNote, saveReview } from './commands/saveReviewAsNote';
import type { ItemCache } from './itemCache';
import type { ItemIndexStats } from './itemIndex';
import { ReviewPanels, type PreparedReview } from './reviewPanel';
import { NO_FILTERS, OpenItemsTree, type ItemFilters, type ItemsNode } from './tree';

export type { ItemFilters, ItemsNode } from './tree';
export type { AgendaCopy, CopyAgendaOptions } from './commands/copyAgenda';
export type { ReviewOptions, ReviewResult } from './commands/prepareReview';
export type { TickResult } from './commands/checkItem';

/** A row of the view as it is rendered, for tests. */
export interface ItemNodeView {
  readonly node: ItemsNode;
  readonly label: string;
  readonly description: string | undefined;
  readonly tooltip: string | undefined;
  readonly icon: string | undefined;
  readonly iconColor: string | undefined;
  readonly contextValue: string | undefined;
  readonly command: vscode.Command | undefined;
  readonly collapsible: boolean;
}

export interface ItemsApi {
  /** Reads every note (once) and resolves when the view has its content. */
  ready(): Promise<void>;
  /** Resolves once pending updates (file events, typing) are applied. */
  settled(): Promise<void>;
  /** Forgets everything and reads every note again (as Refresh does); `fromCache` starts as a new session does. */
  reload(options?: { fromCache?: boolean }): Promise<void>;
  /** Writes the cache of parsed notes now (normally a few seconds after a change). */
  flushCache(): Promise<void>;
  /** The cache's last read and write times and its size. */
  cacheStats(): ItemCache['stats'] | undefined;
  /** The children of a node (the root when omitted), as the view renders them. */
  children(node?: ItemsNode): Promise<ItemNodeView[]>;
  filters(): ItemFilters;
  /** The view's description, message and badge as shown. */
  viewState(): { description: string | undefined; message: string | undefined; badge: number | undefined };
  /** Reads and parses so far, and how long the last full load took. */
  readonly stats: ItemIndexStats;
  /** The open review panels with their pages. */
  reviews(): { title: string; html: string; prepared: PreparedReview }[];
  /** Fires after the view's content changed. */
  readonly onDidChange: vscode.Event<void>;
}

const FILTERS_KEY = 'learningLeader.items.filters';

/** The filter toggles: an "on" command shown while the filter is off, an "off" command while it is on. */
const TOGGLES: readonly { readonly key: keyof ItemFilters; readonly on: string; readonly off: string }[] = [
  { key: 'mine', on: Commands.itemsOnlyMine, off: Commands.itemsOnlyMineOff },
  { key: 'theirs', on: Commands.itemsOnlyTheirs, off: Commands.itemsOnlyTheirsOff },
  { key: 'overdue', on: Commands.itemsOnlyOverdue, off: Commands.itemsOnlyOverdueOff },
];

export class ItemsFeature extends Disposable {
  readonly api: ItemsApi;
  /** The view's data, which the provider made at activation hands over to. */
  readonly tree: OpenItemsTree;
  private filters: ItemFilters;

  /** `view` is the Open items view (created at activation, owned there). */
  constructor(register: RegisterCommand, people: FeatureServices, context: Pick<vscode.ExtensionContext, 'workspaceState' | 'storageUri'>, view: vscode.TreeView<ItemsNode>) {
    super();
    const state = context.workspaceState;
    const index = people.items;
    index.useCache(context.storageUri);
    const tree = this._register(new OpenItemsTree(index, people.calendar));
    this.tree = tree;
    const panels = this._register(new ReviewPanels(people, prepared => saveReview(people, prepared)));

    const stored = state.get<Partial<ItemFilters>>(FILTERS_KEY) ?? {};
    this.filters = { mine: stored.mine === true, theirs: stored.theirs === true && stored.mine !== true, overdue: stored.overdue === true };
    const applyFilters = async (filters: ItemFilters) => {
      this.filters = filters;
      tree.setFilters(filters);
      const words = [filters.mine && vscode.l10n.t('mine'), filters.theirs && vscode.l10n.t('theirs'), filters.overdue && vscode.l10n.t('overdue')].filter(Boolean);
      view.description = words.length ? vscode.l10n.t('only {0}', words.join(' · ')) : undefined;
      await Promise.all([
        ...TOGGLES.map(t => vscode.commands.executeCommand('setContext', `${CONTEXT_ITEMS_FILTER}.${t.key}`, filters[t.key])),
        vscode.commands.executeCommand('setContext', `${CONTEXT_ITEMS_FILTER}.any`, filters.mine || filters.theirs || filters.overdue),
        state.update(FILTERS_KEY, filters),
      ]);
    };
    void applyFilters(this.filters);
    for (const toggle of TOGGLES) {
      const set = (on: boolean) => applyFilters({
        ...this.filters,
        [toggle.key]: on,
        // Mine and theirs exclude each other: turning one on turns the other off.
        ...(on && toggle.key === 'mine' ? { theirs: false } : {}),
        ...(on && toggle.key === 'theirs' ? { mine: false } : {}),
      });
      this._register(register(toggle.on, () => set(true)));
      this._register(register(toggle.off, () => set(false)));
    }
    this._register(register(Commands.itemsClearFilters, () => applyFilters(NO_FILTERS)));

    // The badge counts overdue items; the message explains an empty view.
    let badge: number | undefined;
    this._register(tree.onDidChangeModel(async () => {
      const counts = await tree.counts();
      badge = counts.overdue || undefined;
      view.badge = badge ? { value: badge, tooltip: counts.overdue === 1 ? vscode.l10n.t('1 overdue item') : vscode.l10n.t('{0} overdue items', counts.overdue) } : undefined;
      // Without a roster the welcome content explains the view.
      view.message = !index.isLoaded || !people.store.folders().some(f => f.exists) ? undefined : counts.open === 0
        ? vscode.l10n.t('No open items. Tasks written as “- [ ] …” in 1:1 notes show here, once each however often they were carried over.')
        : counts.shown === 0 ? vscode.l10n.t('No open items match the filters ({0}).', view.description ?? '') : undefined;
    }));
    // The first read of every note shows as progress in the view.
    const load = () => vscode.window.withProgress({ location: { viewId: VIEW_OPEN_ITEMS } }, () => index.ensureLoaded());
    if (view.visible) void load();
    this._register(view.onDidChangeVisibility(e => { if (e.visible && !index.isLoaded) void load(); }));
    this._register(register(Commands.refreshItems, () => vscode.window.withProgress({ location: { viewId: VIEW_OPEN_ITEMS } }, () => index.reload())));

    this._register(registerCheckItem(register, people));
    this._register(registerCopyAgenda(register, people));
    this._register(registerPrepareReview(register, people, panels));
    this._register(registerSaveReviewAsNote(register, people, panels));

    const onDidChange = new vscode.EventEmitter<void>();
    this._register(onDidChange);
    this._register(tree.onDidChangeTreeData(() => onDidChange.fire()));
    const render = async (node: ItemsNode): Promise<ItemNodeView> => {
      const item = await tree.getTreeItem(node);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
      return {
        node,
        label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value,
        icon: icon?.id,
        iconColor: (icon?.color as { id?: string } | undefined)?.id,
        contextValue: item.contextValue,
        command: item.command,
        collapsible: item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
      };
    };
    this.api = {
      ready: async () => {
        await index.ensureLoaded();
        await tree.people();
      },
      settled: () => index.settled(),
      reload: options => index.reload(options),
      flushCache: () => index.flushCache(),
      cacheStats: () => index.cacheStats,
      children: async node => Promise.all((await tree.getChildren(node)).map(render)),
      filters: () => this.filters,
      viewState: () => ({ description: view.description, message: view.message, badge }),
      stats: index.stats,
      reviews: () => panels.open(),
      onDidChange: onDidChange.event,
    };
  }
}

export function registerItems(register: RegisterCommand, people: FeatureServices, context: Pick<vscode.ExtensionContext, 'workspaceState' | 'storageUri'>, view: vscode.TreeView<ItemsNode>): ItemsFeature {
  return new ItemsFeature(register, people, context, view);
}
