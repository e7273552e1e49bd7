// A person's cadence and how they stand against it today: the tree, the pickers and Open Latest Note
// use this. Which notes are meetings, and which is the last before today, is core/meetings.ts's
// answer, the one the prep and the insights views give too.
import { meetingsOf, type Meetings } from '../core/meetings';
import type { PeopleServices } from './services';
import type { CheckedNote, PersonRef } from './store';

/** Days between 1:1s: the person's own cadence, else learningLeader.people.defaultCadenceDays of their folder. */
export function cadenceOf(people: PeopleServices, ref: PersonRef): number {
  return ref.person.cadenceDays ?? people.contexts.settingsFor(ref.folder.folder)['people.defaultCadenceDays'];
}

/**
 * The person's meetings now, their dated notes (newest first), and the files named with a date that
 * does not exist (skipped: core/meetings.ts); reads (or reuses) their listing and checks what it needs.
 */
export async function meetingsNow(people: PeopleServices, ref: PersonRef, all = false): Promise<{ meetings: Meetings<CheckedNote>; notes: CheckedNote[]; misdated: readonly string[] }> {
  const today = people.calendar.today();
  const [notes, misdated] = await Promise.all([people.store.checkedNotesOf(ref, today, all), people.store.misdatedOf(ref)]);
  return { meetings: meetingsOf(notes, { today, cadenceDays: cadenceOf(people, ref), isNote: n => !n.notANote }), notes, misdated };
}
