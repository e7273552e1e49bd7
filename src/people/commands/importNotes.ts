// "1:1: Import Notes…": notes kept in another layout (a flat folder of "2025-03-04 Sam Lee.md", an
// Obsidian vault with a folder per person, a running file per person with a dated heading per meeting)
// copied into this one. The plan is the core's (src/core/import-notes.ts); this picks what to import,
// shows the plan to confirm, adds the new people through the one people.json write path, and creates
// the notes in one workspace edit that never replaces a file. The sources are only read.
import * as vscode from 'vscode';
import { Commands, VIEW_PEOPLE } from '../../constants';
import { isNotFound, readDiskText } from '../../context/files';
import { plural } from '../../core/dates';
import { planImport, type ImportPlan, type ImportRequest } from '../../core/import-notes';
import { whyNotANote } from '../../core/meetings';
import { MODE_INFO, RELATIONSHIP_INFO } from '../../core/modes';
import type { Person } from '../../core/roster';
import type { FileKind } from '../../core/workspace';
import type { RegisterCommand } from '../../util/commands';
import { complain, offer } from '../../util/notify';
import type { FeatureServices } from '../services';
import type { FolderRoster } from '../store';
import { RosterWriteError } from '../writer';
import { refuseBrokenRoster, showRosterProblem } from './messages';
import { pickFolder } from './pickers';

export interface ImportNotesArgs {
  /** The folders or files to import from; without it, the open dialog asks (starting at the workspace folder). */
  readonly from?: vscode.Uri | readonly vscode.Uri[];
  /** The workspace folder (URI or name) whose notes folder they go into, in a multi-root workspace. */
  readonly folder?: string | vscode.Uri;
  /** `ask` (default): the preview asks before anything is written; `yes`: import without asking (tests, scripts); `no`: plan only. */
  readonly confirm?: 'ask' | 'yes' | 'no';
}

export interface ImportNotesResult {
  readonly plan: ImportPlan | undefined;
  /** The notes written (none when it was cancelled, refused, or there was nothing to import). */
  readonly written: readonly vscode.Uri[];
  /** The people added to people.json. */
  readonly added: readonly Person[];
}

const NOTHING: ImportNotesResult = { plan: undefined, written: [], added: [] };
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });
/** Lines of unplaced files the modal preview lists (and twice as many people); the rest are in the details document. */
const PREVIEW_LINES = 8;

export function registerImportNotes(register: RegisterCommand, people: FeatureServices): vscode.Disposable {
  return register(Commands.importNotes, (args?: ImportNotesArgs) => importNotes(people, args));
}

export async function importNotes(people: FeatureServices, args: ImportNotesArgs = {}): Promise<ImportNotesResult> {
  const folder = await pickFolder(people, args.folder);
  if (!folder) return NOTHING;
  if (refuseBrokenRoster(folder)) return NOTHING;
  const from = args.from === undefined ? await askSources(folder) : Array.isArray(args.from) ? args.from as readonly vscode.Uri[] : [args.from as vscode.Uri];
  if (!from?.length) return NOTHING;
  const request = await requestFor(people, folder, from);
  if (!request) return NOTHING;
  let plan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading notes to import…') }, () => planImport(request));
  const where = notesFolderName(people, folder);
  if (!plan.notes.length) {
    offer('information', nothingToImport(plan), vscode.l10n.t('Show Details'), () => showDetails(plan, where));
    return { plan, written: [], added: [] };
  }
  if (args.confirm === 'no') return { plan, written: [], added: [] };
  if (args.confirm !== 'yes' && !(await confirm(plan, where))) return { plan, written: [], added: [] };

  // The new people first (the one people.json write path), so the notes' folders are theirs from the start.
  const added: Person[] = [];
  try {
    const fresh = plan.people.filter(x => x.isNew);
    // Each write is read back after a pause (writer.ts), so many new people take a moment: the status bar says so.
    if (fresh.length) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Adding {0} to people.json…', plural(fresh.length, 'person', 'people')) }, async () => {
        for (const p of fresh) added.push(await people.writer.write(folder.folder, { kind: 'add', person: { name: p.name, relationship: p.relationship, mode: p.mode, id: p.id } }));
      });
    }
  } catch (e) {
    if (!(e instanceof RosterWriteError)) throw e;
    const reloaded = await people.store.reloadFolder(folder.folder);
    showRosterProblem(reloaded, added.length
      ? vscode.l10n.t('{0} No note was imported; {1} added before it stay in people.json.', e.message, added.map(p => p.name).join(', '))
      : vscode.l10n.t('{0} No note was imported.', e.message));
    return { plan, written: [], added };
  }
  const current = await people.store.reloadFolder(folder.folder);
  // Another window added someone with a planned id meanwhile: plan again on the roster as it is now.
  if (added.some(a => !plan.people.some(p => p.isNew && p.id === a.id && p.name === a.name))) {
    plan = await planImport({ ...request, people: current.roster.people });
  }

  let written = await createNotes(folder, plan);
  if (!written) {
    // A name was taken meanwhile (another window, a sync): the edit is all or nothing (VS Code checks every
    // create before making any), so nothing was written; plan again on the folders as they are now.
    plan = await planImport({ ...request, people: (await people.store.reloadFolder(folder.folder)).roster.people });
    written = await createNotes(folder, plan);
  }
  if (!written) {
    complain(vscode.l10n.t('The notes could not be written into {0}: names there were taken while they were being written, twice. No note was written and no file replaced; run Import Notes again.', where));
    return { plan, written: [], added };
  }
  await people.store.reloadFolder(folder.folder);
  for (const p of plan.people) {
    const ref = people.store.find(p.id, folder.folder.uri);
    if (ref) people.store.invalidateNotes(ref);
  }
  void vscode.commands.executeCommand(`${VIEW_PEOPLE}.focus`).then(undefined, () => undefined);
  offer('information', imported(plan, added), vscode.l10n.t('Open Notes Folder'), () => vscode.commands.executeCommand('revealInExplorer', folder.notesUri));
  return { plan, written, added };
}

/** Creates the plan's notes in one workspace edit that replaces no file; undefined when it could not be applied. */
async function createNotes(folder: FolderRoster, plan: ImportPlan): Promise<vscode.Uri[] | undefined> {
  const edit = new vscode.WorkspaceEdit();
  const uris = plan.notes.map(note => {
    const uri = vscode.Uri.joinPath(folder.notesUri, note.personId, note.fileName);
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(note.content) });
    return uri;
  });
  return (await vscode.workspace.applyEdit(edit).then(ok => ok, () => false)) ? uris : undefined;
}

/** Asks what to import: a folder (its notes, a folder per person) or files (running files, some notes), then the open dialog. */
async function askSources(folder: FolderRoster): Promise<readonly vscode.Uri[] | undefined> {
  type Item = vscode.QuickPickItem & { folders: boolean };
  const items: Item[] = [
    { label: `$(folder) ${vscode.l10n.t('A folder of notes')}`, detail: vscode.l10n.t('Dated notes ("2025-03-04 Sam Lee.md"), a folder per person (an Obsidian vault\'s People/Sam Lee/), running files: everything in it and its subfolders'), folders: true },
    { label: `$(files) ${vscode.l10n.t('Files')}`, detail: vscode.l10n.t('One running file per person ("Sam Lee.md" with a dated heading per meeting), or some dated notes'), folders: false },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import Notes: what do you keep your notes in?'), placeHolder: vscode.l10n.t('The files are copied; they are never moved or changed') });
  if (!picked) return undefined;
  return vscode.window.showOpenDialog({
    defaultUri: folder.folder.uri,
    canSelectFolders: picked.folders,
    canSelectFiles: !picked.folders,
    canSelectMany: !picked.folders,
    openLabel: vscode.l10n.t('Import'),
    title: picked.folders ? vscode.l10n.t('Import Notes: the folder your notes are in') : vscode.l10n.t('Import Notes: the files to import'),
    ...(picked.folders ? {} : { filters: { [vscode.l10n.t('Markdown')]: ['md', 'markdown'], [vscode.l10n.t('All files')]: ['*'] } }),
  });
}

function segments(uri: vscode.Uri): string[] {
  return uri.path.split('/').filter(Boolean);
}

/** What was picked, below one base folder: the folder picked, or the folder the files picked are in (their common parent). */
async function requestFor(people: FeatureServices, folder: FolderRoster, from: readonly vscode.Uri[]): Promise<ImportRequest | undefined> {
  const kinds: FileKind[] = [];
  for (const uri of from) {
    try {
      kinds.push((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory ? 'directory' : 'file');
    } catch {
      complain(vscode.l10n.t('{0} could not be read: nothing was imported.', uri.fsPath || uri.path));
      return undefined;
    }
  }
  const first = from[0] as vscode.Uri;
  if (from.some(u => u.scheme !== first.scheme || u.authority !== first.authority)) {
    complain(vscode.l10n.t('Pick the files to import from one place: nothing was imported.'));
    return undefined;
  }
  const lone = from.length === 1 && kinds[0] === 'directory';
  let base = lone ? segments(first) : segments(first).slice(0, -1);
  for (const uri of from.slice(1)) {
    const s = segments(uri).slice(0, -1);
    let i = 0;
    while (i < base.length && i < s.length && base[i] === s[i]) i++;
    base = base.slice(0, i);
  }
  const baseUri = first.with({ path: `/${base.join('/')}` });
  const notes = segments(folder.notesUri);
  const sameFs = baseUri.scheme === folder.notesUri.scheme && baseUri.authority === folder.notesUri.authority;
  if (sameFs && notes.length <= base.length && notes.every((s, i) => s === base[i])) {
    complain(vscode.l10n.t('That is in the notes folder ({0}) already: pick the folder or files you kept your notes in before.', notesFolderName(people, folder)));
    return undefined;
  }
  const below = (uri: vscode.Uri) => segments(uri).slice(base.length).join('/');
  const skipFolders = sameFs && base.every((s, i) => s === notes[i]) ? [notes.slice(base.length).join('/')] : [];
  const at = (path: string) => (path ? vscode.Uri.joinPath(baseUri, ...path.split('/')) : baseUri);
  const isWorkspaceRoot = (vscode.workspace.workspaceFolders ?? []).some(f => f.uri.toString() === baseUri.toString());
  return {
    picked: from.map((uri, i) => ({ path: below(uri), kind: kinds[i] as FileKind })),
    // A folder picked on its own that is no workspace folder may be a person's: "Sam Lee/2025-03-04.md".
    ...(lone && !isWorkspaceRoot ? { baseName: base[base.length - 1] ?? '' } : {}),
    skipFolders,
    people: folder.roster.people,
    sources: {
      async list(path) {
        try {
          return (await vscode.workspace.fs.readDirectory(at(path))).flatMap(([name, type]): (readonly [string, FileKind])[] =>
            type & vscode.FileType.Directory ? [[name, 'directory']] : type & vscode.FileType.File ? [[name, 'file']] : []);
        } catch {
          return undefined;
        }
      },
      async read(path) {
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(at(path));
        } catch {
          return { notANote: 'unreadable' };
        }
        const why = whyNotANote(bytes);
        return why ? { notANote: why } : { text: decoder.decode(bytes) };
      },
    },
    target: {
      async names(id) {
        try {
          return (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder.notesUri, id))).map(([name]) => name);
        } catch (e) {
          if (isNotFound(e)) return [];
          throw e;
        }
      },
      read: (id, name) => readDiskText(vscode.Uri.joinPath(folder.notesUri, id, name)),
    },
  };
}

function notesFolderName(people: FeatureServices, folder: FolderRoster): string {
  return `${people.contexts.settingsFor(folder.folder).notesFolder.replace(/\/+$/, '')}/`;
}

function skippedLine(s: { readonly source: string; readonly heading?: string; readonly reason: string }): string {
  return `${s.source}${s.heading ? ` (${s.heading})` : ''}: ${s.reason}`;
}

function personLine(p: ImportPlan['people'][number]): string {
  const as = p.writtenAs.length ? vscode.l10n.t(' (written as {0})', p.writtenAs.map(w => `"${w}"`).join(', ')) : '';
  return p.isNew
    ? vscode.l10n.t('{0}: {1}, new ({2}, {3}, id {4}){5}', p.name, plural(p.notes, 'note'), RELATIONSHIP_INFO[p.relationship].inSentence, MODE_INFO[p.mode].label.toLowerCase(), p.id, as)
    : vscode.l10n.t('{0}: {1}{2}', p.name, plural(p.notes, 'note'), as);
}

/** The modal preview: what will be written, who is added, what is not imported and why. True when the person confirms. */
async function confirm(plan: ImportPlan, where: string): Promise<boolean> {
  const fresh = plan.people.filter(p => p.isNew);
  const message = vscode.l10n.t('Import {0} for {1} into {2}?', plural(plan.notes.length, 'note'), plural(plan.people.length, 'person', 'people'), where);
  const lines = [
    ...plan.people.slice(0, PREVIEW_LINES * 2).map(personLine),
    ...(plan.people.length > PREVIEW_LINES * 2 ? [vscode.l10n.t('… and {0} more (Show Details).', plan.people.length - PREVIEW_LINES * 2)] : []),
    '',
    fresh.length ? vscode.l10n.t('{0} added to people.json: {1}.', plural(fresh.length, 'new person', 'new people'), fresh.map(p => p.name).join(', ')) : vscode.l10n.t('No one new: everyone is in people.json already.'),
    vscode.l10n.t('Read: {0} with a date, {1} split at their dated headings.', plural(plan.files.dated, 'file'), plural(plan.files.running, 'running file')),
  ];
  if (plan.unplaced.length) {
    lines.push('', vscode.l10n.t('Not imported ({0}):', plan.unplaced.length), ...plan.unplaced.slice(0, PREVIEW_LINES).map(s => `• ${skippedLine(s)}`));
    if (plan.unplaced.length > PREVIEW_LINES) lines.push(vscode.l10n.t('… and {0} more (Show Details).', plan.unplaced.length - PREVIEW_LINES));
  }
  if (plan.alreadyThere.length) lines.push('', vscode.l10n.t('There already, not written again: {0}.', plural(plan.alreadyThere.length, 'note')));
  if (plan.truncated) lines.push('', vscode.l10n.t('Only the first 5000 markdown files were read: import the rest from their own folder.'));
  lines.push('', vscode.l10n.t('Your files are copied, never moved or changed; front matter is added above their text. No note is replaced: a taken name gets -2.'));
  const go = vscode.l10n.t('Import');
  const details = vscode.l10n.t('Show Details');
  for (;;) {
    const choice = await vscode.window.showInformationMessage(message, { modal: true, detail: lines.join('\n') }, go, details);
    if (choice === go) return true;
    if (choice !== details) return false;
    await showDetails(plan, where);
  }
}

/** The whole plan as a markdown document: every note with its source and target, every file not imported with why. */
async function showDetails(plan: ImportPlan, where: string): Promise<void> {
  const md = [
    `# ${vscode.l10n.t('Import Notes: the plan')}`, '',
    vscode.l10n.t('Nothing is written until you choose Import. Your files are copied, never moved or changed.'), '',
    `## ${vscode.l10n.t('People')}`, '', ...plan.people.map(p => `- ${personLine(p)}`), '',
    `## ${vscode.l10n.t('Notes ({0})', plan.notes.length)}`, '',
    `| ${vscode.l10n.t('into')} | ${vscode.l10n.t('from')} |`, '| --- | --- |',
    ...plan.notes.map(n => `| ${where}${n.personId}/${n.fileName} | ${n.source.replace(/\|/g, '\\|')}${n.heading ? ` — ${n.heading.replace(/\|/g, '\\|')}` : ''} |`), '',
  ];
  if (plan.unplaced.length) md.push(`## ${vscode.l10n.t('Not imported ({0})', plan.unplaced.length)}`, '', ...plan.unplaced.map(s => `- ${skippedLine(s)}`), '');
  if (plan.alreadyThere.length) md.push(`## ${vscode.l10n.t('There already ({0})', plan.alreadyThere.length)}`, '', ...plan.alreadyThere.map(s => `- ${skippedLine(s)}`), '');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: md.join('\n') });
  await vscode.window.showTextDocument(doc, { preview: true });
}

function nothingToImport(plan: ImportPlan): string {
  if (!plan.unplaced.length && !plan.alreadyThere.length) return vscode.l10n.t('No notes to import there: no markdown file with a date in its name, its front matter or its headings.');
  if (!plan.unplaced.length) return vscode.l10n.t('Nothing new to import: all {0} are in the notes folder already.', plural(plan.alreadyThere.length, 'note'));
  if (plan.alreadyThere.length) {
    return vscode.l10n.t('Nothing new to import: {0} in the notes folder already, and {1} not imported (for example {2}).',
      plural(plan.alreadyThere.length, 'note'), plural(plan.unplaced.length, 'file or section', 'files or sections'), skippedLine(plan.unplaced[0] as ImportPlan['unplaced'][number]));
  }
  return vscode.l10n.t('No note could be placed ({0} not imported), for example {1}.', plan.unplaced.length, skippedLine(plan.unplaced[0] as ImportPlan['unplaced'][number]));
}

function imported(plan: ImportPlan, added: readonly Person[]): string {
  const notes = plural(plan.notes.length, 'note');
  const people = plural(plan.people.length, 'person', 'people');
  const fresh = added.length ? vscode.l10n.t(' Added to people.json: {0}.', added.map(p => p.name).join(', ')) : '';
  const left = plan.unplaced.length ? vscode.l10n.t(' {0} not imported (no date, no person, or not text).', plural(plan.unplaced.length, 'file or section', 'files or sections')) : '';
  return vscode.l10n.t('Imported {0} for {1}.{2}{3} Your files are unchanged.', notes, people, fresh, left);
}
