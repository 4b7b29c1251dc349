/** Lead sentences: the segmenter's breaks after abbreviations joined again, numbers kept whole. */
import { describe, expect, it } from 'vitest';
import { leadSentences, markdownToPlainText, splitSentences } from '../../src/document/sentences.js';

describe('splitSentences', () => {
  it('does not end a Dutch sentence after bijv., o.a., Dr. or an initial', () => {
    const text =
      'Er vielen o.a. in Stepanakert 75.000 slachtoffers. Bijv. Frankrijk zegt dit. Dit is bijv. Frankrijk. ' +
      'Zie Dr. Jansen en A. Guterres. Op 27 sept. 2020 begon het. Dat is het.';
    expect(splitSentences(text, 'nl')).toEqual([
      'Er vielen o.a. in Stepanakert 75.000 slachtoffers.',
      'Bijv. Frankrijk zegt dit.',
      'Dit is bijv. Frankrijk.',
      'Zie Dr. Jansen en A. Guterres.',
      'Op 27 sept. 2020 begon het.',
      'Dat is het.',
    ]);
  });

  it('keeps numbers with a dot whole: 75.000, 1.5, 3.14', () => {
    expect(splitSentences('Meer dan 75.000 mensen vluchtten. Het kostte 1.5 miljoen.', 'nl')).toEqual([
      'Meer dan 75.000 mensen vluchtten.',
      'Het kostte 1.5 miljoen.',
    ]);
  });

  it('does not end an English sentence after e.g., i.e., Dr. or Mr.', () => {
    expect(
      splitSentences('Dr. Smith came, e.g. From London. Mr. Jones, i.e. The clerk, left. Done.', 'en'),
    ).toEqual(['Dr. Smith came, e.g. From London.', 'Mr. Jones, i.e. The clerk, left.', 'Done.']);
  });

  it('knows German abbreviations, z. B. with its space, and ordinals such as "3. Oktober"', () => {
    expect(splitSentences('Am 3. Oktober kam z. B. Herr Dr. Müller. Das war alles.', 'de')).toEqual([
      'Am 3. Oktober kam z. B. Herr Dr. Müller.',
      'Das war alles.',
    ]);
  });

  it('still ends a sentence after a year or an ordinary word', () => {
    expect(splitSentences('Het begon in 2020. Daarna kwam de winter. Einde.', 'nl')).toEqual([
      'Het begon in 2020.',
      'Daarna kwam de winter.',
      'Einde.',
    ]);
  });

  it('ends a sentence at the end of a paragraph even without a full stop', () => {
    expect(splitSentences('Een kop zonder punt\nDe tekst erna.', 'nl')).toEqual([
      'Een kop zonder punt',
      'De tekst erna.',
    ]);
  });
});

describe('markdownToPlainText and leadSentences', () => {
  it('drops marks, links, notes, images, headings, tables and code, and uses the language’s quotes', () => {
    const markdown = [
      'Een *mooie* [link](https://example.org) tekst[^1] met "aanhalingstekens". Tweede zin.',
      '',
      '## Tussenkop',
      '',
      '![foto](foto.png)',
      '',
      '| a | b |',
      '| - | - |',
      '| c | d |',
      '',
      '```',
      'code()',
      '```',
      '',
      'Derde zin.',
    ].join('\n');
    expect(leadSentences(markdown, 'nl', 5)).toEqual([
      'Een mooie link tekst met “aanhalingstekens”.',
      'Tweede zin.',
      'Derde zin.',
    ]);
  });

  it('keeps a list introduced by a colon on the line of its request', () => {
    const markdown =
      'Wij vragen u om:\n\n1. te **steunen**;\n2. te veroordelen.\n\nDaarna.\n\n- los\n- apart';
    expect(markdownToPlainText(markdown, 'nl').split('\n')).toEqual([
      'Wij vragen u om: te steunen; te veroordelen.',
      'Daarna.',
      'los',
      'apart',
    ]);
  });

  it('takes only the first sentences asked for', () => {
    expect(leadSentences('Een. Twee. Drie.', 'nl', 2)).toEqual(['Een.', 'Twee.']);
  });
});
