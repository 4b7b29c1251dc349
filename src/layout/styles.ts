/** Brand → pdfmake styles: the only place type sizes, fonts and colours become layout. */
import type { Style } from 'pdfmake/interfaces.js';
import type { Brand } from '../brand/types.js';
import { NATURAL_LINE_HEIGHT } from '../pdf/fonts.js';

export type Styles = Record<string, Style>;

/** pdfmake's `lineHeight` for a line `multiple` times the type size high, in `font`. */
export function lineHeightFor(font: string, multiple: number): number {
  return multiple / (NATURAL_LINE_HEIGHT[font] ?? 1.2);
}

export function bodyStyles(brand: Brand): Styles {
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
    body: { margin: [0, 0, 0, lead * 0.55], alignment: brand.type.alignment },
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
      fillColor: '#F3F4F6',
    },
    link: { color: brand.colours.accent, decoration: 'underline' },
    tableHeader: { font: brand.fonts.heading, bold: true, fontSize: size * 0.9, color: brand.colours.text },
    tableCell: { fontSize: size * 0.9, lineHeight: serif(1.3) },
    footnote: { fontSize: size * 0.8, lineHeight: serif(1.3), color: brand.colours.text },
    footnoteRef: { fontSize: size * 0.65, sup: true },
    caption: { italics: true, fontSize: size * 0.85, color: brand.colours.muted, alignment: 'center' },
    listItem: { alignment: 'left' },
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
