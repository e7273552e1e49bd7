// "1:1: Insert Question…": a picker over the question sets, filtered to the note's relationship.
import * as vscode from 'vscode';
import { notesFolderUri } from '../config';
import { Commands } from '../constants';
import { MODES, MODE_INFO, isMode, type Mode } from '../core/modes';
import {
  BEHAVIOURS, PROBLEM_FRAME_QUESTIONS, PROBLEM_FRAME_TITLE, QUESTION_SETS, findQuestion, type Question,
} from '../core/questions';
import type { RosterLookup } from '../services';
import { frontMatterMode, modeFromRosterText, personIdFromPath, questionInsertText } from './noteMode';

/** Argument of learningLeader.insertQuestion, for keybindings and tests. */
export interface InsertQuestionArgs {
  /** Insert this question without asking, e.g. "coaching.growth.1" or "frame.causes". */
  readonly questionId?: string;
  /** Open the picker on this relationship, or on all of them. */
  readonly mode?: Mode | 'all';
}

/**
 * Registers the Insert Question command. `roster`, when given, tells the relationship of a note
 * from its person; without it the command reads people.json itself.
 */
export function registerQuestions(_context: vscode.ExtensionContext, roster?: RosterLookup): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.insertQuestion, (args?: unknown) => insertQuestion(parseArgs(args), roster));
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
async function insertQuestion(args: InsertQuestionArgs, roster: RosterLookup | undefined): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a markdown note to insert a question into it.');
    return undefined;
  }
  let question: Question | undefined;
  if (args.questionId !== undefined) {
    question = findQuestion(args.questionId)?.question;
    if (!question) {
      void vscode.window.showErrorMessage(`Learning Leader: there is no question with id "${args.questionId}".`);
      return undefined;
    }
  } else {
    question = await pickQuestion(await modeOfNote(editor.document, roster), args.mode);
  }
  if (!question) return undefined;
  return (await insertAtSelections(editor, question.text)) ? question.id : undefined;
}

/**
 * The note's relationship: front matter `mode:`, else its person's mode from the roster;
 * undefined when neither says (the picker then shows every relationship).
 */
export async function modeOfNote(document: vscode.TextDocument, roster: RosterLookup | undefined): Promise<Mode | undefined> {
  const declared = frontMatterMode(document.getText());
  if (declared) return declared;
  const known = roster?.modeForNote(document.uri);
  if (known) return known;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return undefined;
  const notes = notesFolderUri(folder);
  const personId = personIdFromPath(document.uri.path, notes.path);
  if (!personId) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(notes, 'people.json'));
    return modeFromRosterText(new TextDecoder().decode(bytes), personId);
  } catch {
    return undefined; // no roster: the picker shows every relationship
  }
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
    return { label: '$(list-flat) Show all relationships', description: `now: ${QUESTION_SETS[shown].title}`, show: 'all', alwaysShow: true };
  }
  return noteMode
    ? { label: `$(filter) Show only ${QUESTION_SETS[noteMode].title}`, description: 'the relationship of this note', show: noteMode, alwaysShow: true }
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
      picker.title = shown === 'all' ? 'Insert Question: all relationships' : `Insert Question: ${QUESTION_SETS[shown].title}`;
      const toggle = switchItem(noteMode, shown);
      const button: SwitchButton | undefined = toggle?.show && {
        iconPath: new vscode.ThemeIcon(toggle.show === 'all' ? 'list-flat' : 'filter'),
        tooltip: toggle.label.replace(/^\$\([^)]*\) /, ''),
        show: toggle.show,
      };
      picker.buttons = button ? [button] : [];
    };
    picker.placeholder = 'Type to filter by wording or behaviour; Enter inserts at the cursor';
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
  const edits: { range: vscode.Range; text: string }[] = [];
  for (const selection of editor.selections) {
    const line = document.lineAt(selection.start.line);
    const before = line.text.slice(0, selection.start.character);
    const { text, replaceLine } = questionInsertText(line.text, before, question, selection.isEmpty);
    if (replaceLine) {
      if (seenLines.has(line.lineNumber)) continue;
      seenLines.add(line.lineNumber);
      edits.push({ range: line.range, text });
    } else {
      edits.push({ range: selection, text });
    }
  }
  edits.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
  // Where each cursor lands: after its inserted text, shifted by the edits before it.
  let shift = 0;
  const ends = edits.map(edit => {
    const start = document.offsetAt(edit.range.start) + shift;
    shift += edit.text.length - (document.offsetAt(edit.range.end) - document.offsetAt(edit.range.start));
    return start + edit.text.length;
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
