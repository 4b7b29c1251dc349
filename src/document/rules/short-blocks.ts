/**
 * Short blocks are not split across pages: a quote, a code block, a list item or a table row of a
 * few lines moves to the next page whole. pdfmake keeps such a block together as `unbreakable`, but
 * silently drops an unbreakable block taller than a page (our patch makes that an error instead),
 * so only blocks that an overestimate of their lines shows to be short are marked.
 */
import type { Metrics } from '../estimate.js';
import type { ContentNode } from '../pdfmake-types.js';

/** Up to this many lines a block counts as short. */
export const SHORT_BLOCK_LINES = 6;

/** Average advance of a character, in em: generous, so that lines are overcounted. */
const CHAR_WIDTH_EM = 0.6;

/** Marks `node` unbreakable when it is short at `width`; returns it. */
export function keepShort<T extends ContentNode>(node: T, width: number, metrics: Metrics): T {
  if (isShort(node, width, metrics)) (node as ContentNode).unbreakable = true;
  return node;
}

export function isShort(content: unknown, width: number, metrics: Metrics): boolean {
  const perLine = Math.max(1, Math.floor(width / (metrics.bodyFontSize * CHAR_WIDTH_EM)));
  return lineCount(content, perLine) <= SHORT_BLOCK_LINES;
}

/** Lines a content tree takes, every text counted from its characters and line breaks. */
export function lineCount(content: unknown, perLine: number): number {
  if (typeof content === 'string') return linesOf(content, perLine);
  if (Array.isArray(content)) return content.reduce<number>((sum, item) => sum + lineCount(item, perLine), 0);
  if (typeof content !== 'object' || content === null) return 0;
  const node = content as Record<string, unknown>;
  if (node.text !== undefined) return linesOf(plain(node.text), perLine);
  if (node.image !== undefined || node.canvas !== undefined) return SHORT_BLOCK_LINES + 1;
  const table = node.table as { body?: unknown[][] } | undefined;
  const rows = table?.body ?? [];
  return (
    lineCount(node.stack, perLine) +
    lineCount(node.ul, perLine) +
    lineCount(node.ol, perLine) +
    rows.reduce<number>((sum, row) => sum + Math.max(0, ...row.map((cell) => lineCount(cell, perLine))), 0)
  );
}

function plain(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map(plain).join('');
  if (typeof text === 'object' && text !== null) return plain((text as { text?: unknown }).text);
  return '';
}

function linesOf(text: string, perLine: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
