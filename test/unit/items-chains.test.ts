import * as assert from 'assert';
import { openItems } from '../../src/core/carryover';
import { buildItems, linkItems, parseItemNote, type Item, type ItemNote } from '../../src/core/items/chains';
import { ageInDays, filterItems, isOld, isOverdue } from '../../src/core/items/query';
import { ItemStore } from '../../src/core/items/store';
import { renderNote } from '../../src/core/templates';

const PERSON = { person: { id: 'aiko-tanaka', name: 'Aiko Tanaka' }, managerNames: ['Chris'] };

const FIRST = `---
person: aiko-tanaka
date: 2026-01-05
---
# 1:1 with Aiko

## Notes

Search migration is on track.

## Action items

- [ ] Aiko: send the load test results by Friday
- [ ] Me: book the room for the offsite
  - [ ] Me: ask facilities about the projector
- [x] Chris: approve prod read access
`;

/** The next note as Start 1:1 writes it, carrying the open items of `previous`, with `extra` appended. */
function next(previous: ItemNote, date: string, extra = ''): ItemNote {
  const text = renderNote({ personId: 'aiko-tanaka', name: 'Aiko Tanaka', relationship: 'direct-report', mode: 'coaching', date, previous: { fileName: previous.fileName, items: openItems(previous.text ?? '') } });
  return { fileName: `${date}.md`, text: text + extra };
}

function tick(note: ItemNote, itemText: string): ItemNote {
  const text = (note.text ?? '').split('\n').map(l => (l.includes(`- [ ] ${itemText}`) ? l.replace('- [ ]', '- [x]') : l)).join('\n');
  assert.notStrictEqual(text, note.text, `nothing to tick: ${itemText}`);
  return { ...note, text };
}

const byText = (items: readonly Item[], text: string): Item => {
  const found = items.filter(i => i.text.includes(text));
  assert.strictEqual(found.length, 1, `one item with "${text}", found ${found.length}: ${JSON.stringify(items.map(i => i.text))}`);
  return found[0]!;
};

describe('items: chains across notes', () => {
  const a: ItemNote = { fileName: '2026-01-05.md', text: FIRST };
  const b = next(a, '2026-01-19');
  const c = next(b, '2026-02-02');
  const d = next(c, '2026-02-16');

  it('follows an item carried three times to one entry, first and last seen', () => {
    const items = buildItems([d, b, a, c], PERSON);
    const results = byText(items, 'load test results');
    assert.strictEqual(results.status, 'open');
    assert.deepStrictEqual(results.firstSeen, { file: '2026-01-05.md', line: 13, date: '2026-01-05' });
    assert.strictEqual(results.lastSeen.file, '2026-02-16.md');
    assert.match((d.text ?? '').split('\n')[results.lastSeen.line - 1] ?? '', /^- \[ \] Aiko: send the load test results by Friday — \[2026-02-02, line \d+\]/);
    assert.deepStrictEqual(results.occurrences.map(o => o.file), ['2026-01-05.md', '2026-01-19.md', '2026-02-02.md', '2026-02-16.md']);
    assert.strictEqual(results.text, 'Aiko: send the load test results by Friday', 'no carry-over link in the text');
    assert.deepStrictEqual(results.owner, { kind: 'them', name: 'Aiko', explicit: true });
    assert.deepStrictEqual(results.due, { date: '2026-01-09', text: 'by Friday' }, 'read against the note it was first written in');
    assert.strictEqual(results.id, '2026-01-05.md#L13');
    // The done task was never carried; the nested one keeps its parent.
    assert.strictEqual(items.length, 4);
    const projector = byText(items, 'projector');
    assert.strictEqual(projector.parent, byText(items, 'book the room').id);
    assert.strictEqual(byText(items, 'approve prod').status, 'done');
    assert.strictEqual(byText(items, 'approve prod').owner.kind, 'me');
  });

  it('marks an item done when a later note ticks it, and knows where', () => {
    const items = buildItems([a, b, c, tick(d, 'Aiko: send the load test results')], PERSON);
    const results = byText(items, 'load test results');
    assert.strictEqual(results.status, 'done');
    assert.strictEqual(results.doneIn?.file, '2026-02-16.md');
    assert.strictEqual(byText(items, 'book the room').status, 'open');
  });

  it('a note moved in from another layout ("2026-08-02-priya.md", "2026-08-16 Priya.md") is dated by its name\'s start: an item it repeats is one item, aged from the first', () => {
    const a: ItemNote = { fileName: '2026-08-02-priya.md', text: '# 1:1\n\n## Action items\n- [ ] Priya: send the draft RFC to the team\n' };
    const b: ItemNote = { fileName: '2026-08-16 Priya.md', text: '# 1:1\n\n## Action items\n- [ ] Priya: send the draft RFC to the team\n' };
    assert.strictEqual(parseItemNote(a).date, '2026-08-02');
    const items = buildItems([a, b], PERSON);
    assert.strictEqual(items.length, 1, items.map(i => i.text).join(' | '));
    assert.deepStrictEqual([items[0].firstSeen.date, items[0].lastSeen.file], ['2026-08-02', '2026-08-16 Priya.md']);
  });

  it('counts age from the first note and overdue from the due date', () => {
    const results = byText(buildItems([a, b, c, d], PERSON), 'load test results');
    assert.strictEqual(ageInDays(results, '2026-03-01'), 55);
    assert.ok(isOverdue(results, '2026-01-10'));
    assert.ok(!isOverdue(results, '2026-01-09'), 'due today is not overdue');
    assert.ok(isOld(results, '2026-03-01'));
    assert.ok(!isOld(results, '2026-01-20'));
  });

  it('finds an item whose source line moved (lines inserted above it)', () => {
    const edited: ItemNote = { ...a, text: FIRST.replace('## Notes\n', '## Notes\n\nAdded later.\nAnd another line.\n') };
    const items = buildItems([edited, b], PERSON);
    assert.strictEqual(items.length, 4);
    const results = byText(items, 'load test results');
    assert.deepStrictEqual(results.occurrences.map(o => `${o.file}:${o.line}`), ['2026-01-05.md:16', `2026-01-19.md:${results.lastSeen.line}`]);
    assert.strictEqual(results.brokenLink, undefined);
  });

  it('follows a carried item that was reworded in the older note', () => {
    const reworded: ItemNote = { ...a, text: FIRST.replace('send the load test results by Friday', 'send the load test results to the SRE channel by Friday') };
    const items = buildItems([reworded, b], PERSON);
    assert.strictEqual(items.length, 4);
    assert.strictEqual(items.find(i => i.text.includes('load test'))?.occurrences.length, 2);
  });

  it('keeps the same text twice in one note as two items, even after the lines moved', () => {
    const twice: ItemNote = { fileName: '2026-01-05.md', text: '# A\n\n- [ ] follow up with infra\n- [ ] other\n- [ ] follow up with infra\n' };
    const second = next(twice, '2026-01-19');
    const moved: ItemNote = { ...twice, text: `# A\n\nA new first line.\n${(twice.text ?? '').slice(4)}` };
    for (const first of [twice, moved]) {
      const items = buildItems([first, second], PERSON).filter(i => i.text === 'follow up with infra');
      assert.strictEqual(items.length, 2);
      assert.deepStrictEqual(items.map(i => i.occurrences.length), [2, 2]);
      assert.notStrictEqual(items[0]!.lastSeen.line, items[1]!.lastSeen.line);
      assert.notStrictEqual(items[0]!.firstSeen.line, items[1]!.firstSeen.line);
    }
    const ticked = { ...second, text: (second.text ?? '').replace('- [ ] follow up with infra', '- [x] follow up with infra') };
    const items = buildItems([twice, ticked], PERSON).filter(i => i.text === 'follow up with infra');
    assert.deepStrictEqual(items.map(i => i.status).sort(), ['done', 'open']);
  });

  it('starts an item where it is when its link is broken (note missing or unreadable), without throwing', () => {
    const missing = buildItems([c], PERSON);
    assert.strictEqual(missing.length, 3);
    const results = byText(missing, 'load test results');
    assert.strictEqual(results.firstSeen.file, '2026-02-02.md');
    assert.deepStrictEqual(results.brokenLink, { fileName: '2026-01-19.md', line: results.brokenLink?.line, reason: 'missing-note' });
    const unreadable = buildItems([{ fileName: '2026-01-19.md', text: undefined }, c], PERSON);
    assert.strictEqual(byText(unreadable, 'load test results').brokenLink?.reason, 'missing-note');
    const noMatch = buildItems([{ fileName: '2026-01-19.md', text: '# nothing here\n- [ ] something else entirely\n' }, c], PERSON);
    assert.strictEqual(byText(noMatch, 'load test results').brokenLink?.reason, 'no-match');
  });

  it('cuts links in a cycle and still gives every item once', () => {
    const x: ItemNote = { fileName: '2026-01-05.md', text: '- [ ] loop item — [2026-01-19, line 1](2026-01-19.md#L1)\n' };
    const y: ItemNote = { fileName: '2026-01-19.md', text: '- [ ] loop item — [2026-01-05, line 1](2026-01-05.md#L1)\n' };
    const items = buildItems([x, y], PERSON);
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0]!.firstSeen.file, '2026-01-05.md', 'the link forward in time is the one cut');
    assert.strictEqual(items[0]!.lastSeen.file, '2026-01-19.md');
    assert.strictEqual(items[0]!.brokenLink?.reason, 'cycle');
    // A note linking to itself, and a three-note cycle.
    const self: ItemNote = { fileName: '2026-01-05.md', text: '- [ ] me — [2026-01-05, line 1](2026-01-05.md#L1)\n' };
    assert.strictEqual(buildItems([self], PERSON).length, 1);
    const ring = ['2026-01-05', '2026-01-19', '2026-02-02'].map((date, i, all) => ({ fileName: `${date}.md`, text: `- [ ] ring — [${all[(i + 1) % 3]}, line 1](${all[(i + 1) % 3]}.md#L1)\n` }));
    const ringItems = buildItems(ring, PERSON);
    assert.strictEqual(ringItems.length, 1);
    assert.strictEqual(ringItems[0]!.occurrences.length, 3);
  });

  it('works with notes without dates (names and front matter without one)', () => {
    const u1: ItemNote = { fileName: 'kickoff.md', text: '# Kickoff\n- [ ] Aiko: draft the plan\n' };
    const u2: ItemNote = { fileName: 'follow up notes.md', text: '---\nperson: aiko-tanaka\n---\n- [ ] Aiko: draft the plan — [kickoff, line 2](kickoff.md#L2)\n- [ ] fresh one\n' };
    const items = buildItems([u2, u1], PERSON);
    assert.strictEqual(items.length, 2);
    const plan = byText(items, 'draft the plan');
    assert.deepStrictEqual(plan.occurrences.map(o => o.file), ['kickoff.md', 'follow up notes.md']);
    assert.strictEqual(plan.firstSeen.date, undefined);
    assert.strictEqual(ageInDays(plan, '2026-03-01'), undefined);
    // A date in the front matter counts when the name has none.
    const dated = parseItemNote({ fileName: 'kickoff.md', text: '---\ndate: 2026-01-07\n---\n- [ ] x\n' });
    assert.strictEqual(dated.date, '2026-01-07');
  });

  it('continues an item by its text when a later note repeats it without a link, and ticks it there', () => {
    const first: ItemNote = { fileName: '2026-01-05.md', text: '- [ ] send the deck to Olga\n' };
    const later: ItemNote = { fileName: '2026-02-02.md', text: '## Done\n- [x] Send the deck to Olga.\n' };
    const items = buildItems([first, later], PERSON);
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0]!.status, 'done');
    assert.strictEqual(items[0]!.firstSeen.file, '2026-01-05.md');
    // A done item is not continued: the same words later are a new item.
    const again: ItemNote = { fileName: '2026-03-02.md', text: '- [ ] send the deck to Olga\n' };
    assert.deepStrictEqual(buildItems([first, later, again], PERSON).map(i => i.status), ['done', 'open']);
  });

  it('marks items written in private parts', () => {
    const note: ItemNote = { fileName: '2026-01-05.md', text: '- [ ] public\n<!-- private -->\n- [ ] check the band with HR\n<!-- /private -->\n' };
    const items = buildItems([note, next(note, '2026-01-19')], PERSON);
    assert.strictEqual(byText(items, 'band').private, true);
    assert.strictEqual(byText(items, 'public').private, false);
    assert.deepStrictEqual(filterItems(items, { leavePrivateOut: true }, '2026-02-01').map(i => i.text), ['public']);
  });

  it('filters mine, theirs and overdue', () => {
    const items = buildItems([a, b], PERSON);
    const today = '2026-02-01';
    assert.deepStrictEqual(filterItems(items, { status: 'open', owner: 'them' }, today).map(i => i.text), ['Aiko: send the load test results by Friday']);
    assert.strictEqual(filterItems(items, { status: 'open', owner: 'me' }, today).length, 2);
    assert.deepStrictEqual(filterItems(items, { overdue: true }, today).map(i => i.owner.name), ['Aiko']);
  });

  it('never throws on odd input', () => {
    const odd: ItemNote[] = [
      { fileName: '2026-01-05.md', text: '' },
      { fileName: '2026-01-06.md', text: '\u0000\u0001binary\u0000- [ ] x' },
      { fileName: '2026-01-07.md', text: '- [ ] a — [2026-99-99, line 0](%E0%A4%A.md#L0)\n- [ ] b — [2026-01-05, line 9999](2026-01-05.md#L9999)\n- [ ] c — [x, line 1](../other/x.md#Lfoo)\n' },
      { fileName: '2026-01-08.md', text: undefined },
      { fileName: 'README.md', text: '- [ ]\n- [x]\n' },
    ];
    const items = buildItems(odd, PERSON);
    assert.deepStrictEqual(items.map(i => i.text).sort(), ['a', 'b', 'c']);
  });
});

describe('items: the store (incremental)', () => {
  it('parses an edited note alone and joins only its person again', () => {
    const store = new ItemStore({ managerNames: ['Chris'] });
    store.setPerson({ id: 'aiko-tanaka', name: 'Aiko Tanaka' });
    store.setPerson({ id: 'sam-lee', name: 'Sam Lee' });
    const a: ItemNote = { fileName: '2026-01-05.md', text: FIRST };
    const b = next(a, '2026-01-19');
    store.setNotes('aiko-tanaka', [a, b]);
    store.setNote('sam-lee', { fileName: '2026-01-06.md', text: '- [ ] Sam: send the page counts\n' });
    assert.strictEqual(store.items('aiko-tanaka').filter(i => i.status === 'open').length, 3);
    assert.strictEqual(store.items('sam-lee')[0]?.owner.kind, 'them');
    const before = { ...store.work };
    const sam = store.items('sam-lee');
    store.setNote('aiko-tanaka', tick(b, 'Aiko: send the load test results'));
    assert.strictEqual(store.work.parsed - before.parsed, 1, 'one note parsed');
    assert.strictEqual(store.items('sam-lee'), sam, 'the other person is not joined again');
    assert.strictEqual(byText(store.items('aiko-tanaka'), 'load test').status, 'done');
    assert.strictEqual(store.work.linked - before.linked, 1);
    assert.ok(store.deleteNote('aiko-tanaka', '2026-01-19.md'));
    assert.strictEqual(byText(store.items('aiko-tanaka'), 'load test').status, 'open');
    assert.deepStrictEqual([...store.all()].map(p => p.personId), ['aiko-tanaka', 'sam-lee']);
  });

  it('reads owners again when a name changes', () => {
    const store = new ItemStore();
    store.setNote('p', { fileName: '2026-01-05.md', text: '- [ ] Kim: send it\n' });
    assert.strictEqual(store.items('p')[0]?.owner.kind, 'other');
    store.setPerson({ id: 'p', name: 'Kim Lee' });
    assert.strictEqual(store.items('p')[0]?.owner.kind, 'them');
    store.setManagerNames(['Kim']);
    assert.strictEqual(store.items('p')[0]?.owner.kind, 'me');
  });
});

describe('items: linkItems is pure', () => {
  it('gives the same items for the same parsed notes in any order', () => {
    const notes = [FIRST].map(text => parseItemNote({ fileName: '2026-01-05.md', text }));
    assert.deepStrictEqual(linkItems(notes, PERSON), linkItems([...notes].reverse(), PERSON));
  });
});
