// A person's cadence and how they stand against it today: the tree, the pickers and the prep view use this.
import { cadenceStatus, type CadenceStatus } from '../core/cadence';
import type { NoteName } from '../core/notes';
import type { PeopleServices } from './services';
import type { PersonRef } from './store';

/** Days between 1:1s: the person's own cadence, else learningLeader.people.defaultCadenceDays of their folder. */
export function cadenceOf(people: PeopleServices, ref: PersonRef): number {
  return ref.person.cadenceDays ?? people.contexts.settingsFor(ref.folder.folder)['people.defaultCadenceDays'];
}

/** The person's status now; reads (or reuses) their note listing. */
export async function statusOf(people: PeopleServices, ref: PersonRef): Promise<{ status: CadenceStatus; notes: NoteName[] }> {
  const notes = await people.store.notesOf(ref);
  return { status: cadenceStatus(notes[0]?.date, cadenceOf(people, ref), people.calendar.today()), notes };
}
