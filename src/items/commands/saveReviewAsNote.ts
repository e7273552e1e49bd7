// "Save Review as Note": the review in the active (or last) review panel, or one prepared from
// arguments, written as markdown into the person's folder under a free name; never over a file.
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { complain, plain } from '../../people/commands/messages';
import type { PersonTarget } from '../../people/commands/pickers';
import type { PeopleServices } from '../../people/services';
import type { RegisterCommand } from '../../util/commands';
import { resolveReview, type ReviewOptions } from './prepareReview';
import { saveReviewNote, type PreparedReview, type ReviewPanels } from '../reviewPanel';

export function registerSaveReviewAsNote(register: RegisterCommand, people: PeopleServices, panels: ReviewPanels): vscode.Disposable {
  return register(Commands.saveReviewAsNote, async (target?: PersonTarget, options?: ReviewOptions) => {
    if (target === undefined) {
      const current = panels.current();
      if (!current) {
        complain(vscode.l10n.t('prepare a review first (1:1: Prepare Review for…), then save it as a note.'));
        return undefined;
      }
      return saveReview(people, current);
    }
    // With a person (scripts, tests): prepare the review without showing it, then save it.
    const prepared = await resolveReview(people, target, plain(options));
    return prepared ? saveReview(people, prepared) : undefined;
  });
}

export async function saveReview(people: PeopleServices, prepared: PreparedReview): Promise<vscode.Uri | undefined> {
  const uri = await saveReviewNote(people, prepared);
  if (!uri) {
    complain(vscode.l10n.t('the review could not be saved in {0}/.', prepared.ref.person.id));
    return undefined;
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved the review as {0} in {1}/.', name, prepared.ref.person.id), open).then(choice => {
    if (choice === open) void vscode.window.showTextDocument(uri, { preview: false });
  });
  return uri;
}
