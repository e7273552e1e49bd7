// Placeholder until the people workflow lands (issue 4). Owned by the people module.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Clock, RosterLookup } from '../services';

export interface PeopleApi {
  readonly ready: Promise<void>;
}

export interface PeopleRegistration extends vscode.Disposable {
  readonly rosterLookup: RosterLookup;
  readonly api: PeopleApi;
}

export function registerPeople(_context: vscode.ExtensionContext, _clock: Clock): PeopleRegistration {
  const changed = new vscode.EventEmitter<void>();
  const notYet = () => void vscode.window.showInformationMessage('Learning Leader: the people workflow is not available yet.');
  const disposables: vscode.Disposable[] = [changed];
  for (const id of [Commands.startOneOnOne, Commands.prepareOneOnOne, Commands.openLatestNote, Commands.addPerson,
    Commands.editPerson, Commands.archivePerson, Commands.unarchivePerson, Commands.refreshPeople, Commands.createSample]) {
    disposables.push(vscode.commands.registerCommand(id, notYet));
  }
  disposables.push(vscode.window.registerTreeDataProvider('learningLeader.people', {
    getTreeItem: (e: vscode.TreeItem) => e,
    getChildren: () => [],
  }));
  return {
    rosterLookup: { modeForNote: () => undefined, onDidChange: changed.event },
    api: { ready: Promise.resolve() },
    dispose: () => disposables.forEach(d => d.dispose()),
  };
}
