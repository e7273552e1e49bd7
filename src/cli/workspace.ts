// The CLI's side of the note context: the workspace folder's files through Node's fs, and its
// settings from <root>/.vscode/settings.json. The CLI takes the folder it runs in (or --root) as the
// workspace folder, as if VS Code had it open: the same notes folder, roster and settings.
import * as fs from 'fs';
import * as path from 'path';
import type { FileKind, RawSettings, WorkspaceFiles, WorkspaceLocation } from '../core/workspace';
import { SETTINGS_PREFIX } from '../core/settings';
import { expandInputs } from './files';

/** The OS path of a location; `root` is an absolute folder path in the CLI. */
export function osPath(location: WorkspaceLocation): string {
  return path.join(location.root, ...location.path.split('/').filter(Boolean));
}

/** The location of an OS path in the workspace folder `root`; undefined when the file lies outside it. */
export function locationOf(root: string, file: string): WorkspaceLocation | undefined {
  const relative = path.relative(root, path.resolve(root, file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return { root, path: relative.split(path.sep).filter(Boolean).join('/') };
}

const missing = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

export const nodeFiles: WorkspaceFiles = {
  async readFile(location) {
    try {
      return new TextDecoder('utf-8', { fatal: false }).decode(await fs.promises.readFile(osPath(location)));
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
  async readDirectory(location) {
    try {
      const entries = await fs.promises.readdir(osPath(location), { withFileTypes: true });
      return entries.filter(e => e.isFile() || e.isDirectory()).map(e => [e.name, (e.isDirectory() ? 'directory' : 'file') as FileKind] as const);
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
  async stat(location) {
    try {
      const stat = await fs.promises.stat(osPath(location));
      return { kind: stat.isDirectory() ? 'directory' : 'file', size: stat.isDirectory() ? 0 : stat.size };
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
};

export interface SettingsFile {
  /** <root>/.vscode/settings.json */
  readonly file: string;
  /** The learningLeader.* values it holds (the same for every note: the CLI has one workspace folder). */
  readonly raw: RawSettings;
  /** Why the file could not be read or parsed; the settings are then empty. */
  readonly error?: string;
}

export const NO_SETTINGS: RawSettings = { get: () => undefined };

/** The settings of folder `root`'s .vscode/settings.json, or none: how a worker thread reads the run's settings again. */
export function folderSettings(root: string | undefined): RawSettings {
  return root ? readSettingsFile(root).raw : NO_SETTINGS;
}

/** Reads <root>/.vscode/settings.json (JSON with comments and trailing commas, as VS Code writes it). */
export function readSettingsFile(root: string): SettingsFile {
  const file = path.join(root, '.vscode', 'settings.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (missing(e)) return { file, raw: NO_SETTINGS };
    return { file, raw: NO_SETTINGS, error: e instanceof Error ? e.message : String(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(stripJsonComments(text));
  } catch (e) {
    return { file, raw: NO_SETTINGS, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { file, raw: NO_SETTINGS, error: 'it should hold an object of settings' };
  const values = json as Record<string, unknown>;
  return { file, raw: { get: (_root, key) => values[`${SETTINGS_PREFIX}${key}`] } };
}

export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else {
      out += c;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/** What every CLI run starts from: the workspace folder, the files given, the settings file. */
export interface RunStart {
  /** The workspace folder (absolute). */
  readonly root: string;
  readonly files: string[];
  /** Unreadable inputs and a settings file that does not read, each naming its file. */
  readonly errors: string[];
  readonly notices: string[];
  /** The settings file, unless --no-settings. */
  readonly settingsFile: SettingsFile | undefined;
  /** A file's path as the person gave it (relative to the folder they run in). */
  shownPath(file: string): string;
}

export function startRun(options: { readonly inputs: readonly string[]; readonly cwd: string; readonly root?: string; readonly settings?: boolean }): RunStart {
  const { cwd } = options;
  const root = path.resolve(cwd, options.root ?? '.');
  const { files, errors } = expandInputs(options.inputs, cwd);
  const shownPath = (file: string) => path.relative(cwd, file) || file;
  const settingsFile = options.settings === false ? undefined : readSettingsFile(root);
  if (settingsFile?.error) errors.push(`${shownPath(settingsFile.file)}: ${settingsFile.error}; its settings are ignored.`);
  return { root, files, errors, notices: [], settingsFile, shownPath };
}
