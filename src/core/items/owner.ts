// Who owns an action item: me (the manager who writes the notes), them (the person the notes are
// about), or someone else. Read from what managers actually write:
//   "Aiko: send the load test results"   a name prefix (the person met → them)
//   "Me: book the room", "Chris: …"      me (Chris being one of the manager's own names)
//   "Owner: Ravi", "(owner: me)"         an owner field anywhere in the item
//   "@lena draft the agenda"             a mention
//
// With no owner written, the item is mine. In the realistic notes we develop against
// (notes-dev: 16 notes by one manager), every task without an owner is the author's own to-do,
// written as a bare imperative: "chase legal on the vendor contract", "find the conference policy
// in Workday", "send Bettina our PR description template", "facilities re standing desk — send her
// the form". Items for the other person carry their name ("Aiko: share the handover plan draft").
// The default is marked `explicit: false`, so a view can show it as assumed.

export type OwnerKind = 'me' | 'them' | 'other';

export interface Owner {
  readonly kind: OwnerKind;
  /** The name as written ("Aiko", "Me", "Ravi"); absent for the default. */
  readonly name?: string;
  /** False when no owner is written and the default applies. */
  readonly explicit: boolean;
}

export interface OwnerContext {
  /** The person the notes are about: their display name and id ("Aiko Tanaka", "aiko-tanaka"). */
  readonly person?: { readonly name?: string; readonly id?: string };
  /** The manager's own names ("Chris", "Chris Doe"); "me", "I" and "myself" always count. */
  readonly managerNames?: readonly string[];
}

export const DEFAULT_OWNER: Owner = { kind: 'me', explicit: false };

/**
 * Labels that look like a name before a colon but name a topic or a kind of note
 * ("AI: …" for action item, "TODO: …", "Hiring: …"). Lower-case labels ("on-call: shadow week") are
 * never read as names unless they are the person's or the manager's.
 */
const LABELS = new Set([
  'ai', 'action', 'actions', 'action item', 'todo', 'to do', 'fyi', 'note', 'notes', 'next', 'next steps', 'follow up',
  'followup', 'follow-up', 'update', 'updates', 'idea', 'ideas', 'question', 'questions', 'q', 'a', 'decision', 'risk',
  'blocker', 'blocked', 'agenda', 'topic', 'reading', 'hiring', 'onboarding', 'oncall', 'on-call', 'feedback', 'goal',
  'goals', 'okr', 'okrs', 'retro', 'review', 'prep', 'reminder', 'remember', 'ask', 'asks', 'done', 'wip', 'later',
  'maybe', 'important', 'urgent', 'nb', 'ps', 're', 'tbd', 'draft', 'plan', 'budget', 'comp', 'career', 'growth',
  'team', 'process', 'project', 'product', 'tech', 'infra', 'security', 'ops', 'support', 'incident', 'release',
  'deadline', 'due', 'status', 'summary', 'context', 'why', 'what', 'how', 'when', 'where', 'who', 'option', 'options',
  'owner', 'owners', 'pros', 'cons', 'tip', 'warning', 'important', 'ideally', 'also', 'then', 'first', 'second', 'finally', 'today',
  'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekly', 'monthly', 'quarterly',
]);
const ME_WORDS = new Set(['me', 'i', 'myself', 'mine']);

/** A name before a colon or a dash at the start: "Aiko:", "**Lars S.:**", "Me — …". Group 1: the name. */
const PREFIX = /^\s*(?:\*\*|__)?([\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,2}?)(?:\*\*|__)?\s*(?::(?:\*\*|__)?\s|[—–]\s)/u;
/** "Owner: Ravi", "(owners: Driss, Iryna)", "owner: Lars Svensson". Group 1: the first name given. */
const OWNER_FIELD = /(?:^|[^\p{L}])[Oo]wners?\s*[:=]\s*([\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)?)/u;
/** "@lena", "@lena.fischer". Group 1: the handle. */
const MENTION = /(?:^|[\s(,;])@([\p{L}][\p{L}\p{M}\p{N}_.-]*[\p{L}\p{N}]|[\p{L}])/u;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/[.]+$/, '').trim();
}

function capitalized(name: string): boolean {
  return name.split(/\s+/).every(w => /^\p{Lu}/u.test(w));
}

/** Every way a name can be written: the full name, each word of it, and the words of an id. */
function aliases(names: readonly (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const full = fold(name.replace(/-/g, ' '));
    if (!full) continue;
    out.add(full);
    for (const word of full.split(/\s+/)) if (word.length > 1) out.add(word);
  }
  return out;
}

export type OwnerReader = (text: string) => Owner;

/**
 * A reader of owners for one person's notes (aliases are worked out once, not per item). Order: a
 * name prefix, then an owner field, then a mention; the first that names someone decides. When the
 * person met and the manager share a name, the manager's wins: their names are given explicitly.
 */
export function ownerReader(context: OwnerContext): OwnerReader {
  const mine = aliases(context.managerNames ?? []);
  const theirs = aliases([context.person?.name, context.person?.id]);
  const classify = (written: string, strict: boolean): Owner | undefined => {
    const name = written.trim();
    const key = fold(name);
    if (!key || LABELS.has(key)) return undefined;
    if (ME_WORDS.has(key) || mine.has(key)) return { kind: 'me', name, explicit: true };
    if (theirs.has(key)) return { kind: 'them', name, explicit: true };
    const words = key.split(/\s+/);
    // A known first name with an initial or a surname: "Aiko T.", "Chris D."
    if (words.length === 2 && capitalized(name)) {
      if (mine.has(words[0] ?? '')) return { kind: 'me', name, explicit: true };
      if (theirs.has(words[0] ?? '')) return { kind: 'them', name, explicit: true };
    }
    // A prefix counts as someone else only when it looks like a name: capitalised words, not a
    // label, not an acronym ("QA:", "SRE:", "HR:" name teams or topics).
    if (strict && (!capitalized(name) || /^\p{Lu}{2,}$/u.test(name))) return undefined;
    return { kind: 'other', name, explicit: true };
  };
  return (text: string): Owner => {
    const prefix = PREFIX.exec(text);
    let byPrefix = prefix && prefix[1] ? classify(prefix[1], true) : undefined;
    // After a label, a name may follow: "AI: Sam — page counts", "TODO: Aiko: send it".
    if (!byPrefix && prefix && prefix[1] && LABELS.has(fold(prefix[1]))) {
      const again = PREFIX.exec(text.slice(prefix[0].length));
      if (again && again[1]) byPrefix = classify(again[1], true);
    }
    if (byPrefix) return byPrefix;
    const field = OWNER_FIELD.exec(text);
    const byField = field && field[1] ? classify(field[1], false) : undefined;
    if (byField) return byField;
    const mention = MENTION.exec(text);
    const byMention = mention && mention[1] ? classify(mention[1].replace(/[._-]+/g, ' '), false) : undefined;
    return byMention ?? DEFAULT_OWNER;
  };
}

/** The owner of one item (for many items of one person, make an {@link ownerReader} once). */
export function ownerOf(text: string, context: OwnerContext = {}): Owner {
  return ownerReader(context)(text);
}
