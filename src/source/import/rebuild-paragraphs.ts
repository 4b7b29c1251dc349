/**
 * Paragraphs from hard-wrapped lines. Line B goes on the paragraph of line A unless something says a
 * new paragraph starts. In order:
 * - after a blank line a new paragraph starts, unless the blank sits inside a sentence (A full, not
 *   ending a sentence, and B in lower case);
 * - A ending in a hyphen or dash, or B starting in lower case: same paragraph;
 * - text that is not hard-wrapped (a Word export): every line is a paragraph;
 * - B indented further than A (a first-line indent under pdftotext -layout), or A only figures
 *   (the numbers of a table row) and B not in lower case: new paragraph;
 * - across a page break, B goes on A's paragraph when A is full (the first word of B would not
 *   have fitted on it);
 * - where blank lines or first-line indents mark the paragraphs, lines without them belong together;
 * - otherwise (no blank lines) A ends its paragraph when it ends a sentence and is not full.
 * A heading, list (with markers or without) or table that starts at B ends the paragraph as well.
 */
import { headingAt } from './detect-headings.js';
import { itemMarkerAt } from './detect-lists.js';
import { tableAt } from './detect-tables.js';
import { unmarkedListAt } from './detect-unmarked-lists.js';
import { joinWrappedLines } from './join-hyphenation.js';
import { endsSentence, endsWithHyphen, isFull, isIndentedAfter, startsLowerCase } from './line-shape.js';
import { decide, type ImportContext, type RuleMatch, type TextLine } from './types.js';

/** A line of figures without a word (a table row's numbers) ends what it stands in. */
const isFiguresOnly = (line: TextLine) => /\p{N}/u.test(line.content) && !/\p{L}/u.test(line.content);

function joinsPrevious(context: ImportContext, index: number): boolean {
  const { lines, layout } = context;
  const line = lines[index]!;
  const previous = lines[index - 1]!;
  if (line.gapBefore === 'blank') {
    return (
      layout.wrapped && !endsSentence(previous) && isFull(previous, line, layout) && startsLowerCase(line)
    );
  }
  if (endsWithHyphen(previous) || startsLowerCase(line)) return true;
  if (!layout.wrapped || isIndentedAfter(previous, line) || isFiguresOnly(previous)) return false;
  // The last line of a page is full when its paragraph goes on overleaf.
  if (line.gapBefore === 'page') return isFull(previous, line, layout);
  if (layout.blankSeparated || layout.indentedParagraphs) return true;
  return !endsSentence(previous) || isFull(previous, line, layout);
}

function startsOtherBlock(context: ImportContext, index: number): boolean {
  return (
    tableAt(context, index) !== undefined ||
    headingAt(context, index) !== undefined ||
    itemMarkerAt(context, index) !== undefined ||
    unmarkedListAt(context, index) !== undefined
  );
}

/** The paragraph that starts at `index`: always matches, so it is the last rule. */
export function paragraphRule(context: ImportContext, index: number): RuleMatch {
  const { lines } = context;
  let end = index + 1;
  while (end < lines.length && joinsPrevious(context, end) && !startsOtherBlock(context, end)) end++;
  const taken = lines.slice(index, end);
  const text = joinWrappedLines(taken, context);
  const count = taken.length;
  decide(
    context,
    'paragraph',
    taken[0]!.number,
    taken.at(-1)!.number,
    count === 1 ? 'paragraph of 1 line' : `paragraph of ${count} lines joined`,
  );
  return { block: { kind: 'paragraph', text }, next: end };
}
