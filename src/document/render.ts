/**
 * The rule runner: `blockRules[node.type]` and `inlineRules[node.type]` turn token nodes into
 * pdfmake content, like markdown-it's renderer table turns tokens into HTML. A construct without a
 * rule never loses its text: its children, or else its content, are converted instead.
 */
import type {
  BlockRule,
  ContextData,
  InlineContext,
  InlineRule,
  Marks,
  Piece,
  RenderContext,
} from './context.js';
import type { AnyContent } from './pdfmake-types.js';
import { textNode } from './rules/blocks.js';
import { blockRules, inlineRules } from './rules/index.js';
import { mergeMarks, run } from './runs.js';
import type { TokenNode } from './token-tree.js';

export function createContext(data: ContextData): RenderContext {
  const ctx: RenderContext = {
    ...data,
    with: (change) => createContext({ ...data, ...change }),
    blocks: (nodes, change) => renderBlocks(nodes, change ? ctx.with(change) : ctx),
    inline: (nodes, marks) => renderInline(nodes, inlineContext(ctx, marks ?? {}, { line: ctx.line })),
  };
  return ctx;
}

export function renderBlocks(
  nodes: readonly TokenNode[],
  ctx: RenderContext,
  rules = blockRules,
): AnyContent[] {
  const out: AnyContent[] = [];
  for (const node of nodes) {
    const here = node.token.map ? ctx.with({ line: node.token.map[0] }) : ctx;
    const rule: BlockRule | undefined = rules[node.type];
    if (rule) out.push(...rule(node, here));
    else if (node.children.length > 0) out.push(...here.blocks(node.children));
    else if (node.token.content) out.push(textNode([node.token.content], ctx.paragraphStyle));
  }
  return out;
}

function inlineContext(ctx: RenderContext, marks: Marks, cursor: { line: number }): InlineContext {
  const ictx: InlineContext = {
    ...ctx,
    marks,
    cursor,
    inline: (nodes, more) => renderInline(nodes, inlineContext(ctx, mergeMarks(marks, more ?? {}), cursor)),
  };
  return ictx;
}

export function renderInline(nodes: readonly TokenNode[], ctx: InlineContext, rules = inlineRules): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    const rule: InlineRule | undefined = rules[node.type];
    if (rule) out.push(...rule(node, ctx));
    else if (node.children.length > 0) out.push(...ctx.inline(node.children));
    else if (node.token.content) out.push(run(node.token.content, ctx.marks));
  }
  return out;
}
