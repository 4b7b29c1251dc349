/** List rules: `- item` → pdfmake `ul`, `3. item` → `ol` with its start, nested, tight or loose. */
import type { BlockRule, RenderContext } from '../context.js';
import type { AnyContent, ContentNode } from '../pdfmake-types.js';
import type { TokenNode } from '../token-tree.js';
import { keepShort } from './short-blocks.js';

/** Indent of a list level (marker and gap), taken off the width available inside it. */
export const LIST_INDENT = 18;

/** Bullets by depth: pdfmake draws the same disc at every depth unless told. */
const BULLETS = ['disc', 'circle', 'square'] as const;

function items(node: TokenNode, ctx: RenderContext): AnyContent[] {
  const inner: Partial<RenderContext> = {
    availableWidth: ctx.availableWidth - LIST_INDENT,
    listDepth: ctx.listDepth + 1,
  };
  return node.children
    .filter((child) => child.type === 'list_item')
    .map((item) => listItem(item, ctx, inner));
}

/**
 * One item. Tight items hold hidden paragraphs, which print as plain text in the listItem style;
 * loose items keep their paragraphs' style (spacing). An item that is not one text is wrapped in a
 * stack: pdfmake prints a bare nested `ul`/`ol` item without a marker of its own.
 */
function listItem(item: TokenNode, ctx: RenderContext, inner: Partial<RenderContext>): AnyContent {
  const tight = item.children.some((child) => child.type === 'paragraph' && child.token.hidden);
  const content = ctx.blocks(item.children, {
    ...inner,
    paragraphStyle: tight ? undefined : ctx.paragraphStyle,
  });
  const only = content[0];
  if (content.length === 1 && isPlainText(only)) return keepItem({ ...only, style: 'listItem' }, ctx);
  if (content.length === 0) return { text: '', style: 'listItem' };
  return keepItem({ stack: content, style: 'listItem' }, ctx);
}

/** A short item is not split across pages. */
function keepItem(item: ContentNode, ctx: RenderContext): ContentNode {
  return keepShort(item, ctx.availableWidth - LIST_INDENT, ctx.metrics);
}

function isPlainText(content: AnyContent | undefined): content is ContentNode {
  return (
    typeof content === 'object' &&
    content !== null &&
    !Array.isArray(content) &&
    'text' in content &&
    !('style' in content)
  );
}

const bullet_list: BlockRule = (node, ctx) => {
  const bullet = BULLETS[Math.min(ctx.listDepth, BULLETS.length - 1)]!;
  return [{ ul: items(node, ctx), ...(ctx.listDepth > 0 ? { type: bullet } : {}) }];
};

const ordered_list: BlockRule = (node, ctx) => {
  const start = node.token.attrGet('start');
  const list: ContentNode = { ol: items(node, ctx) };
  if (start !== null) list.start = Number(start);
  if (node.token.markup === ')') list.separator = ')';
  return [list];
};

export const listRules: Record<string, BlockRule> = { bullet_list, ordered_list };
