/** Questions the rules ask about one line or two neighbouring lines. */
import type { Layout, TextLine } from './types.js';

/** A line reaching this share of the column width was broken because the next word did not fit. */
const FULL_SHARE = 0.95;
/** A line shorter than this share of the column width is short: a paragraph's end, a heading. */
const SHORT_SHARE = 0.8;

/**
 * Ends with what ends a sentence (or introduces what follows), allowing closing quotes and brackets;
 * `։` is the Armenian full stop.
 */
export function endsSentence(line: TextLine): boolean {
  return /[.!?…։:]["'”’»)\]]*$/u.test(line.content);
}

/** Starts with a lower-case letter, possibly after an opening bracket or quote. */
export function startsLowerCase(line: TextLine): boolean {
  return /^[("'“‘«]*\p{Ll}/u.test(line.content);
}

/** Ends with a hyphen or a dash: the sentence goes on in the next line, whatever the rest says. */
export function endsWithHyphen(line: TextLine): boolean {
  return /[-‐\u00AD–—]$/u.test(line.content);
}

/** Short in text, wherever it stands: a centred or right-aligned heading under -layout is short too. */
export function isShort(line: TextLine, layout: Layout): boolean {
  return line.raw.trimStart().length < layout.width * SHORT_SHARE;
}

/** A line longer than this share of the column is several printed lines run together. */
const RUN_TOGETHER_SHARE = 1.1;

/**
 * The length of the last printed line in `line`. pdftotext runs a line that ends in a hyphenated
 * word together with the next one (dropping the hyphen), so a line longer than the column holds
 * several printed lines. Those before the last ended in a broken word, so they were full; the last
 * is what they leave.
 */
function lastPrintedLength(line: TextLine, layout: Layout): number {
  const length = line.raw.length;
  if (length <= layout.width * RUN_TOGETHER_SHARE) return length;
  const printed = Math.max(2, Math.round(length / layout.fullLine));
  return length - (printed - 1) * layout.fullLine;
}

/**
 * `line` is full when the first word of `next` would not have fitted on it: the line break was
 * the layout's, not the writer's. Proportional fonts make character counts uneven, hence the margin.
 */
export function isFull(line: TextLine, next: TextLine, layout: Layout): boolean {
  const nextWord = next.content.split(' ')[0] ?? '';
  return lastPrintedLength(line, layout) + 1 + nextWord.length > layout.width * FULL_SHARE;
}

/** `next` starts further right than `line` (two spaces or more), as a paragraph's first line does. */
export function isIndentedAfter(line: TextLine, next: TextLine): boolean {
  return next.indent >= line.indent + 2 && !startsLowerCase(next);
}
