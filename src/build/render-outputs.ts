/**
 * A brief's outputs, in memory: which kinds it asks for (pack, summary) and their PDFs. Nothing
 * here writes files; `build-briefs.ts` does.
 */
import { grayscaleBrand } from '../brand/grayscale.js';
import type { Warn } from '../errors.js';
import type { RenderedPdf } from '../pdf/render-pdf.js';
import { type PreparedBrief, prepareBrief } from './prepare-brief.js';
import { renderPack } from './render-pack.js';
import { renderSummary } from './render-summary.js';

export type OutputKind = 'pack' | 'summary';

export interface RenderOptions {
  projectRoot: string;
  warn: Warn;
  /** Only this kind of output, as `--only` asks. */
  only?: OutputKind;
  /** Black-and-white printing (`--grayscale`): brand colours, logo and images in greys. */
  grayscale?: boolean;
  /** A "DRAFT" watermark in the document's language on every page (`--draft`). */
  draft?: boolean;
}

export interface RenderedOutput {
  kind: OutputKind;
  pdf: RenderedPdf;
}

/** The kinds of output a brief asks for, narrowed by `--only`. */
export function kindsOf(prepared: PreparedBrief, only?: OutputKind): OutputKind[] {
  const kinds: OutputKind[] = [];
  if (prepared.brief.pack !== false) kinds.push('pack');
  if (prepared.brief.summary !== false) kinds.push('summary');
  return only ? kinds.filter((kind) => kind === only) : kinds;
}

export async function renderOutput(
  prepared: PreparedBrief,
  kind: OutputKind,
  options: RenderOptions,
): Promise<RenderedOutput> {
  // Every output prints in the same greys, so the brand is turned grey once, here.
  const printed = options.grayscale ? { ...prepared, brand: grayscaleBrand(prepared.brand) } : prepared;
  if (kind === 'pack' && prepared.brief.pack !== false) {
    return { kind, pdf: await renderPack(printed, prepared.brief.pack, options) };
  }
  if (kind === 'summary' && prepared.brief.summary !== false) {
    return { kind, pdf: (await renderSummary(printed, prepared.brief.summary, options)).pdf };
  }
  throw new Error(`brief ${prepared.brief.file} has no ${kind} to render`);
}

/** Every output of one brief, rendered in memory. */
export async function renderBrief(
  briefPath: string,
  options: RenderOptions,
): Promise<{ prepared: PreparedBrief; outputs: RenderedOutput[] }> {
  const prepared = await prepareBrief(briefPath, options);
  const outputs: RenderedOutput[] = [];
  for (const kind of kindsOf(prepared, options.only))
    outputs.push(await renderOutput(prepared, kind, options));
  return { prepared, outputs };
}
