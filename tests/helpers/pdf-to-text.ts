/**
 * A PDF's text as `pdftotext` (without -layout) prints it, read with pdfjs-dist so that tests need no
 * poppler: lines in the order the page draws them, words spaced where the gap between two runs is
 * wider than a thin space, a blank line where two lines stand further apart than lines of a
 * paragraph do, and a form feed after every page.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

interface Run {
  text: string;
  x: number;
  /** Baseline, from the foot of the page up. */
  y: number;
  width: number;
  size: number;
}

interface Line {
  runs: Run[];
  y: number;
  size: number;
  start: number;
  end: number;
}

/** Wider than a space of justified text, in ems: pdftotext starts a new block (a table cell, a header part). */
const BLOCK_GAP = 5;
/** Lines drawn lately that a run drawn after its neighbours (a list number) may still join. */
const RECENT_LINES = 3;

/** Same baseline, near enough: a raised footnote mark stays on its line. */
function sameBaseline(line: Line, run: Run): boolean {
  return Math.abs(run.y - line.y) < Math.max(line.size, run.size) * 0.6;
}

/** The run goes on at the line's end, as text is drawn: left to right, no wide gap. */
function continues(line: Line, run: Run): boolean {
  const gap = run.x - line.end;
  return sameBaseline(line, run) && gap > -line.size && gap < line.size * BLOCK_GAP;
}

/** The run stands just left of a line drawn before it: pdfmake draws a list's numbers after the items. */
function precedes(line: Line, run: Run): boolean {
  const gap = line.start - (run.x + run.width);
  return sameBaseline(line, run) && gap > -1 && gap < line.size * BLOCK_GAP;
}

function lineText(line: Line): string {
  const runs = [...line.runs].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const spaced = /\s$/.test(text) || /^\s/.test(run.text);
    const apart = run.x - end > Math.min(line.size, run.size) * 0.2;
    text += text !== '' && apart && !spaced ? ` ${run.text}` : run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+$/, '');
}

interface TextLine {
  text: string;
  y: number;
  size: number;
}

function toLines(runs: Run[]): TextLine[] {
  const lines: Line[] = [];
  for (const run of runs) {
    const last = lines.at(-1);
    const before = lines.slice(-RECENT_LINES).find((line) => precedes(line, run));
    const line = last && continues(last, run) ? last : before;
    if (!line) {
      lines.push({ runs: [run], y: run.y, size: run.size, start: run.x, end: run.x + run.width });
      continue;
    }
    line.runs.push(run);
    line.start = Math.min(line.start, run.x);
    line.end = Math.max(line.end, run.x + run.width);
    // The line's baseline and size are those of its body text, not of a raised small mark.
    if (run.size > line.size) [line.y, line.size] = [run.y, run.size];
  }
  return lines.map((line) => ({ text: lineText(line), y: line.y, size: line.size })).filter((l) => l.text);
}

/**
 * The usual distance from one baseline to the next, over the type size: the most common one between
 * lines of the same size. pdfmake's line height scales the font's own, so it differs by font.
 */
function usualAdvance(lines: TextLine[]): number {
  const counts = new Map<number, number>();
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (!previous || previous.size !== line.size || previous.y <= line.y) continue;
    const ratio = Math.round(((previous.y - line.y) / line.size) * 20) / 20;
    counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best?.[0] ?? 1.5;
}

/** Lines further apart than this share over the usual advance are separated by a blank line. */
const GAP_SHARE = 1.25;

function pageText(lines: TextLine[], blankLines: boolean, advance: number): string {
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      const apart = previous ? previous.y - line.y : 0;
      const gap = blankLines && previous && apart > Math.max(previous.size, line.size) * advance * GAP_SHARE;
      return gap ? `\n${line.text}` : line.text;
    })
    .join('\n');
}

/** Characters (without spaces) before a soft hyphen that identify where it stands. */
const HYPHEN_CONTEXT = 24;

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Where the page draws a soft hyphen (U+00AD) at a line break: pdfjs leaves it out of the text, as
 * an invisible format mark, but the glyph is drawn and pdftotext keeps it. Each is known by the
 * text drawn before it, up to the hyphen, without spaces.
 */
async function softHyphenEnds(page: PDFPageProxy): Promise<string[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const ends: string[] = [];
  let before = '';
  for (const [index, fn] of fnArray.entries()) {
    if (fn !== OPS.showText) continue;
    const glyphs = argsArray[index][0] as Array<{ unicode?: string } | number | null>;
    const text = glyphs
      .map((glyph) => (glyph && typeof glyph === 'object' ? (glyph.unicode ?? '') : ''))
      .join('');
    if (/\u00AD\s*$/.test(text))
      ends.push(squeeze(before + text.replace(/\u00AD\s*$/, '')).slice(-HYPHEN_CONTEXT));
    before = squeeze(before + text).slice(-HYPHEN_CONTEXT);
  }
  return ends;
}

/** The soft hyphens pdfjs left out, put back at the ends of their lines, in drawing order. */
function restoreSoftHyphens(lines: TextLine[], ends: string[]): TextLine[] {
  let next = 0;
  return lines.map((line) => {
    const end = ends[next];
    const text = squeeze(line.text);
    if (end === undefined || !(text.endsWith(end) || (text.length < end.length && end.endsWith(text))))
      return line;
    next++;
    return { ...line, text: `${line.text}\u00AD` };
  });
}

export interface PdfToTextOptions {
  /** Write a blank line between lines that stand apart (pdftotext does); default true. */
  blankLines?: boolean;
}

/** Running headers and footers stand in the page's top and bottom inch, whenever they are drawn. */
const MARGIN = 72;

/** pdftotext reads a page from the top: what stands in the top margin first, the bottom margin last. */
function inReadingOrder(lines: TextLine[], height: number): TextLine[] {
  const zone = (line: TextLine) => (line.y > height - MARGIN ? 0 : line.y < MARGIN ? 2 : 1);
  return lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) => {
      const [za, zb] = [zone(a.line), zone(b.line)];
      if (za !== zb) return za - zb;
      return za === 1 ? a.order - b.order : b.line.y - a.line.y || a.order - b.order;
    })
    .map(({ line }) => line);
}

async function pageLines(page: PDFPageProxy): Promise<TextLine[]> {
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    // Spaces come from where the runs stand; pdfjs's own space runs would bridge a wide gap.
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c, d, x, y] = item.transform as number[];
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) });
  }
  const lines = toLines(runs);
  return inReadingOrder(restoreSoftHyphens(lines, await softHyphenEnds(page)), page.view[3]!);
}

export async function pdfToText(bytes: Uint8Array, options: PdfToTextOptions = {}): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
  const pages: TextLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) pages.push(await pageLines(await doc.getPage(n)));
  await doc.destroy();
  const advance = usualAdvance(pages.flat());
  return pages.map((lines) => `${pageText(lines, options.blankLines ?? true, advance)}\n\f`).join('');
}
