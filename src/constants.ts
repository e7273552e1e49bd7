// Names the extension shares with package.json, VS Code and its own parts: written once here.

/** A command id of this extension ("learningLeader." and its name): the prefix written once. */
function id<K extends string>(name: K): `learningLeader.${K}` {
  return `learningLeader.${name}`;
}

/** Command ids, as contributed in package.json. The manifest test checks both lists agree. */
export const Commands = {
  startOneOnOne: id('startOneOnOne'),
  prepareOneOnOne: id('prepareOneOnOne'),
  openLatestNote: id('openLatestNote'),
  checkAllNotes: id('checkAllNotes'),
  addPerson: id('addPerson'),
  nameNotesByDate: id('nameNotesByDate'),
  importNotes: id('importNotes'),
  editPerson: id('editPerson'),
  archivePerson: id('archivePerson'),
  unarchivePerson: id('unarchivePerson'),
  refreshPeople: id('refreshPeople'),
  createSample: id('createSample'),
  insertQuestion: id('insertQuestion'),
  rephraseAll: id('rephraseAll'),
  allowPhrase: id('allowPhrase'),
  refreshItems: id('refreshItems'),
  checkItem: id('checkItem'),
  itemsOnlyMine: id('items.onlyMine'),
  itemsOnlyMineOff: id('items.onlyMineOff'),
  itemsOnlyTheirs: id('items.onlyTheirs'),
  itemsOnlyTheirsOff: id('items.onlyTheirsOff'),
  itemsOnlyOverdue: id('items.onlyOverdue'),
  itemsOnlyOverdueOff: id('items.onlyOverdueOff'),
  itemsClearFilters: id('items.clearFilters'),
  prepareReview: id('prepareReview'),
  saveReviewAsNote: id('saveReviewAsNote'),
  copyAgenda: id('copyAgenda'),
  showInsights: id('showInsights'),
  refreshPrep: id('refreshPrep'),
  refreshInsights: id('refreshInsights'),
  showRuleDocs: id('showRuleDocs'),
};

export const VIEW_PEOPLE = 'learningLeader.people';
export const VIEW_OPEN_ITEMS = 'learningLeader.openItems';
/** The webview panels a window reload restores (activationEvents `onWebviewPanel:<type>`). */
export const PREP_VIEW_TYPE = 'learningLeader.prep';
export const INSIGHTS_VIEW_TYPE = 'learningLeader.insights';
/** Context keys `<this>.mine`, `.theirs`, `.overdue` and `.any`: the Open items view's filters. */
export const CONTEXT_ITEMS_FILTER = 'learningLeader.items.filter';
/** Context key: a review panel is open (Save Review as Note shows in the palette). */
export const CONTEXT_REVIEW_OPEN = 'learningLeader.reviewOpen';
export const CONFIG_SECTION = 'learningLeader';
/** The `source` of the linter's diagnostics (and the name of their collection). */
export const DIAGNOSTIC_SOURCE = 'learning-leader';
/** The collection of people.json problems, and their diagnostic code. */
export const ROSTER_DIAGNOSTICS = 'learning-leader.people';
export const ROSTER_DIAGNOSTIC_CODE = 'people-json';
/** The collection of notes' front matter problems (their codes are `front-matter-…`). */
export const FRONT_MATTER_DIAGNOSTICS = 'learning-leader.front-matter';
/** Context key: true when the notes folder of some workspace folder has a people.json. */
export const CONTEXT_HAS_ROSTER = 'learningLeader.hasRoster';
export const STATUS_BAR_ASK_TELL = 'learningLeader.askTell';
/** The rule documentation pages (`learning-leader-rules:/<rule-id>`) and the custom editor that renders them. */
export const RULE_DOCS_SCHEME = 'learning-leader-rules';
export const RULE_DOCS_VIEW_TYPE = 'learningLeader.ruleDocs';
/** The roster's file name in the notes folder (the core owns the format). */
export { ROSTER_FILE } from './core/roster';
