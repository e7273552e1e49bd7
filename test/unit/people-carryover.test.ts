import * as assert from 'assert';
import { carriedOverLines, openItems, tasksOf } from '../../src/core/carryover';
import { renderNote } from '../../src/core/templates';

const NOTE = `---
person: amara-okafor
date: 2026-03-02
---
# 1:1

- [ ] top open
  - [x] done child
  - [ ] open child
    - [ ] open grandchild
- [x] done parent
  - [ ] open under done
* [X] capital X is done
1. [ ] numbered open
- [ ]
- plain item
  - [ ] task under a plain item

\`\`\`md
- [ ] inside a fence
\`\`\`

~~~~
- [ ] inside a tilde fence
~~~~

<!--
- [ ] inside a comment
-->
    Some text
- [ ] carried again — [2026-02-16, line 9](2026-02-16.md#L9)
`;

describe('people: carry-over', () => {
  it('finds checked and unchecked tasks with their nesting', () => {
    const tasks = tasksOf(NOTE);
    assert.deepStrictEqual(tasks.map(t => [t.text, t.checked, t.depth]), [
      ['top open', false, 0],
      ['done child', true, 1],
      ['open child', false, 1],
      ['open grandchild', false, 2],
      ['done parent', true, 0],
      ['open under done', false, 1],
      ['capital X is done', true, 0],
      ['numbered open', false, 0],
      ['', false, 0],
      ['task under a plain item', false, 0],
      ['carried again', false, 0],
    ]);
  });

  it('carries every unchecked task, nested, outside fences and comments', () => {
    const items = openItems(NOTE);
    assert.deepStrictEqual(items.map(i => [i.text, i.depth, i.line + 1]), [
      ['top open', 0, 7],
      ['open child', 1, 9],
      ['open grandchild', 2, 10],
      ['open under done', 0, 12],
      ['numbered open', 0, 14],
      ['task under a plain item', 0, 17],
      ['carried again', 0, 31],
    ]);
  });

  it('links each item back to its line in the previous note', () => {
    const lines = carriedOverLines(openItems(NOTE), '2026-03-02.md');
    assert.strictEqual(lines[0], '- [ ] top open — [2026-03-02, line 7](2026-03-02.md#L7)');
    assert.strictEqual(lines[2], '    - [ ] open grandchild — [2026-03-02, line 10](2026-03-02.md#L10)');
    // An item carried before gets the newest link only.
    assert.strictEqual(lines[6], '- [ ] carried again — [2026-03-02, line 31](2026-03-02.md#L31)');
  });

  it('puts carried items into the new note, and they carry again next time', () => {
    const first = renderNote({ personId: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', date: '2026-03-16', previous: { fileName: '2026-03-02.md', items: openItems(NOTE) } });
    assert.match(first, /## Carried over\n\n- \[ \] top open — \[2026-03-02, line 7\]\(2026-03-02\.md#L7\)\n {2}- \[ \] open child/);
    const again = openItems(first);
    assert.deepStrictEqual(again.map(i => i.text), ['top open', 'open child', 'open grandchild', 'open under done', 'numbered open', 'task under a plain item', 'carried again']);
    // The line numbers point at the items in the new note.
    const lines = first.split('\n');
    for (const item of again) assert.ok(lines[item.line]?.includes(item.text));
  });

  it('handles CRLF line endings and unterminated fences', () => {
    assert.deepStrictEqual(openItems('- [ ] a\r\n- [x] b\r\n- [ ] c\r\n').map(i => i.text), ['a', 'c']);
    assert.deepStrictEqual(openItems('- [ ] a\n```\n- [ ] b\n').map(i => i.text), ['a']);
  });
});
