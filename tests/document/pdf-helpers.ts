/** Rendering pdfmake content to a real PDF and reading its text back, for layout assertions. */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);

let ready = false;

function prepare(): void {
  if (ready) return;
  // The virtual file system exists at run time but not in @types/pdfmake.
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
    .virtualfs;
  const font = (style: string) => `@expo-google-fonts/source-serif-4/${style}/SourceSerif4_${style}.ttf`;
  const files = {
    normal: '400Regular',
    bold: '600SemiBold',
    italics: '400Regular_Italic',
    bolditalics: '600SemiBold_Italic',
  };
  const family: Record<string, string> = {};
  for (const [style, weight] of Object.entries(files)) {
    vfs.writeFileSync(`test-${style}.ttf`, readFileSync(require.resolve(font(weight))));
    family[style] = `test-${style}.ttf`;
  }
  pdfmake.setFonts({ Serif: family as { normal: string } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** A4, 20 mm margins, 10 pt type at line height 1.3: the METRICS of the fixtures. */
export const MARGIN = 56.69;
export const PAGE = { width: 595.28, height: 841.89 };

export async function renderPdf(content: Content[], images: Record<string, string> = {}): Promise<Buffer> {
  prepare();
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { font: 'Serif', fontSize: 10, lineHeight: 1.3 },
    styles: {
      body: { margin: [0, 0, 0, 6] },
      h1: { fontSize: 20, bold: true, margin: [0, 12, 0, 6] },
      h2: { fontSize: 16, bold: true, margin: [0, 10, 0, 4] },
      caption: { italics: true, alignment: 'center' },
    },
    // pdfmake annotates the definition in place: render a copy.
    content: structuredClone(content),
    images,
  };
  return pdfmake.createPdf(doc).getBuffer();
}

export interface TextItem {
  page: number;
  text: string;
  /** Distance from the top of the page, pt. */
  top: number;
}

/** Every text item of the PDF with its page (1-based) and position. */
export async function textItems(pdf: Buffer): Promise<TextItem[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const items: TextItem[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str.trim())
        items.push({ page, text: item.str, top: PAGE.height - item.transform[5]! });
    }
  }
  await document.destroy();
  return items;
}

export function find(items: readonly TextItem[], text: string): TextItem {
  const item = items.find((candidate) => candidate.text.includes(text));
  if (!item) throw new Error(`"${text}" not in the PDF`);
  return item;
}
