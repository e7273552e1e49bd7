import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  baseOf, baseVerbs, formOf, gerundOf, isBaseVerb, isPhrasalParticle, participleOf, particlesOf, pastOf,
  takesBareInfinitive, takesObjectInfinitive, takesThatClause, thirdPersonOf, verbLikelihood, verbReadings,
} from '../../src/core/lint/english';
import { FORM_KINDS } from '../../src/core/lint/english-rules';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Hand-checked forms: base, past, participle, gerund, third; "a|b" where both spellings are standard. */
const GOLD = readFileSync(path.join(ROOT, 'test', 'fixtures', 'english', 'inflections.tsv'), 'utf8').split('\n')
  .filter(line => line && !line.startsWith('#'))
  .map(line => line.split('\t').map(field => field.split('|')));

describe('English verb data (english.ts, generated from the NLP libraries)', () => {
  describe('inflection', () => {
    it(`gives the hand-checked forms of ${GOLD.length} verbs (irregulars, doubling, -ie, -c, -o, -y)`, () => {
      const wrong: string[] = [];
      for (const [[base], ...forms] of GOLD) {
        FORM_KINDS.forEach((kind, k) => {
          const got = formOf(base, kind);
          if (!forms[k].includes(got)) wrong.push(`${kind} of ${base}: ${got}, expected ${forms[k].join(' or ')}`);
        });
      }
      assert.deepEqual(wrong, []);
    });

    it('spells the examples of the brief', () => {
      assert.equal(gerundOf('ship'), 'shipping');
      assert.equal(pastOf('ship'), 'shipped');
      assert.equal(pastOf('refer'), 'referred');
      assert.equal(pastOf('visit'), 'visited');
      assert.equal(pastOf('panic'), 'panicked');
      assert.equal(gerundOf('die'), 'dying');
      assert.equal(pastOf('roll'), 'rolled');
      assert.equal(gerundOf('roll'), 'rolling');
      assert.equal(participleOf('write'), 'written');
      assert.equal(thirdPersonOf('fix'), 'fixes');
    });

    it('gives the base of every hand-checked form back', () => {
      const wrong: string[] = [];
      for (const [[base], ...forms] of GOLD) {
        // Every spelling of the regular forms (British "cancelled" too); of irregular ones, the first.
        for (const form of forms.flatMap(f => (/(?:ed|ing|s)$/.test(f[0]) ? f : [f[0]]))) {
          if (form === base) continue;
          const readings = verbReadings(form).map(r => r.base);
          if (!readings.includes(base)) wrong.push(`${form}: ${readings.join(', ') || 'no reading'}, expected ${base}`);
        }
        FORM_KINDS.forEach(kind => {
          const form = formOf(base, kind);
          if (form !== base && baseOf(form) !== base) wrong.push(`baseOf(${form}) = ${baseOf(form)}, expected ${base}`);
        });
      }
      assert.deepEqual(wrong, []);
    });

    it('round-trips every verb in the data: each form reads back as that verb and that form', () => {
      const wrong: string[] = [];
      let verbs = 0;
      for (const base of baseVerbs()) {
        verbs++;
        for (const kind of FORM_KINDS) {
          const form = formOf(base, kind);
          if (!/^[a-z]+(?:-[a-z]+)?$/.test(form)) wrong.push(`${kind} of ${base}: "${form}"`);
          else if (!verbReadings(form).some(r => r.base === base && (r.form === kind || form === base))) wrong.push(`${kind} of ${base}: ${form}`);
        }
      }
      assert.ok(verbs > 4000, `${verbs} verbs`);
      assert.deepEqual(wrong, []);
    });

    it('inflects a word it does not know by the rules, and reads no base out of it', () => {
      assert.equal(pastOf('zorp'), 'zorped');
      assert.equal(gerundOf('zorpe'), 'zorping');
      assert.equal(thirdPersonOf('zorpy'), 'zorpies');
      assert.equal(baseOf('zorped'), undefined);
      assert.deepEqual(verbReadings('the'), []);
    });
  });

  describe('base-form verbs', () => {
    it('knows the everyday verbs the hand-written list missed', () => {
      for (const w of ['taste', 'respect', 'develop', 'relax', 'treat', 'look', 'nudge', 'insist', 'prioritize', 'debrief', 'escalate', 'unblock']) {
        assert.ok(isBaseVerb(w), w);
      }
    });

    it('knows the workplace verbs the linter was first written with', () => {
      // A sample of the hand-written list this module replaced (chat shorthand such as "cc" and "dm" aside).
      const workplace = `accept add align allocate archive assign attend audit automate book bump cancel circle clarify
        consolidate debug dedupe defer delegate deploy document draft escalate estimate finalize groom handle implement
        investigate loop merge migrate monitor negotiate onboard optimize pair park patch ping postpone prioritize proofread
        prototype rebase refactor reformat rehearse reprioritize resubmit retest rework rollback scope ship shadow socialize
        squash streamline sunset triage unblock validate`.split(/\s+/).filter(w => w !== 'rollback');
      assert.deepEqual(workplace.filter(w => !isBaseVerb(w)), []);
    });

    it('has no base-form verb reading for function words, the modals or a hyphenated noun', () => {
      for (const w of ['the', 'you', 'and', 'can', 'will', 'should', 'must', 'stop-gap', 'make-or-break']) {
        assert.equal(isBaseVerb(w), false, w);
        assert.equal(verbLikelihood(w), 'not-verb', w);
      }
    });
  });

  describe('how likely a verb (at the start of a fragment)', () => {
    it('reads the fragment openers of real notes as nouns or adjectives first', () => {
      // "Request for conference attendance", "Review cycle in April", "Test implementation
      // responsibility", "Retry project progress", "Clear growth in product thinking".
      assert.equal(verbLikelihood('request'), 'noun-first');
      assert.equal(verbLikelihood('review'), 'noun-first');
      assert.equal(verbLikelihood('test'), 'noun-first');
      assert.equal(verbLikelihood('retry'), 'noun-first'); // an override: a project or a mechanism in engineering notes
      assert.equal(verbLikelihood('clear'), 'adjective-first');
    });

    it('reads the verbs of orders as verbs', () => {
      for (const w of ['send', 'tell', 'develop', 'relax', 'ask', 'encourage']) assert.equal(verbLikelihood(w), 'verb-only', w);
      for (const w of ['fix', 'push', 'treat', 'look', 'stop', 'update']) assert.equal(verbLikelihood(w), 'verb-first', w);
      // "push" is a verb first in the lexicon; "Push notifications for ..." is told apart by the word after it.
    });

    it('reads sentence openers that are verbs only at a stretch as other-first', () => {
      for (const w of ['please', 'well', 'still', 'even', 'like', 'back']) assert.equal(verbLikelihood(w), 'other-first', w);
    });

    it('keeps the noun-first verbs verbs: the reading is a likelihood, not a verdict', () => {
      for (const w of ['taste', 'respect', 'plan', 'schedule', 'review']) assert.ok(isBaseVerb(w), w);
    });
  });

  describe('reporting verbs', () => {
    it('gives the base forms of reported telling', () => {
      const pairs: [string, string][] = [
        ['told', 'tell'], ['insisted', 'insist'], ['nudged', 'nudge'], ['asked', 'ask'], ['got', 'get'], ['said', 'say'],
        ['suggested', 'suggest'], ['encouraged', 'encourage'], ['reminded', 'remind'], ['urged', 'urge'], ['ordered', 'order'],
        ['advised', 'advise'], ['instructed', 'instruct'], ['pushed', 'push'], ['made', 'make'], ['had', 'have'],
        ['wanted', 'want'], ['expected', 'expect'], ['needed', 'need'], ['pressed', 'press'], ['begged', 'beg'], ['let', 'let'],
        ['telling', 'tell'], ['tells', 'tell'], ['pushing', 'push'], ['gets', 'get'],
      ];
      for (const [form, base] of pairs) assert.equal(baseOf(form), base, form);
    });

    it('knows which verbs take "someone to do", "someone do" and "that ..."', () => {
      for (const v of ['tell', 'ask', 'push', 'get', 'remind', 'encourage', 'advise', 'urge', 'order', 'instruct', 'want', 'need', 'expect', 'told', 'asked']) {
        assert.ok(takesObjectInfinitive(v), v);
      }
      for (const v of ['make', 'have', 'let', 'made', 'had']) assert.ok(takesBareInfinitive(v), v);
      for (const v of ['insist', 'suggest', 'say', 'insisted', 'said']) assert.ok(takesThatClause(v), v);
      // Thinking and perceiving are not telling; nor is firing someone.
      for (const v of ['think', 'judge', 'see', 'fire', 'send']) assert.equal(takesObjectInfinitive(v), false, v);
    });
  });

  describe('phrasal verbs', () => {
    it('knows the particles of the brief, in any form of the verb', () => {
      for (const [v, p] of [['look', 'for'], ['look', 'into'], ['follow', 'up'], ['reach', 'out'], ['hand', 'off'], ['roll', 'back'],
        ['looked', 'into'], ['reaching', 'out'], ['rolled', 'back'], ['loop', 'in']]) {
        assert.ok(isPhrasalParticle(v, p), `${v} ${p}`);
      }
      assert.equal(isPhrasalParticle('send', 'the'), false);
      assert.equal(isPhrasalParticle('taste', 'up'), false);
      assert.ok(particlesOf('look').includes('after'));
    });
  });

  it('the committed english-data.ts is what scripts/gen-lexicon.mjs makes from the libraries and the overrides', function () {
    this.timeout(120_000);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-lexicon.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.stdout);
  });
});
