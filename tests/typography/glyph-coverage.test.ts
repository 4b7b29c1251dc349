/** Which characters the bundled fonts can print, and how one that none can is named. */
import { describe, expect, it } from 'vitest';
import {
  printableCodePoints,
  SURELY_PRINTABLE,
  unprintableCharacters,
} from '../../src/document/glyph-coverage.js';
import { describeCharacter, unicodeBlock } from '../../src/document/unicode-blocks.js';

describe('the bundled fonts', () => {
  it('print every character the fast path takes for granted', () => {
    const fonts = printableCodePoints();
    for (let codePoint = 0; codePoint < 0x2100; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      if (char === '\n' || char === '\t' || !SURELY_PRINTABLE.test(char)) continue;
      expect(fonts.has(codePoint), describeCharacter(char)).toBe(true);
    }
  });

  it('print Latin, Greek, Cyrillic and Armenian, typographic quotes and dashes', () => {
    expect(unprintableCharacters('Ǎ ǎ Ș ș Ελλάδα Россия Українська Հայաստան „…“ «…» ‘…’ – — € №')).toEqual(
      [],
    );
  });

  it('need no glyph for white space and invisible format characters', () => {
    expect(unprintableCharacters('a\u00ADb\u200Bc\u2060d\uFEFFe\u00A0f\u202Fg')).toEqual([]);
  });

  it('lack other scripts and emoji: each such character is found once', () => {
    expect(unprintableCharacters('ཀ ཀ 😀 中 ב')).toEqual(['ཀ', '😀', '中', 'ב']);
  });
});

describe('naming a character', () => {
  it.each([
    [0x0f40, 'Tibetan'],
    [0x1f600, 'Emoticons'],
    [0x4e2d, 'CJK Unified Ideographs'],
    [0x05d1, 'Hebrew'],
    [0x0007, 'control character'],
    [0xe000, 'Private Use Area'],
    [0x10ffff, 'Supplementary Private Use Area'],
  ])('U+%s is in %s', (codePoint, block) => {
    expect(unicodeBlock(codePoint)).toBe(block);
  });

  it('shows code point, character and block, the character only when it is visible', () => {
    expect(describeCharacter('ཀ')).toBe('U+0F40 “ཀ” (Tibetan)');
    expect(describeCharacter('😀')).toBe('U+1F600 “😀” (Emoticons)');
    expect(describeCharacter('\u0007')).toBe('U+0007 (control character)');
    expect(describeCharacter('\u0301')).toBe('U+0301 (Combining Diacritical Marks)');
  });
});
