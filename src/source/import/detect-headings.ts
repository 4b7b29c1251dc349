/**
 * Headings and the document title. A heading is one to three short lines that
 * - start where a block can start: after a blank line or page break, or glued under a line that is
 *   not full (the end of the paragraph before);
 * - read like a title: a capital first (after an optional section number such as `2.1`), at most 18
 *   words, one sentence, not ending in a comma, colon or hyphen; ending in a full stop or question
 *   mark only when short (six words at most, no commas) and followed by a blank line (or, where
 *   blank lines separate paragraphs, preceded by one);
 * - are followed by body text: a blank line, or a line that is not a short unfinished one and whose
 *   first word would have fitted on the heading's last line (else the layout broke that line).
 * A numbered heading (`2.1 Funding`) is level one deeper than its number has parts (`2` → `##`,
 * `2.1` → `###`); an unnumbered heading is `##`. `1. Introduction` is a heading unless `2.` follows
 * it as the next item of a list.
 */
import { hasNextNumber } from './detect-lists.js';
import { joinWrappedLines } from './join-hyphenation.js';
import { endsSentence, endsWithHyphen, isFull, isShort, startsLowerCase } from './line-shape.js';
import { listMarkerOf } from './list-marker.js';
import { decide, type ImportContext, type RuleMatch, type TextLine } from './types.js';

const MAX_HEADING_LINES = 3;
const MAX_HEADING_WORDS = 18;
const MAX_STOPPED_HEADING_WORDS = 6;
/** A heading line in a text that is not hard-wrapped (a Word export) is at most this long. */
const MAX_UNWRAPPED_HEADING_LENGTH = 100;

/** `2`, `2.1`, `2.1.3`, with an optional final dot, before a capital. */
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=["'“‘«(]?\p{Lu})/u;

/** Parts of the section number a heading starts with, if it starts with one. */
export function sectionDepth(content: string): number | undefined {
  const number = SECTION_NUMBER.exec(content)?.[1];
  return number === undefined ? undefined : number.split('.').length;
}

type TitleShape = 'open' | 'stopped';

/** Whether the text reads like a title: `open` (no closing punctuation) or `stopped` (short, with `.`). */
function titleShape(text: string): TitleShape | undefined {
  const words = text.replace(SECTION_NUMBER, '');
  if (!/^["'“‘«(]?\p{Lu}/u.test(words)) return undefined;
  if (/[,;:(\-‐–—/&]$/u.test(words)) return undefined;
  if (/[.!?։]["'”’»)]*\s+["'“‘«(]?\p{Lu}/u.test(words)) return undefined;
  const count = words.split(' ').length;
  if (count > MAX_HEADING_WORDS) return undefined;
  if (/[.!?…։]["'”’»)]*$/u.test(words)) {
    const short = count <= MAX_STOPPED_HEADING_WORDS && !/[,;:]/.test(words);
    return short && /[.?]$/.test(words) ? 'stopped' : undefined;
  }
  return (words.match(/\p{L}/gu)?.length ?? 0) >= 2 ? 'open' : undefined;
}

function fitsHeadingLine(line: TextLine, context: ImportContext): boolean {
  const { layout } = context;
  if (!layout.wrapped) return line.content.length <= MAX_UNWRAPPED_HEADING_LENGTH;
  return isShort(line, layout);
}

/** A heading can start here: at a block boundary, or under a line that ended before the margin. */
function startsBlock(context: ImportContext, index: number): boolean {
  const line = context.lines[index]!;
  const previous = context.lines[index - 1];
  if (!previous || line.gapBefore !== 'none' || !context.layout.wrapped) return true;
  return !isFull(previous, line, context.layout) && !endsWithHyphen(previous);
}

type Follower = 'body' | 'continues' | 'nothing';

/** What comes after a heading candidate that ends before `index`. */
function follower(context: ImportContext, index: number): Follower {
  const next = context.lines[index];
  // Body text has words: a number alone (a table cell) or a lower-case continuation is not it.
  if (!next || (next.content.match(/\p{L}/gu)?.length ?? 0) < 2) return 'nothing';
  if (next.gapBefore !== 'none') return startsLowerCase(next) ? 'nothing' : 'body';
  if (startsLowerCase(next)) return 'continues';
  if (listMarkerOf(next.content) || sectionDepth(next.content) !== undefined) return 'body';
  // The next line's first word did not fit on this one: the layout broke it, the text goes on.
  if (context.layout.wrapped && isFull(context.lines[index - 1]!, next, context.layout)) return 'continues';
  const unfinished = fitsHeadingLine(next, context) && !endsSentence(next);
  // Without hard wraps a heading is one line, so a short line under it is not its continuation.
  if (unfinished) return context.layout.wrapped ? 'continues' : 'nothing';
  return 'body';
}

/**
 * A short line ending in a full stop is a heading only where a one-line paragraph could not be: with
 * a blank line after it, or, where blank lines separate paragraphs, with one before it and body text
 * glued under it (a paragraph there would have its blank line after it too).
 */
function stoppedHeadingFits(context: ImportContext, index: number, next: number): boolean {
  if (context.lines[next]!.gapBefore !== 'none') return true;
  return context.layout.blankSeparated && context.lines[index]!.gapBefore !== 'none';
}

export interface HeadingMatch {
  text: string;
  level: number;
  /** The heading's lines. */
  lines: TextLine[];
  next: number;
}

/** The heading that starts at `index`, if one does; probing logs nothing. */
export function headingAt(context: ImportContext, index: number): HeadingMatch | undefined {
  const { lines } = context;
  const first = lines[index]!;
  if (!startsBlock(context, index) || listMarkerOf(first.content)?.kind === 'bullet') return undefined;
  if (hasNextNumber(context, index)) return undefined;
  for (let count = 1; count <= MAX_HEADING_LINES && index + count <= lines.length; count++) {
    const group = lines.slice(index, index + count);
    const last = group.at(-1)!;
    if (!fitsHeadingLine(last, context)) return undefined;
    if (count > 1) {
      if (last.gapBefore !== 'none' || listMarkerOf(last.content)) return undefined;
      if (sectionDepth(last.content) !== undefined || endsSentence(group.at(-2)!)) return undefined;
    }
    const after = follower(context, index + count);
    if (after === 'nothing') return undefined;
    if (after === 'continues') continue;
    const text = group.map((line) => line.content).join(' ');
    const shape = titleShape(text);
    if (!shape) return undefined;
    if (shape === 'stopped' && !stoppedHeadingFits(context, index, index + count)) return undefined;
    const depth = sectionDepth(text);
    return {
      text,
      level: depth === undefined ? 2 : Math.min(6, depth + 1),
      lines: group,
      next: index + count,
    };
  }
  return undefined;
}

export function headingRule(context: ImportContext, index: number): RuleMatch | undefined {
  const match = headingAt(context, index);
  if (!match) return undefined;
  const text = joinWrappedLines(match.lines, context);
  const first = match.lines[0]!;
  const how = [
    first.gapBefore === 'none' ? 'glued to the paragraph before' : '',
    match.lines.length > 1 ? `wrapped over ${match.lines.length} lines` : '',
  ].filter(Boolean);
  decide(
    context,
    'heading',
    first.number,
    match.lines.at(-1)!.number,
    `heading level ${match.level} "${text}"${how.length ? ` (${how.join(', ')})` : ''}`,
  );
  return { block: { kind: 'heading', level: match.level, text }, next: match.next };
}

const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The title-like line at `index`, with the next when that continues it in lower case. */
function titleGroupAt(context: ImportContext, index: number): TextLine[] | undefined {
  const first = context.lines[index];
  if (!first) return undefined;
  const second = context.lines[index + 1];
  const wraps = second?.gapBefore === 'none' && startsLowerCase(second) && fitsHeadingLine(second, context);
  const group = wraps ? [first, second] : [first];
  const text = group.map((line) => line.content).join(' ');
  const titleLike =
    group.every((line) => fitsHeadingLine(line, context)) &&
    sectionDepth(text) === undefined &&
    !listMarkerOf(text) &&
    titleShape(text) !== undefined;
  return titleLike ? group : undefined;
}

/**
 * The title: the first line (or two, when the second continues it in lower case) if it reads like a
 * title and has no section number. A running header on the first line gives way to a title under
 * it that the header repeats (`Terre Solidaire — Rapport 2023` above `Rapport 2023`).
 * With `--title`, the first line is taken as the title line only when it says the same; otherwise it
 * stays in the text and `--title` is the title.
 */
export function takeTitle(context: ImportContext, given?: string): { title?: string; next: number } {
  const { lines } = context;
  let start = 0;
  const header = lines[0];
  const titleUnder = titleGroupAt(context, 1);
  const repeated = titleUnder?.map((line) => line.content).join(' ');
  if (header?.runningHeader && repeated && comparable(header.content).includes(comparable(repeated))) {
    decide(
      context,
      'dropped',
      header.number,
      header.number,
      `running header at the top: "${header.content}"`,
    );
    start = 1;
  }
  const group = titleGroupAt(context, start);
  const text = group?.map((line) => line.content).join(' ');
  const next = start + (group?.length ?? 0);
  const [first, last] = [lines[start]?.number ?? 0, group?.at(-1)?.number ?? 0];
  if (given !== undefined) {
    if (text !== undefined && comparable(text) === comparable(given)) {
      decide(context, 'title', first, last, `title line "${text}" (same as --title)`);
      return { title: given, next };
    }
    decide(context, 'title', 0, 0, `title from --title: "${given}"`);
    return { title: given, next: start };
  }
  if (text === undefined) {
    decide(context, 'title', first, first, 'no title: the first line does not read like one');
    return { next: start };
  }
  decide(context, 'title', first, last, `title "${text}"`);
  return { title: text, next };
}
