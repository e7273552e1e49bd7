import * as assert from 'assert';
import { privateLines, privateParts, withoutPrivate } from '../../src/core/items/private';

const NOTE = `---
person: amara-okafor
date: 2026-03-02
---
# 1:1 with Amara

## Their agenda

- Roadmap for Q3
<!-- private -->
- She seemed tired; ask HR about the leave policy first
<!-- /private -->
- Conference budget

## Notes

Good energy. <!-- private -->Comp is below band.<!-- /private --> We talked about the launch.

## Private

Thinking about her for the lead role.

### Still private (a subsection)

- [ ] check the band with HR

## Action items

- [ ] Amara: draft the RFC
`;

describe('items: private parts', () => {
  it('finds blocks, inline spans and a Private section to the next heading of the same level', () => {
    const parts = privateParts(NOTE);
    assert.strictEqual(parts.blocks, 2);
    assert.deepStrictEqual(parts.sections, ['Private']);
    assert.deepStrictEqual(parts.ranges.map(r => r.kind), ['block', 'block', 'section']);
    const section = parts.ranges[2]!;
    const text = NOTE.slice(section.start, section.end);
    assert.match(text, /^## Private\n/);
    assert.match(text, /check the band with HR\n\n$/);
    assert.ok(!text.includes('Action items'));
  });

  it('removes them and leaves everything else as written', () => {
    const shared = withoutPrivate(NOTE);
    for (const secret of ['tired', 'Comp is below band', 'lead role', 'check the band', '<!-- private', 'Still private']) assert.ok(!shared.includes(secret), secret);
    assert.ok(shared.includes('- Roadmap for Q3\n- Conference budget\n'), 'the lines around a block close up');
    assert.ok(shared.includes('Good energy.  We talked about the launch.'));
    assert.ok(shared.includes('## Notes'));
    assert.ok(shared.includes('## Action items\n\n- [ ] Amara: draft the RFC\n'));
    assert.ok(!/\n\n\n/.test(shared), 'no run of blank lines where a part was');
  });

  it('marks the lines a private part touches', () => {
    const lines = privateLines(NOTE);
    const at = (text: string) => NOTE.split('\n').findIndex(l => l.includes(text));
    assert.ok(lines.has(at('She seemed tired')));
    assert.ok(lines.has(at('check the band')));
    assert.ok(lines.has(at('Comp is below band')));
    assert.ok(!lines.has(at('Roadmap for Q3')));
    assert.ok(!lines.has(at('Conference budget')));
    assert.ok(!lines.has(at('Amara: draft the RFC')));
  });

  it('keeps an unclosed block private to the end, and nested blocks until the last close', () => {
    assert.strictEqual(withoutPrivate('a\n<!-- private -->\nb\n\n## Next\nc\n'), 'a\n');
    const nested = 'a <!-- private --> b <!-- private --> c <!-- /private --> d <!-- /private --> e';
    assert.strictEqual(withoutPrivate(nested), 'a  e');
    assert.strictEqual(privateParts(nested).blocks, 1);
  });

  it('ignores markers in code and a stray closing marker; accepts spacing and case variants', () => {
    const code = '```md\n<!-- private -->\n```\nvisible\n';
    assert.strictEqual(withoutPrivate(code), code);
    assert.strictEqual(withoutPrivate('a <!-- /private --> b'), 'a <!-- /private --> b');
    assert.strictEqual(withoutPrivate('a<!--PRIVATE-->b<!-- / private -->c'), 'ac');
  });

  it('reads "Private" headings of any level and their variants, but not topics that start with the word', () => {
    assert.deepStrictEqual(privateParts('# T\n### Private notes\nx\n## Next\n').sections, ['Private notes']);
    assert.deepStrictEqual(privateParts('## 🔒 Private (just me)\nx\n').sections, ['🔒 Private (just me)']);
    assert.deepStrictEqual(privateParts('Private\n-------\nx\n').sections, ['Private']);
    assert.deepStrictEqual(privateParts('## Private cloud migration\nx\n').sections, []);
    assert.deepStrictEqual(privateParts('## Privacy review\nx\n').sections, []);
    // A sub-heading ends at a heading of its level or higher; a deeper one stays inside.
    assert.strictEqual(withoutPrivate('## A\n### Private\nx\n#### deeper\ny\n### B\nz\n'), '## A\n### B\nz\n');
  });

  it('costs nothing for a note that never says private', () => {
    assert.deepStrictEqual(privateParts('# plain\n- [ ] a\n').ranges, []);
    const text = '# plain\n';
    assert.strictEqual(withoutPrivate(text), text);
  });
});
