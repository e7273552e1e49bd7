// Who owns an action item: me (the manager who writes the notes), them (the person the notes are
// about), or someone else. Read from what managers actually write:
//   "Aiko: send the load test results"   a name prefix (the person met → them)
//   "Me: book the room", "Chris: …"      me (Chris being one of the manager's own names)
//   "Owner: Ravi", "(owner: me)"         an owner field anywhere in the item
//   "@lena draft the agenda"             a mention
//   "Amara to decide on the guild"       a known person as the subject of what is to be done
//   "Amara, send me your expenses"       a known person addressed, then asked to do something
//
// And what is not an owner: a label that opens with a verb is an instruction to the manager, not a
// name ("Ask Priya: what do you see as the trade-offs?", "Tell Sam: …"; the linter's rewrites write
// such labels).
//
// With no owner written, the item is mine. In the realistic notes we develop against
// (notes-dev: 16 notes by one manager), every task without an owner is the author's own to-do,
// written as a bare imperative: "chase legal on the vendor contract", "find the conference policy
// in Workday", "send Bettina our PR description template", "facilities re standing desk — send her
// the form". Items for the other person carry their name ("Aiko: share the handover plan draft").
// The default is marked `explicit: false`, so a view can show it as assumed.
import { isBaseVerb, takesObjectInfinitive, verbLikelihood } from '../lint/english';

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
  /**
   * Everyone else the manager keeps notes on (the names in people.json): someone else wherever an
   * owner is read, and known names for the forms that need one ("Kenji to share the runbook").
   */
  readonly others?: readonly string[];
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

/** A word as names are written (letters, then letters, marks, apostrophes, dots, hyphens), read from a given place. */
const WORD = /[\p{L}][\p{L}\p{M}'’.-]*/uy;

/**
 * After a known person, what makes them the subject of what is to be done: "Amara to decide",
 * "Amara will send", "Amara'll send", "Amara needs to / agreed to / is going to send". Group 1: the verb.
 */
const SUBJECT = /^(?:['’]ll|[ \t]+(?:to|will|shall|should|must|can|(?:needs|has|agreed|offered|promised|volunteered|wants|plans|is going|is)[ \t]+to))[ \t]+(\p{L}+)/iu;
/** After an address, a polite request before the verb: "Amara, please send", "Amara, can you send". */
const REQUEST = /^(?:(?:please|pls|kindly)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)/i;

/**
 * A reader of owners for one person's notes (aliases are worked out once, not per item). Order: a
 * name prefix, then a known person as the subject or the one addressed, then an owner field, then a
 * mention; the first that names someone decides. When the person met and the manager share a name,
 * the manager's wins: their names are given explicitly.
 */
export function ownerReader(context: OwnerContext): OwnerReader {
  const mine = aliases(context.managerNames ?? []);
  const theirs = aliases([context.person?.name, context.person?.id]);
  const others = aliases(context.others ?? []);
  /** Someone the context names: me, the person met, or someone in people.json; undefined for an unknown name. */
  const known = (name: string): Owner | undefined => {
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
    if (others.has(key)) return { kind: 'other', name, explicit: true };
    return undefined;
  };
  const classify = (written: string, strict: boolean): Owner | undefined => {
    const name = written.trim();
    const key = fold(name);
    if (!key || LABELS.has(key)) return undefined;
    const byName = known(name);
    if (byName) return byName;
    // A prefix counts as someone else only when it looks like a name: capitalised words, not a
    // label, not an acronym ("QA:", "SRE:", "HR:" name teams or topics), not an instruction.
    if (strict && (!capitalized(name) || /^\p{Lu}{2,}$/u.test(name) || opensWithVerb(name))) return undefined;
    return { kind: 'other', name, explicit: true };
  };
  /**
   * A label that opens with a verb is an instruction, not a name: "Ask Priya", "Tell Sam", "Remind
   * Lars Svensson". Its first word asks or tells someone (a verb, in any form, that takes "someone to
   * do": ask, asked, tell, remind, invite, encourage …), or is any verb before a known person ("Ping
   * Priya", "Thank Kenji"). A first word that is a known name is a name (a person met called Will);
   * one that is a verb and a name alike ("Nick Jones", "Rob Smith", "Grant Ward") stays a name.
   */
  const opensWithVerb = (name: string): boolean => {
    const words = name.split(/\s+/);
    if (words.length < 2) return false;
    const first = fold(words[0] ?? '');
    if (mine.has(first) || theirs.has(first) || others.has(first)) return false;
    if (takesObjectInfinitive(first)) return true;
    return verbLikelihood(first) !== 'not-verb' && known(words.slice(1).join(' ')) !== undefined;
  };
  /**
   * A known person as the subject of what is to be done ("Amara to decide on the guild", "Amara will
   * send it", "Amara agreed to draft it"), or addressed and then asked ("Amara, send me your
   * expenses", "Amara, please review"): theirs. Only a known name is read so: an unknown word before
   * "to" is most often no one ("Time to decide", "Good to discuss").
   */
  const bySubject = (text: string): Owner | undefined => {
    const start = /^\s*(?:\*\*|__)?/.exec(text)?.[0].length ?? 0;
    let at = start;
    for (let n = 1; n <= 3; n++) {
      WORD.lastIndex = at;
      const word = WORD.exec(text)?.[0];
      if (!word) return undefined;
      // "Amara'll send it": the name ends before its "'ll".
      const end = WORD.lastIndex - (/['’]ll$/i.test(word) ? 3 : 0);
      const name = text.slice(start, end);
      const rest = text.slice(end).replace(/^(?:\*\*|__)/, '');
      const address = /^\s*,\s*/.exec(rest);
      if (address) {
        // Addressed, then asked: a verb opens what follows ("Amara, send me …"), not "I" or "we".
        const verb = /^\p{L}+/u.exec(rest.slice(address[0].length).replace(REQUEST, ''))?.[0].toLowerCase();
        return verb && !ME_WORDS.has(verb) && isBaseVerb(verb) ? known(name) : undefined;
      }
      const subject = SUBJECT.exec(rest);
      if (subject && isBaseVerb((subject[1] ?? '').toLowerCase())) {
        const who = known(name);
        if (who) return who;
      }
      const gap = /^[ \t]+/.exec(text.slice(end));
      if (!gap) return undefined;
      at = end + gap[0].length;
    }
    return undefined;
  };
  return (text: string): Owner => {
    const prefix = PREFIX.exec(text);
    let byPrefix = prefix && prefix[1] ? classify(prefix[1], true) : undefined;
    let rest = text;
    // After a label, a name may follow: "AI: Sam — page counts", "TODO: Aiko: send it", "Follow up: Amara, send me …".
    if (!byPrefix && prefix && prefix[1] && LABELS.has(fold(prefix[1]))) {
      rest = text.slice(prefix[0].length);
      const again = PREFIX.exec(rest);
      if (again && again[1]) byPrefix = classify(again[1], true);
    }
    if (byPrefix) return byPrefix;
    // An instruction label ("Ask Priya: …") is followed by what to say, not by an owner.
    const instruction = prefix && prefix[1] && rest === text && opensWithVerb(prefix[1].trim());
    const bySentence = instruction ? undefined : bySubject(rest);
    if (bySentence) return bySentence;
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
