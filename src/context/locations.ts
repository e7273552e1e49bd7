// URIs to the core's workspace locations and back. A location is a workspace folder key (its URI
// string) and a posix path inside it (see src/core/workspace.ts for why); this works the same for
// file:, vscode-remote: and vscode-vfs: folders because only the URI's path is cut, and a location is
// turned back into a URI by joining its path onto the folder's own URI.
import * as vscode from 'vscode';
import type { WorkspaceLocation } from '../core/workspace';

/** The core's key for a workspace folder. */
export function rootOf(folder: vscode.WorkspaceFolder): string {
  return folder.uri.toString();
}

/** The open workspace folder with this key, if it is still open. */
export function folderOfRoot(root: string): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find(f => f.uri.toString() === root);
}

/** Where `uri` is in its workspace folder; undefined outside every folder (untitled notes, loose files). */
export function locationOf(uri: vscode.Uri): WorkspaceLocation | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder && locationIn(folder, uri);
}

export function locationIn(folder: vscode.WorkspaceFolder, uri: vscode.Uri): WorkspaceLocation | undefined {
  const base = folder.uri.path.replace(/\/+$/, '');
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  if (uri.path !== base && !uri.path.startsWith(`${base}/`)) return undefined;
  return { root: rootOf(folder), path: uri.path.slice(base.length).split('/').filter(Boolean).join('/') };
}

const roots = new Map<string, vscode.Uri>();

/** The URI of a location. */
export function uriOf(location: WorkspaceLocation): vscode.Uri {
  let root = roots.get(location.root);
  if (!root) {
    root = folderOfRoot(location.root)?.uri ?? vscode.Uri.parse(location.root);
    roots.set(location.root, root);
  }
  return location.path ? vscode.Uri.joinPath(root, ...location.path.split('/')) : root;
}
