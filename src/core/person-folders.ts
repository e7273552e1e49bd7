// Which folders under the notes root belong to no one, and which of them likely holds a person's
// notes. A person's notes are in <notes>/<id>/; a folder renamed by hand (people/mateo-fernandez ->
// people/mateo) or copied in for someone not in people.json holds notes no view would show as anyone's.
// The People view lists such folders ("Folders with no person"), Open items marks their group, Open
// Latest Note and the CLI say where a person's notes went. Pure: no vscode, no Node.
import { editDistance } from './did-you-mean';

/** A folder directly under the notes root, with how many dated notes it holds. */
export interface NotesFolder {
  readonly name: string;
  readonly notes: number;
}

export interface PersonLike {
  readonly id: string;
  readonly name: string;
}

/**
 * The folders that belong to no one in people.json and hold at least one dated note (a folder of
 * attachments or templates is no one's notes), by name. A folder whose name is an id in another case
 * is that person's (a file system that ignores case reads it as theirs).
 */
export function foldersWithoutPerson(folders: readonly NotesFolder[], people: readonly PersonLike[]): NotesFolder[] {
  const ids = new Set(people.map(p => p.id.toLowerCase()));
  return folders.filter(f => f.notes > 0 && !ids.has(f.name.toLowerCase())).sort((a, b) => a.name.localeCompare(b.name));
}

/** A folder name or an id as words: lower case, Latin accents off, split at - _ . and spaces. */
function words(value: string): string[] {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[-_.\s]+/).filter(Boolean);
}

/**
 * How close a folder's name is to a person: 3 the same once case, accents and separators are put
 * aside ("Mateo_Fernandez", "mateo-fernández"); 2 its words are some of theirs or theirs some of its
 * ("mateo", "fernandez", "mateo-fernandez-garcia"), from their id or their name; 1 a slip of spelling
 * (at most one edit in four letters: "mateo-fernandes"); 0 not close.
 */
export function folderCloseness(folder: string, person: PersonLike): number {
  const f = words(folder);
  if (!f.length) return 0;
  let best = 0;
  for (const own of [words(person.id), words(person.name)]) {
    if (!own.length) continue;
    const a = f.join('-');
    const b = own.join('-');
    if (a === b) return 3;
    const within = (x: readonly string[], y: readonly string[]) => x.every(w => y.includes(w));
    if (within(f, own) || within(own, f)) best = Math.max(best, 2);
    else if (editDistance(a, b) <= Math.max(1, Math.floor(b.length / 4))) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The folder that likely holds the notes of a person whose own folder has none: among `candidates`
 * (the folders with no person, and folders named as their id in another case), the closest to them,
 * when it is not as close to someone else in `others` (the people without notes of their own either)
 * and no other candidate is as close. Undefined when none is, or it is not clear which.
 */
export function folderOfNotes(person: PersonLike, candidates: readonly NotesFolder[], others: readonly PersonLike[] = []): NotesFolder | undefined {
  let best: NotesFolder | undefined;
  let bestScore = 0;
  let tie = false;
  for (const folder of candidates) {
    if (folder.notes <= 0 || folder.name === person.id) continue;
    const score = folderCloseness(folder.name, person);
    if (!score) continue;
    if (score > bestScore) {
      best = folder;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (!best || tie) return undefined;
  const rival = others.some(o => o.id !== person.id && folderCloseness(best!.name, o) >= bestScore);
  return rival ? undefined : best;
}

/** The person a folder with no person likely belongs to (the reverse of folderOfNotes), among those without notes of their own. */
export function personOfFolder(folder: NotesFolder, noteless: readonly PersonLike[]): PersonLike | undefined {
  const matches = noteless.filter(p => folderOfNotes(p, [folder], noteless) === folder);
  return matches.length === 1 ? matches[0] : undefined;
}
