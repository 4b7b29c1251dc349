/** Brand → pdfmake styles: the only place type sizes, fonts and colours become layout. */
import type { Style } from 'pdfmake/interfaces.js';
import type { Brand } from '../brand/types.js';
import { NATURAL_LINE_HEIGHT } from '../pdf/fonts.js';

/**
 * pdfmake styles, with widow and orphan control (our pdfmake patch, named as in CSS): the fewest
 * lines of a paragraph left at the foot of a page (`orphans`) or carried to the next (`widows`).
 */
export type PrintStyle = Style & { orphans?: number; widows?: number };

export type Styles = Record<string, PrintStyle>;

/** No paragraph leaves a single line alone at the foot or head of a page. */
const KEEP_LINES = { orphans: 2, widows: 2 } as const;

/** pdfmake's `lineHeight` for a line `multiple` times the type size high, in `font`. */
export function lineHeightFor(font: string, multiple: number): number {
  return multiple / (NATURAL_LINE_HEIGHT[font] ?? 1.2);
}

/** Shading behind code blocks; a neutral grey when printing in black and white. */
const CODE_FILL = { colour: '#F3F4F6', grey: '#F3F3F3' } as const;

export function bodyStyles(brand: Brand, options: { grayscale?: boolean } = {}): Styles {
  const size = brand.type.bodySize;
  const lead = size * brand.type.lineHeight;
  const sans = (multiple: number) => lineHeightFor(brand.fonts.heading, multiple);
  const serif = (multiple: number) => lineHeightFor(brand.fonts.body, multiple);
  const mono = (multiple: number) => lineHeightFor('source-code-pro', multiple);
  const heading = (scale: number, before: number, after: number): Style => ({
    font: brand.fonts.heading,
    bold: true,
    fontSize: size * scale,
    lineHeight: sans(1.15),
    color: brand.colours.primary,
    margin: [0, before * lead, 0, after * lead],
    alignment: 'left',
  });
  return {
    // Justified by default; hyphenation (the document stage) keeps the spaces even.
    body: { margin: [0, 0, 0, lead * 0.55], alignment: brand.type.alignment, ...KEEP_LINES },
    h1: heading(1.6, 1.1, 0.45),
    h2: heading(1.3, 0.9, 0.35),
    h3: heading(1.1, 0.7, 0.25),
    h4: { ...heading(1.0, 0.6, 0.2), color: brand.colours.text },
    blockquote: { italics: true, color: brand.colours.text, margin: [0, 0, 0, lead * 0.55] },
    code: { font: 'source-code-pro', fontSize: size * 0.88 },
    codeBlock: {
      font: 'source-code-pro',
      fontSize: size * 0.82,
      lineHeight: mono(1.35),
      fillColor: options.grayscale ? CODE_FILL.grey : CODE_FILL.colour,
    },
    link: { color: brand.colours.accent, decoration: 'underline' },
    tableHeader: { font: brand.fonts.heading, bold: true, fontSize: size * 0.9, color: brand.colours.text },
    tableCell: { fontSize: size * 0.9, lineHeight: serif(1.3) },
    footnote: { fontSize: size * 0.8, lineHeight: serif(1.3), color: brand.colours.text, ...KEEP_LINES },
    footnoteRef: { fontSize: size * 0.65, sup: true },
    caption: { italics: true, fontSize: size * 0.85, color: brand.colours.muted, alignment: 'center' },
    listItem: { alignment: 'left', ...KEEP_LINES },
    tocTitle: heading(1.6, 0, 1),
    tocEntry: { font: brand.fonts.heading, fontSize: size, lineHeight: sans(1.9) },
    tocNumber: {
      font: brand.fonts.heading,
      fontSize: size,
      lineHeight: sans(1.9),
      color: brand.colours.muted,
    },
    running: { font: brand.fonts.heading, fontSize: 8, color: brand.colours.muted },
  };
}

export function defaultStyle(brand: Brand): Style {
  return {
    font: brand.fonts.body,
    fontSize: brand.type.bodySize,
    lineHeight: lineHeightFor(brand.fonts.body, brand.type.lineHeight),
    color: brand.colours.text,
  };
}
