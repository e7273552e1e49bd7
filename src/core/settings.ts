// Every learningLeader.* setting in one table: its default and how a raw value is checked. The
// extension (VS Code's configuration), the CLI (.vscode/settings.json) and the tests all read
// settings through parseSettings, so a value means the same everywhere, and a bad one is reported
// the same way: named, with the default used in its place. Nothing downstream ever sees an
// unchecked value (a severity of "warn" cannot reach the lint engine).
//
// Adding a setting is one entry in SETTINGS below plus its declaration in package.json
// (contributes.configuration, with the same default and a "scope"); test/unit/settings.test.ts
// fails until the two agree. The key is the setting's name without "learningLeader."; the value
// is `setting(default, checker)` with a checker from this file. Its parsed value is then
// `settings['<key>']`, typed from the entry (`managerNames`, `lint.talkingPointHeadings` and
// `carryOver.limit` were added this way).
import { DEFAULT_STRICTNESS, RULE_IDS } from './lint/rule-ids';
import type { LintOptions, RuleSeverity, Strictness } from './lint/types';
import { MODES, type Mode } from './modes';
import { MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from './roster';
import { normalizeRelativePath } from './workspace';

export const SETTINGS_PREFIX = 'learningLeader.';

/**
 * What a checker makes of a raw value: the value to use (undefined: the default) and what was wrong.
 * A list or an object keeps its good entries and drops the bad ones, each reported.
 */
interface Checked<T> {
  readonly value: T | undefined;
  readonly problems: readonly string[];
}

/** Checks a raw value; `name` is the full setting name, for messages. Never called with undefined or null. */
type Checker<T> = (raw: unknown, name: string) => Checked<T>;

export interface SettingSpec<T> {
  /** The default, exactly as package.json declares it. */
  readonly default: T;
  readonly check: Checker<T>;
}

function setting<T>(defaultValue: T, check: Checker<T>): SettingSpec<T> {
  return { default: defaultValue, check };
}

// ---- Checkers -----------------------------------------------------------------------------------

/** A raw value as a person wrote it, for messages. */
function shown(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const quoteList = (values: readonly string[]) => values.map(v => `"${v}"`).join(', ');

const ok = <T>(value: T): Checked<T> => ({ value, problems: [] });
const bad = (problem: string): Checked<never> => ({ value: undefined, problems: [problem] });

const boolean: Checker<boolean> = (raw, name) =>
  (typeof raw === 'boolean' ? ok(raw) : bad(`${name} should be true or false, not ${shown(raw)}.`));

function oneOf<T extends string>(values: readonly T[]): Checker<T> {
  return (raw, name) => ((values as readonly unknown[]).includes(raw) ? ok(raw as T) : bad(`${name} should be one of ${quoteList(values)}, not ${shown(raw)}.`));
}

function integer(min: number, max: number): Checker<number> {
  return (raw, name) => (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max
    ? ok(raw)
    : bad(`${name} should be a whole number from ${min} to ${max}, not ${shown(raw)}.`));
}

/** A list of literal phrases (at least two characters each); bad items are dropped one by one. */
const phraseList: Checker<readonly string[]> = (raw, name) => {
  if (!Array.isArray(raw)) return bad(`${name} should be a list of phrases, like ["phrase one", "phrase two"], not ${shown(raw)}.`);
  const value: string[] = [];
  const problems: string[] = [];
  for (const item of raw) {
    if (typeof item === 'string' && item.trim().length >= 2) value.push(item);
    else problems.push(`${name}: ${shown(item)} is not a phrase (text of at least two characters); it is ignored.`);
  }
  return { value, problems };
}

/** An object whose keys come from `keys` and whose values pass `valueOf`; bad entries are dropped one by one. */
function record<K extends string, V extends string>(keys: () => readonly K[], keyKind: string, values: readonly V[], valueKind: string, example: string): Checker<Readonly<Partial<Record<K, V>>>> {
  return (raw, name) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad(`${name} should be an object like ${example}, not ${shown(raw)}.`);
    const known = keys();
    const value: Partial<Record<K, V>> = {};
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
      if (!(known as readonly string[]).includes(key)) {
        problems.push(`${name}: "${key}" is not a ${keyKind} (${quoteList(known)}); it is ignored.`);
      } else if (!(values as readonly unknown[]).includes(entry)) {
        problems.push(`${name}: ${shown(entry)} is not a ${valueKind} for "${key}" (use ${quoteList(values)}); "${key}" keeps its default.`);
      } else {
        value[key as K] = entry as V;
      }
    }
    return { value, problems };
  };
}

/** The notes folder: a relative path that stays inside the workspace folder, normalized to posix. */
const folderPath: Checker<string> = (raw, name) => {
  if (typeof raw !== 'string') return bad(`${name} should be a folder path relative to the workspace folder, not ${shown(raw)}.`);
  const path = normalizeRelativePath(raw);
  if (path === undefined) return bad(`${name} ${shown(raw)} leaves the workspace folder; it must be a path inside it, like "one-on-ones".`);
  if (path === '') return bad(`${name} is empty; it must name a folder inside the workspace folder, like "one-on-ones".`);
  return ok(path);
};

// ---- The table ----------------------------------------------------------------------------------

export const SEVERITY_VALUES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
export const STRICTNESS_VALUES: readonly Strictness[] = ['strict', 'normal', 'gentle', 'off'];
/** Rule ids come from the engine, so a new rule is a valid key here at once. */
const ruleIds = () => RULE_IDS;

export const SETTINGS = {
  notesFolder: setting('one-on-ones', folderPath),
  'people.defaultCadenceDays': setting(14, integer(MIN_CADENCE_DAYS, MAX_CADENCE_DAYS)),
  'lint.enable': setting(true, boolean),
  'lint.scope': setting<'notesFolder' | 'allMarkdown'>('notesFolder', oneOf(['notesFolder', 'allMarkdown'])),
  'lint.defaultMode': setting<Mode>('coaching', oneOf(MODES)),
  'lint.rules': setting<Readonly<Partial<Record<string, RuleSeverity>>>>({}, record(ruleIds, 'rule id', SEVERITY_VALUES, 'severity', '{"imperative": "information"}')),
  'lint.strictness': setting<Readonly<Partial<Record<Mode, Strictness>>>>({ ...DEFAULT_STRICTNESS }, record(() => MODES, 'relationship', STRICTNESS_VALUES, 'strictness', '{"coaching": "strict"}')),
  'managerNames': setting<readonly string[]>([], phraseList),
  'lint.talkingPointHeadings': setting<readonly string[]>([], phraseList),
  'lint.extraPhrases': setting<readonly string[]>([], phraseList),
  'lint.allowPhrases': setting<readonly string[]>([], phraseList),
  'lint.holdWhileTyping': setting(true, boolean),
  'lint.typingDelay': setting(1500, integer(100, 10_000)),
  'lint.maxFileSizeMB': setting(10, integer(1, 100)),
  'statusBar.enable': setting(true, boolean),
  'carryOver.limit': setting(30, integer(0, 1000)),
} as const;

export type SettingKey = keyof typeof SETTINGS;
type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;
/** Every setting, checked: each value is valid, the default where the raw one was not. */
export type Settings = { readonly [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

export interface SettingProblem {
  /** The key without the prefix, e.g. "lint.rules". */
  readonly key: SettingKey;
  /** The full setting name, e.g. "learningLeader.lint.rules". */
  readonly setting: string;
  /** One sentence (or two) naming the setting, what is wrong and what is used instead. */
  readonly message: string;
}

export interface ParsedSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

/** True for object settings whose entries merge over the default (VS Code merges objects across levels too). */
const isRecordDefault = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks every setting; `raw(key)` gives the raw value of `learningLeader.<key>` (undefined or null: not set). */
export function parseSettings(raw: (key: SettingKey) => unknown): ParsedSettings {
  const settings: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const spec = SETTINGS[key] as SettingSpec<unknown>;
    const value = raw(key);
    if (value === undefined || value === null) {
      settings[key] = spec.default;
      continue;
    }
    const name = `${SETTINGS_PREFIX}${key}`;
    const checked = spec.check(value, name);
    for (const problem of checked.problems) {
      const whole = checked.value === undefined;
      problems.push({ key, setting: name, message: whole ? `${problem} The default, ${shown(spec.default)}, is used.` : problem });
    }
    if (checked.value === undefined) settings[key] = spec.default;
    else settings[key] = isRecordDefault(spec.default) ? { ...(spec.default as object), ...(checked.value as object) } : checked.value;
  }
  return { settings: settings as Settings, problems };
}

/** The settings with nothing set: every default. */
export const DEFAULT_SETTINGS: Settings = parseSettings(() => undefined).settings;

/** What the lint engine takes from the settings (the mode comes from the note context). */
export function lintOptionsOf(settings: Settings): LintOptions {
  return {
    ruleSeverity: settings['lint.rules'],
    strictness: settings['lint.strictness'],
    extraPhrases: settings['lint.extraPhrases'],
    allowPhrases: settings['lint.allowPhrases'],
    managerNames: settings['managerNames'],
    talkHeadings: settings['lint.talkingPointHeadings'],
  };
}

// ---- The size rule -------------------------------------------------------------------------------

/**
 * The one size rule: a note larger than `lint.maxFileSizeMB` (UTF-8 bytes) is not linted, whether it
 * is open in an editor, read by Check All Notes or by the CLI. Undefined when `bytes` is within it,
 * else why, in a phrase: "12.4 MB, over the 10 MB of learningLeader.lint.maxFileSizeMB".
 */
export function overSizeLimit(bytes: number, settings: Settings): string | undefined {
  const limitMB = settings['lint.maxFileSizeMB'];
  if (bytes <= limitMB * 1024 * 1024) return undefined;
  return `${megabytes(bytes)}, over the ${limitMB} MB of ${SETTINGS_PREFIX}lint.maxFileSizeMB`;
}

/** "12.4 MB" */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 100 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The UTF-8 length of `text` (what the file takes on disk), counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
