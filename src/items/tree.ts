// The Open items view: every open task across all notes, one entry per item however often it was
// carried, grouped by person, with its owner, its age from where it was first written and its due
// date. Overdue and old items stand out. Filters (mine, theirs, overdue) come from context keys the
// view title's menu toggles.
import * as vscode from 'vscode';
import { daysBetween, humanDate, type IsoDate } from '../core/dates';
import { ageInDays, daysOverdue, isOld, isOverdue, preparedFor, type Item, type ItemPlace } from '../core/items';
import { personOfFolder, type PersonLike } from '../core/person-folders';
import type { Person } from '../core/roster';
import type { Calendar } from '../people/clock';
import type { FolderRoster } from '../people/store';
import { Disposable } from '../util/dispose';
import type { ItemIndex, PersonItems } from './itemIndex';

export interface ItemFilters {
  readonly mine: boolean;
  readonly theirs: boolean;
  readonly overdue: boolean;
}

export const NO_FILTERS: ItemFilters = { mine: false, theirs: false, overdue: false };

export type ItemsNode =
  | { readonly kind: 'folder'; readonly folder: FolderRoster }
  | { readonly kind: 'person'; readonly folder: FolderRoster; readonly personId: string; readonly person: Person | undefined }
  | { readonly kind: 'item'; readonly folder: FolderRoster; readonly personId: string; readonly person: Person | undefined; readonly item: Item };

export function isItemNode(value: unknown): value is Extract<ItemsNode, { kind: 'item' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'item' && 'item' in value;
}

/** An open item due within this many days stands out as due soon. */
const DUE_SOON_DAYS = 2;
/** With more people than this listed, they start collapsed. */
const EXPANDED_UP_TO = 12;
/** Labels longer than this are cut (the tooltip has the whole text). */
const MAX_LABEL = 160;

interface PersonView {
  readonly entry: PersonItems;
  /** For a folder with no person in people.json: the person it likely belongs to (core/person-folders.ts). */
  readonly likelyOwner?: PersonLike;
  readonly name: string;
  /** Open items passing the filters, in the order shown. */
  readonly items: readonly Item[];
  readonly overdue: number;
  readonly old: number;
}

export class OpenItemsTree extends Disposable implements vscode.TreeDataProvider<ItemsNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<ItemsNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private filters: ItemFilters = NO_FILTERS;
  private model: PersonView[] | undefined;
  /** The index's version the model was built from. */
  private modelVersion = -1;
  private readonly _onDidChangeModel = this._register(new vscode.EventEmitter<void>());
  /** Fires after the view's content was worked out again (the feature updates the badge and message). */
  readonly onDidChangeModel = this._onDidChangeModel.event;

  constructor(private readonly index: ItemIndex, private readonly calendar: Calendar) {
    super();
    const refresh = () => {
      this.model = undefined;
      this._onDidChangeTreeData.fire(undefined);
      // Keep the counts (the badge) current while the view is hidden, once everything was read.
      if (index.isLoaded) void this.people();
    };
    this._register(index.onDidChange(refresh));
    this._register(calendar.onDidChange(refresh));
  }

  setFilters(filters: ItemFilters): void {
    this.filters = filters;
    this.model = undefined;
    this._onDidChangeTreeData.fire(undefined);
  }

  /** The people with items to show, worked out once per change. The first call starts reading everything. */
  async people(): Promise<readonly PersonView[]> {
    await this.index.whenPaintable();
    if (!this.model || this.modelVersion !== this.index.version) {
      this.modelVersion = this.index.version;
      this.model = buildModel(this.index.everyone(), this.filters, this.calendar.today());
      this._onDidChangeModel.fire();
    }
    return this.model;
  }

  /** Counts for the badge and the message: open items in all, shown, and overdue. */
  async counts(): Promise<{ open: number; shown: number; overdue: number }> {
    const people = await this.people();
    const today = this.calendar.today();
    let open = 0;
    let overdue = 0;
    for (const p of this.index.everyone()) {
      for (const item of p.items) {
        if (item.status !== 'open') continue;
        open++;
        if (isOverdue(item, today)) overdue++;
      }
    }
    return { open, shown: people.reduce((n, p) => n + p.items.length, 0), overdue };
  }

  async getChildren(element?: ItemsNode): Promise<ItemsNode[]> {
    const people = await this.people();
    if (!element) {
      const folders = [...new Map(people.map(p => [p.entry.folder.folder.uri.toString(), p.entry.folder])).values()];
      if (folders.length > 1) return folders.map(folder => ({ kind: 'folder', folder }));
      return people.map(p => personNode(p));
    }
    switch (element.kind) {
      case 'folder':
        return people.filter(p => sameFolder(p.entry.folder, element.folder)).map(p => personNode(p));
      case 'person': {
        const view = people.find(p => p.entry.personId === element.personId && sameFolder(p.entry.folder, element.folder));
        return (view?.items ?? []).map(item => ({ kind: 'item', folder: element.folder, personId: element.personId, person: element.person, item }));
      }
      default:
        return [];
    }
  }

  async getTreeItem(element: ItemsNode): Promise<vscode.TreeItem> {
    const people = await this.people();
    return treeItem(element, people, this.index, this.calendar.today());
  }

  getParent(element: ItemsNode): ItemsNode | undefined {
    if (element.kind === 'item') return { kind: 'person', folder: element.folder, personId: element.personId, person: element.person };
    if (element.kind === 'person' && (vscode.workspace.workspaceFolders?.length ?? 0) > 1) return { kind: 'folder', folder: element.folder };
    return undefined;
  }
}

function sameFolder(a: FolderRoster, b: FolderRoster): boolean {
  return a.folder.uri.toString() === b.folder.uri.toString();
}

function personNode(view: PersonView): ItemsNode {
  return { kind: 'person', folder: view.entry.folder, personId: view.entry.personId, person: view.entry.person };
}

export function passes(item: Item, filters: ItemFilters, today: IsoDate): boolean {
  if (item.status !== 'open') return false;
  if (filters.mine && item.owner.kind !== 'me') return false;
  if (filters.theirs && item.owner.kind !== 'them') return false;
  if (filters.overdue && !isOverdue(item, today)) return false;
  return true;
}

/** Overdue first (the most overdue first), then the ones with a due date (soonest first), then the oldest. */
function compareItems(a: Item, b: Item, today: IsoDate): number {
  const oa = isOverdue(a, today);
  const ob = isOverdue(b, today);
  if (oa !== ob) return oa ? -1 : 1;
  if (a.due && b.due && a.due.date !== b.due.date) return a.due.date < b.due.date ? -1 : 1;
  if (!!a.due !== !!b.due) return a.due ? -1 : 1;
  return (a.firstSeen.date ?? '9999') < (b.firstSeen.date ?? '9999') ? -1
    : (a.firstSeen.date ?? '9999') > (b.firstSeen.date ?? '9999') ? 1
      : a.firstSeen.file < b.firstSeen.file ? -1 : a.firstSeen.file > b.firstSeen.file ? 1 : a.firstSeen.line - b.firstSeen.line;
}

function buildModel(everyone: readonly PersonItems[], filters: ItemFilters, today: IsoDate): PersonView[] {
  const views: PersonView[] = [];
  const folders = new Set(everyone.map(e => `${e.folder.folder.uri.toString()}|${e.personId}`));
  for (const entry of everyone) {
    const items = entry.items.filter(i => passes(i, filters, today)).sort((a, b) => compareItems(a, b, today));
    if (!items.length) continue;
    // A folder no one in people.json has: whose it likely is, among the people with no folder of their own.
    const likelyOwner = entry.person ? undefined
      : personOfFolder({ name: entry.personId, notes: 1 }, entry.folder.roster.people.filter(p => !folders.has(`${entry.folder.folder.uri.toString()}|${p.id}`)));
    views.push({
      entry,
      ...(likelyOwner ? { likelyOwner } : {}),
      name: entry.person?.name ?? entry.personId,
      items,
      overdue: items.filter(i => isOverdue(i, today)).length,
      old: items.filter(i => isOld(i, today)).length,
    });
  }
  // By name, so places stay put; archived people last.
  return views.sort((a, b) => Number(!!a.entry.person?.archived) - Number(!!b.entry.person?.archived) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

function days(n: number): string {
  return n === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', n);
}

function shortDate(date: IsoDate): string {
  // "Fri 6 Mar": due dates are near, the tooltip has the year.
  const full = humanDate(date);
  return full.replace(/^(\w{3})\w* (\d+ \w+) (\d+)$/, '$1 $2');
}

/** Whose an item is, in a word for the row: mine, theirs, or the name written. */
export function ownerWord(item: Item): string {
  switch (item.owner.kind) {
    case 'me': return vscode.l10n.t('mine');
    case 'them': return vscode.l10n.t('theirs');
    default: return item.owner.name ?? vscode.l10n.t('someone else');
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]|<>#]/g, ch => `\\${ch}`);
}

function placeText(place: ItemPlace): string {
  return vscode.l10n.t('{0}, line {1}', place.file, place.line);
}

async function treeItem(element: ItemsNode, people: readonly PersonView[], index: ItemIndex, today: IsoDate): Promise<vscode.TreeItem> {
  const C = vscode.TreeItemCollapsibleState;
  let item: vscode.TreeItem;
  switch (element.kind) {
    case 'folder': {
      item = new vscode.TreeItem(element.folder.folder.name, C.Expanded);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.id = `folder:${element.folder.folder.uri.toString()}`;
      item.contextValue = 'itemsFolder';
      break;
    }
    case 'person': {
      const view = people.find(p => p.entry.personId === element.personId && sameFolder(p.entry.folder, element.folder));
      const name = view?.name ?? element.personId;
      const open = view?.items.length ?? 0;
      item = new vscode.TreeItem(name, people.length > EXPANDED_UP_TO ? C.Collapsed : C.Expanded);
      const parts = [open === 1 ? vscode.l10n.t('1 open') : vscode.l10n.t('{0} open', open)];
      if (view?.overdue) parts.push(vscode.l10n.t('{0} overdue', view.overdue));
      if (element.person?.archived) parts.push(vscode.l10n.t('archived'));
      if (!element.person) parts.push(view?.likelyOwner ? vscode.l10n.t('folder with no person: {0}\'s?', view.likelyOwner.name) : vscode.l10n.t('folder with no person'));
      item.description = parts.join(' · ');
      const color = view?.overdue ? 'list.errorForeground' : view?.old ? 'list.warningForeground' : undefined;
      item.iconPath = new vscode.ThemeIcon(element.person?.archived ? 'archive' : 'account', color ? new vscode.ThemeColor(color) : undefined);
      const mine = view?.items.filter(i => i.owner.kind === 'me').length ?? 0;
      const theirs = view?.items.filter(i => i.owner.kind === 'them').length ?? 0;
      // Items written for a 1:1 prepared ahead (a note dated after today) have no age yet.
      const oldest = (view?.items ?? []).reduce<number | undefined>((max, i) => {
        const age = ageInDays(i, today);
        return age === undefined ? max : Math.max(max ?? 0, age);
      }, undefined);
      const tip = new vscode.MarkdownString(undefined, true);
      tip.appendMarkdown(`**${escape(name)}**\n\n`);
      if (!element.person) {
        const where = `${element.personId}/`;
        tip.appendMarkdown(`$(warning) ${escape(view?.likelyOwner
          ? vscode.l10n.t('No one in people.json has the folder {0}. It looks like {1}\'s notes, whose folder is {2}: rename it back, or change their id in people.json.', where, view.likelyOwner.name, `${view.likelyOwner.id}/`)
          : vscode.l10n.t('No one in people.json has the folder {0}: add the person (the People view lists it under "Folders with no person"), or rename it to the id of the person it belongs to.', where))}\n\n`);
      }
      const whose = [mine && vscode.l10n.t('{0} mine', mine), theirs && vscode.l10n.t('{0} theirs', theirs), open - mine - theirs && vscode.l10n.t('{0} someone else\'s', open - mine - theirs)].filter(Boolean);
      tip.appendMarkdown(`${vscode.l10n.t('{0} open: {1}.', open, whose.join(', '))}\n\n`);
      if (view?.overdue) tip.appendMarkdown(`$(warning) ${vscode.l10n.t('{0} overdue.', view.overdue)}\n\n`);
      if (oldest !== undefined) tip.appendMarkdown(vscode.l10n.t('The oldest was written {0} ago.', days(oldest)));
      item.tooltip = tip;
      item.id = `person:${element.folder.folder.uri.toString()}:${element.personId}`;
      item.contextValue = element.person ? 'itemsPerson' : 'itemsFolderOnly';
      item.accessibilityInformation = { label: `${name}, ${item.description}` };
      break;
    }
    case 'item': {
      const it = element.item;
      const text = it.text.length > MAX_LABEL ? `${it.text.slice(0, MAX_LABEL - 1)}…` : it.text;
      item = new vscode.TreeItem(text, C.None);
      const overdue = isOverdue(it, today);
      const old = isOld(it, today);
      const age = ageInDays(it, today);
      const parts: string[] = [];
      if (overdue) parts.push(vscode.l10n.t('overdue by {0}', days(daysOverdue(it, today) ?? 0)));
      parts.push(ownerWord(it));
      const prepared = preparedFor(it, today);
      if (prepared) parts.push(vscode.l10n.t('for the 1:1 on {0}', shortDate(prepared)));
      else if (age !== undefined) parts.push(age === 0 ? vscode.l10n.t('today') : days(age));
      if (it.due && !overdue) parts.push(vscode.l10n.t('due {0}', shortDate(it.due.date)));
      if (it.private) parts.push(vscode.l10n.t('private'));
      item.description = parts.join(' · ');
      const dueIn = it.due ? daysBetween(today, it.due.date) : undefined;
      item.iconPath = overdue ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
        : dueIn !== undefined && dueIn <= DUE_SOON_DAYS ? new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'))
          : old ? new vscode.ThemeIcon('history', new vscode.ThemeColor('list.warningForeground'))
            : new vscode.ThemeIcon(it.private ? 'lock' : 'circle-large-outline');
      item.tooltip = itemTooltip(element, today);
      const uri = index.noteUri(element.folder, element.personId, it.lastSeen.file);
      const line = Math.max(0, it.lastSeen.line - 1);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note at the Item'), arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) } satisfies vscode.TextDocumentShowOptions] };
      item.id = `item:${element.folder.folder.uri.toString()}:${element.personId}:${it.id}`;
      item.contextValue = `openItem${it.private ? '.private' : ''}`;
      item.accessibilityInformation = { label: `${it.text}, ${item.description}` };
      break;
    }
  }
  return item;
}

function itemTooltip(element: Extract<ItemsNode, { kind: 'item' }>, today: IsoDate): vscode.MarkdownString {
  const it = element.item;
  const tip = new vscode.MarkdownString(undefined, true);
  tip.appendMarkdown(`${escape(it.text)}\n\n`);
  const owner = it.owner.kind === 'me'
    ? (!it.owner.explicit ? vscode.l10n.t('Owner: me (no owner written: an item is yours unless it names someone)')
      : /^(me|i|myself|mine)$/i.test(it.owner.name ?? '') ? vscode.l10n.t('Owner: me') : vscode.l10n.t('Owner: me ({0})', it.owner.name ?? ''))
    : it.owner.kind === 'them' ? vscode.l10n.t('Owner: {0} ({1})', element.person?.name ?? element.personId, vscode.l10n.t('the person met'))
      : vscode.l10n.t('Owner: {0} (someone else)', it.owner.name ?? '');
  tip.appendMarkdown(`${escape(owner)}\n\n`);
  const first = it.firstSeen;
  const age = ageInDays(it, today);
  const prepared = preparedFor(it, today);
  const when = prepared ? ` — ${vscode.l10n.t('a note prepared for a 1:1 in {0}: not held yet, so not carried over', days(daysBetween(today, prepared)))}`
    : age !== undefined ? ` — ${vscode.l10n.t('{0} ago', days(age))}` : '';
  // (A note without a date is named by its place alone: "goals.md, line 18", not the file twice.)
  tip.appendMarkdown(`${escape(first.date ? vscode.l10n.t('First written: {0} ({1})', humanDate(first.date), placeText(first)) : vscode.l10n.t('First written in {0}', placeText(first)))}${escape(when)}\n\n`);
  if (it.occurrences.length > 1) {
    tip.appendMarkdown(`${escape(vscode.l10n.t('Carried {0} times; last in {1}. Ticking it ticks it there.', it.occurrences.length - 1, placeText(it.lastSeen)))}\n\n`);
  }
  if (it.due) {
    const late = daysOverdue(it, today) ?? 0;
    const due = vscode.l10n.t('Due {0} (“{1}”)', humanDate(it.due.date), it.due.text);
    tip.appendMarkdown(`${isOverdue(it, today) ? '$(warning) ' : ''}${escape(late > 0 ? `${due} — ${vscode.l10n.t('overdue by {0}', days(late))}` : due)}\n\n`);
  }
  if (it.private) tip.appendMarkdown(`$(lock) ${escape(vscode.l10n.t('Written in a private part: never shared in an agenda or a review.'))}\n\n`);
  if (it.brokenLink) {
    const why = it.brokenLink.reason === 'missing-note' ? vscode.l10n.t('that note is gone or cannot be read')
      : it.brokenLink.reason === 'cycle' ? vscode.l10n.t('the links go round in a circle') : vscode.l10n.t('no task there matches it any more');
    tip.appendMarkdown(`$(debug-disconnect) ${escape(vscode.l10n.t('Its carry-over link to {0} leads nowhere ({1}): its age counts from where it is.', it.brokenLink.fileName, why))}\n\n`);
  }
  return tip;
}
