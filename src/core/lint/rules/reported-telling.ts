import { BAN_UNLESS, calledFirst, clauseStarts, imperativeAt, timeOpener, type RawFinding } from '../analysis';
import { isCapital, type Frame } from '../frame';
import { baseOf, isBaseVerb, verbLikelihood, verbReadings } from '../english';
import { FINITE_VERBS, ROLE_SUBJECTS, wordSet, STATE_ADJECTIVES } from '../lexicon';
import { asks, findDeadline, forbiddenAt, givesRole, later, nounPhrase, rewrites, topicOf, type Topic, NO_SUGGESTIONS } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence, Word } from '../sentences';
import { classesAt, WordClass } from '../wordclass';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { hasSpaced } from '../../text';
import { personWord } from '../parties';
import { AFRIKAANS_TOLD, BENGALI_LETTER, BENGALI_TOLD, BENGALI_YOU, ARABIC_LETTER, ARABIC_SCRIPT_TOLD, ARABIC_TOLD, ARABIC_YOU_MUST, CHINESE_OTHER_SPEAKER, CHINESE_TOLD, CHINESE_YOU, DEVANAGARI, HAN, HEBREW_LETTER, HEBREW_TOLD, HEBREW_YOU, HINDI_IMPERATIVE, HINDI_TOLD, HINDI_ULTIMATUM, JAPANESE_HEARSAY, JAPANESE_OTHER_SPEAKER, JAPANESE_REQUEST, JAPANESE_TOLD, KANA, OBLIGATION_OTHER_SCRIPT, PERSIAN_IMPERATIVE, PERSIAN_LETTER, PERSIAN_PLEASE, PERSIAN_TOLD, THAI_LETTER, THAI_NOT_MINE, THAI_REQUEST, THAI_TOLD, CYRILLIC_OR_GREEK, DUTCH_TOLD, FOREIGN_PLEASE, FRENCH_IMPERATIVE, FRENCH_NE_PAS, FRENCH_SAID, FRENCH_SETTLED, FRENCH_TOLD, FRENCH_TU_STOP, GERMAN_MUST, GERMAN_TOLD, GERMAN_TO_THEM, GREEK_TOLD, GREEK_YOU_MUST, HINDI_BAN, HINGLISH_TOLD, INDONESIAN_BAN, INDONESIAN_COMMAND, INDONESIAN_TOLD, ITALIAN_TOLD, ITALIAN_TOLD_TO_THEM, ITALIAN_WORDS, KOREAN_COMMAND, KOREAN_KIND, KOREAN_TOLD, NORWEGIAN_TOLD, PIDGIN_BAN, POLISH_IMPERATIVE, POLISH_LETTER, POLISH_ORDERED, POLISH_TOLD, POLISH_TOLD_TO_THEM, POLISH_YOU_MUST, PORTUGUESE_TOLD, PORTUGUESE_TO_THEM, PORTUGUESE_WORDS, ROMANCE_YOU_MUST, SPANISH_IMPERATIVE, SPANISH_NO_COMMAND, SPANISH_TOLD, SPANISH_TOLD_RULE, SPANISH_TU_IMPERATIVE, SWAHILI_TOLD, SWAHILI_YOU_MUST, SWEDISH_TOLD, SWEDISH_YOU_MUST, TAMIL_COMMAND, TAMIL_TOLD, TAMIL_YOU, TURKISH_TOLD, TURKISH_YOU_MUST, UKRAINIAN_TOLD, UKRAINIAN_YOU_MUST, VIETNAMESE_LETTER, VIETNAMESE_TOLD, VIETNAMESE_YOU, accentedOpening } from '../other-languages';

// Telling as managers record it: reported ("Told him to drop the side project", "Chris asked Aiko to
// send ...", "I insisted she take the on-call week", "Gave him a deadline"), planned ("Tell him he
// needs to own the handover", "Push her to finish the RFC", "get tom to write the postmortem"), and
// directives about the person met in the third person ("Sam must come prepared").


/** Past telling verbs that take "someone to do": told him to, asked her to, pushed them to. */
const PAST_TO = wordSet('told asked instructed ordered directed advised counseled counselled urged reminded pushed pressed encouraged warned got requested nudged challenged tasked pressured begged needed expected wanted forced convinced persuaded');
/** Past telling verbs that take a clause: told him (that) he should ..., insisted (that) she take ... */
const PAST_THAT = new Set(['told', 'shared', 'communicated', 'reminded', 'warned', 'nudged', 'insisted', 'suggested', 'advised', 'recommended', 'said', 'stressed', 'emphasized', 'emphasised', 'made clear', 'explained', 'informed', 'reiterated', 'restated', 'indicated']);
/** Verbs whose clause is a demand even without a modal: "insisted she take", "suggested he try". */
const SUBJUNCTIVE = wordSet('insisted suggested recommended demanded proposed asked requested');
/** Causatives: "made him redo the deck", "had her rewrite the summary". */
const PAST_CAUSE = wordSet('made had let');
/** Planned telling: "Tell him he needs to ...", "Push her to ...", "get tom to ...", "make him ...". */
const PLAN_TO = wordSet('tell ask push get remind encourage nudge steer press pressure urge instruct order direct advise warn challenge task force convince persuade');
/** Past forms that report an instruction when a person and "to" follow, in English learned elsewhere ("I said him to ..."). */
const SAID_TO = wordSet('said recommended suggested explained');
const PLAN_THAT = wordSet('say tell remind warn nudge insist stress emphasize emphasise explain');
const PLAN_CAUSE = new Set(['make', 'have']);
/** Modals that follow "tell him" with the subject dropped: "Tell him must close ...", "tell her cannot leave ...", "remind him need to ...". */
const DROPPED_SUBJECT_MODALS = wordSet("must mustn't cannot can't need needs has have should shouldn't");
/** A wish for what they do, planned: "(I) want / need / expect him to ...", "I'd like her to ...". */
const WISH_TO = wordSet('want need expect like');
/** Who wishes: the manager ("I want", "I'd like", "we need"). */
const WISHER = wordSet("i i'd we we'd");
/** A thing of theirs needed in a state: "needs the runbook up", "needs the deck ready by Friday". */
const NEED_DONE = /^needs?\s+(?:the|her|his|their|this|that|a|an|all|every)\s+(?:[\w'-]+\s+){0,3}?(?:done|ready|up|finished|sorted|signed\s+off|complete|completed|submitted|written|live|in\s+place|updated|fixed|merged)\b/;
const DEONTIC = /^(?:(?:really|just|also|definitely|absolutely|now|still)\s+)*(?:(?:he's|she's|they're)\s+(?:not\s+|never\s+)?to(?=\s+[a-z])|(?:he|she|they|you)'d\s+(?:better|best)\b|must|should|shall|need\s+to|needs\s+to|have\s+to|(?:would|will)\s+(?:need|have)\s+to|has\s+to|had\s+to|got\s+to|gotta|has\s+got\s+to|have\s+got\s+to|'s\s+got\s+to|ought\s+to|'d\s+(?:better|best)|had\s+(?:better|best)|is\s+(?:not\s+|never\s+)?to|are\s+(?:not\s+|never\s+)?to|was\s+(?:not\s+|never\s+)?to|can'?t|cannot|mustn'?t|shouldn'?t|is\s+expected\s+to|are\s+expected\s+to|(?:is|are)\s+due\s+(?:back\s+)?to\s+me|is\s+supposed\s+to|(?:might|may)\s+want\s+to)\b/;
const CANNOT = /(?:can'?t|cannot)$/;
/** Modals that make a third-person directive about the person met anywhere; "should" only where the manager plans what to say. */
const THIRD_STRONG = /^(?:(?:really|just|also|definitely|absolutely|now|still)\s+)*(?:must(?:\s+to(?=\s+[a-z]))?|is\s+to(?=\s+[a-z])|needs\s+to|need\s+to|has\s+to|have\s+to|has\s+got\s+to|'s\s+got\s+to|gotta|ought\s+to|mustn'?t)\s+(?:(?:really|just|also|definitely|absolutely|now|still|not)\s+)*([a-z][a-z'-]*)/;
const THIRD_SHOULD = /^(?:(?:really|just|also|definitely|absolutely|now|still)\s+)*(?:should|shouldn'?t)\s+(?:(?:really|just|also|definitely|absolutely|now|still|not)\s+)*([a-z][a-z'-]*)/;
const ADVERB = /ly$/;
/** After "should be": a place, a standing or a likely state, not something they are to do ("in the running", "on the shortlist", "up for promotion", "he should be competitive"). */
const POSITION = wordSet('able fine ok okay in on at among up eligible next part considered competitive ready available back free good strong successful promotable well there');
const SKIP_BEFORE = wordSet('also then just again finally basically already even once twice had have did really only firmly gently politely explicitly clearly eventually quickly immediately repeatedly strongly');
const CONJUNCTION = wordSet('and then so but also plus');
// ("em": "them" as spoken, and Vietnamese's word for a younger one addressed, "Told em to write questions in Slack".)
// ("am": Nigerian Pidgin's him or her, "I asked am to pair with Chinedu"; read only where an object stands.)
const OBJECT_PRONOUNS = wordSet('him her them em am');
/** What the manager will or will not do, as what they told: their own stand, not a rule for the person ("I will not move the deadline again"). */
function myStand(s: Sentence): boolean {
  const w = s.words[0]?.w;
  return w === "i'll" || w === "i'm" || w === "i'd" || (w === 'i' && STAND_AFTER_I.has(s.words[1]?.w ?? ''));
}
const STAND_AFTER_I = wordSet("will won't would wouldn't can't cannot am shall");
/** Between "told him" and "to": "told him straight out to drop it", "asked her again to ...". */
const BEFORE_TO = wordSet('straight out flat firmly clearly again explicitly plainly directly bluntly gently politely kindly once more also just simply specifically very severally repeatedly');
/** Telling as a gerund, after "by": "ended by telling him to ...", "closed by asking her to ...". */
const GERUND_TO = wordSet('telling asking reminding pushing urging encouraging advising nudging');
/** When it was told, between the person and "to": "last time", "yesterday", "on Friday". */
const WHEN_TOLD = wordSet('last yesterday earlier today this on before monday tuesday wednesday thursday friday saturday sunday tonight');
/** Short forms of a time after "next": "next wk", "next 1:1". */
const NEXT_SHORT = wordSet('wk wks mtg meeting visit shift game training session 1:1 1-1 catchup catch-up');
const TIME_AFTER = wordSet('time week month friday monday tuesday wednesday thursday saturday sunday morning afternoon evening night sprint round session');
/** "(made) that very clear to her", "(made) clear to Eleanor": the person told is the group. */
const MADE_CLEAR = /^(?:(?:it|that|this)\s+)?(?:(?:very|quite|really|abundantly|perfectly)\s+)?clear\s+to\s+([\p{L}'-]+)/u;
/** A rule told as someone else's: "..., per HR", "according to legal", "HR's rule", "company policy". */
const PASSED_ON_RULE = /\b(?:per|according\s+to|as\s+per)\s+(?:hr|legal|finance|payroll|policy|the\s+(?:policy|handbook|contract|regulator|law)|[a-z]+'s\s+(?:policy|rule|email))\b|\b(?:hr|legal|finance)(?:'s)?\s+(?:rule|policy|says|said)\b|\bcompany\s+policy\b|\bthe\s+(?:board|ceo|cfo|cto|execs?|exec\s+team|leadership(?:\s+team)?|client|customer|regulator|studio|network|sponsor|funder|auditors?|insurer|council|district|state|head\s+office|owners?|landlord)\s+(?:now\s+)?(?:wants|expects|needs|requires|has\s+asked\s+for|is\s+asking\s+for)\b/;
/** "talked to him that he needs to ...": "told him that", as English learned from Portuguese has it. */
const TALKED_THAT = /^(?:i\s+)?(?:also\s+|then\s+)?(?:talked|spoke)\s+(?:to|with)\s+(?:him|her|them)\s+that\s+(?:he|she|they)\s+(?:needs?\s+to|has\s+to|have\s+to|must|should|is\s+to|are\s+to)\b/;
/** Leave given, right after "told her": "that's fine under £30 going fwd", "it's ok to ...", "she can swap from now on" (not with a "but" or "only" that sets the rule). */
const LEAVE_GIVEN = /^\s+(?:that\s+)?(?:(?:that|it|this)(?:'s|\s+is|\s+was)\s+(?:fine|ok|okay|alright|all\s+right|allowed)|(?:she|he|they)\s+(?:can|may)\b(?!\s+not\b|\s+no\s+longer\b)|no\s+problem)\b(?![^.;]*\b(?:but|except|unless|only|as\s+long\s+as|provided)\b)/;
/** A rule the manager holds themself to as well, told as fairness, not as an order: "Told him that rule applies to me as well, no exceptions". */
const MINE_TOO = /\bappl(?:y|ies)\s+to\s+(?:me|us|myself)\s+(?:as\s+well|too|also)\b|\bappl(?:y|ies)\s+(?:to\s+)?(?:me|us)\s+(?:just\s+)?as\s+much\b/;
/** A key of the manager's telling or asking just before the words: "told: him to ...", "asked: her to ...". */
const TOLD_LABEL_BEFORE = /\b(?:told|asked|instructed|reminded|directed)\s*::?\s*$/i;
/** A second clause of what was made clear: "..., and that he must ...". */
const AND_THAT_THEY = /,?\s+and\s+that\s+((?:he|she|they)\b)/;
/** Work routed through the manager: "must come to me", "goes through me first", "signed off by me". */
const THROUGH_ME = /\b(?:to|through|by|past|via)\s+me\b/;
/** "(made) it clear (that)", "(made) it very clear": what follows is told, when it demands of them ("Made it clear she must finish the module"). */
const MADE_CLEAR_THAT = /^(?:it\s+)?(?:(?:very|quite|really|abundantly|perfectly|crystal)\s+)?clear\s+(?:that\s+)?/;
/** What is told as praise or thanks ("tell her: great catch on the invoices"). */
const PRAISE = /^(?:great|good|nice|well\s+done|thanks|thank|congrat|proud|brilliant|excellent|amazing|awesome|kudos|appreciate|we\s+appreciate|i\s+appreciate)/;
/** Reporting verbs whose "that" clause with the person as subject is telling when it demands: "advised that he should ...". */
const SAID_THAT = wordSet('said advised stressed warned emphasised emphasized explained reiterated restated indicated communicated shared');
/** Verbs that impose what their "that" clause says, whoever its subject. */
const IMPOSED = wordSet('insisted instructed demanded required directed ordered requested');
/** A rule set for what comes: "told him any pull-in goes through me from now on". */
/** From a day on: "from tonight", "from Monday", "starting tomorrow". */
const FROM_DAY = /\b(?:from|starting|as\s+of)\s+(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+week)\b/;
const FROM_NOW = /\b(?:from\s+now\s+on|going\s+(?:forward|fwd)|from\s+today|from\s+here\s+on|in\s+future|henceforth)\b/;
/** A rule's mark at the sentence's end: "told him logs get done at open, every day, no skipping", "..., no exceptions", "..., no freestyling it". */
const RULE_END = /(?:,|;|—|–|\s-)\s*(?:(?:and\s+)?no\s+(?:exceptions|excuses|skipping|[a-z]{3,}ing\s+(?:it|them|this|that|around|corners))|without\s+fail|non-?negotiable)\s*[.!)]*\s*$/;
/** A rule's mark inside the sentence: "told her plan output goes in the PR every time, no exceptions, I don't care ...", "tell him any restart needs a ticket, full stop", "tell him the trace files belong in the ticket, not on his disk". */
const RULE_MARK = /\bbelongs?\s+(?:in|on|under|with)\s+[^,;.]{1,40},\s*not\s+(?:in|on|under|with)\b|\b(?:comes?|goes?)\s+(?:to|through|past|by)\s+me\s+first\b|\b(?:brings?|takes?|sends?|runs?)\s+(?:[\w'-]+\s+){1,4}?(?:to|past|by)\s+me\s+first\b|\b(?:comes?|goes?)\s+(?:before|ahead\s+of)\s+(?:your|his|her|their)\s+own\b|\b(?:go|goes|get|gets|stay|stays)\s+(?:on|in|into|to|through|with)\s+(?:every|each|all|any)\s+[a-z]|(?:,|;|—|–|\s-)\s*(?:(?:and\s+)?no\s+(?:exceptions|excuses|ifs|discussion|debate|arguments?)|without\s+fail|non-?negotiable|full\s+stop|end\s+of\s+story|every\s+(?:single\s+)?(?:time|morning|day|shift|night|week)|(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not|not)\s+a\s+(?:request|suggestion|question|discussion))(?=\s*(?:[,.;:!)—–-]|[^a-z0-9]*$))|\bno\s+exceptions\b(?!\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:found|noted|raised|reported|identified|seen|logged|flagged|made|granted))|\bwithout\s+(?:any\s+)?exception\b|\bwhatever\s+(?:[\w'-]+\s+){0,3}(?:says|said|thinks|wants|asks)\b/;
/** A duty named as theirs: "Reminded him the SEL check first thing is his job, not the night team's". */
// (Not "is his call": a decision left to them.)
const THEIR_JOB = /\b(?:is|are)\s+(?:(?:his|her|their)\s+(?:job|responsibility)\b|(?:his|hers|theirs)\s+to\s+(?:fix|own|run|sort|solve|handle|deliver|chase|lead|manage)\b)/;
/** The time insisted on: "..., not after", "..., not later". */
const NOT_AFTER = /,\s*not\s+(?:after|later|afterwards)\b/;
/** What is not theirs to choose: "the sprint commitments are not optional", "the handoff isn't negotiable". */
/**
 * A decision put to them as settled: an ultimatum ("... before the pour or the pour doesn't happen"),
 * whatever else holds ("whether or not the fingering is finished", "whatever his travel plans"; not
 * "no matter what", said of a decision made for them as often as of one put to them), a charge from
 * now on ("he owns the near miss book now"). (Not "the audit is mandatory": news of a rule, as often.)
 */
const DECIDED = /\bor\s+(?:else\b|(?:the\s+|it\s+|we\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:doesn't|won't|does\s+not|will\s+not|isn't\s+going\s+to)\s+(?:happen|go\s+ahead|start|go|get\s+signed)\b)|\b(?:whether\s+or\s+not|regardless\s+of|whatever\s+(?:his|her|their)\s)|\b(?:he|she|they)\s+(?:owns|own|runs|leads|is\s+in\s+charge\s+of)\s[^,.;]{2,60}\bnow\b/;
const NOT_OPTIONAL = /(?:\b(?:is|are|was|were)(?:n't|\s+not|\s+never)|\b(?:it|that|this|they|these)(?:'s|'re)\s+(?:not|never))\s+(?:optional|negotiable|acceptable|ok|okay|up\s+for\s+(?:debate|discussion|negotiation))\b|,\s+not\s+(?:a\s+)?(?:nice[- ]to[- ]have|optional|a\s+suggestion|a\s+request)\b/;
/** A deadline after what was asked for: "asked for a proper draft by the 25th", "asked him for the numbers before Monday". */
const BY_WHEN = /\b(?:by|before)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|end\b|eod|eow|cob|tomorrow|tmrw?|tmw|tonight|next\b|this\b|noon|lunch)/;
/** What a demand for a commitment asks for: "asked for a date anyway", "asked him for an ETA". */
const COMMITMENT = /^\s*(?:a\s+|an\s+|the\s+)?(?:(?:firm|hard|real|proper|concrete|committed)\s+)?(?:date|deadline|eta|commitment|due\s+date|end\s+date)\b/;
/** Whether words j.. are a noun of three or four words and then its verb ("grapple tutorial completion went ..."), no clause between. */
function nounThenVerb(words: readonly Word[], j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < words.length; k++) {
    const w = words[k].w;
    if (FINITE_VERBS.has(w)) return k >= j + 3;
    if (SUBJECT_PRONOUNS.has(w) || NOUN_BREAKS.has(w)) return false;
  }
  return false;
}
const NOUN_BREAKS = wordSet('what who which that when where if whether to and but or with for');

/** Past an answer given first: "said no, I want him to ..." (the word after "no,"). */
function pastAnswer(s: Sentence, k: number): number {
  return k + 1 < s.words.length && /^(?:no|yes|ok|okay|sure|fine|nope|yep)$/.test(s.words[k].w) && breakBetween(s, k) ? k + 1 : k;
}
/** Past a time that opens the clause: "said that from next week he has to ...", "said that going forward she ...". */
function pastTime(s: Sentence, k: number): number {
  const j = s.words[k]?.w === 'that' ? k + 1 : k;
  const w = s.words[j]?.w;
  const n = s.words[j + 1]?.w;
  let skip = 0;
  if (w === 'from' && (n === 'next' || n === 'this') && s.words[j + 2]) skip = 3;
  else if (w === 'from' && n === 'now' && s.words[j + 2]?.w === 'on') skip = 3;
  else if ((w === 'going' || w === 'moving') && n === 'forward') skip = 2;
  else if (w === 'next' && (n === 'time' || n === 'week' || n === 'sprint')) skip = 2;
  // ("Said if the app's down he's to call 'em in": a condition, then who.)
  else if (w === 'if' || w === 'when' || w === 'whenever' || w === 'once' || w === 'unless') {
    let c = j + 1;
    while (c < j + 12 && s.words[c] && s.norm.charCodeAt(s.words[c].end - s.start) !== 44 && !SUBJECT_PRONOUNS.has(s.words[c + 1]?.w ?? '')) c++;
    if (s.words[c] && SUBJECT_PRONOUNS.has(s.words[c + 1]?.w ?? '') && !/^(?:he|she|they)$/.test(s.words[j + 1]?.w ?? '')) skip = c + 1 - j;
  }
  // ("I said for senior she should try and lead ...", "said for the promo case he needs to ...": what it is for, then who.)
  else if (w === 'for' && n && SUBJECT_PRONOUNS.has(s.words[j + 2]?.w ?? '')) skip = 2;
  else if (w === 'for' && (n === 'the' || n === 'a' || n === 'his' || n === 'her' || n === 'their') && SUBJECT_PRONOUNS.has(s.words[j + 3]?.w ?? '')) skip = 3;
  return skip ? j + skip : k;
}
/** Past how it was said: "did say fairly firmly: she should ..." (adverbs, then a colon). */
function pastManner(s: Sentence, k: number): number {
  let j = k;
  // ("I told her plain that she is never to ...": the manner, as it is said in speech.)
  while (j < k + 3 && j < s.words.length - 1 && ((s.words[j].w.endsWith('ly') && s.words[j].w.length > 3) || /^(?:quite|very|really|pretty|so|plain|straight|flat)$/.test(s.words[j].w))) j++;
  return j;
}
/**
 * The verb of an instruction after a comma from word k on: ", just <verb>" ("..., just book the
 * participants"), ", don't <verb>" ("..., dont just pick one and hope"); or -1.
 */
function justAfterComma(s: Sentence, k: number): number {
  const words = s.words;
  for (let j = Math.max(k, 1); j < words.length - 1; j++) {
    const w = words[j].w;
    if (w !== 'just' && w !== "don't" && w !== 'dont' && w !== 'never') continue;
    const v = w !== 'just' && words[j + 1].w === 'just' ? j + 2 : j + 1;
    if (words[v] && isBaseVerb(words[v].w) && !NOT_ACTIONS.has(words[v].w) && s.norm.slice(words[j - 1].end - s.start, words[j].start - s.start).includes(',')) return v;
  }
  return -1;
}

/** A rule with no exception: "no client-facing draft leaves the firm without review". */
const NO_WITHOUT = /\bno\s+(?:[\w-]+\s+){1,4}?(?:leaves|goes|gets|ships|is\s+sent|goes\s+out|is\s+released|is\s+filed|is\s+signed)\b[^.;]*\bwithout\b/;

/** A deadline stated: "the launch film cut is due friday", "due by EOD". */
const DUE_BY = /\b(?:is|are|'s)\s+due\s+(?:in\s+|by\s+|on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tonight|eod|eow|end|next|this|the|\d)/;

/** "(tell her) 8.05 at the latest, not 8.20": a hard limit. */
const LATEST = /\bat\s+the\s+latest\b|\bno\s+later\s+than\b/;

/** "(Tell her) the case needs external evidence, not just ...", "(tell him) his deck has to ...": what their work must do, told. */
function theirWorkNeeds(s: Sentence, k: number): boolean {
  const words = s.words;
  if (!words[k] || !/^(?:the|her|his|their|your)$/.test(words[k].w)) return false;
  for (let j = k + 1; j < Math.min(words.length - 1, k + 5); j++) {
    const w = words[j].w;
    if (w === 'needs' || w === 'must' || (w === 'has' && words[j + 1]?.w === 'to')) return j > k + 1 && isBaseVerb(words[j + 1].w === 'to' ? words[j + 2]?.w ?? '' : words[j + 1].w) || (w === 'needs' && !!words[j + 1] && !isBaseVerb(words[j + 1].w));
  }
  return false;
}

const STATEMENT_VERB = wordSet('is are was were has sits stays');
/** Whether the sentence names the person met, or has `you` (its language's "you", "tu"): put to them. */
function namesThem(s: Sentence, parties: Frame['parties'], you?: string): boolean {
  return s.words.some(x => x.w === you || personWord(parties, x.w));
}

/** A sanction until they have done something: "(the escalations) stop until he's worked through the checklist". */
const UNTIL_THEY = /\b(?:stop|stops|pause|pauses|wait|waits|stay|stays|continue|continues)\s+until\s+(?:he|she|they)(?:'s|'ve|\s+has|\s+have)\b/;

/** What opens a standing rule's subject: "any near miss", "every PR", "all returns". */
const ANY_CASE = wordSet('any every all each anything');
/** A rule's verb in the present within three words of k: "(any near miss) goes (on the system)". */
const RULE_VERBS = wordSet('goes go gets get comes come needs need has have must stays stay is are');
function ruleVerbWithin(s: Sentence, k: number): boolean {
  // ("told MK that all three areas are now met": a set counted or pointed at, "all three", "all the", and where it stands now; news, no rule.)
  if (s.words[k - 1]?.w === 'all' && COUNTED.has(s.words[k]?.w ?? '')) return false;
  for (let j = k; j < k + 4 && j < s.words.length; j++) if (RULE_VERBS.has(s.words[j].w)) return j > k && !((s.words[j].w === 'is' || s.words[j].w === 'are') && STATE_NOW.has(s.words[j + 1]?.w ?? ''));
  // ("told Mr Asante that any disagreement with a purser's instruction must be raised after landing": a longer subject, then a duty.)
  for (let j = k + 4; j < k + 9 && j < s.words.length; j++) if (s.words[j].w === 'must' || s.words[j].w === 'shall') return true;
  return false;
}

/** After "all", a set counted or pointed at ("all three", "all the", "all of"): particular things, not a standing rule's "all". */
const COUNTED = wordSet('two three four five six seven eight nine ten both the these those of my our his her their its your');
/** After "is"/"are", a state as it stands: "are now met", "is already done". */
const STATE_NOW = wordSet('now already still finally');

/** What a rule laid down is called: "reiterated the expectation that ...". */
const EXPECTATION = wordSet('expectation expectations requirement rule standard policy');

/** Past "to her", "to Ana" after "said" at k ("Said to her she must escalate sooner"): who it was said to, passed over. */
function pastAddressee(s: Sentence, k: number, parties: Frame['parties']): number {
  return s.words[k]?.w === 'to' && isPerson(s.words[k + 1], parties) ? pastName(s, k + 1, parties) + 1 : k;
}

/** "I was telling him that he should ...", "I was asking her to ...": the progressive, read as the past form. */
const WAS_TELLING = new Map([['telling', 'told'], ['asking', 'asked'], ['reminding', 'reminded'], ['warning', 'warned'], ['pushing', 'pushed']]);
/** "I did tell her that ...", "did ask him to ...": the emphatic past, read as the past form. */
const DID_PAST = new Map([['tell', 'told'], ['ask', 'asked'], ['say', 'said'], ['remind', 'reminded'], ['warn', 'warned'], ['push', 'pushed'], ['insist', 'insisted'], ['suggest', 'suggested'], ['make', 'made'], ['stress', 'stressed']]);
/** A recap in the present, the manager named as its subject: "Jack asks Louie to ...", "Jack suggests asking Ben ...", read as the past. */
const RECAP_PRESENT = new Map([['tells', 'told'], ['asks', 'asked'], ['reminds', 'reminded'], ['warns', 'warned'], ['pushes', 'pushed'], ['insists', 'insisted'], ['suggests', 'suggested'], ['stresses', 'stressed'], ['instructs', 'instructed'], ['advises', 'advised'], ['urges', 'urged'], ['encourages', 'encouraged'], ['recommends', 'recommended'], ['expects', 'expected'], ['wants', 'wanted']]);
/** Toward what they are steered: "Nudge her toward the reliability initiative", "pushed him towards the lead role". */
const TOWARD = wordSet('toward towards into');
/** Reporting verbs that take no person as their object ("said YD should ...", "stressed she must ..."). */
const NO_PERSON_OBJECT = wordSet('said stressed emphasized emphasised explained insisted reiterated restated communicated shared');
/** Words of a time between "asked you" and "to": "I asked you last week to ...", "I asked you twice to ...". */
const TIME_BETWEEN = wordSet('last this week month sprint time yesterday twice again already before on monday tuesday wednesday thursday friday earlier once explicitly specifically');
/** Where something was said, between "told you" and "to": "in standup", "at the retro", "during the 1:1". */
const OCCASION_BEFORE = wordSet('in at during after back');
/**
 * Whether what was told after a reporting label reads as a rule or a ban: it opens as one ("no more
 * dates on sales calls", "every change goes to Femke", "never ..."), or holds an obligation or a mark of
 * one ("has to", "from now on", "full stop"); not a statement of how things are ("backlog is a volume
 * thing, not her team's pace").
 */
function toldRule(s: Sentence): boolean {
  // ("Told him: \"great work on the launch\"", "Told her: you did great": praise, or what they did told back, no rule.)
  if (TOLD_PRAISE.test(s.norm)) return false;
  // ("told her to take Friday off once the story is filed": the report itself, read from its start.)
  if (RULE_OPENERS.has(s.words[0].w) || (PAST_TO.has(s.words[0].w) && s.words[2]?.w === 'to')) return true;
  // ("It's the silence.", "That's on me.": a copula in its contraction too, opening the sentence.)
  // ("Told him straight: GM wants to see him run a peak week without me.": someone and their verb, what they want or think, news
  // unless it is a rule below.)
  if (!/\b(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b|^(?:it|that|this|there|he|she)'s\b|^(?:they|we)'re\b/.test(s.norm) && !someoneActs(s)) return true;
  return DEONTIC_ANYWHERE.test(s.norm) || BAN_AFTER.test(s.norm) || FROM_NOW.test(s.norm) || RULE_MARK.test(s.norm) || NOT_OPTIONAL.test(s.norm) || DECIDED.test(s.norm);
}
/** Whether the sentence opens with someone and their verb in the third person or the past: "GM wants ...", "Dana thinks ...", "he said ...". */
function someoneActs(s: Sentence): boolean {
  const [a, b, c] = s.words;
  if (!a || !b || s.words.length < 3 || isBaseVerb(a.w) || EVERYONE.has(a.w)) return false;
  // ("Told her straight: the board will not fund a second rewrite year", "the board saw the discount report": a body named by its
  // noun, then its verb, what it did or will do: news.)
  if ((a.w === 'the' || a.w === 'our') && c && (c.w === 'will' || c.w === 'won\'t' || c.w === 'would' || c.w === 'has' || c.w === 'had' || verbReadings(c.w).some(r => r.form === 'past'))) return true;
  // (A verb read first as one, "wants", "thinks": not "CD keys NOT left in the drawer", a noun's plural.)
  const verbFirst = (r: { readonly base: string }) => { const l = verbLikelihood(r.base); return l === 'verb-only' || l === 'verb-first'; };
  return (b.w.length > 3 && b.w.endsWith('s') && !b.w.endsWith('ss') && verbReadings(b.w).some(r => r.form === 'third' && verbFirst(r))) || (b.w.endsWith('ed') && verbReadings(b.w).some(r => r.form === 'past' && verbFirst(r)));
}
const EVERYONE = wordSet('everyone everybody all each every any anyone anybody nobody no nothing none');
/** Praise or thanks, told ("great work on the launch", "I'm proud of you"), and what they did told back ("you did great", "you handled it well"). */
const TOLD_PRAISE = /^(?:great|good|nice|well\s+done|thanks|thank|congrat|brilliant|excellent|amazing|awesome|kudos)\b|\b(?:proud\s+of|well\s+done|(?:great|good|nice|excellent|solid)\s+(?:job|work|catch|call)|thank\s+you|thanks\s+for|appreciated?)\b|^(?:you|u)\s+(?:did|were|made|handled|nailed|got|went|took|gave|showed|kept|held|pulled|saved|led|ran|played|stepped)\b/;
/** A ban after the first clause: "reconciliations first, and no manual journals until they are reviewed". */
/** A plan's "tell her the docs ship Friday, no more slips": what is to stop, closing what is told. */
const NO_MORE_END = /,\s*no\s+more\s+[a-z]{3,}s\s*[.!]*\s*$/;
const BAN_AFTER = /[,;]\s*(?:and\s+|but\s+)?(?:no|never)\s+(?:more\s+)?[a-z]/;
/** A rule for whatever comes, said: "every microfermata goes on the sheet", "all near misses get logged the same shift". */
// (After when it starts: "me: from Monday every delivery gets logged before 9".)
const RULE_SAID = /^(?:[\p{L}'-]+,\s+)?(?:(?:basta|dai|allora|ok|okay|so|look|listen|and|right|again)[,!]?\s+)*(?:(?:from|starting|as\s+of)\s+(?:now|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+\w+|this\s+\w+)(?:\s+on)?,?\s+)?(?:every|each|all|any)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:goes|go|gets|get|stays|stay|needs|need)\s+(?:to\s+[a-z]|on|in|into|through|logged|written|signed|checked|reported)\b/u;
/** After "asked him", a question's word, not a request: "asked him why ...", "asked her how ...". */
const ASKED_WH = wordSet('why how what when where who whether if which');
/** A ban's first word: "nothing over 20 kg ...", "no more hotfixes ...", "never again ...". */
const BAN_FIRST = wordSet('no nothing never nobody none');
/** After "no", kindness or news, not a ban: "no worries", "no rush", "no change". */
const NOT_BANS = wordSet('worries worry problem problems rush pressure stress need idea change changes news update updates issue issues doubt way one');
const RULE_OPENERS = wordSet('no never every all any only nothing nobody none from each to not');
const DEONTIC_ANYWHERE = /\b(?:must|should|shall|need\s+to|needs\s+to|has\s+to|have\s+to|is\s+to|are\s+to|can't|cannot|mustn't|shouldn't|not\s+allowed|is\s+expected)\b/;

/** A view, not a rule, told after a reporting label: "the incident is not the problem", "not in 2026", "it was fine", "OT figures for Jan look fine, no action". */
const TOLD_VIEW = /^(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:itself\s+)?is\s+not\s+the\s+(?:problem|issue)|not\s+(?:in|this|next|yet|now|before)\b|(?:it|that|this)\s+(?:was|is)\s+(?:fine|ok|okay|good|great)\b|[^,;]{0,60}?\b(?:look|looks|looked|is|are|was|were|seems?|seemed)\s+(?:fine|ok|okay|good|great|solid|right|reasonable|on\s+track)\b|no\s+action\b)/;
/** A title before a name: "informed Ms Carvalho that ...". */
const TITLES = wordSet('mr ms mrs miss mx dr engr anh chị em the pc dc ds sgt sergeant cst constable officer insp inspector det detective cpl corporal pte lt capt nurse sister coach prof professor 1lt 2lt cpt maj ltc col ssg sfc msg 1sg cw2 cw3 cw4 wo1 wo2 spc pfc pvt lcpl');
const SUBJECT_PRONOUNS = wordSet("he she he's she's he'd she'd");
/** After a modal: states, guesses and growth, not actions ("she should be fine", "he needs to know", "he needs to learn to let things break"). */
/** Past wishes: what the manager wanted of them. */
const WISHED = wordSet('wanted needed wished');
/** What comes to someone rather than what they do: "make sure she gets the invite", "... has access", "... is ok". */
const NOT_DONE_BY_THEM = wordSet('get have be receive');
const NOT_ACTIONS = wordSet('know feel understand see hear like want wish hope think believe seem look sound remember realize realise matter mind happen exist belong learn grow trust recover rest heal experience thank');

function isPerson(w: Word | undefined, parties: Frame['parties']): boolean {
  return !!w && ((OBJECT_PRONOUNS.has(w.w) && !otherPronoun(w.w, parties)) || personWord(parties, w.w));
}

/** A pronoun of the other gender than the one the note uses for the person met (Parties.pronoun): someone else. */
function otherPronoun(w: string, parties: Frame['parties']): boolean {
  const p = parties.pronoun;
  if (!p) return false;
  return p === 'she' ? w === 'he' || w === 'him' || w === "he's" || w === "he'd" : w === 'she' || w === 'her' || w === "she's" || w === "she'd";
}

/** Verbs of a mandate that take the subjunctive: "advised that the chapter be cut", "insisted that it be signed off". */
const MANDATES = wordSet('advised recommended insisted requested demanded directed instructed ordered stipulated');
/** Words that end a mandated clause's subject: a finite verb or a modal before "be" makes it no subjunctive. */
const SUBJECT_ENDS = wordSet("is are was were has have had will would should must can could may might shall does do did isn't wasn't");

/**
 * The participle after a mandative subjunctive "be" in the clause from word k ("the literature review be
 * reduced": "reduced"), its subject one to six words with no finite verb; -1 when there is none.
 */
function mandatedBe(s: Sentence, k: number): number {
  for (let j = k + 1; j < Math.min(s.words.length - 1, k + 7); j++) {
    const w = s.words[j].w;
    if (SUBJECT_ENDS.has(w) || breakBetween(s, j - 1)) return -1;
    if (w !== 'be') continue;
    const next = s.words[j + 1].w;
    const participle = next.endsWith('ed') || next.endsWith('en') || verbReadings(next).some(r => r.form === 'participle');
    return participle && !NOT_ACTIONS.has(baseOf(next) ?? next) ? j + 1 : -1;
  }
  return -1;
}

/** "the Student", "the supervisee": a formal record's role noun for the person met (parties.ts), past its article: the noun's index. */
function pastArticle(s: Sentence, k: number, parties: Frame['parties']): number {
  const next = s.words[k + 1];
  return s.words[k]?.w === 'the' && next && next.w.length > 3 && parties.person.has(next.w) ? k + 1 : k;
}

/** The last word of the person's name that starts at word k ("Joaquín Ruiz"): k itself for a pronoun or a one-word name. */
/** Where the person met's initials written with dots ("O.P.", "A.R.") end, if they start at word k; else -1. */
function dottedInitials(s: Sentence, k: number, chunk: string, parties: Frame['parties']): number {
  const words = s.words;
  if (!parties.personInitials?.size || words[k]?.w.length !== 1 || words[k + 1]?.w.length !== 1 || chunk.charCodeAt(words[k].end) !== 46) return -1;
  const j = k + 1;
  const letters = words[k].w + words[j].w;
  if (words[j + 1]?.w.length === 1 && chunk.charCodeAt(words[j].end) === 46 && parties.personInitials.has(letters + words[j + 1].w)) return j + 1;
  return parties.personInitials.has(letters) ? j : -1;
}

function pastName(s: Sentence, k: number, parties: Frame['parties']): number {
  while (k + 1 < s.words.length && personWord(parties, s.words[k + 1].w) && !OBJECT_PRONOUNS.has(s.words[k].w)) k++;
  return k;
}

function isPersonSubject(w: Word | undefined, parties: Frame['parties']): boolean {
  return !!w && ((SUBJECT_PRONOUNS.has(w.w) && !otherPronoun(w.w, parties)) || personWord(parties, w.w));
}

/** Whether the word after the person at p starts what was told: no clause break before it and no subject of its own ("told him label ...", not "told him, label ..."). */
function breakOrVerb(s: Sentence, p: number): boolean {
  const words = s.words;
  const after = words[p + 1]?.w;
  if (!after || breakBetween(s, p) || SUBJECT_PRONOUNS.has(after)) return false;
  // "told him call volume is down", "told her team morale is OK": a subject and its verb, news.
  for (let k = p + 2; k < Math.min(words.length, p + 5); k++) if (FINITE.has(words[k].w)) return false;
  // ("Told him finance approved the runners last week": a subject and its verb in the past, news; "finance" is a verb too.)
  const then = words[p + 2]?.w;
  if (then && (then.endsWith('ed') || IRREGULAR_PAST.has(then)) && !isBaseVerb(then)) return false;
  // ("told him release train 10 Feb tak frozen hai": Hindi's copula closing the clause, a statement.)
  for (let k = p + 2; k < Math.min(words.length, p + 12); k++) {
    if (HINDI_COPULA.has(words[k].w) && (k + 1 === words.length || /^[\s]*[,;.—–-]/.test(s.norm.slice(words[k].end - s.start)))) return false;
  }
  // A word read first as a noun ("label") only after "him" or "them" ("told her team ...": her team).
  const likely = verbLikelihood(after);
  return likely === 'verb-only' || likely === 'verb-first' || (likely === 'noun-first' && words[p].w !== 'her' && OBJECT_PRONOUNS.has(words[p].w));
}
const HINDI_COPULA = wordSet('hai hain tha thi the hoga hogi');
const FINITE = wordSet("is are was were has have had will would isn't wasn't aren't does did doesn't didn't can could goes went meets starts ends opens closes runs comes lands ships moves");

/** Whether the clause break sits between words k and k+1 (";", ":", "—", a line break). */
function breakBetween(s: Sentence, k: number): boolean {
  // (Past the last word: the sentence's end, a break.)
  if (k < 0 || k + 1 >= s.words.length) return true;
  const a = s.words[k].end - s.start;
  const b = s.words[k + 1].start - s.start;
  const gap = s.norm.slice(a, b);
  // A line's end breaks one thought from the next ("... he'd like a stats person / asked him to join ..."),
  // but not a subject from its verb when it is all its sentence has on its line ("Her manager / apparently
  // told her to ...").
  // (An arrow after a topic, "Harbor memory → told her to cut the rock set": a break as a dash is.)
  return /[;:,—–(→⇒➜➡]|\s-\s|\s\/\s|\s[-=]>\s/.test(gap) || (gap.includes('\n') && (k > 2 || !NOUN_OPENERS.has(s.words[0].w)));
}
const NOUN_OPENERS = wordSet('her his their the its our my');

// ("He looked at me like I'd asked him to shred data": "like" as "as if", what was not said.)
const HYPOTHETICAL = wordSet('if though unless like');

/** Words that open no name in apposition: "after standup, told him ..." is a time, then the dropped subject. */
const NOT_APPOSITION = wordSet('after before in on at during then later yesterday today also again so and but ok okay anyway finally first second monday tuesday wednesday thursday friday the a an this that of for with to from i me we it he she they');

/** Whether words k-1..k or k are a name set off by commas after a noun ("her tech lead, Sanjay, ..."), ending at k. */
function appositionEnds(s: Sentence, k: number): boolean {
  const gap = (j: number) => s.norm.slice(s.words[j].end - s.start, s.words[j + 1].start - s.start);
  if (k + 1 >= s.words.length || gap(k).trim() !== ',') return false;
  for (let j = k; j >= Math.max(1, k - 1); j--) {
    if (NOT_APPOSITION.has(s.words[j].w)) break;
    if (gap(j - 1).trim() === ',') return j >= 2 && !NOT_APPOSITION.has(s.words[j - 1].w);
  }
  // "Dana, his old tech lead, once told him ...": a name, then who they are (a possessive and up to three words), between commas.
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    if (!POSSESSIVES.has(s.words[j].w)) continue;
    return gap(j - 1).trim() === ',' && !NOT_APPOSITION.has(s.words[j - 1].w);
  }
  return false;
}
const POSSESSIVES = wordSet('his her their my our your');

/** Whether the verb at word `v` has the manager as its subject: dropped, "I", their name, or after "and" in their sentence. */
/** A request that ends with whom it is for, the manager: "... make a phone call for me". */
const FAVOUR = /\bfor\s+(?:me|us)\s*[.!]*\s*$/;
/**
 * Whether the sentence opens with someone named other than the two of the 1:1 ("Risk (Dana)", "Mentor (Sarah P.)", "Dana"), then
 * within a few words a verb in the past, before word `k`: that one is the subject of what follows a comma.
 */
function namedActorFirst(s: Sentence, k: number, chunk: string, parties: Frame['parties']): boolean {
  const first = s.words[0];
  if (!first || k < 2 || !isCapital(chunk.charCodeAt(first.start)) || first.w === 'i' || parties.person.has(first.w) || parties.manager.has(first.w) || DISCOURSE_FIRST.has(first.w)) return false;
  for (let j = 1; j <= Math.min(k, 4); j++) {
    const w = s.words[j].w;
    if (w === 'i' || parties.manager.has(w)) return false;
    if (w.endsWith('ed') || verbReadings(w).some(r => r.form === 'past')) return !isBaseVerb(w) || w.endsWith('ed');
  }
  return false;
}
const DISCOURSE_FIRST = wordSet('he she they we you it this that there so then also and but yesterday today monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun later earlier after before this last next');
/** "lateness stops now", "this ends today": a stop put to something, from now. */
const STOPS_NOW = /\b(?:stops|ends)\s+(?:now|today|here|immediately|tonight)\b/;
const ADVICE_VERBS = wordSet('suggested recommended advised proposed urged encouraged');
/** The sentence before `start` (the line before, in a list) is someone else's advice to the writer: "Ty suggested ...", "He also gave me ...". */
const THEIR_ADVICE_BEFORE = /(?:(?:^|\n)[ \t>]*(?:[-*+]\s+|\d{1,2}[.)]\s+)?|[.!?]\s+)((?!I\b)\p{Lu}[\p{L}'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|then\s+)?(?:suggested|recommended|advised|proposed|gave\s+me|told\s+me|sent\s+me|pointed\s+me)\b[^.!?\n]*[.!?]?[ \t]*(?:\n[ \t>]*(?:[-*+]|\d{1,2}[.)])?[ \t]*)?$/u;
function theirAdviceBefore(chunk: string, start: number, parties: Frame['parties']): boolean {
  const m = THEIR_ADVICE_BEFORE.exec(chunk.slice(Math.max(0, start - 300), start));
  return !!m && !parties.manager.has(m[1].toLowerCase());
}

function managerSubject(s: Sentence, v: number, parties: Frame['parties'], chunk?: string): boolean {
  let k = v - 1;
  // ("You nearly told him to copy Rafael's template, and then you didn't": not told.)
  if (s.words[k]?.w === 'nearly' || s.words[k]?.w === 'almost') return false;
  // "10:36 asked him to ...", "1.3 I advised that ...": a time or an outline's number before the point.
  let n = 0;
  while (n < v && /^\d+$/.test(s.words[n].w)) n++;
  if (n === v) return true;
  while (k >= 0 && (SKIP_BEFORE.has(s.words[k].w) || (ADVERB.test(s.words[k].w) && s.words[k].w.length > 4)) && !breakBetween(s, k)) k--;
  // "her tech lead, Sanjay, told her to ...": a name in apposition is the subject, not a break before a dropped one.
  if (k >= 0 && appositionEnds(s, k)) return false;
  // ("Ty suggested working through the D3 book. He also gave me a link for a Flask tutorial." then "Suggested purchasing a
  // Spark book.": advice with its subject dropped right after someone else's advice goes on with that one's.)
  if (k < 0 && chunk !== undefined && v === n && ADVICE_VERBS.has(s.words[v].w) && theirAdviceBefore(chunk, s.start, parties)) return false;
  // ("Risk (Dana) already pinged him Fri, told him to flatten half by 10:30": after a comma, the verb goes on with the subject
  // the sentence opened with, someone named who acted in the past, not the manager.)
  if (k >= 0 && chunk !== undefined && breakBetween(s, k) && chunk.charCodeAt(s.words[k].end) === 44 && namedActorFirst(s, k, chunk, parties)) return false;
  if (k < 0 || breakBetween(s, k)) return true;
  const w = s.words[k].w;
  // "He looked at me as if I'd suggested he quit", "if I told her to stop, she would ...": what was not said.
  if ((w === 'i' || w === "i'd") && HYPOTHETICAL.has(s.words[k - 1]?.w ?? '')) return false;
  if (w === 'i' || w === "i've" || w === "i'd" || parties.manager.has(w)) return true;
  // "The undersigned advised Ms. Sen to ...": formal minutes and letters call their writer so.
  if (w === 'undersigned' && s.words[k - 1]?.w === 'the') return true;
  // ("You told him to stop covering Ines's pages": a note written to oneself as "you", its "you" the manager.)
  if (w === 'you' && parties.selfYou) return true;
  // "We asked Jordan to hand the cover back ...", "We reminded Tom that he must ...": the corporate "we" of a manager's
  // record, opening the sentence, with the person met as the one told.
  if (w === 'we' && k === n && (personWord(parties, s.words[v + 1]?.w ?? '') || s.words[v + 1]?.w === 'him' || s.words[v + 1]?.w === 'her')) return true;
  // "Laura Bennett told Ahmed Khan to ...": the manager's surname after their first name.
  if (k > 0 && parties.manager.has(s.words[k - 1].w) && !parties.person.has(w)) return true;
  // ("and then told him to send me the script before ...": a line opened by "and", its subject dropped as a note's is;
  // not "She called Ravi. And told him ...", where the sentence before has the subject.)
  if (k === n && (w === 'and' || w === 'so') && chunk !== undefined && /^[\s>*+\-\d.)]*$/.test(chunk.slice(chunk.lastIndexOf('\n', s.start - 1) + 1, s.start))) return true;
  if (CONJUNCTION.has(w)) {
    // "Then I went further than I should have and said ...": the subject of the verb before the
    // conjunction is this one's too.
    for (let j = k - 1; j >= 0; j--) {
      const x = s.words[j].w;
      if (x === 'i' || x === "i've" || x === "i'd" || parties.manager.has(x)) return true;
      // ("GL reminded DV that ... and told him to ...": DV is the object of "reminded", not a subject.)
      if (parties.person.has(x) && j > 0 && (PAST_TO.has(s.words[j - 1].w) || PAST_THAT.has(s.words[j - 1].w))) continue;
      // ("I said we would not close it without a repro, and told her to ...": "we" speaks inside what I said.)
      if (x === 'we' && j >= 2 && (s.words[j - 1].w === 'said' || s.words[j - 1].w === 'that') && (s.words[j - 2].w === 'i' || s.words[j - 2].w === 'said')) continue;
      if (SUBJECT_PRONOUNS.has(x) || x === 'they' || x === 'we' || x === 'you' || parties.person.has(x)) return false;
    }
    const first = s.words[0].w;
    // ("Gave her the go-ahead and said to book the hotel": a past with the subject dropped, the manager's.)
    return first === 'i' || parties.manager.has(first) || PAST_TO.has(first) || PAST_THAT.has(first) || /ed$/.test(first) || IRREGULAR_PAST.has(first);
  }
  return false;
}

/** Irregular pasts that open a note's line with the subject dropped ("Gave her the go-ahead and said to ..."). */
const IRREGULAR_PAST = wordSet('gave told said made had got set put sent took met went came saw spoke wrote brought thought felt left kept let ran did found heard paid held');

/** Telling named as a noun: "my advice", "gave him feedback". */
const TELL_NOUNS = wordSet('feedback advice suggestion recommendation ask request expectation instruction instructions message steer reminder warning heads');
/** "my (direct) feedback", "my ask": the manager's telling named as a noun (mayTell's look before the words). */
const MY_TELL_NOUN = new RegExp(`\\bmy (?:[a-z]+ )?(?:${[...TELL_NOUNS].join('|')})\\b`);
/** Nouns of telling whose clause is a demand without a modal: "my ask was that he write the runbook". */
const TELL_NOUNS_SUBJUNCTIVE = wordSet('suggestion recommendation ask request expectation instruction instructions');
/** Between "gave him" and the noun: "gave him some direct feedback". */
const NOUN_LEAD = wordSet('some clear direct honest blunt firm specific the a my explicit strong frank written verbal more');

/**
 * Telling the manager names as a noun, at word v: "My feedback that he could be more ambitious ...",
 * "My advice was that she should take the on-call lead", "My ask: he writes the runbook first", "Gave
 * him feedback that he needs to speak up earlier", "gave her instructions to page the secondary". The
 * index of the action they are to do, or -1. Not their feedback to the manager ("His feedback that I
 * should delegate more"), nor feedback about them with no demand ("My feedback that he did well").
 */
function toldAsNoun(s: Sentence, v: number, ctx: { chunk: string; frame: Frame }): number {
  const words = s.words;
  const parties = ctx.frame.parties;
  let k = v - 1;
  while (k >= 0 && NOUN_LEAD.has(words[k].w) && words[k].w !== 'my') k--;
  const mine = k >= 0 && words[k].w === 'my' && (k === 0 || breakBetween(s, k - 1) || CONJUNCTION.has(words[k - 1].w));
  const given = k >= 1 && isPerson(words[k], parties) && personHere(words[k], s, ctx)
    && (words[k - 1].w === 'gave' || words[k - 1].w === 'give') && managerSubject(s, k - 1, parties);
  if (!mine && !given) return -1;
  let j = v + 1;
  // ("gave her a heads up she needs to finish ACLS by 2/28": the noun in two words.)
  if (words[v].w === 'heads') {
    if (words[j]?.w !== 'up') return -1;
    j++;
  }
  // "gave her instructions to page the secondary".
  if (given && words[j]?.w === 'to' && words[j + 1] && isBaseVerb(words[j + 1].w)) return j + 1;
  if (words[j]?.w === 'was' || words[j]?.w === 'is') j++;
  if (words[j]?.w === 'that') j++;
  const subject = words[j];
  if (!isPersonSubject(subject, parties) || !personHere(subject, s, ctx)) return -1;
  const next = words[j + 1]?.w ?? '';
  // "he could be more ambitious", "she might pair with Lena": advice.
  if ((next === 'could' || next === 'might') && words[j + 2] && isBaseVerb(words[j + 2].w) && !NOT_ACTIONS.has(words[j + 2].w)) return j + 2;
  return demandClause(s, j, TELL_NOUNS_SUBJUNCTIVE.has(words[v].w), parties) ? actionAfter(s, j, parties) : -1;
}

/** What the manager wants of them: "I want a ...", "I expect more ...", "I'd like the ...". */
const EXPECTED_THING = wordSet('a an the his her their your more fewer less better regular weekly daily every clear clearer written');

/**
 * An expectation the manager states, from word k: "(that) I want a two-line update", "I expect more
 * ownership", "I'd like him to run the retro", "I need her to own the rota". The index of what is
 * expected (the verb they are to do, or the thing), or -1. Not the manager's own plans or needs ("I
 * want to help", "I need a break", "I need to think about it").
 */
function expectationAt(s: Sentence, k: number, parties: Frame['parties']): number {
  const words = s.words;
  if (words[k]?.w === 'that') k++;
  let j: number;
  const w = words[k]?.w;
  if (w === "i'd" && words[k + 1]?.w === 'like') j = k + 2;
  else if (w === 'i' && words[k + 1]?.w === 'would' && words[k + 2]?.w === 'like') j = k + 3;
  else if (w === 'i' && (words[k + 1]?.w === 'want' || words[k + 1]?.w === 'need' || words[k + 1]?.w === 'expect')) j = k + 2;
  else return -1;
  const x = words[j];
  if (!x) return -1;
  // "I need him to own the rota", "I'd like you to chair it".
  if ((isPerson(x, parties) || x.w === 'you') && words[j + 1]?.w === 'to' && words[j + 2] && isBaseVerb(words[j + 2].w)) return j + 2;
  // "I want a two-line update", "I expect more ownership": not "I need a break" (need: only of someone).
  // Not "I want the team to decide": someone else is to act.
  // ("I need a real date by Friday": a need of theirs, with its deadline.)
  if ((words[j - 1].w === 'need' && !BY_WHEN.test(s.norm.slice(x.start - s.start))) || !EXPECTED_THING.has(x.w) || !words[j + 1]) return -1;
  for (let n = j + 1; n < Math.min(words.length, j + 5); n++) if (words[n].w === 'to') return -1;
  return j;
}

/** Whether the words from `i` start a clause with a deontic modal ("he should just say no", "the tickets have to be current"). */
const GOT_TO_GIVE = /^(?:something|summat|somethin'?|sth)(?:'s|\s+has)\s+(?:got\s+)?(?:to|gotta)\s+give\b/;

function demandClause(s: Sentence, i: number, subjunctive: boolean, parties: Frame['parties']): boolean {
  let k = i;
  if (s.words[k]?.w === 'that') k++;
  // ("told him summat's got to give": the saying, that something must change, no demand of anyone.)
  if (s.words[k] && GOT_TO_GIVE.test(s.norm.slice(s.words[k].start - s.start))) return false;
  k = pastArticle(s, k, parties);
  // The clause's subject, and perhaps a condition first ("from now on, if a ticket runs late, she needs to ..."):
  // the modal comes before any other finite verb of the clause's own subject.
  let condition = false;
  for (let j = k; j < Math.min(s.words.length, k + 16); j++) {
    const w = s.words[j].w;
    // ("that next time something is going to slip by more than a week he has to tell me": a condition too.)
    if (w === 'if' || w === 'when' || w === 'whenever' || w === 'once' || w === 'unless' || (w === 'time' && s.words[j - 1]?.w === 'next')) condition = true;
    // ("told her appeals go through legal, not ops, so Hussain has to lead that one": what follows "so" is another clause.)
    if (!condition && j > k + 1 && (w === 'so' || w === 'because' || w === 'but') && s.norm.charCodeAt(s.words[j - 1].end - s.start) === 44) return false;
    const rest = s.norm.slice(s.words[j].start - s.start);
    // ("Said to Josh he needs the runbook up before his leave": a thing of theirs needed in a state, a demand.)
    if (j === k + 1 && (w === 'needs' || w === 'need') && isPersonSubject(s.words[k], parties) && NEED_DONE.test(rest)) return true;
    const modal = DEONTIC.exec(rest);
    // "doesn't have to go through Owen", "don't need to": permission, not a demand.
    if (modal && j > k && /^(?:doesn't|don't|didn't|dont|doesnt|not|never)$/.test(s.words[j - 1].w) && /^(?:have|has|need|needs)\b/.test(modal[0])) return false;
    if (modal) {
      // "she said I should have had an example ready": the manager's own duty, or a past that was not done, is no demand on them.
      if (j > k && /^(?:i|we|i'd|we'd)$/.test(s.words[j - 1].w)) return false;
      // ("Told her the SevenRooms trial starts 1 March, should sort most of it": after a comma with no subject of its own, the
      // thing before it is the subject, "should" its likelihood.)
      if (j > k + 1 && THING_FIRST.has(s.words[k].w) && s.norm.charCodeAt(s.words[j - 1].end - s.start) === 44) return false;
      if (/^(?:should|must|ought\s+to)\s+have\s+(?:had|been|done|gone|taken|made|said|told|known|seen|given|got|gotten|[a-z]+ed)\b/.test(rest.slice(0, modal[0].length + 30))) return false;
      // ("told him he should hear back within a fortnight": what will reach them, no act of theirs.)
      if (NOT_ACTIONS.has(/^\s*(?:not\s+)?([a-z']+)/.exec(rest.slice(modal[0].length))?.[1] ?? '')) return false;
      // ("tell him the panel moved to Friday, he should be fine": how things will likely be, no act of theirs.)
      if (/^should\s+be\s+(?:fine|ok|okay|alright|all\s+right|good|safe|sorted|able|back|there|ready\s+(?:by|in|soon))\b/.test(rest)) return false;
      // ("told her census should ease up once flu peaks": how a thing will likely go, no act of theirs.)
      if (/^should\s+(?:ease(?:\s+(?:up|off))?|improve|settle(?:\s+down)?|drop|clear(?:\s+up)?|calm\s+down|pick\s+up|get\s+better|quieten\s+down|quiet\s+down|resolve|recover|come\s+(?:back|down)|go\s+down|sort\s+itself)\b/.test(rest)) return false;
      // "told her the Android team can't take it before July": what someone else cannot do is news, not a
      // demand on her; "told him he can't ship on Fridays" forbids.
      if (CANNOT.test(modal[0]) && !isPersonSubject(s.words[k], parties) && s.words[k].w !== 'you') return false;
      // ("told her the library budget should be confirmed next week": what is likely to happen to a thing, news.)
      if (/^should\s+be\s+[a-z]+(?:ed|en)\b/.test(rest) && !isPersonSubject(s.words[k], parties) && s.words[k].w !== 'you') return false;
      return j > k || w === "'d" || /^(?:he|she|they)'(?:s|re)\s/.test(modal[0]) || /^(?:he|she|they|you)'d\s/.test(modal[0]);
    }
    if (j === k && subjunctive && isPersonSubject(s.words[j], parties)) {
      const next = s.words[j + 1]?.w ?? '';
      // "Suggested she might take the next disagreement to a call": advice, softened.
      if ((next === 'might' || next === 'could') && isBaseVerb(s.words[j + 2]?.w ?? '') && !NOT_ACTIONS.has(s.words[j + 2]?.w ?? '')) return true;
      // "insisted she take the on-call week", "insisted he takes comp-off", "asked that she copies me on ...".
      if (next === 'not' || isBaseVerb(next) || (next.endsWith('s') && (isBaseVerb(next.slice(0, -1)) || isBaseVerb(next.replace(/es$/, '')) || (next.endsWith('ies') && isBaseVerb(`${next.slice(0, -3)}y`))))) return true;
    }
    if (!condition && j > k && (/^(?:is|are|was|were|will|would|'ll|can|could|did|does|do|has|have|had)$/.test(w) || /^\w+'(?:s|re|ll|ve)$/.test(w))) return false;
    if (condition && j > k && s.norm.charCodeAt(s.words[j].end - s.start) === 44) condition = false;
  }
  return false;
}

/**
 * Whether the person word `w` is the person met. Under talking points in a note with someone met, "he"
 * or "she" is them unless the sentence names someone else first; with nobody met (a sentence alone, as
 * in the sentence sets, where "you" is the person) and after "Me:" (said to them as "you"), only their
 * name is. Elsewhere any person word is.
 */
function personHere(w: Word | undefined, s: Sentence, ctx: { chunk: string; frame: Frame }): boolean {
  if (!w) return false;
  const parties = ctx.frame.parties;
  // (After a label that names what is to be said, "bring up next time: she needs to ...", the same.)
  if ((ctx.frame.instructions === 'planned' || ctx.frame.tellingLabel) && parties.person.size && (OBJECT_PRONOUNS.has(w.w) || SUBJECT_PRONOUNS.has(w.w))) {
    // Talking points in a note with someone met and written about them ("He needs to be more proactive in
    // standups", "Tell him he needs to ..."): "he" or "she" is that person, unless the sentence names
    // someone else before it ("Priya: she needs the numbers").
    return !namesSomeoneElse(s, ctx.chunk, w, parties);
  }
  const said = ctx.frame.instructions === 'planned' || ctx.frame.instructions === 'spoken';
  // ("Directed him to meet with Dr. Brennan weekly" under "Feedback provided": the manager's record of it, its subject
  // dropped, as "I" narrating there is; "him" is the person met, as anywhere else.)
  if (said && ctx.frame.instructions === 'spoken' && OBJECT_PRONOUNS.has(w.w) && s.words[1] === w && (PAST_TO.has(s.words[0].w) || PAST_THAT.has(s.words[0].w))) return isPerson(w, parties);
  return said ? personWord(parties, w.w) : isPerson(w, parties) || isPersonSubject(w, parties);
}

/** Whether a capitalised word other than the first, not the person met's name, comes before `w` in the sentence. */
function namesSomeoneElse(s: Sentence, chunk: string, w: Word, parties: Frame['parties']): boolean {
  for (let k = 1; k < s.words.length && s.words[k].start < w.start; k++) {
    const x = s.words[k];
    const c = chunk.charCodeAt(x.start);
    if (c >= 65 && c <= 90 && x.w !== 'i' && !parties.person.has(x.w) && !parties.manager.has(x.w)) return true;
  }
  const first = s.words[0];
  // "Priya: she needs ...": a name as a label.
  return !!first && first !== w && chunk.charCodeAt(first.end) === 58 && !parties.person.has(first.w);
}

/** "I'll tell her ...", "I will push him to ...", "I'm going to tell her ...", "I need to tell him ...": the manager's plan at a clause's start, before the verb at v. */
function willSay(s: Sentence, v: number, chunk: string, manager?: ReadonlySet<string>): boolean {
  const words = s.words;
  let k = v - 1;
  if (k < 0) return false;
  // ("5.1 TL to tell JT that she must ...", "me to tell him ...": an action item's form, the manager its owner.)
  if (words[k].w === 'to' && k >= 1 && (words[k - 1].w === 'me' || manager?.has(words[k - 1].w)) && clauseStarts(s, chunk).includes(k - 1)) return true;
  if (words[k].w === "i'll" || words[k].w === "i'm") return clauseStarts(s, chunk).includes(k) || words[k].w === "i'll";
  // "Will tell him the cut-off has moved ...", "Going to push her to ...": the plan with its subject dropped.
  if (words[k].w === 'will' && clauseStarts(s, chunk).includes(k)) return true;
  if (words[k].w === 'to' && k >= 1 && words[k - 1].w === 'going' && clauseStarts(s, chunk).includes(k - 1)) return true;
  // "Still need to tell her to ...", "Still planning to tell her she needs to ...": the plan, its subject dropped.
  // ("Planned to tell him he has to stop ...": the plan, in the past.)
  if (words[k].w === 'to' && k >= 1 && /^(?:need|needs|planning|plan|planned|intend|intended|meant|want|going|got)$/.test(words[k - 1].w)) {
    let j = k - 2;
    while (j >= 0 && /^(?:still|really|also|just|definitely)$/.test(words[j].w)) j--;
    if (j < 0 || clauseStarts(s, chunk).includes(j + 1)) return true;
  }
  // ("gotta get him to write tests for the save system before 0.8": "got to" in one word, as "hafta", "needa", "gonna".)
  if (/^(?:gotta|hafta|needa|gonna|wanna)$/.test(words[k].w)) {
    let j = k - 1;
    while (j >= 0 && /^(?:still|really|also|just|definitely|i)$/.test(words[j].w)) j--;
    if (j < 0 || clauseStarts(s, chunk).includes(j + 1)) return true;
  }
  // ("I'd gently suggest she rewrites the standbys tonight": the manager's softened plan, how it is to be put between.)
  const soft = k > 0 && words[k].w.length > 4 && words[k].w.endsWith('ly') ? k - 1 : k;
  if (words[soft].w === "i'd" || (words[soft].w === 'would' && words[soft - 1]?.w === 'i')) return clauseStarts(s, chunk).includes(words[soft].w === "i'd" ? soft : soft - 1);
  // ("Thursday I'm gonna tell him he needs to ...": "going to", spoken.)
  if (words[k].w === 'will' || words[k].w === 'must' || words[k].w === 'gonna') k--;
  // ("Next time I ought to tell him he must book ...": "ought to" as "need to".)
  // ("Before April I mean to tell her to stop ...", "I plan to tell him ...": the plan in the first person.)
  else if (words[k].w === 'to' && k >= 2 && /^(?:going|need|have|want|got|ought|mean|plan|intend)$/.test(words[k - 1].w)) k -= 2;
  else return false;
  while (k >= 0 && (words[k].w === "i'm" || words[k].w === 'am' || words[k].w === 'really' || words[k].w === 'also')) {
    if (words[k].w === "i'm") return true;
    k--;
  }
  // ("Before the defrost on 9 February I must tell her she needs to ...": after a phrase of when, the clause's own start.)
  return k >= 0 && words[k].w === 'i' && (clauseStarts(s, chunk).includes(k) || (k > 0 && k <= 7 && WHEN_FIRST.has(words[0].w) && !words.slice(1, k).some(w => w.w === 'i' || w.w === 'he' || w.w === 'she' || w.w === 'they')));
}
/** A phrase of when opening a sentence: "Before the defrost on 9 February I must tell her ...". */
const WHEN_FIRST = wordSet('before after by on at next tomorrow tonight first once');

/** "Said it'd be great if she could take on the window changeovers": a wish put to them, reported. */
const WOULD_BE_GREAT = /^(?:that\s+)?(?:it'd|it\s+would|it\s+will|it\s+might|it\s+may)\s+be\s+(?:really\s+|so\s+)?(?:great|good|helpful|nice|ideal|useful|better)\s+if\s+(?:he|she|they)\s+(?:(?:could|would|can)\s+([a-z]+)|([a-z]+ed|rang|took|sent|went|got|made|gave|told|asked|spoke|wrote|brought|kept|let|put|set))\b/;

type Kind = 'reported' | 'planned';

function found(kind: Kind, s: Sentence, ctx: { chunk: string }, start: number, end: number, action: number, person = -1): RawFinding {
  return {
    ruleId: rule.id, start, end, message: kind === 'reported' ? REPORTED : PLANNED, planned: kind === 'planned',
    suggest: kind === 'reported' ? (LEARNING_LEADER_REWRITES ? later(suggestNextTime, s, ctx.chunk, action) : NO_SUGGESTIONS) : (LEARNING_LEADER_REWRITES ? later(suggestAsk, s, ctx.chunk, action, person) : NO_SUGGESTIONS),
  };
}

const REPORTED = 'Reported telling: you told them what to do. Next time, ask what they would do.';
const PLANNED = 'Planned telling: you mean to tell them what to do. Ask what they would do instead.';

/** The person as the note names them at word `at` ("him", "Tom"), for "Ask him: ...". */
function who(s: Sentence, chunk: string, at: number): string {
  const w = s.words[at];
  if (!w) return 'them';
  if (SUBJECT_PRONOUNS.has(w.w)) return w.w.startsWith('he') ? 'him' : 'her';
  return OBJECT_PRONOUNS.has(w.w) ? w.w : chunk.slice(w.start, w.end);
}

function suggestAsk(mode: Mode, s: Sentence, chunk: string, action: number, at: number): readonly Suggestion[] {
  const person = who(s, chunk, at >= 0 ? at : personIndex(s, action));
  const forbidden = forbiddenAt(s, action);
  const t = topicOf(s, chunk, forbidden >= 0 ? forbidden : action);
  const qs = forbidden >= 0 ? asks('tradeoffs', t, mode)
    : [...(givesRole(s.words[action]?.w ?? '', s.words[action + 1]?.w) ? asks('role', t, mode) : []), ...asks('approach', t, mode)];
  return rewrites(s, ...qs
    .slice(0, 2).map(q => `Ask ${person}: ${q.charAt(0).toLowerCase()}${q.slice(1)}`));
}

/** Reported telling stays on record: the rewrite is a question to ask next time, noted after the sentence. */
function suggestNextTime(mode: Mode, s: Sentence, chunk: string, action: number): readonly Suggestion[] {
  // A note for next time already follows it (this fix, applied before): nothing more to add.
  if (/^\s*\(next time, ask:/.test(chunk.slice(s.end, s.end + 24))) return [];
  // "Told him to stop picking up pages": next time, ask about what he does, not how he would approach it.
  const forbidden = forbiddenAt(s, action);
  const qs = forbidden >= 0 ? asks('tradeoffs', topicOf(s, chunk, forbidden), mode) : asks('approach', reportedTopic(s, chunk, action), mode);
  return qs.slice(0, 2).map(q => ({ start: s.end, end: s.end, text: ` (next time, ask: "${q}")`, note: true }));
}

/** The topic of reported telling; "Told him the tickets have to be current": a state asked for, the clause's subject is the topic. */
function reportedTopic(s: Sentence, chunk: string, action: number): Topic {
  const t = topicOf(s, chunk, action);
  if (s.words[action]?.w !== 'be' && t.topic) return t;
  const subject = s.words.findIndex((x, k) => k < action && k > 0 && !OBJECT_PRONOUNS.has(x.w) && !SUBJECT_PRONOUNS.has(x.w) && /^(?:the|your|his|her|their|those|these)$/.test(x.w));
  return subject >= 0 ? { ...t, topic: nounPhrase(chunk.slice(s.words[subject].start, s.end)) } : t;
}

/** The last person word before `action` (the one told), or -1. */
function personIndex(s: Sentence, action: number): number {
  for (let k = Math.min(action, s.words.length) - 1; k >= 0; k--) {
    const w = s.words[k].w;
    if (OBJECT_PRONOUNS.has(w) || SUBJECT_PRONOUNS.has(w)) return k;
  }
  return -1;
}

/** The first word of the action the person is to do, after "to", a subject and a modal: "told him (that) the tickets have to | be current". */
function actionAfter(s: Sentence, from: number, parties?: Frame['parties']): number {
  for (let k = from; k < Math.min(s.words.length, from + 7); k++) {
    const rest = s.norm.slice(s.words[k].start - s.start);
    const m = DEONTIC.exec(rest);
    if (m) return wordAtOffset(s, s.words[k].start + m[0].length);
    if (s.words[k].w === 'to') return wordAtOffset(s, s.words[k].end);
  }
  let k = from;
  while (k < s.words.length && (s.words[k].w === 'that' || s.words[k].w === 'not' || SUBJECT_PRONOUNS.has(s.words[k].w) || OBJECT_PRONOUNS.has(s.words[k].w))) k++;
  // "suggested that Grace block two mornings": past the name that is the clause's subject, to its verb.
  if (parties && k + 1 < s.words.length && personWord(parties, s.words[k].w)) {
    const p = pastName(s, k, parties);
    if (p + 1 < s.words.length && isBaseVerb(s.words[p + 1].w)) return p + 1;
  }
  return k;
}

/**
 * The action of "said to <verb>" at word v ("said to keep dated notes"), or of "said ..., but to <verb>"
 * in its clause ("said no, not yet, but to keep dated notes"); -1 otherwise. Not "said to him",
 * "said to the team" (someone spoken to), nor "said to be".
 */
const THEIRS_TO_CHOOSE = /\b(?:if|when|whenever|once)\s+(?:she|he|they|you)\s+(?:needs?|wants?|likes?|wish(?:es)?|prefers?|feels?\s+ready)\b|\bif\s+(?:she|he|they|you)(?:'d|\s+would)\s+like\b/;

function saidToDo(s: Sentence, v: number, parties: Frame['parties'], from = v + 1): number {
  const words = s.words;
  // ("and to just book it": past "just", "simply".)
  const at = (k: number) => {
    let j = k + 1;
    while (j < words.length - 1 && (words[j].w === 'just' || words[j].w === 'simply')) j++;
    return k < words.length && words[k].w === 'to' && words[j] && isBaseVerb(words[j].w) && !NOT_ACTIONS.has(words[j].w)
      && words[j].w !== 'be' && !parties.person.has(words[j].w) ? j : -1;
  };
  // "Said to take Friday off if she needs it": their choice, permission.
  if (THEIRS_TO_CHOOSE.test(s.norm)) return -1;
  const direct = at(from);
  if (direct >= 0) return direct;
  for (let k = from + 1; k < Math.min(words.length - 2, from + 12); k++) {
    if (words[k].w === 'but' && k < from + 7 && breakBetween(s, k - 1)) return at(k + 1);
    // ("told him August is fine but to get it on the desk calendar by Fri": what is allowed, then what to do.)
    if (words[k].w === 'but' && words[k + 1].w === 'to') return at(k + 1);
    // "Told him the capex logging is mandatory and to start on Monday": a statement, then an instruction.
    if (words[k].w === 'and' && words[k + 1].w === 'to') return at(k + 1);
  }
  return -1;
}

/** Where or when it was told, between the person and "to": "in the room", "at the end", "over coffee", "during the review". */
// ("told Rhys on headset to take SQ 40 down 3 dB": on a channel, then what.)
const OCCASION_PREP = wordSet('in at during over after afterwards on via');
/** When it was told, after "told him" and nothing else: "today", "thurs", "on Monday", "at standup". */
const WHEN_ALONE = wordSet('today yesterday tonight earlier again already twice this morning afternoon on at in person standup friday monday tuesday wednesday thursday saturday sunday mon tue tues wed thu thur thurs fri sat sun last week too also directly straight');

/**
 * "TODO KO to walk every tie-off point - told him thurs", "Redo the pour schedule (told her today)": a
 * task for the person, then "told him" with only when after it, set off by a dash or a bracket: the
 * manager told them the task. Returns the word "told" is, or -1.
 */
function toldTheTask(s: Sentence, chunk: string, parties: Frame['parties']): number {
  const words = s.words;
  for (let v = 2; v < words.length - 1; v++) {
    if (words[v].w !== 'told' || !isPerson(words[v + 1], parties)) continue;
    // Set off from the task: a dash or an opening bracket right before "told".
    const gap = chunk.slice(words[v - 1].end, words[v].start);
    if (!/\s[-–—]\s*$|\(\s*$/.test(gap)) continue;
    // Nothing after but when it was told, up to the sentence's end, a comma, a semicolon or a bracket.
    let k = v + 2;
    while (k < words.length && WHEN_ALONE.has(words[k].w) && !breakBetween(s, k - 1)) k++;
    if (k < words.length && !/^\s*[,;)]|^\s+[-–—]\s/.test(chunk.slice(words[k - 1].end, words[k].start))) continue;
    // The task: "KO to walk ...", "Jess to send ..." (the person, "to", a verb), or an instruction ("Redo the pour schedule").
    const t = words[0].w === 'todo' ? 1 : 0;
    const owner = isPerson(words[t], parties) && !OBJECT_PRONOUNS.has(words[t].w) ? pastName(s, t, parties) : -1;
    if (owner >= 0 && words[owner + 1]?.w === 'to' && words[owner + 2] && isBaseVerb(words[owner + 2].w) && !NOT_ACTIONS.has(words[owner + 2].w)) return v;
    if (owner < 0 && imperativeAt(s, chunk, t)) return v;
  }
  return -1;
}

/** A finding over a match of an expression in the sentence's text (the other languages'): its action the word after it. */
/** A Taglish verb: "mag-page", "i-acknowledge", "ma-log" (an English verb with its Tagalog prefix). */
const TL_VERB = '(?:mag|i|ma|mang|maki|makipag|pa)-[\\p{L}]+';
/** "Sabi ko sa kanya na mag-page na lang siya ...", "Sinabi ko kay Jerome na i-tag ...": the manager told them to. */
// ("Sinabihan ko siya na i-shadow si Paolo ...": "sinabihan", told someone, with whom after it.)
// ("Sinabi ko na rin sa kanya na mag-raise ...": two particles; "Pinaalalahanan ko siya na mag-chat ...": reminded; "Sinabi ko sa kanya na
// sa next huddle, simulan muna sa wins ...": when first, then the verb, a root with its -in or -an.)
const TAGALOG_TOLD = new RegExp(`\\b(?:(?:sinabi|sabi|pinaalala)\\s+ko\\s+(?:(?:rin|din|naman|ulit|na)\\s+){0,2}(?:sa\\s+kanya|sa\\s+kanila|kay\\s+[\\p{L}-]+)|(?:sinabihan|pinagsabihan|inutusan|pinaalalahanan)\\s+ko\\s+(?:(?:rin|din|naman|ulit|na)\\s+){0,2}(?:siya|sila|si\\s+[\\p{L}-]+))\\s+na\\s+(?:[^,.;]{2,30},\\s+(?=[\\p{L}]{3,}(?:in|an)\\s+(?:muna|mo|na|niya|siya|sa|ang|yung)\\b))?(?:(?:dapat|kailangan)\\s+(?:niyang\\s+|niya\\s+|na\\s+)?)?(?:${TL_VERB}|[\\p{L}]{3,}(?:in|an)\\s+(?:muna|mo|na|niya|siya)\\b)`, 'u');
/** "Kailangan mong mag-submit ng ...", "Dapat mong i-check ...": you need to, you must. */
const TAGALOG_YOU_MUST = new RegExp(`^(?:[\\p{L}]+,\\s+)?(?:kailangan|dapat)\\s+(?:mong|mo\\s+(?:na\\s+)?|kang)\\s*(?:${TL_VERB}|[\\p{L}]{3,}(?:in|an|ng)\\b)`, 'u');
/** "Sabihin sa kanya na kailangan niyang ...", "Ipaalala ko sa kanya na ...": to be told. */
// ("Sabihin sa kanya: no personal phone on the floor": what to tell them after a colon, as "Tell her: ..." has it.)
const TAGALOG_PLANNED = new RegExp(`^(?:sabihin|sasabihin\\s+ko|ipaalala|ipapaalala\\s+ko)\\s+(?:ko\\s+)?(?:sa\\s+kanya|sa\\s+kanila|kay\\s+[\\p{L}-]+)(?:\\s+na\\s+(?=.*?(?:\\b(?:dapat|kailangan|siya\\s+na\\s+ang)\\b|${TL_VERB}))|\\s*:\\s*(?=\\S))`, 'u');
/** "Dapat i-tag niya yung product area ...", "Dapat siya mismo ang mag-file ...": what they must do. */
const TAGALOG_MUST = new RegExp(`^dapat\\s+(?:${TL_VERB}\\s+(?:niya|siya)\\b|siya\\s+(?:mismo\\s+)?ang\\s+${TL_VERB})`, 'u');
/** "Pakiayos mo na yung macros mo": a request put to them ("paki-" asks, "mo" is them). */
const TAGALOG_PLEASE = /^paki-?[\p{L}]{3,}\s+(?:mo|nyo|ninyo)\b/u;
/** Said to them: "gumawa ka ng sarili mong closing", "huwag mong gagamitin ...", "wag mo nang i-copy ...". */
const TAGALOG_TO_THEM = /^(?:[\p{L}-]{3,}\s+(?:ka|kayo)\s+(?:ng|na|sa|nang)\b|(?:huwag|wag|'wag)\s+(?:mo(?:ng)?|kang|kayong|nyong|niyong)\b)/u;
/**
 * A Tagalog imperative names its doer, "ka" or "mo" (you), so it is put to them whoever writes it down: "Mark, ayusin mo
 * yung hold habit mo", "Update mo na yung 3 promo KB articles", "Tulungan mo na rin si Mark ...", and after a clause of
 * when, "Next time na ma-late ka, magpaalam ka muna sa GC". (The verb opens its clause; "mo" after a noun is "your",
 * "yun ang priority mo this week".)
 */
const TAGALOG_YOU_DO = /(?:^(?:[\p{Lu}\p{Ll}]+,\s+)?|,\s+)(?:(?!(?:ang|yung|ung|sa|ng|kung|pag|kapag|dahil|kasi|para|at|pero|na|si)\b)[\p{L}-]{3,})\s+(?:mo|ka|kayo|nyo|ninyo)\s+(?:(?:na|rin|din|naman|muna|lang|na\s+rin|na\s+lang)\s+)?(?:yung|ung|ang|ng|sa|si|ito|iyan|yan|ng)\b/u;

function tagalogTelling(s: Sentence, ctx: { chunk: string; frame: Frame }): RawFinding | undefined {
  const told = TAGALOG_TOLD.exec(s.norm);
  if (told && !ctx.frame.selfNote) return foundAt('reported', told, s, ctx);
  const planned = TAGALOG_PLANNED.exec(s.norm);
  if (planned) return foundAt('planned', planned, s, ctx);
  const f = ctx.frame;
  const must = f.instructions !== 'never' || ((f.section === 'prep' || f.section === 'actions') && !f.selfNote) ? TAGALOG_MUST.exec(s.norm) : null;
  if (must && f.parties.person.size) return foundAt('planned', must, s, ctx);
  const please = !f.selfNote && f.instructions !== 'never' ? TAGALOG_PLEASE.exec(s.norm) : null;
  if (please) return foundAt('planned', please, s, ctx);
  const spoken = f.instructions === 'spoken' ? TAGALOG_TO_THEM.exec(s.norm) : null;
  if (spoken) return foundAt('planned', spoken, s, ctx);
  const youMust = !f.selfNote && f.instructions !== 'never' && f.parties.person.size ? TAGALOG_YOU_MUST.exec(s.norm) : null;
  if (youMust) return foundAt('planned', youMust, s, ctx);
  const youDo = !f.selfNote && f.instructions !== 'never' && f.parties.person.size ? TAGALOG_YOU_DO.exec(s.norm) : null;
  return youDo ? foundAt('planned', youDo, s, ctx) : undefined;
}

/** Whether a text has a Hangul syllable. */
function hasHangul(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) return true;
  }
  return false;
}

/**
 * Telling in Chinese, Hebrew, Hindi or Arabic, each looked for only where its letters are: told or made to ("我跟她说 ... 必须 ...",
 * "我让她 ...", "אמרתי לה לתייג ...", "मैंने उसे बोला कि ... करे", "قلت لها: لازم ..."), to be done ("让她下次 ..."), or put to them
 * ("你以后 ...", "נועה, תפצלי ...", "Priya, ... करो", "يا أستاذة نور، لازم ..."); and, in Latin letters, a Hindi imperative with
 * an ultimatum ("... koi solution nikaalo, warna ...").
 */
function otherScriptTelling(s: Sentence, ctx: { chunk: string; frame: Frame }): RawFinding | undefined {
  // (Thai has no tense: "ขอให้น้องปิด runbook ..." under follow-ups is "asked him to close" or "ask him to close", telling either way,
  // as "Ask her to close the runbook" among the manager's tasks is.)
  if (THAI_LETTER.test(s.norm)) {
    const told = THAI_TOLD.exec(s.norm);
    if (told) return foundAt(ctx.frame.instructions === 'never' ? 'planned' : 'reported', told, s, ctx);
  }
  if (ctx.frame.selfNote) return undefined;
  // ("قلت لها: لازم كل شكوى تتسجل في نفس اليوم": under a label of the manager's telling, what they must or must not do.)
  if (ctx.frame.reported && !s.question) {
    const must = OBLIGATION_OTHER_SCRIPT.exec(s.norm);
    if (must) return foundAt('reported', must, s, ctx);
  }
  const toThem = !s.question && ctx.frame.instructions !== 'never';
  // (Japanese first: its kanji are Han too.)
  if (KANA.test(s.norm)) {
    if (JAPANESE_OTHER_SPEAKER.test(s.norm)) return undefined;
    const told = JAPANESE_HEARSAY.test(s.norm) ? null : JAPANESE_TOLD.exec(s.norm);
    if (told) return foundAt('reported', told, s, ctx);
    const please = toThem ? JAPANESE_REQUEST.exec(s.norm) : null;
    return please ? foundAt('planned', please, s, ctx) : undefined;
  }
  if (HAN.test(s.norm)) {
    if (CHINESE_OTHER_SPEAKER.test(s.norm)) return undefined;
    const told = CHINESE_TOLD.exec(s.norm);
    if (told) return foundAt(told[1] ? 'planned' : 'reported', told, s, ctx);
    const you = toThem ? CHINESE_YOU.exec(s.norm) : null;
    return you ? foundAt('planned', you, s, ctx) : undefined;
  }
  if (HEBREW_LETTER.test(s.norm)) return toldOrPut(s, ctx, HEBREW_TOLD, toThem ? HEBREW_YOU : undefined);
  if (DEVANAGARI.test(s.norm)) return toldOrPut(s, ctx, HINDI_TOLD, toThem && (calledFirst(s, ctx.chunk, ctx.frame.parties) || s.norm.includes('तुम')) ? HINDI_IMPERATIVE : undefined);
  if (BENGALI_LETTER.test(s.norm)) return toldOrPut(s, ctx, BENGALI_TOLD, toThem ? BENGALI_YOU : undefined);
  if (THAI_LETTER.test(s.norm)) {
    const please = toThem && !THAI_NOT_MINE.test(s.norm) ? THAI_REQUEST.exec(s.norm) : null;
    return please ? foundAt('planned', please, s, ctx) : undefined;
  }
  if (PERSIAN_LETTER.test(s.norm)) {
    const told = PERSIAN_TOLD.exec(s.norm);
    if (told) return foundAt('reported', told, s, ctx);
    const please = ctx.frame.instructions === 'spoken' || toThem ? PERSIAN_PLEASE.exec(s.norm) : null;
    if (please) return foundAt('planned', please, s, ctx);
    // (Not in a report of what was told or wanted: "بهش گفتم که CEO می‌خواد همین رو ... نشون بده".)
    const you = toThem && !s.norm.includes('گفت') && !s.norm.includes('خواد') ? PERSIAN_IMPERATIVE.exec(s.norm) : null;
    return you ? foundAt('planned', you, s, ctx) : undefined;
  }
  if (ARABIC_LETTER.test(s.norm)) return toldOrPut(s, ctx, ARABIC_SCRIPT_TOLD, toThem ? ARABIC_YOU_MUST : undefined);
  const ultimatum = toThem && (s.norm.includes('warna') || s.norm.includes('varna') || s.norm.includes(' to ')) ? HINDI_ULTIMATUM.exec(s.norm) : null;
  return ultimatum ? foundAt('planned', ultimatum, s, ctx) : undefined;
}

/** Told (`told`, reported), else put to them (`you`, planned, when given): the shape of most languages' forms. */
function toldOrPut(s: Sentence, ctx: { chunk: string }, told: RegExp, you: RegExp | undefined): RawFinding | undefined {
  const t = told.exec(s.norm);
  if (t) return foundAt('reported', t, s, ctx);
  const y = you?.exec(s.norm);
  return y ? foundAt('planned', y, s, ctx) : undefined;
}

function foundAt(kind: Kind, m: RegExpExecArray, s: Sentence, ctx: { chunk: string }): RawFinding {
  const start = s.start + m.index;
  const end = start + m[0].length;
  return found(kind, s, ctx, start, end, Math.min(s.words.length - 1, wordAtOffset(s, end)));
}

function wordAtOffset(s: Sentence, offset: number): number {
  let k = 0;
  while (k < s.words.length && s.words[k].start < offset) k++;
  while (k < s.words.length && /^(?:just|really|also|not)$/.test(s.words[k].w)) k++;
  return k;
}

/**
 * Whether a sentence can hold one of the forms below: a word that opens one whatever follows it
 * ("told", "insisted", "must"), or a common one before a person or "to" ("asked him", "has to", "had
 * her redo"). Most sentences have neither, and cost a bit test (wordclass.ts).
 */
function mayTell(s: Sentence, parties: Frame['parties']): boolean {
  const classes = s.classes;
  if (classes & WordClass.Tell) return true;
  if (classes & WordClass.TellWeak) {
    const words = s.words;
    for (let k = 0; k < words.length - 1; k++) {
      // (Read in the sentence's text: a word with no class is not made a string.)
      if (!(classesAt(s.norm, words[k].start - s.start, words[k].end - s.start) & WordClass.TellWeak)) continue;
      const next = words[k + 1];
      if (next.w === 'to' || next.w === 'that' || (next.w === 'for' && words[k].w === 'asked') || (k === 0 && words[k].w === 'said' && words.length > 2) || (next.w === 'out' && words[k].w === 'set') || (next.w === 'down' && words[k].w === 'laid') || (next.w === 'sure' && (words[k].w === 'made' || words[k].w === 'make')) || ((next.w.endsWith('ly') && next.w.length > 4) || next.w === 'very' || next.w === 'quite') || next.w === 'got' || next.w === 'just' || (words[k].w === 'said' && (next.w === 'then' || next.w === 'so')) || next.w === "don't" || next.w === 'dont' || next.w === 'it' || next.w === 'this' || next.w === 'clear' || next.w === 'i' || next.w === "i'd" || next.w === 'was' || next.w === 'you' || next.w === 'no' || ANY_CASE.has(next.w) || isPerson(next, parties) || isPersonSubject(next, parties)
        // ("The RM asked the BM to provide ...": a record's role for the person, after its article; "Asked Ms Huy to ...",
        // "Asked anh Huy to ...": their name after a title or a word of address.)
        || (TITLES.has(next.w) && !!words[k + 2] && isPerson(words[k + 2], parties))) return true;
    }
  }
  // "he's got to": the contraction is part of the word; "my advice was that ...": telling named as a noun.
  // (Each looked for only with its words: most sentences have none of them, and cost a bit test.)
  if (classes & WordClass.TellTail && ((hasSpaced(s.norm, 'clear ') && /\b(?:was|been)\s+(?:very\s+)?clear\b/.test(s.norm)) || s.norm.includes("he's to "))) return true;
  if (classes & WordClass.TellWeak && ((hasSpaced(s.norm, 'be ') && hasSpaced(s.norm, 'if ') && /\bsaid\b/.test(s.norm)) || s.norm.includes("'s got") || hasSpaced(s.norm, 'but to '))) return true;
  // ("Jack asks Louie to ...": a recap in the present, where the manager's name is known.)
  // (The manager named as the subject, first or after one word: "Jack asks ...", "Then Jack suggests ...".)
  if (parties.manager.size && (parties.manager.has(s.words[0]?.w ?? '') || parties.manager.has(s.words[1]?.w ?? '')) && RECAP_PRESENT_WORD.test(s.norm)) return true;
  return hasSpaced(s.norm, 'is to ') || (!!(classes & WordClass.Said) && s.norm.includes('my ') && MY_TELL_NOUN.test(s.norm));
}
const RECAP_PRESENT_WORD = new RegExp(`\\b(?:${[...RECAP_PRESENT.keys()].join('|')})\\s`);

/** A record of an admonition given, at the sentence's start: "Words of advice given regarding ...", "Verbal warning given re: ...". */
const ADVICE_GIVEN = /^(?:(?:words\s+of\s+|management\s+|firm\s+|clear\s+)?advice|(?:an?\s+)?(?:verbal|informal|formal|written|first|final)\s+warning|(?:a\s+)?(?:firm\s+|clear\s+)?reminder|(?:clear\s+)?instructions?)\s+(?:was\s+|were\s+)?given(?!\s+by\b)(?=\s+(?:to\s+[\p{L}.'-]+\s+)?(?:regarding|about|on|re\b|concerning|in\s+relation\s+to|over|for)\b)/u;

/** Verbs of an order in a record's passive, its writer the one who gave it: "PC Hale was instructed to resubmit ...". */
const PASSIVE_ORDER = wordSet('instructed directed ordered required tasked');
/** Plainer verbs in the passive: telling when what follows has a deadline ("was told to resubmit it by Friday") or a "must" ("was reminded that she must ..."). */
const PASSIVE_TOLD = wordSet('told asked advised reminded warned informed requested');
/** What a formal record calls the person met ("Officer was reminded ...", "the employee was instructed ..."). */
/** What "don't" reassures about, no ban: "don't worry", "don't apologise", "don't stress". */
const REASSURED = wordSet('worry stress panic fret apologise apologize hesitate sweat beat rush mind');
/** Words that open a clause about a thing ("the SevenRooms trial starts ..."): its subject is no person. */
const THING_FIRST = wordSet('the a an this that these those its our');
/** "should" with a word that makes it a duty: "should please ensure", "should henceforth escalate", "should kindly". */
// ("He should endeavour to write the runbook before he goes on leave": Nigerian English's exhortation, a duty too.)
const SHOULD_MARKED = /^should\s+(?:please|henceforth|kindly|endeavou?r\s+to)\s+/;
/** A duty theirs alone: "he checks the caps himself", "she owns it personally". */
const OWN_DUTY = /\b(?:personally|himself|herself|themselves|on\s+(?:his|her|their)\s+own)\b/;
/** Present-tense verbs of being and having, no duty: "tell her she looks ...", "he gets ...", "she has ...". */
const PRESENT_STATES = wordSet('look seem get ha do go deserve need want mean matter');
/** "I'm after telling her to ...", "I was after asking him to ...": Irish English's perfect of a telling. */
const AFTER_PERFECT = /\bi(?:'m|\s+am|\s+was|'d\s+been|'ve\s+been)\s+(?:just\s+|only\s+)?after\s+(?:telling|asking|reminding|warning|advising|instructing|getting)\s+([\p{L}'-]+)\s+(?:not\s+)?to(?=\s+[a-z])/u;
const PASSIVE_ADVICE = wordSet('advised reminded warned');
/** A standing rule in a passive record: "on every regulatory return", "without exception", "in future". */
const PASSIVE_RULE = /\b(?:every|always|never|without\s+(?:fail|exception)|no\s+exceptions?|in\s+future|from\s+now\s+on|going\s+(?:forward|fwd)|with\s+effect\s+from)\b/;
/** What "that" opens after a passive telling when it demands: "... that she must record all overtime". */
/** "It was suggested that he might (also) propose ...": whom (group 1) and what (group 2). */
const SUGGESTED_THAT = /^it\s+was\s+suggested\s+(?:to\s+(?:him|her|them)\s+)?that\s+([\p{L}'-]+)\s+(?:might|should|could|may)\s+(?:also\s+|perhaps\s+|wish\s+to\s+|want\s+to\s+)?([a-z]+)/u;
/** What opens thanks or praise to pass on: "thanks for ...", "great call on ...", "congrats on ...". */
const PRAISE_FIRST = wordSet('thanks thank great congrats congratulations nice brilliant kudos appreciated amazing fantastic lovely');
const DEMAND_AFTER = /^(?:he|she|they|you|[\p{L}'-]+)\s+(?:must|needs\s+to|need\s+to|has\s+to|have\s+to|is\s+to|are\s+to|should|will\s+need\s+to|is\s+required\s+to|is\s+expected\s+to)\s+(?:not\s+|always\s+|never\s+)?([a-z]+)/u;

/**
 * The person met told in the passive, no one else named as the one who told: "PC Hale was instructed to resubmit
 * the file by 16/01", "Officer was reminded that she must record all overtime", "He was told to resubmit it by
 * Friday". Not "was told by Insp. Rowe to ...", nor "was reminded that the offer remains open", nor "was told to rest".
 */
/** "It was made clear to the trainee that ...", "It was stressed to him that ...": whom, and what was said. */
const MADE_CLEAR_TO = /^it\s+was\s+(?:made\s+clear|stressed|emphasi[sz]ed|explained|pointed\s+out|reiterated|impressed\s+upon)\s+(?:to\s+)?(?:the\s+)?([a-z]+)\s+that\s+(.+)$/;
/** A rule's obligation in what a person was told, in its first clause: "must be recorded", "are to be checked", "has to be signed". */
const RULE_TOLD = /^[^,;.]{0,80}?\b(?:must(?:\s+not)?|(?:is|are)\s+(?:not\s+)?to|ha(?:s|ve)\s+to|needs?\s+to|may\s+not|cannot|can't)\s+(?:always\s+|never\s+)?be\s+[a-z]+(?:ed|en|ne|wn)\b/;
/** What makes a rule standing: "every", "each", "all", "any", "always", "never". */
const STANDING = /\b(?:every|each|all|any|always|never)\b/;
/** An obligation in what was said: "must", "is to be", "has to", "no ... without". */
const TOLD_DEMAND = /\b(?:must|(?:is|are)\s+(?:not\s+)?to|ha(?:s|ve)\s+to|needs?\s+to|may\s+not|cannot|can't|should)\b/;

function passiveTelling(s: Sentence, ctx: { chunk: string; frame: Frame }, parties: Frame['parties']): RawFinding | undefined {
  const words = s.words;
  // "It was made clear to the trainee that no quotation is to be issued without a countersignature": the record's impersonal
  // passive, a rule said to them.
  const clear = words[0]?.w === 'it' ? MADE_CLEAR_TO.exec(s.norm) : null;
  if (clear && (OBJECT_PRONOUNS.has(clear[1]) || personWord(parties, clear[1])) && TOLD_DEMAND.test(clear[2]) && !ctx.frame.selfNote) {
    return found('reported', s, ctx, s.start, s.start + clear[0].length - clear[2].length, Math.min(words.length - 1, 8));
  }
  // ("It was suggested that he might also propose a standing fallback arrangement": the record's impersonal passive of a suggestion
  // to them, no one else named as making it; not "It was suggested by Mr Mbeki that ...".)
  const suggested = words[0]?.w === 'it' && words[2]?.w === 'suggested' ? SUGGESTED_THAT.exec(s.norm) : null;
  if (suggested && (SUBJECT_PRONOUNS.has(suggested[1]) || personWord(parties, suggested[1])) && isBaseVerb(suggested[2]) && !NOT_ACTIONS.has(suggested[2]) && !ctx.frame.selfNote) {
    return found('reported', s, ctx, s.start, words[2].end, Math.min(words.length - 1, 6));
  }
  // ("Ms Achterberg is to be told that she must sign off all reconciliations personally", "Mr Strand to be told that all mandate
  // changes must be notified to the Finance Director": the record's plan to tell them, a duty in what is to be told.)
  if (s.norm.includes('to be ')) {
    for (let v = 1; v + 4 < words.length; v++) {
      const at = words[v].w === 'to' ? v : (words[v].w === 'is' || words[v].w === 'are') && words[v + 1].w === 'to' ? v + 1 : -1;
      if (at < 0 || words[at + 1]?.w !== 'be' || !PASSIVE_TOLD.has(words[at + 2]?.w ?? '') && !PASSIVE_ORDER.has(words[at + 2]?.w ?? '')) continue;
      const subject = words[v - 1];
      if (!isPersonSubject(subject, parties) && !(ROLE_SUBJECTS.has(subject.w) && (v === 1 || words[v - 2].w === 'the'))) continue;
      const k = at + 3;
      const rest = s.norm.slice(words[k].start - s.start);
      const then = words[k + 1];
      if ((words[k].w === 'that' && then && (DEMAND_AFTER.test(rest.slice(5)) || RULE_TOLD.test(rest.slice(5)))) || (words[k].w === 'to' && then && isBaseVerb(then.w) && !NOT_ACTIONS.has(then.w))) {
        return found('planned', s, ctx, subject.start, words[at + 2].end, Math.min(words.length - 1, k + 3));
      }
    }
  }
  for (let v = 1; v + 3 < words.length; v++) {
    if (words[v].w !== 'was' && words[v].w !== 'were') continue;
    const formal = PASSIVE_ORDER.has(words[v + 1].w);
    if (!formal && !PASSIVE_TOLD.has(words[v + 1].w)) continue;
    const subject = words[v - 1];
    if (!isPersonSubject(subject, parties) && !(ROLE_SUBJECTS.has(subject.w) && (v === 1 || words[v - 2].w === 'the'))) continue;
    const k = v + 2;
    const action = words[k + 1];
    // (Advice and warnings recorded so are telling as they stand, "The employee was advised to record every future escalation
    // in the log"; "told" and "asked" with a when or a standing rule: "was told to obtain a four-eyes review on every return".)
    if (words[k].w === 'to' && isBaseVerb(action.w) && !NOT_ACTIONS.has(action.w) && (formal || PASSIVE_ADVICE.has(words[v + 1].w) || findDeadline(s.norm, action.start - s.start) || PASSIVE_RULE.test(s.norm))) {
      return found('reported', s, ctx, subject.start, words[v + 1].end, k + 1);
    }
    const demand = words[k].w === 'that' ? DEMAND_AFTER.exec(s.norm.slice(action.start - s.start)) : null;
    if (demand && isBaseVerb(demand[1]) && !NOT_ACTIONS.has(demand[1]) && demand[1] !== 'be') {
      return found('reported', s, ctx, subject.start, words[v + 1].end, Math.min(words.length - 1, k + 3));
    }
    // ("GL was reminded that lot numbers for every transfection reagent must be recorded on the day of use", "OF was told that all
    // entries must be signed and dated on the same day": a rule with its obligation, told them; not "was reminded that the offer
    // remains open".)
    if (words[k].w === 'that' && !formal && words[v + 1].w !== 'asked' && words[v + 1].w !== 'requested' && RULE_TOLD.test(s.norm.slice(action.start - s.start))) {
      return found('reported', s, ctx, subject.start, words[v + 1].end, Math.min(words.length - 1, k + 3));
    }
  }
  return undefined;
}

function check(s: Sentence, ctx: { chunk: string; frame: Frame }): RawFinding | undefined {
  // Notes kept partly in French: "Je lui ai dit de ne plus payer ...", "Dis-lui de former le comité ...", "il faut que tu sois sur le terrain".
  if (s.classes & WordClass.TellTail) {
    const fr = FRENCH_TOLD.exec(s.norm);
    if (fr) return foundAt(fr[1] || fr[2] || fr[3] ? 'planned' : 'reported', fr, s, ctx);
    const no = s.norm.includes('sa til') || s.norm.includes('ba h') ? NORWEGIAN_TOLD.exec(s.norm) : null;
    if (no && !ctx.frame.selfNote) return foundAt('reported', no, s, ctx);
    const nl = s.norm.includes('ik heb') || s.norm.includes('je moet') ? DUTCH_TOLD.exec(s.norm) : null;
    if (nl) return foundAt('reported', nl, s, ctx);
    const de = s.norm.includes('habe') ? GERMAN_TOLD.exec(s.norm) : null;
    if (de) return foundAt('reported', de, s, ctx);
    // ("Tu prends les appels de tes 40 clients dormants en priorité, avant les nouveaux.": the present put to them with its order
    // of things settled, as "you take the calls first, before the new ones".)
    const said = ctx.frame.instructions === 'spoken' ? FRENCH_SAID.exec(s.norm) ?? FRENCH_IMPERATIVE.exec(s.norm) ?? SPANISH_IMPERATIVE.exec(s.norm)
      : ctx.frame.instructions !== 'never' && !ctx.frame.selfNote && !s.question && FRENCH_SETTLED.test(s.norm) ? FRENCH_SAID.exec(s.norm) : null;
    if (said) return foundAt('reported', said, s, ctx);
    const es = SPANISH_TOLD.exec(s.norm);
    if (es) return foundAt(es[1] ? 'planned' : 'reported', es, s, ctx);
    const esRule = s.norm.includes('dije') && !ctx.frame.selfNote ? SPANISH_TOLD_RULE.exec(s.norm) : null;
    if (esRule) return foundAt('reported', esRule, s, ctx);
    const it = ITALIAN_TOLD.exec(s.norm) ?? (ITALIAN_WORDS.test(s.norm) && namesThem(s, ctx.frame.parties, 'tu') ? ITALIAN_TOLD_TO_THEM.exec(s.norm) : null);
    if (it) return foundAt(it[1] ? 'planned' : 'reported', it, s, ctx);
  }
  // (Each language below only where one of its words is (wordclass.ts): most notes are English all through.)
  // (A Spanish "tú" imperative names whom it speaks to, as a Tagalog one does: put to them whoever writes it down. Looked for
  // only where "tú" is or one of the first two words has an accented vowel: the word classes know a word by its first and
  // last letters.)
  if ((accentedOpening(s) || s.norm.includes('tú ')) && !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && ctx.frame.parties.person.size) {
    // (French's "Arrête de mettre le client en attente ...", "Évite de ...": the same, a "tu" imperative that forbids.)
    const tu = SPANISH_TU_IMPERATIVE.exec(s.norm) ?? FRENCH_TU_STOP.exec(s.norm);
    if (tu) return foundAt('planned', tu, s, ctx);
  }
  // ("me: abeg no dey wait for Friday to flag numbers like this": Nigerian Pidgin's ban, said to them or asked with "abeg".)
  if ((s.norm.includes('no dey ') || s.norm.includes('no go ')) && !ctx.frame.selfNote && (ctx.frame.instructions === 'spoken' || ctx.frame.instructions === 'planned' || s.norm.includes('abeg'))) {
    const ban = PIDGIN_BAN.exec(s.norm);
    if (ban) return foundAt('reported', ban, s, ctx);
  }
  // ("me: no le respondas a Los Pinos por WhatsApp, todo por el portal": said to them, Spanish's negative command.)
  if (ctx.frame.instructions === 'spoken' && !ctx.frame.selfNote && (s.norm.startsWith('no ') || s.norm.startsWith('ya no ') || s.norm.includes(', no '))) {
    const no = SPANISH_NO_COMMAND.exec(s.norm);
    if (no) return foundAt('reported', no, s, ctx);
  }
  // ("moi: ne prends pas d'heures sup en janvier, tes exams d'abord": said to them, a French "ne ... pas" imperative.)
  if (ctx.frame.instructions === 'spoken' && !ctx.frame.selfNote && (s.norm.startsWith('ne ') || s.norm.startsWith("n'") || s.norm.includes(', ne '))) {
    const ne = FRENCH_NE_PAS.exec(s.norm);
    if (ne) return foundAt('reported', ne, s, ctx);
  }
  if (s.classes & WordClass.Foreign) {
    // (Indonesian and Franco-Arab: "suruh", "minta", "bilang", "jangan", "el", "laha" are words the classes know.)
    const id = INDONESIAN_TOLD.exec(s.norm) ?? (s.norm.includes('2olt') || s.norm.includes('asked') ? ARABIC_TOLD.exec(s.norm) : null);
    if (id && !ctx.frame.selfNote) return foundAt(id[1] ? 'planned' : 'reported', id, s, ctx);
    if ((ctx.frame.instructions === 'spoken' || ctx.frame.reported) && !ctx.frame.selfNote) {
      const ban = s.norm.includes('jangan') ? INDONESIAN_BAN.exec(s.norm) : null;
      const command = ban ?? INDONESIAN_COMMAND.exec(s.norm);
      if (command) return foundAt('reported', command, s, ctx);
    }
    // (Tanglish: its commands are words the classes know.)
    const ta = !ctx.frame.selfNote ? TAMIL_COMMAND.exec(s.norm) : null;
    if (ta) {
      const told = TAMIL_TOLD.exec(s.norm) ?? (s.norm.includes('sonnen') ? /\bsonnen\b/.exec(s.norm) : null);
      if (told) return foundAt('reported', told, s, ctx);
      if (!s.question && ctx.frame.instructions !== 'never' && ctx.frame.parties.person.size && (TAMIL_YOU.test(s.norm) || namesThem(s, ctx.frame.parties) || ctx.frame.instructions === 'spoken')) return foundAt('planned', ta, s, ctx);
    }
    // (Swahili: "nilimwambia", "mwambie" are words the classes know.)
    const sw = s.norm.includes('ambi') || s.norm.includes('agiza') || s.norm.includes('elekeza') ? SWAHILI_TOLD.exec(s.norm) : null;
    if (sw && !ctx.frame.selfNote) return foundAt(sw[1] ? 'planned' : 'reported', sw, s, ctx);
    // (Korean: any word in Hangul is of the foreign class.)
    if (hasHangul(s.norm)) {
      const ko = KOREAN_TOLD.exec(s.norm) ?? (ctx.frame.instructions === 'spoken' && !KOREAN_KIND.test(s.norm) ? KOREAN_COMMAND.exec(s.norm) : null);
      if (ko && !ctx.frame.selfNote) return foundAt('reported', ko, s, ctx);
    }
    // (Polish too: "żeby" and "ł" are no words the classes know.)
    const pl = s.norm.includes('eby ') ? POLISH_TOLD.exec(s.norm) : ctx.frame.instructions === 'spoken' && POLISH_LETTER.test(s.norm) ? POLISH_TOLD_TO_THEM.exec(s.norm) : null;
    if (pl) return foundAt(pl[1] ? 'planned' : 'reported', pl, s, ctx);
    // "Me: tafadhali weka risiti zote kwenye faili moja ...": a request said to them in another language, "please" first.
    // ("Bitte schreib die Eskalationsregel ins Runbook, bevor du in den Urlaub gehst": nobody writes "please" to themself.)
    const please = ctx.frame.instructions === 'spoken' || (ctx.frame.instructions !== 'never' && !ctx.frame.selfNote) ? FOREIGN_PLEASE.exec(s.norm) : null;
    if (please) return found('reported', s, ctx, s.start, s.start + please[0].length, Math.min(s.words.length - 1, 1));
    // German: "Du musst die Reviews aktiv einfordern", "Du solltest im Daily sagen, wenn ..."; said to them, "ich: Schick mir bis Montag ...".
    const de = s.norm.includes('du ') ? GERMAN_MUST.exec(s.norm) : ctx.frame.instructions === 'spoken' ? GERMAN_TO_THEM.exec(s.norm) : null;
    if (de) return foundAt('planned', de, s, ctx);
    // Swedish: told, asked or reminded ("sa åt honom att skriva ...", "bad honom att godkänna ..."), or to be told ("säg till honom
    // att han måste ..."), the person met as "honom", "henne" or by name; put to them, "du måste ...", "se till att du ...".
    const sv = s.norm.includes('att ') ? SWEDISH_TOLD.exec(s.norm) : null;
    const svWhom = sv ? sv[2] ?? sv[4] : undefined;
    if (sv && svWhom && !ctx.frame.selfNote && (svWhom === 'honom' || svWhom === 'henne' || personWord(ctx.frame.parties, svWhom))) return foundAt(sv[3] ? 'planned' : 'reported', sv, s, ctx);
    const svMust = s.norm.includes('du') ? SWEDISH_YOU_MUST.exec(s.norm) : null;
    if (svMust) return foundAt('planned', svMust, s, ctx);
    // Polish: "Musisz oddelegować ...", "Kazałam mu wyciąć ...", "Poprosiłam ją o listę ... do środy"; and a second person's
    // imperative opening what is written, where instructions are not the writer's own tasks.
    if (POLISH_LETTER.test(s.norm) || s.norm.includes('mu ') || s.norm.includes('musisz') || s.norm.includes('masz ')) {
      const must = POLISH_YOU_MUST.exec(s.norm);
      if (must) return foundAt('planned', must, s, ctx);
      const ordered = !ctx.frame.selfNote ? POLISH_ORDERED.exec(s.norm) : null;
      if (ordered) return foundAt('reported', ordered, s, ctx);
    }
    if (!s.question && !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && ctx.frame.parties.person.size && (POLISH_LETTER.test(s.norm) || s.norm.includes('ó'))) {
      const imp = POLISH_IMPERATIVE.exec(s.norm);
      if (imp) return foundAt('planned', imp, s, ctx);
    }
    // Vietnamese: told, to be told, or put to them (VIETNAMESE_TOLD, VIETNAMESE_YOU).
    if ((s.norm.includes('em ') || s.norm.startsWith('em')) && !ctx.frame.selfNote && VIETNAMESE_LETTER.test(s.norm)) {
      const told = VIETNAMESE_TOLD.exec(s.norm);
      if (told) return foundAt(told[1] ? 'planned' : 'reported', told, s, ctx);
      const you = !s.question && ctx.frame.instructions !== 'never' ? VIETNAMESE_YOU.exec(s.norm) : null;
      if (you) return foundAt('planned', you, s, ctx);
    }
    // Turkish: told ("... kapatmasını söyledim"), or "you need to" ("haber vermen lazım").
    if (s.norm.includes('söyledim') || s.norm.includes('istedim') || s.norm.includes('ettim') || s.norm.includes('hatırlattım') || s.norm.includes('lazım') || s.norm.includes('gerek') || s.norm.includes('şart')) {
      const told = !ctx.frame.selfNote ? TURKISH_TOLD.exec(s.norm) : null;
      if (told) return foundAt('reported', told, s, ctx);
      const must = !ctx.frame.selfNote ? TURKISH_YOU_MUST.exec(s.norm) : null;
      if (must) return foundAt('planned', must, s, ctx);
    }
    // Ukrainian and Greek, in their own scripts: told, or put to them (UKRAINIAN_TOLD, GREEK_TOLD ...).
    if (!ctx.frame.selfNote && CYRILLIC_OR_GREEK.test(s.norm)) {
      const uk = UKRAINIAN_TOLD.exec(s.norm) ?? GREEK_TOLD.exec(s.norm);
      if (uk) return foundAt('reported', uk, s, ctx);
      const must = ctx.frame.instructions !== 'never' ? UKRAINIAN_YOU_MUST.exec(s.norm) ?? GREEK_YOU_MUST.exec(s.norm) : null;
      if (must) return foundAt('planned', must, s, ctx);
    }
    // (Afrikaans: "het vir hom gesê om ...", "jy moet ...".)
    const af = !ctx.frame.selfNote && (s.norm.includes('gesê') || s.norm.includes('jy moet')) ? AFRIKAANS_TOLD.exec(s.norm) : null;
    if (af) return foundAt(af[0].includes('gesê') ? 'reported' : 'planned', af, s, ctx);
    // ("Lazima you reconcile the beneficiary numbers ... this time Brian": Swahili's must, with "you".)
    const lazima = s.norm.includes('lazima') && !ctx.frame.selfNote ? SWAHILI_YOU_MUST.exec(s.norm) : null;
    if (lazima) return foundAt('planned', lazima, s, ctx);
    // Hinglish: "Maine usko bola ki Friday tak RCA doc share karo", "Usko bolna hai ki ... khud own kare" (planned),
    // "Tum design review mein zyada bolna shuru karo" (put to them).
    const hi = HINGLISH_TOLD.exec(s.norm);
    if (hi) return foundAt(hi[1] ? 'planned' : 'reported', hi, s, ctx);
    // ("Mein ne bola: agli dafa pehle status page, phir debugging. order ulta mat karna": said to them, Hindi's ban.)
    const ban = (ctx.frame.instructions === 'spoken' || ctx.frame.reported) && !ctx.frame.selfNote && s.norm.includes('mat ') ? HINDI_BAN.exec(s.norm) : null;
    if (ban) return foundAt('reported', ban, s, ctx);
    // Chinese, Hebrew, Hindi and Arabic in their own scripts, and a Hindi ultimatum in Latin letters (otherScriptTelling).
    const script = otherScriptTelling(s, ctx);
    if (script) return script;
    // (Portuguese, looked for with its own words: "você" is no word the classes know.)
    const pt = (s.norm.includes('pra ') || s.norm.includes('para ') || s.norm.includes('voc') || s.norm.includes('vc ') ? PORTUGUESE_TOLD.exec(s.norm) : null)
      ?? (PORTUGUESE_WORDS.test(s.norm) && namesThem(s, ctx.frame.parties) ? PORTUGUESE_TO_THEM.exec(s.norm) : null);
    if (pt) return foundAt(pt[1] ? 'planned' : 'reported', pt, s, ctx);
  }
  // Tagalog (Taglish), looked for with its own words: "Sabi ko sa kanya na mag-page na lang siya ...", "Sabihin sa kanya
  // na kailangan niyang ...", "Dapat i-tag niya ...", "Pakiayos mo na ...", and after "Ako:" "gumawa ka ng ...", "huwag mong ...".
  // (Each only where one of its words is, wordclass.ts: "sabi", "dapat", "mo", "ka" ...; "paki-" opens the sentence.)
  if (s.classes & WordClass.TellTail || s.norm.startsWith('paki')) {
    const tl = tagalogTelling(s, ctx);
    if (tl) return tl;
  }
  // European Portuguese put to them: "Tens de fechar a questão do rounding esta semana", "Não podes fazer force-push em branches
  // partilhadas", "Deves pedir review antes do merge" (you have to, you can't, you should: the verb's ending is "you"); Spanish's
  // "tienes que ...".
  if (s.classes & WordClass.TellTail && !ctx.frame.selfNote && ctx.frame.instructions !== 'never' && ctx.frame.parties.person.size) {
    const pt = ROMANCE_YOU_MUST.exec(s.norm);
    if (pt) return foundAt('planned', pt, s, ctx);
  }
  const words = s.words;
  // "I talked to him that he needs to write the postmortem until thursday" (Portuguese's "falei pra ele que ..."): told him that.
  const talked = s.norm.includes('to ') && TALKED_THAT.exec(s.norm);
  if (talked && !ctx.frame.selfNote) return foundAt('reported', talked, s, ctx);
  // ("told: him to have the rollout plan in the doc", "asked: her to send the PR by Thursday": a label of the manager's
  // telling or asking, then whom and what.)
  if (words.length > 3 && OBJECT_PRONOUNS.has(words[0].w) && !otherPronoun(words[0].w, ctx.frame.parties) && words[1].w === 'to' && isBaseVerb(words[2].w) && !NOT_ACTIONS.has(words[2].w)
    && TOLD_LABEL_BEFORE.test(ctx.chunk.slice(Math.max(0, words[0].start - 24), words[0].start))) return found('reported', s, ctx, words[0].start, words[0].end, 2);
  // "Words of advice given regarding the quality of his case files", "Verbal warning given re: lateness": a record of
  // the writer's admonition (not "advice given by HR").
  const given = hasSpaced(s.norm, 'given') && !ctx.frame.selfNote ? ADVICE_GIVEN.exec(s.norm) : null;
  if (given) return found('reported', s, ctx, s.start, s.start + given[0].length, Math.min(s.words.length - 1, 2));
  // "me: swaps go through e-roster from today, no exceptions", "said on the truck: pre-lights go through me from now
  // on, no verbal deals": a rule set for what comes, said to them.
  // (A rule put to "you" is the imperative rule's: "me: from now on you update the address the same day".)
  // ("Tomasz, from tonight every steak rests on the rack. No exceptions.": the person called by name, then the rule.)
  const called = words.length > 3 && calledFirst(s, ctx.chunk, ctx.frame.parties);
  // ("me: Davide, basta, every microfermata goes on the sheet, also the 30 second ones.": a rule for whatever comes, said to
  // them, past their name and "enough".)
  if (ctx.frame.instructions === 'spoken' && !ctx.frame.selfNote && words.length > 4 && (s.norm.includes('every') || s.norm.includes('each') || s.norm.includes('all ') || s.norm.includes('any '))) {
    const rule = RULE_SAID.exec(s.norm);
    if (rule) return foundAt('reported', rule, s, ctx);
  }
  // ("me: nothing over 20 kg on your own from now on": a ban first, with "your" in it, which no imperative reads.)
  const banFirst = BAN_FIRST.has(words[0]?.w ?? '') && !!words[1] && (words[0].w === 'no' ? !NOT_BANS.has(words[1].w) : words[0].w === 'never' || !/(?:s|ed)$|^(?:will|would|can|could|is|was|has|had|happens|else)$/.test(words[1].w));
  if ((ctx.frame.instructions === 'spoken' || called) && !ctx.frame.selfNote && !s.question && words.length > 2 && (!(s.classes & WordClass.You) || banFirst) && (FROM_NOW.test(s.norm) || (called && FROM_DAY.test(s.norm)))
    && (banFirst || RULE_MARK.test(s.norm) || THROUGH_ME.test(s.norm) || BAN_AFTER.test(s.norm) || (called && ctx.frame.saidAfter))) return found('reported', s, ctx, words[0].start, words[Math.min(words.length, 3) - 1].end, 0);
  if (!ctx.frame.reported && !ctx.frame.tellTo && !mayTell(s, ctx.frame.parties)) return undefined;
  const parties = ctx.frame.parties;
  // "Advised: take a more proactive role": a reporting label before an instruction.
  if (ctx.frame.reported && words.length) {
    // "Instructed: Callum to post the reversing journal before the pack is reissued": the person, "to", what they are to do.
    if (isPerson(words[0], parties) && !OBJECT_PRONOUNS.has(words[0].w)) {
      const p = pastName(s, 0, parties);
      if (words[p + 1]?.w === 'to' && words[p + 2] && isBaseVerb(words[p + 2].w) && !NOT_ACTIONS.has(words[p + 2].w)) return found('reported', s, ctx, words[0].start, words[p].end, p + 2);
    }
    // "Advised: take a more proactive role", "told him straight: no more dates on sales calls": what follows is what was told.
    for (const i of clauseStarts(s, ctx.chunk)) {
      const imp = imperativeAt(s, ctx.chunk, i);
      if (imp) return found('reported', s, ctx, words[imp.verb].start, words[imp.verb].end, imp.verb);
    }
    // What was told, if it is a rule or a ban ("no more dates on sales calls", "every change goes to Femke"),
    // not a view ("I was clear: the incident itself is not the problem", "I said him honestly: not in 2026").
    // ("TOLD MO | errors are a label problem, not her team": a statement of how things are, a view.)
    // ("I told him straight: I will not move the deadline a second time": what the manager will do, their own stand.)
    if (!TOLD_VIEW.test(s.norm) && !myStand(s) && toldRule(s)) return found('reported', s, ctx, words[0].start, words[Math.min(words.length, 3) - 1].end, 0);
  }
  // "Tell her: no one-off node pool approvals w/o a ticket": a statement to be told, whatever its form.
  if (ctx.frame.tellTo && words.length >= 3 && !s.question) {
    for (const i of clauseStarts(s, ctx.chunk)) {
      const imp = imperativeAt(s, ctx.chunk, i);
      if (imp) return found('planned', s, ctx, words[imp.verb].start, words[imp.verb].end, imp.verb);
    }
    // ("Tell her: thanks for covering the weekend.", "Tell him: great call on the rollback.": thanks and praise to pass on, no instruction.)
    if (PRAISE_FIRST.has(words[0].w) || (words[0].w === 'well' && words[1].w === 'done')) return undefined;
    return found('planned', s, ctx, words[0].start, words[Math.min(words.length, 3) - 1].end, 0);
  }
  // "PC Hale was instructed to resubmit the file ...", "Officer was reminded that she must ...": a record's passive,
  // its writer the one who told.
  // Irish English's perfect, "I'm after telling her to have the conversation with Noel this week": told her, just now.
  const after = s.norm.includes('after ') ? AFTER_PERFECT.exec(s.norm) : null;
  if (after && !ctx.frame.selfNote && (OBJECT_PRONOUNS.has(after[1]) || personWord(parties, after[1]))) return foundAt('reported', after, s, ctx);
  const passive = s.norm.includes('was ') || s.norm.includes('were ') || s.norm.includes('to be ') ? passiveTelling(s, ctx, parties) : undefined;
  if (passive) return passive;
  const taskTold = s.norm.includes('told ') ? toldTheTask(s, ctx.chunk, parties) : -1;
  if (taskTold >= 0) return found('reported', s, ctx, words[taskTold].start, words[taskTold + 1].end, 1);
  for (let v = 0; v < words.length; v++) {
    const next = words[v + 1];
    // "I did tell her that for enterprise accounts she has to ...": the emphatic past.
    // ("I said him that from now on every change goes to Femke": English learned elsewhere, "told him".)
    // ("I was telling him that he should put flaky tests in quarantine": the progressive, as told.)
    // (The word itself looked up first: most are none of these forms, and the words before it are then not compared.)
    const cur = words[v].w;
    const progressive = v > 1 ? WAS_TELLING.get(cur) : undefined;
    const w = (v > 0 && DID_PAST.has(cur) && words[v - 1].w === 'did' && DID_PAST.get(cur)) || (progressive && words[v - 1].w === 'was' && words[v - 2].w === 'i' && progressive)
      || (v > 0 && parties.manager.size > 0 && RECAP_PRESENT.has(cur) && parties.manager.has(words[v - 1].w) && RECAP_PRESENT.get(cur))
      // ("I ended up telling her to just dedupe ...", "I kept telling him to ...": the telling, however it came about.)
      || (progressive && v > 2 && words[v - 1].w === 'up' && (words[v - 2].w === 'ended' || words[v - 2].w === 'wound') && words[v - 3].w === 'i' && progressive)
      || (progressive && (words[v - 1].w === 'kept' || words[v - 1].w === 'started') && words[v - 2].w === 'i' && progressive)
      // ("Then I said to him that from now on he calls me directly": "said to him that", as told.)
      || (words[v].w === 'said' && ((words[v + 2]?.w === 'that' && OBJECT_PRONOUNS.has(words[v + 1]?.w ?? '')) || (words[v + 1]?.w === 'to' && words[v + 3]?.w === 'that' && OBJECT_PRONOUNS.has(words[v + 2]?.w ?? ''))) ? 'told' : words[v].w);
    // What they are expected to do or deliver, when the manager states it ("told him I need ...", "said I want ...").
    let expected: number;
    let said: number;
    let clear: RegExpExecArray | null;
    // Reported: told him to ..., asked Aiko to ..., told him (that) he should ..., insisted she take ...
    if ((PAST_TO.has(w) || PAST_THAT.has(w) || PAST_CAUSE.has(w) || w === 'gave' || w === 'given' || w === 'set') && managerSubject(s, w !== words[v].w && words[v - 1]?.w === 'was' ? v - 1 : w !== words[v].w && words[v - 1]?.w === 'up' ? v - 2 : w !== words[v].w && (words[v - 1]?.w === 'kept' || words[v - 1]?.w === 'started') ? v - 1 : v, parties, ctx.chunk)) {
      // ("he said he doesn't trust her on the machine yet. I said then train her, that's the job": the order said, no quotes.)
      if (w === 'said' && (next?.w === 'then' || next?.w === 'so' || next?.w === 'just') && words[v + 2] && words[v + 3] && isBaseVerb(words[v + 2].w) && !NOT_ACTIONS.has(words[v + 2].w)
        && words[v + 2].w !== 'go' && words[v + 2].w !== 'be' && !SUBJECT_PRONOUNS.has(words[v + 3].w) && !FINITE.has(words[v + 3].w)
        // (Not across a break: "doc is solid, said so; section 3 is the strongest part".)
        && !breakBetween(s, v + 1)) return found('reported', s, ctx, words[v].start, next.end, v + 2);
      // ("Said leave the flexo drift alone on nights, Kyle's planned job Wed covers it.": the order said straight after "said", in
      // a note that drops its subject; a verb that is first a verb, then what it acts on.)
      if (w === 'said' && v === 0 && next && words[v + 2] && (verbLikelihood(next.w) === 'verb-first' || verbLikelihood(next.w) === 'verb-only') && !NOT_ACTIONS.has(next.w)
        && next.w !== 'go' && next.w !== 'be' && next.w !== 'do' && next.w !== 'have' && !(next.w === 'stop' && /^(?:worrying|apologi[sz]ing|by|in)$/.test(words[v + 2].w)) && !SUBJECT_PRONOUNS.has(words[v + 2].w) && !FINITE.has(words[v + 2].w) && !/^[,:;"“]/.test(s.norm.slice(words[v].end - s.start).trimStart())) return found('reported', s, ctx, words[v].start, next.end, v + 1);
      // "I asked you to send the design to Ruben" (a reply written to them): the same telling, reported.
      // ("I asked you last week to ping Ines directly": a time between.)
      const toAt = next?.w === 'you' ? words.findIndex((x, j) => j > v + 1 && j <= v + 5 && x.w === 'to') : -1;
      // ("Told you on Friday to post ...", "Asked you in standup to loop in ...": a comment to them, the subject dropped.)
      if (next?.w === 'you' && (words[v - 1]?.w === 'i' || words[v - 1]?.w === "i've" || words[v - 1]?.w === "i'd" || v === 0) && PAST_TO.has(w) && toAt > 0 && words[toAt + 1] && isBaseVerb(words[toAt + 1].w)
        && (words.slice(v + 2, toAt).every(x => TIME_BETWEEN.has(x.w)) || words.slice(v + 2, toAt).some(x => OCCASION_BEFORE.has(x.w)))) {
        return found('reported', s, ctx, words[v].start, next.end, toAt + 1);
      }
      // ("Told T to stop booking kit directly": the person's initial, a capital letter alone.)
      if (PAST_TO.has(w) && next && next.w.length === 1 && next.w !== 'i' && next.w !== 'a' && parties.person.has(next.w) && isCapital(ctx.chunk.charCodeAt(next.start))
        && words[v + 2]?.w === 'to' && words[v + 3] && isBaseVerb(words[v + 3].w) && !NOT_ACTIONS.has(words[v + 3].w)) return found('reported', s, ctx, words[v].start, next.end, v + 3);
      // ("informed Ms Carvalho that ...": a title; "I told to her she must ...": English learned elsewhere.)
      const titled = next && (TITLES.has(next.w) || (next.w === 'to' && w === 'told' && OBJECT_PRONOUNS.has(words[v + 2]?.w ?? ''))) && isPerson(words[v + 2], parties) ? 1 : 0;
      // A note that names no one met ("Tom McKenzie.md" read alone): "Encouraged Tom to treat ..." tells the one named.
      const named = !parties.person.size && PAST_TO.has(w) && !!next && next.w.length > 1 && /^\p{Lu}\p{Ll}/u.test(ctx.chunk.slice(next.start, next.start + 2))
        && words[v + 2]?.w === 'to' && !!words[v + 3] && isBaseVerb(words[v + 3].w) && !NOT_ACTIONS.has(words[v + 3].w);
      if (named) return found('reported', s, ctx, words[v].start, next!.end, v + 3);
      // "I suggested, more firmly than I meant to, that she take the excerpt to Pauline": how it was said, set off by
      // commas, then the demand.
      if (PAST_THAT.has(w) && next && /^\s*,/.test(s.norm.slice(words[v].end - s.start))) {
        for (let q = v + 2; q <= v + 10 && q < words.length - 2; q++) {
          if (words[q].w === 'that' && /,\s*$/.test(s.norm.slice(words[q - 1].end - s.start, words[q].start - s.start)) && demandClause(s, q, SUBJUNCTIVE.has(w), parties)) {
            return found('reported', s, ctx, words[v].start, words[v].end, actionAfter(s, q, parties));
          }
        }
      }
      // ("GL said YD should write it up": after a verb that takes no person as its object, the person is the clause's subject.)
      const subjectNext = NO_PERSON_OBJECT.has(w) && DEONTIC.test(s.norm.slice((words[v + 2]?.start ?? s.end) - s.start));
      const dotted = dottedInitials(s, v + 1 + titled, ctx.chunk, parties);
      if ((dotted >= 0 || (isPerson(words[v + 1 + titled], parties) && personHere(words[v + 1 + titled], s, ctx))) && !subjectNext) {
        // "asked Joaquín Ruiz to ...": past the person's other names.
        const p = dotted >= 0 ? dotted : pastName(s, v + 1 + titled, parties);
        const after = words[p + 1]?.w;
        // "told him straight out to drop the opener": how it was told, then what.
        // ("Told @hsato last time to split #398", "told her yesterday to ...": when, then what.)
        if (PAST_TO.has(w) && after && (BEFORE_TO.has(after) || WHEN_TOLD.has(after))) {
          let q = p + 1;
          while (q < p + 4 && words[q] && (BEFORE_TO.has(words[q].w) || WHEN_TOLD.has(words[q].w))) q += WHEN_TOLD.has(words[q].w) && TIME_AFTER.has(words[q + 1]?.w ?? '') ? 2 : 1;
          // ("I told him plainly not to send anyone into the field until ...": the ban after how it was said.)
          if ((words[q]?.w === 'not' || words[q]?.w === 'never') && words[q + 1]?.w === 'to') q++;
          if (words[q]?.w === 'to' && words[q + 1] && isBaseVerb(words[q + 1].w)) return found('reported', s, ctx, words[v].start, words[p].end, q + 1);
        }
        // "Reminded him, gently but firmly, to turn down any cash": how it was said, set off by commas, then what.
        if (PAST_TO.has(w) && words[p + 1] && /^\s*,/.test(s.norm.slice(words[p].end - s.start))) {
          for (let q = p + 2; q <= p + 9 && q < words.length - 1; q++) {
            if (words[q].w === 'to' && /,\s*$/.test(s.norm.slice(words[q - 1].end - s.start, words[q].start - s.start)) && isBaseVerb(words[q + 1].w) && !NOT_ACTIONS.has(words[q + 1].w)) return found('reported', s, ctx, words[v].start, words[p].end, q + 1);
          }
        }
        // "Told him in the room to stop cc'ing the whole team", "told her at the end to ...", "over coffee": where, then what.
        if (PAST_TO.has(w) && after && OCCASION_PREP.has(after)) {
          for (let q = p + 2; q <= p + 7 && q < words.length - 1; q++) {
            if (breakBetween(s, q - 1)) break;
            if (words[q].w === 'to' && isBaseVerb(words[q + 1].w) && !NOT_ACTIONS.has(words[q + 1].w)) return found('reported', s, ctx, words[v].start, words[p].end, q + 1);
          }
        }
        // "Told her just write with what she have first", "told him send me the doc by tmr": English learned
        // elsewhere, the instruction without "to" (a verb that is only a verb, and not what they feel or know).
        if (w === 'told' && words[p + 1]) {
          const j = words[p + 1].w === 'just' ? p + 2 : p + 1;
          // (Not "Told her Wade already has a draft": a name, capitalised, and its verb: news.)
          // (Nor "Told him grapple tutorial completion went from 61% to 88%": a noun of a few words, then its verb: news.)
          if (words[j] && verbLikelihood(words[j].w) === 'verb-only' && !NOT_ACTIONS.has(words[j].w) && !isCapital(ctx.chunk.charCodeAt(words[j].start))
            && !nounThenVerb(words, j)
            && !FINITE.has(words[j + 1]?.w ?? '')
            // ("Told him reopen rate is a pod metric, so ...": a noun, then its noun and verb, news.)
            && !FINITE.has(words[j + 2]?.w ?? '')) return found('reported', s, ctx, words[v].start, words[p].end, j);
        }
        // "I said him to do the pairing", "recommended her to talk with her manager": English learned
        // elsewhere reports an instruction so (a person, "to" and a verb after "said" or "recommended"
        // read no other way; "recommended her to the board" has no verb after "to").
        // ("I said him to not merge to production on Friday": "not" split from its verb.)
        const toVerb = after === 'to' ? (words[p + 2]?.w === 'not' || words[p + 2]?.w === 'never' ? p + 3 : p + 2) : p + 3;
        // (Not what the manager wished them to come to: "Wanted him to hear it from me first.")
        if ((PAST_TO.has(w) || (SAID_TO.has(w) && isBaseVerb(words[toVerb]?.w ?? ''))) && (after === 'to' || ((after === 'not' || after === 'never') && words[p + 2]?.w === 'to'))
          && !(WISHED.has(w) && NOT_ACTIONS.has(words[toVerb]?.w ?? ''))) {
          return found('reported', s, ctx, words[v].start, words[p].end, actionAfter(s, p + 1, parties));
        }
        if (PAST_THAT.has(w) && demandClause(s, p + 1, SUBJUNCTIVE.has(w), parties)) {
          return found('reported', s, ctx, words[v].start, words[p].end, actionAfter(s, p + 1, parties));
        }
        // ("I told Omar that leaving samples without a form is a breach and that he must stop doing it": the demand in the second
        // clause told.)
        if (PAST_THAT.has(w) && words[p + 1]?.w === 'that') {
          for (let q = p + 4; q < words.length - 2; q++) {
            if (words[q].w === 'that' && words[q - 1].w === 'and' && demandClause(s, q, SUBJUNCTIVE.has(w), parties)) return found('reported', s, ctx, words[v].start, words[p].end, actionAfter(s, q, parties));
          }
        }
        // "suggested Grace block two mornings", "insisted Tom take the week": the name is the subject of the demand.
        if (SUBJUNCTIVE.has(w) && w !== 'asked' && w !== 'requested' && after && after !== 'to' && demandClause(s, v + 1, true, parties)) {
          return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        }
        if (PAST_CAUSE.has(w) && w !== 'let' && after && isBaseVerb(after) && !after.endsWith('ing')) {
          return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        }
        // "→ told him label + date EVERYTHING, no excuses", "told her wait for the sign-off": the words told,
        // without quotes; "told him no signing off without a test": a ban.
        // (Not "told him attach rate is on my scorecard too": a noun of two words and its verb, a statement.)
        // (Not "Told him Ray lost 2 hrs icing last week": a name, capitalised, though "ray" and "bob" are verbs too.)
        if (w === 'told' && after && isBaseVerb(after) && !NOT_ACTIONS.has(after) && after !== 'be' && !words[p + 1].w.endsWith('s') && !isCapital(ctx.chunk.charCodeAt(words[p + 1].start)) && breakOrVerb(s, p)
          && !STATEMENT_VERB.has(words[p + 3]?.w ?? '')) {
          return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        }
        if ((w === 'told' || w === 'warned') && after === 'no' && words[p + 2]?.w.endsWith('ing')) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
        // ("told him no naked short calls in single names until earnings": a ban with what lifts it.)
        if ((w === 'told' || w === 'warned') && after === 'no' && BAN_UNLESS.test(s.norm.slice(words[p + 1].start - s.start))) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
        // ("asked him send the payout timeline by tmr noon": the request without its "to", and when.)
        if (w === 'asked' && after && isBaseVerb(after) && !NOT_ACTIONS.has(after) && after !== 'be' && !ASKED_WH.has(after) && BY_WHEN.test(s.norm.slice(words[p].end - s.start))) {
          return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        }
        // ("Told Siti don't anyhow change the route plan after 6am": a ban in the words said, without quotes.)
        // (Not reassurance: "told her don't worry about it".)
        if (w === 'told' && (after === "don't" || after === 'dont' || after === 'never') && words[p + 2]) {
          const banned = isBaseVerb(words[p + 2].w) ? p + 2 : words[p + 3] && isBaseVerb(words[p + 3].w) ? p + 3 : -1;
          if (banned > 0 && !NOT_ACTIONS.has(words[banned].w) && !REASSURED.has(words[banned].w)) return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        }
        // "only thing I told her was get me the pictures by Monday", "what I told him was to ...": the words told, after a cleft.
        if (w === 'told' && after === 'was' && words.slice(Math.max(0, v - 4), v).some(x => x.w === 'thing' || x.w === 'what' || x.w === 'all')) {
          const k = words[p + 2]?.w === 'to' ? p + 3 : p + 2;
          if (words[k] && isBaseVerb(words[k].w) && !NOT_ACTIONS.has(words[k].w)) return found('reported', s, ctx, words[v].start, words[p].end, k);
        }
        // "told him next time ping #support-leads directly": a rule for what comes, in the words said.
        if (w === 'told' && after && (after === 'next' || after === 'from' || after === 'going')) {
          const k = timeOpener(s, p + 1);
          if (k > 0 && words[k] && isBaseVerb(words[k].w) && !NOT_ACTIONS.has(words[k].w)) return found('reported', s, ctx, words[v].start, words[p].end, k);
          // ("I told her next time to pull into the first safe lot and call me": the occasion, then "to" and what.)
          if (k > 0 && words[k]?.w === 'to' && words[k + 1] && isBaseVerb(words[k + 1].w) && !NOT_ACTIONS.has(words[k + 1].w)) return found('reported', s, ctx, words[v].start, words[p].end, k + 1);
          // ("Told her next time particle alarm on any chamber, inhibit the tool first and call me.": the occasion, a comma, then what.)
          for (let q = k + 1; k > 0 && q < Math.min(words.length, k + 10); q++) {
            if (!/^,\s+$/.test(ctx.chunk.slice(words[q - 1].end, words[q].start))) continue;
            if (isBaseVerb(words[q].w) && !NOT_ACTIONS.has(words[q].w) && verbLikelihood(words[q].w) !== 'noun-first') return found('reported', s, ctx, words[v].start, words[p].end, q);
            break;
          }
        }
        // "Told him any mid-sprint pull-in goes through me from now on": a rule set for them.
        // ("Told her the training cohort isn't optional this year, per HR": someone else's rule, passed on.)
        // (Not leave given: "told her that's fine under £30 going fwd".)
        if ((w === 'told' || w === 'reminded') && (FROM_NOW.test(s.norm) || DECIDED.test(s.norm) || RULE_END.test(s.norm) || RULE_MARK.test(s.norm) || NOT_OPTIONAL.test(s.norm) || THEIR_JOB.test(s.norm) || NOT_AFTER.test(s.norm)) && !PASSED_ON_RULE.test(s.norm) && !MINE_TOO.test(s.norm)
          && !LEAVE_GIVEN.test(s.norm.slice(words[p].end - s.start))) return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        // "pushed him towards the lead role": steered, reported.
        if ((w === 'pushed' || w === 'nudged' || w === 'steered') && after && TOWARD.has(after) && words[p + 2]) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
        // "asked him for the numbers by Monday", "asked him for a date anyway": a demand with a deadline, or for one.
        if (w === 'asked' && after === 'for' && (BY_WHEN.test(s.norm.slice(words[p].end - s.start)) || COMMITMENT.test(s.norm.slice(words[p + 1].end - s.start)))) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
        // "told him no more hotfixes in the UI": a ban, told.
        if ((w === 'told' || w === 'warned') && after === 'no' && words[p + 2]?.w === 'more' && words[p + 3]) return found('reported', s, ctx, words[v].start, words[p].end, p + 3);
        // "Told her must clear the suspense items by WD3": the subject dropped before "must" (as Hong Kong English has it).
        if ((w === 'told' || w === 'reminded') && (after === 'must' || ((after === 'need' || after === 'needs' || after === 'have' || after === 'has') && words[p + 2]?.w === 'to'))) {
          const k = after === 'must' ? p + 2 : p + 3;
          if (words[k] && isBaseVerb(words[k].w) && !NOT_ACTIONS.has(words[k].w) && words[k].w !== 'be') return found('reported', s, ctx, words[v].start, words[p].end, k);
        }
        // "Told her please take Friday off": a request, in the words said.
        if ((w === 'told' || w === 'asked') && (after === 'please' || after === 'pls') && words[p + 2] && isBaseVerb(words[p + 2].w) && !NOT_ACTIONS.has(words[p + 2].w)) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
        // "Told him no, but to ask again in March".
        if (PAST_TO.has(w) && (expected = saidToDo(s, v, parties, p + 1)) >= 0) return found('reported', s, ctx, words[v].start, words[p].end, expected);
        // "Told him I need the numbers by Friday", "told her I expect her to chair it": an expectation stated to them.
        expected = w === 'told' || w === 'reminded' ? expectationAt(s, p + 1, parties) : -1;
        if (expected >= 0) return found('reported', s, ctx, words[v].start, words[p].end, expected);
        // "I told him it would be great if he could have both conversations done": a wish that is their task.
        if (w === 'told' && ctx.frame.instructions !== 'planned' && WOULD_BE_GREAT.test(s.norm.slice((words[p + 1]?.start ?? s.end) - s.start))) return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        // "told her any near miss goes on the system same shift", "instructed him that every draft must come to me": a standing rule, for any case of it.
        const ruleAt = words[p + 1]?.w === 'that' ? p + 2 : p + 1;
        if ((w === 'told' || w === 'reminded' || w === 'instructed' || w === 'warned') && ANY_CASE.has(words[ruleAt]?.w ?? '') && ruleVerbWithin(s, ruleAt + 1)) return found('reported', s, ctx, words[v].start, words[p].end, ruleAt);
        // "Reminded her of the policy that any withdrawal over £5,000 needs a second signatory": a rule, named and told.
        if ((w === 'reminded' || w === 'told' || w === 'informed') && (words[p + 1]?.w === 'of' || words[p + 1]?.w === 'about') && words[p + 2]?.w === 'the'
          && EXPECTATION.has(words[p + 3]?.w ?? '') && words[p + 4]?.w === 'that' && words[p + 5]) return found('reported', s, ctx, words[v].start, words[p].end, p + 5);
        // "Told him that no client-facing draft leaves the firm without review by me": a rule with no exception.
        if ((w === 'told' || w === 'reminded') && NO_WITHOUT.test(s.norm)) return found('reported', s, ctx, words[v].start, words[p].end, p + 1);
        // "Told her she doesn't need my sign-off, just book the participants": the instruction after what was told.
        expected = w === 'told' ? justAfterComma(s, p + 2) : -1;
        if (expected >= 0) return found('reported', s, ctx, words[v].start, words[p].end, expected);
        if ((w === 'gave' || w === 'given' || w === 'set') && /^(?:(?:a|the|an)\s+(?:hard\s+|firm\s+|clear\s+|final\s+)?(?:deadline|due\s+date|target\s+date|ultimatum|cut-?off)\b|(?:until|till|til)\s)/.test(s.norm.slice(words[p + 1]?.start - s.start || 0))) {
          const forAt = words.findIndex((x, j) => j > p + 1 && (x.w === 'for' || x.w === 'on'));
          return found('reported', s, ctx, words[v].start, words[p].end, forAt > 0 ? forAt : p + 1);
        }
      } else if (w === 'asked' && next?.w === 'for' && words[v + 2] && (BY_WHEN.test(s.norm.slice(next.end - s.start)) || COMMITMENT.test(s.norm.slice(next.end - s.start)))) {
        // "asked for a proper draft by the 25th": a demand with a deadline, reported.
        return found('reported', s, ctx, words[v].start, next.end, v + 2);
      } else if ((w === 'suggested' || w === 'advised' || w === 'recommended' || w === 'urged') && next?.w.endsWith('ing') && next.w.length > 5 && ctx.frame.instructions !== 'planned'
        && !(v === 0 && theirAdviceBefore(ctx.chunk, s.start, parties))) {
        // "I suggested framing the rules ...", "Advised planning the facilitation properly": advice given.
        return found('reported', s, ctx, words[v].start, next.end, v + 1);
      } else if (SUBJUNCTIVE.has(w) && w !== 'asked' && (next?.w === 'you' || (next?.w === 'that' && words[v + 2]?.w === 'you')) && words[v + (next.w === 'you' ? 2 : 3)] && isBaseVerb(words[v + (next.w === 'you' ? 2 : 3)].w) && !NOT_ACTIONS.has(words[v + (next.w === 'you' ? 2 : 3)].w)) {
        // "I suggested that you try a visual countdown timer": a note written to them, the advice given.
        return found('reported', s, ctx, words[v].start, words[v].end, v + (next.w === 'you' ? 2 : 3));
      } else if (SUBJUNCTIVE.has(w) && ((w !== 'asked' && w !== 'requested') || next?.w === 'that') && personHere(words[v + 1]?.w === 'that' ? words[pastArticle(s, v + 2, parties)] : next, s, ctx) && demandClause(s, v + 1, true, parties)) {
        // "I insisted she take the on-call week", "Suggested that he try the new runbook", "I asked that she not send client emails after 10".
        return found('reported', s, ctx, words[v].start, words[v].end, actionAfter(s, v + 1, parties));
      } else if (w === 'said' && next?.w === 'no' && /^no\s+(?:more\s+|further\s+)?[a-z]{2,}ing\b/.test(s.norm.slice(next.start - s.start))) {
        // "Said no more reversing without a banksman", "Said no standing on the top platform, ever": a prohibition, told.
        return found('reported', s, ctx, words[v].start, words[v].end, v + (words[v + 2]?.w === 'more' || words[v + 2]?.w === 'further' ? 3 : 2));
      } else if (w === 'said' && next && ANY_CASE.has(next.w) && ruleVerbWithin(s, v + 1) && FROM_NOW.test(s.norm)) {
        // "Said all cutting goes outside or on the vac saw from today": a standing rule, from now on.
        return found('reported', s, ctx, words[v].start, words[v].end, v + 1);
      } else if (w === 'said' && next && /^(?:(?:just|simply)\s+)?(?:don't|dont|do\s+not|never)\s+[a-z]/.test(s.norm.slice(next.start - s.start))) {
        // "I said just don't let Jono railroad it": a prohibition, told.
        const at = words.findIndex((x, k) => k > v && (x.w === "don't" || x.w === 'dont' || x.w === 'not' || x.w === 'never'));
        return found('reported', s, ctx, words[v].start, words[v].end, at + 1);
      } else if (w === 'made' && next && (clear = MADE_CLEAR.exec(s.norm.slice(next.start - s.start))) && (OBJECT_PRONOUNS.has(clear[1]) || personWord(parties, clear[1]))) {
        // "..., made that clear to her": what was said before it, told as a rule; "I have made clear to
        // Eleanor that I expect ...": what follows.
        const to = wordAtOffset(s, next.start + clear[0].length) - 1;
        // ("I made it clear to Hannah that she handled it correctly and there is nothing for her to answer": what is clear is
        // news, reassurance, no demand.)
        const rest = words[to + 1]?.w === 'that' ? s.norm.slice(words[to + 1].end - s.start) : '';
        if (!rest || demandClause(s, to + 1, false, parties) || expectationAt(s, to + 2, parties) >= 0 || DEONTIC_ANYWHERE.test(rest) || FROM_NOW.test(rest) || NOT_OPTIONAL.test(rest) || BAN_AFTER.test(rest) || RULE_MARK.test(rest) || STOPS_NOW.test(rest)) {
          return found('reported', s, ctx, words[v].start, words[to].end, words[to + 1]?.w === 'that' ? Math.min(words.length - 1, to + 2) : 0);
        }
      } else if (w === 'made' && next && (clear = MADE_CLEAR_THAT.exec(s.norm.slice(next.start - s.start))) && clear[0].includes('clear')) {
        // "Made it clear she must finish the sepsis module before the 31st": a demand on them, told.
        const subject = wordAtOffset(s, next.start + clear[0].length);
        if (isPersonSubject(words[subject], parties) && personHere(words[subject], s, ctx) && demandClause(s, subject, false, parties)) {
          return found('reported', s, ctx, words[v].start, words[subject - 1].end, actionAfter(s, subject, parties));
        }
        // "I made clear that the disclosure letter must come to me for review before any draft goes out": a
        // rule about their work, routed through the manager (or from now on), whatever its subject.
        if (words[subject] && demandClause(s, subject, false, parties) && (THROUGH_ME.test(s.norm) || RULE_END.test(s.norm) || FROM_NOW.test(s.norm) || BY_WHEN.test(s.norm))) {
          return found('reported', s, ctx, words[v].start, words[subject - 1].end, actionAfter(s, subject, parties));
        }
        // "I made it clear that the standard applies regardless, and that he must tell me in advance": the second clause's demand.
        const second = AND_THAT_THEY.exec(s.norm);
        if (second) {
          const k = wordAtOffset(s, s.start + second.index + second[0].length - second[1].length);
          if (isPersonSubject(words[k], parties) && demandClause(s, k, false, parties)) return found('reported', s, ctx, words[v].start, words[subject - 1].end, actionAfter(s, k, parties));
        }
      } else if ((PAST_TO.has(w) || SAID_TO.has(w)) && next?.w === 'to' && isPerson(words[v + 2], parties) && personHere(words[v + 2], s, ctx)
        && words[v + 3]?.w === 'to' && words[v + 4] && isBaseVerb(words[v + 4].w) && !NOT_ACTIONS.has(words[v + 4].w)) {
        // "I asked to him to send me the report", "I said to her to wait": English learned elsewhere, an instruction reported.
        return found('reported', s, ctx, words[v].start, words[v + 2].end, v + 4);
      } else if ((w === 'said' || w === 'told') && ctx.frame.instructions !== 'planned' && next && WOULD_BE_GREAT.test(s.norm.slice(next.start - s.start).replace(/^(?:him|her|them)\s+/, ''))) {
        // "Said it'd be great if she could take on all the window changeovers from now on".
        const at = words.findIndex((x, k) => k > v && (x.w === 'could' || x.w === 'would' || x.w === 'can'));
        const action = at >= 0 ? at + 1 : words.findIndex((x, k) => k > v && SUBJECT_PRONOUNS.has(x.w)) + 1;
        return found('reported', s, ctx, words[v].start, words[v].end, action);
      } else if ((w === 'said' || w === 'stressed' || w === 'explained' || w === 'reiterated' || w === 'restated' || w === 'shared') && (NOT_OPTIONAL.test(s.norm) || RULE_MARK.test(s.norm) || DECIDED.test(s.norm)
        // ("I shared that the BIP data sheets have to be filled in at every interval": a standing rule's obligation, told.)
        || (next?.w === 'that' && words[v + 2] && RULE_TOLD.test(s.norm.slice(words[v + 2].start - s.start)) && STANDING.test(s.norm)))) {
        // "Said very clearly that ID&V is never optional whatever the queue looks like": a rule, told.
        return found('reported', s, ctx, words[v].start, words[v].end, Math.min(words.length - 1, v + 1));
      } else if ((w === 'said' || ((w === 'suggested' || w === 'recommended') && next?.w === 'to')) && (expected = saidToDo(s, v, parties)) >= 0) {
        // "I said to keep dated notes", "Dana said no, not yet, but to keep dated notes": an instruction reported.
        return found('reported', s, ctx, words[v].start, words[v].end, expected);
      } else if ((w === 'said' || w === 'stressed' || w === 'explained' || (w === 'shared' && next?.w === 'that')) && next?.w !== 'to' && (expected = expectationAt(s, pastAnswer(s, v + 1), parties)) >= 0) {
        // "I said I want a two-line update every Tuesday", "Said I'd like him to run the retro": an expectation of theirs.
        return found('reported', s, ctx, words[v].start, words[v].end, expected);
      } else if (SAID_THAT.has(w) && demandClause(s, (said = pastAddressee(s, pastManner(s, v + 1), parties)), w !== 'said', parties) && isPersonSubject(words[(said = pastTime(s, said))]?.w === 'that' ? words[pastArticle(s, said + 1, parties)] : words[said], parties)
        && personHere(words[said]?.w === 'that' ? words[pastArticle(s, said + 1, parties)] : words[said], s, ctx)) {
        // "I said he should ...", "I advised that he should take a day of leave", "I did say fairly firmly: she should stop ...".
        return found('reported', s, ctx, words[v].start, words[v].end, actionAfter(s, said, parties));
      } else if (MANDATES.has(w) && next?.w === 'that' && (expected = mandatedBe(s, v + 2)) >= 0) {
        // "Supervisor advised that the literature review be reduced to no more than 40 pages": a mandate on their
        // work in the subjunctive, whatever its subject ("advised that the fund closes on the 28th" is news).
        return found('reported', s, ctx, words[v].start, words[v].end, expected);
      } else if (w === 'set' && next?.w === 'out' && words[v + 2]?.w === 'that' && demandClause(s, v + 3, false, parties)) {
        // "GL set out that the 18 March date is to be treated as fixed": a rule laid down.
        return found('reported', s, ctx, words[v].start, next.end, actionAfter(s, v + 3, parties));
      } else if ((IMPOSED.has(w) || SAID_THAT.has(w)) && next?.w === 'the' && EXPECTATION.has(words[v + 2]?.w ?? '') && words[v + 3]?.w === 'that' && words[v + 4]) {
        // "PM reiterated the expectation that JB's answer time must be under 2 minutes": the rule, named and said.
        return found('reported', s, ctx, words[v].start, words[v + 2].end, actionAfter(s, v + 4, parties));
      } else if (IMPOSED.has(w) && next?.w === 'that' && words[v + 2] && !/^(?:i|we|i'd|we'd|i'll|we'll|me)$/.test(words[v + 2].w)
        // ("Requested that supervisor approve the SF-182" under "Employee stated:": a request of the manager, named by role, theirs.)
        && !parties.manager.has(words[v + 2].w)) {
        // "I insisted that all eleven get through the refresher", "I instructed that any future submission is to be routed through me": a demand, whoever its subject.
        return found('reported', s, ctx, words[v].start, words[v].end, actionAfter(s, v + 2, parties));
      }
    }
    // "Laid down the law on code reviews: two approvals, every PR", "laid down the law with her about ...": rules set for them.
    if (w === 'laid' && next?.w === 'down' && words[v + 2]?.w === 'the' && words[v + 3]?.w === 'law' && managerSubject(s, v, parties, ctx.chunk)) {
      return found('reported', s, ctx, words[v].start, words[v + 3].end, Math.min(words.length - 1, v + 4));
    }
    // "Read him the excavation rule off the permit: nobody in a trench ...": a rule read out to them.
    if (w === 'read' && isPerson(next, parties) && words[v + 2]?.w === 'the' && words.slice(v + 3, v + 6).some(x => EXPECTATION.has(x.w) || x.w === 'riot') && managerSubject(s, v, parties)) {
      return found('reported', s, ctx, words[v].start, next!.end, Math.min(words.length - 1, v + 3));
    }
    // "Let her know she has to be at the offsite", "let him know that he must ...": told, in other words (planned under talking points).
    if (w === 'let' && isPerson(next, parties) && words[v + 2]?.w === 'know' && (clauseStarts(s, ctx.chunk).includes(v) || managerSubject(s, v, parties))) {
      const j = words[v + 3]?.w === 'that' ? v + 4 : v + 3;
      const subject = words[j];
      if (subject && isPersonSubject(subject, parties) && personHere(subject, s, ctx) && demandClause(s, j, false, parties)) {
        return found(ctx.frame.instructions === 'planned' ? 'planned' : 'reported', s, ctx, words[v].start, words[v + 2].end, actionAfter(s, j, parties));
      }
    }
    // "I was clear that she needs to be on the floor by 8:45", "I was clear with him that every file comes to me first, no exceptions".
    if (w === 'clear' && v >= 2 && (words[v - 1].w === 'was' || words[v - 1].w === 'been' || (words[v - 1].w === 'very' && words[v - 2]?.w === 'was'))) {
      const subjectAt = words[v - 1].w === 'very' ? v - 3 : words[v - 1].w === 'been' ? v - 3 : v - 2;
      const who = words[subjectAt]?.w;
      if (who === 'i' || who === "i've" || (who && parties.manager.has(who))) {
        let j = v + 1;
        if (words[j]?.w === 'with' && isPerson(words[j + 1], parties)) j += 2;
        if (words[j]?.w === 'that') j++;
        const subject = words[j];
        if (subject && ((isPersonSubject(subject, parties) && personHere(subject, s, ctx) && demandClause(s, j, false, parties)) || RULE_END.test(s.norm) || FROM_NOW.test(s.norm))) {
          return found('reported', s, ctx, words[v].start, words[v].end, actionAfter(s, j, parties));
        }
      }
    }
    // Telling named as a noun: "My advice was that he should ...", "Gave him feedback that he needs to ...".
    if (TELL_NOUNS.has(w)) {
      const action = toldAsNoun(s, v, ctx);
      if (action >= 0) return found('reported', s, ctx, words[v > 0 && words[v - 1].w === 'my' ? v - 1 : v].start, words[v].end, action);
    }
    // "Ended by telling him to get himself onto the rota": the manager's telling, as the way a meeting ended.
    if (GERUND_TO.has(w) && v >= 2 && words[v - 1].w === 'by' && isPerson(next, parties) && managerSubject(s, v - 2, parties)) {
      const p = pastName(s, v + 1, parties);
      if (words[p + 1]?.w === 'to' && words[p + 2] && isBaseVerb(words[p + 2].w)) return found('reported', s, ctx, words[v].start, words[p].end, p + 2);
    }
    // "Impress upon him that attendance at the Board is obligatory": to be told, firmly.
    if (w === 'impress' && (next?.w === 'upon' || next?.w === 'on') && isPerson(words[v + 2], parties) && words[v + 3]?.w === 'that' && clauseStarts(s, ctx.chunk).includes(v)) {
      return found('planned', s, ctx, words[v].start, words[v + 2].end, v + 4, v + 1);
    }
    // "Make clear he must ring the team mobile if he is running late", "make it clear that she has to ...": what is to be told, planned.
    if (w === 'make' && (next?.w === 'clear' || (next?.w === 'it' && words[v + 2]?.w === 'clear')) && clauseStarts(s, ctx.chunk).includes(v)) {
      const at = next.w === 'clear' ? v + 2 : v + 3;
      const subject = words[words[at]?.w === 'that' ? at + 1 : at];
      if (subject && (SUBJECT_PRONOUNS.has(subject.w) || subject.w === 'you' || personWord(parties, subject.w)) && demandClause(s, at, false, parties)) {
        return found('planned', s, ctx, words[v].start, words[at - 1].end, actionAfter(s, at, parties), v + 1);
      }
    }
    // Planned, at a clause start: "Tell him he needs to ...", "Push her to ...", "get tom to ...", "make him ...".
    // ("Instruct the BM to attend the refresher": a record's role for the person, after its article.)
    // ("For the April meeting: tell Mr. Adebayo he needs to ...": their name after a title.)
    const np = (next?.w === 'the' || TITLES.has(next?.w ?? '')) && words[v + 2] && isPerson(words[v + 2], parties) && !SUBJECT_PRONOUNS.has(words[v + 2].w) ? v + 2 : v + 1;
    // ("Tell O.P. that he is to copy me on ...", "Tell A.R. to route ...": their initials, with their dots.)
    const dotted = dottedInitials(s, np, ctx.chunk, parties);
    if ((PLAN_TO.has(w) || PLAN_THAT.has(w) || PLAN_CAUSE.has(w)) && (dotted >= 0 || isPerson(words[np], parties)) && (clauseStarts(s, ctx.chunk).includes(v) || willSay(s, v, ctx.chunk, parties.manager))) {
      const p = dotted >= 0 ? dotted : pastName(s, np, parties);
      const after = words[p + 1]?.w;
      // ("I'm going to ask her to make a phone call for me": a favour asked, for the manager, no telling.)
      if ((PLAN_TO.has(w) || w === 'say') && (after === 'to' || ((after === 'not' || after === 'never') && words[p + 2]?.w === 'to')) && !(w === 'ask' && FAVOUR.test(s.norm) && !findDeadline(s.norm))) {
        return found('planned', s, ctx, words[v].start, words[p].end, actionAfter(s, p + 1, parties), v + 1);
      }
      // "Ask her, gently, to narrow the vibrato ...": how it is to be put, set off by commas, then what.
      if (PLAN_TO.has(w) && words[p + 1] && BEFORE_TO.has(words[p + 1].w) && /^\s*,/.test(s.norm.slice(words[p].end - s.start))) {
        for (let q = p + 2; q <= p + 5 && q < words.length - 1; q++) {
          if (words[q].w === 'to' && /,\s*$/.test(s.norm.slice(words[q - 1].end - s.start, words[q].start - s.start)) && isBaseVerb(words[q + 1].w) && !NOT_ACTIONS.has(words[q + 1].w)) {
            return found('planned', s, ctx, words[v].start, words[p].end, q + 1, v + 1);
          }
        }
      }
      // "tell her: brake on every time the cart stops", "tell him: phone stays in the locker": what to tell, after a colon (not praise).
      if (w === 'tell' && ctx.chunk.charCodeAt(words[p].end) === 58 && words[p + 1] && !PRAISE.test(s.norm.slice(words[p + 1].start - s.start))) {
        return found('planned', s, ctx, words[v].start, words[p].end, p + 1, v + 1);
      }
      // ("Tell him must close the dishwash area gap before NEA re-inspection", "tell her cannot leave the counter": the subject
      // dropped before the modal, as Singapore English and quick notes drop it.)
      if ((w === 'tell' || w === 'remind') && after && DROPPED_SUBJECT_MODALS.has(after)) {
        const needsTo = after === 'need' || after === 'needs' || after === 'has' || after === 'have';
        const a = needsTo ? p + 3 : p + 2;
        if (words[a] && (!needsTo || words[p + 2]?.w === 'to') && isBaseVerb(words[a].w) && !NOT_ACTIONS.has(words[a].w)) {
          return found('planned', s, ctx, words[v].start, words[p].end, a, v + 1);
        }
      }
      // "tell him no more hotfixes straight in the Airflow UI".
      if ((w === 'tell' || w === 'warn') && after === 'no' && words[p + 2]?.w === 'more' && words[p + 3]) return found('planned', s, ctx, words[v].start, words[p].end, p + 3, v + 1);
      // "Tell him plainly the handoff isn't optional": how it is to be said, then what.
      let q = p + 1;
      while (q < p + 4 && words[q] && BEFORE_TO.has(words[q].w)) q++;
      // ("Remind him next wk he's got to front the leadership group himself": when it is to be said, then what.)
      if ((words[q]?.w === 'next' || words[q]?.w === 'on' || words[q]?.w === 'this') && words[q + 1] && (TIME_AFTER.has(words[q + 1].w) || NEXT_SHORT.has(words[q + 1].w)) && isPersonSubject(words[q + 2], parties)) q += 2;
      // ("Tell her next time there's a flood she writes the timeline herself": when, as a clause of its own, then what.)
      else if (words[q]?.w === 'next' && words[q + 1]?.w === 'time') {
        for (let j = q + 3; j < Math.min(words.length - 1, q + 10); j++) {
          if (isPersonSubject(words[j], parties) && SUBJECT_PRONOUNS.has(words[j].w)) {
            q = j;
            break;
          }
        }
      }
      if (PLAN_THAT.has(w) && demandClause(s, q, false, parties)) {
        return found('planned', s, ctx, words[v].start, words[p].end, actionAfter(s, q, parties), v + 1);
      }
      // "Will tell him the cut-off has moved to 6 March and that he has to have the models merged by then": news, then a demand.
      // ("Next 1:1: tell him the TL panel will ask about the complaint, he must own it": the demand after a comma.)
      const and = PLAN_THAT.has(w) ? words.findIndex((x, j) => j > q && ((x.w === 'that' && words[j - 1].w === 'and')
        || (SUBJECT_PRONOUNS.has(x.w) && /^[,;]\s*$/.test(s.norm.slice(words[j - 1].end - s.start, x.start - s.start))))) : -1;
      if (and > 0 && demandClause(s, and, false, parties) && isPersonSubject(words[words[and].w === 'that' ? and + 1 : and], parties)) {
        return found('planned', s, ctx, words[v].start, words[p].end, actionAfter(s, and, parties), v + 1);
      }
      // "Tell him the sprint commitments are not optional", "tell him any restart needs a ticket, full stop",
      // "Tell him I need a real date by Friday": a rule or an expectation, to be told.
      if ((w === 'tell' || w === 'remind') && words[q] && (NOT_OPTIONAL.test(s.norm) || NO_MORE_END.test(s.norm) || DECIDED.test(s.norm) || RULE_MARK.test(s.norm) || RULE_END.test(s.norm) || NO_WITHOUT.test(s.norm) || DUE_BY.test(s.norm) || LATEST.test(s.norm) || THEIR_JOB.test(s.norm) || UNTIL_THEY.test(s.norm) || theirWorkNeeds(s, q))) {
        return found('planned', s, ctx, words[v].start, words[p].end, q, v + 1);
      }
      if ((w === 'tell' || w === 'remind') && (expected = expectationAt(s, q, parties)) >= 0) return found('planned', s, ctx, words[v].start, words[p].end, expected, v + 1);
      // "Tell Mick he checks the caps HIMSELF at the end of every shift", "tell him he owns the cleanup personally": a duty
      // of theirs in the present, theirs alone.
      if ((w === 'tell' || w === 'remind') && isPersonSubject(words[q], parties) && words[q + 1] && words[q + 1].w.endsWith('s') && OWN_DUTY.test(s.norm)) {
        const verb = words[q + 1].w.endsWith('es') && isBaseVerb(words[q + 1].w.slice(0, -2)) ? words[q + 1].w.slice(0, -2) : words[q + 1].w.slice(0, -1);
        if (isBaseVerb(verb) && !NOT_ACTIONS.has(verb) && !PRESENT_STATES.has(verb)) return found('planned', s, ctx, words[v].start, words[p].end, q + 1, v + 1);
      }
      // "tell her she needs physio sign-off before demoing overhead lifts": what they need before they act, to be told.
      if ((w === 'tell' || w === 'remind') && isPersonSubject(words[q], parties) && (words[q + 1]?.w === 'needs' || words[q + 1]?.w === 'need') && words[q + 2]
        && words[q + 2].w !== 'to' && !isBaseVerb(words[q + 2].w)) return found('planned', s, ctx, words[v].start, words[p].end, q + 1, v + 1);
      // "Nudge her toward the cross-org reliability initiative": steered, planned.
      if ((w === 'push' || w === 'nudge' || w === 'steer') && after && TOWARD.has(after) && words[p + 2]) return found('planned', s, ctx, words[v].start, words[p].end, p + 2, v + 1);
      if (PLAN_CAUSE.has(w) && after && isBaseVerb(after) && after !== 'be') {
        return found('planned', s, ctx, words[v].start, words[p].end, p + 1, v + 1);
      }
    }
    // Planned, said of them: "Will say he needs to stop answering DMs at 10pm", "tell her she has to ...".
    if ((w === 'say' || w === 'tell' || w === 'insist') && isPersonSubject(next, parties) && personHere(next, s, ctx) && (clauseStarts(s, ctx.chunk).includes(v) || willSay(s, v, ctx.chunk, parties.manager))
      && demandClause(s, v + 1, w === 'insist', parties)) {
      return found('planned', s, ctx, words[v].start, next!.end, actionAfter(s, v + 1, parties), v + 1);
    }
    // "Made sure he knows the obs get signed at the time, not at the end of the round": told, and checked.
    if (w === 'made' && next?.w === 'sure' && isPersonSubject(words[v + 2], parties) && /^(?:knows|understands|understood|knew|is\s+clear|was\s+clear|gets\s+it|got\s+it)\b/.test(s.norm.slice((words[v + 3]?.start ?? s.end) - s.start)) && managerSubject(s, v, parties)) {
      return found('reported', s, ctx, words[v].start, words[v + 2].end, v + 3);
    }
    // "Make clear to him that he must complete the plans within 10 days": to be told, planned.
    if (w === 'make' && (next?.w === 'clear' || (next?.w === 'it' && words[v + 2]?.w === 'clear')) && clauseStarts(s, ctx.chunk).includes(v)) {
      const c = next.w === 'it' ? v + 2 : v + 1;
      if (words[c + 1]?.w === 'to' && isPerson(words[c + 2], parties) && words[c + 3]?.w === 'that' && demandClause(s, c + 3, false, parties)) {
        return found('planned', s, ctx, words[v].start, words[c + 2].end, actionAfter(s, c + 3, parties), c + 2);
      }
    }
    // "next visit make sure she knows she has to have the Sunday plan done": to be told, planned.
    if (w === 'make' && next?.w === 'sure' && isPersonSubject(words[v + 2], parties) && (words[v + 3]?.w === 'knows' || words[v + 3]?.w === 'understands')
      && (clauseStarts(s, ctx.chunk).includes(v) || willSay(s, v, ctx.chunk, parties.manager)) && demandClause(s, v + 4, false, parties)) {
      return found('planned', s, ctx, words[v].start, words[v + 2].end, actionAfter(s, v + 4, parties), v + 1);
    }
    // Under talking points, "Make sure she brings the revised financials, signed by the auditor": what they are to do, to be
    // seen to (not "make sure she gets the invite", "... has the access", "... feels heard": what comes to them).
    if (w === 'make' && next?.w === 'sure' && ctx.frame.instructions === 'planned' && isPersonSubject(words[v + 2], parties) && personHere(words[v + 2], s, ctx)
      && clauseStarts(s, ctx.chunk).includes(v) && words[v + 3]?.w.endsWith('s')) {
      const base = baseOf(words[v + 3].w);
      if (base && base !== words[v + 3].w && isBaseVerb(base) && !NOT_ACTIONS.has(base) && !NOT_DONE_BY_THEM.has(base)) return found('planned', s, ctx, words[v].start, words[v + 2].end, v + 3, v + 2);
    }
    // Planned, a wish that is their task: "I want him to lead the Q1 planning", "Need him to step up on
    // reviews", "I'd like Jonas to own it" (under talking points, where the manager plans what to say).
    // ("Need him to get letters out to every house before the night shoot": with the subject dropped, the manager's want of them, anywhere.)
    if (WISH_TO.has(w) && (ctx.frame.instructions === 'planned' || (v === 0 && w === 'need' && ctx.frame.instructions === 'evidence')) && isPerson(next, parties) && words[v + 2]?.w === 'to' && personHere(next, s, ctx)) {
      const starts = clauseStarts(s, ctx.chunk);
      const opener = starts.includes(v) || (starts.includes(v - 1) && WISHER.has(words[v - 1].w)) || (w === 'like' && WISHER.has(words[v - 1]?.w ?? '') && starts.includes(v - 1));
      if (opener && words[v + 3] && isBaseVerb(words[v + 3].w)) return found('planned', s, ctx, words[v].start, words[v + 1].end, v + 3, v + 1);
    }
    // Talking points with the subject dropped: "Needs to document the fixture setup", "Has to own the
    // handover" (the person met; the manager's own is "Need to ...").
    if (v === 0 && ctx.frame.instructions === 'planned' && parties.person.size && (w === 'needs' || w === 'has' || w === 'must') && clauseStarts(s, ctx.chunk).includes(0)) {
      const m = THIRD_STRONG.exec(s.norm.slice(words[0].start - s.start));
      const verb = m?.[1];
      if (verb && !NOT_ACTIONS.has(verb) && isBaseVerb(verb) && verb !== 'be' && (w !== 'has' || words[1]?.w === 'to')) {
        const k = actionAfter(s, 0, parties);
        return found('planned', s, ctx, words[0].start, words[Math.min(k, words.length - 1)].end, k);
      }
    }
    // Planned, a suggestion that is a demand on them: "Suggest she takes the conference talk", "Recommend that he pairs with Ana".
    if ((w === 'suggest' || w === 'recommend' || w === 'insist') && ((ctx.frame.instructions === 'planned' && clauseStarts(s, ctx.chunk).includes(v)) || willSay(s, v, ctx.chunk))) {
      const subject = words[v + 1]?.w === 'that' ? words[v + 2] : next;
      if (isPersonSubject(subject, parties) && personHere(subject, s, ctx) && demandClause(s, v + 1, true, parties)) {
        return found('planned', s, ctx, words[v].start, subject!.end, actionAfter(s, v + 1, parties));
      }
    }
    // The person met as the subject of an obligation: "Sam must come prepared", "he needs to own defect triage".
    // Also in the manager's prep ("## Prep"), where a bare instruction is their own task: "He needs to
    // stop treating design review as a place for verdicts" is what they mean to put to him.
    // (And under "Next" or action items: "Precious needs to get her logbook signed every shift" is no task of the manager's.)
    if ((ctx.frame.instructions !== 'never' || ((ctx.frame.section === 'prep' || ctx.frame.section === 'actions') && !ctx.frame.selfNote)) && (v === 0 || SUBJECT_PRONOUNS.has(w) || parties.person.has(w)) && isPersonSubject(words[v], parties)
      && personHere(words[v], s, ctx) && (v === 0 || clauseStarts(s, ctx.chunk).includes(v))) {
      const rest = s.norm.slice(words[v].end - s.start).trimStart();
      // "she's to decline anything where she isn't the decider": an obligation in the contraction.
      // ("he's to blame", "she's to thank for it": idioms, no task.)
      const m = ((w === "she's" || w === "he's") && next?.w === 'to' ? /^to\s+(?!blame\b|thank\b)([a-z][a-z'-]*)/.exec(rest) : null) ?? THIRD_STRONG.exec(rest)
        ?? (ctx.frame.instructions === 'planned' || ctx.frame.instructions === 'spoken' || ctx.frame.section === 'prep' ? THIRD_SHOULD.exec(rest) : null)
        // ("He should please ensure the cash limits are observed", "She should henceforth escalate ...": a duty, in any section.)
        ?? (SHOULD_MARKED.test(rest) ? THIRD_SHOULD.exec(rest.replace(SHOULD_MARKED, 'should ')) : null);
      const verb = m?.[1];
      // ("Padraig has to agree first, don't just assume it": their consent, not a task; "agree the rota with Ops" is one.)
      const consent = verb === 'agree' && !/^agree\s+(?:the|a|an|on|with|to\s+[a-z]+\s+)/.test(rest.slice(rest.indexOf('agree')));
      if (verb && !consent && !NOT_ACTIONS.has(verb) && (isBaseVerb(verb) || verb === 'be')) {
        const k = actionAfter(s, v + 1, parties);
        const then = words[k + 1]?.w ?? '';
        // "she should be promoted", "he needs to be fine with it": what happens to them, not what they are to do.
        // ("she should be in the running for the lead", "he should be on the list": a position, not an act.)
        if (verb === 'be' && (/(?:ed|en)$/.test(then) || STATE_ADJECTIVES.has(then) || POSITION.has(then))) continue;
        return found('planned', s, ctx, words[v].start, words[Math.min(k, words.length - 1)].end, k, v);
      }
    }
  }
  return undefined;
}

const rule: Rule = {
  id: 'reported-telling',
  defaultSeverity: 'information',
  summary: 'Telling, reported or planned: "Told him to ...", "Tell her she needs to ...". Ask what they would do.',
  told: true,
  questions: false,
  docs: WITH_DOCS ? {
    title: 'telling you report or plan',
    why: 'Most 1:1 notes are written about the conversation, not to the person, so the telling a manager does shows up reported ("Told him to drop the side project") or planned ("Tell him he needs to own the handover"). It is the same barrier to learning as telling in the moment (McKenzie): the person gets an answer instead of the chance to find their own. Reported telling is information by default: it is a record, and the point is to notice the pattern and ask next time. Planned telling is the cheapest to change, before the meeting, and is weighed as an instruction is (a warning in coaching) unless the rule\'s severity is set.',
    flags: 'You, named or with the subject dropped, telling the person met what to do: told, asked, instructed, ordered, advised, urged, reminded, pushed, nudged, encouraged or got them to do something; told or reminded them that they should, must or need to; insisted or suggested that they do it; made or had them do it; gave them a deadline; told them what you want of them ("I said I want a written summary before each leave", "Told him I need him to chair the review"); named your telling as a noun ("My advice was that he should ...", "Gave her feedback that she needs to ..."). Labels that report telling ("Advised: take a more proactive role"). Planned telling: "Tell him he needs to ...", "Push her to ...", "get Tom to ...", "make him ...", and under talking points a wish that is their task ("I want him to lead the Q1 planning", "Need her to step up on reviews"). The person met as the subject of an obligation: "he needs to own defect triage", "Sam must come prepared" ("should" only under talking points). Under talking points "he" or "she" is the person met when the note has one and the sentence names nobody else before it ("Priya: she needs the numbers" is about Priya); a sentence with no person met to refer to reads them as someone else. Your name (setting `learningLeader.managerNames`, or the other name in a title such as "Sam / Chris 1:1") counts as you: "Chris told Aiko to ...", and so does the other of a pair in a tool\'s summary ("Alex and Rui discussed ..."), and in formal minutes the attendee whose role is a manager\'s ("**Present:** Helen Carr, Practice Manager (PM); Jodie Baker, Receptionist (JB)": "PM reiterated the expectation that JB ...", "PM advised JB that she is not to ..."). Also a rule or an expectation told or to be told ("told her plan output goes in the PR every time, no exceptions", "told her any near miss goes on the system same shift", "Told her she doesn\'t need my sign-off, just book it", "Tell him the sprint commitments are not optional", "Tell him I need a real date by Friday", "— wasn\'t a request"), a demand for a date ("asked him for the numbers by Monday", "asked for a date anyway"), a record\'s passive with no one else named as the teller ("PC Hale was instructed to resubmit the file by 16/01", "Officer was reminded that she must record all overtime", "The employee was advised to record every escalation in the log"; not "was reminded that the offer remains open" or "was asked to present at the all-hands"), an admonition recorded ("Words of advice given regarding ..."), the corporate "we" of a record ("We asked Jordan to ...", "We reminded Tom that he must ..."), formal minutes\' "the undersigned" ("The undersigned advised Ms. Sen to ..."), telling in Taglish ("Sabi ko sa kanya na mag-page ...", "Sinabihan ko siya na i-shadow ...", "Sabihin sa kanya na kailangan niyang ...", "Dapat i-tag niya ...", "Pakiayos mo na ...", and an imperative that names its doer, "ayusin mo yung ...", "magpaalam ka muna sa ..."), steering ("Nudge her toward the reliability initiative"), "she\'s to decline ...", what follows "I was blunt:", "my line to him:" or "Tell her:" ("Tell her: no approvals w/o a ticket"), what is kept "→ next 1:1", a wish told ("I told him it would be great if he could ..."), telling in French ("Je lui ai dit de ...", "Dis-lui de ...", "il faut que tu ...") and Spanish ("le dije que mande ...", "le pedí que ...", "tienes que ..."), a plan to tell with its subject dropped ("Still need to tell her to ..."), a rule read out or named as a policy ("Read him the excavation rule: ...", "Reminded her of the policy that any withdrawal over £5,000 needs a second signatory"), a rule with no exception ("Tell him that no draft leaves the firm without review by me"), and in a Prep section, where a bare instruction is your own task, what you mean to put to them ("He needs to stop ...").',
    leavesAlone: 'Someone else\'s telling ("She\'d told Ravi to ...", "His previous manager told him ..."), telling aimed at someone other than the person met ("Told Priya to ..." in a note with Lena), "told him" with a statement ("Told him that\'s fine by me", "Told him the first month is about learning"), asking ("Asked what she\'d change first", "Asked whether ..."), and what happens to them ("she should be promoted", "he needs to know").',
    examples: [
      { telling: 'Told him to drop the side project.', asking: 'How would you approach the side project?' },
      { telling: 'Tell her she has to say no to side requests.', asking: 'Ask her: how would you approach side requests?', under: 'My talking points' },
    ],
  } : NO_DOCS,
  check,
};
export default rule;
