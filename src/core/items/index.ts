// Follow-through across meetings (issue 13), pure core: item chains across a person's notes, owners,
// due dates, carry-over with a limit, private parts, the shareable agenda, review prep. The VS Code
// views and commands and the CLI build on these.
export { buildItems, linkItems, PARSE_VERSION, parseItemNote, REVIEW_NOTE_TYPE, type Item, type ItemNote, type ItemPlace, type LinkOptions, type ParsedNote } from './chains';
export { ItemStore, type ItemPerson, type ItemStoreOptions } from './store';
export { ageInDays, daysOverdue, filterItems, isOld, isOverdue, lastSeenBy, OLD_ITEM_DAYS, preparedFor, type ItemFilter } from './query';
export { DEFAULT_OWNER, ownerOf, ownerReader, type Owner, type OwnerContext, type OwnerKind, type OwnerReader } from './owner';
export { dueDateOf, weekday, type DueDate } from './due';
export { carryOver, comparePlaces, DEFAULT_CARRY_LIMIT, leftBehindLine, type CarryResult } from './carry';
export { privateLines, privateParts, withoutPrivate, type PrivateParts, type PrivateRange } from './private';
export { agendaOf, sectionKind, summarizeKept, summarizeLeftOut, type Agenda, type AgendaKept, type AgendaLeftOut, type SectionKind } from './agenda';
export { buildReview, monthsBefore, reviewFileName, reviewNoteText, type NoteStats, type Review, type ReviewInput, type ReviewNote } from './review';
export { themesOf, type Theme, type ThemeNote, type ThemeOptions } from './themes';
export { isItemNoteFile, looksLikeTextNote, MAX_ITEM_NOTE_BYTES } from './text-note';
export { itemRecord, type ItemPlaceRecord, type ItemRecord } from './report';
