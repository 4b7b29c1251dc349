/** Pictures of the pages: real PNGs, one a page, of an A4 page's shape, with something printed on them. */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBrief, writePreviews } from '../../src/index.js';
import { planGrid } from '../../src/preview/contact-sheet.js';
import type { PagePixels } from '../../src/preview/render-pages.js';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BRIEF =
  'title: Voorbeeld\nsource: achtergrond-nagorno-karabakh\nsummary: false\nsections:\n' +
  '  - intro\n  - weloverwogen-aanval\n  - turkije-neemt-actief-deel-aan-deze-oorlog\n';

let root: string;
let pdfPath: string;
let pdfPages: number;

beforeAll(async () => {
  root = await tempProject({ 'briefs/voorbeeld.yaml': BRIEF });
  const { pack } = await renderBrief(join(root, 'briefs/voorbeeld.yaml'));
  pdfPath = join(root, 'voorbeeld.pdf');
  pdfPages = pack!.pages;
  await writeFile(pdfPath, pack!.bytes);
});

/** A4 (595.28 × 841.89 pt) in pixels: MuPDF rounds the page's edges outwards. 96 dpi: 794 × 1123. */
function a4At(dpi: number): { width: number; height: number } {
  return { width: Math.ceil((595.28 * dpi) / 72), height: Math.ceil((841.89 * dpi) / 72) };
}

/** Share of pixels that are not near-white: text, rules, the cover's band. */
async function inkShare(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (const value of data) if (value < 200) ink++;
  return ink / (info.width * info.height);
}

describe('writePreviews', () => {
  it('writes a real PNG of every page and a contact sheet', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'briefpack-previews-'));
    const written = await writePreviews(pdfPath, outDir);
    expect(pdfPages).toBeGreaterThanOrEqual(3);
    expect(written.pages).toEqual(
      Array.from({ length: pdfPages }, (_, i) => join(outDir, `voorbeeld-${i + 1}.png`)),
    );
    expect(written.sheet).toBe(join(outDir, 'voorbeeld-sheet.png'));
    for (const path of written.pages) {
      const png = await readFile(path);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(await sharp(png).metadata()).toMatchObject({ format: 'png', ...a4At(96) });
      const ink = await inkShare(png);
      expect(ink, `${path} looks blank`).toBeGreaterThan(0.001);
      expect(ink, `${path} looks black`).toBeLessThan(0.6);
    }
  });

  it('draws the sheet with every page side by side, no wider than asked', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'briefpack-previews-'));
    const { sheet } = await writePreviews(pdfPath, outDir, { sheet: { width: 800 } });
    const png = await readFile(sheet);
    const meta = await sharp(png).metadata();
    const grid = planGrid(
      Array.from({ length: pdfPages }, () => A4_PAGE),
      { width: 800 },
    );
    expect(meta).toMatchObject({ format: 'png', width: grid.sheet.width, height: grid.sheet.height });
    expect(meta.width).toBeLessThanOrEqual(800);
    expect(await inkShare(png)).toBeGreaterThan(0.01);
  });

  it('draws at the resolution asked for', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'briefpack-previews-'));
    const { pages } = await writePreviews(pdfPath, outDir, { dpi: 48, name: 'klein' });
    expect(pages[0]).toBe(join(outDir, 'klein-1.png'));
    expect(await sharp(pages[0]!).metadata()).toMatchObject(a4At(48));
  });

  it('removes pictures of pages the PDF no longer has, and nothing else', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'briefpack-previews-'));
    for (const name of ['voorbeeld-99.png', 'voorbeeld-summary-1.png', 'voorbeeld-2-1.png', 'notes.txt'])
      await writeFile(join(outDir, name), 'old');
    await writePreviews(pdfPath, outDir);
    const files = await readdir(outDir);
    expect(files).not.toContain('voorbeeld-99.png');
    expect(files).toEqual(
      expect.arrayContaining(['voorbeeld-summary-1.png', 'voorbeeld-2-1.png', 'notes.txt']),
    );
  });
});

const A4_PAGE: PagePixels = { pixels: Buffer.alloc(0), width: 794, height: 1123 };

describe('the contact sheet grid', () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [4, 4, 1],
    [6, 3, 2],
    [7, 4, 2],
    [12, 4, 3],
  ])('%i pages: %i columns, %i rows', (pages, columns, rows) => {
    expect(planGrid(Array.from({ length: pages }, () => A4_PAGE))).toMatchObject({ columns, rows });
  });

  it('never enlarges a page beyond its drawn size', () => {
    expect(planGrid([A4_PAGE], { width: 4000 }).cell.width).toBe(794);
  });
});

describe("the README's contact sheet", () => {
  it('is a small PNG of the example dossier, made by briefpack preview', async () => {
    const path = join(import.meta.dirname, '../../docs/dossier-contact-sheet.png');
    const meta = await sharp(path).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200 });
    expect((await readFile(path)).length).toBeLessThan(400_000);
  });
});

describe('briefpack preview', () => {
  it('renders the briefs in memory and writes their pictures into output/previews', async () => {
    const project = await tempProject({ 'briefs/voorbeeld.yaml': BRIEF });
    const result = runCli(['preview', '--json'], project);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.errors).toEqual([]);
    expect(report.previews).toMatchObject([
      { brief: 'briefs/voorbeeld.yaml', kind: 'pack', sheet: 'output/previews/voorbeeld-sheet.png' },
    ]);
    expect(report.previews[0].pages).toHaveLength(pdfPages);
    for (const path of [...report.previews[0].pages, report.previews[0].sheet])
      expect(existsSync(join(project, path)), path).toBe(true);
    expect(existsSync(join(project, 'output/voorbeeld.pdf'))).toBe(false);
  });

  it('reports a broken brief, still pictures the others, and exits 1', async () => {
    const broken = 'title: Fout\nsource: achtergrond-nagorno-karabakh\nsections: [turkije]\n';
    const project = await tempProject({ 'briefs/voorbeeld.yaml': BRIEF, 'briefs/fout.yaml': broken });
    const result = runCli(['preview', '--out', 'elders'], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('briefs/fout.yaml:3:');
    expect(result.stderr).toContain('(BP203)');
    expect(result.stdout).toBe('');
    expect(existsSync(join(project, 'elders/previews/voorbeeld-sheet.png'))).toBe(true);
  });

  it('refuses a resolution out of range as a usage error', () => {
    expect(runCli(['preview', '--dpi', '5000'], process.cwd()).status).toBe(2);
  });
});
