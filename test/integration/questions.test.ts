// Question sets inside the real extension host: the contributed snippets insert exactly the note
// templates, their choices survive VS Code's own snippet parser, and Insert Question… inserts by id.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import { MODES } from '../../src/core/modes';
import { PURPOSES, QUESTION_SETS, allQuestions, renderProblemFrameMarkdown, renderQuestionSetMarkdown } from '../../src/core/questions';
import { modeOfNote } from '../../src/questions';
import {
  PROBLEM_FRAME_SNIPPET_PREFIX, SET_SNIPPET_PREFIX, buildMarkdownSnippets, escapeSnippetChoice, purposeSnippetPrefix,
} from '../../src/questions/snippets';
import { activateExtension, waitFor, writeWorkspaceFile } from './util';

const snippets = Object.entries(buildMarkdownSnippets());
const snippetName = (prefix: string): string => {
  const entry = snippets.find(([, s]) => s.prefix === prefix);
  assert.ok(entry, `no snippet with prefix ${prefix}`);
  return entry[0];
};

async function newNote(content = ''): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

const at = (editor: vscode.TextEditor) => [editor.selection.active.line, editor.selection.active.character];

/** Empties the editor's document and leaves any snippet session, so the next insertion starts clean. */
async function clear(editor: vscode.TextEditor): Promise<void> {
  await vscode.commands.executeCommand('leaveSnippet');
  const document = editor.document;
  await editor.edit(b => b.delete(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length))));
  assert.strictEqual(document.getText(), '');
}

/** Inserts a snippet (by its name in snippets/markdown.json, or a body) and waits for the text to land. */
async function insertSnippet(editor: vscode.TextEditor, args: { langId: string; name: string } | { snippet: string }): Promise<string> {
  await vscode.commands.executeCommand('editor.action.insertSnippet', args);
  return waitFor(() => editor.document.getText(), 5_000, `snippet ${JSON.stringify(args).slice(0, 80)} to insert`);
}

/** Closes the untitled notes without a save prompt. */
async function closeNotes(): Promise<void> {
  await vscode.commands.executeCommand('leaveSnippet');
  for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

suite('questions: snippets', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(closeNotes);

  for (const mode of MODES) {
    test(`${SET_SNIPPET_PREFIX[mode]} inserts the ${mode} set, a tab stop under each question`, async () => {
      const editor = await newNote();
      const text = await insertSnippet(editor, { langId: 'markdown', name: snippetName(SET_SNIPPET_PREFIX[mode]) });
      assert.strictEqual(text, renderQuestionSetMarkdown(mode));
      for (const q of allQuestions(mode)) assert.ok(text.includes(`\n- ${q.text}\n  - \n`), `${q.id} inserted`);

      // The cursor waits on the answer bullet of the first question, then moves to the second's.
      const lines = text.split('\n');
      const first = lines.indexOf(`- ${QUESTION_SETS[mode].groups[0]!.questions[0]!.text}`);
      assert.deepStrictEqual(at(editor), [first + 1, 4]);
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.deepStrictEqual(at(editor), [first + 3, 4]);
    });
  }

  test(`${PROBLEM_FRAME_SNIPPET_PREFIX} inserts the problem-solving frame`, async () => {
    const editor = await newNote();
    const text = await insertSnippet(editor, { langId: 'markdown', name: snippetName(PROBLEM_FRAME_SNIPPET_PREFIX) });
    assert.strictEqual(text, renderProblemFrameMarkdown());
  });

  test('each purpose snippet inserts its first wording by default', async () => {
    const editor = await newNote();
    for (const mode of MODES) {
      for (const group of QUESTION_SETS[mode].groups) {
        await clear(editor);
        const text = await insertSnippet(editor, { langId: 'markdown', name: snippetName(purposeSnippetPrefix(group.purpose, mode)) });
        assert.strictEqual(text, group.questions[0]!.text, purposeSnippetPrefix(group.purpose, mode));
      }
    }
    assert.strictEqual(snippets.length, MODES.length * (PURPOSES.length + 1) + 1);
  });

  test('VS Code\'s snippet parser reads every escaped choice back as written', async () => {
    // One choice per line, escaped as the generator escapes choices: every question, then the
    // characters that need care inside a choice. The wanted option comes first, a decoy second.
    const wanted = [...allQuestions().map(q => q.text), 'a, b', 'c | d', '$e} ${f}', 'back\\slash'];
    const body = wanted.map((w, i) => `\${${i + 1}|${[w, 'x, y | z'].map(escapeSnippetChoice).join(',')}|}`).join('\n');
    const editor = await newNote();
    const text = await insertSnippet(editor, { snippet: body });
    assert.deepStrictEqual(text.split('\n'), wanted);
  });
});

suite('questions: Insert Question command', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(closeNotes);

  test('on an empty line it inserts the question as a list item, undoable in one step', async () => {
    const before = '---\nmode: coaching\n---\n\n';
    const editor = await newNote(before);
    editor.selection = new vscode.Selection(3, 0, 3, 0);
    const id = await vscode.commands.executeCommand<string | undefined>(Commands.insertQuestion, { questionId: 'coaching.growth.1' });
    assert.strictEqual(id, 'coaching.growth.1');
    const question = QUESTION_SETS.coaching.groups[2]!.questions[0]!.text;
    assert.strictEqual(editor.document.lineAt(3).text, `- ${question}`);
    assert.deepStrictEqual(at(editor), [3, question.length + 2]);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  test('on the blank line before a heading it keeps that blank line', async () => {
    const editor = await newNote('# 1:1\n\n## Notes\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand<string | undefined>(Commands.insertQuestion, { questionId: 'coaching.growth.1' });
    const question = QUESTION_SETS.coaching.groups[2]!.questions[0]!.text;
    assert.strictEqual(editor.document.getText(), `# 1:1\n- ${question}\n\n## Notes\n`);
    assert.deepStrictEqual(at(editor), [1, question.length + 2], 'the cursor is after the question');
  });

  test('elsewhere it inserts the question at the cursor', async () => {
    const editor = await newNote('Asked:\n');
    editor.selection = new vscode.Selection(0, 6, 0, 6);
    await vscode.commands.executeCommand(Commands.insertQuestion, { questionId: 'frame.causes' });
    assert.strictEqual(editor.document.lineAt(0).text, 'Asked: What might be causing it?');
  });

  test('an unknown id inserts nothing', async () => {
    const editor = await newNote('\n');
    const id = await vscode.commands.executeCommand<string | undefined>(Commands.insertQuestion, { questionId: 'coaching.nothing.9' });
    assert.strictEqual(id, undefined);
    assert.strictEqual(editor.document.getText(), '\n');
  });

  test('the note\'s relationship comes from its note context: front matter, else the roster, else none', async () => {
    const { contexts } = await activateExtension();
    // sample/one-on-ones/people.json meets leila-haddad in mentoring. The probes are not dated
    // notes, so the people workflow ignores them.
    const declared = await writeWorkspaceFile('one-on-ones/leila-haddad/questions-probe-1.md', '---\nmode: peer-learning\n---\n');
    const plain = await writeWorkspaceFile('one-on-ones/leila-haddad/questions-probe-2.md', '# scratch\n');
    const elsewhere = await writeWorkspaceFile('elsewhere/questions-probe.md', '# scratch\n');
    try {
      assert.strictEqual(await modeOfNote(await vscode.workspace.openTextDocument(declared), contexts), 'peer-learning');
      assert.strictEqual(await modeOfNote(await vscode.workspace.openTextDocument(plain), contexts), 'mentoring');
      assert.strictEqual(await modeOfNote(await vscode.workspace.openTextDocument(elsewhere), contexts), undefined, 'no person, no front matter: every relationship');
      const untitled = await newNote('# 1:1\n');
      assert.strictEqual(await modeOfNote(untitled.document, contexts), undefined);
    } finally {
      for (const uri of [declared, plain, elsewhere]) await vscode.workspace.fs.delete(uri);
    }
  });
});
