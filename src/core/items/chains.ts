// Action items across one person's notes. Start 1:1 carries every open task into the new note with a
// link back to the line it came from, so one item appears in many notes. Following those links
// turns the occurrences into one item per chain: where it was first written, where it was last
// seen, and whether a later note ticked it.
//
// Two steps, so an edited note costs one parse: parseItemNote reads a note's tasks once (cache the
// result per file), linkItems joins one person's parsed notes into items (cheap: no text is read).
//
// Links are followed as written, with repairs for what happens to real notes:
// - the target note is missing or unreadable: the item starts where it is (brokenLink says why);
// - the line moved: the nearest task with the same text in the target note; if none, the task at the
//   linked line or near it with nearly the same words (it was reworded);
// - the same text twice in one note: each link takes the nearest task not yet taken by a sibling;
// - links in a cycle (hand edits, copied notes): the link that does not point back in time is cut;
// - an unlinked task with the same text as an item still open in an earlier note continues that item
//   (a hand-copied carry-over, or "- [x] send the deck" ticked in a later note);
// - notes without a date (not in the file name, not in the front matter) take part through links only,
//   and sort after the dated ones.
import { tasksOf, type CarryLink } from '../carryover';
import { isIsoDate, type IsoDate } from '../dates';
import { parseFrontMatter } from '../frontmatter';
import { misdatedNote, misnamedNote, parseNoteFileName } from '../notes';
import { dueDateOf, type DueDate } from './due';
import { normalizeTitle } from './markdown';
import { ownerReader, type Owner, type OwnerContext } from './owner';
import { privateLines } from './private';

export interface ItemNote {
  /** The note's file name in the person's folder ("2026-03-02.md"). */
  readonly fileName: string;
  /** The note's date; when absent it is read from the file name, then from the front matter. */
  readonly date?: IsoDate;
  /** The note's text; undefined when it could not be read (missing, binary, too large). */
  readonly text: string | undefined;
}

/** Where an item occurs: a note and a 1-based line (as in the carry-over links and the CLI). */
export interface ItemPlace {
  readonly file: string;
  readonly line: number;
  readonly date: IsoDate | undefined;
}

export interface Item {
  /** Unique within one person's items: the first occurrence, "2026-03-02.md#L14". */
  readonly id: string;
  /** The text as last seen, without the carry-over link. */
  readonly text: string;
  readonly status: 'open' | 'done';
  readonly owner: Owner;
  readonly due?: DueDate;
  /** Where it was first written. Its date is what the item's age counts from. */
  readonly firstSeen: ItemPlace;
  /** The newest note that holds it (for an open item, where a tick belongs). */
  readonly lastSeen: ItemPlace;
  /** Where it was ticked, for a done item. */
  readonly doneIn?: ItemPlace;
  /** Every note and line it appears in, oldest first. */
  readonly occurrences: readonly ItemPlace[];
  /** Written inside a private part of a note (in any of its occurrences). */
  readonly private: boolean;
  /** The item whose task encloses this one where it was last seen. */
  readonly parent?: string;
  /** The first occurrence's carry-over link led nowhere: the note is gone or unreadable, no task there matched, or it closed a cycle. */
  readonly brokenLink?: CarryLink & { readonly reason: 'missing-note' | 'no-match' | 'cycle' };
}

interface ParsedTask {
  readonly text: string;
  readonly checked: boolean;
  /** 0-based line. */
  readonly line: number;
  /** Index of the enclosing task (with text) in this note's tasks. */
  readonly parent: number | undefined;
  readonly link: CarryLink | undefined;
  readonly private: boolean;
}

/** The front matter `type:` of a note that Prepare Review saved (review.ts writes it): its tasks are not items. */
export const REVIEW_NOTE_TYPE = 'review';

/**
 * The version of what parseItemNote returns. A host that keeps ParsedNotes across sessions (the
 * extension's cache of them) throws them away when this differs: bump it whenever parseItemNote or
 * ParsedNote changes what it gives for the same text.
 */
export const PARSE_VERSION = 1;

/** One note's tasks, read once. Keep it per file and replace it when the file changes. */
export interface ParsedNote {
  readonly fileName: string;
  readonly date: IsoDate | undefined;
  /** Same-day order from the file name (1 for YYYY-MM-DD.md, 2 for YYYY-MM-DD-2.md). */
  readonly sequence: number;
  /** False when the text could not be read: links to it are broken. */
  readonly readable: boolean;
  readonly tasks: readonly ParsedTask[];
}

/** Reads a note's tasks (checked and open, with their carry-over links and privacy). Never throws. */
export function parseItemNote(note: ItemNote): ParsedNote {
  const name = parseNoteFileName(note.fileName);
  const text = note.text;
  let date = note.date ?? name?.date;
  if (text === undefined) return { fileName: note.fileName, date, sequence: name?.sequence ?? 1, readable: false, tasks: [] };
  const front = text.startsWith('---') || text.startsWith('\ufeff---') ? parseFrontMatter(text).data : undefined;
  // A saved review lists other notes' items: they are not items of their own.
  if (front?.['type'] === REVIEW_NOTE_TYPE) return { fileName: note.fileName, date, sequence: name?.sequence ?? 1, readable: true, tasks: [] };
  // A name with a date that does not exist (2026-11-31.md) is no dated note: its front matter does not date it either.
  if (!date && !misdatedNote(note.fileName)) {
    const fm = front?.['date'];
    if (isIsoDate(fm)) date = fm;
    // A note moved in from another layout ("2026-08-02-priya.md", "2026-08-02 Priya.md"): the date its
    // name starts with, so its items chain and age as they will once it is renamed.
    else date = misnamedNote(note.fileName);
  }
  // Most lines are not tasks: a note without a checkbox is not parsed at all.
  const tasks: ParsedTask[] = [];
  if (/\[[ xX]\]/.test(text)) {
    const all = tasksOf(text);
    const hidden = privateLines(text);
    const index = new Map<number, number>();
    all.forEach((task, i) => {
      if (!task.text) return;
      let parent = task.parent;
      while (parent !== undefined && !index.has(parent)) parent = all[parent]?.parent;
      index.set(i, tasks.length);
      tasks.push({
        text: task.text,
        checked: task.checked,
        line: task.line,
        parent: parent === undefined ? undefined : index.get(parent),
        link: task.carriedFrom,
        private: hidden.has(task.line),
      });
    });
  }
  return { fileName: note.fileName, date, sequence: name?.sequence ?? 1, readable: true, tasks };
}

/** Words two texts share, as a share of both (Dice coefficient on word sets): 1 is the same words. */
function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** How far from the linked line a reworded task is still looked for. */
const NEAR_LINES = 50;

export type LinkOptions = OwnerContext;

/**
 * Joins one person's parsed notes into items. Pure and cheap (no text is parsed): call it again
 * after replacing one note's ParsedNote.
 */
export function linkItems(notes: readonly ParsedNote[], options: LinkOptions = {}): Item[] {
  // Notes in time order: dated ones by date and same-day sequence, then undated ones by name.
  const ordered = [...notes].sort((a, b) => {
    if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : a.sequence - b.sequence || (a.fileName < b.fileName ? -1 : 1);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;
  });
  const byName = new Map<string, number>();
  const byLowerName = new Map<string, number>();
  ordered.forEach((n, i) => {
    byName.set(n.fileName, i);
    if (!byLowerName.has(n.fileName.toLowerCase())) byLowerName.set(n.fileName.toLowerCase(), i);
  });

  // Nodes: every task of every note, numbered in note order.
  const base: number[] = [];
  let total = 0;
  for (const n of ordered) {
    base.push(total);
    total += n.tasks.length;
  }
  const noteOf = new Int32Array(total);
  const flat: ParsedTask[] = new Array<ParsedTask>(total);
  ordered.forEach((n, i) => {
    const from = base[i] ?? 0;
    noteOf.fill(i, from, from + n.tasks.length);
    for (let t = 0; t < n.tasks.length; t++) flat[from + t] = n.tasks[t]!;
  });
  const taskOf = (node: number): ParsedTask => flat[node]!;
  const pred = new Int32Array(total).fill(-1);
  const broken = new Map<number, CarryLink & { reason: 'missing-note' | 'no-match' | 'cycle' }>();

  // Normalized texts for matching, worked out only where needed: a carried copy has its source's text.
  const keys: (string | undefined)[] = new Array<string | undefined>(total);
  const keyOf = (node: number): string => {
    let key = keys[node];
    if (key === undefined) {
      const p = pred[node] ?? -1;
      const text = taskOf(node).text;
      key = p >= 0 && taskOf(p).text === text ? keyOf(p) : normalizeTitle(text);
      keys[node] = key;
    }
    return key;
  };

  // 1. Follow the carry-over links.
  const keyIndex = new Map<number, Map<string, number[]>>();
  const keysOf = (note: number): Map<string, number[]> => {
    let index = keyIndex.get(note);
    if (!index) {
      index = new Map();
      const count = ordered[note]?.tasks.length ?? 0;
      for (let t = 0; t < count; t++) {
        const key = keyOf((base[note] ?? 0) + t);
        const list = index.get(key);
        if (list) list.push(t);
        else index.set(key, [t]);
      }
      keyIndex.set(note, index);
    }
    return index;
  };
  for (let n = 0; n < ordered.length; n++) {
    const note = ordered[n]!;
    /** Targets already taken by an earlier task of this note (the same text twice). */
    const taken = new Set<number>();
    for (let t = 0; t < note.tasks.length; t++) {
      const task = note.tasks[t]!;
      const link = task.link;
      if (!link) continue;
      const node = (base[n] ?? 0) + t;
      const target = byName.get(link.fileName) ?? byLowerName.get(link.fileName.toLowerCase());
      if (target === undefined || target === n || !ordered[target]?.readable) {
        if (target !== n) broken.set(node, { ...link, reason: 'missing-note' });
        continue;
      }
      const targetTasks = ordered[target]!.tasks;
      const targetBase = base[target] ?? 0;
      // The usual case: the linked line holds the same text, untouched since it was carried.
      const atLine = link.line === undefined ? -1 : taskAtLine(targetTasks, link.line);
      let found: number | undefined = atLine >= 0 && targetTasks[atLine]!.text === task.text && !taken.has(targetBase + atLine) ? atLine : undefined;
      found ??= resolveLink(targetTasks, keysOf(target), t2 => keyOf(targetBase + t2), keyOf(node), link.line, t2 => taken.has(targetBase + t2));
      if (found === undefined) {
        broken.set(node, { ...link, reason: 'no-match' });
        continue;
      }
      taken.add(targetBase + found);
      pred[node] = targetBase + found;
    }
  }

  // 2. Cut cycles: in each, the link that does not point back in time.
  const state = new Uint8Array(total); // 0 unseen, 1 on the current path, 2 finished
  for (let start = 0; start < total; start++) {
    if (state[start]) continue;
    const path: number[] = [];
    let u = start;
    while (u >= 0 && !state[u]) {
      state[u] = 1;
      path.push(u);
      u = pred[u] ?? -1;
    }
    if (u >= 0 && state[u] === 1) {
      const cycle = path.slice(path.indexOf(u));
      const cut = cycle.find(v => noteOf[pred[v] ?? 0]! >= noteOf[v]!) ?? u;
      const link = taskOf(cut).link;
      if (link) broken.set(cut, { ...link, reason: 'cycle' });
      pred[cut] = -1;
    }
    for (const v of path) state[v] = 2;
  }

  // 3. Unlinked tasks continue an item still open in an earlier dated note with the same text.
  const root = new Int32Array(total).fill(-1);
  const rootOf = (node: number): number => {
    const path: number[] = [];
    let u = node;
    while (root[u] === -1 && (pred[u] ?? -1) >= 0) {
      path.push(u);
      u = pred[u]!;
    }
    const r = root[u] !== -1 ? root[u]! : u;
    root[u] = r;
    for (const v of path) root[v] = r;
    return r;
  };
  // Per chain (indexed by its root): its newest node and note so far, and whether it was ticked.
  const latestNode = new Int32Array(total).fill(-1);
  const latestNote = new Int32Array(total);
  const chainDone = new Uint8Array(total);
  const openByKey = new Map<string, number[]>();
  for (let node = 0; node < total; node++) {
    const n = noteOf[node]!;
    const dated = ordered[n]?.date !== undefined;
    const task = flat[node]!;
    const p = pred[node] ?? -1;
    if (p === -1 && dated) {
      const candidates = openByKey.get(keyOf(node));
      if (candidates) {
        const key = keyOf(node);
        let best = -1;
        for (const r of candidates) {
          const at = latestNode[r]!;
          if (at < 0 || chainDone[r] || latestNote[r]! >= n || keyOf(at) !== key) continue;
          if (best < 0 || latestNote[r]! > latestNote[best]!) best = r;
        }
        if (best >= 0) pred[node] = latestNode[best]!;
      }
    }
    const r = rootOf(node);
    if (latestNode[r]! < 0 || n >= latestNote[r]!) {
      latestNode[r] = node;
      latestNote[r] = n;
    }
    if (task.checked) chainDone[r] = 1;
    // A chain is found by the words of its occurrences; a carried copy with its source's words adds none.
    if (dated && (p === -1 || taskOf(p).text !== task.text)) {
      const key = keyOf(node);
      const list = openByKey.get(key);
      if (!list) openByKey.set(key, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }

  // 4. One item per chain. Roots again from scratch: step 3 may have joined chains.
  root.fill(-1);
  const depth = new Int32Array(total).fill(-1);
  const depthOf = (node: number): number => {
    const path: number[] = [];
    let u = node;
    while (depth[u] === -1 && (pred[u] ?? -1) >= 0) {
      path.push(u);
      u = pred[u]!;
    }
    let d = depth[u] === -1 ? 0 : depth[u]!;
    depth[u] = d;
    for (let i = path.length - 1; i >= 0; i--) depth[path[i]!] = ++d;
    return depth[node]!;
  };
  const groups = new Map<number, number[]>();
  for (let node = 0; node < total; node++) {
    const r = rootOf(node);
    depthOf(node);
    const list = groups.get(r);
    if (list) list.push(node);
    else groups.set(r, [node]);
  }
  const place = (node: number): ItemPlace => {
    const note = ordered[noteOf[node]!]!;
    return { file: note.fileName, line: taskOf(node).line + 1, date: note.date };
  };
  const idOf = (node: number) => {
    const p = place(node);
    return `${p.file}#L${p.line}`;
  };
  const readOwner = ownerReader(options);
  const items: Item[] = [];
  for (const [r, nodes] of groups) {
    // Oldest first: along the chain, then in note order, then by line.
    if (nodes.length > 1) nodes.sort((a, b) => depth[a]! - depth[b]! || noteOf[a]! - noteOf[b]! || a - b);
    const last = nodes[nodes.length - 1]!;
    const lastTask = taskOf(last);
    const occurrences = nodes.map(place);
    const doneNode = nodes.find(v => taskOf(v).checked);
    let owner = readOwner(lastTask.text);
    // An owner written only in an earlier wording still counts (carried copies repeat the same text: read each wording once).
    for (let i = nodes.length - 2, seen = lastTask.text; i >= 0 && !owner.explicit; i--) {
      const text = taskOf(nodes[i]!).text;
      if (text === seen) continue;
      seen = text;
      owner = readOwner(text);
    }
    const due = dueOf(lastTask.text, nodes, v => taskOf(v).text, v => ordered[noteOf[v]!]?.date);
    const parentTask = lastTask.parent;
    const parentNode = parentTask === undefined ? undefined : (base[noteOf[last]!] ?? 0) + parentTask;
    const brokenLink = broken.get(r);
    items.push({
      id: idOf(r),
      text: lastTask.text,
      status: doneNode === undefined ? 'open' : 'done',
      owner,
      ...(due ? { due } : {}),
      firstSeen: occurrences[0]!,
      lastSeen: occurrences[occurrences.length - 1]!,
      ...(doneNode !== undefined ? { doneIn: place(doneNode) } : {}),
      occurrences,
      private: nodes.some(v => taskOf(v).private),
      ...(parentNode !== undefined ? { parent: idOf(rootOf(parentNode)) } : {}),
      ...(brokenLink ? { brokenLink } : {}),
    });
  }
  items.sort((a, b) => compareByFirstSeen(a, b, byName));
  return inheritOwners(items);
}

/**
 * A sub-task with no owner written is its parent's when the parent names one: under "Amara: decide
 * about the guild", "Talk to Kenji about it" is Amara's step, not the manager's to-do.
 */
function inheritOwners(items: Item[]): Item[] {
  if (!items.some(i => i.parent !== undefined && !i.owner.explicit)) return items;
  const byId = new Map(items.map(i => [i.id, i] as const));
  const ownerOf = (item: Item, depth: number): Owner => {
    if (item.owner.explicit || item.parent === undefined || depth > 32) return item.owner;
    const parent = byId.get(item.parent);
    const inherited = parent && parent !== item ? ownerOf(parent, depth + 1) : undefined;
    return inherited?.explicit ? inherited : item.owner;
  };
  return items.map(i => {
    const owner = ownerOf(i, 0);
    return owner === i.owner ? i : { ...i, owner };
  });
}

function compareByFirstSeen(a: Item, b: Item, order: Map<string, number>): number {
  return (order.get(a.firstSeen.file) ?? 0) - (order.get(b.firstSeen.file) ?? 0) || a.firstSeen.line - b.firstSeen.line;
}

/**
 * The task a carry-over link points to: the same text at the linked line, else the nearest task
 * with the same text (the line moved; siblings of the linking note take distinct tasks when they
 * can), else the task at or near the line with nearly the same words (it was reworded).
 */
function resolveLink(tasks: readonly ParsedTask[], keys: Map<string, number[]>, keyAt: (t: number) => string, key: string, line: number | undefined, taken: (t: number) => boolean): number | undefined {
  const want = line ?? 0;
  const same = keys.get(key);
  if (same?.length) {
    let best: number | undefined;
    let bestScore = Infinity;
    for (const t of same) {
      const distance = Math.abs((tasks[t]?.line ?? 0) - want);
      // Prefer a task no sibling took, then the nearest, then the earlier.
      const score = (taken(t) ? 1e9 : 0) + distance;
      if (score < bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }
  if (line === undefined) return undefined;
  let best: number | undefined;
  let bestScore = 0;
  for (let t = 0; t < tasks.length; t++) {
    const candidate = tasks[t]!;
    const distance = Math.abs(candidate.line - line);
    if (distance > NEAR_LINES || taken(t)) continue;
    const score = similarity(keyAt(t), key) - distance / (NEAR_LINES * 10);
    // The linked line itself needs half the words; a line further off needs more.
    if (score >= (distance === 0 ? 0.5 : 0.7) && score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Index of the task on a 0-based line (tasks are in line order), or -1. */
function taskAtLine(tasks: readonly ParsedTask[], line: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tasks[mid]!.line;
    if (at === line) return mid;
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The due date of an item, read against the note where its due words were first written (a later
 * note that only carried it does not move "by Friday").
 */
function dueOf(text: string, nodes: readonly number[], textOf: (node: number) => string, dateOf: (node: number) => IsoDate | undefined): DueDate | undefined {
  const firstDated = nodes.find(v => dateOf(v) !== undefined);
  const firstDate = firstDated === undefined ? undefined : dateOf(firstDated);
  const probe = dueDateOf(text, firstDate);
  if (!probe || !firstDate) return probe;
  const phrase = probe.text.toLowerCase();
  const anchor = nodes.find(v => dateOf(v) !== undefined && textOf(v).toLowerCase().includes(phrase));
  const anchorDate = anchor === undefined ? undefined : dateOf(anchor);
  return anchorDate && anchorDate !== firstDate ? dueDateOf(text, anchorDate) : probe;
}

/** Items of a person from their notes in one call (parse and link). */
export function buildItems(notes: readonly ItemNote[], options: LinkOptions = {}): Item[] {
  return linkItems(notes.map(parseItemNote), options);
}
