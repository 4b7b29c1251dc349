/** markdown-it set-up: quotes by language, and warnings that name the true line of the file. */
import { describe, expect, test } from 'vitest';
import { renderParts } from '../../src/document/index.js';
import { quotesFor } from '../../src/document/quotes.js';
import type { Diagnostic } from '../../src/errors.js';
import { METRICS } from './fixture-helpers.js';

async function render(blocks: Array<{ markdown: string; line: number }>, language = 'nl') {
  const warnings: Diagnostic[] = [];
  const result = await renderParts(
    [{ id: 'p', title: '', level: 0, blocks, basePath: '/project/source.md', file: 'source.md' }],
    {
      language,
      projectRoot: '/project',
      warn: (warning) => warnings.push(warning),
      metrics: METRICS,
      footnotes: '',
    },
  );
  return { ...result, warnings };
}

const firstText = async (markdown: string, language: string) =>
  ((await render([{ markdown, line: 1 }], language)).content[0] as { text: string[] }).text.join('');

describe('typographic quotes', () => {
  test.each([
    ['nl', '“Zo” en ‘zo’, ’s avonds'],
    ['en', '“Zo” en ‘zo’, ’s avonds'],
    ['de', '„Zo“ en ‚zo‘, ’s avonds'],
    ['fr', '«\u202FZo\u202F» en ‹\u202Fzo\u202F›, ’s avonds'],
    ['ru', '«Zo» en „zo“, ’s avonds'],
    ['hy', '«Zo» en «zo», ’s avonds'],
    ['de-CH', '«Zo» en ‹zo›, ’s avonds'],
    ['xx', '“Zo” en ‘zo’, ’s avonds'],
  ])('%s', async (language, expected) => {
    expect(await firstText(`"Zo" en 'zo', 's avonds`, language)).toBe(expected);
  });

  test('quotes in code stay straight', async () => {
    const { content } = await render([{ markdown: 'Zie `"x"`.', line: 1 }]);
    expect(content[0]).toEqual({ text: ['Zie ', { text: '"x"', style: 'code' }, '.'], style: 'body' });
  });

  test('quotesFor falls back from a region to its language', () => {
    expect(quotesFor('nl-BE')).toEqual(quotesFor('nl'));
    expect(quotesFor('fr_CA')).toEqual(quotesFor('fr'));
  });
});

describe('line numbers', () => {
  test('a warning in a later block names that block’s line in the file', async () => {
    const { warnings } = await render([
      { markdown: 'Eerste blok\nover twee regels.', line: 5 },
      { markdown: '- een\n- twee [x](ftp://example.org)', line: 20 },
      { markdown: '| a |\n|---|\n| <b>vet</b> |', line: 40 },
    ]);
    expect(warnings.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'BP405', line: 21 },
      { code: 'BP406', line: 42 },
      { code: 'BP406', line: 42 },
    ]);
  });

  test('an empty part title prints no heading; heading titles come out as plain text', async () => {
    const result = await renderParts(
      [
        {
          id: 'a',
          title: '"Vrede" *nu*',
          level: 3,
          blocks: [{ markdown: 'Tekst.', line: 2 }],
          basePath: '/p/s.md',
          file: 's.md',
        },
        {
          id: 'b',
          title: '',
          level: 0,
          blocks: [{ markdown: 'Meer.', line: 9 }],
          basePath: '/p/s.md',
          file: 's.md',
        },
      ],
      { language: 'nl', projectRoot: '/p', warn: () => {}, metrics: METRICS, footnotes: '' },
    );
    expect(result.headings).toEqual([{ id: 'a', title: '“Vrede” nu', level: 1 }]);
    expect(result.content).toHaveLength(3);
  });
});
