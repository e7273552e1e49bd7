// An in-memory workspace for unit tests of the core: files by workspace folder and relative path,
// and raw settings per workspace folder. It implements the core's WorkspaceFiles and RawSettings,
// as vscode-markdown-languageservice's tests hand their service an InMemoryWorkspace, and counts
// reads so tests can see what the core caches.
import type { FileKind, FileStat, RawSettings, WorkspaceFiles, WorkspaceLocation } from '../../../src/core/workspace';

export class InMemoryWorkspace implements WorkspaceFiles, RawSettings {
  private readonly files = new Map<string, string>();
  private readonly settings = new Map<string | undefined, Record<string, unknown>>();
  /** Reads per "root|path", to check caching. */
  readonly reads = new Map<string, number>();

  /** `files`: relative path → text, in workspace folder `root`. */
  constructor(files: Record<string, string> = {}, readonly root = 'mem:/ws') {
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  at(path: string, root = this.root): WorkspaceLocation {
    return { root, path };
  }

  write(path: string, text: string, root = this.root): void {
    this.files.set(`${root}|${path}`, text);
  }

  delete(path: string, root = this.root): void {
    this.files.delete(`${root}|${path}`);
  }

  /** Sets `learningLeader.<key>` for workspace folder `root` (undefined: outside every folder); undefined unsets it. */
  set(key: string, value: unknown, root: string | undefined = this.root): void {
    const values = this.settings.get(root) ?? {};
    if (value === undefined) delete values[key];
    else values[key] = value;
    this.settings.set(root, values);
  }

  readCount(path: string, root = this.root): number {
    return this.reads.get(`${root}|${path}`) ?? 0;
  }

  // ---- RawSettings

  get(root: string | undefined, key: string): unknown {
    return this.settings.get(root)?.[key];
  }

  // ---- WorkspaceFiles

  async readFile(location: WorkspaceLocation): Promise<string | undefined> {
    const key = `${location.root}|${location.path}`;
    this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
    return this.files.get(key);
  }

  async readDirectory(location: WorkspaceLocation): Promise<[string, FileKind][] | undefined> {
    const prefix = `${location.root}|${location.path ? `${location.path}/` : ''}`;
    const entries = new Map<string, FileKind>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const parts = key.slice(prefix.length).split('/');
      entries.set(parts[0] as string, parts.length > 1 ? 'directory' : 'file');
    }
    return entries.size ? [...entries] : undefined;
  }

  async stat(location: WorkspaceLocation): Promise<FileStat | undefined> {
    const text = this.files.get(`${location.root}|${location.path}`);
    if (text !== undefined) return { kind: 'file', size: new TextEncoder().encode(text).length };
    return (await this.readDirectory(location)) ? { kind: 'directory', size: 0 } : undefined;
  }
}
