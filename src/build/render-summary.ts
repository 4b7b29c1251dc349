/**
 * The one-page summary of a prepared brief, as PDF bytes in memory: its text taken from the parts,
 * the body size fitted to one page by measuring real layouts, then rendered once. When even the
 * smallest size is too large the summary is refused (BP510), or with `overflow: shorten` trailing
 * sentences are dropped and each one is reported (BP511). Nothing is ever cut silently.
 */
import { loadLogo } from '../brand/index.js';
import type { SummaryOptions } from '../brief/types.js';
import { assertPrintable } from '../document/unprintable.js';
import { BriefpackError, diagnostic, type Warn } from '../errors.js';
import { type Fit, fitToPage, planOf, SIZE_STEP } from '../layout/summary/fit.js';
import { type Frame, frameFor } from '../layout/summary/frame.js';
import { type Measurement, measuringLayout, sheetLayout } from '../layout/summary/layout-summary.js';
import { describeOverflow, shortenToFit } from '../layout/summary/overflow.js';
import { type SummaryText, summaryText } from '../layout/summary/summary-text.js';
import { draftWatermark } from '../layout/watermark.js';
import { createLayoutMeasurer, type PdfMetadata, type RenderedPdf, renderPdf } from '../pdf/render-pdf.js';
import type { PreparedBrief } from './prepare-brief.js';

export interface SummaryRenderOptions {
  warn: Warn;
  /** Logo turned grey; the brand's colours are already greys (see render-outputs). */
  grayscale?: boolean;
  draft?: boolean;
}

export interface RenderedSummary {
  pdf: RenderedPdf;
  /** The body size printed, in points. */
  size: number;
  /** Layout passes the fit took (the final render not counted). */
  passes: number;
}

export async function renderSummary(
  prepared: PreparedBrief,
  summary: SummaryOptions,
  options: SummaryRenderOptions,
): Promise<RenderedSummary> {
  const { brief, brand, language } = prepared;
  const frame = frameFor(summary.sheet);
  const { copy, images } = await copyOf(prepared, frame, options);
  const measurer = createLayoutMeasurer(images);
  const measure = (text: SummaryText, size: number): Measurement => {
    const { definition, read } = measuringLayout({ ...copy, text }, size);
    measurer.layout(definition);
    return read();
  };

  let text = summaryText(prepared.parts, summary, { title: brief.title, subtitle: brief.subtitle, language });
  assertPrintable(
    [
      text.title,
      text.subtitle,
      ...text.lead,
      text.callToAction,
      ...text.points.flatMap((p) => [p.heading, ...p.sentences]),
    ],
    { file: brief.file },
  );
  const bounds = { min: brand.summary.minSize, max: brand.summary.maxSize };
  let fit = fitToPage(frame, bounds, (size) => measure(text, size));
  if (!fit.fits) {
    const measureAtMin = (t: SummaryText) => measure(t, bounds.min);
    ({ text, fit } = handleOverflow(prepared, summary, { text, fit, frame }, measureAtMin, options.warn));
  }
  const sheet = {
    ...copy,
    text,
    images,
    ...(options.draft ? { watermark: draftWatermark(brand, language) } : {}),
  };
  for (;;) {
    const printed = sheetLayout(sheet, fit);
    const pdf = await renderPdf(printed.definition, metadataOf(prepared, text));
    const onFirstPage = printed.endAnchors.every((a) => a.positions?.[0]?.pageNumber === 1);
    if (pdf.pages === 1 && onFirstPage) return { pdf, size: fit.measurement.size, passes: fit.passes };
    // Measured and printed layouts are the same nodes; should rounding still tip the text over, a
    // quarter point smaller settles it, and the check above is repeated.
    const smaller = fit.measurement.size - SIZE_STEP;
    if (smaller < bounds.min - 1e-9)
      throw new Error(`summary of ${brief.file} measured one page, printed more`);
    fit = { ...planOf(frame, measure(text, smaller)), passes: fit.passes + 1 };
  }
}

/** What every copy shares whatever its text: brand, frame, organisation, and the logo as an image. */
async function copyOf(prepared: PreparedBrief, frame: Frame, options: SummaryRenderOptions) {
  const { brand } = prepared;
  const logo = brand.logo
    ? await loadLogo(brand.logo, brand.file, { grayscale: options.grayscale })
    : undefined;
  const images: Record<string, string> = logo ? { [logo.key]: logo.dataUrl } : {};
  const copy = {
    brand,
    frame,
    ...(logo ? { logo } : {}),
    ...(prepared.organisation ? { organisation: prepared.organisation } : {}),
  };
  return { copy, images };
}

/** The pack's metadata; the points' headings are the keywords. */
function metadataOf(prepared: PreparedBrief, text: SummaryText): PdfMetadata {
  return {
    title: prepared.brief.title,
    author: prepared.organisation,
    subject: prepared.brief.subtitle,
    keywords: text.points.map((p) => p.heading).filter(Boolean),
    language: prepared.language,
    date: prepared.pdfDate,
  };
}

/** Shortens with a warning for each sentence dropped, when the brief allows; else refuses. */
function handleOverflow(
  prepared: PreparedBrief,
  summary: SummaryOptions,
  state: { text: SummaryText; fit: Fit; frame: Frame },
  measureAtMin: (text: SummaryText) => Measurement,
  warn: Warn,
): { text: SummaryText; fit: Fit } {
  const shortened =
    summary.overflow === 'shorten'
      ? shortenToFit(state.text, state.fit, state.frame, measureAtMin)
      : undefined;
  if (!shortened) return refuse(prepared, summary, state, measureAtMin);
  for (const { heading, sentence } of shortened.dropped) {
    const where = heading ? `from "${heading}"` : 'from the lead';
    const message = `summary shortened to fit one page: dropped ${where}: "${sentence}"`;
    const hint = 'choose fewer points or "sentences:" to keep every sentence';
    warn(diagnostic('BP511', { file: prepared.brief.file }, message, hint, 'warning'));
  }
  return { text: shortened.text, fit: shortened.fit };
}

/** BP510: how much is over at the smallest size, and what would fit instead. */
function refuse(
  prepared: PreparedBrief,
  summary: SummaryOptions,
  { text, fit, frame }: { text: SummaryText; fit: Fit; frame: Frame },
  measureAtMin: (text: SummaryText) => Measurement,
): never {
  const over = describeOverflow(text, fit, frame, summary.sentences, measureAtMin);
  const shorten = summary.overflow === 'shorten';
  const remedies = [
    over.removePoints > 0 ? `remove about ${over.removePoints} of its ${text.points.length} points` : '',
    over.sentences !== undefined ? `use "sentences: ${over.sentences}"` : '',
    shorten ? '' : 'or set "overflow: shorten" to drop trailing sentences with a warning',
  ].filter(Boolean);
  const copy = summary.sheet === 'a4' ? 'the summary' : 'the A5 copy of the summary';
  const even = shorten ? ', even with one sentence a point' : '';
  const size = `${over.pages} pages at ${fit.measurement.size} pt${even} (${over.overMm} mm too long)`;
  const message = `${copy} needs ${size}; it must fit one`;
  throw new BriefpackError(diagnostic('BP510', { file: prepared.brief.file }, message, remedies.join('; ')));
}
