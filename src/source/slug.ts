/**
 * Letters that Unicode decomposition does not split into a base letter and a mark, folded the way
 * a reader would type them on a plain keyboard.
 */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const FOLDABLE_LETTER = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/**
 * Drops accents from letters, except on Cyrillic letters: й, ё and ї are letters of their own in the
 * languages that write them, not и, е and і with an accent, so folding them would change the word.
 */
function dropAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) =>
      /\p{Script=Cyrillic}/u.test(base) ? base + marks : base,
    )
    .normalize('NFC');
}

/**
 * A heading's id as people type it in a brief: lower case, accents folded, every run of characters
 * other than letters and digits turned into one `-`. Letters of any script are kept, so Armenian and
 * Cyrillic headings get readable ids too.
 */
export function slugify(text: string): string {
  const lower = text.toLowerCase().replace(FOLDABLE_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter);
  return dropAccents(lower)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
