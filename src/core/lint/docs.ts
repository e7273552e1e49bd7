// Rule documentation rendered from the rule objects (each rule's file holds its words): the README's
// rule table and sections, the rule documentation view and the hover all come from here, so they
// cannot drift apart. A unit test fails when the README's generated part is out of date.
import { ALL_RULES } from './rules';
import type { Rule } from './rule';
import { escapeHtml } from '../html';

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find(r => r.id === id);
}

/** The anchor a rule's section has in the README and the rule documentation (`code.target` links to it). */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/** One rule's documentation as markdown, its heading at `level` (4 in the README). */
export function ruleMarkdown(rule: Rule, level = 4): string {
  const d = rule.docs;
  const out = [
    `<a id="${ruleAnchor(rule.id)}"></a>`,
    `${'#'.repeat(level)} \`${rule.id}\`: ${d.title}`,
    '',
    `*${severityLabel(rule)}.* ${d.why}`,
    '',
    `**Flags.** ${d.flags}`,
    '',
    `**Leaves alone.** ${d.leavesAlone}`,
  ];
  if (d.examples.length) {
    out.push('', '| telling | ask instead |', '| --- | --- |');
    for (const e of d.examples) out.push(`| ${cell(e.telling)}${e.under ? ` <sub>under "${cell(e.under)}"</sub>` : ''} | ${cell(e.asking)} |`);
  }
  return out.join('\n');
}

function severityLabel(rule: Rule): string {
  const told = rule.told ? 'counted as told' : 'counted as a leading question, not as asked';
  return `Default severity ${rule.defaultSeverity}, ${told}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The table of rules: id, default severity, summary. */
export function ruleTable(rules: readonly Rule[] = ALL_RULES): string {
  const rows = rules.map(r => `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.defaultSeverity} | ${cell(r.summary)} |`);
  return ['| rule | default | what it finds |', '| --- | --- | --- |', ...rows].join('\n');
}

export const README_RULES_BEGIN = '<!-- rules:begin (generated from src/core/lint/rules: edit the rule files, then `npm run docs`) -->';
export const README_RULES_END = '<!-- rules:end -->';

/** The README's generated rule part: the table, then a section per rule. */
export function readmeRules(rules: readonly Rule[] = ALL_RULES): string {
  return [README_RULES_BEGIN, ruleTable(rules), '', ...rules.flatMap(r => [ruleMarkdown(r), '']), README_RULES_END].join('\n');
}

/** `readme` with its generated rule part replaced by the current one (unchanged when there is no such part). */
export function withReadmeRules(readme: string, rules: readonly Rule[] = ALL_RULES): string {
  const a = readme.indexOf(README_RULES_BEGIN);
  const b = readme.indexOf(README_RULES_END);
  if (a < 0 || b < a) return readme;
  return readme.slice(0, a) + readmeRules(rules) + readme.slice(b + README_RULES_END.length);
}

/** The whole rule documentation as one markdown page (the rule documentation view). */
export function rulesPage(rules: readonly Rule[] = ALL_RULES): string {
  return ['# Learning Leader: the telling rules', '', ruleTable(rules), '', ...rules.flatMap(r => [ruleMarkdown(r, 2), ''])].join('\n');
}

// ---- The rule documentation view (HTML) --------------------------------------------------------

/** Text for HTML (one escaping for every page of the extension: core/html.ts). */
export { escapeHtml };

/**
 * A docs paragraph as HTML: escaped, with `code` spans; a code span that names a rule links to that
 * rule's page (`link(id)` gives the href).
 */
function inlineHtml(text: string, link: (id: string) => string): string {
  return text.split(/(`[^`]+`)/).map(part => {
    if (!/^`[^`]+`$/.test(part)) return escapeHtml(part);
    const code = part.slice(1, -1);
    const html = `<code>${escapeHtml(code)}</code>`;
    return ruleById(code) ? `<a href="${escapeHtml(link(code))}">${html}</a>` : html;
  }).join('');
}

/** What silences a rule, for its page. */
function silenceHtml(rule: Rule): string {
  const comment = `<!-- learning-leader-disable-next-line ${rule.id} -->`;
  return `<p>For one line: <code>${escapeHtml(comment)}</code> above it, or the quick fix <em>Disable ${escapeHtml(rule.id)} for this line</em>. `
    + `Everywhere: <code>${escapeHtml(`"learningLeader.lint.rules": { "${rule.id}": "off" }`)}</code> in your settings (or another severity instead of <code>off</code>).</p>`;
}

/**
 * One rule's documentation page as the body of an HTML document (the rule documentation view): the
 * same words as the README's section, then how to silence it and the other rules. `link(id)` gives
 * the href of another rule's page. Every text is escaped; there is no script.
 */
export function ruleHtml(rule: Rule, link: (id: string) => string, rules: readonly Rule[] = ALL_RULES): string {
  const d = rule.docs;
  const examples = d.examples.length ? [
    '<h2>Examples</h2>',
    '<table><thead><tr><th>telling</th><th>ask instead</th></tr></thead><tbody>',
    ...d.examples.map(e => `<tr><td>${escapeHtml(e.telling)}${e.under ? ` <span class="under">under “${escapeHtml(e.under)}”</span>` : ''}</td><td>${escapeHtml(e.asking)}</td></tr>`),
    '</tbody></table>',
  ] : [];
  const others = rules.map(r => r.id === rule.id
    ? `<tr class="current"><td><code>${escapeHtml(r.id)}</code></td><td>${escapeHtml(r.defaultSeverity)}</td><td>${escapeHtml(r.summary)}</td></tr>`
    : `<tr><td><a href="${escapeHtml(link(r.id))}"><code>${escapeHtml(r.id)}</code></a></td><td>${escapeHtml(r.defaultSeverity)}</td><td>${escapeHtml(r.summary)}</td></tr>`);
  return [
    `<p class="eyebrow">Learning Leader · telling rule</p>`,
    `<h1 id="${ruleAnchor(rule.id)}"><code>${escapeHtml(rule.id)}</code>: ${escapeHtml(d.title)}</h1>`,
    `<p class="meta">${escapeHtml(severityLabel(rule))}. By default a note's relationship lowers it one step when learning together or mentoring, and two when learning as peers (<code>learningLeader.lint.strictness</code>).</p>`,
    `<p>${inlineHtml(d.why, link)}</p>`,
    '<h2>Flags</h2>',
    `<p>${inlineHtml(d.flags, link)}</p>`,
    '<h2>Leaves alone</h2>',
    `<p>${inlineHtml(d.leavesAlone, link)}</p>`,
    ...examples,
    '<h2>Silence it</h2>',
    silenceHtml(rule),
    '<h2>All rules</h2>',
    '<p>A sentence gets at most one finding, from the first rule that matches, in this order.</p>',
    '<table><thead><tr><th>rule</th><th>default</th><th>what it finds</th></tr></thead><tbody>',
    ...others,
    '</tbody></table>',
  ].join('\n');
}
