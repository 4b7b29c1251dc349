/**
 * Keep-with-next, proven on real PDFs: a heading pushed towards the page foot by filler must land
 * on the same page as the first line of its paragraph — and without the rule it would not.
 */
import pdfmake from 'pdfmake';
import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, test } from 'vitest';
import { renderParts, tableLayouts } from '../../src/document/index.js';
import { keepWithNext } from '../../src/document/rules/keep-with-next.js';
import { METRICS, partsOf, renderFixture } from './fixture-helpers.js';
import { find, MARGIN, PAGE, renderPdf, textItems } from './pdf-helpers.js';

/** The text area of the test page (A4, 20 mm margins): what the layout would pass as metrics. */
const metrics = {
  ...METRICS,
  contentWidth: PAGE.width - 2 * MARGIN,
  contentHeight: PAGE.height - 2 * MARGIN,
};

const paragraph = `Eersteregel ${'van een alinea die over vele regels doorloopt '.repeat(20)}`;

async function section(): Promise<Content[]> {
  const parts = partsOf(`%%% part kop 2 KOPTEKST\n${paragraph}\n`, 'test.md');
  const result = await renderParts(parts, {
    language: 'nl',
    projectRoot: '/',
    warn: () => {},
    metrics,
    footnotes: '',
  });
  return result.content;
}

/** Where heading and first line land when filler of `height` pt comes first. */
async function place(content: Content[], height: number) {
  const items = await textItems(
    await renderPdf([{ text: 'vulling', margin: [0, height, 0, 0] }, ...content]),
  );
  return { heading: find(items, 'KOPTEKST'), first: find(items, 'Eersteregel') };
}

describe('keep-with-next in a rendered PDF', () => {
  test('a heading never ends a page, and the rule is what prevents it', async () => {
    const kept = await section();
    const bare: Content[] = [
      { text: ['KOPTEKST'], style: 'h1' },
      { text: [paragraph], style: 'body' },
    ];
    let strandedWithout = 0;
    let movedWith = 0;
    // Filler from mid-page to past the foot, in 6 pt steps: every position of the heading near the foot.
    for (let height = 540; height <= 700; height += 6) {
      const without = await place(bare, height);
      const withRule = await place(kept, height);
      if (without.heading.page !== without.first.page) strandedWithout += 1;
      if (withRule.heading.page > without.heading.page) movedWith += 1;
      expect(withRule.first.page, `filler ${height} pt`).toBe(withRule.heading.page);
      // The negative margin pulls the paragraph back up exactly: no gap under the heading.
      if (without.heading.page === without.first.page && withRule.heading.page === without.heading.page) {
        expect(withRule.first.top - withRule.heading.top).toBeCloseTo(
          without.first.top - without.heading.top,
          1,
        );
      }
    }
    expect(strandedWithout).toBeGreaterThan(0);
    expect(movedWith).toBeGreaterThanOrEqual(strandedWithout);
  });

  test('a heading moved to the next page keeps its page number in the contents', async () => {
    const kept = await section();
    const toc: Content = { toc: { title: { text: 'INHOUD' } } };
    // Filler that leaves room for the heading but not for two lines under it.
    for (const height of [640, 650]) {
      const items = await textItems(
        await renderPdf([toc, { text: 'vulling', margin: [0, height, 0, 0] }, ...kept]),
      );
      const heading = items.filter((item) => item.text.includes('KOPTEKST'));
      const inContents = heading.find((item) => item.page === 1 && item.top < 150)!;
      const printed = heading.find((item) => item !== inContents)!;
      expect(printed.page).toBe(2);
      const number = items.find(
        (item) =>
          item.page === 1 && Math.abs(item.top - inContents.top) < 1 && /^\d+$/.test(item.text.trim()),
      );
      expect(number?.text.trim()).toBe(String(printed.page));
    }
  });

  test('an unbreakable block taller than a page is an error, not a silent loss (our pdfmake patch)', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ text: `Regel${i} ${'woord '.repeat(20)}` }));
    await expect(renderPdf([{ stack: lines, unbreakable: true }, { text: 'NACHTEKST' }])).rejects.toThrow(
      /unbreakable block is taller than the page.*Regel0 woord/,
    );
  });

  test('a heading too tall to keep with what follows is laid out as it comes, and all its text prints', async () => {
    const heading = { text: ['LANG ', 'kopwoord '.repeat(400)], style: 'h1', headlineLevel: 1 };
    const result = keepWithNext([heading], { text: ['NAAST'] });
    expect(result).toEqual([{ ...heading, keepWithNext: true }, { text: ['NAAST'] }]);
    const items = await textItems(await renderPdf([{ text: 'vulling' }, ...(result as Content[])]));
    expect(find(items, 'LANG').page).toBe(1);
    expect(find(items, 'NAAST')).toBeTruthy();
  });
});

describe('pdfmake accepts every fixture', () => {
  test.each([
    'blockquote',
    'code',
    'footnotes',
    'headings',
    'hr',
    'links',
    'lists',
    'paragraphs',
    'quotes-nl',
    'table',
  ])('%s renders, with and without the table layouts', async (name) => {
    const { content } = await renderFixture(name);
    const words = await textItems(await renderPdf(content));
    expect(words.length).toBeGreaterThan(0);
    pdfmake.addTableLayouts(tableLayouts);
    try {
      expect((await textItems(await renderPdf(content))).length).toBe(words.length);
    } finally {
      pdfmake.clearTableLayouts();
    }
  });
});
