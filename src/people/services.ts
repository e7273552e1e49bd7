// What the people commands, tree and prep view share, built once in PeopleFeature.
import type { NoteContextService } from '../context/noteContexts';
import type { ItemIndex } from '../items/itemIndex';
import type { Calendar } from './clock';
import type { PeopleStore } from './store';
import type { RosterWriter } from './writer';

export interface PeopleServices {
  readonly store: PeopleStore;
  readonly calendar: Calendar;
  readonly contexts: NoteContextService;
  readonly writer: RosterWriter;
  /** Everyone's action items (read lazily): Start 1:1 carries from it, the Open items view shows it. */
  readonly items: ItemIndex;
}
