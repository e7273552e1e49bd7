// The follow-through and insights features (src/features.ts) load on first use: in Node they are a
// second bundle (dist/node/features.js) so the main bundle stays small and activation fast. What VS
// Code must know from activation on is registered here: their commands (each loads the chunk and runs
// its handler), the Open items view (its provider hands over to the chunk's tree on the first
// getChildren), and the serializers of the prep and insights panels. The chunk loads once, whoever
// asks first; a failed load is an error message, and the next use tries again.
import * as vscode from 'vscode';
import { Commands, INSIGHTS_VIEW_TYPE, PREP_VIEW_TYPE, VIEW_OPEN_ITEMS } from './constants';
import type { Features } from './features';
import type { InsightsApi } from './insights';
import type { ItemsApi, ItemsNode } from './items';
import type { DiagnosticsManager } from './lint/diagnostics';
import type { LintProviders } from './lint/handOver';
import { setCandidateReader } from './core/lint/question-reader';
import { loadFeatures } from './loadFeatures';
import type { FollowThrough, PeopleServices } from './people/services';
import { Disposable, MutableDisposable } from './util/dispose';
import { lazy, type Lazy } from './util/lazy';
import { complain, reportNotice } from './util/notify';

/** The commands whose code is in the chunk: registered here at activation, they load it on first use and run its handler. */
const FEATURE_COMMANDS: readonly string[] = [
  Commands.prepareOneOnOne, Commands.createSample, Commands.addPerson, Commands.editPerson, Commands.archivePerson, Commands.unarchivePerson,
  Commands.refreshItems, Commands.checkItem, Commands.itemsOnlyMine, Commands.itemsOnlyMineOff, Commands.itemsOnlyTheirs,
  Commands.itemsOnlyTheirsOff, Commands.itemsOnlyOverdue, Commands.itemsOnlyOverdueOff, Commands.itemsClearFilters,
  Commands.prepareReview, Commands.saveReviewAsNote, Commands.copyAgenda,
  Commands.showInsights, Commands.refreshPrep, Commands.refreshInsights, Commands.checkAllNotes, Commands.rephraseAll,
  Commands.insertQuestion, Commands.nameNotesByDate, Commands.startOneOnOne, Commands.importNotes, Commands.allowPhrase, Commands.openLatestNote,
];

/** How the chunk's load went, for the in-host tests and the README's figures. */
export interface FeaturesLoadState {
  /** Loads started (1 once loaded: concurrent first uses share one). */
  readonly loads: number;
  /** How long the load took once loaded, in ms: reading the chunk (require in Node) and setting up its features. */
  readonly loadMs: { readonly read: number; readonly setUp: number } | undefined;
  /** The commands registered at activation that run in the chunk. */
  readonly commands: readonly string[];
  /** The command ids the chunk has handlers for, once loaded. */
  readonly handlers: readonly string[] | undefined;
}

/** The Open items view's provider from activation on: the chunk's tree does the work once loaded. */
class HandOverTree implements vscode.TreeDataProvider<ItemsNode> {
  readonly changed = new vscode.EventEmitter<ItemsNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly features: () => Promise<Features | undefined>) {}

  async getChildren(node?: ItemsNode): Promise<ItemsNode[]> {
    const tree = (await this.features())?.itemsTree;
    return (await tree?.getChildren(node)) ?? [];
  }

  async getTreeItem(node: ItemsNode): Promise<vscode.TreeItem> {
    const tree = (await this.features())?.itemsTree;
    return tree ? tree.getTreeItem(node) : new vscode.TreeItem('');
  }

  async getParent(node: ItemsNode): Promise<ItemsNode | undefined> {
    const tree = (await this.features())?.itemsTree;
    return (await tree?.getParent?.(node)) ?? undefined;
  }
}

export class FeaturesLoader extends Disposable {
  /** Loads the chunk (once) and resolves to its features; rejects with a LoadError fit to show. */
  readonly load: Lazy<Features>;
  private loadMs: FeaturesLoadState['loadMs'];

  /**
   * `people` gives the people services when the chunk loads (they are built after this, and use
   * `followThrough`), `diagnostics` the linter's (for Check All Notes and Rephrase All); `module` is the loader (tests pass one that fails).
   */
  constructor(context: vscode.ExtensionContext, people: () => PeopleServices, diagnostics: () => DiagnosticsManager, module: typeof loadFeatures = loadFeatures) {
    super();
    const tree = new HandOverTree(() => this.loadOrSay());
    this._register(tree.changed);
    const itemsView = this._register(vscode.window.createTreeView(VIEW_OPEN_ITEMS, { treeDataProvider: tree, showCollapseAll: true }));
    this.load = lazy(() => {
      const start = performance.now();
      const chunk = module();
      const read = performance.now();
      // Main's linter reads its results' questions with the chunk's classifier (core/lint/question-reader.ts).
      setCandidateReader(chunk.lintCandidateReader);
      const features = chunk.activateFeatures({ context, people: people(), itemsView, notices: reportNotice, diagnostics: diagnostics() });
      this._register(features);
      this._register(features.itemsTree.onDidChangeTreeData?.((e: ItemsNode | ItemsNode[] | undefined | null | void) => tree.changed.fire(Array.isArray(e) ? undefined : e ?? undefined)) ?? { dispose() {} });
      this.loadMs = { read: read - start, setUp: performance.now() - read };
      return features;
    }, reason => vscode.l10n.t('Learning Leader could not load its Open items and insights features ({0}). Reload the window; if it happens again, reinstall the extension.', reason));

    // Open notes' front matter problems are reported from the chunk: it loads once a note in the notes
    // folder is open (after activation, not during it).
    const noteOpen = (doc: vscode.TextDocument) => doc.languageId === 'markdown' && doc.uri.scheme !== 'git' && people().contexts.isInNotesFolder(doc.uri);
    const whenNoteOpen = this._register(new MutableDisposable<vscode.Disposable>());
    const loadForNotes = () => {
      if (this.load.loaded || !vscode.workspace.textDocuments.some(noteOpen)) return false;
      whenNoteOpen.value = undefined;
      void this.loadOrSay();
      return true;
    };
    const timer = setTimeout(() => {
      if (!loadForNotes()) whenNoteOpen.value = vscode.workspace.onDidOpenTextDocument(doc => { if (noteOpen(doc)) loadForNotes(); });
    }, 0);
    this._register({ dispose: () => clearTimeout(timer) });
    for (const id of FEATURE_COMMANDS) {
      this._register(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        const features = await this.loadOrSay();
        if (!features) return undefined;
        const handler = features.commands.get(id) as ((...a: unknown[]) => unknown) | undefined;
        if (!handler) {
          complain(vscode.l10n.t('Learning Leader has no handler for the command {0} in its Open items and insights features. Reload the window; if it happens again, reinstall the extension.', id));
          return undefined;
        }
        return handler(...args);
      }));
    }
    this._register(vscode.window.registerWebviewPanelSerializer(PREP_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const features = await this.loadOrSay();
        if (features) await features.restorePrep(panel, state);
        else panel.dispose();
      },
    }));
    this._register(vscode.window.registerWebviewPanelSerializer(INSIGHTS_VIEW_TYPE, {
      deserializeWebviewPanel: async panel => {
        const features = await this.loadOrSay();
        if (features) await features.restoreInsights(panel);
        else panel.dispose();
      },
    }));
  }

  /** The chunk's features, or undefined after saying why they could not be loaded. */
  private async loadOrSay(): Promise<Features | undefined> {
    try {
      return await this.load();
    } catch (e) {
      complain(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }

  /** A rule's page for the rule documentation view, or undefined after saying why the chunk could not load. */
  readonly ruleDocsPage = async (id: string, webview: vscode.Webview): Promise<string | undefined> => (await this.loadOrSay())?.ruleDocsPage(id, webview);
  /** A pick of the rules (their titles are the chunk's), or undefined after saying why the chunk could not load. */
  readonly pickRule = async (): Promise<string | undefined> => (await this.loadOrSay())?.pickRule();

  /** The status bar of questions and telling (made by the chunk, with the classifier it needs): loaded on the first call. */
  readonly statusBar = {
    load: async (): Promise<unknown> => (await this.loadOrSay())?.askTell,
    now: (): { readonly text: string | undefined; readonly tooltip: string | undefined } | undefined => this.load.loaded?.askTell,
  };
  /** The linter's quick fixes and hover (lint/handOver.ts hands each request over). */
  readonly lintProviders = async (): Promise<LintProviders | undefined> => (await this.loadOrSay())?.lintProviders;
  readonly items = async (): Promise<ItemsApi> => (await this.load()).items;
  readonly insights = async (): Promise<InsightsApi> => (await this.load()).insights;
  readonly followThrough = async (): Promise<FollowThrough> => (await this.load()).followThrough;

  get state(): FeaturesLoadState {
    return { loads: this.load.loads, loadMs: this.loadMs, commands: FEATURE_COMMANDS, handlers: this.load.loaded && [...this.load.loaded.commands.keys()] };
  }
}
