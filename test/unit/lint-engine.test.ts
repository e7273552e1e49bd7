import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { ChunkCache, Linter, lintMarkdown } from '../../src/core/lint/engine';
import { parseDisableComments } from '../../src/core/lint/disable';

const at = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('lint engine', () => {
  it('says what it linted with: the strictness for the mode (off: no findings, and none means no telling) and the setting\'s talking-point headings', () => {
    const text = 'You should take the lead on the launch.';
    const on = lintMarkdown(text, { mode: 'coaching', talkHeadings: [' Stuff for Dana '] });
    assert.deepStrictEqual([on.strictness, on.findings.length > 0, on.talkHeadings], ['strict', true, ['stuff for dana']]);
    const off = lintMarkdown(text, { mode: 'coaching', strictness: { coaching: 'off' } });
    assert.deepStrictEqual([off.strictness, off.findings.length], ['off', 0]);
    assert.strictEqual(lintMarkdown(text, { mode: 'mentoring', strictness: { coaching: 'off' } }).strictness, 'normal');
  });

  describe('what counts as prose', () => {
    const cases: [string, string][] = [
      ['front matter', '---\nperson: sam\nnote: You should read this.\n---\n'],
      ['fenced code', '```\nYou should never see this message.\n```\n'],
      ['unterminated fence', '```\nYou should fix it.\n\nMore text you should ignore.\n'],
      ['tilde fence', '~~~md\nFix the build.\n~~~\n'],
      ['inline code', 'We ran `you should refactor` in the shell.'],
      ['block quote', '> You need to finish by Friday.'],
      ['nested block quote', '- item\n\n  > Send me the draft by Thursday.'],
      ['heading', '## Fix the build pipeline'],
      ['setext heading', 'Fix the build pipeline\n======'],
      ['task list', '- [ ] Fix the flaky tests first.\n- [x] Send me the draft.'],
      ['HTML block', '<div>\nYou should refactor this.\n</div>'],
      ['HTML comment', '<!--\nYou should refactor this.\n-->'],
      ['link target', '[Design doc](https://example.com/you-should-read-this) shared in channel.'],
      ['bare URL', 'Shared https://example.com/make-sure-you-read in channel.'],
      ['image', '![You should look](img.png) attached.'],
      ['quoted speech', 'She said "you need to ship it by Friday" was unrealistic.'],
      ['curly quotes', 'He told me, “Just do it the old way,” which frustrated the team.'],
      ['a table\'s owner column, and a task in its next-step column', '| Owner | Next step |\n| --- | --- |\n| Sam | Refactor the payments module before the release |'],
    ];
    for (const [name, text] of cases) {
      it(`skips ${name}`, () => assert.deepStrictEqual(lintMarkdown(text).findings.map(f => at(text, f)), []));
    }

    it('reads a table of tasks as tasks: only telling put to them in so many words counts', () => {
      const text = '| Owner | Next step |\n| --- | --- |\n| Sam | Refactor the payments module before the release |\n| Sam | You should refactor this before the release |\n';
      assert.deepStrictEqual(lintMarkdown(text).findings.map(f => [f.ruleId, at(text, f)]), [['you-modal', 'You should']]);
    });

    it('reads indented lines as the nested points of an outline, not as code', () => {
      const text = '1. Month-end close\n   1.1 Status\n       - A: used the Feb rate card\n   1.2 Q: why didn\'t you check the rate card?\n       - You should own the checklist.\n';
      assert.deepStrictEqual(lintMarkdown(text).findings.map(f => [f.ruleId, at(text, f)]), [['leading-question', "why didn't you"], ['you-modal', 'You should']]);
    });

    it('reads tasks as agreed actions and callouts as the author\'s own text', () => {
      const text = '- [ ] send the deck to finance\n- [ ] tell him to send me the draft\n\n> [!note] Feedback\n> You need to show the screens first.\n\n> You need to quote this.\n';
      assert.deepStrictEqual(lintMarkdown(text).findings.map(f => [f.ruleId, at(text, f)]), [['reported-telling', 'tell him'], ['you-modal', 'You need to']]);
    });

    it('reads a callout\'s lines without their quote markers, lists in it too; a [!quote] callout is a quotation', () => {
      // The markers ("> ", "> - ") are not prose: a question in a callout opens where its words do.
      const text = '> [!todo] Next time\n> - Wouldn\'t it be safer to just freeze schema changes?\n> - ask how the dry run went\n\n> [!note]\n> Why didn\'t you page me?\n';
      assert.deepStrictEqual(lintMarkdown(text).findings.map(f => [f.ruleId, at(text, f)]), [['leading-question', "Wouldn't it"], ['leading-question', "Why didn't you"]]);
      // A template pasted as a quote callout is someone else's words.
      assert.deepStrictEqual(lintMarkdown('> [!quote]- Template\n> Start with their agenda. Write down their words, not your summary.\n').findings, []);
    });

    it('lints list items, emphasis and link text, with exact offsets', () => {
      const text = '# Talking points\n\n- Discussed the launch.\n- You should write the ADR.\n\n* **Update the status page** daily.\n';
      const found = lintMarkdown(text).findings.map(f => [f.ruleId, at(text, f)]);
      assert.deepStrictEqual(found, [['you-modal', 'You should'], ['imperative', 'Update']]);
    });

    it('keeps offsets exact with CRLF, lone CR and mixed line endings', () => {
      for (const eol of ['\r\n', '\r', '\n']) {
        const text = `---${eol}mode: coaching${eol}---${eol}# Title${eol}${eol}Intro line.${eol}${eol}You should refactor this.${eol}`;
        const [f] = lintMarkdown(text).findings;
        assert.ok(f, `finding with ${JSON.stringify(eol)}`);
        assert.strictEqual(at(text, f), 'You should');
        for (const s of f.suggestions) assert.strictEqual(text.slice(s.start, s.end), 'You should refactor this.');
      }
    });

    it('splits sentences on lines without punctuation', () => {
      const text = 'Talked about the roadmap\nYou should take the lead on it\nShe agreed';
      assert.deepStrictEqual(lintMarkdown(text).findings.map(f => at(text, f)), ['You should']);
    });

    it('counts the questions asked, not the leading ones', () => {
      const text = 'What would you try first? How can I help?\n\nWhy didn\'t you tell me?\n\n- What is blocking you?\n';
      const r = lintMarkdown(text);
      assert.strictEqual(r.questions, 3);
      assert.deepStrictEqual(r.findings.map(f => f.ruleId), ['leading-question']);
    });
  });

  describe('severity by relationship', () => {
    const note = (mode: string) => `---\nmode: ${mode}\n---\n\nYou should refactor this.\n`;
    it('is strictest when coaching and gentlest among peers', () => {
      const sev = (mode: string) => lintMarkdown(note(mode)).findings[0]?.severity;
      assert.strictEqual(sev('coaching'), 'warning');
      assert.strictEqual(sev('co-learning'), 'information');
      assert.strictEqual(sev('mentoring'), 'information');
      assert.strictEqual(sev('peer-learning'), 'hint');
    });
    it('names the relationship in the message', () => {
      assert.match(lintMarkdown(note('coaching')).findings[0].message, /Coaching a direct report/);
      assert.match(lintMarkdown(note('peer-learning')).findings[0].message, /a peer as equals/);
    });
    it('on its own reads the mode from front matter, else coaching; an explicit mode (the note context\'s) wins', () => {
      assert.strictEqual(lintMarkdown(note('mentoring')).mode, 'mentoring');
      assert.strictEqual(lintMarkdown('No front matter.').mode, 'coaching');
      assert.strictEqual(lintMarkdown(note('mentoring'), { mode: 'coaching' }).mode, 'coaching');
      assert.strictEqual(lintMarkdown('---\nmode: nonsense\n---\n').mode, 'coaching');
    });
    it('applies per-rule severity and per-relationship strictness settings', () => {
      const text = note('coaching');
      assert.strictEqual(lintMarkdown(text, { ruleSeverity: { 'you-modal': 'error' } }).findings[0].severity, 'error');
      assert.strictEqual(lintMarkdown(text, { ruleSeverity: { 'you-modal': 'off' } }).findings.length, 0);
      assert.strictEqual(lintMarkdown(text, { strictness: { coaching: 'gentle' } }).findings[0].severity, 'hint');
      assert.strictEqual(lintMarkdown(text, { strictness: { coaching: 'off' } }).findings.length, 0);
    });
  });

  describe('allow list and extra phrases', () => {
    it('drops findings in a sentence that contains an allowed phrase, literally and case-insensitively', () => {
      const text = 'Don\'t panic about the release.\n\nDon\'t push on Fridays.';
      const r = lintMarkdown(text, { allowPhrases: ["DON'T PANIC"] });
      assert.deepStrictEqual(r.findings.map(f => at(text, f)), ["Don't push"]);
    });
    it('flags extra phrases literally, on word boundaries, never as a regular expression', () => {
      const text = 'We talked about the ASAP culture.\n\nIt was asapish.\n\nA c++ (rewrite) plan.\n\nA cxx rewrite plan.';
      const r = lintMarkdown(text, { extraPhrases: ['asap', 'c++ (rewrite)', '.'] });
      assert.deepStrictEqual(r.findings.map(f => [f.ruleId, at(text, f)]), [['custom-phrase', 'ASAP'], ['custom-phrase', 'c++ (rewrite)']]);
    });
    it('handles a catastrophic-backtracking phrase in linear time', () => {
      const text = 'a'.repeat(50_000) + '!';
      const t0 = Date.now();
      lintMarkdown(text, { extraPhrases: ['(a+)+$', 'a'.repeat(30)] });
      assert.ok(Date.now() - t0 < 5000);
    });
  });

  describe('inline disable comments', () => {
    const lint = (text: string) => lintMarkdown(text).findings.map(f => at(text, f));
    it('disable-next-line silences the next line only', () => {
      assert.deepStrictEqual(lint('<!-- learning-leader-disable-next-line -->\nYou should go.\n\nYou must stay.'), ['You must']);
    });
    it('disable-line silences its own line', () => {
      assert.deepStrictEqual(lint('You should go. <!-- learning-leader-disable-line -->\n\nYou must stay.'), ['You must']);
    });
    it('disable and enable bracket a region, optionally per rule', () => {
      const text = '<!-- learning-leader-disable -->\nYou should go.\n<!-- learning-leader-enable -->\n\nYou must stay.\n\n<!-- learning-leader-disable imperative -->\nFix it.\n\nYou need to rest.';
      assert.deepStrictEqual(lint(text), ['You must', 'You need to']);
    });
    it('disable-file silences everything, or the listed rules', () => {
      assert.deepStrictEqual(lint('You should go.\n\n<!-- learning-leader-disable-file -->'), []);
      assert.deepStrictEqual(lint('## Talking points\n\nYou should go.\n\nFix it.\n\n<!-- learning-leader-disable-file you-modal -->'), ['Fix']);
    });
    it('parses directives without scanning files that have none', () => {
      assert.strictEqual(parseDisableComments('plain text').isDisabled('you-modal', 3), false);
    });
  });

  describe('incremental linting', () => {
    it('keeps no earlier version of a large note alive while it is edited (results hold copies of their chunks, not slices of the note)', function () {
      this.timeout(30_000);
      // Memory, not time: with the garbage collector run by hand, the heap after 120 keystrokes in a
      // 400 KB note must not hold the versions typed (measured: 0.4 MB more with copies, 8.8 MB with slices).
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      let text = '# 1:1\n\n';
      for (let i = 0; text.length < 400_000; i++) text += `You should take the lead on redesign ${i}. Told him to write up incident ${i} by Friday.\n\n`;
      const linter = new Linter();
      linter.lint(text);
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 1; i <= 120; i++) {
        const pos = Math.floor(((i * 7919) % 1000) / 1000 * (text.length - 20)) + 10;
        text = [text.slice(0, pos), i % 2 ? 'x' : 'y', text.slice(pos)].join('');
        assert.ok(linter.lint(text).findings.length > 0);
      }
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      assert.ok(grown < 4_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over 120 keystrokes`);
    });

    it('finds a chunk result by its text, never by a text of the same length with the same sampled characters', () => {
      // ChunkCache keys on the length and 17 sampled characters (positions k * n / 16 and the last);
      // these texts differ only at position 3, which is not sampled for n = 100.
      const a = 'x'.repeat(100);
      const b = a.slice(0, 3) + 'y' + a.slice(4);
      const result = { findings: [], questions: 7, candidates: [], stackIn: [], stackOut: [] };
      const cache = new ChunkCache();
      cache.set(a, result);
      assert.strictEqual(cache.get(a.slice(0)), result);
      assert.strictEqual(cache.get(b), undefined);
      cache.set(b, { findings: [], questions: 1, candidates: [], stackIn: [], stackOut: [] });
      assert.strictEqual(cache.get(a), result);
      assert.strictEqual(cache.get(b)?.questions, 1);
    });

    it('agrees with a fresh lint when text moves: a paragraph cut from the end and pasted at the top, then moved back', () => {
      const paragraphs = Array.from({ length: 300 }, (_, i) => (i % 4 === 0 ? `You should refactor module ${i}.` : `Discussed topic ${i} with the team.`));
      const original = paragraphs.join('\n\n') + '\n';
      const moved = [paragraphs[299], ...paragraphs.slice(0, 299)].join('\n\n') + '\n';
      const linter = new Linter();
      const plain = (t: string, r = linter.lint(t)) => JSON.stringify(r.findings);
      assert.strictEqual(plain(original), JSON.stringify(lintMarkdown(original).findings));
      assert.strictEqual(plain(moved), JSON.stringify(lintMarkdown(moved).findings));
      assert.strictEqual(plain(original), JSON.stringify(lintMarkdown(original).findings));
    });

    it('re-lints only the chunk a keystroke touched, in a long note (work counted, not timed)', () => {
      const paragraphs = Array.from({ length: 3000 }, (_, i) => (i % 4 === 0 ? `You should refactor module ${i}.` : `Discussed topic ${i} with the team.`));
      let text = paragraphs.join('\n\n') + '\n';
      const linter = new Linter();
      linter.lint(text);
      assert.ok(linter.lastRun.chunks > 100, `chunks: ${linter.lastRun.chunks}`);
      assert.strictEqual(linter.lastRun.linted, linter.lastRun.chunks);
      for (const at of [0.1, 0.5, 0.9]) {
        const pos = text.indexOf('Discussed', Math.floor(text.length * at));
        text = text.slice(0, pos) + 'x' + text.slice(pos);
        const r = linter.lint(text);
        assert.ok(linter.lastRun.linted <= 1, `a keystroke re-linted ${linter.lastRun.linted} of ${linter.lastRun.chunks} chunks`);
        assert.strictEqual(JSON.stringify(r.findings), JSON.stringify(lintMarkdown(text).findings));
      }
      // The same text again: nothing to lint.
      linter.lint(text);
      assert.strictEqual(linter.lastRun.linted, 0);
    });

    it('never reuses the result of a different chunk of the same length with the same sampled characters', () => {
      // The chunk cache finds candidates by length and 17 sampled characters (positions k * n / 16 and
      // the last); these two texts differ only at position 3, which is not sampled for n = 100.
      const telling = 'I want you to own the migration plan and report back to the whole group on Friday, as we said.';
      const padded = telling + ' '.repeat(100 - telling.length - 1) + '\n';
      const other = padded.slice(0, 3) + 'o' + padded.slice(4); // "I wont you to ..."
      assert.strictEqual(padded.length, 100);
      assert.strictEqual(other.length, 100);
      const linter = new Linter();
      assert.deepStrictEqual(linter.lint(padded).findings.map(f => f.ruleId), ['want-you-to']);
      assert.deepStrictEqual(linter.lint(other).findings.map(f => f.ruleId), lintMarkdown(other).findings.map(f => f.ruleId));
      assert.deepStrictEqual(linter.lint(other).findings.map(f => f.ruleId), []);
      assert.deepStrictEqual(linter.lint(padded).findings.map(f => f.ruleId), ['want-you-to']);
    });

    it('gives the same findings as a fresh lint after edits anywhere, including inside and around fences', () => {
      const paragraphs = Array.from({ length: 400 }, (_, i) =>
        i % 7 === 0 ? '```\nYou should not see this.\n```' : i % 5 === 0 ? `You should refactor module ${i}.` : `Discussed topic ${i} at length with the team.`);
      let text = paragraphs.join('\n\n') + '\n';
      const linter = new Linter();
      const edits: [number, string][] = [[100, 'Fix the tests. '], [5000, '\n\n```\n'], [9000, 'You must go. '], [5001, 'x'], [text.length, '\n\nSend me the draft.']];
      for (const [pos, insert] of edits) {
        text = text.slice(0, pos) + insert + text.slice(pos);
        const incremental = linter.lint(text).findings;
        const fresh = lintMarkdown(text).findings;
        // As data: rewrites are made on first access, and JSON includes them.
        assert.deepStrictEqual(JSON.parse(JSON.stringify(incremental)), JSON.parse(JSON.stringify(fresh)));
        assert.ok(fresh.some(f => f.suggestions.length > 0));
      }
    });
  });
});
