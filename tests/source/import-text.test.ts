import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportDecision, importText } from '../../src/source/index.js';

const readAsset = (name: string) =>
  readFileSync(new URL(`../../assets/sources/${name}`, import.meta.url), 'utf8');

/** The Markdown body, without front matter. */
const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');
const importBody = (text: string, options = {}) => bodyOf(importText(text, options).markdown);
const decisionsOf = (text: string, kind: ImportDecision['kind']) =>
  importText(text).decisions.filter((decision) => decision.kind === kind);

/** A paragraph of filler at a column width of about 70, so the text counts as hard-wrapped. */
const FILLER = [
  'De tekst hieronder is uit een PDF gehaald en loopt daarom over korte regels',
  'die telkens op dezelfde breedte afbreken, zoals een pagina ze had gezet',
  'voor de lezer die het document op papier of op een scherm bekeek.',
];

describe('importText on the project source', () => {
  const text = readAsset('achtergrond-nagorno-karabakh.txt');
  const result = importText(text, { language: 'nl', date: '2020-10-18' });

  it('makes exactly the committed Markdown', () => {
    expect(result.markdown).toBe(readAsset('achtergrond-nagorno-karabakh.md'));
  });

  it('reports its headings with their input lines, including the glued and the wrapped ones', () => {
    const headings = result.decisions.filter((decision) => decision.kind === 'heading');
    expect(headings.map(({ line, endLine }) => [line, endLine])).toEqual([
      [16, 16],
      [41, 41],
      [55, 55],
      [66, 67],
      [76, 77],
      [99, 99],
      [118, 119],
      [137, 137],
    ]);
    expect(headings[1]!.message).toContain('glued to the paragraph before');
    expect(headings[3]!.message).toContain('wrapped over 2 lines');
  });

  it('reports the title, the layout and the hyphen it kept', () => {
    expect(result.decisions[0]).toMatchObject({ kind: 'layout', line: 0 });
    expect(result.decisions.find((d) => d.kind === 'title')).toMatchObject({ line: 1, endLine: 1 });
    expect(result.decisions.filter((d) => d.kind === 'hyphen')).toEqual([
      {
        kind: 'hyphen',
        line: 57,
        endLine: 58,
        message: 'kept "1000- vanuit": the hyphen closes an aside opened by a dash',
      },
    ]);
  });
});

describe('joining hyphenated line ends', () => {
  const joined = (first: string, second: string, extra = '') =>
    importBody(`${FILLER.join('\n')}\n${first}\n${second}\n${extra}`);

  it('joins a word the layout hyphenated', () => {
    expect(joined('dat ze in het gebied op verschil-', 'lende plaatsen hebben gewerkt.')).toContain(
      'op verschillende plaatsen',
    );
  });

  it('keeps a hyphen before a capital or a digit', () => {
    expect(joined('over de gevechten in Nagorno-', 'Karabakh en daarbuiten werd.')).toContain(
      'Nagorno-Karabakh en',
    );
    expect(joined('en de crisis rond COVID-', '19 in het voorjaar.')).toContain('COVID-19 in');
  });

  it('keeps a hyphen after a number, with a space when it closes a dashed aside', () => {
    expect(joined('met huurlingen - meer dan 1000-', 'vanuit Syrië.')).toContain('1000- vanuit');
    expect(joined('in de jaren 2019-', '2020 werd het erger.')).toContain('2019-2020 werd');
  });

  it('keeps a capitalised name part in mid-sentence, not a capital at a sentence start', () => {
    expect(joined('nu de Aliyev-', 'clan aan de macht is.')).toContain('Aliyev-clan aan');
    expect(joined('Dat bleek wel. Verschil-', 'lende mensen zagen het.')).toContain('Verschillende mensen');
  });

  it("follows the text's own spelling of a compound", () => {
    const extra = 'De pick-up wagens en de long en term van het gesprek.';
    expect(joined('ze namen de pick-', 'up wagens mee naar het dorp.', extra)).toContain(
      'pick-up wagens mee',
    );
    expect(joined('voor de long-', 'term plannen van het dorp.', extra)).toContain('long-term plannen');
  });

  it('joins at a soft hyphen and across a dash', () => {
    expect(joined('dat ze in het gebied op verschil\u00AD', 'lende plaatsen zijn.')).toContain(
      'verschillende',
    );
    expect(joined('huurlingen -', 'meer dan duizend.')).toContain('huurlingen - meer');
  });
});

describe('page furniture', () => {
  const page = (n: number, lines: string[]) =>
    ['Jaarverslag 2024', '', ...lines, '', `Pagina ${n} van 3`].join('\n');

  it('drops running headers and page numbers of pdftotext pages and joins a paragraph across them', () => {
    const text = [
      page(1, ['Inleiding', '', ...FILLER, 'en die zin loopt door tot op de volgende']),
      page(2, ['pagina, waar hij eindigt.', '', 'Een korte alinea.']),
      page(3, ['Nog een alinea die hier eindigt.']),
    ].join('\n\f');
    const result = importText(text);
    expect(bodyOf(result.markdown)).toContain('tot op de volgende pagina, waar hij eindigt.');
    expect(result.markdown).not.toMatch(/Pagina \d van 3/);
    expect(bodyOf(result.markdown)).not.toContain('Jaarverslag');
    const dropped = result.decisions.filter((d) => d.kind === 'dropped');
    expect(dropped.map((d) => d.line)).toEqual([10, 11, 17, 18, 22]);
    expect(dropped[0]!.message).toBe('page number: "Pagina 1 van 3"');
  });

  it('keeps the first line as the title although it is also the running header', () => {
    expect(importText(page(1, FILLER)).markdown).toMatch(/^---\ntitle: Jaarverslag 2024\n---\n/);
  });

  it('drops numbers in a viewer copy only when they count pages', () => {
    const body = [...FILLER, ...FILLER, ...FILLER];
    const text = ['Titel', ...body, '2', ...body, '- 3 -', ...body, '4', 'Totaal', '', '12'].join('\n');
    const markdown = importText(text).markdown;
    // Not left alone on a line, nor glued to the paragraph after it.
    expect(markdown).not.toMatch(/^(?:2|- 3 -|4)(?: |$)/m);
    expect(markdown).toMatch(/^12$/m);
  });

  it('keeps a number at the foot of a page that does not count pages', () => {
    const text = [['Tabel', '', 'Bedrag', '', '860'].join('\n'), ['Meer tekst.', '', '2'].join('\n')].join(
      '\n\f',
    );
    const markdown = importText(text).markdown;
    expect(markdown).toMatch(/^860$/m);
  });
});

describe('headings', () => {
  it('gives numbered headings the level of their number', () => {
    const text = ['Rapport', '', '2 Programma', ...FILLER, '', '2.1 Financiering', ...FILLER].join('\n');
    expect(importBody(text)).toMatch(/^## 2 Programma$[\s\S]*^### 2\.1 Financiering$/m);
  });

  it('takes "1. Inleiding" for a heading unless "2." follows as a list item', () => {
    const heading = ['Rapport', '', '1. Inleiding', ...FILLER].join('\n');
    expect(importBody(heading)).toMatch(/^## 1\. Inleiding$/m);
    const list = ['Rapport', '', 'Stappen:', '1. Aanmelden', '2. Betalen', '', ...FILLER].join('\n');
    expect(importBody(list)).toMatch(/^1\. Aanmelden\n2\. Betalen$/m);
  });

  it('does not take a short last line of a paragraph for a heading', () => {
    const text = ['Rapport', '', ...FILLER.slice(0, 2), 'En Zo Verder', ...FILLER].join('\n');
    expect(importBody(text)).not.toMatch(/^## /m);
  });

  it('finds headings in Cyrillic and Armenian text', () => {
    const text = [
      'Доклад',
      '',
      'Введение',
      '',
      'Этот текст взят из PDF, и поэтому его строки обрываются на одной и той же',
      'ширине, как их поставила страница для читателя, который его читал.',
      '',
      'Ներածություն',
      '',
      'Այս տեքստը վերցված է PDF-ից, և այդ պատճառով նրա տողերը կտրվում են նույն',
      'լայնությամբ, ինչպես էջը դրանք դրել էր ընթերցողի համար, ով կարդում էր այն։',
    ].join('\n');
    expect(importBody(text)).toMatch(
      /^## Введение\n\nЭтот текст .* читал\.\n\n## Ներածություն\n\nԱյս տեքստը .* այն։\n$/su,
    );
  });

  it('keeps the first line in the text when --title says something else', () => {
    const { markdown } = importText(['Inleiding', '', ...FILLER].join('\n'), { title: 'Mijn titel' });
    expect(markdown).toMatch(/^---\ntitle: Mijn titel\n---\n\n## Inleiding\n/);
  });
});

describe('lists and tables', () => {
  it('makes bullet and numbered items, with wrapped and nested items', () => {
    const text = [
      'Rapport',
      '',
      'De punten:',
      '• een eerste punt dat zo lang is dat het over twee regels moet worden',
      '  verdeeld in de uitvoer van pdftotext;',
      '    - een punt eronder;',
      '• een tweede punt.',
      '',
      ...FILLER,
    ].join('\n');
    expect(importBody(text)).toContain(
      [
        '- een eerste punt dat zo lang is dat het over twee regels moet worden verdeeld in de uitvoer van pdftotext;',
        '  - een punt eronder;',
        '- een tweede punt.',
      ].join('\n'),
    );
  });

  it('leaves a dash or a number that a wrap put at a line start in the sentence', () => {
    const text = [
      'Rapport',
      '',
      ...FILLER,
      'en dan nog een regel die tot aan de rand van de kolom doorloopt met',
      '- en dit hoort er nog bij, net als de regel die ook weer tot de rand',
      '3. keer de rest van de tekst die hier in de zin staat, tot de rand',
      'en verder.',
    ].join('\n');
    expect(importBody(text)).not.toMatch(/^(?:-|3\.) /m);
  });

  it('keeps a table in columns as a fenced text block', () => {
    const text = [
      'Rapport',
      '',
      ...FILLER,
      '',
      '   Bron                         2023        2024',
      '   Giften                      1.240       1.315',
      '   Subsidies                     540         495',
      '',
      ...FILLER,
    ].join('\n');
    expect(importBody(text)).toContain(
      [
        '```text',
        'Bron        2023   2024',
        'Giften     1.240  1.315',
        'Subsidies    540    495',
        '```',
      ].join('\n'),
    );
  });

  it('aligns a tab-separated table from a Word export', () => {
    const text = ['Rapport', 'Een alinea.', 'Bron\t2023\t2024', 'Giften\t1.240\t1.315'].join('\n');
    expect(importBody(text)).toContain(
      ['```text', 'Bron    2023   2024', 'Giften  1.240  1.315', '```'].join('\n'),
    );
  });
});

describe('paragraphs', () => {
  it('breaks paragraphs without blank lines at short lines that end a sentence', () => {
    const text = [
      'Rapport',
      'De eerste alinea loopt over meerdere regels die allemaal tot de rand gaan,',
      'want de tekst is uit een PDF gehaald. Deze regel eindigt ook aan de rand.',
      'Maar deze is kort.',
      'De tweede alinea begint hier en loopt ook weer door tot aan de rechterrand',
      'van de kolom, zoals een PDF dat doet.',
    ].join('\n');
    const paragraphs = importBody(text).trim().split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/aan de rand\. Maar deze is kort\.$/);
  });

  it('keeps every line of a Word export a paragraph of its own', () => {
    const long = 'Een lange alinea die in Word op een regel staat. '.repeat(6).trim();
    const text = ['Verslag', 'Inleiding', long, long, 'Slot', long].join('\n');
    expect(importBody(text)).toBe(`## Inleiding\n\n${long}\n\n${long}\n\n## Slot\n\n${long}\n`);
  });

  it('collapses runs of spaces and strips trailing ones', () => {
    expect(importBody('Titel\n\nEen  zin   met    ruimte.   \n')).toBe('Een zin met ruimte.\n');
  });
});

describe('writing Markdown', () => {
  it('escapes text that Markdown would read as syntax', () => {
    const text = ['Titel', '', '2020. Een jaar met *sterren* en <b>', '', '# geen kop'].join('\n');
    expect(importBody(text)).toBe('2020\\. Een jaar met \\*sterren\\* en \\<b>\n\n\\# geen kop\n');
  });

  it('quotes front matter values that YAML would misread', () => {
    const { markdown } = importText('Oorlog: een achtergrond\n\nTekst.', { language: 'nl' });
    expect(markdown.startsWith('---\ntitle: "Oorlog: een achtergrond"\nlanguage: nl\n---\n\n')).toBe(true);
  });

  it('writes no front matter without a title, language or date', () => {
    expect(importText('dit begint gewoon met tekst.').markdown).toBe('dit begint gewoon met tekst.\n');
    expect(decisionsOf('dit begint gewoon met tekst.', 'title')[0]!.message).toMatch(/^no title/);
  });
});
