// The labelled development set (test/fixtures/telling-dev.tsv, a copy of shared/data/telling-dev.tsv):
// sentences a manager means to say to the person, so each is linted under a talking-points heading
// (where the manager writes what they will say). Directive sentences must be found, asking ones never,
// neutral ones rarely.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintMarkdown } from '../../src/core/lint/engine';
import type { Finding } from '../../src/core/lint/types';
import { questionOf } from '../../src/core/lint/rewrite';
import { verbReadings } from '../../src/core/lint/english';
import { ALL_RULES } from '../../src/core/lint/rules';

const ROOT = path.resolve(__dirname, '../../..');

interface Row { sentence: string; label: 'directive' | 'asking' | 'neutral' }

/** The heading a sentence is linted under: what the manager means to say to the person. */
const UNDER = '## My talking points\n\n';

/** Lints a sentence as a talking point; offsets are the sentence's own. */
function lintSaid(sentence: string): Finding[] {
  return lintMarkdown(UNDER + sentence, { mode: 'coaching' }).findings.map(f => ({
    ...f, start: f.start - UNDER.length, end: f.end - UNDER.length, sentenceStart: f.sentenceStart - UNDER.length, sentenceEnd: f.sentenceEnd - UNDER.length,
    suggestions: f.suggestions.map(s => ({ ...s, start: s.start - UNDER.length, end: s.end - UNDER.length })),
  }));
}

function load(file = 'test/fixtures/telling-dev.tsv'): Row[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  // Rows are sentence<TAB>label; a line without a tab is a comment.
  return text.split(/\r?\n/).filter(line => line.includes('\t')).map(line => {
    const [sentence, label] = line.split('\t');
    return { sentence: sentence.replace(/\\n/g, '\n'), label: label as Row['label'] };
  });
}

describe('telling linter on the development set', () => {
  const rows = load();
  const flagged = (r: Row) => lintSaid(r.sentence).length > 0;
  const results = rows.map(r => ({ ...r, flagged: flagged(r) }));
  const tp = results.filter(r => r.label === 'directive' && r.flagged).length;
  const fp = results.filter(r => r.label !== 'directive' && r.flagged).length;
  const fn = results.filter(r => r.label === 'directive' && !r.flagged).length;

  it('has the 179 labelled sentences', () => {
    assert.strictEqual(rows.length, 179);
    assert.strictEqual(rows.filter(r => r.label === 'directive').length, 70);
  });

  it('precision on the directive class is at least 0.95', () => {
    const precision = tp / (tp + fp);
    const wrong = results.filter(r => r.label !== 'directive' && r.flagged).map(r => r.sentence);
    assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}; flagged but not directive: ${JSON.stringify(wrong)}`);
  });

  it('recall on the directive class is at least 0.90', () => {
    const recall = tp / (tp + fn);
    const missed = results.filter(r => r.label === 'directive' && !r.flagged).map(r => r.sentence);
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}; missed: ${JSON.stringify(missed)}`);
  });

  it('flags no asking sentence', () => {
    const wrong = results.filter(r => r.label === 'asking' && r.flagged).map(r => r.sentence);
    assert.deepStrictEqual(wrong, []);
  });

  it('offers at least one asking rewrite for most directive findings, each ending with a question mark', () => {
    let withSuggestion = 0;
    for (const r of results.filter(x => x.label === 'directive')) {
      for (const f of lintSaid(r.sentence)) {
        if (f.suggestions.length) withSuggestion++;
        for (const s of f.suggestions) {
          assert.match(s.text, /\?$/, `rewrite of ${JSON.stringify(r.sentence)}: ${s.text}`);
          assert.doesNotMatch(s.text, /undefined|\s{2}/);
        }
      }
    }
    assert.ok(withSuggestion >= 65, `${withSuggestion} of 70 directive findings have rewrites`);
  });

  it('rewrites are themselves clean: applying the first suggestion leaves no finding', () => {
    for (const r of results.filter(x => x.label === 'directive')) {
      const f = lintSaid(r.sentence)[0];
      const s = f?.suggestions[0];
      if (!s) continue;
      const fixed = s.note ? questionOf(s.text) : r.sentence.slice(0, s.start) + s.text + r.sentence.slice(s.end);
      const again = lintSaid(fixed);
      assert.deepStrictEqual(again.map(x => x.ruleId), [], `after fixing ${JSON.stringify(r.sentence)} -> ${JSON.stringify(fixed)}`);
    }
  });
});

describe('telling linter on further sentences written after the development set', () => {
  const rows = load('test/fixtures/telling-extra.tsv');
  const results = rows.map(r => ({ ...r, findings: lintSaid(r.sentence) }));
  const flagged = results.filter(r => r.findings.length > 0);
  const tp = flagged.filter(r => r.label === 'directive').length;
  const directive = results.filter(r => r.label === 'directive').length;

  it('finds at least 95 % of the directive sentences with at least 95 % precision', () => {
    const missed = results.filter(r => r.label === 'directive' && !r.findings.length).map(r => r.sentence);
    const wrong = flagged.filter(r => r.label !== 'directive').map(r => r.sentence);
    assert.ok(tp / directive >= 0.95, `recall ${(tp / directive).toFixed(3)}; missed ${JSON.stringify(missed)}`);
    assert.ok(tp / flagged.length >= 0.95, `precision ${(tp / flagged.length).toFixed(3)}; flagged ${JSON.stringify(wrong)}`);
  });

  it('flags no asking sentence', () => {
    assert.deepStrictEqual(flagged.filter(r => r.label === 'asking').map(r => r.sentence), []);
  });

  it('every rewrite is a question that the linter itself finds clean', () => {
    for (const r of flagged) {
      for (const s of r.findings[0].suggestions) {
        assert.match(s.text, /\?$/, s.text);
        // A note for next time keeps the reported sentence: the question it adds must be clean.
        const fixed = s.note ? questionOf(s.text) : r.sentence.slice(0, s.start) + s.text + r.sentence.slice(s.end);
        assert.deepStrictEqual(lintSaid(fixed).map(f => f.ruleId), [], `${r.sentence} -> ${fixed}`);
      }
    }
  });
});

describe('telling linter on sentences written as a held-out set (telling-more.tsv)', () => {
  // 120 sentences written for this project by a helper who never saw the linter; first run as held out
  // (README "Accuracy"), kept as a regression set.
  const rows = load('test/fixtures/telling-more.tsv');
  const results = rows.map(r => ({ ...r, findings: lintSaid(r.sentence) }));
  const flagged = results.filter(r => r.findings.length > 0);
  const tp = flagged.filter(r => r.label === 'directive').length;
  const directive = results.filter(r => r.label === 'directive').length;

  it('has the 120 sentences', () => assert.strictEqual(rows.length, 120));

  it('finds at least 90 % of the directive sentences with at least 95 % precision, and flags no asking one', () => {
    const missed = results.filter(r => r.label === 'directive' && !r.findings.length).map(r => r.sentence);
    const wrong = flagged.filter(r => r.label !== 'directive').map(r => r.sentence);
    assert.ok(tp / directive >= 0.9, `recall ${(tp / directive).toFixed(3)}; missed ${JSON.stringify(missed)}`);
    assert.ok(tp / flagged.length >= 0.95, `precision ${(tp / flagged.length).toFixed(3)}; flagged ${JSON.stringify(wrong)}`);
    assert.deepStrictEqual(flagged.filter(r => r.label === 'asking').map(r => r.sentence), []);
  });
});

describe('rewrites of a modal that forbids, and of an instruction with no object', () => {
  it('"you need to stop / should avoid / have to quit" + doing: asked about as a prohibition (its trade-offs), not as a task to approach', () => {
    for (const [sentence, doing] of [
      ['You need to stop interrupting people in meetings.', 'interrupting people in meetings'],
      ['You should avoid pinging the on-call at night.', 'pinging the on-call at night'],
      ['You have to quit rewriting the parser.', 'rewriting the parser'],
    ]) {
      const f = lintSaid(sentence);
      assert.deepStrictEqual(f.map(x => x.ruleId), ['you-modal'], sentence);
      const texts = f[0].suggestions.map(s => s.text);
      assert.ok(texts.includes(`What do you see as the trade-offs of ${doing}?`), `${sentence}: ${texts.join(' | ')}`);
      assert.ok(!texts.some(t => /approach/.test(t)), `${sentence}: ${texts.join(' | ')}`);
    }
  });

  it('"avoid doing X this quarter" forbids: a prohibition\'s trade-offs, not a timeline for what is forbidden', () => {
    const f = lintSaid('Avoid touching the payments service this quarter.');
    assert.deepStrictEqual(f.map(x => x.ruleId), ['negative-imperative']);
    assert.ok(f[0].suggestions.some(s => s.text === 'What do you see as the trade-offs of touching the payments service?'), f[0].suggestions.map(s => s.text).join(' | '));
  });

  it('after "be", how to be is no topic; what it is about is ("be more careful with code reviews")', () => {
    const texts = (sentence: string) => lintSaid(sentence)[0]?.suggestions.map(s => s.text) ?? [];
    assert.ok(texts('You have to be more careful with code reviews.').includes('How would you approach code reviews?'));
    assert.ok(texts('Be more proactive about flagging risks.').includes('How would you approach flagging risks?'));
    assert.deepStrictEqual(texts('I expect you to be online by 9am.'), [], 'no "What part would you like to play in online?"');
    // A place, a thing named and a verb after "be" keep their topics.
    assert.ok(texts('I expect you to be on the shop floor during the lunchtime rush.').some(t => t.includes('the shop floor')));
    assert.ok(texts('You should be delegating the bay checks by now.').some(t => t.includes('the bay checks')));
  });

  it('a part to play is asked only where the verb gives one ("own", "lead"), not for "keep your camera on"', () => {
    const texts = (sentence: string) => lintSaid(sentence)[0]?.suggestions.map(s => s.text) ?? [];
    assert.ok(texts('I want you to own the migration.').includes('What part would you like to play in the migration?'));
    assert.ok(!texts("I'd appreciate it if you kept your camera on for client calls.").some(t => /part would you like to play/.test(t)));
  });

  it('a wish that they not do something, or stop, is asked about as a prohibition', () => {
    const texts = (sentence: string) => lintSaid(sentence)[0]?.suggestions.map(s => s.text) ?? [];
    assert.ok(texts("I'd rather you didn't promise the client a date until we've checked capacity.").includes('What do you see as the trade-offs of promising the client a date?'));
    assert.ok(texts("I'd appreciate it if you stopped working weekends.").includes('What do you see as the trade-offs of working weekends?'));
    assert.ok(!texts("I'd appreciate it if you stopped working weekends.").some(t => /part would you like to play/.test(t)));
  });

  it('a verb ending in -ing is made a gerund like any other ("ring" -> "ringing"); a pronoun is no topic', () => {
    const texts = lintSaid("Why didn't you just ring the site manager?")[0].suggestions.map(s => s.text);
    assert.ok(texts.includes('What got in the way of ringing the site manager?'), texts.join(' | '));
    assert.deepStrictEqual(lintSaid("Why didn't you ping anyone when you were stuck?")[0].suggestions.map(s => s.text), ['What got in the way of pinging anyone when you were stuck?']);
  });

  it('the topic is the thing, not the state it is to be left in, a second phrase or the deadline\'s day', () => {
    const first = (sentence: string) => lintSaid(sentence)[0]?.suggestions[0]?.text;
    assert.strictEqual(first('Get the May rota published by the 20th so people can sort out childcare.'), 'What timeline feels realistic for the May rota?');
    assert.strictEqual(first('I want the migration finished by Q3, so plan accordingly.'), 'What timeline feels realistic for the migration?');
    assert.strictEqual(first('I need the signed timesheets from your team by noon on Friday.'), 'What timeline feels realistic for the signed timesheets?');
    assert.strictEqual(first('Send me the revised quote by fri 17th.'), 'What timeline feels realistic for the revised quote?');
    assert.strictEqual(first('Send me the plan by 3rd March.'), 'What timeline feels realistic for the plan?');
    assert.strictEqual(first('Send me the plan by March 3.'), 'What timeline feels realistic for the plan?');
    assert.strictEqual(first('It would really help if you sent the agenda the day before.'), 'How would you approach the agenda?');
    assert.strictEqual(first("You'll need to present this at the all-hands."), 'How would you approach the all-hands?');
    // After a causative verb the thing ends where its bare verb starts; a verb with its object pronoun is no thing.
    assert.strictEqual(first('What if you just let Carla\'s reviews go to the rotation?'), 'What options do you see for Carla\'s reviews?');
    assert.ok(!(lintSaid('Couldn\'t you just ask Kevin to put you forward for senior this cycle?')[0]?.suggestions ?? []).some(x => /put you forward/.test(x.text)));
    // An infinitive's object is the thing: "try harder to hit the sprint goals".
    assert.strictEqual(first('Try harder to hit the sprint goals.'), 'How would you approach the sprint goals?');
    // A light verb's noun is the action: "take the lead on X" is about X.
    assert.strictEqual(first('Take the lead on the vendor evaluation.'), 'How would you approach the vendor evaluation?');
    // A verb, a gerund or a particle before a determiner keeps the phrase whole.
    assert.strictEqual(first('You should be delegating the bay checks by now.'), 'How would you approach delegating the bay checks?');
    // Past an infinitive's verb and its particle, what it acts on: "(get Rosa) to sign off | every post".
    assert.ok(lintSaid('Get Rosa to sign off every post before it\'s scheduled.')[0].suggestions.some(s => s.text === 'How would you approach every post before it\'s scheduled?'));
    assert.strictEqual(first('Get Sam to write the postmortem.'), 'How would you approach the postmortem?');
  });

  it('reported and planned telling to stop doing something: next time, its trade-offs', () => {
    const noted = (line: string) => lintMarkdown(`## Notes\n\n${line}\n`, { mode: 'coaching' }).findings[0]?.suggestions.map(s => s.text) ?? [];
    assert.deepStrictEqual(noted('Told him to stop picking up pages on top of his own.'), [
      ' (next time, ask: "What do you see as the trade-offs of picking up pages on top of his own?")',
      ' (next time, ask: "How do you weigh up picking up pages on top of his own?")',
    ]);
    // Once the note for next time is there, the fix is not offered again (it would add a second note).
    const once = 'Told him to stop picking up pages on top of his own.';
    const applied = once + noted(once)[0];
    assert.deepStrictEqual(noted(applied), []);
    // A second instruction joined to the first is not part of what is forbidden.
    assert.ok(noted('Asked her to stop assigning tickets directly to engineers and use the triage board instead.')[0].includes('the trade-offs of assigning tickets directly to engineers?'));
    // "find out whether ...": no thing to ask about, so no question is noted.
    const whether = lintMarkdown('## Notes\n\nAsked him to find out whether Sam needs adjusted hours for June.\n', { mode: 'coaching' }).findings;
    assert.deepStrictEqual(whether.map(f => f.ruleId), ['reported-telling']);
    assert.deepStrictEqual(whether[0].suggestions, []);
    const planned = lintMarkdown('## My talking points\n\n- Tell her to directly call Jens about the bench booking\n', { mode: 'coaching' }).findings[0];
    assert.ok(!planned.suggestions.some(x => /part would you like to play in Jens/.test(x.text)), planned.suggestions.map(x => x.text).join(' | '));
  });

  it('blame gets no gerund made of what is no verb ("soing long", "behinding"); a state asks about its subject', () => {
    const texts = (sentence: string) => lintSaid(sentence)[0]?.suggestions.map(s => s.text) ?? [];
    assert.deepStrictEqual(texts('Why is a three-point ticket still open after four weeks'), ['How did a three-point ticket look from your side?']);
    assert.deepStrictEqual(texts('Why is the release still behind?'), ['How did the release look from your side?']);
    assert.deepStrictEqual(texts('Why is it taking so long'), []);
    assert.deepStrictEqual(texts('Why is everything late again'), []);
    assert.deepStrictEqual(texts('Why are you always late to planning?'), ['How did planning look from your side?']);
    assert.ok(texts('How come you never update the board?').includes('What got in the way of updating the board?'));
    // Blame for going on doing something asks about doing it, not about what got in its way.
    assert.ok(texts('Why are you still doing their captions for free?').includes('What do you see as the trade-offs of doing their captions for free?'));
    assert.ok(texts('Why do you keep missing standups?').includes('What do you see as the trade-offs of missing standups?'));
    assert.ok(!texts('Why do you keep missing standups?').some(t => /got in the way of missing/.test(t)));
  });

  it('every rewrite of both sentence sets is well formed: its -ing words are gerunds of verbs, no doubled space, no empty topic', () => {
    for (const file of ['test/fixtures/telling-dev.tsv', 'test/fixtures/telling-more.tsv']) {
      for (const r of load(file)) {
        for (const f of lintSaid(r.sentence)) {
          for (const sg of f.suggestions) {
            const q = sg.note ? questionOf(sg.text) : sg.text;
            const source = new Set(r.sentence.toLowerCase().split(/[^\p{L}'-]+/u));
            for (const w of q.toLowerCase().split(/[^\p{L}'-]+/u)) {
              if (w.length > 4 && w.endsWith('ing') && !source.has(w)) assert.ok(verbReadings(w).some(x => x.form === 'gerund'), `${r.sentence} -> ${q}: "${w}"`);
            }
            assert.doesNotMatch(q, /\s{2}|\b(?:of|for|in|approach|about|with) \?|How did\s+look/, `${r.sentence} -> ${q}`);
          }
        }
      }
    }
  });

  it('offers no rewrite rather than one built on a conjunction or a time ("stop and think" has no object)', () => {
    const f = lintSaid('You need to stop and think.');
    assert.deepStrictEqual(f.map(x => x.ruleId), ['you-modal']);
    assert.deepStrictEqual(f[0].suggestions.map(s => s.text), []);
    // Nor on a time: "You should've told me earlier" is not asked as "How did earlier look from your side?".
    assert.deepStrictEqual(lintSaid("You should've told me earlier.")[0].suggestions.map(s => s.text), ['What got in the way of telling me earlier?']);
  });

  it('a state to keep or make a thing in is not the thing: "make the release notes clearer", "keep me posted"', () => {
    const first = (sentence: string) => lintSaid(sentence)[0]?.suggestions[0]?.text;
    assert.strictEqual(first('Make the release notes clearer.'), 'How would you approach the release notes?');
    assert.strictEqual(first('Make the onboarding doc shorter.'), 'How would you approach the onboarding doc?');
    assert.strictEqual(first('Leave the codebase better than you found it.'), 'How would you approach the codebase?');
    assert.strictEqual(first('Keep the stakeholders informed about the delay.'), 'How would you approach the stakeholders?');
    assert.strictEqual(first('Keep the release manager in the loop.'), 'How would you approach the release manager?');
    // The one who does a verb is a noun, not a comparative: "manager", "owner".
    assert.strictEqual(first('Make Sam the release manager.'), 'How would you approach Sam?');
    // A pronoun and its state name no thing: no rewrite rather than "How would you approach posted?".
    assert.deepStrictEqual(lintSaid('Keep me posted on the migration.')[0]?.suggestions.map(s => s.text) ?? [], ['How would you approach the migration?', 'What options do you see for the migration?']);
    assert.deepStrictEqual(lintSaid('Keep them informed.')[0].suggestions, []);
  });

  it('after go or come the second verb is the action; a time at the end, a particle or a number after a noun is no part of the thing', () => {
    const first = (sentence: string) => lintSaid(sentence)[0]?.suggestions[0]?.text;
    assert.strictEqual(first('Go talk to the security team about the audit.'), 'How would you approach the audit?');
    assert.ok(lintSaid('Go fix the flaky test before lunch.')[0].suggestions.some(s => s.text === 'What timeline feels realistic for the flaky test?'));
    assert.strictEqual(first('Pick up the on-call rotation next week.'), 'How would you approach the on-call rotation?');
    assert.strictEqual(first('Did you consider pushing the launch back a week?'), 'What options do you see for the launch?');
    assert.strictEqual(first('What if you just split the ticket in two?'), 'What options do you see for the ticket?');
  });

  it('hyphenated verbs are verbs: "stop replying-all", "re-run", "over-engineer", "double-check", "dry-run"', () => {
    const f = lintSaid('Stop replying-all to the whole org.');
    assert.deepStrictEqual(f.map(x => x.ruleId), ['negative-imperative']);
    assert.strictEqual(f[0].suggestions[0].text, 'What do you see as the trade-offs of replying-all to the whole org?');
    assert.deepStrictEqual(lintSaid('Re-run the flaky tests before merging.').map(x => x.ruleId), ['imperative']);
    assert.strictEqual(lintSaid("Don't over-engineer the cache.")[0].suggestions[0].text, 'What do you see as the trade-offs of over-engineering the cache?');
    assert.strictEqual(lintSaid('You should have re-written the intro.')[0].suggestions[0].text, 'How would you approach the intro?');
    assert.deepStrictEqual(lintSaid('Double-check the numbers before you send them.')[0].suggestions.map(s => s.text),
      ['How will you check the numbers before you send them?', 'What would help you check the numbers before you send them?']);
    const dry = lintMarkdown('## My talking points\n\n- get Emeka to dry-run the readout with me\n', { mode: 'coaching', personNames: ['Emeka'] }).findings[0];
    assert.ok(dry?.suggestions.some(s => s.text.includes('the readout')), dry?.suggestions.map(s => s.text).join(' | '));
  });
});

describe('who is told, in notes written about a meeting', () => {
  const inNote = (body: string, person = 'Omar') => lintMarkdown(`# 1:1 with ${person}\n\n## Notes\n\n${body}\n`, { mode: 'coaching', personNames: [person] }).findings.map(f => f.ruleId);

  it('a number is an object: "Me: Pick two days in June and block them" is said to them', () => {
    assert.deepStrictEqual(inNote('Me: Pick two days in June and block them.'), ['imperative']);
    assert.deepStrictEqual(inNote('Me: Book three slots with the panel.'), ['imperative']);
  });

  it('"told her the other team can\'t take it" is news; "told him he can\'t ship on Fridays" forbids', () => {
    assert.deepStrictEqual(inNote('- Told her the platform team can\'t take the migration before July.'), []);
    assert.deepStrictEqual(inNote('- Told him he can\'t ship on Fridays any more.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Told him the tickets have to be current by standup.'), ['reported-telling']);
  });

  it('what they need to learn or grow into is an assessment, not an order; what they need to do is', () => {
    assert.deepStrictEqual(inNote('- Omar needs to learn to let things break a little.'), []);
    assert.deepStrictEqual(inNote('- Omar needs to own the release checklist.'), ['reported-telling']);
  });

  it('blame for going on: "Why do you still ...?" like "Why do you keep ...?"', () => {
    const f = lintMarkdown('## Notes\n\n- Why do you still deploy on Friday evenings?\n', { mode: 'coaching' }).findings;
    assert.deepStrictEqual(f.map(x => x.ruleId), ['leading-question']);
    assert.strictEqual(f[0].suggestions[0]?.text, 'What do you see as the trade-offs of deploying on Friday evenings?');
  });

  it('"make sure" about the person in the third person is the manager\'s reminder, not a request to them', () => {
    assert.deepStrictEqual(inNote('- Make sure the promo packet template is in the shared folder before I send it to him'), []);
    assert.deepStrictEqual(inNote('- Make sure you put the template in the shared folder'), ['make-sure']);
  });

  it('an idiom of interpreting is no order: "Make of that what you will."', () => {
    assert.deepStrictEqual(lintSaid('Her boss wants fewer dashboards. Make of that what you will.').map(f => f.ruleId), []);
  });
});

describe('talking points written about the person met', () => {
  const said = (line: string) => lintMarkdown(`# 1:1 with Jonas\n\n## My talking points\n\n- ${line}\n`, { mode: 'coaching', personNames: ['Jonas'] }).findings.map(f => f.ruleId);

  it('"he" or "she" with an obligation is the person met, unless the sentence names someone else first', () => {
    assert.deepStrictEqual(said('He needs to be more proactive in standups'), ['reported-telling']);
    assert.deepStrictEqual(said('He has to stop pushing straight to main'), ['reported-telling']);
    assert.deepStrictEqual(said('He should take the lead on the migration'), ['reported-telling']);
    assert.deepStrictEqual(said('Priya: she needs the numbers by Friday'), []);
    assert.deepStrictEqual(said('Ask how Priya is doing; she needs to finish the audit'), []);
    assert.deepStrictEqual(said('He needs to know about the reorg'), []);
    // With no person met (a sentence alone), "he" is someone else, as in the sentence sets.
    assert.deepStrictEqual(lintSaid('He needs to be more visible before calibration.'), []);
  });

  it('a wish that is their task, planned: "I want him to ...", "Need him to ...", "Expect him to ..."', () => {
    assert.deepStrictEqual(said('I want him to lead the Q1 planning'), ['reported-telling']);
    assert.deepStrictEqual(said('I want Jonas to lead the Q1 planning'), ['reported-telling']);
    assert.deepStrictEqual(said('Need him to step up on code reviews'), ['reported-telling']);
    assert.deepStrictEqual(said('Expect him to cover on-call next week'), ['reported-telling']);
    // "be" gives a part to play only with a part ("the owner of X", "in charge of X"), not how to be.
    const asked = (line: string) => lintMarkdown(`# 1:1 with Jonas\n\n## My talking points\n\n- ${line}\n`, { mode: 'coaching', personNames: ['Jonas'] }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.deepStrictEqual(asked('He needs to be more proactive in standups')[0], 'Ask him: how would you approach standups?');
    assert.deepStrictEqual(asked('I want him to be the owner of the release checklist')[0], 'Ask him: what part would you like to play in the release checklist?');
    // A wish about someone else is not telling Jonas.
    assert.deepStrictEqual(said('I want Priya to join the design review'), []);
  });
});

describe('what a note marks about a line: said, passed on, to tell, a task keyword, a rule for next time', () => {
  const inNote = (body: string, heading = 'Notes', person = 'Theo') => lintMarkdown(`# 1:1 with ${person}\n\n## ${heading}\n\n${body}\n`, { mode: 'coaching', personNames: [person] }).findings.map(f => f.ruleId);

  it('", I said", ", I told her,", "— said it twice" mark an instruction as said to them; "I said I\'d check" does not', () => {
    assert.deepStrictEqual(inNote('- Pair with Fiona on the Terraform changes for the next month, I said'), ['imperative']);
    assert.strictEqual(inNote('- Read the escalation guide before the weekend, I told him, because those pages spike then.').length, 1);
    assert.deepStrictEqual(inNote('- Ask for a second reviewer on every schema change — said it twice.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Check the budget sheet, I said I\'d do it by Friday.'), []);
  });

  it('a sentence that names someone else as its speaker (", IT says") is passed on, not said', () => {
    assert.deepStrictEqual(inNote('- You should have VPN access by Monday, IT says.'), []);
  });

  it('"— tell him Thursday" plans to say what comes before it, even in a private section', () => {
    assert.deepStrictEqual(inNote('- Theo needs to come to the Friday demo every week — tell him Thursday.', 'Private'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Theo needs to come to the Friday demo every week.', 'Private'), []);
  });

  it('an outliner\'s task keyword (LATER, TODO, DONE) is a task\'s box, nested under a heading in a list item too', () => {
    const text = '- ## Next time\n\t- LATER ask how the migration went\n\t- LATER tell him he has to write the runbook before his leave\n';
    assert.deepStrictEqual(lintMarkdown(text, { mode: 'coaching' }).findings.map(f => f.ruleId), ['reported-telling']);
    assert.deepStrictEqual(inNote('- TODO send the deck to finance'), []);
  });

  it('a rule for next time in the present tense ("Next time you escalate ...", "from now on you page ...") is an instruction; "Next time you\'re stuck, ping me" is a time', () => {
    assert.deepStrictEqual(inNote('- Next time you escalate straight to the on-call lead if nobody answers in ten minutes.'), ['imperative']);
    assert.deepStrictEqual(inNote('- from now on you page the secondary after 30 minutes, no exceptions'), ['imperative']);
    assert.deepStrictEqual(inNote('- Next time you run the retro, try the sailboat format.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Next time you feel stuck, say so in standup.').length, 1);
    assert.deepStrictEqual(inNote('- Next time you\'re stuck, ping me.'), []);
  });

  it('a section of the manager\'s own headed about the other person ("Reflection (her choice)") is a record, not a note to self', () => {
    assert.deepStrictEqual(inNote('- Use the checklist when you call, you skipped a step last time.', 'Reflection (her choice)'), ['imperative']);
    assert.deepStrictEqual(inNote('- Use the checklist when you call.', 'Reflection'), []);
  });

  it('a name label that is neither of the two people of a known 1:1 heads a topic ("Kestrel: send me the signed order")', () => {
    assert.deepStrictEqual(inNote('- Kestrel: send me the signed order so I can put it in the forecast.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Theo: can you send me the signed order?'), []);
  });

  it('"Last Thursday he pushed ..." opens with a time, not an order; a question after "I asked ...:" is the one asked', () => {
    assert.deepStrictEqual(inNote('Last Thursday he pushed a config change without a review.'), []);
    assert.deepStrictEqual(inNote('Then the test plan, which I asked almost word for word: have you considered just writing the plan first?'), ['leading-question']);
  });

  it('an expectation stated to them ("I said I want a weekly summary", "Told him I need him to ...") is reported telling; the manager\'s own wants and needs are not', () => {
    assert.deepStrictEqual(inNote('- Handover: I said I want a short written summary before each leave.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Told him I expect more ownership of the flaky suite.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- I told him I need him to chair the incident review.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Said I\'d like the draft earlier next sprint.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- I told him I need a quiet week after the audit.'), []);
    assert.deepStrictEqual(inNote('- I said I want to help with the cut-over.'), []);
    assert.deepStrictEqual(inNote('- I told him I want the guild to pick the format.'), []);
    assert.deepStrictEqual(inNote('- He said I want too many status updates.'), []);
  });

  it('telling named as a noun ("My advice was that he should ...", "Gave him feedback that he needs to ...") is reported telling; their feedback to the manager is not', () => {
    assert.deepStrictEqual(inNote('- My feedback that he could take more of the design reviews went down well.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- My advice was that he should hand the vendor calls to Ana.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Gave him some direct feedback that he needs to flag slips earlier.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Gave him instructions to restart the sync job every morning.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- My ask was that he writes up the outage before Monday.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- His feedback that I should share the roadmap earlier was fair.'), []);
    assert.deepStrictEqual(inNote('- My feedback that he handled the outage calmly landed well.'), []);
    assert.deepStrictEqual(inNote('- Gave Priya feedback that she should join the guild.'), []);
  });

  it('a quotation of the manager\'s own words opens a clause: `Then I said "send me the plan by Monday"`; someone else\'s quotation stays masked', () => {
    assert.deepStrictEqual(inNote('Then I said "send me the rollout plan by Monday" and we moved on.'), ['deadline-demand']);
    assert.deepStrictEqual(inNote('I said "from now on you page the secondary first" and he nodded.'), ['imperative']);
    assert.deepStrictEqual(inNote('She said "send me the rollout plan by Monday" was too tight.'), []);
    assert.deepStrictEqual(inNote('I asked "what would you try first?" and he had a plan.'), []);
  });

  it('under a question to them as a heading ("What did you get done?") the lines are their answers; a comment signed with initials there is the manager\'s', () => {
    const doc = (body: string) => lintMarkdown(`# Weekly 1:1s\n\n## Topics to discuss\n\n### What would you like to focus on next sprint?\n\n${body}\n`, { mode: 'coaching' }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(doc('- Finish the onboarding guide\n- Draft the survey questions'), []);
    assert.deepStrictEqual(doc('- Finish the onboarding guide\n  - JP: Make sure you share it with the support team first.'), ['make-sure']);
    assert.deepStrictEqual(doc('- Finish the onboarding guide\n  - JP - make sure you share it with the support team first.'), ['make-sure']);
    // Under the talking points themselves the same lines are the manager's.
    assert.deepStrictEqual(lintMarkdown('## Topics to discuss\n\n- Finish the onboarding guide by Friday\n', { mode: 'coaching' }).findings.length, 1);
  });

  it('a feeling with its subject dropped ("Love this!", "Appreciate the quick fix") is not an instruction', () => {
    assert.deepStrictEqual(inNote('- Love this! Really clear write-up.', 'My talking points'), []);
    assert.deepStrictEqual(inNote('- Appreciate the quick fix on the billing export.', 'My talking points'), []);
  });

  it('"needs to experience ..." is a development need, not a task', () => {
    assert.deepStrictEqual(inNote('- Theo needs to experience a full release cycle before he leads one.', 'My talking points'), []);
  });

  it('a short sentence after an instruction on its line says it was said ("Said it twice.", "My advice, he wrote it down.") or is to be said ("Tell him next week.")', () => {
    assert.deepStrictEqual(inNote('- Put the rota in the shared calendar before Friday. Said it twice.'), ['deadline-demand']);
    assert.deepStrictEqual(inNote('- Keep the standup to ten minutes. My advice, he wrote it down.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Run the demo yourself, not through me. I framed it as a suggestion but it was not one.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Theo needs to own the flaky-test list for the whole team. Tell him next week.'), ['reported-telling']);
    // A statement he was told, a plan of the manager's, and "asked it to ..." are no such marks.
    assert.deepStrictEqual(inNote('- Book the big room for Friday. Said I would do it.'), []);
    assert.deepStrictEqual(inNote('- Company covers two study days a month. Told him that\'s the standard deal.'), []);
  });

  it('a negative question with "you not" ("Did you not check the logs?") leads as "Didn\'t you" does; a quotation of the manager\'s question is the one asked', () => {
    assert.deepStrictEqual(inNote('- Did you not check the logs before paging?'), ['leading-question']);
    assert.deepStrictEqual(inNote('- I also asked "shouldn\'t you have raised it on Monday?" He paused.'), ['leading-question']);
    assert.deepStrictEqual(inNote('- I also asked "what would you change next time?" He had a plan.'), []);
  });

  it('a chat line\'s time and speaker ("[09:12] Ana Ruiz: ...") is someone else speaking, unless the name is the manager\'s', () => {
    assert.deepStrictEqual(inNote('[09:12] Ana Ruiz: reminder all, pls get your survey answers in by Friday'), []);
    const chat = '# 1:1 Theo\n\n[16:09] Rosa Lind: Theo, update the release notes and resubmit tonight\n';
    assert.deepStrictEqual(lintMarkdown(chat, { mode: 'coaching', personNames: ['Theo'], managerNames: ['Rosa Lind'] }).findings.map(f => f.ruleId), ['deadline-demand']);
    assert.deepStrictEqual(lintMarkdown(chat, { mode: 'coaching', personNames: ['Theo'] }).findings.map(f => f.ruleId), []);
  });

  it('under a label line the lines are points: each line that opens a clause is a sentence, lower case or not', () => {
    const note = '# 1:1 Theo\n\nthings for next time\ncheck the latency numbers with ops before i say anything\nask marek about the rota\nget theo to demo the cache work at the guild\ndon\'t you think you\'d have saved a day if you\'d asked on monday\n';
    const found = lintMarkdown(note, { mode: 'coaching', personNames: ['Theo'] }).findings.map(f => [note.slice(0, f.start).split('\n').length, f.ruleId]);
    assert.deepStrictEqual(found, [[6, 'reported-telling'], [7, 'leading-question']]);
  });

  it('a question reported without quotes after "I asked him" is the question asked; someone else\'s is not', () => {
    assert.deepStrictEqual(inNote("i asked him why didn't you just restart the job like last time and it came out wrong"), ['leading-question']);
    assert.deepStrictEqual(inNote("i did ask her um wouldn't it have been easier to just pin the version at the start"), ['leading-question']);
    assert.deepStrictEqual(inNote("she asked him why didn't you ship it"), []);
    assert.deepStrictEqual(inNote("I don't know why it didn't work."), []);
  });

  it('from a new user\'s week: reminders in the notes, their words passed on, own acts in talking points stay clean', () => {
    assert.deepStrictEqual(inNote('- Don\'t forget to book the team offsite.'), []);
    assert.deepStrictEqual(inNote('- Make sure the travel budget is approved before Friday.'), []);
    assert.deepStrictEqual(inNote('- Make sure you book the team offsite.'), ['make-sure']);
    assert.deepStrictEqual(inNote('- You should take this to the staff meeting, she said.'), []);
    assert.deepStrictEqual(inNote('- Push back on the reorg timeline', 'My talking points'), []);
    assert.deepStrictEqual(inNote('- Share the facilitation guide', 'My talking points'), []);
    assert.deepStrictEqual(lintMarkdown('**Actions from the meeting** (not assigned, I\'ll take them):\n1. Set up the rotation tag and stop using the old pager tool.\n', { mode: 'coaching' }).findings, []);
  });

  it('from a new user\'s week: telling the linter missed', () => {
    assert.deepStrictEqual(inNote('- Gave him feedback: his demos run long, keep them to ten minutes.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- My advice: pick one of the two projects.'), ['imperative']);
    assert.deepStrictEqual(inNote('- Honestly, just ship it and stop polishing.'), ['negative-imperative']);
    assert.deepStrictEqual(inNote('- We shipped it and stop the old cron next week.'), []);
    assert.deepStrictEqual(inNote('- If I were you I would drop the guild for now.'), ['want-you-to']);
    assert.deepStrictEqual(inNote('- Suggest he takes the conference talk', 'My talking points'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Needs to document the fixture setup', 'My talking points'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Need to document the fixture setup', 'My talking points'), []);
  });

  it('names match without their accents: "@Joaquín" in a note of joaquin-ruiz is the person met', () => {
    const note = '# 1:1\n\n## Next time\n\n- Push @Joaquín Ruiz to present the checkout learnings himself, not through me\n';
    assert.deepStrictEqual(lintMarkdown(note, { mode: 'coaching', fileName: 'people/joaquin-ruiz/2026-10-06.md' }).findings.map(f => f.ruleId), ['reported-telling']);
  });

  it('"pls" after a comma starts a request as "please" does', () => {
    assert.deepStrictEqual(inNote('- Conference trip: fine by me, pls add it to the team calendar.'), ['imperative']);
  });

  it('a rewrite keeps the topic first and the situation with it ("Get the handbook updated before the holidays")', () => {
    const asked = (line: string) => lintMarkdown(`## My talking points\n\n- ${line}\n`, { mode: 'coaching' }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.deepStrictEqual(asked('Get the on-call handbook updated before the holidays.')[0], 'How would you approach the on-call handbook before the holidays?');
    assert.ok(!asked('Run it with the team before the planning meeting.').some(t => /part would you like to play in the team/.test(t)));
    assert.ok(!asked('**Update the status page** whenever there is an incident.').some(t => t.includes('*')));
  });

  it('a rewrite past a pronoun asks about where the thing goes, and makes no topic of "it simple" or "it past Sam"', () => {
    const asked = (line: string) => lintMarkdown(`## My talking points\n\n- ${line}\n`, { mode: 'coaching' }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.deepStrictEqual(asked('Please add it to the release checklist.')[0], 'How would you approach the release checklist?');
    assert.ok(!asked('Keep it simple.').some(t => /\bit simple\b/.test(t)));
    assert.ok(!asked('Run it past Sam first.').some(t => /\bit past\b/.test(t)));
    assert.ok(!asked('Keep this in mind next quarter.').some(t => /\bthis in mind\b/.test(t)));
  });

  it('"and said she should ..." after "I went further" is the manager telling', () => {
    assert.deepStrictEqual(inNote('Then I went further than I should have and said he should make the flaky tests his top priority.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('He pushed back and said he should own the rota himself.'), []);
  });

  it('a demand reported with the person as its subject ("suggested Grace block ..."), and "said to <verb>" or "said no, but to <verb>"', () => {
    const note = (line: string) => lintMarkdown(`# 1:1 Grace Liu / Dana Whitaker\n\n**Discussion**\n1. ${line}\n`, { mode: 'coaching', personNames: ['Grace Liu'] }).findings;
    const dana = note('Dana shared that this is common and suggested Grace block two focus mornings per week.');
    assert.deepStrictEqual(dana.map(f => f.ruleId), ['reported-telling']);
    assert.match(dana[0].suggestions[0]?.text ?? '', /two focus mornings per week/);
    assert.ok(!/approach block/.test(note('Dana suggested that Grace block two focus mornings per week.')[0]?.suggestions[0]?.text ?? ''), 'the name and its verb are not the topic');
    assert.deepStrictEqual(note('Grace asked whether she should involve HR. Dana said no, not yet, but to keep dated notes.').map(f => f.ruleId), ['reported-telling']);
    assert.deepStrictEqual(note('Grace said to keep dated notes.').map(f => f.ruleId), [], 'her words');
    assert.deepStrictEqual(inNote('I said to keep dated notes.'), ['reported-telling']);
    assert.deepStrictEqual(inNote('I told him no, but to ask again in March.'), ['reported-telling']);
    for (const clean of ['I said to myself that I would stay quiet.', 'I said to the team that the date holds.', 'It is said to be the best course.', 'Said to take the Friday off if he needs it.']) {
      assert.deepStrictEqual(inNote(clean), [], clean);
    }
  });

  it('a quotation that opens its line and is marked as said after it is the manager\'s words ("Asked it in front of the TA.")', () => {
    assert.deepStrictEqual(inNote('- "Why haven\'t you logged any of this on Arbor?" Asked it in front of the TA. Not my best moment.'), ['leading-question']);
    assert.deepStrictEqual(inNote('- "Send me the plan by Monday." Said it twice.'), ['deadline-demand']);
    assert.deepStrictEqual(inNote('- "Send me the plan by Monday" was the phrase she kept repeating.'), [], 'mentioned, not said');
    assert.deepStrictEqual(inNote('- He wrote "send me the plan by Monday." Said it twice.'), [], 'his words');
  });

  it('a label naming what the manager said ("Options I offered:") records the manager\'s words, also inside their half', () => {
    assert.deepStrictEqual(inNote('Options I offered:\n- Have you tried just saying no and seeing what happens?', 'His half'), ['leading-question']);
    assert.deepStrictEqual(inNote('Options he came up with:\n- Have you tried just saying no and seeing what happens?', 'His half'), []);
  });

  it('a decision made for them and closed to discussion ("You\'re taking next weekend off, not up for debate")', () => {
    assert.deepStrictEqual(inNote('- You\'re taking next weekend off and I\'ll hold the pager myself, not up for debate.'), ['you-modal']);
    assert.deepStrictEqual(inNote('- You\'re presenting the results on Friday, that\'s non-negotiable.'), ['you-modal']);
    for (const clean of ['- You\'re taking next weekend off, lucky you.', '- She said the budget is not up for debate, you\'re going to love it.', '- The promotion criteria are non-negotiable; you\'re doing great against them.']) {
      assert.deepStrictEqual(inNote(clean), [], clean);
    }
  });

  it('"No more bank shifts until August, Kofi": a ban put to them (named, "you", or marked as said); its rewrite asks about what is banned', () => {
    const kofi = (line: string) => lintMarkdown(`# 1:1\n\n## Notes\n\n${line}\n`, { mode: 'coaching', personNames: ['Kofi Asamoah'] }).findings;
    const ban = kofi('- No more bank shifts on Ward 7 until the end of August, Kofi. I said that and I mean it.');
    assert.deepStrictEqual(ban.map(f => f.ruleId), ['negative-imperative']);
    assert.strictEqual(ban[0].suggestions[0]?.text, 'What do you see as the trade-offs of bank shifts on Ward 7?');
    assert.deepStrictEqual(kofi('- Kofi, no more bank shifts until August.').map(f => f.ruleId), ['negative-imperative']);
    for (const clean of ['- No more bank shifts on Ward 7 until the end of August.', '- No more bank shifts for me this year.', '- No more than two bank shifts a month, she said.', '- No more meetings on Fridays for the team, we agreed.']) {
      assert.deepStrictEqual(kofi(clean).map(f => f.ruleId), [], clean);
    }
  });

  it('an arrow says who speaks to whom: "me → Wei: land the rollback plan" is said to them, "Wei → me: can you review ...?" is theirs', () => {
    const raid = (line: string) => lintMarkdown(`# 1:1 Wei Zhang\n\n## Asks\n\n- ${line}\n`, { mode: 'coaching', personNames: ['Wei Zhang'] }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(raid('me → Wei: land the rollback plan in #1423 before Thu\'s review'), ['deadline-demand']);
    assert.deepStrictEqual(raid('Wei → me: can you review #1423 before Thu? +1'), []);
    assert.deepStrictEqual(raid('Tobias -> me: stop adding him to the vendor calls. fair. ACK'), []);
  });

  it('a shared doc: replies marked at the line\'s start are the other person\'s ("💬 ...", "→ (mgr) ..."), and "Kasia\'s items" with Kasia the manager are hers', () => {
    const doc = (body: string, person = 'ruben-molina') => lintMarkdown(`---\ndoc: "Ruben / Kasia 1:1 (shared)"\n---\n\n## 12 Jan\n\n${body}\n`, { mode: 'coaching', fileName: `one-on-ones/${person}/2027-01-12.md` }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(doc("### Ruben's items\n1. PagerDuty paged me 6 times last week.\n   💬 **Mute it today and open a ticket with the alert owner.**"), ['deadline-demand']);
    assert.deepStrictEqual(doc("### Ruben's items\n- Recon design doc is in review\n  → (mgr) Pick the smaller ticket first, then the webhook one."), ['imperative']);
    assert.deepStrictEqual(doc("### Ruben's items\n1. Go or Kotlin? Thoughts?\n   💬 **Open to it. What does Kotlin cost us today, in your words?**"), []);
    assert.deepStrictEqual(doc("### Ruben's items\n1. I think we should do it in Go. You should really push back on the Q1 date."), [], 'his words to the manager');
    assert.deepStrictEqual(doc("### Kasia's items\n- On-call swap: **you need to put it in PagerDuty yourself this time.**"), ['you-modal']);
    assert.deepStrictEqual(doc("### Kasia's items\n- Ruben's promo doc is at two pages.\n  💬 **Good. Don't let it creep back over two pages.**"), [], 'a reply to her own point is the other person\'s');
  });

  it('under their section, the manager\'s own ask reported with them as its object is the manager\'s ("asked her to put the docs in the PR")', () => {
    const theirs = (line: string) => lintMarkdown(`# 1:1 Elin\n\nHER STUFF\n• wants to learn Python properly\n• ${line}\n`, { mode: 'coaching', personNames: ['Elin Sandberg'] }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(theirs('asked her to put the model docs in the PR by Friday'), ['reported-telling']);
    assert.deepStrictEqual(theirs('asked me to add her to #data-infra'), []);
  });

  it('English learned elsewhere: "I said him to ...", "recommended her to ...", "Say her that she need to ..." report or plan an instruction', () => {
    assert.deepStrictEqual(inNote('- I said him to do the pairing with Arnav on Tuesdays and Thursdays'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- I recommended her to talk with her manager about a trial as TL before to apply outside'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- Say her that she need to update the Jira every day, not only on Friday', 'Next time'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- I said to her that the release train is every two weeks now'), []);
    assert.deepStrictEqual(inNote('- I said her to the team lead as the contact.'), []);
    const asked = lintMarkdown('## Notes\n\n- I said her to make a review of the crash reports every morning before the daily\n', { mode: 'coaching' }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.ok(asked.some(t => t.includes('before the daily?')) && !asked.some(t => t.includes('before the?')), asked.join(' | '));
  });

  it('questions with the answer built in, from English learned elsewhere: "Why you merged without ...?", "Is better to use the flag, no?", "Wouldn\'t recon be the better story?"', () => {
    const first = (line: string) => lintMarkdown(`## Notes\n\n- ${line}\n`, { mode: 'coaching' }).findings.map(f => [f.ruleId, f.suggestions[0]?.text ?? '']);
    assert.deepStrictEqual(first('Why you deployed the hotfix on Friday?'), [['leading-question', 'What do you see as the trade-offs of deploying the hotfix on Friday?']]);
    assert.deepStrictEqual(first('Is better to use the feature flag for the new paywall, no?'), [['leading-question', 'What options do you see for the feature flag for the new paywall?']]);
    assert.deepStrictEqual(first('Wouldn\'t recon be the better story for your promo, though?'), [['leading-question', 'What options do you see for recon?']]);
    assert.deepStrictEqual(first('Why you are here is a good question.'), []);
    assert.deepStrictEqual(first('Isn\'t it great that the release went out?'), []);
  });

  it('more ways to tell: "say him to stop ...", "tell him no more hotfixes ...", "I asked you to send ..." (written to them), "Would be good if you make ..."', () => {
    assert.deepStrictEqual(inNote('- say him to stop to work after 20h, the commits at midnight are not normal', 'Next time'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- tell him no more hotfixes straight in the Airflow UI, PRs only', 'Next time'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- told him no more hotfixes straight in the Airflow UI'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- we talked, I asked you to send the recon design to Ruben for review before Friday'), ['reported-telling']);
    assert.deepStrictEqual(inNote('- she asked you to send the recon design to Ruben'), []);
    assert.deepStrictEqual(inNote('- Would be good if you make the tech talk about Compose in January'), ['want-you-to']);
    assert.deepStrictEqual(inNote('- Would be good to have the tech talk in January'), []);
  });

  it('a verdict asked for agreement ("Do you think 11 minutes on a refund call is acceptable?"), also quoted after "Asked Connor:"', () => {
    const notes = (body: string) => lintMarkdown(`# 1:1\n\n## Notes\n\n${body}\n`, { mode: 'coaching', personNames: ['Connor Baines'] }).findings;
    const asked = notes('Asked Connor: "Do you think 11 minutes on a refund call is acceptable?"');
    assert.deepStrictEqual(asked.map(f => f.ruleId), ['leading-question']);
    assert.strictEqual(asked[0].suggestions[0]?.text, 'How do you see 11 minutes on a refund call?');
    assert.deepStrictEqual(notes('- Do you think the plan is ok?').map(f => f.ruleId), []);
    assert.deepStrictEqual(notes('He asked Connor: "Do you think 11 minutes is acceptable?"').map(f => f.ruleId), [], 'his words');
  });

  it('a rewrite leaves out a second instruction joined on ("Told him to write the RFC before Friday and to loop in Ravi")', () => {
    const texts = lintMarkdown('## Notes\n\n- Told him to write the RFC before Friday and to loop in Ravi.\n', { mode: 'coaching' }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.ok(texts.some(t => t.includes('How would you approach the RFC before Friday?')) && !texts.some(t => /and to loop/.test(t)), texts.join(' | '));
  });
  // Principles from a held-out set of 20 notes in new styles (a journal, a Notion export, an emoji log,
  // an email thread, a German and an Indian manager's English), each tested here with new sentences.
  const note = (text: string, person = 'Lena Vogt') => lintMarkdown(text, { mode: 'coaching', personNames: [person] }).findings.map(f => f.ruleId);
  /** A line under a heading of a 1:1 with Lena: the form most of the principles below are tested in. */
  const underHeading = (line: string, heading = 'Notes', person = 'Lena Vogt') => note(`# 1:1 Lena\n\n## ${heading}\n${line}\n`, person);

  it('a meeting\'s title is no list of actions ("1:1 follow-up: Lena"); "Follow-ups from the 1:1" is one', () => {
    assert.deepStrictEqual(note('# 1:1 follow-up: Lena Vogt\n\nHi Lena,\n\n1. The vendor review. Please send me the scoring sheet by Monday noon.\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Follow-ups from the 1:1\n\n- send the scoring sheet to procurement by Monday\n'), []);
  });

  it('a journal is the manager\'s own ("# journal: after my 1:1 with Lena"), and "Topics from me" are the manager\'s points', () => {
    assert.deepStrictEqual(note('# journal: after my 1:1 with Lena\n\nThings to stop:\n- Stop finishing her sentences.\n- Don\'t open with the metrics.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Topics from me\n- You need to hand the vendor file over before your leave.\n'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\n## Topics from Lena\n- You need to hand the vendor file over before your leave.\n'), [], 'her words to the manager');
  });

  it('"My notes / pushback" records what was said to them; "My notes" alone is the manager\'s own', () => {
    assert.deepStrictEqual(note('# Lena\n\nMy notes / pushback:\n- Don\'t drop the survey yet, you\'ll lose the baseline\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\nMy notes:\n- Don\'t drop the survey yet, check the baseline first\n'), []);
  });

  it('their agenda written up about them: a line to "you" is the manager\'s; in a half they write themselves, "you" is the manager', () => {
    const agenda = (lines: string) => note(`# Lena\n\n## Lena's agenda\n${lines}\n`);
    assert.deepStrictEqual(agenda('- She wants to run the pilot alone\n- I\'d rather you ran it with Jonas, it is his code'), ['want-you-to']);
    assert.deepStrictEqual(agenda('- I want to run the pilot alone\n- I\'d rather you stayed out of the pilot'), []);
  });

  it('a line opening with a pictograph is a new point; a pointer before "me:" makes it an owner, "you:" puts what follows to them', () => {
    assert.deepStrictEqual(note('# Lena\n\n✅ pilot shipped\n👉 me: tell finance the pilot is live\n👉 lena: write the retro\n👉 you: book the demo slot before Friday this time\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n→ didn\'t you read the vendor\'s notes before the call?\n'), ['leading-question']);
  });

  it('a talking point that speaks of them in the third person elsewhere is a note about them ("what\'s her read? don\'t lead with mine")', () => {
    assert.deepStrictEqual(note('# Lena\n\n## To raise\n- vendor shortlist: what\'s her take? don\'t share mine first\n- Hand the vendor file to Jonas before your leave\n'), ['imperative']);
    // How the manager means to say it: "Be clear that ...", not "Be more proactive" nor "Be clear about what you need".
    assert.deepStrictEqual(note('# Lena\n\n## Things to say\n- Be clear that the audit is in two weeks and the gaps will come up.\n- Be more proactive with the vendor.\n- Be clear about what you need from finance.\n'), ['imperative', 'imperative']);
  });

  it('"Fine with me" is a verdict; "un" undoing a verb is a verb ("unmute them before the merge")', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\n- She can move her study day to the 12th. Fine with me.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\n- you muted the flaky checks: unmute them before you merge\n'), ['imperative']);
  });

  it('negative questions with the answer built in, and blame for lateness', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Would it not be safer to pilot with one region first?'), ['leading-question']);
    assert.deepStrictEqual(q('Did it not cross your mind to call the vendor?'), []);
    assert.deepStrictEqual(q('Did it not occur to you to call the vendor first?'), ['leading-question']);
    assert.deepStrictEqual(q('Why have you not told procurement about the delay?'), ['leading-question']);
    assert.deepStrictEqual(q('Why is the contract only being reviewed now, a week before signing?'), ['leading-question']);
    assert.deepStrictEqual(q('why are we still printing the rota instead of using the app?'), ['leading-question']);
    assert.deepStrictEqual(q('Why are we still here? Long meeting.'), []);
    const texts = lintMarkdown('## Notes\n\n- Also, don\'t you think it would be simpler to skip the second pilot?\n', { mode: 'coaching' }).findings[0]?.suggestions.map(x => x.text) ?? [];
    assert.ok(texts.some(t => t.includes('the second pilot')), texts.join(' | '));
  });

  it('a decision put to them in the present tense ("you present it yourself, not Jonas"), not a description ("you run it yourself, which is great")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('The board demo: you run it yourself, not Jonas.'), ['imperative']);
    assert.deepStrictEqual(q('you check the stock sheet before the delivery, not after, every time'), ['imperative']);
    assert.deepStrictEqual(q('you run the demo yourself now, which is great'), []);
    assert.deepStrictEqual(q('you put it in the doc yourself, I saw'), []);
  });
  it('an email thread pasted in: what follows "From: <the person>" is theirs, what follows the manager\'s header is read as a record', () => {
    const thread = '# Lena\n\n**From:** Sam Okoro\n**To:** Lena Vogt\n\nHi Lena,\n\nPlease send me the vendor scores by Monday noon.\n\n---\n\n**From:** Lena Vogt\n**To:** Sam Okoro\n\nHi Sam,\n\nPlease don\'t move the demo, the vendor has booked flights.\n';
    assert.deepStrictEqual(note(thread), ['deadline-demand']);
  });
  it('a table\'s prose cells are read ("| Review load | You need to stop ... |"); outcomes and next steps as tasks are (only telling in so many words counts); owners, dates and short cells not at all', () => {
    const table = '# Lena\n\n## 3 Mar\n\n| Topic | Discussion | Outcome | Owner |\n|---|---|---|---|\n| Vendor call | Told Lena to send the scores to procurement before Friday | Scores sent | Lena |\n| Pilot | Lena wants to pilot in one region first | Book the pilot region with ops this week | Lena |\n| Demo | Wouldn\'t it be safer to demo the old build? | Make sure you test the build | Lena |\n| Load | Pick one | Pick one | Lena |\n';
    const found = lintMarkdown(table, { mode: 'coaching', personNames: ['Lena Vogt'] }).findings.map(f => [f.ruleId, table.slice(0, f.start).split('\n').length]);
    assert.deepStrictEqual(found, [['reported-telling', 7], ['leading-question', 9], ['make-sure', 9]]);
    const steps = '# Lena\n\n| Topic | Notes | Next step | Who |\n|---|---|---|---|\n| Audit | Files late again this month. | Send the audit files by Thursday, and you need to stop reopening them after that. | Lena |\n| Forecast | Finance wants it earlier. | Move the forecast review to Monday | Me |\n';
    assert.deepStrictEqual(note(steps), ['you-modal']);
    assert.deepStrictEqual(note('```\n| Topic | Discussion |\n|---|---|\n| Vendor | You need to send the scores today |\n```\n'), [], 'in a fence');
  });
  it('who the manager is, from the note: "JK = Jamie Kim (engineering manager)", "Manager: Helen Szabo", a title "Nikhil Rao / Dana, Thu 5 Feb"', () => {
    const shared = (line: string) => note(`# Jamie / Lena 1:1 (shared doc)\n\n**Who's who:** JK = Jamie Kim (engineering manager), LV = Lena Vogt (analyst).\n\n## 3 Mar\n\n${line}\n`);
    assert.deepStrictEqual(shared('JK: move the vendor call to Thursday and see if it lands better.'), ['imperative']);
    assert.deepStrictEqual(shared('LV: move the vendor call to Thursday and see if it lands better.'), []);
    assert.deepStrictEqual(shared('JK: Q3: please make sure your forecasts are in the sheet by Monday'), ['make-sure']);
    assert.deepStrictEqual(shared('JK: (added after the call) told Lena she should present the forecast at the sync'), ['reported-telling']);
    const head = (line: string) => note(`# Weekly\n\nManager: Helen Szabo\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(head('Helen told Lena to send the forecast by Friday.'), ['reported-telling']);
    assert.deepStrictEqual(head('Marta told Lena to send the forecast by Friday.'), []);
  });

  it('telling reported with its statement first ("Told him the logging is mandatory and to start on Monday"); blame repeated or left late', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Told her the audit is mandatory and to book it before March.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her the audit is mandatory and that it is annual.'), []);
    assert.deepStrictEqual(q('Did you skip the supplier check again?'), ['leading-question']);
    assert.deepStrictEqual(q('Did you see the supplier again?'), []);
    assert.deepStrictEqual(q('why did you leave the forecast until the last minute?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did I hear about the delay from finance and not from you?'), ['leading-question']);
    assert.deepStrictEqual(q('why r u still building the report by hand??'), ['leading-question']);
  });

  it('hedged and closed demands ("It\'s probably best if you could send me ...", "Is necessary that you ...", "Be in by 8. Not negotiable.", "You own the forecast from today"); permission and care stay clean', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('It\'s probably best if you could send me the forecast every Monday'), ['want-you-to']);
    assert.deepStrictEqual(q('Is necessary that you log the calls in the CRM, please.'), ['want-you-to']);
    assert.deepStrictEqual(q('Be at the warehouse by 8. Not negotiable.'), ['deadline-demand']);
    assert.deepStrictEqual(q('You own the forecast from today.'), ['assign-role']);
    assert.deepStrictEqual(q('Don\'t feel you have to answer email on your day off.'), []);
    assert.deepStrictEqual(q('welcome back! take this week slowly, nothing is urgent'), []);
    assert.deepStrictEqual(q('Me: send her our forecast template (she asked for it).'), []);
    assert.deepStrictEqual(q('Me: send me the forecast by Friday'), ['deadline-demand']);
  });
  it('a chat or a comment thread quoted in the note: the manager\'s lines there are the manager\'s words, everyone else\'s are not', () => {
    const chat = '# 1:1 Lena Vogt / Dana, Tue 3 Mar 2026\n\n> **[10:02] @lena:** the export failed again, you should look at the cron\n> **[10:05] @dana:** hmm. can you just rerun it by hand for now?\n> **[16:20] @dana:** @lena you need to stop pushing to prod on Fridays\n\n> Forwarded from finance: please send the numbers by Friday.\n';
    assert.deepStrictEqual(note(chat), ['leading-question', 'you-modal']);
    assert.deepStrictEqual(note('# Lena\n\n> **Sam Okoro**: you should split the PR\n'), [], 'a speaker who is not the manager');
  });

  it('blame asked about what they skipped ("Why did you sign it off before QA had run it?", "why\'d you not ...?"), doubt ("Did you actually read ...?"), a better option built in ("Shouldn\'t the pilot be the first to go?")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Why did you sign the quote off before QA had run it?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did you change the supplier without telling procurement?'), ['leading-question']);
    assert.deepStrictEqual(q('why\'d you not mention the outage at standup?'), ['leading-question']);
    assert.deepStrictEqual(q('Did you actually read the contract before signing?'), ['leading-question']);
    assert.deepStrictEqual(q('Shouldn\'t the regional pilot be the first to go, since nobody uses it?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did you choose the second supplier?'), []);
    assert.deepStrictEqual(q('Did you actually enjoy the offsite?'), []);
    assert.deepStrictEqual(q('asked why she didnt just reuse the old forecast??'), ['leading-question']);
    assert.deepStrictEqual(q('I asked whether she had considered simply pausing the pilot.'), ['leading-question']);
    assert.deepStrictEqual(q('Her skip asked whether she had considered pausing the pilot.'), []);
  });

  it('wishes as tasks: "I want you leading ...", "I\'d be grateful if you ...", "Perhaps you could ... next time", typed fast ("you shoud", "you\'ve gotta")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('I want you leading the supplier calls from March, not Sam.'), ['want-you-to']);
    assert.deepStrictEqual(q('I\'d be grateful if you copied me on the vendor emails.'), ['want-you-to']);
    assert.deepStrictEqual(q('Perhaps you could send the summary a day earlier next time.'), ['want-you-to']);
    assert.deepStrictEqual(q('Perhaps you could tell me more about the pilot?'), []);
    assert.deepStrictEqual(q('you shoud ask finance about the budget first'), ['you-modal']);
    assert.deepStrictEqual(q('you\'ve gotta stop answering every ticket yourself'), ['you-modal']);
  });

  it('reported telling: "told her firmly to ...", "I asked that he not ...", "informed Ms Vogt that ... must", "I said just don\'t ...", "... made that clear to her"', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('I told her firmly to stop rewriting the forecast every week.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked that she not send the client drafts after midnight.'), ['reported-telling']);
    assert.deepStrictEqual(q('I informed Ms Vogt that the expenses must be filed by the 5th.'), ['reported-telling']);
    assert.deepStrictEqual(q('I said just don\'t let procurement set the date.'), ['reported-telling']);
    assert.deepStrictEqual(q('The vendor scores go to me before anyone else, made that clear to her.'), ['reported-telling']);
    assert.deepStrictEqual(q('I said thanks and that the forecast looked fine.'), []);
  });

  it('the manager\'s own: "don\'t let her take on ...", how to open or say it in a prep ("Open with the wins", "Be specific, name the numbers"), what not to say, a label with a count ("Peer theme (3 of 4):")', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\n- dont let her take on the audit too, shes maxed\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\n- Don\'t let it slip again, you know the client is watching\n'), ['negative-imperative']);
    const prep = (line: string) => note(`# Review prep: Lena\n\n## What I plan to say\n\n- ${line}\n`);
    assert.deepStrictEqual(prep('Open with the forecast: two weeks early. Be specific, name the numbers'), []);
    assert.deepStrictEqual(prep('Peer theme (2 of 5): "hard to reach on Fridays"'), []);
    assert.deepStrictEqual(prep('Be more proactive with the vendor'), ['imperative']);
    assert.deepStrictEqual(prep('Be clear that the rating is final. Don\'t soften it.'), []);
    assert.deepStrictEqual(prep('Don\'t hedge your estimates in the forecast review'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Review prep: Lena\n\n## What I plan to say\n\n- Tell her she needs to own the forecast\n\n## Things I should not say\n\n- "you should just be more visible"\n- Keep it to 30 min; don\'t let it drift\n'), ['reported-telling']);
  });

  it('"me to her:" is the manager speaking to them; an intransitive order before "before you" ("Rebase before you ask for review") tells; "wait for me to ..." with "yourself" is theirs', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('me to her: drop the second survey entirely'), ['imperative']);
    assert.deepStrictEqual(q('Rebase before you ask for review, please'), ['imperative']);
    assert.deepStrictEqual(q('Book the venue yourself this time, don\'t wait for me to approve it'), ['imperative']);
    assert.deepStrictEqual(q('Book the venue for me to approve'), []);
  });

  it('a transcript pasted in: a line of a name and a time heads that speaker\'s turn; the manager is the other name in the head\'s "1:1 A / B" line', () => {
    const transcript = 'Meeting Recorder — Summary\n1:1 Dana / Lena Vogt\nTue 3 Mar 2026\n\nAction items\n- Lena: send the scores\n\nTranscript\nLena Vogt  02:10\nI keep waiting on finance for the export.\nDana  02:31\nJust pull the export yourself, you have access.\nLena Vogt  05:02\nCan you review the deck by Friday? I need a day to fix it.\nDana  05:15\nSure, Friday works.\n';
    assert.deepStrictEqual(note(transcript), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nStandup 09:30\nSend the scores to procurement before Friday.\n'), [], 'one line with a time is no transcript');
  });

  it('an answer after an arrow on a question\'s line is theirs; spoken reports ("and then I went why didn\'t you ..."); permission and standing are no demands', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('What would help you feel ready for the audit? → time with finance, and a checklist'), []);
    assert.deepStrictEqual(q('Why didn\'t you flag it? → told her to flag it the same day next time'), ['leading-question', 'reported-telling']);
    assert.deepStrictEqual(q('and then I went why didn\'t you call the supplier before the order went out'), ['leading-question']);
    assert.deepStrictEqual(q('The expectation going forward is that you copy me on supplier emails.'), ['want-you-to']);
    assert.deepStrictEqual(q('I have made clear to Lena that I expect the audit files by Friday.'), ['reported-telling']);
    assert.deepStrictEqual(q('Said she\'s welcome to book time with the director, doesn\'t have to go through me'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n\n- she should be in the running for the audit lead; mention to Sam first\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n\n- she should send the audit plan before Friday\n'), ['reported-telling']);
  });

  it('the manager\'s words quoted after "I said,", "I asked her,", "I said something like,", "I blurted out", "What I actually said was" are what was said to them', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('I said, "Ring the supplier before the invoice goes out."'), ['imperative']);
    assert.deepStrictEqual(q('I asked her, "Why didn\'t you flag the audit sooner?" Wrong moment.'), ['leading-question']);
    assert.deepStrictEqual(q('I said something like, "Wouldn\'t it make more sense to wait for the audit?"'), ['leading-question']);
    assert.deepStrictEqual(q('Then I blurted out "Why don\'t you just let finance do it?" and she went quiet.'), ['leading-question']);
    assert.deepStrictEqual(q('What I actually said was "pause the forecast for now".'), ['imperative']);
    assert.deepStrictEqual(q('She said, "Ring the supplier before the invoice goes out."'), []);
    assert.deepStrictEqual(q('I asked, "What would help most this week?"'), []);
  });

  it('telling reported without quotes or "to" ("told him label everything", "told her no signing off without a check", "he\'s to ..."), blame asked about what was skipped, a manager named in full', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('→ told her wait for the sign-off, every time'), ['reported-telling']);
    assert.deepStrictEqual(q('Also told her no signing off invoices without a second check.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her she\'s to check every open invoice herself before Friday.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her team morale is OK but fragile.'), []);
    assert.deepStrictEqual(q('Told her up front that nothing goes to finance without her say-so.'), []);
    assert.deepStrictEqual(q('Told her call volume is down this week.'), []);
    assert.deepStrictEqual(q('I asked her why she\'d signed it before finance had even seen it.'), ['leading-question']);
    assert.deepStrictEqual(q('asked her why the forecast still shows the old numbers'), ['leading-question']);
    assert.deepStrictEqual(q('Why are you approving invoices without a second check?'), ['leading-question']);
    const recap = '1:1 Lena / Dana\nTue 3 Mar 2026 · Teams meeting\n\nMeeting notes\n• Dana Ruiz asked Lena Vogt to send the audit files by Friday.\n• Lena Vogt asked Dana Ruiz to approve the budget.\n';
    assert.deepStrictEqual(note(recap), ['reported-telling']);
  });

  it('a chat pasted with "[2:21 PM] me:" lines, a time before a point, blame asked about what was skipped, demands imposed whoever their subject, a rule set "from now on"', () => {
    const chat = '# Lena\n\n[2:14 PM] Lena: can we move the review?\n[2:15 PM] me: yep, moved to Tuesday\n[2:21 PM] me: don\'t sign anything while you\'re there, send it to me first\n[2:22 PM] Lena: ok\n';
    assert.deepStrictEqual(note(chat), ['negative-imperative']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('10:36 asked her to get me a draft by Monday even with gaps in it'), ['reported-telling']);
    assert.deepStrictEqual(q('1.3 I advised that she should take a day of leave before the end of the month.'), ['reported-telling']);
    assert.deepStrictEqual(q('I insisted that all nine get through the audit refresher before March.'), ['reported-telling']);
    assert.deepStrictEqual(q('I instructed that any future forecast is to be routed through me.'), ['reported-telling']);
    assert.deepStrictEqual(q('I insisted that I would cover the audit myself.'), []);
    assert.deepStrictEqual(q('Told her any late invoice goes through me from now on.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her the invoices look fine this month.'), []);
    assert.deepStrictEqual(q('Why did you send the forecast to the board on a Friday afternoon without a review by finance first?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did you jump to the discount before you\'d even asked what the client wanted?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her why she keeps skipping the supplier check'), ['leading-question']);
    assert.deepStrictEqual(q('I asked why the forecast had been sent to the board without clearance from finance.'), ['leading-question']);
  });

  it('the manager\'s own: "Don\'t overload him with points", "✅ Me: approve the pilot", "Upward feedback for me: ... Stop doing that."; an instruction whose "I\'ll" is in a clause after a dash is still theirs', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Don\'t overload her with points — she switches off after three'), []);
    assert.deepStrictEqual(q('✅ Me: approve the audit budget once the brief is in'), []);
    assert.deepStrictEqual(q('Upward feedback for me: I rewrite her slides too much. Fair. Stop doing that.'), []);
    assert.deepStrictEqual(q('Read the offer back to the client before you close, every call — that\'s the one I\'ll be listening for'), ['imperative']);
    assert.deepStrictEqual(q('Read the offer back to the client before I close the deal'), []);
  });

  it('the manager named in front matter ("me:") and on a form\'s "Present:" line with initials after; a pasted summary quoted; "your <work> needs to" under talking points; "made it clear she must"; "asked to him to"; "he\'s gotta"; "next time <verb>" without a comma; blame with "still" and "r u"', () => {
    const fm = '---\nwith: Lena Vogt (analyst)\nme: Dana Ruiz, Head of Finance\n---\n# Lena\n\n## Recap (pasted)\n> Dana and Lena went through the audit.\n> Dana asked Lena to send the supplier list by Thursday.\n> Lena asked for a second laptop.\n';
    assert.deepStrictEqual(note(fm), ['reported-telling']);
    const quotedOther = '# Lena\n\n## Recap (pasted)\n> Omar asked Lena to send the supplier list by Thursday.\n';
    assert.deepStrictEqual(note(quotedOther), []);
    const form = 'REVIEW RECORD\nPresent: D. Ruiz (Finance Manager), L. Vogt (Analyst)\n\n| No | Discussed | Action by |\n| --- | --- | --- |\n| 1 | DR told LV to reconcile the supplier ledger before Friday | LV |\n| 2 | LV asked DR for access to the audit folder | DR |\n';
    assert.deepStrictEqual(note(form), ['reported-telling']);
    const talk = (line: string) => note(`# Lena\n\n## What I want to say\n\n- ${line}\n`);
    assert.deepStrictEqual(talk('Your forecasts need to show the assumptions, every month'), ['you-modal']);
    assert.deepStrictEqual(talk('Your promotion case needs to go to the panel in May'), []);
    assert.deepStrictEqual(talk('Your team should be proud of the close'), []);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Made it clear she must reconcile the ledger before the audit, no more delays'), ['reported-telling']);
    assert.deepStrictEqual(q('Made it clear that the audit went well.'), []);
    assert.deepStrictEqual(q('I asked to her to send me the supplier list until Thursday.'), ['reported-telling']);
    assert.deepStrictEqual(q('told her she\'s gotta be at the 9am close call, 2 misses this month'), ['reported-telling']);
    assert.deepStrictEqual(q('Why are the supplier invoices still going to the old inbox when we agreed the new one in May?'), ['leading-question']);
    assert.deepStrictEqual(q('why r u sending forecasts out w/o a second check?'), ['leading-question']);
    const answers = '# Lena\n\n**Q3. How did the close go?**\nA: Fine, two late accruals.\nA: Said to her anyway: next time flag the accruals on day one, not day four.\n';
    assert.deepStrictEqual(note(answers), ['imperative']);
  });

  it('a rule told with its mark at the end ("no skipping", "no exceptions"), and blame in a question\'s last clause ("..., so why did you ...?")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('told her invoices get matched on the day, every day, no exceptions'), ['reported-telling']);
    assert.deepStrictEqual(q('told her the invoices were matched, no exceptions found'), []);
    assert.deepStrictEqual(q('You saw the supplier had changed bank details, so why did you keep paying the old account?'), ['leading-question']);
    assert.deepStrictEqual(q('The supplier changed bank details, so why does the system still accept the old account?'), []);
  });

  it('a script: a line that is all a quotation is the manager\'s words to come under a script or talking points, someone\'s words anywhere else; "What she wanted to say" is hers', () => {
    const script = '# Lena\n\n## Opening script\n"Lena, can we look at the close together?"\n"What has the close been like from your side?"\n"You need to send the accruals by day two, every month."\n"Why do you always leave the accruals to the last day?"\n';
    assert.deepStrictEqual(note(script), ['you-modal', 'leading-question']);
    const elsewhere = '# Lena\n\n## What happened\n"You need to send the accruals by day two."\n- "Stop moving my deadlines" she said\n';
    assert.deepStrictEqual(note(elsewhere), []);
    const theirs = '# Lena\n\n## What she wanted to say\n- "Please stop reassigning my tickets"\n- "Give me the audit as a lead"\n';
    assert.deepStrictEqual(note(theirs), []);
  });

  it('fresh11\'s principles: mail forwarded from a team, "me: Name" in the head line, the lines written between quoted ones, "I was clear that", "I\'ll tell her", a wish reported, negatives asked, bold questions asked with answers under them, unpunctuated lines, a title that is a name', () => {
    const mail = '# Lena: check-in\n12 May 2026 | Audit | me: Dana Ruiz, Head of Finance\n\n---------- Forwarded message ---------\nFrom: Finance Ops <ops@example.com>\nTo: All team leads\n\nHi all,\n\nPlease collect expense receipts from each of your reports by Friday.\nDo not approve anything over 500 without a second signature.\n\nMy notes\n- Told her to send me the receipts by Thursday.\n';
    assert.deepStrictEqual(note(mail), ['reported-telling']);
    const quotes = '# Lena\n\n## The audit\n> I know the sample is small.\nTold her to double the sample before the committee.\n> Fine, but it will take a week.\nFair. Check with Omar about the deadline.\n';
    assert.deepStrictEqual(note(quotes), ['reported-telling']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('I was clear that she needs to send the accruals by day two.'), ['reported-telling']);
    assert.deepStrictEqual(q('I was clear that I was not happy with the delay.'), []);
    assert.deepStrictEqual(q('Said it\'d be great if she could take over the supplier calls from now on.'), ['reported-telling']);
    assert.deepStrictEqual(q('She said it\'d be great if I could join the supplier call.'), []);
    assert.deepStrictEqual(q('Asked her if she didn\'t think the auditors would notice the gap.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her, wouldn\'t it be simpler to just rerun the whole sample?'), ['leading-question']);
    assert.deepStrictEqual(q('asked her why she thought it was ok to close the ledger without a review'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her if she would like to lead the audit.'), []);
    const plan = '# Lena\n\n## Before\nI\'ll start by asking how the audit went.\nI\'ll tell her the supplier list needs to be with legal by the 15th.\nI\'ll tell her the audit went well.\n';
    assert.deepStrictEqual(note(plan), ['reported-telling']);
    const bold = '# Lena\n\n**What would you try first?**\n- A second sample.\n\n**Why haven\'t you sent the sample to legal yet?**\n- Waiting on Omar.\n';
    assert.deepStrictEqual(note(bold), ['leading-question']);
    const runOn = '# Lena\n\nhad a coffee with lena after the close been meaning to for ages\nshe says the new ledger is slow on mondays\nasked her why she thought it was ok to skip the review on friday\nshe said omar told her it was fine\nreminded her the sample has to be done before the audit no excuses\n';
    assert.deepStrictEqual(note(runOn), ['leading-question', 'reported-telling']);
    const titled = lintMarkdown('# Lena Vogt\n\n## Running notes\n- Encouraged Lena to take the audit lead herself.\n', { mode: 'coaching' }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(titled, ['reported-telling']);
    const talk = (line: string) => note(`# Lena\n\n## Talking points\n\n- ${line}\n`);
    assert.deepStrictEqual(talk('Impact on team capacity and the close calendar'), []);
    assert.deepStrictEqual(talk('Audit sample size - only 40 of 120 checked'), []);
    assert.deepStrictEqual(talk('Loop in legal before you sign'), ['imperative']);
    assert.deepStrictEqual(q('If you are an analyst here, you should build something of your own'), []);
    const received = '# Lena\n\n## Feedback I received from her\n- "You rewrite my slides."\n- Taking it seriously. Don\'t touch her slides before she has presented.\n';
    assert.deepStrictEqual(note(received), []);
  });

  it('the manager reminding themself: the person met as "she" or "he" in the sentence\'s own condition, with no "you" and no request to the manager', () => {
    const q = (line: string) => note(`# Lena\n\n## Talking points\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Don\'t get defensive if she pushes back on the sample'), []);
    assert.deepStrictEqual(q('Stay quiet until she has finished the walkthrough'), []);
    assert.deepStrictEqual(q('Call me if she misses the deadline again'), ['imperative']);
    assert.deepStrictEqual(q('You need to flag it if she misses the deadline again'), ['you-modal']);
  });

  it('fresh12/13\'s principles: the manager\'s prep, a rule or an expectation to tell, "did tell", "next time" as a condition, steering toward, "she\'s to", asking for something by a date, doubt asked', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    // Prep: their own tasks and reminders stay theirs; what they mean to put to her is telling.
    const prep = '# Lena\n\n## Prep\n- pull the close calendar for March\n- Don\'t over-explain the rating.\n- She needs to stop signing off her own journals.\n';
    assert.deepStrictEqual(note(prep), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Private\n- She needs to stop signing off her own journals.\n'), []);
    // A rule or an expectation, to be told or told.
    const talk = (line: string) => note(`# Lena\n\n## Things to raise\n\n- ${line}\n`);
    assert.deepStrictEqual(talk('Tell her the month-end checklist is not optional.'), ['reported-telling']);
    assert.deepStrictEqual(talk('tell her any manual journal needs a second signature, full stop'), ['reported-telling']);
    assert.deepStrictEqual(talk('Tell her I want a written plan for the close.'), ['reported-telling']);
    assert.deepStrictEqual(talk('Tell her I need the reconciliations by Thursday.'), ['reported-telling']);
    assert.deepStrictEqual(talk('Tell her firmly the reconciliations have to be in by Thursday.'), ['reported-telling']);
    assert.deepStrictEqual(talk('Tell her the audit went well.'), []);
    assert.deepStrictEqual(talk('Nudge her toward the systems project; she keeps mentioning it.'), ['reported-telling']);
    assert.deepStrictEqual(q('told her manual journals get a second signature every time, no exceptions, whatever the amount'), ['reported-telling']);
    assert.deepStrictEqual(q('told her about the new controls, no exceptions were found'), []);
    assert.deepStrictEqual(q('I did tell her that for intercompany entries she has to check with Omar first.'), ['reported-telling']);
    assert.deepStrictEqual(q('I told her that next time a reconciliation is going to be late she has to flag it the same day.'), ['reported-telling']);
    assert.deepStrictEqual(q('I said she might want to write the memo before asking for the budget.'), ['reported-telling']);
    assert.deepStrictEqual(q('Pushed her on the close too: she\'s to hand the bank recs to Omar from April.'), ['reported-telling']);
    assert.deepStrictEqual(q('she\'s to be promoted in April, or he\'s to blame for that.'), []);
    assert.deepStrictEqual(q('Asked her for a revised forecast by the 12th.'), ['reported-telling']);
    assert.deepStrictEqual(q('She asked for a revised forecast by the 12th.'), []);
    assert.deepStrictEqual(q('Asked for her view on the forecast.'), []);
    // Doubt asked, the answer built in.
    assert.deepStrictEqual(q('asked whether she honestly thinks the auditors will accept a screenshot'), ['leading-question']);
    assert.deepStrictEqual(q('I asked her if she thought maybe she was taking on too much.'), ['leading-question']);
    assert.deepStrictEqual(q('I asked, wouldn\'t it be easier to close the old account first? She agreed.'), ['leading-question']);
    assert.deepStrictEqual(q('asked whether she thinks the audit will slip'), []);
  });

  it('real4\'s principles: a comment thread in a shared doc continues the manager\'s comment, asking for their input and giving to someone named are the manager\'s acts, a figure and its target, a note that names no one met', () => {
    const doc = '# Lena\n\n#### What did you get done?\n\n- Month-end close finished on day three\n  - LV: Lovely\n  - please send the close timetable to Omar before Friday.\n- Started the audit prep\n  - please send the close timetable to Omar before Friday.\n';
    const findings = lintMarkdown(doc, { mode: 'coaching', personNames: ['Rosa Klein'] }).findings;
    assert.deepStrictEqual(findings.map(f => [f.ruleId, doc.slice(0, f.start).split('\n').length]), [['deadline-demand', 7]]);
    const talk = (line: string) => note(`# Lena\n\n## Talking points\n\n- ${line}\n`);
    assert.deepStrictEqual(talk('seek Omar\'s feedback on the new close checklist'), []);
    assert.deepStrictEqual(talk('Send Omar a short summary of the audit findings'), []);
    assert.deepStrictEqual(talk('Send the audit findings to Omar by Friday'), ['deadline-demand']);
    assert.deepStrictEqual(talk('Reconciliations 40 --> 120 a month'), []);
    const unnamed = (line: string) => lintMarkdown(`### 2026-03-02 — notes\n\n- ${line}\n`, { mode: 'coaching' }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(unnamed('Encouraged Rosa to treat the checklist as a guide, not a rule.'), ['reported-telling']);
    assert.deepStrictEqual(unnamed('Omar encouraged Rosa to treat the checklist as a guide.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- Asked Omar to look at the bank feed.\n'), []);
  });

  it('a rule for them after a condition or a telling label ("Going forward: you ...", "from now on, if ..., you ...", "next time X happens you ..."), a planned quotation after a short label, what the manager owes and "should have done" are no demand, "don\'t let X make me ..." is the manager\'s resolve, "said no, I want ...", "did say firmly:", asking for a date', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Going forward: you copy me on every supplier change. Not Omar, me.'), ['imperative']);
    assert.deepStrictEqual(q('Going forward: you are the contact for the auditors.'), []);
    assert.deepStrictEqual(q('Me: from now on, if a reconciliation slips past day three, you call me the same day.'), ['imperative']);
    assert.deepStrictEqual(q('From now on, if the feed breaks, you know who to call.'), []);
    assert.deepStrictEqual(q('said: next time the bank changes a format you raise it in the channel the same day'), ['imperative']);
    const feedback = '# Lena\n\n## Feedback to give\n- Opening: "I need you to send the accruals before day two."\n- Her: "I need you to stop moving my deadlines."\n';
    assert.deepStrictEqual(note(feedback), ['want-you-to']);
    assert.deepStrictEqual(q('I told her about the audit and she said I handled it fine but I should have had the figures ready'), []);
    assert.deepStrictEqual(q('told her she should have escalated the supplier change sooner'), []);
    assert.deepStrictEqual(q('told her she should have the draft to me by Friday'), ['reported-telling']);
    assert.deepStrictEqual(q('don\'t let the auditors\' deadline push me into signing off early'), []);
    assert.deepStrictEqual(q('She asked whether she should just rerun it, and I said no, I want her to find the break first.'), ['reported-telling']);
    assert.deepStrictEqual(q('One thing I did say quite firmly: she should stop approving her own journals.'), ['reported-telling']);
    assert.deepStrictEqual(q('Thanked her for the catch, and asked for a date anyway.'), ['reported-telling']);
    assert.deepStrictEqual(q('She asked for a date for the offsite.'), []);
  });

  it('the manager\'s words: an own act is done to someone ("Me: ask finance about ..."), where or what to do is told ("Said: ask in the channel", "Said: update the checklist"); "timebox" is a verb', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Me: ask the controller about the accrual policy.'), []);
    assert.deepStrictEqual(q('Me: check with Omar first.'), []);
    assert.deepStrictEqual(q('Said: ask in the finance channel, not in DMs.'), ['imperative']);
    assert.deepStrictEqual(q('Said: fine by me, but update the close checklist before Monday.'), ['deadline-demand']);
    assert.deepStrictEqual(q('Said: timebox the review to 20 min.'), ['imperative']);
    assert.deepStrictEqual(q('Timebox for the retro: 30 min'), []);
  });

  it('the person met by their initials ("LV:" for Lena Vogt), a quotation followed by their reaction ("She laughed") is the manager\'s, "I need X by Friday" told, "you have until X to ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('LV: you should watch the audit load on your side too, Omar did five last month.'), []);
    assert.deepStrictEqual(q('OK: you should watch the audit load on your side too.'), ['you-modal']);
    assert.deepStrictEqual(q('"Do you really need to be in every supplier call?" She laughed, because obviously not.'), ['leading-question']);
    assert.deepStrictEqual(q('"Do you really need to be in every supplier call?" she asked me.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Things to raise\n- Tell her I need a real date by Friday, not an estimate.\n- Tell her I need a break.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Me: you have until the end of April to show the reconciliations are on time.'), ['deadline-demand']);
    assert.deepStrictEqual(q('Me: you\'ve got till Friday to send it.'), ['deadline-demand']);
    assert.deepStrictEqual(q('She said I have until March to decide.'), []);
  });

  it('fresh14\'s principles: a chat line\'s time with its day, a clause after a spaced dash, negative questions with any subject, English learned elsewhere ("must to", "suggested to", "said him", "from now she"), a tool\'s notice, a verdict ("Agree - ..."), a reminder under "next time:" about them, "should be a good fit", "Seriously." after an instruction, "something you need to ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n> [Tue 16:06] me: ok. get the recs to me by thurs please\n> [Tue 16:07] Lena: ok\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n> [11:20] me: one more thing - pls add the bank fees to the accruals\n> [11:21] Lena: ok\n'), ['imperative']);
    assert.deepStrictEqual(q('I asked: isn\'t 60 days plenty for the close?'), ['leading-question']);
    assert.deepStrictEqual(q('I asked: wouldn\'t splitting the ledger with Omar solve it?'), ['leading-question']);
    assert.deepStrictEqual(q('Isn\'t it great that the audit closed early?'), []);
    assert.deepStrictEqual(q('I asked her if it is not the job of the controller to sign this off.'), ['leading-question']);
    assert.deepStrictEqual(q('She must to finish the accruals until Friday, the board meets on Monday.'), ['reported-telling']);
    assert.deepStrictEqual(q('I suggested to do the reconciliations with Omar.'), ['reported-telling']);
    assert.deepStrictEqual(q('Omar suggested to move the review to Friday.'), []);
    assert.deepStrictEqual(q('I said her clearly: every journal over 10k goes over me.'), ['reported-telling']);
    assert.deepStrictEqual(q('From now she must redirect every supplier request to the AP inbox.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nBe sure to check AI-generated notes for accuracy.\n'), []);
    assert.deepStrictEqual(q('Close slip: you think the accruals were underestimated. Agree - it happens every quarter.'), []);
    assert.deepStrictEqual(q('next time: ask what is competing for her time before asking about the slip'), []);
    assert.deepStrictEqual(q('next time: ask "what did you see on day two" instead'), []);
    assert.deepStrictEqual(q('Next time: send me the draft.'), ['imperative']);
    assert.deepStrictEqual(q('Audit: you should be a good fit to lead this, given the controls work.'), []);
    assert.deepStrictEqual(note('# Lena\n\n### Discussion\n- Take Friday off. Seriously.\n- Take the Friday slot for the review.\n'), ['imperative']);
    assert.deepStrictEqual(q('Excel is definitely something you need to improve if you want to run the close.'), ['you-modal']);
    assert.deepStrictEqual(q('Anything you need to know is in the wiki.'), []);
    assert.deepStrictEqual(q('you should never be surprised by an audit finding, that\'s what they said in the controller training'), []);
    const summary = '# Lena\n\n--- summary ---\nLena and Dana discussed the close calendar. Dana asked Lena to draft the new checklist.\n';
    assert.deepStrictEqual(note(summary), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n--- summary ---\nLena and Omar discussed the close calendar. Omar asked Lena to draft the new checklist.\n'.replace('Lena and Omar', 'Priya and Omar')), []);
  });

  it('fresh15\'s principles: "## her" then "## me" (the two sides of the talk), their name as a vocative anywhere, "I was blunt:" and "my line to her:", "wasn\'t a request", tag questions, more blame, doubt with commas, a dropped subject after an irregular past, action headings in other languages, "or do we ...?", "X in Y before you ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    const sides = '# Lena\n\n## Lena\n- the close ran two days late\n\n## me\n- you don\'t owe anyone a yes at the close meeting — say "let me check" and then check\n';
    assert.deepStrictEqual(note(sides), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## me\n- say "let me check" and then check the ledger\n'), []);
    assert.deepStrictEqual(q('keep the board pack to ten pages, Lena — the directors stop reading after that'), ['imperative']);
    assert.deepStrictEqual(q('Use the close checklist every time, Lena, even when it feels silly.'), ['imperative']);
    assert.deepStrictEqual(q('Send it to Omar, Lena said.'), []);
    assert.deepStrictEqual(q('I was blunt: the Thursday close is not optional, decline whatever lands on it.'), ['reported-telling']);
    assert.deepStrictEqual(q('my line to her: reconciliations first, and no manual journals until they are reviewed'), ['reported-telling']);
    assert.deepStrictEqual(q('told her the bank recs go to Omar this month — wasn\'t a request'), ['reported-telling']);
    assert.deepStrictEqual(q('you\'re not seriously planning to close on a Friday again, are you?'), ['leading-question']);
    assert.deepStrictEqual(q('Why is this the third deadline you\'ve moved this month?'), ['leading-question']);
    assert.deepStrictEqual(q('why did you skip the second review of the accruals?'), ['leading-question']);
    assert.deepStrictEqual(q('asked her how it\'s okay that the ledger sits unreconciled for a week'), ['leading-question']);
    assert.deepStrictEqual(q('was the all-hands really the best place to call out the AP team?'), ['leading-question']);
    assert.deepStrictEqual(q('The offsite was really the best time to raise it.'), []);
    assert.deepStrictEqual(q('Asked her, a bit unfairly, whether she hadn\'t read the new policy.'), ['leading-question']);
    assert.deepStrictEqual(q('Gave her the go-ahead and said to book the course this week.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nacties\n- Lena: board pack by Friday\n- me: book 30 min with Omar after the close\n'), []);
    assert.deepStrictEqual(q('who decides? Omar? or do we go to the CFO together?'), []);
    assert.deepStrictEqual(q('Post in #finance-close before you start anything bigger than a day.'), ['imperative']);
    // A list of owners: "me:" after "Lena: <task>" is the manager's own task; after her words, said to her.
    assert.deepStrictEqual(note('# Lena\n\n- Lena: board pack outline, no rush\n- me: fix the close rota by Fri\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n- Lena: I think the close will slip again\n- me: send me the numbers by Fri\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n1. Going well\nA: The new ledger.\n\n2. Harder\nSaid: ask in the finance channel, not in DMs.\n'), ['imperative']);
  });

  it('the manager coaching themself in how to hold the conversation ("Stay calm.", "Breathe. Ask before you assume.", "listen more than you talk") is theirs; said to the person, or about theirs, it is telling', () => {
    const pep = '# Lena\n\nYou have got this. Stay calm.\nBreathe. Ask before you assume.\n\n## Talking points\n- Stay curious, listen more than you talk.\n- Be patient with the close numbers.\n';
    assert.deepStrictEqual(note(pep), []);
    const told = '# Lena\n\n## Talking points\n- Stay calm in the audit calls, Lena.\n- Pause the forecast until the audit is done.\n\n## Notes\nMe: stay calm.\n';
    assert.deepStrictEqual(note(told), ['imperative', 'imperative', 'imperative']);
  });

  it('fresh16\'s principles: minutes with initials in brackets ("Present: G. Lindqvist (GL), Y. Demir (YD). MK not present."), "GL said YD should ...", "set out that ... is to be ...", "X is to present", an aside in a reported question, "really needs", "we\'ll need you to", "it might be as well if you", "could you have that done by the 15th?" after a dash, "you\'re off the rota, no arguing", "said it straight:", "..., not after", a sentence in italics, "talk less", "read it together", "Blunt in two places", "Stop saying X when I mean Y"', () => {
    const minutes = (line: string) => lintMarkdown(`FINANCE — 1:1 MINUTES\nPresent: D. Whitfield (DW), L. Vogt (LV). OM not present, by design.\n\n4. Growth\n${line}\n`, { mode: 'coaching', fileName: '2026-03-09-lena-vogt.md' }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(minutes('4.3 DW said LV should write up the accruals problem as a one-pager by 20 March.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('4.1 DW set out that the close date is to be treated as fixed.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('4.2 OM said LV should be promoted.'), []);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Lena is to present the audit note at Thursday\'s review herself.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked her, perhaps more sharply than I meant to, why she hadn\'t just held the change until Monday.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked whether her team really needs three weeks when AP closed it in one.'), ['leading-question']);
    assert.deepStrictEqual(q('We\'ll need you to cut the pack down to ten pages before the board reads it.'), ['want-you-to']);
    assert.deepStrictEqual(q('Going forward, it might be as well if you didn\'t post journals on a Friday at all.'), ['want-you-to']);
    assert.deepStrictEqual(q('We\'ll want the fix in the forecast as well — could you have that done by the 15th?'), ['deadline-demand']);
    assert.deepStrictEqual(q('me: you\'re off the month-end rota until May, no arguing'), ['you-modal']);
    assert.deepStrictEqual(q('said it straight: no more manual journals without a second signature'), ['reported-telling']);
    assert.deepStrictEqual(q('Write up the case for the new ledger before Thursday\'s review, not after'), ['deadline-demand']);
    assert.deepStrictEqual(q('Write up the case for the new ledger first, not after'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n*Please ensure the employee has seen this form before submission.* Sent to her today.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nNext time: let her set the agenda. Talk less.\n'), []);
    assert.deepStrictEqual(q('On the audit memo: read it together. Blunt in two places, mostly useful. You can\'t soften a qualified opinion much anyway.'), []);
    assert.deepStrictEqual(q('Stop saying "we\'ll leave it with you" when I actually mean "do it"'), []);
    assert.deepStrictEqual(q('Stop signing off your own journals.'), ['negative-imperative']);
  });

  it('a rule that fails on a sentence costs that sentence that rule, never the note: the others still run, and the result says which rule failed ("said yes." at a sentence\'s end once failed so)', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\nShe asked me for a dry run of the close, said yes. Told her I think she is close.\n'), []);
    assert.strictEqual(lintMarkdown('# Lena\n\nShe asked me for a dry run, said yes.\n', { mode: 'coaching' }).internalErrors, undefined);
    const imperative = ALL_RULES.find(r => r.id === 'imperative') as { check: unknown } | undefined;
    assert.ok(imperative);
    const check = imperative.check;
    imperative.check = () => { throw new Error('boom'); };
    try {
      const result = lintMarkdown('# Lena\n\n## Talking points\n\n- Pair with Omar on the reconciliations.\n- Send me the deck by Friday.\n- Why didn\'t you ask Omar?\n', { mode: 'coaching' });
      assert.deepStrictEqual(result.findings.map(f => f.ruleId), ['deadline-demand', 'leading-question']);
      assert.ok(result.internalErrors?.some(e => e === 'imperative: boom'), String(result.internalErrors));
    } finally {
      imperative.check = check;
    }
  });

  it('fresh17\'s principles: "Will tell him ... and that he has to ...", "Will say he needs to ...", "Made sure he knows ...", "told him X, not after", "reminded him X is his job", "asked if she really couldn\'t ...", "why he\'s still ...", "..., hadn\'t you?"; not: "Don\'t pile on", a name\'s label in a table\'s cell ("| Gareth: raise PO |")', () => {
    const plan = (line: string) => note(`# Lena\n\n## Before\n\n- ${line}\n`);
    assert.deepStrictEqual(plan('Will tell her the close cut-off has moved to 6 March and that she has to have the accruals posted by then.'), ['reported-telling']);
    assert.deepStrictEqual(plan('Will say she needs to stop answering supplier emails at 10pm.'), ['reported-telling']);
    assert.deepStrictEqual(plan('Will tell her the audit went well.'), []);
    assert.deepStrictEqual(plan('Don\'t pile on. One issue, then the good stuff.'), []);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Made sure she knows the recs get signed at the time, not at the end of the day.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her the late postings stop now, not after the audit.'), ['reported-telling']);
    assert.deepStrictEqual(q('Reminded her the bank check first thing is her job, not AP\'s.'), ['reported-telling']);
    assert.deepStrictEqual(q('Asked if she really couldn\'t cover the Saturday close just this once.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her why she\'s still posting journals by hand.'), ['leading-question']);
    assert.deepStrictEqual(q('Me: "And you\'d checked the bank feed, hadn\'t you?"'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nafter the call:\n> [11:20] me: one more thing - pls add the bank fees to the accruals\n> [11:21] Lena: ok\n'), ['imperative']);
    assert.deepStrictEqual(q('I asked you last week to ping Omar directly instead of waiting in the queue.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Prep\n- She should hand the bank recs to Omar and step out of the close.\n'), ['reported-telling']);
    const table = '# Lena\n\n| Topic | Notes | Next |\n| --- | --- | --- |\n| Kit | Scanner broken | Dana: raise PO |\n| Rota | Late again | Lena: ring the duty manager before 22:00 |\n';
    assert.deepStrictEqual(note(table), []);
  });

  it('fresh18\'s principles: action headings "Pendientes:", "Remember:" as a note to self, "Le dije:", "why was there no ...?", "told him next time ping ...", "yes if you ..., send it by Thursday", "Going to insist she stops ...", "it might be worth writing your ...", "asked her wasnt it worth ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n**Pendientes:**\n- Lena: recovery plan by Mon\n- Dana: stop cc\'ing the team on KPI emails\n'), []);
    assert.deepStrictEqual(q('Remember: don\'t promise anything Omar hasn\'t agreed to.'), []);
    assert.deepStrictEqual(q('Le dije: no more posting journals yourself after this week, send them to Omar.'), ['reported-telling']);
    assert.deepStrictEqual(q('why was there no note to AP before the bank change??'), ['leading-question']);
    assert.deepStrictEqual(q('told her next time ping #finance-leads directly a day before any change'), ['reported-telling']);
    assert.deepStrictEqual(q('me: yes if you write up the cost delta, send it by thurs'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Plan\n- Going to insist she stops saying yes to every close swap.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('It might be worth writing your summary before you build the model, it keeps it small.'), ['want-you-to']);
    assert.deepStrictEqual(q('postmortems: she skipped 2 last month. asked her wasnt it worth 30 min to write them up'), ['leading-question']);
  });

  it('fresh19\'s principles: "Suggested she split it: ..." is no label, "he should hear back" is no demand, "it\'s her call" and "don\'t let this turn into a status meeting" are the manager\'s, ", every time" as a rule, "is never optional", "it might be better if he rang ...", "Going to suggest she ...", a third-person obligation under "Next", "Asked her did she not think ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Suggested she split it: bank recs first, intercompany after the close.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her I\'d put the request in today and that she should hear back within a fortnight.'), []);
    assert.deepStrictEqual(q('Don\'t push the audit role again, it\'s her call.'), []);
    assert.deepStrictEqual(q('don\'t let this turn into a status meeting again, ask about the ledger first'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n- Tell her the bank recs get checked against the statement before close, every time.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Said very clearly that the second signature is never optional, whatever the deadline.'), ['reported-telling']);
    assert.deepStrictEqual(q('Said it might be better if she rang the auditors rather than emailing them.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Plan\n- Going to suggest she does a fixed 30 minutes of reviews after lunch.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nNext\nLena needs to get her journals signed by Omar every day, there are gaps in Feb.\nCheck HR re the fixed pattern.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Asked her did she not think the close could wait until the audit was signed off.'), ['leading-question']);
    assert.deepStrictEqual(q('She did not think the close could wait.'), []);
  });

  it('fresh20/21\'s principles: a lower-case label line ("me:", "l:") starts a new sentence; lines of one thought each with a period mid-line; "→ them:" and "to her:" speak to them; "u" for "you" in leading questions; "are you sure you want to ...?"', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Close\nme: book the auditors before you touch the accruals\nme: have u tried just asking Omar?\nL: ok, will do\n'), ['imperative', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Close\nL: recs late again, bank feed down Tue\nme: send me the list of open recs by Thu\n'), ['deadline-demand']);
    const lines = '# Lena\n\n## Team\nL: the intern asked about the audit work, she was keen, maybe too keen\nagreed: intern on recs only\nL: covering the close while I am off 9-13 Feb. her offer\ntold her to take the two days she is owed before the year end\n';
    assert.deepStrictEqual(note(lines), ['reported-telling']);
    // Prose wrapped to a width keeps its sentences across lines.
    const wrapped = '# Lena\n\nWe went through the close calendar and the order of the bank recs. She told\nme the intern asked about the audit work. Omar has the plan and the dates, and\ntold her the fixed pattern suits the team.\n';
    assert.deepStrictEqual(note(wrapped), []);
    assert.deepStrictEqual(note('# Lena\n\n## Close\n- → them: write the accruals memo for the auditors\n- to her: start the recs a day earlier\n- them: worried about the bank feed\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Next\n- → them: accruals memo\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- me: don\'t u think the recs would be easier if you\'d started Monday?\n- me: are you sure you want to take the audit role on top of the close?\n- Are u sure that\'s a good idea?\n- Are you sure you\'re OK with the new shift pattern?\n'), ['leading-question', 'leading-question', 'leading-question']);
  });

  it('fresh20/21\'s second principles: "said to her she must ...", "you need X done", the month March, "ask more, tell less" as self-coaching, blame "when you knew", "why is X still in ...", advice reported ("whether ... if she just ..."), "told her ..., just send ..." and "... and to just ...", a "Plan:" of owners', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Said to her she must book the audit sooner.'), ['reported-telling']);
    assert.deepStrictEqual(q('You need the handover notes done before Friday.'), ['you-modal']);
    assert.deepStrictEqual(q('You need the money back from finance.'), []);
    assert.deepStrictEqual(q('Ward audit: March, both of us.'), []);
    assert.deepStrictEqual(q('Next time: ask more, tell less.'), []);
    assert.deepStrictEqual(q('why did the release go out without notes when you knew support needed them?'), ['leading-question']);
    assert.deepStrictEqual(q('asked why nobody covered the desk when she knew the shift was short'), ['leading-question']);
    assert.deepStrictEqual(q('Why is Omar still on the rota with zero shifts since June?'), ['leading-question']);
    assert.deepStrictEqual(q('I asked anyway whether the team wouldn\'t trust her more if she just shared drafts early.'), ['leading-question']);
    assert.deepStrictEqual(q('She asked whether the team wouldn\'t trust her more if she just shared drafts early.'), []);
    assert.deepStrictEqual(q('Told her she doesn\'t need my approval for small orders and to just place them.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told him he can skip the review, just send the numbers.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nPlan:\n- Me: cover the Friday escalations. Put in diary.\n- Lena: rota to me.\n'), []);
  });

  it('fresh22/23\'s principles: formal minutes name the manager by role initials in a bold "Present:" list (not the HR adviser); "reiterated the expectation that ...", "is not to"; doubt, a verdict and advice reported as asked; a standing rule told ("any X goes ..."); ", dont just ..."; "no exceptions" anywhere; a wish with its subject dropped; a name in apposition is the subject; "Next 1:1:" as what is to be said; a title "NAME 1:1 - wed 28/1"; "if ... you come and get me"; "you are to ..."; "Targets" and "for next week" as task lists', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    const minutes = (items: string) => note(`# Review\n\n**Present:** Maria Lopez, Ward Manager (ML); Lena Vogt, Staff Nurse (LV); Tom Hart, HR Adviser (TH)\n\n${items}`);
    assert.deepStrictEqual(minutes('1. ML asked LV to send the rota by Friday.\n2. TH asked LV to update her address with payroll.\n'), ['reported-telling']);
    assert.deepStrictEqual(minutes('1. ML reiterated the expectation that LV\'s handovers must start on time.\n'), ['reported-telling']);
    assert.deepStrictEqual(minutes('1. ML advised LV that she is not to lift patients until OH confirms otherwise.\n'), ['reported-telling']);
    assert.deepStrictEqual(minutes('1. ML asked LV whether she thought shouting at a colleague was ever acceptable.\n'), ['leading-question']);
    assert.deepStrictEqual(minutes('1. ML restated that the notes stay between them unless LV agrees otherwise.\n'), []);
    assert.deepStrictEqual(q('asked her whether an earlier start would not simply fix this'), ['leading-question']);
    assert.deepStrictEqual(q('told her any missed handover goes on the incident log the same day'), ['reported-telling']);
    assert.deepStrictEqual(q('told her all the returns were processed yesterday'), []);
    assert.deepStrictEqual(q('told him if he is not sure which bay to use, dont just pick one'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n- tell her phones stay in the locker no exceptions not even on breaks\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Pricing is now two docs; want finance on the second one from day one'), []);
    assert.deepStrictEqual(q('she also wants weekends for the money, asked her wouldnt it make more sense to start with days'), ['leading-question']);
    assert.deepStrictEqual(q('She said her team lead, Omar, told her to attend every sync.'), []);
    assert.deepStrictEqual(q('Next 1:1: tell her to stop answering emails after 9pm.'), ['reported-telling']);
    assert.deepStrictEqual(note('LENA 1:1 - wed 28/1/26\n\n- 310 covers at the weekend\n'), []);
    assert.deepStrictEqual(q('if the queue backs up again you come and get me, whatever I am doing'), ['you-modal']);
    assert.deepStrictEqual(q('if it rains again you know why the queue is long'), []);
    assert.deepStrictEqual(q('You are to call the duty manager if a patient becomes abusive.'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\n## Targets\n- Lena: one observed handover a week.\n- Me: drop into the Monday handover, 10 mins.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nfor next week\n- talk to Omar re the rota\n- reply to the two reviews\n'), []);
  });

  it('fresh24/25\'s principles: "Speaker 1 is me." names the manager\'s label in a transcript, and a turn\'s fillers ("okay so um", "cool", "right and like") come before what is said; "Tell her:" and "Tell L:" before a statement to be told; "→ next 1:1" as to be told; a topic put before a question; advice asked without a question mark; "isn\'t X just ...ing", "were you not", "shouldn\'t X have been", "do you think it might be simpler to just ..."; "told him it would be great if he could ..."; a rule with no exception; "instructed her that every ..."; "not be sensible", "considered that", "any good reason not to"; a quotation marked as said after a dash; "is his call" and "March hours" are no telling', () => {
    assert.deepStrictEqual(note('Speaker 1 is me.\n\nSpeaker 1: okay so um just put the rollout plan in the doc\nSpeaker 2: sure, will do\nSpeaker 1: cool anything else\nSpeaker 1: right and like don\'t you think it\'d be easier if you just split the tickets up\nSpeaker 2: put it in the doc, fine\n'), ['imperative', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Mine\n- Tell her: no vendor invoices paid w/o a PO, incl. her own.\n- Tell L: the close moves to WD3, not WD5.\n- Get L to own the weekly cash number → next 1:1.\n- Chase the auditors re sampling.\n'), ['reported-telling', 'reported-telling', 'reported-telling']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Asked L: isn\'t one more analyst just moving the backlog onto Omar\'s team?'), ['leading-question']);
    assert.deepStrictEqual(q('Ask her: were you not aware of the late postings since January?'), ['leading-question']);
    assert.deepStrictEqual(q('the offsite, have you considered just doing it in the office'), ['leading-question']);
    assert.deepStrictEqual(q('the offsite, can we do it in the office this year?'), []);
    assert.deepStrictEqual(q('I told him it would be great if he could have the recs done before the close.'), ['reported-telling']);
    assert.deepStrictEqual(q('I told him the rota order for Sat is his call.'), []);
    assert.deepStrictEqual(q('March hours and the audit timetable.'), []);
    assert.deepStrictEqual(q('Do you think it might be simpler to just add the new joiners yourself?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her why we\'re still posting by hand two weeks out from the audit.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her: shouldn\'t Omar have been on the recs, not the payroll?'), ['leading-question']);
    assert.deepStrictEqual(q('Tell her that no journal leaves the team without review by me or Omar.'), ['reported-telling']);
    assert.deepStrictEqual(q('I instructed her that every journal must come to me before it is posted, without exception.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked whether it would not be sensible to record the overtime properly.'), ['leading-question']);
    assert.deepStrictEqual(q('I asked whether she had considered that the figures may need to be restated.'), ['leading-question']);
    assert.deepStrictEqual(q('I asked whether there was any good reason not to file this month.'), ['leading-question']);
    assert.deepStrictEqual(q('She asked whether there was any good reason not to file this month.'), []);
    assert.deepStrictEqual(q('"Kindly ensure the recs are completed before the new joiners start" – said this to her, she agreed.'), ['imperative']);
    assert.deepStrictEqual(q('"we will never close on time" - she said this twice.'), []);
  });

  it('fresh26/27\'s principles: "told to her she must ...", "bitte" as please, "tell him X is due friday", "why did you ... again?", a rule read out or named as a policy ("Read him the rule ...", "Reminded her of the policy that ..."), blame by the same chances ("... when he had the same pipeline"), "Going in" as prep and "Agreements" as actions', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('I told to her she must bring the numbers to the retro, not only to me.'), ['reported-telling']);
    assert.deepStrictEqual(q('Lena, bitte split the export in smaller PRs, nobody can review that.'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n- tell her the audit pack is due friday, no slipping this time.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('told her the audit pack is due friday from finance, nothing to do with her'), []);
    assert.deepStrictEqual(q('I asked: why did you go with the old template again?'), ['leading-question']);
    assert.deepStrictEqual(q('Read her the access rule off the policy: nobody in the vault alone unless the log is signed.'), ['reported-telling']);
    assert.deepStrictEqual(q('read the policy doc before the audit'), []);
    assert.deepStrictEqual(q('Reminded her of the policy that any refund over £500 needs a second signature.'), ['reported-telling']);
    assert.deepStrictEqual(q('Asked her why her close numbers are down again when she had the same team as Omar.'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Going in\n- Don\'t lead with Omar\'s version. Let Lena tell it.\n\n## Agreements\n- Me: attend the next planning.\n- Me: talk to Omar about who owns estimates.\n'), []);
  });

  it('fresh28/29\'s principles: a chat with two speakers, one the person met, names the other as the manager; "please can you ..." and "can u ..." typed without a question mark as requests (not "can you believe ..."); "Marco pls send ..."; "surely you know ...?", "how are we supposed to ...?", "is X really worth Y?"; "Need him to ..." anywhere; an org-mode task line ("** TODO Tell Priyanka to ..."); "Speaker 2" beside "Speaker 1 is me"; "Need him to pick: ..." is no label; "Tell her the case needs ..."; "(me!!)" as a note to self', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n**the oven thing**\n[06:41] Lena: oven 2 dropped to 180 again\n[06:43] Sam: ugh. can u move the sourdough to oven 1\n[06:44] Lena: ye doing it now\n[07:02] Sam: @Kasia can u start the rye an hr early tmrw\n'), ['imperative']);
    assert.deepStrictEqual(q('Please can you record near misses at the end of each session, not in a batch.'), ['imperative']);
    assert.deepStrictEqual(q('can you believe the queue this morning'), []);
    assert.deepStrictEqual(q('Please could you tell me more about the incident?'), []);
    assert.deepStrictEqual(q('Lena pls send the LUT changes to the DIT before call tmrw, not after.'), ['imperative']);
    assert.deepStrictEqual(q('Asked her: surely you know we check ID for every Schedule 2?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her: how are we supposed to grow 20% with one pharmacist on Tuesdays?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her: is a second crane day really worth it when the drone can get the shot?'), ['leading-question']);
    assert.deepStrictEqual(q('Need her to get letters out to every house on Dock Rd before the night shoot.'), ['reported-telling']);
    assert.deepStrictEqual(q('Need her to pick: the second body or the zoom for week 4. Not both.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n* TODO 1:1 Lena\n** TODO Tell Lena to present the savings at the March all-hands\n** TODO Check with HR whether swaps need a form\n'), ['reported-telling']);
    assert.deepStrictEqual(note('Speaker 1 is me.\n\nSpeaker 2: can you take me off the design panel for a month\nSpeaker 1: let me look at the rota\n'), []);
    assert.deepStrictEqual(q('Tell her the case needs external evidence, not just module scores.'), ['reported-telling']);
    assert.deepStrictEqual(q('Tell her the room is booked for Friday.'), []);
    assert.deepStrictEqual(q('stop changing the order sheet on the day (me!!)'), []);
  });

  it('fresh31\'s principles: a two-word label line ("told her:") starts a sentence; "is his to fix" and "whatever front office says" as rules told; "why no X?", "why did it sit with you for three days?"; "--- private ---" as the manager\'s own section', () => {
    assert.deepStrictEqual(note('# Lena\n\n### feedback\n- RFCs: great detail, decision buried\ntold her: put the decision in the first paragraph.\n'), ['reported-telling']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Next week: tell her the Friday close is hers to fix, not the night team\'s.'), ['reported-telling']);
    assert.deepStrictEqual(q('Next 1:1: tell her journals don\'t get posted unreviewed, whatever the controller says.'), ['reported-telling']);
    assert.deepStrictEqual(q('I told her she\'s off the close rota from next week no matter what.'), []);
    assert.deepStrictEqual(q('asked: why no rollback plan on the Sat one?'), ['leading-question']);
    assert.deepStrictEqual(q('On the audit: why did that request sit with you for three days before it reached finance?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nThanks for today.\n\n--- private ---\n- Don\'t turn this into a performance conversation.\n- Check the QA rubric.\n'), []);
  });

  it('fresh30\'s principles: a request put as a question that sets a routine ("Lena, could you make sure it goes on the sheet from tomorrow?"), not an invitation or a one-off request; "why\'d you ... before they\'d even ...?"; a sanction until they have done something ("tell him the escalations stop until he\'s worked through the checklist")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Lena, could you make sure the late calls go on the handover sheet from tomorrow?'), ['leading-question']);
    assert.deepStrictEqual(q('Could you start signing each check at the time you do it?'), ['leading-question']);
    assert.deepStrictEqual(q('Could you walk me through every step of the handover?'), []);
    assert.deepStrictEqual(q('Could you send me the deck?'), []);
    assert.deepStrictEqual(q('asked her: why\'d you send the proposal before they\'d even seen a demo?'), ['leading-question']);
    assert.deepStrictEqual(q('Tell her the escalations to finance stop until she\'s worked through the checklist.'), ['reported-telling']);
  });

  it('fresh32/33\'s principles: "still need to tell her to ...", "planning to tell her ..."; a quotation the manager opened with, or said ("— I actually said that"); ", or not?"; "I said we would not ..., and told her to ..."; a tag after "just ..."; "bring up next time: she needs to ..."; "note to me:"; telling in French (reported, planned, "il faut que tu", leading)', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('Still need to tell her to block two mornings a week for the model, no meetings.'), ['reported-telling']);
    assert.deepStrictEqual(q('Still planning to tell her she needs to start with the finance team.'), ['reported-telling']);
    assert.deepStrictEqual(q('I opened with "why didn\'t you tell me the close was late?", which was a bad start.'), ['leading-question']);
    assert.deepStrictEqual(q('"you\'re not seriously thinking of leaving for the Anchor, are you?" — I actually said that.'), ['leading-question']);
    assert.deepStrictEqual(q('"we will never close on time" — she said that twice.'), []);
    assert.deepStrictEqual(q('I asked her, "Did you check the ledger before posting those, or not?", and she went quiet.'), ['leading-question']);
    assert.deepStrictEqual(q('I said we would not close it without a second check, and told her to attach the bank statements next time.'), ['reported-telling']);
    assert.deepStrictEqual(q('me: just post in #finance the same day when something is blocked, OK?'), ['leading-question']);
    assert.deepStrictEqual(q('bring up next time: she needs to write the memo before anyone starts the recs.'), ['reported-telling']);
    assert.deepStrictEqual(q('note to me: stop answering her questions in 30 seconds, let her sit with them'), []);
    assert.deepStrictEqual(q('Je lui ai dit de ne plus payer de frais à la douane, même si ça retarde les pièces.'), ['reported-telling']);
    assert.deepStrictEqual(q('Dis-lui de former le comité avant mars, sinon on perd la saison.'), ['reported-telling']);
    assert.deepStrictEqual(q('moi: il faut que tu sois sur le terrain trois jours par semaine.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked "pourquoi tu ne m\'as pas appelée quand le véhicule est tombé en panne ?" — a reproach.'), ['leading-question']);
    assert.deepStrictEqual(q('Il faut qu\'on revoie le budget ensemble.'), []);
    assert.deepStrictEqual(q('Elle m\'a dit de passer au bureau.'), []);
  });

  it('fresh34/35\'s principles: a list for the next meeting is the manager\'s prep (own checks clean, planned telling flagged); text-speak\'s "2" for "to"; "me to l:"; "dont rush" with someone to hurry; "is it possible you\'ve been ...?"; reported "whether she did not think"; "tell her ... at the latest"; "say so" as praise to give; a subject before "wants"', () => {
    const prep = (lines: string) => note(`# Lena\n\n## Next time\n\n${lines}\n`);
    assert.deepStrictEqual(prep('- Check the rota export before we meet.\n- Book the small room; the floor is too loud.\n- Review the overtime figures with payroll.'), []);
    assert.deepStrictEqual(prep('- Get her to run the Tuesday huddle herself.'), ['reported-telling']);
    assert.deepStrictEqual(prep('- Tell her she needs to hand over the keys by six.'), ['reported-telling']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n- ${line}\n`);
    assert.deepStrictEqual(q('told her 2 always log the refund reason b4 closing'), ['reported-telling']);
    assert.deepStrictEqual(q('asked her 2 send me the 3 longest calls by thurs'), ['reported-telling']);
    assert.deepStrictEqual(q('2 refunds over limit, gave her 2 more shifts'), []);
    assert.deepStrictEqual(q('me to l: dont rush callers off the line to hit targets'), ['negative-imperative']);
    assert.deepStrictEqual(q('dont rush, we have till march'), []);
    assert.deepStrictEqual(q('I asked: is it possible you have been checking his orders twice?'), ['leading-question']);
    assert.deepStrictEqual(q('Is it possible you could cover the late shift?'), []);
    assert.deepStrictEqual(q('I asked her whether she did not think she ought to have rung the depot first.'), ['leading-question']);
    assert.deepStrictEqual(q('Marketing wants the launch moved, Lena reckons it is too late'), []);
    const talk = (line: string) => note(`# Lena\n\n## Things to say\n\n- ${line}\n`);
    assert.deepStrictEqual(talk('opening — tell her 7.30 at the latest, not 7.45'), ['reported-telling']);
    assert.deepStrictEqual(talk('survey score 4.8 — say so, properly'), []);
    assert.deepStrictEqual(talk('If you disagree with a call, say so in the retro'), ['imperative']);
  });

  it('fresh36/37\'s principles: a comment thread pasted from a tracker ("**@handle** commented:" then a quote) is the manager\'s words where the handle is theirs; "@lena ..." names whom a task line is for; "Told you in standup to ..."; an occasion first ("next visit make sure she knows she has to ..."), also as a dictated line; "what I told her was ..."; a title naming the person is no list of actions; "You WILL ...", "- that is NOT optional"; "Next time, ... your ..." among the actions; "Do not lead with blame", "... myself"; "why did you let ...?"; telling in Spanish', () => {
    const thread = note('# 1:1: @lena-vogt ↔ @mkeller\n\n## Discussion\n\n**@lena-vogt** commented:\n> Can you take the budget question upstairs? Please send me the template.\n\n**@mkeller** commented:\n> Why didn\'t you just escalate it after the first failure?\n> Told you in standup to write the runbook before Friday; it still stands.\n> The draft reads well; you should have a decent shot.\n');
    assert.deepStrictEqual(thread, ['leading-question', 'reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Checklist\n\n- [ ] @lena-v make sure you answer every escalation within the hour\n- [ ] @omar can u cover the late shift\n'), ['make-sure']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('store was busy when I got there\nthe stock room was better today she moved the cages\nnext visit make sure she knows she has to have the rota signed before her leave'), ['reported-telling']);
    assert.deepStrictEqual(q('only thing I told her was send me the shelf photos by Friday'), ['reported-telling']);
    assert.deepStrictEqual(q('You WILL brief the night crew on the new scanner before next shift.'), ['you-modal']);
    assert.deepStrictEqual(q('You will get the results by Friday.'), []);
    assert.deepStrictEqual(q('Take the whole weekend off - that is NOT optional.'), ['imperative']);
    assert.deepStrictEqual(q('Why did you let the backlog run into the audit week?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lesson observation follow-up: Lena Vogt\n\n## Grows\n\n- Stop apologising to the TA every time you ask her for help.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Agreed next steps\n\n1. Lena: trial the new seating plan.\n\nNext time, bring your marking sample to the debrief.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Prep\n\n- Ask what she needs. Do not lead with blame.\n- Stop answering every late call myself.\n'), []);
    assert.deepStrictEqual(q('- le dije que mande el reporte cada lunes aunque no haya cambios'), ['reported-telling']);
    assert.deepStrictEqual(q('- le dije que estaba bien, no pasa nada'), []);
    assert.deepStrictEqual(q('- ¿por qué cerraste el ticket sin avisar a nadie?'), ['leading-question']);
    assert.deepStrictEqual(q('- ¿qué necesitas para sentirte lista?'), []);
  });

  it('fresh38/39\'s principles: "why\'d you sit on it for two months"; "why was nobody ..."; "you didn\'t think to ...?"; "wouldn\'t X be good enough?"; "why ... when the test isn\'t ..."; "why are we ...ing before we\'ve even ..."; "are we really ...ing"; "why is X still blank"; "A: yes — told her to ..."; a rule closed after it ("..., no exceptions", "— non-negotiable")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- why\'d you sit on the rota change for two months if it annoyed you that much?'), ['leading-question']);
    assert.deepStrictEqual(q('- Q: why was nobody checking the fridge temps on the late shift, then?'), ['leading-question']);
    assert.deepStrictEqual(q('- Q: you didn\'t think to check the allergen list before sending the menu out?'), ['leading-question']);
    assert.deepStrictEqual(q('- Q: wouldn\'t the old supplier be good enough for the pop-up?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you announce the date when the venue isn\'t confirmed?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why are we hiring before we\'ve even agreed the budget?'), ['leading-question']);
    assert.deepStrictEqual(q('- Are we really launching this off one customer interview?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why is the incident log still empty for Monday?'), ['leading-question']);
    assert.deepStrictEqual(q('- What would it take to keep spares on site?'), []);
    assert.deepStrictEqual(note('# Lena\n\n### her\n\nQ: would a swap with Omar work for you?\nA: yes — told her to arrange the swap with Omar herself by Friday\nA: yes, she will sort it\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: the log gets filled in before you leave, every shift, no exceptions.'), ['you-modal']);
    assert.deepStrictEqual(q('- Agenda sent before you book the room — non-negotiable.'), ['you-modal']);
    assert.deepStrictEqual(q('- The criteria are non-negotiable; you are doing great.'), []);
  });

  it('fresh40/41\'s principles: "[me: ...]" as a note to self (planned telling in it still counts); "**Lena**" without a colon is a topic, not her words; "Said: told her to ..." as the record; "Also asked "...?""; "the supervisee" as the person met; "Make clear to her that she must ..."; "say to her: ..."; "... but send me ..."; a meeting tool\'s summary quoting the manager by name', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- [me: order the laminated log sheets]\n- [me: tell her to redo the decon log before Friday]'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n**Progress**\n- slab poured\n\n**Lena**\n- Why is the site diary still empty for Monday?\n'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Coaching moments\n\nSaid: told her to stop taking every call, full stop.\n\nAlso asked "why didn\'t you escalate the backlog last week?" Came out wrong.\n'), ['reported-telling', 'leading-question']);
    assert.deepStrictEqual(note('# Supervision record: Lena Vogt\n\n2.2 I advised the supervisee to escalate the repairs request by 4 February.\n2.3 The supervisee reported that her caseload is manageable.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Prep\n\n- Make clear to her that she must close the cases within ten days.\n- say to her: block Wednesdays for the refresh, no meetings\n'), ['reported-telling', 'reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nto tell her tmrw:\n- the team meeting is yours but send me the agenda the night before\n'), ['imperative']);
    const summary = note('# Weekly 1:1 — Rosa Delgado / Lena Vogt\n\n## AI summary\n\n- Rosa asked Lena, "Wouldn\'t it be easier to just reuse last year\'s list?"\n- Lena asked Rosa, "Can you get a decision from finance by Friday?"\n- Tom told Lena, "Send me the deck."\n');
    assert.deepStrictEqual(summary, ['leading-question']);
  });

  it('fresh42/43\'s principles: "Agenda from her email. My answers after the arrows." (their items, the manager\'s "->" replies); "you might consider ...ing"; "told you back in January to ..."; "- [ ] Book your ..." in a checklist; an aside in brackets; "asked Bev wouldn\'t it be easier to just ..."; "whether it wouldn\'t be fairer"; "why he sat on it for two weeks"; "why the batteries are never ..."; "she asked why ..." is hers; dictated "me colon ..."', () => {
    const agenda = note('# Lena\n\nAgenda from Lena\'s email (Wed). My answers after the arrows.\n\n1. Please approve the two temp contracts for January.\n-> Approved one. Send the cut-off reminder two days early from now on.\nMy view: one temp is enough.\n\n2. Can I get access to the reporting tool?\n-> Yes, I\'ll raise it today.\n');
    assert.deepStrictEqual(agenda, ['imperative']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('You might consider drafting the summary now, while it is fresh.'), ['want-you-to']);
    assert.deepStrictEqual(q('The reviewers might consider asking for more data.'), []);
    assert.deepStrictEqual(q('I told you back in March to stop adding new chapters after June.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Plan\n\n- [ ] Book your two shadow shifts with Omar before May 4.\n- [ ] Book the room for Thursday\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n\n- what do you want to be doing a year from now? (ask for real, not as a trap)\n'), []);
    assert.deepStrictEqual(q('I asked Lena wouldn\'t it be easier to just keep the keys in the office'), ['leading-question']);
    assert.deepStrictEqual(q('I asked her whether it wouldn\'t be fairer to just give Omar the credit.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her why she sat on the complaint for two weeks before flagging it.'), ['leading-question']);
    assert.deepStrictEqual(q('asked her why the scanner batteries are never on charge'), ['leading-question']);
    assert.deepStrictEqual(q('she asked why the returns cage is still full'), []);
    assert.deepStrictEqual(q('she asked weather she could do Fridays\ntold her Fridays are fine by me\nme colon Lena get the count schedule up on the board by Friday'), ['deadline-demand']);
  });

  it('fresh44/45\'s principles: "you need the X in by Fri noon", "you need a second reviewer on every PR"; "why do I keep hearing about it from others and not from you?"; "is it not simply that ...?"; "why ... when he had not even ..."; "if X, then why Y?"; "I said him that from now on ..."; a view told after "I was clear:" is no telling; "we agreed that you will ..."; "correct me if I wrote something wrong"', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- you need the supplier quotes in by Fri noon, not Sat morning.'), ['you-modal']);
    assert.deepStrictEqual(q('- You need a second reviewer on every release note.'), ['you-modal']);
    assert.deepStrictEqual(q('- You need a break.'), []);
    assert.deepStrictEqual(q('- why do I keep hearing about the late orders from the kitchen and not from you?'), ['leading-question']);
    assert.deepStrictEqual(q('Is it not simply that your onboarding deck is too long?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did you promise "end of May" when Omar had not even seen the plan?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her: if the plan is fine, then why are the tickets piling up every week?'), ['leading-question']);
    assert.deepStrictEqual(q('I said her that from now on every price change goes to Omar before it is published.'), ['reported-telling']);
    assert.deepStrictEqual(q('I was clear: the mistake itself is not the problem, everybody makes them.'), []);
    assert.deepStrictEqual(q('We agreed that you will present them in April (your proposal, not mine).'), []);
    assert.deepStrictEqual(q('(Shared with Lena after the meeting. Lena, correct me if I wrote something wrong.)'), []);
  });

  it('fresh46/47\'s principles: a month before its day ("Next 1:1: Mar 18") is no verb; "Asked him: "...?"" after another sentence, in a table\'s cell too; "Till then, text me ..."', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\n- Wrapped up early.\n\nNext 1:1: Mar 18\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n| Item | Notes |\n|---|---|\n| Development | Wants the certification. Asked her: "Have you considered just doing the short course first?" |\n'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n\nMe: Till then, text me the driver\'s name any time someone is stuck at the gate.\n'), ['imperative']);
  });

  it('fresh48/49\'s principles: a short form of their name or its initial as a vocative ("..., Seun —", "..., T, all 3 wks"); "Short one this week, Lena" is no order; "Do you honestly think ...?"', () => {
    const q = (line: string, who = 'Oluwaseun Adeyemi') => note(`# 1:1\n\n## Notes\n\n${line}\n`, who);
    assert.deepStrictEqual(q('- Push the rule to prod this week, Seun — we have sat on it long enough'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Bring the yield numbers next Wed, O, all 3 wks'), ['imperative']);
    assert.deepStrictEqual(q('- Bring the yield numbers next Wed, Tom, all 3 wks'), []);
    assert.deepStrictEqual(q('Short one this week, Lena, since we did the review live on Friday.', 'Lena Vogt'), []);
    assert.deepStrictEqual(q('- Do you honestly think anyone reads a six-level ladder?', 'Lena Vogt'), ['leading-question']);
  });

  it('fresh50/51\'s principles: a list for the next meeting that names whom it is for ("NEXT TIME (for Lena)") is what to tell her; "told her never to ..."; "Told him flat out: ..."; "I asked him: had he maybe considered ...?" (not "Had she considered the offer?" in a note); "wasn\'t X already enough ...?"; "might X not have warranted ...?"; "Cost us about £40" is no order', () => {
    assert.deepStrictEqual(note('# Lena\n\nNEXT TIME (for Lena)\n- Let the customer talk for the first ten minutes.\n- Lena: samples booked for the 10th\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Next time\n\n- Let the customer talk for the first ten minutes.\n'), []);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- Pulled her up on it in the car: told her never to promise a slot until transport confirms.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her flat out: when I call standby you answer on headset, every time.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I asked her: had she maybe considered reading the track before the put-in?'), ['leading-question']);
    assert.deepStrictEqual(q('- Had she considered the offer? Still unclear.'), []);
    assert.deepStrictEqual(q('- I asked her: wasn\'t twenty complaints in a fortnight already enough to escalate?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her: on reflection, might the Halvorsen matter not have warranted escalation sooner?'), ['leading-question']);
    assert.deepStrictEqual(q('Cost us about £40/month. Not the end of the world.'), []);
  });

  it('fresh52/53\'s principles: a pasted DM thread timed "[9:13 AM]" names the manager by the other speaker\'s whole name; "[Lena] Stop ..." is for her, "[me] ..." the manager\'s own; "Without X, how exactly ...?", "So you decided X was good enough without Y?"; "Please log off; nobody needs ..."; "ready when you are"', () => {
    assert.deepStrictEqual(note('[9:02 AM] Maya Castellanos: morning!\n[9:04 AM] Lena Vogt: yes pls\n[9:13 AM] Maya Castellanos: get the approval request in today, do not wait for Friday\n[9:14 AM] Lena Vogt: can you nudge Dev for the feedback?\n[9:15 AM] Maya Castellanos: ready when you are\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Stop\n- [Lena] Stop approving refunds over 200 without a second sign-off.\n- [me] Stop copying her on every escalation.\n'), ['negative-imperative']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- Without the control lane, how exactly were you planning to calculate flux?'), ['leading-question']);
    assert.deepStrictEqual(q('- Without a car, how do you get to site?'), []);
    assert.deepStrictEqual(q('- So you decided the draft was good enough without a second check?'), ['leading-question']);
    assert.deepStrictEqual(q('- Please log off; nobody needs a policy answer at midnight.'), ['imperative']);
  });

  it('fresh54/55\'s principles: "me → ..." speaks as "me:" does; in a list for the next meeting an instruction with "you" is to be said; "Notes for me." heads its paragraph; "as if I\'d suggested ..."; a subject alone on its line; a quotation on its own line after "What I did say:"; "I DM\'d her Mon: “...”"; "I said to her wouldn\'t it ..."; "Why you always ..."; "Please, you write ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- me → stop pairing on every PR, you\'re senior enough to merge w/ one approval'), ['negative-imperative']);
    assert.deepStrictEqual(q('- me → ask in channel after 1 hr stuck, that\'s the rule on this team'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nFor next time:\n- If the FO forgets the write-up, do it yourself.\n- Chase crewing re her leave (me).\n- Forward her the thank-you from the family.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nWe talked about the rota.\n\nNotes for me. Introduce her to Mei this week. Stop asking questions that have one answer.\nNext session, push her to send the rota proposal to Rosa before the April hire lands.\nRemember she\'s six weeks in; stop measuring her against people who\'ve been here for years.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('She looked at me as if I\'d suggested she quit.'), []);
    assert.deepStrictEqual(q('I asked what she would gain. Her manager\napparently told her to post it. Both could be right.'), []);
    assert.deepStrictEqual(q('Talked about the thesis plan, she\'d like a stats person\nasked her to join the writing group from this week'), ['reported-telling']);
    assert.deepStrictEqual(q('What I did say, and I\'m writing it down because it was the useful bit:\n"Write the proposal up before the meeting, so the argument exists somewhere."'), ['deadline-demand']);
    assert.deepStrictEqual(q('She said something odd.\n"Just ship it and stop asking."'), []);
    assert.deepStrictEqual(q('- I DM\'d her Mon: "pls send me the migration cost numbers before Mon so I can pre-read"'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Kenji DM\'d me: "pls review my PR before Mon"'), []);
    assert.deepStrictEqual(q('I said to her wouldn\'t it be easier to just put the designer stuff online'), ['leading-question']);
    assert.deepStrictEqual(q('I said to her it is fine to wait'), []);
    assert.deepStrictEqual(q('- Why you always say yes to everybody and then you stay until 8 pm?'), ['leading-question']);
    assert.deepStrictEqual(q('- Please, you write every blocking condition in the ELN, also the failed ones.'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n- ask what\'s making standups hard, genuinely\n'), []);
  });

  it('fresh56/57\'s principles: "For Lena:" heads what is for her, "My side:" the manager\'s own; "made it clear that she would need to"; "whether it would not, on reflection, be more sensible"; "Impress upon her that ..."; a shared doc\'s "(LV)" and "(me)" replies; "I\'d love for you to"; a short form of her name; "Said no more ...", "Said all X goes ... from today"; a decision told ("or the pour doesn\'t happen", "whether or not", "she owns X now"); "why\'s X still", "why am I finding the same", "Have you seen the state of"; "Before Thursday" is preparation; "in the meantime please ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n## Start\n- For Lena: start sending the weekly risk note to Priya directly, not via me\n- My side: stop forwarding her every Slack thread\n'), ['reported-telling']);
    assert.deepStrictEqual(q('I made it clear that she would need to hand over the marking criteria, fully revised, by the end of June.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked her whether it would not, on reflection, be more sensible to keep the methods module.'), ['leading-question']);
    assert.deepStrictEqual(q('- Impress upon her that attendance at the January Examination Board is obligatory, whatever her travel plans.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## On your mind\n- (LV) Interview load. I am on four loops a week.\n- (LV) Could you take me off the Thursday panel until February?\n- (me) Fix them directly, and tag Mei as reviewer.\n- (me) Even those. Small price.\n'), ['imperative']);
    assert.deepStrictEqual(q('- I\'d love for you to write the queue migration RFC yourself this time, start to finish.'), ['want-you-to']);
    assert.deepStrictEqual(note('# Kevin\n\n## Notes\n- Told Kev to get the boards fixed down before anyone else goes up.\n- Mar 24th: walked the site.\n', 'Kevin Osei'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said no more reversing without a banksman, full stop.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said all cutting goes outside or on the vac saw from today.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said no to the overtime.'), []);
    assert.deepStrictEqual(q('- Said all the new starters arrive from today.'), []);
    assert.deepStrictEqual(q('- Told her the spoil heap is off the haul road before the pour or the pour doesn\'t happen.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nNEXT WALK\n- Tell her she owns the near miss book now and I want entries in it weekly.\n- Tell her the back desk gets the divisi at M whether or not the fingering is finished.\n- Tell her the client loved the finish.\n'), ['reported-telling', 'reported-telling']);
    assert.deepStrictEqual(q('I apologised and told her she is off support from next week no matter what.'), []);
    assert.deepStrictEqual(q('- Asked her: why\'s the segregation sign still on the floor after two audits?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her straight: why am I finding the same open edge on L3 I found last Tues?'), ['leading-question']);
    assert.deepStrictEqual(q('- "Have you seen the state of the wash-down area?" Asked her that in front of the team, shouldn\'t have.'), ['leading-question']);
    assert.deepStrictEqual(q('- Have you seen the new dashboard?'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Before Thursday\n- Post the rehearsal order by Monday.\n- Stop saying "louder". Write it on the score.\n'), []);
    assert.deepStrictEqual(q('in the meantime please send every candidate a status update weekly'), ['imperative']);
  });

  it('fresh58/59\'s principles: a tracker\'s "1:1 @rmoreno / @lvogt · date #431" names the manager by the handle that is not hers; an @mention opens an owner\'s item or ends it, not one inside the sentence; "Told her last week to ..."; "why did you X when Y was the bug", "why\'d you X when we\'d agreed"; "I asked her, why\'d you ...", "I also said to her, bring ..."; a voice note\'s "[02:40]" starts a turn; "I\'m gonna tell her"; a nickname ("Lachie"); "Merge freeze starts 4/20" is no order; "Try next" is the manager\'s own; "Isn\'t “X” just ...?"', () => {
    const thread = '# 1:1 @rmoreno / @lvogt · 2026-04-21 #431\n\n## Notes\n\n**@rmoreno** commented\n- You need to clear anything older than three days before you pick up new tickets.\n- Please loop in @security-review before you merge #440, not after.\n- Told @lvogt last week to hand the export alerts to Omar.\n- Merge freeze starts 4/20; the alerting fix should land before then anyway.\n\n**@lvogt** commented\n- Can you review the RFC before Friday?\n';
    assert.deepStrictEqual(note(thread), ['you-modal', 'imperative', 'reported-telling']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- @lvogt: close or reassign the dependabot PRs'), []);
    assert.deepStrictEqual(q('- On #452: why did you add a retry loop when the timeout itself was the bug?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you pick Redis when the team was on leave?'), []);
    const voice = '# Voice note: Lena Vogt\n\n[01:33] I asked her, why\'d you go out in 34 when we\'d agreed on 36 in the warm-up?\n[01:56] I also said to her, bring your log book every Tuesday from now on\n[02:10] she should hear back by mid-August\n[02:28] Thursday I\'m gonna tell her she needs to have her travel forms in before the session\n[02:40] and get Lena to run the kick set on Saturday for the juniors\n[02:49] send her times to the coach once the form is signed\n';
    assert.deepStrictEqual(note(voice), ['leading-question', 'imperative', 'reported-telling', 'reported-telling']);
    assert.deepStrictEqual(note('# Lachlan\n\n[02:05] next session get Lachie to lead the warm-up lane\n', 'Lachlan Murphy'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked her how it went.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Try next\n- Stop pre-writing agendas for 1:1s; send a blank doc instead.\n'), []);
    assert.deepStrictEqual(q('- Isn\'t "shadow until they ask" just a way to skip the awkward conversation?'), ['leading-question']);
  });

  it('fresh60/61\'s principles: rows written with pipes and no header ("TOLD LV | keep ...", "me > LV | stop ...", "Q | didn\'t we agree ...?", "FU | ..."), a statement told is a view ("TOLD LV | backlog is a volume thing"); "Try:" is advice; "Ended by telling her to ..."; a skip-level\'s "manager:" is not the author; "..., so why ...?" after a premise about them, "if not yours?", "or was I meant to ...?", "surely a ..."; "Tell her to ..." among her points; "He says you just need to ..." is his; "Told her just write ..."', () => {
    const rows = '# Lena\n\nAGREED | LV + GP | UPH target stays 110 |\nTOLD LV | keep truck 07 keys off the board till Linde signs it off |\nTOLD LV | do the PPE walk yourself at 22:15, don\'t hand it to the agency sup |\nme > LV | stop signing pre-use checks you didn\'t watch |\nTOLD LV | OT figures for Jan look fine, no action |\nTOLD LV | backlog is a volume thing, not her team\'s pace |\nsite GM | told LV to cut OT to 10% | LV not happy |\n\nQ | didn\'t we agree last month you\'d stop pulling pickers onto loading? |\nFU | GP | ring Kev at Linde re truck 07 mast |\n';
    assert.deepStrictEqual(note(rows), ['reported-telling', 'reported-telling', 'negative-imperative', 'leading-question']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- Try: swap the red icon for the illustration set we used in onboarding.'), ['imperative']);
    assert.deepStrictEqual(q('- Ended by telling her to get herself onto the SRE review rota.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Omar ended by telling her to relax.'), []);
    assert.deepStrictEqual(note('---\nwith: Lena Vogt\nmanager: Kofi Asante\n---\n\n# Skip-level — Lena\n\n- Kofi asked her to present it at the platform guild; she is nervous.\n'), []);
    assert.deepStrictEqual(q('- The library figure was in your Friday notes, so why did it take till Monday to surface?'), ['leading-question']);
    assert.deepStrictEqual(q('- You took the message, so whose job was the call-back if not yours?'), ['leading-question']);
    assert.deepStrictEqual(q('- The rota was late, so why not move it?'), []);
    assert.deepStrictEqual(q('- Were you going to tell me about the call-back, or was I meant to hear it from them?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her: surely a vomiting dog should have gone straight to a nurse?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Her\n- Burnt out on health.\n- Tell her to stop apologising for the length; the length is fine.\n- He says sometimes you just need to ship and see.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her just write with what she has first, fill in the logs later.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her well done.'), []);
  });

  it('fresh62\'s principles: a bullet journal\'s "–" and "○" open points; "Lena, on your next calls, go back ..."; a short label before a quotation ("Lena, near the end: \u201c...\u201d") is no order', () => {
    assert.deepStrictEqual(note('# Lena\n\n## coffee w/ Lena\n– she asked me to shadow her first page\n– retry queue PR: 1,400 lines, one commit, no design note\n– told her to split it into three PRs: schema, worker, backfill\n○ she is on call next week\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Coaching\n- Lena, on your next calls, go back to the customer at 30 seconds on every hold.\n- Lena, on Friday, the rota goes out.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## What I heard\n- Lena, near the end: "Make sure you pay by the 5th or it will bounce."\n'), []);
  });

  it('fresh62/63\'s principles: "why did you X before you knew ...", "since when do we ...?", "I asked why phones had not been collected", "I suggested that you try ...", a dash for a colon after a reporting verb ("asked - dont you think ...")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- Asked her: why did you put the customer on hold before you knew what you were looking for?'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her - since when do we store raw chicken above ready-to-eat??'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked why phones had not been collected at the door, as the school policy requires.'), ['leading-question']);
    assert.deepStrictEqual(q('- I suggested that you try a visual countdown timer for transitions.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I suggested that we try a timer.'), []);
    assert.deepStrictEqual(q('- asked - dont you think the team takes its cue from how you review'), ['leading-question']);
    assert.deepStrictEqual(q('- asked - how is the new hire settling in'), []);
  });

  it('fresh64/65\'s principles: the person\'s initials in capitals ("told LV to ..."), a task then "- told her today", one speaker\'s turn a line in an item, prose wrapped after "the", "believe her", "you feel you have to", "isn\'t X just the obvious ...?", "is that what you\'re telling me?", "you just kept ...?", "you didnt think ...?", "wondered aloud whether", "asked, not entirely fairly,", "Had she considered, I asked, that", "Me: then ..." under "My notes", "you X yourself, not Y", a next step "before you ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n* notes\nstuff\n\ntold LV to keep the apprentice off the deck until she has her card\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Priya\n\n## Notes\n\n- PR needs to be merged before Friday.\n', 'Priya Raman'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Actions\n\n- LV to redo the pour schedule - told her today, want it fri\n- Redo the pour schedule (told her today)\n- Dana to send the rota - told her\n- Lena to chase the plant - told her the plant is late\n'), ['reported-telling', 'reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n* notes\nME - hows the RFI log\nLV - didnt think i was allowed to change the format\ntold her she is, and to send the clash list out a day ahead\nLV - ok\n'), ['reported-telling']);
    assert.deepStrictEqual(q('She is demonstrating on the field course and finding it a drain. It was a fair point but probably the\nwrong tone. It is a common pattern in the group; you feel you\nhave to say yes to everything or someone will notice.'), []);
    assert.deepStrictEqual(q('believe her, the panel was between them, still her crew though'), []);
    assert.deepStrictEqual(q('Do not feel you have to reply over the weekend.'), []);
    assert.deepStrictEqual(q('- me: isn\'t schema-per-tenant just the obvious call at our size?'), ['leading-question']);
    assert.deepStrictEqual(q('- ME - so nobody looked at the schedule after the crane move, is that what youre telling me?'), ['leading-question']);
    assert.deepStrictEqual(q('- ME - you saw him out there with no lanyard and you just kept setting panels?'), ['leading-question']);
    assert.deepStrictEqual(q('- ME - you didnt think a temp panel in a forklift lane was going to get hit?'), ['leading-question']);
    assert.deepStrictEqual(q('- You didn\'t notice anything odd?'), []);
    assert.deepStrictEqual(q('- I wondered aloud whether she had really needed to volunteer for all six sessions.'), ['leading-question']);
    assert.deepStrictEqual(q('- I wondered whether she had really needed to volunteer for all six sessions.'), []);
    assert.deepStrictEqual(q('- I asked her, not entirely fairly, whether she thought the examiners would mark the pipeline.'), ['leading-question']);
    assert.deepStrictEqual(q('- Had she considered, I asked, that Aisha might expect to be first author.'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her whether she honestly expected anyone to review 2,000 lines in one sitting.'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## My notes\n\nNoted.\nMe: then write it up as an ADR, and stop reopening it in every review.\n\nMe: call Karen about the embeds.\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- ME - and you sign the harness sheet every morning yourself, not your leadhand'), ['imperative']);
    assert.deepStrictEqual(q('- you own the RFC review end to end, not [[Marco Bellini]]'), ['imperative']);
    assert.deepStrictEqual(q('- course: meh. you learn system design in design reviews, not from videos'), []);
    assert.deepStrictEqual(note('# Lena\n\n| Account | Next step |\n|---|---|\n| Crane | get their CFO on a call before you send pricing |\n| Halvorsen | Lena sending redlined MSA Tue |\n'), ['imperative']);
  });

  it('fresh66/67\'s principles: a writer who talks to themself as "you" ("You need to stop interrupting her"), "say you\'re working on it" is the manager\'s voice, "Say to her" is a talking-points heading, "is it really sensible to ...?", "I made clear that X must come to me", a rule passed on "per HR", the manager\'s initials ("DK asked ..."), an owner\'s label over a statement, French said in the present ("Moi: tu recrutes ..."), "Lui dire de ...", "tu as vraiment besoin ...?", "did nobody think to ...?", "Told him in the room to ...", "Please fix ..." under next steps, "Mei is ready ...; start ..."', () => {
    const selfTalk = '# Lena\n\n## Before\n- You promised Lena the budget numbers - send them Thursday.\n- You need to stop interrupting her. Count to three.\n- Re-read her self-review before you walk in.\n- Don\'t forget you owe her an intro to Mei.\n\n## Say to her\n- Bring me a written case by the 17th.\n- Thank her for the survey comment; say you\'re working on it.\n\n## What happened\n- Told her to book the room herself.\n- You got defensive when she mentioned the reviews. Notice that.\n';
    assert.deepStrictEqual(note(selfTalk), ['deadline-demand', 'reported-telling']);
    // The same lines in a note that talks to the person: telling.
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- You need to stop interrupting people in design reviews.\n'), ['you-modal']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('- I put to her: is it really sensible to keep staffing a second-year on three deals?'), ['leading-question']);
    assert.deepStrictEqual(q('- I made clear that the disclosure letter must come to me for review before any draft goes out.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I made it clear that the budget is fixed.'), []);
    assert.deepStrictEqual(q('- Told her the training cohort is not optional this year, per HR.'), []);
    assert.deepStrictEqual(q('- Told her the training cohort is not optional.'), ['reported-telling']);
    const ea = '---\ntitle: "1:1 — Diane Kessler / Lena Vogt"\nmanager: Diane Kessler\n---\n\n## Attendees\nDK, LV.\n\n## Team\n- DK asked Lena to have the backlog under 500 by the end of February.\n- LV: "make sure the handover doc exists" is the one thing she wants from him.\n- DK: start the backfill now, don\'t wait for the exit interview.\n- DK: did nobody think to check the permit lead time before signing?\n';
    assert.deepStrictEqual(note(ea), ['reported-telling', 'imperative', 'leading-question']);
    const fr = '# Lena\n\n## Notes\n- Moi: Lena, tu arrêtes de faire les nuits toi-même, tu délègues.\n- Moi: tu sais que le planning est serré.\n- Lui dire de goûter elle-même le buffet une fois par semaine.\n- Tu as vraiment besoin de trois fournisseurs de viande ?\n';
    assert.deepStrictEqual(note(fr), ['reported-telling', 'reported-telling', 'leading-question']);
    assert.deepStrictEqual(q('Told her in the room to stop cc\'ing the whole team on agency threads.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nNext steps:\n- Please fix the three 404 redirects before the newsletter goes out on Monday.\n- Dana: please sign off the travel budget.\n- Send the agenda to Theo.\n'), ['imperative']);
    assert.deepStrictEqual(q('Lena is ready for the senior role; start the promotion case in June.'), []);
  });

  it('fresh68/69\'s principles: struck-through text is taken back, a footnote\'s marker is no word ("[b] Me: ..."), "Wouldn\'t those customers just ...?", "Guidance given" heads what was said, a title before the name ("directed PC Shah to"), "Your entries must be timed and signed", German ("Ich habe ihn gebeten, ...", "why have you X not Y?"), "why didnt you" typed without its apostrophe, "i said come on dont you think ...", "do you think you need to" is asked, a role in the present ("you\'re guarding Jalen all week"), "You don\'t shoot off one foot again", the note\'s pronoun for the person ("he must" in a note about her), "should be competitive", "Ask what he needs from me", a bullet journal\'s "•" tasks', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('~~You need to stop covering every shift yourself.~~ She has a plan.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\nSorting is two weeks behind.[a]\nHave you considered just closing the Wednesday sort until May?\n\n## Comments\n[a] Lena Vogt: some of us were just tired\n[b] Me: Lena, send me the headcounts before the board packet goes out.\n'), ['leading-question', 'imperative']);
    assert.deepStrictEqual(q('- Wouldn\'t those customers just churn before Q3 anyway?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Guidance given:\n- Your PNB entries must be timed and signed at the end of each entry.\n- Your access should be fixed by now.\n'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- I directed PC Vogt to activate BWV on arrival at every call.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ich habe ihr gesagt, she must never again a load test skip without my okay.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ich habe sie gebeten, the owners until Monday in the doc to enter.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ich habe ihr gesagt, dass I bring it to the retro on Thursday.'), []);
    assert.deepStrictEqual(q('- I asked her: why have you the backfill script not first on staging run?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you decide not to go?'), []);
    assert.deepStrictEqual(q('i asked her why didnt you say something youre the captain'), ['leading-question']);
    assert.deepStrictEqual(q('i said come on dont you think your mom would hate an out of state school'), ['leading-question']);
    assert.deepStrictEqual(q('i said what do you think you need to show me in practice to earn more'), []);
    assert.deepStrictEqual(note('# Lena\n\n## what I\'ll say Monday\n- "Lena, you\'re guarding Jalen on scout team all week."\n- "You don\'t shoot off one foot in a game again."\n- "You\'re doing great this week."\n\n## Notes\nYou are guarding Jalen on scout team all week.\n'), ['assign-role', 'negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- She mentors Jonas; he comes often unprepared.\n- She said maybe, but he must also take responsibility.\n- I asked her what she needs from me for the review.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Talking points\n- She should be competitive for the attachment.\n- She needs to be more proactive in standups.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ask what she from me for the probation review needs.'), []);
    const journal = '# Tue 7 Apr — daily log\nkey: • task  ○ event  – note\n\n## 1:1 w/ Lena\n– told her to make it resumable before Thursday\n\n## advice given\n– take the talk. you\'ll be the person who knows backfills after that.\n\n• ping the DBA on-call about Thursday\'s window\n• finish capacity plan comments\n';
    assert.deepStrictEqual(note(journal), ['reported-telling', 'imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Feedback given\n- Restore test handover went well. Sara confirmed.\n'), []);
  });

  it('fresh70/71\'s principles: a record\'s fields with the initials it uses ("Line manager: Rebecca Thorne (LM)", "Jobholder: ... (JB)"), "Points for FH" and "Said to Sam" head what is said, an italic aside under someone\'s answer is the manager\'s, "... - isn\'t that why ...?", "crit" heads feedback on the work, "Experiment:" before what to do, a chat\'s date and time ("[19/04/2026, 08:07] Me: ..."), "why are there still ...?", "reflow" is "flow" again, "Section B-B still thin ..." has no verb', () => {
    const record = '---\nline_manager: Rebecca Thorne (Grade 7)\njobholder: Lena Vogt (HEO)\n---\n\n# Monthly 1:1 record\n\nLine manager: Rebecca Thorne (LM)\nJobholder: Lena Vogt (LV)\n\n## Performance\nLM reminded LV that the spending review timetable has moved to March.\nLM asked LV to draft the Q4 stakeholder map by 6 February.\nLV asked LM to clarify who signs off the correspondence.\n\n## Points for LV\n- Send the draft analysis chapter to LM by 13 March, even if it is incomplete.\n';
    assert.deepStrictEqual(note(record), ['reported-telling', 'deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Said to Lena\n- Pick one ticket next sprint that touches the ledger service.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Career\n- [x] What do you want the next 12 months to look like?\n  A: Principal track or a sabbatical. Genuinely undecided.\n  *Asked her to write a one-page doc before the next 1:1.*\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Questions\n- [x] You have not asked for help all month - isn\'t that why the ticket took two weeks?\n'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## crit / convo\n- kill the gradient behind the hero text, it\'s muddying the photo\n- reflow the 30ml back panel before the founder sees it\n- Section B-B still thin on information; Jess wants the parapet detail shown.\n- why are there still three different greens on the pricing page??\n'), ['imperative', 'imperative', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Experiments\n- Lena\'s choice: pair with a dev on day three of every story.\n- Experiment: you let Omar own the review queue for a sprint and you stay out of it.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nMessages from the weekend:\n\n[19/04/2026, 07:55] Lena Vogt: Stockroom door was left open overnight again\n[19/04/2026, 08:03] Me: Why was nobody checking the door on the close checklist??\n[19/04/2026, 08:05] Lena Vogt: It is not on the checklist, that is the problem\n[19/04/2026, 08:07] Me: Add it to the checklist and brief the closers\n[19/04/2026, 08:12] Lena Vogt: Can you get me a second scanner for the count?\n'), ['leading-question', 'imperative']);
  });

  it('fresh72/73\'s principles: "Dana, his old tech lead, once told him to ..." is Dana\'s telling, "are you even looking at ...?", a request to the manager under next steps ("send me the draft"), a chat export\'s header ("Lena Vogt  10:42 AM") sets who writes the lines under it', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n\n${line}\n`);
    assert.deepStrictEqual(q('Dana, her old tech lead, once told her to go deep before going wide, and she is unsure it still fits.'), []);
    assert.deepStrictEqual(q('After the demo, with her team, told her to go deep first.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I asked her, are you even looking at the review queue daily or only on Fridays?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Next steps\n- Send me the revised draft by Friday.\n- Send the revised draft to Theo.\n'), ['deadline-demand']);
    const slack = '---\nwith: Lena Vogt\nauthor: Maya Lindqvist\n---\n\n## Slack thread (pasted)\n\nLena Vogt  10:42 AM\nhey @Maya Lindqvist can we push our 1:1 to 2pm? please send me the agenda\n:+1: 1\nMaya Lindqvist  10:44 AM\nsure, 2pm works\nMaya Lindqvist  10:45 AM\nreplied to a thread:\nalso pls get the refund macro audit to me by friday, finance keeps asking (edited)\nLena Vogt  10:51 AM\non it. can you take the Stripe tickets for an hour?\n';
    assert.deepStrictEqual(note(slack), ['deadline-demand']);
  });

  it('fresh74/75\'s principles: "Instructed: Callum to post ...", "Queried: was it not obvious that ...?", "should X not simply have been ...?", "why did the schedule not tie ..., when ...", "why on earth ...?", "..., full stop" closes a rule (not a dictated "tidy full stop"), "Me: you run the calibration before ...", Spanish "Decirle que ...", "¿Por qué dejaste que ...?"', () => {
    const q = (line: string) => note(`# Lena\n\n## Review\n${line}\n`);
    assert.deepStrictEqual(q('Instructed: Lena to post the reversing journal before the pack is reissued.'), ['reported-telling']);
    assert.deepStrictEqual(q('Agreed: Lena to post the reversing journal.'), []);
    assert.deepStrictEqual(q('Queried: was it not obvious that the Hollis statement had been sitting unreconciled since November?'), ['leading-question']);
    assert.deepStrictEqual(q('Queried: should the £14k of installation labour not simply have been capitalised alongside the racking?'), ['leading-question']);
    assert.deepStrictEqual(q('Queried: why did the schedule not tie to the GL on first submission, when it is meant to be checked before it reaches me'), ['leading-question']);
    assert.deepStrictEqual(q('- why did the canary not catch it? her theory: canary gets 1% and never hits the payment path.'), []);
    assert.deepStrictEqual(q('I asked: why on earth are we still running a five-round loop at fourteen people?'), ['leading-question']);
    assert.deepStrictEqual(q('You don\'t discount past 20% without my sign-off, full stop.'), ['you-modal']);
    assert.deepStrictEqual(q('okay so visit to Harrow Road with Lena this morning shop looked tidy full stop'), []);
    assert.deepStrictEqual(q('- Me: you run that calibration with all reviewers before the March scorecards go out'), ['imperative']);
    assert.deepStrictEqual(q('- Me: you put a lot into it this week'), []);
    assert.deepStrictEqual(q('- Decirle que revise los DHR del turno de noche cada mañana antes de las 8.'), ['reported-telling']);
    assert.deepStrictEqual(q('- ¿Por qué dejaste que se vencieran tres equipos del cuarto limpio?'), ['leading-question']);
  });

  it('fresh76/77\'s principles: Portuguese ("Pedi pra ela mandar ...", "Falar pra ele que ele tem que ...", "por que você não ...?", "não seria mais rápido ...?"), a key of telling before whom and what ("told: him to have ..."), texted "y" for "why" ("y didnt u just ...?", "y r u still ...?"), "asked her why are you still ...", a thing that "should be confirmed" is news', () => {
    const q = (line: string) => note(`# Lena\n\n## Notas\n${line}\n`);
    assert.deepStrictEqual(q('- Pedi pra ela mandar o doc pro time de risco até sexta, antes da review.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Falei pra ela que o budget foi aprovado.'), []);
    assert.deepStrictEqual(q('- Falar pra ela que ela precisa parar de aceitar pedido direto do PO.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Perguntei: por que você não falou comigo antes de aceitar o escopo novo?'), ['leading-question']);
    assert.deepStrictEqual(q('- Perguntei: não seria mais rápido ter pedido ajuda logo no primeiro dia?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nthem: Postgres primary at 71% CPU at peak\ntold: her finance approved the extra replicas last week\ntold: her to have the replica rollout plan in the doc before the capacity review\ntodo: forward the finance approval thread to Lena\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- asked her y didnt u just ask infra for a bigger runner??'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her y r u still doing all the deploys urself?'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her why are you still doing all the deploys yourself?'), ['leading-question']);
    assert.deepStrictEqual(q('- Told her the library budget should be confirmed next week.'), []);
  });

  it('fresh78/79\'s principles: a quotation attributed to the manager ("..." — me) is said to them, "I told her she should ..." under a heading of hers is the manager\'s record, "Next:" (a COIN note\'s next step) is read on its evidence', () => {
    const quotes = '# Lena\n\n## 1:1\n"I can\'t take on the migration too." — L\n"Then drop the dashboard work until March." — me\n"Wouldn\'t it be simpler to just freeze on the 15th?" — me\n"Can you cover my on-call on Friday?" — L\n';
    assert.deepStrictEqual(note(quotes), ['deadline-demand', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Her stuck point\n- Her tech lead keeps bringing her decisions she thinks he could make himself.\n- I told her she should just stop answering in the meeting and send him back with "what would you do?"\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Estimation\n- Observation: two stories slipped.\n- Next: you should break anything over five points into pieces before planning.\n- Next: Lena will pair with Omar on the split.\n'), ['you-modal']);
  });

  it('fresh80/81\'s principles: a heading that says the list is theirs ("Stop (Lena\'s list)"), Dutch ("ik heb haar gevraagd om ...", "ik heb gezegd dat zij ... moet", "je moet ...", "Waarom heb je ... niet ...?", "Heb je er al aan gedacht om gewoon ...?"), "Told L to ..." (the person\'s initial), a first name that is a month ("June")', () => {
    assert.deepStrictEqual(note('# Lena / Theo 1:1\n\n## Stop (Lena\'s list)\n- Stop picking up platform pages at night; they aren\'t our rotation.\n\n## My notes on her list\n- I told her to drop the platform on-call shadowing.\n'), ['reported-telling']);
    const nl = '# Lena\n\n## Notities\n- ik heb haar gevraagd om de scope-wijzigingen voortaan in het ticket te zetten.\n- ik heb gezegd dat zij de laatste batch eerst op staging moet draaien.\n- ik heb gezegd dat ik de review doe.\n- Je moet je PR\'s kleiner maken, maximaal 400 regels per stuk.\n- Waarom heb je de rollback niet gewoon vorige week al getest?\n- Heb je er al aan gedacht om gewoon de RFC zelf te schrijven?\n';
    assert.deepStrictEqual(note(nl), ['reported-telling', 'reported-telling', 'reported-telling', 'leading-question', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- Told L to stop booking kit directly with the rental house.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# June\n\n## Notes\n- I asked June to shadow Priti on the new referral system next Monday.\n- The rota for June is out.\n', 'June Takahashi'), ['reported-telling']);
  });

  it('fresh82/83\'s principles: "I made it clear that the article must be submitted by the end of April", "..., and that he must tell me in advance", a title is no name ("Professor Hallam" where the manager is Professor Wetherby), "Please make sure ... his care plan ..., Lena" is put to her, a template\'s italic tip', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('I made it clear that the article must be submitted by the end of April if it is to count.'), ['reported-telling']);
    assert.deepStrictEqual(q('I made it clear that the 15-day standard applies regardless, and that she must tell me in advance if it is going to be missed.'), ['reported-telling']);
    assert.deepStrictEqual(note('---\nauthor: Professor Alison Wetherby\n---\n# Lena\n\n## Notes\nShe mentioned that Professor Hallam had told her to aim for a higher-ranked journal instead.\n'), []);
    assert.deepStrictEqual(q('- Please make sure the sensor mat goes on his care plan the day it arrives, Lena, not at the next review.'), ['make-sure']);
    assert.deepStrictEqual(q('- Make sure the packet template is in the vault before I send it to him.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Action items\n- [ ] @Lena draft the scope section\n\n_Tip: Be sure to review your notes for accuracy before sharing._\n'), []);
  });

  it('fresh84/85\'s principles: "how can X still be skipped after we flagged it?", "have you honestly not noticed ...?", "would she really rather ...?", "why had he left it until ...?" asked of them, "Wouldn\'t going to her director first just ...?", "Didn\'t Owen already sort it out for you?", a programme\'s reminder, not "Don\'t bring it up today"', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('I asked her: how can the gap scan still be skipped after we flagged it on the last two visits?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her: have you honestly not noticed the bins, or has nobody told you?'), ['leading-question']);
    assert.deepStrictEqual(q('I asked: would she really rather keep absorbing the slips quietly than put a proposal in front of him?'), ['leading-question']);
    assert.deepStrictEqual(q('I asked her: why had she left it until two weeks before calibration to write any of this down?'), ['leading-question']);
    assert.deepStrictEqual(q('I put it to her: wouldn\'t going to her director first just confirm the story?'), ['leading-question']);
    assert.deepStrictEqual(q('- Didn\'t Owen already sort the review problem out for you?'), ['leading-question']);
    assert.deepStrictEqual(q('Programme reminder: please complete the session log within 48 hours of each meeting.'), []);
    assert.deepStrictEqual(q('- Review cycle opens in June. Don\'t bring it up today unless she does.'), []);
  });

  it('fresh86/87\'s principle: blame by comparison ("why are you only doing 38 dials when everyone else on the pod is at 80+?")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- why are you only doing 38 dials when everyone else on the pod is at 80+?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why do you think the pod is ahead this month?'), []);
  });

  it('fresh88/89\'s principles: minutes that name the parties by role ("Supervisor advised that the Student submit ...", the minute-taker the writer), a mandate in the subjunctive ("advised that the review be cut"), "me to Lena: "..."", dictated punctuation ("question mark", "period"), a name with no comma before what they are to do, "Next X like that, you ... me", "I said him to not ..."', () => {
    const minutes = (line: string) => note(`# Supervision Meeting — Minutes\n\n**Present:** Dr H. Marsh (primary supervisor, chair); Dr P. Kessler (second supervisor); Ms L. Vogt (doctoral student, Year 2)\n**Minutes:** H. Marsh\n\n## Discussed\n${line}\n`);
    assert.deepStrictEqual(minutes('3.2 Supervisor advised that the Student should not submit until the Chapter 4 results are stable.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('3.3 Supervisor advised that the Student submit by 31 July at the latest.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('2.3 Supervisor advised that the literature review be reduced to no more than 40 pages.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('3.4 Supervisor advised that the Faculty completion bursary opens in May.'), []);
    assert.deepStrictEqual(minutes('2.3 Dr Kessler advised the Student to rescale the income variable before refitting.'), []);
    assert.deepStrictEqual(minutes('3.3 Dr Kessler advised that Chapter 3 be shortened by roughly a third.'), []);
    assert.deepStrictEqual(minutes('2.4 Supervisor asked whether the Student had considered simply dropping the 2021 wave.'), ['leading-question']);
    assert.deepStrictEqual(minutes('3.5 Supervisor asked whether this was not already more than anyone could sustain.'), ['leading-question']);
    assert.deepStrictEqual(minutes('2.3 Supervisor asked whether the Student seriously intended to start full-time work before submitting.'), ['leading-question']);
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- Fri 13th, 20:40, me to Lena: "Stop cutting the rest. I\'d rather wait 2 min than refire."'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Dani said to Lena: "Stop cutting the rest."'), []);
    const dictated = '# Lena\n\nokay this was a tough one period new line shrink is up again\nasked her why would you put the new hire on register alone on a Saturday morning question mark\nLena get your key holders trained on the alarm codes this week period\nthe probation period ends in May\n';
    assert.deepStrictEqual(note(dictated), ['leading-question', 'deadline-demand']);
    assert.deepStrictEqual(q('- GUIDANCE: Next vendor warning like that, you put it on the board and call me.'), ['you-modal']);
    assert.deepStrictEqual(q('- I said her to not merge to production on Friday evening anymore.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Points for next meeting\n- Lena may be isolating herself; consider mentioning the Thursday writing group.\n'), []);
  });

  it('fresh90/91\'s principles: Italian ("Gli ho detto di ...", "Dirgli che deve ...", "devi ...", "Chiedi a ..., Lena", "non accettare ...", "Hai mai pensato di ...?", "Non sarebbe più semplice ...?", "Perché non mi hai detto ...?"), "me: next time, page me ..." among follow-ups, a quotation after "I did ask, a bit sharply,", "Reminded her, gently but firmly, to ...", "triple-check", "You should get a lot faster once ..." (a guess)', () => {
    const q = (line: string) => note(`# Lena\n\n## Note\n${line}\n`);
    assert.deepStrictEqual(q('- Gli ho detto di mandarmi le tavole giovedì sera, anche se non sono perfette.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Gli ho detto che il budget è chiuso.'), []);
    assert.deepStrictEqual(q('- Dirle che deve compilare il timesheet ogni venerdì, non a fine mese.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena, devi andare a casa alle sette: i file saranno ancora lì domani.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Chiedi a Grafiche Sforza uno sconto sul volume, Lena — non accettare il 12% così.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Chiamare Grafiche Sforza per lo sconto sul volume.'), []);
    assert.deepStrictEqual(q('- Hai mai pensato di chiedere una mano a Chiara, invece di restare qui fino alle dieci?'), ['leading-question']);
    assert.deepStrictEqual(q('- Non sarebbe più semplice dire di no al curatore, una volta per tutte?'), ['leading-question']);
    assert.deepStrictEqual(q('- Perché non mi hai detto prima che il curatore ti scriveva alle undici di sera?'), ['leading-question']);
    assert.deepStrictEqual(q('- Come vuoi gestire il curatore la prossima volta?'), []);
    assert.deepStrictEqual(note('# Lena\n\n## INC-212 follow-up\n- [ ] fix the escalation step in the runbook\n- me: next time, page me straight away, even at 3am :warning:\n- me: book the postmortem room\n'), ['imperative']);
    assert.deepStrictEqual(q('- I did ask, a bit sharply, "why didn\'t you just ring me that evening?" – she said she didn\'t want to bother me.'), ['leading-question']);
    assert.deepStrictEqual(q('- Reminded her, gently but firmly, to turn down any cash or personal errands from clients.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her, and she agreed, the rota is fine.'), []);
    assert.deepStrictEqual(q('me: "triple-check the shift dates against the rota before we go near print"'), ['imperative']);
    assert.deepStrictEqual(q('You should get a lot faster once the shorthand is at 100wpm.'), []);
    assert.deepStrictEqual(q('You should get faster at triage by doing more of it.'), ['you-modal']);
  });

  it('fresh92/93\'s principles: Polish ("Powiedziałem mu, żeby ...", "Ja: weź ...", "czy nie byłoby prościej ...?"), "no running ..." said, "let Dev run ...", two verbs joined ("record and reset the max/min"), something to hand over by a date ("please let me have the draft by 20 February"), blame in the passive ("Why were the near misses not logged until Monday?"), "why did I have to hear that from ...", "wasn\'t it, surely, ...", "Next 1:1, say: ..."', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('Powiedziałem jej, żeby do piątku przygotowała plan rollbacku.'), ['reported-telling']);
    assert.deepStrictEqual(q('Poprosiłem ją, żeby ograniczyła suite regresyjny do ścieżek krytycznych.'), ['reported-telling']);
    assert.deepStrictEqual(q('Ja: weź ten kurs TypeScripta w kwietniu, nie czekaj na projekt.'), ['reported-telling']);
    assert.deepStrictEqual(q('Zapytałem: czy nie byłoby prościej po prostu wyłączyć stary endpoint od razu?'), ['leading-question']);
    assert.deepStrictEqual(q('Ona mówi, że nie wie jeszcze, czy zostanie.'), []);
    assert.deepStrictEqual(q('Me: no running on the road in the dark, use the indoor track.'), ['negative-imperative']);
    assert.deepStrictEqual(q('Me: let Dev run the next incident review, even if it\'s rough.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, record and reset the max/min every morning and at every close.'), ['imperative']);
    assert.deepStrictEqual(q('- Review and sign the supplier contract.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Next time\n- Lena, please let me have the draft case for support by 20 February.\n- Let me see how the term goes first.\n'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Please give me your answer on GEOG 230 by the end of March.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Give me a sense of how the term went.'), []);
    assert.deepStrictEqual(q('- Why were the two Saturday near misses not logged until the Monday?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked: why did I have to hear that from their CEO and not from your team?'), ['leading-question']);
    assert.deepStrictEqual(q('On the statement I found myself asking whether the fieldwork module wasn\'t, surely, the obvious centrepiece.'), ['leading-question']);
    assert.deepStrictEqual(q('- Didn\'t SOP 3.2 already tell you to confirm the address at handout?'), ['leading-question']);
    assert.deepStrictEqual(q('- Next 1:1, say: decide on the cutover date by 21 Sep, not the night before.'), ['deadline-demand']);
    assert.deepStrictEqual(q('I did ask her, as gently as I could manage, to bring the research statement down to eight pages.'), ['reported-telling']);
    assert.deepStrictEqual(q('I told her plainly not to send anyone into the field until the amendment is approved.'), ['reported-telling']);
  });

  it('fresh94/95\'s principles: OneNote\'s "o" and "§" markers, a table of tasks alone read as tasks ("| Keep your KB day to Wednesdays ... | Lena |"), a checklist\'s "Item" column, "me: if ..., you say ... and finish ..." said, "any handover you\'re not happy with, you decline it and call me", "was it not better ...?", "was it not you who ...?", "why have the interviews not started when ...?", "→ he said end of month; I told him to ...", "Me: tafadhali ..." (please, in Swahili)', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('o\u00a0Why are you still holding P2s past the SLA instead of escalating them?'), ['leading-question']);
    assert.deepStrictEqual(q('§\u00a0Told her to send me drafts of any Corvid reply until the renewal closes'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n| Action | Owner | Due |\n|---|---|---|\n| confirm protected KB day with Odile | me | 12 Mar |\n| Keep your KB day to Wednesdays so the rota works. | Lena | from 18 Mar |\n| call Corvid Labs about the renewal | Lena | 10 Mar |\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n| Item | Status |\n|---|---|\n| Billing product cert | in progress, 3 of 5 modules |\n| Finish the billing cert before you take billing tickets solo. | due 24 Apr |\n'), ['imperative']);
    assert.deepStrictEqual(q('- me: if the incoming is rushing you, you say "standby" and finish the checklist first.'), ['you-modal']);
    assert.deepStrictEqual(q('- Me: when Darren started on the deploy tool you let it run for ten minutes though.'), []);
    assert.deepStrictEqual(q('- Said to her: any handover you\'re not happy with, you decline it and call me on the desk.'), ['you-modal']);
    assert.deepStrictEqual(q('- I asked her: was it not better to test the absent girls on the next visit?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her: was it not you who said in March that the CHVs were well supervised?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her: why have the Balambala interviews not started when the enumerators were paid from the 1st?'), ['leading-question']);
    assert.deepStrictEqual(q('- When will the refund runbook be updated? → she said end of month; I told her to have it done by Friday'), ['reported-telling']);
    assert.deepStrictEqual(q('- What is blocking you? → the vendor; I agree it is slow'), []);
    assert.deepStrictEqual(q('- Me: tafadhali weka risiti zote kwenye faili moja kabla ya audit.'), ['reported-telling']);
  });

  it('fresh96/97\'s principles: a log typed live, a time and a dash opening each line ("10:21 - told her to ..."), a reported question after the log\'s time, "why ... before checking with finance?", "Why are your macros still quoting ...?", "told Rhys on headset to ...", "From tonight, you call ...", German ("Warum hast du ... nicht ...?", "Bitte schreib ...", "Du musst ...", "ich: Schick mir ..."), "you don\'t drill without the water on", "me: and you wear ...", a pronoun the person speaks is someone else\'s', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    const log = '# Lena\n\n10:05 - she doesn\'t want to, it hides the real bug. agree\n10:06 - me: don\'t filter anything, open a ticket with crm\n10:09 - asked whether she\'d considered just adding a schema check at ingest instead?\n10:21 - told her to write a one-page pitch for the migration lead by the 17th\n10:22 - check rota approval setting myself, today\n';
    assert.deepStrictEqual(note(log), ['negative-imperative', 'leading-question', 'reported-telling']);
    assert.deepStrictEqual(q('14:09 - asked her why she\'d shipped the dashboard to the exec channel before checking with finance?'), ['leading-question']);
    assert.deepStrictEqual(q('We talked about why the launch moved before testing finished.'), []);
    assert.deepStrictEqual(q('Why are your billing macros still quoting January prices in March?'), ['leading-question']);
    assert.deepStrictEqual(q('- In the cue-to-cue I told Lena on headset to take SQ 40 down 3 dB and leave it.'), ['reported-telling']);
    assert.deepStrictEqual(q('- From tonight, you call "Heads!" before the bar moves, every time, even in a blackout.'), ['you-modal']);
    assert.deepStrictEqual(q('- Warum hast du den Alarm nicht gleich eskaliert, statt zwei Stunden zu warten?'), ['leading-question']);
    assert.deepStrictEqual(q('- Bitte schreib die Eskalationsregel ins Runbook, bevor du in den Urlaub gehst.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Du musst die Reviews aktiv einfordern, nicht nur im Channel warten.'), ['reported-telling']);
    assert.deepStrictEqual(q('ich: Schick mir bis Montag eine Liste der Legacy-Regeln, die noch offen sind.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Wir haben die Sprint-Planung besprochen.'), []);
    assert.deepStrictEqual(q('- me: Lena, you don\'t drill without the water on, even if you lose the whole shift.'), ['negative-imperative']);
    assert.deepStrictEqual(q('me: and you wear the hearing protection at the face, I saw you without it last week.'), ['imperative']);
    assert.deepStrictEqual(q('me: and you look tired, take Friday.'), ['imperative']);
    assert.deepStrictEqual(q('Me: you list two alternatives and dismiss both in a line each.'), []);
    const customer = '# 1:1 Tom\n\n- Mrs Adeyemi asked Tom to withdraw £4,000 in cash and told him to "stop asking questions".\n- She has since complained that we "treated her like a child".\nTom: was I right to refuse? She was really upset.\nTom: can you sit in with me if she comes back?\n- Told him to call for a cash pick-up at 80% of the limit, not at 100%.\n';
    assert.deepStrictEqual(note(customer, 'Tom Whitfield'), ['reported-telling']);
  });

  it('fresh98/99\'s principles: "Coach:" and "From me:" are the manager\'s labels, the Kata\'s "Challenge:" is no telling, "DeShawn asked ...; sort it with the shift lead" is no vocative, a "| They said | I said |" table, Singapore English ("Why you go over my head, ... is it?", "Why never send me ...", "..., can or not?"), a prohibition before a tag, "You cannot keep doing ...", a short topic line ends the label\'s section before it', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n## What is your next step?\n- Learner: trial the two-bin system on cell 4.\n- Coach: run it all week, two days won\'t tell you anything.\n- Coach: haven\'t you already seen that a two-bin system is the answer here?\n'), ['imperative', 'leading-question']);
    assert.deepStrictEqual(q('- From me: keep the discussion guide under 45 minutes and cut the warm-up section.'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nChallenge: paint shop first-pass yield at 96% by year end.\n'), []);
    assert.deepStrictEqual(q('- Lena asked if I can get her cover for coaching sessions; sort it with the shift lead.'), []);
    assert.deepStrictEqual(note('# Lena\n\n| They said | I said |\n|---|---|\n| Review cycle starts in March, right? | Yes, self-reviews are due 6 March. |\n| About half are ours, mostly contrast. | Fix the contrast tokens before the audit re-run on the 20th. |\n'), ['imperative']);
    assert.deepStrictEqual(q('Why you go over my head, you think I cannot handle is it?'), ['leading-question']);
    assert.deepStrictEqual(q('Why never send me the Indonesia draft, forgot already is it?'), ['leading-question']);
    assert.deepStrictEqual(q('You do the course by Friday, can or not?'), ['leading-question']);
    assert.deepStrictEqual(q('Why you think so?'), []);
    assert.deepStrictEqual(q('Don\'t close tickets before the merchant confirm, ok?'), ['leading-question']);
    assert.deepStrictEqual(q('You cannot keep doing OT like this, must stop by March.'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\nHer side\nShe feel the juniors keep asking her everything.\n\nGrowth\nTell her she needs to finish the SQL course first before any lead talk.\n'), ['reported-telling']);
  });

  it('fresh100/101\'s principles: Hinglish ("Maine usko bola ki ...", "Usko bolna hai ki ...", "Tum ... karo", "Kyun nahi tumne ...?", not "Karan ne usko bola tha ki ..."), a structured note\'s keys ("i_said: pick the versioning story ..."), a check-in\'s "Help needed" is theirs, "Why do your blokes keep leaving ...?", "Why did you tell Ava ... in front of the whole group?", the person named as the one spoken to under "My notes"', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- Maine usko bola ki Friday tak RCA doc share karo, chahe adhoora ho.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Karan ne usko bola tha ki har PR mein unit tests chahiye, bina exception.'), []);
    assert.deepStrictEqual(q('- Usko bolna hai ki staff promo ke liye design doc khud own kare.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tum is hafte saare recon alerts ko P1 se P3 pe move karo, aur runbook update karo.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Kyun nahi tumne pehle hi alert add kiya, jab pata tha ki job flaky hai?'), ['leading-question']);
    assert.deepStrictEqual(q('- Tumne is quarter mein kya seekha?'), []);
    assert.deepStrictEqual(note('# Lena\n\n- topic: growth\n  they_said:\n    - wants to present at the data guild in June\n  i_said: pick the versioning story for the guild talk, it\'s your strongest\n  todo_me:\n    - book the guild slot\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Help needed\n- Please push Billing to own the proration tickets end to end.\n- Block my Friday afternoons from ad-hoc meetings, please.\n'), []);
    assert.deepStrictEqual(q('- Why do your blokes keep leaving the exclusion zone gate open if they all did the induction?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you tell Ava she lacks musicality in front of the whole group?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## My notes\n- Don\'t take on any more weekend swaps this month, Lena, even if people ask nicely.\n- Lena is tired; book the room for Friday.\n'), ['negative-imperative']);
  });

  it('fresh102/103\'s principles: a transcript tagged "[LV]" and "[me]", a record of telling before a question in one sentence ("I told you to ...; is that still the blocker?"), "The thing I blurted out was "..."", "Brand rule:" is someone else\'s rule, a to-do stressed "Seriously." stays the manager\'s, fragments set apart by " / ", "Her growth" is a topic (not her list), "I\'ve asked you to stop ...", "wouldn\'t two shorter sessions ...?", "Chase emails ... still go out" is no instruction', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    const transcript = '# Lena\n\n- [LV] also stop moving our 1:1 to Friday afternoons, I\'m fried by then\n- [me] take Friday off, you carried the release\n- [LV] before anything: can you sign off on the 4-day week before May?\n- [me] last week I told you to hold off on KMP until 5.3 shipped; is that still the blocker for you?\n- [both] agreed to move the 1:1 to Thursday\n';
    assert.deepStrictEqual(note(transcript), ['imperative', 'reported-telling']);
    assert.deepStrictEqual(q('- The thing I blurted out was "why didn\'t you just ask Ines before rewriting the batch job?", not my finest moment.'), ['leading-question']);
    assert.deepStrictEqual(q('- Brand rule: never release a key without a successful pre-auth or a cash deposit.'), []);
    assert.deepStrictEqual(note('# Lena\n\n## To-dos\n\n- Stop editing other people\'s Jira tickets. Seriously.\n'), []);
    assert.deepStrictEqual(q('exec updates / told her to lead with the decision / detail after'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Her growth\nwants director track / 18 months\nexec updates / told her to lead with the decision / detail after\n'), ['reported-telling']);
    assert.deepStrictEqual(q('As I said in the room, I\'ve asked you to stop approving urgent payments over Slack.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I asked: wouldn\'t two shorter phonics sessions solve the focus problem?'), ['leading-question']);
    assert.deepStrictEqual(q('Chase emails from the old system still go out in the wrong currency; that\'s on my list, not yours.'), []);
  });

  it('fresh104/105\'s principles: "Carrying forward" holds the manager\'s own items, "Next time, ask Lena what she would cut first" is the manager\'s own question, "Why ... when you already have the repro?", Irish "Sure wouldn\'t you be better off ...?", "..., in person, not in DMs", "Why are your agents still copy-pasting ...?", "You\'ll write up ... before the rota starts", "Lena has to agree first" is consent', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(note('# Lena\n\n## Carrying forward\n- Me: read the Tri-County data-sharing agreement.\n- Lena: draft intake script.\n'), []);
    assert.deepStrictEqual(q('We talked about the budget. Next time, ask Lena what she would cut first.'), []);
    assert.deepStrictEqual(q('- Why are half of these tagged needs-repro when you already have the repro?'), ['leading-question']);
    assert.deepStrictEqual(q('- Sure wouldn\'t you be better off hiring a proper part-timer than running on goodwill?'), ['leading-question']);
    assert.deepStrictEqual(q('- Apologise to Sam before Wednesday\'s scrim, in person, not in DMs.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Why are your agents still copy-pasting email macros into chat?'), ['leading-question']);
    assert.deepStrictEqual(q('- You\'ll write up the handover steps in the runbook before the rota starts.'), ['you-modal']);
    assert.deepStrictEqual(q('- You\'ll get the results before the rota starts.'), []);
    assert.deepStrictEqual(q('- Darragh loan for the Anchor: Lena has to agree first, don\'t just assume it.'), []);
  });

  it('fresh106/107\'s principles: the manager\'s own "Start / Stop / Continue (mine, for Lena)" list ("Start: tag every escalation ...", "Stop: closing tickets before ..."; not "Stop: nothing this month"), "nae exceptions", "Was it truly necessary to ...?", "How come X took three months when it was meant to take one?", "... and send them to me"', () => {
    assert.deepStrictEqual(note('# Lena\n\n## Start / Stop / Continue (mine, for Lena)\n- Start: tag every escalation with the customer\'s plan tier.\n- Stop: closing tickets before the customer has confirmed the fix.\n- Continue: nothing new here.\n\n## Their response\n- Tagging is fine, but the tier field is buried.\n'), ['imperative', 'negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Start / Stop / Continue (mine, for Lena)\n- Stop: nothing this month. Honestly.\n'), []);
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- You stop the job the minute a permit\'s incomplete, nae exceptions.'), ['you-modal']);
    assert.deepStrictEqual(q('4. Was it truly necessary to concede the indemnity before consulting the playbook?'), ['leading-question']);
    assert.deepStrictEqual(q('- How come the door survey took three months when it was meant to take one?'), ['leading-question']);
    assert.deepStrictEqual(q('- Next: get the screen-reader pass done by May 15 and send me the report that day.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Need better visibility on work and velocity — will give me collateral to advocate for headcount.'), []);
  });

  it('fresh108/109\'s principles: a quotation after "Asked," (the subject dropped, a comma for the colon), "Planned to tell her she needs to ...", Portuguese ("Falei pra ela não mexer ...", "Não acha que devia ...?", "Lena, para de aprovar ...")', () => {
    const q = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- Asked, "Wouldn\'t it be simpler to just let the shift supervisors own their own rotas?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Planned to tell her she needs to stop covering loads herself and start delegating.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Falei pra ela não mexer no schema do scoring sem RFC aprovada.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Não acha que devia delegar mais pro Lucas em vez de fazer tudo você mesma?'), ['leading-question']);
    assert.deepStrictEqual(q('- Lena, para de aprovar PR sem teste só porque o autor é sênior.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ela pediu pra eu revisar o RFC até sexta.'), []);
  });

  it('fresh110/111\'s principles: a bullet journal\'s "×", "!" and "–" points and the initial it calls the person by ("tell L she has to ...", "to L: flag ...", "L, just ship ..."), "..., say it plainly" on a task, a record\'s passive ("PC Vogt was instructed to ...", "Officer was reminded that she must ..."; not "was reminded that the offer remains open"), "Words of advice given regarding ...", "My first question was “...”", "Then I slipped: “...”", "Have you thought about what happens if ...?", Nigerian Pidgin ("you no think say ...?", "abeg, no more ..."), "Part 1 date" is no order, a quotation after "to" is the teller\'s', () => {
    const journal = (prep: string, notes = '– she liked the pairing') => note(`# 1:1 Lena V. / Thu 19 Feb 2026\nkey: • task  × done  > migrated  – note  o event  ! priority\n\n## prep\n× pull review stats\n• ask L what got in the way\n${prep}\n\n## notes\n– L: "can you get me 15 min with their EM?"\n${notes}\n`);
    assert.deepStrictEqual(journal('! tell L she has to hand the billing alerts to Grace by Fri'), ['reported-telling']);
    assert.deepStrictEqual(journal('• L needs to own the checkout dates from here, say it plainly'), ['reported-telling']);
    assert.deepStrictEqual(journal('• L needs the checkout dates from PM'), []);
    assert.deepStrictEqual(journal('o design crit Wed 25th', '– to L: flag any date change in standup the same day'), ['imperative']);
    assert.deepStrictEqual(journal('o design crit Wed 25th', '– L, just ship something small by Wed'), ['deadline-demand']);
    const q = (line: string) => note(`# Supervision record: PC 2754 Lena Vogt\n\n## 2. Performance\n${line}\n`);
    assert.deepStrictEqual(q('2.3 PC Vogt was instructed to resubmit the file with a complete MG11 by 1800 hrs on 16/01.'), ['reported-telling']);
    assert.deepStrictEqual(q('2.4 Officer was reminded that she must record all overtime on DMS.'), ['reported-telling']);
    assert.deepStrictEqual(q('2.5 Officer was reminded that the TRiM offer remains open.'), []);
    assert.deepStrictEqual(q('2.6 She was told by Insp. Rowe to complete the advanced driving module first.'), []);
    assert.deepStrictEqual(q('2.7 Words of advice given regarding the quality of her case file submissions.'), ['reported-telling']);
    assert.deepStrictEqual(q('2.8 Advice given by HR about her leave entitlement.'), []);
    const n = (line: string) => note(`# Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(n('I started badly. My first question was "why didn\'t you get Finance Ops to read it first?"'), ['leading-question']);
    assert.deepStrictEqual(n('Then I slipped: "don\'t you think you\'d be bored in a month without a system of your own?"'), ['leading-question']);
    assert.deepStrictEqual(n('I heard: "don\'t you think we should wait?" from the product side.'), []);
    assert.deepStrictEqual(n('- Asked whether she\'d thought about what happens if that caller was an ex-partner?'), ['leading-question']);
    assert.deepStrictEqual(n('- Have you thought about what you want next?'), []);
    assert.deepStrictEqual(n('- Asked her: you no think say we for tell Finance before we change the timing?'), ['leading-question']);
    assert.deepStrictEqual(n('- Me: abeg, no more hotfixes straight to prod o, even if PM is shouting.'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Points to cover\n- Sergeants\' exam: Part 1 date and study leave entitlement.\n'), []);
    assert.deepStrictEqual(n('- Dir told her to "be more visible", she doesn\'t know what that means'), []);
  });

  it('fresh112/113\'s principles: Taglish ("Sabi ko sa kanya na mag-page ...", "Sabihin sa kanya na kailangan niyang ...", "Dapat i-tag niya ...", "Pakiayos mo na ...", "Ako: huwag mong ...", "Bakit hindi mo ...?", "..., di ba?"; not "Sabi ko sa kanya na kung ...", "Sabi niya ..."), Dataview fields ("me:: ...", "told:: him to ..."), a status line ("Alert review overdue"), "Asked him did he really think ...?", a tool\'s notice unstyled, a recap\'s other actor is the manager ("Helen told Lena to ..."), "asked why Lena had not ...", "is it not so that ...?", "Haydn, Don Juan, ..."', () => {
    const q = (line: string, heading = 'Napag-usapan') => note(`# 1:1 Lena\n\n## ${heading}\n${line}\n`);
    assert.deepStrictEqual(q('- Sabi ko sa kanya na mag-page na lang siya next time pag walang sumagot in 10 mins.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Sabi ko sa kanya na kung may 5th late, HR na ang hahawak.'), []);
    assert.deepStrictEqual(q('- Sabi niya nag-message daw siya sa Slack pero walang sumagot.'), []);
    assert.deepStrictEqual(q('- Sabihin sa kanya na kailangan niyang mag-85+ sa March para safe sa regularization.', 'Plan ko'), ['reported-telling']);
    assert.deepStrictEqual(q('- Dapat i-tag niya yung product area sa bawat ticket, lagi niyang nakakalimutan.', 'Points ko (para sa next 1:1)'), ['reported-telling']);
    assert.deepStrictEqual(q('- Dapat next week na yung posting, na-delay lang to March 20.', 'Points ko (para sa next 1:1)'), []);
    assert.deepStrictEqual(q('- Pakiayos mo na yung macros mo sa Zendesk, luma na yung nasa billing folder.', 'Points ko (para sa next 1:1)'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ako: huwag mong gagamitin yung Coaching aux pag walang coaching, ha.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Bakit hindi mo in-escalate agad sa Tier 3 nung nakita mong DB lock na?'), ['leading-question']);
    assert.deepStrictEqual(q('- Tinanong ko rin: "Parang hindi lang naman headset yun, di ba?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Tinanong ko kung kaya pa niya yung night shift hanggang April.'), []);
    const n = (text: string) => note(`# 1:1 Lena\n\n${text}\n`);
    assert.deepStrictEqual(n('## Handover\nme:: write down the cert rotation steps before June, even rough notes.\ntold:: her to stop working weekends on this, the date can move.'), ['deadline-demand', 'reported-telling']);
    assert.deepStrictEqual(n('## On-call\n- Alert review overdue since last month\nand then you muted it'), []);
    assert.deepStrictEqual(n('## Notes\n- Asked her did she really think 40 down the lane was safe with calves in the paddock.\n- Asked her did she want the early shift.'), ['leading-question']);
    assert.deepStrictEqual(n('## Teams recap\n\nGenerated by AI. Be sure to check for accuracy.\n\nMeeting notes\n- Lena walked through the postmortem. Helen asked whether the alert threshold had been agreed.\n- Helen told Lena to assign each postmortem action to a named engineer before Friday.\n- Helen asked why Lena had not raised this in planning.\n- Helen offered to set up shadowing with Owen\'s team.'), ['reported-telling', 'leading-question']);
    assert.deepStrictEqual(n('## Notes\n- I asked her: is it not so that you promised Elin to look at this already before Christmas?'), ['leading-question']);
    assert.deepStrictEqual(n('Mock audition Saturday.\nOrder: Haydn, Don Juan, Beethoven 5, Mendelssohn, then a sight-read.'), []);
    assert.deepStrictEqual(n('## Reflecting\n- My first season nobody told me anything. Don\'t overcorrect the other way.'), []);
  });

  it('fresh114/115\'s principles: a short reply ("Lena: maybe.") is no owner\'s task, so "me: ..." after it is said; Gulf English ("me: khalas, no more ...", "habibi, stop ..."), Roam\'s "{{[[TODO]]}}", "Why did you wait ...?", "Why are you letting ... skip ...?" (not "letting me know"), "Told her please take Friday off", a notes-to-file register ("I asked Ms. Vogt whether it would not have been far simpler ...", "asked Mr. Vogt why he had not ...", "was the schedule not supposed to ...?", "whether she had even read ..."), "check with Fatima ... before Wed" under my points is the manager\'s errand, "..., so Hussain has to lead that one" is someone else\'s', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena: maybe.\n- me: shadow Marcus on two of his intro sessions this week.', 'Talked about'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Lena: reindex outline, no rush\n- me: fix the support rota by Fri', 'Talked about'), []);
    assert.deepStrictEqual(q('- me: khalas, no more borrowing the forklift without a permit'), ['negative-imperative']);
    assert.deepStrictEqual(q('- me: habibi, stop sending your drivers to my office to complain'), ['negative-imperative']);
    assert.deepStrictEqual(q('- {{[[TODO]]}} Push her to own the cutover runbook end to end #coaching\n- {{[[TODO]]}} book the room'), ['reported-telling']);
    assert.deepStrictEqual(q('- Why did you wait forty minutes before paging the database on-call? #ask'), ['leading-question']);
    assert.deepStrictEqual(q('- Why are you letting regulars skip the cancellation fee?\n- Why are you letting me know now?'), ['leading-question']);
    assert.deepStrictEqual(q('- Told her please take Friday off, she worked 60h in incident week.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked Ms. Vogt whether it would not have been far simpler to hold the change until spring break.'), ['leading-question']);
    assert.deepStrictEqual(q('I asked Ms. Vogt why she had not come to me in March.'), ['leading-question']);
    assert.deepStrictEqual(q('I also asked Ms. Vogt: was the collection schedule not supposed to be with the principals two weeks ago?'), ['leading-question']);
    assert.deepStrictEqual(q('I asked Ms. Vogt whether she had even read the guidance before drafting the outline.'), ['leading-question']);
    assert.deepStrictEqual(q('- check with Fatima re temp staff approval before Wed', 'My points'), []);
    assert.deepStrictEqual(q('- told her appeals go through legal, not ops, so Hussain has to lead that one'), []);
  });

  it('fresh116/117\'s principles: "he\'d best ..." a demand ("I told him he\'d best clip ...", "Tell him he\'d best have ... by Thursday"), "Said if the app\'s down he\'s to call ..." (a condition, then who), "y\'all tether every tool ..., no exceptions", code after a verb is its object ("me: run `nox -s lint` before every push"), "[me] Dovetail renewed (done)" a status, "tell her she needs physio sign-off before ..."', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- I told her she\'d best clip that monitor on before she opens a single thief hatch.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tell her she\'d best have the dropped-object write-up to Kaylee by Thursday noon.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said if the app\'s down she\'s to call \'em in to Darlene on the radio.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said if it rains she was soaked.'), []);
    assert.deepStrictEqual(q('- Me: y\'all tether every tool that goes up the derrick, no exceptions, I don\'t care if it\'s a screwdriver.'), ['you-modal']);
    assert.deepStrictEqual(q('- me: run `nox -s lint` before every push, CI lint takes 12 min to fail'), ['imperative']);
    assert.deepStrictEqual(q('- [me] Dovetail renewed (done)'), []);
    assert.deepStrictEqual(q('- tell her she needs physio sign-off before demoing overhead lifts.'), ['reported-telling']);
  });

  it('fresh118/119\'s principles: Québec French ("Je lui ai demandé: t\'as pas pensé à juste ...?", "pourquoi t\'as pas escaladé ...?", "t\'aurais pas dû ...?", "Lui demander: tu trouves pas que ...?", "moi: écris le postmortem ...", "Le pousser à présenter ..."), a quotation in « » masked as any other (not "Isabelle m\'a dit: « il faut que tu ... »"), Hong Kong English ("Told her must clear ... by WD3", "Asked her why always leave ... until WD5?"), "Asked him why he had them round his neck when he could hear ..."', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- Pis là je lui ai demandé: t\'as pas pensé à juste prendre le lead du postmortem?'), ['leading-question']);
    assert.deepStrictEqual(q('- Je lui ai demandé: pourquoi t\'as pas escaladé ça en décembre, si c\'était si pire?'), ['leading-question']);
    assert.deepStrictEqual(q('- J\'ai demandé: t\'aurais pas dû le dire au stand-up dès le premier jour?'), ['leading-question']);
    assert.deepStrictEqual(q('- moi: écris le postmortem d\'ici jeudi pis mets l\'équipe sécu en cc.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Le pousser à présenter le postmortem au guild infra.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Isabelle m\'a dit: « il faut que tu fermes le poste DBA avant avril » — ça c\'est pour moi, pas pour elle.'), []);
    assert.deepStrictEqual(q('- Told her must clear the suspense items by WD3 next month, cannot carry forward again.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Asked her why always leave the commentary until WD5 one, every quarter also same?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her why she had them round her neck when she could hear the APU was running.'), ['leading-question']);
  });

  it('fresh120/121\'s principles: "Why are the cards still sat in a tray and not on the system?", "Why is the romesco on the menu if it\'s not on the allergen matrix?", the corporate "we" of a manager\'s record ("We asked Lena to ...", "We reminded Lena that she must ..."), "We\'d like to see you lead ...", Spanish ("Le dije que tiene que ...", "yo: sí, pero primero cierra ...", "¿No te hubiera ahorrado ...?")', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- Why are the no-access cards from November still sat in a tray and not on the system?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why is the romesco on the menu if it\'s not on the allergen matrix?'), ['leading-question']);
    assert.deepStrictEqual(q('- We asked Lena to hand the data-team cover back to their lead by the end of next week.'), ['reported-telling']);
    assert.deepStrictEqual(q('- We reminded Lena that she must acknowledge P2 pages within 15 minutes while on call.'), ['reported-telling']);
    assert.deepStrictEqual(q('- We asked Finance to send the numbers by Friday.'), []);
    assert.deepStrictEqual(q('- We\'d like to see you lead at least one cross-team initiative before the June panel.'), ['want-you-to']);
    assert.deepStrictEqual(q('- We\'d love to see you succeed in the new role.'), []);
    assert.deepStrictEqual(q('- Le dije que tiene que decir que no más seguido cuando le meten testing de última hora.'), ['reported-telling']);
    assert.deepStrictEqual(q('yo: sí, pero primero cierra el de accesibilidad.'), ['reported-telling']);
    assert.deepStrictEqual(q('- ¿No te hubiera ahorrado dos semanas pedir ayuda desde el día uno?'), ['leading-question']);
  });

  it('a heading "Before" (the manager\'s prep, "Before (my prep)") is preparation: "Has she thought about just ...?" there is advice to put to her, "Don\'t reopen the committee decision" the manager\'s own reminder', () => {
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Before (my prep)\n- Has she thought about just switching off online booking until the backlog is down?\n- Has she thought about what she wants next?\n- Promotion case details are Sanjay\'s to discuss. Don\'t reopen the committee decision.\n'), ['leading-question']);
  });

  it('fresh122/123\'s principles: "Why was the surveyor instructed before the funding certificate came through?", a rule said under the manager\'s label ("me: swaps go through e-roster from today, no exceptions"; "said on the truck: ... from now on", also in an "agreed / said" list), "me: you escalate ... straight away", "Told her the board wants ..." passed on', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Why was the surveyor instructed before the funding certificate came through?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why was the release delayed?'), []);
    assert.deepStrictEqual(q('- me: swaps go through e-roster from today, no exceptions, not even for nights.'), ['reported-telling']);
    assert.deepStrictEqual(q('- said on the truck: pre-lights go through me from now on, no verbal deals with anyone.', 'Agreed'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: you escalate any NEWS 5 or more to the NIC straight away, even if they are busy.'), ['imperative']);
    assert.deepStrictEqual(q('- me: you list two alternatives and dismiss both in a line.'), []);
    assert.deepStrictEqual(q('- Told her the board wants a collections story in H2 regardless of which team owns it.'), []);
  });

  it('fresh124/125\'s principles: a site\'s numbered points ("3 - Told him - ...", "10 - Asked him to ..."), "Told Paddy on site - ..." (where, then the dash), "Ask him - does he REALLY think ...", "Actions agreed" and "Pending" are action lists, "told him thank you" is thanks, a vocative with its "you" dropped ("Muthu, must update ..."), Scots spellings ("Telt him tae ..."), a Notion callout (the author\'s own box, a template\'s guidance unless it speaks to them)', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('1 - Toolbox talk at 7.30 on working at height - 14 lads -\n2 - Told Lena on site - outriggers DON\'T go down without mats - I don\'t care who\'s waiting -\n3 - Asked her to have the lift 4 handover certificate on my desk by Weds 12 noon -\n4 - HSE inspector on the 9th said "get the edge protection up on level 4 TODAY" - went up same day -'), ['reported-telling', 'reported-telling']);
    assert.deepStrictEqual(q('1 - Told her - the new loading bay gate is approved - fitting Thursday -'), []);
    assert.deepStrictEqual(q('1 - Ask her - does she REALLY think the lads read the RAMS when it\'s handed out at 7.55 -', 'Next time'), ['leading-question']);
    assert.deepStrictEqual(q('- Lena - re-inspect and re-tag lift 3 - Tues -\n- Lena - send the roster by 20 Jan.', 'Actions agreed'), []);
    assert.deepStrictEqual(q('- Lena - send the roster by 20 Jan.\n- Me: send the course approval to HR.', 'Pending'), []);
    assert.deepStrictEqual(q('- Good that she stopped the line herself on Tues. Correct call, told her thank you.'), []);
    assert.deepStrictEqual(q('- Lena, must update the shortage log every day before 5pm.'), ['you-modal']);
    assert.deepStrictEqual(q('- Lena, next time any variance above $1k, must inform me same day.'), ['you-modal']);
    assert.deepStrictEqual(q('- Lena, all your drivers must wear seatbelts inside the forklift, no exception.'), ['you-modal']);
    assert.deepStrictEqual(q('- Lena, must say the stocktake was great.'), []);
    assert.deepStrictEqual(q('Telt her tae get the anti-foam dosing written up properly.'), ['reported-telling']);
    assert.deepStrictEqual(q('Ye need tae get washback 4 cleaned this week.'), ['you-modal']);
    assert.deepStrictEqual(q('Dinnae you think ye should\'ve pulled somebody aff the day shift?'), ['leading-question']);
    assert.deepStrictEqual(q('> ⚠️ You need to take the comp days for the weekend pages, no arguing this time.'), ['you-modal']);
    assert.deepStrictEqual(q('> ⚠️ @Lena Vogt stop force-unlocking the Terraform state without posting first.'), ['negative-imperative']);
    assert.deepStrictEqual(q('> 💡 Use this template before each 1:1. Add your topics by the day before.'), []);
    assert.deepStrictEqual(q('> 💡 Skip-level guide: mostly listen. Be sure to close the loop on anything raised last time.'), []);
    assert.deepStrictEqual(q('> ⚠️ Reorg rumours are real but nothing is decided — don\'t repeat anything to the team yet.'), []);
  });

  it('fresh126/127\'s principles: "AIs" is an action list, a name\'s statement ("Deepa: wave 3 prepone is not possible ...") is no owner\'s task, "Liam, from tonight you put every booking in the log", a negative question after a comma with its verdict, "why is X not in the log if you booked it yourself?", "Is it really too much to ...?", a formal record\'s passive ("The employee was advised to ...", "The employee was asked why she had not ...")', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena: revised sprint plan to the client by Thu\n- Suresh: talk to Anand regarding estimation process', 'AIs'), []);
    assert.deepStrictEqual(q('- Lena: wave 3 prepone is not possible without 2 more ETL devs.\n- me: you revert to client yourself on the feasibility by EOD tomorrow, don\'t wait for me.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, from tonight you put every taxi booking in the log with the firm\'s ref.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, from Monday we are moving to the new system.'), []);
    assert.deepStrictEqual(q('- Asked her: why prod reconciliation is running from laptop only, is it not a clear compliance violation?'), ['leading-question']);
    assert.deepStrictEqual(q('- That is the plan, isn\'t it?'), []);
    assert.deepStrictEqual(q('- Asked: why is 515\'s taxi not in the log if you booked it yourself?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is it really too much to send the near-miss report the same shift, Lena?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is there really any good reason not to submit the revision first?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is there any reason to wait?'), []);
    assert.deepStrictEqual(q('6. The employee was advised to record every future escalation in the compliance log on the day it is made.', 'Record of discussion'), ['reported-telling']);
    assert.deepStrictEqual(q('7. The employee was told to obtain a four-eyes review on every regulatory return, without exception.', 'Record of discussion'), ['reported-telling']);
    assert.deepStrictEqual(q('8. The employee was asked to present at the all-hands.', 'Record of discussion'), []);
    assert.deepStrictEqual(q('9. The employee was asked why she had not reported the removal of the sign-off step at the time.', 'Record of discussion'), ['leading-question']);
  });

  it('fresh128/129\'s principles: Irish English\'s "I\'m after telling her to ...", "why ... now, when he\'s known since ...", "when the suspense was ...", "You will brief ... at the ... sync", "NLT" a deadline, a rank before a name ("Directed 1LT Reyes to ..."), "Tell Mick he checks the caps HIMSELF", a name that is a month ("Jun") or a verb ("Yaw"), "Way forward" an action list with a name\'s vocative still read, "next time, you get the PM to ...", "..., whatever finance says" no attribution', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('I\'m after telling her to have the conversation with Noel this week.'), ['reported-telling']);
    assert.deepStrictEqual(q('I\'m after telling Noel to go home.'), []);
    assert.deepStrictEqual(q('Asked her why she was only telling me about the May gap now, when she\'s known since Christmas.'), ['leading-question']);
    assert.deepStrictEqual(q('Why were the 2404s not in before the brief, when the suspense was 06MAR?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did the rota change, when the team was told in May?'), []);
    assert.deepStrictEqual(q('- You will brief the convoy risk assessment to the XO at the 181300ZMAR26 sync.'), ['you-modal']);
    assert.deepStrictEqual(q('- You will hear back at the board meeting.'), []);
    assert.deepStrictEqual(q('- Get the load plans to me NLT 301200ZMAR26, signed by you.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Directed 1LT Vogt to re-inspect all tie-down straps before the 31MAR run.'), ['reported-telling']);
    assert.deepStrictEqual(q('1 - Tell Lena she checks the caps HERSELF at the end of every shift - not the labourer -', 'Next time'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tell her she looks tired herself.', 'Next time'), []);
    assert.deepStrictEqual(q('- Asked Jun to re-watch the P5 recording by Friday.', 'Notes', 'Jun Takeda'), ['reported-telling']);
    assert.deepStrictEqual(q('- Yaw, write the customer\'s name in the narration, every time, please.', 'Notes', 'Yaw Ofori'), ['imperative']);
    assert.deepStrictEqual(q('- Look, I know it was a hard week.'), []);
    assert.deepStrictEqual(q('- Lena: one more week shadowing Abena on forex.\n- Kwabena: submit her confirmation paperwork to HR by 31 March.\n- Lena, go and pick the course forms from HR before they close, please do it for me.', 'Way forward'), ['imperative']);
    assert.deepStrictEqual(q('- next time, you get the PM to sign off the question list before launch, not after'), ['imperative']);
    assert.deepStrictEqual(q('- next time you get stuck, ping me'), []);
    assert.deepStrictEqual(q('- you need to make sure payouts go out within 5 working days, whatever finance says'), ['you-modal']);
  });

  it('fresh130/131\'s principles: a shared doc\'s replies tagged with initials ("↳ OB [Mon 11:42]: ..."; the other initials beside the person\'s are the manager\'s), a template\'s own line ("_Template: add a heading per topic ..._", "(template: start with her agenda)"), "should" after a comma about a thing, "told her don\'t ..." a ban (not "don\'t worry"), "You\'re doing the spirits count with me Thursday", "You need a map ... before the QBR and not after", "why wait until April to ...?", "Why did we only find out ... and not from you?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('---\nwith: Lena Vogt\n---\n## Rollout\nLV [Mon 09:12]: Retry service is at 10% in prod.\n↳ OB [Mon 11:42]: Keep it at 10% until the fix merges.\n↳ LV [Mon 13:05]: Fair.\n'), ['imperative']);
    assert.deepStrictEqual(note('---\nwith: Lena Vogt\n---\n## Rollout\n- *Suggestion (Dana Whitfield):* Lena, set up a daily 15 min check-in with her.\n', 'Lena Vogt'), ['imperative']);
    assert.deepStrictEqual(note('# Async 1:1\n_Template: add a heading per topic, reply with your initials. Keep it async; jump on a call if a thread passes 6 replies._\n'), []);
    assert.deepStrictEqual(note('# Check-in with Lena\n\n**Anything on your mind?** (template: start with her agenda)\n'), []);
    assert.deepStrictEqual(q('- Told her the SevenRooms trial starts 1 March, should sort most of it'), []);
    assert.deepStrictEqual(q('- Told Lena don\'t anyhow change the route plan after 6am, must lock it the night before.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her dont worry about it.'), []);
    assert.deepStrictEqual(q('- You\'re doing the spirits count with me Thursday, 10am, no ducking out'), ['you-modal']);
    assert.deepStrictEqual(q('- You need a multi-threaded map of Halvorsen, at least four named contacts, before the QBR and not after'), ['you-modal']);
    assert.deepStrictEqual(q('- You need a holiday before the summer.'), []);
    assert.deepStrictEqual(q('- Next week, ask her: why wait until April to escalate Lumen when they were already chasing us in Feb?', 'Next time'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did we only find out about the mix-up from a client\'s daughter, and not from you?'), ['leading-question']);
  });

  it('fresh132/133\'s principles: dictated lines opened by "but", "ok", "um" or the person\'s name ("mei stop fixing the labels on your own time"), the quotative "like" ("so i said to her like why are you letting them ..."), "tomorrow tell him no more ...", a list with two owners\' tasks makes "Me: send the reading list" the manager\'s, the tags of other languages ("..., tá?"), "Why did you leave it for the ground staff to ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('um then the problem stuff\nthe bin locations are like all wrong after the re slot\ntalk to the re slot crew lead about the labels\nbut she\'s been fixing them one by one on her own time which\nok i mean that\'s nice but like\nlena stop fixing the labels on your own time just flag them and go home'), ['negative-imperative']);
    assert.deepStrictEqual(q('so i said to her like why are you letting them put words in your mouth'), ['leading-question']);
    assert.deepStrictEqual(q('i told her like it was fine'), []);
    assert.deepStrictEqual(q('- so yeah tomorrow tell him no more backing out of twelve without a spotter'), ['reported-telling']);
    assert.deepStrictEqual(q('- today we shipped it'), []);
    assert.deepStrictEqual(q('- Lena: draft an agenda and try it with two people.\n- Lena: pick one escalation to hand to Mo instead of taking it.\n- Me, near the end: stop taking the hardest tickets yourself.\n- Me: send the "first 90 days" reading list.', 'What they\'ll try'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Lena: assessment, then straight into a full programme\n- me: don\'t you think that is scaring them off?\n- me: shadow Marcus on two of his intro sessions this week.'), ['leading-question', 'deadline-demand']);
    assert.deepStrictEqual(q('Fix the contrast issues first, before any new screens, tá?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you leave it for the ground staff to come and find you?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you leave it there?'), []);
  });

  it('fresh134/135\'s principles: "I was telling him that he should ...", "please to send ...", "did the department not agree ...?", "why was I only told ... after ...?", "Wouldn\'t Postgres ... just make ...?", "Isn\'t X basically the ...?", "How can you pay the fundi before ...?" (not "How can you tell before ...?"), "..., u didn\'t think to call me?", "Why is X short again when you ...?", "Next time, you post it ..., even if I\'m out"', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- I was telling her that she should put flaky tests in quarantine until Friday'), ['reported-telling']);
    assert.deepStrictEqual(q('- I was telling her about my weekend.'), []);
    assert.deepStrictEqual(q('- Lena — please to send me list of flaky tests until Thursday'), ['deadline-demand']);
    assert.deepStrictEqual(q('- I asked Lena: did the department not agree in September that homework would be set weekly?'), ['leading-question']);
    assert.deepStrictEqual(q('- Lena, why was I only told about the moderation deadline after the exam board had emailed me?'), ['leading-question']);
    assert.deepStrictEqual(q('- Wouldn\'t Postgres with a unique index just make the Redis option moot?'), ['leading-question']);
    assert.deepStrictEqual(q('- Isn\'t dual write basically the bug the orders team spent all of 2024 undoing?'), ['leading-question']);
    assert.deepStrictEqual(q('- How can you pay the fundi before the slab is inspected?'), ['leading-question']);
    assert.deepStrictEqual(q('- How can you tell before the release?'), []);
    assert.deepStrictEqual(q('- Walk-in at 44 & nobody logged it, u didn\'t think to call me?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why is petty cash 14,000 short again when you are counting it every Friday?'), ['leading-question']);
    assert.deepStrictEqual(q('- Next time, you post it in the channel, even if I am out.'), ['imperative']);
  });

  it('fresh136/137\'s principles: a doc\'s comment ("[Comment from Jordan: ...]"), a ballot box "☐" is a task, "Customer SQE wrote to her: ..." is the customer\'s, "Thank you, Maria." and "Zero escapes ..." are no orders, "Prompts" is the template\'s own heading, "Sam, you route every scope change through me" (their name, then the present)', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Freelancer budget: Lena wants $4k for two writers. [Comment from Lena: can you approve before the 25th?]'), []);
    assert.deepStrictEqual(q('- ☐ Lena — Spring Forward brief to design (Fri 1/23)\n- ☐ Lena — pick a cross-team project, send me the pitch'), []);
    assert.deepStrictEqual(q('- Customer SQE wrote to her: "make sure you send the containment report every day."'), []);
    assert.deepStrictEqual(q('- I DM\'d her: "make sure you send the report every day."'), ['make-sure']);
    assert.deepStrictEqual(q('- Very good containment work. Zero escapes to the customer in three weeks. Thank you, Lena.'), []);
    assert.deepStrictEqual(q('- Write down one thing you want to follow up next time\n- Be sure to check last week\'s actions before you start', 'Prompts'), []);
    assert.deepStrictEqual(q('- Lena, you route every scope change through me or Jira, not Slack DMs.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, you tag a reviewer the moment you open a PR, every time.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, you did great on the launch.\n- Lena, you look tired.\n- Lena, you put a lot into this.'), []);
  });

  it('fresh138/139\'s principles: "He should please ensure ...", "She should henceforth escalate ...", "You will henceforth count ...", "I have warned him severally not to ...", "told her → CD keys NOT left ...", "Why is it that X is never ...?", "wdn\'t it be easier 2 just ...?", a phone note\'s lines opened by "u", "pls", "surely", "when the rule said ...", a name under the manager\'s own heading ("Ruth, please keep to Thursdays"), "And please, Samuel, check ...", "Ben, you don\'t launch another ... without a holdout"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- She should please ensure the teller cash limits are strictly observed from Monday.', 'Resolutions'), ['reported-telling']);
    assert.deepStrictEqual(q('- She should henceforth escalate once the vendor fails to respond within 48 hours.', 'Resolutions'), ['reported-telling']);
    assert.deepStrictEqual(q('- She should be fine after the break.', 'Resolutions'), []);
    assert.deepStrictEqual(q('Lena, you will henceforth count all ATM cash in the presence of the second custodian.'), ['you-modal']);
    assert.deepStrictEqual(q('I have warned her severally not to leave the vault key in her drawer during lunch.'), ['reported-telling']);
    assert.deepStrictEqual(q('told her → CD keys NOT left in dispensary drawer o/n\npls don\'t close the dispensary b4 19:00 again ‼️ (Mon 18:35 per Sue)\nsurely u don\'t need 3 on the counter at 8am when footfall is < 20/hr?'), ['reported-telling', 'negative-imperative', 'leading-question']);
    assert.deepStrictEqual(q('Why is it that the second counter is never opened until the queue is outside?'), ['leading-question']);
    assert.deepStrictEqual(q('asked: wdn\'t it be easier 2 just move the delivery to Fri??'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you call EXP-238 on day 3 when the stopping rule said 14 days?'), ['leading-question']);
    assert.deepStrictEqual(q('Lena, please keep to Thursdays for the time being.', 'Reflections'), ['imperative']);
    assert.deepStrictEqual(q('And please, Lena, check that every driver has the lone-working app switched on before they set off.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, you don\'t launch another discount flow without a holdout. Not one.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, you don\'t have to reply tonight.'), []);
  });

  it('fresh140/141\'s principles: "You are not to start ...", "You need to see Child N within the next five working days" (not "you need to see it"), "... when the plan requires fortnightly contact?", an @mention of the person that opens words put to them', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Notes\n${line}\n`);
    assert.deepStrictEqual(q('- You are not to start the re-cable on rev B drawings, even if design says rev C is only cosmetic.'), ['you-modal']);
    assert.deepStrictEqual(q('- You are not to blame for the outage.'), []);
    assert.deepStrictEqual(q('- You need to see Child N within the next five working days.'), ['you-modal']);
    assert.deepStrictEqual(q('- You need to see it to believe it.'), []);
    assert.deepStrictEqual(q('- Why were the cancelled visits not brought to me at the time, when the plan requires fortnightly contact?'), ['leading-question']);
    assert.deepStrictEqual(q('@lena validate on blur, not on submit, and keep red for real errors only'), ['imperative']);
    assert.deepStrictEqual(q('@lena shipped the new flow on Friday.'), []);
  });

  it('fresh142/143\'s principles: initials given in an attendee\'s brackets ("(HoD)", "(Head of Department, \\"HoD\\")"), a record\'s negative indirect question about the person by name, "To do / to raise" as the manager\'s tasks, "Ask her, gently, to ...", "suggested, ..., that she take ...", a name then a when then "please" or "make sure", "->" opening a line, the manager\'s record after a reply mark, a vocative under a reply mark, a form\'s own line, "applies to me as well", "me: call him"', () => {
    const minutes = (line: string) => note(`# Review meeting — Dr Lena Vogt\n\n**Present:** Professor R. Hale (Head of Department, "HoD"); Dr L. Vogt (Lecturer, "JL")\n**Minutes:** HoD\n\n**1. Teaching**\n${line}\n`);
    assert.deepStrictEqual(minutes('1.1 HoD advised JL to stagger the submission dates across both modules.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('1.2 HoD advised that JL should turn down further open-day duties this term.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('1.3 HoD asked whether JL had not considered simply sending it to a smaller journal.'), ['leading-question']);
    assert.deepStrictEqual(minutes('1.4 HoD: Why were the coursework marks released after the 15-working-day deadline?'), ['leading-question']);
    assert.deepStrictEqual(minutes('1.5 JL advised HoD that the marking had been shared with a colleague.'), []);
    const bracket = note('# Review meeting — Dr Lena Vogt\n\n**Present:** Professor R. Hale (HoD); Dr L. Vogt (JL)\n\n**1. Teaching**\n1.1 HoD asked JL to attend the workshop on 18 March.\n');
    assert.deepStrictEqual(bracket, ['reported-telling']);
    const q = underHeading;
    assert.deepStrictEqual(q('- Speak to the stage manager about her leave in June\n- Bring the spare bow on Thursday\n- Ask her, gently, to hold back the vibrato in the slow movement', 'To do / to raise'), ['reported-telling']);
    assert.deepStrictEqual(q('I suggested, more bluntly than I meant to, that she take the audition piece to her teacher.'), ['reported-telling']);
    assert.deepStrictEqual(q('I suggested, after some thought, that the rota was the real problem.'), []);
    assert.deepStrictEqual(q('Lena, next time please split anything over three days before planning.'), ['imperative']);
    assert.deepStrictEqual(q('Lena, before the move weekend make sure you take a proper day off.', 'Next steps'), ['make-sure']);
    assert.deepStrictEqual(q('- Sign-off on card 5498 in the wrong block\n-> told her: redo the card tonight before handover', 'My points'), ['reported-telling']);
    assert.deepStrictEqual(q('- Checked the tool board at the end of the shift\n-> told her she did the right thing reporting it', 'My points'), []);
    assert.deepStrictEqual(q('- Write-up missing the diagram ref\n-> add the diagram ref to every wiring card from now on, Lena. No exceptions.', 'My points'), ['imperative']);
    assert.deepStrictEqual(q('- Write-up missing the diagram ref\n-> will add it tonight', 'My points'), []);
    assert.deepStrictEqual(note('Form QA-114 rev 2: Record discussion points only. Do not record medical details.\n\n## Notes\n- Quiet week.\n'), []);
    assert.deepStrictEqual(q('- Told her that rule applies to me as well, no exceptions for maintainers'), []);
    assert.deepStrictEqual(q('- Told her the freeze applies to her team, no exceptions'), ['reported-telling']);
    assert.deepStrictEqual(q('- till 2 short on Saturday\n-> me: call her Fri 09:00'), []);
    assert.deepStrictEqual(q('- me: take Friday off, you earned it'), ['imperative']);
  });

  it('a talking point to confirm, check or clarify is the manager finding out, not telling ("Confirm Free Essentials on <= 0.02GB"); with "you" or "your" it is put to them', () => {
    const q = (line: string) => note(`# 1:1 Lena\n\n## Talking Points\n${line}\n`);
    assert.deepStrictEqual(q('- Pricing calculator\n  - Confirm Free Essentials on <= 0.02GB\n  - Clarify the scope of the pilot\n  - Check the progression-review deadline with the office'), []);
    assert.deepStrictEqual(q('- Check your PRs against the checklist before you merge'), ['imperative']);
    assert.deepStrictEqual(q('- Drop the side project until the migration lands'), ['imperative']);
  });

  it('fresh144/145\'s principles: a template\'s italic prompt under its heading, "why was X logged 6 hrs late?", "exactly the nights you\'re short", "Tug 14 U/S since 04/01", "Pay review due April", a name then "butter + chill ...", "cost it", a rule from tonight after the name, "whose job is it ..., Name?", "probably worth you ...ing", "asked whether X was really the best way", ", mate:", "she needs the runbook up", "Name, please make sure ... before she ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('*Room leaders: bring your key person list, journal status, and one thing you are proud of.*', 'Supervision notes'), []);
    assert.deepStrictEqual(q('*Told her to post in the help channel as soon as she has been stuck for an hour.*', 'My notes'), ['reported-telling']);
    assert.deepStrictEqual(q('- Q to her: why was stand 22 logged 6 hrs late??'), ['leading-question']);
    assert.deepStrictEqual(q('- Why does handover slip on exactly the nights you\'re short? Coincidence?'), ['leading-question']);
    assert.deepStrictEqual(q('- Tug 14 U/S since 04/01. Parts ETA 12/01.\n- Pay review due April. Check the scale w/ Anna before I say anything.', 'GSE'), []);
    assert.deepStrictEqual(q('- Lena, butter + chill the ramekins at 4, not 6. Every day.'), ['imperative']);
    assert.deepStrictEqual(q('- me: Lena, cost it before it goes on the card. Every dish, every time.'), ['imperative']);
    assert.deepStrictEqual(q('Me: ok, good. Fingerprint it is.'), []);
    assert.deepStrictEqual(q('- Lena, from tonight every steak rests on the rack. No exceptions.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena, from tonight the kitchen closes at ten.'), []);
    assert.deepStrictEqual(q('- Whose job is it to scrape the bars at close, Lena? Yours or Grace\'s?'), ['leading-question']);
    assert.deepStrictEqual(q('- Whose job is it to update the rota now that Sam has left?'), []);
    assert.deepStrictEqual(q('- Lena, probably worth you pulling the oil out at 3 so it\'s room temp by service.'), ['want-you-to']);
    assert.deepStrictEqual(q('- Asked her whether shouting it across the line was really the best way to get it done.', 'Her'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her what she needs to get Devon up to speed.', 'Her'), []);
    assert.deepStrictEqual(q('- The PR\'s 2.3k lines. Split it into three, mate: config, rotation job, tests.'), ['imperative']);
    assert.deepStrictEqual(q('- Said to Lena she needs the runbook up before her leave on the 1st.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena, please make sure Priya\'s delegated authority is updated before she starts signing off reserves.', 'Agreed actions'), ['make-sure']);
  });

  it('fresh146/147\'s principles: "¿" opening a question, a log\'s time opening the line, "you\'d be better off ...ing", "worth you re-listening", "Perhaps you could ... instead of ...", "you are kindly requested to", "Make clear he must ...", "Engr." as a title, "when the inspector was on site", "when only 15 items are open", "a 2nd discovery is really needed", "post in #eng-help", "Request from Joseph:", the minutes\' closing line', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- ¿Don\'t you think the promo case is stronger if you wait until the migration lands?'), ['leading-question']);
    assert.deepStrictEqual(q('- 12:57 Why didn\'t you get the fee in writing at the recce?'), ['leading-question']);
    assert.deepStrictEqual(q('- Honestly, I think you\'d be better off dropping the Helm debate and just taking Carlos\'s chart.'), ['want-you-to']);
    assert.deepStrictEqual(q('- It might be worth you re-listening to the last 5 min and writing out the close.'), ['want-you-to']);
    assert.deepStrictEqual(q('2.4 Perhaps you could take over the weekly coordination yourself, instead of leaving it to the foreman.'), ['want-you-to']);
    assert.deepStrictEqual(q('2.5 Perhaps you could tell me more about the foreman.'), []);
    assert.deepStrictEqual(q('2.4 As discussed, you are kindly requested to ensure the pour card is signed before any pour.'), ['you-modal']);
    assert.deepStrictEqual(q('- Make clear she must ring the team mobile if she is running late.', 'My prep'), ['reported-telling']);
    assert.deepStrictEqual(q('- Make it clear that the release must slip.', 'My prep'), []);
    assert.deepStrictEqual(q('3.2 Asked Lena why the hold point was not released before the pour, when the inspector was on site the whole morning.'), ['leading-question']);
    assert.deepStrictEqual(q('2.4 Why has the snag close-out been pending for more than one week when only 15 items are open?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her whether a 2nd discovery is really needed.'), ['leading-question']);
    assert.deepStrictEqual(q('- Me: post in #eng-help at least once a day this week.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Activity in #eng-help is up this week.'), []);
    assert.deepStrictEqual(q('3.3 Request from Lena: kindly arrange a site vehicle for the external works team.'), []);
    assert.deepStrictEqual(q('Kindly review these minutes and revert with comments within 48 hours, failing which they shall be deemed accepted.'), []);
    const minutes = note('# MINUTES OF MEETING\n\n**Attendees:** Suresh Pillai (PM); Engr. Lena Vogt (Site Engineer)\n\n## 3. Quality\n3.3 PM advised Engr. Lena to stop accepting rebar deliveries without mill certificates.\n3.4 I have instructed Engr. Lena to attend the 7:00 am meeting personally.\n');
    assert.deepStrictEqual(minutes, ['reported-telling', 'reported-telling']);
  });

  it('fresh148/149\'s principles: a WhatsApp export\'s "[07/03/2026, 06:16] Name:" speakers, "she" in the person\'s own chat lines, "(added later) me:" async replies, a pictograph ending a clause, "told him that ... and that he must ...", "Probably best if you ...", "asked whether she\'d maybe thought about, idk, not ...", "Did nobody check ...?"', () => {
    const chat = note('# Lena Vogt — store — 1:1 over WhatsApp\n\n[07/03/2026, 06:12] Lena Vogt: Morning! Oven 2 not heating again\n[07/03/2026, 06:14] Ruth Mercer: Have you logged it with the engineer yet?\n[07/03/2026, 06:15] Lena Vogt: Yes, ticket 44817. She said someone today\n[07/03/2026, 06:16] Ruth Mercer: Ok. Move the sourdough to oven 1 and push the croissants to the rack oven\n[07/03/2026, 09:05] Ruth Mercer: Why are we still baking 60 buns on a Friday when you\'ve binned 20 three weeks running?\n[07/03/2026, 09:08] Lena Vogt: Fair. The par sheet says 60\n');
    assert.deepStrictEqual(chat, ['imperative', 'leading-question']);
    const q = underHeading;
    assert.deepStrictEqual(q('**actions**\n- lena: search approach decision\n- me: eng ladder v0\n\n(added later) lena: went with embeddings, doc in notion\n(added later) me: 🔥 nice. ship it behind a flag for acme first, then everyone\n(added later) lena: already on it'), ['imperative']);
    assert.deepStrictEqual(q('(added later) me: nice 🙏 make sure kai gets prod access on day 1, not day 5 like you did'), ['make-sure']);
    assert.deepStrictEqual(q('- I told Lena that leaving samples without a signed form is a compliance breach and that she must stop doing it immediately.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I told Lena that the audit is next week and that the auditor is new.'), []);
    assert.deepStrictEqual(q('3. Probably best if you speak to me first next time childcare goes wrong, rather than just turning up late.'), ['want-you-to']);
    assert.deepStrictEqual(q('- Best if you decide.'), []);
    assert.deepStrictEqual(q('- asked whether she\'d maybe thought about, idk, not saying yes to every single client ask?'), ['leading-question']);
    assert.deepStrictEqual(q('- Did nobody check the labels when the sesame change came through in Feb though?'), ['leading-question']);
    assert.deepStrictEqual(q('- Has no one reviewed it yet?'), []);
  });

  it('fresh150/151\'s principles: a record\'s role fields name its abbreviations ("Branch Manager (BM): ...", "Regional Manager: ...", "BM: ... | RM: ..."), "Instruct the BM to ...", "asked the BM to ...", "given that it has been mandatory", ", not a nice-to-have", "I\'d really encourage you to", "Maybe you could ... yourself", a line "- # tell her ..." read as text, "open with the ...", "..., start tonight", "by asking, "..."", a template\'s reference line', () => {
    const record = (head: string, line: string) => note(`# Quarterly conversation record\n${head}\n\n## Section B\n${line}\n`);
    assert.deepStrictEqual(record('Branch Manager (BM): Lena Vogt\nRegional Manager (RM): Elaine Cartwright', '7. The RM instructed the BM to submit a written account of the breach by 6 February.'), ['reported-telling']);
    assert.deepStrictEqual(record('Branch Manager: Lena Vogt\nRegional Manager: Elaine Cartwright', '13. The RM asked the BM to provide a weekly progress figure until completion.'), ['reported-telling']);
    assert.deepStrictEqual(record('BM: Lena Vogt | RM: Elaine Cartwright | Date: 15 July 2026', '3.3 The RM asked the BM why the checker had not been used on those files, given that it has been mandatory since April.'), ['leading-question']);
    assert.deepStrictEqual(record('BM: Lena Vogt | RM: Elaine Cartwright', '3.4 The BM asked the RM to approve the overtime.'), []);
    assert.deepStrictEqual(record('Branch Manager: Lena Vogt\nRegional Manager: Elaine Cartwright', '(b) Instruct the BM to attend the Consumer Duty refresher on 22 April; no further deferrals.'), ['reported-telling']);
    const q = underHeading;
    assert.deepStrictEqual(q('- Tell her read-aloud on tests is a legal requirement, not a nice-to-have, and it starts now.', 'My prep'), ['reported-telling']);
    assert.deepStrictEqual(q('- I\'d really encourage you to sort tonight\'s exit tickets into three piles.'), ['want-you-to']);
    assert.deepStrictEqual(q('- Maybe you could present the lag analysis yourself at the architecture review.'), ['want-you-to']);
    assert.deepStrictEqual(q('- perf cycle kicks off 2/2\n- # tell her to stop hot-fixing prod models without a pr, even at 2am', 'my stuff'), ['reported-telling']);
    assert.deepStrictEqual(note('- ## Prompts\n\t- Write down one thing you want to follow up next time\n- ## Check-in\n\t- moving flat on Saturday\n'), []);
    assert.deepStrictEqual(q('Next time you present, open with the multi-year awards and put the rejections on the second slide.'), ['imperative']);
    assert.deepStrictEqual(q('- you own the charger dock 6 fix, start tonight'), ['deadline-demand']);
    assert.deepStrictEqual(q('- We met on Tuesday, rest today.'), []);
    assert.deepStrictEqual(q('Then I spoiled it slightly by asking, "you\'re not really going to let legacies put you off, are you?", which was me answering for her.'), ['leading-question']);
    assert.deepStrictEqual(q('Template ref HR-QC-03 v4. Please ensure both signatures are obtained before filing.'), []);
  });

  it('fresh152/153\'s principles: a log\'s time opening each line ("13:13 told her to ..."), "1:1s" no time, a letter to oneself ("Hanna," then "You told him to ...", "Then you asked him why ..."), "Said to him" over a list, "nearly told", "or bleed ...?" (another cause offered), "going fwd", a question answered by its writer ("didn\'t think so"), "weren\'t, honestly, ...", a quotation that "came out sharper than I meant"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('13:10 hold at LX Q34\n13:13 told her to stop re-plotting Q80-95 while cast are on stage\n13:14 she pushed back, fair'), ['reported-telling']);
    assert.deepStrictEqual(q('- 1:1s move to Thursdays.', 'Said to her'), []);
    const letter = (line: string) => note(`# Lena, 4 June\n\nHanna,\n\nYou talked too much again.\nShe said maybe six full sentences.\nShe's tired, and she said the rota is fine twice.\n${line}\n`);
    assert.deepStrictEqual(letter('You told her to stop covering the pages and hand them to Marco from Monday.'), ['reported-telling']);
    assert.deepStrictEqual(letter('Then you asked her why she hadn\'t raised the ledger problem in planning.'), ['leading-question']);
    assert.deepStrictEqual(letter('You wrote yourself a list before this one. Keep doing that.'), []);
    assert.deepStrictEqual(letter('Don\'t make it about the migration. Ask what\'s pulling her there, next time.'), []);
    assert.deepStrictEqual(letter('You nearly told her to copy the PR template, and then you didn\'t. Good.'), []);
    assert.deepStrictEqual(letter('\nSaid to her\n- Hand the pages to Marco from Monday.\n- I\'ll take the cron jobs to Platform.'), ['imperative']);
    assert.deepStrictEqual(q('15:53 comms: cans on the fly floor keep dropping. she thinks beltpack. or bleed from the LX radio channel?'), []);
    assert.deepStrictEqual(q('- or maybe hand the captions back to their intern?'), ['leading-question']);
    assert.deepStrictEqual(q('- going fwd you log detention at 2 hrs, screenshot the ELD, email billing same night. EVERY TIME.'), ['imperative']);
    assert.deepStrictEqual(q('- Have you ever seen a broker pay an HOS fine? didn\'t think so.'), ['leading-question']);
    assert.deepStrictEqual(q('- Have you ever seen a broker pay an HOS fine? She has, twice.'), []);
    assert.deepStrictEqual(q('- I asked whether the pictograms weren\'t, honestly, a bit too clever for a building full of tourists.'), ['leading-question']);
    assert.deepStrictEqual(q('"Didn\'t we agree the contrast checks would happen before anything went to the client?" came out sharper than I meant it to.'), ['leading-question']);
  });

  it('fresh154/155\'s principles: "isn\'t BUG-4494 just BUG-4370 again?", "I said to him: "..."", "I said "..."" mid-line, "you could probably just ...", "it would probably be best if you ...", "asked if she\'s considered just ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: isn\'t BUG-4494 just BUG-4370 again? same level, same drop'), ['leading-question']);
    assert.deepStrictEqual(q('- Isn\'t Sam on leave this week?'), []);
    assert.deepStrictEqual(q('2.3 I said to her: "Please stop agreeing to extra shifts without telling the rota team first."'), ['negative-imperative']);
    assert.deepStrictEqual(q('Where I slipped: on Brightwater I said "honestly, you could probably just send it to their comms team directly."'), ['want-you-to']);
    assert.deepStrictEqual(q('Where it went well: the client said "we could probably just send it ourselves."'), []);
    assert.deepStrictEqual(q('The sixth floor rings her for everything; it would probably be best if you stopped answering those calls, Lena.'), ['want-you-to']);
    assert.deepStrictEqual(q('- asked if she\'s considered just letting the mobile team own their own reviews? would save her hours'), ['leading-question']);
  });

  it('fresh156\'s principles: "It is recommended that you ...", and a why-not question about the person in the third person is the writer wondering, not asking them', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- It is recommended that you present the flaky test analysis at the Thursday demo.'), ['want-you-to']);
    assert.deepStrictEqual(q('- Why hasn\'t she shared it? Says she wants it "perfect" first.'), []);
    assert.deepStrictEqual(q('- Why haven\'t you shared it yet?'), ['leading-question']);
  });

  it('fresh157/158\'s principles: the manager consulted or sent to ("running them past me", "Don\'t wait for me to ring") is put to someone even among the agreements, but not an errand handed on ("Ask Priya to send me ..."); "told her that\'s fine" is leave given; "Why did you X when he was our best player?", "... before posting"; "no X without Y" said; "Present: DQ, TB" (the person\'s initials); "Still no."; "To do (me)"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Stop agreeing to cover swaps without running them past me first.', 'Agreements'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Never agree to swaps without checking with me.', 'Action items'), ['negative-imperative']);
    assert.deepStrictEqual(q('- You stand QC3 down at 20 m/s sustained. Don\'t wait for me to ring.', 'Actions'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Ask Priya to send me the deck by Friday.', 'Action items'), []);
    assert.deepStrictEqual(q('- [ ] Stop agreeing to swaps without checking with me.', 'Action items'), []);
    assert.deepStrictEqual(q('- Stop routing student questions to Rafael by default; send them to me or to each other first', 'To do (me)'), []);
    assert.deepStrictEqual(q('- comped 2 breakfasts w/o asking me first. told her that\'s fine under £30 going fwd'), []);
    assert.deepStrictEqual(q('- told her she must log every comp going forward'), ['reported-telling']);
    assert.deepStrictEqual(q('- On the substitutions, I asked: "Why did you take Kofi off when he was our best player?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you restart the pod before posting in #incidents?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you feel anxious when the client was in the room?'), []);
    assert.deepStrictEqual(q('- Why did you feel nervous before presenting?'), []);
    assert.deepStrictEqual(q('- me: no index changes on prod without a ringi, even small ones.', 'TSUGI'), ['negative-imperative']);
    assert.deepStrictEqual(q('- No laptops in the meeting.'), []);
    assert.deepStrictEqual(q('- Me: Ha. Still no.'), []);
    const present = note('1:1 T. BAKARE — RTG lead\nPresent: DQ, TB\n\nSAFETY\n- TB: "habit, and it\'s the only shade in July." Ha. Still no.\n- TB: just do it.\n', 'Tunde Bakare');
    assert.deepStrictEqual(present, []);
  });

  it('fresh159/160\'s principles: "Action points" are actions; a Notion toggle ("▸ Action items") heads the lines under it and ends a callout they ran on from; a task\'s box in a paragraph\'s line; "I indicated that he must ..."; initials with dots ("Tell O.P. that he is to ..."); a colon opens a clause; "I asked her do you really think ..." without its question mark; "heard myself ask, "..."", "Ask her: "..."", "how is there no ...", "is it not the rule that you ...", "Did you think Compliance would not notice ...?"; "dani you need to ..." in a note that writes names in lower case', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Me: chase Security for the CCTV. Escalate to Regional Ops if nothing by Thursday.', 'Action points'), []);
    const toggles = (line: string) => note(`# 1:1 Lena\n\n▸ Wins\n    - 128k run finished Friday.\n> ⚠️ Compute: team is at 83% of the May allocation; fix the launcher template.\n▸ Feedback\n    - Write-ups are excellent.\n    - ${line}\n▸ Action items\n    - [ ] Sam: ask infra for a 64×H100 reservation, week of May 18\n    - [ ] Sam: decide harness version with Diego before Friday\n`);
    assert.deepStrictEqual(toggles('Lena, you need to post in #compute before any run over 256 GPUs. No exceptions.'), ['you-modal']);
    assert.deepStrictEqual(toggles('Good call on the second seed.'), []);
    assert.deepStrictEqual(q('1.4 I indicated that she must record her time daily rather than reconstructing it at month end.'), ['reported-telling']);
    assert.deepStrictEqual(q('1.3 I indicated that the write-off would not be held against her for bonus purposes.'), []);
    assert.deepStrictEqual(note('# Supervision: Lena Vogt\n\n**Present:** E. Fairbairn (Partner); L. Vogt. **Date:** 9 February 2026\n\n## Points to raise\n- Tell L.V. that she is to copy me on all correspondence with the client.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Before the Friends meeting on the 22nd: tell her she has to come and explain the criteria herself.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I asked her do you really think this is the quarter for a rewrite with the cut over in july'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her do you have what you need'), []);
    assert.deepStrictEqual(q('I also heard myself ask, "Why didn\'t you just press the alert straight away?", which wasn\'t fair.'), ['leading-question']);
    assert.deepStrictEqual(q('6.2 Ask her: "Have you considered simply saying no when the finance team call you direct?"', 'Points to raise'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her "how is there no spares list for the fleet that breaks down the most?"'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her "why are your drivers signing pre-starts they never walked round?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Why do you think he never speaks up?'), []);
    assert.deepStrictEqual(q('- I asked her: is it not the rule that you call the Head Teller before paying any disputed change?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is it the rule that you call the Head Teller first?'), []);
    assert.deepStrictEqual(q('- Did you think Compliance would not notice two late CTRs in one month?'), ['leading-question']);
    const dictated = note('# 1:1 daniela ortiz\n6 may 2026 dictated in the car\n\nshe started coding it already without a doc\nI asked her don\'t you think luis would be less confused if there was something written down\ndani you need to write the design doc before you write more code\nshe agreed kind of\n', 'Daniela Ortiz');
    assert.deepStrictEqual(dictated, ['leading-question', 'you-modal']);
  });

  it('fresh161/162\'s principles: an @mention opening an item speaks to them; "Next time you first check ..."; "I told him straight: I will not ..." is a stand; called by name in an Action column; "Where I probably overstepped:" over a quotation; a role after a comma in the front matter is no name; "Feedback given" over "Told her ... must ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# 1:1 @lena-vogt / @tkowalski\n\n### DNS\n- @lena-vogt pair with @ana-ribeiro on the disk threshold PR, she\'s new to that repo\n'), ['imperative']);
    assert.deepStrictEqual(note('# 1:1 @lena-vogt / @tkowalski\n\n### DNS\n- [ ] @lena-vogt update the runbook\n- @lena-vogt: update the runbook\n'), []);
    assert.deepStrictEqual(q('- Next time you first check with the designer before you move a review.'), ['imperative']);
    assert.deepStrictEqual(q('- I told her straight: I will not move the deadline a second time.'), []);
    assert.deepStrictEqual(q('- I told her straight: no more dates on sales calls.'), ['reported-telling']);
    assert.deepStrictEqual(q('I was firm: I told her they cannot do any shifts until the renewals are through.'), ['reported-telling']);
    const table = (cell: string) => note(`# 1:1 Lena\n\n| Topic | Discussion | Action |\n|---|---|---|\n| Code review | Last 2 PRs merged without review. | ${cell} |\n`);
    assert.deepStrictEqual(table('Lena, raise a PR for every change, however small'), ['imperative']);
    assert.deepStrictEqual(table('Lena: raise a PR for every change, however small'), []);
    assert.deepStrictEqual(table('Raise a PR for every change, however small'), []);
    assert.deepStrictEqual(note('# Lena — February 11\n\nWhere I probably overstepped:\n"Couldn\'t you have just run the short form at one site and seen what happened?" Unfair, since she\'d have needed my OK.\n'), ['leading-question']);
    assert.deepStrictEqual(note('---\nwith: Lena Vogt, night shift lead\n---\n\n# 1:1\n\n- Night, lead the retro.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\n**Feedback given**\n- Her weekly report is coming late every Monday.\n- Told her weekly report must reach me by 10 AM Monday without fail.\n- Told her the committee meets March 3.\n'), ['reported-telling']);
  });

  it('notes-fresh122/125\'s left-overs: "me: you ..." among the actions is said to them; "you\'re not to be in the office past 21:00"; "Lena - you DO NOT hand over ..." (a name set off by a dash); "..., I don\'t care what the drivers say" settles it', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: you present the beta results yourself at the all-hands, don\'t hand it to eng.', 'Actions'), ['imperative']);
    assert.deepStrictEqual(q('- me: book the room.', 'Actions'), []);
    assert.deepStrictEqual(q('- you\'re not to be in the office past 21:00 unless it\'s a unit move night.'), ['you-modal']);
    assert.deepStrictEqual(q('- you\'re to be congratulated on the launch.'), []);
    assert.deepStrictEqual(q('7 - Lena - you DO NOT hand over a lift without a current tag on it - EVER -'), ['imperative']);
    assert.deepStrictEqual(q('- Lena - you did well today.'), []);
    assert.deepStrictEqual(q('- you keep unit vehicles off the crescent itself, I don\'t care what the drivers say.'), ['imperative']);
  });

  it('fresh163/164\'s principles: named mid-sentence under "Next steps"; "Check understanding before you set ..."; Scots "Would you no ...?"; "Are you sure X is the right order, when ...?"; "you write the RFC ... by Tue"; "with CI red"; "Please to remember to send him ..."; a role field in the front matter; "It was made clear to the trainee that ..."; "It was put to the trainee: "...""; a name set off by a dash before a condition; a lower-case name with its comma', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Share the LI and success criteria at the start, Lena, not halfway through.', 'Next steps'), ['imperative']);
    assert.deepStrictEqual(q('- need IT contact, Lena asking her champion', 'Next steps'), []);
    assert.deepStrictEqual(q('- Check understanding before you set the written task: mini-whiteboards, thumbs, whatever suits.', 'Next steps'), ['imperative']);
    assert.deepStrictEqual(q('- Review cycle before you know it.'), []);
    assert.deepStrictEqual(q('- I asked her, "Would you no be better just dropping the drama club till the summer?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Would you no longer want the role?'), []);
    assert.deepStrictEqual(q('- Are you sure Scottish text first is the right order, when RUAE is worth more?'), ['leading-question']);
    assert.deepStrictEqual(q('- Are you sure the room is booked?'), []);
    assert.deepStrictEqual(q('- you write the RFC first, max 2 pages, in #eng-design by Tue'), ['imperative']);
    assert.deepStrictEqual(q('- you usually ship on Fridays'), []);
    assert.deepStrictEqual(q('- Why did you merge #1412 on a Friday evening with CI red?'), ['leading-question']);
    assert.deepStrictEqual(q('- Please to remember to send him the career framework link, I promised twice already.', 'Action points'), []);
    assert.deepStrictEqual(q('- Lena, please to write them in the test plan until Friday.', 'Action points'), ['deadline-demand']);
    const record = (line: string) => note(`---\nunderwriter: Lena Vogt (Trainee Underwriter)\nmanager: R. Whitcombe, Team Manager\n---\n\n## 4. Outcome\n- ${line}\n`);
    assert.deepStrictEqual(record('The underwriter was instructed to submit all risks with a PML above £8m for referral until the next audit.'), ['reported-telling']);
    assert.deepStrictEqual(record('It was made clear to the trainee that no quotation is to be issued without a countersignature.'), ['reported-telling']);
    assert.deepStrictEqual(record('It was made clear to her that the offer remains open.'), []);
    assert.deepStrictEqual(record('It was put to the trainee: "Should you not have checked the claims history before the terms went out?"'), ['leading-question']);
    assert.deepStrictEqual(record('It was asked whether it would not have been more prudent to refer Marlow before terms were released.'), ['leading-question']);
    assert.deepStrictEqual(note('---\nwalk: 07:30-08:45 with Lena Vogt (groundworks foreman)\n---\n\nWALK 07/04 - BLOCK B - LENA V\n'), []);
    assert.deepStrictEqual(q('- Lena – if any single NEWS2 parameter scores 3, you take it to the nurse straight away, even mid-round'), ['imperative']);
    assert.deepStrictEqual(q('- Lena – if you feel unsure, you know where I am.'), []);
    assert.deepStrictEqual(q('- lena, run anything longer than a 24h mute past me first, no exceptions'), ['imperative']);
  });

  it('fresh165/166\'s principles: "I talked to him that he needs to ..."; "why you accept ... without passing by me?"; "Asked him why didn\'t he ...?"; "Said to him he\'s not to ..."; "how can a branch ... have no near misses?"; "Surely PN should have ...?"; Taglish "Sabihin sa kanya: ...", "wag mo nang ...", "Bakit ka ... kung alam mong ...?", "Hindi mo ba naisip na ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I talked to her that she needs to write the postmortem until thursday, no later'), ['reported-telling']);
    assert.deepStrictEqual(q('- I talked to her that she seems tired.'), []);
    assert.deepStrictEqual(q('- Asked her: why you accept these tasks without passing by me?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her why didn\'t she flag the crew shortage on Fri?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why hasn\'t she shared it? Says she wants it perfect first.'), []);
    assert.deepStrictEqual(q('- Said to her she\'s not to sign off a pour on her own yet, me or Ciarán'), ['reported-telling']);
    assert.deepStrictEqual(q('- I asked her: how can a branch doing 9,000 items a month have no near misses in two weeks?'), ['leading-question']);
    assert.deepStrictEqual(q('- How can I help?'), []);
    assert.deepStrictEqual(q('- I asked her: "Surely PN should have been retrained after the first error?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Sabihin sa kanya: no personal phone on the floor, kahit break lang', 'Talking points'), ['reported-telling']);
    assert.deepStrictEqual(q('- Me: wag mo nang i-copy buong chat, summary lang tapos link sa transcript'), ['reported-telling']);
    assert.deepStrictEqual(q('- Asked: "Bakit ka nagpo-promise ng 1 hour kung alam mong 24h ang SLA?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her: "Hindi mo ba naisip na mas okay i-resolve na lang kaysa ipasa?"'), ['leading-question']);
  });

  it('fresh167/168\'s principles: "is it a coincidence that ...?"; "What I want to say to her next week, plainly: "..."" introduces the manager\'s words; "TM notes (not shared)" is the manager\'s own; a colon after a word or two is a label\'s, not a clause', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Mondays. Asked her: is it a coincidence that it\'s always a Monday?'), ['leading-question']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\nWhat I want to say to her next week, plainly: "Take Friday off and don\'t open Slack."\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\nTM notes (not shared):\n- Don\'t start a formal absenteeism process yet – she\'s honest about it, it\'s not skiving\n'), []);
  });

  it('fresh169/170\'s principles: a file note\'s "the manager" is its writer ("The manager advised KL to ...", `The manager asked KL: "..."`); Vietnamese words of address ("Told chị Hà to ...", "me: em send me ... before Monday"); a record\'s filing line; a log\'s time after a list\'s number', () => {
    const record = (line: string) => note(`# FILE NOTE — one-on-one\n\nPresent: Team Leader (the manager); Lena Vogt, Senior Policy Officer (LV)\n\n## 1. Work program\n1.1 LV indicated the draft is 70 per cent complete.\n${line}\n`);
    assert.deepStrictEqual(record('1.4 The manager advised LV to provide the revised costings table to the manager by COB Friday 20 February.'), ['reported-telling']);
    assert.deepStrictEqual(record('1.5 The manager advised that the Minister\'s Office has brought the deadline forward.'), []);
    assert.deepStrictEqual(record('2.4 The manager asked LV: "Would it not be simpler for you to decline those requests and refer them to me?"'), ['leading-question']);
    assert.deepStrictEqual(record('Ensure this file note is saved to TRIM container HPS-2026/0124.'), []);
    const q = underHeading;
    assert.deepStrictEqual(q('- Told chị Lena to cut the full regression to 2 days max starting next sprint.'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: em send me the parallel CI proposal before Monday', 'Next'), ['deadline-demand']);
    assert.deepStrictEqual(q('16. 14:22 Lena, you sign the permit before anyone touches that panel, every single time.', 'Log'), ['imperative']);
    assert.deepStrictEqual(q('17. 09:41 Next time you hit a rollback point, you call it, whoever is leading the change.', 'Log'), ['imperative']);
  });

  it('fresh171/172\'s principles: "me: you go to the sync Thu" and "me: you own the list" said to them; "Coaching:" gives the manager\'s words; "Note pour moi" is a note to self; "What I said / asked" heads what was said; an emoji bullet before "Asked him:"; "Tell her ..., no freestyling it"; a ticket raised by them; "Told him: great work" is praise, no rule', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- 11:19 me: you go to the cert sync Thu, not the producer'), ['imperative']);
    assert.deepStrictEqual(q('- me: you own the TRC list'), ['imperative']);
    assert.deepStrictEqual(q('- me: you handled the producer well'), []);
    assert.deepStrictEqual(q('Coaching: take the full 30 min break at 03:00, it\'s in the rota for a reason'), ['imperative']);
    assert.deepStrictEqual(q('Note pour moi : you don\'t get to keep people by asking them to wait — make the case or let them go.'), []);
    assert.deepStrictEqual(q('- Block the weekends off on the maintainer calendar, starting this Saturday.', 'What I said / asked'), ['imperative']);
    assert.deepStrictEqual(q('- Mentioned the review budget section in CONTRIBUTING.md, which she wrote, ha', 'What I said / asked'), []);
    assert.deepStrictEqual(q('🔸 Asked her: "Don\'t you think that endcap should\'ve come down two weeks ago?"', 'OPPS'), ['leading-question']);
    assert.deepStrictEqual(q('- Tell her the descent PA is word for word from the manual, no freestyling it.', 'Outbound'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her the office is shut Friday, no meeting.'), []);
    assert.deepStrictEqual(q('I asked her whether a doc nobody reads isn\'t just another way of staying the only one who knows the system.'), ['leading-question']);
    assert.deepStrictEqual(q('- Told her: "great work on the launch"'), []);
    assert.deepStrictEqual(q('- Told her: "you did great"'), []);
    assert.deepStrictEqual(q('- Told her: "no more hotfixes straight to prod"'), ['reported-telling']);
    const ticket = (who: string) => note(`# 1:1 Lena\n\nItem 3 — Escalation path\nRaised by: ${who}\nAsk: "can you get us an on-call L2 number that answers before 07:00?"\nAgreed: valid, raising it with the L2 manager\n`);
    assert.deepStrictEqual(ticket('Lena'), []);
    assert.deepStrictEqual(ticket('me'), ['deadline-demand']);
  });

  it('earlier sets\' misses, taken up: "Asked Ms Lena to ..." after a title; "tell him ... belong in the ticket, not on ..."; "tell him ..., he must own it"; "me: nothing over 20 kg on your own from now on"; "he should be fine" is no demand', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Asked Ms Vogt to have the plan written up by 15/03'), ['reported-telling']);
    assert.deepStrictEqual(q('- Asked anh Lena to have the plan written up by 15/03'), ['reported-telling']);
    assert.deepStrictEqual(q('- Asked Dr Patel to send the plan'), []);
    assert.deepStrictEqual(q('- For next 1:1: tell her the trace files belong in the ticket, not on her local disk'), ['reported-telling']);
    assert.deepStrictEqual(q('- Next 1:1: tell her the TL panel will ask about the complaint, she must own it'), ['reported-telling']);
    assert.deepStrictEqual(q('- Next 1:1: tell her the panel moved to Friday, she should be fine'), []);
    assert.deepStrictEqual(q('- me: nothing over 20 kg on your own from now on'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: no worries from now on, I will handle it'), []);
    assert.deepStrictEqual(q('- me: nothing changes from now on for you'), []);
  });

  it('fresh173/174\'s principles: "TL to tell JT that she must ..." (the manager by the initials the record gives); "me: boet, you write down every reading, even at 2am"; "(me, not her)" marks the manager\'s task; "me: Lena, write ..." after an owner\'s item; a line ending a quotation ends its sentence; blame by timing; a rule named before a colon; "I\'d gently suggest she ..."; "From tonight, you don\'t ..."; "kesho send me ..."', () => {
    const minutes = (line: string) => note(`MINUTES OF ONE-TO-ONE MEETING\n\nPresent: Grace Lim, Team Lead ("TL"); Lena Vogt, Senior Analyst ("LV")\n\n5. Points for next session\n${line}\n`);
    assert.deepStrictEqual(minutes('5.1 TL to tell LV that she must obtain four-eyes sign-off before closing any alert linked to an STR.'), ['reported-telling']);
    assert.deepStrictEqual(minutes('5.2 HR to tell LV that she must obtain sign-off first.'), []);
    const q = underHeading;
    assert.deepStrictEqual(q('me: boet, you write down every reading, even at 2am.', 'Talked'), ['imperative']);
    assert.deepStrictEqual(q('- write a README for `internal/notify` (me, not her)'), []);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n### 2026-04-16\n- Lena: open a ticket for the pool metrics dashboard\n- me: Lena, write the runbook entry for pool exhaustion before you forget it\n'), ['imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n### 2026-04-16\n- Lena: open a ticket for the pool metrics dashboard\n- me: write the runbook entry for pool exhaustion\n'), []);
    assert.deepStrictEqual(q('Asked what she wants. Her: "whether they can distribute the negative."\nWhy didn\'t you just have them hold up whiteboards after #2?', 'Convo'), ['leading-question']);
    assert.deepStrictEqual(q('- ok so why did you ship the retry change on a tuesday before payday?'), ['leading-question']);
    assert.deepStrictEqual(q('- why did you pick Go for the service?'), []);
    assert.deepStrictEqual(q('Goggles are non-negotiable: you stop the lab until every pair is on. Said it plainly.', 'Convo'), ['imperative']);
    assert.deepStrictEqual(q('- I\'d gently suggest she gets Niamh onto the cue light desk before Monday, not on the day.', 'My bits'), ['reported-telling']);
    assert.deepStrictEqual(q('- From tonight, you don\'t give the revolve a go without a verbal "deck clear" from Jamie.', 'What I said'), ['negative-imperative']);
    assert.deepStrictEqual(q('- From Monday you don\'t need to come in without notice.'), []);
    assert.deepStrictEqual(q('- kesho send me the proguard fix PR link before 10'), ['deadline-demand']);
  });

  it('under a heading of the manager\'s words, the manager narrating in the first person is a record whose "she" is the person met', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I\'d gently suggest she rewrites the revolve standbys in the prompt copy tonight.', 'What I said'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her this isn\'t all on her; the cue light gap is mine to fix.', 'What I said'), []);
    assert.deepStrictEqual(q('- Take Friday off.', 'What I said'), ['imperative']);
  });

  it('fresh175/176\'s principles: "Double check w/ pharmacy ... — ours may be old" is the manager\'s own check; "## Para mí" is their own section; a record\'s head of fields; blame for a belief; "you reckon X is what a best-22 player does?"; "You will get ... No exceptions."; "You send me ... every Friday"; "Remind him next wk he\'s got to ..."; "You split any ticket over 2 days before sprint planning"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('Double check w/ pharmacy which heparin nomogram is in the binder — ours may be old.'), []);
    assert.deepStrictEqual(q('- In this team you learn more when things break, no?', 'Para mí'), []);
    assert.deepStrictEqual(note('Name: Lena Vogt | Role: Site Reliability Engineer II\nCounselor: R. Holloway, Tech Lead\n\n## Notes\n- Facts: RFC due 9/12.\n'), []);
    assert.deepStrictEqual(q('- Why did you think a Friday-afternoon config change didn\'t need a second set of eyes? — asked her straight.'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you think the cache was the cause?'), []);
    assert.deepStrictEqual(q('- Asked her: you reckon walking back to position is what a best-22 player does?'), ['leading-question']);
    assert.deepStrictEqual(q('- You will get an approving review on every PR to main, config included. No exceptions.'), ['imperative']);
    assert.deepStrictEqual(q('- You will get there, I am sure.'), []);
    assert.deepStrictEqual(q('- You send me a one-line status on the RFC every Friday until it\'s approved.'), ['imperative']);
    assert.deepStrictEqual(q('- You send me great updates every week.'), []);
    assert.deepStrictEqual(q('- Remind her next wk she\'s got to front the leadership group herself and own the lates.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Remind her next week she\'s doing great.'), []);
    assert.deepStrictEqual(q('- You split any ticket over 2 days before sprint planning.'), ['imperative']);
    assert.deepStrictEqual(q('- You reviewed every PR before the release.'), []);
  });

  it('fresh177/178\'s principles: a speaker given with their company in a pasted call is a third party, not the manager; a title after the name and a dash; "Shouldn\'t X be the last thing ...?"; "Any wastage, you sign it in ..."; "why are PRs sitting 9 days if you\'re reviewing daily?"; "... a date you knew was after the renewal?"; ", every time" as a standing rule', () => {
    const call = note('# 1:1 — Lena Vogt\n\n> [00:04:12] Karen Holt (Acme, VP Ops): Honestly the dashboards are fine.\n> [00:04:20] Lena Vogt: Totally, let me show you the digest.\n\n> [00:11:48] Karen Holt: You need to get SSO working before we even talk renewal.\n> [00:11:55] Lena Vogt: Yes, that\'s on our roadmap for Q3.\n');
    assert.deepStrictEqual(call, []);
    assert.deepStrictEqual(note('Lena Vogt — Head Nurse — 1:1\n\n## Notes\n- Took two days off in March.\n'), []);
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena — send the deck to Tom.'), ['imperative']);
    assert.deepStrictEqual(q('- Shouldn\'t lunch cover be the last thing you say yes to when you\'re behind on your NPL?'), ['leading-question']);
    assert.deepStrictEqual(q('- Any wastage, you sign it in with a witness there and then, however late theatre is running.'), ['imperative']);
    assert.deepStrictEqual(q('- Every drug you draw up, you read the label back out loud to whoever\'s supervising.'), ['imperative']);
    assert.deepStrictEqual(q('- Any questions, you know where I am.'), []);
    assert.deepStrictEqual(q('- asked: why are PRs sitting 9 days if you\'re reviewing daily?'), ['leading-question']);
    assert.deepStrictEqual(q('Why did you give her a roadmap date you knew was after the renewal?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why did you pick the option you knew best?'), []);
    assert.deepStrictEqual(q('Read the handoff doc before any exec call, every time.'), ['imperative']);
    assert.deepStrictEqual(q('Check the rota every time I sign.'), []);
  });

  it('fresh179/180\'s principles: a message of the manager\'s to someone else ("Write to safety about LOTO today, not tomorrow"); "Why did you sign the sheet if the cutters were still on the floor?"; "Tell him the red tags go on every broken tool ..."; "Lena, next time you see ..., you stop the line"; "you" after a comma with what settles it; "me: Lena, basta, every microfermata goes on the sheet"; voseo and "le recordé que tiene que ..."; "¿para qué armaste ... si ya existe ...?"; "Weren\'t X supposed to ...?"; "... if the standard says field?"; "Try: write my ..." is the manager\'s; "(genuinely asking)" after a question', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Write to safety (Ferraris) about LOTO today, not tomorrow'), []);
    assert.deepStrictEqual(q('- Write to me about LOTO today, not tomorrow'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Why did you sign the 5S sheet Monday if the cutters were still on the floor?'), ['leading-question']);
    assert.deepStrictEqual(q('- Tell her the red tags go on every broken tool before end of turno, not the night before the audit.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena, next time you see someone touch your lock, you stop the line and you call me, subito.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, the changeover, you run it yourself for two weeks, you don\'t leave it to the new guys'), ['imperative']);
    assert.deepStrictEqual(q('- Stand-up at 6:05 every morning, 5 minutes, you do it at the board, not in the box. Dai.'), ['imperative']);
    assert.deepStrictEqual(q('- Last sprint, you ran the retro, not me.'), []);
    assert.deepStrictEqual(q('- me: Lena, basta, every microfermata goes on the sheet, also the 30 second ones.'), ['reported-telling']);
    assert.deepStrictEqual(q('- why are we finding out about the declined offer from Leo and not from you?'), ['leading-question']);
    assert.deepStrictEqual(q('- vos tenés que fijar la seed en todos los splits, che'), ['reported-telling']);
    assert.deepStrictEqual(q('- le recordé que tiene que sumar a Julieta al doc de decisión desde el día uno'), ['reported-telling']);
    assert.deepStrictEqual(q('- ¿para qué armaste otro feature store local si ya existe el de plataforma?'), ['leading-question']);
    assert.deepStrictEqual(q('- Weren\'t the tool tethers supposed to be on the scaffold crew since November?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why were your module 3 permits issued from the CCR in December if the standard says field?'), ['leading-question']);
    assert.deepStrictEqual(q('- Try: write my crit comments down before speaking, cross out any that contain the fix'), []);
    assert.deepStrictEqual(q('- have you tried the colorblind sim plugin on the new palette? (genuinely asking; she had)'), []);
    assert.deepStrictEqual(q('- have you tried just keeping the summary pinned?'), ['leading-question']);
  });

  it('fresh182\'s principles: after "please" a word is a verb ("please record raw data ..."); "answer only what is asked"; "why are y\'all still ...?"; "Why was X not checked ..., when it has been an observation twice before?"; "## Points raised by Rajesh" is theirs', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena, please record raw data directly in the executed protocol; no rough notes to be transcribed later.', 'GMP / SOP points'), ['imperative']);
    assert.deepStrictEqual(q('- For investigator questions: answer only what is asked, stick to facts, and if you do not know, say you will check and revert.'), ['imperative']);
    assert.deepStrictEqual(q('- Review what went wrong is scheduled for Friday.'), []);
    assert.deepStrictEqual(q('- Asked her straight: why are y\'all still skipping pre-op checks on the stand-ups when it\'s posted on every truck?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why was label reconciliation at P-2 not checked during the last self-inspection, when it has been an observation twice before?'), ['leading-question']);
    assert.deepStrictEqual(q('- Requested that the Trackwise migration be postponed till after the inspection. Reasonable; will discuss with IT.', 'Points raised by Lena'), []);
  });

  it('fresh181\'s principles: "Feedback (SBI)" heads what the manager said; "Told him plainly: ... It\'s the silence." is a view; "Guests take them to the beach and don\'t bring them back" is no order', () => {
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Feedback (SBI)\n**Situation:** Design review last Wednesday.\n**Behaviour:** She walked through the failure case on the diagram, calmly.\n**Impact:** Review closed in one session instead of three.\nTold her exactly that. She was quietly pleased.\nDo the same at the Q1 planning review: lead with the failure case, then the design.\n'), ['imperative']);
    const q = underHeading;
    assert.deepStrictEqual(q('Told her plainly: I\'m not vexed about the fix, the fix was good. It\'s the silence.'), []);
    assert.deepStrictEqual(q('- Told her: anything that touches pricing comes to me the same week, even if it\'s two interviews'), ['reported-telling']);
    assert.deepStrictEqual(q('- Beach towels at 2.1 par, far below the 4.0 target. Guests take them to the beach and don\'t bring them back.'), []);
  });

  it('fresh183/184\'s principles: "Beat asked:" is his words; `Caught myself: "..."` and `"..." Mine, again.` are the manager\'s; "you really don\'t think ...?"; "You present the risks first, not at the end - ..."; "me:" over a list, where "you ..." is said; "Second time she\'s mentioned ..." has no verb "time"; "asked him send ... by tmr noon"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena asked: can you sign the change request for the weekend before Thursday? -> yes, I sign tomorrow.'), []);
    assert.deepStrictEqual(q('- Caught myself: "Put the kapa haka clash on the SLT agenda, don\'t carry it alone." Pure telling.'), ['imperative']);
    assert.deepStrictEqual(q('- "Next staff hui, you open with the data, not the rule." Mine, again.'), ['you-modal']);
    assert.deepStrictEqual(q('- you really don\'t think we need to re-estimate NB-470 after 6 weeks away?'), ['leading-question']);
    assert.deepStrictEqual(q('- You present the risks first, not at the end - the CIO does not like surprises.'), ['imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\nme:\n- you stop chasing finance yourself, send to me and I escalate\n- returns backlog you clear by 15 Mar, no more excuse\n- the demo you did great\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n> [!warning] Attrition risk\n> Second time she\'s mentioned recruiter pings. Not panic yet, but watch it.\n'), []);
    assert.deepStrictEqual(q('- asked her send the payout timeline by tmr noon'), ['reported-telling']);
    assert.deepStrictEqual(q('- asked her check the numbers'), []);
  });

  it('fresh185/186\'s principles: "Where I slipped into telling" heads the manager\'s words, where "Next time ask, don\'t tell." is their own maxim; a question in an aside at the end is the aside\'s; "Kill switch = prerequisite"; "me: bring your brain sheet" among the follow-ups; "... when you\'re already staying late?"; "Je lui ai dit de refuser: ..."; a mail that greets the person is the manager\'s words; "See you at 11."; a lazy continuation line\'s label speaks for its line; "Why in the heck did you ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- You need to ask for help before the third call light, not after\n- Both fair content, wrong mode. Next time ask, don\'t tell.', 'Where I slipped into telling'), ['you-modal']);
    assert.deepStrictEqual(q('- Next time: tell her she needs to leave by 30 min after shift, chart or no chart (or ask?)', 'Where I slipped into telling'), ['reported-telling']);
    assert.deepStrictEqual(q('- Could you send it (today?)'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Kill switch = prerequisite, non-negotiable'), []);
    assert.deepStrictEqual(q('- me: bring your brain sheet next time, I want to see how you plan the 0400 assessments', 'Follow-up'), ['imperative']);
    assert.deepStrictEqual(q('- me: book the room for Thursday', 'Follow-up'), []);
    assert.deepStrictEqual(q('- Why are you picking up extra shifts when you\'re already staying late every night?'), ['leading-question']);
    assert.deepStrictEqual(q('- Je lui ai dit de refuser: two forms = double the tickets for SAV'), ['reported-telling']);
    const mail = (greeting: string) => note(`# Lena Vogt — 1:1\n\n---------- thread ----------\n\nFrom: Priyanka Sethi\nSent: Tuesday, May 19, 2026 7:58 AM\n${greeting}\nTake the policy exceptions section out of v3, it belongs in the standard.\nSee you at 11.\n`);
    assert.deepStrictEqual(mail('Thanks Lena. Two things before we meet.'), ['imperative']);
    assert.deepStrictEqual(mail('Two things before we meet.'), []);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Notes\n- Rhett already told the whole crew to keep the red zone taped off\nTold her straight: you don\'t let a green hand near the iron without a spotter, period.\nShe owned it. Said she was short two men and figured Brody had it. She didn\'t.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('Why in the heck did you let Brody run the iron by himself in his second week?'), ['leading-question']);
    assert.deepStrictEqual(q('me: next time you see anybody skip lockout, you call stop work and then you call me, same as Tuesday'), ['imperative']);
    assert.deepStrictEqual(q('- Next time you feel stuck, you know where I am.'), []);
  });

  it('fresh187/188\'s principles: Indonesian "tolong" (please) before what to do; "..., doesn\'t matter who told you otherwise" closes it; doubt or advice dressed as curiosity; "Tell him his draft comes to me first"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Tolong tag me on every PR touching ledger, jangan merge sendiri'), ['imperative']);
    assert.deepStrictEqual(q('- me: you do full DPA on every call, doesn\'t matter who told you otherwise'), ['imperative']);
    assert.deepStrictEqual(q('- I\'m curious whether covering the front desk is really the best use of her time right now?'), ['leading-question']);
    assert.deepStrictEqual(q('- I wonder if you\'ve considered just reusing the outcomes from the Surrey program?'), ['leading-question']);
    assert.deepStrictEqual(q('- Have you thought about whether covering is actually helping Devi?'), ['leading-question']);
    assert.deepStrictEqual(q('- I\'m curious what you think the board will ask?'), []);
    assert.deepStrictEqual(q('- I wonder if the grant will come through?'), []);
    assert.deepStrictEqual(q('- Tell her her draft comes to me first, not straight to the board chair.'), ['reported-telling']);
  });

  it('fresh189/190\'s principles: Tagalog imperatives name their doer ("ayusin mo", "magpaalam ka"); "sinabihan ko siya na"; a line opened by "and" drops its subject; "you" after a spaced dash; a name\'s label in a list of owners; news told with a name, not an order', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Mark, ayusin mo yung hold habit mo, hindi pwede na every call naka-hold ka', 'Attendance'), ['reported-telling']);
    assert.deepStrictEqual(q('- Update mo na yung 3 promo KB articles bago mag-Friday, yun ang priority mo this week', 'Actual'), ['reported-telling']);
    assert.deepStrictEqual(q('- Next time na ma-late ka, magpaalam ka muna sa GC bago mag-shift', 'Attendance'), ['reported-telling']);
    assert.deepStrictEqual(q('- Sinabihan ko siya na i-shadow si Paolo for 2 hrs bukas sa billing queue'), ['reported-telling']);
    assert.deepStrictEqual(q('- yun ang priority mo this week, sabi niya kulang daw siya sa oras'), []);
    assert.deepStrictEqual(q('- Bakit mo hinayaan si Mark mag-take over ng call eh shadowing lang dapat siya?'), ['leading-question']);
    assert.deepStrictEqual(q('- still asked: "hindi ba dapat nag-check ka muna sa KB?" - tahimik siya'), ['leading-question']);
    assert.deepStrictEqual(q('and then told him to send me the script before he submits anything to dailies this week'), ['reported-telling']);
    assert.deepStrictEqual(q('She called Ravi. And told him to send it.'), []);
    assert.deepStrictEqual(q('- SH040 v013: hair edge fix, rain depth sort — you present it, not me', 'For next dailies'), ['imperative']);
    const owners = (who: string) => note(`# Lena 1:1\n\nFor next dailies\n- SH220: kick back to matchmove — Mel to raise ticket\n- Mel: stop cc'ing Dom\n- ${who}: bridge sequence review wed, presents\n`);
    assert.deepStrictEqual(owners('Lena'), []);
    assert.deepStrictEqual(owners('Dom'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Board chair wants a written procedure. Told her Wade already has a draft, should be ready by August.'), []);
    assert.deepStrictEqual(q('- Told her just write with what she have first'), ['reported-telling']);
    assert.deepStrictEqual(q('-> asked about SANS FOR508. budget exists I think, will check', 'her'), []);
    assert.deepStrictEqual(q('-> tell her reviews come before her own tickets, every morning, first thing', 'prep'), ['reported-telling']);
  });

  it('said to them: a verb and its object after a comma is an order of its own; "you ... first" after a comma; "leave it with me" is an offer', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Me: more vinegar, less butter, send it again Thurs.'), ['imperative']);
    assert.deepStrictEqual(q('- Me: no — you\'re her CDP, you talk to her first.'), ['imperative']);
    assert.deepStrictEqual(q('- Me: thanks, love it'), []);
    assert.deepStrictEqual(q('- Me: I hear you, you know the system best'), []);
    assert.deepStrictEqual(q('- Me: fair, leave it with me'), []);
    assert.deepStrictEqual(q('- Me: leave that one with me, I\'ll chase finance'), []);
    assert.deepStrictEqual(q('- more vinegar, less butter, send it again Thurs.', 'Action items'), []);
  });

  it('fresh191/192\'s principles: "the undersigned" is the writer of formal minutes; "was requested to ... by"; a label of the manager\'s question before a quotation after "(b)"; "Is it not the duty of ...?"; "Do you think it is ok that ...?"; "Is it so difficult to ...?"; "q for me" after a question; a tool\'s "system-generated" notice; "brings X to me first"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('(c) The undersigned advised Ms. Vogt to maintain the shortage register in her own hand and place it before the undersigned every Saturday.'), ['reported-telling']);
    assert.deepStrictEqual(q('(b) Ms. Vogt requested the undersigned to take up with RO the matter of the note-counting machine.'), []);
    assert.deepStrictEqual(q('(d) Ms. Vogt was requested to submit a recovery plan for both accounts by 03.02.2026.'), ['reported-telling']);
    assert.deepStrictEqual(q('(d) Ms. Vogt was requested to ensure that substitute custodians are designated in writing with effect from tomorrow.'), ['reported-telling']);
    assert.deepStrictEqual(q('(b) Ms. Vogt was requested to present at the all-hands.'), []);
    assert.deepStrictEqual(q('   (b) The undersigned asked Ms. Vogt: "Is it not the duty of the joint custodian to ensure countersignature before the vault is closed?"'), ['leading-question']);
    assert.deepStrictEqual(q('   (b) The undersigned enquired: "Would it not have been prudent to hold the sanction till the valuation was received?"'), ['leading-question']);
    assert.deepStrictEqual(q('- asked: why is the Übergabebuch on Fridays always empty when you have 10 min at the end?'), ['leading-question']);
    assert.deepStrictEqual(q('- also honestly wouldn\'t it just be easier to let keyon finish the bridge instead of luna rewriting it a 5th time??'), ['leading-question']);
    assert.deepStrictEqual(q('I asked him, do you think it is ok that a guest\'s suitcase is gone and nobody saw anything?'), ['leading-question']);
    assert.deepStrictEqual(q('Is it so difficult to ask before you make a deal with a tour company? I asked him this.'), ['leading-question']);
    assert.deepStrictEqual(q('- Do you think it is ok to take Friday off?'), []);
    assert.deepStrictEqual(q('- why does it always end up being her in these threads? q for me, not her'), []);
    assert.deepStrictEqual(q('Note: This format is system-generated. Please verify entries before filing in the 1:1 folder.'), []);
    assert.deepStrictEqual(q('- tell her next time she brings the Kowalski thing to me first, not straight to HR', 'Prep'), ['reported-telling']);
    assert.deepStrictEqual(q('(c) The undersigned asked Mr. Vogt why the panel advocate was not followed up in writing even once in the last three weeks?'), ['leading-question']);
  });

  it('fresh193/194\'s principles: "em" as a pronoun; "Falei pra ele:"; "stop" before a Romance gerund; "why are we only finding ... now"; "Dry as me."; the person met\'s initial asking a question among the follow-ups; "Wanted him to hear it from me first"; a first-person "what I want to try" heading; "when I say \\"you should\\""; a list of what the manager said under the line that introduces it; "me: ... before you send it"; "don\'t agree to any ... dates"; "Is there any reason it can\'t simply ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Told em to write questions in Slack after standup if the accent is too fast'), ['reported-telling']);
    assert.deepStrictEqual(q('- Falei pra ele: log every change in the account changelog, sem exceção'), ['reported-telling']);
    assert.deepStrictEqual(q('- Falei pra ele: the numbers look fine'), []);
    assert.deepStrictEqual(q('- Lena, stop mexendo no budget do Meta todo dia, let the learning phase finish'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Why are we only finding the tag swaps now, Lena, when you do a stock check every quarter?'), ['leading-question']);
    assert.deepStrictEqual(q('She\'s steady. Dry as me. Dinnae need to manage her much.'), []);
    assert.deepStrictEqual(note('# 1:1 w/ Lena Vogt\n\n## Follow-up\n- L: can you send me Novi spend vs seat cost by Fri? — yes\n- L: "don\'t bring me a problem without a number" — fair\n'), []);
    assert.deepStrictEqual(q('- Told Lena that FAS has raised it with me directly. Wanted her to hear it from me first.'), []);
    assert.deepStrictEqual(q('- Wanted her to own the retro.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Stop solving. "Cut it to 30" was mine to say only if she asked.\n- Bueno, and stop writing her deck in my head while she talks', 'What I want to try next time'), []);
    assert.deepStrictEqual(q('- Notice when I say "you should" — write it down after, like today', 'Things I\'m holding'), []);
    const said = note('# Lena\n\nI said too much, again. Wrote down what I actually said, a ver:\n- Told her to drop the diary study idea until Q2.\n- "Have you thought about just asking Jordi what decision the test is for?" — she had, obviously\n\nHer stickies:\n- "Have you thought about just asking Jordi?"\n');
    assert.deepStrictEqual(said, ['reported-telling', 'leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nWhat I did with her, honestly:\n- "Cut it to 30 cards. Seriously, 42 is too many." (said exactly this)\n- Then: "Why are you still taking Dani\'s ad-hoc requests if you know they\'re killing your timeline?"\n'), ['imperative', 'leading-question']);
    assert.deepStrictEqual(q('- me: loop Rich in on the 5-why before you send it to Kevin', 'Follow-up'), ['imperative']);
    assert.deepStrictEqual(q('- me: loop Rich in on the 5-why before the review', 'Follow-up'), []);
    assert.deepStrictEqual(q('- me: don\'t agree to any CS2 dates on that call w/o checking w/ me first', 'Follow-up'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Don\'t agree to that, honestly.'), []);
    assert.deepStrictEqual(q('- Put to Lena: is there any reason it can\'t simply come down to the 20 pages we agreed in December?'), ['leading-question']);
  });

  it('fresh195/196\'s principles: a word processor\'s "●" bullet; "#412" in a blame question; "@lukas pls stop ..."; "@Rohit shadow Sneha" among the action items is a task; a question open in a bracketed aside is the aside\'s; the manager\'s bracketed doubt "[me: too directive?]" marks the line above as said; "Coaching log" heads what was said, "(mine, from him)" what they gave', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('Tickets\n● why did you close 4702 without waiting for customer confirmation?\n● shouldn\'t you be asking Divya before sending a macro you haven\'t tested?'), ['leading-question', 'leading-question']);
    assert.deepStrictEqual(q('- why did you merge #412 without the second review?'), ['leading-question']);
    assert.deepStrictEqual(q('- @lena pls stop taking night pages alone, escalate to me after 1am', 'Coaching log'), ['negative-imperative']);
    assert.deepStrictEqual(q('● @Lena SUP-4715 chase customer today\n● @Lena shadow Sneha ×2 (she picks calls)', 'Action items'), []);
    assert.deepStrictEqual(q('● @Lena please shadow Sneha ×2 and send me your notes', 'Action items'), ['imperative']);
    assert.deepStrictEqual(q('- Asked her to call the two absent members herself before Feb 19 [me: too directive? probably fine, it is her role]', 'My agenda'), ['reported-telling']);
    assert.deepStrictEqual(q('- Send the volunteer appreciation invite list to Margaret before it goes out\n  [me: too directive? she hadn\'t planned to include the board; I gave the reason]', 'Discussion'), ['imperative']);
    assert.deepStrictEqual(q('- Send the volunteer appreciation invite list to Margaret before it goes out', 'Discussion'), []);
    assert.deepStrictEqual(q('- Speak up in the Thursday design review, at least one question each time', 'Coaching log'), ['imperative']);
    assert.deepStrictEqual(q('- Write down expectations before conflict, not after\n- Push back on PM deadlines in writing, she said — paper trail matters', 'Coaching log (mine, from her)'), []);
  });

  it('a statement closed by a confirmation tag ("..., capito?", "..., got it?") is read as the question, then as the statement; a rule said from a day on', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: from Monday every delivery gets logged before 9, no exceptions, capito?'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: from Monday every delivery gets logged before 9'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told her the rota is final from now on, no more swaps, got it?'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: and don\'t let Dani jump the queue again, ok?'), ['leading-question']);
    assert.deepStrictEqual(q('- Let\'s meet Friday, ok?'), []);
    assert.deepStrictEqual(q('- Told her I\'m away from Monday, ok?'), []);
  });

  it('fresh197/198\'s principles: Spanish rules told ("le dije que ... tienen que", "se verifica siempre", ", punto", "él, no el contratista"), a "tú" imperative with its pronoun ("Explícale a tu gente ...", "Asegúrate de que ..."), "¿De verdad crees que ...?"; "Compromisos" is a list of actions; "yer man" is no "you"; "why did you put her ... by herself"; "next one on one tell her to ..."; ", agreed is agreed"; a status before its comma', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Le dije que el desatado se verifica SIEMPRE antes de ingresar, sin excusas'), ['reported-telling']);
    assert.deepStrictEqual(q('- Le dije que los registros de EPP tienen que estar al 100% antes de fin de mes'), ['reported-telling']);
    assert.deepStrictEqual(q('- Le dije que el PETAR lo renueva él, no el contratista'), ['reported-telling']);
    assert.deepStrictEqual(q('- Le dije que siempre puede contar conmigo'), []);
    assert.deepStrictEqual(q('- Explícale a tu gente que el respirador no es opcional, Lena'), ['reported-telling']);
    assert.deepStrictEqual(q('- Asegúrate de que cada guardia revise los guantes antes de ingresar, ingeniera'), ['reported-telling']);
    assert.deepStrictEqual(q('- Límite de velocidad en rampa: 20 km/h'), []);
    assert.deepStrictEqual(q('- ¿De verdad crees que gerencia va a leer 14 páginas?'), ['leading-question']);
    assert.deepStrictEqual(q('2. Lena — fit tests junio', 'Compromisos'), []);
    assert.deepStrictEqual(q('- Render crack over bin store — yer man from the render crowd says its cosmetic'), []);
    assert.deepStrictEqual(q('why did you put jasmine on the patio by herself during the wine dinner'), ['leading-question']);
    assert.deepStrictEqual(q('she wants to get the CMP certification next year the owners might pay\nasked her to redo the contract before june 1\nnext one on one tell her to put every BEO in the shared drive by wednesday so the kitchen sees it\nthe event software trial ends june 1'), ['reported-telling', 'reported-telling']);
    assert.deepStrictEqual(q('- You take the lead on the SBAR pilot from 1 July, agreed is agreed'), ['imperative']);
    assert.deepStrictEqual(q('- How do we do the double check at 03:00 with 2 people? Open, no answer yet'), []);
  });

  it('fresh199/200\'s principles: a ban after a comma in what was said to "you"; French "Arrête de ...", "ne prends pas ..." said, "Est-ce que tu trouves normal de ...?", a "wakha?" tag; "Why you not escalate ...?"; "Why\'d you ... when we had ...?"; "best" is never an order; a calendar invite\'s lines; a template named in German; a rule whose bracket at the line\'s end names its source; ", not through Lukas,"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: you add thermal cutoff on the DRV8833, don\'t wait for ME to fix airflow'), ['imperative']);
    assert.deepStrictEqual(q('- Arrête de mettre le client en attente pour chercher dans le CRM, ping Imane sur Teams', 'Feedback'), ['reported-telling']);
    assert.deepStrictEqual(q('- moi: ne prends pas d\'heures sup en janvier, tes exams d\'abord'), ['reported-telling']);
    assert.deepStrictEqual(q('- moi: tu refais le module e-learning "Gestion des réclamations" cette semaine, wakha?'), ['reported-telling']);
    assert.deepStrictEqual(q('- il ne sait pas encore'), []);
    assert.deepStrictEqual(q('- Est-ce que tu trouves normal de raccrocher à 4:59 pour faire la stat?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why you not escalate the hinge crack on day 1? we lost two days'), ['leading-question']);
    assert.deepStrictEqual(q('- Why\'d you check out of the run on 3rd & 2 when we had a LIGHT box? six in there'), ['leading-question']);
    assert.deepStrictEqual(q('- Combo to the backer on Duo — best she\'s played all year. said so\n- mei wenti overall. best ME we have, don\'t lose her.'), []);
    assert.deepStrictEqual(note('Microsoft Teams meeting — Join on your computer, mobile app or room device\nClick here to join the meeting\n\n# Lena Vogt\n'), []);
    assert.deepStrictEqual(note('# Lena Vogt — 1:1\n(Vorlage Inspizienz — Please complete all sections before the meeting.)\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(q('- water breaks every 20, heat index 104 Tues. NOT negotiable (AD memo)'), []);
    assert.deepStrictEqual(q('- You will inform me personally, not through Lukas, when any load changes. Also on Sunday.'), ['imperative']);
  });

  it('fresh201/202\'s principles: "(said to him at the end)" after a line; "why ... if you\'re not going to ..."; "why ... not ... at all?"; "You cannot be sending ..."; "Directed him to ..." under a said heading; an initial closing its bracket ends no sentence; a pasted chat message\'s sender handle and time; an org block\'s own lines', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Rerun on the Mar holdout first, then we talk features. (said to him at the end)'), ['imperative']);
    assert.deepStrictEqual(q('- Rerun on the Mar holdout first, then we talk features.'), []);
    assert.deepStrictEqual(q('- Why are the mini-whiteboards out if you\'re not going to use them?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why was the potassium not on the written sign-out at all?'), ['leading-question']);
    assert.deepStrictEqual(q('- You cannot be sending "site restored" SMS when the cell is still down, chale'), ['you-modal']);
    assert.deepStrictEqual(q('- Directed her to meet with Dr. Brennan weekly for the next 8 weeks', 'Feedback provided'), ['reported-telling']);
    assert.deepStrictEqual(q('- Mentor (Sarah P.) had already told her to do a do-now every lesson, she forgot in the mock chaos'), []);
    const chat = (who: string) => note(`# 1:1 Lena Vogt\n\n- Priya's comment, pasted:\n#+begin_quote\n${who} 11:02 AM: Make sure you document the constraint change in section 4.2\n#+end_quote\n`);
    assert.deepStrictEqual(chat('priya.sharma'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n#+begin_quote\nlena.vogt 4:12 PM: can you ask infra for a second node? queue is brutal\nha.nguyen 4:20 PM: pin the feature store snapshot before you rerun anything\n#+end_quote\n'), ['imperative']);
  });

  it('a chat pasted in a quote with the manager\'s own lines marked "Me" or "我" and their time: those lines are said', () => {
    assert.deepStrictEqual(note('# Lena Vogt\n\n> 我 22:41: Lena, put the RF fail units aside, don\'t let line rework before Jack see it\n> Lena 22:43: ok\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena Vogt\n\n> Me 09:12: put it in the ticket please\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena Vogt\n\n> Lena 09:12: put it in the ticket please\n'), []);
  });

  it('fresh203/204\'s principles: Roman Urdu "Mein ne kaha ... karo", "... kyun gaya?"; Hindi\'s copula closes a statement told ("told him release train ... frozen hai"); "What I said, and how" heads what was said; "You don\'t leave ... till .... Period."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Mein ne kaha #4412 kal tak merge karo, Kamran ka wait mat karo agar woh slow hai'), ['reported-telling']);
    assert.deepStrictEqual(q('- mein ne kaha theek hai'), []);
    assert.deepStrictEqual(q('- me: status page pe update 25 min baad kyun gaya? pehle 5 min mein jaana chahiye tha na'), ['leading-question']);
    assert.deepStrictEqual(q('- told him release train 10 Feb tak frozen hai, koi exception nahi'), []);
    assert.deepStrictEqual(q('- Push back on Marketing yourself, Lena; don\'t route it through me, or they\'ll learn to route around you.', 'What I said, and how'), ['negative-imperative']);
    assert.deepStrictEqual(q('- You don\'t leave the ground till your foreman says the words "grounds installed." Period.'), ['negative-imperative']);
    assert.deepStrictEqual(q('- You don\'t leave till six.'), []);
  });

  it('fresh205/206\'s principles: Nigerian Pidgin\'s future "you go own ... from now" and ban "abeg no dey wait ...", "make I check" is the manager\'s own; "I did ask, \\"...?\\""; "Did you check ... before you sent ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Abeg, you go own the van matter from now, I no want hear "mechanic say tomorrow" again.', 'My points'), ['imperative']);
    assert.deepStrictEqual(q('- me: you go to the sync Thu'), ['imperative']);
    assert.deepStrictEqual(q('- Tracker vendor: make I check the contract for replacement terms', 'My points'), []);
    assert.deepStrictEqual(q('me: abeg no dey wait for Friday to flag numbers like this, ping me same day.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena: can you approve the parts float so he no go wait for PO every time?'), []);
    assert.deepStrictEqual(q('I did ask, "Wouldn\'t you be the obvious person to mentor our new grad next year?" She said she\'d think about it.'), ['leading-question']);
    assert.deepStrictEqual(q('- Did you check whether the rider app update caused it before you sent the report to CX?'), ['leading-question']);
    assert.deepStrictEqual(q('- Did you check the logs before the standup?'), []);
  });

  it('fresh207/208\'s principles: said to them, "you ..." after a comma with when it is done; "if X you Y, nothing else"; Spanish "no le respondas ..."; "no hay que preocuparse" is reassurance; "should ease up" is a likelihood; "You cannot decide ... by yourself"; "Communicated that he needs to ..."; "why was X not escalated to me"; "Told her next time X, inhibit ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: no to nie, no prod applies on Friday, you move it to Tuesday morning'), ['imperative']);
    assert.deepStrictEqual(q('- if main is red you use the break-glass pipeline, nothing else'), ['imperative']);
    assert.deepStrictEqual(q('- if main is red you get paged'), []);
    assert.deepStrictEqual(q('- me: no le respondas a Los Pinos por WhatsApp, todo por el portal o correo'), ['reported-telling']);
    assert.deepStrictEqual(q('- me: no te preocupes por eso'), []);
    assert.deepStrictEqual(q('- le dije que Altiplano está tranquilo, no hay que preocuparse por esa'), []);
    assert.deepStrictEqual(q('- told her census should ease up once flu peaks, usually mid Feb'), []);
    assert.deepStrictEqual(q('- You cannot decide alarm limit by yourself, must go through FDC review.'), ['you-modal']);
    assert.deepStrictEqual(q('- you can\'t fix static data with headcount alone, she said, agree'), []);
    assert.deepStrictEqual(q('- Communicated that she needs to get the IMV backlog back under 5 by March 15.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Communicated that the missed deadlines have been noticed by the sponsor.'), []);
    assert.deepStrictEqual(q('- Why was Site 109\'s coordinator turnover not escalated to me in November?'), ['leading-question']);
    assert.deepStrictEqual(q('- Told her next time particle alarm on any chamber, inhibit the tool first and call me.'), ['reported-telling']);
  });

  it('fresh209/210\'s principles: "Before:" labels the manager\'s own prep; "Push notifications from ..." is a noun; a handle in the front matter names its person ("who: Lena Vogt (@lvogt)", "author: Derek L. (@dlind)"), so a pasted chat\'s lines by the manager\'s handle are said; "told him board meets in Feb" is news', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('Lena — 1:1\n\nBefore: you\'ve cancelled on her twice this month. Don\'t cancel again, whatever comes up.\n'), []);
    assert.deepStrictEqual(q('- on-call load. Push notifications from PagerDuty hit personal phones after hours, people hate it', 'My topics'), []);
    const chat = note('---\nwho: Lena Vogt (@lvogt)\nauthor: Derek L. (@dlind)\n---\n\n> #platform-infra, Jan 19\n> [09:14] @lvogt: terraform plan shows 41 resources to destroy?? not touching it\n> [09:31] @dlind: @lvogt don\'t apply anything on prod until Omar\'s moved blocks are merged\n');
    assert.deepStrictEqual(chat, ['negative-imperative']);
    assert.deepStrictEqual(q('| Comp | asked about equity refresh, told her board meets in Feb, nothing before then | Jake | Feb |'), []);
  });

  it('fresh211/212\'s principles: Swahili "nilimwambia ampigie ..." and "mwambie X he has to ..."; Korean "-라고 했다" and a command said ("me: 보고는 3줄로 줄여."); "me: talk to <someone> re: ..." is the manager\'s errand; "you <verb> ..., don\'t ..." is put to them; "you only use" after "from now on"; "X back to me within 48h"; a quotation after "meant to, "; "asked whether she hadn\'t simply ..."; "asked him why he thought X was a good idea"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- nilimwambia ampigie Kiprono leo, not next week'), ['reported-telling']);
    assert.deepStrictEqual(q('- mwambie Lena she has to be at the Kisii audit on 3 Feb, hakuna excuses'), ['reported-telling']);
    assert.deepStrictEqual(q('- nilimwambia ukweli kuhusu bonus'), []);
    assert.deepStrictEqual(q('- me: 보고는 3줄로 줄여. 내일부터.'), ['reported-telling']);
    assert.deepStrictEqual(q('- 보고서는 3줄로 쓰라고 했다, 내일부터'), ['reported-telling']);
    assert.deepStrictEqual(q('- 그는 학생이라고 했다'), []);
    assert.deepStrictEqual(q('- me: 미안해.'), []);
    assert.deepStrictEqual(q('P (Plan)\n- Lena: send me 2 case studies by 24/3\n- me: talk to Gen Med unit head re: post-take round timing'), []);
    assert.deepStrictEqual(q('- me: talk to Gen Med unit head re: post-take round timing', 'My talking points'), []);
    assert.deepStrictEqual(q('- you start discharge scripts the afternoon before when EDD is set, don\'t leave them to the morning'), ['imperative']);
    assert.deepStrictEqual(q('- you said it went fine, don\'t think so'), []);
    assert.deepStrictEqual(q('- Lena, from now on you only use the app export, no spreadsheets'), ['imperative']);
    assert.deepStrictEqual(q('- S8 discrepancy forms back to me within 48h, every time, Lena, no exceptions', 'What I said'), ['deadline-demand']);
    assert.deepStrictEqual(q('- the forms came back to me within 48h, good'), []);
    assert.deepStrictEqual(q('About halfway through I said, more firmly than I meant to, "Send me chapter three on Friday."'), ['imperative']);
    assert.deepStrictEqual(q('And then, worse, I asked whether she hadn\'t simply been avoiding the tracking data all along.'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her why she thought deadheading 220 mi empty to Peoria was a good idea?'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her why she thought the backhaul paid better'), []);
  });

  it('real6\'s principles: advice with its subject dropped right after someone else\'s advice goes on with theirs ("Ty suggested ... He also gave me a link." then "Suggested purchasing a Spark book."); a favour asked for the manager ("ask her to make a phone call for me") is no telling', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena recommended the D3 book.\n- Suggested buying a Spark book too.'), []);
    assert.deepStrictEqual(q('Lena recommended the D3 book. She also gave me a link for a Flask tutorial. Suggested purchasing a Spark book.'), []);
    assert.deepStrictEqual(q('- She seemed stuck on the schema.\n- Suggested pairing with Ana on it.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I recommended the D3 book.\n- Suggested buying a Spark book too.'), ['reported-telling']);
    assert.deepStrictEqual(q('- One of my bosses knows people there. When she gets back I\'m going to ask her to make a phone call for me.'), []);
    assert.deepStrictEqual(q('- Ask her to cover the standup for me by Friday.', 'My talking points'), ['reported-telling']);
  });

  it('fresh213/214\'s principles: Tanglish commands told ("sonnen", "told him ... podaadha") or put to them ("nee ... pannu", "un side la ... pannu", "vechukko"); "Sonnen:" labels what was said; French "J\'ai dit à Théo de ..." and "Tu crois vraiment que ...?"; "with me" after an instruction; "you\'re going to" as "you will"; ", not at halftime"; another sentence of the line insisting ("I don\'t want to see ...", "that\'s not optional"); "why never ...", "why ... can\'t just ...", "or are you hoping it fixes itself?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Lena kitta sonnen, on-call rota va naalaikulla update pannu nu'), ['reported-telling']);
    assert.deepStrictEqual(q('- Told him RCA la Steve name podaadha, process gap mattum ezhudhu'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena, nee Friday 4 mani kulla timesheet fill pannidu'), ['reported-telling']);
    assert.deepStrictEqual(q('- Timesheet ku phone la oru reminder vechukko, naan leave la flexible-aa irupen'), ['reported-telling']);
    assert.deepStrictEqual(q('- Avan sonnan: "sir, Monday morning fill panren" — no, PMO freeze Friday'), []);
    assert.deepStrictEqual(q('- Seri, don\'t worry, appraisal la un name strong-aa recommend pannirukken'), []);
    assert.deepStrictEqual(q('- HR kitta dates check pannu', 'My to-dos'), []);
    assert.deepStrictEqual(q('- Sonnen: no merge to release branch without one approval, even at midnight'), ['negative-imperative']);
    assert.deepStrictEqual(q('- J\'ai dit à Théo de remonter le sac héros sur le socle haut avant l\'ouverture demain.'), ['reported-telling']);
    assert.deepStrictEqual(q('- J\'ai dit à tout le monde de partir tôt.'), []);
    assert.deepStrictEqual(q('- Tu crois vraiment que le siège allait laisser passer un socle à 40cm ?'), ['leading-question']);
    assert.deepStrictEqual(q('- Run the leadership group with me every Monday 7am from next week.'), ['imperative']);
    assert.deepStrictEqual(q('- Take Lena with me to the site visit.'), []);
    assert.deepStrictEqual(q('- You\'re going to watch every breakdown clip from R1 to R6 with Tama before you\'re back.'), ['imperative']);
    assert.deepStrictEqual(q('- You\'re going to love the new office.'), []);
    assert.deepStrictEqual(q('- When the ref warns you, you change the picture straight away, not at halftime.'), ['imperative']);
    assert.deepStrictEqual(q('1. Complete the last 4 PTOs before month end. I don\'t want to see 6/10 on the Feb report.'), ['imperative']);
    assert.deepStrictEqual(q('- Worship set needs to land by 12:10, that\'s not optional. Hand Pastor the mic at 12:10 every week.'), ['imperative']);
    assert.deepStrictEqual(q('1. Complete the last 4 PTOs before month end.'), []);
    assert.deepStrictEqual(q('- I asked why never do a dry run on the demo env the day before?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why do you reckon the band can\'t just start on time at 10:55?'), ['leading-question']);
    assert.deepStrictEqual(q('- Have you had the hard talk with Ron yet, or are you hoping it fixes itself?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is the fix in, or are you waiting on QA?'), []);
  });

  it('fresh215/216\'s principles: lines over a line of dashes stay prose; "you never know" is anyone\'s "you"; "Float pool sent us ..." is a report; "R — for Lena" heads what is for her; Norwegian "Sa til henne at she should ..."; "I said to him that from now on ..."; Spanish "le dije que use ...", "tienes que avisarme", "en el sig 1:1 decirle que ...", "ya no les ofrezcas ...", "¿Por qué no sales antes?"; an audit memo\'s "staff"; Indonesian "suruh", "minta", "bilang ke dia", "tolong", "jangan", "kenapa nggak ...?", "bukannya lebih gampang ...?"; Franco-Arab "2olt lo yekteb ...", "asked him yeb3atly ...", "msh kan el a7san ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\nLena = permit office lead\n\n--\nE: night shift still signs off isolations in bulk\nme: stop the bulk sign-offs, one by one even if it\'s slow\nE: fair\n--\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Pinch points on tag lines, you never know where your hand ends up', 'Things I raised'), []);
    assert.deepStrictEqual(q('- I believe her. Float pool sent us 0 CNAs for 9 of 14 days'), []);
    assert.deepStrictEqual(note('# Lena\n\nNotes\n- busy week\n\nR — for Lena\n- make sure every bedbound pt has a turn clock posted in the room\n'), ['make-sure']);
    assert.deepStrictEqual(note('# Lena\n\nNotes\n- busy week\n\nR — for Priya\n- make sure every bedbound pt has a turn clock posted in the room\n'), []);
    assert.deepStrictEqual(q('- Sa til henne at she should bring a written proposal with the coverage plan to our next 1:1'), ['reported-telling']);
    assert.deepStrictEqual(q('- sa til henne at det var bra jobba'), []);
    assert.deepStrictEqual(q('- Then I said to her that from now on she calls me directly if anyone pressures her to sign early'), ['reported-telling']);
    assert.deepStrictEqual(q('- I said to her that it went well'), []);
    assert.deepStrictEqual(q('- Le dije que use el macro de reembolso en vez de escalar'), ['reported-telling']);
    assert.deepStrictEqual(q('- Le dije que está bien'), []);
    assert.deepStrictEqual(q('- Tienes que avisarme por WhatsApp antes de las 7:45 si vas a llegar tarde'), ['reported-telling']);
    assert.deepStrictEqual(q('- en el sig 1:1 decirle que deje de tomar llamadas después de su hora de salida'), ['reported-telling']);
    assert.deepStrictEqual(q('me: ya no les ofrezcas callback a todos, nomás cuando el sistema se cae'), ['reported-telling']);
    assert.deepStrictEqual(q('- ¿Por qué no sales media hora antes de tu casa y ya?'), ['leading-question']);
    assert.deepStrictEqual(q('- ¿Por qué no puedes venir?'), []);
    assert.deepStrictEqual(q('2.4 Instructed staff to remove her preparer sign-off from E-4 until vouching is complete.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Sudah aku suruh dia sync sama Bagus soal certificate pinning sebelum Kamis'), ['reported-telling']);
    assert.deepStrictEqual(q('- dia minta cuti minggu depan'), []);
    assert.deepStrictEqual(q('- udah bilang ke dia: jangan merge ke release branch tanpa sign-off QA'), ['reported-telling']);
    assert.deepStrictEqual(q('- bilang ke dia dia harus pair with Dewi dulu for the biometric refactor'), ['reported-telling']);
    assert.deepStrictEqual(q('- bilang ke dia the QRIS handling was solid'), []);
    assert.deepStrictEqual(q('- Lena, tolong update consent screen copy sesuai draft legal before Friday ya'), ['reported-telling']);
    assert.deepStrictEqual(q('me: jangan lembur terus ya, pulang jam 7 max minggu ini'), ['reported-telling']);
    assert.deepStrictEqual(q('me: jangan khawatir soal review'), []);
    assert.deepStrictEqual(q('- kenapa belum di-escalate ke aku dari minggu lalu?'), ['leading-question']);
    assert.deepStrictEqual(q('- aku tanya: bukannya lebih gampang kalau fix leak-nya aja dulu tanpa rewrite?'), ['leading-question']);
    assert.deepStrictEqual(q('- 2olt lo yekteb el RCA draft w yeb3atholy before Thursday'), ['reported-telling']);
    assert.deepStrictEqual(q('- 2oltelha the committee wants impact examples'), []);
    assert.deepStrictEqual(q('- asked him yeb3atly el session logs men CR-02 by bokra noon'), ['reported-telling']);
    assert.deepStrictEqual(q('- asked him: msh kan el a7san you page me awel ma el alarm tele3 instead of waiting 30 min?'), ['leading-question']);
  });

  it('fresh217/218\'s principles: "why in God\'s name ...?", "what the hell made him think ...?", "asked whether, with hindsight, it might have been better to ..."; said to them, "you\'re going to ... for the rest of Jan" and "you call me the second anything gaps"; "told him no naked short calls ... thru earnings"; "told him August is fine but to get it on the calendar by Fri"; after a comma, the verb goes on with someone named who acted ("Risk (Dana) already pinged him Fri, told him to ..."); "template reminder to self:" is the manager\'s own; "never near the limit" is a state', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Asked her: why in God\'s name was there only one on the door with two stags in?'), ['leading-question']);
    assert.deepStrictEqual(q('- asked her what the hell made her think a guide raise was priced in?'), ['leading-question']);
    assert.deepStrictEqual(q('- What made you think of that?'), []);
    assert.deepStrictEqual(q('- I asked whether, with hindsight, it might have been better to test the estimates with Treasury first.'), ['leading-question']);
    assert.deepStrictEqual(q('- me: you\'re going to size down to half your normal gross for the rest of Jan', 'What I said'), ['imperative']);
    // (The order to call them when it happens is you-modal's, as "if the bar gets slammed again you come and get me"; it was the imperative rule's till 3 Dec.)
    assert.deepStrictEqual(q('- me: you call me the second anything gaps >5% against you. not after.', 'What I said'), ['you-modal']);
    assert.deepStrictEqual(q('- me: you\'ll be fine', 'What I said'), []);
    assert.deepStrictEqual(q('- told her no naked short calls in single names thru earnings. period.'), ['reported-telling']);
    assert.deepStrictEqual(q('- told her no one was hurt until the end'), []);
    assert.deepStrictEqual(q('- told her August is fine but to get it on the desk calendar by Fri'), ['reported-telling']);
    assert.deepStrictEqual(q('- Risk (Dana) already pinged her Fri, told her to flatten half by 10:30. she did it by 11:15'), []);
    assert.deepStrictEqual(q('- She missed it again, told her to fix it by Friday.'), ['reported-telling']);
    assert.deepStrictEqual(note('# 1:1 Lena\n_template reminder to self: Wins / Worries / Asks / Next - fill in Wins before you sit down, be sure to end on something good_\n'), []);
    assert.deepStrictEqual(q('- VaR ~$1.2 of 2mm. never near the limit, never has been'), []);
    assert.deepStrictEqual(q('- never open prod without a ticket', 'My talking points'), ['negative-imperative']);
  });

  it('among the talking points, "you" and a verb in the present is what they are to do ("You take the lead on the migration", "You run the retro next week"), not a state, praise or a verb that may be its past', () => {
    const q = (line: string) => underHeading(line, 'My talking points');
    assert.deepStrictEqual(q('- You take the lead on the migration.'), ['imperative']);
    assert.deepStrictEqual(q('- You run the retro next week.'), ['imperative']);
    assert.deepStrictEqual(q('- You take the calls of your dormant clients first, before the new ones.'), ['imperative']);
    assert.deepStrictEqual(q('- You do a great job with the retro.'), []);
    assert.deepStrictEqual(q('- You handle escalations really well.'), []);
    assert.deepStrictEqual(q('- You lead by example.'), []);
    assert.deepStrictEqual(q('- You have a lot on your plate.'), []);
    assert.deepStrictEqual(q('- You put a lot into the launch.'), []);
    assert.deepStrictEqual(underHeading('- You take the lead on the migration.'), []);
  });

  it('a note its writer kept of a meeting with their own manager, mentor or supervisor is theirs to be told in: "1:1 with my manager", "# Mentor Session 02 Agenda", "# Supervisor Meeting - 12/03/24" (not "Supervisor meeting with Lena", a supervisor\'s own)', () => {
    assert.deepStrictEqual(note('# Mentor Session 02 Agenda\n\n#### Think of topics for project\n- Avoid the use to easily procured data sets\n- Find a topic that requires web scraping\n'), []);
    assert.deepStrictEqual(note('# Supervisor Meeting - 12/03/24\n\n## Next steps\n- Don\'t spend more time on the UI, focus on the evaluation.\n'), []);
    assert.deepStrictEqual(note('# Weekly 1:1 with my manager\n\n- Stop taking on side projects until the migration ships.\n'), []);
    assert.deepStrictEqual(note('# Supervisor meeting with Lena\n\n## Said\n- Don\'t spend more time on the UI, focus on the evaluation.\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Mentoring session: Lena Vogt\n\n## Said\n- Don\'t spend more time on the UI, focus on the evaluation.\n'), ['negative-imperative']);
  });

  it('fresh219/220\'s principles: "young" is no "you" (a note that speaks of "his young huntaway" does not write to itself as "you"); ", no more excuses" closes it; "Told him straight: GM wants to see him run a peak week without me." is news', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena — yarn\n\nDogs\n- her young huntaway (Boss) is all bark. Hard case of a dog\n\nH&S\n- Lena always wears hers. Good role model for the young fullas\n- You gotta sign the hazard board before you head up the back country on your own, mate, every time.\n'), ['you-modal']);
    assert.deepStrictEqual(q('- Get those two assignments in by the end of the month mate, no more excuses.'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Told her straight: GM wants to see her run a peak week without me.'), []);
    assert.deepStrictEqual(q('- Told her: everyone logs their hours daily.'), ['reported-telling']);
  });

  it('fresh221/222\'s principles: "I made it clear to Hannah that she handled it correctly" is reassurance (a demand, an expectation or a rule after "that" stays told); a label of a template\'s text ("From the enablement template:") heads its words; "Me: pull MDC cam footage ...", "Me: loop in Jen ..." are the manager\'s errands; "Why is the IEP meeting not on your calendar when Jen sent the invite 3 weeks ago?"; "Isn\'t May exactly when they need the challenge, though?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I made it clear to Lena that she handled it correctly and there is nothing for her to answer.'), []);
    assert.deepStrictEqual(q('- Made it clear to her that lateness stops now.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I made it clear to her.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nFrom the enablement template:\n- Use this template before each 1:1: wins, pipeline, blockers, growth.\n- Make sure you update SFDC next steps after every call.\n'), []);
    assert.deepStrictEqual(q('- Me: pull MDC cam footage before it overwrites (72 hrs?)\n- Me: loop in Jen + Mrs. Pfeiffer (counselor) on the 504 piece'), []);
    assert.deepStrictEqual(q('- Me: pull your weight on the rota'), ['imperative']);
    assert.deepStrictEqual(q('- Why is the IEP meeting not on your calendar when Jen sent the invite 3 weeks ago?'), ['leading-question']);
    assert.deepStrictEqual(q('- Isn\'t May exactly when they need the challenge, though?'), ['leading-question']);
  });

  it('fresh223/224\'s principles: "Going forward please copy me ..."; a day and its time of day ("Wed arvo") is no verb; "Abby, the letters have to go out this week"; "Why is the log blank if you\'re in there 55 hrs a week?"; "I said then train her"; a quotation the manager answers after a dash is theirs; "-- no, coaching only" is an answer; "you do need to"; "every single shift"; "Friday latest"; "Any change outside the window -- you STOP"; "you draft the letter and I\'ll sign it"; "Your lock goes on first. Every time."; "Tell her next time there\'s a flood she writes ... herself"; "— next time you ask me before touching it, always"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Going forward please copy me on anything you send to Carlson — their program officer is an old friend of our ED'), ['imperative']);
    assert.deepStrictEqual(note('Lena — Fitzroy — Wed arvo catch up\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(q('- Lena, the thank-you letters have to go out this week, no more slipping'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Why is the log blank if you\'re in there 55 hrs a week?'), ['leading-question']);
    assert.deepStrictEqual(q('- she said she doesn\'t trust him on the machine yet. I said then train him, that\'s the job'), ['reported-telling']);
    assert.deepStrictEqual(q('- I said so be it.'), []);
    assert.deepStrictEqual(q('- said "you should let me run the kaltwasser call on friday" — ok. yes. good.'), []);
    assert.deepStrictEqual(q('- Asked: "is it gonna be on my record?" -- no, coaching only. She seemed relieved.'), []);
    assert.deepStrictEqual(q('- In the meantime you do need to apply it, Lena — otherwise the kids just learn it\'s optional in maths.'), ['you-modal']);
    assert.deepStrictEqual(q('- You own every bypass on your board, Lena -- if it\'s on at shift change, it\'s in your turnover, every single shift.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, you draft the letter and I\'ll sign it — Friday latest please.'), ['imperative']);
    assert.deepStrictEqual(q('- Any change outside the IOW window -- you STOP and you call the shift supt. That\'s me.'), ['imperative']);
    assert.deepStrictEqual(q('- YOUR LOCK GOES ON FIRST. EVERY TIME. NO EXCEPTIONS.'), ['imperative']);
    assert.deepStrictEqual(q('- Your work looks great. Every time.'), []);
    assert.deepStrictEqual(q('- Tell her next time there\'s a flood she writes the timeline herself while it\'s fresh, not the day after.'), ['reported-telling']);
    assert.deepStrictEqual(q('- copy is the client\'s, lena — next time you ask me before touching it, always.'), ['imperative']);
  });

  it('fresh225/226\'s principles: a line opened by "you\'ve" starts a sentence in lines typed one thought each; "Me: chart at the bedside ... before you pull out"; a pasted form between "--- pasted ... ---" and "--- end ---" is the form\'s; "Things I\'m doing" is the manager\'s own list; "me: pull those two off the floor" is an order; "Show me the lead numbers first, Ray."; their "can I ...? — Talk to Ray about it." is the manager\'s reply, and "can you ...? — yes, talk to Coach Lyle" the manager\'s errand', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('AHT still the big one. listened back to 3 calls with her\nshe said "I\'d rather be safe tho" which fair play, but it\'s costing her a minute a call\nyou\'ve got the knowledge, you just need to trust it butt\nadherence - late back from breaks 4 times.'), ['you-modal']);
    assert.deepStrictEqual(q('Me: chart at the bedside or in the driveway before you pull out.'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n--- pasted coaching form (CF-2) ---\nAgreed actions: Lena to add a note on every call\nPlease complete all sections before sending to the agent.\n--- end ---\n\nyou need to be putting notes on every call, even the quick ones\n'), ['you-modal']);
    assert.deepStrictEqual(q('- Forward the NYU approval to HR today, not next week.', 'Things I\'m doing'), []);
    assert.deepStrictEqual(q('- me: pull those two off the floor Thursday for product training. no exceptions.'), ['imperative']);
    assert.deepStrictEqual(q('- BDC hire? Maybe. Show me the lead numbers first, Lena.'), ['imperative']);
    assert.deepStrictEqual(q('- Show me how you would approach it.'), []);
    assert.deepStrictEqual(q('- Lena: can I get the Saturday closer spot too? — Talk to Ray about it. It\'s Ray\'s schedule.', 'Her asks'), ['imperative']);
    assert.deepStrictEqual(q('- Lena: can you get the scout D to show more bear front? — yes, talk to Coach Lyle', 'Her asks'), []);
  });

  it('French "tu" in the present with its order of things settled ("Tu prends les appels ... en priorité, avant les nouveaux", "Pour M. Tanaka, tu lui proposes ... avant qu\'on la montre ...") and its English twin ("You take the calls ... first, before the new ones") are put to them', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Tu prends les appels de tes 40 clients dormants en priorité, avant les nouveaux.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Pour M. Tanaka, tu lui proposes la pièce en autruche avant qu\'on la montre à d\'autres clients.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tu es en retard avant les réunions.'), []);
    assert.deepStrictEqual(q('- You take the calls of your dormant clients first, before the new ones.'), ['imperative']);
    assert.deepStrictEqual(q('- You take the calls first.'), []);
  });

  it('fresh227/228\'s principles: a form\'s "Instructions:" to the supervisor is the form\'s; "told him summat\'s got to give" is a saying; "Did you read the side letter before you asked ...?"; "why\'ve you let them ...?"; "how many times has Wade got to tell you before you listen?"; ", every morning" closes an instruction; "Wade Eaton - sit down" is a title', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('---\nform: Supervisory Check-In Record (PSU-07)\n---\nInstructions: Complete within five (5) business days of the meeting. Retain a copy in the supervisor drop file.\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nInstructions: send me the draft by Friday.\n'), ['deadline-demand']);
    assert.deepStrictEqual(q('- told her summat\'s got to give, we can\'t keep running two hours behind. (she agreed)'), []);
    assert.deepStrictEqual(q('- Did you read the side letter before you asked for four days?'), ['leading-question']);
    assert.deepStrictEqual(q('- why\'ve you let them get to 8 high when the sign\'s right there?'), ['leading-question']);
    assert.deepStrictEqual(q('- how many times has Wade got to tell you before you listen?'), ['leading-question']);
    assert.deepStrictEqual(q('- get the Morrisons inbound tipped before owt else, first thing, every morning'), ['imperative']);
    assert.deepStrictEqual(note('Lena Vogt - sit down\n\n## Notes\n- fine\n'), []);
  });

  it('fresh230\'s principles: "to me" after a longer object ("Send every incident form to me before it goes in the parent pocket"); "cc me" asks something of them; under their own section, what to do closed to discussion is the manager\'s ("Take the Friday after opening off, non-negotiable."); "Why did you deploy the rebuild on a Saturday with nobody else on?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Send every incident form to me before it goes in the parent pocket.'), ['imperative']);
    assert.deepStrictEqual(q('- Write back to the parents today, cc me.'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Her\n- Tired. Second show back to back.\n- Take the Friday after opening off, non-negotiable.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Her\n- Take the Friday after opening off, she says.\n'), []);
    assert.deepStrictEqual(q('- _Why did you deploy the rebuild on a Saturday with nobody else on?_'), ['leading-question']);
  });

  it('fresh229\'s principles: "me: escalate anything with "renew" in the ticket the same day" is a rule said, not an errand; "why is this the first I\'m hearing about brightwell?"; "shouldn\'t X have been your cue to ...?"; "champion loves us" is a noun and its verb', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- me: escalate anything with "renew" in the ticket the same day, don\'t wait on support'), ['imperative']);
    assert.deepStrictEqual(q('- Me: escalate licence ticket with IT'), []);
    assert.deepStrictEqual(q('- why is this the first I\'m hearing about brightwell?'), ['leading-question']);
    assert.deepStrictEqual(q('- shouldn\'t their champion leaving in feb have been your cue to get a call on the books?'), ['leading-question']);
    assert.deepStrictEqual(q('- lindenfield is 🟢, champion loves us, low stakes for a first one', 'My talking points'), []);
  });

  it('fresh231/232\'s principles: another language\'s please closing an instruction ("..., bitte."); "Have u thought abt just ...?"; a lapse ruled out at the end (", no carryover"); a German template label ("_Vorlage: ..._"); "..., and you sign off on it personally."; Tagalog "Kailangan mong ...", "Pinaalalahanan ko siya na ...", "Sinabi ko na rin sa kanya na ..."; European Portuguese "Tens de ...", "Não podes ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Write the handover notes into the TMS, not on Post-its, bitte.'), ['imperative']);
    assert.deepStrictEqual(q('- Write the handover notes into the TMS, not on Post-its.'), []);
    assert.deepStrictEqual(q('- Have u thought abt just moving Marcus to the $10 game where pace matters less?'), ['leading-question']);
    assert.deepStrictEqual(q('- Get the W-2Gs to the cage w/in the shift, no carryover.'), ['imperative']);
    assert.deepStrictEqual(q('- chase the vendor on the refund, no rush'), []);
    assert.deepStrictEqual(note('# Lena\n\n_Vorlage: Bitte vor jedem Gespräch ausfüllen. Be sure to check your Berichtsheft entries for accuracy._\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(q('- Guards go back on before any function test, and you sign off on it personally.'), ['imperative']);
    assert.deepStrictEqual(q('- Guards were off, and you signed off on it yourself.'), []);
    assert.deepStrictEqual(q('- You take care of yourself.'), []);
    assert.deepStrictEqual(q('- Guards go back on before any function test, and you sign off on it yourself.'), ['imperative']);
    assert.deepStrictEqual(q('Kailangan mong mag-submit ng at least 3 coaching logs before the March panel.'), ['reported-telling']);
    assert.deepStrictEqual(q('Pinaalalahanan ko siya na mag-chat sa GC bago mag-start ng shift.'), ['reported-telling']);
    assert.deepStrictEqual(q('Sinabi ko na rin sa kanya na mag-raise agad ng kamay sa floor pag stuck siya.'), ['reported-telling']);
    assert.deepStrictEqual(q('Sinabi ko sa kanya na sa next huddle, simulan muna sa wins bago sa reminders.'), ['reported-telling']);
    assert.deepStrictEqual(q('Sinabi ko sa kanya na okay lang ang numbers.'), []);
    assert.deepStrictEqual(q('- Tens de fechar a questão do rounding esta semana.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Não podes fazer force-push em branches partilhadas, ponto final.'), ['reported-telling']);
    assert.deepStrictEqual(q('- tens of tickets closed this week'), []);
  });

  it('fresh234\'s principles: "I ought to tell him he must ..."; "Before the defrost I must tell her she needs to ..." (a phrase of when first); "asked whether she\'d not thought of just ..."; "why are you doing two passes ... when one is enough"; "wouldnt" opens a clause in lines typed without punctuation', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('Next time I ought to tell him he must book at least a week of it before the end of March.'), ['reported-telling']);
    assert.deepStrictEqual(q('Before the defrost on 9 February I must tell her she needs to move her samples out of the shared -80.'), ['reported-telling']);
    assert.deepStrictEqual(q('Before the defrost on 9 February she said she must tell Raj he needs to move his samples.'), []);
    assert.deepStrictEqual(q('On the confocal, I asked whether she\'d not thought of just booking it during the day like everyone else.'), ['leading-question']);
    assert.deepStrictEqual(q('why are you doing two passes at the blue line when one is enough'), ['leading-question']);
    assert.deepStrictEqual(q('why are you doing two passes at the blue line'), []);
    assert.deepStrictEqual(note('# Lena\n\nplant\ncompressor 2 running hot again\nshould last the season she thinks\nwouldnt it be easier to just get the contractor in now before it dies\nshe says the quote was 11k\n'), ['leading-question']);
  });

  it('fresh233\'s principles: a quotation closed by "I told him" is the manager\'s; "I also said, <an aside>, "Next time, ..."" ; "Would it really have been that hard to cc me?"; "Get IT to add me ..." is the manager getting someone else to act; "asked why X didn\'t go ... if it was ready"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('"You need to be at the Five Spot Thursday and the Basement Monday," I told him, both nights with Wes.'), ['you-modal']);
    assert.deepStrictEqual(q('"You need to be at the Five Spot Thursday," Wes told him.'), []);
    assert.deepStrictEqual(q('I also said, and I\'m writing it down so I remember saying it, "Next time, come to me before you take it upstairs."'), ['imperative']);
    assert.deepStrictEqual(q('I said, "Next time, send me the draft."'), ['imperative']);
    assert.deepStrictEqual(q('Rhonda told him, "Next time, come to me before you take it upstairs."'), []);
    assert.deepStrictEqual(q('Maybe. I asked him, "Would it really have been that hard to cc me?"'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nMy list after this one:\nCall Dax\'s manager back, apologize.\nGet IT to add me and Wes to the dashboard alerts.\n'), []);
    assert.deepStrictEqual(q('Get Lena to add me to the dashboard alerts.'), ['reported-telling']);
    assert.deepStrictEqual(q('Disc: Asked why ICD rev C didn\'t go to NIWC before SIL 4 if it was ready in Dec.'), ['leading-question']);
    assert.deepStrictEqual(q('Asked why ICD rev C didn\'t go to NIWC before SIL 4.'), []);
  });

  it('typed as said: "you hafta ...", "ur gonna own the handover from now on"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- you hafta send me the numbers by fri'), ['you-modal']);
    // (A role handed out, typed on a phone: assign-role's since 3 Dec, the imperative rule's before.)
    assert.deepStrictEqual(q('- ur gonna own the handover from now on'), ['assign-role']);
    assert.deepStrictEqual(q('- ur going to love the new office'), []);
  });

  it('telling reported in other words: "asked that she copies me on ..."; "Let her know she has to ..."; "I\'ve given him until Friday to ..."; "Laid down the law on code reviews"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I asked that she copies me on all vendor emails.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Let her know she has to be at the offsite.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I let him know that he must log every call.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Let her know the offsite has moved.'), []);
    assert.deepStrictEqual(q('- Priya let him know he has to re-run the tests.'), []);
    assert.deepStrictEqual(q('- I\'ve given him until Friday to sort the rota.'), ['reported-telling']);
    assert.deepStrictEqual(q('- He\'s given me until Friday to sort the rota.'), []);
    assert.deepStrictEqual(q('- Laid down the law on code reviews: two approvals, every PR.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Priya laid down the law with the contractors.'), []);
  });

  it('fresh235\'s principles: a document\'s notice ("CONFIDENTIAL: ... Do not forward", "_Shared doc. Add your topics ..._"); "Counseled Ms. X to ..."; "tell Mr. X he needs to ..."; "brittany you cant leave a panel open ... ever"; dictated "dwayne stop carrying ..." by name; a noun-first topic then its clause ("heat shes ok ...") is no order', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('MEMORANDUM TO FILE\nCONFIDENTIAL: PERSONNEL. Do not forward or copy without HR approval.\n\nMet with Ms. Vogt.\n'), []);
    assert.deepStrictEqual(note('# Lena / Hannah: 1:1 running doc\n_Shared doc. Add your topics any time before we meet. Newest date at the top._\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(q('Counseled Ms. Vogt to enter her time daily rather than reconstructing it at month end.'), ['reported-telling']);
    assert.deepStrictEqual(q('For the April meeting: tell Ms. Vogt she needs to close out her March time before the billing cutoff.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nshe said the inspector was fine\nlena you cant leave a panel open overnight at a customers house ever\nshe said dave was coming back\n'), ['you-modal']);
    assert.deepStrictEqual(note('# Lena\n\ntold her the bonus is safe\nlena stop carrying two panels at a time up the ladder I dont care how fast it is\nasked about july\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\ntold her the bonus is safe\ntyler never stop by the trailer\nasked about july\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nheat shes ok she said the attic runs are the worst part you just cant stay up there more than twenty minutes\n'), []);
  });

  it('fresh237/238\'s principles: Spanglish "tienes que ..."; "Why are you signing off rooms you didn\'t walk into?"; "Please do the needful ..." under the next meeting; "EVERY one." / "Every temp." / "Not after." after an instruction; a form\'s guidance of itself and the person by role; "told Mr X that any disagreement with ... must be raised ..."; "Make a nice change." is no order', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Mija, tienes que call me directly when a guest accuses you, not wait until the next day.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tienes que do the bathroom check yourself on the new rooms.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Why are you signing off rooms you didn\'t walk into, mija?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why are you worried about rooms you didn\'t clean?'), []);
    assert.deepStrictEqual(note('# Lena\n\n**Next 1:1**\n- 26-Jan, same time. Please do the needful on the ageing report before that.\n'), ['imperative']);
    assert.deepStrictEqual(q('- Taste every sauce before it goes in the window. EVERY one.'), ['imperative']);
    assert.deepStrictEqual(q('- Taste every sauce before it goes in the window.'), []);
    assert.deepStrictEqual(q('- Walk the floor. Every shift.'), []);
    assert.deepStrictEqual(q('- YOU call the 86 the second the last portion drops. Not after.'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nCrew member: Lena Vogt\n\n## Agreed actions\n- fine\n\nPlease ensure the crew member has read this record before signing.\n'), []);
    assert.deepStrictEqual(q('2.7 I told Ms Vogt that any disagreement with a purser\'s instruction must be raised after landing, never in the cabin.'), ['reported-telling']);
    assert.deepStrictEqual(q('* Sounds like a great idea to spend some time in your office. Make a nice change.'), []);
  });

  it('fresh239/240\'s principles: "told her the studio wants ... now, no exceptions" passes on someone else\'s rule; "spring DPS inspections" is a season; "I told her plain that she is never to ..."; "I told her next time to ..."; "asked him why in the world he didn\'t ..."; a lower-case name and its comma, then the order', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- told her the studio wants burned-in watermarks on ALL screeners now, no exceptions'), []);
    assert.deepStrictEqual(q('- told her watermarks go on ALL screeners now, no exceptions'), ['reported-telling']);
    assert.deepStrictEqual(q('- spring DPS inspections', 'My talking points'), []);
    assert.deepStrictEqual(q('- fall back on the old rota if the new one fails', 'My talking points'), ['imperative']);
    assert.deepStrictEqual(q('I told her plain that she is never to leave the driver\'s seat on a highway shoulder, not for any reason.'), ['reported-telling']);
    assert.deepStrictEqual(q('I told her next time to pull into the first safe lot and call me on the radio.'), ['reported-telling']);
    assert.deepStrictEqual(q('She told me next time to bring the forms.'), []);
    assert.deepStrictEqual(q('I asked him why in the world he didn\'t call it in to dispatch when he first noticed it.'), ['leading-question']);
    assert.deepStrictEqual(q('- lena, send the reel by fri'), ['imperative']);
    assert.deepStrictEqual(q('- mei, the new hire, is ready'), []);
  });

  it('fresh241/242\'s principles: a template\'s or a record\'s own note on its line ("Template note: ... Do not include ...", "_Template: fill in ..._", "Note: Informal record ... Do not file ..."); "Coaching points" heads what the manager coached; "Ask me before you accept ..." is a rule, no invitation; "i asked wouldn\'t it have been easier to just ...?"; "Ela:" speaks; "Já pensou em simplesmente ...?"; a record\'s "Employee:" and "Supervisor:" fields name them by role; "Tell him the schedule is due to me by ..."; "Consult L. Park (ER) before ..." is the manager\'s own', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# 1:1 · Lena Vogt\nTue Jan 13 2026 · 30 min\n_Template: fill in the Next column before you close the doc._\n\n## Notes\n- fine\n'), []);
    assert.deepStrictEqual(note('1:1 Record - QA Operations\nAttendees: S. Walsh (QA Ops Manager), L. Vogt (QA Specialist II)\nNote: Informal record, not a GMP document. Do not file in the QMS.\n\n1. Open deviations\n'), []);
    assert.deepStrictEqual(note('MEMORANDUM FOR RECORD\nEmployee: Lena Vogt, IT Specialist\nTemplate note: Record only facts and agreed actions. Do not include medical information.\n\nDiscussed:\n1. fine\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nCoaching points\n- Keep QA council updated early, not just at approval stage.\n- Raising DEV-26-0019 was the right call. Said so.\n'), ['imperative']);
    assert.deepStrictEqual(q('- Ask me before you accept any verbal instruction from production on documentation.'), ['imperative']);
    assert.deepStrictEqual(q('- Ask me anytime, happy to help.'), []);
    assert.deepStrictEqual(q('- i asked wouldn\'t it have been easier to just lock the thread for the night?'), ['leading-question']);
    assert.deepStrictEqual(q('- Ela: can you get us budget for Grafana Enterprise before Q2?'), []);
    assert.deepStrictEqual(q('- Já pensou em simplesmente tirar os testes de UI do pipeline de PR?'), ['leading-question']);
    assert.deepStrictEqual(note('SUPERVISORY 1:1\nEmployee: Lena Vogt, IT Specialist\nSupervisor: Patricia L. Whitfield, Chief\n\nEmployee stated:\n- Requested that supervisor approve the SF-182 before the end of Q3.\n\nGuidance provided:\n- Directed employee to validate WebTA by COB each Tuesday going forward.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nTalking points:\n- Tell her the revised cutover schedule is due to me by 07/10, no extensions.\n- Consult K. Park (ER) before any written counseling.\n'), ['reported-telling']);
  });

  it('fresh243/244\'s principles: an outline\'s speaker markers in brackets ("1.3 [me] why didn\'t you ...?", "[them]"); a line at the margin after an indented item, opening a new sentence after one that ended, is its own point; Québec French "Faut que tu ..."; "You get me the draft by 4/13, no later."; the manager\'s initials over what they will do with the person in the third person', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena Vogt — 1:1\n\n1. Incident recap\n1.1 [them] backfill job OOM\'d, retries masked it\n1.3 [me] why didn\'t you check the dashboards Monday morning like the runbook says?\n1.6 [me] write the postmortem yourself, I\'ll review, don\'t wait for Jonas\n1.7 [them] can we use the blameless format?\n'), ['leading-question', 'imperative']);
    assert.deepStrictEqual(note('# Lena\n\nNotes:\nExpectations (in writing by 3/6):\n  - pending under 130 by 4/30\n  - reserves reviewed at every 30-day diary\nWrite up the expectations, Lakshmi reviews before it goes to her.\nStop taking new assignments from the desk when you\'re over 150, send them back to me.\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Faut que tu re-run the gust cases with the rev F loads before Thursday\'s review.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Case\n- Next steps:\n  - LV: refile mot. to supp. by 4/15.\n  - You get me the draft by 4/13, no later.\n  - DW: sit with her Thurs. after listings and set up her calendar view.\n'), ['imperative']);
  });

  it('fresh245/246\'s principles: "you" and a verb in the present with their name set off at the end; "Why did you think a public channel was the place for that?"; "Told him reopen rate is a pod metric" is news; "Me: you CANNOT send anything ... without a page-turn w/ me. Ever."; "Them → ..." speaks', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('You leave the phone in the cabin when you\'re working at height, Lena.'), ['imperative']);
    assert.deepStrictEqual(q('You leave the phone in the cabin when you\'re working at height.'), []);
    assert.deepStrictEqual(q('Why did you think a public channel was the place for that?'), ['leading-question']);
    assert.deepStrictEqual(q('- Told him reopen rate is a pod metric, so it hits Brynn and Kolby too'), []);
    assert.deepStrictEqual(q('- Me: you CANNOT send anything to a client without a page-turn w/ me. Ever.'), ['you-modal']);
    assert.deepStrictEqual(q('- you can\'t make an omelette without breaking eggs'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Notes\n- Me → what would you need?\n- Them → you should push back on the 99.99 ask, we can\'t staff it\n'), []);
  });

  it('"cc" is a verb: "Going forward cc me on any file with a DOI complaint, same day."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('Going forward cc me on any file with a DOI complaint, same day.'), ['imperative']);
    assert.deepStrictEqual(q('- cc line was wrong on the invoice'), []);
  });

  it('fresh247/248\'s principles: Swedish told, asked, to be told and put to them; Polish "musisz", "kazałam mu", "poprosiłam ją o ... do środy" and a second person\'s imperative; "Proszę, ..."; "Lazima you ..."; "Tell him must ..."; "My response: “...”"; a one-word field naming the person met is their role', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- sa åt honom att skriva postmortem för settlement-timeouten före fredag'), ['reported-telling']);
    assert.deepStrictEqual(q('- sa till henne att hon ska ta "pending"-fixen själv'), ['reported-telling']);
    assert.deepStrictEqual(q('- bad honom att godkänna #4812 idag'), ['reported-telling']);
    assert.deepStrictEqual(q('- nästa gång: säg till honom att han måste ta ledger-migreringen'), ['reported-telling']);
    assert.deepStrictEqual(q('- du måste ändå dela upp #4812 i två pr'), ['reported-telling']);
    assert.deepStrictEqual(q('- se till att du skriver ner det i pr:en'), ['reported-telling']);
    assert.deepStrictEqual(q('- varför har du inte bara lagt till testerna, det är ju en halvtimme?'), ['leading-question']);
    // News told, going on holiday, someone else speaking, and the manager's own "se till att" are no telling.
    assert.deepStrictEqual(q('- sa till henne att budgeten är stängd'), []);
    assert.deepStrictEqual(q('- du ska på semester i juli, fine'), []);
    assert.deepStrictEqual(q('- petra: du måste få ner sev2-incidenterna i q2', 'Notes', 'Petra Sandström'), []);
    assert.deepStrictEqual(q('- se till att oskar får parprogrammering nästa sprint'), []);
    assert.deepStrictEqual(q('- Musisz oddelegować review propsów seniorom'), ['reported-telling']);
    assert.deepStrictEqual(q('- Kazałam mu wyciąć smoke testy z nightly'), ['reported-telling']);
    assert.deepStrictEqual(q('- Poprosiłam ją o listę assetów do wycięcia do środy'), ['reported-telling']);
    assert.deepStrictEqual(q('- Zrób najpierw lighting pass, foliage może poczekać'), ['reported-telling']);
    assert.deepStrictEqual(q('- Proszę, zapisz się na kurs do końca miesiąca'), ['reported-telling']);
    // The writer's own tasks in the infinitive, and an imperative among the action items, stay clean; so does "masz pomoc".
    assert.deepStrictEqual(q('- sprawdzić budżet na kurs z HR'), []);
    assert.deepStrictEqual(q('- Zrób przegląd budżetu z HR', 'Action items'), []);
    assert.deepStrictEqual(q('- masz pomoc od Marty w czwartek'), []);
    assert.deepStrictEqual(q('- Lazima you reconcile the beneficiary numbers with the tracker this time'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tell him must close the dishwash area gap before re-inspection', 'Talking points'), ['reported-telling']);
    assert.deepStrictEqual(q('- Tell him must-haves are in the doc', 'Talking points'), []);
    assert.deepStrictEqual(q('- My response: "Don\'t you think that 2nd check is exactly what keeps us out of trouble?"'), ['leading-question']);
    assert.deepStrictEqual(note('# Coaching 1:1 - Lena Vogt\n**Agent:** Lena Vogt | **Supervisor:** Renee Carter | **Date:** 2026-03-05\n\n## Coaching given:\n- Instructed agent to use aux 2 only with my OK.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Coaching 1:1 - Lena Vogt\n**Agent:** Lena Vogt | **Supervisor:** Renee Carter | **Date:** 2026-03-05\n\n## Notes\n- Instructed the new vendor to send invoices monthly.\n'), []);
  });

  it('a meeting doc\'s field with its guidance in brackets is the doc\'s, not telling: "Attendees (please add yourself to this list ...)"', () => {
    assert.deepStrictEqual(note('# Meeting- July 12, 2021\n\nAttendees (please add yourself to this list and tell us one good thing going on in your life recently)\n\n- Lena Vogt\n\n## Notes\n- Project update\n'), []);
    assert.deepStrictEqual(note('# 1:1 Lena\n\nLena (please add the notes to the doc before Friday)\n'), ['deadline-demand']);
  });

  it('a question reported inverted, of the one asked, is read as reported: "I asked her did she really think ...?" is leading, "I asked her did she get the invite" is not', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I asked her did she really think forty questions a night was going to go down well with the parents'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked her did she get the invite'), []);
  });

  it('fresh249/250\'s principles: a log\'s four-digit time is no word of its line; initials that answer the person met\'s after a time are the manager\'s; "nobody goes on deck without orientation" said; "Told him Ray lost ..." is news; Vietnamese and Turkish telling; a half written up about them with the subject dropped', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('0743  Don\'t you think you should just call on the sat phone if VHF is out?'), ['leading-question']);
    assert.deepStrictEqual(note('1:1 / Lena Vogt, deckhand lead\n2026-05-19 / DH / gear shed\n\n0808  LV: the kid never had the talk.\n0812  DH: nobody goes on deck without orientation.\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Me: nobody knew until friday.'), []);
    assert.deepStrictEqual(q('- Told him Ray lost 2 hrs icing last week, so he knows it is hurting.'), []);
    assert.deepStrictEqual(q('- Told him stop carrying the logs.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Chị đã bảo em từ giờ mọi PR phải có ít nhất 1 approve, kể cả hotfix.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Nói em ấy phải update Jira cuối mỗi ngày', 'Talking points'), ['reported-telling']);
    assert.deepStrictEqual(q('- Em phải tự chạy unit test ở local trước khi push.'), ['reported-telling']);
    assert.deepStrictEqual(q('- OK, thứ Sáu em WFH, em báo team trên Slack trước 9h nhé'), ['reported-telling']);
    assert.deepStrictEqual(q('- Chị hỏi: tại sao em không đợi anh Khoa review xong rồi mới merge?'), ['leading-question']);
    assert.deepStrictEqual(q('- Chị nói với em là BrightCart vừa gia hạn hợp đồng thêm 6 tháng'), []);
    assert.deepStrictEqual(q('- Em muốn thử làm mobile lead cho dự án mới Q3'), []);
    assert.deepStrictEqual(q('- Kazan 3\'ü parça gelene kadar kapatmasını söyledim.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ayar değiştirmeden önce bana haber vermen lazım.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Neden 43\'ü vardiya başında kontrol etmedin?'), ['leading-question']);
    assert.deepStrictEqual(q('- Lütfen raporu bana gönder.'), ['reported-telling']);
    assert.deepStrictEqual(note('# 1:1 — Lena / Dana\n\n## Lena\'s topics\n▸ Async standups\n    Feels the written standup gets ignored; suggests a weekly Loom instead\n    Don\'t you think you\'d get more replies if you just posted before Europe logs off?\n'), ['leading-question']);
  });

  it('a later moment ruled out insists on the time: "Log the defect before the handover, not at the end of the shift"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Log the defect before the handover, not at the end of the shift'), ['imperative']);
    assert.deepStrictEqual(q('- Log the defect before the handover'), []);
  });

  it('fresh251/252\'s principles: "I shared that ..." tells as "I stressed that ..." does; a person told in the passive that a rule must be kept; "gave her a heads up she needs to ..."; "it would really help if you\'d ..."; "can we agree you\'ll ...?"; the manager\'s initials labelling their quoted words; "Talking point ...:"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- I shared that every signed page has to be scanned and uploaded within 24 hours, no exceptions.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I shared that she needs to initial every page.'), ['reported-telling']);
    assert.deepStrictEqual(q('- I shared that the mentor stipend was approved.'), []);
    assert.deepStrictEqual(q('- She shared that she needs to leave early on Fridays.'), []);
    assert.deepStrictEqual(q('- Lena was reminded that lot numbers for every reagent must be recorded on the day of use.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Lena was reminded that the offer remains open.'), []);
    assert.deepStrictEqual(q('- gave her a heads up she needs to finish ACLS by 2/28 or she comes off the sched'), ['reported-telling']);
    assert.deepStrictEqual(q('- gave her a heads up about the audit'), []);
    assert.deepStrictEqual(q('- it would really help if you\'d show Luis the inventory spreadsheet before Saturday'), ['want-you-to']);
    assert.deepStrictEqual(q('- can we agree you\'ll check with me before you promise the van to anybody?'), ['want-you-to']);
    assert.deepStrictEqual(q('- can we agree on a date?'), []);
    assert.deepStrictEqual(note('# 1:1 - N. Varma / L. Vogt\nAttendees: NV, LV\n\nNV: "Lena, please book the AKTA at least 48 h in advance."\nLV: "Please send me the booking link."\n'), ['imperative']);
    assert.deepStrictEqual(q('Talking point carried from last meeting: she must start sending a weekly summary every Friday.'), ['reported-telling']);
  });

  it('a quote block of who said what: the manager\'s "> **me:** ..." and "> me: ..." are read, others\' labelled lines stay theirs', () => {
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Notes\n> **me:** please don\'t merge perf-sensitive changes without a capture from every platform. I mean it.\n\n> **Lena:** please send me the captures by Friday.\n\n> Send me the capture by Friday.\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Notes\n> me: send me the capture by Friday.\n'), ['deadline-demand']);
  });

  it('fresh253/254\'s principles: Ukrainian and Greek in their own scripts (told, put to them, leading; Greek\'s ";" a question mark); "Ever considered just ...?"; "Steer:" heads what is to be told', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- я сказала їй не чекати на staging і прогнати refund на preprod'), ['reported-telling']);
    assert.deepStrictEqual(q('- Нагадала їй логувати час у QA-1432, а не в загальний таск'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ірино, треба закрити QA-1432 до четверга, будь ласка'), ['reported-telling']);
    assert.deepStrictEqual(q('- треба перевірити QA-1432 до четверга'), []);
    assert.deepStrictEqual(q('- Asked her: чому ти не відкрила баг на той краш одразу?'), ['leading-question']);
    assert.deepStrictEqual(q('- Του είπα να στείλει το SOF στον Γιώργο πριν το βράδυ.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Πρέπει να ελέγχεις εσύ τα draft surveys πριν υπογράψει ο πλοίαρχος.'), ['reported-telling']);
    assert.deepStrictEqual(q('- πρέπει να πάρω τον agent αύριο'), []);
    assert.deepStrictEqual(q('- Γιατί δεν ενημέρωσες τον agent αμέσως;'), ['leading-question']);
    assert.deepStrictEqual(q('- Ever considered just taking profit at target like the rest of the desk?'), ['leading-question']);
    assert.deepStrictEqual(q('- Ever been to Lisbon?'), []);
    assert.deepStrictEqual(q('Steer: lead with the recommendation, not the history, and cut the background to half a page.'), ['imperative']);
  });

  it('fresh255/256\'s principles: "Why didn\'t I?" is the writer\'s own; "The manager asked, "...?"" and "Manager stated: "..."" are the manager\'s words; a record\'s title after the name ("Property Adjuster II") names them; Afrikaans and Korean telling; "gotta get him to ..."; "To say: "..."" ; their "Can you look at my ... before Friday?" is theirs', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('I should have asked about transport in week one. Why didn\'t I? Because I assumed.'), []);
    assert.deepStrictEqual(q('The manager asked, "Wouldn\'t it be simpler to settle at the NADA value and skip the second bid?"'), ['leading-question']);
    assert.deepStrictEqual(q('Manager stated: "You need to change your voicemail greeting to give the desk line on field days."'), ['you-modal']);
    assert.deepStrictEqual(note('# One-on-One Meeting Record\n\n**Employee:** Lena Vogt, Property Adjuster II\n**Manager:** Denise Whitaker, Claims Team Manager\n\nTwenty-two files are over 30 days. The adjuster was advised to contact every insured on the 30-day list by Friday.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- Jy moet die credit card pipeline elke Maandag vir my stuur, asseblief'), ['reported-telling']);
    assert.deepStrictEqual(q('- Het vir hom gesê om die Saturday roster vandag nog reg te maak'), ['reported-telling']);
    assert.deepStrictEqual(q('- 왜 Marc한테 먼저 안 물어봤어?'), ['leading-question']);
    assert.deepStrictEqual(q('- gotta get him to write tests for the save system before 0.8, no more yolo'), ['reported-telling']);
    assert.deepStrictEqual(q('- To say: "send the Android variants to Marc yourself, don\'t wait for me"'), ['imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena\n\n## Lena\'s topics\n- Wants to sit in on the checkout design review\n- Can you look at my case study draft before Friday?\n'), []);
  });

  it('fresh258\'s principles: reproach and the better way built into a question ("Why were you up there before the anchor was even set?", "Would the motion not be stronger if ...?", "would it no be simpler ...?", "does the client really want to ...?", "...; surely you have ...?"); "me: you don\'t X ..." closed by the sentence after it', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Why were you up there before the anchor was even set?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why were you up there before the anchor was set?'), []);
    assert.deepStrictEqual(q('- Would the motion not be stronger if the gap were the centerpiece?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked: would it no be simpler to get the devs on the nine blockers first?'), ['leading-question']);
    assert.deepStrictEqual(q('- I asked: does the client really want to risk a trial over the wording of an order?'), ['leading-question']);
    assert.deepStrictEqual(q('- You have had the footage for four days; surely you have watched all of it?'), ['leading-question']);
    assert.deepStrictEqual(q('- me: you don\'t wait on a resident callback, you call RRT. period.'), ['negative-imperative']);
    assert.deepStrictEqual(q('- me: you don\'t need to wait. period.'), []);
  });

  it('fresh257\'s principles: a voice memo\'s quotatives ("and I asked like why didn\'t you ...", "I was like ...", "and I said put ...") introduce the manager\'s words', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('and I asked like why didn\'t you just swap with someone if you knew you\'d be out'), ['leading-question']);
    assert.deepStrictEqual(q('I was like why are you pulling a new hire into labeling without checking with me first'), ['leading-question']);
    assert.deepStrictEqual(q('and I said put the latency numbers up front in the demo deck they\'re your best argument'), ['imperative']);
    assert.deepStrictEqual(q('I said fine by me.'), []);
    assert.deepStrictEqual(q('I said I would check the numbers with finance.'), []);
  });

  it('fresh259/260\'s principles: Chinese, Hebrew, Hindi and Arabic in their own scripts; "you" under the writer\'s own heading ("Reminders") is the writer, unless the writer is there too; "Make sure she brings ..." under talking points; "why was X left ... when it was flagged urgent?"; prose wrapped by hand', () => {
    const q = underHeading;
    // Chinese: told (with what they must do), made to, to be done, put to them, and leading questions; news told is no telling.
    assert.deepStrictEqual(q('- 我跟她说 D5 的永久对策周五前必须给我，不能再拖。'), ['reported-telling']);
    assert.deepStrictEqual(q('- 我跟她说客户 SQE 上周已经口头同意了，问题不大'), []);
    assert.deepStrictEqual(q('- 我跟他说 Q2 设备预算还有一部分可以用，不一定要等到下半年'), []);
    assert.deepStrictEqual(q('- 我让她这周五之前把缺料清单按 ABC 分类重新排一遍。'), ['reported-telling']);
    assert.deepStrictEqual(q('- 总监还让我们把 Q2 的 safety stock 调高 10%'), []);
    assert.deepStrictEqual(q('- 你以后发现混料第一时间在群里 @ 我和 PMC，不要等到早会再说。'), ['reported-telling']);
    assert.deepStrictEqual(q('- 你觉得炉温 profile 要不要让工艺部重新验证一次？'), []);
    assert.deepStrictEqual(q('- 他：能不能把 3 线的 feeder 校准交给设备部做，你不要再占用线上的人？'), []);
    assert.deepStrictEqual(q('- 你为什么没有在发现混料当天就冻结整批料？'), ['leading-question']);
    assert.deepStrictEqual(q('- 你有没有想过先在 3 线小批量跑一周再全面切换？'), ['leading-question']);
    assert.deepStrictEqual(q('- 你觉得入职这六周，哪部分最难上手？'), []);
    // Hebrew: told to (an infinitive, or "that he will ..."), news told, their name and a verb of "you", leading questions.
    assert.deepStrictEqual(q('- אמרתי לה לתייג אותי על כל PR שנוגע ב-prod rules'), ['reported-telling']);
    assert.deepStrictEqual(q('- אמרתי לו שיעביר את ה-incident review השבועי לנועה'), ['reported-telling']);
    assert.deepStrictEqual(q('- אמרתי לו שהלקוח מרוצה מה-POC'), []);
    assert.deepStrictEqual(q('- נועה, תפצלי את 2291 לשני PRs'), ['reported-telling']);
    assert.deepStrictEqual(q('- למה לא פשוט עשית mute ל-rule אחרי ה-page השני?'), ['leading-question']);
    assert.deepStrictEqual(q('- שאלתי מה בעיניו ההבדל בין מה שהוא עושה היום לבין tech lead'), []);
    // Hindi in Devanagari: told (the verb in the subjunctive at its clause's end), news told, their name and "tum"'s imperative,
    // "why didn't you"; and in Latin letters, an imperative with an ultimatum.
    assert.deepStrictEqual(q('- मैंने उसे बोला कि IR-0214 का RCA form खुद भरे और Monday तक मुझे submit करे'), ['reported-telling']);
    assert.deepStrictEqual(q('- मैंने उसे बताया कि कल का audit ठीक रहा है'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Notes\n- Lena, हर morning shift शुरू होते ही सारे antibiotic due times MAR से verify करो\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- तुमने handover लेते time MAR खुद क्यों नहीं check किया?'), ['leading-question']);
    assert.deepStrictEqual(q('- Ek hafte ke andar late aane ka koi solution nikaalo, warna roster change karna padega'), ['reported-telling']);
    // Arabic: "I told her: must ...", their name called and "must" with a verb of "you"; a quotation of someone else is theirs.
    assert.deepStrictEqual(q('- قلت لها: لازم كل شكوى تتسجل على السيستم في نفس اليوم، من غير استثناء.'), ['reported-telling']);
    assert.deepStrictEqual(q('- يا أستاذة نور، لازم تبلغيني قبل أي زيارة لعميل جديد، مش بعدها.'), ['reported-telling']);
    assert.deepStrictEqual(q('- «الشكاوى دي سمعة الفرع، ومش هنقبل أي تأخير» — Mrs. Samia, regional meeting, 5 Feb.'), []);
    // "You" under the writer's own heading: the writer, unless "me" or the person's name shows someone else is "you".
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Reminders\n- You need to chase procurement about the 40 Dell docks. Still no PO number.\n- Don\'t forget her probation ends in April; you need to start the review form.\n'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## My stuff\n- You need to start copying me on the block reports, not just WhatsApp\n'), ['you-modal']);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Points for next meeting\n- Make sure she brings the revised financials, signed by the auditor.\n- Make sure she gets the invite.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- Me: why was 48213 left over the weekend when it was flagged urgent?'), ['leading-question']);
    assert.deepStrictEqual(q('- Me: why was 48213 left over the weekend?'), []);
    // Prose wrapped by hand, a new line now and then for a new sentence: its lines run on.
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\nOn the silo problem she came with a proposal of her own: a weekly "netcode hour" where she walks two\npeople through one system at a time. She asked me to protect that hour on the calendar so producers\ndon\'t book over it, which I\'m happy to do.\nI told her to pick Kenji as one of the two, since he\'s the most likely to own replication after launch.\n'), ['reported-telling']);
  });

  it('fresh261/262\'s principles: Japanese and Persian; a shared doc\'s bracketed initials ("[AK]") name the manager; a ticket\'s title after its key is pasted; "No promises until I ..."; "You call me direct if ..."; a modal quoted as words; "Read it this morning."; "Get stay conversations ..."; "I\'d just ..., even if it costs you a day"', () => {
    const q = underHeading;
    // Japanese: told to ("ように伝えた", "ないでと言った"), news told, hearsay, a request at the end, someone else's words, why-didn't-you.
    assert.deepStrictEqual(q('- 金曜までに cold boot の再現ログを共有するように伝えた'), ['reported-telling']);
    assert.deepStrictEqual(q('- 一人で抱え込まないでと言った。困ったら早めに声をかけること'), ['reported-telling']);
    assert.deepStrictEqual(q('- 来期の評価基準が変わったことを伝えた'), []);
    assert.deepStrictEqual(q('- QA の西村さんが田中さんに repro 手順を Confluence に書くよう頼んだらしい'), []);
    assert.deepStrictEqual(q('- 分からないことは30分悩んだら聞いてください'), ['reported-telling']);
    assert.deepStrictEqual(q('- 田中さん：「review をもっと早く返してください」'), []);
    assert.deepStrictEqual(q('- なぜ PR を通さずに push したの？'), ['leading-question']);
    assert.deepStrictEqual(q('- 自分が一番成長できるのはどこだと思う？'), []);
    // Persian: told with a subjunctive or "must", news told, someone else's wish, "please", an imperative of "you", leading questions.
    assert.deepStrictEqual(q('- بهش گفتم که PRD رو تا جمعه نهایی کنه و بفرسته برای legal'), ['reported-telling']);
    assert.deepStrictEqual(q('- بهش گفتم که headcount جدید برای Q2 تایید شده'), []);
    assert.deepStrictEqual(q('- بهش گفتم که CEO می‌خواد همین رو توی QBR نشون بده'), []);
    assert.deepStrictEqual(q('- لطفاً این هفته یه روز کامل off بگیر، جدی می‌گم'), ['reported-telling']);
    assert.deepStrictEqual(q('- چرا scope رو زودتر با engineering چک نکردی؟'), ['leading-question']);
    assert.deepStrictEqual(q('- لازمه on-call rotation رو با eng manager بازبینی کنم'), []);
    // A shared doc: the person's initials tag their lines, the one other tag is the manager's, even where theirs spell an abbreviation.
    const doc = '# Lena / Anjali — weekly 1:1\n\n## Discussed\n- [LV] Root cause: idempotency key dropped in the retry path.\n- [AK] Why wasn\'t the retry path covered by the contract tests in the first place?\n- [LV] It was, but the fixture mocked the key generator.\n- [AK] Get stay conversations on the calendar with both of them this week.\n';
    assert.deepStrictEqual(note(doc), ['leading-question', 'deadline-demand']);
    // A ticket's title after its key, on a line or in the next cell.
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Notes\n- PAY-91: Write compliance brief for US launch\n\n| ID | Title | State |\n|---|---|---|\n| PAY-91 | Write compliance brief for US launch | todo |\n'), []);
    assert.deepStrictEqual(q('- Told him I\'d look at a 0630 start. No promises until I talk to Hendricks.'), []);
    assert.deepStrictEqual(q('- You call me direct if a temp shows up without a badge. Day or night.'), ['you-modal']);
    assert.deepStrictEqual(q('- You called me when it broke.'), []);
    assert.deepStrictEqual(q('Notice how often I say "you\'ll want to" in my next three 1:1s.'), []);
    assert.deepStrictEqual(q('I said "you need to own this" and he nodded.'), ['you-modal']);
    assert.deepStrictEqual(q('- me: Read it this morning. Section 4 is good.'), []);
    assert.deepStrictEqual(q('- me: Read it by this morning.'), ['deadline-demand']);
    assert.deepStrictEqual(q('I\'d just wait for two approvals on anything touching flags, even if it costs you a day.'), ['want-you-to']);
    assert.deepStrictEqual(q('I\'d just like to say you did great.'), []);
  });

  it('fresh263/264\'s principles: Thai (told or asked to, a request softened by "นะ", why-didn\'t-you; theirs, someone else\'s, news and quotations stay clean); "I recommended that she script ..."; "told her ur gonna own ..."', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- บอกให้น้องเขียน runbook ขั้นตอน rollback สำหรับ migration ที่รันค้างด้วย'), ['reported-telling']);
    assert.deepStrictEqual(q('- น้องขอให้ผมช่วยคุยกับทีม infra เรื่องเพิ่ม quota ของ Redis'), []);
    assert.deepStrictEqual(q('- พี่ฝน (PM) บอกให้ทั้งทีม freeze release ช่วง 10–16 เม.ย.'), []);
    assert.deepStrictEqual(q('- บอกน้องว่าตั้งแต่นี้ถ้ามีงานแทรกจากโอ๊ต ให้ทักพี่ใน DM ก่อนรับ'), ['reported-telling']);
    assert.deepStrictEqual(q('- บอกน้องว่า calibration รอบนี้ปิดไปแล้ว รอบหน้าคือ ก.ค.'), []);
    assert.deepStrictEqual(q('- ระหว่าง incident อัพเดท status ใน #inc-payments ทุก 30 นาทีด้วยนะครับ'), ['reported-telling']);
    assert.deepStrictEqual(q('- ใน #data-eng มีคนโพสต์ว่า "อย่าเพิ่ง drop table เก่านะ finance ยังใช้อยู่"'), []);
    assert.deepStrictEqual(q('- ทำไมไม่ rollback ตั้งแต่ตอนที่ error rate เกิน 5% เลยล่ะ?'), ['leading-question']);
    assert.deepStrictEqual(q('- น้องถามว่าทำไมเราไม่ย้ายไป Airflow 2 ตั้งแต่ปีที่แล้ว?'), []);
    assert.deepStrictEqual(q('- I recommended that she script three open-ended questions into each lesson plan.'), ['reported-telling']);
    assert.deepStrictEqual(q('- told her ur gonna own the billing migration end to end'), ['assign-role']);
    assert.deepStrictEqual(q('- ur gonna love this one'), []);
    // (Under follow-ups too: Thai has no tense, "ask him to close" or "asked him to close" is telling either way.)
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Follow-ups\n- ขอให้น้องปิด runbook ให้เสร็จก่อน on-call รอบถัดไป\n- ส่ง headcount request ของ QA ให้ HR อีกรอบ\n'), ['reported-telling']);
  });

  it('fresh265/266\'s principles: Traditional Chinese and Bengali; "you" under "Reminders" is the writer but under "My notes" the person; a task label\'s errand that ends with the manager ("Follow-up: bring the objection to me ..."); "Why did you think walking out would help?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- 我跟他說下週三前要把 library 裡的 power 元件 footprint 全部對過一次'), ['reported-telling']);
    assert.deepStrictEqual(q('- 有叫他這週五前把 EVT failure 清單整理給 PM'), ['reported-telling']);
    assert.deepStrictEqual(q('- 我跟他說 PM 那邊已經同意了'), []);
    assert.deepStrictEqual(q('- 你別再一個人扛 rework 了，技術員那邊可以幫忙排'), ['reported-telling']);
    assert.deepStrictEqual(q('- 為什麼沒有在 schematic review 的時候就抓到這個？'), ['leading-question']);
    assert.deepStrictEqual(q('- 你不覺得如果 EVT 的時候就先做 simulation，現在就不會這麼被動嗎？'), ['leading-question']);
    assert.deepStrictEqual(q('- ওকে বলেছি finishing supervisor কে measurement chart টা আজকেই দেখিয়ে আসতে'), ['reported-telling']);
    assert.deepStrictEqual(q('- ওকে বলেছি এটা এখন GM sir এর policy, আমি একা বদলাতে পারব না'), []);
    assert.deepStrictEqual(q('- তুমি এখন থেকে প্রতিটা shipment এর আগে carton marking নিজে মিলিয়ে দেখবে'), ['reported-telling']);
    assert.deepStrictEqual(q('- দুই সপ্তাহ report আসেনি, আগে কেন জানাওনি?'), ['leading-question']);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## My notes\n- You need to write the sharding concern up as an RFC.\n\n## Reminders\n- You need to chase procurement about the docks.\n- You need to loop me in on any doxxing case.\n'), ['you-modal', 'you-modal']);
    assert.deepStrictEqual(q('Follow-up: Next time, bring the objection to me before the meeting instead of to the room.'), ['deadline-demand']);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Follow-ups\n- Lena: send the saved-cards draft to me by Wed\n'), []);
    assert.deepStrictEqual(q('Request: Why did you think walking out of the conversation would help?'), ['leading-question']);
    assert.deepStrictEqual(q('Why do you think it went well?'), []);
  });


  it('fresh267/268\'s principles: a retro\'s "Start — Lena (from me)" put to them, "Stop — me" the manager\'s, "Continue — team" the team\'s; "also:" goes on with the item before\'s speaker; a dictated "new line" parts the lines; "thursday tell Tane ..." and "Jess if you ..." open a dictated line; "told him all three areas are now met" is news', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Start — Lena (from me)\n- Pair with Tobias on the feature-store migration from Monday.\n- Share the calibration plots in #ds-churn the day they\'re ready.\n\n## Stop — me\n- Stop pinging Lena on Slack after 19:00.\n\n## Stop — team\n- Stop committing notebook output cells to main.\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Continue — Lena (her own picks, her words)\n- Stop saying yes to every ad-hoc pull.\n'), []);
    // (A topic's heading after a dash, no party: as before.)
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Growth — promotion case\n- Pair with Tobias on the migration.\n'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Goal\n- Them: "Get the cluster off the old image."\n- also: stop being the person everyone pings for DAG failures\n'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n## Goal\n- Me: I\'d like you to own the upgrade.\n- also: stop being the person everyone pings for DAG failures\n'), ['want-you-to', 'negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\n- call the client HSE manager Thursday to close the loop\nnew line\nthursday tell Lena she has to redo the isolation refresher before her next callout\nand note to send her the JSA before you open any panel\n'), ['reported-telling', 'imperative']);
    assert.deepStrictEqual(q('I told her that all three areas are now met and that I am closing the plan today.'), []);
    assert.deepStrictEqual(q('Told her all near misses go on the system the same shift.'), ['reported-telling']);
    assert.deepStrictEqual(q('Told her every PR needs a second reviewer.'), ['reported-telling']);
  });


  it('real9\'s principles: a note that speaks of no one as "I" or "you" (a tool\'s summary) records its bans as conclusions; a bold topic that opens with their name is no vocative; a recap in the present with the manager named ("Jack asks Louie to ...") reports telling', () => {
    const summary = '### 2026-02-05\n\n**Process Changes**\n- Mark setting up 1:1s with John starting next week\n- Validation approach for new features\n  - Shorten iteration loops with early customer validation\n  - Avoid 2-week development cycles without feedback\n- Dylan will handle initial changes, loop in Mark as needed\n';
    assert.deepStrictEqual(lintMarkdown(summary, { mode: 'coaching', personNames: ['Mark Lindsey'] }).findings.map(f => f.ruleId), []);
    // (The same ban where the note speaks in the first person: the manager's words, as before.)
    assert.deepStrictEqual(lintMarkdown(summary.replace('Mark setting up', 'I suggested Mark set up'), { mode: 'coaching', personNames: ['Mark Lindsey'] }).findings.map(f => f.ruleId), ['reported-telling', 'negative-imperative']);
    // (Nor in a note of subject-dropped reports, "Told him ...": its writer speaks.)
    assert.deepStrictEqual(lintMarkdown(summary.replace('- Dylan will', '- Told him Dylan will'), { mode: 'coaching', personNames: ['Mark Lindsey'] }).findings.map(f => f.ruleId), ['negative-imperative']);
    // (A quotation's "we" is someone else's: 'less "Victor disagrees so we don't do it" approach'.)
    assert.deepStrictEqual(lintMarkdown(summary + '- Less "Victor disagrees so we don\'t do it" approach\n', { mode: 'coaching', personNames: ['Mark Lindsey'] }).findings.map(f => f.ruleId), []);
    assert.deepStrictEqual(note('### Upcoming Topics\n\n- **Lena capacity/burnout** — was at 120% capacity; check if the automation is relieving pressure\n'), []);
    assert.deepStrictEqual(note('# 1:1 Lena Vogt\n\n- Lena — check the automation before you ship it\n'), ['imperative']);
    const recap = (line: string) => lintMarkdown(`# Louie\n\n- ${line}\n`, { mode: 'coaching', personNames: ['Louie Weng'], managerNames: ['Jack'] }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(recap('Jack asks Louie to write the proposal by Friday'), ['reported-telling']);
    assert.deepStrictEqual(recap('Jack suggests asking Ben for outdoor activity recommendations'), ['reported-telling']);
    assert.deepStrictEqual(recap('Louie asks Jack to review the proposal by Friday'), []);
    assert.deepStrictEqual(recap('Jack shares the roadmap with the team'), []);
  });


  it('fresh268-270\'s principles: "and Kirra dont undersell ..." (a joining word, their name, a ban); a running log\'s "10:04 — me: "..."" is the manager\'s words; "Said leave the drift alone ..." reports an order; "why X was skipped and nobody flagged it" blames; a rewrite\'s topic ends where a run-on clause starts ("its exactly what ...")', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('and Lena dont undersell the Newman job in your application its exactly what the panel wants to see'), ['negative-imperative']);
    assert.deepStrictEqual(q('and tyler never stop by the trailer before nine'), []);
    const run = lintMarkdown('# Lena\n\n## Notes\nand Lena dont undersell the Newman job in your application its exactly what the panel wants to see\n', { mode: 'coaching', personNames: ['Lena Vogt'] }).findings[0];
    const texts = run.suggestions.map(x => x.text);
    assert.ok(texts.length > 0 && texts.every(x => !x.includes('its exactly')), texts.join(' / '));
    assert.ok(texts.some(x => x.includes('your application')), texts.join(' / '));
    assert.deepStrictEqual(note('# Lena\n\n10:02 — L: backlog down to 40.\n10:04 — me: "Write the incident summary today while it\'s fresh, not Friday."\n10:05 — [she looks tired]\n'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n10:02 — L: backlog down to 40.\n10:04 — L: "I will write the incident summary today."\n10:05 — [she looks tired]\n'), []);
    assert.deepStrictEqual(q('- Said leave the flexo drift alone on nights, Kyle covers it.'), ['reported-telling']);
    assert.deepStrictEqual(q('- Said hello to the night crew.'), []);
    assert.deepStrictEqual(q('- Said stop worrying about it.'), []);
    assert.deepStrictEqual(q('- Said it was fine.'), []);
    assert.deepStrictEqual(q('- Asked her why the PM was skipped and nobody flagged it?'), ['leading-question']);
    assert.deepStrictEqual(q('- Asked her why the PM was skipped.'), []);
  });


  it('fresh271/272\'s principles: "Combinado:" is what was agreed and "eu:" the manager\'s own; "eu falei pra ele to stop ..." reports telling; a tag asking agreement ("..., combinado?") puts an agreed line to them; "Asked of him (flatly)" heads what was said to them; "urself", a lower-case order with a bare object and "ur"; "call me next time ..."; "how many more X before we ...?"; "wouldn\'t cards get you 90% ...?"', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\nCombinado:\n- Lena: CDC pipeline to staging by 27/03\n- eu: bring the schema change issue to platform sync\n- stop merging models without tests, combinado?\n- you send me the Senior doc draft by 03/04, beleza?\n'), ['negative-imperative', 'imperative']);
    assert.deepStrictEqual(q('- eu falei pra ele to stop being the only reviewer on migration PRs'), ['reported-telling']);
    assert.deepStrictEqual(q('- eu falei pra ele que the review is on the 4th'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Asked of her (flatly)\n- Hand the standup to Rawiri from Monday.\n\n## Her asks of me\n- Get the CFO to say it in writing.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## next\n- lena: postmortem final by wed\n- write the rollback runbook entry urself, dont leave it for the next on-call\n- call me next time a vendor is involved, any hour, pls\n- call the vendor about the renewal\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(q('- fix log rotation on the logging nodes this wk, before anything else on ur list'), ['imperative']);
    assert.deepStrictEqual(q('- Fix log rotation: done last week'), []);
    assert.deepStrictEqual(q('- Q: how many more disk-full pages before we fix log rotation properly?'), ['leading-question']);
    assert.deepStrictEqual(q('- Q: how many more interviews are on the calendar?'), []);
    assert.deepStrictEqual(q('- me: wouldn\'t cards get you 90% of this for a tenth of the cost?'), ['leading-question']);
  });


  it('fresh273/274\'s principles: a Slack thread\'s "**Me** 9:41 AM" heads the manager\'s messages; "Feedback (given)" heads what was said; "mentor says:", "my mentor:" and "Grace (mentor):" are someone else\'s words; "I ended up telling her to ..." and "told him Monday to ..." report telling; "I went straight to:" before a quotation; "scratch that."; "MUST DO — Rosa"; "with nobody watching"', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# 1:1 w/ Lena (copied from DMs)\n\n**Lena Vogt** 9:42 AM\nok-ish. please send me the runbook\n\n**Me** 9:46 AM\nplease write up a rollback plan before you touch prod, one page is fine\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n## Feedback (given)\n- Keep the pen test vendor on a daily sync until the IDOR is closed.\n\n## Feedback (received)\n- Keep the dashboards out of the 1:1.\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\nMentor (Grace) on the phone after:\n- mentor says: stop solving their problems, you\'re not the senior dev anymore\n- my mentor: stop solving their problems\n\nGrace (mentor):\n- stop solving their problems. Still not there.\n'), []);
    assert.deepStrictEqual(q('I ended up telling her to just dedupe on the transaction ID and move on.'), ['reported-telling']);
    assert.deepStrictEqual(q('She ended up telling me to relax about it.'), []);
    assert.deepStrictEqual(q('I told her Monday to get the draft to me by EOD today.'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\nShe said the rewrite needs a design doc and I went straight to:\n- "Have you considered just extending the existing disbursement service instead?"\n'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\nShe said the rewrite needs a design doc and Kevin went straight to:\n- "Have you considered just extending the existing disbursement service instead?"\n'), []);
    assert.deepStrictEqual(q('scratch that. Ana is right, the logs come first'), []);
    assert.deepStrictEqual(note('# Lena\n\nMUST DO — Lena\n- get your closers labeling and dating everything, no excuses\n- call Hill Country re: brisket price (ME)\n'), ['imperative']);
    assert.deepStrictEqual(q('3. Why did 4.11 go to phased rollout with nobody watching Crashlytics over the weekend?'), ['leading-question']);
  });

  it('fresh275-278\'s principles: "says I" after a quotation; a status mark ("⏭️") before a question; an arrow after a topic before "told her to"; "I have told her" (the perfect as the past); "until X, no new side projects"; "why was X not ...?"; "You will write the postmortem"; "you own X from now on"; "ask one question and I\'ll make room for it"; a point conceded, then the manager\'s own change; ", he said," inside a sentence; "@priya.s stop ..."; "and I said take Friday off"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('"Just silence them for a fortnight," says I, "and we\'ll see who notices."'), ['imperative']);
    assert.deepStrictEqual(q('"Just silence them for a fortnight," says she, "and we\'ll see who notices."'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Parking lot\n- ⏭️ Wouldn\'t it be simpler to just cut grapple from Alpha? → asked her, she said no\n'), ['leading-question']);
    assert.deepStrictEqual(q('- 🔴 Harbor memory → told her to cut the 4K rock set to 2K today, no debate'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n## Her topics\n- I have told her she should submit the abstract until end of the month, the CfP closes early.\n- She told me that Timo is frustrated with the new on-call tool.\n'), ['reported-telling']);
    assert.deepStrictEqual(q('- I have said to him: until the migration is finished, no new side projects.'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Until the migration is finished, no new side projects.'), []);
    assert.deepStrictEqual(q('- Why was the idempotency key not part of the review checklist from the beginning?'), ['leading-question']);
    assert.deepStrictEqual(q('- Why is the current Kubernetes API not capable of handling this?'), []);
    assert.deepStrictEqual(q('- You will write the postmortem, and please this time with the timeline in UTC.'), ['you-modal']);
    assert.deepStrictEqual(q('- You will find the doc in Confluence.'), []);
    assert.deepStrictEqual(note('# Lena\n\n| Topic | Discussion | Outcome | Owner |\n|---|---|---|---|\n| Offline sync | Scope crept | You own the scope conversation with design from now on | Lena |\n| Docs | Out of date | Update onboarding doc | Priyanka |\n'), ['assign-role']);
    assert.deepStrictEqual(q('- Next design review: ask one question, even a small one, and I\'ll make room for it.'), ['imperative']);
    assert.deepStrictEqual(q('- Lena, start the proposal this month, I will read the draft before it goes to Katrin.'), ['deadline-demand']);
    assert.deepStrictEqual(note('# Lena\n\n## Feedback to Lena\n- Her feedback to me: the sprint planning is too long.\n- Fair point, I let it run too long. Think about splitting the planning into two parts.\n'), []);
    assert.deepStrictEqual(q('- You never really know how a promo committee will read a packet, he said, so write for an outsider.'), []);
    assert.deepStrictEqual(note('---\nwith: Lena Vogt (@lena.v)\n---\n# 1:1\n\n* @lena.v stop answering handoff pages when you\'re off rotation, bounce them to #plat-oncall.\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- we talked about the upgrade night and I said take Friday morning off and don\'t come to standup, we\'ll live'), ['negative-imperative']);
    assert.deepStrictEqual(q('- she asked about the plan and I said it was fine'), []);
    assert.deepStrictEqual(q('- Said: batch your review requests, one ping per morning'), ['imperative']);
    assert.deepStrictEqual(q('- Why do you think it\'s ok to ping someone at 11pm on a Saturday?'), ['leading-question']);
  });

  it('fresh279/280\'s principles: "Said in the room" and "I said:" / "i_said:" over a list head what was said; "asks_of_me:" their asks; "Told him finance approved ..." news; "said so; section 3 ..." no order; "you present X, no skipping it"; "why did you think X didn\'t apply ...?"; a condition of theirs first in an action list ("If you\'re stuck ..., ping Dana or me")', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\n## Said in the room\n- "Stop rewriting the shim; ship the version that passes the diff test."\n- "Finance should have the revised forecast by the 20th anyway."\n'), ['negative-imperative']);
    assert.deepStrictEqual(note('# Lena\n\ni_said:\n  - infra ticket is on my list, should land this week\n  - stop picking up Kai\'s pages for him, let Kai run the incident\n\nasks_of_me:\n  - please review his promo packet draft by Friday\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Told him finance approved the runners last week already'), []);
    assert.deepStrictEqual(q('- told her wait for the sign-off'), ['reported-telling']);
    assert.deepStrictEqual(q('- doc is solid, said so; section 3 is the strongest part'), []);
    assert.deepStrictEqual(note('# Lena\n\nagreed:\n  - quota request: me, today\n  - you present the FX bug at the Thursday demo, no skipping it\n'), ['you-modal']);
    assert.deepStrictEqual(q('- you think it over, no rush'), []);
    assert.deepStrictEqual(q('- Asked her: why did you think the pipeline rule didn\'t apply to a one-line change?'), ['leading-question']);
    assert.deepStrictEqual(note('# Lena\n\n## Actions\n- [ ] If you\'re stuck more than two hours, ping Dana or me\n- [ ] Check the rota for a slot\n'), ['imperative']);
  });

  it('fresh281/282\'s principles: "What I should NOT have said" heads the manager\'s quoted words; their name as a vocative in a section of theirs; "how did ye no ...?" and "asked her how she didnae think to ..."; "you learn more from X than from Y" anyone\'s; "A:" after "Q (her):" the manager\'s answer; "Me: fine, through end of March."; "you should get X back in April, per finance"; "you should expect more of it"; "that I say \\"make sure you...\\"" a habit named', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\n## What I should NOT have said\n- I jumped in with the answer again, about ten minutes in\n- "Just add an index on user_id and rerun it."\n'), ['imperative']);
    assert.deepStrictEqual(note('# Lena\n\n**Her growth**\nWants to do the SRE rotation in Q3. Brilliant.\nLena, get the January incident write-up done first, it\'ll help the promo case.\n'), ['imperative']);
    assert.deepStrictEqual(q('Asked her: how did ye no hand the pager back after the second night?'), ['leading-question']);
    assert.deepStrictEqual(q('Asked her how she didnae think to put an expiry on the silence.'), ['leading-question']);
    assert.deepStrictEqual(q('How did you get on with the migration?'), []);
    assert.deepStrictEqual(note('# Lena\n\n**Feedback**\nYou learn more from saying you\'re stuck than from pretending you\'re not.\n'), []);
    assert.deepStrictEqual(note('# Lena\n\nQ (her): Do macros count toward the QA score?\nA: Not directly. Stop padding tickets with macros to chase it, though.\n\nQ: What\'s eating most of your day?\nA: Refund disputes. Stop me if I\'m wrong.\n'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Me: fine, through end of March.'), []);
    assert.deepStrictEqual(q('You should get the visual regression budget back in April, per finance.'), []);
    assert.deepStrictEqual(q('Me: it is, and you should expect more of it once Keiko moves over.'), []);
    assert.deepStrictEqual(q('She pointed out that I say "make sure you..." in every Slack reply, and that it reads as nagging.'), []);
  });

  it('fresh283/284\'s principles: "Also asked her to ..." under "What I said" is a report; "fb (mine):" and "fb:" head feedback given, "fb (his, for me):" theirs; "post at least one question ..."; an owner\'s tag in brackets "(me, today)"; a log entry after its time, "14:52 lock around the map.", takes no "you" from the sentence after it', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\n## What I said\n- Told her the design system decision will be on the Q2 planning agenda.\n- Also asked her to send me the staging parity gaps by Friday.\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# Lena\n\n- fb (mine): stop 11pm pushes, nobody reviews them & then they sit\n- fb (his, for me): stop cancelling our 1:1s\n'), ['imperative']);
    assert.deepStrictEqual(q('- Me: next design review, post at least one question in the doc, even a small one.'), ['imperative']);
    assert.deepStrictEqual(q('- approve the five-seed run (me, today)'), []);
    assert.deepStrictEqual(note('# Lena\n\n## Log\n14:52 lock around the map. fixed. you always think it\'s the network and it never is.\n14:55 she drove again. write the regression test before you commit the fix, Lena.\n'), ['imperative']);
  });

  it('fresh285/286\'s principles: "- [ ] Aiko: you need to ..." (a task box with their name, then "you") is put to them; Taglish\'s "..., sige?" asks them to agree', () => {
    const q = underHeading;
    assert.deepStrictEqual(note('# Lena\n\n- [ ] Lena: you need to send the parser RFC to the whole team, not just Tom\n- [ ] Lena: send the parser RFC to the team\n'), ['you-modal']);
    assert.deepStrictEqual(q('- pls split the PRs into smaller ones, max 400 lines, sige?'), ['imperative']);
  });

  it('fresh287/288\'s principles: a decision tree\'s branch, "If she says X → tell her to ..." and "If he shrugs it off → “Isn\'t it ...?”", is what the manager means to say (not a chain, "auto-flag → Grace → me → CRO within 15 min"); "Word for word:" and "My exact words:" before a quotation; "Tasks assigned" is a list of owners\' tasks and "My AIs" the manager\'s own; "Is there a reason the X weren\'t ...?"; "why was X held without calling ...?"; "did you reckon X didn\'t apply to you?"; "you will not X without Y"; "You will report X to me daily until further notice"; "You flag X to me directly, same day"; "me: you\'re writing X, in the runbook by Monday"', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- If she says it slipped again → tell her to drop the analytics replica from scope.', 'Prep (decision tree)'), ['reported-telling']);
    assert.deepStrictEqual(q('- If she says she\'s fine → ask about the 3am pages anyway.', 'Prep (decision tree)'), []);
    assert.deepStrictEqual(q('- If he shrugs it off → "Isn\'t it a bit odd that the loudest complainer hasn\'t filed a ticket?"', 'Prep (decision tree)'), ['leading-question']);
    assert.deepStrictEqual(q('- If she says she\'s stuck → "What would help most this week?"', 'Prep (decision tree)'), []);
    assert.deepStrictEqual(q('- If she pushes back on the swap → tell her it\'s not optional this time.', 'Prep'), ['reported-telling']);
    assert.deepStrictEqual(q('- If she gets defensive → tell her the docs ship Friday, no more slips.', 'Prep'), ['reported-telling']);
    assert.deepStrictEqual(q('- Limit breach comms: auto-flag → Lena → me → CRO within 15 min', 'Process'), []);
    assert.deepStrictEqual(note('# Lena\n\nI told her to hold off on the token work.[^3]\n\n[^3]: Word for word: "Don\'t start the tokens until checkout is clean."\n'), ['reported-telling', 'negative-imperative']);
    assert.deepStrictEqual(note('---\nwith: Lena Vogt\nauthor: Dale Harrington\n---\n# Lena\n\n## Tasks assigned\n- Vogt: near-miss backlog to zero by Fri.\n- Harrington: IT ticket for the mobile form. Escalate if no movement by Wed.\n'), []);
    assert.deepStrictEqual(q('- Kindly do the needful — mail to Shalini (HR) for her joining bonus.', 'My AIs'), []);
    assert.deepStrictEqual(q('- Is there a reason the oldest reports weren\'t flagged to me at the 7-day mark?'), ['leading-question']);
    assert.deepStrictEqual(q('- Is there a reason the release is late?'), []);
    assert.deepStrictEqual(q('- Asked: why was the 0200 wave held without calling the duty manager?'), ['leading-question']);
    assert.deepStrictEqual(q('- asked him straight: "did you reckon the freeze didn\'t apply to you?"'), ['leading-question']);
    assert.deepStrictEqual(q('- Did you think the plan was fine?'), []);
    assert.deepStrictEqual(q('- Raise with L: you will not switch a lane live without a shadow run. Non-negotiable.', 'Next 1:1'), ['you-modal']);
    assert.deepStrictEqual(q('- You will not regret it.'), []);
    assert.deepStrictEqual(q('- You will report cut-off performance to me daily at 0700 until further notice.', 'Next'), ['you-modal']);
    assert.deepStrictEqual(q('- You flag any report older than 7 days to me directly, same day.', 'Close-out'), ['you-modal']);
    assert.deepStrictEqual(q('- You report to me directly from March.'), []);
    assert.deepStrictEqual(q('- me: you\'re writing the rollback steps, in the runbook by Monday'), ['you-modal']);
  });

  it('fresh286/290\'s principles: praise, then a rule for what comes after a dash or comma ("Loved the demo — next time cut ..."); under a task\'s label, what is put to "you" ("Next step: ... You need to get it back by Wednesday", "... go find the plant manager yourself"); "am" as Nigerian Pidgin\'s him ("I asked am to ...", "I asked am, "...?""); "He should endeavour to ..."; "How is X when nobody has even ...?"; "you\'re going to X before Monday"; "let\'s get you presenting ..."; a verb right after a quotation is the quotation\'s (""Digest" and "Summary" mean the same thing to me")', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Loved the demo — next time cut the first five minutes and open with the numbers.'), ['imperative']);
    assert.deepStrictEqual(q('- Good call on the rollback, from now on page me first.'), ['imperative']);
    assert.deepStrictEqual(q('- We agreed the demo went long, next time we cut it.'), []);
    assert.deepStrictEqual(q('- Next step: stop waiting on Sam and go find the plant manager yourself.', 'Redline Robotics (Stage 4)'), ['negative-imperative']);
    assert.deepStrictEqual(q('- Next step: security questionnaire. You need to get it back to them by Wednesday, no more slips.', 'Redline Robotics (Stage 4)'), ['you-modal']);
    assert.deepStrictEqual(q('- Next step: Lena to re-engage Sam with the integration one-pager.', 'Redline Robotics (Stage 4)'), []);
    assert.deepStrictEqual(q('- I asked am to pair with Chinedu tomorrow morning on the file parser.'), ['reported-telling']);
    assert.deepStrictEqual(q('I asked am, "Why can\'t you just split them small like everybody else?"'), ['leading-question']);
    assert.deepStrictEqual(q('- I am going to ask her about it.'), []);
    assert.deepStrictEqual(q('- She should endeavour to push small commits daily so that people can see progress.'), ['reported-telling']);
    assert.deepStrictEqual(q('- How is this in the commit column when nobody above the office manager has even taken a call?'), ['leading-question']);
    assert.deepStrictEqual(q('- How is the migration going when nobody is on call?'), []);
    assert.deepStrictEqual(q('- Loved it, and you\'re going to cut this down to three screens before Monday.'), ['you-modal']);
    assert.deepStrictEqual(q('- You\'re going to love it by Friday.'), []);
    assert.deepStrictEqual(q('- Loved where this is going, so let\'s get you presenting all 14 at Friday\'s crit.'), ['assign-role']);
    assert.deepStrictEqual(q('- Let\'s get you feeling better first.'), []);
    assert.deepStrictEqual(q('- Critique: "Digest" and "Summary" mean the same thing to me. Worth a terminology pass.'), []);
  });

  it('fresh291/292\'s principles: a formal record\'s "is to be told that she must ..." and "Mr Vogt to be told that ...", "It was suggested that she might ...", "The question was put to her whether it would not be simpler ..."; quotations under "Summary issued to the employee"; "Line to say:" heads the manager\'s words ("Your reviews need to explain the why"); "From me: Lena, take ..." said to her; the note\'s own "leo (lb)" makes "lb:" the person; "lb: didn\'t know ..." is no task, so the "me:" after it is said; "You can tell when ..." is anyone\'s "you"; "Tell her: thanks ..." passes on thanks, no instruction', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('Ms Vogt is to be told that she must sign off all reconciliations personally until the post is filled.', 'Reconciliations'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ms Vogt to be told that all bank mandate changes must be notified to the Finance Director before submission.', 'Actions'), ['reported-telling']);
    assert.deepStrictEqual(q('- Ms Vogt is to be informed that the offer stands.', 'Actions'), []);
    assert.deepStrictEqual(q('It was suggested that she might also propose a standing fallback arrangement with the secondary bank.', 'Banking'), ['reported-telling']);
    assert.deepStrictEqual(q('It was suggested by Mr Mbeki that she might also propose a fallback.', 'Banking'), []);
    assert.deepStrictEqual(q('The question was put to Ms Vogt whether it would not be simpler to bring the calculations in-house altogether.', 'Tax'), ['leading-question']);
    assert.deepStrictEqual(q('The question was put to her whether the adviser could finish by May.', 'Tax'), []);
    assert.deepStrictEqual(note('# Record\n\n4. Summary issued to the employee (by email, 14 April)\n"Thank you for the update on Pillar Two."\n"You will need to obtain the German data packs before the end of April and confirm receipt to me."\n"I will raise the analyst role on 16 April."\n'), ['you-modal']);
    assert.deepStrictEqual(q('- Line to say: "Your reviews need to explain the why, not just say \'wrong\'."', 'Pre-read'), ['you-modal']);
    assert.deepStrictEqual(q('- Line to say: "Thanks for covering the weekend."', 'Pre-read'), []);
    assert.deepStrictEqual(q('- From me: Lena, take the mentor question to HR this week, don\'t wait on them', 'Experiments'), ['deadline-demand']);
    assert.deepStrictEqual(note('# 1:1 leo (lb)\n\n**convo**\n- lb: pls make the onboarding doc less outdated (ouch, valid)\n- lb: didn\'t know it existed\n- me: u gotta demo it at friday\'s show-n-tell, even if it\'s half done\n', 'Leo Brandt'), ['you-modal']);
    assert.deepStrictEqual(q('- You can tell when he\'s tired: short answers, lots of "fine"', 'My observations'), []);
    assert.deepStrictEqual(q('- Tell her: thanks for covering the weekend.', 'Pre-read'), []);
    assert.deepStrictEqual(q('- Tell her: great work, now send me the deck.', 'Pre-read'), ['reported-telling']);
  });

  it('a point that speaks of them in the third person before a ban is the manager\'s resolve ("Protect his focus on the defaults — don\'t let scope creep in"); a report of what was said before it is not ("Told her the date — don\'t slip it again")', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Protect her focus on sandboxing target defaults — don\'t let scope creep in'), []);
    assert.deepStrictEqual(q('- Told her the date — don\'t slip it again'), ['reported-telling']);
    assert.deepStrictEqual(q('- Don\'t let scope creep in.'), ['negative-imperative']);
  });

  it('fresh293/294\'s principles: a pictograph joined by U+200D ("🧑‍💼 Why didn\'t you ...?") opens a line as one mark; a shared doc\'s italic reply is theirs ("_Can you give me until Monday?_"); "Rob told me ..." has a name for its subject; "(private)" on its own line heads the manager\'s own notes; "I mean to tell her to ..."; prose wrapped at a fixed width goes on across its lines ("... For" then "me: get Maria ...", "... they all" then "say "make sure ...""); "on my desk" is a request to the manager', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('🧑‍💼 Why didn\'t you ask for a second pair of eyes before touching prod config?', 'Incident'), ['leading-question']);
    assert.deepStrictEqual(note('# Dana / Lena 1:1 — shared doc\n\nIncident review is still in draft.\n_I know. Can you give me until Monday?_\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\nPromo packet: Rob told me calibration is in March.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\n(private)\n- Lena\'s DND thing: fine, not a pattern. Don\'t make it one.\n'), []);
    assert.deepStrictEqual(q('Before April I mean to tell her to stop doing the supplier calls herself and hand them to Owen.'), ['reported-telling']);
    assert.deepStrictEqual(note('# 1:1\n\nBefore April I might look again at who does the supplier calls and whether they should go to Owen. For\nme: get Maria and Lydia together on the pipeline and check the paperwork with HR.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\nShe asked me to stop people messaging her directly for ad hoc extracts, because she gets six a day and they all\nsay "make sure you include the archived tenancies", and she would like them to use the form.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\nLimits\n- CRO wants a pre-event checklist signed by each trader before CPI/FOMC/NFP and the rest\nme: you cut size in half before any tier-1 print. non-negotiable.\n'), ['imperative']);
    assert.deepStrictEqual(q('- Have the complaint replies done and on my desk by Thursday'), ['deadline-demand']);
    assert.deepStrictEqual(q('- Clear my desk before the audit'), []);
  });

  it('an adjective first, then whom it is so to, is a verdict ("Unclear to both of us."), no order; "Clear the backlog to zero by Friday" under talking points is one', () => {
    const q = underHeading;
    assert.deepStrictEqual(q('- Is the slip capacity or priority? Unclear to both of us.', 'Discussion'), []);
    assert.deepStrictEqual(q('- Clear the backlog to zero by Friday.', 'Talking points'), ['deadline-demand']);
  });

  it('fresh297/298\'s principles: a bracketed verdict closing the line says what became of it, "[said]" said to them, "[me]" the manager\'s own (the verdict no word of the sentence); after a topic set off by a dash, "asked why he hasn\'t just ..." is the manager\'s question, the subject dropped', () => {
    assert.deepStrictEqual(note('# 1:1\n\nStandups — you keep running long, cut your update to two minutes [said]\nAudit re-run — get the 5 criticals fixed before it, no slipping [said]\nSupport rotation — skip her this month [me]\nRelease 2.3 — slipped a week [ok]\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(note('---\nperson: Lena Vogt\n---\n# 1:1\n\nFlaky tests — asked why she hasn\'t just quarantined them yet [open]\nFlaky tests — Tom asked why she hasn\'t just quarantined them yet\n'), ['leading-question']);
  });

  it('fresh300\'s principles: "next time say:" and "Then I\'ll say:" head the manager\'s words to come; "I opened with, "...?""; a sentence closed by the writer calling themself (", me.") keeps its "you" theirs; "like I\'d asked him to" is what was not said; "Told him grapple tutorial completion went from 61% to 88%" is news', () => {
    assert.deepStrictEqual(note('# 1:1\n\nnext time say: pair with Jade on the scatter tool Monday morning.\nnext time say: great work on the grapple.\nThen I\'ll say: keep the Friday notes to three lines, I don\'t need more.\n'), ['imperative', 'imperative']);
    assert.deepStrictEqual(note('# 1:1\n\nI opened with, "Why didn\'t you flag this on Friday when you knew it was slipping?"\n'), ['leading-question']);
    assert.deepStrictEqual(note('# 1:1\n\nI said yes before checking my calendar, which is a habit you should watch, me.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\nShe looked at me like I\'d asked her to shred data, and she was right to.\n'), []);
    assert.deepStrictEqual(note('# 1:1\n\n- Told her grapple tutorial completion went from 61% to 88% between builds. She did a little dance.\n- told her send me the doc by tmr\n'), ['reported-telling']);
  });

  it('fresh301/302\'s principles: the manager\'s own mention as a task\'s owner ("- [ ] @me get Lena to hand the rota to Priya") is no word of the task; "I told her straight: the board will not fund a second rewrite year" is news (a body named by its noun, then what it did or will do)', () => {
    assert.deepStrictEqual(note('# 1:1\n\n## Actions\n- [ ] @me get Lena to hand the flaky-test rota to Priya until the canary is done\n- [ ] @me book the room\n'), ['reported-telling']);
    assert.deepStrictEqual(note('# 1:1\n\n- I told her straight: the board will not fund a second rewrite year.\n- I told her straight: the board saw the discount report and Anna asked about it twice.\n- Told her straight: the deck goes to me first, every time.\n'), ['reported-telling']);
  });
});
