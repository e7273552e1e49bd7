import * as vscode from 'vscode';
import { CONFIG_SECTION } from './constants';

/** Reads `learningLeader.<key>` for a resource (settings are resource-scoped). */
export function setting<T>(key: string, fallback: T, scope?: vscode.Uri): T {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, scope ?? null).get<T>(key);
  return value === undefined || value === null ? fallback : value;
}

/** Normalizes the notes folder setting to safe path segments inside the workspace folder. */
export function notesFolderSegments(scope?: vscode.Uri): string[] {
  const raw = setting<string>('notesFolder', 'one-on-ones', scope);
  const segments = String(raw).split(/[\\/]+/).filter(s => s && s !== '.');
  if (!segments.length || segments.some(s => s === '..')) return ['one-on-ones'];
  return segments;
}

/** The notes folder of a workspace folder. */
export function notesFolderUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...notesFolderSegments(folder.uri));
}

/** True when `uri` lies inside the notes folder of its workspace folder. */
export function isInNotesFolder(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const root = notesFolderUri(folder).path.replace(/\/+$/, '') + '/';
  return uri.path.startsWith(root);
}
