// Add, edit, archive and restore write people.json through the one write path (../writer.ts); this
// shows the tree the result and says how it went.
import type { Person, RosterChange } from '../../core/roster';
import type { FeatureServices } from '../services';
import type { FolderRoster } from '../store';
import { RosterWriteError } from '../writer';
import { say, showRosterProblem } from './messages';

/** Writes the change; resolves to the person as written, or undefined (after an error message) when it was refused. */
export async function writePersonChange(people: FeatureServices, folder: FolderRoster, change: RosterChange, message: ((p: Person) => string | Promise<string>) | undefined): Promise<Person | undefined> {
  try {
    const person = await people.writer.write(folder.folder, change);
    await people.store.reloadFolder(folder.folder);
    if (message) say(await message(person));
    return person;
  } catch (e) {
    if (e instanceof RosterWriteError) {
      showRosterProblem(await people.store.reloadFolder(folder.folder), e.message);
      return undefined;
    }
    throw e;
  }
}
