// The read-only prep view: a virtual markdown document (scheme learning-leader-prep) built from
// the person's recent notes, shown in the markdown preview or as a read-only editor.
import * as vscode from 'vscode';
import { isMode, type Mode } from '../core/modes';
import { buildPrep, LOOK_BACK, type PrepNote } from '../core/prep';
import { Disposable } from '../util/dispose';
import { currentText, type PeopleStore, type PersonRef } from './store';

export const PREP_SCHEME = 'learning-leader-prep';

export class PrepProvider extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly store: PeopleStore) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(PREP_SCHEME, this));
    // Any change to notes or the roster may change an open prep document: rebuild the open ones.
    this._register(store.onDidChange(() => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === PREP_SCHEME) this._onDidChange.fire(doc.uri);
    }));
  }

  /** The prep document's URI for a person (and an optional mode other than their default). */
  static uriFor(ref: PersonRef, mode?: Mode): vscode.Uri {
    const query = new URLSearchParams({ folder: ref.folder.folder.uri.toString(), id: ref.person.id, ...(mode ? { mode } : {}) });
    // The file name is what the tab shows.
    return vscode.Uri.from({ scheme: PREP_SCHEME, path: `/${ref.person.id}/Prep ${ref.person.name.replace(/[/\\]/g, '-')}.md`, query: query.toString() });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const id = query.get('id') ?? '';
    const folder = query.get('folder') ?? undefined;
    const modeParam = query.get('mode');
    await this.store.settled();
    const ref = this.store.find(id, folder);
    if (!ref) return `# Prepare\n\nNo one with id \`${id}\` is in people.json any more.\n`;
    const names = await this.store.notesOf(ref);
    const notes: PrepNote[] = [];
    for (const note of names.slice(0, LOOK_BACK)) {
      const text = await currentText(this.store.noteUri(ref, note));
      if (text !== undefined) notes.push({ fileName: note.fileName, date: note.date, text });
    }
    return buildPrep({
      person: ref.person,
      cadenceDays: this.store.cadenceOf(ref),
      today: this.store.today(),
      notes,
      noteCount: names.length,
      ...(isMode(modeParam) ? { mode: modeParam } : {}),
    });
  }
}
