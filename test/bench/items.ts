// Item chains at scale: 200 people with 50 notes each (10,000 notes), every note made by the real
// template carrying the open items of the one before, so chains run through up to 50 notes.
// Prints figures; asserts nothing (timed assertions flake on shared machines).
//   node esbuild.mjs --tests && node out/test/bench/items.js
import { agendaOf } from '../../src/core/items/agenda';
import { carryOver } from '../../src/core/items/carry';
import { buildItems, type ItemNote } from '../../src/core/items/chains';
import { buildReview } from '../../src/core/items/review';
import { ItemStore } from '../../src/core/items/store';
import { generatePerson } from '../fixtures/items-notes';

const PEOPLE = 200;
const NOTES = 50;

function person(p: number): { id: string; name: string; notes: ItemNote[] } {
  const generated = generatePerson(p, NOTES);
  return { id: generated.id, name: generated.name, notes: [...generated.notes] };
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
