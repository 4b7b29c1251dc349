/**
 * The example briefs' summaries, built as `briefpack build` builds them and read back: one page
 * each, the sheet each asks for, every sentence chosen for it printed, and QR codes that scan.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { summaryText } from '../../src/layout/summary/summary-text.js';
import { type ReadPdf, readPdf } from '../helpers/read-pdf.js';
import { squash } from '../helpers/text.js';
import { drawPages, scanQr, slice } from './pixels.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const A4 = { width: 595.28, height: 841.89 };
const summaries: Record<string, { pdf: ReadPdf; bytes: Buffer }> = {};

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'briefpack-summaries-'));
  const report = await buildBriefs({ projectRoot, outDir, briefs: [], only: 'summary' });
  expect(report.errors).toEqual([]);
  for (const output of report.outputs) {
    expect(output.kind).toBe('summary');
    expect(output.path).toMatch(/-summary\.pdf$/);
    const bytes = await readFile(join(outDir, output.path.split('/').pop()!));
    summaries[output.brief.replace(/^briefs\/|\.yaml$/g, '')] = { pdf: await readPdf(bytes), bytes };
  }
}, 120_000);

describe('every example summary', () => {
  it('is exactly one page, with the metadata of the pack', () => {
    expect(Object.keys(summaries).sort()).toEqual(['delegatie', 'dossier', 'kort']);
    for (const { pdf, bytes } of Object.values(summaries)) {
      expect(pdf.pages).toHaveLength(1);
      expect(pdf.info.Title).toBeTruthy();
      expect(bytes.toString('latin1')).toMatch(/\/Lang \(nl\)/);
    }
  });

  it('prints every sentence it chose, so nothing was cut', async () => {
    for (const [name, { pdf }] of Object.entries(summaries)) {
      const prepared = await prepareBrief(join(projectRoot, `briefs/${name}.yaml`), {
        projectRoot,
        warn: () => {},
      });
      if (prepared.brief.summary === false) throw new Error(`${name} has no summary`);
      const text = summaryText(prepared.parts, prepared.brief.summary, {
        title: prepared.brief.title,
        language: prepared.language,
      });
      const printed = squash(pdf.text);
      for (const sentence of [...text.lead, ...text.points.flatMap((p) => p.sentences)]) {
        expect(printed, `${name}: ${sentence}`).toContain(squash(sentence));
      }
      for (const point of text.points) expect(printed).toContain(squash(point.heading));
    }
  });

  it('is A4 portrait, or A4 landscape for the two-up flyer', () => {
    for (const name of ['delegatie', 'dossier']) {
      expect(summaries[name]!.pdf.pages[0]).toMatchObject({ width: A4.width, height: A4.height });
    }
    expect(summaries.kort!.pdf.pages[0]!.width).toBeCloseTo(A4.height, 1);
    expect(summaries.kort!.pdf.pages[0]!.height).toBeCloseTo(A4.width, 1);
  });
});

describe('the QR codes', () => {
  it('scan to the brief’s address, on both copies of the flyer', () => {
    const url = 'https://example.org/nagorno-karabakh';
    const [delegatie] = drawPages(summaries.delegatie!.bytes, 150);
    expect(scanQr(delegatie!)).toBe(url);
    const [flyer] = drawPages(summaries.kort!.bytes, 150);
    expect(scanQr(slice(flyer!, 0, 0.5))).toBe(url);
    expect(scanQr(slice(flyer!, 0.5, 1))).toBe(url);
  });

  it('have their address printed beneath them', () => {
    expect(squash(summaries.delegatie!.pdf.text)).toContain(squash('example.org/nagorno-karabakh'));
  });
});
