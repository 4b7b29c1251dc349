/**
 * Pages compared with reviewed reference pictures, so that a layout change is seen before it ships.
 * The references in tests/fixtures/visual/ were looked at by eye; when a change is intended, run
 * `UPDATE_VISUAL=1 npx vitest run tests/visual`, look at the new pictures, and commit them.
 * A failing comparison leaves the page as drawn and a difference picture in output/visual-diff/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { type PagePixels, renderPages } from '../../src/preview/render-pages.js';

const repository = resolve(import.meta.dirname, '../..');
const references = join(repository, 'tests/fixtures/visual');
const diffs = join(repository, 'output/visual-diff');
const DPI = 40;
/** A channel that moves by more than this counts as a changed pixel (antialiasing moves less). */
const CHANNEL_TOLERANCE = 48;
/** Share of pixels that may change before a page counts as different. */
const PIXEL_TOLERANCE = 0.002;

const PAGES = [
  { pdf: 'dossier.pdf', page: 1 },
  { pdf: 'dossier.pdf', page: 2 },
  { pdf: 'dossier.pdf', page: 3 },
  { pdf: 'delegatie-summary.pdf', page: 1 },
  { pdf: 'kort-summary.pdf', page: 1 },
];

let outDir: string;
const drawn = new Map<string, PagePixels[]>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'briefpack-visual-'));
  const report = await buildBriefs({ projectRoot: repository, outDir, briefs: [], force: true });
  expect(report.errors).toEqual([]);
  for (const pdf of new Set(PAGES.map((p) => p.pdf))) {
    drawn.set(pdf, await renderPages(await readFile(join(outDir, pdf)), DPI));
  }
}, 120_000);

function png(page: PagePixels): Promise<Buffer> {
  return sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 3 } })
    .png()
    .toBuffer();
}

/** Pixels that differ, and a picture marking them in red over a faded page. */
function compare(actual: PagePixels, expected: PagePixels): { changed: number; marked: Buffer } {
  const marked = Buffer.from(actual.pixels);
  let changed = 0;
  for (let i = 0; i < actual.pixels.length; i += 3) {
    let moved = 0;
    for (let c = 0; c < 3; c++)
      moved = Math.max(moved, Math.abs(actual.pixels[i + c]! - expected.pixels[i + c]!));
    if (moved > CHANNEL_TOLERANCE) {
      changed += 1;
      marked.set([255, 0, 0], i);
    } else {
      for (let c = 0; c < 3; c++) marked[i + c] = 200 + Math.round(actual.pixels[i + c]! / 5);
    }
  }
  return { changed, marked };
}

async function readReference(path: string): Promise<PagePixels> {
  const { data, info } = await sharp(path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pixels: data, width: info.width, height: info.height };
}

describe('pages look as reviewed', () => {
  it.each(PAGES)('$pdf page $page', async ({ pdf, page }) => {
    const actual = drawn.get(pdf)![page - 1]!;
    const name = `${pdf.replace(/\.pdf$/, '')}-${page}.png`;
    const reference = join(references, name);
    if (process.env.UPDATE_VISUAL || !existsSync(reference)) {
      await writeFile(reference, await png(actual));
      expect(
        process.env.UPDATE_VISUAL,
        `no reference yet: wrote ${name}; look at it and commit it`,
      ).toBeTruthy();
      return;
    }
    const expected = await readReference(reference);
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const { changed, marked } = compare(actual, expected);
    const share = changed / (actual.width * actual.height);
    if (share > PIXEL_TOLERANCE) {
      await mkdir(diffs, { recursive: true });
      await writeFile(join(diffs, name), await png(actual));
      const size = { width: actual.width, height: actual.height, channels: 3 as const };
      await writeFile(
        join(diffs, name.replace('.png', '-diff.png')),
        await sharp(marked, { raw: size }).png().toBuffer(),
      );
    }
    expect(
      share,
      `${name}: ${(share * 100).toFixed(2)}% of pixels changed; see output/visual-diff/`,
    ).toBeLessThanOrEqual(PIXEL_TOLERANCE);
  });
});
