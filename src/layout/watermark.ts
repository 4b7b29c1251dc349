/** The `--draft` watermark: "DRAFT" across every page, in the document's language. */
import type { Watermark } from 'pdfmake/interfaces.js';
import type { Brand } from '../brand/types.js';
import { labelsFor } from './labels.js';

export function draftWatermark(brand: Brand, language: string): Watermark {
  return {
    text: labelsFor(language).draft,
    font: brand.fonts.heading,
    bold: true,
    // The brand's muted grey is also grey under --grayscale; faint enough to read the text through.
    color: brand.colours.muted,
    opacity: 0.14,
  };
}
