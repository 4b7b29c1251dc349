/** Image rule: `![alt](file.png)` → a centred image (loaded beforehand) with its alt text as caption. */

import { BlockPiece, type InlineRule } from '../context.js';
import { estimateTextHeight, textLength } from '../estimate.js';
import { attribute } from '../parse-part.js';
import type { ContentNode } from '../pdfmake-types.js';
import { piecesToInlines } from '../runs.js';
import { round } from './blocks.js';

const image: InlineRule = (node, ctx) => {
  const src = attribute(node.token, 'src');
  const loaded = ctx.images.get(src);
  // Every image was loaded (or refused with an error) before conversion; this is a safety net.
  if (!loaded) return [];
  const width = round(Math.min(loaded.widthPt, ctx.availableWidth));
  const height = (loaded.heightPt * width) / loaded.widthPt;
  const picture: ContentNode = { image: loaded.key, width, alignment: 'center' };
  const caption = piecesToInlines(ctx.inline(node.children));
  if (caption.length === 0) return [new BlockPiece(picture)];
  const total = height + estimateTextHeight(textLength(caption), ctx.availableWidth, ctx.metrics) * 1.5;
  const figure: ContentNode = { stack: [picture, { text: caption, style: 'caption' }] };
  // Image and caption stay together, unless that could be taller than a page (pdfmake would drop it).
  if (total < ctx.metrics.contentHeight * 0.9) figure.unbreakable = true;
  return [new BlockPiece(figure)];
};

export const imageRules: Record<string, InlineRule> = { image };
