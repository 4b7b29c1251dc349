/**
 * Rough, deliberately generous height estimates. They guard `unbreakable` blocks and
 * `keepWithHeaderRows`: pdfmake silently DROPS an unbreakable block taller than a page (its
 * transaction context has no height limit, and the finished fragment then fits on no page), so a
 * block is only made unbreakable when even an overestimate of its height fits well within a page.
 */
export interface Metrics {
  bodyFontSize: number;
  /** pdfmake `lineHeight`: a multiplier of the font's own line height. */
  lineHeight: number;
  contentWidth: number;
  contentHeight: number;
}

/**
 * A pdfmake line is (ascender − descender + lineGap) × fontSize × lineHeight. Source Serif 4 has
 * 1.371 em, Source Sans 3 1.424 em; 1.45 covers both and most text faces.
 */
export const FONT_LINE_FACTOR = 1.45;

/** Average advance of a character, in em, rounded up for bold and wide scripts. */
const CHAR_WIDTH_EM = 0.6;

export function lineHeightPt(metrics: Metrics, fontSize = metrics.bodyFontSize): number {
  return fontSize * metrics.lineHeight * FONT_LINE_FACTOR;
}

/** Height of `chars` characters set in a column `width` wide, at `fontSize`. */
export function estimateTextHeight(
  chars: number,
  width: number,
  metrics: Metrics,
  fontSize = metrics.bodyFontSize,
): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH_EM)));
  const lines = Math.max(1, Math.ceil(chars / perLine));
  return lines * lineHeightPt(metrics, fontSize);
}

/** The visible characters of a content tree (text, list items, cells), for estimates. */
export function textLength(content: unknown): number {
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) return content.reduce<number>((sum, item) => sum + textLength(item), 0);
  if (typeof content !== 'object' || content === null) return 0;
  const node = content as Record<string, unknown>;
  const table = node.table as { body?: unknown } | undefined;
  return (
    textLength(node.text) +
    textLength(node.stack) +
    textLength(node.ul) +
    textLength(node.ol) +
    textLength(table?.body)
  );
}
