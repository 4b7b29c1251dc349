/** Hyphenation points in the document's language, and where the document stage puts them. */
import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../src/document/hyphenate.js';
import { renderParts } from '../../src/document/index.js';
import { hyphenateRuns } from '../../src/document/runs.js';
import { METRICS, partsOf } from '../document/fixture-helpers.js';

const shown = (text: string) => text.replace(/\u00AD/g, '·');
const hyphenate = (language: string, text: string) => shown(hyphenatorFor(language)!(text));

describe('hyphenation patterns by language', () => {
  it.each([
    ['nl', 'mensenrechtenactivisten', 'men·sen·rech·ten·ac·ti·vis·ten'],
    ['nl', 'onderhandelingsvoorwaarden', 'on·der·han·de·lings·voor·waar·den'],
    ['en', 'international', 'in·ter·na·tional'],
    ['en-GB', 'organisation', 'or·gan·isa·tion'],
    ['de', 'Bundesverfassungsgericht', 'Bun·des·ver·fas·sungs·ge·richt'],
    ['de-CH', 'Bundesverfassungsgericht', 'Bun·des·ver·fas·sungs·ge·richt'],
    ['fr', 'gouvernementales', 'gou·ver·ne·men·tales'],
  ])('%s: %s', (language, word, expected) => {
    expect(hyphenate(language, word)).toBe(expected);
  });

  it('has no patterns for an unknown language, and loads nothing for a strange tag', () => {
    expect(hyphenatorFor('xx')).toBeUndefined();
    expect(hyphenatorFor('../../x')).toBeUndefined();
  });
});

describe('what is left whole', () => {
  const nl = (text: string) => hyphenate('nl', text);

  it('short words, acronyms, words with digits', () => {
    expect(nl('de OVSE en UNESCO zagen Covid19 en F-16')).toBe('de OVSE en UNESCO zagen Covid19 en F-16');
  });

  it('web and mail addresses', () => {
    expect(
      nl('zie https://www.vredesbeweging.example/verklaringen of schrijf secretariaat@vrede.example'),
    ).toBe('zie https://www.vredesbeweging.example/verklaringen of schrijf secretariaat@vrede.example');
  });

  it('two letters at least before a break and three after it', () => {
    for (const word of nl('beschietingen Azerbeidzjan Armenië oefeningen').split(' ')) {
      const parts = word.split('·');
      expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('words a writer hyphenated, and the other scripts of a Dutch text', () => {
    expect(nl('Neder\u00ADland Россия Հայաստան')).toBe('Neder·land Россия Հայաստան');
  });

  it('code and links, in a paragraph that is hyphenated', () => {
    const runs = hyphenateRuns(
      [
        'verdedigingsleger ',
        { text: 'verdedigingsleger', style: ['code'] },
        { text: 'verdedigingsleger', link: 'https://example.org' },
      ],
      hyphenatorFor('nl')!,
    );
    expect(runs.map((run) => shown(typeof run === 'string' ? run : run.text))).toEqual([
      'ver·de·di·gings·le·ger ',
      'verdedigingsleger',
      'verdedigingsleger',
    ]);
  });
});

describe('the document stage', () => {
  const markdown = `%%% part s 2 Verdedigingsleger en onderhandelingsvoorwaarden
Het verdedigingsleger en de onderhandelingsvoorwaarden.

| onderhandelingsvoorwaarden |
| --- |
| verdedigingsleger |
`;
  const render = (hyphenate?: boolean) =>
    renderParts(partsOf(markdown, 'test.md'), {
      language: 'nl',
      projectRoot: '/',
      warn: () => {},
      metrics: METRICS,
      footnotes: '',
      ...(hyphenate === undefined ? {} : { hyphenate }),
    });

  it('hyphenates body text and table cells by default, never headings', async () => {
    const json = JSON.stringify((await render()).content);
    const [heading, paragraph, table] = (await render()).content as unknown as Array<Record<string, unknown>>;
    expect(JSON.stringify(heading)).not.toContain('\u00AD');
    expect(JSON.stringify(paragraph)).toContain('ver\u00ADde\u00ADdi\u00ADgings');
    expect(JSON.stringify(table)).toContain('on\u00ADder\u00ADhan');
    expect(json).toContain('\u00AD');
  });

  it('leaves text as written when hyphenation is off', async () => {
    expect(JSON.stringify((await render(false)).content)).not.toContain('\u00AD');
  });
});
