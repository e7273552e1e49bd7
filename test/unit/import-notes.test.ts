// Import Notes' plan (src/core/import-notes.ts) on in-memory folders as managers keep them: a flat
// folder, an Obsidian vault with a folder per person, running files with dated headings, notes there
// already, files with no date or no person, and people on the roster under another form of their name.
import * as assert from 'assert';
import { firstDateIn, leadingDate } from '../../src/core/items/due';
import { headingDate, matchPerson, noteWithFrontMatter, personInName, planImport, splitAtDatedHeadings, type ImportPlan, type ImportRequest } from '../../src/core/import-notes';
import { whyNotANote } from '../../src/core/meetings';
import { parseFrontMatter } from '../../src/core/frontmatter';
import type { Person } from '../../src/core/roster';
import type { FileKind } from '../../src/core/workspace';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A folder of files in memory (text, or bytes for an image), listed and read as the host does. */
function folder(files: Record<string, string | Uint8Array>): ImportRequest['sources'] & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async list(path) {
      const prefix = path ? `${path}/` : '';
      const entries = new Map<string, FileKind>();
      for (const key of Object.keys(files)) {
        if (!key.startsWith(prefix)) continue;
        const parts = key.slice(prefix.length).split('/');
        entries.set(parts[0] as string, parts.length > 1 ? 'directory' : 'file');
      }
      return entries.size ? [...entries] : undefined;
    },
    async read(path) {
      reads.push(path);
      const content = files[path];
      if (content === undefined) return { notANote: 'unreadable' };
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      const why = whyNotANote(bytes);
      return why ? { notANote: why } : { text: decoder.decode(bytes) };
    },
  };
}

/** The notes folder: `<id>/<name>` → text. */
function notesFolder(files: Record<string, string> = {}): ImportRequest['target'] {
  return {
    async names(id) {
      return Object.keys(files).filter(k => k.startsWith(`${id}/`)).map(k => k.slice(id.length + 1));
    },
    async read(id, name) {
      return files[`${id}/${name}`];
    },
  };
}

const person = (id: string, name: string, extra: Partial<Person> = {}): Person =>
  ({ id, name, relationship: 'direct-report', mode: 'coaching', cadenceDays: undefined, archived: false, ...extra });

const targets = (plan: ImportPlan) => plan.notes.map(n => `${n.personId}/${n.fileName} ← ${n.source}${n.heading ? ` ${n.heading}` : ''}`);
const body = (content: string) => content.slice(parseFrontMatter(content).bodyOffset);

describe('import notes: dates in names and headings', () => {
  it('reads a whole date with its year at the start of a text, in the forms headings write', () => {
    assert.deepStrictEqual(leadingDate('2025-03-04 (Tue)'), { date: '2025-03-04', length: 10 });
    assert.strictEqual(leadingDate('4 March 2025')?.date, '2025-03-04');
    assert.strictEqual(leadingDate('Mar 4, 2025')?.date, '2025-03-04');
    assert.strictEqual(leadingDate('Tuesday, 4th of March, 2025')?.date, '2025-03-04');
    assert.strictEqual(leadingDate('Tue 4 Mar 2025: career chat')?.date, '2025-03-04');
    assert.strictEqual(leadingDate('May 6, 2025')?.date, '2025-05-06');
    for (const text of ['31 April 2025', '2025-02-30', '4 March', 'Plans for 2025-03-04', 'March 2025', '2025-03-045']) {
      assert.strictEqual(leadingDate(text), undefined, text);
    }
  });

  it('finds the date anywhere in a file name', () => {
    assert.strictEqual(firstDateIn('1-1 Sam Lee 2025-03-04')?.date, '2025-03-04');
    assert.strictEqual(firstDateIn('2025-03-04-sam-lee')?.date, '2025-03-04');
    assert.strictEqual(firstDateIn('Sam Lee - 4 March 2025')?.date, '2025-03-04');
    assert.strictEqual(firstDateIn('Sam Lee'), undefined);
    assert.strictEqual(firstDateIn('v12025-03-04'), undefined);
  });

  it('takes a heading as a meeting\'s when its text starts with the date (after "1:1" or a weekday at most)', () => {
    for (const text of ['2025-03-04', '2025-03-04 (Tue)', '4 March 2025', 'Mar 4, 2025', '1:1 — 2025-03-04', '**2025-03-04**', '2025-03-04 — career chat', 'Tue, Mar 4, 2025']) {
      assert.strictEqual(headingDate(text), '2025-03-04', text);
    }
    for (const text of ['Plans for 2025-03-04', 'Notes', '2025-03-04x', 'Q1 2025', '2025']) {
      assert.strictEqual(headingDate(text), undefined, text);
    }
  });

  it('reads the person in a file or folder name, without the date and the words that say "1:1 notes"', () => {
    const cases: Record<string, string | undefined> = {
      '2025-03-04 Sam Lee.md': 'Sam Lee', 'Sam Lee 2025-03-04.md': 'Sam Lee', '2025-03-04-sam-lee.md': 'Sam Lee',
      '1-1 Sam Lee 2025-03-04.md': 'Sam Lee', 'Sam Lee.md': 'Sam Lee', '1-1 Sam.md': 'Sam', 'sam-lee-1on1.md': 'Sam Lee',
      "Zoë O'Brien 1:1 notes.md": "Zoë O'Brien", '2025-03-04.md': undefined, '1-1 notes.md': undefined, 'People': undefined,
      'one-on-ones': undefined, 'Daily': undefined, 'سارة الحداد.md': 'سارة الحداد',
    };
    for (const [name, expected] of Object.entries(cases)) assert.strictEqual(personInName(name), expected, name);
  });
});

describe('import notes: splitting a running file', () => {
  const running = [
    '# Sam Lee', 'Role: backend. Goal this half: lead the payments migration.', '',
    '## 2025-03-18 (Tue)', 'Talked about the on-call load. We met on 2025-03-01 before, in prose: no split.', '',
    '```md', '## 2025-01-01', 'a heading in a code fence is text', '```', '',
    '### 2025-03-17 prep', 'a dated sub-heading stays in its meeting', '',
    '## 11 March 2025', '- [ ] Sam: draft the RFC', '',
    '## Plans for 2025-04-01', 'a heading with a date later in it is no meeting', '',
    '## Mar 4, 2025', 'First 1:1.', '',
    '## 2025-02-25', '', '',
  ].join('\n');

  it('splits at each dated heading of the top level, and nowhere else', () => {
    const split = splitAtDatedHeadings(running);
    assert.deepStrictEqual(split.sections.map(s => [s.heading, s.date, s.empty]), [
      ['## 2025-03-18 (Tue)', '2025-03-18', false], ['## 11 March 2025', '2025-03-11', false], ['## Mar 4, 2025', '2025-03-04', false], ['## 2025-02-25', '2025-02-25', true],
    ]);
    assert.strictEqual(split.preamble, '# Sam Lee\nRole: backend. Goal this half: lead the payments migration.\n\n');
    assert.ok(split.sections[0]?.text.includes('a heading in a code fence is text') && split.sections[0].text.includes('### 2025-03-17 prep'));
    assert.ok(split.sections[1]?.text.includes('## Plans for 2025-04-01'));
    assert.strictEqual(split.preamble + split.sections.map(s => s.text).join(''), running, 'the parts are the file');
  });

  it('splits a file with Windows line ends, keeping them', () => {
    const split = splitAtDatedHeadings('# Sam\r\n\r\n## 2025-03-04\r\nA.\r\n## Monday, March 10, 2025\r\nB.\r\n');
    assert.deepStrictEqual(split.sections.map(s => [s.heading, s.date, s.text]), [['## 2025-03-04', '2025-03-04', '## 2025-03-04\r\nA.\r\n'], ['## Monday, March 10, 2025', '2025-03-10', '## Monday, March 10, 2025\r\nB.\r\n']]);
    assert.strictEqual(split.preamble, '# Sam\r\n\r\n');
  });

  it('imports one note per meeting, the text above the first on top of the newest, and skips an empty one with why', async () => {
    const plan = await planImport({
      sources: folder({ 'Sam Lee.md': running, '1-1 Jo.md': '### 4 March 2025\nJo\'s first 1:1.\n### 18 March 2025\nSecond.\n' }),
      target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [],
    });
    assert.deepStrictEqual(targets(plan), [
      'jo/2025-03-04.md ← 1-1 Jo.md ### 4 March 2025', 'sam-lee/2025-03-04.md ← Sam Lee.md ## Mar 4, 2025',
      'sam-lee/2025-03-11.md ← Sam Lee.md ## 11 March 2025', 'jo/2025-03-18.md ← 1-1 Jo.md ### 18 March 2025',
      'sam-lee/2025-03-18.md ← Sam Lee.md ## 2025-03-18 (Tue)',
    ]);
    const newest = plan.notes.find(n => n.fileName === '2025-03-18.md' && n.personId === 'sam-lee');
    assert.ok(newest && body(newest.content).startsWith('# Sam Lee\nRole: backend.'), 'the preamble is kept, in the newest note');
    assert.strictEqual(body(plan.notes[1]?.content ?? ''), '## Mar 4, 2025\nFirst 1:1.\n\n');
    assert.deepStrictEqual(plan.unplaced, [{ source: 'Sam Lee.md', heading: '## 2025-02-25', reason: 'nothing written under this heading' }]);
    assert.deepStrictEqual(plan.people.map(p => [p.id, p.name, p.isNew, p.notes]), [['jo', 'Jo', true, 2], ['sam-lee', 'Sam Lee', true, 3]]);
    assert.deepStrictEqual(plan.files, { dated: 0, running: 2, other: 0 });
  });
});

describe('import notes: planning', () => {
  it('a flat folder: names with the date first, last, with hyphens or "1-1"; a file with no date is listed with why', async () => {
    const sources = folder({
      '2025-03-04 Sam Lee.md': '# 1:1\nOn-call.\n',
      'Sam Lee 2025-03-11.md': 'Career.\n',
      '2025-03-18-sam-lee.md': 'Hiring.\n',
      '1-1 Sam Lee 2025-03-25.md': 'Feedback.\n',
      '2025-03-05 Priya Nair.md': 'Peer chat.\n',
      'ideas.md': 'Things to raise some day.\n',
      'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    const plan = await planImport({ sources, target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [] });
    assert.deepStrictEqual(targets(plan), [
      'sam-lee/2025-03-04.md ← 2025-03-04 Sam Lee.md', 'priya-nair/2025-03-05.md ← 2025-03-05 Priya Nair.md', 'sam-lee/2025-03-11.md ← Sam Lee 2025-03-11.md',
      'sam-lee/2025-03-18.md ← 2025-03-18-sam-lee.md', 'sam-lee/2025-03-25.md ← 1-1 Sam Lee 2025-03-25.md',
    ]);
    assert.strictEqual(plan.notes[0]?.content, '---\nperson: sam-lee\ndate: 2025-03-04\nrelationship: direct-report\nmode: coaching\n---\n# 1:1\nOn-call.\n');
    assert.deepStrictEqual(plan.people.map(p => [p.id, p.name, p.isNew, p.notes]), [['priya-nair', 'Priya Nair', true, 1], ['sam-lee', 'Sam Lee', true, 4]]);
    assert.deepStrictEqual(plan.unplaced.map(u => [u.source, u.reason.split(':')[0]]), [['ideas.md', 'no date']]);
    assert.ok(!sources.reads.includes('logo.png'), 'an image in the folder is not read as a note');
    assert.deepStrictEqual(plan.files, { dated: 5, running: 0, other: 1 });
  });

  it('an Obsidian vault with a folder per person: the folder names the person, front matter keys are kept, a daily note has no person', async () => {
    const plan = await planImport({
      sources: folder({
        'People/Sam Lee/2025-03-04.md': 'Sam first.\n',
        'People/Sam Lee/2025-03-11.md': 'Sam second.\n',
        'People/Amara Okafor/2025-03-05.md': '---\ntags: [1on1, team]\nperson: "[[Amara Okafor]]"\nmood: good\n---\nAmara.\n',
        'People/Amara Okafor/Amara Okafor.md': 'A person page: no dates.\n',
        'Daily/2025-03-04.md': 'A daily note.\n',
        'attachments/diagram.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
        '.obsidian/workspace.md': 'hidden',
      }),
      target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [person('amara-okafor', 'Amara Okafor')],
    });
    assert.deepStrictEqual(targets(plan), [
      'sam-lee/2025-03-04.md ← People/Sam Lee/2025-03-04.md', 'amara-okafor/2025-03-05.md ← People/Amara Okafor/2025-03-05.md',
      'sam-lee/2025-03-11.md ← People/Sam Lee/2025-03-11.md',
    ]);
    assert.strictEqual(plan.notes[1]?.content, '---\nperson: amara-okafor\ndate: 2025-03-05\nrelationship: direct-report\nmode: coaching\ntags: [1on1, team]\nmood: good\n---\nAmara.\n');
    assert.deepStrictEqual(plan.people.map(p => [p.id, p.isNew]), [['amara-okafor', false], ['sam-lee', true]]);
    assert.deepStrictEqual(plan.unplaced.map(u => [u.source, u.reason.split(':')[0]]), [['Daily/2025-03-04.md', 'no person'], ['People/Amara Okafor/Amara Okafor.md', 'no date']]);
  });

  it('never takes a name that exists: a note of that day gets -2, two more of one day -2 and -3; a note there already (an import run again) is not written twice', async () => {
    const existing = '---\nperson: sam-lee\ndate: 2025-03-11\nrelationship: direct-report\nmode: coaching\n---\nCareer.\n';
    const plan = await planImport({
      sources: folder({ '2025-03-04 Sam Lee.md': 'Morning.\n', 'Sam Lee 2025-03-04.md': 'Afternoon.\n', '2025-03-11 Sam Lee.md': 'Career.\n' }),
      target: notesFolder({ 'sam-lee/2025-03-04.md': 'Written in the extension.\n', 'sam-lee/2025-03-11.md': existing }),
      picked: [{ path: '', kind: 'directory' }], people: [person('sam-lee', 'Sam Lee')],
    });
    assert.deepStrictEqual(targets(plan), ['sam-lee/2025-03-04-2.md ← 2025-03-04 Sam Lee.md', 'sam-lee/2025-03-04-3.md ← Sam Lee 2025-03-04.md']);
    assert.deepStrictEqual(plan.alreadyThere.map(a => [a.source, a.existing]), [['2025-03-11 Sam Lee.md', '2025-03-11.md']]);
  });

  it('matches people on the roster under another form of their name; two as close is ambiguous, not a guess', async () => {
    const people = [person('mateo-fernandez', 'Mateo Fernández'), person('sam-lee', 'Sam Lee'), person('sam-park', 'Sam Park'), person('kenji', 'Kenji Watanabe', { relationship: 'peer', mode: 'peer-learning' })];
    assert.deepStrictEqual(['mateo fernandez', 'Fernández Mateo', 'Mateo', 'mateo-fernandes', 'MATEO FERNANDEZ'].map(n => {
      const m = matchPerson(n, people);
      return m.kind === 'person' ? m.person.id : m.kind;
    }), ['mateo-fernandez', 'mateo-fernandez', 'mateo-fernandez', 'mateo-fernandez', 'mateo-fernandez']);
    const plan = await planImport({
      sources: folder({ '2025-03-04 mateo fernandez.md': 'A.\n', '1-1 Mateo.md': '## 2025-03-11\nB.\n', 'Sam 2025-03-04.md': 'Which Sam?\n', 'Kenji 2025-03-06.md': '---\nmode: mentoring\n---\nC.\n' }),
      target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people,
    });
    assert.deepStrictEqual(targets(plan), ['mateo-fernandez/2025-03-04.md ← 2025-03-04 mateo fernandez.md', 'kenji/2025-03-06.md ← Kenji 2025-03-06.md', 'mateo-fernandez/2025-03-11.md ← 1-1 Mateo.md ## 2025-03-11']);
    assert.deepStrictEqual(plan.people.map(p => [p.id, p.isNew, p.writtenAs]), [['kenji', false, ['Kenji']], ['mateo-fernandez', false, ['Mateo', 'Mateo Fernandez']]]);
    assert.match(plan.unplaced[0]?.reason ?? '', /"Sam" could be Sam Lee or Sam Park/);
    assert.match(plan.notes[1]?.content ?? '', /relationship: peer\nmode: mentoring\n/, 'a mode of the relationship written in the source is kept');
  });

  it('one new person for "Sam" and "Sam Lee" in one import', async () => {
    const plan = await planImport({
      sources: folder({ '1-1 Sam.md': '## 2025-03-04\nA.\n', '2025-03-11 Sam Lee.md': 'B.\n' }),
      target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [person('kenji', 'Kenji Watanabe')],
    });
    assert.deepStrictEqual(plan.people.map(p => [p.id, p.name, p.isNew, p.notes]), [['sam-lee', 'Sam Lee', true, 2]]);
  });

  it('reads the files picked, and not the notes folder inside the folder picked; a binary or empty file is listed with why', async () => {
    const sources = folder({
      'old/2025-03-04 Sam Lee.md': 'A.\n', 'old/2025-03-05 Sam Lee.md': new Uint8Array([0, 1, 2, 3, 0xff]), 'old/2025-03-06 Sam Lee.md': '   \n',
      'old/notes.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]), 'one-on-ones/sam-lee/2025-01-01.md': 'ours',
    });
    const plan = await planImport({
      sources, target: notesFolder(), people: [], skipFolders: ['one-on-ones'],
      picked: [{ path: 'old/2025-03-04 Sam Lee.md', kind: 'file' }, { path: 'old/2025-03-05 Sam Lee.md', kind: 'file' }, { path: 'old/2025-03-06 Sam Lee.md', kind: 'file' }, { path: 'old/notes.pdf', kind: 'file' }],
    });
    assert.deepStrictEqual(targets(plan), ['sam-lee/2025-03-04.md ← old/2025-03-04 Sam Lee.md']);
    assert.deepStrictEqual(plan.unplaced.map(u => [u.source, u.reason]), [
      ['old/2025-03-05 Sam Lee.md', 'binary file'], ['old/2025-03-06 Sam Lee.md', 'empty file'], ['old/notes.pdf', 'not a markdown file'],
    ]);
    const whole = await planImport({ sources, target: notesFolder(), people: [], skipFolders: ['one-on-ones'], picked: [{ path: '', kind: 'directory' }] });
    assert.ok(!whole.notes.some(n => n.source.startsWith('one-on-ones/')), 'the notes folder is not imported into itself');
  });

  it('reads a folder of many notes a few at a time, each once, and plans every one', async () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 28; day++) for (const who of ['Sam Lee', 'Jo Park']) files[`2025-02-${String(day).padStart(2, '0')} ${who}.md`] = `${who} on day ${day}.\n`;
    const sources = folder(files);
    const plan = await planImport({ sources, target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [] });
    assert.strictEqual(plan.notes.length, 56);
    assert.strictEqual(sources.reads.length, 56);
    assert.strictEqual(new Set(sources.reads).size, 56);
    assert.ok(plan.notes.every(n => n.content.endsWith(`${n.personId === 'sam-lee' ? 'Sam Lee' : 'Jo Park'} on day ${Number(n.date.slice(8))}.\n`)), 'each note has its own text');
  });

  it('a note dated in its front matter is one note, even with a dated heading in it', async () => {
    const plan = await planImport({
      sources: folder({ 'Sam Lee.md': '---\ndate: 2025-03-04\n---\n## 2025-03-11 follow-up\nPlanned.\n', 'Jo.md': '---\ndate: 2025-03-04\n---\n## 2025-03-04\nA.\n## 2025-03-11\nB.\n' }),
      target: notesFolder(), picked: [{ path: '', kind: 'directory' }], people: [],
    });
    assert.deepStrictEqual(targets(plan), ['jo/2025-03-04.md ← Jo.md ## 2025-03-04', 'sam-lee/2025-03-04.md ← Sam Lee.md', 'jo/2025-03-11.md ← Jo.md ## 2025-03-11']);
  });

  it('a folder picked that is a person\'s: its dated files are theirs', async () => {
    const plan = await planImport({ sources: folder({ '2025-03-04.md': 'A.\n' }), target: notesFolder(), people: [], baseName: 'Sam Lee', picked: [{ path: '', kind: 'directory' }] });
    assert.deepStrictEqual(targets(plan), ['sam-lee/2025-03-04.md ← 2025-03-04.md']);
  });

  it('front matter: ours on top, the source\'s other keys kept as written, its person/date replaced', () => {
    const source = '---\nperson: "[[Sam Lee]]"\ndate: 2025-03-04\naliases:\n  - sam\ntags: [x]\n---\nBody **unchanged**.\n';
    assert.strictEqual(noteWithFrontMatter(person('sam-lee', 'Sam Lee'), '2025-03-04', source, 'Body **unchanged**.\n'),
      '---\nperson: sam-lee\ndate: 2025-03-04\nrelationship: direct-report\nmode: coaching\naliases:\n  - sam\ntags: [x]\n---\nBody **unchanged**.\n');
  });
});
