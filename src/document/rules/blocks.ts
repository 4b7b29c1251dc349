/** Block rules: paragraphs, headings inside a part, quotes, code, rules, raw HTML (dropped). */
import { diagnostic } from '../../errors.js';
import type { BlockRule, RenderContext } from '../context.js';
import { lineHeightPt } from '../estimate.js';
import type { AnyContent, ContentNode, Inline } from '../pdfmake-types.js';
import { hyphenateRuns, piecesToBlocks } from '../runs.js';
import { checkPrintable } from '../unprintable.js';
import { shorten } from './inline.js';
import { keepShort } from './short-blocks.js';

/** Inner padding and rule of quotes and code boxes, taken off the width available inside them. */
export const BOX_INSET = 16;

/** The smallest and largest printed heading levels (h1…h4). */
export const MAX_HEADING_LEVEL = 4;

export function clampLevel(level: number): number {
  return Math.min(MAX_HEADING_LEVEL, Math.max(1, level));
}

/** A paragraph-like text node in the current paragraph style. */
export function textNode(text: Inline[], style: string | undefined): ContentNode {
  return style ? { text, style } : { text };
}

const paragraph: BlockRule = (node, ctx) =>
  piecesToBlocks(ctx.inline(node.children), (text) =>
    textNode(hyphenateRuns(text, ctx.hyphenate), ctx.paragraphStyle),
  );

/**
 * A heading written inside a part's Markdown, levelled below the part: part level + (level − 1).
 * It is kept on a page with the opening lines of what follows it (pdfmake `keepWithNext`, our patch).
 */
export function headingNode(text: Inline[], level: number): ContentNode {
  return { text, style: `h${level}`, headlineLevel: level, keepWithNext: true };
}

const heading: BlockRule = (node, ctx) => {
  const written = Number(node.token.tag.slice(1)) || 1;
  const level = clampLevel(ctx.partLevel + written - 1);
  return piecesToBlocks(ctx.inline(node.children), (text) => headingNode(text, level));
};

/** A one-cell table: the only pdfmake box that can break across pages and draw a rule or shade. */
function box(cell: ContentNode, layout: string, style: string): ContentNode {
  return { table: { widths: ['*'], body: [[cell]] }, layout, style };
}

const blockquote: BlockRule = (node, ctx) => {
  const width = ctx.availableWidth - BOX_INSET;
  const inner = ctx.blocks(node.children, { availableWidth: width });
  if (inner.length === 0) return [];
  const quote = box({ stack: inner, border: [true, false, false, false] }, 'blockquote', 'blockquote');
  return [keepShort(quote, width, ctx.metrics)];
};

/** Tabs to spaces (4 columns): fonts have no tab glyph and pdfmake would print nothing. */
export function expandTabs(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      let out = '';
      for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
      return out;
    })
    .join('\n');
}

const codeBlock: BlockRule = (node, ctx) => {
  const code = expandTabs(node.token.content.replace(/\n+$/, ''));
  // A fence's code starts on the line after its opening ```; indented code on its own line.
  const first = ctx.line + (node.type === 'fence' ? 1 : 0);
  code.split('\n').forEach((line, index) => {
    checkPrintable(line, ctx, ctx.fileLine(first + index));
  });
  const block = box(
    { text: code, preserveLeadingSpaces: true, border: [false, false, false, false] },
    'codeBlock',
    'codeBlock',
  );
  return [keepShort(block, ctx.availableWidth - BOX_INSET, ctx.metrics)];
};

export function ruleLine(ctx: RenderContext): AnyContent {
  const gap = round(lineHeightPt(ctx.metrics) / 2);
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: round(ctx.availableWidth), y2: 0, lineWidth: 0.5 }],
    margin: [0, gap, 0, gap],
  };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const hr: BlockRule = (_node, ctx) => [ruleLine(ctx)];

const html_block: BlockRule = (node, ctx) => {
  ctx.warn(
    diagnostic(
      'BP406',
      { file: ctx.file, line: ctx.fileLine(ctx.line) },
      `raw HTML block ${shorten(node.token.content)} dropped`,
      'briefpack never interprets HTML; write it as Markdown',
      'warning',
    ),
  );
  return [];
};

export const blockRules: Record<string, BlockRule> = {
  paragraph,
  heading,
  blockquote,
  fence: codeBlock,
  code_block: codeBlock,
  hr,
  html_block,
};
