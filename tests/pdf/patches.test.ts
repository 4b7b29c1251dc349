/**
 * The dependency patches in patches/ (applied at install by patch-package), each proven through
 * the public pdfmake API as an upstream test would. Page breaking (widows, orphans, keepWithNext,
 * unbreakable blocks) and font fallback are in patches-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type DocumentDefinition, renderPdf } from '../../src/pdf/render-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { gapsInsideWords, glyphLines, rightEdge, spaceStretches } from '../typography/glyphs.js';

const SHY = '\u00AD';
const meta = { title: 'T', language: 'nl' };

/** A page 200 pt wide with 50 pt margins: a 100 pt measure, where long words must break. */
function narrow(content: DocumentDefinition['content']): DocumentDefinition {
  return {
    content,
    pageSize: { width: 200, height: 400 },
    pageMargins: [50, 40, 50, 40],
    defaultStyle: { font: 'source-serif-4', fontSize: 10 },
  };
}

async function lines(definition: DocumentDefinition) {
  return glyphLines((await renderPdf(definition, meta)).bytes);
}

const syllables = ['ver', 'ze', 'ke', 'rings', 'maat', 'schap', 'pij'];
const word = syllables.join(SHY);

describe('pdfmake: pageReferenceFormatter', () => {
  it('numbers the table of contents through the formatter', async () => {
    const definition = {
      content: [
        { text: 'Cover' },
        { toc: { title: { text: 'Contents' } } },
        { text: 'Chapter one', tocItem: true, pageBreak: 'before' as const },
        { text: 'Chapter two', tocItem: true, pageBreak: 'before' as const },
      ],
      defaultStyle: { font: 'source-serif-4' },
      pageReferenceFormatter: (page: number) => `p${page - 1}`,
    };
    const pdf = await readPdf((await renderPdf(definition, { title: 'T', language: 'en' })).bytes);
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0]!.text).toMatch(/Chapter one\s*p1/);
    expect(pdf.pages[0]!.text).toMatch(/Chapter two\s*p2/);
  });

  it('leaves page references physical without a formatter', async () => {
    const definition = {
      content: [
        { toc: { title: { text: 'Contents' } } },
        { text: 'Chapter one', tocItem: true, pageBreak: 'before' as const },
      ],
      defaultStyle: { font: 'source-serif-4' },
    };
    const pdf = await readPdf((await renderPdf(definition, { title: 'T', language: 'en' })).bytes);
    expect(pdf.pages[0]!.text).toMatch(/Chapter one\s*2/);
  });
});

describe('PDFKit: a document without a creation date', () => {
  const definition = () => ({
    content: [{ text: 'Same every time' }],
    defaultStyle: { font: 'source-serif-4' },
  });

  it('renders, writes no date, and gives the same bytes twice', async () => {
    const first = await renderPdf(definition(), { title: 'T', language: 'en' });
    const second = await renderPdf(definition(), { title: 'T', language: 'en' });
    expect(first.bytes.toString('latin1')).not.toContain('/CreationDate');
    expect(first.bytes.equals(second.bytes)).toBe(true);
  });

  it('writes the given date as creation and modification date', async () => {
    const date = new Date('2020-10-18T00:00:00Z');
    const { bytes } = await renderPdf(definition(), { title: 'T', language: 'en', date });
    const pdf = await readPdf(bytes);
    expect(pdf.info.CreationDate).toBe('D:20201018000000Z');
    expect(pdf.info.ModDate).toBe('D:20201018000000Z');
  });
});

describe('pdfmake: soft hyphens', () => {
  it('breaks a word at a soft hyphen with a hyphen drawn, whose width fits the line', async () => {
    const printed = await lines(narrow([{ text: `De ${word} en de ${word} zijn groot.` }]));
    const broken = printed.filter((line) => line.text.endsWith('-'));
    expect(broken.length).toBeGreaterThan(0);
    for (const line of broken) {
      // The part before the hyphen is whole syllables: the break is at a soft hyphen.
      const part = line.text.split(' ').at(-1)!.slice(0, -1);
      expect(
        syllables.some(
          (_, n) => syllables.slice(n).join('').startsWith(part) || part.endsWith(syllables[n]!),
        ),
      ).toBe(true);
    }
    for (const line of printed) expect(rightEdge(line)).toBeLessThanOrEqual(150.01);
  });

  it('draws nothing and takes no room for a soft hyphen inside a line', async () => {
    const wide = (text: string) => ({ ...narrow([{ text }]), pageSize: { width: 600, height: 400 } });
    const [withHyphens] = await lines(wide(`Een ${word} hier.`));
    const [without] = await lines(wide(`Een ${syllables.join('')} hier.`));
    expect(withHyphens!.text).toBe(without!.text);
    expect(withHyphens!.glyphs.map((g) => g.x)).toEqual(without!.glyphs.map((g) => g.x));
  });

  it('keeps every word whole in extracted text', async () => {
    const { bytes } = await renderPdf(
      narrow([{ text: `De ${word} en de ${word} zijn groot.`, alignment: 'justify' }]),
      meta,
    );
    const words = (await readPdf(bytes)).text.split(' ');
    expect(words.filter((w) => w === 'verzekeringsmaatschappij')).toHaveLength(2);
    expect((await readPdf(bytes)).text).not.toContain(SHY);
  });

  it('breaks a word wider than the line at soft hyphens, not between any two letters', async () => {
    const printed = await lines(narrow([{ text: `${word}${SHY}${word}` }]));
    expect(printed.length).toBeGreaterThan(1);
    for (const line of printed.slice(0, -1)) {
      expect(line.text).toMatch(/-$/);
      expect(syllables.some((s) => line.text.slice(0, -1).endsWith(s))).toBe(true);
    }
  });

  it('sizes an auto table column from its widest syllable and the hyphen', async () => {
    const cell = (text: string) => ({ text });
    const table = { table: { widths: ['auto', 'auto'], body: [[cell(word), cell(word)]] } };
    const printed = await lines(narrow([table]));
    for (const line of printed) expect(rightEdge(line)).toBeLessThanOrEqual(150.01);
    expect(printed.some((line) => line.text.endsWith('-'))).toBe(true);
  });
});

describe('pdfmake: justified lines stretch only their spaces', () => {
  const paragraph = [
    'Een ',
    { text: 'vet', bold: true },
    'gedrukte pick-up en ',
    { text: 'cur', italics: true },
    `sief woord staan in een lange ${word} die over meerdere regels loopt en uitgevuld wordt. `.repeat(3),
  ];

  it('leaves words of several runs, and words after a hyphen, joined', async () => {
    const printed = await lines(narrow([{ text: paragraph, alignment: 'justify' }]));
    for (const line of printed) expect(gapsInsideWords(line), line.text).toEqual([]);
  });

  it('fills the measure by widening the spaces', async () => {
    const printed = await lines({ ...narrow([{ text: paragraph, alignment: 'justify' }]), pageMargins: 50 });
    const full = printed.slice(0, -1).filter((line) => spaceStretches(line).length > 0);
    expect(full.length).toBeGreaterThan(3);
    for (const line of full) expect(rightEdge(line)).toBeCloseTo(150, 1);
    expect(full.some((line) => Math.max(...spaceStretches(line)) > 1.05)).toBe(true);
  });
});
