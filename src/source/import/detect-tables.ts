/**
 * Tables stay text: a run of two or more lines set out in aligned columns becomes a fenced ```text
 * block that keeps the columns as pdftotext -layout (or a Word export's tabs) laid them out. Without
 * -layout, pdftotext writes a table one cell per line between blank lines; a run of six or more such
 * short lines, at least 40 % of them numbers, becomes a text block with one cell per line. Turning
 * them into Markdown tables would need to know where every cell starts and ends, which extracted text
 * does not say reliably (a cell may wrap onto a second line); a person can do that from the block.
 */
import { listMarkerOf } from './list-marker.js';
import { decide, type ImportContext, type RuleMatch, type TextLine } from './types.js';

interface Gap {
  start: number;
  end: number;
}

/**
 * Runs of two or more spaces between words, except a typist's double space after a full stop. A
 * columnar line has one run of three or more, or two runs.
 */
function columnGaps(line: TextLine): Gap[] | undefined {
  if (line.cells || listMarkerOf(line.content)) return undefined;
  const gaps: Gap[] = [];
  let wide = 0;
  for (const match of line.raw.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
    const start = match.index;
    const width = match[0].length;
    if (width === 2 && /[.!?։:;,]$/u.test(line.raw.slice(0, start))) continue;
    if (width >= 3) wide++;
    gaps.push({ start, end: start + width });
  }
  return wide > 0 || gaps.length >= 2 ? gaps : undefined;
}

const overlaps = (a: Gap, b: Gap) => a.start < b.end && b.start < a.end;

/** Three quarters of the gaps line up with a gap in another row: columns, not justified text. */
function isAligned(rows: Gap[][]): boolean {
  let aligned = 0;
  let total = 0;
  for (const [index, gaps] of rows.entries()) {
    for (const gap of gaps) {
      total++;
      if (rows.some((other, j) => j !== index && other.some((o) => overlaps(gap, o)))) aligned++;
    }
  }
  return total > 0 && aligned >= total * 0.75;
}

function tabTableEnd(lines: TextLine[], index: number): number {
  let end = index;
  const isRow = (line: TextLine) => line.cells !== undefined && !listMarkerOf(line.content);
  while (end < lines.length && isRow(lines[end]!) && (end === index || lines[end]!.gapBefore !== 'page'))
    end++;
  return end;
}

/** Cells padded to their column's width, two spaces apart. */
function alignCells(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [column, cell] of row.entries()) widths[column] = Math.max(widths[column] ?? 0, cell.length);
  }
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

function spaceTableEnd(lines: TextLine[], index: number): number {
  const rows: Gap[][] = [];
  let end = index;
  while (end < lines.length) {
    const line = lines[end]!;
    const gaps = columnGaps(line);
    if (!gaps || (end > index && line.gapBefore === 'page')) break;
    rows.push(gaps);
    end++;
  }
  return rows.length >= 2 && isAligned(rows) ? end : index;
}

/**
 * The rows without their common indentation, and with the blank stretches between columns narrowed
 * to two spaces (pdftotext -layout spreads a table over the page's width); alignment is kept.
 */
function tidyColumns(rows: string[]): string[] {
  const width = Math.max(...rows.map((row) => row.length));
  const blank = Array.from({ length: width }, (_, column) =>
    rows.every((row) => (row[column] ?? ' ') === ' '),
  );
  return rows.map((row) => {
    let tidy = '';
    let run = 0;
    for (let column = 0; column < row.length; column++) {
      run = blank[column] ? run + 1 : 0;
      if (run > 2 || (blank[column] && tidy === '')) continue;
      tidy += row[column];
    }
    return tidy.trimEnd();
  });
}

const CELL_MAX_LENGTH = 40;
const MIN_CELLS = 6;
const isNumberCell = (content: string) => /^[-+(]?[\p{Sc}]?\d[\d.,' ]*%?\)?$/u.test(content);

/** Short lines alone between blank lines, many of them numbers: a table pdftotext wrote cell by cell. */
function cellRunEnd(lines: TextLine[], index: number): number {
  const isCell = (line: TextLine | undefined, first: boolean) =>
    line !== undefined &&
    (first || line.gapBefore !== 'none') &&
    line.content.length <= CELL_MAX_LENGTH &&
    !/[.!?։:;]$/u.test(line.content) &&
    !listMarkerOf(line.content);
  let end = index;
  while (isCell(lines[end], end === index) && lines[end + 1]?.gapBefore !== 'none') end++;
  const cells = lines.slice(index, end);
  const numbers = cells.filter((line) => isNumberCell(line.content)).length;
  return cells.length >= MIN_CELLS && numbers >= cells.length * 0.4 ? end : index;
}

/** The table that starts at `index`, if one does; probing logs nothing. */
export function tableAt(context: ImportContext, index: number): RuleMatch | undefined {
  const { lines } = context;
  const tabEnd = tabTableEnd(lines, index);
  if (tabEnd - index >= 2) {
    const rows = alignCells(lines.slice(index, tabEnd).map((line) => line.cells!));
    return { block: { kind: 'table', rows }, next: tabEnd };
  }
  const spaceEnd = spaceTableEnd(lines, index);
  if (spaceEnd - index >= 2) {
    const rows = tidyColumns(lines.slice(index, spaceEnd).map((line) => line.raw));
    return { block: { kind: 'table', rows }, next: spaceEnd };
  }
  const cellEnd = cellRunEnd(lines, index);
  if (cellEnd === index) return undefined;
  const rows = lines.slice(index, cellEnd).map((line) => line.content);
  return { block: { kind: 'table', rows }, next: cellEnd };
}

export function tableRule(context: ImportContext, index: number): RuleMatch | undefined {
  const match = tableAt(context, index);
  if (!match) return undefined;
  const taken = context.lines.slice(index, match.next);
  const byCells = taken.every((line) => !line.cells && !columnGaps(line));
  const what = byCells
    ? `${taken.length} table cells, one per line,`
    : `table of ${taken.length} rows in columns,`;
  decide(context, 'table', taken[0]!.number, taken.at(-1)!.number, `${what} kept as a fenced text block`);
  return match;
}
