import * as assert from 'node:assert/strict';
import { lintMarkdown } from '../../src/core/lint/engine';
import { NoteContexts, resolveNoteContext } from '../../src/core/note-context';
import { decideMode, frontMatterMode } from '../../src/core/note-mode';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { planRosterChange } from '../../src/core/roster-change';
import { markdownFilesUnder, normalizeRelativePath, segmentsBelow } from '../../src/core/workspace';
import { InMemoryWorkspace } from './helpers/in-memory-workspace';

const ROSTER = JSON.stringify({ people: [
  { id: 'ana', name: 'Ana', relationship: 'direct-report', mode: 'co-learning' },
  { id: 'ben', name: 'Ben', relationship: 'peer' },
  { id: 'cy', name: 'Cy', relationship: 'direct-report' },
  { id: 'dee', name: 'Dee', relationship: 'peer', mode: 'mentoring' },
] }, null, 2);

const TELLING = 'You should refactor the importer.\n';

function workspace(extra: Record<string, string> = {}): { ws: InMemoryWorkspace; contexts: NoteContexts } {
  const ws = new InMemoryWorkspace({ 'one-on-ones/people.json': ROSTER, ...extra });
  return { ws, contexts: new NoteContexts(ws, ws) };
}

describe('note context: whose note, which mode, which settings', () => {
  it('finds the person from the folder under the notes folder, and their roster mode', async () => {
    const { ws, contexts } = workspace();
    const ana = await contexts.contextOf(ws.at('one-on-ones/ana/2026-01-10.md'), { text: TELLING });
    assert.equal(ana.personId, 'ana');
    assert.equal(ana.person?.name, 'Ana');
    assert.deepEqual([ana.relationship, ana.mode, ana.modeSource], ['direct-report', 'co-learning', 'roster']);
    const deeper = await contexts.contextOf(ws.at('one-on-ones/ana/drafts/x.md'), { text: '' });
    assert.equal(deeper.person?.id, 'ana');
  });

  it('weighs a peer without a mode in people.json as learning among peers, and a direct report as coaching', async () => {
    const { ws, contexts } = workspace();
    const ben = await contexts.contextOf(ws.at('one-on-ones/ben/2026-01-10.md'), { text: TELLING });
    assert.deepEqual([ben.relationship, ben.mode, ben.modeSource], ['peer', 'peer-learning', 'roster']);
    const [finding] = lintMarkdown(TELLING, ben.lintOptions).findings;
    assert.equal(finding?.severity, 'hint');
    assert.match(finding?.message ?? '', /Learning with a peer as equals/);
    const cy = await contexts.contextOf(ws.at('one-on-ones/cy/2026-01-10.md'), { text: TELLING });
    assert.deepEqual([cy.relationship, cy.mode], ['direct-report', 'coaching']);
  });

  it('lets the front matter win over the roster, and an explicit mode over both', async () => {
    const { ws, contexts } = workspace();
    const text = `---\nmode: mentoring\n---\n${TELLING}`;
    const declared = await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text });
    assert.deepEqual([declared.mode, declared.modeSource, declared.relationship], ['mentoring', 'front-matter', 'direct-report']);
    const explicit = await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text, mode: 'peer-learning' });
    assert.deepEqual([explicit.mode, explicit.modeSource], ['peer-learning', 'explicit']);
  });

  it('reads the front matter from the file when no text is given', async () => {
    const { ws, contexts } = workspace({ 'one-on-ones/ana/n.md': '---\nmode: coaching\n---\n' });
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/ana/n.md'))).modeSource, 'front-matter');
  });

  it('falls back to lint.defaultMode for a person missing from the roster', async () => {
    const { ws, contexts } = workspace();
    const ghost = await contexts.contextOf(ws.at('one-on-ones/ghost/n.md'), { text: TELLING });
    assert.deepEqual([ghost.personId, ghost.person, ghost.mode, ghost.modeSource], ['ghost', undefined, 'coaching', 'default']);
    ws.set('lint.defaultMode', 'mentoring');
    contexts.invalidateSettings();
    const after = await contexts.contextOf(ws.at('one-on-ones/ghost/n.md'), { text: TELLING });
    assert.deepEqual([after.mode, after.relationship], ['mentoring', 'peer']);
  });

  it('gives a note outside the notes folder no person and reads no roster for it', async () => {
    const { ws, contexts } = workspace();
    for (const path of ['elsewhere/ana/n.md', 'one-on-ones-old/ana/n.md', 'one-on-ones/readme.md']) {
      const context = await contexts.contextOf(ws.at(path), { text: TELLING });
      assert.equal(context.person, undefined, path);
      assert.equal(context.modeSource, 'default', path);
    }
    assert.equal(ws.readCount('one-on-ones/people.json'), 0);
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/readme.md'), { text: '' })).inNotesFolder, true);
    assert.equal((await contexts.contextOf(ws.at('elsewhere/n.md'), { text: '' })).inNotesFolder, false);
    const outside = await contexts.contextOf(undefined, { text: `---\nmode: mentoring\n---\n` });
    assert.deepEqual([outside.inNotesFolder, outside.person, outside.mode], [false, undefined, 'mentoring']);
  });

  it('follows learningLeader.notesFolder', async () => {
    const { ws, contexts } = workspace({ 'team/1on1/people.json': JSON.stringify({ people: [{ id: 'eve', name: 'Eve', relationship: 'peer', mode: 'mentoring' }] }) });
    ws.set('notesFolder', 'team/1on1');
    assert.equal((await contexts.contextOf(ws.at('team/1on1/eve/n.md'), { text: '' })).mode, 'mentoring');
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text: '' })).person, undefined);
  });

  it('matches a folder named with other case to its person', async () => {
    const { ws, contexts } = workspace();
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/Ana/n.md'), { text: '' })).person?.id, 'ana');
  });

  it('carries the checked settings into the lint options', async () => {
    const { ws, contexts } = workspace();
    ws.set('lint.rules', { 'you-modal': 'warn', imperative: 'off' });
    ws.set('lint.allowPhrases', ['refactor the importer']);
    const context = await contexts.contextOf(ws.at('one-on-ones/cy/n.md'), { text: TELLING });
    assert.deepEqual(context.lintOptions.ruleSeverity, { imperative: 'off' });
    assert.deepEqual(context.lintOptions.allowPhrases, ['refactor the importer']);
    assert.equal(context.lintOptions.mode, 'coaching');
    assert.equal(contexts.settings(ws.root).problems.length, 1);
    assert.equal(lintMarkdown(TELLING, context.lintOptions).findings.length, 0);
  });

  it('reads each roster once until invalidated, and parses a re-read only when its text changed', async () => {
    const { ws, contexts } = workspace();
    for (const id of ['ana', 'ben', 'cy', 'dee', 'ana']) await contexts.contextOf(ws.at(`one-on-ones/${id}/n.md`), { text: '' });
    assert.equal(ws.readCount('one-on-ones/people.json'), 1);
    assert.deepEqual(contexts.stats, { rosterReads: 1, rosterParses: 1 });
    contexts.invalidateRoster(ws.root);
    await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text: '' });
    assert.deepEqual(contexts.stats, { rosterReads: 2, rosterParses: 1 }, 'same text: the parse is reused');
    ws.write('one-on-ones/people.json', ROSTER.replace('"co-learning"', '"coaching"'));
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text: '' })).mode, 'co-learning', 'cached until invalidated');
    contexts.invalidateRoster();
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/ana/n.md'), { text: '' })).mode, 'coaching');
    assert.deepEqual(contexts.stats, { rosterReads: 3, rosterParses: 2 });
  });

  it('keeps the parse of a planned change, so the re-read after the write does not parse again', async () => {
    const { ws, contexts } = workspace();
    const before = await contexts.roster(ws.root);
    const change = planRosterChange(contexts, ws.root, before.text, { kind: 'update', id: 'ben', patch: { mode: 'mentoring' } });
    assert.ok(change.ok);
    assert.deepEqual(contexts.stats, { rosterReads: 1, rosterParses: 2 }, 'the old text is not parsed again; the new one once');
    ws.write('one-on-ones/people.json', change.text);
    contexts.invalidateRoster(ws.root);
    assert.equal((await contexts.contextOf(ws.at('one-on-ones/ben/n.md'), { text: '' })).mode, 'mentoring');
    assert.deepEqual(contexts.stats, { rosterReads: 2, rosterParses: 2 });
  });

  it('refuses to change a broken roster', async () => {
    const { ws, contexts } = workspace({ 'one-on-ones/people.json': '{ "people": [ ' });
    const snapshot = await contexts.roster(ws.root);
    assert.equal(snapshot.roster.writable, false);
    const change = planRosterChange(contexts, ws.root, snapshot.text, { kind: 'add', person: { name: 'Zed', relationship: 'peer' } });
    assert.equal(change.ok, false);
  });

  it('answers synchronously from the roster as last loaded', async () => {
    const { ws, contexts } = workspace();
    assert.equal(contexts.contextNow(ws.at('one-on-ones/ana/n.md'), { text: '' }).person, undefined, 'nothing loaded yet');
    await contexts.roster(ws.root);
    assert.equal(contexts.contextNow(ws.at('one-on-ones/ana/n.md'), { text: '' }).mode, 'co-learning');
  });

  it('decides through the one pure function', () => {
    const context = resolveNoteContext({ location: { root: 'r', path: 'one-on-ones/x/n.md' }, settings: DEFAULT_SETTINGS, roster: undefined, text: '' });
    assert.deepEqual([context.personId, context.mode, context.modeSource], ['x', 'coaching', 'default']);
    assert.deepEqual(decideMode({ text: '---\nmode: mentoring\n---\n', rosterMode: 'coaching' }), { mode: 'mentoring', source: 'front-matter' });
    assert.deepEqual(decideMode({ rosterMode: 'co-learning', defaultMode: 'mentoring' }), { mode: 'co-learning', source: 'roster' });
    assert.deepEqual(decideMode({}), { mode: 'coaching', source: 'default' });
  });
});

describe('note context: the front matter mode', () => {
  it('reads mode from the front matter', () => {
    assert.equal(frontMatterMode('---\nperson: ana\nmode: mentoring\n---\n# 1:1\n'), 'mentoring');
    assert.equal(frontMatterMode('---\r\nmode: "co-learning"\r\n---\r\n'), 'co-learning');
    assert.equal(frontMatterMode("\uFEFF---\nmode: 'peer-learning' # set by hand\n---\n"), 'peer-learning');
  });

  it('ignores a missing, unknown or misplaced mode', () => {
    assert.equal(frontMatterMode('# 1:1\nmode: coaching\n'), undefined);
    assert.equal(frontMatterMode('---\nmode: bossing\n---\n'), undefined);
    assert.equal(frontMatterMode('---\nperson: ana\n---\nmode: coaching\n'), undefined);
    assert.equal(frontMatterMode('---\nmodes: coaching\n---\n'), undefined);
    assert.equal(frontMatterMode(''), undefined);
  });
});

describe('workspace locations', () => {
  it('normalizes relative paths and refuses ones that leave the folder', () => {
    assert.equal(normalizeRelativePath('a\\b//./c/'), 'a/b/c');
    assert.equal(normalizeRelativePath('../a'), undefined);
    assert.equal(normalizeRelativePath('/a'), undefined);
    assert.equal(normalizeRelativePath('D:/a'), undefined);
  });

  it('finds the segments below a folder', () => {
    assert.deepEqual(segmentsBelow('one-on-ones/ana/n.md', 'one-on-ones'), ['ana', 'n.md']);
    assert.deepEqual(segmentsBelow('one-on-ones', 'one-on-ones'), []);
    assert.equal(segmentsBelow('one-on-ones-old/ana/n.md', 'one-on-ones'), undefined);
    assert.deepEqual(segmentsBelow('a/b', ''), ['a', 'b']);
  });

  it('lists markdown files under a folder, skipping hidden ones', async () => {
    const ws = new InMemoryWorkspace({ 'n/a/1.md': '', 'n/a/x.txt': '', 'n/.hidden/2.md': '', 'n/b/c/3.markdown': '', 'n/people.json': '' });
    const found = await markdownFilesUnder(ws, ws.at('n'));
    assert.deepEqual(found.map(l => l.path), ['n/a/1.md', 'n/b/c/3.markdown']);
    assert.equal((await markdownFilesUnder(ws, ws.at('n'), { limit: 1 })).length, 1);
  });
});
