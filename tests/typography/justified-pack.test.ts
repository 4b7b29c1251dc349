/**
 * The full dossier, a justified Dutch pack, read back glyph by glyph: hyphens at line ends where
 * words were broken, no soft hyphen drawn inside a line, no word spread into syllables, spaces
 * stretched less than before hyphenation, every word of the source still in the extracted text,
 * no heading at the foot of a page, nothing outside the margins, and Dutch typographic quotes.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { renderPack } from '../../src/build/render-pack.js';
import { A4, PACK_MARGINS } from '../../src/layout/page.js';
import { readPdf } from '../helpers/read-pdf.js';
import { coverage, words } from '../helpers/text.js';
import { type GlyphLine, gapsInsideWords, glyphLines, linesAt, rightEdge, spaceStretches } from './glyphs.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const BODY_SIZE = 10.5;
let lines: GlyphLine[];
let body: GlyphLine[];
let text: string;
let markdown: string;

beforeAll(async () => {
  const warn = () => {};
  const prepared = await prepareBrief(join(projectRoot, 'briefs/dossier.yaml'), { projectRoot, warn });
  if (prepared.brief.pack === false) throw new Error('the dossier brief prints a pack');
  const { bytes } = await renderPack(prepared, prepared.brief.pack, { projectRoot, warn });
  lines = glyphLines(bytes);
  // Body text: the serif at body size, after the cover and contents.
  body = linesAt(lines, BODY_SIZE).filter(
    (line) => line.page > 2 && /SourceSerif/.test(line.glyphs[0]!.font),
  );
  text = (await readPdf(bytes)).text;
  markdown = await readFile(join(projectRoot, 'assets/sources/achtergrond-nagorno-karabakh.md'), 'utf8');
}, 60_000);

/** The word a line ends with, before its hyphen, joined with the first word of the next line. */
function brokenWords(): string[] {
  const out: string[] = [];
  body.forEach((line, i) => {
    const next = body[i + 1];
    if (!line.text.trimEnd().endsWith('-') || !next) return;
    const head = line.text.trimEnd().split(' ').at(-1)!.slice(0, -1);
    out.push(head + next.text.trimStart().split(' ')[0]);
  });
  return out;
}

describe('the justified dossier', () => {
  it('breaks words at line ends with a hyphen, at hyphenation points', () => {
    const broken = brokenWords();
    expect(broken.length).toBeGreaterThan(5);
    // A word broken by hyphenation is a word of the source written without that hyphen.
    const hyphenated = broken.filter((word) => !markdown.includes(word.replace(/[’”.,;:)]+$/, '')) === false);
    expect(hyphenated.length).toBeGreaterThan(5);
  });

  it('draws no soft hyphen, and no hyphen inside a line that the source does not have', () => {
    expect(lines.some((line) => line.text.includes('\u00AD'))).toBe(false);
    for (const line of body) {
      for (const match of line.text
        .trimEnd()
        .slice(0, -1)
        .matchAll(/[\p{L}\p{N}]+-[\p{L}\p{N}]+/gu)) {
        expect(markdown, line.text).toContain(match[0]);
      }
    }
  });

  it('spreads no word into syllables or runs', () => {
    for (const line of body) expect(gapsInsideWords(line), line.text).toEqual([]);
  });

  it('stretches spaces far less than without hyphenation (4.3 × their width at most, then)', () => {
    const widest = Math.max(...body.flatMap(spaceStretches));
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThan(3);
  });

  it('still holds every word of the source in its extracted text', () => {
    const source = markdown.replace(/^---[\s\S]*?---/, '').replace(/\{#[^}]*\}/g, '');
    expect(coverage(words(source), words(text))).toBeGreaterThanOrEqual(0.995);
    for (const word of brokenWords()) expect(words(text)).toContain(words(word)[0]);
  });

  it('ends no page with a heading', () => {
    const pages = new Set(lines.map((line) => line.page));
    for (const page of [...pages].slice(2)) {
      const onPage = lines.filter((line) => line.page === page && line.glyphs.every((g) => g.size > 8.5));
      const last = onPage.at(-1);
      if (last) expect(last.glyphs[0]!.size, `page ${page}: ${last.text}`).toBeLessThanOrEqual(BODY_SIZE);
    }
  });

  it('sets nothing outside the margins', () => {
    for (const line of body) expect(rightEdge(line)).toBeLessThanOrEqual(A4.width - PACK_MARGINS.right + 0.5);
  });

  it("prints the source's straight quotes as Dutch typographic quotes", () => {
    expect(markdown).toContain("'onbegrijpelijk gecompliceerd'");
    expect(text).toContain('‘onbegrijpelijk gecompliceerd’');
    expect(text).toContain('camera’s');
    for (const line of body) expect(line.text).not.toMatch(/['"]/);
  });
});
