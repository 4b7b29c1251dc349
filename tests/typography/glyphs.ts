/**
 * The glyphs a PDF draws, line by line, with their positions, read by MuPDF without guessing
 * spaces (`inhibit-spaces`): what typography tests measure (spacing, hyphens, margins, fonts).
 */
import * as mupdf from 'mupdf';

export interface Glyph {
  char: string;
  /** Origin, pt from the left edge. */
  x: number;
  /** Advance width, pt. */
  advance: number;
  size: number;
  font: string;
}

export interface GlyphLine {
  page: number;
  /** Baseline, pt from the top. */
  y: number;
  glyphs: Glyph[];
  text: string;
}

/**
 * Glyphs grouped into lines by baseline, left to right. (MuPDF's own lines split where justified
 * spaces are wide, so they are not used.)
 */
export function glyphLines(pdf: Uint8Array): GlyphLine[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const lines: GlyphLine[] = [];
  for (let n = 0; n < doc.countPages(); n++) {
    const byBaseline = new Map<number, Glyph[]>();
    doc
      .loadPage(n)
      .toStructuredText('preserve-whitespace,inhibit-spaces')
      .walk({
        onChar(char, origin, font, size, quad) {
          const y = Math.round(origin[1] * 10) / 10;
          const glyphs = byBaseline.get(y) ?? [];
          glyphs.push({ char, x: origin[0], advance: quad[2] - quad[0], size, font: font.getName() });
          byBaseline.set(y, glyphs);
        },
      });
    // Glyphs stay in drawing order, left to right here: sorting by x would reorder ligatures.
    for (const [y, glyphs] of [...byBaseline].sort((a, b) => a[0] - b[0])) {
      lines.push({ page: n + 1, y, glyphs, text: glyphs.map((g) => g.char).join('') });
    }
  }
  return lines;
}

/** Lines set at `size` pt: the body text, apart from headings, footers and notes. */
export function linesAt(lines: readonly GlyphLine[], size: number): GlyphLine[] {
  return lines.filter(
    (line) => line.glyphs.length > 0 && line.glyphs.every((g) => Math.abs(g.size - size) < 0.01),
  );
}

/** How far each drawn space is stretched: printed width over natural width. */
export function spaceStretches(line: GlyphLine): number[] {
  const out: number[] = [];
  line.glyphs.forEach((glyph, i) => {
    const next = line.glyphs[i + 1];
    if (glyph.char === ' ' && next && next.char !== ' ') out.push((next.x - glyph.x) / glyph.advance);
  });
  return out;
}

/**
 * Gaps wider than `tolerance` pt between two glyphs of one word: a word spread apart (syllables
 * or styled runs justified as if they were words). Kerning stays well within the tolerance.
 */
export function gapsInsideWords(line: GlyphLine, tolerance = 0.5): string[] {
  const out: string[] = [];
  line.glyphs.forEach((glyph, i) => {
    const next = line.glyphs[i + 1];
    if (!next || glyph.char === ' ' || next.char === ' ') return;
    if (next.x - glyph.x - glyph.advance > tolerance) out.push(line.text.slice(Math.max(0, i - 10), i + 10));
  });
  return out;
}

/** The right edge of the line's last visible glyph, pt from the left edge. */
export function rightEdge(line: GlyphLine): number {
  const visible = line.glyphs.filter((g) => g.char.trim() !== '');
  const last = visible.at(-1)!;
  return last.x + last.advance;
}
