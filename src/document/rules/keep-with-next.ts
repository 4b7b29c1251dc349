/**
 * Keep-with-next: a heading never ends a page.
 *
 * Every heading carries pdfmake's `keepWithNext` (our patch: LayoutBuilder.keepWithFollowing).
 * Before pdfmake lays a heading out, it breaks the heading and the opening of the block after it
 * into lines at the width they will have: as many lines as widow and orphan control would leave at
 * the foot of a page (two of a long paragraph, all of one of up to three lines, the whole of an
 * unbreakable block). When those do not fit in the room left, the heading starts the next page.
 * Headings in a row are measured together. It is decided in the one layout pass, nothing is made
 * unbreakable, so no whole paragraph moves with its heading and nothing can be dropped.
 *
 * (It replaces a document-stage trick: an unbreakable stack of the heading and an estimated
 * spacer, with the next block pulled up by a negative margin.)
 */
import type { AnyContent, ContentNode } from '../pdfmake-types.js';

export function isHeading(node: AnyContent | undefined): node is ContentNode {
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    typeof node.headlineLevel === 'number'
  );
}

/** The heading nodes marked to stay with what follows them, then `next`. */
export function keepWithNext(headings: readonly ContentNode[], next?: AnyContent): AnyContent[] {
  const kept = headings.map((heading) => ({ ...heading, keepWithNext: true }));
  return next === undefined ? kept : [...kept, next];
}
