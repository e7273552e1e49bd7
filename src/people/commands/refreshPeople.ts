// "1:1: Refresh People": reads every roster again.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import type { PeopleServices } from '../services';

export function registerRefreshPeople(people: PeopleServices): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.refreshPeople, () => people.store.reloadAll());
}
