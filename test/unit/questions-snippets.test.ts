import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { MODES } from '../../src/core/modes';
import {
  PROBLEM_FRAME, PURPOSES, PURPOSE_INFO, QUESTION_SETS, allQuestions, renderProblemFrameMarkdown, renderQuestionSetMarkdown,
} from '../../src/core/questions';
import {
  PROBLEM_FRAME_SNIPPET_PREFIX, PURPOSE_SNIPPET_STEM, SET_SNIPPET_PREFIX, buildMarkdownSnippets, escapeSnippetChoice,
  escapeSnippetText, purposeSnippetPrefix, snippetsFileText, type SnippetDefinition,
} from '../../src/questions/snippets';

// ---------------------------------------------------------------------------------------------
// A reader for the part of VS Code's snippet grammar the generator may produce, following the
// parser in vscode/src/vs/editor/contrib/snippet/browser/snippetParser.ts: outside a choice
// `\$`, `\}` and `\\` are escapes; inside `${n|a,b|}` only `\,`, `\|` and `\\` are.
// It resolves a body to the text VS Code inserts when every placeholder keeps its default.
// ---------------------------------------------------------------------------------------------
interface ParsedSnippet {
  /** Text inserted when each placeholder keeps its default (a choice: its first option). */
  readonly text: string;
  /** Tab stop numbers in order of appearance (choices included). */
  readonly tabStops: number[];
  readonly choices: Map<number, string[]>;
  /** Variables such as $TM_FILENAME; the generator must never produce one by accident. */
  readonly variables: string[];
}

function parseSnippet(body: string): ParsedSnippet {
  const tabStops: number[] = [];
  const choices = new Map<number, string[]>();
  const variables: string[] = [];
  let i = 0;

  const parseChoice = (): string[] | undefined => {
    const options: string[] = [];
    let current = '';
    for (let j = i; j < body.length; j++) {
      const c = body[j]!;
      if (c === '\\' && ',|\\'.includes(body[j + 1] ?? '')) {
        current += body[++j];
      } else if (c === ',') {
        if (!current) return undefined;
        options.push(current);
        current = '';
      } else if (c === '|') {
        if (!current || body[j + 1] !== '}') return undefined;
        options.push(current);
        i = j + 2;
        return options;
      } else {
        current += c;
      }
    }
    return undefined;
  };

  const parseUntil = (closer: '}' | undefined): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && '$}\\'.includes(body[i + 1] ?? '')) {
        out += body[i + 1];
        i += 2;
      } else if (c === '}' && closer) {
        i++;
        return out;
      } else if (c === '$') {
        const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(i));
        const complex = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(body.slice(i));
        if (simple) {
          i += simple[0].length;
          if (/^\d/.test(simple[1]!)) tabStops.push(Number(simple[1]));
          else variables.push(simple[1]!);
        } else if (complex) {
          const [whole, name, sep] = complex;
          i += whole.length;
          const isTabStop = /^\d/.test(name!);
          if (!isTabStop) variables.push(name!);
          else tabStops.push(Number(name));
          if (sep === ':') {
            out += parseUntil('}');
          } else if (sep === '|' && isTabStop) {
            const options = parseChoice();
            assert.ok(options, `malformed choice at ${i} in ${JSON.stringify(body)}`);
            choices.set(Number(name), options);
            out += options[0];
          } else if (sep === '|') {
            assert.fail(`choice on a variable in ${JSON.stringify(body)}`);
          }
        } else {
          out += c;
          i++;
        }
      } else {
        out += c;
        i++;
      }
    }
    assert.ok(!closer, `unclosed placeholder in ${JSON.stringify(body)}`);
    return out;
  };

  const text = parseUntil(undefined);
  return { text, tabStops, choices, variables };
}

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

const snippets = buildMarkdownSnippets();
const all = Object.entries(snippets);
const byPrefix = (prefix: string): SnippetDefinition => {
  const found = all.filter(([, s]) => s.prefix === prefix);
  assert.equal(found.length, 1, `one snippet with prefix ${prefix}`);
  return found[0]![1];
};
const bodyText = (s: SnippetDefinition) => s.body.join('\n');

describe('snippets: generated from the question sets', () => {
  it('snippets/markdown.json is exactly what the generator produces from src/core/questions.ts', () => {
    const committed = readFileSync(join(repoRoot(), 'snippets', 'markdown.json'), 'utf8');
    assert.ok(committed === snippetsFileText(),
      'snippets/markdown.json is out of date: run `node scripts/gen-snippets.mjs` (or `node esbuild.mjs`) and commit it');
  });

  it('is the markdown snippets file the manifest contributes', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
  });

  it('uses each prefix once, and describes every snippet', () => {
    const prefixes = all.map(([, s]) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const [name, s] of all) {
      assert.ok(name.trim() && s.description.trim(), name);
      assert.ok(s.body.length > 0, name);
      assert.doesNotMatch(s.prefix, /\s/, name);
    }
    assert.equal(all.length, MODES.length + 1 + MODES.length * PURPOSES.length);
  });

  it('parses every body without a stray variable, and with its tab stops numbered 1..n then $0', () => {
    for (const [name, s] of all) {
      const parsed = parseSnippet(bodyText(s));
      assert.deepEqual(parsed.variables, [], name);
      const numbered = parsed.tabStops.filter(n => n > 0);
      assert.deepEqual(numbered, numbered.map((_, k) => k + 1), `${name}: tab stops in order`);
      assert.deepEqual(parsed.tabStops.filter(n => n === 0), [0], `${name}: one final tab stop`);
    }
  });
});

describe('snippets: one per relationship with the full set', () => {
  for (const mode of MODES) {
    const set = QUESTION_SETS[mode];

    it(`${SET_SNIPPET_PREFIX[mode]} inserts exactly the note template of ${mode}`, () => {
      const snippet = byPrefix(SET_SNIPPET_PREFIX[mode]);
      assert.equal(parseSnippet(bodyText(snippet)).text, renderQuestionSetMarkdown(mode));
    });

    it(`${SET_SNIPPET_PREFIX[mode]} holds every question of the set, with a tab stop after each`, () => {
      const snippet = byPrefix(SET_SNIPPET_PREFIX[mode]);
      for (const q of allQuestions(mode)) {
        const at = snippet.body.indexOf(`- ${escapeSnippetText(q.text)}`);
        assert.ok(at >= 0, `${q.id} missing from ${snippet.prefix}`);
        assert.match(snippet.body[at + 1]!, /^ {2}- \$\d+$/, `${q.id} has no tab stop`);
      }
      assert.equal(parseSnippet(bodyText(snippet)).tabStops.length, allQuestions(mode).length + 1);
    });

    it(`${SET_SNIPPET_PREFIX[mode]} says which relationship it is for`, () => {
      const [name, snippet] = all.find(([, s]) => s.prefix === SET_SNIPPET_PREFIX[mode])!;
      assert.ok(name.includes(set.title), name);
      assert.ok(snippet.description.startsWith(set.title), snippet.description);
    });
  }

  it(`${PROBLEM_FRAME_SNIPPET_PREFIX} inserts the problem-solving frame template`, () => {
    const snippet = byPrefix(PROBLEM_FRAME_SNIPPET_PREFIX);
    assert.equal(parseSnippet(bodyText(snippet)).text, renderProblemFrameMarkdown());
    for (const q of PROBLEM_FRAME) assert.ok(snippet.body.includes(`- ${q}`), q);
  });
});

describe('snippets: purpose snippets offer a choice of wording', () => {
  for (const mode of MODES) {
    for (const purpose of PURPOSES) {
      const prefix = purposeSnippetPrefix(purpose, mode);
      it(`${prefix} offers the ${purpose} questions of ${mode}`, () => {
        const snippet = byPrefix(prefix);
        assert.ok(prefix.startsWith(`${PURPOSE_SNIPPET_STEM[purpose]}-`));
        const group = QUESTION_SETS[mode].groups.find(g => g.purpose === purpose)!;
        const parsed = parseSnippet(bodyText(snippet));
        assert.deepEqual(parsed.choices.get(1), group.questions.map(q => q.text));
        assert.equal(parsed.text, group.questions[0]!.text);
        assert.ok(snippet.description.startsWith(`${QUESTION_SETS[mode].title}, ${PURPOSE_INFO[purpose].title.toLowerCase()}`), snippet.description);
      });
    }
  }

  it('has ask-growth, ask-problem and ask-feedback stems', () => {
    for (const stem of ['ask-growth', 'ask-problem', 'ask-feedback']) {
      assert.ok(all.some(([, s]) => s.prefix.startsWith(stem + '-')), stem);
    }
  });
});

describe('snippets: escaping', () => {
  it('escapes $, } and \\ in text so VS Code inserts them literally', () => {
    assert.equal(escapeSnippetText('Cost: $5 {a} \\ ok'), 'Cost: \\$5 {a\\} \\\\ ok');
    assert.equal(parseSnippet(escapeSnippetText('$1 ${TM_FILENAME} }\\')).text, '$1 ${TM_FILENAME} }\\');
  });

  it('escapes , | and \\ inside a choice, and leaves $ and } alone there', () => {
    assert.equal(escapeSnippetChoice('a, b | c \\ $d}'), 'a\\, b \\| c \\\\ $d}');
    const parsed = parseSnippet(`\${1|${['a, b', 'x|y', 'c\\d', '$e}'].map(escapeSnippetChoice).join(',')}|}`);
    assert.deepEqual(parsed.choices.get(1), ['a, b', 'x|y', 'c\\d', '$e}']);
  });

  it('round-trips any text and any choice options', () => {
    fc.assert(fc.property(fc.string(), text => parseSnippet(escapeSnippetText(text)).text === text));
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), options => {
      const parsed = parseSnippet(`\${1|${options.map(escapeSnippetChoice).join(',')}|}$0`);
      assert.deepEqual(parsed.choices.get(1), options);
    }));
  });
});

describe('README: the question sets section', () => {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- section:questions -->');
  const end = readme.indexOf('<!-- /section:questions -->');
  const section = readme.slice(start, end);

  it('exists between its markers', () => {
    assert.ok(start >= 0 && end > start, 'README.md has the questions section markers');
  });

  it('lists every question of every set and the frame, and every snippet prefix', () => {
    for (const q of allQuestions()) assert.ok(section.includes(`- ${q.text} <sub>`), `README lists ${q.id}: ${q.text}`);
    for (const q of PROBLEM_FRAME) assert.ok(section.includes(q), q);
    for (const prefix of [...Object.values(SET_SNIPPET_PREFIX), PROBLEM_FRAME_SNIPPET_PREFIX]) assert.ok(section.includes(`\`${prefix}\``), prefix);
    for (const stem of Object.values(PURPOSE_SNIPPET_STEM)) assert.ok(section.includes(`\`${stem.replace(/^ask-/, '')}\``), stem);
  });

  it('shows screenshots that exist', () => {
    const images = [...section.matchAll(/\]\((docs\/screenshots\/[^)]+\.png)\)/g)].map(m => m[1]!);
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(existsSync(join(repoRoot(), image)), image);
  });
});
