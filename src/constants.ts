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
} as const;

export const VIEW_PEOPLE = 'learningLeader.people';
export const CONFIG_SECTION = 'learningLeader';
export const DIAGNOSTIC_SOURCE = 'learning-leader';
/** Context key: true when the notes folder of some workspace folder has a people.json. */
export const CONTEXT_HAS_ROSTER = 'learningLeader.hasRoster';
