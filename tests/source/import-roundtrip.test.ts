/**
 * Round trips: Markdown printed to PDF (by briefpack in its pack layouts, and by pdfmake in two
 * columns), its text extracted as pdftotext gives it (tests/helpers/pdf-to-text.ts, with pdfjs-dist;
 * and with poppler's pdftotext itself where it is installed), imported, and compared with the
 * Markdown it started from: headings found, words kept, no page furniture left, no paragraph
 * hard-wrapped, and the original's paragraphs found whole.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { importText } from '../../src/source/index.js';
import { pdfToText } from '../helpers/pdf-to-text.js';
import { coverage, words } from '../helpers/text.js';
import { scoreImport } from './import-measure.js';
import {
  paragraphsFoundWhole,
  plainQuotes,
  withoutFrontMatter,
  withPipeTables,
} from './roundtrip-measure.js';
import { twoColumnPdf } from './roundtrip-two-columns.js';

const repository = resolve(import.meta.dirname, '../..');
const fixture = (path: string) => readFileSync(join(repository, path), 'utf8');

const SOURCES = {
  'annual-report': {
    markdown: withPipeTables(fixture('tests/fixtures/import/annual-report.md')),
    language: 'en',
  },
  rapport: { markdown: fixture('tests/fixtures/import/rapport-viewer-fr.md'), language: 'fr' },
  achtergrond: { markdown: fixture('assets/sources/achtergrond-nagorno-karabakh.md'), language: 'nl' },
  jahresbericht: {
    markdown: withPipeTables(fixture('tests/fixtures/import/word-export-de.md')),
    language: 'de',
  },
};

/** Briefs of the temporary project, each a different pack layout. */
const BRIEFS = {
  'report-pack': 'title: Annual Report 2024\nsource: annual-report\nsummary: false\n',
  'rapport-body':
    "title: Rapport d'activité 2023\nsource: rapport\npack: { cover: false, contents: false }\nsummary: false\n",
  dossier: 'title: Nagorno-Karabakh\nsource: achtergrond\npack: { contents: false }\nsummary: false\n',
};

type Pdf = keyof typeof BRIEFS | 'two-columns';
type Extraction = 'pdfjs' | 'pdfjs, no blank lines' | 'pdftotext' | 'pdftotext -layout';

interface Case {
  what: string;
  source: keyof typeof SOURCES;
  pdf: Pdf;
  extraction: Extraction;
  /** Share of the original's paragraphs that must come back whole. */
  paragraphs: number;
}

const round = (
  what: string,
  source: Case['source'],
  pdf: Pdf,
  extraction: Extraction,
  paragraphs: number,
): Case => ({ what, source, pdf, extraction, paragraphs });

/**
 * Where fewer than all paragraphs come back whole, the text does not say where they end: without
 * blank lines a paragraph whose last line is nearly full reads as going on into the next.
 */
const CASES: Case[] = [
  round('pack with cover and contents; lists, a table', 'annual-report', 'report-pack', 'pdfjs', 1),
  round('the same, as a viewer copies it', 'annual-report', 'report-pack', 'pdfjs, no blank lines', 0.9),
  round('body only, French', 'rapport', 'rapport-body', 'pdfjs', 1),
  round("the project's source as a dossier with cover", 'achtergrond', 'dossier', 'pdfjs', 1),
  round('two columns made with pdfmake, German', 'jahresbericht', 'two-columns', 'pdfjs', 1),
  // pdftotext writes no blank lines between paragraphs, and runs hyphenated lines together.
  round('pack with cover and contents', 'annual-report', 'report-pack', 'pdftotext', 0.85),
  round('pack with cover and contents', 'annual-report', 'report-pack', 'pdftotext -layout', 0.85),
  round('body only, French', 'rapport', 'rapport-body', 'pdftotext', 0.85),
  round("the project's source as a dossier with cover", 'achtergrond', 'dossier', 'pdftotext', 0.85),
];

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const pdfs = new Map<Pdf, { bytes: Buffer; path: string }>();

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'briefpack-roundtrip-'));
  await mkdir(join(root, 'assets/sources'), { recursive: true });
  await mkdir(join(root, 'briefs'), { recursive: true });
  for (const [name, { markdown }] of Object.entries(SOURCES)) {
    await writeFile(join(root, `assets/sources/${name}.md`), markdown);
  }
  for (const [name, yaml] of Object.entries(BRIEFS)) await writeFile(join(root, `briefs/${name}.yaml`), yaml);
  const outDir = join(root, 'output');
  const report = await buildBriefs({ projectRoot: root, outDir, briefs: [], jobs: 1 });
  expect(report.errors).toEqual([]);
  for (const name of Object.keys(BRIEFS) as Pdf[]) {
    const path = join(outDir, `${name}.pdf`);
    pdfs.set(name, { bytes: await readFile(path), path });
  }
  const path = join(outDir, 'two-columns.pdf');
  const bytes = Buffer.from(await twoColumnPdf(SOURCES.jahresbericht.markdown, 'Jahresbericht 2023'));
  await writeFile(path, bytes);
  pdfs.set('two-columns', { bytes, path });
}, 120_000);

async function extract(pdf: Pdf, extraction: Extraction): Promise<string> {
  const { bytes, path } = pdfs.get(pdf)!;
  if (extraction === 'pdfjs') return pdfToText(bytes);
  if (extraction === 'pdfjs, no blank lines') return pdfToText(bytes, { blankLines: false });
  const layout = extraction === 'pdftotext -layout' ? ['-layout'] : [];
  return spawnSync('pdftotext', [...layout, path, '-'], { encoding: 'utf8' }).stdout;
}

describe.each(CASES)('round trip of $source ($what) through $extraction', (round) => {
  const original = SOURCES[round.source];
  let markdown = '';

  beforeAll(async () => {
    if (round.extraction.startsWith('pdftotext') && !hasPdftotext) return;
    markdown = importText(await extract(round.pdf, round.extraction), {
      language: original.language,
    }).markdown;
  });

  const test = round.extraction.startsWith('pdftotext') ? it.skipIf(!hasPdftotext) : it;
  const score = () => scoreImport(plainQuotes(original.markdown), plainQuotes(markdown));

  test('finds at least 85 % of the headings', () => {
    const { headingRecall, missingHeadings } = score();
    expect(headingRecall, `missing: ${missingHeadings.join(' | ')}`).toBeGreaterThanOrEqual(0.85);
  });

  test('keeps at least 98 % of the words', () => {
    const kept = coverage(words(withoutFrontMatter(original.markdown)), words(withoutFrontMatter(markdown)));
    expect(kept).toBeGreaterThanOrEqual(0.98);
  });

  test('leaves no page numbers, running headers or footers', () => {
    expect(score().pageNumberLines).toEqual([]);
    expect(markdown).not.toMatch(/^(?:CC BY 4\.0|Briefpack|Jahresbericht 2023)$/m);
  });

  test('leaves no paragraph hard-wrapped', () => {
    expect(score().hardWraps).toEqual([]);
  });

  test('finds the paragraphs of the original whole', () => {
    const { found, total, broken } = paragraphsFoundWhole(original.markdown, markdown);
    expect(found / total, `not found whole: ${broken.join(' | ')}`).toBeGreaterThanOrEqual(round.paragraphs);
  });
});
