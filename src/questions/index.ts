// Placeholder until the question sets land (issue 5). Owned by the questions module.
import * as vscode from 'vscode';
import { Commands } from '../constants';

export function registerQuestions(_context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.insertQuestion, () =>
    vscode.window.showInformationMessage('Learning Leader: question sets are not available yet.'));
}
