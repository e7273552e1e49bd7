// "1:1: Insert Question…": a picker over the question sets, filtered to the note's relationship.
import * as vscode from 'vscode';
import type { NoteContextService } from '../context/noteContexts';
import { Commands } from '../constants';
import { MODES, MODE_INFO, isMode, type Mode } from '../core/modes';
import {
  BEHAVIOURS, PROBLEM_FRAME_QUESTIONS, PROBLEM_FRAME_TITLE, QUESTION_SETS, findQuestion, type Question,
} from '../core/questions';
import type { RegisterCommand } from '../util/commands';
import { complain, say } from '../util/notify';
import { questionInsertText } from './insertText';

/** Argument of learningLeader.insertQuestion, for keybindings and tests. */
export interface InsertQuestionArgs {
  /** Insert this question without asking, e.g. "coaching.growth.1" or "frame.causes". */
  readonly questionId?: string;
  /** Open the picker on this relationship, or on all of them. */
  readonly mode?: Mode | 'all';
}

/**
 * Registers the Insert Question command (its code loads with the features chunk: main registers the
 * command at activation); the note context service tells the relationship of a note.
 */
export function registerQuestions(register: RegisterCommand, contexts: NoteContextService): vscode.Disposable {
  return register(Commands.insertQuestion, (args?: unknown) => insertQuestion(parseArgs(args), contexts));
}

function parseArgs(args: unknown): InsertQuestionArgs {
  if (typeof args !== 'object' || args === null || args instanceof vscode.Uri) return {};
  const { questionId, mode } = args as Record<string, unknown>;
  return {
    ...(typeof questionId === 'string' ? { questionId } : {}),
    ...(mode === 'all' || isMode(mode) ? { mode } : {}),
  };
}

/** Inserts a question into the active editor; resolves to the inserted question's id. */
async function insertQuestion(args: InsertQuestionArgs, contexts: NoteContextService): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    say(vscode.l10n.t('Open a markdown note to insert a question into it.'));
    return undefined;
  }
  let question: Question | undefined;
  if (args.questionId !== undefined) {
    question = findQuestion(args.questionId)?.question;
    if (!question) {
      complain(vscode.l10n.t('There is no question with id "{0}".', args.questionId));
      return undefined;
    }
  } else {
    question = await pickQuestion(await modeOfNote(editor.document, contexts), args.mode);
  }
  if (!question) return undefined;
  return (await insertAtSelections(editor, question.text)) ? question.id : undefined;
}

/**
 * The note's relationship, as its note context says: its front matter `mode:`, else its person's
 * mode in the roster. Undefined when neither says (the picker then shows every relationship rather
 * than guess from the default setting).
 */
export async function modeOfNote(document: vscode.TextDocument, contexts: Pick<NoteContextService, 'contextOf'>): Promise<Mode | undefined> {
  const context = await contexts.contextOf(document);
  return context.modeSource === 'front-matter' || context.modeSource === 'roster' ? context.mode : undefined;
}

interface QuestionItem extends vscode.QuickPickItem {
  readonly question?: Question;
  /** A filter item: show all relationships, or only this one. */
  readonly show?: Mode | 'all';
}

/** Behaviours by short name; the picker matches on them, so typing "challenge" finds questions serving 9. */
function behavioursText(question: Question): string {
  return question.behaviours.map(n => BEHAVIOURS[n] ?? String(n)).join(' · ');
}

function questionItem(question: Question): QuestionItem {
  return { label: question.text, description: behavioursText(question), question };
}

/** A relationship's questions under a separator per purpose (named with the relationship when several show). */
function questionItems(mode: Mode, withRelationship: boolean): QuestionItem[] {
  const prefix = withRelationship ? `${MODE_INFO[mode].label} · ` : '';
  return QUESTION_SETS[mode].groups.flatMap(group => [
    { label: `${prefix}${group.title}`, kind: vscode.QuickPickItemKind.Separator },
    ...group.questions.map(questionItem),
  ]);
}

/** The item (and title button) that switches between the note's relationship and all of them. */
function switchItem(noteMode: Mode | undefined, shown: Mode | 'all'): QuestionItem | undefined {
  if (shown !== 'all') {
    return { label: `$(list-flat) ${vscode.l10n.t('Show all relationships')}`, description: vscode.l10n.t('now: {0}', QUESTION_SETS[shown].title), show: 'all', alwaysShow: true };
  }
  return noteMode
    ? { label: `$(filter) ${vscode.l10n.t('Show only {0}', QUESTION_SETS[noteMode].title)}`, description: vscode.l10n.t('the relationship of this note'), show: noteMode, alwaysShow: true }
    : undefined;
}

/**
 * One relationship's questions (or all, the note's first), then the problem-solving frame, then
 * the switch. The switch comes last so Enter on the first row always inserts a question.
 */
function pickerItems(noteMode: Mode | undefined, shown: Mode | 'all'): QuestionItem[] {
  const modes = shown === 'all' ? [...(noteMode ? [noteMode] : []), ...MODES.filter(m => m !== noteMode)] : [shown];
  const items = modes.flatMap(mode => questionItems(mode, shown === 'all'));
  items.push({ label: PROBLEM_FRAME_TITLE, kind: vscode.QuickPickItemKind.Separator });
  items.push(...PROBLEM_FRAME_QUESTIONS.map(questionItem));
  const toggle = switchItem(noteMode, shown);
  if (toggle) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, toggle);
  return items;
}

interface SwitchButton extends vscode.QuickInputButton {
  readonly show: Mode | 'all';
}

function pickQuestion(noteMode: Mode | undefined, requested: Mode | 'all' | undefined): Promise<Question | undefined> {
  return new Promise(resolve => {
    const picker = vscode.window.createQuickPick<QuestionItem>();
    let shown: Mode | 'all' = requested ?? noteMode ?? 'all';
    const show = (next: Mode | 'all') => {
      shown = next;
      picker.items = pickerItems(noteMode, shown);
      picker.title = shown === 'all' ? vscode.l10n.t('Insert Question: all relationships') : vscode.l10n.t('Insert Question: {0}', QUESTION_SETS[shown].title);
      const toggle = switchItem(noteMode, shown);
      const button: SwitchButton | undefined = toggle?.show && {
        iconPath: new vscode.ThemeIcon(toggle.show === 'all' ? 'list-flat' : 'filter'),
        tooltip: toggle.label.replace(/^\$\([^)]*\) /, ''),
        show: toggle.show,
      };
      picker.buttons = button ? [button] : [];
    };
    picker.placeholder = vscode.l10n.t('Type to filter by wording or behaviour; Enter inserts at the cursor');
    picker.matchOnDescription = true;
    picker.onDidTriggerButton(button => show((button as SwitchButton).show));
    picker.onDidAccept(() => {
      const item = picker.activeItems[0];
      if (item?.show) {
        picker.value = '';
        show(item.show);
        return;
      }
      if (!item?.question) return;
      resolve(item.question);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    show(shown);
    picker.show();
  });
}

/**
 * Inserts the question at every cursor as one undoable edit: on an empty line as a list item
 * `- question`, elsewhere as text at the cursor (replacing a selection). Cursors end after it.
 */
async function insertAtSelections(editor: vscode.TextEditor, question: string): Promise<boolean> {
  const document = editor.document;
  const seenLines = new Set<number>();
  const edits: { range: vscode.Range; text: string; caret: number }[] = [];
  for (const selection of editor.selections) {
    const line = document.lineAt(selection.start.line);
    const before = line.text.slice(0, selection.start.character);
    const next = line.lineNumber + 1 < document.lineCount ? document.lineAt(line.lineNumber + 1).text : undefined;
    const { text, replaceLine, caret } = questionInsertText(line.text, before, question, selection.isEmpty, next);
    if (replaceLine) {
      if (seenLines.has(line.lineNumber)) continue;
      seenLines.add(line.lineNumber);
      edits.push({ range: line.range, text, caret: caret ?? text.length });
    } else {
      edits.push({ range: selection, text, caret: caret ?? text.length });
    }
  }
  edits.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
  // Where each cursor lands: after its inserted text, shifted by the edits before it.
  let shift = 0;
  const ends = edits.map(edit => {
    const start = document.offsetAt(edit.range.start) + shift;
    shift += edit.text.length - (document.offsetAt(edit.range.end) - document.offsetAt(edit.range.start));
    return start + edit.caret;
  });
  const applied = await editor.edit(builder => {
    for (const edit of edits) builder.replace(edit.range, edit.text);
  });
  if (applied) {
    editor.selections = ends.map(offset => {
      const position = editor.document.positionAt(offset);
      return new vscode.Selection(position, position);
    });
  }
  return applied;
}
