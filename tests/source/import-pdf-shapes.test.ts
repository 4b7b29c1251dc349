/**
 * Shapes of text that PDFs printed by layout engines give, found by the round trips
 * (import-roundtrip.test.ts): each with the smallest text that shows it.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/source/index.js';

const bodyOf = (text: string) => importText(text).markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');

/** A paragraph at a column of about 75 characters, its last line short. */
const PARAGRAPH = [
  'The text below was taken from a PDF and therefore runs over short lines that',
  'break at the same width each time, as a page set them for the reader who saw',
  'the document on paper.',
];

describe('a heading that ends in a full stop', () => {
  const text = (gap: string) => [
    'Report',
    '',
    ...PARAGRAPH,
    gap,
    ...PARAGRAPH,
    gap,
    'Deliberate attack.',
    ...PARAGRAPH,
    gap,
    ...PARAGRAPH,
  ];

  it('is a heading where blank lines separate paragraphs, even with the text glued under it', () => {
    expect(bodyOf(text('').join('\n'))).toMatch(/^## Deliberate attack\.\n\nThe text below/m);
  });

  it('is a paragraph of its own where nothing separates paragraphs', () => {
    const body = bodyOf(
      text('')
        .filter((line, index) => line !== '' || index < 2)
        .join('\n'),
    );
    expect(body).not.toContain('## Deliberate attack.');
    expect(body).toMatch(/^Deliberate attack\.$/m);
  });
});

it('does not take a short line broken before a long word for a heading', () => {
  const narrow = [
    'Bericht',
    '',
    'Der Verein finanziert sich aus Mitgliedsbeiträgen,',
    'Spenden und Zuschüssen. Die folgende Übersicht zeigt',
    'die Einnahmen der letzten beiden Jahre in Euro.',
    '',
    'Den größten Teil der Kosten machen die',
    'Personalkosten für unsere Koordinatorin und die',
    'Aufwandsentschädigungen der Ehrenamtlichen aus.',
  ];
  const body = bodyOf(narrow.join('\n'));
  expect(body).not.toContain('## ');
  expect(body).toMatch(/^Den größten Teil der Kosten machen die Personalkosten/m);
});

describe('a list whose bullets were drawn as shapes', () => {
  const lead = 'The water committees received training in three areas:';
  const items = [
    'basic maintenance of pumps, pipes and storage tanks;',
    'bookkeeping, so that the small fees paid by households are accounted for in',
    'public;',
    'hygiene education, with a special focus on schools and health centres.',
  ];
  const after = ['Water quality is tested twice a year by an independent laboratory. In 2024', ...PARAGRAPH];

  it('is a list after a colon, with items ending in semicolons and the last in a full stop', () => {
    const body = bodyOf(['Report', '', ...PARAGRAPH, lead, ...items, ...after].join('\n'));
    expect(body).toContain(
      `${lead}\n\n- basic maintenance of pumps, pipes and storage tanks;\n` +
        '- bookkeeping, so that the small fees paid by households are accounted for in public;\n' +
        '- hygiene education, with a special focus on schools and health centres.\n\nWater quality',
    );
  });

  it('is not a list without the semicolons', () => {
    const prose = items.map((line) => line.replace(/;$/, ''));
    expect(bodyOf(['Report', '', ...PARAGRAPH, lead, ...prose, ...after].join('\n'))).not.toMatch(/^- /m);
  });
});

it('ends a paragraph after a line of figures (a table row) when a capital follows', () => {
  const text = ['Report', '', ...PARAGRAPH, 'Total', '2,850 3,118', ...PARAGRAPH].join('\n');
  expect(bodyOf(text)).toMatch(/^Total 2,850 3,118\n\nThe text below/m);
});

describe('lines that pdftotext ran together at a hyphenated word', () => {
  const paragraphs = [
    'Report',
    '',
    ...PARAGRAPH,
    'The visits covered eighty-one projects in the regions where we work, and their',
    'findings were mostly encouraging, although the water committees of the poorest villages struggle to collect enough money.',
    'Two new initiatives will start in the spring. The first is a fund that lends money',
    'to the water committees for major repairs, to be paid back from household fees.',
    ...PARAGRAPH,
  ];

  it('end their paragraph when their last printed line is short', () => {
    expect(bodyOf(paragraphs.join('\n'))).toMatch(/collect enough money\.\n\nTwo new initiatives/);
  });

  it('do not widen the column, however many there are', () => {
    const joined = (line: string) => `${line} ${line.replace(/^The/, 'the')}`;
    const many = [...paragraphs, ...PARAGRAPH.slice(0, 2).map(joined), PARAGRAPH[2]!, ...PARAGRAPH];
    const layout = importText(many.join('\n')).decisions.find((d) => d.kind === 'layout');
    expect(layout?.message).toMatch(/hard-wrapped at about (7\d|8[0-5]) characters/);
  });
});
