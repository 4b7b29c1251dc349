/**
 * The second acceptance test: text that pdftotext (with and without -layout), a PDF viewer's copy
 * and a Word export make of documents someone else wrote comes back with its headings, its words,
 * no page numbers and no hard wraps. Each fixture's .md is the document as its author wrote it; the
 * .txt files were made from PDFs rendered with pdfmake, extracted with poppler's pdftotext 22.12
 * (the viewer copy without form feeds and blank lines, as Acrobat copies), with some words
 * hyphenated at line ends as a typesetter would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/source/index.js';
import { scoreImport } from './import-measure.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

const CASES = [
  {
    input: 'annual-report-layout.txt',
    expected: 'annual-report.md',
    language: 'en',
    what: 'pdftotext -layout, form feeds, running header, "Page N of M", table in columns',
    furniture: ['Annual Report 2024', 'Page 2 of 4'],
  },
  {
    input: 'annual-report-raw.txt',
    expected: 'annual-report.md',
    language: 'en',
    what: 'pdftotext without -layout, no blank lines between paragraphs, "N/M", table cell by cell',
    furniture: ['Green Futures Foundation | Annual Report 2024', '2/4'],
  },
  {
    input: 'annual-report-justified.txt',
    expected: 'annual-report.md',
    language: 'en',
    what: 'pdftotext -layout of justified text, paragraphs marked by first-line indents only',
    furniture: ['Annual Report 2024', 'Page 3 of 4'],
  },
  {
    input: 'rapport-viewer-fr.txt',
    expected: 'rapport-viewer-fr.md',
    language: 'fr',
    what: 'a viewer\'s copy in French: no form feeds, no blank lines, "-2-", repeated header',
    furniture: ["Terre Solidaire — Rapport d'activité 2023", '-2-'],
  },
  {
    input: 'word-export-de.txt',
    expected: 'word-export-de.md',
    language: 'de',
    what: 'a Word export in German: one paragraph per line, tab lists and a tab table',
    furniture: [],
  },
];

describe.each(CASES)('import of $input ($what)', ({ input, expected, language, furniture }) => {
  const { markdown } = importText(fixture(input), { language });
  const score = scoreImport(fixture(expected), markdown);

  it('finds at least 85 % of the headings', () => {
    expect(score.headingRecall, `missing: ${score.missingHeadings.join(' | ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps at least 98 % of the words', () => {
    expect(score.wordRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('leaves no page numbers, headers or footers', () => {
    expect(score.pageNumberLines).toEqual([]);
    const lines = markdown.split('\n').map((line) => line.trim());
    for (const line of furniture) expect(lines).not.toContain(line);
  });

  it('leaves no paragraph hard-wrapped', () => {
    expect(score.hardWraps).toEqual([]);
  });

  it('writes the front matter', () => {
    expect(markdown).toMatch(new RegExp(`^---\\ntitle: .+\\nlanguage: ${language}\\n---\\n\\n`));
  });
});

describe('the fixtures where the importer is exact', () => {
  it('imports the Word export exactly as its author wrote it', () => {
    const { markdown } = importText(fixture('word-export-de.txt'), { language: 'de' });
    expect(markdown).toBe(fixture('word-export-de.md'));
  });
});
