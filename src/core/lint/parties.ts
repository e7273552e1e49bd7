// Who is in a 1:1 note: the person met and the manager who writes it. A 1:1 has two people; notes
// name them in the file or folder name, the front matter, the title ("Sam / Chris 1:1") or an
// attendee line. Knowing them tells "Chris told Aiko to ..." (the manager telling) from "She told Ravi
// to ..." (someone else), and "Sam:" (the person speaking) from "Me:" (the manager speaking).
import { parseFrontMatter } from '../frontmatter';
import { foldLatin } from '../text';
import { baseOf, isBaseVerb } from './english';
import { wordSet } from './lexicon';

export interface Parties {
  /** Lower-case first names, full names, id parts and initials of the person met. */
  readonly person: ReadonlySet<string>;
  /** Lower-case names of the manager (the setting, and the other name of a two-name title). */
  readonly manager: ReadonlySet<string>;
  /** Lower-case initials of the person met's full name ("am" for Arjun Mehta): a shared doc's speaker label. */
  readonly personInitials?: ReadonlySet<string>;
  /**
   * The manager writes to themself as "you": lines with "you" that name the person in the third person
   * ("You need to stop interrupting him", "Don't forget you owe her an intro"), two of them or more.
   */
  readonly selfYou?: boolean;
  /**
   * The pronoun the note uses for the person met, where it uses one far more than the other (three times
   * or more, twice as often): "he must also take responsibility" in a note about Priya is someone else.
   */
  readonly pronoun?: 'he' | 'she';
  /**
   * The first letter of the person met's first name, where the note calls them by it alone, a capital
   * standing on its own twice or more ("ask J if he wants ...", "J's retro notes", "to S: flag ..."):
   * a bullet journal's shorthand. The letter then names them as their name does.
   */
  readonly initial?: string;
  /**
   * The note is the other side's: its writer met their own manager, mentor or supervisor ("1:1 with my manager",
   * "# Mentor Session 02 Agenda", "# Supervisor Meeting - 12/03/24"), so its instructions are what the writer was told.
   */
  readonly theirNote?: boolean;
  /**
   * The note speaks of no one in the first or second person and reports no speech with its subject dropped ("Told him ...",
   * "Asked her ..."): a record in the third person, such as a note-taking tool's summary ("Avoid 2-week development cycles
   * without feedback", "Don't default to all plugins; let agents ask users"), whose bans are conclusions recorded, not the
   * manager's words to the person. Read from the note's head.
   */
  readonly impersonal?: boolean;
}

/** Whether the lower-case word `w` names the person met: one of their names, or the initial the note calls them by. */
export function personWord(p: Parties, w: string): boolean {
  return w.length > 1 ? p.person.has(w) : w === p.initial;
}

export interface PartiesInput {
  /** The note's file name or path (`2026-03-04-sam-lee.md`, `one-on-ones/sam-lee/2026-03-04.md`). */
  readonly fileName?: string;
  /** The person's names from the roster (display name, id). */
  readonly personNames?: readonly string[];
  /** The manager's own names (setting `learningLeader.managerNames`). */
  readonly managerNames?: readonly string[];
}

const NOT_NAMES = wordSet('professor prof dr mr mrs ms miss sir dame engr eng 1 on one with and the a of my meeting notes note sync check in chat call weekly fortnightly monthly skip level skip-level peer first career conversation manager jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december mon tue wed thu fri monday tuesday wednesday thursday friday saturday sunday min mins video office coffee stakeholder expectations onboarding hr em pm eng product team week new update review private confidential true false me i you attendees date duration person md draft');

/** Name words of a text: letters only, lower-case, without dates, numbers and words that are not names. */
function nameWords(text: string, given = false): string[] {
  return foldLatin(text.toLowerCase()).replace(/[’']s\b/g, '').split(/[^\p{L}]+/u).filter(w => w.length >= 2 && (!NOT_NAMES.has(w) || (given && GIVEN_MONTHS.has(w))));
}

/** A reply tagged with initials at a line's start, perhaps after a bullet or an arrow, perhaps with a time: "↳ OB [Mon 11:42]:", "- KW:". */
// (A log's time first, "0809  DH: why did you ...", "10:02 TN: ...".)
const REPLY_TAG = /^[ \t]*(?:(?:[01]\d|2[0-3]):?[0-5]\d[ \t]+)?(?:[-*+>↳→][ \t]*)*([A-Z]{2,3})(?:[ \t]*[[(][^\])\n]{1,24}[\])])?[ \t]*:/gm;
/** A shared doc's comment tagged with initials in brackets at a line's start: "- [AK] Why wasn't the retry path covered ...?", "[DB] Fine." */
const BRACKET_TAG = /^[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?\[([A-Z]{2,3})\][ \t]/gm;
/** Months that are also first names: kept where a name is all there is (a file name, the roster), "june-takahashi", "jun-takeda", "jan-kowalski". */
const GIVEN_MONTHS = wordSet('april may june august jan jun');

function addName(set: Set<string>, name: string, given = false): void {
  const words = nameWords(name, given);
  if (!words.length) return;
  for (const w of words) set.add(w);
  set.add(words.join(' '));
  // "d:" for Driss: the first letter of the first name ("i" and "a" are words, not initials).
  if (words[0][0] !== 'i' && words[0][0] !== 'a') set.add(words[0][0]);
}

/** The title of a note: its first heading, or its first non-empty line after the front matter. */
function titleOf(body: string): string {
  const lines = body.split(/\r\n|\r|\n/, 12);
  const heading = lines.find(l => /^#{1,3}\s/.test(l));
  return (heading ?? lines.find(l => l.trim()) ?? '').replace(/^#+\s*/, '');
}

/** A line of the note's head that names the 1:1 and its two people under a tool's title ("Otter.ai — Meeting Summary", then "1:1 Marcus / Zainab Hussain"). */
function meetingLinePair(body: string): [string, string] | undefined {
  let seen = 0;
  for (const line of body.split(/\r\n|\r|\n/, 10)) {
    if (!line.trim()) continue;
    if (++seen > 5) break;
    if (/\b(?:1:1|1on1|one[- ]on[- ]one)\b/i.test(line)) {
      const pair = titlePair(line.replace(/^[#*_\s]+/, ''));
      if (pair) return pair;
    }
  }
  return undefined;
}

/** The two sides of "Sam / Chris", "Aiko Tanaka / Chris", "Fatima Zahra <> Chris" in a title. */
function titlePair(title: string): [string, string] | undefined {
  const part = title.replace(/\([^)]*\)/g, ' ').split(/\s[—–|·•]\s?|\s-\s/).find(seg => /\/|<>|\s&\s|\sand\s|↔|<->/.test(seg));
  if (!part) return undefined;
  // "1:1 Nikhil Rao / Dana, Thu 5 Feb 2026": the date after a comma is no part of the names.
  // ("1:1: @priya-kannan ↔ @jortiz": handles, a tracker's.)
  const core = part.replace(/^.*?:\s+(?=.*(?:\/|↔|<->))/, '').replace(/\b(?:1:1|1on1|one[- ]on[- ]one)\b/gi, ' ').replace(/,.*$/, '');
  const m = /^\s*@?([\p{L}][\p{L}.' -]{0,40}?)\s*(?:\/|<>|<->|↔|&|\sand\s)\s*@?([\p{L}][\p{L}.' -]{0,40}?)\s*$/u.exec(core);
  return m ? [m[1], m[2]] : undefined;
}

/** Two people as the subject of the meeting in a summary: "Alex and Rui discussed ...", "Jordan and Rui reviewed ...". */
const PAIR_MET = /\b(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (?:discussed|reviewed|met|talked|covered|went over|caught up|agreed|walked through|spoke)\b/u;

/** What the people of a note depend on: its head (front matter, title, attendee line) and the options. */
const HEAD = 8192;
let last: { head: string; options: string; parties: Parties } | undefined;

/**
 * The people of a note, from its file name, front matter, title and attendee line, and the settings.
 * The last answer is kept: a keystroke (or the next note of a run with the same head) asks again for the same.
 */
export function partiesOf(text: string, input: PartiesInput = {}): Parties {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const options = `${input.fileName ?? ''}\u0000${(input.personNames ?? []).join('\u0001')}\u0000${(input.managerNames ?? []).join('\u0001')}`;
  if (last && last.head === head && last.options === options) return last.parties;
  const parties = computeParties(head, input);
  last = { head, options, parties };
  return parties;
}

/** A handle in a front matter field: "Derek L. (@dlind)". */
const HANDLE_IN_FIELD = /@([A-Za-z][\w.-]{1,30})/;

/** How much of a note's body holds the fields a record opens with ("Present:", "Manager:"). */
const FIELDS = 1500;

function computeParties(text: string, input: PartiesInput): Parties {
  const person = new Set<string>();
  /** The person met's names as written in full (roster, front matter, file name), for their initials. */
  const fullNames: string[] = [];
  const manager = new Set<string>();
  /** The manager's names of two or three words (the setting, front matter, title), for their initials. */
  const managerFull: string[][] = [];
  for (const n of input.managerNames ?? []) if (typeof n === 'string') {
    for (const w of [foldLatin(n.toLowerCase().trim()), ...nameWords(n)]) if (w) manager.add(w);
    managerFull.push(nameWords(n));
  }
  const addPerson = (name: string) => {
    addName(person, name, true);
    fullNames.push(name);
  };
  for (const n of input.personNames ?? []) if (typeof n === 'string') addPerson(n.replace(/-/g, ' '));
  const fm = parseFrontMatter(text);
  for (const key of ['person', 'with', 'who', 'name', 'report', 'attendee', 'jobholder', 'employee', 'trainee', 'mentee', 'supervisee', 'direct_report']) {
    const v = fm.data[key];
    // ("with: Tomás Reyes, Program Manager": the role after the comma is no name.)
    if (v) addName(person, v.replace(/-/g, ' ').replace(/[,(].*$/, ''));
    // ("who: Jess Harlan (@jharlan)": their handle, as chats pasted in the note name them.)
    const handle = v ? HANDLE_IN_FIELD.exec(v) : null;
    if (handle) person.add(handle[1].toLowerCase());
  }
  // "me: Marta Kowalczyk, Product Director", "manager: ...": the manager named in the front matter ("his manager:" is someone else;
  // so is "manager:" in a skip-level's notes, whose author is that manager's manager).
  const skipLevel = /skip[- ]?level/i.test(text.slice(fm.bodyOffset, fm.bodyOffset + 300)) || /skip/i.test(String(fm.data.type ?? ''));
  for (const key of skipLevel ? ['me', 'author'] : ['me', 'manager', 'line_manager', 'supervisor', 'author']) {
    const v = fm.data[key];
    if (typeof v === 'string') {
      const words = nameWords(v.replace(/[,(].*$/, ''));
      for (const w of words) manager.add(w);
      managerFull.push(words);
      // ("author: Derek L. (@dlind)": the manager's handle too.)
      const handle = HANDLE_IN_FIELD.exec(v);
      if (handle) manager.add(handle[1].toLowerCase());
    }
  }
  if (input.fileName) {
    const parts = input.fileName.split(/[\\/]/);
    const file = parts[parts.length - 1] ?? '';
    const named = /^\d{4}-\d{2}-\d{2}[-_ ](.+)\.(?:md|markdown)$/i.exec(file);
    if (named?.[1] && /\p{L}/u.test(named[1])) addPerson(named[1].replace(/[-_]/g, ' '));
    else if (/^\d{4}-\d{2}-\d{2}(?:-\d+)?\.(?:md|markdown)$/i.test(file) && parts.length >= 2) addName(person, (parts[parts.length - 2] ?? '').replace(/-/g, ' '));
  }
  // "underwriter: Samuel Adeyemi (Underwriter)", "trainee: Ffion Davies (Trainee Underwriter)": a field named by the role of
  // the person met, a formal record's; the record then names them by it ("The underwriter was instructed to ...").
  if (person.size) {
    for (const key in fm.data) {
      const v = fm.data[key];
      // (The value is the name, a role in brackets or after a comma at most: not "walk: 07:30-08:45 with Dave Mullen".)
      const named = nameWords(v.replace(/[,(].*$/, ''));
      if (typeof v !== 'string' || !/^[a-z]{4,20}$/.test(key) || NOT_ROLE_KEYS.has(key) || !named.length || named.length > 4 || !person.has(named[0]) || !/^\p{Lu}/u.test(v.trim())) continue;
      person.add(key);
      const role = /\(([^)]*)\)/.exec(v)?.[1]?.trim().split(/\s+/).pop()?.toLowerCase();
      if (role && /^[a-z]{4,20}$/.test(role) && !NOT_ROLE_KEYS.has(role)) person.add(role);
    }
  }
  const body = text.slice(fm.bodyOffset, fm.bodyOffset + 4096);
  // The title, or a front matter field naming the 1:1 ("doc: Ruben / Kasia 1:1 (shared)").
  let pair = titlePair(titleOf(body)) ?? meetingLinePair(body);
  for (const key of ['title', 'doc', 'meeting', 'subject']) {
    const v = fm.data[key];
    if (!pair && typeof v === 'string') pair = titlePair(v);
  }
  if (pair) {
    const [a, b] = pair.map(x => nameWords(x));
    // ("1:1 @rmoreno / @kasante": a handle of the person's names, "kasante" for Kwame Asante, is theirs.)
    const isPerson = (words: string[]) => words.some(w => person.has(w) || (handleOf(w, fullNames) && !!person.add(w)));
    const isManager = (words: string[]) => words.some(w => manager.has(w));
    if (person.size && isPerson(a) && !isPerson(b)) {
      b.forEach(w => manager.add(w));
      managerFull.push(b);
    } else if (person.size && isPerson(b) && !isPerson(a)) {
      a.forEach(w => manager.add(w));
      managerFull.push(a);
    }
    // "Victor / Dana" with Dana the manager (the setting): Victor is the person met.
    else if (isManager(b) && !isManager(a) && a.length) addName(person, a.join(' '));
    else if (isManager(a) && !isManager(b) && b.length) addName(person, b.join(' '));
    else if (!person.size && a.length) addName(person, a.join(' '));
  }
  // No one named yet: a title that is a name ("# Tom McKenzie", "1:1 with Tom McKenzie", "Weekly 1:1 — Sam") names the person met.
  if (!person.size && !pair) {
    const name = titleName(titleOf(body));
    if (name) addName(person, name);
  }
  // "Attendees: Aiko Tanaka, Chris", "Present: J. McAllister (Project Manager), T. Fifita (Site Engineer)":
  // whoever is not the person met is the manager; a form's record names both by their initials after ("JM told TF to ...").
  // ("**Present:** Helen Carr, Practice Manager (PM); Jodie Baker, Senior Receptionist (JB); Amanda Price, HR Adviser (AP)": a bold label.)
  // (Looked for in the note's head: a record's fields come first, and most notes are longer.)
  const fields = body.length > FIELDS ? body.slice(0, FIELDS) : body;
  const attendees = /attendees|present|participants/i.test(fields) ? /^[*_]*(?:.*·\s*)?(?:attendees|present|participants)[*_]*\s*:[*_]*\s*(.+)$/im.exec(fields) : null;
  // A present of something else ("Present: tired but fine") names no one: the names are capitalised.
  if (attendees?.[1] && person.size && (/^(?:.*·\s*)?attendees/i.test(attendees[0]) || /^\p{Lu}/u.test(attendees[1]))) {
    // The list ends at its sentence's end ("G. Lindqvist (GL), Y. Demir (YD). MK not present, by design.");
    // initials given in brackets ("(GL)") are the ones the record uses. (So does the next field, in bold: "O. Pemberton. **Date:** ...".)
    const list = attendees[1].replace(/([a-z)])\.\s+[*_]*\p{Lu}.*$/u, '$1');
    // Entries split by semicolons are "name, role (initials)": the name is before the comma, the role after it.
    // ("Dr H. Marsh (primary supervisor, chair); Ms A. Haddad (doctoral student, Year 1)": the role in brackets, commas and all.)
    const entries = list.includes(';') ? list.split(';').map(part => {
      const bare = part.replace(/\([^)]*\)/g, ' ');
      const comma = bare.indexOf(',');
      return { who: comma >= 0 ? bare.slice(0, comma) : bare, role: comma >= 0 ? bare.slice(comma + 1) : (/\(([^)]*)\)/.exec(part)?.[1] ?? bare), part };
    }) : list.split(/,|\band\b/).map(part => ({ who: part, role: part, part }));
    const named = entries.map(x => ({ who: x.who.replace(/\([^)]*\)/g, ' '), role: x.role, given: GIVEN_INITIALS.exec(x.part)?.[1] }))
      .map(x => ({ ...x, words: nameWords(x.who) })).filter(x => x.words.length);
    // The record then names each by role, capitalised as a defined term ("Supervisor advised that ...", "instructed the
    // Student to ..."): the role's noun ("primary supervisor, chair": supervisor) is that one's name too.
    const rest = body.replace(attendees[0], '');
    const roleNoun = (x: { who: string; role: string }) => {
      if (x.role === x.who) return undefined;
      const noun = /([\p{L}]{4,})\s*$/u.exec(x.role.split(',')[0].replace(/\([^)]*\)/g, ' '))?.[1];
      return noun && new RegExp(`(?<![\\p{L}])${noun[0].toUpperCase()}${noun.slice(1).toLowerCase()}(?![\\p{L}])`, 'u').test(rest) ? noun.toLowerCase() : undefined;
    };
    // ("Present: DQ, TB" in a note with Tunde Bakare: the person met by their initials, in capitals.)
    const theirInitials = fullNames.map(n => nameWords(n)).filter(w => w.length === 2 || w.length === 3).map(w => w.map(x => x[0]).join(''));
    const isTheirs = (x: { who: string; words: string[] }) => x.words.some(w => person.has(w))
      || (x.words.length === 1 && theirInitials.includes(x.words[0]) && /^\s*\p{Lu}{2,3}\s*$/u.test(x.who));
    // With more than one other, the one whose role says manager, lead or head ("Practice Manager (PM)", not "HR Adviser (AP)").
    const others = named.filter(x => !isTheirs(x));
    let leads = others.length > 1 ? others.filter(x => x.role !== x.who && MANAGER_ROLE.test(x.role)) : [];
    // Two supervisors present ("primary supervisor", "second supervisor"): the one who took the minutes wrote them.
    if (leads.length > 1) {
      const taker = MINUTES_BY.exec(fields);
      const by = taker ? nameWords(taker[1]) : [];
      const writer = leads.filter(x => x.words.some(w => by.includes(w)));
      if (writer.length === 1) leads = writer;
    }
    for (const { who, role, given, words } of named) {
      const theirs = isTheirs({ who, words });
      if (theirs && words.length === 1) person.add(words[0]);
      if (!theirs && leads.length && !leads.some(x => x.who === who)) continue;
      if (!theirs) words.forEach(w => manager.add(w));
      const noun = roleNoun({ who, role });
      if (noun) (theirs ? person : manager).add(noun);
      const initials = given && !WORDS_NOT_INITIALS.has(given.toLowerCase()) ? foldLatin(given.toLowerCase()) : initialsOf(who);
      if (initials && named.length <= 3) (theirs ? person : manager).add(initials);
    }
  }
  // "Branch Manager (BM): Graham Whitaker" and "Regional Manager (RM): Elaine Cartwright", "Branch Manager: Fiona McAllister",
  // "BM: Sunil Mehta | RM: Elaine Cartwright": a record's roles, each with the abbreviation its text then uses ("The RM
  // instructed the BM to ..."); the person met's is theirs, the other's the manager's.
  if (fields.includes(':')) {
    const roles: { abbr: string; words: string[] }[] = [];
    const byRole: string[] = [];
    ROLE_ABBR_FIELD.lastIndex = 0;
    for (let m = ROLE_ABBR_FIELD.exec(fields); m && roles.length < 6; m = ROLE_ABBR_FIELD.exec(fields)) {
      const label = m[1].trim();
      const abbr = m[2] ?? (/^\p{Lu}{2,4}$/u.test(label) ? label : roleInitials(label));
      if (abbr) roles.push({ abbr: abbr.toLowerCase(), words: nameWords(m[3]) });
      // ("**Agent:** Marcus Bell | **Supervisor:** Renee Carter": a one-word field naming the person met is their role, and the
      // record calls them so: "Instructed agent to complete full verification ...".)
      else if (!m[2] && /^\p{Lu}\p{Ll}{2,13}$/u.test(label)) {
        const key = label.toLowerCase();
        if (mayBeRole(key) && nameWords(m[3]).some(w => person.has(w))) byRole.push(key);
      }
    }
    if (byRole.length === 1) person.add(byRole[0]);
    const theirs = roles.filter(r => r.words.some(w => person.has(w)));
    const others = roles.filter(r => r.words.length && !r.words.some(w => person.has(w)));
    if (theirs.length === 1 && others.length === 1 && !WORDS_NOT_INITIALS.has(others[0].abbr) && !WORDS_NOT_INITIALS.has(theirs[0].abbr)) {
      person.add(theirs[0].abbr);
      manager.add(others[0].abbr);
      for (const w of others[0].words) manager.add(w);
    }
  }
  // "Employee: Kevin Osei, IT Specialist", "Supervisor: Patricia L. Whitfield, Chief, SMB": a record's fields naming each by role; the
  // record then calls them so ("Directed employee to ...", "Requested that supervisor approve ...").
  if (person.size && fields.includes(':') && ROLE_LINE_WORD.test(fields)) {
    ROLE_LINE.lastIndex = 0;
    for (let m = ROLE_LINE.exec(fields); m; m = ROLE_LINE.exec(fields)) {
      const role = m[1].toLowerCase();
      const names = nameWords(m[2]);
      if (THEIR_ROLE.has(role) && names.some(w => person.has(w))) {
        person.add(role);
        // ("**Employee:** Jordan Reyes, Property Adjuster II": the record then calls them by their title's noun, "The adjuster was advised ...".)
        const title = TITLE_AFTER.exec(fields.slice(m.index + m[0].length, m.index + m[0].length + 60));
        const noun = title?.[1].toLowerCase();
        if (noun && mayBeRole(noun)) person.add(noun);
      }
      else if (!THEIR_ROLE.has(role) && names.length && !names.some(w => person.has(w))) manager.add(role);
    }
  }
  // "Manager: Helen Szabo", "Participants: Mira, me (Stefan)": the manager named in the note's head.
  const named = /^[*_ \t]*(?:[Mm]anager|MANAGER|[Mm]gr|[Ww]ritten by|[Nn]otes by)[*_]*[ \t]*:[*_]*[ \t]*([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)/mu.exec(fields)
    // ("Line manager: Rebecca Thorne", "Supervisor: Dr Anjali Rao": looked for only with their words.)
    ?? (fields.includes('ine manager') || fields.includes('ine Manager') || fields.includes('upervisor') ? /^[*_ \t]*(?:[Ll]ine [Mm]anager|[Ss]upervisor)[*_]*[ \t]*:[*_]*[ \t]*([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)/mu.exec(fields) : null)
    ?? /\bme \(([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)\)/u.exec(fields)
    // "4 May 2026 | Finance Operations | me: Margaret Lowe, Financial Controller": a field of the head line.
    ?? /(?:^|[|·•]\s*)[Mm]e\s*:\s*([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)/mu.exec(body.slice(0, 600));
  if (named?.[1]) for (const w of nameWords(named[1])) if (!person.has(w)) manager.add(w);
  // "Line manager: Rebecca Thorne (LM)", "Jobholder: James Bradley (JB)": a record's fields, with the initials it uses for each.
  if (fields.includes('(')) {
    ROLE_FIELD.lastIndex = 0;
    for (let m = ROLE_FIELD.exec(fields); m; m = ROLE_FIELD.exec(fields)) {
      const initials = m[3].toLowerCase();
      if (WORDS_NOT_INITIALS.has(initials)) continue;
      const theirs = /^(?:jobholder|employee|trainee|mentee|supervisee|direct report|report|appraisee|reviewee)$/i.test(m[1]);
      if (theirs) {
        if (nameWords(m[2]).some(w => person.has(w))) person.add(initials);
      } else if (!nameWords(m[2]).some(w => person.has(w))) {
        manager.add(initials);
        for (const w of nameWords(m[2])) manager.add(w);
      }
    }
  }
  // "Alex and Rui discussed the config rollout" (a tool's summary of the 1:1): the one who is not the person met is the manager.
  // (Only where a tool's summary may be, and the manager is not known yet: a scan of the head otherwise spared.)
  const met = person.size && !manager.size && body.includes('ummary') ? PAIR_MET.exec(body) : null;
  if (met) {
    const [a, b] = [nameWords(met[1]), nameWords(met[2])];
    if (a.some(w => person.has(w)) && !b.some(w => person.has(w))) b.forEach(w => manager.add(w));
    else if (b.some(w => person.has(w)) && !a.some(w => person.has(w))) a.forEach(w => manager.add(w));
  }
  // A tool's recap of the 1:1 ("Generated by AI. ...", "Teams recap", "Copilot"): the one other than the person met who
  // acts in it twice or more ("Helen asked whether ...", "Helen told Lena to ...") is the manager; a third party is
  // named once or not as the one acting.
  // (Or a record that speaks of no one as "I" or "you", a tool's summary without its notice: "Jack suggested asking Ben ...".)
  const imp = impersonal(body);
  if (person.size && !manager.size && (RECAP_MARK.test(body) || imp)) {
    const acts = new Map<string, number>();
    RECAP_ACTOR.lastIndex = 0;
    for (let m = RECAP_ACTOR.exec(body); m; m = RECAP_ACTOR.exec(body)) {
      const name = foldLatin(m[1].toLowerCase());
      if (!person.has(name) && !NOT_NAMES.has(name)) acts.set(name, (acts.get(name) ?? 0) + 1);
    }
    const often = [...acts].filter(([, n]) => n >= 2);
    if (often.length === 1) manager.add(often[0][0]);
  }
  // A chat pasted in with two speakers, one of them the person met ("[06:41] Mo: oven 2 dropped ...",
  // "[06:43] Sam: can u move ..."): the other is the manager.
  if (person.size && !manager.size && body.includes(':')) {
    // (By first name; the other's whole name is the manager's, as their label writes it: "Maya Castellanos:".)
    const speakers = new Map<string, string>();
    // (A speaker given with their company or role, "Karen Holt (Acme, VP Ops):", is a third party: a customer's call pasted
    // in, not the manager, who does not label themself so.)
    const described = new Set<string>();
    CHAT_SPEAKER.lastIndex = 0;
    for (let m = CHAT_SPEAKER.exec(body); m && speakers.size <= 2; m = CHAT_SPEAKER.exec(body)) {
      const name = foldLatin(m[1].toLowerCase());
      speakers.set(name, m[2] ?? '');
      if (m[3]) described.add(name);
    }
    const others = [...speakers.keys()].filter(w => !person.has(w) && !described.has(w));
    if (speakers.size === 2 && others.length === 1 && !NOT_NAMES.has(others[0])) {
      manager.add(others[0]);
      for (const w of nameWords(speakers.get(others[0])!)) manager.add(w);
    }
  }
  // "Speaker 1 is me.", "S1 = me": a transcript's label for the manager (the label itself, lower-case, as a name).
  // (Looked for only where "is me" or "= me" stands: the expression itself starts at every word.)
  const speakers800 = body.slice(0, 800);
  const me = IS_ME.test(speakers800) ? SPEAKER_IS_ME.exec(speakers800) : null;
  if (me) manager.add(me[1].toLowerCase().replace(/\s+/g, ' '));
  // "JK = Jamie Kim (engineering manager), AL = Aurelio Lombardi (backend engineer)": who is who, by initials.
  if (body.includes('=')) {
    WHO_IS_WHO.lastIndex = 0;
    for (let m = WHO_IS_WHO.exec(body); m; m = WHO_IS_WHO.exec(body)) {
      const initials = m[1].toLowerCase();
      const words = nameWords(m[2]);
      if (MANAGER_ROLE.test(m[3] ?? '')) {
        manager.add(initials);
        for (const w of words) if (!person.has(w)) manager.add(w);
      } else if (words.some(w => person.has(w))) {
        person.add(initials);
      }
    }
  }
  // "The manager advised KL to ...", "Present: Team Leader, Housing Policy Section (the manager); ...": a file note the manager
  // writes of themself in the third person.
  if (person.size && !person.has('manager') && body.includes('he manager') && THE_MANAGER.test(body)) manager.add('manager');
  // "I advised the supervisee to ...", "The employee reported ...": a formal record names the person met by role.
  const role = ROLE_OF_PERSON.exec(body);
  if (role && person.size) person.add((role[1] ?? role[2]).toLowerCase());
  for (const w of manager) person.delete(w);
  // A name written with its accents in the note ("Joaquín") is the person of a file named without them
  // (joaquin-ruiz): the accented spellings in the note's head join the names they fold to.
  if (LATIN_LETTER.test(text)) {
    const seen = new Set<string>();
    LATIN_LETTERS.lastIndex = 0;
    // Each word around such a letter, lower-cased on its own (not the whole head: most of it is plain).
    for (let m = LATIN_LETTERS.exec(text); m; m = LATIN_LETTERS.exec(text)) {
      // The word around the letter, by character: no expression that backtracks along the text.
      let a = m.index;
      while (a > 0 && isWordChar(text, a - 1)) a--;
      let b = m.index + 1;
      while (b < text.length && isWordChar(text, b)) b++;
      LATIN_LETTERS.lastIndex = b;
      const word = text.slice(a, b).toLowerCase();
      if (seen.has(word)) continue;
      seen.add(word);
      const plain = foldLatin(word);
      if (person.has(plain)) person.add(word);
      else if (manager.has(plain)) manager.add(word);
    }
  }
  // "Told Kev to get them fixed" in a note with Kevin Osei, "get Lachie to lead" with Lachlan Murphy: a short
  // form of their first name the note writes, capitalised (not a month's or a day's: "Mar 24th"), or in lower case where
  // the note writes their name so.
  const first = fullNames.length ? nameWords(fullNames[0])[0] : undefined;
  if (first && first.length >= 5) {
    const forms = [first.slice(0, 3), first.slice(0, 4)].filter(f => first.length - f.length >= 2 && !CALENDAR.has(f));
    // (In a note that writes names in lower case, its title "# 1:1 daniela ortiz" among them, "dani you need to ..." too.)
    const lower = new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(body);
    const short = forms.length ? new RegExp(`\\b((?:${forms.map(f => f[0].toUpperCase() + f.slice(1)).join('|')})(?:ie|y|o|i)?)\\b`, lower ? 'i' : '').exec(body) : null;
    if (short && !manager.has(short[1].toLowerCase())) person.add(short[1].toLowerCase());
  }
  // "DK asked Priyanka to have the backlog under 500" with Diane Kessler the manager: their initials, in capitals.
  for (const words of managerFull) {
    if (words.length < 2 || words.length > 3) continue;
    const initials = words.map(w => w[0]).join('');
    if (!person.has(initials) && !WORDS_NOT_INITIALS.has(initials) && !ABBREVIATIONS.has(initials) && capitalsIn(body, initials.toUpperCase())) manager.add(initials);
  }
  const personInitials = new Set<string>();
  for (const name of fullNames) {
    const words = nameWords(name);
    if (words.length >= 2 && words.length <= 3) {
      const initials = words.map(w => w[0]).join('');
      if (manager.has(initials)) continue;
      personInitials.add(initials);
      // "told KO to keep the apprentice off the deck" with Kevin O'Brien: initials the note writes in capitals
      // name them, unless they spell a word or a common abbreviation ("PR", "QA", "OK").
      if (!WORDS_NOT_INITIALS.has(initials) && !ABBREVIATIONS.has(initials) && capitalsIn(body, initials.toUpperCase())) person.add(initials);
      // ("# 1:1 leo (lb)" then "- lb: stuck on the auth redirect": the note gives their initials after their name, in any case.)
      else if (introducesInitials(body, words[0], initials)) person.add(initials);
    }
  }
  // A shared doc's replies tagged with initials ("↳ KW [Mon 10:02]: ...", "↳ OB [Mon 11:42]: ...", "- [DB] ..."): where the person met
  // replies under their initials, the one other set of initials that replies is the manager's (a 1:1 has two sides).
  // (Their initials in brackets at lines' starts are a tag even where they spell an abbreviation: "[DB]" for Dev Bhatt.)
  const bracketed = [...personInitials].some(i => body.includes(`[${i.toUpperCase()}]`)) ? bracketTags(body) : undefined;
  if (bracketed) for (const i of personInitials) if (bracketed.has(i)) person.add(i);
  if ([...personInitials].some(i => person.has(i))) {
    const tags = new Set<string>(bracketed);
    REPLY_TAG.lastIndex = 0;
    for (let m = REPLY_TAG.exec(body); m; m = REPLY_TAG.exec(body)) tags.add(m[1].toLowerCase());
    const others = [...tags].filter(t => !person.has(t) && !WORDS_NOT_INITIALS.has(t) && !ABBREVIATIONS.has(t));
    if (others.length === 1 && [...tags].some(t => person.has(t))) manager.add(others[0]);
  }
  // (Both read from the note's first 2,000 characters: a note's head says how it speaks of them, and the
  // whole 4 KB cost every note of a tree a tenth of its lint.)
  const head = body.length > PRONOUN_HEAD ? body.slice(0, PRONOUN_HEAD) : body;
  const pronoun = dominantPronoun(head, person);
  const initial = first ? initialInUse(body, first[0], manager) : undefined;
  // "Hanna," alone on the note's first line of text, Hanna not the person met: a letter the manager writes to themself, its
  // "you" the manager ("You talked too much again.").
  const salutation = SALUTATION.exec(body);
  const toSelf = !!salutation && !nameWords(salutation[1]).some(w => person.has(w));
  if (toSelf) for (const w of nameWords(salutation[1])) manager.add(w);
  return {
    person, manager, personInitials, ...(toSelf || writesToSelf(head, person, pronoun) ? { selfYou: true } : {}), ...(pronoun ? { pronoun } : {}),
    ...(initial ? { initial } : {}), ...(theirNote(body) ? { theirNote: true } : {}), ...(imp ? { impersonal: true } : {}),
  };
}

/** Whether a note's text has no word of the first or second person and no report of speech with its subject dropped (Parties.impersonal). */
function impersonal(body: string): boolean {
  if (body.length <= 200) return false;
  // (Each "I" or "you" found looked at in its line: inside a quotation it is someone else's, 'less "Victor disagrees so we don't
  // do it" approach'; most notes say "I" outside one early.)
  PERSONAL_ALL.lastIndex = 0;
  for (let m = PERSONAL_ALL.exec(body); m; m = PERSONAL_ALL.exec(body)) if (!quotedAt(body, m.index)) return false;
  return !DROPPED_REPORT.test(body);
}

/** Whether `at` lies inside a quotation on its line: an odd number of straight quotes, or an opening curly one not yet closed, before it. */
function quotedAt(text: string, at: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let k = at - 1; k >= 0 && at - k <= 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}
/** The first and second person, and the shorthands "u", "ur". */
const PERSONAL_ALL = /\b(?:i|i'm|i've|i'll|i'd|me|my|mine|myself|we|we're|we've|we'll|us|our|you|you're|you've|you'll|you'd|your|yours|yourself|u|ur)\b/gi;
/** A report of speech opening a line or a sentence, its subject dropped: "Told him ...", "- Asked her ...". */
const DROPPED_REPORT = /(?:^|\n|[.;!?]\s+)[ \t>*+-]*(?:\d{1,2}[.)]\s*)?(?:told|asked|reminded|said|warned|pushed|urged|insisted|gave|made)\b/i;

/**
 * Whether the note's first lines say its writer met their own manager, mentor or supervisor: "1:1 with my manager", "my
 * mentor's 1:1", a title that is "Mentor Session" or "Supervisor Meeting" and names no one ("# Mentor Session 02 Agenda",
 * "# Supervisor Meeting - 12/03/24"; not "Supervisor meeting with Ailsa", a supervisor's own).
 */
function theirNote(body: string): boolean {
  const head = body.length > 400 ? body.slice(0, 400) : body;
  const lower = head.toLowerCase();
  if (!lower.includes('my ') && !lower.includes('mentor') && !lower.includes('supervisor')) return false;
  return WITH_MY_MANAGER.test(head) || SIDE_TITLE.test(head);
}
const WITH_MY_MANAGER = /\b(?:1:1|1-1|one[- ]on[- ]one|meeting|session|catch[- ]?up|sync|check[- ]?in|call)s?\s+with\s+my\s+(?:manager|boss|mentor|supervisor|advisor|adviser|tutor|coach|line\s+manager|skip[- ]level)\b|\bmy\s+(?:manager|boss|mentor|supervisor|line\s+manager)(?:'s)?\s+(?:1:1|1-1|one[- ]on[- ]one)\b/i;
const SIDE_TITLE = /^(?:[ \t]*\n)*[ \t]*#*[ \t]*(?:supervisor|mentor)\s+(?:meeting|session)s?(?:[ \t]*[-–—:#]?[ \t]*(?:\d[\d/.-]*|agenda|log|notes))*[ \t]*$/im;

/**
 * The person met's first initial where the note calls them by it (Parties.initial): the capital on its own,
 * not an initial before a surname or a full stop ("J. Smith", "Jonas W."), twice or more. Not "I" or "A"
 * (words), nor "U" or "R" (text-speak's "you" and "are").
 */
function initialInUse(body: string, letter: string, manager: ReadonlySet<string>): string | undefined {
  if (letter === 'i' || letter === 'a' || letter === 'u' || letter === 'r' || manager.has(letter) || !/[a-z]/.test(letter)) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’./-])${letter.toUpperCase()}(?![\\p{L}\\p{N}.-])`, 'gu');
  let n = 0;
  for (let m = re.exec(body); m && n < 2; m = re.exec(body)) n++;
  return n >= 2 ? letter : undefined;
}

/** How much of a note's body its pronoun for the person and its talk to self are read from. */
const PRONOUN_HEAD = 2000;
/** A line's speaker label: "Tom:", "- **Priya:**", a chat's "[19/03/2026, 14:05] Dev Patel:". */
const SPEAKER_LABEL = /^[\s>*_-]*(?:\[[^\]\n]{3,24}\]\s*)?([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)[*_]*\s*:/u;
/** He or she, in one pass: the first group is his. */
const PRONOUNS_ALL = /\b(?:(he|him|his)|she|her|hers)\b/gi;

/** The pronoun a note's head uses most for a person, when it is clear (Parties.pronoun). */
function dominantPronoun(body: string, person: ReadonlySet<string>): 'he' | 'she' | undefined {
  let he = 0;
  let she = 0;
  // The line the last pronoun was on, and whether the person met speaks it ("Tom: was I right to refuse? She was
  // really upset."): their "she" is someone else, and says nothing of how the note speaks of them.
  let lineStart = -1;
  let theirs = false;
  PRONOUNS_ALL.lastIndex = 0;
  for (let m = PRONOUNS_ALL.exec(body); m; m = PRONOUNS_ALL.exec(body)) {
    const start = body.lastIndexOf('\n', m.index) + 1;
    if (start !== lineStart) {
      lineStart = start;
      const label = SPEAKER_LABEL.exec(body.slice(start, start + 40));
      theirs = !!label && nameWords(label[1]).some(w => person.has(w));
    }
    if (theirs) continue;
    if (m[1]) he++;
    else she++;
  }
  return he >= 3 && he >= she * 2 ? 'he' : she >= 3 && she >= he * 2 ? 'she' : undefined;
}

/** "you" in a line, and the person met in the third person there (their pronoun, or their name not first). */
export const YOU_WORD = /\b(?:you|your|you're|you've|you'll|you'd|yourself)\b/i;
/** A line that reports speech, quotes, asks, is labelled or is a table's row: its "you" may be anyone's. */
const SPEECH = /\b(?:told|asked|reminded|warned|tell|ask|remind)\s+(?:him|her|them)\b|\b(?<!\byou\s)(?:said|says|say|asked|words|wrote|writes)\b|^(?:told)\b|[:"“”|?]/i;

/**
 * Whether two lines or more of the note's head are the manager writing to themself as "you" (Parties.selfYou):
 * "you" with the person met in the third person, by the pronoun the note uses most (a third party's is the
 * other one, as a rule: "You need to have the Kemi conversation before her review" in a note about Joel) or
 * by their name, not as a vocative ("Rosa, ...") or a tag ("[Marco] You need to ...").
 */
function writesToSelf(body: string, person: ReadonlySet<string>, dominant: 'he' | 'she' | undefined): boolean {
  if (!YOU_WORD.test(body)) return false;
  const pronoun = dominant === 'he' ? /\b(?:he|him|his)\b/i : dominant === 'she' ? /\b(?:she|her|hers)\b/i : undefined;
  let found = 0;
  // Each line with "you" once: from each match, its line, then past it.
  YOU_ALL.lastIndex = 0;
  for (let m = YOU_ALL.exec(body); m; m = YOU_ALL.exec(body)) {
    const a = body.lastIndexOf('\n', m.index) + 1;
    let e = body.indexOf('\n', m.index);
    if (e < 0) e = body.length;
    YOU_ALL.lastIndex = e;
    // (Cheap looks first: no question mark, quotation, label's colon or table's pipe on the line.)
    // (Past a one-word label of the manager's own, "Before: you've cancelled on him twice this month.".)
    const label = OWN_LINE_LABEL.exec(body.slice(a, Math.min(e, a + 16)));
    const from = label ? a + label[0].length : a;
    if (e - a > 300 || hasAny(body, from, e)) continue;
    const line = body.slice(from, e).replace(/^[\s>*+-]*(?:\[.\]\s*)?/, '');
    if (!SPEECH.test(line) && ((pronoun && pronoun.test(line)) || namedInside(line, person)) && ++found >= 2) return true;
  }
  return false;
}
// (The word "you" and its forms, not "young", "youth": "his young huntaway (Boss)" says nothing to anyone.)
const YOU_ALL = /\byou(?:r|rs|rself|'ll|'re|'ve|'d)?\b/gi;
/** A one-word label of the manager's own at a line's start: "Before:", "Prep:", "Reminder:", "Me:". */
const OWN_LINE_LABEL = /^[\s>*+-]*(?:before|prep|reminder|remember|note|me|self|after|afterwards|reflection)\s*:\s*/i;

/** Whether body[a, e) has a character that rules the line out (SPEECH's "?", ":", quotes, "|"). */
function hasAny(body: string, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const c = body.charCodeAt(k);
    if (c === 63 || c === 58 || c === 34 || c === 124 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** The person's name in a line, capitalised, not first and not a vocative or a tag ("Rosa, ...", "[Marco]", "@rosa"). */
function namedInside(line: string, person: ReadonlySet<string>): boolean {
  const re = /\p{L}[\p{L}'-]*/gu;
  let first = true;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const w = m[0].toLowerCase();
    const before = line.charCodeAt(m.index - 1);
    const after = line.slice(m.index + m[0].length).trimStart().charCodeAt(0);
    if (!first && w.length > 2 && person.has(w) && /^\p{Lu}/u.test(m[0]) && before !== 0x5b && before !== 0x40 && after !== 0x2c && after !== 0x5d && after !== 0x3a) return true;
    first = false;
  }
  return false;
}

/** Short forms that are a month's or a day's, not a name's. */
const CALENDAR = wordSet('jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun');

/** Whether a handle is made of one of the names' first and last words: "kasante", "kwamea", "kwameasante" for Kwame Asante. */
function handleOf(w: string, names: readonly string[]): boolean {
  if (w.length < 4) return false;
  for (const name of names) {
    const words = nameWords(name);
    if (words.length < 2) continue;
    const [f, l] = [words[0], words[words.length - 1]];
    if (w === f[0] + l || w === f + l || w === f + l[0] || w === l + f[0]) return true;
  }
  return false;
}

/** The initials tagging lines in brackets ("- [DB] Root cause: ...", "- [AK] Why wasn't ...?"), each on two lines or more, lower-cased. */
function bracketTags(body: string): Set<string> {
  const seen = new Map<string, number>();
  BRACKET_TAG.lastIndex = 0;
  for (let m = BRACKET_TAG.exec(body); m; m = BRACKET_TAG.exec(body)) seen.set(m[1].toLowerCase(), (seen.get(m[1].toLowerCase()) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** A record's field naming one of the two with the initials it uses: "Line manager: Rebecca Thorne (LM)", "Jobholder: James Bradley (JB)". */
const ROLE_FIELD = /^[*_ \t]*((?:line |reporting )?manager|supervisor|reviewer|appraiser|countersigning manager|jobholder|employee|trainee|mentee|supervisee|direct report|report|appraisee|reviewee)[*_]*[ \t]*:[*_]*[ \t]*([\p{Lu}][\p{L}'.-]+(?: [\p{Lu}][\p{L}'.-]+){0,2})[^\n(]*\((\p{Lu}{2,3})\)/gimu;

/** Capitalised abbreviations that notes write for other things than a person. */
const ABBREVIATIONS = wordSet('ok pr qa hr it ux ui pm em ai ml ci cd db ot pt ip id os tv ad eu uk us un vp ar ap gm cs bd ae se ic tl cv po sow kpi okr roi eod eow cob tbd wip pto ooo nda poc mvp sla api sre ceo cto cfo coo cpo cmo cro svp evp rfc adr ops dev fyi asap aka etc bau qbr ea fe be sql aws gcp css');

/** Whether `word` (capitals) stands in the text as a word of its own: "KO", not "KOALA" or "eKO". */
function capitalsIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
  }
  return false;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Two-letter words that are no one's initials. */
const WORDS_NOT_INITIALS = wordSet('am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we');

/** The initials of a name of two or three words ("J. McAllister", "Tevita Fifita": jm, tf), unless they spell a word. */
function initialsOf(name: string): string | undefined {
  const words = name.trim().split(/[\s.]+/).filter(w => /^\p{Lu}/u.test(w));
  if (words.length < 2 || words.length > 3) return undefined;
  const initials = foldLatin(words.map(w => w[0]).join('').toLowerCase());
  return WORDS_NOT_INITIALS.has(initials) ? undefined : initials;
}

/** The name a title is, once the words of a meeting and its date are taken away: one to three capitalised words, or undefined. */
function titleName(title: string): string | undefined {
  const rest = title.replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:1:1|1-1|1on1|one[- ]on[- ]ones?|weekly|fortnightly|monthly|notes?|meeting|sync|check[- ]?in|with)\b/gi, ' ')
    .replace(/\d{1,4}(?:[-./]\d{1,2}(?:[-./]\d{1,4})?)?/g, ' ').replace(/[—–|:,·#*_-]+/g, ' ').trim();
  const words = rest.split(/\s+/);
  if (!rest || words.length > 3 || !words.every(w => /^\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}]+)?$/u.test(w))) return undefined;
  // "Sprint Planning", "Review": words of English, not a name (a name has a word that is not a verb's form).
  const names = nameWords(rest);
  return names.length === words.length && names.some(w => !isBaseVerb(w) && baseOf(w) === undefined) ? rest : undefined;
}

/**
 * The initials an attendee's entry gives for them, last in its brackets: "(GL)", "(HoD)", "(Head of Department, "HoD")",
 * "(Lecturer, JL)".
 */
const GIVEN_INITIALS = /\((?:[^()]*?,\s*)?["“']?(\p{Lu}(?:\p{Ll}?\p{Lu}){1,2})["”']?\)/u;
/** A record's role field with its abbreviation and the name: "Branch Manager (BM): Graham Whitaker". */
const ROLE_ABBR_FIELD = /(?:^|\||·)[*_ \t]*(\p{Lu}[\p{L} '&-]{1,40}?)(?:\s*\((\p{Lu}{2,4})\))?[*_]*\s*:[*_]*[ \t]*([\p{Lu}][\p{L}'.-]+(?:[ \t]+[\p{Lu}][\p{L}'.-]+){0,3})/gmu;
/** Words a role ends with: "Branch Manager", "Regional Director", "Team Lead". */
const ROLE_NOUNS = wordSet('manager director lead leader officer supervisor partner head executive coordinator');

/** The initials of a role of two or three capitalised words ending in a role's noun ("Branch Manager": BM), or undefined. */
function roleInitials(label: string): string | undefined {
  const words = label.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !ROLE_NOUNS.has(words[words.length - 1].toLowerCase()) || !words.every(w => /^\p{Lu}/u.test(w))) return undefined;
  return words.map(w => w[0]).join('');
}
/** A letter's salutation alone on the first line of text after the title: "Hanna,". */
const SALUTATION = /^(?:[ \t]*(?:#[^\n]*|---[^]*?---[^\n]*)?\n)*?[ \t]*(?:(?:dear|hi|hey)\s+)?(\p{Lu}[\p{L}'-]+),[ \t]*\n/u;
/** A record's field naming someone by role, at a line's start: "Employee: Kevin Osei", "Supervisor: Patricia L. Whitfield". */
const ROLE_LINE = /(?:^|[|·])[*_ \t]*(employee|jobholder|trainee|mentee|supervisee|appraisee|reviewee|apprentice|supervisor|appraiser|reviewer)[*_]*[ \t]*:[*_]*[ \t]*([\p{Lu}][\p{L}'.-]+(?:[ \t]+[\p{Lu}][\p{L}'.-]*){0,3})/gimu;
const ROLE_LINE_WORD = /(?:^|[|·])[*_ \t]*(?:employee|jobholder|trainee|mentee|supervisee|appraisee|reviewee|apprentice|supervisor|appraiser|reviewer)[*_]*[ \t]*:/im;
/** A title after a name in a record's field, its last noun: ", Property Adjuster II" (adjuster), ", IT Specialist" (specialist). */
const TITLE_AFTER = /^[ \t]*,[ \t]*(?:\p{Lu}[\p{L}&-]*[ \t]+){0,3}(\p{Lu}\p{Ll}{3,})(?:[ \t]+(?:[IVX]{1,4}|\d))?[ \t]*(?:$|[,|(\n])/u;
const THEIR_ROLE = wordSet('employee jobholder trainee mentee supervisee appraisee reviewee apprentice');
/** The person met named by role in a formal record. */
// (An audit firm's memo calls its junior "staff": "Instructed staff to remove her preparer sign-off ...", "Informed staff that she must ...".)
const ROLE_OF_PERSON = /\b[Tt]he (supervisee|mentee|appraisee|employee|trainee|apprentice|jobholder|reviewee|associate)\b|\b(?:[Ii]nstructed|[Ii]nformed|[Dd]irected|[Rr]eminded|[Aa]dvised|[Aa]sked|[Tt]old|[Rr]equired) (staff) (?:to|that)\b/;
/** A chat line's speaker after its time: "[06:43] Sam:", "> [21:16] Jas Kaur:", "[00:04:12] Karen Holt (Acme, VP Ops):", "[9:13 AM] Maya Castellanos:", WhatsApp's "[07/03/2026, 06:16] Ruth Mercer:" (the first name). */
const CHAT_SPEAKER = /^[ \t>]*\[(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?([\p{Lu}][\p{L}'-]+)(\s+[\p{Lu}][\p{L}'-]+)?\s*(\([^)\n]{1,40}\))?\s*:/gmu;
/** The writer as "the manager", acting in their own file note, or so named among those present. */
const THE_MANAGER = /(?:^|[.;]\s+|\d\s+)The manager (?:advised|asked|directed|instructed|reminded|told|noted|indicated|explained|requested|encouraged|acknowledged|thanked|agreed|stressed|emphasised|emphasized|raised|queried)\b|\(the manager\)/m;
/** A head line's fields that name no role, whoever they hold: "Owner: ...", "Location: ...". */
const FIELD_KEYS = wordSet('owner owners from for cc bcc location site shift dept department role position agenda organizer organiser host facilitator scribe chair invitees guests who re');
/** Whether a field's key or a title's noun may be a role the record calls the person met by (not "date", "owner", "location" ...). */
function mayBeRole(word: string): boolean {
  return !NOT_ROLE_KEYS.has(word) && !FIELD_KEYS.has(word);
}
/** Front matter fields that are not a role of the person met, whatever they hold. */
const NOT_ROLE_KEYS = wordSet('person with name attendee attendees participants title subject meeting date time type tags notes summary about topic team project author manager lead report direct jobholder employee trainee mentee supervisee');
/** "is me", "= me": what SPEAKER_IS_ME needs, looked for first. */
const IS_ME = /(?:is|=)\s+(?:me|myself)\b/i;
/** "Speaker 1 is me.", "S1 = me": a transcript's label for the manager. */
const SPEAKER_IS_ME = /\b((?:speaker|spk|participant|voice)\s*\d{1,2}|[A-Z]{1,2}\d)\s+(?:is|=)\s+(?:me|myself)\b/i;
/** "JK = Jamie Kim (engineering manager)": initials, a name and, in brackets, a role. */
const WHO_IS_WHO = /\b(\p{Lu}{2,3})\s*=\s*([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?)(?:\s*\(([^)\n]{0,80})\))?/gu;
/** Who took a record's minutes: "**Minutes:** H. Marsh", "Minute taker: Dana Reyes", "Recorded by: ...". */
const MINUTES_BY = /^[*_ \t]*(?:minutes|minute[- ]taker|minuted\s+by|recorded\s+by|notes\s+by|written\s+by|scribe)[*_]*[ \t]*:[*_]*[ \t]*(.{2,60})$/im;
/** A note-taking tool's recap: its notice, or its name. */
const RECAP_MARK = /\bgenerated (?:by|with|using) (?:ai|copilot)\b|\bcopilot\b|\b(?:teams|zoom|meet|ai) (?:recap|summary)\b|\bai[- ]generated\b/i;
/** A name acting in a recap's sentence: "Helen asked ...", "**Postmortem follow-ups**: Helen told Lena to ...". */
const RECAP_ACTOR = /(?:^|[.:!?]\s+|\*\*\s+|^[-*]\s+)(\p{Lu}\p{Ll}+)\s+(?:asked|told|said|offered|instructed|suggested|explained|mentioned|proposed|shared|agreed|noted|will|recommended|encouraged|reminded|requested|advised|highlighted|stressed|committed|pushed|questioned)\b/gmu;

/** A role in brackets that is the manager's: "(me)", "(engineering manager)", "(EM)", "(team lead)". */
const MANAGER_ROLE = /\b(?:me|myself|manager|mgr|em|lead|supervisor|head)\b/i;

const LATIN_LETTER = /[\u00c0-\u017f]/;
const LATIN_LETTERS = /[\u00c0-\u017f]/g;

/** Whether text[i] belongs to a word (a letter or an apostrophe). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return /\p{L}/u.test(text[i]);
}

const KEYS = new WeakMap<Parties, string>();

/** A key that changes when the parties do (chunk results depend on them). */
export function partiesKey(p: Parties): string {
  let key = KEYS.get(p);
  if (key === undefined) {
    key = `${[...p.person].sort().join(',')}|${[...p.manager].sort().join(',')}${p.selfYou ? '|you' : ''}${p.pronoun ? `|${p.pronoun}` : ''}${p.initial ? `|=${p.initial}` : ''}${p.theirNote ? '|theirs' : ''}${p.impersonal ? '|imp' : ''}`;
    KEYS.set(p, key);
  }
  return key;
}

/** Whether `body` gives `initials` in brackets right after the first name ("leo (lb)", "Leo (LB)"). */
function introducesInitials(body: string, first: string, initials: string): boolean {
  const lower = body.toLowerCase();
  for (let at = lower.indexOf(`(${initials})`); at > 0; at = lower.indexOf(`(${initials})`, at + 1)) {
    if (lower.slice(0, at).trimEnd().endsWith(first)) return true;
  }
  return false;
}
