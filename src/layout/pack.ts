/**
 * The multi-page pack: cover, contents, body, running header and footer. Page numbers printed in
 * the footer and the contents count from 1 at the first body page, whatever the cover and contents
 * take: the body's first node records on which physical page it landed once pdfmake has laid it out.
 */
import type { Content, CustomTableLayout, Watermark } from 'pdfmake/interfaces.js';
import type { Brand } from '../brand/types.js';
import type { DocumentDefinition } from '../pdf/render-pdf.js';
import { type CoverText, cover, coverBackground, type PrintedImage } from './cover.js';
import { labelsFor } from './labels.js';
import { A4, PACK_MARGINS } from './page.js';
import { bodyStyles, defaultStyle } from './styles.js';

export interface PackInput {
  text: CoverText;
  brand: Brand;
  body: Content[];
  images: Record<string, string>;
  tableLayouts: Record<string, CustomTableLayout>;
  logo?: PrintedImage & { dataUrl: string };
  withCover: boolean;
  withContents: boolean;
  /** Black-and-white printing: the few colours of our own (code shading) turn grey too. */
  grayscale?: boolean;
  /** `--draft`: drawn across every page. */
  watermark?: Watermark;
}

/** pdfmake stores where each node landed on the node itself, after layout. */
interface PlacedNode {
  positions?: Array<{ pageNumber: number }>;
}

function contentsPage(language: string): Content {
  return {
    toc: {
      title: { text: labelsFor(language).contents, style: 'tocTitle' },
      textStyle: 'tocEntry',
      numberStyle: 'tocNumber',
    },
  };
}

/** A node that starts the body on a fresh page and remembers where that was. */
function bodyAnchor(startsNewPage: boolean): Content & PlacedNode {
  // A canvas of one empty rectangle takes no height (an empty text would take a whole line) and
  // records its page; a canvas without vectors would record none.
  const nothing = { type: 'rect' as const, x: 0, y: 0, w: 0, h: 0 };
  return { canvas: [nothing], ...(startsNewPage ? { pageBreak: 'before' as const } : {}) };
}

export function layoutPack(input: PackInput): DocumentDefinition {
  const { brand, text } = input;
  const labels = labelsFor(text.language);
  const front: Content[] = [];
  if (input.withCover) front.push(...cover(text, brand, input.logo));
  if (input.withContents) {
    front.push({ stack: [contentsPage(text.language)], ...(front.length ? { pageBreak: 'before' } : {}) });
  }
  const anchor = bodyAnchor(front.length > 0);
  // Physical pages before the body; known once layout has placed the anchor.
  const frontPages = (): number => (anchor.positions?.[0]?.pageNumber ?? 1) - 1;
  const bodyPage = (physical: number): number => physical - frontPages();

  return {
    pageSize: 'A4',
    pageMargins: [PACK_MARGINS.left, PACK_MARGINS.top, PACK_MARGINS.right, PACK_MARGINS.bottom],
    content: [...front, anchor, ...input.body],
    images: { ...input.images, ...(input.logo ? { [input.logo.key]: input.logo.dataUrl } : {}) },
    tableLayouts: input.tableLayouts,
    styles: bodyStyles(brand, { grayscale: input.grayscale === true }),
    defaultStyle: defaultStyle(brand),
    background: (page: number) => (input.withCover && page === 1 ? coverBackground(brand) : null),
    header: (page: number) => (page <= frontPages() ? null : runningHeader(brand, text.title)),
    footer: (page: number, pages: number) =>
      page <= frontPages() ? null : runningFooter(brand, labels.page(bodyPage(page), pages - frontPages())),
    pageReferenceFormatter: bodyPage,
    ...(input.watermark ? { watermark: input.watermark } : {}),
  };
}

function runningHeader(brand: Brand, title: string): Content {
  const width = A4.width - PACK_MARGINS.left - PACK_MARGINS.right;
  return {
    margin: [PACK_MARGINS.left, PACK_MARGINS.top - 38, PACK_MARGINS.right, 0],
    stack: [
      {
        columns: [
          { text: brand.name, style: 'running', bold: true, width: 'auto' },
          { text: title, style: 'running', alignment: 'right', width: '*' },
        ],
        columnGap: 12,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 0.5, lineColor: brand.colours.rule },
        ],
      },
    ],
  };
}

function runningFooter(brand: Brand, pageText: string): Content {
  return {
    margin: [PACK_MARGINS.left, 28, PACK_MARGINS.right, 0],
    columns: [
      { text: brand.licence ?? '', style: 'running', width: '*' },
      { text: pageText, style: 'running', alignment: 'right', width: 'auto' },
    ],
  };
}
