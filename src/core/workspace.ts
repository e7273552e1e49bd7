// What the core knows of the workspace: places of files, and two small interfaces through which the
// host lets it read them and the raw settings. The core never touches a file system itself; the
// extension implements these over vscode.workspace.fs and its configuration, the CLI over Node's fs
// and .vscode/settings.json, the unit tests over an in-memory map (the pattern of
// vscode-markdown-languageservice's workspace interface and Foam's data store).

/**
 * Where a file is: the workspace folder it belongs to, and a posix path relative to that folder.
 *
 * Why not a URI string: the core cannot parse URIs the way VS Code does (file:, vscode-remote: and
 * vscode-vfs: URIs encode and nest their paths differently, and the CLI has plain OS paths), and
 * every question the core answers about a place (is it under the notes folder? in whose folder?)
 * is about the path inside the workspace folder. So that is all the core gets. `root` is opaque:
 * the extension uses the workspace folder's URI string and the CLI its absolute folder path, and
 * each maps a location back to a file of its own kind.
 */
export interface WorkspaceLocation {
  readonly root: string;
  /** Relative posix path: segments joined by '/', no leading '/', no '.' or '..'; '' is the root itself. */
  readonly path: string;
}

export type FileKind = 'file' | 'directory';

export interface FileStat {
  readonly kind: FileKind;
  /** Size in bytes (0 for folders). */
  readonly size: number;
}

/** Read access to the workspace's files. Each call resolves `undefined` for what does not exist and throws only for other failures. */
export interface WorkspaceFiles {
  /** The file's text (an editor's unsaved text where the host has one). */
  readFile(location: WorkspaceLocation): Promise<string | undefined>;
  readDirectory(location: WorkspaceLocation): Promise<readonly (readonly [string, FileKind])[] | undefined>;
  stat(location: WorkspaceLocation): Promise<FileStat | undefined>;
}

/** The raw, unchecked settings the host has; src/core/settings.ts checks them. */
export interface RawSettings {
  /**
   * The value of `learningLeader.<key>` that applies to files in the workspace folder `root`
   * (`undefined` root: files outside every workspace folder); `undefined` when it is not set.
   */
  get(root: string | undefined, key: string): unknown;
}

/**
 * A relative path cleaned up: backslashes read as separators, empty and '.' segments dropped.
 * Undefined when a '..' segment would climb out, or the path is absolute (leading '/', a drive).
 */
export function normalizeRelativePath(path: string): string | undefined {
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path)) return undefined;
  const segments = path.split(/[\\/]+/).filter(s => s && s !== '.');
  if (segments.some(s => s === '..')) return undefined;
  return segments.join('/');
}

export function joinPath(base: string, ...segments: string[]): string {
  return [base, ...segments].filter(s => s !== '').join('/');
}

export function childLocation(location: WorkspaceLocation, ...segments: string[]): WorkspaceLocation {
  return { root: location.root, path: joinPath(location.path, ...segments) };
}

/** The segments of `path` below `folder` (both relative paths of one root); undefined when it is not inside. */
export function segmentsBelow(path: string, folder: string): string[] | undefined {
  if (folder === '') return path === '' ? [] : path.split('/');
  if (path === folder) return [];
  if (!path.startsWith(`${folder}/`)) return undefined;
  return path.slice(folder.length + 1).split('/');
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;

/**
 * The markdown files under a folder, breadth first, names sorted; hidden entries and node_modules
 * skipped. Stops after `limit` files or when `cancelled()` says so.
 */
export async function markdownFilesUnder(
  files: WorkspaceFiles, folder: WorkspaceLocation, options: { limit?: number; cancelled?: () => boolean } = {},
): Promise<WorkspaceLocation[]> {
  const limit = options.limit ?? Infinity;
  const out: WorkspaceLocation[] = [];
  const queue: WorkspaceLocation[] = [folder];
  while (queue.length && out.length < limit && !options.cancelled?.()) {
    const dir = queue.shift() as WorkspaceLocation;
    let entries: readonly (readonly [string, FileKind])[] | undefined;
    try {
      entries = await files.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, kind] of [...(entries ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (kind === 'directory') queue.push(childLocation(dir, name));
      else if (MARKDOWN_FILE.test(name) && out.length < limit) out.push(childLocation(dir, name));
    }
  }
  return out;
}
