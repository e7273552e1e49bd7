// Folders under the notes root that belong to no one in people.json (src/core/person-folders.ts): the
// People view lists them, Open items marks their group, Open Latest Note and the CLI say where a
// person's notes went when their folder was renamed by hand.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { folderCloseness, folderOfNotes, foldersWithoutPerson, personOfFolder, type NotesFolder } from '../../src/core/person-folders';
import { runCli as run } from './helpers/run-cli';

const leila = { id: 'leila-haddad', name: 'Leila Haddad' };
const jonas = { id: 'jonas-becker', name: 'Jonas Becker' };
const joao = { id: 'joao-silva', name: 'João Silva' };
const roster = [leila, jonas, joao];

describe('people: folders with no person', () => {
  it('are the folders with notes that no id names; an id in another case is that person\'s', () => {
    const folders: NotesFolder[] = [
      { name: 'leila', notes: 9 }, { name: 'jonas-becker', notes: 4 }, { name: 'Joao-Silva', notes: 2 },
      { name: 'attachments', notes: 0 }, { name: 'visitor-2025', notes: 3 },
    ];
    assert.deepStrictEqual(foldersWithoutPerson(folders, roster).map(f => f.name), ['leila', 'visitor-2025']);
    assert.deepStrictEqual(foldersWithoutPerson([], roster), []);
  });

  it('closeness: the same name written otherwise, part of the name, a slip of spelling', () => {
    assert.strictEqual(folderCloseness('Leila_Haddad', leila), 3);
    assert.strictEqual(folderCloseness('joão-silva', joao), 3, 'accents aside');
    assert.strictEqual(folderCloseness('leila', leila), 2);
    assert.strictEqual(folderCloseness('haddad', leila), 2);
    assert.strictEqual(folderCloseness('leila-haddad-old', leila), 2);
    assert.strictEqual(folderCloseness('leila-hadad', leila), 1);
    assert.strictEqual(folderCloseness('visitor-2025', leila), 0);
    assert.strictEqual(folderCloseness('jonas', leila), 0);
  });

  it('a person with no notes is pointed to the folder that looks like theirs, when it is clear', () => {
    const unclaimed: NotesFolder[] = [{ name: 'leila', notes: 9 }, { name: 'visitor-2025', notes: 3 }];
    assert.deepStrictEqual(folderOfNotes(leila, unclaimed, [leila]), { name: 'leila', notes: 9 });
    assert.strictEqual(folderOfNotes(jonas, unclaimed, [jonas]), undefined);
    // Two people without notes called Leila: no guess.
    const leilaB = { id: 'leila-berg', name: 'Leila Berg' };
    assert.strictEqual(folderOfNotes(leila, unclaimed, [leila, leilaB]), undefined);
    // Two folders as close: no guess; a closer one wins.
    assert.strictEqual(folderOfNotes(leila, [{ name: 'leila', notes: 2 }, { name: 'haddad', notes: 5 }], [leila]), undefined);
    assert.deepStrictEqual(folderOfNotes(leila, [{ name: 'leila', notes: 2 }, { name: 'Leila-Haddad', notes: 5 }], [leila]), { name: 'Leila-Haddad', notes: 5 });
    // A folder without notes holds none of theirs.
    assert.strictEqual(folderOfNotes(leila, [{ name: 'leila', notes: 0 }], [leila]), undefined);
  });

  it('and a folder with no person names its likely owner the same way', () => {
    assert.deepStrictEqual(personOfFolder({ name: 'leila', notes: 9 }, [leila, jonas]), leila);
    assert.strictEqual(personOfFolder({ name: 'visitor-2025', notes: 3 }, [leila, jonas]), undefined);
  });
});

describe('learning-leader items: folders with no person', () => {
  let dir: string;
  const write = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-folders-'));
    write('notes/people.json', JSON.stringify({ people: [{ id: 'leila-haddad', name: 'Leila Haddad', relationship: 'direct-report' }, { id: 'jonas-becker', name: 'Jonas Becker', relationship: 'peer' }] }));
    write('notes/leila/2026-11-10.md', '- [ ] Leila: draft the guild charter\n');
    write('notes/leila/2026-11-24.md', '# 1:1\n');
    write('notes/jonas-becker/2026-11-12.md', '- [ ] Me: book the room\n');
    write('notes/visitor-2025/2026-10-01.md', '- [ ] send the slides\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says where a person\'s notes went and which folders are no one\'s, and still lists their items', async () => {
    const r = await run(['items', '--format', 'json', 'notes'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /no notes in notes\/leila-haddad\/ for Leila Haddad; notes\/leila\/ has 2 notes: rename it back, or change their id in people\.json/);
    assert.match(r.err, /notes\/visitor-2025\/ holds 1 note but no one in people\.json has this folder/);
    assert.doesNotMatch(r.err, /notes\/leila\/ holds/, 'one line per folder');
    assert.deepStrictEqual((JSON.parse(r.out) as { person: string }[]).map(i => i.person).sort(), ['jonas-becker', 'leila', 'visitor-2025']);
  });

  it('--person with their id: the error says where their notes are', async () => {
    const r = await run(['items', '--person', 'leila-haddad', 'notes'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /no folder for "leila-haddad" in notes: no notes in notes\/leila-haddad\/ for Leila Haddad; notes\/leila\/ has 2 notes/);
  });
});
