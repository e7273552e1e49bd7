import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { stripCarryLink, tasksOf, type Task } from '../../src/core/carryover';
import { parseFrontMatter } from '../../src/core/frontmatter';

// The split-and-regex tasksOf that the character-code one replaced (for speed on thousands of
// notes), kept here as the reference: both must agree on every input.
const TASK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;

function width(indent: string): number {
  let w = 0;
  for (const ch of indent) w += ch === '\t' ? 4 - (w % 4) : 1;
  return w;
}

/** All tasks of a note, checked and unchecked, in order. */
function referenceTasksOf(text: string): Task[] {
  const lines = text.split('\n');
  const tasks: Task[] = [];
  const start = parseFrontMatter(text).lineCount;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  /** Open list items as (indent width, task index or undefined for a plain item). */
  const stack: { indent: number; task: number | undefined }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1] && close[1][0] === fence.char && close[1].length >= fence.length && !(close[2] ?? '').trim()) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open && open[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    if (!line.trim()) continue;
    const item = LIST_ITEM.exec(line);
    const indent = width(/^[ \t]*/.exec(line)?.[0] ?? '');
    // Leaving a list item: a line indented no deeper than the item closes it.
    while (stack.length && indent <= (stack[stack.length - 1]?.indent ?? 0)) stack.pop();
    if (!item) {
      // Paragraph text at the left margin ends every list.
      if (indent === 0) stack.length = 0;
      continue;
    }
    const task = TASK.exec(line);
    let taskIndex: number | undefined;
    if (task) {
      const parentEntry = [...stack].reverse().find(s => s.task !== undefined);
      const parent = parentEntry?.task;
      const depth = parent === undefined ? 0 : (tasks[parent]?.depth ?? 0) + 1;
      const body = stripCarryLink(task[3] ?? '').trim();
      taskIndex = tasks.length;
      tasks.push({ text: body, checked: task[2] !== ' ', line: i, depth, parent });
    }
    stack.push({ indent, task: taskIndex });
  }
  return tasks;
}


const strip = (tasks: Task[]) => tasks.map(t => ({ text: t.text, checked: t.checked, line: t.line, depth: t.depth, parent: t.parent }));

const PIECES = ['- [ ] a', '- [x] b', '  - [ ] c', '\t- [X] d', '1. [ ] e', '12) [ ] f', '1234567890. [ ] g', '* [ ]', '+ [ ]  h  ', '- plain', '    - [ ] deep',
  '```', '````', '~~~', '``` js `x`', '   ```', '    ```', '<!--', '-->', '<!-- x -->', '  <!-- y', 'text', '', ' ', '\u00a0', '\u2028', '- [ ] i — [2026-01-02, line 3](2026-01-02.md#L3)',
  '---', 'date: 2026-01-02', '- [ ] tab\tinside', '-\t[ ] tabbed', '- [ ]x', '- [y] not', '\r', 'a\rb', '- [ ] j\r', ' '.repeat(70) + '- [ ] far', ' '.repeat(90) + '- [ ] farther'];

describe('people: carry-over tasksOf agrees with its reference', () => {
  it('on generated notes', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const text = lines.join(eol);
      assert.deepStrictEqual(strip(tasksOf(text)), strip(referenceTasksOf(text)), JSON.stringify(text));
    }), { numRuns: 3000 });
  });

  it('on the template, the fixtures and the development notes', () => {
    const texts = ['---\nperson: a\n---\n- [ ] x\n  - [ ] y\n', '- [ ] a\n\nparagraph\n  - [ ] b\n'];
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
    for (const file of [...walk('sample'), ...walk('test/fixtures')]) texts.push(fs.readFileSync(file, 'utf8'));
    assert.ok(texts.length > 10, `${texts.length} notes`);
    for (const text of texts) assert.deepStrictEqual(strip(tasksOf(text)), strip(referenceTasksOf(text)));
  });
});
