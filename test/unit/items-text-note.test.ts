import * as assert from 'assert';
import { looksLikeTextNote } from '../../src/core/items/text-note';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('items: text or binary', () => {
  it('takes markdown in UTF-8, with or without a BOM, in any script', () => {
    assert.ok(looksLikeTextNote(utf8('# 1:1\n- [ ] Aiko: send it\r\n')));
    assert.ok(looksLikeTextNote(utf8('\ufeff# Überblick — 日本語 😀\n')));
    assert.ok(looksLikeTextNote(new Uint8Array()));
  });

  it('refuses NUL bytes, invalid UTF-8, UTF-16 and many control characters', () => {
    assert.ok(!looksLikeTextNote(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'a PNG header');
    assert.ok(!looksLikeTextNote(utf8('abc\u0000def')));
    assert.ok(!looksLikeTextNote(new Uint8Array([0x61, 0xc3, 0x28])), 'a broken two-byte sequence');
    assert.ok(!looksLikeTextNote(new Uint8Array([0xc0, 0xaf])), 'an overlong slash');
    assert.ok(!looksLikeTextNote(new Uint8Array([0xed, 0xa0, 0x80])), 'a surrogate');
    assert.ok(!looksLikeTextNote(new Uint8Array([0xff, 0xfe, 0x23, 0x00])), 'UTF-16');
    assert.ok(!looksLikeTextNote(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 5 ? 0x61 : 0x01)))));
  });

  it('does not fail a long note whose sample ends inside a character', () => {
    const text = utf8(`${'a'.repeat(8191)}é and more`);
    assert.ok(looksLikeTextNote(text));
    assert.ok(!looksLikeTextNote(text.slice(0, 8192)), 'but a file that ends there is broken');
  });
});
