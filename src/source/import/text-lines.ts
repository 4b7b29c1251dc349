import type { Gap, InputLine, TextLine } from './types.js';

const TAB_STOP = 8;

function expandTabs(text: string): string {
  let column = 0;
  let expanded = '';
  for (const character of text) {
    if (character === '\t') {
      const spaces = TAB_STOP - (column % TAB_STOP);
      expanded += ' '.repeat(spaces);
      column += spaces;
    } else {
      expanded += character;
      column++;
    }
  }
  return expanded;
}

const leadingSpaces = (text: string) => text.length - text.trimStart().length;

/** The body's left margin: the most common indentation (pdftotext -layout keeps the page margin). */
function bodyMargin(texts: string[]): number {
  const counts = new Map<number, number>();
  for (const text of texts) counts.set(leadingSpaces(text), (counts.get(leadingSpaces(text)) ?? 0) + 1);
  let margin = 0;
  let best = 0;
  for (const [indent, count] of counts) {
    if (count > best || (count === best && indent < margin)) [margin, best] = [indent, count];
  }
  return margin;
}

/** Cells of a Word table row: text with tabs between words. */
function cellsOf(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.includes('\t')) return undefined;
  return trimmed.split(/\t+/).map((cell) => cell.trim());
}

/** The non-blank lines, measured, each with what separates it from the one before. */
export function toTextLines(lines: InputLine[]): TextLine[] {
  const content = lines.filter((line) => line.text.trim() !== '');
  const expanded = new Map(content.map((line) => [line, expandTabs(line.text).trimEnd()]));
  const margin = bodyMargin([...expanded.values()]);
  const result: TextLine[] = [];
  let previous: InputLine | undefined;
  let blankSincePrevious = false;
  for (const line of lines) {
    const text = expanded.get(line);
    if (text === undefined) {
      blankSincePrevious = true;
      continue;
    }
    const gapBefore: Gap = !previous
      ? 'start'
      : previous.page !== line.page
        ? 'page'
        : blankSincePrevious
          ? 'blank'
          : 'none';
    const cells = cellsOf(line.text);
    result.push({
      number: line.number,
      raw: text.slice(Math.min(margin, leadingSpaces(text))),
      content: text.trim().replace(/\s+/g, ' '),
      indent: Math.max(0, leadingSpaces(text) - margin),
      ...(cells && cells.length > 1 ? { cells } : {}),
      gapBefore,
      ...(line.runningHeader ? { runningHeader: true as const } : {}),
    });
    previous = line;
    blankSincePrevious = false;
  }
  return result;
}
