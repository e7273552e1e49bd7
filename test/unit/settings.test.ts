import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_INFO, lintMarkdown } from '../../src/core/lint/engine';
import { DEFAULT_SETTINGS, SETTINGS, SETTINGS_PREFIX, lintOptionsOf, parseSettings, type SettingKey } from '../../src/core/settings';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { type: string; default: unknown }> } };
};
const declared = manifest.contributes.configuration.properties;

/** Parses settings given as `{ 'lint.rules': ... }`. */
const parse = (values: Record<string, unknown>) => parseSettings(key => values[key]);

describe('settings: one table for every learningLeader.* value', () => {
  it('has an entry for every setting package.json declares, and declares every entry', () => {
    const table = Object.keys(SETTINGS).map(k => `${SETTINGS_PREFIX}${k}`).sort();
    assert.deepEqual(table, Object.keys(declared).sort(),
      'add the setting to SETTINGS in src/core/settings.ts and to contributes.configuration in package.json');
  });

  it('uses the defaults package.json declares, of the declared type', () => {
    for (const key of Object.keys(SETTINGS) as SettingKey[]) {
      const spec = declared[`${SETTINGS_PREFIX}${key}`];
      assert.ok(spec, key);
      assert.deepEqual(SETTINGS[key].default, spec.default, `${key}: default`);
      const type = Array.isArray(spec.default) ? 'array' : Number.isInteger(spec.default) ? 'integer' : typeof spec.default;
      assert.equal(type, spec.type, `${key}: type`);
    }
  });

  it('gives every default when nothing is set, without problems', () => {
    const { settings, problems } = parse({});
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(settings.notesFolder, 'one-on-ones');
    assert.deepEqual(settings['lint.strictness'], { coaching: 'strict', 'co-learning': 'normal', mentoring: 'normal', 'peer-learning': 'gentle' });
  });

  it('keeps good values', () => {
    const { settings, problems } = parse({
      notesFolder: 'team\\1on1s/./', 'lint.enable': false, 'lint.scope': 'allMarkdown', 'lint.defaultMode': 'mentoring',
      'lint.rules': { imperative: 'off', 'you-modal': 'error' }, 'lint.strictness': { coaching: 'gentle' },
      'lint.extraPhrases': ['per my last email'], 'lint.typingDelay': 300, 'people.defaultCadenceDays': 7, 'statusBar.enable': false,
    });
    assert.deepEqual(problems, []);
    assert.equal(settings.notesFolder, 'team/1on1s');
    assert.equal(settings['lint.enable'], false);
    assert.equal(settings['lint.scope'], 'allMarkdown');
    assert.equal(settings['lint.defaultMode'], 'mentoring');
    assert.deepEqual(settings['lint.rules'], { imperative: 'off', 'you-modal': 'error' });
    assert.equal(settings['lint.strictness'].coaching, 'gentle');
    assert.equal(settings['lint.strictness']['peer-learning'], 'gentle', 'the other relationships keep their defaults');
    assert.deepEqual(settings['lint.extraPhrases'], ['per my last email']);
    assert.equal(settings['lint.typingDelay'], 300);
    assert.equal(settings['people.defaultCadenceDays'], 7);
    assert.equal(settings['statusBar.enable'], false);
  });

  it('accepts every rule id of the engine, and only those', () => {
    const rules = Object.fromEntries(RULE_INFO.map(r => [r.id, 'hint']));
    assert.deepEqual(parse({ 'lint.rules': rules }).problems, []);
    const { settings, problems } = parse({ 'lint.rules': { 'you-moda': 'hint' } });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /learningLeader\.lint\.rules: "you-moda" is not a rule id/);
    assert.deepEqual(settings['lint.rules'], {});
  });

  it('names a bad severity and keeps the rule\'s default, so no finding lacks a severity', () => {
    const { settings, problems } = parse({ 'lint.rules': { 'you-modal': 'warn', imperative: 'hint' } });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.setting, 'learningLeader.lint.rules');
    assert.match(problems[0]!.message, /"warn" is not a severity for "you-modal"/);
    assert.deepEqual(settings['lint.rules'], { imperative: 'hint' }, 'the good entry stays');
    const [finding] = lintMarkdown('You should refactor this.\n', { ...lintOptionsOf(settings), mode: 'coaching' }).findings;
    assert.equal(finding?.ruleId, 'you-modal');
    assert.equal(finding?.severity, 'warning');
  });

  it('names each ill-typed value and uses its default', () => {
    const { settings, problems } = parse({
      'lint.strictness': { coaching: 'loud', bossing: 'strict' }, 'lint.extraPhrases': 3, 'lint.allowPhrases': ['ok phrase', 7, 'x'],
      'lint.enable': 'yes', 'lint.scope': 'everything', 'lint.defaultMode': 'bossing', 'lint.typingDelay': 50,
      'people.defaultCadenceDays': 1.5, notesFolder: '../elsewhere', 'statusBar.enable': 1, 'lint.holdWhileTyping': null,
    });
    const bySetting = (key: string) => problems.filter(p => p.key === key).map(p => p.message);
    assert.match(bySetting('lint.strictness').join('\n'), /"loud" is not a strictness for "coaching"/);
    assert.match(bySetting('lint.strictness').join('\n'), /"bossing" is not a relationship/);
    assert.equal(settings['lint.strictness'].coaching, 'strict');
    assert.match(bySetting('lint.extraPhrases')[0]!, /learningLeader\.lint\.extraPhrases should be a list of phrases, .* not 3\. The default, \[\], is used\./);
    assert.deepEqual(settings['lint.extraPhrases'], []);
    assert.equal(bySetting('lint.allowPhrases').length, 2);
    assert.deepEqual(settings['lint.allowPhrases'], ['ok phrase']);
    assert.equal(settings['lint.enable'], true);
    assert.equal(settings['lint.scope'], 'notesFolder');
    assert.equal(settings['lint.defaultMode'], 'coaching');
    assert.equal(settings['lint.typingDelay'], 1500);
    assert.equal(settings['people.defaultCadenceDays'], 14);
    assert.match(bySetting('notesFolder')[0]!, /leaves the workspace folder/);
    assert.equal(settings.notesFolder, 'one-on-ones');
    assert.equal(settings['statusBar.enable'], true);
    assert.equal(settings['lint.holdWhileTyping'], true, 'null is "not set", not a problem');
    assert.deepEqual(bySetting('lint.holdWhileTyping'), []);
    assert.ok(problems.every(p => p.message.includes(p.setting)), 'every message names its setting');
  });

  it('refuses notes folders that are absolute or empty', () => {
    for (const bad of ['/etc', 'C:\\notes', '', './', 'a/../..']) {
      const { settings, problems } = parse({ notesFolder: bad });
      assert.equal(settings.notesFolder, 'one-on-ones', bad);
      assert.equal(problems.length, 1, bad);
    }
  });
});
