// What each rule is for, shown in the hover and mirrored in the README's rule sections.

export interface RuleDoc {
  readonly title: string;
  /** What the rule finds. */
  readonly finds: string;
  /** Why it matters, tied to the research the product is built on. */
  readonly why: string;
  readonly example: string;
  readonly instead: string;
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  'you-modal': {
    title: 'You should / must / need to',
    finds: '"You should", "you must", "you need to", "you have to", "you\'ve got to", "you ought to", "you\'d better".',
    why: 'A modal addressed to them makes the decision for them. Under formal authority it lands as an order, and telling people what to do is a major barrier to their learning (McKenzie).',
    example: 'You should refactor this before the release.',
    instead: 'What would happen if you refactored this before the release?',
  },
  'want-you-to': {
    title: 'I want / need / expect you to',
    finds: '"I want you to", "I need you to", "I\'d like you to", "we need you to", "It would be great if you could", "I\'d appreciate it if you".',
    why: 'Your wish becomes their task; polite forms carry the same authority. Asking what they would choose builds their ownership.',
    example: 'I\'d like you to lead the retro next week.',
    instead: 'Would you like to lead the retro next week?',
  },
  'make-sure': {
    title: 'Make sure / ensure / remember to',
    finds: 'Sentences that open with "make sure", "ensure", "be sure to", "remember to", "don\'t forget to", "double-check".',
    why: 'A checklist handed over skips their own thinking about how they will know. Asking how they will check builds the problem-solving habit ("go slow to go fast", Saabye and Kristensen).',
    example: 'Make sure the tests pass before you merge.',
    instead: 'How will you make sure the tests pass before you merge?',
  },
  'negative-imperative': {
    title: 'Don\'t / never / stop',
    finds: 'Sentences that open with "don\'t" or "never" plus a verb, "stop" or "quit" plus what they are doing, "avoid" plus a verb.',
    why: 'A prohibition closes the question instead of exploring the risk together; people learn the rule but not the reason.',
    example: 'Don\'t push on Fridays.',
    instead: 'What are the risks of pushing on Fridays?',
  },
  'deadline-demand': {
    title: 'Deadline set for them',
    finds: '"Have X done by Friday", "Get the PR merged today", "I want X finished by Q3", "Could you send me X by Friday?", and instructions with a deadline.',
    why: 'A deadline set for someone skips asking what is realistic and what they need; asking builds their own planning skill and surfaces risks early.',
    example: 'Have the design doc done by Monday.',
    instead: 'What would it take to have the design doc done by Monday?',
  },
  'assign-role': {
    title: 'Assigning a role',
    finds: '"Your job is to", "it\'s your responsibility to", "going forward you will", "you\'re responsible for", "let\'s have you".',
    why: 'Assigning ownership leaves no room to choose it. Offering the role and asking how they see it moderates the emphasis on performance so they feel free to learn.',
    example: 'Going forward, you will own on-call handoffs.',
    instead: 'Would you like to own on-call handoffs going forward?',
  },
  imperative: {
    title: 'Instruction',
    finds: 'A sentence or clause that starts with a base-form verb addressed to the other person ("Send me the draft", "Pair with Sam"). Invitations to talk ("Tell me about...", "Walk me through...") and care ("Take your time") are not flagged; neither are past-tense notes ("Reviewed the doc") or labelled notes to self ("TODO: book the room").',
    why: 'An instruction gives the answer; a question lets them find it and builds their confidence to challenge you.',
    example: 'Pair with Sam on the billing bug.',
    instead: 'Would it help to pair with Sam on the billing bug?',
  },
  'leading-question': {
    title: 'Telling dressed as a question',
    finds: '"Why didn\'t you...?", "Don\'t you think...?", "Wouldn\'t it be better to...?", "Can you just...?", and tag questions such as "..., right?".',
    why: 'The answer is built into the question, so it invites agreement rather than thinking, and under authority it reads as criticism.',
    example: 'Why didn\'t you ask for help sooner?',
    instead: 'What got in the way of asking for help sooner?',
  },
  'custom-phrase': {
    title: 'Team phrase',
    finds: 'Phrases listed in `learningLeader.lint.extraPhrases`, matched as literal text on word boundaries.',
    why: 'Every team has its own telling habits ("just do it", "ASAP"); list them to catch them.',
    example: 'We need this ASAP.',
    instead: 'What would make this possible sooner?',
  },
};
