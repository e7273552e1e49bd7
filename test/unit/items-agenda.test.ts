import * as assert from 'assert';
import { openItems } from '../../src/core/carryover';
import { agendaOf } from '../../src/core/items/agenda';
import { questionSet } from '../../src/core/questions';
import { renderNote } from '../../src/core/templates';

const PREVIOUS = '# 1:1\n\n## Action items\n\n- [ ] Amara: draft the RFC\n- [ ] Me: book the room\n';

/** An upcoming note as Start 1:1 writes it, then edited the way a manager prepares one. */
function upcoming(): string {
  const fresh = renderNote({ personId: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', date: '2026-03-16', previous: { fileName: '2026-03-02.md', items: openItems(PREVIOUS) } });
  const set = questionSet('coaching');
  const keep = new Set([set.groups[0]!.questions[0]!.text, set.groups[2]!.questions[0]!.text]);
  const lines = fresh.split('\n').filter(l => !(l.startsWith('- ') && set.groups.some(g => g.questions.some(q => `- ${q.text}` === l)) && ![...keep].some(k => l === `- ${k}`)));
  return lines.join('\n')
    .replace('## Their agenda\n\n- \n', '## Their agenda\n\n- Promotion timeline\n- On-call load\n<!-- private -->\n- (she may raise the reorg: not public yet)\n<!-- /private -->\n\n### My topics\n\n- Conference budget\n')
    .replace(`- ${set.groups[0]!.questions[0]!.text}`, `- ${set.groups[0]!.questions[0]!.text}\n  - She said the launch went well.`)
    .replace('## Notes\n\n', '## Notes\n\nShe was quiet at the start.\n\n## Private\n\nThinking about her for the lead role.\n\n');
}

describe('items: the shareable agenda', () => {
  const note = upcoming();
  const agenda = agendaOf(note);
  const md = agenda.markdown;

  it('keeps the title, the carried items without links, their agenda, my topics and the questions kept', () => {
    const set = questionSet('coaching');
    assert.match(md, /^# 1:1 with Amara Okafor — Monday 16 Mar 2026\n\n## Carried over\n\n- \[ \] Amara: draft the RFC\n- \[ \] Me: book the room\n\n## Their agenda\n\n- Promotion timeline\n- On-call load\n\n### My topics\n\n- Conference budget\n\n## Questions\n/);
    assert.ok(md.includes(`### ${set.groups[0]!.title}\n\n- ${set.groups[0]!.questions[0]!.text}\n`));
    assert.ok(md.includes(`### ${set.groups[2]!.title}\n\n- ${set.groups[2]!.questions[0]!.text}\n`));
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
    assert.ok(!agenda.empty);
  });

  it('leaves out private parts, answers, other sections, the stance and template comments, and says so', () => {
    for (const secret of ['reorg', 'lead role', 'She said the launch', 'quiet at the start', 'Problem to work on', 'Action items', '<!--', 'Formal authority', '2026-03-02.md', '---', 'person:']) {
      assert.ok(!md.includes(secret), secret);
    }
    // Question groups whose questions were all deleted are gone with their headings.
    const set = questionSet('coaching');
    assert.ok(!md.includes(`### ${set.groups[1]!.title}`));
    assert.deepStrictEqual(agenda.leftOut, { privateBlocks: 1, privateSections: ['Private'], sections: ['Problem to work on', 'Notes'], answers: 1, introduction: true });
    assert.strictEqual(agenda.summary, 'Left out: 1 private block; the private section “Private”; 1 line written under questions; the sections “Problem to work on” and “Notes”; the note’s opening lines.');
  });

  it('does not count empty template sections as left out', () => {
    const fresh = renderNote({ personId: 'p', name: 'P', relationship: 'peer', mode: 'peer-learning', date: '2026-03-16' });
    const a = agendaOf(fresh);
    assert.ok(!a.leftOut.sections.includes('Notes'));
    assert.ok(!a.leftOut.sections.includes('Action items'), 'an empty "- [ ] " is nothing');
  });

  it('reads notes not made from the template: agenda headings by their words', () => {
    const fatima = [
      '# 1:1 — Fatima Zahra / Chris',
      '',
      '## Date: 2026-03-18',
      '',
      '### Your agenda (Fatima)',
      '- Promotion packet: what does "strong" look like?',
      '- Prod read access for the disputes DB',
      '',
      '### Manager agenda (Chris)',
      '- Incident review for the webhook outage (6 Mar) — needs an owner',
      '',
      '### Notes',
      '- She wants to lead the incident review.',
      '',
      '### Action items',
      '- [ ] Fatima: incident review, Thu 19 Mar (with Driss)',
    ].join('\n');
    const a = agendaOf(fatima);
    assert.strictEqual(a.markdown, [
      '# 1:1 — Fatima Zahra / Chris',
      '',
      '### Your agenda (Fatima)',
      '',
      '- Promotion packet: what does "strong" look like?',
      '- Prod read access for the disputes DB',
      '',
      '### Manager agenda (Chris)',
      '',
      '- Incident review for the webhook outage (6 Mar) — needs an owner',
      '',
    ].join('\n'));
    assert.deepStrictEqual(a.leftOut.sections, ['Notes', 'Action items']);
    assert.strictEqual(a.summary, 'Left out: the sections “Notes” and “Action items”.');
  });

  it('ends a left-out section at the next heading of its level, even one it does not know', () => {
    const a = agendaOf('# T\n\n## What happened\n\nx\n\n### Detail\n\ny\n\n## Expectations (as agreed)\n\nz\n\n## Their agenda\n\n- a\n');
    assert.deepStrictEqual(a.leftOut.sections, ['What happened', 'Expectations (as agreed)']);
    assert.strictEqual(a.markdown, '# T\n\n## Their agenda\n\n- a\n');
  });

  it('gives an empty agenda for a note with nothing to share, without throwing', () => {
    for (const text of ['', '\u0000\u0001', '## Notes\n\nonly notes\n', '<!-- private -->\n## Their agenda\n- secret\n']) {
      const a = agendaOf(text);
      assert.ok(a.empty, JSON.stringify(text));
      assert.ok(!a.markdown.includes('secret'));
    }
    assert.strictEqual(agendaOf('').summary, 'Nothing was left out.');
  });
});
