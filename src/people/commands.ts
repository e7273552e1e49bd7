// The people commands. Each works from the palette (with quick inputs), from the tree (the clicked
// person is the first argument), and from tests (plain arguments, no UI), and returns a value.
import * as vscode from 'vscode';
import { notesFolderSegments } from '../config';
import { Commands } from '../constants';
import { byUrgency, cadenceStatus, type CadenceStatus } from '../core/cadence';
import { openItems } from '../core/carryover';
import { isMode, MODE_INFO, modesFor, isRelationship, type Mode, type Relationship } from '../core/modes';
import { firstNoteOn, newNoteFileName } from '../core/notes';
import { checkPersonFields, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, type NewPerson, type Person, type PersonPatch } from '../core/roster';
import { safeId } from '../core/person-id';
import { sampleFiles } from '../core/sample-notes';
import { renderNote } from '../core/templates';
import { PrepProvider } from './prepView';
import { currentText, exists, readText, type FolderRoster, type PeopleStore, type PersonRef } from './store';
import { isPersonNode } from './tree';
import { RosterWriteError, writeRoster } from './writer';

const encoder = new TextEncoder();

/** What commands accept as "the person": a tree item, an id, or { id, folder }. */
export type PersonTarget = string | { readonly id: string; readonly folder?: string | vscode.Uri } | { readonly kind: 'person'; readonly person: Person; readonly folder: FolderRoster };

export interface AddPersonArgs {
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode?: Mode;
  readonly cadenceDays?: number;
  readonly id?: string;
  /** Workspace folder (URI string or name) in a multi-root workspace. */
  readonly folder?: string | vscode.Uri;
}

export interface StartOptions {
  /** The mode for this meeting; the person's default when absent (and no pick is shown). */
  readonly mode?: Mode;
  /** Start a second note today even when today's note exists. */
  readonly another?: boolean;
  /** Open the note in an editor (default true). */
  readonly show?: boolean;
}

export interface PrepOptions {
  readonly mode?: Mode;
  /** 'preview' (default), 'editor' (read-only markdown editor) or 'none'. */
  readonly show?: 'preview' | 'editor' | 'none';
}

function say(message: string): void {
  void vscode.window.showInformationMessage(message);
}

function complain(message: string): void {
  void vscode.window.showErrorMessage(`Learning Leader: ${message}`);
}

function relationshipLabel(r: Relationship): string {
  return r === 'direct-report' ? 'Direct report' : 'Peer';
}

export class PeopleCommands {
  constructor(private readonly store: PeopleStore) {}

  register(): vscode.Disposable {
    const r = vscode.commands.registerCommand;
    return vscode.Disposable.from(
      r(Commands.addPerson, (args?: AddPersonArgs) => this.addPerson(args)),
      r(Commands.editPerson, (target?: PersonTarget, patch?: PersonPatch) => this.editPerson(target, plain(patch))),
      r(Commands.archivePerson, (target?: PersonTarget) => this.setArchived(target, true)),
      r(Commands.unarchivePerson, (target?: PersonTarget) => this.setArchived(target, false)),
      r(Commands.startOneOnOne, (target?: PersonTarget, options?: StartOptions) => this.start(target, plain(options))),
      r(Commands.prepareOneOnOne, (target?: PersonTarget, options?: PrepOptions) => this.prepare(target, plain(options))),
      r(Commands.openLatestNote, (target?: PersonTarget) => this.openLatest(target)),
      r(Commands.refreshPeople, () => this.store.reloadAll()),
      r(Commands.createSample, (args?: { folder?: string | vscode.Uri }) => this.createSample(args)),
    );
  }

  // ---- Folders and people ----------------------------------------------------------------

  /** The folder to work in: the given one, the only one, or a pick. Undefined (with a message) if none. */
  private async pickFolder(hint?: string | vscode.Uri): Promise<FolderRoster | undefined> {
    await this.store.settled();
    const folders = this.store.folders();
    if (!folders.length) {
      complain('open a folder first: 1:1 notes live in a folder of your workspace.');
      return undefined;
    }
    if (hint !== undefined) {
      const key = typeof hint === 'string' ? hint : hint.toString();
      const found = folders.find(f => f.folder.uri.toString() === key || f.folder.name === key);
      if (!found) complain(`no workspace folder "${key}".`);
      return found;
    }
    if (folders.length === 1) return folders[0];
    const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder keeps these 1:1 notes?' });
    return picked ? folders.find(f => f.folder.uri.toString() === picked.uri.toString()) : undefined;
  }

  /** Resolves a target to a person, or asks with a pick sorted by how overdue people are. */
  private async resolve(target: PersonTarget | undefined, pick: { title: string; archived?: boolean; placeHolder?: string }): Promise<PersonRef | undefined> {
    await this.store.settled();
    if (isPersonNode(target)) return this.store.find(target.person.id, target.folder.folder.uri) ?? { folder: target.folder, person: target.person };
    if (typeof target === 'string' || (target && typeof target === 'object' && 'id' in target && typeof target.id === 'string')) {
      const id = typeof target === 'string' ? target : target.id;
      const folder = typeof target === 'string' ? undefined : target.folder;
      const ref = this.store.find(id, folder);
      if (!ref) complain(`no one with id "${id}" is in people.json.`);
      return ref;
    }
    if (target !== undefined && target !== null && !(target instanceof vscode.Uri)) {
      complain('that is not a person.');
      return undefined;
    }
    // From the palette with a 1:1 note open: that note's person is the likely one.
    const active = vscode.window.activeTextEditor?.document.uri;
    const current = active ? this.store.personOfNote(active) : undefined;
    if (!vscode.workspace.workspaceFolders?.length) {
      complain('open a folder first: 1:1 notes live in a folder of your workspace.');
      return undefined;
    }
    const candidates = this.store.everyone().filter(ref => ref.person.archived === (pick.archived ?? false));
    if (!candidates.length) {
      if (pick.archived) say('No one is archived.');
      else {
        const add = 'Add Person…';
        void vscode.window.showInformationMessage('No people in the roster yet.', add).then(choice => {
          if (choice === add) void vscode.commands.executeCommand(Commands.addPerson);
        });
      }
      return undefined;
    }
    const withStatus = await Promise.all(candidates.map(async ref => {
      const notes = await this.store.notesOf(ref);
      return { ref, status: cadenceStatus(notes[0]?.date, this.store.cadenceOf(ref), this.store.today()) };
    }));
    withStatus.sort((a, b) => a.ref.person.name.localeCompare(b.ref.person.name));
    const ordered = byUrgency(withStatus, x => x.status);
    const multiRoot = this.store.folders().length > 1;
    type Item = vscode.QuickPickItem & { ref: PersonRef };
    const items: Item[] = ordered.map(({ ref, status }) => ({
      label: `${statusIcon(status)} ${ref.person.name}`,
      description: `${MODE_INFO[ref.person.mode].label} · ${status.label}`,
      detail: multiRoot ? ref.folder.folder.name : undefined,
      ref,
    }));
    const currentIndex = current ? items.findIndex(i => i.ref.person.id === current.person.id && i.ref.folder === current.folder) : -1;
    if (currentIndex > 0) items.unshift(...items.splice(currentIndex, 1));
    const picked = await vscode.window.showQuickPick(items, { title: pick.title, placeHolder: pick.placeHolder ?? 'Most overdue first', matchOnDescription: true });
    return picked?.ref;
  }

  // ---- Add, edit, archive ----------------------------------------------------------------

  async addPerson(args?: AddPersonArgs): Promise<Person | undefined> {
    const folder = await this.pickFolder(args?.folder);
    if (!folder) return undefined;
    let input: NewPerson | undefined;
    if (args && typeof args === 'object' && 'name' in args) {
      const problem = checkPersonFields({ name: String(args.name ?? ''), relationship: args.relationship, ...(args.mode ? { mode: args.mode } : {}), ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}) });
      if (problem || !isRelationship(args.relationship)) {
        complain(problem ?? 'relationship must be "direct-report" or "peer".');
        return undefined;
      }
      input = { name: args.name, relationship: args.relationship, ...(args.mode ? { mode: args.mode } : {}), ...(args.cadenceDays !== undefined ? { cadenceDays: args.cadenceDays } : {}), ...(args.id ? { id: args.id } : {}) };
    } else {
      input = await this.askNewPerson(folder);
    }
    if (!input) return undefined;
    return this.write(folder, { kind: 'add', person: input }, person => `Added ${person.name}. Their notes go in ${notesFolderSegments(folder.folder.uri).join('/')}/${person.id}/.`);
  }

  private async askNewPerson(folder: FolderRoster): Promise<NewPerson | undefined> {
    const taken = folder.roster.people.map(p => p.id);
    const name = await vscode.window.showInputBox({
      title: 'Add Person (1/3): name',
      prompt: 'Their name as you want to see it. It can change later; their notes folder will not.',
      placeHolder: 'e.g. Amara Okafor',
      validateInput: value => {
        const problem = checkPersonFields({ name: value });
        if (problem) return value ? problem : undefined;
        return { message: `Notes folder: ${notesFolderSegments(folder.folder.uri).join('/')}/${safeId(value, taken)}/`, severity: vscode.InputBoxValidationSeverity.Info };
      },
    });
    if (name === undefined || !name.trim()) return undefined;
    const relationship = await pickRelationship('Add Person (2/3): relationship');
    if (!relationship) return undefined;
    const mode = await pickMode(relationship, undefined, `Add Person (3/3): how you usually meet ${name.trim()}`);
    if (!mode) return undefined;
    return { name, relationship, mode };
  }

  async editPerson(target?: PersonTarget, patch?: PersonPatch): Promise<Person | undefined> {
    const ref = await this.resolve(target, { title: 'Edit Person', archived: false });
    if (!ref) return undefined;
    let change: PersonPatch | undefined = patch;
    if (!change) change = await this.askEdit(ref);
    if (!change || !Object.keys(change).length) return undefined;
    return this.write(ref.folder, { kind: 'update', id: ref.person.id, patch: change }, p => `Updated ${p.name}.`);
  }

  private async askEdit(ref: PersonRef): Promise<PersonPatch | undefined> {
    const { person } = ref;
    type Field = vscode.QuickPickItem & { field: 'name' | 'mode' | 'relationship' | 'cadence' | 'json' };
    const cadence = this.store.cadenceOf(ref);
    const fields: Field[] = [
      { label: '$(symbol-text) Name', description: person.name, detail: 'Renaming keeps their id and notes folder.', field: 'name' },
      { label: '$(comment-discussion) Default mode', description: MODE_INFO[person.mode].label, field: 'mode' },
      { label: '$(calendar) Cadence', description: `every ${cadence} days${person.cadenceDays === undefined ? ' (workspace default)' : ''}`, field: 'cadence' },
      { label: '$(organization) Relationship', description: relationshipLabel(person.relationship), field: 'relationship' },
      { label: '$(json) Open people.json', description: 'edit by hand', field: 'json' },
    ];
    const picked = await vscode.window.showQuickPick(fields, { title: `Edit ${person.name}`, placeHolder: 'What do you want to change?' });
    if (!picked) return undefined;
    switch (picked.field) {
      case 'name': {
        const name = await vscode.window.showInputBox({ title: `Rename ${person.name}`, value: person.name, prompt: `Their id and folder stay "${person.id}".`, validateInput: v => checkPersonFields({ name: v }) });
        return name === undefined || name.trim() === person.name ? undefined : { name };
      }
      case 'mode': {
        const mode = await pickMode(person.relationship, person.mode, `Default mode for ${person.name}`);
        return mode && mode !== person.mode ? { mode } : undefined;
      }
      case 'cadence': {
        const value = await vscode.window.showInputBox({
          title: `Cadence for ${person.name}`,
          prompt: `Days between 1:1s (${MIN_CADENCE_DAYS}–${MAX_CADENCE_DAYS}).`,
          value: String(cadence),
          validateInput: v => checkPersonFields({ cadenceDays: Number(v.trim()) }) ?? (/^\d+$/.test(v.trim()) ? undefined : 'A whole number of days.'),
        });
        return value === undefined ? undefined : { cadenceDays: Number(value.trim()) };
      }
      case 'relationship': {
        const relationship = await pickRelationship(`Relationship with ${person.name}`, person.relationship);
        if (!relationship || relationship === person.relationship) return undefined;
        const mode = await pickMode(relationship, undefined, `Default mode for ${person.name} as a ${relationshipLabel(relationship).toLowerCase()}`);
        return mode ? { relationship, mode } : undefined;
      }
      case 'json': {
        const document = await vscode.workspace.openTextDocument(ref.folder.rosterUri);
        const at = document.getText().indexOf(`"${person.id}"`);
        const position = document.positionAt(Math.max(0, at));
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
        return undefined;
      }
    }
  }

  async setArchived(target: PersonTarget | undefined, archived: boolean): Promise<Person | undefined> {
    const ref = await this.resolve(target, archived ? { title: 'Archive Person', archived: false, placeHolder: 'Archiving hides them from the groups; their notes stay.' } : { title: 'Restore Archived Person', archived: true });
    if (!ref) return undefined;
    if (ref.person.archived === archived) {
      say(`${ref.person.name} is ${archived ? 'already archived' : 'not archived'}.`);
      return ref.person;
    }
    const person = await this.write(ref.folder, { kind: 'update', id: ref.person.id, patch: { archived } }, undefined);
    if (person && archived) {
      const undo = 'Undo';
      void vscode.window.showInformationMessage(`Archived ${person.name}. Their notes stay in ${person.id}/.`, undo).then(choice => {
        if (choice === undo) void this.setArchived({ id: person.id, folder: ref.folder.folder.uri }, false);
      });
    } else if (person) {
      say(`Restored ${person.name}.`);
    }
    return person;
  }

  private async write(folder: FolderRoster, change: Parameters<typeof writeRoster>[1], message: ((p: Person) => string) | undefined): Promise<Person | undefined> {
    try {
      const person = await writeRoster(folder.rosterUri, change);
      await this.store.reloadFolder(folder.folder);
      if (message) say(message(person));
      return person;
    } catch (e) {
      if (e instanceof RosterWriteError) {
        const open = 'Open people.json';
        void vscode.window.showErrorMessage(`Learning Leader: ${e.message}`, open).then(choice => {
          if (choice === open) void vscode.window.showTextDocument(folder.rosterUri);
        });
        return undefined;
      }
      throw e;
    }
  }

  // ---- Start, prepare, open ----------------------------------------------------------------

  async start(target?: PersonTarget, options: StartOptions = {}): Promise<vscode.Uri | undefined> {
    const ref = await this.resolve(target, { title: 'Start 1:1 with…' });
    if (!ref) return undefined;
    const today = this.store.today();
    const folderUri = this.store.personFolderUri(ref);
    // Read the listing fresh: a note may have been written a moment ago.
    this.store.invalidateNotes(ref);
    const notes = await this.store.notesOf(ref);
    const existing = firstNoteOn(today, notes);
    if (existing && !options.another) {
      const uri = this.store.noteUri(ref, existing);
      if (options.show !== false) await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    }
    let mode = options.mode;
    if (mode !== undefined && (!isMode(mode) || MODE_INFO[mode].relationship !== ref.person.relationship)) {
      complain(`"${String(mode)}" is not a mode for a ${relationshipLabel(ref.person.relationship).toLowerCase()}: use ${modesFor(ref.person.relationship).join(' or ')}.`);
      return undefined;
    }
    if (!mode) {
      const interactive = options.mode === undefined && target === undefined || isPersonNode(target);
      mode = interactive ? await pickMode(ref.person.relationship, ref.person.mode, `1:1 with ${ref.person.name}: which relationship today?`) : ref.person.mode;
      if (!mode) return undefined;
    }
    const previous = notes[0];
    const previousText = previous ? await currentText(this.store.noteUri(ref, previous)) : undefined;
    const content = renderNote({
      personId: ref.person.id,
      name: ref.person.name,
      relationship: ref.person.relationship,
      mode,
      date: today,
      ...(previous && previousText !== undefined ? { previous: { fileName: previous.fileName, items: openItems(previousText) } } : {}),
    });
    await vscode.workspace.fs.createDirectory(folderUri);
    // Names on disk right now, not the cached listing: never overwrite a note.
    const onDisk = (await vscode.workspace.fs.readDirectory(folderUri)).map(([name]) => name);
    const fileName = newNoteFileName(today, onDisk);
    const uri = vscode.Uri.joinPath(folderUri, fileName);
    if (await exists(uri)) {
      complain(`${fileName} appeared while it was being created; opening it instead.`);
    } else {
      await vscode.workspace.fs.writeFile(uri, encoder.encode(content));
    }
    this.store.invalidateNotes(ref);
    if (options.show !== false) {
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      // Put the cursor on their agenda: what they bring comes first.
      const text = editor.document.getText();
      const agenda = text.indexOf('## Their agenda');
      if (agenda >= 0) {
        const line = editor.document.positionAt(agenda).line + 2;
        const position = editor.document.lineAt(Math.min(line, editor.document.lineCount - 1)).range.end;
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
    return uri;
  }

  async prepare(target?: PersonTarget, options: PrepOptions = {}): Promise<vscode.Uri | undefined> {
    const ref = await this.resolve(target, { title: 'Prepare for 1:1 with…' });
    if (!ref) return undefined;
    const mode = options.mode && isMode(options.mode) && MODE_INFO[options.mode].relationship === ref.person.relationship ? options.mode : undefined;
    const uri = PrepProvider.uriFor(ref, mode);
    const show = options.show ?? 'preview';
    if (show === 'none') return uri;
    if (show === 'preview') {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
        return uri;
      } catch {
        // No markdown preview (it is a built-in extension that can be disabled): use an editor.
      }
    }
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
    return uri;
  }

  async openLatest(target?: PersonTarget): Promise<vscode.Uri | undefined> {
    const ref = await this.resolve(target, { title: 'Open Latest Note of…' });
    if (!ref) return undefined;
    const notes = await this.store.notesOf(ref);
    const latest = notes[0];
    if (!latest) {
      const start = 'Start 1:1';
      void vscode.window.showInformationMessage(`No notes for ${ref.person.name} yet.`, start).then(choice => {
        if (choice === start) void this.start({ id: ref.person.id, folder: ref.folder.folder.uri });
      });
      return undefined;
    }
    const uri = this.store.noteUri(ref, latest);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }

  // ---- Sample -------------------------------------------------------------------------------

  /** Writes the sample roster and notes into an empty notes folder; never replaces a file. */
  async createSample(args?: { folder?: string | vscode.Uri }): Promise<vscode.Uri[]> {
    const folder = await this.pickFolder(args?.folder);
    if (!folder) return [];
    if (await readText(folder.rosterUri) !== undefined) {
      complain(`${notesFolderSegments(folder.folder.uri).join('/')}/people.json already exists; the sample is only written into a notes folder without a roster, so nothing of yours is touched.`);
      return [];
    }
    const written: vscode.Uri[] = [];
    const skipped: string[] = [];
    // Notes first, the roster last: the tree appears once everything is there.
    const files = sampleFiles(this.store.today());
    for (const file of [...files.filter(f => f.path !== 'people.json'), ...files.filter(f => f.path === 'people.json')]) {
      const uri = vscode.Uri.joinPath(folder.notesUri, ...file.path.split('/'));
      if (await exists(uri)) {
        skipped.push(file.path);
        continue;
      }
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, encoder.encode(file.content));
      written.push(uri);
    }
    await this.store.reloadFolder(folder.folder);
    say(`Created a sample roster with ${files.length - 1} notes${skipped.length ? ` (kept ${skipped.length} existing file${skipped.length === 1 ? '' : 's'})` : ''}. Everyone in it is invented.`);
    return written;
  }
}

/** Options only when they are a plain object: a tree with multi-select would pass the selection array. */
function plain<T extends object>(value: T | undefined): T | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
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

async function pickRelationship(title: string, current?: Relationship): Promise<Relationship | undefined> {
  type Item = vscode.QuickPickItem & { value: Relationship };
  const items: Item[] = [
    { label: '$(person) Direct report', description: 'coaching or learning together', detail: 'You have formal authority: ask, don\'t tell.', value: 'direct-report' },
    { label: '$(organization) Peer', description: 'mentoring or learning as peers', detail: 'Influence without authority: open doors, learn from their expertise.', value: 'peer' },
  ];
  if (current === 'peer') items.reverse();
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'How do you work with them?' }))?.value;
}

async function pickMode(relationship: Relationship, current: Mode | undefined, title: string): Promise<Mode | undefined> {
  type Item = vscode.QuickPickItem & { value: Mode };
  const modes = modesFor(relationship);
  const first = current ?? modes[0];
  const ordered = [...modes].sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
  const items: Item[] = ordered.map(m => ({
    label: MODE_INFO[m].label,
    description: m === current ? `${m} · default` : m,
    detail: MODE_INFO[m].stance,
    value: m,
  }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Enter keeps the first' }))?.value;
}
