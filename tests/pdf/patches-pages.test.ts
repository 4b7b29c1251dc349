/**
 * The pdfmake patch's page breaking and font fallback, proven through the public pdfmake API as an
 * upstream test would: widow and orphan control (`widows`, `orphans`), `keepWithNext`, unbreakable
 * blocks taller than a page, and fallback families chosen per run of text.
 *
 * Pages are 400 pt high with 40 pt margins (320 pt of text); type is 10 pt Source Serif at line
 * height 1, so a line is 13.71 pt high, and a 14 pt heading 19.19 pt. Filler (a canvas of a given
 * height) leaves room for a known number of lines, and half a line, at the foot of the first page.
 */
import { describe, expect, it } from 'vitest';
import { type DocumentDefinition, renderPdf } from '../../src/pdf/render-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { glyphLines } from '../typography/glyphs.js';

const LINE = 13.71;
const TEXT_HEIGHT = 320;
const meta = { title: 'T', language: 'nl' };

/** A block that leaves room for `lines` lines and a half at the foot of the page. */
function fillerLeaving(lines: number) {
  const height = TEXT_HEIGHT - (lines + 0.5) * LINE;
  return { canvas: [{ type: 'rect' as const, x: 0, y: 0, w: 10, h: height }] };
}

/** A paragraph of `count` lines, each ending in a forced break. */
function paragraph(count: number, style: Record<string, unknown> = {}) {
  return { text: Array.from({ length: count }, (_, i) => `Regel${i + 1}`).join('\n'), ...style };
}

function page(content: DocumentDefinition['content']): DocumentDefinition {
  return {
    content,
    pageSize: { width: 300, height: 400 },
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'source-serif-4', fontSize: 10, lineHeight: 1 },
  };
}

/** On which page each line `Regel N` (and any other marked word) lands. */
async function pagesOf(definition: DocumentDefinition): Promise<Map<string, number>> {
  const lines = glyphLines((await renderPdf(definition, meta)).bytes);
  return new Map(lines.map((line) => [line.text.trim(), line.page]));
}

const keep = { orphans: 2, widows: 2 };

describe('pdfmake: widow and orphan control', () => {
  it('leaves a single first line at the foot of a page without the properties (pdfmake as released)', async () => {
    const at = await pagesOf(page([fillerLeaving(1), paragraph(6)]));
    expect([at.get('Regel1'), at.get('Regel2')]).toEqual([1, 2]);
  });

  it('carries a first line that would be left alone at the foot to the next page (orphans)', async () => {
    const at = await pagesOf(page([fillerLeaving(1), paragraph(6, keep)]));
    expect(at.get('Regel1')).toBe(2);
  });

  it('carries a line with the last one, so that it does not stand alone at the head (widows)', async () => {
    const at = await pagesOf(page([fillerLeaving(5), paragraph(6, keep)]));
    expect([1, 2, 3, 4].map((n) => at.get(`Regel${n}`))).toEqual([1, 1, 1, 1]);
    expect([at.get('Regel5'), at.get('Regel6')]).toEqual([2, 2]);
  });

  it('moves a three-line paragraph whole when only two lines fit', async () => {
    const at = await pagesOf(page([fillerLeaving(2), paragraph(3, keep)]));
    expect([1, 2, 3].map((n) => at.get(`Regel${n}`))).toEqual([2, 2, 2]);
  });

  it('reads the properties from styles, and keeps every line', async () => {
    const definition = {
      ...page([fillerLeaving(1), paragraph(40, { style: 'body' })]),
      // `orphans` and `widows` are the patch's: @types/pdfmake does not know them.
      styles: { body: keep } as unknown as DocumentDefinition['styles'],
    };
    const at = await pagesOf(definition);
    expect(at.get('Regel1')).toBe(2);
    expect(at.size).toBe(40);
  });
});

describe('pdfmake: a word broken at the foot of a page', () => {
  const word = ['ver', 'ze', 'ke', 'rings', 'maat', 'schap', 'pij'].join('\u00AD');

  it('is not: the line ends before it, and the word goes over whole', async () => {
    let brokenLines = 0;
    for (const room of [2, 3, 4, 5, 6]) {
      const text = `Een ${`${word} `.repeat(30)}einde.`;
      const lines = glyphLines((await renderPdf(page([fillerLeaving(room), { text, ...keep }]), meta)).bytes);
      const lastOnFirstPage = lines.filter((line) => line.page === 1).at(-1)!;
      expect(lastOnFirstPage.text.trimEnd(), `room for ${room} lines`).not.toMatch(/-$/);
      brokenLines += lines.filter((line) => line.text.trimEnd().endsWith('-')).length;
    }
    expect(brokenLines).toBeGreaterThan(10);
  });
});

describe('pdfmake: keepWithNext', () => {
  const heading = { text: 'KOP', fontSize: 14, keepWithNext: true };

  it('starts a heading on the next page when the opening lines after it do not fit', async () => {
    const at = await pagesOf(page([fillerLeaving(2), heading, paragraph(6, keep)]));
    expect([at.get('KOP'), at.get('Regel1'), at.get('Regel2')]).toEqual([2, 2, 2]);
  });

  it('leaves the heading where it is when two lines fit after it', async () => {
    const at = await pagesOf(page([fillerLeaving(3), heading, paragraph(6, keep)]));
    expect([at.get('KOP'), at.get('Regel1'), at.get('Regel2'), at.get('Regel3')]).toEqual([1, 1, 1, 2]);
  });

  it('counts the whole of a paragraph that widow and orphan control keep together', async () => {
    const at = await pagesOf(page([fillerLeaving(3), heading, paragraph(3, keep)]));
    expect([at.get('KOP'), at.get('Regel1'), at.get('Regel3')]).toEqual([2, 2, 2]);
  });

  it('keeps headings in a row together with what follows', async () => {
    const second = { text: 'SUBKOP', fontSize: 12, keepWithNext: true };
    const at = await pagesOf(page([fillerLeaving(4), heading, second, paragraph(6, keep)]));
    expect([at.get('KOP'), at.get('SUBKOP'), at.get('Regel1')]).toEqual([2, 2, 2]);
  });

  it('lays out a heading taller than a page as it comes, without losing text', async () => {
    const tall = { text: 'LANG '.repeat(400), keepWithNext: true };
    const { text } = await readPdf(
      (await renderPdf(page([{ text: 'EERST' }, tall, paragraph(2)]), meta)).bytes,
    );
    expect(text).toMatch(/^EERST LANG/);
    expect(text.match(/LANG/g)).toHaveLength(400);
  });
});

describe('pdfmake: unbreakable blocks', () => {
  it('moves a block that fits a page to the next page whole', async () => {
    const at = await pagesOf(page([fillerLeaving(2), { stack: [paragraph(4)], unbreakable: true }]));
    expect([1, 2, 3, 4].map((n) => at.get(`Regel${n}`))).toEqual([2, 2, 2, 2]);
  });

  it('refuses a block taller than a page with an error naming it, instead of dropping it', async () => {
    const tall = { stack: [paragraph(40)], unbreakable: true };
    await expect(renderPdf(page([tall]), meta)).rejects.toThrow(/taller than the page.*Regel1/);
  });
});

describe('pdfmake: font fallback', () => {
  const names = 'Հայաստան, Россия en Ελλάδα';

  it('draws what the font lacks in its fallback, per run, and the rest in the font itself', async () => {
    const { bytes } = await renderPdf(page([{ text: names }, { text: names, bold: true }]), meta);
    const [regular, bold] = glyphLines(bytes);
    const fontOf = (line: typeof regular, char: string) => line!.glyphs.find((g) => g.char === char)!.font;
    expect(fontOf(regular, 'Հ')).toMatch(/NotoSerifArmenian-Reg/);
    expect(fontOf(regular, 'Р')).toMatch(/SourceSerif4-Reg/);
    expect(fontOf(regular, 'λ')).toMatch(/SourceSerif4-Reg/);
    expect(fontOf(regular, ',')).toMatch(/SourceSerif4-Reg/);
    expect(fontOf(bold, 'Հ')).toMatch(/NotoSerifArmenian-Semi/);
    expect((await readPdf(bytes)).text).toContain(names);
  });

  it('keeps a word set in two fonts whole: no line break and no justified space inside it', async () => {
    const word = 'ՀայաստանArmenia';
    const text = `${`${word} `.repeat(30)}einde`;
    const lines = glyphLines((await renderPdf(page([{ text, alignment: 'justify' }]), meta)).bytes);
    for (const line of lines.slice(0, -1))
      expect(
        line.text
          .trim()
          .split(' ')
          .every((w) => w === word),
      ).toBe(true);
  });
});
