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
  /** Words every deadline phrase has (rewrite.ts DEADLINE): by, before, until, than, today, eod, this, end ... */
  Deadline = 16,
  /** Words of evidence that an instruction is aimed at the person met, besides "you" (analysis.ts positiveEvidence): me, us, always, be, please ... */
  Evidence = 32,
  /** The words a prohibition opens with (negative-imperative): don't, never, stop, quit, avoid ... */
  Prohibit = 64,
  /** The first words of a checklist handed over (make-sure TRIGGERS): make, ensure, remember, be, double-check ... */
  Check = 128,
}

const CLASSES = new Map<string, number>();

function add(cls: number, words: string): void {
  for (const w of words.trim().split(/\s+/)) CLASSES.set(w, (CLASSES.get(w) ?? 0) | cls);
}

add(WordClass.You, "you you'll you've you're you'd u ya y'all your yours yourself yourselves ur");
add(WordClass.Tell, `
  told instructed ordered directed advised urged reminded pushed encouraged warned requested nudged challenged tasked
  pressured begged forced convinced persuaded insisted suggested recommended stressed emphasized emphasised demanded
  proposed tell push remind encourage nudge pressure urge instruct advise warn challenge convince persuade insist
  emphasize emphasise must should ought shouldn't mustn't need needs
`);
add(WordClass.TellWeak, 'asked ask get got made make had have has gave set said explained explain expected wanted needed press pressed order direct task stress force');
add(WordClass.Wish, `
  suggest suggests suggested suggesting suggestion recommend recommends recommended recommendation advise advises advised
  advice urge urges urged expect expects expected expectation ask asks asked asking request requests requested ideally
  preferably hopefully rather need want would like expect
`);

add(WordClass.Deadline, 'by before until than today tonight tomorrow asap eod eow this end first');
add(WordClass.Evidence, 'me us always be please pls plz kindly');
add(WordClass.Prohibit, "don't dont do never stop quit avoid");
add(WordClass.Check, "make be ensure remember don't do never see take double-check double");

/** The classes of a word (0 for most). */
export function classOf(word: string): number {
  return CLASSES.get(word) ?? 0;
}
