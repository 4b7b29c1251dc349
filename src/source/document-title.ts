import { headingLevel, readHeadingText } from './heading-text.js';
import { parseTopLevelBlocks } from './parse-blocks.js';

/**
 * Without a front matter title, a `#` heading that opens the body is the document's title, as in
 * most Markdown files, but only when it is the file's one `#` heading: with several, they are
 * sections. The heading's lines are blanked rather than removed, so later line numbers stay true;
 * text under it before the first `##` becomes the intro.
 */
export function takeDocumentTitle(body: string): { title: string; body: string } | undefined {
  const blocks = parseTopLevelBlocks(body).filter((block) => block.kind !== 'reference');
  const topLevelOne = blocks.filter((block) => block.kind === 'heading' && headingLevel(block.tokens) === 1);
  const first = blocks[0];
  if (!first || topLevelOne.length !== 1 || topLevelOne[0] !== first) return undefined;
  const lines = body.split('\n');
  lines.fill('', first.start, first.end);
  return { title: readHeadingText(first.tokens).title, body: lines.join('\n') };
}
