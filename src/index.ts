/**
 * briefpack's public API: what `import … from 'briefpack'` gives. It wraps the pipeline's stages in
 * a few stable calls with plain types, so that scripts do not depend on how `src/` is organised.
 *
 * ```ts
 * import { renderBrief } from 'briefpack';
 * const { pack, warnings } = await renderBrief('briefs/kort.yaml');
 * ```
 *
 * Problems with the inputs (a wrong key, an unknown section, a missing file) are thrown as a
 * {@link BriefpackError}, whose `diagnostics` carry code, file, line, column and hint.
 *
 * The public types are declared here rather than re-exported from the stages, so that the
 * declarations a user's compiler reads need nothing beyond TypeScript's own lib: no @types/node,
 * no pdfmake types (tests/package/tarball.test.ts compiles a user's script that way). The stages
 * are loaded on first call, so that importing briefpack stays light.
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from './errors.js';
import { findProjectRoot } from './project.js';
import type { Source } from './source/types.js';

export {
  BriefpackError,
  type Diagnostic,
  ERROR_CODES,
  type ErrorCode,
  formatDiagnostic,
  type Severity,
} from './errors.js';
export { findProjectRoot } from './project.js';
export type { Block, Section, Source, SourceMeta } from './source/types.js';

/** The outputs a brief can ask for: the multi-page pack and the one-page summary. */
export type OutputKind = 'pack' | 'summary';

/** A PDF made in memory. */
export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

export interface RenderBriefOptions {
  /** The project folder; default: the nearest folder above the brief with `briefs/` or `assets/`. */
  projectRoot?: string;
  /** Render only this output. */
  only?: OutputKind;
  /** Brand colours, logo and images in greys, for black-and-white printing. */
  grayscale?: boolean;
  /** A "draft" watermark, in the document's language, on every page. */
  draft?: boolean;
}

export interface RenderedBrief {
  /** The brief's file name without extension; `build` names its files after it. */
  name: string;
  /** Absent when the brief turns the output off (`pack: false`) or `only` left it out. */
  pack?: RenderedPdf;
  summary?: RenderedPdf;
  /** Problems that did not stop rendering, such as an empty `markdown:` block. */
  warnings: Diagnostic[];
}

/**
 * Renders one brief into PDFs in memory, writing no file: the same bytes `briefpack build` writes.
 * Throws a `BriefpackError` when the brief, its source or its brand is wrong.
 */
export async function renderBrief(
  briefPath: string,
  options: RenderBriefOptions = {},
): Promise<RenderedBrief> {
  const path = resolve(briefPath);
  const projectRoot = resolve(options.projectRoot ?? findProjectRoot(dirname(path)));
  const warnings: Diagnostic[] = [];
  const { renderBrief: render } = await import('./build/render-outputs.js');
  const { only, grayscale, draft } = options;
  const warn = (w: Diagnostic) => warnings.push(w);
  const { prepared, outputs } = await render(path, { projectRoot, warn, only, grayscale, draft });
  const result: RenderedBrief = { name: prepared.brief.name, warnings };
  for (const { kind, pdf } of outputs) result[kind] = { bytes: pdf.bytes, pages: pdf.pages };
  return result;
}

export interface BuildBriefsOptions {
  /** The project folder; default: the nearest folder, from the current one upwards, with `briefs/` or `assets/`. */
  projectRoot?: string;
  /** Brief files to build; default: every `*.yaml` in the project's `briefs/`. */
  briefs?: string[];
  /** Where the PDFs go; default: the project's `output/`. Relative paths are from the project folder. */
  outDir?: string;
  /** Build only this output of each brief. */
  only?: OutputKind;
  /** Brand colours, logo and images in greys, for black-and-white printing. */
  grayscale?: boolean;
  /** A "draft" watermark, in the document's language, on every page. */
  draft?: boolean;
  /** Render even outputs whose inputs have not changed since the last build. */
  force?: boolean;
}

/** One file written by {@link buildBriefs}, as `briefpack build --json` reports it. */
export interface BuiltOutput {
  /** The brief, relative to the project folder. */
  brief: string;
  kind: OutputKind;
  /** The PDF written, relative to the project folder when inside it. */
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** True when the file was already up to date and not rendered again. */
  cached: boolean;
  ms: number;
}

export interface BuildReport {
  outputs: BuiltOutput[];
  /** One or more a brief that failed; the other briefs are still built. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/**
 * Builds briefs into PDF files, as `briefpack build` does, and reports what it wrote. A brief that
 * fails does not stop the others: its problems are in `errors`, and nothing is thrown for them.
 */
export async function buildBriefs(options: BuildBriefsOptions = {}): Promise<BuildReport> {
  const projectRoot = resolve(options.projectRoot ?? findProjectRoot());
  const { buildBriefs: build } = await import('./build/build-briefs.js');
  const { only, grayscale, draft, force } = options;
  const report = await build({
    projectRoot,
    outDir: resolve(projectRoot, options.outDir ?? 'output'),
    briefs: (options.briefs ?? []).map((brief) => resolve(brief)),
    only,
    grayscale,
    draft,
    force,
  });
  return { outputs: report.outputs, errors: report.errors, warnings: report.warnings };
}

export interface LoadSourceOptions {
  /** The project folder; default: the nearest folder, from the current one upwards, with `briefs/` or `assets/`. */
  projectRoot?: string;
}

/**
 * Reads a Markdown source and splits it into sections, as a brief sees it. `nameOrPath` is a name in
 * the project's `assets/sources/` (`achtergrond-nagorno-karabakh`) or a path to a Markdown file.
 */
export async function loadSource(nameOrPath: string, options: LoadSourceOptions = {}): Promise<Source> {
  const projectRoot = resolve(options.projectRoot ?? findProjectRoot());
  const { loadSource: load, resolveSourcePath } = await import('./source/load-source.js');
  return load(resolveSourcePath(nameOrPath, projectRoot, process.cwd()), { projectRoot });
}

export interface PreviewOptions {
  /** Resolution of the page pictures; default 96 (an A4 page is 794 × 1123 pixels). */
  dpi?: number;
  /** Base of the file names; default: the PDF's file name without `.pdf`. */
  name?: string;
  /** The contact sheet's width in pixels at most (default 1200) and pages a row at most (default 4). */
  sheet?: { width?: number; columns?: number };
}

export interface WrittenPreviews {
  /** Absolute paths of the page pictures, `NAME-1.png` … `NAME-N.png`, in page order. */
  pages: string[];
  /** Absolute path of the contact sheet, `NAME-sheet.png`: every page side by side. */
  sheet: string;
}

/**
 * Writes a PNG of every page of the PDF at `pdfPath` and a contact sheet into `outDir`, as
 * `briefpack preview` does. Pictures of pages the PDF no longer has are removed.
 */
export async function writePreviews(
  pdfPath: string,
  outDir: string,
  options: PreviewOptions = {},
): Promise<WrittenPreviews> {
  const { writePreviews: write } = await import('./preview/write-previews.js');
  return write(pdfPath, outDir, options);
}
