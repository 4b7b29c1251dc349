/** Reads a built PDF back as a reader would: pages, their text and size, and the document's metadata. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  width: number;
  height: number;
}

export interface ReadPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** All pages' text joined, with whitespace runs collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = joinHyphenatedLines(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
    pages.push({ text, width, height });
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return {
    pages,
    info: info as Record<string, unknown>,
    text: pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' '),
  };
}

/**
 * A word hyphenated at a line end reads as one word, as poppler's pdftotext gives it: a line that
 * ends in a hyphen before a line starting with a small letter is joined, without the hyphen.
 * (A compound broken at its own hyphen, `OVSE-` / `waarnemingsmissie`, joins too; `squash` ignores
 * hyphens so that comparisons hold either way.)
 */
export function joinHyphenatedLines(text: string): string {
  return text.replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1');
}
