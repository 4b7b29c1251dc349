/**
 * Which characters briefpack can print: those at least one bundled font has. pdfmake draws each run
 * of text in its own font or, for the characters that font lacks, in a fallback (src/pdf/fonts.ts:
 * every family falls back on every other), so a character that some bundled font has always prints.
 * One that none has would print as an empty box: the document stage stops the build instead (BP410).
 */
import { createRequire } from 'node:module';
import { bundledFontFiles } from '../pdf/fonts.js';

interface FontkitFont {
  characterSet: number[];
}

/**
 * Characters every bundled family draws (a test checks this against the fonts), so that most text
 * is checked without opening a font: printable ASCII, Latin-1, Latin Extended-A, common punctuation.
 */
const SURELY_PRINTABLE = /^[\x20-\x7E\u00A0-\u017F\u2013\u2014\u2018-\u201E\u2026\u20AC\n\t]*$/;

/** Format characters (default ignorables) print nothing: no font needs them. Nor does white space. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe01ef],
];

function isInvisible(char: string, codePoint: number): boolean {
  return /\s/.test(char) || INVISIBLE.some(([first, last]) => codePoint >= first && codePoint <= last);
}

export { SURELY_PRINTABLE };

let printable: Set<number> | undefined;

/** The code points of every bundled font (their regular style), read once per process. */
export function printableCodePoints(): Set<number> {
  if (printable) return printable;
  // fontkit comes with PDFKit, which pdfmake draws with: the same parser that will embed the fonts.
  const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
    openSync(path: string): FontkitFont;
  };
  const set = new Set<number>();
  for (const { style, path } of bundledFontFiles()) {
    if (style !== 'normal') continue;
    for (const codePoint of fontkit.openSync(path).characterSet) set.add(codePoint);
  }
  printable = set;
  return set;
}

/** The distinct characters of `text` that no bundled font has, in the order they first appear. */
export function unprintableCharacters(text: string): string[] {
  if (SURELY_PRINTABLE.test(text)) return [];
  const fonts = printableCodePoints();
  const found = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!fonts.has(codePoint) && !isInvisible(char, codePoint)) found.add(char);
  }
  return [...found];
}
