// The pickers the people commands share: which workspace folder, which person (most overdue
// first), which relationship, which mode.
import * as vscode from 'vscode';
import { Commands, ROSTER_FILE } from '../../constants';
import { byUrgency, type CadenceStatus } from '../../core/cadence';
import { MODE_INFO, modesFor, RELATIONSHIP_INFO, type Mode, type Relationship } from '../../core/modes';
import type { Person } from '../../core/roster';
import type { PeopleServices } from '../services';
import { meetingsNow } from '../status';
import type { FolderRoster, PersonRef } from '../store';
import { isPersonNode } from '../tree';
import { complain, needFolder, offer, say } from '../../util/notify';

/** What commands accept as "the person": a tree item, an id, or { id, folder }. */
export type PersonTarget = string | { readonly id: string; readonly folder?: string | vscode.Uri } | { readonly kind: 'person'; readonly person: Person; readonly folder: FolderRoster };

/** The folder to work in: the given one (URI or name), the only one, or a pick. Undefined (with a message) if none. */
export async function pickFolder(people: PeopleServices, hint?: string | vscode.Uri): Promise<FolderRoster | undefined> {
  await people.store.settled();
  const folders = people.store.folders();
  if (!folders.length) {
    needFolder();
    return undefined;
  }
  if (hint !== undefined) {
    const key = typeof hint === 'string' ? hint : hint.toString();
    const found = folders.find(f => f.folder.uri.toString() === key || f.folder.name === key);
    if (!found) complain(vscode.l10n.t('There is no workspace folder "{0}".', key));
    return found;
  }
  if (folders.length === 1) return folders[0];
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which workspace folder keeps these 1:1 notes?') });
  return picked ? folders.find(f => f.folder.uri.toString() === picked.uri.toString()) : undefined;
}

export interface PersonPick {
  readonly title: string;
  /** Pick among archived people (restore) instead of active ones. */
  readonly archived?: boolean;
  readonly placeHolder?: string;
}

/** Resolves a target to a person, or asks with a pick sorted by how overdue people are. */
export async function resolvePerson(people: PeopleServices, target: PersonTarget | undefined, pick: PersonPick): Promise<PersonRef | undefined> {
  const { store } = people;
  await store.settled();
  if (isPersonNode(target)) return store.find(target.person.id, target.folder.folder.uri) ?? { folder: target.folder, person: target.person };
  if (typeof target === 'string' || (target && typeof target === 'object' && 'id' in target && typeof target.id === 'string')) {
    const id = typeof target === 'string' ? target : target.id;
    const folder = typeof target === 'string' ? undefined : target.folder;
    const ref = store.find(id, folder);
    if (!ref) complain(vscode.l10n.t('No one with id "{0}" is in {1}.', id, ROSTER_FILE));
    return ref;
  }
  if (target !== undefined && target !== null && !(target instanceof vscode.Uri)) {
    complain(vscode.l10n.t('That is not a person.'));
    return undefined;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    needFolder();
    return undefined;
  }
  const candidates = store.everyone().filter(ref => ref.person.archived === (pick.archived ?? false));
  if (!candidates.length) {
    if (pick.archived) say(vscode.l10n.t('No one is archived.'));
    else offer('information', vscode.l10n.t('No people in the roster yet.'), vscode.l10n.t('Add Person…'), () => vscode.commands.executeCommand(Commands.addPerson));
    return undefined;
  }
  // From the palette with a 1:1 note open: that note's person is the likely one.
  const active = vscode.window.activeTextEditor?.document;
  const current = active ? await people.contexts.contextOf(active) : undefined;
  const withStatus = await Promise.all(candidates.map(async ref => ({ ref, status: (await meetingsNow(people, ref)).meetings.status })));
  withStatus.sort((a, b) => a.ref.person.name.localeCompare(b.ref.person.name));
  const ordered = byUrgency(withStatus, x => x.status);
  const multiRoot = store.folders().length > 1;
  type Item = vscode.QuickPickItem & { ref: PersonRef };
  const items: Item[] = ordered.map(({ ref, status }) => ({
    label: `${statusIcon(status)} ${ref.person.name}`,
    description: `${MODE_INFO[ref.person.mode].label} · ${status.label}`,
    detail: multiRoot ? ref.folder.folder.name : undefined,
    ref,
  }));
  const currentIndex = current?.person
    ? items.findIndex(i => i.ref.person.id === current.person?.id && i.ref.folder.folder.uri.toString() === current.location?.root)
    : -1;
  if (currentIndex > 0) items.unshift(...items.splice(currentIndex, 1));
  const picked = await vscode.window.showQuickPick(items, { title: pick.title, placeHolder: pick.placeHolder ?? vscode.l10n.t('Most overdue first'), matchOnDescription: true });
  return picked?.ref;
}

function statusIcon(status: CadenceStatus): string {
  switch (status.state) {
    case 'overdue': return '$(warning)';
    case 'due-today': return '$(bell)';
    case 'due-soon': return '$(clock)';
    case 'never': return '$(circle-large-outline)';
    default: return '$(pass)';
  }
}

const RELATIONSHIP_ITEMS: Readonly<Record<Relationship, { icon: string; detail: () => string }>> = {
  'direct-report': { icon: 'person', detail: () => vscode.l10n.t('You have formal authority: ask, don\'t tell.') },
  peer: { icon: 'organization', detail: () => vscode.l10n.t('Influence without authority: open doors, learn from their expertise.') },
};

export async function pickRelationship(title: string, current?: Relationship): Promise<Relationship | undefined> {
  type Item = vscode.QuickPickItem & { value: Relationship };
  const items: Item[] = (['direct-report', 'peer'] as const).map(value => {
    const [first, second] = modesFor(value).map(m => MODE_INFO[m].label.toLowerCase());
    return {
      label: `$(${RELATIONSHIP_ITEMS[value].icon}) ${RELATIONSHIP_INFO[value].label}`,
      description: vscode.l10n.t('{0} or {1}', first ?? '', second ?? ''),
      detail: RELATIONSHIP_ITEMS[value].detail(),
      value,
    };
  });
  if (current === 'peer') items.reverse();
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('How do you work with them?') }))?.value;
}

export async function pickMode(relationship: Relationship, current: Mode | undefined, title: string): Promise<Mode | undefined> {
  type Item = vscode.QuickPickItem & { value: Mode };
  const modes = modesFor(relationship);
  const first = current ?? modes[0];
  const ordered = [...modes].sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
  const items: Item[] = ordered.map(m => ({
    label: MODE_INFO[m].label,
    description: m === current ? vscode.l10n.t('{0} · default', m) : m,
    detail: MODE_INFO[m].stance,
    value: m,
  }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Enter keeps the first') }))?.value;
}
