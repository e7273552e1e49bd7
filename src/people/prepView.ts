// The read-only prep view: a virtual markdown document (scheme learning-leader-prep) built from
// the person's recent notes, shown in the markdown preview or as a read-only editor. Each note's
// asking and telling is counted as the linter weighs it: through its note context.
import * as vscode from 'vscode';
import { readText } from '../context/files';
import { PREP_SCHEME } from '../constants';
import { isMode, type Mode } from '../core/modes';
import { buildPrep, LOOK_BACK, type PrepNote } from '../core/prep';
import { Disposable } from '../util/dispose';
import type { PeopleServices } from './services';
import { cadenceOf } from './status';
import type { PersonRef } from './store';

export class PrepProvider extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly people: PeopleServices) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(PREP_SCHEME, this));
    // Any change to notes, the roster, the settings or the day may change an open prep document: rebuild the open ones.
    const rebuild = () => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === PREP_SCHEME) this._onDidChange.fire(doc.uri);
    };
    this._register(people.store.onDidChange(rebuild));
    this._register(people.calendar.onDidChange(rebuild));
    this._register(people.contexts.onDidChangeSettings(rebuild));
  }

  /** The prep document's URI for a person (and an optional mode other than their default). */
  static uriFor(ref: PersonRef, mode?: Mode): vscode.Uri {
    const query = new URLSearchParams({ folder: ref.folder.folder.uri.toString(), id: ref.person.id, ...(mode ? { mode } : {}) });
    // The file name is what the tab shows.
    return vscode.Uri.from({ scheme: PREP_SCHEME, path: `/${ref.person.id}/Prep ${ref.person.name.replace(/[/\\]/g, '-')}.md`, query: query.toString() });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { store, contexts } = this.people;
    const query = new URLSearchParams(uri.query);
    const id = query.get('id') ?? '';
    const folder = query.get('folder') ?? undefined;
    const modeParam = query.get('mode');
    await store.settled();
    const ref = store.find(id, folder);
    if (!ref) return `# ${vscode.l10n.t('Prepare')}\n\n${vscode.l10n.t('No one with id {0} is in people.json any more.', `\`${id}\``)}\n`;
    const names = await store.notesOf(ref);
    const notes: PrepNote[] = [];
    for (const note of names.slice(0, LOOK_BACK)) {
      const noteUri = store.noteUri(ref, note);
      const text = await readText(noteUri);
      if (text === undefined) continue;
      const context = await contexts.contextOfUri(noteUri, { text });
      notes.push({ fileName: note.fileName, date: note.date, text, lint: context.lintOptions });
    }
    return buildPrep({
      person: ref.person,
      cadenceDays: cadenceOf(this.people, ref),
      today: this.people.calendar.today(),
      notes,
      noteCount: names.length,
      ...(isMode(modeParam) ? { mode: modeParam } : {}),
    });
  }
}
