// A folder of small JSON files, one per person, in the extension's storage: what the open-items cache
// and the insights cache keep between sessions. Read all at once (a file that does not read or parse is
// left out), written a few at once (a file per person, so a change rewrites one).
import * as vscode from 'vscode';

/** Runs a file system call when a slot is free (see Semaphore). */
export type Run = <T>(task: () => Thenable<T>) => Promise<T>;

/** The parsed JSON of every `.json` file in `folder` (none when the folder does not exist), and the bytes read. */
export async function readJsonFolder(folder: vscode.Uri, run: Run): Promise<{ readonly values: unknown[]; readonly bytes: number }> {
  const values: unknown[] = [];
  let bytes = 0;
  let names: string[];
  try {
    names = (await run(() => vscode.workspace.fs.readDirectory(folder))).filter(([name]) => name.endsWith('.json')).map(([name]) => name);
  } catch {
    return { values, bytes }; // nothing kept yet
  }
  await Promise.all(names.map(async name => {
    try {
      const data = await run(() => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
      bytes += data.length;
      values.push(JSON.parse(new TextDecoder().decode(data)));
    } catch {
      // left out: what it held is read from the notes instead
    }
  }));
  return { values, bytes };
}

/** Writes `<key>.json` for each entry (undefined deletes it), creating the folder; returns the bytes written. Throws when the folder cannot be made. */
export async function writeJsonFolder(folder: vscode.Uri, files: ReadonlyMap<string, unknown>, run: Run): Promise<number> {
  let bytes = 0;
  await vscode.workspace.fs.createDirectory(folder);
  await Promise.all([...files].map(async ([key, value]) => {
    const uri = vscode.Uri.joinPath(folder, `${encodeURIComponent(key)}.json`);
    if (value === undefined) {
      await run(() => vscode.workspace.fs.delete(uri)).catch(() => undefined);
      return;
    }
    const data = new TextEncoder().encode(JSON.stringify(value));
    bytes += data.length;
    await run(() => vscode.workspace.fs.writeFile(uri, data));
  }));
  return bytes;
}
