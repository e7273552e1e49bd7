// Builds the extension (Node and web bundles), the CLI, and with --tests the compiled tests.
// Usage: node esbuild.mjs [--production] [--watch] [--tests]
// Type-checking is a separate step (npm run typecheck).
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { generateDocs } from './scripts/gen-docs.mjs';
import { generateL10n } from './scripts/gen-l10n.mjs';
import { generateSnippets } from './scripts/gen-snippets.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Fails the web build when anything imports a Node built-in: the browser host has none. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));
    build.onResolve({ filter: /.*/ }, args => {
      if (names.has(args.path) || args.path.startsWith('node:')) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: the web extension host has no Node built-ins` }] };
      }
      return undefined;
    });
  },
};

/**
 * The follow-through and insights features (src/features.ts) load on first use. In Node they are a
 * second bundle, dist/node/features.js, which main requires at run time (src/loadFeatures.ts): its
 * `require('./features.js')` stays a require. The web bundle is one file: loadFeatures.web.ts, which
 * imports the features, takes loadFeatures.ts's place.
 */
const featuresChunk = {
  name: 'features-chunk',
  setup(build) {
    build.onResolve({ filter: /^\.\/features\.js$/ }, () => ({ path: './features.js', external: true }));
  },
};
const featuresInline = {
  name: 'features-inline',
  setup(build) {
    build.onResolve({ filter: /^\.\/loadFeatures$/ }, args => ({ path: join(args.resolveDir, 'loadFeatures.web.ts') }));
  },
};

/** Prints esbuild problems in a form VS Code's problem matcher understands, and a line per rebuild. */
const reporter = (label) => ({
  name: 'reporter',
  setup(build) {
    build.onEnd(result => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`✘ [${label}] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log(`[watch] ${label} built (${result.errors.length} errors)`);
    });
  },
});

/**
 * Regenerates what is written from the sources after each good build (also in --watch): the snippets
 * from the question sets, the README's rule sections from the rule files, and the English l10n bundle
 * from the vscode.l10n.t calls.
 */
const generated = {
  name: 'generated',
  setup(build) {
    build.onEnd(async result => {
      if (result.errors.length) return;
      for (const [what, generate] of [['snippets/markdown.json', generateSnippets], ['README.md rule sections', generateDocs], ['l10n/bundle.l10n.json', generateL10n]]) {
        try {
          if ((await generate()).changed) console.log(`${what} regenerated from src/`);
        } catch (e) {
          result.errors.push({ text: `generating ${what} failed: ${e?.message ?? e}` });
          process.exitCode = 1; // an error pushed in onEnd is reported but does not fail the build
        }
      }
    });
  },
};

/**
 * The linter's word lists are made at load, by calls esbuild cannot see are free of side effects
 * (`wordSet('tell walk talk')`, `phrases(...)`; an annotation on the function is not honoured across
 * files): each such call is marked pure, so a bundle drops the lists nothing in it reads (in main,
 * which has no rewrites, the rewrites' words).
 */
const pureWordLists = {
  name: 'pure-word-lists',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]lint[\\/].*\.ts$/ }, args => ({
      contents: readFileSync(args.path, 'utf8').replace(/=\s*(wordSet|phrases|words)\(/g, '= /* @__PURE__ */ $1('),
      loader: 'ts',
    }));
  },
};

/**
 * markdown-it pulls in entity tables, linkify-it, punycode and mdurl for rendering and links; the
 * linter only runs its block parser, so small shims stand in (src/shims) and keep the bundle small.
 */
const markdownItShims = {
  entities: './src/shims/entities.ts',
  'linkify-it': './src/shims/linkify-it.ts',
  'punycode.js': './src/shims/punycode.ts',
  mdurl: './src/shims/mdurl.ts',
};

/**
 * What the numbers a build computes depend on: a hash of the sources and the version. The insights
 * caches (the editor's, src/insights/insightsCache.ts, and the CLI's `stats --cache`) keep a note's
 * numbers only for the build that made them (src/core/build.ts).
 */
function buildId() {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  for (const file of filesUnder('src', '').sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  // The rules' documentation (src/core/lint/rule.ts WITH_DOCS): in every bundle but the main Node one.
  define: { LEARNING_LEADER_BUILD: JSON.stringify(buildId()), LEARNING_LEADER_RULE_DOCS: 'true', LEARNING_LEADER_REWRITES: 'true' },
  alias: markdownItShims,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  target: 'es2022',
  legalComments: 'none',
};

function filesUnder(dir, suffix) {
  const out = [];
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const configs = tests
  ? [
      {
        ...common,
        entryPoints: filesUnder('test/unit', '.test.ts'),
        outbase: 'test',
        outdir: 'out/test',
        platform: 'node',
        format: 'cjs',
        external: ['mocha', 'vscode'],
        plugins: [reporter('unit tests')],
      },
      {
        // The benchmark measures the real markdown-it package (no shims) for the linter and the baseline alike.
        ...common,
        alias: {},
        entryPoints: filesUnder('test/bench', '.ts'),
        outbase: 'test',
        outdir: 'out/test',
        platform: 'node',
        format: 'cjs',
        external: ['markdown-it', 'markdownlint', 'markdownlint/*'],
        plugins: [reporter('bench')],
      },
      {
        ...common,
        entryPoints: [...filesUnder('test/integration', '.ts'), ...filesUnder('test/desktop', '.ts')],
        outbase: 'test',
        outdir: 'out/test',
        platform: 'node',
        format: 'cjs',
        external: ['vscode', 'mocha', '@vscode/test-electron'],
        plugins: [reporter('integration tests')],
      },
    ]
  : [
      {
        ...common,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/node/extension.js',
        platform: 'node',
        format: 'cjs',
        external: ['vscode'],
        // Nothing in main shows a rule's documentation: the features chunk does (src/core/lint/rule.ts).
        define: { ...common.define, LEARNING_LEADER_RULE_DOCS: 'false', LEARNING_LEADER_REWRITES: 'false' },
        plugins: [featuresChunk, pureWordLists, generated, reporter('node')],
      },
      {
        // The lazily loaded chunk: modules it shares with main are copied into both (src/features.ts says
        // what that asks of them).
        ...common,
        entryPoints: ['src/features.ts'],
        outfile: 'dist/node/features.js',
        platform: 'node',
        format: 'cjs',
        external: ['vscode'],
        plugins: [reporter('node features')],
      },
      {
        ...common,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/web/extension.js',
        platform: 'browser',
        format: 'cjs',
        mainFields: ['browser', 'module', 'main'],
        external: ['vscode'],
        define: { ...common.define, global: 'globalThis' },
        plugins: [featuresInline, noNodeBuiltins, reporter('web')],
      },
      {
        ...common,
        entryPoints: ['src/cli/main.ts'],
        outfile: 'dist/cli.js',
        platform: 'node',
        format: 'cjs',
        banner: { js: '#!/usr/bin/env node' },
        define: { ...common.define, LEARNING_LEADER_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
        plugins: [reporter('cli')],
      },
    ];

if (!tests && !watch) rmSync('dist', { recursive: true, force: true });
if (watch) {
  for (const config of configs) await (await esbuild.context(config)).watch();
  console.log('[watch] build started');
} else {
  const results = await Promise.allSettled(configs.map(c => esbuild.build(c)));
  const failed = results.filter(r => r.status === 'rejected');
  for (const f of failed) if (!f.reason?.errors) console.error(f.reason);
  if (failed.length) process.exit(1);
}
