// "Tick Item": ticks an open item in the newest note that holds it. One WorkspaceEdit that replaces
// the space in its "[ ]" with "x" and nothing else, so Undo takes it back and the file is otherwise
// unchanged byte for byte; the note is saved when it had no unsaved edits (its own are never saved
// behind the person's back).
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { stripCarryLink, tasksOf } from '../../core/carryover';
import type { Item } from '../../core/items';
import { normalizeTitle } from '../../core/items/markdown';
import type { FeatureServices } from '../../people/services';
import type { RegisterCommand } from '../../util/commands';
import type { FolderRoster } from '../../people/store';
import type { ItemsNode } from '../tree';

/** What the command takes: a row of the view, or (for keybindings and tests) a person and an item id. */
export type ItemTarget = Extract<ItemsNode, { kind: 'item' }> | { readonly kind?: undefined; readonly personId: string; readonly itemId: string; readonly folder?: string | vscode.Uri };

export interface TickResult {
  readonly uri: vscode.Uri;
  /** 0-based line and character of the box's inside. */
  readonly line: number;
  readonly character: number;
  /** True when the note was saved after the tick. */
  readonly saved: boolean;
}

const OPEN_BOX = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[) \](?:[ \t]|$)/;
const decoder = new TextDecoder('utf-8', { fatal: false });

export function registerCheckItem(register: RegisterCommand, people: FeatureServices): vscode.Disposable {
  return register(Commands.checkItem, (target?: ItemTarget) => checkItem(people, target));
}

function complain(message: string): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Learning Leader: {0}', message));
}

function folderOf(people: FeatureServices, hint: string | vscode.Uri | undefined): FolderRoster | undefined {
  const folders = people.store.folders();
  if (hint === undefined) return folders[0];
  const key = typeof hint === 'string' ? hint : hint.toString();
  return folders.find(f => f.folder.uri.toString() === key || f.folder.name === key);
}

/** The 0-based line of the open task with this text in the note, nearest to where it was seen. */
function findTask(doc: vscode.TextDocument, item: Item): number | undefined {
  const expected = item.lastSeen.line - 1;
  const text = (line: number) => (line >= 0 && line < doc.lineCount ? doc.lineAt(line).text : '');
  const boxText = (line: string) => {
    const m = OPEN_BOX.exec(line);
    return m ? stripCarryLink(line.slice(m[0].length)).trim() : undefined;
  };
  if (boxText(text(expected)) === item.text) return expected;
  // The line moved (lines added above it), or the same text is there twice: the nearest open task with its words.
  const key = normalizeTitle(item.text);
  let best: number | undefined;
  for (const task of tasksOf(doc.getText())) {
    if (task.checked || normalizeTitle(task.text) !== key || boxText(text(task.line)) === undefined) continue;
    if (best === undefined || Math.abs(task.line - expected) < Math.abs(best - expected)) best = task.line;
  }
  return best;
}

/** True when saving the document would write back exactly the bytes on disk (one kind of line ending, UTF-8). */
async function savesAsIs(doc: vscode.TextDocument): Promise<boolean> {
  try {
    const disk = decoder.decode(await vscode.workspace.fs.readFile(doc.uri));
    return (disk.charCodeAt(0) === 0xfeff ? disk.slice(1) : disk) === doc.getText();
  } catch {
    return false;
  }
}

async function replaceBox(uri: vscode.Uri, line: number, character: number, mark: string, label: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(line, character, line, character + 1), mark, { label, needsConfirmation: false });
  return vscode.workspace.applyEdit(edit);
}

export async function checkItem(people: FeatureServices, target: ItemTarget | undefined): Promise<TickResult | undefined> {
  if (!target || typeof target !== 'object') {
    complain(vscode.l10n.t('pick an item in the Open items view to tick it.'));
    return undefined;
  }
  const folder = target.kind === 'item' ? target.folder : folderOf(people, target.folder);
  const itemId = target.kind === 'item' ? target.item.id : target.itemId;
  if (!folder) {
    complain(vscode.l10n.t('no workspace folder has these notes.'));
    return undefined;
  }
  // The person's notes as they are now: the row may be a moment old.
  const items = await people.items.itemsOf(folder, target.personId);
  // An item's id is where it was first written; lines added above it since the row was drawn move
  // it, so a row's item is also found by its words (in the same note, else anywhere).
  const seen = target.kind === 'item' ? target.item : undefined;
  const item = items.find(i => i.id === itemId && (!seen || i.text === seen.text))
    ?? (seen && (items.find(i => i.status === 'open' && i.text === seen.text && i.firstSeen.file === seen.firstSeen.file) ?? items.find(i => i.status === 'open' && i.text === seen.text)));
  if (!item || item.status !== 'open') {
    complain(item ? vscode.l10n.t('“{0}” is already ticked.', item.text) : vscode.l10n.t('that item is no longer in the notes.'));
    return undefined;
  }
  const uri = people.items.noteUri(folder, target.personId, item.lastSeen.file);
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(uri);
  } catch {
    complain(vscode.l10n.t('{0} cannot be opened.', item.lastSeen.file));
    return undefined;
  }
  const line = findTask(doc, item);
  const box = line === undefined ? null : OPEN_BOX.exec(doc.lineAt(line).text);
  if (line === undefined || !box) {
    complain(vscode.l10n.t('“{0}” is no longer an open task in {1}; nothing was changed.', item.text, item.lastSeen.file));
    return undefined;
  }
  const character = (box[1] ?? '').length;
  const wasDirty = doc.isDirty;
  const saveable = !wasDirty && await savesAsIs(doc);
  if (!await replaceBox(uri, line, character, 'x', vscode.l10n.t('Tick item'))) {
    complain(vscode.l10n.t('{0} could not be changed (read-only?).', item.lastSeen.file));
    return undefined;
  }
  let saved = false;
  if (saveable) saved = await doc.save();
  else if (!wasDirty) {
    // Saving would rewrite more than the box (mixed line endings, another encoding): leave the tick
    // unsaved in an editor for the person to see and save.
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(line, character, line, character + 1), preview: false });
    void vscode.window.showWarningMessage(vscode.l10n.t('Ticked in {0}, not saved: saving this note would also change its line endings or encoding. Save it yourself if that is fine.', item.lastSeen.file));
    return { uri, line, character, saved };
  }
  const undo = vscode.l10n.t('Undo');
  const open = vscode.l10n.t('Open Note');
  void vscode.window.showInformationMessage(vscode.l10n.t('Ticked “{0}” in {1}.', item.text, item.lastSeen.file), undo, open).then(async choice => {
    if (choice === open) await vscode.window.showTextDocument(doc, { selection: new vscode.Range(line, character - 1, line, character + 2) });
    if (choice === undo && !doc.isClosed && doc.lineAt(line).text.charAt(character) === 'x' && await replaceBox(uri, line, character, ' ', vscode.l10n.t('Untick item')) && saved) await doc.save();
  });
  return { uri, line, character, saved };
}
