/**
 * One brief, start to finish, in memory: load and check its inputs, select, convert the Markdown,
 * lay out and render. Nothing here writes files; `build-briefs.ts` does.
 */
import { dirname } from 'node:path';
import { loadBrand, loadLogo } from '../brand/index.js';
import { loadBrief, selectParts } from '../brief/index.js';
import type { Brief } from '../brief/types.js';
import { renderParts, tableLayouts } from '../document/index.js';
import type { Warn } from '../errors.js';
import { layoutPack } from '../layout/pack.js';
import { contentHeight, contentWidth } from '../layout/page.js';
import { lineHeightFor } from '../layout/styles.js';
import { type RenderedPdf, renderPdf } from '../pdf/render-pdf.js';
import { loadSource, resolveSourcePath } from '../source/index.js';
import type { Source } from '../source/types.js';

export interface RenderOptions {
  projectRoot: string;
  warn: Warn;
}

export interface RenderedBrief {
  brief: Brief;
  pack?: RenderedPdf;
}

/** The date printed and written as the PDF's creation date: the brief's, the source's, or the build's. */
function documentDate(brief: Brief, source: Source): { printed?: string; pdf?: Date } {
  const printed = brief.date ?? source.meta.date;
  if (printed) return { printed, pdf: new Date(`${printed}T00:00:00Z`) };
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return { pdf: new Date(Number(epoch) * 1000) };
  return {};
}

export async function renderBrief(briefPath: string, options: RenderOptions): Promise<RenderedBrief> {
  const { projectRoot, warn } = options;
  const brief = await loadBrief(briefPath, { projectRoot });
  const [source, brand] = await Promise.all([
    loadSource(resolveSourcePath(brief.source, projectRoot, dirname(brief.path)), { projectRoot }),
    loadBrand(brief.brand, { projectRoot, place: brief.brandPlace }),
  ]);
  const parts = selectParts(brief, source, warn);
  if (brief.pack === false) return { brief };

  const language = brief.language ?? source.meta.language ?? brand.language;
  const body = await renderParts(parts, {
    language,
    projectRoot,
    warn,
    footnotes: source.footnotes,
    metrics: {
      bodyFontSize: brand.type.bodySize,
      lineHeight: lineHeightFor(brand.fonts.body, brand.type.lineHeight),
      contentWidth: contentWidth(),
      contentHeight: contentHeight(),
    },
  });
  const date = documentDate(brief, source);
  const organisation = source.meta.organisation ?? brand.organisation;
  const definition = layoutPack({
    text: {
      title: brief.title,
      subtitle: brief.subtitle,
      preparedFor: brief.preparedFor,
      date: date.printed,
      organisation,
      language,
    },
    brand,
    body: body.content,
    images: body.images,
    tableLayouts,
    logo: brand.logo ? await loadLogo(brand.logo, brand.file) : undefined,
    withCover: brief.pack.cover,
    withContents: brief.pack.contents,
  });
  const pack = await renderPdf(definition, {
    title: brief.title,
    author: organisation,
    subject: brief.subtitle,
    keywords: body.headings.filter((h) => h.level === 1).map((h) => h.title),
    language,
    date: date.pdf,
  });
  return { brief, pack };
}
