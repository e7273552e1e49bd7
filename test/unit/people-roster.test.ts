import * as assert from 'assert';
import { parseJsonTree } from '../../src/core/json-tree';
import { checkPersonFields, parseRoster, rosterRefusal, type RosterProblem } from '../../src/core/roster';
import { applyRosterChange, holdsChange, minimalEdit } from '../../src/core/roster-change';

const GOOD = `{
  "people": [
    { "id": "amara-okafor", "name": "Amara Okafor", "relationship": "direct-report", "mode": "coaching", "cadenceDays": 7, "archived": false, "team": "Payments" },
    {
      "id": "kenji-watanabe",
      "name": "Kenji Watanabe",
      "relationship": "peer",
      "x-custom": { "nested": [1, 2, 3] }
    }
  ],
  "owner": "me"
}
`;

function problemsAt(problems: readonly RosterProblem[]): string[] {
  return problems.map(p => `${p.line + 1}:${p.character + 1} ${p.severity}`);
}

describe('people: roster parsing', () => {
  it('reads people with defaults for optional fields', () => {
    const roster = parseRoster(GOOD);
    assert.deepStrictEqual(roster.problems, []);
    assert.strictEqual(roster.writable, true);
    assert.deepStrictEqual(roster.people, [
      { id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false },
      { id: 'kenji-watanabe', name: 'Kenji Watanabe', relationship: 'peer', mode: 'peer-learning', cadenceDays: undefined, archived: false },
    ]);
  });

  it('reports a syntax error at its line and column and keeps the people before it', () => {
    const text = `{
  "people": [
    { "id": "a", "name": "A", "relationship": "peer" },
    { "id": "b", "name": "B" "relationship": "peer" }
  ]
}`;
    const roster = parseRoster(text);
    assert.strictEqual(roster.writable, false);
    assert.deepStrictEqual(problemsAt(roster.problems), ['4:30 error']);
    assert.match(roster.problems[0]?.message ?? '', /Expected "," or "}"/);
    assert.deepStrictEqual(roster.people.map(p => p.id), ['a']);
  });

  it('reports trailing commas, comments, single quotes and an empty file', () => {
    assert.match(parseRoster('{"people": [1,]}').problems[0]?.message ?? '', /Trailing comma/);
    assert.match(parseRoster('// hi\n{}').problems[0]?.message ?? '', /Comments/);
    assert.match(parseRoster("{'people': []}").problems[0]?.message ?? '', /property name/);
    assert.match(parseRoster('  \n').problems[0]?.message ?? '', /empty/);
    assert.strictEqual(parseRoster('').writable, true, 'an empty file has nothing to lose: the first change starts it afresh');
    assert.match(parseRoster('{"people": [').problems[0]?.message ?? '', /end of the file/);
  });

  it('reports wrong types, unknown relationships and modes at the offending value', () => {
    const text = `{
  "people": [
    { "id": "a", "name": "A", "relationship": "manager" },
    { "id": "b", "name": "B", "relationship": "peer", "mode": "coaching" },
    { "id": "c", "name": "C", "relationship": "direct-report", "cadenceDays": "weekly" },
    { "id": "d", "name": 42, "relationship": "direct-report", "archived": "yes" },
    "e",
    { "name": "no id", "relationship": "peer" }
  ]
}`;
    const roster = parseRoster(text);
    const lines = roster.problems.map(p => [p.line + 1, p.message] as const);
    assert.ok(lines.some(([l, m]) => l === 3 && /Unknown relationship "manager"/.test(m)), JSON.stringify(lines));
    assert.ok(lines.some(([l, m]) => l === 4 && /"coaching" is a mode for a direct-report/.test(m)));
    assert.ok(lines.some(([l, m]) => l === 5 && /cadenceDays/.test(m)));
    assert.ok(lines.some(([l, m]) => l === 6 && /"name"/.test(m)));
    assert.ok(lines.some(([l, m]) => l === 6 && /"archived"/.test(m)));
    assert.ok(lines.some(([l, m]) => l === 7 && /should be an object/.test(m)));
    assert.ok(lines.some(([l, m]) => l === 8 && /no "id"/.test(m)));
    // What can be shown is shown, with safe fallbacks.
    assert.deepStrictEqual(roster.people.map(p => [p.id, p.mode, p.cadenceDays]), [['b', 'peer-learning', undefined], ['c', 'coaching', undefined], ['d', 'coaching', undefined]]);
    assert.strictEqual(roster.people.find(p => p.id === 'd')?.name, 'd');
    assert.strictEqual(roster.writable, false);
    // The column points at the value itself.
    const rel = roster.problems.find(p => /manager/.test(p.message));
    assert.strictEqual(text.split('\n')[rel?.line ?? 0]?.slice(rel?.character, rel?.endCharacter), '"manager"');
  });

  it('reports duplicate ids on the second one and unsafe ids', () => {
    const text = `{"people": [
  {"id": "sam", "name": "Sam", "relationship": "peer"},
  {"id": "sam", "name": "Sam Two", "relationship": "peer"},
  {"id": "../etc", "name": "Evil", "relationship": "peer"}
]}`;
    const roster = parseRoster(text);
    assert.deepStrictEqual(roster.people.map(p => p.name), ['Sam']);
    const dup = roster.problems.find(p => /Duplicate id/.test(p.message));
    assert.strictEqual(dup?.line, 2);
    assert.match(dup?.message ?? '', /line 2 already/);
    const unsafe = roster.problems.find(p => /not a safe id/.test(p.message));
    assert.strictEqual(unsafe?.line, 3);
    assert.match(unsafe?.message ?? '', /Try "etc"/);
  });

  it('gives the line of the first one\'s "id" for a duplicate id in multi-line people', () => {
    const text = `{
  "people": [
    {
      "id": "sam",
      "name": "Sam Lee",
      "relationship": "peer"
    },
    {
      "id": "sam",
      "name": "Sam Two",
      "relationship": "peer"
    }
  ]
}`;
    const dup = parseRoster(text).problems.find(p => /Duplicate id/.test(p.message));
    assert.strictEqual(dup?.line, 8, 'on the second one\'s id');
    assert.match(dup?.message ?? '', /line 4 already uses it for Sam Lee/, 'line 4 holds "id": "sam" (line 3 is only its brace)');
    assert.match(dup?.message ?? '', /for Sam Two/);
  });

  it('names the person in a problem, not only the id', () => {
    const roster = parseRoster(`{"people": [
  {"id": "sam-lee", "name": "Sam Lee", "relationship": "boss"},
  {"id": "ana", "name": "Ana Ruiz", "relationship": "peer", "cadenceDays": "weekly", "archived": "no", "mode": "coaching"},
  {"id": "../x", "name": "Evil Eve", "relationship": "peer"},
  {"name": "No Id", "relationship": "peer"}
]}`);
    const messages = roster.problems.map(p => p.message);
    assert.ok(messages.some(m => /Unknown relationship "boss" for Sam Lee \("sam-lee"\)/.test(m)), messages.join('\n'));
    assert.ok(messages.some(m => /"cadenceDays" of Ana Ruiz \("ana"\)/.test(m)));
    assert.ok(messages.some(m => /"archived" of Ana Ruiz \("ana"\)/.test(m)));
    assert.ok(messages.some(m => /^Ana Ruiz \("ana"\): "coaching" is a mode for a direct-report/.test(m)));
    assert.ok(messages.some(m => /"\.\.\/x" \(the id of Evil Eve\) is not a safe id/.test(m)));
    assert.ok(messages.some(m => /^No Id has no "id"/.test(m)));
  });

  it('shows names without bidirectional controls, and warns about them, naming the person', () => {
    const raw = '\u202Eevil\u202C Sam \u2067Lee\u2069';
    const roster = parseRoster(JSON.stringify({ people: [{ id: 'sam-lee', name: raw, relationship: 'peer' }] }));
    assert.strictEqual(roster.people[0]?.name, 'evil Sam Lee');
    assert.strictEqual(roster.writable, true, 'a warning, not an error: the roster is still written');
    const warning = roster.problems.find(p => p.severity === 'warning');
    assert.ok(warning, JSON.stringify(roster.problems));
    assert.match(warning.message, /evil Sam Lee \("sam-lee"\) has invisible text-direction characters \(U\+202E, U\+202C, U\+2067, U\+2069\)/);
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(warning.message), 'the message itself is clean');
    // An Arabic name keeps its letters; only the controls go.
    const rtl = parseRoster(JSON.stringify({ people: [{ id: 'sara', name: '\u200Fسارة الحداد\u200F', relationship: 'peer' }] }));
    assert.strictEqual(rtl.people[0]?.name, 'سارة الحداد');
  });

  it('reports a root that is not an object, or has no people list', () => {
    assert.match(parseRoster('[]').problems[0]?.message ?? '', /should be an object/);
    assert.match(parseRoster('{}').problems[0]?.message ?? '', /no "people" list/);
    assert.match(parseRoster('{"people": {}}').problems[0]?.message ?? '', /should be a list/);
  });

  it('warns about duplicate keys but still loads', () => {
    const roster = parseRoster('{"people": [{"id": "a", "name": "A", "name": "B", "relationship": "peer"}]}');
    assert.strictEqual(roster.problems[0]?.severity, 'warning');
    assert.strictEqual(roster.writable, true);
    assert.strictEqual(roster.people[0]?.name, 'B');
  });

  it('parses JSON the way JSON.parse does', () => {
    for (const text of ['{"a": "\\u00e9\\n\\"x\\""}', '[1, -2.5e3, true, false, null, {"b": []}]', '"\\ud83d\\ude00"']) {
      const tree = parseJsonTree(text);
      assert.strictEqual(tree.error, undefined, text);
    }
  });
});

describe('people: roster changes', () => {
  it('adds a person after the last one, in the same layout, keeping unknown fields', () => {
    const result = applyRosterChange(GOOD, { kind: 'add', person: { name: 'Zoë O\'Brien', relationship: 'direct-report', cadenceDays: 10 } });
    assert.ok(result.ok);
    assert.strictEqual(result.person.id, 'zoe-o-brien');
    assert.strictEqual(result.person.mode, 'coaching');
    const data = JSON.parse(result.text);
    assert.strictEqual(data.owner, 'me');
    assert.deepStrictEqual(data.people[0].team, 'Payments');
    assert.deepStrictEqual(data.people[1]['x-custom'], { nested: [1, 2, 3] });
    assert.deepStrictEqual(data.people[2], { id: 'zoe-o-brien', name: 'Zoë O\'Brien', relationship: 'direct-report', mode: 'coaching', cadenceDays: 10, archived: false });
    // Everything before the insertion is untouched, byte for byte.
    const edit = minimalEdit(GOOD, result.text);
    assert.ok(edit.length === 0, 'an add only inserts');
    assert.match(result.text, /\n {4}\{\n {6}"id": "zoe-o-brien",/);
  });

  it('gives a new person a unique id', () => {
    const first = applyRosterChange(GOOD, { kind: 'add', person: { name: 'Amara Okafor', relationship: 'peer' } });
    assert.ok(first.ok);
    assert.strictEqual(first.person.id, 'amara-okafor-2');
  });

  it('renames by changing only the name, never the id', () => {
    const result = applyRosterChange(GOOD, { kind: 'update', id: 'amara-okafor', patch: { name: 'Amara Okafor-Bello' } });
    assert.ok(result.ok);
    assert.strictEqual(result.text, GOOD.replace('"name": "Amara Okafor"', '"name": "Amara Okafor-Bello"'));
  });

  it('adds a missing field in the object\'s own layout', () => {
    const result = applyRosterChange(GOOD, { kind: 'update', id: 'kenji-watanabe', patch: { archived: true, cadenceDays: 21 } });
    assert.ok(result.ok);
    assert.match(result.text, /"x-custom": \{ "nested": \[1, 2, 3\] \},\n {6}"archived": true,\n {6}"cadenceDays": 21\n {4}\}/);
    assert.strictEqual(parseRoster(result.text).people[1]?.archived, true);
  });

  it('moves to the default mode of a new relationship', () => {
    const result = applyRosterChange(GOOD, { kind: 'update', id: 'amara-okafor', patch: { relationship: 'peer' } });
    assert.ok(result.ok);
    assert.strictEqual(result.person.mode, 'peer-learning');
  });

  it('creates a roster when there is none, or it is blank', () => {
    for (const current of [undefined, '', '\n  \n']) {
      const result = applyRosterChange(current, { kind: 'add', person: { name: 'Ana', relationship: 'peer', mode: 'mentoring' } });
      assert.ok(result.ok);
      assert.deepStrictEqual(JSON.parse(result.text), { people: [{ id: 'ana', name: 'Ana', relationship: 'peer', mode: 'mentoring', archived: false }] });
    }
  });

  it('refuses to rewrite a roster with errors, and says where', () => {
    const broken = '{\n  "people": [\n    { "id": "a", "name": "A" \n  ]\n}';
    const result = applyRosterChange(broken, { kind: 'add', person: { name: 'B', relationship: 'peer' } });
    assert.ok(!result.ok);
    assert.match(result.reason, /line 4/);
    const invalid = '{"people": [{"id": "a", "name": "A", "relationship": "boss"}]}';
    assert.ok(!applyRosterChange(invalid, { kind: 'update', id: 'a', patch: { name: 'X' } }).ok);
  });

  it('refuses in one sentence that names people.json once and the line to fix', () => {
    for (const [text, line] of [
      ['{\n  "people": [\n    { "id": "a", "name": "A"\n      "relationship": "peer" }\n  ]\n}', 4],
      ['[]', 1],
      ['{"people": [\n{"id": "a", "name": "A", "relationship": "boss"}]}', 2],
    ] as const) {
      const reason = rosterRefusal(parseRoster(text));
      assert.ok(reason);
      assert.strictEqual(reason.split('people.json').length - 1, 1, reason);
      assert.match(reason, new RegExp(`^Fix line ${line} of people.json first`));
    }
    assert.strictEqual(rosterRefusal(parseRoster('')), undefined, 'an empty file is started afresh');
    assert.strictEqual(rosterRefusal(parseRoster('{"people": []}')), undefined);
  });

  it('rejects bad fields and unknown people', () => {
    assert.ok(!applyRosterChange(GOOD, { kind: 'add', person: { name: '  ', relationship: 'peer' } }).ok);
    assert.ok(!applyRosterChange(GOOD, { kind: 'add', person: { name: 'X', relationship: 'peer', mode: 'coaching' } }).ok);
    assert.ok(!applyRosterChange(GOOD, { kind: 'add', person: { name: 'X', relationship: 'peer', cadenceDays: 0 } }).ok);
    assert.ok(!applyRosterChange(GOOD, { kind: 'update', id: 'nobody', patch: { archived: true } }).ok);
  });

  it('applies to what is on disk: two writers lose nothing', () => {
    // Window A and window B both start from GOOD; B writes first; A re-reads and applies on top.
    const b = applyRosterChange(GOOD, { kind: 'add', person: { name: 'From B', relationship: 'peer' } });
    assert.ok(b.ok);
    const a = applyRosterChange(b.text, { kind: 'add', person: { name: 'From A', relationship: 'peer' } });
    assert.ok(a.ok);
    assert.deepStrictEqual(parseRoster(a.text).people.map(p => p.id), ['amara-okafor', 'kenji-watanabe', 'from-b', 'from-a']);
  });

  it('writes names without bidirectional controls on add and on rename', () => {
    const added = applyRosterChange(undefined, { kind: 'add', person: { name: 'Mallory \u202Egnp.exe\u202C', relationship: 'peer' } });
    assert.ok(added.ok);
    assert.strictEqual(added.person.name, 'Mallory gnp.exe');
    assert.strictEqual(JSON.parse(added.text).people[0].name, 'Mallory gnp.exe');
    assert.strictEqual(added.person.id, 'mallory-gnp-exe');
    const renamed = applyRosterChange(added.text, { kind: 'update', id: added.person.id, patch: { name: '\u2066Mal\u2069' } });
    assert.ok(renamed.ok);
    assert.strictEqual(JSON.parse(renamed.text).people[0].name, 'Mal');
    assert.strictEqual(checkPersonFields({ name: '\u202E\u202C ' }), 'A name is required.');
  });

  it('says whether a roster still holds a change (a racing writer may have replaced the file)', () => {
    const added = applyRosterChange(GOOD, { kind: 'add', person: { name: 'Ada', relationship: 'peer' } });
    assert.ok(added.ok);
    const change = { kind: 'add', person: { name: 'Ada', relationship: 'peer' } } as const;
    assert.ok(holdsChange(parseRoster(added.text), change, added.person));
    assert.ok(!holdsChange(parseRoster(GOOD), change, added.person), 'overwritten by a writer that did not have it');
    const other = applyRosterChange(added.text, { kind: 'add', person: { name: 'Bo', relationship: 'peer' } });
    assert.ok(other.ok && holdsChange(parseRoster(other.text), change, added.person), 'a later writer built on ours');
    const edit = { kind: 'update', id: 'amara-okafor', patch: { cadenceDays: 9 } } as const;
    const edited = applyRosterChange(GOOD, edit);
    assert.ok(edited.ok);
    assert.ok(holdsChange(parseRoster(edited.text), edit, edited.person));
    assert.ok(!holdsChange(parseRoster(GOOD), edit, edited.person));
  });

  it('handles compact and empty layouts', () => {
    const compact = applyRosterChange('{"people":[{"id":"a","name":"A","relationship":"peer"}]}', { kind: 'add', person: { name: 'B', relationship: 'peer' } });
    assert.ok(compact.ok);
    assert.deepStrictEqual(parseRoster(compact.text).people.map(p => p.id), ['a', 'b']);
    const empty = applyRosterChange('{\n\t"people": []\n}\n', { kind: 'add', person: { name: 'B', relationship: 'peer' } });
    assert.ok(empty.ok);
    assert.match(empty.text, /^\{\n\t"people": \[\n\t\t\{\n\t\t\t"id": "b"/);
  });
});
