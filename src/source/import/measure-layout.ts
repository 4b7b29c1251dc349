import { endsSentence, isIndentedAfter, isShort, startsLowerCase } from './line-shape.js';
import { decide, type ImportDecision, type Layout, type TextLine } from './types.js';

/** Lines at least this share of the width count as near full when telling wrapped text from not. */
const NEAR_FULL_SHARE = 0.75;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.round((sorted.length - 1) * share)] ?? 0;
}

/**
 * Hard-wrapped text has many lines near the column width, and most of them end mid-sentence. A Word
 * export (one paragraph per line) has lines of every length, and its long lines end sentences.
 */
function isWrapped(lines: TextLine[], width: number): boolean {
  const nearFull = lines.filter((line) => line.raw.length >= width * NEAR_FULL_SHARE);
  const midSentence = nearFull.filter((line) => !endsSentence(line));
  return (
    nearFull.length >= 2 &&
    nearFull.length >= lines.length * 0.35 &&
    midSentence.length >= nearFull.length * 0.5
  );
}

type Measured = Pick<Layout, 'width' | 'fullLine' | 'wrapped'>;
const asLayout = (measured: Measured): Layout => ({
  ...measured,
  blankSeparated: false,
  indentedParagraphs: false,
});

/** Most short lines that end a sentence (paragraph ends) are followed by a blank line. */
function isBlankSeparated(lines: TextLine[], measured: Measured): boolean {
  let blank = 0;
  let none = 0;
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    if (!next || !endsSentence(line) || !isShort(line, asLayout(measured))) continue;
    if (next.gapBefore === 'blank') blank++;
    if (next.gapBefore === 'none') none++;
  }
  return blank >= 2 && blank >= (blank + none) * 0.6;
}

/**
 * Sentences that start an indented line, at least three and twice as many as short sentence ends
 * followed by a flush line: the text marks its paragraphs with first-line indents.
 */
function isIndentMarked(lines: TextLine[], measured: Measured): boolean {
  let indented = 0;
  let flush = 0;
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (!previous || line.gapBefore !== 'none' || !endsSentence(previous) || startsLowerCase(line)) continue;
    if (isIndentedAfter(previous, line)) indented++;
    else if (isShort(previous, asLayout(measured))) flush++;
  }
  return indented >= 3 && indented >= flush * 2;
}

/** Lines this many times longer than the usual long line are several lines run together. */
const RUN_TOGETHER_OVER_USUAL = 1.4;

/**
 * The column width: the 90th percentile of line lengths, leaving out lines that are several lines
 * run together. pdftotext joins the two lines of a word hyphenated at a line break into one, so a
 * justified, hyphenated text has many lines two or three columns long, which would push the
 * percentile up. The usual long line is the median of the lines longer than the median.
 */
function columnWidth(lines: TextLine[]): number {
  const lengths = lines.map((line) => line.raw.length).sort((a, b) => a - b);
  const long = lengths.filter((length) => length >= percentile(lengths, 0.5));
  const usual = percentile(long, 0.5);
  return percentile(
    lengths.filter((length) => length <= usual * RUN_TOGETHER_OVER_USUAL),
    0.9,
  );
}

/** Full printed lines lie between these shares of the width; longer ones are run together. */
const NEAR_WIDTH = [0.8, 1.1] as const;

/** A typical full line: the median of the lines near the width that end mid-sentence. */
function fullLineLength(lines: TextLine[], width: number): number {
  const [low, high] = NEAR_WIDTH;
  const full = lines
    .filter(
      (line) => line.raw.length >= width * low && line.raw.length <= width * high && !endsSentence(line),
    )
    .map((line) => line.raw.length)
    .sort((a, b) => a - b);
  return full.length > 0 ? percentile(full, 0.5) : width;
}

/** Measures the column width and decides how the text marks its paragraphs; logs the verdict. */
export function measureLayout(lines: TextLine[], decisions: ImportDecision[]): Layout {
  const width = columnWidth(lines);
  const measured = { width, fullLine: fullLineLength(lines, width), wrapped: isWrapped(lines, width) };
  const { wrapped } = measured;
  const blankSeparated = wrapped && isBlankSeparated(lines, measured);
  const indentedParagraphs = wrapped && !blankSeparated && isIndentMarked(lines, measured);
  const wrap = `hard-wrapped at about ${width} characters`;
  const verdict = !wrapped
    ? 'not hard-wrapped: every line is a paragraph, heading or list item of its own'
    : blankSeparated
      ? `${wrap}; blank lines separate the paragraphs`
      : indentedParagraphs
        ? `${wrap}; an indented first line starts each paragraph`
        : `${wrap}; no blank lines between paragraphs, so a short line that ends a sentence ends its paragraph`;
  decide({ decisions }, 'layout', 0, 0, verdict);
  return { ...measured, blankSeparated, indentedParagraphs };
}
