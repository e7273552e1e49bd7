import { aboutThem, clauseStarts, imperativeAt, instructionTells, isDiscourse, isYou, matchIn, opensQuotation, vocativeAfter, wordAt, type RawFinding, type RuleContext } from '../analysis';
import { baseOf, gerundOf, isBaseVerb } from '../english';
import { tail } from '../frame';
import { asks, isGerund, later, NO_SUGGESTIONS, nounPhrase, restOf, rewrites, topicOf, type Topic } from '../rewrite';
import { NO_DOCS, WITH_DOCS, type Rule } from '../rule';
import type { Sentence } from '../sentences';
import { WordClass } from '../wordclass';
import type { Mode } from '../../modes';
import type { Suggestion } from '../types';
import { ROLE_SUBJECTS, wordSet } from '../lexicon';
import { hasSpaced } from '../../text';
import { personWord, type Parties } from '../parties';
import { BENGALI_LETTER, DEVANAGARI, HAN, HEBREW_LETTER, KANA, PERSIAN_LETTER, THAI_LETTER } from '../other-languages';

const NT = "(?:n't|nt|\\s+not)";
/**
 * "Why didn't you ...?", "Why would you ...?", "How come you haven't ...?", "How did you not ...?" (Scots "how did ye no ...?", read as English by readDialect), "Why was the idempotency key not part of the
 * checklist from the beginning?" (the negation after its subject, with "was" or "is"; not what a system cannot do, "Why is the API
 * not capable of ...?", nor what a thing did, "why did the canary not catch it?").
 */
const WHY_NOT = new RegExp(`^(?:so\\s+|and\\s+|but\\s+|then\\s+)?(?:how\\s+(?:did|could|can|have)\\s+(?:you|u)\\s+(?:not|no|never)(?=\\s+[a-z]{3,})|(?:why|y|how\\s+come)\\s+(?:(?:did|do|have|has|would|could|ca|can|are|were|is|was|wo|does)${NT}|would|(?:are|r)\\s+(?:you|u)\\s+still|(?:did|have|had|do|does|would|could)\\s+you\\s+(?:not|never)|(?:did|have|had|do|does)\\s+you\\s+(?:[\\w'-]+\\s+){1,6}?not\\s+(?!to\\b)(?=[a-z])|(?:was|were|is|are)\\s+(?:the|this|that|these|those|your|his|her|their)\\s+(?:[\\w'-]+\\s+){0,4}?not\\s+(?!to\\b|only\\b|just\\b|(?:yet\\s+)?(?:capable|able|possible|supported|available|compatible|enough|sufficient|allowed|needed|necessary|required|the\\s+same|a\\s+problem|an\\s+issue)\\b)(?=[a-z])|you\\s+(?:did|have|do|wo|would)${NT}|you\\s+never)\\s*(?:you\\b)?)`);
/** Whether norm[a, b) has a clause's mark: , ; : — –. */
function markBetween(norm: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = norm.charCodeAt(i);
    // (A spaced hyphen too: "You haven't asked for help all month - isn't that why ...?")
    if (c === 44 || c === 59 || c === 58 || c === 8212 || c === 8211 || (c === 45 && norm.charCodeAt(i - 1) === 32 && norm.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/**
 * Blame, with or without a question mark: "Why is it taking so long", "Why is a three-point ticket still
 * open", "Why you are taking 3 days for a one-line fix", "Why do you keep ...", "Why were the essays returned after the
 * 15-working-day deadline?", "why was stand 22 logged 6 hrs late??".
 */
const BLAME = /^(?:so\s+|and\s+|but\s+)?(?:why\s+did\s+(?:you|u)\s+wait\b|why\s+(?:was|were)\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}(?:ed|en)\s+before\s+(?:the|it|they|we|you|anyone|anybody|we'd|you'd)\b|why\s+(?:was|were)\s+(?:the|this|that|these|those|your)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}(?:ed|en|wn|nt)\s+(?:after|past|beyond)\s+the\s+(?:[\w-]+\s+){0,2}?(?:deadline|due\s+date|cut-?off)\b|why\s+(?:was|were)\s+(?:[\w'-]+\s+){1,4}?[a-z]{3,}(?:ed|en|wn|nt)\s+(?:\d+\s*(?:hrs?|hours?|days?|mins?|minutes?|wks?|weeks?)|(?:two|three|four|five|six|several|a\s+few|a\s+couple\s+of)\s+(?:hours|days|weeks|minutes)|a\s+(?:day|week))\s+late\b|why\s+(?:is|are)\s+(?:the|this|that|these|those|your|his|her|their)\s+(?:[\w'-]+\s+){0,5}?still\s+[a-z-]+\b[^?]{0,60}?\band\s+not\b|why\s+(?:is|are)\s+(?:the|this|that|these|those|your)\s+[^?]{3,60}?\bif\s+(?:it's|it\s+is|they're|they\s+are)\s+not\b|why\s+(?:are|were)\s+(?:you|u)\s+(?:letting|allowing)\s+(?!me\b|us\b)[\w'-]+\s+(?:to\s+)?[a-z]+|why\s+did\s+(?:you|u)(?=\s+(?:[\w'-]+\s+){1,6}?(?:until|till|so\s+late|to\s+the\s+last\s+minute|at\s+the\s+last\s+minute)\b)|why\s+(?:did\s+(?:you|u|(?:the|that|this|your)\s+[\w-]+(?:\s+[\w-]+)?)|(?:are|were|r)\s+(?:you|u|we)\s+[a-z]+ing|(?:was|were)\s+(?:the|this|that|these|those|your)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+[a-z]{2,}(?:ed|en|ld|nt|wn|de|ne|pt|ft)(?=\s+(?:without|w\/o)\s+(?:[a-z]{3,}ing|a|an|any|the)\b))(?=\s+(?:[\w'/#-]+\s+){0,12}?(?:without|w\/o|instead\s+of|before\s+(?:(?:[\w'-]+\s+){1,3}?(?:had|has|could|did|was|were|got)\b|(?:you|u|he|she|they|i|we)'d\b|(?:[\w'-]+\s+){1,2}?even\b)))|why'd\s+(?:you|u)\s+(?:not|never)|why\s+(?:did\s+i|do\s+i\s+keep|am\s+i)\s+(?:hear|hearing|find\s+out|finding\s+out|learn|learning)\b.{0,80}\bnot\s+from\s+(?:you|u)\b|why\s+(?:is|are|was|were|has|have)\s+(?:[\w-]+\s+){1,5}?only\s+(?:(?:just|being|been|now)\s+)?(?:[\w%-]+\s+){0,3}?now\b|why\s+(?:are|were)\s+we\s+still\s+[a-z]+ing\b|why\s+(?:(?:is|are|r|was|were)\s+(?:it|this|that|everything|things|you|u|y'all|you\s+guys|the\s+[\w\u00C0-\u024F-]+(?:\s+[\w-]+){0,3}?|an?\s+[\w-]+(?:\s+[\w-]+)?)|(?:you|u|y'all|it|this|that|he|she|they)\s+(?:are|is|were|was|keep|always))\s+(?:still|taking|so\s+(?:slow|late|long)|always|again|late|behind)|why\s+(?:do|does|did)\s+(?:you|u|it)\s+(?:keep|always|still|take\s+so)|why(?:\s+did|'d)\s+(?:you|u)\b[^?]{0,80}?\bbefore\s+(?:you|u)\s+(?:knew|had|checked|asked|read|understood|looked|tested|confirmed)\b|why(?:\s+did|'d)\s+(?:you|u)\b[^?]{0,80}?\bwhen\s+[^?]{0,60}?\b(?:was|is)\s+the\s+(?:real\s+|actual\s+)?(?:bug|problem|issue|cause)\b|why(?:\s+did|'d)\s+(?:you|u)\b[^?]{0,80}?\bwhen\s+(?:we|you|u)(?:'d|\s+had)\s+(?:agreed|said|planned|decided)\b|why's\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?|an?\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:still|taking|so\s+(?:slow|late|long)|always|again|late|behind)|why\s+am\s+i\s+(?:still\s+)?(?:finding|seeing|getting|hearing|having)\s+(?:the\s+same|this\s+again|it\s+again)|why\s+(?:do|did|would)\s+(?:you|u)\s+let\s+(?:them|him|her|people|the\s+[\w-]+)\s|why\s+(?:you|u)\s+(?:keep|always)\s+[a-z]+|why\s+(?:did|do|would)\s+(?:you|u)\s+think\s+it\s+(?:was|is|would\s+be)\s+(?:ok|okay|fine|alright|all\s+right|acceptable|a\s+good\s+idea)\s+to|how\s+come\s+you)\b/;
/**
 * More blame: "why did you skip the 24h soak?" (what was left out), "Why is this the third thing you've
 * parked this month?" (a count of times), "how is it okay that the rig sits dead for three days",
 * "was a public thread really the best place to call them out" (the better choice implied).
 */
/** "The figure was in your notes, so why did it take till Monday?": a premise about them, then why. */
const PREMISE_WHY = /^(?=[^?]{0,120}\byour?\b)[^?,]{5,120},\s*so\s+(?:why|whose|how\s+come)\b/;
const IF_NOT_YOURS = /\bif\s+not\s+(?:yours|you)\s*\?/;
/** A mocking second choice: "..., or are you hoping it fixes itself?", "or are we waiting for it to go away?". */
const MOCK_CHOICE = /\bor\s+(?:are|were)\s+(?:you|u|we)\s+(?:just\s+)?(?:hoping|waiting|praying)\b[^?]{0,40}?\b(?:fix(?:es)?\s+itself|sorts?\s+itself(?:\s+out)?|solves?\s+itself|goes?\s+away|go\s+away|resolves?\s+itself|disappears?|blows?\s+over|magically)\b/;
const MEANT_TO = /\bor\s+was\s+i\s+(?:meant|supposed)\s+to\b/;
/** Why something was done before a check it skipped: "why ... before checking with finance", "... before asking anyone". */
/** "why did you ship the retry change on a tuesday before payday?", "why did you merge it right before the freeze?": a risky moment chosen, blamed. */
const RISKY_TIMING = /\bwhy\s+(?:did|would)\s+(?:you|u|he|she|they)\s+[a-z]+\b[^?]{0,60}?\b(?:on\s+a\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:[a-z]+\s+){0,2}?before|(?:right|just)\s+before)\b/;
/** After a question, the manager's word that it was open: "(genuinely asking)", "(real question)", "(not rhetorical)". */
const FOR_ME_AFTER = /^\s*[(—–-]?\s*(?:q|qn|question|one)\s+(?:for|to)\s+(?:me|myself)\b/i;
const GENUINE_AFTER = /^\s*[(—–-]\s*(?:genuinely|genuine|honestly|honest|really|truly)\s+(?:asking|curious|question|wanted\s+to\s+know)|^\s*[(—–-]\s*(?:a\s+)?(?:real|open)\s+question|^\s*[(—–-]\s*not\s+(?:a\s+)?rhetorical/i;
/** Doubt or advice dressed as curiosity: "I'm curious whether X is really the best use of ...?", "I wonder if you've considered just ...?", "Have you thought about whether X is actually helping ...?". */
const CURIOUS_DOUBT = /^(?:(?:so|and|but)\s+)?(?:(?:i'm|i\s+am|i'd\s+be|just)\s+)?(?:curious|wonder(?:ing)?)\s+(?:whether|if)\s+(?:[^?]{1,80}?\b(?:is|are|was|were)\s+(?:really|actually)\s+(?:the\s+best|helping|working|necessary|needed|worth)|(?:you've|you\s+have|you'd|you\s+had)\s+(?:ever\s+)?(?:considered|thought\s+about|tried)\s+(?:just|simply)\s+[a-z]+ing)\b|^(?:(?:so|and|but)\s+)?i\s+wonder\s+(?:whether|if)\s+(?:[^?]{1,80}?\b(?:is|are|was|were)\s+(?:really|actually)\s+(?:the\s+best|helping|working|necessary|needed|worth)|(?:you've|you\s+have|you'd|you\s+had)\s+(?:ever\s+)?(?:considered|thought\s+about|tried)\s+(?:just|simply)\s+[a-z]+ing)\b|^(?:(?:so|and|but)\s+)?(?:have|has)\s+(?:you|u)\s+(?:ever\s+)?(?:thought\s+about|considered)\s+whether\b[^?]{1,80}?\b(?:actually|really)\s+(?:helping|working|the\s+best|necessary|needed|worth)\b/;
/** "Why in the heck did you ...?", "why on earth would you ...?": a why made exasperated. */
const WHY_INTENSIFIED = /^(?:so\s+|and\s+|but\s+)?(?:why\s+(?:in\s+the\s+(?:heck|hell|world)|on\s+earth|the\s+(?:heck|hell))\s+(?:did|would|do|are|were|is|was|have|has|didn't|don't|wouldn't)\s+(?:you|u)\b|why\s+in\s+god'?s\s+name\b|why\s+in\s+the\s+name\s+of\s+god\b)|^(?:i\s+)?asked\s+(?:him|her|them)\s*:?\s+why\s+in\s+god'?s\s+name\b/;
/** "What the hell made you think ...?", "asked him what on earth made him think ...": exasperation, the answer built in. */
const WHAT_MADE = /^(?:(?:so|and|but)\s+)?(?:(?:i\s+)?asked\s+(?:him|her|them)\s*:?\s+)?what\s+(?:the\s+(?:hell|heck|fuck)|on\s+earth|in\s+the\s+world)\s+made\s+(?:him|her|them|you)\s+(?:think|believe|assume|decide)\b/;
/** "Why was X not checked ..., when it has been an observation twice before?": not done, though raised before. */
const WHEN_REPEATED = /^(?:so\s+|and\s+|but\s+)?why\b[^?]{2,100}?\bnot\b[^?]{0,80}?,?\s*when\s+it\s+(?:has|had)\s+(?:already\s+)?been\b[^?]{0,40}?\b(?:twice|three\s+times|before|again|repeatedly)\b/;
/** "you really don't think we need to re-estimate ...?", "u seriously didn't see the alert?": disbelief put as a question. */
const YOU_REALLY_NOT = /^(?:so\s+|and\s+|but\s+)?(?:you|u)\s+(?:really|honestly|seriously)\s+(?:don't|dont|do\s+not|didn't|didnt|did\s+not)\s+(?:think|see|believe|feel|know|notice|get)\b/;
/** "Why were your module 3 permits issued from the CCR if the standard says field?": against the rule, asked why. */
const IF_RULE_SAYS = /^(?:so\s+|and\s+|but\s+)?why\b[^?]{2,100}?\bif\s+(?:the|our|your)\s+(?:standard|rule|rules|policy|procedure|sop|process|spec|checklist|manual)\s+(?:says|said|requires|is\s+clear)\b/;
/** "Why did you sign the 5S sheet Monday if the cutters were still on the floor?": done while what it vouched for was not so. */
const DID_IF_STILL = /^(?:so\s+|and\s+|but\s+)?why\s+did\s+(?:you|u)\s+[a-z]+\b[^?]{1,60}?\bif\s+[^?]{1,50}?\b(?:was|were|is|are)\s+(?:still|not)\b/;
/** "Why did you give her a roadmap date you knew was after the renewal?": done against what they knew. */
const DID_KNOWING = /^(?:(?:so|and|but|ok)\s+)?why\s+(?:did|would)\s+(?:you|u)\s+[a-z]+\b[^?]{1,60}?\b(?:you|u)\s+(?:already\s+)?knew\s+(?:that\s+)?(?:[a-z]+\s+){0,3}?(?:was|were|would|wasn't|weren't|wouldn't|had|hadn't|couldn't|didn't|won't|isn't)\b/;
/** "why did you think it didn't need a second set of eyes?", "why would you assume that was fine?": a belief that let a step be skipped, blamed. */
const THOUGHT_FINE = /^(?:(?:so|and|but|ok)\s+)?why\s+(?:did|would|do)\s+(?:you|u)\s+(?:think|assume|figure|reckon)\s+(?:that\s+)?[^?]{2,80}?(?:\b(?:didn't|did\s+not|wouldn't|would\s+not|doesn't|does\s+not|don't|do\s+not)\s+(?:need|apply|matter|count)\b|\b(?:was|would\s+be|is|'s|'d\s+be)\s+(?:ok|okay|fine|alright|acceptable|a\s+good\s+idea|the\s+(?:right\s+)?(?:place|time|forum|channel)\s+(?:for|to))\b)/;
/** "Did you think the freeze didn't apply to you?": a rule they took not to hold for them, asked. */
const DID_THINK_NOT = /^(?:(?:so|and|but|ok)\s+)?did\s+(?:you|u)\s+(?:really\s+|honestly\s+)?(?:think|assume|figure|reckon|believe)\s+(?:that\s+)?[^?]{2,80}?\b(?:didn't|did\s+not|wouldn't|would\s+not|doesn't|does\s+not|don't|do\s+not)\s+(?:need|apply|matter|count)\b/;
const BEFORE_CHECKING = /\bwhy\b[^?.;]{0,90}?\bbefore\s+(?:checking|asking|telling|talking\s+to|testing|confirming|clearing\s+it|running\s+it\s+(?:past|by))\b/;
/** More blame built into a why: "why wait until April to escalate ...?", "why was I only told about it after ...?", "How can you pay the fundi before the slab is inspected?", "Why is petty cash short again when you are counting it every Friday?", "Why did you leave it for the ground staff to come and find you?", "why ... when it was meant to ...", "why do you keep ...ing", "Why does handover slip on exactly the nights you're short?". */
const BLAME_MORE = /^(?:so\s+|and\s+|but\s+)?(?:why\s+(?:was|were|wasn't|weren't)\s+[^?]{1,60}?\bnot\s+(?:escalated|raised|flagged|reported|logged|shared|mentioned)\s+to\s+me\b|did\s+(?:you|u)\s+(?:check|test|verify|confirm|look\s+at|ask|read|review)\b[^?]{0,80}?\bbefore\s+(?:you|u)\s+(?:sent|shipped|pushed|merged|released|escalated|published|signed|posted|closed|asked|agreed|promised|booked|quoted|committed)\b|why\b[^?]{0,80}?\bnot\b[^?]{0,60}?\bat\s+all\s*\??\s*$|why\b[^?]{0,80}?\bif\s+(?:you're|you\s+are|you)\s+(?:not|never)\s+(?:going\s+to|gonna)\b|why\s+(?:did|would)\s+(?:you|u)\s+(?:put|leave|send|let|have|station|seat)\s+[^?]{1,60}?\b(?:by\s+(?:herself|himself|themselves)|alone|on\s+(?:her|his|their)\s+own)\b|why\s+(?:does|do|did|is|are|was|were)\b[^?]{0,80}?\bexactly\s+(?:when\s+(?:you|u)\b|(?:on\s+)?the\s+(?:[\w-]+\s+){1,2}?(?:(?:that|when)\s+)?(?:you|u)\b)|why\s+(?:wait|leave\s+it)\s+(?:until|till)\b|why\s+is\s+it\s+that\b[^?]{0,100}?\b(?:never|always)\b|why\s+(?:was|am)\s+i\s+only\s+(?:told|informed|hearing|finding\s+out)\b|why\s+(?:are|were)\s+we\s+only\s+(?:now\s+)?(?:finding|hearing|learning|seeing|spotting|catching|told|informed)\b|how\s+(?:can|could)\s+(?:you|u)\s+(?!(?:tell|know|see|check|find|test|verify|be|get|make|learn|plan|prepare)\b)[a-z]+\b[^?]{0,80}?\bbefore\s+(?:the|it|they|anyone|we|you|u|i)\b|why\s+(?:is|are|was|were)\s+[^?]{2,60}?\bagain\b[^?]{0,60}?\bwhen\s+(?:you|u)\b|why\s+did\s+(?:you|u)\s+leave\s+it\s+(?:for|to|until|till)\s+(?:the\s+)?[a-z]|(?:why|how\s+come)\b[^?]{0,100}?\bwhen\s+(?:it|this|that|they|you)\s+(?:was|were)\s+(?:meant|supposed|due|planned)\s+to\b|why\b[^?]{0,100}?\bwhen\s+(?:you|u)(?:'re|\s+are|\s+were)?\s+(?:already|clearly|obviously)\b|why\s+(?:did|would|do)\s+(?:you|u)\b[^?]{0,80}?\bwhen\s+(?:he|she|they|it|that|this|[a-z]+)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:(?:our|the|your|by\s+far\s+the|easily\s+the|clearly\s+the)\s+)?(?:best|only|strongest|fastest|safest|most|top|biggest|clearly|obviously|already)\b|why\s+did\s+(?:you|u)\s+(?!(?:feel|think|want|decide|choose|like|need|get|become|hesitate|pause)\b)[a-z]+\b[^?]{0,60}?\bbefore\s+(?:even\s+)?[a-z]{3,}ing\b|why\s+did\s+(?:you|u)\s+[a-z]+\b[^?]{0,60}?\bwith\s+(?:the\s+)?(?:[\w#-]+\s+){0,2}(?:red|failing|broken|down|unreviewed|untested|unsigned)\b|why\s+(?:are|is|were|was|do|does|did)\s+(?:your|ur)\s[^?]{0,80}?\b(?:(?:they|he|she)\s+(?:never|didn't|haven't|hadn't|did\s+not)|nobody|no\s+one|no-one)\b|(?:is|was)\s+it\s+(?:just\s+|really\s+)?(?:a\s+)?coincidence\s+that\b|how\s+(?:is|are|was|were)\s+there\s+(?:still\s+)?no\b|how\s+come\s+there(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:still\s+)?no\b|(?:isn't|wasn't)\s+it\s+(?:the\s+(?:rule|policy|process|procedure|case)|true|clear|obvious|standard\s+practice)\s+that\b|(?:is|was)\s+it\s+not\s+(?:the\s+(?:rule|policy|process|procedure|case)|true|clear|obvious|standard\s+practice)\s+that\b|did\s+(?:you|u)\s+(?:really\s+)?(?:think|expect|assume|imagine)\s+(?:that\s+)?[^?]{1,40}?\b(?:would(?:n't|\s+not)|wouldn't)\s+(?:notice|find\s+out|see|spot|catch|mind|care|know)\b|why\s+(?:do|does)\s+(?:you\s+keep|(?:your|his|her|their)\s+(?:[\w'-]+\s+){0,3}?keeps?)\s+[a-z]+ing\b|why\s+did\s+(?:you|u)\b[^?]{0,80}?\bin\s+front\s+of\b|why\s+(?:is|are|was|were)\s+(?:your|his|her|their)\s+(?:[\w'-]+\s+){0,3}?still\s+[a-z-]+ing\b|why\s+(?:was|were|is|are|have|has|had)\s+(?:the|this|that|these|those|your|his|her|their|\d+)\s+(?:[\w'-]+\s+){0,5}?not\s+(?:[a-z]+ed|done|seen|sent|told|shown|given|written|taken|made|kept)\b|why\s+(?:did|do|does|should)\s+i\s+have\s+to\s+(?:hear|find\s+out|learn|read|chase)\b|since\s+when\s+(?:do|does|did|is|are|was|were|have|has|can|should)\b|have\s+you\s+seen\s+the\s+state\s+of\b|if\s+[^,?]{3,80},\s*(?:then\s+)?why\s|without\s+[^,?]{3,60},\s*how\s+(?:exactly|on\s+earth|were\s+you\s+(?:planning|going)|did\s+you\s+(?:plan|expect|think))\b|(?:you|u)\s+(?:decided|thought|figured|assumed)\s+[^?]{3,80}\bwithout\b|why\s+(?:was|were|is|are|did|has|had)\s+(?:nobody|no\s+one|no-one)\b|why\b[^?]{0,100}?\bwhen\s+(?:[\w'$-]+\s+){1,3}?(?:isn't|wasn't|hasn't|hadn't|aren't|weren't|didn't|doesn't|never|(?:is|was|has|had|are|were|did|does)\s+not)\b|(?:you|u)\s+(?:didn't|did\s+not|never)\s+(?:think|thought|bother|bothered)\s+to\b|why\s+(?:did|would)\s+(?:you|u)\s+(?:skip|ignore|miss|bypass|forget|drop|leave\s+out|cut|let|allow)\b|why\s+(?:is|was)\s+(?:this|that|it)\s+the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+|how\s+(?:is\s+it|it's|it\s+is|was\s+it|come\s+it's)\s+(?:ok|okay|acceptable|fine|alright|all\s+right)\s+(?:that|to|for)\b|why\s+(?:was|were|is|are)\s+there\s+(?:no|still)\b|why\s+on\s+earth\b|why\b[^?]{0,100}?\bwhen\s+(?:everyone|everybody|the\s+rest\s+of|all\s+the\s+others|every\s+other)\b|why\s+(?:did|does|do|has|have|had)\s+(?:your|his|her|their)\s+(?:[\w'£$%-]+\s+){1,5}?not\s+(?!to\b|only\b|just\b)[a-z]{3,}|why\s+(?:did|does|do|has|have|had)\s+(?:the|this|that)\s+(?:[\w'£$%-]+\s+){1,5}?not\s+(?!to\b|only\b|just\b)[a-z]{3,}(?=[^?]*,\s*when\b)|why\b[^?]{0,100}?\bwhen\s+(?:you|u)\s+(?:already\s+)?(?:knew|know|had\s+been\s+told|were\s+told|had\s+agreed|agreed|promised)\b|why\s+did\s+(?:you|u)\s+[a-z]+\b[^?]{0,60}?\bagain\s*\?*$|why\s+no\s+[\w-]+|why\s+(?:is|was)\s+(?:this|that)\s+the\s+first\s+(?:time\s+)?i(?:'m|\s+am|'ve|\s+have)\s+(?:hearing|heard|seeing|seen)\b|shouldn't\s+[^?]{1,60}?\bhave\s+been\s+(?:your|the)\s+(?:cue|signal|trigger|sign|prompt)\b|why\s+did\s+(?:you|u)\s+[a-z]+\b[^?]{0,60}?\bwith\s+(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:on|around|there|in|watching|checking)\b|why(?:'ve|\s+have)\s+(?:you|u)\s+(?:let|left|allowed|ignored|skipped)\b|how\s+many\s+times\s+(?:do|does|did|has|have|must|will)\s+[^?]{1,40}?\b(?:tell|ask|remind|show)\s+(?:you|u)\b|why\s+(?:is|are|was|were)\b[^?]{1,60}?\bif\s+(?:you're|you\s+are|you\s+were|you've\s+been|you\s+have\s+been)\b|why\b[^?]{0,80}?\bnot\b[^?]{0,60}?\bwhen\s+(?:[\w'-]+\s+){1,3}?(?:sent|told|asked|emailed|flagged|gave|shared|booked|scheduled|reminded|forwarded)\b|why\b[^?]{0,80}?\b(?:can't|cannot|can\s+not|couldn't|won't|wouldn't)\s+(?:just|simply)\s+[a-z]{2,}|why(?:\s+did|'d)\s+(?:[\w'-]+\s+){1,4}?(?:sit|stay|wait|take|linger|stall|sat|stayed|waited|lingered|stalled)\b[^?]{0,40}\bfor\s+(?:\d+|two|three|four|five|six|several|so\s+many)\s+(?:days|weeks|hours|months)\b|why\s+(?:is|are|was|were)\s+(?!we\b|i\b)[\w-]+(?:\s+[\w-]+){0,2}\s+still\s+(?:in|on|at|open|stuck|sitting|marked|pending|waiting|not|blank|empty|missing|outstanding|unsigned|unassigned|late|red|failing)\b)/;
/** Blame reported: "asked why nobody was on the fitting rooms when she knew that's where the tags go". */
const REPORTED_KNEW = /\b(?:i\s+)?(?:did\s+)?ask(?:ed)?(?:\s+\w+){0,2}\s+why\b[^.?!]{0,100}?\bwhen\s+(?:he|she|they|you)\s+(?:already\s+)?(?:knew|know|had\s+been\s+told|was\s+told|were\s+told|had\s+agreed|agreed|promised|had\s+the\s+same|has\s+the\s+same|could\s+(?:hear|see|tell))\b/;
/** Advice reported as asked: "asked whether she wouldn't trust him more if he just showed her the rough stuff". */
const REPORTED_JUST = /\bask(?:ed)?\b[^.?!]{0,50}?\b(?:whether|if)\s+[^.?!]{0,80}?\bif\s+(?:he|she|they|you)(?:'d)?\s+(?:just|simply|only)\s+[a-z]+/;
/** "... → was a public thread in front of the VP really the best place to call them out?": the better choice implied, wherever the question starts. */
const REALLY_BEST = /\b(?:was|is|were|are)\s+(?:[\w'#@-]+\s+){1,10}?really\s+the\s+(?:best|right|smartest|wisest|only)\s+(?:place|way|time|moment|forum|channel|move|call|approach|option)\b/;
/** "Did you let Connor do refunds without a code again?": the blame is in "again". */
const AGAIN = /^(?:so\s+|and\s+|but\s+)?did\s+(?:you|u)\s+(?=(?:let|forget|miss|skip|leave|ignore|break|bypass|push|merge|deploy|ship|cancel|overrule|override)\b.{0,80}\bagain\s*\?+$)/;
/** The same with the person met named: "asked why Tariq had not raised this in planning". */
const REPORTED_WHY_NAMED = /\bask(?:ed)?\s+why\s+([a-z]+)\s+(?:had|did|has|was|were|is|does)(?:n't|\s+not)\b/;
/** A question the manager reports with its blame: "asked why she hadn't raised it", "asked Grace why she had waited three weeks", "asked her why she'd called it before Kofi had turned round", "asked him why the doc still shows the old layout", "asked him why he thought deadheading 220 mi empty was a good idea". */
const REPORTED_WHY = /\b(?:i\s+)?(?:did\s+)?ask(?:ed)?(?:\s+\w+\.?){0,2}(?:,[^,]{1,45},)?\s+(?:how\s+(?:it's|it\s+is|it\s+was|is\s+it)\s+(?:ok|okay|acceptable|fine|alright)\s+(?:that|to)\b|how\s+(?:he|she|they|you)\s+(?:didn't|did\s+not|never)\s+(?:think|bother|notice|check|see|ask|spot|flag)\b|why\s+(?:(?:[\w/-]+\s+){1,3}?(?:didn't|did\s+not|wasn't|weren't)\s+[a-z]{2,}\b[^?.]{0,80}?\bif\s+(?:it|they|that|this)\s+(?:was|were|had\s+been)\s+(?:ready|done|finished|approved|signed\s+off|complete)\b|(?:(?:he|she|they|you)\s+)?always\s+[a-z]{3,}|never\s+[a-z]{2,}\b|(?:[\w/-]+\s+){1,2}?(?:had|has|was|were)(?:n't|\s+not)\s+been\s+[a-z]{3,}(?:ed|en)\b|(?:the|this|that|your|his|her)\s+(?:[\w-]+\s+){0,3}?(?:wasn't|isn't|hasn't|hadn't|weren't|aren't)\s+(?:even|yet)\b|(?:the|this|that|your|his|her)\s+(?:[\w/-]+\s+){0,3}?(?:(?:had|has|was|were|is|did)(?:n't|\s+not)|hadn't)\s+(?:been\s+|yet\s+|even\s+)?[a-z]{3,}\b|(?:he|she|they|you)'d\s+not\b|(?:tf|the\s+hell|on\s+earth|in\s+the\s+world|in\s+god's\s+name)\b|(?:he|she|they|you)\s+(?:thought|think|thinks)\s+it\s+(?:was|is|would\s+be|'d\s+be)\s+(?:ok|okay|fine|alright|all\s+right|acceptable|a\s+good\s+idea)\s+to\b|(?:he|she|they|you)\s+(?:thought|figured|assumed)\s+(?:that\s+)?[^?.]{2,80}?\b(?:was|would\s+be|'d\s+be)\s+(?:ok|okay|fine|alright|all\s+right|acceptable|a\s+good\s+idea|smart|wise|sensible)\b|(?:did\s+)?(?:he|she|they|you|the\s+[\w-]+)(?:'d|\s+had|\s+did|\s+was|\s+were|\s+had\s+been|\s+was\s+being)?\s+(?=(?:[\w'/-]+\s+){1,10}?(?:without|instead\s+of|before\s+(?:[\w'-]+\s+){1,3}?(?:even\s+)?(?:had|has|could|did|was|were|got)\b))|(?:he|she|they|you)\s+(?:keeps|keep|kept|still)\b|(?:he|she|they|you)\s+(?:sat|waited|held)\s+on\b[^.?]{0,40}\bfor\s+(?:\d+|two|three|four|five|six|several|so\s+many)\s+(?:days|weeks|months)\b|(?:the|this|that|your|his|her)\s+(?:[\w/-]+\s+){0,3}?(?:is|are|was|were)\s+never\b|(?:he|she|they|you|we)(?:'s|'re|\s+is|\s+are)\s+still\b|(?:the|this|that|it|your|his|her)\s+(?:[\w-]+\s+){0,3}?still\b|(?:he|she|they|you|it)\s+(?:(?:had|did|was|were|has|have|is|are|could|would)(?:n't|nt|\s+not)|(?:had\s+)?(?:waited|taken|kept|let|ignored|left)|(?:was|were|is|are)\s+still|never)))\b/;
/** Advice the manager reports asking: "asked whether she had considered simply rejecting the vendor", "Asked if he'd tried just rolling back", "asked whether she'd maybe thought about, idk, not saying yes to every ask". */
/** A question asked or planned with its answer built into a negative: "Asked her if she didn't think the team notices", "HoD asked whether JL had not considered simply ...", "I'll ask her if she doesn't think three is too much", "I asked whether it wouldn't have been better to go with a colleague", "I asked her whether a doc nobody reads isn't just another way of ...". */
/** "The question was put to him whether ...": the record's passive of asking, whom, and its "whether" (group 1). */
const PUT_TO = /^(?:the\s+)?question\s+was\s+(?:put|posed)\s+to\s+(?:(?:mr|mrs|ms|dr|miss|prof)\.?\s+)?(?:him|her|them|[\p{L}-]+)\s+((?:whether|if)\s)/u;
const REPORTED_NEGATIVE = /\bask(?:ed|ing)?(?:\s+(?:(?:mr|mrs|ms|dr|miss|prof)\.?\s+)?(?:him|her|them|[\p{L}-]+))?(?:,[^,]{1,90},)?\s+(?:whether|if)\s+(?:(?:he|she|they|you)'d\s+not\s+(?:thought|considered|tried|seen|read|noticed|realised|realized)\b|(?:he|she|they|you|(?:the\s+)?[\p{L}-]+)\s+(?:didn't|doesn't|don't|wouldn't|isn't|wasn't|hadn't|haven't|hasn't|(?:did|does|do|would|had|has|have)\s+not)\s+(?:think|thought|feel|agree|see|seen|realise|realize|realised|realized|notice|noticed|read|heard|consider|considered)|(?:[\p{L}'-]+\s+){1,5}?(?:wouldn't|would\s+not|couldn't|could\s+not|won't|will\s+not)\s+(?:just|simply)\s+[a-z]+|(?:[\p{L}'-]+\s+){1,5}?(?:wouldn't|would\s+not)\s+(?:[\p{L}'-]+\s+){1,4}?(?:better|sooner|instead)\b|(?:[\p{L}'-]+\s+){0,5}?(?:wasn't|isn't|weren't|aren't|wouldn't|shouldn't)[\s,]+(?:[\p{L}'-]+\s+){0,2}?(?:obviously|surely|clearly|honestly)\b|(?:it|this|that)\s+(?:was|is|were)\s+not\s+(?:already\s+)?(?:more|too|enough|plenty)\b|(?:[\p{L}'-]+\s+){1,6}?(?:isn't|wasn't|aren't|weren't|isnt|wasnt|is\s+not|was\s+not)\s+(?:just|simply|really|actually)\s+[\p{L}]+|it\s+(?:wouldn't|isn't|wasn't|won't|is\s+not|was\s+not|would\s+not)(?:\s*,[^,]{1,30},)?\s+(?:(?:have\s+been|be)\s+(?:(?:far|much|a\s+lot)\s+)?(?:better|[a-z]{3,}er|sensible|prudent|advisable|more\s+\w+)|make\s+(?:(?:far\s+|much\s+)?more\s+)?sense|(?:the|your|his|her|their|a)\s+(?:[\w-]+\s+)?(?:job|role|responsibility)\s+of\b))\b/u;
const REPORTED_ADVICE = /\bask(?:ed)?\s+(?:(?:him|her|them|[\p{L}-]+)\s+)?(?:whether|if)\s+(?:he|she|they|you|(?:the\s+)?[\p{L}-]+)(?:'d|'s|'ve|\s+had|\s+has|\s+have|\s+would)?\s+(?:ever\s+|maybe\s+|perhaps\s+)?(?:(?:considered|thought\s+(?:about|of)|tried)(?:,\s*[a-z]+,)?\s+(?:just\s+|simply\s+)?(?:not\s+)?[a-z]+ing|considered\s+that|(?:considered|thought\s+(?:about|of))\s+what\s+(?:happens|would\s+happen|will\s+happen|could\s+happen|might\s+happen)\s+if)\b/u;

/** "Asked him ...", "I asked her ...": a question put to the person, reported. */
const ASKED_HIM = /^(?:i\s+)?asked\s+(?:him|her|them)\b/;
/** The same just before a question read on its own (the words after "Asked him" are checked as a question). */
const ASKED_HIM_BEFORE = /\basked\s+(?:him|her|them)\s*[:,]?\s*$/i;
/** Doubt the manager reports asking, the answer built in: "asked whether he honestly thinks anyone reads a 2k-line PR", "asked him if he thought maybe he's just saying yes to too many people", "Ask him - does he REALLY think the lads read the RAMS", "Asked him did he really think 40 down the lane was safe", "asked whether she honestly felt the reserve had been adequate", "asked her whether shouting it across the line was really the best way", "asked whether she hadn't simply been avoiding the tracking data". */
const REPORTED_DOUBT = /\b(?:ask(?:ed)?|wonder(?:ed)?\s+aloud)(?:\s+(?:(?:mr|mrs|ms|dr|miss|prof)\.?\s+)?(?:him|her|them|[\p{L}-]+))?(?:,[^,]{1,45},)?(?:\s*[:–—-])?\s+(?:(?:whether|if)(?:\s*,[^,]{1,45},)?\s+|(?:did|does|do)\s+(?=(?:he|she|they|you)\s+(?:really|honestly|seriously|actually|truly)\s))(?:(?:[\p{L}\p{N}'-]+\s+){1,4}?really\s+(?:(?:had|has|have)\s+to|need|needs|needed)\b|(?:he|she|they|you)\s+(?:had|has|have|did)\s+even\s+(?:read|looked|checked|seen|tried|opened|tested|asked|thought|considered|run|spoken|talked)\b|(?:it|this|that|(?:[\p{L}'-]+\s+){1,6}?)(?:had|has|was|is)\s+really\s+(?:been\s+)?(?:necessary|needed|required|essential|wise|sensible|the\s+best)\b|(?:he|she|they|you)\s+(?:hadn't|hasn't|haven't|wasn't|weren't|isn't|aren't|didn't|doesn't|don't|wouldn't|couldn't|shouldn't)\s+(?:simply|just|really|perhaps|maybe)\s+(?:been\s+)?[a-z]{3,}|(?:it|that)\s+(?:might|would|could)(?:n't)?\s+(?:not\s+)?have\s+been\s+(?:better|wiser|smarter|easier|quicker|safer)\s+to\b|(?:he|she|they|you|the\s+[\p{L}-]+)\s+(?:(?:really|honestly|seriously|actually|truly)\s+(?:think|thinks|thought|felt|feel|feels|believe|believes|believed|expect|expects|expected|imagine|imagined|imagines|need|needs|needed|couldn't|can't|wouldn't|won't|didn't|intended|intends|intend|meant|means|mean|planned|plans|plan)|(?:think|thinks|thought)\s+(?:that\s+)?(?:maybe|perhaps|possibly)\b|(?:think|thinks|thought|felt|feels)\s+(?:that\s+)?(?:[\p{L}'-]+\s+){1,8}?(?:was|is|were|would\s+be)\s+ever\s+(?:appropriate|acceptable|ok|okay|fine|professional|reasonable|the\s+right)\b|(?:should|could)\s+really\b|really\s+should\b))/u;

/** A question the manager admits was loaded: "I asked him, not entirely fairly, whether ...", "asked, a bit pointedly, why ...". */
const ASKED_UNFAIRLY = /\bask(?:ed)?(?:\s+(?:him|her|them|[\p{L}-]+))?\s*,?\s*(?:(?:a\s+(?:bit|little)|rather|somewhat|quite)\s+)?(?:not\s+(?:entirely\s+|very\s+|quite\s+|altogether\s+|totally\s+|wholly\s+)?fairly|unfairly|pointedly|sharply|sarcastically|rhetorically|accusingly)\s*,?\s+(?:whether|if|why|how|what|when|who)\b/u;
/** Advice asked and reported in the question's own word order: "Had he considered, I asked, that ...", "Had she thought about, I wondered, just asking Kofi". */
const INVERTED_ASKED = /^(?:so\s+|and\s+|but\s+)?(?:have|had|did|has)\s+(?:he|she|they)\s+(?:ever\s+|maybe\s+|even\s+|not\s+)?(?:considered|thought\s+(?:about|of)|tried)\s*,\s*i\s+(?:asked|wondered)(?:\s+aloud)?\s*,?\s+(?:that|whether|just|simply|[a-z]+ing)\b/;

/** Whether the "ask" at the match's start has the manager as its subject: dropped ("Asked whether ..."), "I", or their name. */
function managerAsks(s: Sentence, at: number, parties: Parties): boolean {
  // (The match may start at the "I" of "I asked".)
  if (s.words[wordAt(s, at)]?.w === 'i') return true;
  let k = wordAt(s, at) - 1;
  while (k >= 0 && BEFORE_ASK.has(s.words[k].w)) k--;
  // ("The employee was asked whether it would not have been more appropriate to ...", "She was asked why she had not ...":
  // the person met asked, in a record's passive, by its author.)
  if (k >= 1 && (s.words[k].w === 'was' || s.words[k].w === 'were')) {
    const subject = s.words[k - 1].w;
    // ("It was asked whether it would not have been more prudent to refer ...": the record's impersonal passive, its author asking.)
    if (subject === 'he' || subject === 'she' || (subject === 'it' && k === 1) || ROLE_SUBJECTS.has(subject) || personWord(parties, subject)) return true;
  }
  // ("10:09 - asked whether she'd considered just ...": a log line's time before the subject dropped.)
  let n = 0;
  while (n <= k && /^\d+$/.test(s.words[n].w)) n++;
  // ("Then you asked him why he hadn't raised it": a note written to oneself as "you", its "you" the manager.)
  // ("The undersigned asked Mr. Ghosh why ...": formal minutes call their writer so.)
  return k < 0 || n > k || s.words[k].w === 'i' || parties.manager.has(s.words[k].w) || (!!parties.selfYou && s.words[k].w === 'you')
    || (s.words[k].w === 'undersigned' && s.words[k - 1]?.w === 'the')
    // ("Flaky tests — asked why he hasn't just quarantined them yet": after a topic set off by a dash or an arrow, the subject dropped.)
    || TOPIC_BREAK.test(s.norm.slice(s.words[k].end - s.start, s.words[k + 1].start - s.start));
}
/** What sets a topic off before the rest of its line: a spaced dash, a colon, an arrow. */
const TOPIC_BREAK = /^\s*(?:[—–:]|\s-|->|→|=>)\s*$/;

/** Late, when they knew or the date was set: "why ... now, when he's known since Christmas", "why ... not in, when the suspense was 06MAR" , "asked Omar why the hold point was not released before the pour, when the inspector was on site", "why has the close-out been pending for a week when only 15 items are open?", "why the checker had not been used, given that it has been mandatory" (at the start, or after the manager's "asked him"). */
/** WHEN_KNOWN's someone there to ask, and what was not done while they were. */
const WAS_THERE = /\b(?:was|were)\s+(?:on\s+site|there|here|available|around|in\s+the\s+(?:office|building|room))$/;
const NOT_DONE = /n't\b|\b(?:not|nobody|no\s+one|never|only)\b/;
/** "Why are you signing off rooms you didn't walk into?": what they do, against what they did not do. */
// (What they keep doing, in the progressive: not a feeling, "Why are you worried about rooms you didn't clean?".)
const WHY_UNDONE = /^(?:so\s+|and\s+|but\s+)?why\s+(?:are|were)\s+(?:you|u)\s+(?:still\s+)?(?!feeling\b|thinking\b|worrying\b|wondering\b|asking\b|hoping\b|struggling\b)[a-z]{3,}ing\b[^?]{1,60}?\b(?:you|u)\s+(?:didn't|did\s+not|haven't|hadn't|never|don't|weren't)\s+(?:even\s+)?[a-z]+/;
/** "why are you doing two passes at the blue line when one is enough": what they do, against what would do. */
const WHEN_ENOUGH = /^(?:so\s+|and\s+|but\s+)?why\s+(?:are|were|do|did|is|was|would|have)\s+(?:you|u)\b[^?]{1,80}?\bwhen\s+(?:(?:one|1|two|it|that|this|a\s+[\w-]+|the\s+[\w-]+)\s+(?:is|was|would\s+be|'d\s+be|will\s+be)|one's|it's|that's)\s+(?:enough|plenty|fine|sufficient)\b/;
const WHEN_KNOWN = /(?:^(?:so\s+|and\s+|but\s+)?|\b(?:i\s+)?ask(?:ed)?\s+(?:(?:him|her|them|[\p{L}-]+)\s+)?)why\b[^?]{0,100}?,?\s*(?:when|given\s+that)\s+(?:(?:it|this|that|the\s+[\w-]+)\s+(?:has\s+been|had\s+been|is|was)\s+(?:mandatory|compulsory|required|policy)\b|(?:you|u|he|she|they)(?:'ve|'s|'d|\s+have|\s+has|\s+had)\s+(?:known|had\s+it|been\s+told|been\s+aware)\b|the\s+(?:suspense|deadline|due\s+date|cut-?off)\s+(?:was|is)\b|the\s+(?:[\w-]+\s+)?(?:rule|policy|plan|spec|runbook|process|sop|guidance)\s+(?:said|says|requires|required)\b|(?:the\s+[\w-]+|you|u|he|she|they)\s+(?:was|were)\s+(?:on\s+site|there|here|available|around|in\s+the\s+(?:office|building|room))\b|only\s+(?:\d+|one|two|three|four|five|a\s+few|a\s+handful)\s+[\w-]+\s+(?:is|are|was|were)\s+(?:open|left|outstanding|remaining|pending)\b)/u;
/** "Why did we only find out about it from her daughter, and not from you?": news that should have come from them. */
const NOT_FROM_YOU = /^(?:so\s+|and\s+|but\s+)?why\s+(?:(?:did|do|does|have|has|had)\s+(?:we|i|the\s+[\w-]+|everyone)\s+(?:only\s+|just\s+|first\s+)?(?:find\s+out|found\s+out|hear|heard|learn|learned|learnt|get\s+told)|(?:are|am)\s+(?:we|i)\s+(?:only\s+|just\s+|first\s+)?(?:finding\s+out|hearing|learning|getting\s+told))\b[^?]{0,120}?,?\s*(?:and|but)\s+not\s+from\s+(?:you|u)\b/;
/** "why is 515's taxi not in the log if you booked it yourself?": a thing missing, when they say they did it. */
const NOT_IF_YOU = /^(?:so\s+|and\s+|but\s+)?why\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't)\s+(?:[^?]{2,60}?\b(?:not|n't)\b[^?]{0,60}?\bif\s+(?:you|u)\s+(?:already\s+|really\s+|actually\s+)?[a-z]+(?:ed|t|ne|en)\b|[^?]{2,60}?\b(?:sitting|waiting|stuck|open|idle)\b[^?]{0,40}?\bif\s+(?:you|u)(?:'re|\s+are)\s+[a-z]+ing\s+(?:them\s+|it\s+)?(?:daily|every\s+day|each\s+day|every\s+morning|already)\b)/;
/** A negative question after a comma, its verdict in it: "..., is it not a clear compliance violation?" (two words or more after the subject). */
const COMMA_NEGATIVE = /(?<=,\s*(?:but\s+|so\s+|and\s+)?)(?:(?:is|was|are|were|does|do|did|would|could|should)(?:n't\s+(?:it|that|this|there|he|she|they|you|u)|\s+(?:it|that|this|there|he|she|they|you|u)\s+not))\s+[a-z][\w'-]*\s+[^?]*\?\s*$/;
/** A question whose answer is that there is none: "Is it really too much to ...?", "Is there really any good reason not to ...?", "Is it that hard to ...?" */
/** "Whose job is it to ...?": asked of the person by name, the answer is them. */
const WHOSE_JOB = /^whose\s+(?:job|responsibility|task|call)\s+(?:is|was)\s+(?:it|that)\b/;
/** "Did nobody check the labels when the sesame change came through?": what someone should have done, asked as if no one did. */
/** "how many more disk-full pages before we fix log rotation properly?", "how many more times until someone reads the runbook?" */
const HOW_MANY_MORE = /^(?:so\s+|and\s+|but\s+|ok\s+)?how\s+many\s+more\s+(?:[\w'-]+\s+){1,6}?(?:before|until|till)\s+(?:we|you|u|someone|somebody|anyone|it|this|they|he|she)\b/;
/** "wouldn't cards get you 90% of this ...?", "doesn't a cron job just do that for you?": a thing of the asker's choosing, as the answer. */
const THING_GETS_YOU = /^(?:so\s+|and\s+|but\s+)?(?:wouldn't|won't|doesn't|wouldnt|wont|doesnt)\s+(?!(?:you|u|it|that|this|they|he|she|we|i|there)\b)(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:just\s+)?(?:get|give|save|solve|fix|cover|handle|do|buy)\s+(?:you|u|us)\b|^(?:so\s+|and\s+|but\s+)?(?:doesn't|doesnt)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+just\s+(?:do|handle|cover|fix|solve)\s+(?:that|this|it)\s+for\s+(?:you|u|us)\b/;

// ("Why was the PM skipped and nobody flagged it?": what went wrong, and that no one said so, asked together; "Why did 4.11 go to phased
// rollout with nobody watching Crashlytics over the weekend?")
const NOBODY_DID = /^(?:so\s+|and\s+|but\s+)?did\s+(?:nobody|no\s+one|no-one)\s+(?:think\s+to\s+)?(?:check|checked|test|tested|look|looked|notice|noticed|verify|verified|read|review|reviewed|spot|spotted|catch|caught|ask|asked|think|thought|flag|flagged)\b|\bwhy\b[^?]{3,80}?\b(?:and|but)\s+(?:nobody|no\s+one|no-one)\s+(?:flagged|noticed|said|raised|mentioned|escalated|told|caught|checked|spotted|reported)\b|\bwhy\b[^?]{3,80}?\bwith\s+(?:nobody|no\s+one|no-one)\s+(?:watching|checking|looking|monitoring|on\s+call|around|reviewing)\b/;
/** The writer's answer to their own question, right after it: "didn't think so", "thought not". */
const ANSWERED_AFTER = /^[\s?!.]*(?:(?:i\s+)?didn'?t\s+think\s+so|thought\s+not|i\s+thought\s+not|(?:no|nope),?\s+(?:didn'?t\s+think\s+so|exactly))\b/i;
/** "isn't BUG-4494 just BUG-4370 again?", "wasn't that just the cache?": the answer built in after "just". */
const ISNT_JUST = /^(?:so\s+|and\s+|but\s+)?(?:isn't|wasn't|aren't|weren't)\s+(?:[\w-]+\s+){1,3}?just\s+[\w-]+/;
/** The person met in the third person as a question's subject. */
const THIRD_SUBJECT = wordSet('he she they');
const RHETORICAL = /^(?:so\s+|and\s+|but\s+)?(?:(?:would|will)\s+it\s+(?:really\s+)?(?:have\s+been|be)\s+(?:really\s+)?(?:too\s+much|so\s+hard|that\s+hard|so\s+difficult|that\s+difficult|asking\s+too\s+much)\s+(?:to|for)\b|(?:is|was)\s+(?:it\s+(?:really\s+)?(?:too\s+much|so\s+hard|that\s+hard|so\s+difficult|that\s+difficult|asking\s+too\s+much)\s+(?:to|for)\b|there\s+(?:really\s+)?(?:any|a)\s+(?:good\s+|real\s+|valid\s+)?reason\s+(?:not\s+to|why\s+(?:you|u|we|he|she|they)\s+(?:can't|couldn't|shouldn't|wouldn't|don't|didn't)|(?:you|u)\s+(?:can't|couldn't|didn't|wouldn't))\b))/;

/** "Don't you think ...?", "Wouldn't it be better ...?", "Shouldn't you ...?", "Isn't the obvious step ...?", "Did you not realise ...?" (and the Scots "Would you no be better ...?", "Could you no have phoned ...?") */
// (A quotation after the negative is its subject, masked to spaces: "Isn't "shadow until they ask" just a way to ...?")
const NEGATIVE_AUX = new RegExp(`^(?:so\\s+|and\\s+|but\\s+|also,?\\s+|sure,?\\s+)?(?:(?:is|was)\\s+(?:it|that)\\s+not\\s+(?:the|your|his|her|their|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:duty|job|responsibility|role|place|obligation)\\b|(?:should|would|could|is|was|must)n't\\s+(?:[a-z][\\w-]*\\s+){1,3}?be\\s+(?:the\\s+)?(?:last|first|priority|top|main|enough|obvious)\\b|(?:do|does|would|should|is|are|wo|ca|could|did|have|must|was|might|wd|cd|shd)${NT}(?:\\s+(?:you|u|it|that|this|we|there|the|a|an|your|those|these|they|people|two|three|four|one|some|more|fewer|less|shorter|longer|smaller|bigger|fewer|[a-z]+er\\s+[a-z]+s|[a-z][\\w-]*'s|\\d[\\w.,%]*|(?:[a-z]{3,}|go|do|say|see|be)ing)|\\s{4,}(?=[a-z]))|(?:do|does|did|would|could|should|will|have|has|is|are|was|were)\\s+(?:you|u|he|she|they)\\s+not|(?:would|could|should|can|will|did|do)\\s+(?:you|u|ye)\\s+no\\s+(?!(?:longer|more|doubt|one|way|need|idea)\\b)(?:be|have|just|[a-z]+)|did\\s+(?:the|your)\\s+[\\w-]+\\s+not\\s+(?:agree|decide|say|know|see|realise|realize|notice|ask)\\b|(?:would|could|should|does|do|did)n't\\s+(?:[\\w'-]+\\s+){1,6}?just\\s+(?=[a-z])|(?:might|would|should|could|did|does|is|was)\\s+(?:it|that|this|we)\\s+not\\s+(?:be|have|occur|make|help|add|work|take|use|need|want|try|ask|go|start|stop|simply|just|really|better|easier|simpler|wiser|safer|quicker|faster|smarter)|(?:is|was)(?:n't\\s+it|\\s+it\\s+not)\\s+(?:you|u)\\s+who\\b|(?:is|was|are|were)n't\\s+(?:[\\w'-]+\\s+){1,3}just\\s+[a-z]+ing|(?:is|was|are|were)n't\\s+(?:[\\w'-]+\\s+){1,5}?(?:already\\s+)?enough\\b|(?:did|does|do|has|have|had)n't\\s+(?:\\w[\\w.-]*\\s+){1,2}?(?:already|just|ever|even)(?=\\s+[a-z])|(?:is|was|are|were|would|should)n't[\\s,]+(?:[\\w'-]+\\s+){0,2}?(?:obviously|surely|clearly)\\b|(?:is|was|are|were)n't\\s+(?:[\\w'-]+\\s+){1,4}?(?:(?:just|simply|obviously|clearly|basically|essentially|literally)\\s+(?:the|a|an)|the\\s+(?:obvious|simplest|easiest|only|best|right|quickest|safest))\\s|(?:might|would|should|could)\\s+(?:[\\w'£$%-]+\\s+){1,6}?not\\s+(?:simply\\s+|just\\s+|really\\s+)?have\\s+(?:been|[a-z]+ed)\\b|(?:is|was)\\s+(?:it|that|this)\\s+not\\s+(?:obvious|clear|plain|evident|apparent|enough)\\b|(?:should|would|could)n't\\s+[\\w'-]+(?:\\s+[\\w'-]+)?\\s+have\\s+been)\\b`);
/** A statement asked with its blame: "you didnt think a temp panel in a forklift lane was going to get hit?" (a question mark only). */
// (After a premise and a comma too: "Walk-in at 44 & nobody logged it, u didn't think to call me?")
const YOU_DIDNT = /(?:^|(?<=,\s*))(?:so\s+|and\s+|but\s+)?(?:you|u)\s+(?:didn't|didnt|did\s+not|never)\s+(?:think|realise|realize|check|consider|bother|stop\s+to)\b/;
/** "you saw him out there with no lanyard and you just kept setting panels?": what they did, asked in disbelief. */
const YOU_JUST = /^(?:so\s+|and\s+|but\s+)?(?:you|u)\s[^?]{0,100}?\bjust\s+(?:kept|carried\s+on|went\s+ahead|left|let|walked|ignored|shipped|merged|signed|sent|stood|sat|watched|assumed|decided|skipped|forgot|stopped|gave|took|agreed|approved|waved)\b/;
const LEFT_LATE_ASKED = /^(?:so\s+|and\s+|but\s+)?why\s+(?:did|had)\s+(?:he|she|they)\s+[\w'-]+\s+(?:[\w'-]+\s+){0,5}?(?:until|till|so\s+late|to\s+the\s+last\s+minute)\b/;
/** "how can the gap scan still be skipped after we flagged it on the last two visits?": still so, after being told. */
const STILL_AFTER = /\bstill\b[^?]{0,60}\bafter\s+(?:we|i|you|u)\s+(?:flagged|told|raised|agreed|asked|discussed|mentioned|warned|said)\b/;
/** "DK: did nobody think to check the permit lead time before signing?": blame, asked of everyone. */
const NOBODY_THOUGHT = /^(?:so\s+|and\s+|but\s+)?(?:did|has|had)\s+(?:nobody|no\s+one|no-one)\s+(?:think|thought|bother|bothered|stop|stopped)\s+to\b/;
/** "so nobody looked at the pour schedule, is that what youre telling me?", "Are you telling me nobody checked?" */
const TELLING_ME = /(?:\bis\s+that\s+what\s+(?:you're|youre|you\s+are|ur|u\s+r)\s+(?:telling|saying)|^(?:so\s+|and\s+)?(?:are\s+you|you're|youre|r\s+u)\s+(?:telling|saying)\s+me\b)/;
/** "Why not just ...?", "Can you just ...?", "What if you just ...?", "How about you just ...?" */
const JUST = /^(?:(?:so\s+)?what\s+(?:are|were)\s+(?:you|u)\s+(?:going\s+to|gonna|planning\s+to)\s+do\s*[,—–-]?\s+just(?=\s+[a-z])|why\s+not(?:\s+just)?|how\s+about\s+(?:(?:you|u)\s+)?(?:just\s+)?|what\s+if\s+(?:you|u|we)\s+(?:just|simply)|what\s+about\s+just|(?:can|could|would|will)\s+(?:you|u)\s+(?:not\s+)?(?:just|simply)|is\s+there\s+(?:a|any)\s+reason\s+(?:you|u)\s+(?:can't|couldn't|didn't|don't|won't|haven't))\b/;
/** Advice with a question mark: "Have you considered rolling back?", "Did you think about asking Priya?" (not "... what you want?"). */
const ADVICE = /^(?:so\s+|and\s+|but\s+)?(?:have|had|did)\s+(?:you|u)\s+(?:ever\s+)?(?:considered|consider|thought\s+(?:about|abt|of)|think\s+(?:about|abt|of)|tried|try|looked\s+(?:at|into)|look\s+(?:at|into))\s+(?:what\s+(?:happens|would\s+happen|will\s+happen|could\s+happen|might\s+happen)\s+if\b|(?!what\b|how\b|why\b|whether\b|which\b|who\b|where\b|when\b|if\b|other\s|any\s|some\s|your\s+options\b|the\s+options\b|alternatives\b|options\b))/;
/** The same advice asked of them in the third person, as a note records it after "I asked him:". */
const ADVICE_ASKED = /^(?:have|has|had|did)\s+(?:he|she|they)\s+(?:ever\s+|maybe\s+|even\s+)?(?:considered|thought\s+(?:about|of))\s+(?:just\s+)?[a-z]+ing\b/;
/** In Spanish: "¿por qué no me avisaste ...?", "¿por qué mergeaste sin ...?", "¿no sería mejor que ...?", "¿no crees que ...?". */
/**
 * Indonesian: "kenapa nggak kamu test di device low-end dulu ...?" (why didn't you), "kenapa belum di-escalate ke aku ...?" (why
 * not yet), "bukannya lebih gampang kalau ...?" (isn't it easier if); Franco-Arab (Egyptian Arabic in Latin letters): "msh kan el
 * a7san you page me ...?" (wouldn't it have been better).
 */
const OTHER_LEADING = /(?:^|[:,]\s*|\b(?:aku\s+tanya|asked\s+(?:him|her|them))\s*:?\s*)(?:(?:kenapa|knp|mengapa)\s+(?:nggak|gak|ga|tidak|enggak|ngga|belum|blm)\b|bukan(?:nya)?\s+(?:lebih\s+)?(?:gampang|mudah|baik|aman|enak|mending|cepat)\b|(?:msh|mesh|mish)\s+(?:kan\s+|kont\s+)?(?:el\s+)?(?:a7san|ahsan)\b)/;
/** A negative question that counters: "Isn't May exactly when they need the challenge?", "Doesn't that clash with the offsite, though?". */
const NEGATIVE_COUNTER = /^(?:so\s+|and\s+|but\s+)?(?:(?:isn't|wasn't|aren't|doesn't|don't|won't|wouldn't|shouldn't)\s+[^?]{1,60}?\bexactly\s+(?:when|what|where|why|how|the)\b|(?:isn't|wasn't|aren't|doesn't|don't|won't|wouldn't|shouldn't)\b[^?]{3,100},\s*though\s*\?*\s*$)/;
/** "¿Por qué no sales antes?": why don't you, a suggestion asked (not "¿por qué no puedes ...?", a state). */
const SPANISH_WHY_NOT = /(?:^|¿\s*)(?:(?:y|pero|entonces)\s+)?por\s+qu[eé]\s+no\s+(?:(?:me|nos|le|les|lo|la|te)\s+)?(?!(?:sabes|puedes|quieres|tienes|estás|estas|eres|crees|entiendes|dices|pasas)\b)\p{L}{2,}(?:as|es)\b/u;
const SPANISH_LEADING = /(?:^|¿\s*)(?:(?:y|pero|entonces)\s+)?(?:(?:de\s+verdad|en\s+serio|realmente)\s+(?:crees|piensas|te\s+parece)\s+que\b|(?:por|para)\s*qu[eé]\s+\p{L}+(?:aste|iste)\b.{0,80}?\bsi\s+ya\b|por\s*qu[eé]\s+(?:no\s+(?:me\s+|nos\s+|le\s+|lo\s+|la\s+)?\p{L}+(?:aste|iste)\b|\p{L}+(?:aste|iste)\b.{0,60}?\bsin\b|(?:dejaste|permitiste)\s+que\b)|no\s+(?:ser[ií]a|crees|piensas|te\s+parece|te\s+(?:hubiera|habr[ií]a)\s+\p{L}+)\b)/u;
/** "Is it possible you've been redoing his trolleys?": a guess at what they did, put for them to confirm. */
const POSSIBLE_YOU = /^(?:so\s+|and\s+|but\s+)?is\s+it\s+(?:at\s+all\s+)?possible\s+(?:that\s+)?(?:you|u)(?:'ve|\s+have|'re|\s+are|\s+were|\s+might\s+have|\s+may\s+have)\s+(?:been|not|just|actually|already|[a-z]+ing|[a-z]+ed)\b/;
/** "Did you really need to do all 14 interviews yourself?", "Did you actually check the metadata?", "Have you even read it?": the answer, and the doubt, built in. */
const REALLY = /^(?:so\s+|and\s+|but\s+)?(?:(?:did|do|does|was|is|were|are)\s+(?:you|u|it|that|this)\s+(?:really|honestly|seriously)\s+(?:need|have|take|make|want|think|have\s+to|need\s+to)|(?:are|were)\s+(?:we|you|u)\s+really\s+[a-z]+ing\b|(?:is|was|would)\s+(?:it|that|this)(?:\s+be)?\s+(?:really|truly)\s+(?:sensible|wise|necessary|smart|fair|realistic|the\s+best\s+use|worth\s+it|a\s+good\s+idea)\b|(?:did|have|had|do|are|were)\s+(?:you|u)\s+(?:actually|even)\s+(?!enjoy|like|love|get\s+to|manage\s+to|want|need|know|think|feel)[a-z]{3,}|(?:have|did|do|had)\s+(?:you|u)\s+(?:really|honestly|seriously)\s+not\s+[a-z]{3,}|would\s+(?:you|u|he|she|they)\s+really\s+rather|(?:you|u)\s+(?:really|honestly|seriously)\s+(?:think|believe|thought|believed)\b(?=[^?]*\?\s*$))\b/;
/** A question's auxiliary and its subject after a softening word: "or do we ...?", "maybe should I ...?". */
const AUXILIARY = wordSet('do does did is are was were can could should shall will would have has may might');
const QUESTION_SUBJECT = wordSet('i we you u he she they it this that there the');
/** Words that soften a suggestion into a question: "maybe hand the captions back to their intern?" */
const SOFTEN = wordSet('maybe perhaps possibly just so or mayb');

/** "Why you merged without waiting?": blame asked without its auxiliary (English learned elsewhere, or typed fast). */
const WHY_YOU_DID = /^(?:so\s+|and\s+|but\s+)?why\s+(?:(?:you|u)\s+(?:not|never|no)\s+[a-z]{3,}\b|(?:you|u)\s+(?!think\b|feel\b|want\b|like\b|need\b|say\b|mean\b|know\b)(?=[a-z]+\s+[^?]*(?:(?:,\s*|\s+)(?:is\s+it|right|ah|lah|leh)\s*\?+$|\balready\b|\bwithout\s+[a-z]+ing\b))|never\s+(?=[a-z]{3,}\b)|(?:you|u)\s+(?=(?:[a-z]{3,}ed|went|took|made|gave|sent|told|left|chose|wrote|broke|forgot|let|put|kept|did)\b))/;
/** "Do you think that is acceptable?", "Do you really think this is professional?", "you reckon walking back to position is what a best-22 player does?": a verdict asked for agreement. */
/** "Do you think it is ok that a guest's suitcase is gone ...?": the verdict built in. */
const VERDICT_THAT = /^(?:so\s+|and\s+|but\s+)?(?:(?:do|did)\s+(?:you|u)\s+(?:really\s+|honestly\s+|actually\s+)?think\s+(?:it\s+is|it's|it\s+was|that's|that\s+is|that\s+was)\s+(?:ok|okay|acceptable|fine|alright|normal|professional)\s+that\b)/;
const VERDICT = /^(?:so\s+|and\s+|but\s+)?(?:(?:do|did)\s+(?:you|u)\s+(?:really\s+|honestly\s+|actually\s+)?think|(?:you|u)\s+(?:really\s+|honestly\s+)?(?:reckon|think))\s+(?:that\s+)?(.{2,80}?)\s+(?:is|was|are|were)\s+(?:really\s+)?(?:acceptable|appropriate|professional|good\s+enough|ok\s+to\s+do|what\s+an?\s+(?:[\w-]+\s+){1,2}(?:does|would\s+do|do))\s*\?/;
/** "Isn't it great that ...?", "Wasn't that a good demo?": an exclamation, no answer built in about what they do. */
const EXCLAIMED = /^(?:so\s+|and\s+|but\s+)?(?:isn't|wasn't|aren't|weren't)\s+(?:it|that|this)\s+(?:a\s+|an\s+)?(?:so\s+)?(?:great|nice|good|amazing|cool|wonderful|funny|interesting|weird|odd|strange|brilliant|awesome|lovely|fantastic|exciting|sad|crazy)\b/;
/** "Wouldn't recon be the better story for your promo?", "Shouldn't enterprise SSO be the first to go?": the better option built into the question. */
const WOULDNT_BE_BETTER = /^(?:so\s+|and\s+|but\s+)?(?:wouldn't|isn't|won't|wasn't|shouldn't|couldn't)\s+((?:[\w-]+\s+){1,3})be\s+(?:the\s+|a\s+|an\s+)?(?:better|best|easier|simpler|faster|safer|smarter|obvious|right|first|one\s+to|good\s+enough|enough|sufficient)\b/;
/** A statement that weighs the options for them: "Is better to use the flag", "It'd be easier to ask". */
const BETTER_TO = /^(?:so\s+|but\s+)?(?:it's\s+|it\s+is\s+|is\s+|it'd\s+be\s+|it\s+would\s+be\s+|would\s+be\s+)(?:much\s+|way\s+|far\s+)?(?:better|best|easier|simpler|faster|safer|smarter)\s+(?:to|if\s+you)\b/;

/** "Are you sure you want to give up the fellowship?", "Are you sure that's wise?": doubt, the answer built in. */
const SURE = /^(?:so\s+|and\s+|but\s+)?(?:are|r)\s+(?:you|u)\s+(?:really\s+|absolutely\s+|100%\s+)?sure\s+(?:that\s+)?(?:(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:want|wanna|need|should|can|ready|going|gonna)|(?:that|this|it)(?:'s|\s+is|\s+was|'ll\s+be|\s+will\s+be)\s+(?:wise|smart|a\s+good\s+idea|the\s+(?:right|best)\b|enough|necessary|realistic)|[^?]{2,60}?\s(?:is|was|are)\s+the\s+(?:right|best|correct)\s+[a-z]+[^?]{0,20},\s*(?:when|given|since)\b)\b/;

/** "Is there any good reason not to issue proceedings this month?", asked or reported: the answer built in. */
/** "How is this in commit when nobody there has even taken a call?", "Why is it done when you haven't even run it?". */
const WHEN_NOBODY = /^(?:so\s+|and\s+|but\s+)?(?:how|why)\s+(?:is|was|are|were|does|do|did|can|could|would|has|have)\b[^?]{2,100}?\bwhen\s+(?:nobody|no\s+one|no-one|(?:you|u|he|she|they)\s+(?:haven't|hadn't|didn't|hasn't|have\s+not|had\s+not|did\s+not|has\s+not))\b[^?]{0,60}?\b(?:even|yet|once)\b/;
const NO_REASON = /\b(?:(?:is|was)\s+there|there\s+(?:is|was))\s+(?:a|any)\s+(?:good\s+|real\s+)?reason\s+(?:why\s+)?(?:not\s+to|(?:the|these|those|your|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:weren't|wasn't|isn't|aren't|hasn't|haven't|hadn't|didn't|was\s+not|were\s+not)\s+[a-z]{3,}(?:ed|en|wn|nt|ld|de)\b|(?:you|u|he|she|we|they|it|this|that)\s+(?:can't|couldn't|shouldn't|wouldn't|didn't|don't|shouldn't|could\s+not|should\s+not))\b/;

/** "Surely you know we check ID for every Schedule 2?", "How are we supposed to grow 20% with one pharmacist?", "Is a 4-second wide really worth a second crane day?": the answer built in. */
const SURELY = /^(?:so\s+|and\s+|but\s+)?(?:surely\s+(?:you|u|we|he|she|they|it|that|this|the|a|an|there|your|his|her|their)\b|surely\s+[\w'-]+\s+(?:should|would|could|must|can|will|has|had|did|does|knows?|knew)\b|how\s+(?:can|could|does|do|did)\s+[^?]{3,80}?\bhave\s+(?:no|zero)\s+[a-z]|(?:you|u)\s+surely\b|how\s+(?:are|am|is|were|was)\s+(?:we|i|you|u|they|he|she)\s+(?:supposed|meant|expected)\s+to\b|(?:is|was|are|were)\s+(?:[\w'-]+\s+){1,5}?really\s+worth\b)/;

/** "Do you think it might be simpler to just add them yourself?": the better option built into the question. */
const THINK_BETTER = /^(?:so\s+|and\s+|but\s+)?(?:do|would)\s+(?:you|u)\s+think\s+(?:it\s+)?(?:might|would|could|'d|may)\s+be\s+(?:a\s+lot\s+|much\s+|a\s+bit\s+)?(?:simpler|easier|better|quicker|faster|smarter|wiser|safer)\s+(?:to|if)\b/;

/** "why'd you send the proposal before they'd even seen a demo?": blame, with "did" in the contraction. */
const WHYD = /^(?:so\s+|and\s+|but\s+)?why'd\s+(?:you|u)\s+(?=(?:[\w'/#&-]+\s+){1,14}?(?:when\s+we\s+(?:had|were|needed|called)\b|without|w\/o|instead\s+of|before\s+(?:(?:[\w'-]+\s+){1,3}?(?:had|has|could|did|was|were|got)\b|(?:you|u|he|she|they|i|we)'d\b)))/;
/**
 * A request put as a question that sets a routine: "Grace, could you make sure it goes on the handover
 * sheet from tomorrow?", "Could you start signing each check at the time you do it?" (not "Could you
 * walk me through it?", an invitation, nor "Could you send me the deck?", a request once).
 */
const ROUTINE_REQUEST = /^(?:[\p{L}'-]+,\s+)?(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!walk\b|tell\b|talk\b|share\b|explain\b|help\b|say\b)[a-z]+\b[^?]*?\b(?:from\s+(?:now\s+on|tomorrow|today|monday|tuesday|wednesday|thursday|friday|next\s+\w+)|every\s+(?:time|round|shift|day|week|morning|evening|check|ticket|call|visit)|each\s+(?:time|check|shift|round|day|ticket|call)|going\s+(?:forward|fwd)|always)\b/u;

/** Dutch: "Waarom heb je de rollback niet gewoon ... getest?", "Heb je er al aan gedacht om gewoon ...?". */
const DUTCH_LEADING = /^(?:en\s+|maar\s+)?(?:waarom\s+(?:heb|had|ben|was|vraag|doe|deed|zeg|kun|kon|wil)\s+je\b[^?]*\bniet\b|heb\s+je\s+(?:er\s+)?(?:al\s+)?(?:eens\s+)?(?:aan\s+gedacht|overwogen)\s+om\s+(?:gewoon\s+)?)/;
/** Portuguese: "por que você não falou comigo antes ...?", "você não acha que devia ...?", "não seria mais rápido ...?". */
// ("Já pensou em simplesmente tirar os testes de UI do pipeline?": advice asked, "have you thought of just ...".)
const PORTUGUESE_LEADING = /(?:^|\b(?:mas|e|então)\s+)(?:por\s*que\s+(?:voc[eê]|vc)\s+não\b|(?:(?:voc[eê]|vc)\s+)?não\s+acha\s+que\b|não\s+seria\s+(?:mais|melhor)\b|(?:(?:voc[eê]|vc)\s+)?já\s+(?:pensou|considerou|tentou)\s+(?:em\s+)?(?:simplesmente|só|apenas)\b)/u;
/** Italian: "Hai mai pensato di chiedere una mano a Chiara ...?", "Non sarebbe più semplice ...?", "Perché non mi hai detto prima ...?", "Non pensi che avresti dovuto ...?" */
const ITALIAN_LEADING = /(?:^|\b(?:ma|e|allora|quindi)\s+)(?:hai\s+(?:mai\s+)?(?:pensato|provato|considerato)\s+(?:di|a)\b|non\s+(?:sarebbe|era|sarebbe\s+stato)\s+(?:più|meglio)(?=\s|$)|perch[eé]\s+non\s+(?:mi\s+|ci\s+|l[oa]\s+|gli\s+|le\s+)?(?:hai|avevi|sei|eri)\b|non\s+(?:pensi|credi|trovi)\s+che\b)/u;
/** Polish: "czy nie byłoby prościej ...?", "nie uważasz, że ...?", "czy nie sądzisz, że ...?", "dlaczego nie zapytałeś ...?" */
const POLISH_LEADING = /(?:^|\b(?:ale|a|to|więc)\s+)(?:czy\s+nie\s+(?:by[łl]oby|s[aą]dzisz|uwa[żz]asz|my[śs]lisz)|nie\s+(?:uwa[żz]asz|s[aą]dzisz|my[śs]lisz)\s*,?\s*[żz]e|dlaczego\s+nie\s+\p{L}+[łl](?:e[śs]|a[śs]|i[śs]cie)(?=\s|$))/u;
/** Swedish: "varför har du inte bara lagt till testerna ...?", "tycker du inte att ...?", "vore det inte enklare att ...?", "borde du inte ...?" */
const SWEDISH_LEADING = /(?:^|\b(?:men|så|och)\s+)(?:varför\s+(?:har|hade|gjorde|tog|sa|frågade|skickade|kollade)\s+du\s+inte\b|(?:tycker|tror|tänker)\s+du\s+inte\s+att\b|borde\s+du\s+inte\b|(?:vore|är|skulle)\s+det\s+inte\s+(?:vara\s+)?(?:enklare|bättre|smartare|lättare|rimligare)\b)/u;
/** Vietnamese: "tại sao em không đợi anh Khoa review ...?", "thế sao em không hỏi Minh luôn cho nhanh?", "..., thế chẳng đỡ hơn à?" */
const VIETNAMESE_LEADING = /(?:^|[\s,:])(?:(?:tại\s+)?sao\s+em\s+(?:lại\s+)?(?:không|chưa)(?!\p{L})|chẳng\s+(?:đỡ|tốt|nhanh|dễ|hay|ổn)\s+hơn\s+(?:à|sao)(?!\p{L}))/u;
/** Turkish: "Neden 43'ü vardiya başında kontrol etmedin?", "Neden ... bana daha önce söylemedin?" (why didn't you: "-mAdIn"). */
const TURKISH_LEADING = /(?:^|\s)neden\s[^?]{0,100}?\p{L}+m[ae]d[ıi]n(?:[ıi]z)?\s*\?/u;
/** Ukrainian: "чому ти не відкрила баг ...?", "чому не додав?", "Чи не варто тобі спершу ...?". Greek: "Γιατί δεν ενημέρωσες τον agent αμέσως;" (Greek's question mark is ";"). */
const UKRAINIAN_LEADING = /(?:^|[\s,:])(?:чому\s+(?:ж\s+)?(?:ти\s+)?не\s+\p{L}+(?:ла|в|ли)(?!\p{L})|чи\s+не\s+(?:варто|краще|простіше)\s+(?:тобі|було\s+б))/u;
const GREEK_LEADING = /(?:^|[\s,:.])γιατί\s+δεν\s+(?:μου\s+|το\s+|τον\s+|την\s+)?\p{L}+(?:ες|σες|ξες|ψες)(?!\p{L})[^;?]*[;?;]\s*$/u;
/**
 * Chinese: "你为什么没有在发现混料当天就冻结整批料？" (why didn't you), "你有没有想过先在 3 线小批量跑一周再全面切换？" (have you thought of first
 * ...), "我问她：是不是直接把 2309 批次全部退回最省事？" (wouldn't it be simplest to just ...), "难道 ...？", "不如 ...？".
 */
const CHINESE_LEADING = /(?:你[^？?，,]{0,12}?)?(?:为什么|為什麼|为何|為何)[^？?，,]{0,10}?(?:没有?|沒有?|不)(?!是)|你不[觉覺]得[^？?]*[吗嗎][？?]|(?:你|我问(?:他|她)[：:，,]?)[^？?]{0,20}?(?:是不是|是否)(?:应该|该|直接|先|就|干脆|最好|可以直接)|你[^？?]{0,20}?(?:有没有|有沒有|没有?|沒有?)(?:想过|想過|考虑过|考慮過|试过|試過)(?:要)?(?:先|直接|干脆|就|把)|难道|何不|不如(?=[^？?]*[？?])/u;
/**
 * Hebrew: "למה לא פשוט עשית mute ...?" (why didn't you just), "לא חשבת שכדאי לעדכן אותי ...?" (didn't you think it worth ...), "לא
 * היה יותר פשוט לבקש עזרה ...?" (wouldn't it have been simpler to ...).
 */
const HEBREW_LEADING = /(?:^|[\s,:])(?:למה\s+(?:(?:את|אתה|אתם)\s+)?לא(?=\s)|לא\s+(?:חשבת|חשבתם|עדיף|כדאי|היית\s+צריכ|היה\s+(?:יותר\s+)?(?:פשוט|קל|עדיף|נכון|כדאי|חכם)))/u;
/**
 * Japanese: "なぜ retry 回数を変えたことを review で言わなかったの？" (why didn't you say), "なぜ PR を通さずに push したの？" (why did you, without
 * ...), "... 寄せればいいんじゃない？" (wouldn't it be good to just ...). Persian: "چرا scope رو زودتر ... چک نکردی؟" (why didn't you), "فکر
 * نمی‌کنی بهتر بود ...؟" (don't you think it would have been better), "نمی‌خوای ... یه draft بفرستی ...؟" (don't you want to).
 */
const JAPANESE_LEADING = /(?:なぜ|なんで|どうして)[^？?]*?(?:なかった|ずに|ないで)[^？?]*[？?]|(?:ば|たら|ほうが|方が)(?:いい|良い)んじゃない(?:か|の)?\s*[？?]|べきじゃない(?:か|の)?\s*[？?]/u;
const PERSIAN_LEADING = /چرا\s[^؟?]*?(?:^|\s)ن[^\s]{2,}ی\s*[؟?]|(?:^|\s)(?:فکر\s+نمی[\u200c\s]?کنی|نمی[\u200c\s]?خوای|نمی[\u200c\s]?خواهی|بهتر\s+نبود|بهتر\s+نیست)/u;
/** Thai: "ทำไมไม่ rollback ตั้งแต่ตอนที่ ...?" (why didn't you), "ไม่คิดว่าควรแตก PR ให้เล็กลงกว่านี้เหรอ?" (don't you think you should ...?); not their "ทำไมเราไม่ ...". */
const THAI_LEADING = /^(?!.*ถามว่า).*?(?:ทำไม(?:ถึง)?ไม่|ไม่คิดว่า[^?]*(?:เหรอ|หรอ|หรือ|ไหม|มั้ย))/u;
/** Bengali: "... দিলেই তো এটা হতো না, তাই না?" (wouldn't it, isn't that so?), "... একদিনেই তো পাঠানো যেত না?" (couldn't it have been ...?), "আগে কেন জানাওনি?" (why didn't you), "তুমি কি মনে করো না ...?" (don't you think). */
const BENGALI_LEADING = /তাই\s+না\s*\?|তো\s[^?]*?না\s*\?\s*$|কেন\s[^?]*?[\u0980-\u09ff]+নি\s*\?|মনে\s+কর(?:ো|েন)\s+না(?![\u0980-\u09ff])/u;
/** Hindi: "तुमने admission पे fall risk assessment क्यों नहीं किया?" (why didn't you), "... high था ना?" (wasn't it?). */
const HINDI_LEADING = /(?:तुमने|तुम|आपने|आप)(?:[^?]*?)क्यों\s+नहीं|[\u0900-\u097f]\s+(?:ना|न)\s*\?\s*$/u;
/** Advice asked with "have you" dropped: "Ever considered just taking profit at target like the rest of the desk?", "ever thought of simply ...?". */
const EVER_ADVICE = /^(?:so\s+|and\s+|but\s+)?ever\s+(?:considered|thought\s+(?:about|of)|tried)\s+(?:just|simply|maybe)\s+[a-z]+/;
/** Korean: "왜 Marc한테 먼저 안 물어봤어?" (why didn't you ask: "왜", then "안" and a past verb). */
const KOREAN_LEADING = /왜\s[^?]{0,60}?안\s*[\uac00-\ud7a3]+(?:했|봤|었|았|웠)어(?:요)?\s*\?/u;
/** "Why didn't I?", "why hadn't we ...": a question the writer asks of themself. */
const SELF_WHY = /^(?:so\s+|and\s+|but\s+)?why\s+(?:didn't|did\s+not|don't|haven't|hadn't|wasn't|couldn't|wouldn't)\s+(?:i|we)\b/;
/**
 * Reproach and the better way built in: "Why were you up there before the anchor was even set?" ("even" in a why-question to
 * "you"), "Would the motion not be stronger if ...?", "would it no be simpler to ...?" (Scots "no"), "does the client really want
 * to risk a trial ...?" (doubt of someone's wish), "...; surely you have watched all of it?" (after a clause), "why was 48213
 * left over the weekend when it was flagged urgent?" (what should have stopped it, set against it), "Why did you think walking out
 * of the conversation would help?" (their judgement asked after, the answer built in).
 */
const REPROACH = /^(?:so\s+|and\s+|but\s+)?why\s+(?:were|was|are|did|do|would|have|had)\s+(?:you|u)\b[^?]*\beven\b|^(?:so\s+|and\s+|but\s+)?(?:would|wouldn't)\s+(?:it|this|that|the\s+[a-z-]+)\s+(?:not|no)\s+be\s+(?:a\s+lot\s+|much\s+|far\s+)?(?:better|stronger|simpler|easier|faster|quicker|safer|wiser|smarter|clearer|cleaner)\b|^(?:so\s+|and\s+|but\s+)?(?:does|do|did)\s+(?:the\s+[a-z-]+|he|she|they)\s+really\s+(?:want|need|think)\b|;\s*surely\s+(?:you|u)\b|^(?:so\s+|and\s+|but\s+)?why\s+(?:did|would)\s+(?:you|u)\s+(?:think|believe|assume|imagine|expect)\s+(?:that\s+)?[^?]{3,80}?\b(?:would|could|was\s+going\s+to|will)\s+(?:help|work|fly|fix\s+it|land|go\s+well|be\s+(?:ok|okay|fine|acceptable|enough|a\s+good\s+idea))\b|^(?:so\s+|and\s+|but\s+)?why\s+(?:was|were|did|has|had|is|are)\b[^?]{3,80}?\bwhen\s+(?:you\s+already\s+(?:knew|had)|(?:it|they|this|that|the\s+[a-z-]+)\s+(?:was|were|had\s+been)\s+(?:already\s+|clearly\s+)?(?:flagged|marked|tagged|labell?ed|escalated|urgent|overdue|assigned\s+to\s+(?:you|u)))\b/;
/** German: "Warum hast du den Alarm nicht gleich eskaliert ...?", "Hättest du das Board nicht schon im Februar abgeben können?" */
const GERMAN_LEADING = /(?:^|\b(?:aber|und|also)\s+)(?:warum\s+(?:hast|bist|hattest|warst)\s+du\b[^?]*\bnicht\b|h[äa]ttest\s+du\b[^?]*\bnicht\b|(?:findest|meinst|glaubst)\s+du\s+nicht\b)/u;
/** Hinglish: "Kyun nahi tumne pehle hi alert add kiya ...?", "Kya tumhe nahi lagta ki ...?", "... kyun nahi ki?", "Kya tumne sach mein runbook padha tha ...?" */
const HINGLISH_LEADING = /\bkyu[n]?\s+(?:gaya|gayi|gaye|hua|hui|kiya|kiye)\s*\?|\bkyu[n]?\s+nahi\b|\bkya\s+(?:tumhe|aapko)\s+nahi\s+lagta\b|\bkya\s+tumne\s+sach\s+mein\b/;
/** In French: "tu ne crois pas que ...?", "tu crois vraiment que ...?", "tu n'as pas pensé à ...?", "pourquoi tu ne m'as pas appelée ...?": the answer or the blame built in. */
const FRENCH_LEADING = /(?:^|:\s*|\b(?:mais|et|alors|donc|pis)\s+)(?:(?:est-ce\s+que\s+)?tu\s+trouves\s+(?:ça\s+|ca\s+)?(?:normal|acceptable|logique|professionnel|correct)\s+(?:de|que|d')|tu\s+(?:ne\s+)?(?:crois|penses|trouves)\s+pas|(?:tu\s+)?(?:crois|penses)-?(?:tu\s+)?\s*vraiment\s+(?:que|qu')|(?:tu\s+n'as|t'as)\s+pas\s+(?:pensé|pense|essayé|essaye)|pourquoi\s+(?:tu\s+(?:ne|n')|t'as\s+pas|t'es\s+pas)|t'aurais\s+pas\s+dû|(?:tu\s+n')?aurais[- ](?:tu\s+)?pas\s+dû|tu\s+(?:as|es)\s+vraiment\s+(?:besoin|sûre?|obligée?)\b)/;

/** Tagalog: "Bakit mo hinayaan si Mark mag-take over ... eh shadowing lang dapat siya?" (why, when they were only to ...), "Bakit hindi mo in-escalate agad ...?", "Hindi ba mas madali kung ...?", "Di ba pwedeng ... ka na lang ...?", "..., di ba?", "Hindi mo ba naisip na ...?", "Bakit ka nagpo-promise ... kung alam mong ...?". */
const TAGALOG_LEADING = /^(?:bakit\s+(?:mo|ka|kayo|nyo|ninyo)\b[^?]{0,80}?\beh\s+[^?]{0,60}?\b(?:dapat|supposed)\b|bakit\s+hindi\s+(?:mo|ka|kayo|nyo|ninyo)\b|(?:hindi|di)\s+ba\s+(?:mas|pwede|puwede|pwedeng|puwedeng|dapat)\b|(?:hindi|di)\s+(?:mo|nyo|ninyo)\s+ba\s+(?:naisip|inisip|naalala|alam)\b|bakit\s+(?:ka|mo|kayo|nyo)\b[^?]{0,80}?\bkung\s+alam\s+(?:mo|mong|nyo|nyong|ninyo)\b)|,\s*(?:di|hindi)\s+ba\s*\?/;

/** "was the collection schedule not supposed to be with the principals two weeks ago?": the blame built in. */
const NOT_SUPPOSED = /(?:^|:\s*)(?:so\s+|and\s+|but\s+)?(?:(?:was|were|is|are)\s+(?:the|this|that|your|his|her|their)\s+(?:[\w-]+\s+){0,3}?not|(?:wasn't|weren't|isn't|aren't)\s+(?:the|this|that|your|his|her|their)\s+(?:[\w-]+\s+){0,3}?)\s*(?:supposed|meant)\s+to\b/;

/** "is it not so that you promised ...?", "isn't it true that ...?": the answer asked to be agreed with. */
const NOT_SO_THAT = /(?:^|:\s*)(?:so\s+|and\s+|but\s+)?(?:is|was)\s+it\s+not\s+(?:so|true|the\s+case)\s*,?\s+that\b/;

/** Nigerian Pidgin: "you no think say we for tell Finance first?" ("don't you think ..."), "why you no call me?". */
const PIDGIN_LEADING = /\b(?:you|u)\s+no\s+(?:think|feel|see)\s+say\b|\bwhy\s+(?:you|u)\s+no\s+[a-z]+/;

/** "Did you search JIRA before filing those, or not?": an admission asked for. */
const OR_NOT = /^(?:so\s+|and\s+|but\s+)?(?:did|have|had|do|does|were|are|was|is)\s+(?:you|u)\b[^?]{3,120}?,?\s+or\s+not\s*\?+\s*$/;

/** "..., right?" tag questions on a statement about what they will do (and the tags of the languages notes mix in: "..., tá?", "..., né?", "..., ja?"). */
const PROHIBITION_FIRST = wordSet("don't dont never stop");
const TAG = /,\s*(?:right|ok|okay|yeah|yes|no|agreed|correct|understood|got\s+it|deal|fair|clear|yea|eh|huh|innit|hey|can\s+or\s+not|ok\s+or\s+not|can|is\s+it|tá|ta|né|ne|sí|si|ja|oui|hein|lah|(?:don't|wouldn't|won't|isn't|aren't|can't|will|would|can|are|do|did|didn't|have|haven't|were|weren't|hadn't|hasn't|wasn't|shouldn't|couldn't|had|has|was|should|could)\s+(?:you|it|that|we)(?:\s+(?:agree|say|think))?)\s*\?+$/;

/** The topic of the action after a match: "why didn't you | raise the flaky suite" -> raising the flaky suite. */
function topicAfter(s: Sentence, chunk: string, end: number): Topic {
  const w = s.words;
  let at = wordAt(s, end);
  const skip = () => { while (w[at] && (w[at].w === 'just' || w[at].w === 'simply' || w[at].w === 'you' || w[at].w === 'to' || w[at].w === 'that')) at++; };
  skip();
  // "Don't you think | you should've flagged ...", "Wouldn't it be easier | to just tell ...", "Isn't the obvious next step | to take ...".
  if (w[at] && /^(?:think|agree|feel|believe|reckon)$/.test(w[at].w)) {
    at++;
    skip();
    const modal = w.findIndex((x, k) => k >= at && k < at + 4 && /^(?:should've|should|would|could|need|needs|must|ought|have|has)$/.test(x.w));
    if (modal >= 0) {
      at = modal + 1;
      while (w[at] && /^(?:to|have|been|just|really)$/.test(w[at].w)) at++;
      // "it would be simpler | to drop the second webinar": the option offered follows "to".
      if (w[at]?.w === 'be' && w[at + 2]?.w === 'to' && /(?:er|best|wise)$/.test(w[at + 1]?.w ?? '')) {
        at += 3;
        skip();
      }
    } else {
      // "the webhook retry work belongs in your packet": the clause's subject is the topic.
      return { topic: nounPhrase(chunk.slice(w[at]?.start ?? s.end, s.end).replace(/[?!.]+$/, '')), situation: '', gerund: '', deadline: false };
    }
  } else {
    // "it be easier to", "the obvious next step to": the answer offered follows "to".
    const to = w.findIndex((x, k) => k >= at && k < at + 6 && x.w === 'to');
    const span = to >= 0 ? w.slice(at, to).map(x => x.w) : [];
    if (to >= 0 && span.every(x => !x.endsWith('ing')) && span.some(x => /^(?:be|step|thing|answer|move|option|idea|fix|solution|plan|way)$/.test(x))) {
      at = to;
      skip();
    }
  }
  return topicOf(s, chunk, at);
}

/** "Why is a three-point ticket still open": a state, not an action of theirs; what it is about is its subject. */
const STILL = /^(?:so\s+|and\s+|but\s+)?why\s+(?:is|are|was|were|has|have)\s+((?:the|a|an|this|that|these|those|your|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:still|only)\b/;

/** "Why are you still doing their captions for free?", "Why do you keep missing standups?", "Why do you still commit code on Fridays?": blame for going on doing something. */
const STILL_DOING = /^(?:so\s+|and\s+|but\s+)?(?:why|y)\s+(?:(?:are|r|is|were|was)\s+(?:you|u|we)\s+still\s+\S+ing|(?:do|did)\s+(?:you|u)\s+(?:(?:still\s+)?keep(?:\s+on)?\s+\S+ing|still\s+[a-z]+))\b/;

/** "why did you leave the failure modes until the night before": lateness; what was left late is the topic. */
const LEFT_LATE = /^(?:so\s+|and\s+|but\s+)?why\s+(?:did|had)\s+(?:you|u|he|she|they)\s+[\w'-]+\s+(?:[\w'-]+\s+){0,5}?(?:until|till|so\s+late|to\s+the\s+last\s+minute|at\s+the\s+last\s+minute)\b/;

function suggestWhy(mode: Mode, s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  if (LEFT_LATE.test(s.norm)) {
    const verb = s.words.findIndex(w => w.w === 'you' || w.w === 'u') + 1;
    const t = topicOf(s, chunk, verb);
    if (t.topic) return rewrites(s, ...asks('obstacle', { ...t, gerund: '' }, mode));
  }
  // Going on doing it is what the blame is about: its trade-offs, not what got in the way of it.
  if (STILL_DOING.test(s.norm)) {
    // The thing done: a gerund ("still doing their captions"), or the verb after "still" ("still commit code").
    let at = s.words.findIndex((w, k) => k > 1 && isGerund(w.w));
    if (at < 0) at = s.words.findIndex((w, k) => k > 1 && s.words[k - 1].w === 'still' && isBaseVerb(w.w));
    if (at > 0) return rewrites(s, ...asks('tradeoffs', topicOf(s, chunk, at), mode));
  }
  const still = STILL.exec(s.norm);
  if (still?.[1]) {
    const at = s.start + still.index + still[0].indexOf(still[1]);
    return rewrites(s, ...asks('obstacle', { topic: nounPhrase(chunk.slice(at, at + still[1].length)), situation: '', gerund: '', deadline: false }, mode));
  }
  return rewrites(s, ...asks('obstacle', topicAfter(s, chunk, end), mode));
}

function suggestDone(mode: Mode, s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  const at = wordAt(s, end);
  const verb = s.words[at]?.w ?? '';
  const base = baseOf(verb);
  // What was done, as written after the verb (eight words at most).
  const rest = restOf(s, chunk, at + 1).split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  if (!base) return [];
  return rewrites(s, ...asks('tradeoffs', { topic: rest, situation: '', gerund: `${gerundOf(base)}${rest ? ` ${rest}` : ''}`, deadline: false }, mode));
}

function suggestVerdict(_mode: Mode, s: Sentence, subject: string): readonly Suggestion[] {
  return subject ? rewrites(s, `How do you see ${subject}?`, `What would good look like for ${subject}?`) : [];
}

function suggestTopic(mode: Mode, s: Sentence, topic: string): readonly Suggestion[] {
  return rewrites(s, ...asks('options', { topic, situation: '', gerund: '', deadline: false }, mode));
}

function suggestOptions(mode: Mode, s: Sentence, chunk: string, end: number): readonly Suggestion[] {
  return rewrites(s, ...asks('options', topicAfter(s, chunk, end), mode));
}

function finding(start: number, end: number, suggest: RawFinding['suggest']): RawFinding {
  return { ruleId: rule.id, start, end, message: rule.summary, suggest };
}

/**
 * Whether the sentence opens as WHY_NOT or NEGATIVE_AUX may match ("why didn't", "don't you", "did you
 * not"): one anchored expression on its text, which fails at the first letters of almost every sentence
 * (reading its words would make a string of each first word).
 */
const OPENS_NEGATIVE = /^(?:(?:so|and|but|then)\s+)?(?:(?:do|does|did|would|could|should|is|was|are|were)\s+(?:he|she|they)\s+not\b|[a-z]+n't\b|(?:is|was|were|are|do|does|did|would|could|should|wo|ca|have|has|had)nt\b|(?:why|how)\s+(?:[a-z]+n't\b|(?:did|do|does|is|was|were|are|have|has|had|would|could|should|wo|ca)nt\b|come\b|[a-z']+\s+(?:not|never)\b)|[a-z]+\s+you\s+not\b)/;

function opensNegative(s: Sentence): boolean {
  return OPENS_NEGATIVE.test(s.norm);
}

/** Fillers of speech between "asked her" and the question ("um", "like"). */
const FILLERS = wordSet('um uh er erm like so basically look well');

/** Whether a clause of a question is being read on its own (a topic put before it): one level only. */
let inClause = false;
/** The rule read on the sentence from word k on, as a question of its own (one level only: see inClause). */
function clauseAsked(s: Sentence, k: number, ctx: RuleContext): RawFinding | undefined {
  inClause = true;
  try {
    return rule.check(tail(s, k), ctx);
  } finally {
    inClause = false;
  }
}
/** The words a question put after a topic opens with: "(the offsite,) have you considered ...". */
const CLAUSE_QUESTION = wordSet("have had did do don't didn't wouldn't isn't shouldn't couldn't can't can could would might why what how");

/** Fillers a transcribed turn opens with, before its question. */
const FILLER_HEAD = wordSet('um uh erm er hmm like right okay ok yeah nice cool alright');

// ("I found myself asking whether ...": the manager, past "found myself".)
const BEFORE_ASK = wordSet("did also then just even actually finally so and i'll will to going gonna myself found caught");

/** The word after "asked him" / "ask her" / "I went" (and any fillers) where a question is reported verbatim, or 0. */
const NEGATIVE_ASKED = wordSet("wouldn't wouldnt shouldn't shouldnt couldn't couldnt isn't isnt didn't didnt don't dont");
function askedWords(s: Sentence, person: ReadonlySet<string>): number {
  const words = s.words;
  for (let j = 0; j < words.length - 2; j++) {
    // Speech reported as spoken English does: "and then I went why didn't you tell me ...", "I was like, why didn't you ...".
    // ("i said come on dont you think your mom would hate ...": dictated, the question said after "i said".)
    if (words[j].w === 'i' && (words[j + 1].w === 'went' || words[j + 1].w === 'said' || (words[j + 1].w === 'was' && words[j + 2].w === 'like'))) {
      let k = words[j + 1].w === 'was' ? j + 3 : j + 2;
      while (k < words.length - 1 && (FILLERS.has(words[k].w) || (words[k].w === 'come' && words[k + 1]?.w === 'on') || (words[k].w === 'on' && words[k - 1]?.w === 'come'))) k++;
      if (k < words.length - 1 && /^(?:why|y|how|don't|didn't|wouldn't|couldn't|isn't|can't|shouldn't|dont|didnt|wouldnt|couldnt|isnt|cant|shouldnt|have|did)$/.test(words[k].w)) return k;
    }
    // "I asked him ...", and "I asked, wouldn't it be simplest to ...?" (the question after a comma or a colon).
    if (words[j].w !== 'asked' && words[j].w !== 'ask') continue;
    // (Or typed with no mark at all: "i asked wouldn't it have been easier to just lock the thread ...?", a negative question right after.)
    const spoken = /^\s*[,:]/.test(s.norm.slice(words[j].end - s.start, words[j + 1].start - s.start)) || (words[j].w === 'asked' && NEGATIVE_ASKED.has(words[j + 1].w) && (words[j + 2].w === 'it' || words[j + 2].w === 'you' || words[j + 2].w === 'that'));
    if (words[j + 1].w === 'him' || words[j + 1].w === 'her' || words[j + 1].w === 'them' || spoken || (words[j + 1].w.length > 1 && person.has(words[j + 1].w))) {
      // The manager asking: "I asked him", "i did ask her", "Asked him" (not "she asked him").
      let b = j - 1;
      while (b >= 0 && BEFORE_ASK.has(words[b].w)) b--;
      // ("she wants nights for the money, asked her wouldnt it ...": after a comma, the subject dropped, the manager's.)
      if (b >= 0 && words[b].w !== 'i' && !/[,;]\s*$/.test(s.norm.slice(words[b].end - s.start, words[b + 1].start - s.start))) return 0;
      let k = spoken ? j + 1 : j + 2;
      while (k < words.length - 1 && FILLERS.has(words[k].w)) k++;
      return k;
    }
  }
  return 0;
}

/** The forms anchored at a question's start, by the first words they may open with (see opensAs). */
const enum Opens { Negative = 1, Just = 2, Advice = 4, Really = 8, ThinkBetter = 16, Surely = 32, You = 64, Nobody = 128, Sure = 256, Possible = 512 }
const OPENS = new Map<string, number>([
  ['do', Opens.Negative | Opens.Really | Opens.ThinkBetter], ['does', Opens.Negative | Opens.Really],
  ['did', Opens.Negative | Opens.Advice | Opens.Really | Opens.Nobody], ['would', Opens.Negative | Opens.Just | Opens.Really | Opens.ThinkBetter],
  ['should', Opens.Negative], ['could', Opens.Negative | Opens.Just], ['is', Opens.Negative | Opens.Just | Opens.Really | Opens.Surely | Opens.Possible],
  ['are', Opens.Negative | Opens.Really | Opens.Surely | Opens.Sure], ['was', Opens.Negative | Opens.Really | Opens.Surely],
  ['were', Opens.Negative | Opens.Really | Opens.Surely], ['have', Opens.Negative | Opens.Advice | Opens.Really],
  ['had', Opens.Negative | Opens.Advice | Opens.Really | Opens.Nobody], ['has', Opens.Negative | Opens.Nobody], ['must', Opens.Negative],
  ['might', Opens.Negative], ['will', Opens.Negative | Opens.Just], ['can', Opens.Negative | Opens.Just], ['wo', Opens.Negative], ['ca', Opens.Negative],
  ['why', Opens.Just], ['you', Opens.Really | Opens.Surely | Opens.You], ['u', Opens.Really | Opens.Surely | Opens.You], ['surely', Opens.Surely], ['r', Opens.Sure],
]);
// ("Sure wouldn't you be better off ...?": Irish English's "sure" first.)
const ANCHORED_LEAD = wordSet('so and but also sure');
/** Words that only lead into what is said: "also honestly wouldn't it ...". */
const LEAD_INS = wordSet('so and but also sure honestly frankly tbh ok okay well look seriously anyway plus');
const WHAT_JUST = wordSet('if about are were');
const HOW_SURELY = wordSet('are am is were was can could does do did');

/**
 * Which of the anchored forms (EXCLAIMED and NEGATIVE_AUX, JUST, ADVICE, REALLY, THINK_BETTER, SURELY, YOU_DIDNT
 * and YOU_JUST, NOBODY_THOUGHT, SURE, POSSIBLE_YOU) may match: each opens with its own words, past "so", "and",
 * "but" or "also", and a question opened otherwise is spared their scans.
 */
function opensAs(s: Sentence): number {
  const lead = s.words[0]?.w;
  if (lead === undefined) return 0;
  const i = ANCHORED_LEAD.has(lead) ? 1 : 0;
  const f = s.words[i]?.w ?? '';
  let opens = OPENS.get(f) ?? 0;
  if (f.endsWith("n't") || f.endsWith('nt')) opens |= Opens.Negative;
  if (f === 'what' && WHAT_JUST.has(s.words[i + 1]?.w ?? '')) opens |= Opens.Just;
  if (f === 'how') opens |= (s.words[i + 1]?.w === 'about' ? Opens.Just : 0) | (HOW_SURELY.has(s.words[i + 1]?.w ?? '') ? Opens.Surely : 0);
  return opens;
}

const rule: Rule = {
  id: 'leading-question',
  defaultSeverity: 'warning',
  summary: 'Telling dressed as a question: the answer is built into it, so it invites agreement, not thinking.',
  told: false,
  questions: true,
  docs: WITH_DOCS ? {
    title: 'telling dressed as a question',
    why: 'A leading question carries its own answer. It invites agreement rather than thinking, and under formal authority it reads as criticism. Asking enough of the right kinds of questions, and letting people answer their own, is one of the twelve behaviours of a learning leader (McKenzie).',
    flags: 'Questions that build in the answer or the blame: "Why didn\'t you...?", "Don\'t you think...?", "Wouldn\'t it be better to...?", "Isn\'t the obvious step...?", "Can you just...?", "What if you just...?", advice with a question mark ("Have you considered rolling back?", "Have you thought about asking Priya?", "Have you thought about what happens if the vendor pulls out?"), tag questions on what they will do ("You\'ll have it by Monday, right?"), blame without a question mark ("Why is it taking so long"), questions whose answer is that there is none ("Is it really too much to send the report the same shift?", "Is there really any good reason not to ...?"), blame by count or by what was skipped ("Why is this the third thing you\'ve parked?", "why did you skip the soak?"), "was that really the best place to ...?", negative questions about anything ("Isn\'t 60 days plenty?"), doubt ("Are you sure you want to give up the fellowship?"), the better option or the blame built in ("Surely you know we check ID?", "How are we supposed to grow 20% with one pharmacist?", "Is a 4-second wide really worth a second crane day?", "Isn\'t one SRE just moving the risk?", "Shouldn\'t SP have been in the 3k?", "Do you think it might be simpler to just ...?", "Is there any good reason not to ...?"), a question after its topic ("the offsite, have you considered just ...") or dictated without its question mark, an admission asked for ("Did you search JIRA before filing those, or not?"), the same in French ("tu ne crois pas que ...?", "pourquoi tu ne m\'as pas appelée ...?", Québec\'s "t\'as pas pensé à ...?", "t\'aurais pas dû ...?") Spanish ("¿por qué no me avisaste ...?", "¿no sería mejor que ...?") Nigerian Pidgin ("you no think say ...?") and Tagalog ("Bakit hindi mo ...?", "Hindi ba mas madali kung ...?", "..., di ba?"), a formal record\'s indirect questions ("I asked Ms. Okafor whether it would not have been far simpler to ...", "whether he had even read ...", "was the schedule not supposed to ...?"), a request put as a question that sets a routine ("Grace, could you make sure it goes on the handover sheet from tomorrow?", not "Could you walk me through it?" nor "Could you send me the deck?"), blame by what they knew or had ("why did it go out without a flag when you knew ...?", "asked why his numbers are down again when he had the same pipeline"), blame by repetition ("why did you go with the default grid again?"), and doubt, blame or advice reported ("asked whether he honestly thinks ...", "asked him if he thought maybe he\'s just ...", "asked why nobody was on the tills when she knew ...", "asked why Tariq had not raised this", "asked whether they wouldn\'t trust her more if she just ..."). Asked or planned, and also when the note reports it ("I asked: wouldn\'t it be easier to...?").',
    leavesAlone: 'Open and closed questions that leave the answer to them ("What would you try first?", "Did the release go out?", "Have you thought about what you want next?"), and questions other people asked ("She asked whether ...", "Sam: can you unblock ...?").',
    examples: [
      { telling: 'Why didn\'t you ask for help sooner?', asking: 'What got in the way of asking for help sooner?' },
      { telling: 'Have you considered just reassigning your reviews to Tom?', asking: 'What options do you see for your reviews?' },
    ],
  } : NO_DOCS,
  check(s, ctx) {
    // ("I should have asked about transport in week one. Why didn't I?": the writer's question of themself.)
    if (s.words.length <= 6 && SELF_WHY.test(s.norm)) return undefined;
    // A statement without a question mark leads only with one of these words (why, how, ask, a negative): most have none.
    // ("did she not think ...", a question reported without its mark: the words after "asked her".)
    if (!s.question && !(s.classes & WordClass.LeadingCue) && s.words[2]?.w !== 'not') return undefined;
    // ("I'm curious whether covering the front desk is really the best use of his time right now?", "I wonder if you've considered
    // just reusing ...?", "Have you thought about whether covering is actually helping Devi?": doubt or advice dressed as curiosity.)
    if (s.question && (s.norm.includes('curious') || s.norm.includes('wonder') || s.norm.includes('thought about whether') || s.norm.includes('considered whether'))) {
      const curious = matchIn(s, CURIOUS_DOUBT);
      if (curious) return finding(curious.start, curious.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, curious.end) : NO_SUGGESTIONS));
    }
    // ("have you tried the colorblind sim plugin on the new palette? (genuinely asking; she had ...)": the manager's word that it was open.)
    if (s.question && ctx.chunk.charCodeAt(s.end) !== 10 && GENUINE_AFTER.test(ctx.chunk.slice(s.end, s.end + 40))) return undefined;
    // ("why does it always end up being her in these threads? q for me, not her": a question the manager keeps for themself.)
    if (s.question && ctx.chunk.charCodeAt(s.end) !== 10 && FOR_ME_AFTER.test(ctx.chunk.slice(s.end, s.end + 30))) return undefined;
    // "and um have you thought about just like letting Priya ...", "right and like don't you think ...": a
    // transcribed turn; the question after its fillers (not "so", "and" or "but" alone, which the forms allow).
    if (FILLER_HEAD.has(s.words[0]?.w ?? '') || (s.words[0] && isDiscourse(s.words[0].w) && FILLER_HEAD.has(s.words[1]?.w ?? ''))) {
      let k = 0;
      while (k < s.words.length && (FILLER_HEAD.has(s.words[k].w) || isDiscourse(s.words[k].w))) k++;
      const asked = k > 0 && k < s.words.length - 2 ? rule.check(tail(s, k), ctx) : undefined;
      if (asked) return asked;
    }
    // ("asked him y didnt u just ask infra ...": texted, "y" for "why".)
    const why = s.norm.includes('why') || s.norm.startsWith('y ') || hasSpaced(s.norm, 'y ');
    let blame = why || (s.norm.includes('come') && s.norm.includes('how come')) ? matchIn(s, BLAME) ?? matchIn(s, WHYD) : undefined;
    // (BLAME_MORE is anchored at the sentence's start: a sentence it does not open fails at once.)
    if (!blame) blame = matchIn(s, BLAME_MORE);
    // (Each looked for only with its words: "..., so why ...?" after a premise about them, "if not yours?",
    // "or was I meant to ...?"; expressions that scan a whole sentence cost every question otherwise.)
    if (!blame && s.norm.includes(', so ')) blame = matchIn(s, PREMISE_WHY);
    if (!blame && s.norm.includes('if not') && s.question) blame = matchIn(s, IF_NOT_YOURS);
    if (!blame && s.norm.includes('or was i')) blame = matchIn(s, MEANT_TO);
    // ("Have you had the hard talk with Ron yet, or are you hoping it fixes itself?": a second choice offered only to mock it.)
    if (!blame && s.question && s.norm.includes('or ') && (s.norm.includes('hoping') || s.norm.includes('waiting') || s.norm.includes('praying'))) blame = matchIn(s, MOCK_CHOICE);
    // ("Why were the 2404s not in before the brief, when the suspense was 06MAR?", "Asked him why he was only telling me now,
    // when he's known since Christmas": late, when they knew or the date was set.)
    // (Each of its forms only with its words: "known", "when the", "when only", "given that", or "when" and "was"/"were".)
    if (!blame && why && (s.norm.includes('known') || s.norm.includes('when the') || s.norm.includes('given that') || s.norm.includes('when only')
      || (s.norm.includes('when ') && (s.norm.includes(' was ') || s.norm.includes(' were '))))) {
      const late = matchIn(s, WHEN_KNOWN);
      // (Someone there to ask is blame only for what was not done: "why didn't you ring the engineer when he was on site?",
      // not "Why did you feel anxious when the client was in the room?")
      const lateText = late ? s.norm.slice(late.start - s.start, late.end - s.start) : '';
      if (late && (late.start === s.start || managerAsks(s, late.start, ctx.frame.parties)) && !(WAS_THERE.test(lateText) && !NOT_DONE.test(lateText))) blame = late;
    }
    // ("Why are you signing off rooms you didn't walk into, mija?": what they do, against what they did not.)
    if (!blame && why && (s.norm.includes("n't") || s.norm.includes('never'))) blame = matchIn(s, WHY_UNDONE);
    if (!blame && why && (s.norm.includes('enough') || s.norm.includes('plenty') || s.norm.includes('sufficient') || s.norm.includes(' fine'))) blame = matchIn(s, WHEN_ENOUGH);
    // ("Why did we only find out about the mix-up from Mrs. Alvarez's daughter, and not from you?": heard from others first.)
    if (!blame && why && s.question && s.norm.includes('not from')) blame = matchIn(s, NOT_FROM_YOU);
    // ("Why was label reconciliation at P-2 not checked ..., when it has been an observation twice before?": missed again.)
    if (!blame && why && s.norm.includes('when it ha')) blame = matchIn(s, WHEN_REPEATED);
    // ("Why in the heck did you let Brody run the iron by himself?": exasperation in the question itself.)
    if (!blame && why && (s.norm.includes(' the ') || s.norm.includes(' earth ') || s.norm.includes(' name '))) blame = matchIn(s, WHY_INTENSIFIED);
    if (!blame && s.norm.includes(' made ')) blame = matchIn(s, WHAT_MADE);
    // ("Why did you think a Friday-afternoon config change didn't need a second set of eyes?": the belief blamed; "Why did you give
    // her a roadmap date you knew was after the renewal?": done against what they knew.)
    if (!blame && why && (s.norm.includes('think') || s.norm.includes('assume') || s.norm.includes('figure') || s.norm.includes('reckon'))) blame = matchIn(s, THOUGHT_FINE);
    // ("did you reckon the freeze didn't apply to you?": without "why", only what they took not to hold for them.)
    if (!blame && !why && s.question && s.norm.includes('did') && (s.norm.includes("n't") || hasSpaced(s.norm, 'not'))) blame = matchIn(s, DID_THINK_NOT);
    if (!blame && why && s.norm.includes(' knew')) blame = matchIn(s, DID_KNOWING);
    // ("Walk-in at 44 & nobody logged it, u didn't think to call me?": a premise, then the blame after the comma.)
    if (!blame && s.question && (s.norm.includes("didn't") || s.norm.includes('didnt') || s.norm.includes('never')) && s.norm.includes(', ')) blame = matchIn(s, YOU_DIDNT);
    // ("why is 515's taxi not in the log if you booked it yourself?": what is missing, when they did it.)
    if (!blame && why && s.question && hasSpaced(s.norm, 'if ')) blame = matchIn(s, NOT_IF_YOU) ?? matchIn(s, DID_IF_STILL) ?? matchIn(s, IF_RULE_SAYS);
    // ("why prod reconciliation is running from laptop only, is it not a clear compliance violation?": a negative
    // question after the comma, with the verdict in it; not the bare tag, "..., isn't it?".)
    if (!blame && s.question && s.norm.includes(', ') && (s.norm.includes("n't") || hasSpaced(s.norm, 'not '))) blame = matchIn(s, COMMA_NEGATIVE);
    // ("Is it really too much to send the near-miss report the same shift?", "Is there really any good reason not to submit ...?")
    if (!blame && s.question && (s.norm.includes('too much') || s.norm.includes('reason') || s.norm.includes('hard') || s.norm.includes('difficult'))) blame = matchIn(s, RHETORICAL);
    if (!blame && s.question && s.norm.includes('y the') && s.norm.includes('really the')) blame = matchIn(s, REALLY_BEST);
    if (!blame && s.question && (s.norm.includes('nobody') || s.norm.includes('no one') || s.norm.includes('no-one'))) blame = matchIn(s, NOBODY_DID);
    // ("how many more disk-full pages before we fix log rotation properly?": exasperation counting, the answer "now".)
    if (!blame && s.question && s.norm.includes('how many more')) blame = matchIn(s, HOW_MANY_MORE);
    // ("wouldn't cards get you 90% of this for a tenth of the cost?": a thing proposed as what gets them there.)
    if (!blame && s.question && (s.norm.includes("n't ") || s.norm.includes('nt '))) blame = matchIn(s, THING_GETS_YOU);
    // ("Have you ever seen a broker pay an HOS fine? didn't think so.": the writer's own answer right after it, a question asked to make a point.)
    if (!blame && s.question && s.end < ctx.chunk.length && s.words.length > 2 && ANSWERED_AFTER.test(ctx.chunk.slice(s.end, s.end + 40))) {
      const end = s.words[Math.min(s.words.length, 4) - 1].end;
      return finding(s.words[0].start, end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, end) : NO_SUGGESTIONS));
    }
    // ("isn't BUG-4494 just BUG-4370 again?": a thing named, then "just" what they should have seen it was.)
    if (!blame && s.question && s.norm.includes(' just ')) blame = matchIn(s, ISNT_JUST);
    // ("Whose job is it to scrape the bars at close, Tomasz?": whose it is, asked of the one whose it is.)
    if (!blame && s.question && s.norm.startsWith('whose ') && vocativeAfter(s, ctx.chunk, 1, ctx.frame.parties)) blame = matchIn(s, WHOSE_JOB);
    // "Why did you ship the dashboard before checking with finance?", "asked him why he'd shipped it before checking ...": a step skipped, blamed.
    if (!blame && why && s.norm.includes('before ')) {
      const skipped = matchIn(s, BEFORE_CHECKING) ?? matchIn(s, RISKY_TIMING);
      if (skipped && (/^(?:so\s+|and\s+|but\s+)?why\b/.test(s.norm) || (s.norm.includes('ask') && managerAsks(s, s.start + s.norm.search(/\bask/), ctx.frame.parties)))) blame = skipped;
    }
    // "You knew the racking was damaged, so why did you keep loading that bay?": the blame in the question's last clause.
    if (!blame && why && s.question) {
      for (const k of clauseStarts(s, ctx.chunk)) {
        if (k > 0 && s.words[k].w === 'why' && (blame = matchIn(tail(s, k), BLAME))) break;
      }
    }
    // ("ask" in any form: the classes of ask, asks, asking and asked.)
    const asking = (s.classes & (WordClass.TellWeak | WordClass.Want | WordClass.Curious)) !== 0;
    const reported = !blame && asking && (why || s.norm.includes('how it') || (s.norm.includes('how ') && (s.norm.includes("n't ") || s.norm.includes(' never ')))) ? matchIn(s, REPORTED_WHY) : undefined;
    // ("she asked why the returns cage is still full": her question, not the manager's.)
    if (reported && managerAsks(s, reported.start, ctx.frame.parties)) return finding(reported.start, reported.end, NO_SUGGESTIONS);
    // ("Helen asked why Tariq had not raised this in planning": the person met by name in the blame.)
    const named = !reported && !blame && why && asking ? REPORTED_WHY_NAMED.exec(s.norm) : null;
    if (named && personWord(ctx.frame.parties, named[1]) && managerAsks(s, s.start + named.index, ctx.frame.parties)) return finding(s.start + named.index, s.start + named.index + named[0].length, NO_SUGGESTIONS);
    const knew = !blame && why && asking && hasSpaced(s.norm, 'when ') ? matchIn(s, REPORTED_KNEW) : undefined;
    if (knew && managerAsks(s, knew.start, ctx.frame.parties)) return finding(knew.start, knew.end, NO_SUGGESTIONS);
    const just = asking && (hasSpaced(s.norm, 'just ') || hasSpaced(s.norm, 'simply ')) ? matchIn(s, REPORTED_JUST) : undefined;
    const noReason = s.norm.includes('reason') ? matchIn(s, NO_REASON) : undefined;
    if (noReason && (s.question || (asking && managerAsks(s, s.start + s.norm.search(/\bask/), ctx.frame.parties)))) return finding(noReason.start, noReason.end, NO_SUGGESTIONS);
    // ("How is this in the commit column when nobody above the office manager has even taken a call?": a verdict, the fact that
    // answers it put after "when".)
    const nobody = s.question && hasSpaced(s.norm, 'when ') && (s.norm.includes('nobody') || s.norm.includes('no one') || s.norm.includes('no-one') || s.norm.includes("n't")) ? matchIn(s, WHEN_NOBODY) : undefined;
    if (nobody) return finding(nobody.start, nobody.end, NO_SUGGESTIONS);
    if (just && managerAsks(s, just.start, ctx.frame.parties)) return finding(just.start, just.end, NO_SUGGESTIONS);
    const advised = s.classes & WordClass.TellWeak && (s.norm.includes('whether') || hasSpaced(s.norm, 'if ')) ? matchIn(s, REPORTED_ADVICE) : undefined;
    if (advised && managerAsks(s, advised.start, ctx.frame.parties)) return finding(advised.start, advised.end, NO_SUGGESTIONS);
    // ("I wondered aloud whether she had really needed to ...": a question put to them, reported.)
    const doubt = ((asking && s.norm.includes('ask')) || s.norm.includes('wondered aloud')) && (s.norm.includes('whether') || hasSpaced(s.norm, 'if ') || s.norm.includes('really') || s.norm.includes('honestly') || s.norm.includes('even')) ? matchIn(s, REPORTED_DOUBT) : undefined;
    if (doubt && managerAsks(s, doubt.start, ctx.frame.parties)) return finding(doubt.start, doubt.end, NO_SUGGESTIONS);
    // "I asked him, not entirely fairly, whether ...": the manager's own word that the question was loaded.
    const unfair = asking && s.norm.includes('ask') && (s.norm.includes('fairly') || s.norm.includes('pointed') || s.norm.includes('sharply') || s.norm.includes('rhetoric') || s.norm.includes('sarcastic')) ? matchIn(s, ASKED_UNFAIRLY) : undefined;
    if (unfair && managerAsks(s, unfair.start, ctx.frame.parties)) return finding(unfair.start, unfair.end, NO_SUGGESTIONS);
    // "Had he considered, I asked, that Aisha might reasonably expect to be first author ...": advice asked, reported in its own word order.
    const inverted = s.norm.includes(', i ') ? matchIn(s, INVERTED_ASKED) : undefined;
    if (inverted) return finding(inverted.start, inverted.end, NO_SUGGESTIONS);
    // ("The question was put to Ms Gallagher whether it would not be simpler to ...": a formal record's "asked her whether".)
    const put = s.norm.includes('put to') && (s.norm.includes("n't") || hasSpaced(s.norm, 'not')) ? PUT_TO.exec(s.norm) : null;
    if (put && REPORTED_NEGATIVE.test(`asked ${s.norm.slice(put[0].length - put[1].length)}`)) return finding(s.start + put.index, s.start + put.index + put[0].length - put[1].length - 1, NO_SUGGESTIONS);
    const negative = asking && (s.norm.includes("n't") || hasSpaced(s.norm, 'not')) && (s.norm.includes('whether') || hasSpaced(s.norm, 'if ')) ? matchIn(s, REPORTED_NEGATIVE) : undefined;
    if (negative && managerAsks(s, negative.start, ctx.frame.parties)) return finding(negative.start, negative.end, NO_SUGGESTIONS);
    // "i asked him why didn't you just bump the heap", "i did ask her um wouldn't it have been easier to ...":
    // the question as asked, reported without quotes or a question mark (dictated notes).
    if ((s.classes & WordClass.TellWeak || s.norm.includes('i went') || s.norm.includes('i said') || s.norm.includes('i was like')) && (s.norm.includes("n't") || hasSpaced(s.norm, 'not ') || /[a-z]nt\b/.test(s.norm) || hasSpaced(s.norm, 'still ') || hasSpaced(s.norm, 'really ') || s.norm.includes('why would'))) {
      const k = askedWords(s, ctx.frame.parties.person);
      if (k > 0) {
        const asked = rule.check(tail(s, k), ctx);
        if (asked) return asked;
      }
    }
    // "don't you think you'd have saved two days" written without its question mark (dictated, typed fast).
    if (!s.question && !blame && opensNegative(s)) {
      const whyNot = why ? matchIn(s, WHY_NOT) : undefined;
      if (whyNot) return finding(whyNot.start, whyNot.end, (LEARNING_LEADER_REWRITES ? later(suggestWhy, s, ctx.chunk, whyNot.end) : NO_SUGGESTIONS));
      const negative = matchIn(s, NEGATIVE_AUX);
      if (negative) return finding(negative.start, negative.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, negative.end) : NO_SUGGESTIONS));
    }
    // "the offsite, have you considered just doing it in the office?": a topic put first, then the question.
    // (Dictated, with no question mark: "..., have you considered just doing it in the office like last year".)
    if (!inClause) {
      // ("also honestly wouldn't it just be easier to ...??": past two or more words that only lead in, the question's own start.)
      let lead = 0;
      while (lead < 4 && lead < s.words.length - 2 && LEAD_INS.has(s.words[lead].w)) lead++;
      const asked = lead >= 2 ? clauseAsked(s, lead, ctx) : undefined;
      if (asked) return asked;
      for (let k = 1; k < s.words.length - 2; k++) {
        // (The mark between the words first, by character: most words have none, and are not made strings.)
        if (!markBetween(s.norm, s.words[k - 1].end - s.start, s.words[k].start - s.start) || !CLAUSE_QUESTION.has(s.words[k].w)) continue;
        if (!s.question && s.words[k + 1].w !== 'you' && s.words[k + 1].w !== 'u') continue;
        const inner = clauseAsked(s, k, ctx);
        if (inner) return inner;
      }
    }
    if (!s.question && !blame) {
      // "have you considered just doing it in the office", "can you just ship it" dictated, with no question mark: the word order asks.
      const asked = s.classes & WordClass.You ? matchIn(s, ADVICE) ?? matchIn(s, JUST) : undefined;
      return asked ? finding(asked.start, asked.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, asked.end) : NO_SUGGESTIONS)) : undefined;
    }
    // "Why you merged without waiting?": blame for what was done; its trade-offs are what to ask about.
    const done = why && !blame ? matchIn(s, WHY_YOU_DID) : undefined;
    if (done && !matchIn(s, WHY_NOT)) return finding(done.start, done.end, (LEARNING_LEADER_REWRITES ? later(suggestDone, s, ctx.chunk, done.end) : NO_SUGGESTIONS));
    let whyNot = (why || (s.norm.includes('come') && s.norm.includes('how come')) || (s.norm.includes('how ') && (s.norm.includes(' not ') || s.norm.includes(' no ') || s.norm.includes(' never '))) ? matchIn(s, WHY_NOT) : undefined) ?? blame;
    // ("Why hasn't he shared it? Says he wants it "perfect" first.": the writer wondering about them, not asking them.)
    // ("Asked him why didn't he flag the crew shortage on Fri?": the question put to him, reported, Irish English's word order.)
    if (whyNot && whyNot !== blame && ctx.frame.instructions !== 'spoken' && THIRD_SUBJECT.has(s.words[wordAt(s, whyNot.end)]?.w ?? '') && !ASKED_HIM.test(s.norm) && !ASKED_HIM_BEFORE.test(ctx.chunk.slice(Math.max(0, s.start - 30), s.start))) whyNot = undefined;
    if (whyNot) return finding(whyNot.start, whyNot.end, (LEARNING_LEADER_REWRITES ? later(suggestWhy, s, ctx.chunk, whyNot.end) : NO_SUGGESTIONS));
    const again = s.question && s.norm.includes('gain') ? matchIn(s, AGAIN) : undefined;
    if (again) return finding(again.start, again.end, (LEARNING_LEADER_REWRITES ? later(suggestWhy, s, ctx.chunk, again.end) : NO_SUGGESTIONS));
    // "Do you think 11 minutes on a refund call is acceptable?": the verdict built in.
    const verdictThat = s.norm.includes('think') ? matchIn(s, VERDICT_THAT) : undefined;
    if (verdictThat) return finding(verdictThat.start, verdictThat.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, verdictThat.end) : NO_SUGGESTIONS));
    const verdict = s.norm.includes('k') && (s.norm.includes('think') || s.norm.includes('reckon')) ? matchIn(s, VERDICT) : undefined;
    if (verdict) {
      const at = verdict.start + verdict.m[0].indexOf(verdict.m[1]);
      return finding(verdict.start, verdict.end, (LEARNING_LEADER_REWRITES ? later(suggestVerdict, s, nounPhrase(ctx.chunk.slice(at, at + verdict.m[1].length))) : NO_SUGGESTIONS));
    }
    // (Not an exclamation: "Isn't it great that the release went out?")
    // (The forms anchored at the question's start open with an auxiliary, a negative, "why", "how", "what",
    // "you" or "surely", past "so", "and", "but" or "also": a question opened otherwise is spared their scans.)
    const opens = opensAs(s);
    const neg = (opens & Opens.Negative && !EXCLAIMED.test(s.norm) ? matchIn(s, NEGATIVE_AUX) : undefined) ?? (opens & Opens.Just ? matchIn(s, JUST) : undefined)
      ?? (opens & Opens.Advice ? matchIn(s, ADVICE) : undefined) ?? (opens & Opens.Really ? matchIn(s, REALLY) : undefined)
      ?? (opens & Opens.ThinkBetter ? matchIn(s, THINK_BETTER) : undefined) ?? (opens & Opens.Surely ? matchIn(s, SURELY) : undefined)
      ?? (s.classes & WordClass.You ? matchIn(s, ROUTINE_REQUEST) : undefined)
      ?? (s.classes & WordClass.You && hasSpaced(s.norm, 'not') ? matchIn(s, OR_NOT) : undefined)
      ?? (s.norm.includes('tu ') || s.norm.includes("t'") ? matchIn(s, FRENCH_LEADING) : undefined)
      ?? (s.question && hasSpaced(s.norm, 'no ') ? matchIn(s, PIDGIN_LEADING) : undefined)
      ?? (s.question && s.norm.includes('it not ') ? matchIn(s, NOT_SO_THAT) : undefined)
      ?? (s.question && (hasSpaced(s.norm, 'not ') || s.norm.includes("n't ")) && (s.norm.includes('supposed') || s.norm.includes('meant')) ? matchIn(s, NOT_SUPPOSED) : undefined)
      ?? (s.question && s.classes & WordClass.TellTail ? matchIn(s, TAGALOG_LEADING) : undefined)
      ?? (s.question && (s.norm.includes('hai ') || s.norm.includes('non ') || s.norm.includes('perch')) ? matchIn(s, ITALIAN_LEADING) : undefined)
      ?? (s.question && (s.norm.includes('czy ') || s.norm.includes('nie ') || s.norm.includes('dlaczego')) ? matchIn(s, POLISH_LEADING) : undefined)
      ?? (s.question && hasSpaced(s.norm, 'du ') ? matchIn(s, GERMAN_LEADING) : undefined)
      ?? (s.question && (s.norm.includes('du inte') || s.norm.includes('det inte')) ? matchIn(s, SWEDISH_LEADING) : undefined)
      ?? (s.question && (s.norm.includes('sao em') || s.norm.includes(' hơn')) ? matchIn(s, VIETNAMESE_LEADING) : undefined)
      ?? (s.question && s.norm.includes('neden ') ? matchIn(s, TURKISH_LEADING) : undefined)
      ?? (s.question && (s.norm.startsWith('ever ') || s.norm.includes(' ever ')) ? matchIn(s, EVER_ADVICE) : undefined)
      ?? (s.question && s.norm.includes('왜') ? matchIn(s, KOREAN_LEADING) : undefined)
      ?? (s.question && (s.norm.includes('even') || s.norm.includes(' be ') || s.norm.includes('really') || s.norm.includes('surely') || s.norm.includes(' when ') || s.norm.includes('you think')) ? matchIn(s, REPROACH) : undefined)
      ?? (s.question && (s.norm.includes('чому') || s.norm.includes('чи не')) ? matchIn(s, UKRAINIAN_LEADING) : undefined)
      ?? (s.norm.includes('γιατί δεν') ? matchIn(s, GREEK_LEADING) : undefined)
      ?? (s.question && s.classes & WordClass.Foreign && (s.norm.includes('kyun') || s.norm.includes('kya ')) ? matchIn(s, HINGLISH_LEADING) : undefined)
      // (Chinese, Hebrew and Hindi in their own scripts: each looked for only where its letters are.)
      ?? (s.question && s.classes & WordClass.Foreign ? otherScriptLeading(s) : undefined)
      ?? (s.norm.includes('não') || s.norm.includes('já ') ? matchIn(s, PORTUGUESE_LEADING) : undefined)
      ?? (s.norm.includes('je ') ? matchIn(s, DUTCH_LEADING) : undefined)
      ?? (opens & Opens.Possible && s.norm.includes('possible') ? matchIn(s, POSSIBLE_YOU) : undefined)
      // ("I asked him: had he maybe considered reading the track first?": the advice, asked and recorded; and in
      // prep, "Has she thought about just switching off online booking ...?", to be asked.)
      ?? (((ctx.frame.reported || ctx.frame.instructions === 'spoken') && s.norm.includes('considered')) || ((ctx.frame.instructions === 'planned' || ctx.frame.section === 'prep') && hasSpaced(s.norm, 'just ')) ? matchIn(s, ADVICE_ASKED) : undefined)
      ?? (s.norm.includes('¿') || s.norm.includes('por qu') || s.norm.includes('para qu') || s.norm.startsWith('no ') || (s.question && (s.norm.includes('crees') || s.norm.includes('piensas'))) ? matchIn(s, SPANISH_LEADING) : undefined)
      // ("¿Por qué no sales media hora antes de tu casa y ya?": advice with a question mark, as "Why don't you ...?".)
      ?? (s.question && s.norm.includes('por qu') ? matchIn(s, SPANISH_WHY_NOT) : undefined)
      // (Indonesian and Franco-Arab, each only with its words: "kenapa nggak ...?", "bukannya lebih gampang ...?", "msh kan el a7san ...?".)
      ?? (s.question && (s.norm.includes('kenapa') || s.norm.includes('bukan') || s.norm.includes('a7san') || s.norm.includes('ahsan')) ? matchIn(s, OTHER_LEADING) : undefined)
      ?? (opens & Opens.Sure && s.question && s.norm.includes('sure') ? matchIn(s, SURE) : undefined)
      ?? (opens & Opens.You ? matchIn(s, YOU_DIDNT) ?? (s.norm.includes('just ') ? matchIn(s, YOU_JUST) : undefined) : undefined)
      ?? (s.norm.includes('telling') || s.norm.includes('saying') ? matchIn(s, TELLING_ME) : undefined)
      ?? (opens & Opens.Nobody && s.norm.includes('no') ? matchIn(s, NOBODY_THOUGHT) : undefined)
      ?? (s.norm.includes('still') && s.norm.includes('after') ? matchIn(s, STILL_AFTER) : undefined)
      // ("you really don't think we need to re-estimate NB-470 after 6 weeks away?": disbelief, the answer in it.)
      ?? (s.question && opens & Opens.You && s.norm.includes('really') ? matchIn(s, YOU_REALLY_NOT) : undefined)
      // ("I asked him: why had he left it until two weeks before calibration ...?": asked of them, in the third person.)
      ?? (ctx.frame.instructions === 'spoken' && why ? matchIn(s, LEFT_LATE_ASKED) : undefined);
    if (neg) return finding(neg.start, neg.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, neg.end) : NO_SUGGESTIONS));
    // "Wouldn't recon be the better story?": what they would weigh is its subject ("recon").
    const better = s.norm.includes('be ') ? matchIn(s, WOULDNT_BE_BETTER) : undefined;
    if (better?.m[1]) {
      const at = better.start + better.m[0].indexOf(better.m[1]);
      return finding(better.start, better.end, (LEARNING_LEADER_REWRITES ? later(suggestTopic, s, nounPhrase(ctx.chunk.slice(at, at + better.m[1].trim().length))) : NO_SUGGESTIONS));
    }
    // ("Isn't May exactly when they need the challenge, though?": a negative question that counters, its answer built in.)
    const counter = s.question && (s.norm.includes('exactly') || s.norm.includes('though')) ? matchIn(s, NEGATIVE_COUNTER) : undefined;
    if (counter) return finding(counter.start, counter.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, counter.end) : NO_SUGGESTIONS));
    // An instruction softened into a question is advice with a question mark: "maybe hand the captions back to their intern?"
    // (not "Include him in the Q2 discussion?", a plan about them, nor an invitation, "Tell me more?").
    let head = 0;
    while (head < s.words.length - 1 && SOFTEN.has(s.words[head].w)) head++;
    // ("or do we go to Marieke together?": a question's own auxiliary and subject, not an instruction.)
    // ("or bleed from the LX radio channel?": "or" alone offers another cause, not an instruction.)
    const offered = head === 1 && s.words[0].w === 'or';
    if (head > 0 && !offered && !(AUXILIARY.has(s.words[head].w) && QUESTION_SUBJECT.has(s.words[head + 1]?.w ?? ''))) {
      const imp = imperativeAt(s, ctx.chunk, head);
      // The question form is evidence enough that it is put to them; a plan about them ("him", "her") is not.
      const put = ctx.frame.instructions === 'evidence' ? !aboutThem(s, imp?.verb ?? head, ctx.frame.parties) : imp && instructionTells(s, ctx, head, imp.verb);
      if (imp && put && ctx.frame.instructions !== 'never') {
        return finding(s.words[0].start, s.words[imp.verb].end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, s.words[imp.verb].end) : NO_SUGGESTIONS));
      }
    }
    // (Not in the manager's own section: "## Para mí" over "In this team you learn more when things break, no?", their musing.)
    const tag = s.norm.includes(',') && ctx.frame.section !== 'self' && !ctx.frame.selfNote ? matchIn(s, TAG) : undefined;
    if (tag) {
      // Addressed: "you" in the statement before the tag, or the statement opens with a verb.
      // (or it weighs their options for them: "Is better to use the feature flag, no?")
      // (Past "just", "please": "just post in #analytics the same day, OK?")
      let first = 0;
      while (first < s.words.length - 1 && /^(?:just|please|pls|also|so|and)$/.test(s.words[first].w)) first++;
      // ("Don't close tickets before the merchant confirm, ok?": a prohibition first.)
      let addressed = s.words.length > first && s.words[first].start < tag.start && (isBaseVerb(s.words[first].w) || BETTER_TO.test(s.norm) || PROHIBITION_FIRST.has(s.words[first].w));
      for (let k = 0; !addressed && k < s.words.length && s.words[k].start < tag.start; k++) addressed = isYou(s.words[k]);
      const weighed = addressed ? matchIn(s, BETTER_TO) : undefined;
      if (weighed) return finding(weighed.start, tag.end, (LEARNING_LEADER_REWRITES ? later(suggestOptions, s, ctx.chunk, weighed.end) : NO_SUGGESTIONS));
      if (addressed) return finding(tag.start, tag.end, NO_SUGGESTIONS);
    }
    // "Then the test plan question, which I asked word for word: have you considered just writing it
    // first?": the question after a colon, past what introduces it, is the one asked.
    const colon = s.question ? s.norm.lastIndexOf(': ') : -1;
    if (colon > 0) {
      const k = wordAt(s, s.start + colon + 2);
      if (k > 0 && k < s.words.length - 1) return rule.check(tail(s, k), ctx);
    }
    // `I also asked "don't you think three weeks is tight?"`: a quotation kept as the manager's words (prose.ts
    // masks every other one) is the question asked.
    if (s.question) {
      for (let k = 1; k < s.words.length - 1; k++) if (opensQuotation(ctx.chunk, s.words[k])) return rule.check(tail(s, k), ctx);
    }
    return undefined;
  },
};
export default rule;

/** A leading question in Japanese, Chinese, Persian, Hebrew or Hindi, in its own script (JAPANESE_LEADING, CHINESE_LEADING ...). */
function otherScriptLeading(s: Sentence): ReturnType<typeof matchIn> {
  if (KANA.test(s.norm)) return matchIn(s, JAPANESE_LEADING);
  if (HAN.test(s.norm)) return matchIn(s, CHINESE_LEADING);
  if (PERSIAN_LETTER.test(s.norm)) return matchIn(s, PERSIAN_LEADING);
  if (THAI_LETTER.test(s.norm)) return matchIn(s, THAI_LEADING);
  if (BENGALI_LETTER.test(s.norm)) return matchIn(s, BENGALI_LEADING);
  if (HEBREW_LETTER.test(s.norm)) return matchIn(s, HEBREW_LEADING);
  if (DEVANAGARI.test(s.norm)) return matchIn(s, HINDI_LEADING);
  return undefined;
}
