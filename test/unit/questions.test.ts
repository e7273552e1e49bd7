import * as assert from 'node:assert/strict';
import { MODES, MODE_INFO, type Mode } from '../../src/core/modes';
import {
  BEHAVIOURS, PROBLEM_FRAME, PROBLEM_FRAME_QUESTIONS, PURPOSES, PURPOSE_INFO, QUESTION_SETS,
  allQuestions, findQuestion, questionSet, renderProblemFrameMarkdown, renderQuestionSetMarkdown, type Question,
} from '../../src/core/questions';
import { lintMarkdown } from '../../src/core/lint/engine';

/** Every id ever published. Ids are stored in notes and keybindings: removing or renaming one breaks them. */
const PUBLISHED_IDS = [
  'coaching.opening.1', 'coaching.opening.2', 'coaching.agenda.1', 'coaching.agenda.2',
  'coaching.growth.1', 'coaching.growth.2', 'coaching.growth.3',
  'coaching.problem-solving.1', 'coaching.problem-solving.2', 'coaching.problem-solving.3',
  'coaching.feedback.1', 'coaching.feedback.2', 'coaching.feedback.3',
  'coaching.reflection.1', 'coaching.reflection.2',
  'co-learning.opening.1', 'co-learning.opening.2', 'co-learning.agenda.1', 'co-learning.agenda.2',
  'co-learning.growth.1', 'co-learning.growth.2', 'co-learning.growth.3',
  'co-learning.problem-solving.1', 'co-learning.problem-solving.2', 'co-learning.problem-solving.3',
  'co-learning.feedback.1', 'co-learning.feedback.2', 'co-learning.feedback.3',
  'co-learning.reflection.1', 'co-learning.reflection.2',
  'mentoring.opening.1', 'mentoring.opening.2', 'mentoring.agenda.1', 'mentoring.agenda.2',
  'mentoring.growth.1', 'mentoring.growth.2', 'mentoring.growth.3',
  'mentoring.problem-solving.1', 'mentoring.problem-solving.2', 'mentoring.problem-solving.3',
  'mentoring.feedback.1', 'mentoring.feedback.2',
  'mentoring.reflection.1', 'mentoring.reflection.2', 'mentoring.reflection.3',
  'peer-learning.opening.1', 'peer-learning.opening.2', 'peer-learning.agenda.1', 'peer-learning.agenda.2',
  'peer-learning.growth.1', 'peer-learning.growth.2', 'peer-learning.growth.3',
  'peer-learning.problem-solving.1', 'peer-learning.problem-solving.2', 'peer-learning.problem-solving.3',
  'peer-learning.feedback.1', 'peer-learning.feedback.2',
  'peer-learning.reflection.1', 'peer-learning.reflection.2',
  'frame.happening', 'frame.causes', 'frame.try', 'frame.check',
];

const everyQuestion = (): Question[] => [...allQuestions(), ...PROBLEM_FRAME_QUESTIONS];
const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const behavioursOf = (mode: Mode) => new Set(allQuestions(mode).flatMap(q => q.behaviours));

describe('question sets: structure', () => {
  it('has one set per learning relationship, keyed by its mode', () => {
    assert.deepEqual(Object.keys(QUESTION_SETS).sort(), [...MODES].sort());
    for (const mode of MODES) {
      assert.equal(QUESTION_SETS[mode].mode, mode);
      assert.equal(questionSet(mode), QUESTION_SETS[mode]);
      assert.ok(QUESTION_SETS[mode].title.length > 0);
      assert.ok(QUESTION_SETS[mode].summary.length > 0);
    }
  });

  for (const mode of MODES) {
    describe(`${mode}`, () => {
      const set = QUESTION_SETS[mode];

      it('groups its questions by the six purposes, in order, none empty', () => {
        assert.deepEqual(set.groups.map(g => g.purpose), [...PURPOSES]);
        for (const group of set.groups) {
          assert.equal(group.title, PURPOSE_INFO[group.purpose].title);
          assert.ok(group.questions.length > 0, `${mode} ${group.purpose} is empty`);
        }
      });

      it('has 10 to 15 questions', () => {
        const n = allQuestions(mode).length;
        assert.ok(n >= 10 && n <= 15, `${mode} has ${n} questions`);
      });

      it('tags every question with behaviours 1..12, without repeats', () => {
        for (const q of allQuestions(mode)) {
          assert.ok(q.behaviours.length > 0, `${q.id} has no behaviours`);
          assert.equal(new Set(q.behaviours).size, q.behaviours.length, `${q.id} repeats a behaviour`);
          for (const b of q.behaviours) assert.ok(Number.isInteger(b) && b >= 1 && b <= 12, `${q.id}: behaviour ${b}`);
        }
      });

      it('gives every question an id "<mode>.<purpose>.<n>" that is unique within the set', () => {
        for (const group of set.groups) {
          for (const q of group.questions) assert.match(q.id, new RegExp(`^${mode}\\.${group.purpose}\\.[1-9]\\d*$`));
        }
        const ids = allQuestions(mode).map(q => q.id);
        assert.equal(new Set(ids).size, ids.length);
      });
    });
  }

  it('asks every question as one trimmed line ending with "?"', () => {
    for (const q of everyQuestion()) {
      assert.ok(q.text.trim().length > 3, `${q.id} is empty`);
      assert.equal(q.text, q.text.trim(), q.id);
      assert.doesNotMatch(q.text, /[\r\n]|\s{2}/, q.id);
      assert.ok(q.text.endsWith('?'), `${q.id} does not end with "?": ${q.text}`);
      assert.match(q.text, /^[A-Z]/, q.id);
    }
  });

  it('has no duplicate question within or across sets and the frame', () => {
    const seen = new Map<string, string>();
    for (const q of everyQuestion()) {
      const key = normalize(q.text);
      assert.ok(!seen.has(key), `${q.id} repeats ${seen.get(key)}: ${q.text}`);
      seen.set(key, q.id);
    }
  });

  it('keeps every id unique and every published id stable', () => {
    const ids = everyQuestion().map(q => q.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...ids].sort(), [...PUBLISHED_IDS].sort(),
      'ids changed: add new ids to PUBLISHED_IDS; never rename or reuse one');
  });

  it('finds every question by id, with its relationship and purpose', () => {
    for (const mode of MODES) {
      for (const group of QUESTION_SETS[mode].groups) {
        for (const q of group.questions) assert.deepEqual(findQuestion(q.id), { question: q, mode, purpose: group.purpose });
      }
    }
    assert.equal(findQuestion('frame.causes')?.question.text, 'What might be causing it?');
    assert.equal(findQuestion('frame.causes')?.mode, undefined);
    assert.equal(findQuestion('coaching.growth.99'), undefined);
  });

  it('names all twelve behaviours', () => {
    for (let n = 1; n <= 12; n++) assert.ok(BEHAVIOURS[n], `behaviour ${n}`);
  });
});

describe('question sets: what the research asks of each relationship', () => {
  it('covers asking and listening (7) and learning at the heart (12) in every set', () => {
    for (const mode of MODES) {
      assert.ok(behavioursOf(mode).has(7), `${mode} lacks 7`);
      assert.ok(behavioursOf(mode).has(12), `${mode} lacks 12`);
    }
  });

  it('coaching eases performance pressure (2), lets them answer (8) and invites challenge to the manager (9)', () => {
    for (const b of [2, 8, 9, 11]) assert.ok(behavioursOf('coaching').has(b), `coaching lacks ${b}`);
    const feedback = QUESTION_SETS.coaching.groups.find(g => g.purpose === 'feedback')!;
    assert.ok(feedback.questions.every(q => /\b(I|me|my)\b/.test(q.text)), 'coaching feedback questions are about the manager');
  });

  it('co-learning is transparent (3) and shows the manager\'s own uncertainty (6)', () => {
    for (const b of [3, 6, 9]) assert.ok(behavioursOf('co-learning').has(b), `co-learning lacks ${b}`);
    assert.ok(allQuestions('co-learning').some(q => q.text === 'Where do you think my view is out of date?'));
    assert.ok(allQuestions('co-learning').filter(q => /\b(we|us|each)\b/i.test(q.text)).length >= 5, 'co-learning asks as "we"');
  });

  it('mentoring opens doors (4) and asks before offering advice', () => {
    assert.ok(behavioursOf('mentoring').has(4));
    assert.ok(allQuestions('mentoring').filter(q => q.behaviours.includes(4)).length >= 4);
    for (const q of allQuestions('mentoring')) {
      assert.doesNotMatch(q.text, /^(have you (tried|considered|thought about))\b|\b(my advice|if I were you|I would|you could try)\b/i, q.id);
    }
  });

  it('peer learning values interdependence (5) and questions one\'s own expertise (6)', () => {
    for (const b of [5, 6]) assert.ok(behavioursOf('peer-learning').has(b), `peer-learning lacks ${b}`);
  });

  it('peer sets speak as equals, with no manager voice', () => {
    for (const mode of MODES.filter(m => MODE_INFO[m].relationship === 'peer')) {
      for (const q of allQuestions(mode)) {
        assert.doesNotMatch(q.text, /\b(performance|review|promotion|goals?|deliver(ables?)?|expectations?|report to me|my team needs)\b/i, q.id);
        assert.doesNotMatch(q.text, /\bwhat is your next step\b/i, q.id);
      }
    }
  });

  it('asks without telling, blaming or leading (a check of its own, besides the linter)', () => {
    const directive = /\b(should|must|need to|have to|make sure|want you to|don't|do not|why didn't|why did you|by (monday|tuesday|wednesday|thursday|friday|tomorrow|eod|end of))\b|^(why|tell me|walk me|describe|explain|let's|please|let me)\b|^(isn't|aren't|don't|doesn't|wouldn't|shouldn't|couldn't|can't|won't|didn't)\b|\b(right|correct|ok)\?$/i;
    const therapy = /\b(feel|feelings|hold space|safe space|journey|heal|trauma|vulnerab\w*)\b/i;
    for (const q of everyQuestion()) {
      assert.doesNotMatch(q.text, directive, `${q.id}: ${q.text}`);
      assert.doesNotMatch(q.text, therapy, `${q.id}: ${q.text}`);
    }
  });

  it('keeps questions short enough to ask aloud', () => {
    for (const q of everyQuestion()) assert.ok(q.text.split(/\s+/).length <= 16, `${q.id} has ${q.text.split(/\s+/).length} words`);
  });
});

describe('question sets: the telling linter finds nothing', () => {
  const lintLine = (text: string, mode: Mode) => lintMarkdown(`${text}\n`, { mode }).findings;

  for (const mode of MODES) {
    it(`${mode}: each question, as its own line, in its own mode and in coaching`, () => {
      for (const q of allQuestions(mode)) {
        assert.deepEqual(lintLine(q.text, mode), [], `${q.id} in ${mode}: ${q.text}`);
        assert.deepEqual(lintLine(q.text, 'coaching'), [], `${q.id} in coaching: ${q.text}`);
      }
    });

    it(`${mode}: the rendered template`, () => {
      assert.deepEqual(lintMarkdown(renderQuestionSetMarkdown(mode), { mode }).findings, []);
      assert.deepEqual(lintMarkdown(renderQuestionSetMarkdown(mode), { mode: 'coaching' }).findings, []);
    });
  }

  it('the problem-solving frame, in every mode', () => {
    for (const mode of MODES) {
      for (const text of PROBLEM_FRAME) assert.deepEqual(lintLine(text, mode), [], `${text} in ${mode}`);
      assert.deepEqual(lintMarkdown(renderProblemFrameMarkdown(), { mode }).findings, []);
    }
  });

  it('would catch a telling sentence planted among the questions', function () {
    if (lintMarkdown('You should fix this.\n', { mode: 'coaching' }).findings.length === 0) {
      this.test!.title += ' (pending: src/core/lint/engine.ts is still the placeholder that finds nothing; live once the real linter lands)';
      this.skip();
    }
    const planted: Question = { id: 'planted', text: 'You should fix the flaky tests before the release.', behaviours: [] };
    const flagged = [...everyQuestion(), planted].filter(q => lintLine(q.text, 'coaching').length > 0).map(q => q.id);
    assert.deepEqual(flagged, ['planted']);
  });
});

describe('renderQuestionSetMarkdown', () => {
  it('renders the title, a heading per purpose and every question as a list item with an answer bullet', () => {
    const md = renderQuestionSetMarkdown('coaching');
    const lines = md.split('\n');
    assert.equal(lines[0], '## Coaching a direct report');
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
    for (const group of QUESTION_SETS.coaching.groups) {
      assert.ok(lines.includes(`### ${group.title}`), group.title);
      for (const q of group.questions) {
        const i = lines.indexOf(`- ${q.text}`);
        assert.ok(i > 0, q.id);
        assert.equal(lines[i + 1], '  - ');
      }
    }
  });

  it('keeps purposes in order, separated by one blank line', () => {
    const headings = renderQuestionSetMarkdown('mentoring').split('\n').filter(l => l.startsWith('### '));
    assert.deepEqual(headings, PURPOSES.map(p => `### ${PURPOSE_INFO[p].title}`));
    assert.doesNotMatch(renderQuestionSetMarkdown('mentoring'), /\n\n\n/);
  });

  it('takes options a note template needs', () => {
    const md = renderQuestionSetMarkdown('peer-learning', {
      headingLevel: 4, includeTitle: false, answerLines: false, purposes: ['opening', 'reflection'], maxPerPurpose: 1,
    });
    assert.equal(md, [
      '#### Opening',
      `- ${QUESTION_SETS['peer-learning'].groups[0]!.questions[0]!.text}`,
      '',
      '#### Reflection and close',
      `- ${QUESTION_SETS['peer-learning'].groups[5]!.questions[0]!.text}`,
      '',
    ].join('\n'));
  });

  it('renders the problem-solving frame', () => {
    assert.equal(renderProblemFrameMarkdown({ headingLevel: 0, answerLines: false }), PROBLEM_FRAME.map(q => `- ${q}`).join('\n') + '\n');
    assert.match(renderProblemFrameMarkdown(), /^### Problem-solving frame\n- What is happening\?\n {2}- \n/);
  });

  it('frames problems with the four asking questions', () => {
    assert.deepEqual([...PROBLEM_FRAME], ['What is happening?', 'What might be causing it?', 'What will you try first?', 'How will we know it worked?']);
    assert.deepEqual(PROBLEM_FRAME_QUESTIONS.map(q => q.text), [...PROBLEM_FRAME]);
  });
});
