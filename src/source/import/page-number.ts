/**
 * Page numbers as documents print them: `3 / 32`, `3 of 12`, `Page 3 of 8`, `Pagina 3 van 8`,
 * `- 3 -`, `[3]`. These are page numbers wherever they stand. A bare number (`3`) may as well be a
 * table cell, so the page furniture step only drops it where it counts pages (see there).
 */
const PAGE_WORDS =
  'page|pages|pagina|pag\\.?|p\\.|seite|s\\.|página|pagine|strona|str\\.?|стр\\.?|страница|էջ';
const OF_WORDS = 'of|van|de|sur|von|di|z|из|/';

const PATTERNS: RegExp[] = [
  new RegExp(`^\\d{1,4}\\s*(?:${OF_WORDS})\\s*\\d{1,4}$`, 'iu'),
  new RegExp(`^(?:${PAGE_WORDS})\\s*\\d{1,4}(?:\\s*(?:${OF_WORDS})\\s*\\d{1,4})?$`, 'iu'),
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^[[(]\s*\d{1,4}\s*[\])]$/,
];

export function isPageNumber(text: string): boolean {
  const content = text.trim().replace(/\s+/g, ' ');
  return PATTERNS.some((pattern) => pattern.test(content));
}

/** The value of a line that is only a number of one to three digits (a year alone stays text). */
export function bareNumber(text: string): number | undefined {
  const content = text.trim();
  return /^\d{1,3}$/.test(content) ? Number(content) : undefined;
}

/** The page a page number line names (`- 3 -`, `Page 3 of 8` → 3); undefined for other lines. */
export function pageNumberValue(text: string): number | undefined {
  return isPageNumber(text) ? Number(/\d+/.exec(text)![0]) : undefined;
}
