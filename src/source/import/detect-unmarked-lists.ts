/**
 * Lists whose markers did not come through: a PDF may draw its bullets as shapes (pdfmake does),
 * which text extraction cannot see, so the items arrive as plain lines. They are recognised by their
 * punctuation: a line ending in a colon introduces them, every item but the last ends in a
 * semicolon, and the last ends the sentence. An item may wrap over a few lines. They become a
 * bullet list, since whether the lost markers were bullets or numbers cannot be known.
 */
import { joinWrappedLines } from './join-hyphenation.js';
import { listMarkerOf } from './list-marker.js';
import { decide, type ImportContext, type ListItem, type RuleMatch, type TextLine } from './types.js';

const MAX_ITEM_LINES = 4;
const CLOSING = `["'”’»)\\]]*$`;
const INTRODUCES = new RegExp(`:${CLOSING}`, 'u');
const ITEM_GOES_ON = new RegExp(`;${CLOSING}`, 'u');
const LIST_ENDS = new RegExp(`[.!?…։]${CLOSING}`, 'u');

/** The lines of each item of an unmarked list that starts at `index`, and the line after it. */
export function unmarkedListAt(
  context: ImportContext,
  index: number,
): { items: TextLine[][]; next: number } | undefined {
  const { lines } = context;
  const lead = lines[index - 1];
  if (!lead || !INTRODUCES.test(lead.content)) return undefined;
  const items: TextLine[][] = [];
  let at = index;
  while (at < lines.length) {
    const item: TextLine[] = [];
    while (at < lines.length && item.length < MAX_ITEM_LINES) {
      const line = lines[at]!;
      if (listMarkerOf(line.content) || (item.length > 0 && line.gapBefore === 'blank')) return undefined;
      item.push(line);
      at++;
      if (ITEM_GOES_ON.test(line.content) || LIST_ENDS.test(line.content)) break;
    }
    const end = item.at(-1)!.content;
    if (ITEM_GOES_ON.test(end)) items.push(item);
    else if (LIST_ENDS.test(end) && items.length > 0) return { items: [...items, item], next: at };
    else return undefined;
  }
  return undefined;
}

export function unmarkedListRule(context: ImportContext, index: number): RuleMatch | undefined {
  const found = unmarkedListAt(context, index);
  if (!found) return undefined;
  const items: ListItem[] = found.items.map((lines) => ({
    marker: '-',
    depth: 0,
    text: joinWrappedLines(lines, context),
  }));
  const [first, last] = [context.lines[index]!.number, context.lines[found.next - 1]!.number];
  decide(
    context,
    'list',
    first,
    last,
    `list of ${items.length} items without markers (after a colon, items ending in ";"), as bullets`,
  );
  return { block: { kind: 'list', items }, next: found.next };
}
