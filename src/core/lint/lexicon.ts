// Word lists the rules share. Kept as plain sets: lookups are O(1) and nothing is compiled from user input.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
/** A set of words written as one string ("tell walk talk"): shorter in the bundle than a list of strings. */
export const wordSet: (s: string) => ReadonlySet<string> = words;
/** Phrases written as one string, "|" between them ("take care|take your time"): each a list of its words. */
export const phrases = (s: string): readonly (readonly string[])[] => s.split('|').map(p => p.trim().split(/\s+/));

/** Imperatives that are invitations to talk, not instructions ("Tell me about last week"). */
export const INVITATION_VERBS = words('tell walk talk help explain describe share say teach fill catch show give remind brief');

/** Words after an invitation verb that make it an invitation: "Walk me through", "Say more", "Share what ...". */
export const INVITATION_NEXT = words(`
  me us more what how why where when who which whatever anything something everything
`);

/** Imperatives of care, courtesy and encouragement: not telling. */
export const KIND_IMPERATIVES: readonly (readonly string[])[] = phrases(`
  feel|enjoy|rest|relax|congrats|congratulations|thank|thanks|welcome|sleep|imagine|suppose|picture|
  pretend|celebrate|take care|take your time|take the time|take time off|take a break|take a breath|
  take it easy|take the day off|take some time|take a day off|keep up the|keep it up|keep going|
  go for it|have a great|have a good|have a nice|have fun|be proud|be kind to yourself|
  be gentle with yourself|get well|get some rest|let me know|let us know|ask me|ask us|reach out to me|
  ping me|come to me anytime|stop by|push back on me|push back when|push back whenever|challenge me|
  disagree with me|call me out|correct me|tell me when i|tell me if i|go team|consider this a|consider it a|
  consider it done|give it some thought|give it a think|sleep on it|think it over|mull it over|
  make of that|make of it|make of this
`);

/** After "share/tell/say your": what they think (an invitation), not an order ("Tell your team to ..."). */
export const INVITATION_YOUR = words(`
  thoughts thought view views take perspective opinion opinions side story concerns concern ideas idea feedback
  questions worries thinking reasoning experience sense read
`);

/** Verbs whose subject is usually dropped in notes to self ("Don't know yet", "Need to check"). */
export const NOTE_TO_SELF_AFTER_DONT = words(`
  know think remember have see understand recall believe feel like want need mind care expect agree recognize
  get_it
`);

/** Words that show a verb-looking first word is really a noun ("Review went well", "Plan looks good"). */
export const FINITE_VERBS = words(`
  is are was were am be been went goes looks looked seems seemed has had got gets ran runs came comes took takes
  needs needed went happened happens slipped landed shipped moved passed failed broke broke helped worked works
  look seem remain remains stay stays continue continues continued went will would should could can might may
  wants thinks says reckons feels believes knows prefers agrees expects hopes told said
  exists existed depends belongs applies appears
`);

/** Determiners, pronouns, particles and adverbs that commonly follow an imperative verb. */
export const AFTER_VERB = words(`
  the a an your my our his her their its this that these those it them him her me us up out on in with to for
  more less all some any back down off over through ahead everything something anything every each no somebody
  someone everyone everybody together again now today tomorrow first next early sooner later asap harder faster
  accordingly yourself yourselves around across about into onto what how whether if sure
  one two three four five six seven eight nine ten twelve few several both
`);

/** Emotional or evaluative adjectives: "You must be tired", "You should be proud" are not directives. */
export const STATE_ADJECTIVES = words(`
  tired exhausted proud pleased happy relieved frustrated excited thrilled busy swamped feeling so very really
  sick worried disappointed thrilled glad delighted curious overwhelmed stressed upset annoyed gutted joking kidding
  aware familiar right wondering thinking
`);

/** How a formal record names the person met: "The employee was advised to ...", "The officer was asked why ...". */
export const ROLE_SUBJECTS = wordSet('officer employee supervisee trainee apprentice constable jobholder mentee appraisee');

/** Words of address that stand for a name: "..., mate", "..., buddy". */
export const ADDRESS_TERMS = wordSet('mate buddy pal bro champ chief boet bru chommie');

/** Modals that ask a request with "you" after them: "can you ...", "could you ..." (analysis.ts, frame.ts). */
export const REQUEST_MODALS = wordSet('can could would will');
