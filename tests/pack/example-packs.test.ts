/**
 * The example briefs built end to end and read back as a reader would: which text is there, on
 * which pages, in which size, with which metadata.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { loadSource } from '../../src/source/index.js';
import type { Source } from '../../src/source/types.js';
import { type ReadPdf, readPdf } from '../helpers/read-pdf.js';
import { coverage, squash, words } from '../helpers/text.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const A4 = { width: 595.28, height: 841.89 };
let outDir: string;
let source: Source;
const packs: Record<string, { pdf: ReadPdf; bytes: Buffer }> = {};

function sectionText(id: string, paragraphs?: number[]): string {
  const section = source.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  const blocks = paragraphs ? paragraphs.map((n) => section.blocks[n - 1]!) : section.blocks;
  return blocks.map((b) => b.markdown).join('\n');
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'briefpack-packs-'));
  source = await loadSource(join(projectRoot, 'assets/sources/achtergrond-nagorno-karabakh.md'), {
    projectRoot,
  });
  // The summaries have tests of their own (tests/summary).
  const report = await buildBriefs({ projectRoot, outDir, briefs: [], only: 'pack' });
  expect(report.errors).toEqual([]);
  for (const output of report.outputs) {
    const bytes = await readFile(join(outDir, `${output.path.split('/').pop()}`));
    packs[output.brief.replace(/^briefs\/|\.yaml$/g, '')] = { pdf: await readPdf(bytes), bytes };
  }
}, 60_000);

describe('every example pack', () => {
  it('is A4 on every page and carries title, author and language', () => {
    expect(Object.keys(packs).sort()).toEqual(['delegatie', 'dossier', 'kort']);
    for (const { pdf, bytes } of Object.values(packs)) {
      for (const page of pdf.pages) {
        expect(page.width).toBeCloseTo(A4.width, 1);
        expect(page.height).toBeCloseTo(A4.height, 1);
      }
      expect(pdf.info.Title).toBeTruthy();
      expect(pdf.info.Author).toBeTruthy();
      expect(bytes.toString('latin1')).toMatch(/\/Lang \(nl\)/);
      // Every font is embedded: each font descriptor carries its TrueType program.
      const raw = bytes.toString('latin1');
      const descriptors = raw.match(/\/Type \/FontDescriptor\b/g) ?? [];
      expect(descriptors.length).toBeGreaterThan(0);
      expect(raw.match(/\/FontFile2\b/g) ?? []).toHaveLength(descriptors.length);
    }
  });
});

describe('the full dossier', () => {
  it('holds at least 99% of the source text words', async () => {
    const original = await readFile(
      join(projectRoot, 'assets/sources/achtergrond-nagorno-karabakh.txt'),
      'utf8',
    );
    const found = coverage(words(original), words(packs.dossier!.pdf.text));
    expect(found).toBeGreaterThanOrEqual(0.99);
  });

  it('numbers the body from 1 after the cover and contents', () => {
    const { pages } = packs.dossier!.pdf;
    const bodyPages = pages.length - 2;
    expect(pages[0]!.text).not.toMatch(/pagina \d/);
    expect(pages[1]!.text).toMatch(/Inhoud/);
    expect(squash(pages[2]!.text)).toContain(squash(`pagina 1 van ${bodyPages}`));
    expect(squash(pages.at(-1)!.text)).toContain(squash(`pagina ${bodyPages} van ${bodyPages}`));
  });

  it('lists every section in the contents with its body page', () => {
    const contents = squash(packs.dossier!.pdf.pages[1]!.text);
    for (const section of source.sections.filter((s) => s.level > 0)) {
      expect(contents).toContain(squash(section.title));
    }
    expect(contents).toMatch(/Weloverwogenaanval\.1/);
  });
});

describe('the delegation brief', () => {
  it('prints the chosen sections, the chosen paragraph, the new heading and the inline text', () => {
    const text = squash(packs.delegatie!.pdf.text);
    expect(text).toContain(squash(sectionText('intro')));
    expect(text).toContain(squash(sectionText('weloverwogen-aanval', [1])));
    expect(text).toContain(squash('Huurlingen uit Syrië en Libië'));
    expect(text).toContain(squash(sectionText('djihadisten-worden-bij-deze-oorlog-betrokken')));
    expect(text).toContain(squash('Onze vraag'));
    expect(text).toContain(squash('OVSE-waarnemingsmissie'));
    expect(text).toContain(squash('Delegatie naar het Europees Parlement'));
  });

  it('leaves out what it did not choose', () => {
    const text = squash(packs.delegatie!.pdf.text);
    expect(text).not.toContain(squash(sectionText('weloverwogen-aanval', [2])));
    expect(text).not.toContain(squash(sectionText('turkije-neemt-actief-deel-aan-deze-oorlog')));
    expect(text).not.toContain(squash('Djihadisten worden bij deze oorlog betrokken'));
  });
});

describe('the short brief', () => {
  it('has a cover and no contents page', () => {
    const { pages } = packs.kort!.pdf;
    expect(pages.map((p) => p.text).join('\n')).not.toMatch(/Inhoud/);
    expect(squash(pages[1]!.text)).toContain(squash('pagina 1 van'));
  });
});
