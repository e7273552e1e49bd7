// Classes of words several rules look for, found with one look-up per word per sentence (a Sentence
// keeps the union as `classes`): a rule whose words a sentence lacks is passed over at the cost of a
// bit test, instead of each rule scanning the words or the text again.

export const enum WordClass {
  /** you, your, yourself, u, ur, y'all ... */
  You = 1,
  /** Verbs that report or plan telling whatever follows them: told, insisted, urged, tell, push, must, should ... */
  Tell = 2,
  /** Common words that report telling only before a person or "to": asked, had, has, got, made, said ... */
  TellWeak = 4,
  /** Words of handed-down wishes and advice: suggest, recommend, advise, expect, request, ideally, rather ... */
  Wish = 8,
  /** Words every deadline phrase has (rewrite.ts DEADLINE): by, before, until, than, today, eod, this, end, nlt ... */
  Deadline = 16,
  /** Words of evidence that an instruction is aimed at the person met, besides "you" (analysis.ts positiveEvidence): me, us, always, be, please ... */
  Evidence = 32,
  /** The words a prohibition opens with (negative-imperative): don't, never, stop, quit, avoid ... */
  Prohibit = 64,
  /** The first words of a checklist handed over (make-sure TRIGGERS): make, ensure, remember, be, double-check ... */
  Check = 128,
  /** Words of curiosity that ask without a question mark among a sentence's first words (insights/find.ts): curious, hear, understand ... */
  Curious = 256,
  /** Words that open a sentence without changing what it does ("So, tell me ..."), and the manager's labels: so, ok, please, me, q ... */
  LeadIn = 512,
  /** Invitations and polite requests that ask at a sentence's head: tell, walk, share, explain ..., can, could, would, will. */
  Inviting = 1024,
  /** Words a question without a question mark may open with: how, what, why, do, did, is, should ... */
  QuestionWord = 2048,
  /** Verbs of wanting something of someone ("I want you to", "we're asking you to"; want-you-to WANT): want, need, expect, ask ... */
  Want = 4096,
  /** The words every mark of the manager's words after an instruction has (frame.ts SAID_MARK): said, say, told, my, word, verbatim. */
  Said = 8192,
  /**
   * Words every leading question that is not asked with a question mark has (leading-question.ts):
   * why, how, ask, asked, went ("I went, why didn't you ..."), and the negatives ("didn't", "wasnt").
   */
  LeadingCue = 16384,
  /** The words of reported telling's rarer forms (reported-telling.ts): "was clear", "he's to ...", French ("je lui ai dit de", "dis-lui de", "il faut que tu") and Spanish ("le dije que", "dile que", "tienes que"). */
  TellTail = 32768,
  /** Words every decision closed to discussion has (analysis.ts FINAL): optional, negotiable, final, exceptions, debate ... (1 << 16 is CURIOUS_EARLY). */
  Final = 1 << 17,
  /**
   * A word of another language notes mix in (reported-telling.ts, leading-question.ts): a letter English has none of
   * first or last ("żeby", "você", "weź"), or a common word of German, Polish, Portuguese, Swahili, Dutch, Spanish or Italian.
   */
  Foreign = 1 << 18,
  /** Scots spellings of English function words (sentences.ts readDialect): tae, telt, ye, dinnae, cannae ... */
  Dialect = 1 << 19,
}

/**
 * In a sentence's `head` (sentences.ts): one of its first eight words is a word of curiosity
 * (WordClass.Curious). The rest of `head` is the classes of its first word that is not a lead-in, or
 * of its last word when all before it are.
 */
export const CURIOUS_EARLY = 1 << 16;

const CLASSES = new Map<string, number>();

function add(cls: number, words: string): void {
  for (const w of words.trim().split(/\s+/)) CLASSES.set(w, (CLASSES.get(w) ?? 0) | cls);
}

add(WordClass.You, "you you'll you've you're you'd u ya y'all your yours yourself yourselves ur urself");
add(WordClass.Tell, `
  communicated counseled counselled told instructed ordered directed advised urged reminded pushed encouraged warned requested nudged challenged tasked
  pressured begged forced convinced persuaded insisted suggested recommended stressed emphasized emphasised demanded
  proposed tell push remind encourage nudge pressure urge instruct advise warn challenge convince persuade insist
  emphasize emphasise must should ought shouldn't mustn't need needs suggest recommend informed reiterated restated impress indicated shared
`);
add(WordClass.TellWeak, 'asked ask get got made make had have has gave given laid set said say explained explain expected wanted needed press pressed order direct task stress force want expect like read telling asking reminding pushing urging encouraging advising nudging');
add(WordClass.Wish, `
  suggest suggests suggested suggesting suggestion recommend recommends recommended recommendation advise advises advised
  advice urge urges urged expect expects expected expectation ask asks asked asking request requests requested ideally
  preferably hopefully rather need want would like expect consider
`);

add(WordClass.Said, 'said say told my word verbatim');
add(WordClass.TellTail, "clear he's she's lui leur tu j'ai henne ham habe heb moet decirle pedirle recordarle pra para você voce vc faut dois devrais dis-lui dis-leur demande-lui demande-leur rappelle-lui rappelle-leur le les dile pidele pídele tienes tenés tenes debes debés detto chiesto ricordato raccomandato dirgli dirle chiedergli chiederle ricordargli ricordarle devi dovresti non chiedi manda mandami chiama chiamami fai fammi dimmi vai prendi prenditi scrivi scrivimi metti porta smetti finisci ricordati avvisami fermati riposati lascia passami rifai controlla sistema nie dapat sabi sinabihan pinagsabihan inutusan sinabi sabihin ipaalala huwag wag kailangan mo mong ka bakit hindi ba pousser écris envoie mets fais arrête appelle finis termine ajoute vérifie corrige garde oublie prépare présente réserve documente cierra mándame envía envia envíame haz pon termina revisa escribe llama habla avísame avisame dime deja prueba sube arregla documenta prepara agenda tens podes deves precisas pinaalalahanan pinaalala");
add(WordClass.Foreign, "bitte du ich mir uns dich dir eine einen nicht und ist nie jej mu go zeby prosze pra para voce vc tafadhali por favor favore alsjeblieft alstublieft s'il maine usko usse unko tum tumne tumhe kyun kya karo karna kaha bola mat nahi falei pedi marca tira essa esses sem nilimwambia nimemwambia nilimuambia nimemuambia nilimwagiza nimemwagiza mwambie muambie mwambieni pannu pannidu pannunga paaru paarunga pesu pesunga anuppu anuppunga ezhudhu ezhuthu podu podunga podaadha podadha pannaadha pannadha vechukko vachikko kudu kudunga sollu sollunga irukkanum mudichidu sonnen sonnaen solliten sollitten suruh nyuruh menyuruh minta meminta bilang jangan tolong ambil kirim tulis el laha elha elo msh mesh keda bokra lazem khalas lazima honom henne måste borde säg påminde påminn musisz masz zrób mów zapisz kazałam kazałem poprosiłam poprosiłem prosiłam prosiłem lazım lütfen lutfen jy gesê asseblief");
add(WordClass.LeadingCue, `
  why how ask asks asked asking went considered aloud question
  don't didn't doesn't isn't wasn't wouldn't couldn't shouldn't can't won't haven't hasn't hadn't aren't weren't ain't mustn't
  dont didnt doesnt isnt wasnt wouldnt couldnt shouldnt cant wont havent hasnt hadnt arent werent
`);
add(WordClass.Dialect, 'tae telt ye yer dae daein aff oot dinnae cannae didnae wouldnae couldnae shouldnae isnae wasnae doesnae havenae wernae');
add(WordClass.Final, 'optional negotiable non-negotiable final exceptions excuses debate discussion negotiation ifs arguing arguments story request stop period carryover carry-over carryovers shortcuts workarounds surprises skipping ducking dodging wriggling');
add(WordClass.Deadline, 'by before until till til than today tonight tomorrow asap eod eow this end first nlt within latest');
add(WordClass.Evidence, 'me us always be please pls plz kindly bitte');
add(WordClass.Prohibit, "don't dont do never stop quit avoid no nobody");
add(WordClass.Check, "make be ensure remember don't do never see take double-check double");
add(WordClass.Want, 'want wants need needs expect expects require requires like love prefer ask asks asking count');
add(WordClass.Curious, 'curious interested hear understand learn know asked');
add(WordClass.LeadIn, 'so and ok okay also please just but hey btw now then me q i');
add(WordClass.Inviting, 'tell walk talk take help say share describe explain expand elaborate unpack give paint fill catch can could would will');
add(WordClass.QuestionWord, `
  how what why where who which when whats hows what's how's wat do did does are is have has should shall may can could would will
`);

/** The classes of a word (0 for most). */
export function classOf(word: string): number {
  return CLASSES.get(word) ?? 0;
}

/**
 * A first look at a word by its length and its first, second and last letters: set where some word with a class
 * has them. Most words of a note have none (they are not looked up at all), and none is made a string.
 */
const LONGEST = Math.max(...[...CLASSES.keys()].map(w => w.length));
// For each length, first and last letter, the second letters of the words with a class, a bit each
// (with the length and the two letters alone, two in five words looked up had no class: "draft", "about").
const MAY_HAVE_CLASS = new Int32Array((LONGEST + 1) * 26 * 26);
for (const w of CLASSES.keys()) MAY_HAVE_CLASS[lookAt(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] |= secondBit(w.length, w.charCodeAt(1));

function lookAt(length: number, first: number, last: number): number {
  return (length * 26 + first - 97) * 26 + last - 97;
}

/** The bit of a word's second character: a letter's own, one for any other (an apostrophe, a hyphen), one for a word of one letter. */
function secondBit(length: number, c: number): number {
  return length < 2 ? 1 << 27 : c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26;
}

/** The classes of the word t[a, b) (lower-case, as a sentence's norm has it). */
export function classesAt(t: string, a: number, b: number): number {
  const first = t.charCodeAt(a);
  const last = t.charCodeAt(b - 1);
  // (A word in Hangul too: Korean; Vietnamese's stacked accents, Latin Extended Additional: "ấy", "phải"; Greek and Cyrillic;
  // Hebrew, Arabic, Devanagari, Bengali, Thai, kana and Han.)
  if ((first >= 0xc0 || last >= 0xc0) && ((first >= 0xc0 && first <= 0x24f) || (last >= 0xc0 && last <= 0x24f) || (last >= 0xac00 && last <= 0xd7a3) || (first >= 0x1e00 && first <= 0x1eff) || (last >= 0x1e00 && last <= 0x1eff) || (first >= 0x370 && first <= 0x4ff)
    || (first >= 0x590 && first <= 0x6ff) || (first >= 0x900 && first <= 0x9ff) || (first >= 0xe00 && first <= 0xe7f) || (first >= 0x3040 && first <= 0x30ff) || (first >= 0x4e00 && first <= 0x9fff))) return WordClass.Foreign;
  if (b - a > LONGEST || first < 97 || first > 122 || last < 97 || last > 122 || !(MAY_HAVE_CLASS[lookAt(b - a, first, last)] & secondBit(b - a, t.charCodeAt(a + 1)))) return 0;
  return CLASSES.get(t.slice(a, b)) ?? 0;
}
