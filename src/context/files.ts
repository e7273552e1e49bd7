// The core's WorkspaceFiles over vscode.workspace.fs, so remote and virtual workspaces work. An open
// document's text wins over the file on disk: the People view and the note context follow what the
// person sees, unsaved edits of people.json included.
import * as vscode from 'vscode';
import { whyNotANote, whyNotANoteText, type NotANote } from '../core/meetings';
import type { FileKind, WorkspaceFiles, WorkspaceLocation } from '../core/workspace';
import { uriOf } from './locations';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** True for "there is no such file" in its several spellings (FileSystemError, Node's ENOENT over remote). */
export function isNotFound(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code;
  return (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory'))
    || code === 'FileNotFound' || code === 'FileNotADirectory' || code === 'ENOENT' || code === 'ENOTDIR';
}

/** The text of an open document (with its unsaved edits), if it is open. */
export function openDocumentText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key)?.getText();
}

/** The file's text (an open document's buffer when it is open), or undefined when there is no such file. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocumentText(uri);
  if (open !== undefined) return open;
  return readDiskText(uri);
}

/** The file's text on disk, ignoring an open document; undefined when there is no such file. */
export async function readDiskText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** A note file as read: its text, or why it is not a note; its size in bytes (-1 for an editor's text) and when it was read. */
export interface ReadNote {
  readonly text?: string;
  readonly notANote?: NotANote;
  readonly size: number;
  readonly readAt: number;
}

/**
 * A note's text (an open document's unsaved text wins), or why it is not a note (core/meetings.ts):
 * the prep and the insights read notes through this. The People store tests a note's bytes with the
 * same whyNotANote, so every view agrees on which files are meetings.
 */
export async function readNoteFile(uri: vscode.Uri): Promise<ReadNote> {
  const readAt = Date.now();
  const open = openDocumentText(uri);
  if (open !== undefined) {
    const notANote = whyNotANoteText(open);
    return notANote ? { notANote, size: -1, readAt } : { text: open, size: -1, readAt };
  }
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { notANote: 'unreadable', size: -1, readAt };
  }
  const notANote = whyNotANote(bytes);
  return notANote ? { notANote, size: bytes.length, readAt } : { text: decoder.decode(bytes), size: bytes.length, readAt };
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function kindOf(type: vscode.FileType): FileKind | undefined {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return undefined;
}

export const vsCodeFiles: WorkspaceFiles = {
  readFile: (location: WorkspaceLocation) => readText(uriOf(location)),
  async readDirectory(location) {
    try {
      const entries = await vscode.workspace.fs.readDirectory(uriOf(location));
      return entries.flatMap(([name, type]) => {
        const kind = kindOf(type);
        return kind ? [[name, kind] as const] : [];
      });
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },
  async stat(location) {
    try {
      const stat = await vscode.workspace.fs.stat(uriOf(location));
      const kind = kindOf(stat.type);
      return kind ? { kind, size: stat.size } : undefined;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },
};
