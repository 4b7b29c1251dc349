/** The multi-page pack of a prepared brief, as PDF bytes in memory. */
import { loadLogo } from '../brand/index.js';
import type { PackOptions } from '../brief/types.js';
import { renderParts, tableLayouts } from '../document/index.js';
import { assertPrintable } from '../document/unprintable.js';
import type { Warn } from '../errors.js';
import { layoutPack } from '../layout/pack.js';
import { contentHeight, contentWidth } from '../layout/page.js';
import { lineHeightFor } from '../layout/styles.js';
import { draftWatermark } from '../layout/watermark.js';
import { type RenderedPdf, renderPdf } from '../pdf/render-pdf.js';
import type { PreparedBrief } from './prepare-brief.js';

export async function renderPack(
  prepared: PreparedBrief,
  pack: PackOptions,
  options: { projectRoot: string; warn: Warn; grayscale?: boolean; draft?: boolean },
): Promise<RenderedPdf> {
  const { brief, brand, source, language } = prepared;
  // The cover and running header print these as they are, outside the Markdown rules' own check.
  assertPrintable([brief.title, brief.subtitle, brief.preparedFor, prepared.organisation], {
    file: brief.file,
  });
  const body = await renderParts(prepared.parts, {
    language,
    projectRoot: options.projectRoot,
    warn: options.warn,
    footnotes: source.footnotes,
    grayscale: options.grayscale === true,
    metrics: {
      bodyFontSize: brand.type.bodySize,
      lineHeight: lineHeightFor(brand.fonts.body, brand.type.lineHeight),
      contentWidth: contentWidth(),
      contentHeight: contentHeight(),
    },
  });
  const definition = layoutPack({
    text: {
      title: brief.title,
      subtitle: brief.subtitle,
      preparedFor: brief.preparedFor,
      date: prepared.printedDate,
      organisation: prepared.organisation,
      language,
    },
    brand,
    body: body.content,
    images: body.images,
    tableLayouts,
    logo: brand.logo ? await loadLogo(brand.logo, brand.file, { grayscale: options.grayscale }) : undefined,
    withCover: pack.cover,
    withContents: pack.contents,
    grayscale: options.grayscale === true,
    ...(options.draft ? { watermark: draftWatermark(brand, language) } : {}),
  });
  return renderPdf(definition, {
    title: brief.title,
    author: prepared.organisation,
    subject: brief.subtitle,
    keywords: body.headings.filter((h) => h.level === 1).map((h) => h.title),
    language,
    date: prepared.pdfDate,
  });
}
