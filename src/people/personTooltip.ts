// A person's row's tooltip in the People view: their mode and relationship, the last 1:1 before today
// (a note dated today is this meeting), cadence, and the files not counted as meetings. Made when the
// row is hovered (tree.ts PeopleTree.resolveTreeItem), in the chunk loaded on first use (src/features.ts:
// FollowThrough.personTooltip): the activation bundle does without its words.
import * as vscode from 'vscode';
import { dueLine } from '../core/cadence';
import { daysBetween, humanDate, plural } from '../core/dates';
import { NOT_A_NOTE, todayCadenceLine, type Meetings } from '../core/meetings';
import { MODE_INFO, RELATIONSHIP_INFO } from '../core/modes';
import { misnamedNote } from '../core/notes';
import type { Person } from '../core/roster';
import { escape, relativeNotes } from './folders';
import type { CheckedNote, FolderRoster } from './store';

export interface PersonTooltipInput {
  readonly folder: FolderRoster;
  readonly person: Person;
  readonly meetings: Meetings<CheckedNote>;
  readonly notes: readonly CheckedNote[];
  readonly misdated: readonly string[];
  /** Where their notes went, when their own folder has none (tree.ts movedNotesOf). */
  readonly moved: { readonly name: string; readonly message: string } | undefined;
  readonly today: string;
}

export function personTooltip({ folder, person, meetings, notes, misdated, moved, today }: PersonTooltipInput): vscode.MarkdownString {
  const { status, last } = meetings;
  const tip = new vscode.MarkdownString(undefined, true);
  tip.appendMarkdown(`**${escape(person.name)}** — ${MODE_INFO[person.mode].label} (${RELATIONSHIP_INFO[person.relationship].inSentence})\n\n`);
  if (moved) tip.appendMarkdown(`$(warning) ${escape(moved.message)}\n\n`);
  // The same words as the prep: the last 1:1 is the last before today; a note dated today is this meeting.
  if (meetings.todays.length) {
    tip.appendMarkdown(`${vscode.l10n.t('1:1 today (this meeting, not the last one): {0}', meetings.todays.map(n => `\`${escape(n.fileName)}\``).join(', '))}\n\n`);
  }
  if (last) {
    const ago = daysBetween(last.date, today);
    tip.appendMarkdown(`${vscode.l10n.t('Last 1:1: {0} ({1})', humanDate(last.date), ago === 1 ? vscode.l10n.t('yesterday') : vscode.l10n.t('{0} ago', plural(ago, 'day')))}\n\n`);
  }
  if (meetings.ahead.length) {
    tip.appendMarkdown(`${vscode.l10n.t('Prepared for a later 1:1, not held yet (not counted, nothing carried from it): {0}', meetings.ahead.map(n => `\`${escape(n.fileName)}\``).join(', '))}\n\n`);
  }
  // With their notes in another folder, "No 1:1 yet" would mislead: the line above says where they are.
  if (!person.archived && !moved) {
    const counted = todayCadenceLine(meetings);
    tip.appendMarkdown(`${status.state === 'overdue' ? '$(warning) ' : ''}${escape(dueLine(status, today))}${counted ? ` ${escape(counted)}` : ''}\n\n`);
  }
  const skipped = [
    ...meetings.skipped.map(n => `\`${escape(n.fileName)}\` (${NOT_A_NOTE[n.notANote ?? 'binary']})`),
    ...misdated.map(fileName => `\`${escape(fileName)}\` (${whyMisnamed(fileName)})`),
  ];
  if (skipped.length) {
    tip.appendMarkdown(`$(warning) ${vscode.l10n.t('Not counted as meetings: {0}', skipped.join(', '))}\n\n`);
  }
  tip.appendMarkdown(vscode.l10n.t('{0} in {1}', plural(notes.length - meetings.skipped.length, 'note'), `\`${escape(`${relativeNotes(folder)}/${person.id}/`)}\``));
  return tip;
}

/** Why a file listed beside a person's notes is not one: a date that does not exist, or a name not a note's. */
function whyMisnamed(fileName: string): string {
  const date = misnamedNote(fileName);
  return date ? vscode.l10n.t('not named as a note: rename it to {0}', `${date}.md`) : NOT_A_NOTE['no such date'];
}
