// What the people commands, tree and prep view share, built once in PeopleFeature.
import type { NoteContextService } from '../context/noteContexts';
import type { carryOver } from '../core/items/carry';
import type { ItemIndex } from '../items/itemIndex';
import type * as Folders from './folders';
import type { personTooltip } from './personTooltip';
import type { Calendar } from './clock';
import type { PeopleStore } from './store';
import type { RosterWriter, RosterWriteStats } from './writer';

export interface PeopleServices {
  readonly store: PeopleStore;
  readonly calendar: Calendar;
  readonly contexts: NoteContextService;
  /** people.json writes so far (the writer is the features chunk's: FeatureServices). */
  readonly writeStats: RosterWriteStats;
  /**
   * Everyone's action items and the carry-over, from the follow-through and insights chunk (loaded on
   * the first call, src/featuresLoader.ts): Start 1:1 carries from them.
   */
  readonly followThrough: () => Promise<FollowThrough>;
}

export interface FollowThrough {
  /** Everyone's action items (read lazily): the Open items view shows it, Start 1:1 carries from it. */
  readonly items: ItemIndex;
  readonly carryOver: typeof carryOver;
  /** Folders with no person: their rows in the People view and where a person's notes went (./folders.ts). */
  readonly folders: typeof Folders;
  /** A person's row's tooltip, made when it is hovered (./personTooltip.ts). */
  readonly personTooltip: typeof personTooltip;
}

/** The people services as the features chunk (src/features.ts) has them: with the item index it builds. */
export interface FeatureServices extends PeopleServices {
  readonly items: ItemIndex;
  /** The one way people.json is written (Add, Edit, Archive Person, Import Notes): built with the chunk, so the activation bundle does without it. */
  readonly writer: RosterWriter;
}
