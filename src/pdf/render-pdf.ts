/**
 * The one place that drives pdfmake: fonts in memory, the network and the disk closed, metadata
 * that keeps rebuilds byte-identical. Layout code hands over a plain document definition.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type PdfMake from 'pdfmake';
import type { CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { type FontDictionary, loadFonts, type VirtualFiles } from './fonts.js';
import { assertPatchedDependencies } from './patched-dependencies.js';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 language of the document, written as the catalogue's /Lang. */
  language: string;
  /** Creation and modification date; absent: no dates are written at all. */
  date?: Date;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/** Our pdfmake patch (patches/pdfmake+*.patch) adds `pageReferenceFormatter`; the types predate it. */
export type DocumentDefinition = TDocumentDefinitions & {
  pageReferenceFormatter?: (physicalPage: number) => string | number;
  /** Named table layouts the content uses; pdfmake only takes them process-wide, so we register them. */
  tableLayouts?: Record<string, CustomTableLayout>;
  /** pdfmake draws only this many pages (missing from @types/pdfmake); 0 lays out and draws nothing. */
  maxPagesNumber?: number;
};

const require = createRequire(import.meta.url);

export const PRODUCER = 'briefpack (pdfmake, PDFKit)';

let fonts: FontDictionary | undefined;
/**
 * Required on first use, not at start-up (half a second with PDFKit and fontkit): commands that
 * print nothing, such as check, sections or a build the cache answers, never load it.
 */
let pdfmake: typeof PdfMake;

function preparePdfmake(): void {
  if (fonts) return;
  assertPatchedDependencies();
  pdfmake = require('pdfmake');
  // The virtual file system is public at run time but missing from @types/pdfmake.
  fonts = loadFonts((pdfmake as unknown as { virtualfs: VirtualFiles }).virtualfs);
  pdfmake.setFonts(fonts);
  // Every resource a document uses is already in memory (fonts in the virtual file system, images
  // as data URLs made by sharp), so pdfmake itself may fetch nothing and read no file.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}

function infoFor(meta: PdfMetadata): NonNullable<TDocumentDefinitions['info']> {
  return {
    title: meta.title,
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.subject ? { subject: meta.subject } : {}),
    ...(meta.keywords?.length ? { keywords: meta.keywords.join(', ') } : {}),
    creator: PRODUCER,
    producer: PRODUCER,
    ...(meta.date ? { creationDate: meta.date, modDate: meta.date } : {}),
  };
}

/** PDFKit's internal document, reached for what pdfmake does not expose. */
interface PdfKitDocument {
  info: Record<string, unknown>;
  _id: Buffer;
  _root: { data: { Pages: { data: { Kids: unknown[] } } } };
}

/**
 * Without a date PDFKit would stamp "now" into /CreationDate and derive the file /ID from it, so two
 * builds would differ. We drop the date and derive the /ID from the metadata that is written.
 */
function removeClockFromDocument(doc: PdfKitDocument): void {
  delete doc.info.CreationDate;
  const stable = Object.entries(doc.info)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('\n');
  doc._id = createHash('md5').update(stable).digest();
}

/**
 * Renders a document definition to PDF bytes. `definition` must be freshly built for this call:
 * pdfmake writes its defaults into the object it is given.
 */
export async function renderPdf(definition: DocumentDefinition, meta: PdfMetadata): Promise<RenderedPdf> {
  preparePdfmake();
  if (definition.tableLayouts) pdfmake.addTableLayouts(definition.tableLayouts);
  definition.info = infoFor(meta);
  definition.language = meta.language;
  definition.pageSize = definition.pageSize ?? 'A4';
  const output = pdfmake.createPdf(definition) as unknown as {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Buffer>;
  };
  const doc = await output.getStream();
  if (!meta.date) removeClockFromDocument(doc);
  const pages = doc._root.data.Pages.data.Kids.length;
  return { bytes: await output.getBuffer(), pages };
}

/** Where each node lands is what the fit needs: pdfmake's layout engine, reached past its public API. */
interface LayoutEngine {
  registerTableLayouts(layouts: Record<string, unknown>): void;
  layoutDocument(content: unknown, doc: unknown, styles: unknown, defaultStyle: unknown): unknown[];
}

/** Lays documents out without drawing them, each pass cheaper than the last. */
export interface LayoutMeasurer {
  /**
   * Lays `definition` out and returns its page count; every node records where it landed
   * (`positions`). Page furniture (background, header, footer, watermark) takes no room from the
   * content and is left out. `definition` must be fresh, as for `renderPdf`.
   */
  layout(definition: DocumentDefinition): number;
}

/**
 * A measurer for repeated layouts of one document (a search for the type size that fits). The
 * costly part of a layout is shaping each word with its font; pdfmake caches that per PDFKit
 * document, so all passes share one document, which is never drawn or written: a second pass costs
 * a fraction of the first. `images` is the pdfmake images dictionary the definitions refer to.
 */
export function createLayoutMeasurer(images: Record<string, string> = {}): LayoutMeasurer {
  preparePdfmake();
  const internal = (path: string) => require(`pdfmake/js/${path}`);
  const PdfMakeDocument = internal('PDFDocument.js').default;
  const LayoutBuilder = internal('LayoutBuilder.js').default;
  const SvgMeasure = internal('SVGMeasure.js').default;
  const { normalizePageSize, normalizePageMargin } = internal('PageSize.js');
  const builtInLayouts = internal('tableLayouts.js').tableLayouts;
  const virtualfs = (pdfmake as unknown as { virtualfs: unknown }).virtualfs;
  const options = { autoFirstPage: false, fontLayoutCache: true, compress: false };
  const doc = new PdfMakeDocument(fonts, { ...images }, {}, {}, options, virtualfs, () => false);
  return {
    layout(definition) {
      const size = normalizePageSize(definition.pageSize ?? 'A4', definition.pageOrientation);
      const margins = normalizePageMargin(definition.pageMargins ?? 40);
      const engine: LayoutEngine = new LayoutBuilder(size, margins, new SvgMeasure());
      engine.registerTableLayouts(builtInLayouts);
      if (definition.tableLayouts) engine.registerTableLayouts(definition.tableLayouts);
      const styles = definition.styles ?? {};
      return engine.layoutDocument(definition.content, doc, styles, definition.defaultStyle ?? {}).length;
    },
  };
}
