// Rule documentation rendered from the rule objects (each rule's file holds its words): the README's
// rule table and sections, the rule documentation view and the hover all come from here, so they
// cannot drift apart. A unit test fails when the README's generated part is out of date.
import { ALL_RULES } from './rules';
import type { Rule } from './rule';

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
