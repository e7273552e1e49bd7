// The prep view: what someone needs in the minute before a 1:1. Days since the last one, what was
// left open, what happened last time, asking versus telling lately, and questions not asked lately.
import { cadenceStatus, dueLine } from './cadence';
import { openItems } from './carryover';
import { humanDate, plural, type IsoDate } from './dates';
import { parseFrontMatter } from './frontmatter';
import { lintMarkdown } from './lint/engine';
import type { LintOptions } from './lint/types';
import { MODE_INFO, RELATIONSHIP_INFO, type Mode } from './modes';
import { questionSet, type Question } from './questions';
import type { Person } from './roster';
import { SECTION } from './templates';

export interface PrepNote {
  readonly fileName: string;
  readonly date: IsoDate;
  readonly text: string;
  /** How to lint it: its note context's lint options (mode and settings). Without them, its front matter alone decides. */
  readonly lint?: LintOptions;
}

export interface PrepInput {
  readonly person: Person;
  readonly cadenceDays: number;
  readonly today: IsoDate;
  /** The person's most recent notes, newest first (a few are enough). */
  readonly notes: readonly PrepNote[];
  /** How many dated notes the person has in all. */
  readonly noteCount: number;
  /**
   * Link target for a note (and optional 1-based line). Without it references are plain text: the
   * markdown preview refuses file: links, and relative ones would resolve against the virtual document.
   */
  readonly link?: (fileName: string, line?: number) => string;
  /** The mode to prepare for; the person's default when absent. */
  readonly mode?: Mode;
}

/** How many recent meetings the asking/telling table and the unused questions look back over. */
export const LOOK_BACK = 3;

function normalize(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function headingOf(line: string): { level: number; title: string } | undefined {
  const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  return m && m[1] ? { level: m[1].length, title: m[2] ?? '' } : undefined;
}

/**
 * Questions of a set asked in a note. A question counts as asked when it appears outside the
 * template's question list, or in it with something written under or after it.
 */
export function askedQuestions(text: string, questions: readonly Question[]): Set<string> {
  const lines = text.slice(parseFrontMatter(text).bodyOffset).split('\n').map(l => l.replace(/\r$/, ''));
  const asked = new Set<string>();
  const wanted = questions.map(q => ({ id: q.id, key: normalize(q.text) })).filter(q => q.key);
  let inQuestions = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = headingOf(line);
    if (heading && heading.level <= 2) inQuestions = normalize(heading.title) === normalize(SECTION.questions);
    const key = normalize(line);
    for (const q of wanted) {
      if (asked.has(q.id) || !key.includes(q.key)) continue;
      if (!inQuestions || key.length > q.key.length + 2 || hasAnswer(lines, i)) asked.add(q.id);
    }
  }
  return asked;
}

/** True when something is written under the list item at `index` before the next item or heading. */
function hasAnswer(lines: readonly string[], index: number): boolean {
  const indent = /^\s*/.exec(lines[index] ?? '')?.[0].length ?? 0;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    if (headingOf(line)) return false;
    const lineIndent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (lineIndent <= indent && /^\s*(?:[-*+]|\d+[.)])\s/.test(line)) return false;
    if (line.trim().startsWith('<!--')) continue;
    return /[\p{L}\p{N}]/u.test(line);
  }
  return false;
}

/** A few lines on what happened: the note's Summary or Notes section, else its first paragraph. */
export function summarize(text: string, maxLines = 6): string[] {
  const lines = text.slice(parseFrontMatter(text).bodyOffset).split('\n').map(l => l.replace(/\r$/, ''));
  const section = (names: string[]) => {
    const start = lines.findIndex(l => {
      const h = headingOf(l);
      return h !== undefined && names.includes(normalize(h.title));
    });
    if (start < 0) return [];
    const level = headingOf(lines[start] ?? '')?.level ?? 2;
    const out: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const h = headingOf(line);
      if (h && h.level <= level) break;
      if (line.trim() && !line.trim().startsWith('<!--') && /[\p{L}\p{N}]/u.test(line)) out.push(line);
    }
    return out;
  };
  let picked = section(['summary', 'tl dr', 'tldr']);
  if (!picked.length) picked = section([normalize(SECTION.notes)]);
  if (!picked.length) {
    picked = [];
    for (const line of lines) {
      if (headingOf(line) || line.startsWith('>')) {
        if (picked.length) break;
        continue;
      }
      if (!line.trim()) {
        if (picked.length) break;
        continue;
      }
      picked.push(line);
    }
  }
  if (picked.length > maxLines) return [...picked.slice(0, maxLines), '…'];
  return picked;
}

function escapeTableCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function buildPrep(input: PrepInput): string {
  const { person, today } = input;
  const ref = (text: string, fileName: string, line?: number) => (input.link ? `[${text}](${input.link(fileName, line)})` : text);
  const mode = input.mode ?? person.mode;
  const info = MODE_INFO[mode];
  const latest = input.notes[0];
  const status = cadenceStatus(latest?.date, input.cadenceDays, today);
  const out: string[] = [];

  out.push(`# Prepare: 1:1 with ${person.name}`, '');
  out.push(`**${info.label}** (${RELATIONSHIP_INFO[person.relationship].inSentence}) · ${humanDate(today)}${person.archived ? ' · _archived_' : ''}`, '');
  out.push(`> ${info.stance}`, '');

  out.push('## When', '');
  if (!latest) {
    out.push('- No 1:1 in these notes yet.');
  } else {
    const ago = status.daysSince === 0 ? 'today' : status.daysSince === 1 ? 'yesterday' : `${plural(status.daysSince ?? 0, 'day')} ago`;
    out.push(`- Last 1:1: ${ref(humanDate(latest.date), latest.fileName)} — **${ago}**.`);
    out.push(`- ${status.state === 'overdue' ? `**Overdue by ${plural(status.overdueBy, 'day')}.** ` : ''}${dueLine(status, today)}`);
  }
  out.push(`- ${plural(input.noteCount, 'note')} in all.`, '');

  const open = latest ? openItems(latest.text) : [];
  out.push(`## Open items${open.length ? ` (${open.length})` : ''}`, '');
  if (!latest) out.push('_None yet._');
  else if (!open.length) out.push(`_Nothing left open in ${latest.fileName}._`);
  else for (const item of open) out.push(`${'  '.repeat(item.depth)}- ${item.text} — _${ref(`${latest.fileName.replace(/\.md$/i, '')}, line ${item.line + 1}`, latest.fileName, item.line + 1)}_`);
  out.push('');

  if (latest) {
    out.push(`## Last time (${latest.date})`, '');
    const summary = summarize(latest.text);
    if (summary.length) out.push(...summary.map(l => (l.startsWith('- ') || l.startsWith('* ') || /^\s/.test(l) ? l : `> ${l}`)));
    else out.push('_The note has no notes yet._');
    out.push('');
  }

  const recent = input.notes.slice(0, LOOK_BACK);
  if (recent.length) {
    out.push(`## Asking and telling (last ${plural(recent.length, 'meeting')})`, '');
    out.push('| Meeting | Questions asked | Telling found |', '| --- | ---: | ---: |');
    let asked = 0;
    let told = 0;
    for (const note of recent) {
      const result = lintMarkdown(note.text, note.lint);
      asked += result.questions;
      told += result.findings.length;
      out.push(`| ${ref(escapeTableCell(note.fileName.replace(/\.md$/i, '')), note.fileName)} | ${result.questions} | ${result.findings.length} |`);
    }
    out.push(`| **Total** | **${asked}** | **${told}** |`, '');
    if (told > asked) out.push(`_More telling than asking lately: in ${info.label.toLowerCase()}, try leading with a question._`, '');
  }

  const set = questionSet(mode);
  const used = new Set<string>();
  for (const note of recent) for (const id of askedQuestions(note.text, set.groups.flatMap(g => g.questions))) used.add(id);
  out.push(`## Questions not asked lately (${set.title.toLowerCase()})`, '');
  let any = false;
  for (const group of set.groups) {
    const fresh = group.questions.filter(q => !used.has(q.id));
    if (!fresh.length) continue;
    any = true;
    out.push(`**${group.title}**`, '');
    for (const q of fresh) out.push(`- ${q.text}`);
    out.push('');
  }
  if (!any) out.push(`_You have asked every question of this set in the last ${plural(recent.length, 'meeting')}._`, '');
  return out.join('\n');
}
