import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/source/index.js';

describe('slugify', () => {
  it('lower-cases and folds diacritics', () => {
    expect(slugify('Économie à Zürich')).toBe('economie-a-zurich');
    expect(slugify('Armenië en Syrië: geëxcecuteerd')).toBe('armenie-en-syrie-geexcecuteerd');
  });

  it('folds letters that do not decompose', () => {
    expect(slugify('Straße Ærø Łódź Đakovo Œuvre')).toBe('strasse-aero-lodz-dakovo-oeuvre');
  });

  it('turns every run of other characters into one hyphen, trimmed', () => {
    expect(slugify('  Weloverwogen aanval. ')).toBe('weloverwogen-aanval');
    expect(slugify('Europa\'s -- "waarden" (2020)')).toBe('europa-s-waarden-2020');
    expect(slugify('?!…')).toBe('');
  });

  it('keeps Cyrillic, Armenian and Greek letters, lower-cased', () => {
    expect(slugify('Нагорный Карабах')).toBe('нагорный-карабах');
    expect(slugify('Йошкар-Ола и Ёлка')).toBe('йошкар-ола-и-ёлка');
    expect(slugify('Արցախի Հանրապետություն')).toBe('արցախի-հանրապետություն');
    expect(slugify('Ελλάδα')).toBe('ελλαδα');
  });
});
