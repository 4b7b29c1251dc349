/**
 * The two dependency patches in patches/ (applied at install by patch-package), each proven through
 * the public pdfmake API as an upstream test would.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/pdf/render-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';

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
