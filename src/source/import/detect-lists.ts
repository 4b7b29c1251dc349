/**
 * Bullet and numbered lists. A line opens an item when it starts with a marker (`•`, `-`, `*`, `1.`,
 * `1)`); dashes, asterisks and numbers only count at a sentence boundary, since a wrapped sentence can
 * put a dash or a number at a line start. An item goes on over the following lines while they are
 * indented to its text (pdftotext -layout), start in lower case, follow a hyphen, or follow a full
 * line that ends mid-sentence. Deeper-indented markers nest. Items become `- ` or `1.` lines.
 */
import { joinWrappedLines } from './join-hyphenation.js';
import { endsSentence, endsWithHyphen, isFull, startsLowerCase } from './line-shape.js';
import { type ListMarker, listMarkerOf } from './list-marker.js';
import { decide, type ImportContext, type ListItem, type RuleMatch, type TextLine } from './types.js';

/** A weak marker (`-`, `1.`) opens an item only where a new block could start. */
function atBlockBoundary(context: ImportContext, index: number): boolean {
  const line = context.lines[index]!;
  const previous = context.lines[index - 1];
  if (!previous || line.gapBefore !== 'none' || !context.layout.wrapped) return true;
  return /[.!?…։:;]["'”’»)\]]*$/u.test(previous.content) || !isFull(previous, line, context.layout);
}

/** The marker of an item that starts at `index`, if one does. */
export function itemMarkerAt(context: ImportContext, index: number): ListMarker | undefined {
  const marker = listMarkerOf(context.lines[index]!.content);
  if (!marker) return undefined;
  return !marker.weak || atBlockBoundary(context, index) ? marker : undefined;
}

/** Where the item's text starts on its first line, counted like `TextLine.indent`. */
function textColumn(line: TextLine): number {
  const leading = line.raw.length - line.raw.trimStart().length;
  return leading + (/^\S+\s+/.exec(line.raw.trimStart())?.[0].length ?? 0);
}

function continuesItem(context: ImportContext, first: TextLine, index: number): boolean {
  const { lines, layout } = context;
  const line = lines[index]!;
  const previous = lines[index - 1]!;
  if (line.gapBefore === 'blank' || itemMarkerAt(context, index)) return false;
  if (endsWithHyphen(previous) || startsLowerCase(line)) return true;
  if (!layout.wrapped) return false;
  if (line.indent > first.indent && line.indent >= textColumn(first) - 1) return true;
  return isFull(previous, line, layout) && !endsSentence(previous);
}

/** Index of the first line after the item that starts at `index`. */
export function itemEnd(context: ImportContext, index: number): number {
  const first = context.lines[index]!;
  let end = index + 1;
  while (end < context.lines.length && continuesItem(context, first, end)) end++;
  return end;
}

/** An ordered item followed by the next number: a list, not a numbered heading. */
export function hasNextNumber(context: ImportContext, index: number): boolean {
  const marker = listMarkerOf(context.lines[index]!.content);
  const next = context.lines[itemEnd(context, index)];
  const following = next && next.gapBefore !== 'page' ? listMarkerOf(next.content) : undefined;
  return (
    marker?.kind === 'ordered' &&
    following?.kind === 'ordered' &&
    following.delimiter === marker.delimiter &&
    following.number === (marker.number ?? 0) + 1
  );
}

/** Depths by indentation: deeper by two or more opens a level, shallower closes levels. */
function depthTracker(): (indent: number) => number {
  const levels: number[] = [];
  return (indent) => {
    while (levels.length > 1 && indent <= levels.at(-1)! - 2) levels.pop();
    if (levels.length === 0 || indent >= levels.at(-1)! + 2) levels.push(indent);
    return levels.length - 1;
  };
}

interface ItemLines {
  marker: string;
  depth: number;
  /** The item's lines, the first one without its marker. */
  lines: TextLine[];
}

/** The list that starts at `index`, as lines per item; probing logs nothing. */
export function listAt(
  context: ImportContext,
  index: number,
): { items: ItemLines[]; next: number } | undefined {
  const opening = itemMarkerAt(context, index);
  if (!opening) return undefined;
  const { lines } = context;
  const depthOf = depthTracker();
  const items: ItemLines[] = [];
  let at = index;
  while (at < lines.length) {
    const marker = at === index ? opening : listMarkerOf(lines[at]!.content);
    if (!marker) break;
    const depth = depthOf(lines[at]!.indent);
    if (at > index && marker.kind !== opening.kind && depth === 0) break;
    const end = itemEnd(context, at);
    const [first, ...rest] = lines.slice(at, end);
    items.push({ marker: marker.marker, depth, lines: [{ ...first!, content: marker.text }, ...rest] });
    at = end;
  }
  return { items, next: at };
}

export function listRule(context: ImportContext, index: number): RuleMatch | undefined {
  const found = listAt(context, index);
  if (!found) return undefined;
  const items: ListItem[] = found.items.map((item) => ({
    marker: item.marker,
    depth: item.depth,
    text: joinWrappedLines(item.lines, context),
  }));
  const first = context.lines[index]!.number;
  const last = context.lines[found.next - 1]!.number;
  const kind = items[0]?.marker === '-' ? 'bullet' : 'numbered';
  decide(context, 'list', first, last, `${kind} list of ${items.length} item(s)`);
  return { block: { kind: 'list', items }, next: found.next };
}
