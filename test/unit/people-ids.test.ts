import * as assert from 'assert';
import fc from 'fast-check';
import { isSafeId, safeId, slugify } from '../../src/core/person-id';

const HOSTILE = [
  '../../etc/passwd', '..', '.', '/', '\\', 'a/b', 'a\\b', '..\\..\\windows', '.hidden', 'name.', ' ', '',
  '🙂', '🙂🙃', '!!!', '---', '…', '"\'`', 'CON', 'nul', 'Com1', 'lpt9', 'aux.txt', '\u202eevil\u202c', '\u200f', '\u0000x',
  'سارة الحداد', 'דניאל כהן', 'Zoë O\'Brien', 'ŁUKASZ Żółć', '김민지', '山田 太郎', 'Ἀριστοτέλης', 'प्रिया', 'İlkay', 'ß', 'A'.repeat(300),
  'file:///etc', 'C:\\Users', '%2e%2e%2f', 'a\u0301', '\ud800', 'x y\tz\nw',
];

/** A path built from the id, resolved the way a file system would. */
function escapes(id: string): boolean {
  const segments = `notes/${id}/2026-01-01.md`.split(/[\\/]/);
  const stack: string[] = [];
  for (const s of segments) {
    if (s === '..') stack.pop();
    else if (s !== '.' && s !== '') stack.push(s);
  }
  return stack[0] !== 'notes' || stack.length !== 3 || stack[1] !== id;
}

describe('people: ids', () => {
  it('slugs ordinary names', () => {
    assert.strictEqual(slugify('Amara Okafor'), 'amara-okafor');
    assert.strictEqual(slugify("Zoë O'Brien"), 'zoe-o-brien');
    assert.strictEqual(slugify('Mateo Fernández'), 'mateo-fernandez');
    assert.strictEqual(slugify('  Dr.  Jane   Doe, Jr. '), 'dr-jane-doe-jr');
    assert.strictEqual(slugify('김민지'), '김민지');
    assert.strictEqual(slugify('سارة الحداد'), 'سارة-الحداد');
    assert.strictEqual(slugify('../../etc/passwd'), 'etc-passwd');
  });

  it('turns hostile names into safe ids that stay inside the notes folder', () => {
    for (const name of HOSTILE) {
      const id = safeId(name);
      assert.ok(isSafeId(id), `${JSON.stringify(name)} → ${JSON.stringify(id)} is not safe`);
      assert.ok(!escapes(id), `${JSON.stringify(name)} → ${id} escapes`);
      assert.ok(!/[./\\\s:\p{Cc}\p{Cf}]/u.test(id), `${JSON.stringify(name)} → ${id}`);
    }
    assert.strictEqual(safeId('🙂'), 'person');
    assert.strictEqual(safeId('CON'), 'con-person');
    assert.strictEqual(safeId('\u202eevil\u202c'), 'evil');
  });

  it('is safe and unique for any name (property)', function () {
    this.timeout(30_000);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), (name, others) => {
      const taken = others.map(o => safeId(o));
      const id = safeId(name, taken);
      return isSafeId(id) && !escapes(id) && !taken.includes(id) && [...id].length <= 48;
    }), { numRuns: 2000 });
  });

  it('gives the next free suffix', () => {
    assert.strictEqual(safeId('Sam', ['sam']), 'sam-2');
    assert.strictEqual(safeId('Sam', ['sam', 'sam-2']), 'sam-3');
    assert.strictEqual(safeId('Sam', ['SAM']), 'sam-2');
    const long = safeId('x'.repeat(100), ['x'.repeat(48)]);
    assert.strictEqual(long, `${'x'.repeat(46)}-2`);
  });

  it('rejects unsafe ids written by hand', () => {
    for (const id of ['..', 'a/b', 'A', 'a b', 'a.b', '-a', 'a-', 'a--b', 'con', '', 'é'.normalize('NFD')]) assert.ok(!isSafeId(id), id);
    for (const id of ['a', 'amara-okafor', '김민지', 'a1-2b', 'é']) assert.ok(isSafeId(id), id);
  });
});
