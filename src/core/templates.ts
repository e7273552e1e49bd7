// The new 1:1 note: front matter, the mode's question set, a problem-solving frame, sections for
// their agenda, notes and action items, and what was left open last time.
import { carriedOverLines, type OpenItem } from './carryover';
import { humanDate, type IsoDate } from './dates';
import { renderFrontMatter } from './frontmatter';
import { MODE_INFO, type Mode, type Relationship } from './modes';
import { PROBLEM_FRAME, questionSet } from './questions';

export interface NoteTemplateInput {
  readonly personId: string;
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode: Mode;
  readonly date: IsoDate;
  /** The person's previous note and its open items, if there is one (carried over when `carried` is absent). */
  readonly previous?: { readonly fileName: string; readonly items: readonly OpenItem[] };
  /**
   * The "Carried over" section's lines, made by the caller: `carryOver(items, { limit }).lines`
   * (src/core/items/carry.ts) carries the person's newest open items across all their notes, at most
   * the limit, with a line about what stayed behind. Wins over `previous`; empty when nothing is open.
   */
  readonly carried?: { readonly lines: readonly string[]; readonly earlierNotes: boolean };
}

export { SECTION } from './headings';
import { SECTION } from './headings';

export function renderNote(input: NoteTemplateInput): string {
  const info = MODE_INFO[input.mode];
  const set = questionSet(input.mode);
  const out: string[] = [];
  out.push(renderFrontMatter({ person: input.personId, date: input.date, relationship: input.relationship, mode: input.mode }));
  out.push(`# 1:1 with ${input.name} — ${humanDate(input.date)}`, '');
  out.push(`> **${info.label}.** ${info.stance}`, '');

  out.push(`## ${SECTION.carriedOver}`, '');
  if (input.carried) {
    if (input.carried.lines.length) out.push(...input.carried.lines);
    else out.push(input.carried.earlierNotes ? '_Nothing left open in earlier notes._' : '_First 1:1 in these notes: nothing to carry over._');
  } else if (!input.previous) out.push('_First 1:1 in these notes: nothing to carry over._');
  else if (!input.previous.items.length) out.push(`_Nothing left open in ${input.previous.fileName.replace(/\.md$/i, '')}._`);
  else out.push(...carriedOverLines(input.previous.items, input.previous.fileName));
  out.push('');

  out.push(`## ${SECTION.agenda}`, '', '- ', '');

  out.push(`## ${SECTION.talkingPoints}`, '');
  out.push('<!-- What you mean to raise. The linter is strictest here: turn each point into a question you can ask. -->', '', '- ', '');

  out.push(`## ${SECTION.questions}`, '');
  out.push(`<!-- ${set.title}: ask the ones that fit and write what you hear under each; delete the rest. -->`, '');
  for (const group of set.groups) {
    out.push(`### ${group.title}`, '');
    for (const q of group.questions) out.push(`- ${q.text}`);
    out.push('');
  }

  out.push(`## ${SECTION.problem}`, '');
  out.push('<!-- If a problem comes up, frame it as a chance to build their problem-solving: go slow to go fast. -->', '');
  for (const step of PROBLEM_FRAME) out.push(`- ${step}`);
  out.push('');

  out.push(`## ${SECTION.notes}`, '', '', `## ${SECTION.actions}`, '', '- [ ] ', '');
  return out.join('\n');
}
