/** A PDF as pictures, in memory: a PNG of every page and a contact sheet of them all. */
import { contactSheet, type SheetOptions } from './contact-sheet.js';
import { DEFAULT_DPI, type PagePixels, renderPages } from './render-pages.js';

export interface PictureOptions {
  /** Resolution of the page pictures; default 96 (an A4 page is 794 × 1123 pixels). */
  dpi?: number;
  sheet?: SheetOptions;
}

export interface PdfPictures {
  /** One PNG a page, in page order. */
  pages: Buffer[];
  /** Every page side by side, as one PNG. */
  sheet: Buffer;
}

async function pagePng(page: PagePixels): Promise<Buffer> {
  // Imported here, not at start-up: only previews need it (the bundled CLI loads imports eagerly).
  const { default: sharp } = await import('sharp');
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 3 } })
    .png()
    .toBuffer();
}

export async function pdfPictures(pdf: Uint8Array, options: PictureOptions = {}): Promise<PdfPictures> {
  const pages = await renderPages(pdf, options.dpi ?? DEFAULT_DPI);
  if (pages.length === 0) throw new Error('the PDF has no pages to picture');
  return {
    pages: await Promise.all(pages.map(pagePng)),
    sheet: await contactSheet(pages, options.sheet),
  };
}
