/**
 * Typographic quotes by language, in markdown-it's order: [open double, close double, open single,
 * close single]. Apostrophes are not quotes: markdown-it always prints them as ’.
 */
export type QuoteSet = [string, string, string, string];

const NNBSP = '\u202F';

const QUOTES: Record<string, QuoteSet> = {
  // Modern Dutch usage (Taalunie, newspapers) is “…” and ‘…’; „…” is old-fashioned.
  nl: ['“', '”', '‘', '’'],
  en: ['“', '”', '‘', '’'],
  de: ['„', '“', '‚', '‘'],
  'de-ch': ['«', '»', '‹', '›'],
  // French sets a narrow no-break space inside guillemets, so they never end or start a line alone.
  fr: [`«${NNBSP}`, `${NNBSP}»`, `‹${NNBSP}`, `${NNBSP}›`],
  ru: ['«', '»', '„', '“'],
  uk: ['«', '»', '„', '“'],
  // Armenian uses guillemets at both levels.
  hy: ['«', '»', '«', '»'],
  es: ['«', '»', '“', '”'],
  it: ['«', '»', '“', '”'],
  pl: ['„', '”', '«', '»'],
  cs: ['„', '“', '‚', '‘'],
  sv: ['”', '”', '’', '’'],
  da: ['»', '«', '›', '‹'],
  nb: ['«', '»', '‘', '’'],
  no: ['«', '»', '‘', '’'],
};

const FALLBACK: QuoteSet = ['“', '”', '‘', '’'];

/** Quotes for a BCP 47 tag: the full tag first (`de-CH`), then its language (`de`), then English-style. */
export function quotesFor(language: string): QuoteSet {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0] ?? '';
  return [...(QUOTES[tag] ?? QUOTES[primary] ?? FALLBACK)];
}
