/**
 * Keep-with-next: a heading must never end a page.
 *
 * pdfmake has no keep-with-next, and `pageBreakBefore` re-lays out the whole document for every
 * heading. Instead the heading goes into an `unbreakable` stack together with an empty spacer as
 * tall as what must follow it (two body lines, or the next block when that cannot break, such as
 * an image), and the next node is pulled back up by that height with a negative top margin:
 *
 *   { stack: [heading, { canvas: [], margin: [0, 0, 0, h] }], unbreakable: true }
 *   { stack: [next], margin: [0, -h, 0, 0] }
 *
 * When heading and spacer do not fit, pdfmake moves the whole stack to the next page; when they
 * do, the next block starts right under the heading and at least two of its lines fit there.
 * pdfmake applies negative margins as they are (`DocumentContext.moveDown` with a negative
 * offset; the "margin larger than the space left" test in `LayoutBuilder.processNode` cannot fire
 * for a negative one). The next node is wrapped in a stack so that its own margins stay. The
 * spacer is an empty canvas, not `{ text: '' }`: an empty text still takes a full line's height.
 *
 * A stack is only made unbreakable when an overestimate of its height is well below a page:
 * pdfmake silently drops an unbreakable block taller than a page.
 */
import { estimateTextHeight, lineHeightPt, type Metrics, textLength } from '../estimate.js';
import type { AnyContent, ContentNode } from '../pdfmake-types.js';

/** Height of unbreakable blocks (images, kept table rows) that a heading must keep with it. */
const heightHints = new WeakMap<object, number>();

export function setHeightHint(node: ContentNode, height: number): void {
  heightHints.set(node, height);
}

export function heightHint(node: AnyContent | undefined): number | undefined {
  return typeof node === 'object' && node !== null ? heightHints.get(node) : undefined;
}

/** Printed heading sizes relative to body type, generous, for estimates only. */
const HEADING_SCALE = [2.4, 2, 1.6, 1.3, 1.2];

export function isHeading(node: AnyContent | undefined): node is ContentNode {
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    typeof node.headlineLevel === 'number'
  );
}

function estimateHeadingHeight(node: ContentNode, metrics: Metrics): number {
  const level = Number(node.headlineLevel);
  const size = metrics.bodyFontSize * (HEADING_SCALE[level - 1] ?? 1.2);
  // A heading's own spacing (style margins) is unknown here: count a line of it above and below.
  return (
    estimateTextHeight(textLength(node), metrics.contentWidth, metrics, size) +
    2 * lineHeightPt(metrics, size)
  );
}

/**
 * Keeps `headings` (one, or several in a row) with at least `minFollowing` body lines of `next`.
 * Returns the nodes to print in their place: the kept group and the pulled-up next node.
 */
export function keepWithNext(
  headings: readonly ContentNode[],
  next: AnyContent | undefined,
  minFollowing: number,
  metrics: Metrics,
): AnyContent[] {
  if (next === undefined || headings.length === 0)
    return [...headings, ...(next === undefined ? [] : [next])];
  const lines = minFollowing * lineHeightPt(metrics);
  const hint = heightHint(next);
  const headingsHeight = headings.reduce((sum, heading) => sum + estimateHeadingHeight(heading, metrics), 0);
  const limit = metrics.contentHeight * 0.75;
  // Keep a whole unbreakable next block when heading and block fit together; else two lines.
  const keep = hint !== undefined && hint > lines && headingsHeight + hint < limit ? hint : lines;
  if (headingsHeight + keep >= limit) return [...headings, next];
  const h = Math.round(keep * 100) / 100;
  return [
    { stack: [...headings, { canvas: [], margin: [0, 0, 0, h] }], unbreakable: true },
    { stack: [next], margin: [0, -h, 0, 0] },
  ];
}

/** Applies keepWithNext to every run of headings in a content list. */
export function keepHeadingsWithNext(
  content: readonly AnyContent[],
  minFollowing: number,
  metrics: Metrics,
): AnyContent[] {
  const out: AnyContent[] = [];
  let index = 0;
  while (index < content.length) {
    const node = content[index];
    if (!isHeading(node)) {
      out.push(node as AnyContent);
      index += 1;
      continue;
    }
    const headings: ContentNode[] = [];
    while (isHeading(content[index])) headings.push(content[index++] as ContentNode);
    out.push(...keepWithNext(headings, content[index], minFollowing, metrics));
    if (index < content.length) index += 1;
  }
  return out;
}
