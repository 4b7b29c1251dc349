/**
 * A brief's outputs, in memory: which kinds it asks for (pack, summary) and their PDFs. Nothing
 * here writes files; `build-briefs.ts` does.
 */
import type { Warn } from '../errors.js';
import type { RenderedPdf } from '../pdf/render-pdf.js';
import { type PreparedBrief, prepareBrief } from './prepare-brief.js';
import { renderPack } from './render-pack.js';

export type OutputKind = 'pack' | 'summary';

export interface RenderOptions {
  projectRoot: string;
  warn: Warn;
  /** Only this kind of output, as `--only` asks. */
  only?: OutputKind;
}

export interface RenderedOutput {
  kind: OutputKind;
  pdf: RenderedPdf;
}

/** The kinds of output a brief asks for, narrowed by `--only`. */
export function kindsOf(prepared: PreparedBrief, only?: OutputKind): OutputKind[] {
  const kinds: OutputKind[] = [];
  // The summary (issue: one-page summaries) is not rendered yet; its brief settings are validated.
  if (prepared.brief.pack !== false) kinds.push('pack');
  return only ? kinds.filter((kind) => kind === only) : kinds;
}

export async function renderOutput(
  prepared: PreparedBrief,
  kind: OutputKind,
  options: RenderOptions,
): Promise<RenderedOutput> {
  if (kind === 'pack' && prepared.brief.pack !== false) {
    return { kind, pdf: await renderPack(prepared, prepared.brief.pack, options) };
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
