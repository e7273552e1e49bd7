// Names the extension shares with package.json, VS Code and its own parts: written once here.

/** Command ids, as contributed in package.json. The manifest test checks both lists agree. */
export const Commands = {
  startOneOnOne: 'learningLeader.startOneOnOne',
  prepareOneOnOne: 'learningLeader.prepareOneOnOne',
  openLatestNote: 'learningLeader.openLatestNote',
  checkAllNotes: 'learningLeader.checkAllNotes',
  addPerson: 'learningLeader.addPerson',
  editPerson: 'learningLeader.editPerson',
  archivePerson: 'learningLeader.archivePerson',
  unarchivePerson: 'learningLeader.unarchivePerson',
  refreshPeople: 'learningLeader.refreshPeople',
  createSample: 'learningLeader.createSample',
  insertQuestion: 'learningLeader.insertQuestion',
  rephraseAll: 'learningLeader.rephraseAll',
  allowPhrase: 'learningLeader.allowPhrase',
  showRuleDocs: 'learningLeader.showRuleDocs',
} as const;

export const VIEW_PEOPLE = 'learningLeader.people';
export const CONFIG_SECTION = 'learningLeader';
/** The `source` of the linter's diagnostics (and the name of their collection). */
export const DIAGNOSTIC_SOURCE = 'learning-leader';
/** The collection of people.json problems, and their diagnostic code. */
export const ROSTER_DIAGNOSTICS = 'learning-leader.people';
export const ROSTER_DIAGNOSTIC_CODE = 'people-json';
/** Context key: true when the notes folder of some workspace folder has a people.json. */
export const CONTEXT_HAS_ROSTER = 'learningLeader.hasRoster';
/** The prep view's virtual documents. */
export const PREP_SCHEME = 'learning-leader-prep';
export const STATUS_BAR_ASK_TELL = 'learningLeader.askTell';
/** The rule documentation pages (`learning-leader-rules:/<rule-id>`) and the custom editor that renders them. */
export const RULE_DOCS_SCHEME = 'learning-leader-rules';
export const RULE_DOCS_VIEW_TYPE = 'learningLeader.ruleDocs';
/** The roster's file name in the notes folder (the core owns the format). */
export { ROSTER_FILE } from './core/roster';
