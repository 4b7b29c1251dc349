import { decide, type ImportDecision } from './types.js';

/** Typographic ligatures that PDF fonts map to one glyph and pdftotext passes through as such. */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** No-break and fixed-width spaces: in plain text they only separate words. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters that PDF extraction leaves between letters. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/** A soft hyphen inside a line is invisible; at a line end it marks a broken word (kept for that rule). */
const INNER_SOFT_HYPHEN = /\u00AD(?!\n|$)/g;

/**
 * One kind of line end (`\n`), ordinary spaces, ligatures spelled out, invisible characters gone.
 * Everything else (quotes, dashes, letters) stays exactly as the text has it.
 */
export function normalizeCharacters(text: string, decisions: ImportDecision[]): string {
  let ligatures = 0;
  const normalized = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(INNER_SOFT_HYPHEN, '')
    .replace(/[\uFB00-\uFB06]/g, (ligature) => {
      ligatures++;
      return LIGATURES[ligature] ?? ligature;
    });
  if (ligatures > 0) {
    decide({ decisions }, 'repair', 0, 0, `spelled out ${ligatures} ligature(s) such as "ﬁ" as letters`);
  }
  return normalized;
}
