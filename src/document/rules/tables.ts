/** Table rule: a Markdown table → a pdfmake table with one repeated header row and column alignment. */
import type { BlockRule, RenderContext } from '../context.js';
import { estimateTextHeight, lineHeightPt, textLength } from '../estimate.js';
import { attribute } from '../parse-part.js';
import type { AnyContent, ContentNode } from '../pdfmake-types.js';
import { hyphenateRuns, piecesToBlocks } from '../runs.js';
import type { TokenNode } from '../token-tree.js';
import { isShort } from './short-blocks.js';

/** Cell padding and rules, per column, for width estimates. */
const CELL_INSET = 10;

function alignment(cell: TokenNode): string | undefined {
  return /text-align:(left|center|right)/.exec(attribute(cell.token, 'style'))?.[1];
}

function rowsOf(node: TokenNode): TokenNode[] {
  return node.children.flatMap((section) => section.children.filter((row) => row.type === 'tr'));
}

function cellNode(cell: TokenNode, ctx: RenderContext, style: string, width: number): ContentNode {
  const align = alignment(cell);
  const cellContext = ctx.with({ availableWidth: width });
  const inner = piecesToBlocks(cellContext.inline(cell.children), (text) => ({
    text: hyphenateRuns(text, ctx.hyphenate),
  }));
  const first = inner[0];
  const base: ContentNode =
    inner.length === 1 && typeof first === 'object' && !Array.isArray(first) && 'text' in first
      ? { ...first }
      : inner.length === 0
        ? { text: '' }
        : { stack: inner };
  return { ...base, style, ...(align ? { alignment: align } : {}) };
}

/**
 * Columns whose longest cell fits a fair share of the width take their natural width (`auto`);
 * the others share what is left (`*`). A table that fits as it is stays all `auto`.
 */
export function columnWidths(lengths: number[], ctx: RenderContext): Array<'auto' | '*'> {
  const charWidth = ctx.metrics.bodyFontSize * 0.5;
  const natural = lengths.map((chars) => chars * charWidth + CELL_INSET);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= ctx.availableWidth) return natural.map(() => 'auto');
  const share = ctx.availableWidth / Math.max(1, lengths.length);
  const widths = natural.map((width) => (width <= share ? 'auto' : '*'));
  return widths.includes('*') ? widths : widths.map(() => '*');
}

const table: BlockRule = (node, ctx) => {
  const rows = rowsOf(node);
  const columns = Math.max(0, ...rows.map((row) => row.children.length));
  if (columns === 0) return [];
  const cellWidth = ctx.availableWidth / columns - CELL_INSET;
  const body: AnyContent[][] = rows.map((row) => {
    const style = row.children[0]?.type === 'th' ? 'tableHeader' : 'tableCell';
    // Cells carry no source map; their row does.
    const here = row.token.map ? ctx.with({ line: row.token.map[0] }) : ctx;
    const cells = row.children.map((cell) => cellNode(cell, here, style, cellWidth));
    while (cells.length < columns) cells.push({ text: '', style });
    return cells;
  });
  const lengths = Array.from({ length: columns }, (_, col) =>
    Math.max(1, ...body.map((row) => textLength(row[col]))),
  );
  const headerRows = rows[0]?.children[0]?.type === 'th' ? 1 : 0;
  const spec: ContentNode = { headerRows, widths: columnWidths(lengths, ctx), body };
  const result: ContentNode = { table: spec, layout: 'table' };

  // pdfmake makes header rows (and kept rows) one unbreakable block: allow that only when it is
  // sure to fit a page, or the table would vanish.
  const rowHeight = (row: AnyContent[] | undefined) =>
    Math.max(...(row ?? []).map((cell) => estimateTextHeight(textLength(cell), cellWidth, ctx.metrics))) +
    lineHeightPt(ctx.metrics) / 2;
  const limit = ctx.metrics.contentHeight / 3;
  if (headerRows === 1 && rowHeight(body[0]) > limit) spec.headerRows = 0;
  if (spec.headerRows === 1 && body.length > 1 && rowHeight(body[0]) + rowHeight(body[1]) <= limit) {
    spec.keepWithHeaderRows = 1;
  }
  // Rows are not split across pages when every row is short (a taller row could not be kept).
  if (body.every((row) => isShort({ table: { body: [row] } }, cellWidth, ctx.metrics)))
    spec.dontBreakRows = true;
  return [result];
};

export const tableRules: Record<string, BlockRule> = { table };
