import * as assert from 'assert';
import { openItems } from '../../src/core/carryover';
import { findQuestions } from '../../src/core/insights/find';
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
    assert.strictEqual(agenda.summary, 'Left out: 1 private block; the private section “Private”; 1 answer written under or after a question; the sections “Problem to work on” and “Notes”; the note’s opening lines.');
  });

  it('says what went in: carried items, their agenda, talking points and questions, counted', () => {
    assert.deepStrictEqual(agenda.kept, { carried: 2, theirs: 2, mine: 1, shared: 0, questions: 2 });
    assert.strictEqual(agenda.contents, '2 carried-over items, 2 items from their agenda, 1 talking point and 2 questions');
  });

  it('leaves out an answer written on the question\'s line, however it is set off, and counts it', () => {
    const q = 'What is one thing I do that makes your work harder?';
    const note = [
      '# 1:1 with Jonas', '', '## Questions', '',
      `- ${q} Late requirement changes from me`,
      '- How is the team doing? - fine, mostly',
      '- What would help?: more focus time',
      '- What would help most? — a quiet week',
      '- **What went well?** The demo <!-- ask first -->',
      '- Any blockers? 👍',
      '- What is on your mind? <!-- ask last -->',
      '',
    ].join('\n');
    const a = agendaOf(note);
    assert.strictEqual(a.markdown, [
      '# 1:1 with Jonas', '', '## Questions', '',
      `- ${q}`,
      '- How is the team doing?',
      '- What would help?',
      '- What would help most?',
      '- **What went well?**',
      '- Any blockers?',
      '- What is on your mind?',
      '',
    ].join('\n'));
    for (const answer of ['Late requirement', 'fine', 'focus time', 'quiet week', 'demo', '👍']) assert.ok(!a.markdown.includes(answer), answer);
    assert.strictEqual(a.leftOut.answers, 6);
    assert.strictEqual(a.summary, 'Left out: 6 answers written under or after questions.');
    assert.strictEqual(a.kept.questions, 7);
  });

  it('keeps a second question on the same line; what follows it, or a question set off as an answer, is left out', () => {
    const a = agendaOf([
      '## Questions', '',
      '- What went well? What did not?',
      '- Is it the tests? Or the deploy? The deploy, mostly.',
      '- What worries you? Nothing. Why do you ask?',
      '- What worries you most? — Will I lose my team?',
      '- What did you think of the “Why now?” talk?',
      '- Walk me through the outage. It was the database.',
      '- Walk me through the launch. Fine, was it the DB?',
      '- Blockers? none, why do you ask?',
      '- Career goals',
      '',
    ].join('\n'));
    assert.strictEqual(a.markdown, [
      '## Questions', '',
      '- What went well? What did not?',
      '- Is it the tests? Or the deploy?',
      '- What worries you?',
      '- What worries you most?',
      '- What did you think of the “Why now?” talk?',
      '- Walk me through the outage.',
      '- Walk me through the launch.',
      '- Blockers?',
      '- Career goals',
      '',
    ].join('\n'));
    assert.strictEqual(a.leftOut.answers, 6);
  });

  it('counts an answer once, whether it is on the question\'s line, under it, or both', () => {
    const a = agendaOf('## Questions\n\n- What is on your mind? The reorg.\n  - And the offsite.\n  More.\n- Any blockers?\n  - none\n- Anything else?\n');
    assert.strictEqual(a.markdown, '## Questions\n\n- What is on your mind?\n- Any blockers?\n- Anything else?\n');
    assert.strictEqual(a.leftOut.answers, 2);
    assert.strictEqual(a.summary, 'Left out: 2 answers written under or after questions.');
    assert.strictEqual(agendaOf('## Questions\n\n- Any blockers? none\n').summary, 'Left out: 1 answer written under or after a question.');
  });

  it('agrees with the status bar: a template question counts as asked exactly when the agenda leaves an answer out', () => {
    const set = questionSet('coaching');
    const q = set.groups[0]!.questions[0]!.text;
    const base = renderNote({ personId: 'p', name: 'P', relationship: 'direct-report', mode: 'coaching', date: '2026-03-16' });
    for (const after of ['', ' The reorg', ' - fine', ': more time', ' What else?', ' What else? The rota', ' <!-- later -->', ' Nothing. Why?']) {
      const note = base.replace(`- ${q}`, `- ${q}${after}`);
      const asked = findQuestions(note).some(f => f.asked && f.text.startsWith(q));
      const a = agendaOf(note);
      assert.strictEqual(a.leftOut.answers > 0, asked, JSON.stringify(after));
    }
  });

  it('counts each kind of agenda section by whose it is; entries are top-level items and paragraphs', () => {
    const a = agendaOf([
      '# T', '',
      '## Carried over', '', '- [ ] Me: book the room', '  - sub note', '- [ ] Sam: send the RFC', '',
      '## Your agenda (Sam)', '', '- Promotion', '  - the packet', '- On-call', '',
      '## Manager agenda (Chris)', '', 'He needs to be more proactive in standups.', 'Still the same paragraph.', '', 'A second paragraph.', '',
      '## Topics', '', '- Offsite', '',
      '## Talking points', '', '1. Budget', '',
    ].join('\n'));
    assert.deepStrictEqual(a.kept, { carried: 2, theirs: 2, mine: 3, shared: 1, questions: 0 });
    assert.strictEqual(a.contents, '2 carried-over items, 2 items from their agenda, 1 agenda item and 3 talking points');
  });

  it('says what went in and what was left out in the language given', () => {
    const upper = { t: (m: string, ...args: (string | number | boolean)[]) => `[${m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]))}]` };
    const a = agendaOf('## Their agenda\n\n- a\n\n## Questions\n\n- Why? because\n\n## Notes\n\nx\n', upper);
    assert.strictEqual(a.contents, '[[1 item from their agenda] and [1 question]]');
    assert.strictEqual(a.summary, '[Left out: [1 answer written under or after a question]; [the section “Notes”].]');
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

describe('items: the agenda notice counts what went to the clipboard', () => {
  /** Top-level list items of the shared markdown, by the `##` section they are in (its `###` groups included). */
  function itemsIn(markdown: string): Record<string, number> {
    const out: Record<string, number> = {};
    let section = '';
    for (const line of markdown.split('\n')) {
      const h2 = /^## (.+)$/.exec(line);
      if (h2) section = h2[1]!;
      else if (/^[-*+] /.test(line)) out[section] = (out[section] ?? 0) + 1;
    }
    return out;
  }
  const fresh = () => renderNote({ personId: 'dana', name: 'Dana Kim', relationship: 'direct-report', mode: 'coaching', date: '2026-11-20' });
  const total = questionSet('coaching').groups.reduce((n, g) => n + g.questions.length, 0);

  it('the question group about their agenda (under Questions) is questions, not items from their agenda; its answers stay out', () => {
    const note = fresh()
      .replace('## Their agenda\n\n- \n', '## Their agenda\n\n- Promo timeline\n- On-call load\n')
      .replace('- What would make this time most useful for you?', '- What would make this time most useful for you?\n  - talk about the promo case');
    const a = agendaOf(note);
    assert.deepStrictEqual(itemsIn(a.markdown), { 'Their agenda': 2, Questions: total });
    assert.deepStrictEqual(a.kept, { carried: 0, theirs: 2, mine: 0, shared: 0, questions: total });
    assert.strictEqual(a.contents, `2 items from their agenda and ${total} questions`);
    assert.ok(!a.markdown.includes('promo case'), 'the answer under the group\'s question stays out');
    assert.strictEqual(a.leftOut.answers, 1);
  });

  it('with an empty agenda: no items from their agenda', () => {
    const a = agendaOf(fresh());
    assert.deepStrictEqual(itemsIn(a.markdown), { Questions: total });
    assert.strictEqual(a.contents, `${total} questions`);
  });

  it('a note written before the group was renamed ("### Their agenda" under Questions) reads the same', () => {
    const now = fresh().replace('## Their agenda\n\n- \n', '## Their agenda\n\n- Promo timeline\n');
    assert.ok(now.includes('### About their agenda\n'));
    const before = now.replace('### About their agenda\n', '### Their agenda\n');
    const a = agendaOf(before);
    assert.deepStrictEqual(a.kept, agendaOf(now).kept);
    assert.deepStrictEqual(itemsIn(a.markdown), { 'Their agenda': 1, Questions: total });
    // A question set pasted under its own title ("## Coaching a direct report") is left out whole, its group with it.
    const pasted = agendaOf('# 1:1\n\n## Coaching a direct report\n\n### Their agenda\n\n- What would make this time most useful for you?\n');
    assert.strictEqual(pasted.kept.theirs, 0);
  });

  it('on every kind of note here, the counts are the items of the markdown that went out', () => {
    const notes = [
      upcoming(),
      fresh(),
      fresh().replace('## My talking points\n\n<!--', '## My talking points\n\n- The on-call rota\n- Conference budget\n\n<!--'),
      '# 1:1\n\n## Carried over\n\n- [ ] Sam: send the deck\n\n## Agenda\n\n- Hiring\n\n## Questions\n\n- Any blockers?\n  - none\n\n### Their agenda\n\n- What should we cover?\n',
    ];
    for (const note of notes) {
      const a = agendaOf(note);
      const items = itemsIn(a.markdown);
      const k = a.kept;
      const bySection = (title: string) => items[title] ?? 0;
      assert.strictEqual(k.questions, bySection('Questions'), a.markdown);
      assert.strictEqual(k.carried, bySection('Carried over'), a.markdown);
      assert.strictEqual(k.theirs + k.mine + k.shared, Object.values(items).reduce((n, x) => n + x, 0) - k.questions - k.carried, a.markdown);
    }
  });
});

describe('items: the shareable agenda of a note written with labels, not headings', () => {
  // How many managers write: a line "Talking points:" over a list, as the linter reads it (a one-line label stands as a heading).
  const note = [
    '# 1:1 Sam Lee / Carmen — 2026-11-27', '',
    'Talking points:', '- the payments migration', '- feedback on hiring for the platform team', '',
    'Notes:', '- Sam raised the API deprecation; worried about scope creep', '- Told him to write the RFC', '',
    '**Questions**', '- What is blocking you? the laptop, still', '- What would make the rota fairer?', '',
    'Action items:', '- [ ] Sam: send the draft RFC', '',
  ].join('\n');
  const agenda = agendaOf(note);

  it('keeps the talking points and the questions (without answers), and leaves the notes and action items out', () => {
    assert.strictEqual(agenda.markdown, '# 1:1 Sam Lee / Carmen — 2026-11-27\n\n## Talking points\n\n- the payments migration\n- feedback on hiring for the platform team\n\n## Questions\n\n- What is blocking you?\n- What would make the rota fairer?\n');
    assert.deepStrictEqual(agenda.leftOut.sections, ['Notes', 'Action items']);
    assert.strictEqual(agenda.leftOut.answers, 1);
    assert.ok(!agenda.empty);
  });

  it('a label never opens a kept section inside a left-out one, and a sentence ending in a colon is no label', () => {
    const inside = agendaOf('# 1:1\n\n## Notes\n\nAgenda:\n- he may be leaving\n\n## Their agenda\n\n- Promotion\n');
    assert.ok(!inside.markdown.includes('leaving'), inside.markdown);
    assert.match(inside.markdown, /## Their agenda\n\n- Promotion\n$/);
    const sentence = agendaOf('# 1:1\n\n## Talking points\n\n- Roadmap\n\nShe said this about it:\n- the rota is unfair\n');
    assert.match(sentence.markdown, /- Roadmap\n\nShe said this about it:\n- the rota is unfair\n$/);
  });

  it('a label of no known section ends the section a label opened (what follows "Her agenda" is not theirs)', () => {
    const mine = agendaOf('## Noor — Mar 16\n\n**Her agenda**\n- Wants more ownership\n\n**Mine**\n- Tell her she has to say no to Olga\n\n**Notes**\nShe was relieved.\n');
    assert.strictEqual(mine.markdown, '### Her agenda\n\n- Wants more ownership\n');
    assert.deepStrictEqual(mine.leftOut.sections, ['Mine', 'Notes']);
  });
});
