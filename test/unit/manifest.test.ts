// Checks package.json's contributions against the code, as VS Code's markdown extension does: every
// command is a constant and registered, every setting is read and scoped, every view has a provider,
// every menu entry and welcome link names a real command, every snippet is well formed.
// The source checks read src/ as text (greps, not a type checker): they look for the ids and keys
// where the code uses them; the comments on each say what counts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');

interface Command { command: string; title: string; category?: string }
interface MenuItem { command: string; when?: string }
interface Manifest {
  contributes: {
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    configuration: { properties: Record<string, { scope?: string }> };
    views: Record<string, { id: string; icon?: string }[]>;
    viewsContainers: Record<string, { id: string; icon: string }[]>;
    viewsWelcome?: { view: string; contents: string }[];
    customEditors?: { viewType: string; selector: { filenamePattern: string }[] }[];
    snippets?: { language: string; path: string }[];
    jsonValidation?: { url: string }[];
  };
}

/** package.json as VS Code shows it: every "%key%" replaced by its text from package.nls.json. */
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
function localized(value: unknown): unknown {
  if (typeof value === 'string') {
    const key = /^%(.+)%$/.exec(value)?.[1];
    return key !== undefined && key in nls ? nls[key] : value;
  }
  if (Array.isArray(value)) return value.map(localized);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localized(v)]));
  return value;
}
const manifest = localized(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))) as Manifest;
const contributes = manifest.contributes;
const contributedIds = new Set(contributes.commands.map(c => c.command));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [p] : [];
  });
}

const sources = new Map(sourceFiles(path.join(root, 'src')).map(f => [path.relative(root, f), fs.readFileSync(f, 'utf8')]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A string literal whose whole value is `value`, in any quote style. */
const literal = (value: string) => new RegExp(`(['"\`])${escape(value)}\\1`);

/** `Commands = { key: 'id', ... }` from src/constants.ts. */
function commandConstants(): Map<string, string> {
  const text = sources.get(path.join('src', 'constants.ts'));
  assert.ok(text, 'src/constants.ts is missing');
  const block = text.match(/export const Commands = \{([\s\S]*?)\}/)?.[1];
  assert.ok(block, 'src/constants.ts has no `export const Commands = { ... }`');
  // (`startOneOnOne: id('startOneOnOne')`: the id is "learningLeader." and the name.)
  return new Map([...block.matchAll(/(\w+)\s*:\s*(id\()?['"]([^'"]+)['"]/g)].map(m => [m[1], m[2] ? `learningLeader.${m[3]}` : m[3]] as [string, string]));
}

/** Every `const NAME = 'value'` in src/, to resolve identifiers passed where an id is expected. */
function stringConstants(): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of sources.values()) {
    for (const m of text.matchAll(/\bconst\s+(\w+)\s*(?::\s*\w+\s*)?=\s*['"]([^'"]+)['"]/g)) out.set(m[1], m[2]);
  }
  return out;
}

describe('package.json manifest', () => {
  describe('commands', () => {
    const constants = commandConstants();

    it('contributes commands', () => {
      assert.ok(contributes.commands.length > 0);
    });

    it('agree with the Commands constants in src/constants.ts, both ways', () => {
      const constantIds = new Set(constants.values());
      const notConstant = [...contributedIds].filter(id => !constantIds.has(id));
      const notContributed = [...constantIds].filter(id => !contributedIds.has(id));
      assert.deepStrictEqual(notConstant, [], `contributed but not in Commands: ${notConstant.join(', ')}`);
      assert.deepStrictEqual(notContributed, [], `in Commands but not contributed: ${notContributed.join(', ')}`);
    });

    // Registered = some file under src/ (other than constants.ts) uses registerCommand or
    // registerTextEditorCommand (called directly or through an alias) and names the command, as
    // `Commands.<key>` or as the literal id.
    it('are each registered somewhere under src/', () => {
      const registering = [...sources].filter(([file, text]) =>
        file !== path.join('src', 'constants.ts') && /\bregister(TextEditor)?Command\b/.test(text));
      const unregistered = [...constants].filter(([key, id]) =>
        !registering.some(([, text]) => new RegExp(`\\bCommands\\.${key}\\b`).test(text) || literal(id).test(text)));
      assert.deepStrictEqual(unregistered.map(([, id]) => id), [], 'commands never registered');
    });

    it('each have the category "1:1"', () => {
      const wrong = contributes.commands.filter(c => c.category !== '1:1').map(c => `${c.command} (${c.category})`);
      assert.deepStrictEqual(wrong, []);
    });

    it('each have a title', () => {
      assert.deepStrictEqual(contributes.commands.filter(c => !c.title?.trim()).map(c => c.command), []);
    });
  });

  describe('menus', () => {
    it('name only contributed commands (command palette, view title, view item...)', () => {
      const unknown = Object.entries(contributes.menus).flatMap(([menu, items]) =>
        items.filter(i => !contributedIds.has(i.command)).map(i => `${menu}: ${i.command}`));
      assert.deepStrictEqual(unknown, []);
    });

    it('hide palette entries only with a non-empty when clause', () => {
      const empty = (contributes.menus.commandPalette ?? []).filter(i => !i.when?.trim()).map(i => i.command);
      assert.deepStrictEqual(empty, []);
    });

    it('write view welcome content as it renders: no markdown code spans (they show as literal backticks)', () => {
      const withTicks = (contributes.viewsWelcome ?? []).filter(w => w.contents.includes('`')).map(w => w.contents);
      assert.deepStrictEqual(withTicks, []);
    });

    it('link only to real commands from view welcome content', () => {
      const links = (contributes.viewsWelcome ?? []).flatMap(w => [...w.contents.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]));
      const unknown = links.filter(id => !contributedIds.has(id) && !id.startsWith('workbench.'));
      assert.deepStrictEqual(unknown, []);
    });
  });

  describe('settings', () => {
    const properties = Object.entries(contributes.configuration.properties);

    it('are all under learningLeader.', () => {
      assert.deepStrictEqual(properties.map(([key]) => key).filter(k => !k.startsWith('learningLeader.')), []);
    });

    it('each declare a scope', () => {
      assert.deepStrictEqual(properties.filter(([, p]) => !p.scope).map(([key]) => key), []);
    });

    // Read = the key after the section appears as a string literal (`setting('lint.enable')`,
    // `.get('notesFolder')`), or the full key does outside affectsConfiguration(...), or a tail of
    // the key does together with a section literal for its head (`getConfiguration('learningLeader.lint')
    // .get('enable')`).
    it('are each read somewhere under src/', () => {
      const text = [...sources.values()].join('\n');
      const withoutAffects = text.replace(/affectsConfiguration\(\s*(['"`])[^'"`]*\1/g, '');
      const isRead = (key: string) => {
        const parts = key.split('.').slice(1);
        if (literal(parts.join('.')).test(text) || literal(key).test(withoutAffects)) return true;
        for (let k = 1; k < parts.length; k++) {
          const head = parts.slice(0, k).join('.');
          const tail = parts.slice(k).join('.');
          if (literal(tail).test(text) && new RegExp(`[.'"\`]${escape(head)}['"\`]`).test(withoutAffects)) return true;
        }
        return false;
      };
      const unread = properties.map(([key]) => key).filter(key => !isRead(key));
      assert.deepStrictEqual(unread, [], 'settings contributed but never read');
    });
  });

  describe('views', () => {
    // Provided = registerTreeDataProvider(...) or createTreeView(...) with the view id as its first
    // argument, either literally or through a string constant (`VIEW_PEOPLE`).
    it('each have a tree data provider or tree view', () => {
      const constants = stringConstants();
      const provided = new Set<string>();
      for (const text of sources.values()) {
        for (const m of text.matchAll(/\b(?:registerTreeDataProvider|createTreeView)\s*(?:<[^>(]*>)?\(\s*([^,)]+)/g)) {
          const arg = m[1].trim();
          const quoted = arg.match(/^(['"`])(.*)\1$/);
          const value = quoted ? quoted[2] : constants.get(arg.split('.').pop() ?? '');
          if (value) provided.add(value);
        }
      }
      const views = Object.values(contributes.views).flat().map(v => v.id);
      assert.ok(views.length > 0, 'no views contributed');
      assert.deepStrictEqual(views.filter(id => !provided.has(id)), [], 'views without a provider');
    });

    it('belong to a contributed container or a built-in one', () => {
      const containers = new Set(Object.values(contributes.viewsContainers).flat().map(c => c.id));
      const builtIn = new Set(['explorer', 'scm', 'debug', 'test', 'remote']);
      assert.deepStrictEqual(Object.keys(contributes.views).filter(c => !containers.has(c) && !builtIn.has(c)), []);
    });
  });

  describe('custom editors', () => {
    // Provided = registerCustomEditorProvider(...) with the viewType as its first argument, literally or through a string constant.
    it('each have a provider registered', () => {
      const constants = stringConstants();
      const provided = new Set<string>();
      for (const text of sources.values()) {
        for (const m of text.matchAll(/\bregisterCustomEditorProvider\s*\(\s*([^,)]+)/g)) {
          const arg = m[1].trim();
          const quoted = arg.match(/^(['"`])(.*)\1$/);
          const value = quoted ? quoted[2] : constants.get(arg.split('.').pop() ?? '');
          if (value) provided.add(value);
        }
      }
      assert.deepStrictEqual((contributes.customEditors ?? []).map(c => c.viewType).filter(v => !provided.has(v)), []);
    });
  });

  describe('files the manifest points at', () => {
    it('exist (icons, JSON schemas, snippet files, the l10n folder)', () => {
      const raw = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { icon: string; l10n: string };
      const files = [
        raw.icon,
        path.join(raw.l10n, 'bundle.l10n.json'),
        ...Object.values(contributes.viewsContainers).flat().map(c => c.icon),
        ...Object.values(contributes.views).flat().map(v => v.icon).filter((i): i is string => !!i && !i.startsWith('$(')),
        ...(contributes.jsonValidation ?? []).map(j => j.url).filter(u => !/^https?:/.test(u)),
        ...(contributes.snippets ?? []).map(s => s.path),
      ];
      assert.deepStrictEqual(files.filter(f => !fs.existsSync(path.join(root, f))), []);
    });
  });

  describe('snippets', () => {
    for (const { path: file } of contributes.snippets ?? []) {
      it(`${file} parses as JSON and every snippet has prefix, body and description`, () => {
        const snippets = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
        assert.strictEqual(typeof snippets, 'object');
        const isText = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every(s => typeof s === 'string'));
        const bad = Object.entries(snippets).filter(([, s]) => {
          const snippet = s as { prefix?: unknown; body?: unknown; description?: unknown };
          return !isText(snippet.prefix) || !isText(snippet.body) || typeof snippet.description !== 'string' || !snippet.description;
        }).map(([name]) => name);
        assert.deepStrictEqual(bad, [], 'snippets missing prefix, body or description');
      });
    }
  });

  describe('marketplace', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { icon?: string; galleryBanner?: { color?: string; theme?: string } };

    it('has a 128x128 PNG icon and a gallery banner', () => {
      assert.ok(raw.icon?.endsWith('.png'), 'icon is a PNG');
      const png = fs.readFileSync(path.join(root, raw.icon ?? ''));
      assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'width and height');
      assert.match(raw.galleryBanner?.color ?? '', /^#[0-9a-fA-F]{6}$/);
      assert.ok(raw.galleryBanner?.theme === 'dark' || raw.galleryBanner?.theme === 'light');
    });
  });

  describe('media/people.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'media', 'people.schema.json'), 'utf8')) as unknown;
    // The extension checks people.json itself and reports each problem once, naming the person; a
    // schema that validated too would report the same type error a second time.
    const VALIDATION = ['type', 'enum', 'const', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength',
      'pattern', 'patternErrorMessage', 'errorMessage', 'format', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
      'if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf', 'dependencies', 'propertyNames', 'additionalItems'];

    it('only completes and explains: it validates nothing the extension checks', () => {
      const found: string[] = [];
      const walk = (node: unknown, at: string): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
        for (const [key, value] of Object.entries(node)) {
          // defaultSnippets bodies are data, not schema.
          if (key === 'defaultSnippets') continue;
          if (VALIDATION.includes(key) || (key === 'additionalProperties' && value === false)) found.push(`${at}.${key}`);
          walk(value, `${at}.${key}`);
        }
      };
      walk(schema, '$');
      assert.deepStrictEqual(found, []);
    });

    it('still suggests every relationship and mode', () => {
      const text = JSON.stringify(schema);
      for (const value of ['direct-report', 'peer', 'coaching', 'co-learning', 'mentoring', 'peer-learning']) assert.ok(text.includes(`"body":"${value}"`), value);
    });
  });

  describe('npm', () => {
    // npm 11 warns on every install about dependencies whose install scripts no allowScripts entry
    // covers ("install scripts not yet covered by allowScripts"), which alarms a new user; npm 12
    // blocks them. Each one is decided in package.json: true runs it, false does not.
    it('every dependency with an install script has an allowScripts decision', () => {
      const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
      const allow = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> }).allowScripts ?? {};
      const withScripts = Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([where]) => where.replace(/^.*node_modules\//, ''));
      assert.ok(withScripts.includes('esbuild'));
      assert.deepStrictEqual(withScripts.filter(name => typeof allow[name] !== 'boolean'), []);
      assert.strictEqual(allow.esbuild, true, 'esbuild\'s install script places its binary');
    });
  });
});
