// The follow-through and insights chunk: the Open items view's data (item index, cache, tree), Tick,
// Copy Agenda, review prep and Save Review as Note, the prep and insights panels with the per-note
// numbers, Create Sample Notes, Check All Notes and Rephrase All (on main's diagnostics), the pages
// of the rule documentation view, and open notes' front matter problems. In Node it is a second bundle (dist/node/features.js) that main
// loads on first use (src/featuresLoader.ts); the web bundle includes it (one file).
//
// Modules this chunk shares with main are in both Node bundles, each with its own copy. So whatever
// must be one for the extension is made in main and passed in (the people services: store, calendar,
// note contexts, writer; the Open items view; where notices go), and nothing here relies on instanceof
// against a class main made.
import * as vscode from 'vscode';
import { carryOver } from './core/items/carry';
import { noteStats } from './core/insights/stats';
import { AskTellStatus } from './lint/statusBar';
import { registerInsights, type InsightsApi } from './insights';
import { registerItems, type ItemsApi, type ItemsNode } from './items';
import { ItemIndex } from './items/itemIndex';
import { FrontMatterProblems } from './context/frontMatterProblems';
import { registerCheckAllNotes } from './lint/checkAll';
import type { DiagnosticsManager } from './lint/diagnostics';
import { Linter } from './core/lint/engine';
import { registerRephraseAll } from './lint/rephraseAll';
import { TellingCodeActions } from './lint/codeActions';
import type { LintProviders } from './lint/handOver';
import { TellingHover } from './lint/hover';
import { ruleDocsUri } from './lint/ruleDocs';
import { registerQuestions } from './questions';
import { registerNameNotesByDate } from './people/commands/nameNotesByDate';
import { registerStartOneOnOne } from './people/commands/startOneOnOne';
import { registerOpenLatestNote } from './people/commands/openLatestNote';
import { registerImportNotes } from './people/commands/importNotes';
import { pickRule, ruleDocsPage } from './lint/ruleDocsPage';
import { registerAddPerson } from './people/commands/addPerson';
import * as folders from './people/folders';
import { personTooltip } from './people/personTooltip';
import { registerAllowPhrase } from './lint/allowPhrase';
import { RosterWriter } from './people/writer';
import { registerArchivePerson } from './people/commands/archivePerson';
import { registerCreateSample } from './people/commands/createSample';
import { registerEditPerson } from './people/commands/editPerson';
import type { FeatureServices, FollowThrough, PeopleServices } from './people/services';
import type { CommandHandler, RegisterCommand } from './util/commands';
import { Disposable } from './util/dispose';
import { sendNoticesTo, type Notice } from './util/notify';

/** What main hands the chunk. */
export interface FeatureHost {
  readonly context: Pick<vscode.ExtensionContext, 'extensionUri' | 'workspaceState' | 'storageUri'>;
  readonly people: PeopleServices;
  /** The Open items view, created at activation with a provider that hands over to `Features.itemsTree`. */
  readonly itemsView: vscode.TreeView<ItemsNode>;
  /** Main's notice event (the tests' `onDidNotify`): the chunk's notifications go there too. */
  readonly notices: (notice: Notice) => void;
  /** Main's diagnostics (the telling linter's): Check All Notes and Rephrase All work on them. */
  readonly diagnostics: DiagnosticsManager;
}

export interface Features extends vscode.Disposable {
  readonly items: ItemsApi;
  readonly insights: InsightsApi;
  readonly followThrough: FollowThrough;
  readonly itemsTree: vscode.TreeDataProvider<ItemsNode>;
  /** The chunk's command handlers by id; main registered the commands at activation and delegates here. */
  readonly commands: ReadonlyMap<string, CommandHandler>;
  restorePrep(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  restoreInsights(panel: vscode.WebviewPanel): Promise<void>;
  /** The HTML of a rule's page in the rule documentation view (main registers the view). */
  readonly ruleDocsPage: typeof ruleDocsPage;
  /** A pick of the rules for the rule documentation view. */
  readonly pickRule: typeof pickRule;
  /**
   * "Open 4 · Closed 2 · Told 1" for the active note: the status bar is made here, with the classifier
   * its numbers need (main loads the chunk once a note is linted in the editor).
   */
  readonly askTell: AskTellStatus;
  /** The linter's quick fixes and hover: main registered their providers and hands requests over. */
  readonly lintProviders: LintProviders;
}

class FeatureSet extends Disposable implements Features {
  readonly items: ItemsApi;
  readonly insights: InsightsApi;
  readonly followThrough: FollowThrough;
  readonly itemsTree: vscode.TreeDataProvider<ItemsNode>;
  readonly commands = new Map<string, CommandHandler>();
  readonly restorePrep: Features['restorePrep'];
  readonly restoreInsights: Features['restoreInsights'];
  readonly ruleDocsPage = ruleDocsPage;
  readonly pickRule = pickRule;
  readonly askTell: AskTellStatus;
  readonly lintProviders: LintProviders;

  constructor(host: FeatureHost) {
    super();
    // Main's diagnostics lint with this chunk's rules from now on: they make the rewrites main leaves out.
    host.diagnostics.useLinter(() => new Linter());
    this.lintProviders = { codeActions: new TellingCodeActions(host.diagnostics), hover: new TellingHover(host.diagnostics, ruleDocsUri) };
    this.askTell = this._register(new AskTellStatus(host.diagnostics, host.people.contexts, (text, result) => Promise.resolve(noteStats(text, result))));
    sendNoticesTo(host.notices);
    const register: RegisterCommand = (id, handler) => {
      this.commands.set(id, handler);
      return { dispose: () => { if (this.commands.get(id) === handler) this.commands.delete(id); } };
    };
    const index = this._register(new ItemIndex(host.people.store, host.people.contexts));
    const people: FeatureServices = { ...host.people, items: index, writer: new RosterWriter(host.people.contexts, host.people.writeStats) };
    this.followThrough = { items: index, carryOver, folders, personTooltip };
    const items = this._register(registerItems(register, people, host.context, host.itemsView));
    this.items = items.api;
    this.itemsTree = items.tree;
    const insights = this._register(registerInsights(register, host.context, people));
    this.insights = insights.api;
    this.restorePrep = insights.restorePrep;
    this.restoreInsights = insights.restoreInsights;
    this._register(registerCreateSample(register, people));
    for (const registerPeople of [registerAddPerson, registerEditPerson, registerArchivePerson]) this._register(registerPeople(register, people));
    // Open notes' front matter problems: main loads the chunk once a note in the notes folder is open.
    this._register(new FrontMatterProblems(host.people.contexts));
    this._register(registerCheckAllNotes(register, host.diagnostics, host.people.contexts));
    this._register(registerRephraseAll(register, host.diagnostics));
    this._register(registerAllowPhrase(register));
    this._register(registerQuestions(register, host.people.contexts));
    this._register(registerNameNotesByDate(register, host.people));
    this._register(registerStartOneOnOne(register, host.people));
    this._register(registerOpenLatestNote(register, host.people));
    this._register(registerImportNotes(register, people));
  }
}

/** Builds the chunk's features; called once, by main, on first use. */
export function activateFeatures(host: FeatureHost): Features {
  return new FeatureSet(host);
}

/** How main's linter reads its results' questions: this chunk's classifier (featuresLoader.ts registers it there). */
export { lintCandidateReader } from './core/insights/find';
