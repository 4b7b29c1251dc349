/**
 * The document stage: the brief's selected parts, as Markdown, → pdfmake content.
 *
 * Each part prints its heading (when it has a title) and then its blocks, parsed by markdown-it and
 * converted by the rule tables in rules/. Images are loaded (and checked) before conversion, since
 * markdown-it works synchronously. Headings are kept with what follows them (rules/keep-with-next).
 *
 * Raw HTML is never interpreted: it prints nothing, with a BP406 warning.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { SelectedPart } from '../brief/types.js';
import { BriefpackError, type Diagnostic, type Warn } from '../errors.js';
import type { LoadedImage } from './context.js';
import type { Metrics } from './estimate.js';
import { hyphenatorFor } from './hyphenate.js';
import { loadImage } from './images.js';
import { createMarkdown } from './markdown.js';
import { type ParsedPart, parsePart } from './parse-part.js';
import type { AnyContent, ContentNode, Inline } from './pdfmake-types.js';
import { createContext, renderBlocks } from './render.js';
import { clampLevel, headingNode } from './rules/blocks.js';
import { piecesToInlines, plainText } from './runs.js';
import { buildTree } from './token-tree.js';

export { loadImage } from './images.js';
export { quotesFor } from './quotes.js';
export { keepWithNext } from './rules/keep-with-next.js';
export { tableLayouts } from './table-layouts.js';

export interface DocumentOptions {
  /** BCP 47, e.g. `nl`: chooses the typographic quotes and the hyphenation patterns. */
  language: string;
  /** Soft hyphens into body text (default true); off, lines break at spaces and hyphens only. */
  hyphenate?: boolean;
  /** Absolute; every local file read must resolve inside it (symlinks included). */
  projectRoot: string;
  /** Warnings: link scheme refused (BP405), raw HTML dropped (BP406). */
  warn: Warn;
  /** pt; lineHeight is pdfmake's multiplier. */
  metrics: Metrics;
  /** The source's footnote definitions as Markdown, appended to each part that refers to a note. */
  footnotes: string;
  /** Images turned grey, for black-and-white printing (`--grayscale`). */
  grayscale?: boolean;
}

export interface DocumentResult {
  content: Content[];
  /** pdfmake images dictionary: key → data URL. */
  images: Record<string, string>;
  /**
   * The parts' printed headings, in order: `title` as plain text (Markdown marks gone, typographic
   * quotes in), `level` the printed level (1 = h1 … 4 = h4).
   */
  headings: Array<{ id: string; title: string; level: number }>;
}

export async function renderParts(parts: SelectedPart[], options: DocumentOptions): Promise<DocumentResult> {
  const md = createMarkdown(options.language);
  const parsed = parts.map((part) => parsePart(part, md, options.footnotes));
  const loaded = await loadImages(parsed, options);
  const levelOf = printedLevels(parts);

  const content: AnyContent[] = [];
  const headings: DocumentResult['headings'] = [];
  const problems: Diagnostic[] = [];
  const hyphenate =
    (options.hyphenate !== false && hyphenatorFor(options.language)) || ((text: string) => text);
  let footnoteBase = 0;
  for (const [index, item] of parsed.entries()) {
    const { part } = item;
    const title = part.title.trim();
    const level = title ? levelOf(part) : 0;
    const ctx = createContext({
      file: part.file,
      warn: options.warn,
      metrics: options.metrics,
      partLevel: level,
      footnoteBase,
      images: loaded[index]!,
      fileLine: item.fileLine,
      line: 0,
      availableWidth: options.metrics.contentWidth,
      listDepth: 0,
      paragraphStyle: 'body',
      hyphenate,
      problems,
    });
    if (title) {
      const inline = md.parseInline(title, {});
      // The title's own line is not known here (a brief may override it): messages name the file.
      const titleContext = ctx.with({ fileLine: () => 0 });
      const text = piecesToInlines(titleContext.inline(buildTree(inline)));
      content.push(partHeading(part.id, text, level));
      headings.push({ id: part.id, title: plainText(text), level });
    }
    content.push(...renderBlocks(buildTree(item.tokens), ctx));
    footnoteBase += item.footnoteCount;
  }

  const images: Record<string, string> = {};
  for (const map of loaded) for (const image of map.values()) images[image.key] = image.dataUrl;
  if (problems.length > 0) throw new BriefpackError(problems);
  // The nodes follow pdfmake's document model; its strict union types are met at this edge.
  return { content: content as unknown as Content[], images, headings };
}

/**
 * Heading levels are relative: the smallest level among the parts' headings prints as h1, the
 * next as h2…, capped at h4. A titled part without a level (an intro given a title) prints as h1.
 */
function printedLevels(parts: readonly SelectedPart[]): (part: SelectedPart) => number {
  const levels = parts.filter((part) => part.title.trim() && part.level > 0).map((part) => part.level);
  const smallest = levels.length > 0 ? Math.min(...levels) : 1;
  return (part) => (part.level > 0 ? clampLevel(part.level - smallest + 1) : 1);
}

function partHeading(id: string, text: Inline[], level: number): ContentNode {
  const node = headingNode(text, level);
  return { ...node, id, ...(level <= 2 ? { tocItem: true } : {}) };
}

/** Loads every image of every part at once; all refusals are reported together. */
async function loadImages(
  parsed: readonly ParsedPart[],
  options: DocumentOptions,
): Promise<Map<string, LoadedImage>[]> {
  const loads = new Map<string, Promise<LoadedImage>>();
  const imageOptions = {
    projectRoot: options.projectRoot,
    contentWidth: options.metrics.contentWidth,
    contentHeight: options.metrics.contentHeight,
    grayscale: options.grayscale === true,
  };
  const perPart = parsed.map(({ part, images }) =>
    images.map(({ src, line }) => {
      const key = `${part.basePath}\n${src}`;
      let load = loads.get(key);
      if (!load) {
        load = loadImage(src, part.basePath, part.file, line, imageOptions);
        loads.set(key, load);
      }
      return { src, load };
    }),
  );
  const settled = await Promise.allSettled([...loads.values()]);
  const problems: Diagnostic[] = [];
  for (const result of settled) {
    if (result.status === 'fulfilled') continue;
    if (result.reason instanceof BriefpackError) problems.push(...result.reason.diagnostics);
    else throw result.reason;
  }
  if (problems.length > 0) throw new BriefpackError(problems);
  return Promise.all(
    perPart.map(async (list) => {
      const map = new Map<string, LoadedImage>();
      for (const { src, load } of list) map.set(src, await load);
      return map;
    }),
  );
}
