/** What a rule knows while it converts one part: plain data plus the two ways to recurse. */
import type { Diagnostic, Warn } from '../errors.js';
import type { Metrics } from './estimate.js';
import type { Hyphenate } from './hyphenate.js';
import type { AnyContent, Inline, TextRun } from './pdfmake-types.js';
import type { TokenNode } from './token-tree.js';

export interface LoadedImage {
  /** Key in the pdfmake images dictionary. */
  key: string;
  dataUrl: string;
  widthPt: number;
  heightPt: number;
}

/** Marks that inline rules pass down to the text runs inside them. */
export type Marks = Omit<TextRun, 'text' | 'style'> & { style?: string[] };

/** An image (or another block) met inside inline content: it splits the paragraph around it. */
export class BlockPiece {
  constructor(readonly content: AnyContent) {}
}

export type Piece = Inline | BlockPiece;

export interface RenderContext {
  /** The Markdown file, for messages. */
  file: string;
  warn: Warn;
  metrics: Metrics;
  /** Printed level of the part's heading (1–4), or 0 when the part prints none. */
  partLevel: number;
  /** Footnote numbers of this part start after this one: numbering runs through the document. */
  footnoteBase: number;
  /** Images loaded before conversion, by `src` as written. */
  images: ReadonlyMap<string, LoadedImage>;
  /** File line (1-based) of a line of the parsed part (0-based); 0 when unknown (appended footnotes). */
  fileLine(parsedLine: number): number;
  /** Parsed line of the nearest ancestor with a source map. */
  line: number;
  /** Width left for content here (narrower inside lists, quotes, cells), for images and table widths. */
  availableWidth: number;
  listDepth: number;
  /** Style of paragraphs here: `body`, or none inside tight list items and notes. */
  paragraphStyle: string | undefined;
  /** Soft hyphens into body text, in the document's language (identity without patterns). */
  hyphenate: Hyphenate;
  /** Errors found while converting (characters no font can print), raised together at the end. */
  problems: Diagnostic[];
  /** The same context with some values changed (narrower, deeper…). */
  with(change: Partial<ContextData>): RenderContext;
  /** Converts block nodes, optionally in a changed context. */
  blocks(nodes: readonly TokenNode[], change?: Partial<ContextData>): AnyContent[];
  /** Converts inline nodes with extra marks. */
  inline(nodes: readonly TokenNode[], marks?: Marks): Piece[];
}

/** The plain values of a context, without its methods. */
export type ContextData = Omit<RenderContext, 'with' | 'blocks' | 'inline'>;

export type BlockRule = (node: TokenNode, ctx: RenderContext) => AnyContent[];

export interface InlineContext extends RenderContext {
  marks: Marks;
  /** Parsed line of the inline node being converted; soft and hard breaks move it on. */
  cursor: { line: number };
}

export type InlineRule = (node: TokenNode, ctx: InlineContext) => Piece[];

/** The file line of the inline content being converted. */
export function inlineFileLine(ctx: InlineContext): number {
  return ctx.fileLine(ctx.cursor.line);
}
