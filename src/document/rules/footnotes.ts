/**
 * Footnote rules. References print as superscript numbers; the notes a part references print as a
 * small numbered block at the end of that part (markdown-it-footnote appends them to the part's
 * token stream). Numbers run on through the document: the part's base is added to each.
 */
import type { BlockRule, InlineRule } from '../context.js';
import type { AnyContent } from '../pdfmake-types.js';
import { run } from '../runs.js';
import { round } from './blocks.js';

const footnote_ref: InlineRule = (node, ctx) => {
  const id = Number(node.token.meta?.id ?? 0);
  return [
    run(String(ctx.footnoteBase + id + 1), {
      ...ctx.marks,
      sup: true,
      style: [...(ctx.marks.style ?? []), 'footnoteRef'],
    }),
  ];
};

/** The back-reference arrows of HTML footnotes mean nothing on paper. */
const footnote_anchor: InlineRule = () => [];

const footnote_block: BlockRule = (node, ctx) => {
  const notes = node.children.filter((child) => child.type === 'footnote');
  if (notes.length === 0) return [];
  const first = Number(notes[0]!.token.meta?.id ?? 0);
  const items: AnyContent[] = notes.map((note) => {
    // Notes keep the footnote style: their paragraphs carry no body style of their own.
    const content = ctx.blocks(note.children, { paragraphStyle: undefined });
    const only = content[0];
    if (content.length === 1 && typeof only === 'object' && !Array.isArray(only) && 'text' in only)
      return only;
    return content.length === 0 ? { text: '' } : { stack: content };
  });
  const separator = {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: round(ctx.metrics.contentWidth / 4), y2: 0, lineWidth: 0.5 }],
  };
  return [{ stack: [separator, { ol: items, start: ctx.footnoteBase + first + 1 }], style: 'footnote' }];
};

/** footnote_anchor tokens sit inside the notes' paragraphs, so they are inline rules. */
export const footnoteInlineRules: Record<string, InlineRule> = { footnote_ref, footnote_anchor };
export const footnoteBlockRules: Record<string, BlockRule> = { footnote_block };
