/**
 * Short blocks are not split across pages: wherever filler pushes a quote, a list item or a table
 * row towards the foot of a page, its lines land on one page. A long quote still breaks.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { renderParts } from '../../src/document/index.js';
import { METRICS, partsOf } from '../document/fixture-helpers.js';
import { MARGIN, PAGE, renderPdf, textItems } from '../document/pdf-helpers.js';

const metrics = {
  ...METRICS,
  contentWidth: PAGE.width - 2 * MARGIN,
  contentHeight: PAGE.height - 2 * MARGIN,
};
const sentence = 'Een zin die de regel vult en nog wat verder doorloopt dan je zou denken. ';

async function content(markdown: string): Promise<Content[]> {
  const result = await renderParts(partsOf(markdown, 'test.md'), {
    language: 'nl',
    projectRoot: '/',
    warn: () => {},
    metrics,
    footnotes: '',
  });
  return result.content;
}

/** The pages on which the words marked `MARK1`…`MARKn` land, for filler of each height. */
async function pagesOfMarks(markdown: string, marks: number, step = 8): Promise<number[][]> {
  const blocks = await content(markdown);
  const out: number[][] = [];
  for (let height = 560; height <= 740; height += step) {
    const filler: Content = { text: 'vulling', margin: [0, height, 0, 0] };
    const items = await textItems(await renderPdf([filler, ...blocks]));
    out.push(
      Array.from({ length: marks }, (_, i) => items.find((item) => item.text.includes(`MARK${i + 1}`))!.page),
    );
  }
  return out;
}

const onOnePage = (pages: number[]) => new Set(pages).size === 1;

describe('short blocks', () => {
  it('a quote of a few lines moves to the next page whole', async () => {
    const quote = `> MARK1 ${sentence.repeat(2)}MARK2 ${sentence}MARK3`;
    for (const pages of await pagesOfMarks(quote, 3)) expect(onOnePage(pages), String(pages)).toBe(true);
  });

  it('a list item of a few lines moves whole, the list may break between items', async () => {
    const list = `- MARK1 ${sentence.repeat(2)}MARK2\n- MARK3 ${sentence.repeat(2)}MARK4`;
    const all = await pagesOfMarks(list, 4);
    for (const pages of all) {
      expect(onOnePage(pages.slice(0, 2)), String(pages)).toBe(true);
      expect(onOnePage(pages.slice(2)), String(pages)).toBe(true);
    }
    expect(all.some((pages) => pages[0] !== pages[3])).toBe(true);
  });

  it('a table row of a few lines moves whole', async () => {
    const row = (a: number, b: number) => `| MARK${a} ${sentence} | ${sentence} MARK${b} |`;
    const table = `| a | b |\n| --- | --- |\n${row(1, 2)}\n${row(3, 4)}`;
    for (const pages of await pagesOfMarks(table, 4, 3)) {
      expect(onOnePage(pages.slice(0, 2)), String(pages)).toBe(true);
      expect(onOnePage(pages.slice(2)), String(pages)).toBe(true);
    }
  });

  it('a long quote still breaks across pages, and prints whole', async () => {
    const quote = `> MARK1 ${sentence.repeat(12)}MARK2`;
    const all = await pagesOfMarks(quote, 2);
    expect(all.some((pages) => !onOnePage(pages))).toBe(true);
  });
});
