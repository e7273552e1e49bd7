// Item chains at scale: 200 people with 50 notes each (10,000 notes), every note made by the real
// template carrying the open items of the one before, so chains run through up to 50 notes.
// Prints figures; asserts nothing (timed assertions flake on shared machines).
//   node esbuild.mjs --tests && node out/test/bench/items.js
import { openItems } from '../../src/core/carryover';
import { addDays } from '../../src/core/dates';
import { agendaOf } from '../../src/core/items/agenda';
import { carryOver } from '../../src/core/items/carry';
import { buildItems, type ItemNote } from '../../src/core/items/chains';
import { buildReview } from '../../src/core/items/review';
import { ItemStore } from '../../src/core/items/store';
import { renderNote } from '../../src/core/templates';

const PEOPLE = 200;
const NOTES = 50;
const NAMES = ['Aiko', 'Sam', 'Ravi', 'Noor', 'Lena', 'Jonas', 'Fatima', 'Kwame', 'Iryna', 'Mateo'];
const TASKS = [
  '{who}: send the load test results for {n} by Friday',
  'Me: book the room for review {n}',
  'check with Bettina about rota {n}',
  '{who}: draft the RFC for service {n} by 3 April',
  'Chris: follow up with infra on capacity {n} next Tuesday',
  'Owner: Tom — update the runbook {n}',
  'find the conference policy {n} in Workday',
];

/** A small deterministic random sequence (the same notes every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function person(p: number): { id: string; name: string; notes: ItemNote[] } {
  const rnd = random(p + 1);
  const who = NAMES[p % NAMES.length]!;
  const id = `person-${p}`;
  const notes: ItemNote[] = [];
  let previous: { fileName: string; items: ReturnType<typeof openItems> } | undefined;
  for (let n = 0; n < NOTES; n++) {
    const date = addDays('2024-01-01', n * 14 + (p % 14));
    let text = renderNote({ personId: id, name: `${who} Person${p}`, relationship: 'direct-report', mode: 'coaching', date, ...(previous ? { previous } : {}) });
    // Tick about a third of what was carried, as a meeting does.
    text = text.split('\n').map(l => (l.startsWith('- [ ] ') && l.includes(' — [') && rnd() < 0.33 ? l.replace('- [ ]', '- [x]') : l)).join('\n');
    const fresh = Array.from({ length: 2 + Math.floor(rnd() * 3) }, (_, k) => `- [ ] ${TASKS[(n + k + p) % TASKS.length]!.replace('{who}', who).replace('{n}', `${p}-${n}-${k}`)}`);
    const notesText = `We talked about the search migration and the on-call rota (${n}).\n${rnd() < 0.2 ? '<!-- private -->\nComp band question.\n<!-- /private -->\n' : ''}`;
    text = text.replace('## Notes\n\n', `## Notes\n\n${notesText}\n`).replace('## Action items\n\n- [ ] \n', `## Action items\n\n${fresh.join('\n')}\n`);
    const note = { fileName: `${date}.md`, text };
    notes.push(note);
    previous = { fileName: note.fileName, items: openItems(text) };
  }
  return { id, name: `${who} Person${p}`, notes };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

/** CPU milliseconds of this process in the last `time` call: less moved by other work on a shared machine than wall time. */
let lastCpu = 0;

function time(fn: () => void): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lastCpu = (c.user + c.system) / 1000;
  return wall;
}

const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;

const t0 = performance.now();
const people = Array.from({ length: PEOPLE }, (_, p) => person(p));
const bytes = people.reduce((t, p) => t + p.notes.reduce((u, n) => u + (n.text?.length ?? 0), 0), 0);
console.log(`Generated ${PEOPLE} people × ${NOTES} notes (${(bytes / 1024 / 1024).toFixed(1)} MB of markdown) in ${fmt(performance.now() - t0)}.`);

// Cold: a new store reads every note and joins every person (what the view needs to paint).
const cold: number[] = [];
const coldCpu: number[] = [];
const parseOnly: number[] = [];
const linkOnly: number[] = [];
const parseCpu: number[] = [];
const linkCpu: number[] = [];
let store = new ItemStore();
let itemCount = 0;
let openCount = 0;
for (let run = 0; run < 5; run++) {
  store = new ItemStore({ managerNames: ['Chris'] });
  (globalThis as { gc?: () => void }).gc?.();
  const s = store;
  const parse = time(() => {
    for (const p of people) {
      s.setPerson({ id: p.id, name: p.name });
      s.setNotes(p.id, p.notes);
    }
  });
  parseCpu.push(lastCpu);
  let items = 0;
  let open = 0;
  const link = time(() => {
    for (const { items: list } of s.all()) {
      items += list.length;
      for (const i of list) if (i.status === 'open') open++;
    }
  });
  linkCpu.push(lastCpu);
  parseOnly.push(parse);
  linkOnly.push(link);
  cold.push(parse + link);
  coldCpu.push(parseCpu[parseCpu.length - 1]! + lastCpu);
  itemCount = items;
  openCount = open;
}
console.log(`Items: ${itemCount.toLocaleString('en')} (${openCount.toLocaleString('en')} open) from ${(PEOPLE * NOTES).toLocaleString('en')} notes.`);

// Incremental: tick one item in one person's newest note; read that person's items again.
const edits: number[] = [];
for (let k = 0; k < 200; k++) {
  const p = people[(k * 37) % PEOPLE]!;
  const newest = p.notes[p.notes.length - 1]!;
  const text = (newest.text ?? '').replace('- [ ] ', '- [x] ');
  edits.push(time(() => {
    store.setNote(p.id, { fileName: newest.fileName, text });
    store.items(p.id);
  }));
  store.setNote(p.id, newest);
}

// One person: build from scratch (Start 1:1 and the CLI do this).
const onePerson = people.map(p => time(() => buildItems(p.notes, { person: { id: p.id, name: p.name }, managerNames: ['Chris'] })));

// Carry-over of the 2,916-item note from the issue.
const huge: ItemNote = { fileName: '2026-01-05.md', text: `# 1:1\n\n## Action items\n\n${Array.from({ length: 2916 }, (_, i) => `- [ ] item ${i + 1} by Friday`).join('\n')}\n` };
const carryRuns = Array.from({ length: 20 }, () => time(() => carryOver(buildItems([huge]))));

// Agenda of a note, review prep of one person (50 notes, six months in range).
const sample = people[0]!;
const agendaRuns = sample.notes.map(n => time(() => agendaOf(n.text ?? '')));
const lastDate = sample.notes[sample.notes.length - 1]!.fileName.slice(0, 10);
const reviewRuns = Array.from({ length: 20 }, () => time(() => buildReview({ person: { id: sample.id, name: sample.name }, notes: sample.notes, today: lastDate, cadenceDays: 14, managerNames: ['Chris'] })));
const reviewYear = Array.from({ length: 10 }, () => time(() => buildReview({ person: { id: sample.id, name: sample.name }, notes: sample.notes, today: lastDate, from: '2024-01-01', cadenceDays: 14 })));

const rows: [string, string][] = [
  ['cold: parse 10,000 notes + join 200 people (5 runs)', `median ${fmt(median(cold))}, best ${fmt(Math.min(...cold))}; CPU median ${fmt(median(coldCpu))}, best ${fmt(Math.min(...coldCpu))}`],
  ['  of which parsing the notes', `median ${fmt(median(parseOnly))}, best ${fmt(Math.min(...parseOnly))}; CPU best ${fmt(Math.min(...parseCpu))}`],
  ['  of which joining chains for 200 people', `median ${fmt(median(linkOnly))}, best ${fmt(Math.min(...linkOnly))}; CPU best ${fmt(Math.min(...linkCpu))}`],
  ['one edited note: parse it + join its person (200 edits)', `median ${fmt(median(edits))}, p95 ${fmt(p95(edits))}`],
  ['one person from scratch (50 notes, buildItems)', `median ${fmt(median(onePerson))}, p95 ${fmt(p95(onePerson))}`],
  ['carry-over of a 2,916-item note (parse, join, pick 30)', `median ${fmt(median(carryRuns))}`],
  ['agenda of one note', `median ${fmt(median(agendaRuns))}`],
  ['review prep, six months (13 meetings of 50 notes)', `median ${fmt(median(reviewRuns))}`],
  ['review prep, all 50 meetings', `median ${fmt(median(reviewYear))}`],
];
const width = Math.max(...rows.map(r => r[0].length));
console.log('');
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
