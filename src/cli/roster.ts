import * as fs from 'fs';
import * as path from 'path';
import { isMode, type Mode } from '../core/modes';

const cache = new Map<string, Map<string, Mode>>();

/** The roster default mode of the person whose folder holds `file` (<notes>/<id>/note.md, people.json in <notes>). */
export function rosterModes(file: string): Mode | undefined {
  const personDir = path.dirname(file);
  const notesDir = path.dirname(personDir);
  const rosterFile = path.join(notesDir, 'people.json');
  let modes = cache.get(rosterFile);
  if (!modes) {
    modes = new Map();
    try {
      const json = JSON.parse(fs.readFileSync(rosterFile, 'utf8')) as unknown;
      const people = Array.isArray(json) ? json : (json as { people?: unknown })?.people;
      if (Array.isArray(people)) {
        for (const p of people as { id?: unknown; mode?: unknown }[]) {
          if (typeof p?.id === 'string' && isMode(p.mode)) modes.set(p.id, p.mode);
        }
      }
    } catch {
      // No roster, or one that does not parse: the extension reports roster problems; the CLI only lints notes.
    }
    cache.set(rosterFile, modes);
  }
  return modes.get(path.basename(personDir));
}
