// Per-note coaching numbers: the asked rule on real template output, positions, masking, leading and
// told from the lint result, unreadable text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintMarkdown } from '../../src/core/lint/engine';
import { MODES, MODE_INFO } from '../../src/core/modes';
import { allQuestions, PROBLEM_FRAME, QUESTION_SETS, renderQuestionSetMarkdown } from '../../src/core/questions';
import { renderNote } from '../../src/core/templates';
import { askedQuestionIds, findQuestions } from '../../src/core/insights/find';
import { answerOnLine } from '../../src/core/insights/outline';
import { noteQuestions, noteStats, openShare } from '../../src/core/insights/stats';

const ROOT = path.resolve(__dirname, '../../..');
const stats = (text: string) => noteStats(text, lintMarkdown(text));
const fresh = (mode = MODES[0]) => renderNote({ personId: 'ada', name: 'Ada Lovelace', relationship: MODE_INFO[mode].relationship, mode, date: '2026-11-20' });

/** The note with `answer` written on the line after the line that holds `question`. */
function answerUnder(text: string, question: string, answer: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex(l => l.includes(question));
  assert.ok(i >= 0, `no line with ${question}`);
  lines.splice(i + 1, 0, answer);
  return lines.join('\n');
}

describe('insights: a fresh note from the template', () => {
  for (const mode of MODES) {
    it(`${mode}: shows nothing asked and nothing told, though it holds every question of the set`, () => {
      const text = fresh(mode);
      const s = stats(text);
      assert.deepStrictEqual(s.counts, { open: 0, closed: 0, leading: 0, told: 0 });
      const expected = QUESTION_SETS[mode].groups.reduce((n, g) => n + g.questions.length, 0) + PROBLEM_FRAME.length;
      assert.strictEqual(s.questions.length, expected);
      assert.ok(s.questions.every(q => !q.asked));
    });
  }

  it('with carried-over items from the last note: still nothing asked', () => {
    const text = renderNote({
      personId: 'ada', name: 'Ada', relationship: 'direct-report', mode: 'coaching', date: '2026-11-20',
      previous: { fileName: '2026-11-13.md', items: [{ line: 30, depth: 0, text: 'Draft the RFC: why is it slow?' }] },
    });
    assert.deepStrictEqual(stats(text).counts, { open: 0, closed: 0, leading: 0, told: 0 });
  });

  it('every template question is found as one question, open except three that ask for a pick, a choice of options or a date', () => {
    const closed: string[] = [];
    for (const q of [...allQuestions().map(x => x.text), ...PROBLEM_FRAME]) {
      const found = noteQuestions(q, lintMarkdown(q));
      assert.strictEqual(found.length, 1, q);
      if (found[0].kind !== 'open') closed.push(`${found[0].kind}: ${q}`);
    }
    assert.deepStrictEqual(closed, [
      'closed: Which question does neither of us have an answer to yet?',
      'closed: What would help most today: me listening, asking questions, or sharing what I have tried?',
      'closed: When would it be useful to talk again?',
    ]);
  });
});

describe('insights: the asked rule', () => {
  const q1 = 'What has your attention this week?';
  const q2 = 'What went better than you expected since we last talked?';

  const asked = (text: string) => findQuestions(text).filter(q => q.asked).map(q => q.text);

  it('an answer on the next, more indented line', () => {
    assert.deepStrictEqual(asked(answerUnder(fresh(), q1, '  - The reorg, mostly.')), [q1]);
  });

  it('an answer after the question mark on the same line', () => {
    assert.deepStrictEqual(asked(fresh().replace(q1, `${q1} the reorg`)), [q1]);
  });

  it('an answer after the question mark set off by a dash, a colon or an emoji alone', () => {
    for (const after of [' - fine, mostly', ' — not really', ': more focus time', ' -- the reorg', ' 👍', ' **The reorg**', '(the reorg)', 'Fine']) {
      // The question's text may run on into the answer ("...week?: more focus time"): it is asked either way.
      const found = asked(fresh().replace(q1, `${q1}${after}`));
      assert.ok(found.length === 1 && found[0]!.startsWith(q1), `${JSON.stringify(after)}: ${JSON.stringify(found)}`);
    }
  });

  it('a second question on the same line is not an answer; an answer after it answers both', () => {
    const two = `${q1} And what has slipped?`;
    assert.deepStrictEqual(asked(fresh().replace(q1, two)), []);
    assert.deepStrictEqual(asked(fresh().replace(q1, `${two} The hiring loop.`)), [q1, 'what has slipped?']);
    // A question that comes after a sentence, or set off by a dash, is part of the answer: theirs.
    assert.deepStrictEqual(asked(fresh().replace(q1, `${q1} Nothing. Why do you ask?`)), [q1]);
    assert.deepStrictEqual(asked(fresh().replace(q1, `${q1} — Will I lose my team?`)), [q1]);
    // A comment after the question is no answer.
    assert.deepStrictEqual(asked(fresh().replace(q1, `${q1} <!-- ask last -->`)), []);
  });

  it('answerOnLine: where the answer on a question\'s line starts', () => {
    /** The answer after the question that ends at the line's first question mark (or the whole line). */
    const at = (line: string, start = 0, end = line.indexOf('?') + 1 || line.length) => {
      const i = answerOnLine(line, start, end);
      return i < 0 ? undefined : line.slice(i);
    };
    assert.strictEqual(at('What is one thing I do that makes your work harder? Late requirement changes from me'), 'Late requirement changes from me');
    assert.strictEqual(at('How is the team doing? - fine'), '- fine');
    assert.strictEqual(at('What would help?: more focus time'), ': more focus time');
    assert.strictEqual(at('What would help?: more focus time', 0, 33), ': more focus time', 'a question read to run on past its mark ends at its last mark');
    assert.strictEqual(at('How are things?Fine'), 'Fine');
    assert.strictEqual(at('**What went well?** The demo'), 'The demo');
    assert.strictEqual(at('"What went well?" The demo'), 'The demo');
    assert.strictEqual(at('What went well? What did not?'), undefined);
    assert.strictEqual(at('What went well? And any blockers?'), undefined);
    assert.strictEqual(at('What went well? Was it the demo?'), undefined);
    assert.strictEqual(at('How are you? Fine, how are you?'), 'Fine, how are you?', 'a question that does not open as one: an answer');
    assert.strictEqual(at('Is it the tests? Or the deploy? The deploy.'), 'The deploy.');
    assert.strictEqual(at('What worries you? Nothing. Why do you ask?'), 'Nothing. Why do you ask?');
    assert.strictEqual(at('What worries you? What a week. Why?'), 'What a week. Why?', 'a sentence before the next mark: an answer');
    const quoted = 'What did you think of the “Why now?” talk?';
    assert.strictEqual(at(quoted, 0, quoted.length), undefined, 'the question as read holds its quotation');
    assert.strictEqual(at(`${quoted} Good`, 0, quoted.length), 'Good');
    assert.strictEqual(at('What went well? <!-- x -->'), undefined);
    assert.strictEqual(at('Career goals', 0, 12), undefined, 'no question mark and nothing after its end');
    assert.strictEqual(answerOnLine('Walk me through the outage. It was the DB.', 0, 27), 28, 'a question without a mark ends where it was read to end');
  });

  it('an answer as a paragraph after a blank line, before the next item', () => {
    assert.deepStrictEqual(asked(answerUnder(fresh(), q1, '\n  She is worried about the reorg.\n')), [q1]);
  });

  it('a lazy continuation line is an answer', () => {
    assert.deepStrictEqual(asked(answerUnder(fresh(), q1, 'the reorg')), [q1]);
  });

  it('not: an empty answer item, a comment, emoji-free punctuation, or the next question', () => {
    for (const filler of ['  - ', '  - [ ] ', '  <!-- later -->', '  - …', '']) {
      assert.deepStrictEqual(asked(answerUnder(fresh(), q1, filler)), [], JSON.stringify(filler));
    }
  });

  it('an answer under one question does not count for the one before it', () => {
    assert.deepStrictEqual(asked(answerUnder(fresh(), q2, '  - the launch')), [q2]);
  });

  it('a question under a sub-heading of the Questions section is a prompt too, up to the next section', () => {
    const text = fresh().replace('## Notes\n', '## Notes\n\nHow did the offsite go?\n');
    assert.deepStrictEqual(asked(text), ['How did the offsite go?']);
  });

  it('the problem frame is a prompt list, answered the same way', () => {
    assert.deepStrictEqual(asked(answerUnder(fresh(), 'What is happening?', '  - deploys fail on Fridays')), ['What is happening?']);
  });

  it('a question set pasted from a snippet, with its empty answer slots, is a prompt list', () => {
    // An empty slot ("  - ") under a list item's line makes that line a setext heading in CommonMark
    // (an empty item cannot interrupt a paragraph), so the unanswered prompts are not even prose.
    const snippet = renderQuestionSetMarkdown('coaching');
    const text = `# Notes\n\n${snippet}\n`;
    assert.deepStrictEqual(asked(text), []);
    const answered = answerUnder(text, q1, '  - the reorg');
    assert.deepStrictEqual(asked(answered), [q1]);
  });

  it('outside the template list, a question counts without an answer', () => {
    const text = '# 1:1\n\n## Notes\n\n- How did the demo go?\n- Any blockers?\n';
    assert.deepStrictEqual(asked(text), ['How did the demo go?', 'Any blockers?']);
  });

  it('the same template question written in Notes counts as asked', () => {
    const text = fresh().replace('## Notes\n', `## Notes\n\nI asked her: ${q1.toLowerCase()}\n`);
    assert.deepStrictEqual(asked(text).length, 1);
  });

  it('a Questions section written in a setext heading is a prompt list too', () => {
    const text = 'Questions\n---------\n\n- How is the move going?\n- Any blockers?\n  - none\n';
    assert.deepStrictEqual(asked(text), ['Any blockers?']);
  });

  it('askedQuestionIds (for the prep view) follows the same rule', () => {
    const set = QUESTION_SETS.coaching.groups.flatMap(g => g.questions);
    assert.deepStrictEqual([...askedQuestionIds(fresh(), set)], []);
    const ids = askedQuestionIds(answerUnder(fresh(), q1, '  - the reorg'), set);
    assert.deepStrictEqual([...ids], ['coaching.opening.1']);
    assert.deepStrictEqual([...askedQuestionIds(`Notes: ${q2}`, set)], ['coaching.opening.2']);
  });
});

describe('insights: questions in a note', () => {
  it('gives 1-based line and column, after front matter, with CRLF line ends', () => {
    const text = '---\r\nperson: ada\r\ndate: 2026-11-20\r\n---\r\n# 1:1\r\n\r\nGood demo. How did the launch go?\r\n  - Fine.\r\n';
    const [q] = findQuestions(text);
    assert.deepStrictEqual({ line: q.line, column: q.column, text: q.text }, { line: 7, column: 12, text: 'How did the launch go?' });
    assert.strictEqual(text.slice(q.start, q.end), 'How did the launch go?');
  });

  it('a question in a list item starts after the marker; a wrapped question is one question', () => {
    const text = '- What would you try first if\n  the pager were yours?\n';
    const [q] = findQuestions(text);
    assert.deepStrictEqual({ line: q.line, column: q.column, text: q.text }, { line: 1, column: 3, text: 'What would you try first if the pager were yours?' });
  });

  it('is no question inside code, tables, block quotes, headings, comments, quotes or front matter', () => {
    const text = [
      '---', 'title: why is this here?', '---', '# Why this?', '', '```', 'why does this fail?', '```', '',
      '~~~', 'fenced code, why?', '~~~', '', '| a | b |', '| --- | --- |', '| any updates? | x |', '',
      '> Can we move the demo?', '', '<!-- what about this? -->', '', 'She said "why is this slow?" twice.', '',
      '- [ ] Ask Priya whether she wants it?', '', 'Use `is_ready?` here.',
    ].join('\n');
    assert.deepStrictEqual(findQuestions(text).map(q => q.text), []);
  });

  it('finds questions of the sample notes with what was answered', () => {
    const text = fs.readFileSync(path.join(ROOT, 'sample/one-on-ones/amara-okafor/2026-11-01.md'), 'utf8');
    const qs = findQuestions(text).map(q => `${q.asked ? 'asked' : 'not asked'}: ${q.text}`);
    assert.deepStrictEqual(qs, [
      'asked: Guild: yes or no?',
      'asked: What did you learn from how this went?',
      'asked: Where do you think my view is out of date?',
      'not asked: What will you try first?',
    ]);
  });
});

describe('insights: kinds and told from the lint result', () => {
  it('a leading-question finding makes the question leading; other findings count as told', () => {
    const text = "Don't you think it's time to hand it over? How did the demo go? You should refactor this before the release.";
    const s = stats(text);
    assert.deepStrictEqual(s.questions.map(q => q.kind), ['leading', 'open']);
    assert.deepStrictEqual(s.counts, { open: 1, closed: 0, leading: 1, told: 1 });
    assert.strictEqual(openShare(s.counts), 0.5);
  });

  it('a request dressed as a question is told, not a question', () => {
    const text = 'Can you make sure the tests pass before you merge?';
    const lint = lintMarkdown(text);
    assert.ok(lint.findings.some(f => f.ruleId !== 'leading-question'), 'the linter flags it');
    const s = noteStats(text, lint);
    assert.deepStrictEqual(s.questions, []);
    assert.strictEqual(s.counts.told, lint.findings.length);
  });

  it('takes the findings it is given: with the leading rule off, the question is read by its form', () => {
    const text = "Don't you think it's time to hand it over?";
    const s = noteStats(text, lintMarkdown(text, { ruleSeverity: { 'leading-question': 'off' } }));
    assert.deepStrictEqual(s.questions.map(q => q.kind), ['closed']);
  });

  it('counts any finding that is not a leading question as told, whatever its rule', () => {
    const s = noteStats('Fine.', { findings: [{ ruleId: 'reported-telling', start: 0, end: 4 }, { ruleId: 'imperative', start: 0, end: 4 }] });
    assert.strictEqual(s.counts.told, 2);
  });

  it('unreadable text counts nothing and says so', () => {
    const s = noteStats('PNG\u0000\u0001\u0002 what? why?', { findings: [{ ruleId: 'imperative', start: 0, end: 1 }] });
    assert.strictEqual(s.readable, false);
    assert.deepStrictEqual(s.counts, { open: 0, closed: 0, leading: 0, told: 0 });
  });
});

describe('insights: a question planned under a label that asks', () => {
  it('"Ask him: ...?" and "Ask: ...?" are the manager\'s own questions (the linter\'s rewrite of planned telling reads so); "Ask Priya whether ...?" is a to-do', () => {
    const text = '## My talking points\n\n- Ask him: what part would you like to play in the handover?\n- Ask: what would you change first?\n- Ask Priya whether the deck is ready?\n';
    const s = stats(text);
    assert.deepStrictEqual(s.questions.map(q => [q.text, q.kind]), [['what part would you like to play in the handover?', 'open'], ['what would you change first?', 'open']]);
    // Talking points are plans: nothing is written after them yet, so nothing is asked.
    assert.strictEqual(s.counts.open, 0);
    assert.strictEqual(stats(text.replace('first?\n', 'first? The on-call rota.\n')).counts.open, 1);
  });
});

describe('insights: talking points are plans, as the template\'s prompts are', () => {
  const asked = (text: string, talkHeadings?: readonly string[]) => noteStats(text, lintMarkdown(text, { mode: 'coaching', talkHeadings })).questions.filter(q => q.asked).map(q => q.text);
  const counts = (text: string) => noteStats(text, lintMarkdown(text, { mode: 'coaching' })).counts;
  /** The note with its talking points replaced by `points`. */
  const withPoints = (points: string) => fresh('coaching').replace(/(## My talking points\n\n<!--[^\n]*-->\n\n)- \n/, `$1${points}\n`);
  /** What Rephrase All does: every finding's first rewrite that replaces telling, none overlapping (lint/codeActions.ts fixAllEdit). */
  function rephraseAll(text: string): string {
    const firsts = lintMarkdown(text, { mode: 'coaching' }).findings.map(f => f.suggestions.find(s => !s.note)).filter(s => !!s).sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const s of firsts) {
      if (s.start < at) continue;
      out += text.slice(at, s.start) + s.text;
      at = s.end;
    }
    return out + text.slice(at);
  }

  it('planned telling rephrased as questions is not asking yet: the numbers move when something is written under or after them', () => {
    const before = withPoints('- Tell her to split the on-call rota with Ben.\n- Push her to own the migration plan.\n- She needs to delegate the reviews. Tell her to stop picking up every page.\n- Did the canary pass? Yes, Tuesday.');
    assert.deepStrictEqual(counts(before), { open: 0, closed: 1, leading: 0, told: 4 });
    const after = rephraseAll(before);
    assert.match(after, /- Ask her: how would you approach the on-call rota\?\n/);
    assert.match(after, /\? Ask her: what do you see as the trade-offs of picking up every page\?\n/, 'two rewrites on one line');
    // Before the meeting: the rewrites are plans, the answered status check still counts.
    assert.deepStrictEqual(counts(after), { open: 0, closed: 1, leading: 0, told: 0 });
    // In the meeting: an answer under one, after another on its line (after a dash), and after the second of two on a line.
    const held = answerUnder(after, 'on-call rota?', '  - she would pair with Ben for a month')
      .replace('migration plan?', 'migration plan? — she wants to write the cutover runbook')
      .replace('every page?', 'every page? Fewer pages at night.');
    assert.deepStrictEqual(counts(held), { open: 4, closed: 1, leading: 0, told: 0 });
  });

  it('a talking point is asked by the same rule as a prompt: an answer on its line, a nested item, an indented next line; not the next point or a comment', () => {
    const q = 'What would you change about the rota?';
    assert.deepStrictEqual(asked(withPoints(`- ${q}\n- How is the hiring going?`)), []);
    // (The question as read may run on past its mark into the answer: "...rota?: swap the weekends".)
    assert.deepStrictEqual(asked(withPoints(`- ${q}: swap the weekends`)).map(t => t.startsWith(q)), [true]);
    assert.deepStrictEqual(asked(withPoints(`- ${q} - swap the weekends`)), [q]);
    assert.deepStrictEqual(asked(withPoints(`- ${q}\n  - swap the weekends`)), [q]);
    assert.deepStrictEqual(asked(withPoints(`- ${q}\n  swap the weekends`)), [q]);
    assert.deepStrictEqual(asked(withPoints(`- ${q} <!-- if there is time -->\n  - `)), []);
  });

  it('only further questions on the next line of the paragraph are no answer, as on the question\'s own line', () => {
    const text = withPoints('What would you change about the rota?\nHow would you split the on-call load?\n');
    assert.deepStrictEqual(asked(text), []);
    assert.deepStrictEqual(asked(text.replace('load?\n', 'load?\nPair with Ben.\n')), ['What would you change about the rota?', 'How would you split the on-call load?']);
    // The same for the template's prompts.
    assert.deepStrictEqual(asked(answerUnder(fresh(), 'What has your attention this week?', '  And what has slipped?')), []);
  });

  it('talking points by other names and the setting\'s headings are plans; a nested record ends them; questions elsewhere count at once', () => {
    for (const heading of ['## Talking points', '## To discuss', '## For next time', 'Things to raise\n---']) {
      assert.deepStrictEqual(asked(`# 1:1\n\n${heading}\n\n- What would you change about the rota?\n`), [], heading);
    }
    const custom = '# 1:1\n\n## Stuff for Dana\n\n- What would you change about the rota?\n';
    assert.deepStrictEqual(asked(custom), ['What would you change about the rota?'], 'not a talking-point heading by default');
    assert.deepStrictEqual(asked(custom, ['stuff for dana']), [], 'the setting makes it one');
    const nested = '# 1:1\n\n## My talking points\n\n- What would you change about the rota?\n\n### Notes\n\n- How did the demo go?\n\n## Notes\n\n- Any blockers?\n';
    assert.deepStrictEqual(asked(nested), ['How did the demo go?', 'Any blockers?']);
  });

  it('the prep\'s questions not asked lately follow the same rule (askedQuestionIds on the note\'s questions)', () => {
    const set = QUESTION_SETS.coaching.groups.flatMap(g => g.questions);
    const q = set[0]!;
    const planned = withPoints(`- ${q.text}`);
    const stats = noteStats(planned, lintMarkdown(planned, { mode: 'coaching' }));
    assert.deepStrictEqual([...askedQuestionIds(planned, set, stats.questions)], []);
    const held = withPoints(`- ${q.text}\n  - the reorg`);
    assert.deepStrictEqual([...askedQuestionIds(held, set, noteStats(held, lintMarkdown(held)).questions)], [q.id]);
  });
});

describe('insights: a question after a label that reports the manager\'s words', () => {
  it('"Asked: why didn\'t you ...?" is the manager\'s question, leading, as the linter flags it', () => {
    const text = "- Asked: why didn't you escalate the pager load sooner?\n";
    const lint = lintMarkdown(text, { mode: 'coaching' });
    assert.deepStrictEqual(lint.findings.map(f => f.ruleId), ['leading-question']);
    const s = noteStats(text, lint);
    assert.deepStrictEqual(s.questions.map(q => [q.text, q.kind, q.asked]), [["why didn't you escalate the pager load sooner?", 'leading', true]]);
    assert.deepStrictEqual(s.counts, { open: 0, closed: 0, leading: 1, told: 0 });
  });

  it('"Asked:", "Asked him:", "Asked Sam:", "I asked:", "Q:" give the question its kind; "Asked me:" and "Priya asked:" are someone else\'s', () => {
    const kinds = (line: string) => stats(line).questions.map(q => q.kind);
    assert.deepStrictEqual(kinds('Asked: what would you change about the rota?'), ['open']);
    assert.deepStrictEqual(kinds('Asked him: did the canary pass?'), ['closed']);
    assert.deepStrictEqual(kinds('Asked Sam: what got in the way?'), ['open']);
    assert.deepStrictEqual(kinds("I asked: wouldn't a smaller PR be easier to review?"), ['leading']);
    assert.deepStrictEqual(kinds("Q: why didn't you flag the deadline earlier?"), ['leading']);
    assert.deepStrictEqual(kinds('Asked me: can we move the 1:1?'), []);
    assert.deepStrictEqual(kinds('Priya asked: can we move the 1:1?'), []);
  });
});

describe('insights: questions under a heading of what the manager said', () => {
  it('"Feedback given", "Instructions given", "Crit": said, so their questions were asked; talking points are planned', () => {
    const asked = (heading: string) => noteQuestions('# Ana\n\n## ' + heading + '\n- Why was the cert inventory living in your personal spreadsheet?\n- What would help you next sprint?\n', lintMarkdown('# Ana\n\n## ' + heading + '\n- Why was the cert inventory living in your personal spreadsheet?\n- What would help you next sprint?\n')).map(q => q.asked);
    assert.deepStrictEqual(asked('Feedback given'), [true, true]);
    assert.deepStrictEqual(asked('Instructions given'), [true, true]);
    assert.deepStrictEqual(asked('Crit feedback (Friday crit, 9 Jan)'), [true, true]);
    assert.deepStrictEqual(asked('My talking points'), [false, false]);
  });
});
