// Word lists the rules share. Kept as plain sets: lookups are O(1) and nothing is compiled from user input.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Base-form verbs that open a directive addressed to the other person ("Send me the draft").
 * Broad on purpose: workplace directives use many verbs; the imperative rule adds structural checks.
 */
export const IMPERATIVE_VERBS = words(`
  accept add address adjust adopt agree align allocate apologize apply approach approve archive ask assign attach attend
  audit automate avoid back bake be book bring budget build bump call cancel capture catch change check choose circle
  clarify clean clear close coach collect come commit communicate compare compile complete confirm connect consider
  consolidate contact continue convert coordinate copy correct count cover create cut dial debug decide declare
  decline dedupe defer define delegate delete deliver demo deploy describe design document do double draft drive drop
  edit email escalate estimate evaluate expand explain export extend file fill finalize find finish fix flag focus
  follow force forward gather get give go grab ground groom handle hand help hire hit hold host implement improve
  include incorporate inform install interview introduce investigate invite involve join keep kick label land launch
  lead learn leave limit link list lock log look loop lower maintain make manage mark measure meet mention merge
  message migrate minimize monitor move name negotiate note notify nudge observe offer onboard open optimize order
  organize own pair park pass patch pause pay pick pin ping plan play polish post postpone practice prepare present
  prioritise prioritize probe proofread propose prototype provide publish pull push put quit raise reach read
  rebase recap reconsider record redo reduce refactor reformat rehearse reject release remind remove rename reorder
  repeat rephrase replace reply report request require reread research reserve reset resolve respond restart
  restructure retest rethink return review revise revisit rewrite rework rollback rotate run sanitize save scale
  schedule scope scrap screen send set settle ship shorten shut sign simplify sit sketch skip slow sort speak speed
  spend split sort spin stabilize stand start stay step stick stop streamline structure study submit summarize
  support swap switch sync tackle take talk target test tidy tighten track train transfer triage trim try turn
  unblock update upgrade use validate verify wait wake walk watch work wrap write
  roll revert retry rerun reassign unassign block chase clarify tell share show teach brief pitch pivot reprioritize
  dial escalate loop ramp hand reread recheck rerun restart resubmit retire ship sunset wind shadow mentor coach
  interview hire fire onboard offboard promote demote cover phone text slack dm cc bcc ping prep preview present
  benchmark profile instrument lint format squash cherry-pick tag branch fork clone configure provision spec scope
  outline brainstorm storyboard socialize circulate announce broadcast demo showcase explain justify defend own
  step speak stand sign state stress stretch trust try cc ignore neglect interrupt touch overcommit promise assume
  bypass disable enable hardcode blame criticize micromanage complain argue guess let
`);

/** Imperatives that are invitations to talk, not instructions ("Tell me about last week"). */
export const INVITATION_VERBS = words('tell walk talk help explain describe share say teach fill catch show give remind brief');

/** Words after an invitation verb that make it an invitation: "Walk me through", "Say more", "Share what ...". */
export const INVITATION_NEXT = words(`
  me us more what how why where when who which whatever anything something everything
`);

/** Imperatives of care, courtesy and encouragement: not telling. */
export const KIND_IMPERATIVES: readonly (readonly string[])[] = [
  ['feel'], ['enjoy'], ['rest'], ['relax'], ['congrats'], ['congratulations'], ['thank'], ['thanks'], ['welcome'],
  ['sleep'], ['imagine'], ['suppose'], ['picture'], ['pretend'], ['celebrate'],
  ['take', 'care'], ['take', 'your', 'time'], ['take', 'the', 'time'], ['take', 'time', 'off'], ['take', 'a', 'break'],
  ['take', 'a', 'breath'], ['take', 'it', 'easy'], ['take', 'the', 'day', 'off'], ['take', 'some', 'time'],
  ['take', 'a', 'day', 'off'], ['keep', 'up', 'the'], ['keep', 'it', 'up'], ['keep', 'going'], ['go', 'for', 'it'],
  ['have', 'a', 'great'], ['have', 'a', 'good'], ['have', 'a', 'nice'], ['have', 'fun'], ['be', 'proud'],
  ['be', 'kind', 'to', 'yourself'], ['be', 'gentle', 'with', 'yourself'], ['get', 'well'], ['get', 'some', 'rest'],
  ['let', 'me', 'know'], ['let', 'us', 'know'], ['ask', 'me'], ['ask', 'us'], ['reach', 'out', 'to', 'me'], ['ping', 'me'],
  ['come', 'to', 'me', 'anytime'], ['stop', 'by'], ['push', 'back', 'on', 'me'], ['push', 'back', 'when'],
  ['push', 'back', 'whenever'], ['challenge', 'me'], ['disagree', 'with', 'me'], ['call', 'me', 'out'],
  ['tell', 'me', 'when', 'i'], ['tell', 'me', 'if', 'i'], ['go', 'team'], ['consider', 'this', 'a'], ['consider', 'it', 'a'],
  ['consider', 'it', 'done'], ['give', 'it', 'some', 'thought'], ['give', 'it', 'a', 'think'], ['sleep', 'on', 'it'],
  ['think', 'it', 'over'], ['mull', 'it', 'over'],
];

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
`);

/** Determiners, pronouns, particles and adverbs that commonly follow an imperative verb. */
export const AFTER_VERB = words(`
  the a an your my our his her their its this that these those it them him her me us up out on in with to for
  more less all some any back down off over through ahead everything something anything every each no somebody
  someone everyone everybody together again now today tomorrow first next early sooner later asap harder faster
  accordingly yourself yourselves around across about into onto what how whether if sure
`);

/** Adverbs that may sit between "you" and a modal, or before an imperative ("You really need to", "Just ship it"). */
export const SOFTENERS = words('really just simply also still now probably definitely absolutely honestly seriously actually basically totally please kindly then so and but');

/** Time and discourse phrases that may open a directive before a comma ("Next time, come to me first"). */
export const MODALS = words("should must need needs will would could can might may shall ought have has had do does did");

/** Emotional or evaluative adjectives: "You must be tired", "You should be proud" are not directives. */
export const STATE_ADJECTIVES = words(`
  tired exhausted proud pleased happy relieved frustrated excited thrilled busy swamped feeling so very really
  sick worried disappointed thrilled glad delighted curious overwhelmed stressed upset annoyed gutted joking kidding
  aware familiar right wondering thinking
`);

/** Irregular past forms that open notes ("Ran the retro", "Told her ..."). Words ending in -ed are handled by shape. */
export const IRREGULAR_PAST = words(`
  ran told said went met took gave made had sent wrote spoke did saw thought felt left got kept brought began found
  caught bought built chose drove fell flew forgot grew heard held hid knew led lost meant paid rode rose sang sat
  sold shook shot slept stood stole struck swore swam taught threw understood woke wore won
`);

/**
 * Gerund of a base-form verb: "ship" -> "shipping", "write" -> "writing", "be" -> "being".
 * Approximate but right for the common verbs the suggestions use.
 */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'be' || v === 'see' || v === 'flee' || v === 'agree') return verb + 'ing';
  if (v.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (v.endsWith('ee') || v.endsWith('ye') || v.endsWith('oe')) return verb + 'ing';
  if (v.endsWith('e') && v.length > 2) return verb.slice(0, -1) + 'ing';
  if (DOUBLE_FINAL.has(v)) return verb + verb[verb.length - 1] + 'ing';
  return verb + 'ing';
}

/** One-syllable verbs (and a few stressed-final ones) whose last consonant doubles before -ing / -ed. */
const DOUBLE_FINAL = words(`
  ship stop plan drop run get put set cut sit spin swap skip pin chat grab jog log nod tag trim scrap step wrap
  hit let commit submit admit omit refer prefer begin forget regret permit equip occur dig dim rob rub scan sip
  slam slip snap spot strip tap tip top zip bet pat quit split flag plug drag shop chop prep map cap pad fit debug
  transfer control patrol
`);

/** Past tense of a base-form verb, for "What would happen if you shipped it?". */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_PAST_OF[v];
  if (irregular) return irregular;
  if (v.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(v)) return verb.slice(0, -1) + 'ied';
  if (DOUBLE_FINAL.has(v)) return verb + verb[verb.length - 1] + 'ed';
  return verb + 'ed';
}

const IRREGULAR_PAST_OF: Readonly<Record<string, string>> = {
  be: 'were', do: 'did', go: 'went', get: 'got', give: 'gave', take: 'took', make: 'made', send: 'sent',
  write: 'wrote', speak: 'spoke', tell: 'told', say: 'said', see: 'saw', think: 'thought', bring: 'brought',
  keep: 'kept', leave: 'left', find: 'found', meet: 'met', run: 'ran', come: 'came', put: 'put', set: 'set',
  cut: 'cut', read: 'read', let: 'let', hit: 'hit', quit: 'quit', build: 'built', spend: 'spent', hold: 'held',
  lead: 'led', choose: 'chose', begin: 'began', stand: 'stood', sit: 'sat', pay: 'paid', have: 'had',
  catch: 'caught', drive: 'drove', sell: 'sold', teach: 'taught', throw: 'threw', understand: 'understood',
  wake: 'woke', rewrite: 'rewrote', redo: 'redid', rethink: 'rethought', reread: 'reread', undo: 'undid',
  shut: 'shut', split: 'split', spin: 'spun', stick: 'stuck', feel: 'felt', learn: 'learned', lay: 'laid',
};
