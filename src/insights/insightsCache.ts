// The per-note coaching numbers of the last session, kept in the extension's storage for this
// workspace, so Show Coaching Insights and the prep paint at once on the next start and then read only
// the notes whose mtime or size changed (NoteInsights). A small JSON file per person (a change rewrites
// one), in the format of core/insights/persist.ts. It lives in VS Code's storage for this workspace on
// this machine (on the remote side over Remote) and is never sent anywhere. A file of another build,
// format or notes folder, or one that does not read, is ignored (the notes are read instead) and replaced.
import * as vscode from 'vscode';
import { decodePerson, encodePerson, type PersistedNote } from '../core/insights/persist';
import { folderKey } from '../items/itemCache';
import { BUILD } from '../core/build';
import { readJsonFolder, writeJsonFolder, type Run } from '../util/jsonFolder';


export interface PersistedPerson {
  readonly variant: string;
  readonly notes: readonly PersistedNote[];
}


export class InsightsCache {
  /** The last read's and write's timings and sizes (for the README's figures). */
  readonly stats = { readMs: 0, writeMs: 0, bytesRead: 0, bytesWritten: 0, filesWritten: 0 };

  constructor(private readonly root: vscode.Uri) {}

  private folderOf(notesUri: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, 'insights', folderKey(notesUri));
  }

  /** The kept people of a notes folder, by person id; empty when there is nothing usable. */
  async read(notesUri: string, run: Run): Promise<Map<string, PersistedPerson>> {
    const started = performance.now();
    const { values, bytes } = await readJsonFolder(this.folderOf(notesUri), run);
    const out = new Map<string, PersistedPerson>();
    for (const value of values) {
      const record = decodePerson(value, { build: BUILD, notesUri });
      if (record) out.set(record.key.personId, { variant: record.key.variant, notes: record.notes });
    }
    this.stats.readMs = performance.now() - started;
    this.stats.bytesRead = bytes;
    return out;
  }

  /** Writes the given people of a notes folder (undefined deletes a person's file). */
  async write(notesUri: string, people: ReadonlyMap<string, PersistedPerson | undefined>, run: Run): Promise<void> {
    const started = performance.now();
    const files = new Map<string, unknown>();
    for (const [personId, person] of people) files.set(personId, person && encodePerson({ build: BUILD, notesUri, personId, variant: person.variant }, person.notes));
    try {
      this.stats.bytesWritten = await writeJsonFolder(this.folderOf(notesUri), files, run);
    } catch (e) {
      console.error('[learning-leader] insights cache not written:', e);
    } finally {
      this.stats.writeMs = performance.now() - started;
      this.stats.filesWritten = people.size;
    }
  }
}
