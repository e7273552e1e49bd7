// Localization the way VS Code extensions do it: "%key%" in package.json with its text in
// package.nls.json, vscode.l10n.t('English message', ...args) in code with l10n/bundle.l10n.json
// generated from those calls (the bundle translators copy to bundle.l10n.<locale>.json). English is
// the only language so far; these checks keep every key resolvable and every string the extension
// layer shows going through l10n.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { L10N_SCANNER_FILE, l10nBundleText, l10nCalls, l10nProblems } from '../../src/util/l10nBundle';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap(entry => {
    const p = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(p);
    return entry.name.endsWith('.ts') ? [p] : [];
  });
}
const sources = sourceFiles('src').map(file => ({ file, text: read(file) }));

describe('l10n', () => {
  describe('package.json and package.nls.json', () => {
    const manifestText = read('package.json');
    const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const keys = [...manifestText.matchAll(/"%([^"%]+)%"/g)].map(m => m[1] as string);

    it('use "%key%" for what the manifest shows, and every key has its text', () => {
      assert.ok(keys.length >= 40, `keys: ${keys.length}`);
      assert.deepStrictEqual(keys.filter(k => typeof nls[k] !== 'string' || !nls[k]), []);
    });

    it('have no text in package.nls.json that nothing uses', () => {
      const used = new Set(keys);
      assert.deepStrictEqual(Object.keys(nls).filter(k => !used.has(k)), []);
    });

    it('leave no shown text unlocalized in the manifest (titles, names, descriptions)', () => {
      const manifest = JSON.parse(manifestText) as Record<string, unknown>;
      const shownKeys = new Set(['title', 'displayName', 'description', 'markdownDescription', 'name', 'contextualTitle', 'contents', 'category']);
      const plain: string[] = [];
      const walk = (node: unknown, at: string, key: string): void => {
        if (typeof node === 'string') {
          if (shownKeys.has(key) && !/^%[^%]+%$/.test(node)) plain.push(`${at}: ${node}`);
          else if (key === 'enumDescriptions' && !/^%[^%]+%$/.test(node)) plain.push(`${at}: ${node}`);
          return;
        }
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`, key));
        if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`, k);
      };
      // The npm fields (name, description of a script...) are not shown by VS Code: only contributes, and the extension's own names.
      walk(manifest.contributes, 'contributes', '');
      walk({ displayName: manifest.displayName, description: manifest.description }, '$', '');
      assert.deepStrictEqual(plain, []);
    });

    it('point VS Code at the l10n folder (desktop and web)', () => {
      assert.strictEqual((JSON.parse(manifestText) as { l10n?: string }).l10n, './l10n');
    });
  });

  describe('vscode.l10n.t in the code', () => {
    const calls = sources.filter(s => s.file !== L10N_SCANNER_FILE).flatMap(s => l10nCalls(s.file, s.text));

    it('finds the calls (the scanner reads literals, escapes and nested arguments)', () => {
      assert.ok(calls.length >= 100, `calls: ${calls.length}`);
      const sample = l10nCalls('x.ts', "vscode.l10n.t('It\\'s {0} of {1}', f(a, [b, c]), `t ${d}`)\nvscode.l10n.t(`No {0}`, x,)\nvscode.l10n.t(message)");
      assert.deepStrictEqual(sample.map(c => [c.message, c.args]), [["It's {0} of {1}", 2], ['No {0}', 1], [undefined, 1]]);
    });

    it('every message is a literal whose placeholders match its arguments', () => {
      assert.deepStrictEqual(l10nProblems(calls), []);
    });

    it('every message is in l10n/bundle.l10n.json, which is what the sources produce (node scripts/gen-l10n.mjs)', () => {
      const bundle = JSON.parse(read('l10n/bundle.l10n.json')) as Record<string, string>;
      assert.deepStrictEqual(calls.filter(c => c.message !== undefined && bundle[c.message] !== c.message).map(c => `${c.file}:${c.line}`), []);
      assert.strictEqual(read('l10n/bundle.l10n.json'), l10nBundleText(sources));
    });
  });

  // The extension layer (everything outside src/core, whose English text is shared with the CLI)
  // shows no string literal directly: notifications, quick picks, input boxes, tree items, status bar
  // items, hovers and code actions all take their words from vscode.l10n.t.
  describe('strings the extension shows', () => {
    const SINKS = /\b(?:show(?:Information|Warning|Error)Message|say|complain|needFolder|appendMarkdown|new vscode\.(?:TreeItem|CodeAction))\(\s*(['"`])/g;
    const PROPS = /(?:\b(?:title|placeHolder|placeholder|prompt|label|description|detail|tooltip)\s*:|\.(?:text|tooltip|description|title|name|placeholder)\s*=)\s*(['"`])/g;
    /** Whether a literal starting at `i` (its quote) holds words: codicons, markdown, punctuation and the product name do not count. */
    const hasWords = (text: string, i: number) => {
      const quote = text[i] as string;
      let j = i + 1;
      let body = '';
      for (; j < text.length && text[j] !== quote; j++) {
        if (text[j] === '\\') j++;
        else if (quote === '`' && text[j] === '$' && text[j + 1] === '{') {
          let depth = 1;
          for (j += 2; j < text.length && depth > 0; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
          j--;
          body += ' ';
        } else body += text[j];
      }
      // Not words: codicons, markdown link targets, the product's name.
      return /\p{L}{2,}/u.test(body.replace(/\$\([\w-]+\)/g, '').replace(/\]\([^)]*\)/g, ']').replace(/Learning Leader/g, ''));
    };

    it('come from vscode.l10n.t', () => {
      const raw: string[] = [];
      for (const { file, text } of sources) {
        // The core and the CLI are shared English text; snippets.ts writes snippets/markdown.json at build time.
        if (file.startsWith('src/core/') || file.startsWith('src/cli/') || file === 'src/questions/snippets.ts' || file === L10N_SCANNER_FILE) continue;
        for (const pattern of [SINKS, PROPS]) {
          for (const m of text.matchAll(pattern)) {
            const at = (m.index ?? 0) + m[0].length - 1;
            if (hasWords(text, at)) raw.push(`${file}:${text.slice(0, at).split('\n').length}: ${text.slice(at, at + 60).split('\n')[0]}`);
          }
        }
      }
      assert.deepStrictEqual(raw, []);
    });
  });
});
