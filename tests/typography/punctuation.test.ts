import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/document/markdown.js';
import { fixPunctuation } from '../../src/document/punctuation.js';

const NBSP = '\u00A0';

describe('the language punctuation', () => {
  it('keeps a number on the line of its month or unit', () => {
    expect(fixPunctuation('Op 27 september startte het')).toBe(`Op 27${NBSP}september startte het`);
    expect(fixPunctuation('ruim 75.000 mensen en 12 km verder')).toBe(
      `ruim 75.000 mensen en 12${NBSP}km verder`,
    );
    expect(fixPunctuation('meer dan 40 %')).toBe(`meer dan 40${NBSP}%`);
    expect(fixPunctuation('kost € 5')).toBe(`kost €${NBSP}5`);
  });

  it('leaves numbers before ordinary words, and words that merely start like a unit, alone', () => {
    expect(fixPunctuation('de afgelopen 20 jaar')).toBe('de afgelopen 20 jaar');
    expect(fixPunctuation('op 29 mensen')).toBe('op 29 mensen');
  });

  it('turns a spaced hyphen between words into an en dash that cannot start a line', () => {
    expect(fixPunctuation('huurlingen - meer dan 1000- vanuit')).toBe(
      `huurlingen${NBSP}– meer dan 1000- vanuit`,
    );
  });

  it('gives number ranges an en dash but keeps compounds and ISO dates', () => {
    expect(fixPunctuation('de oorlog van 1914-1918')).toBe('de oorlog van 1914–1918');
    expect(fixPunctuation('F-16 op 2020-10-18 in Nagorno-Karabakh, Aliyev- clan')).toBe(
      'F-16 op 2020-10-18 in Nagorno-Karabakh, Aliyev- clan',
    );
  });

  it('applies to text but never to code', () => {
    const [inline] = createMarkdown('nl')
      .parse('Op 27 september: `a - b` en 1914-1918', {})
      .filter((t) => t.type === 'inline');
    const parts = inline!.children!.map((c) => [c.type, c.content]);
    expect(parts).toEqual([
      ['text', `Op 27${NBSP}september: `],
      ['code_inline', 'a - b'],
      ['text', ' en 1914–1918'],
    ]);
  });
});
