/**
 * Writes a PDF's pictures into a folder: `NAME-1.png` … `NAME-N.png` and `NAME-sheet.png`, NAME
 * being the PDF's file name (`dossier.pdf` → `dossier-1.png`, `dossier-summary.pdf` →
 * `dossier-summary-1.png`). `briefpack preview` and `build --preview` both write through here, so
 * their files are named alike. Like the PDFs, each picture is written atomically.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import { type PictureOptions, pdfPictures } from './pictures.js';

export interface PreviewOptions extends PictureOptions {
  /** Base of the file names; default: the PDF's file name without `.pdf`. */
  name?: string;
}

export interface WrittenPreviews {
  /** Absolute paths of the page pictures, in page order. */
  pages: string[];
  /** Absolute path of the contact sheet. */
  sheet: string;
}

/** Pictures of the PDF at `pdfPath`, written into `outDir` (created when missing). */
export async function writePreviews(
  pdfPath: string,
  outDir: string,
  options: PreviewOptions = {},
): Promise<WrittenPreviews> {
  const name = options.name ?? basename(pdfPath, extname(pdfPath));
  return writePdfPreviews(await readFile(pdfPath), name, outDir, options);
}

/** The same for a PDF still in memory, as `briefpack preview` renders it. */
export async function writePdfPreviews(
  pdf: Uint8Array,
  name: string,
  outDir: string,
  options: PictureOptions = {},
): Promise<WrittenPreviews> {
  const pictures = await pdfPictures(pdf, options);
  await mkdir(outDir, { recursive: true });
  const pages = pictures.pages.map((_, index) => join(outDir, `${name}-${index + 1}.png`));
  const sheet = join(outDir, `${name}-sheet.png`);
  await Promise.all(pictures.pages.map((png, index) => writeFileAtomic(pages[index]!, png)));
  await writeFileAtomic(sheet, pictures.sheet);
  await removePagesBeyond(outDir, name, pages.length);
  return { pages, sheet };
}

/** A pack that lost pages since the last preview would otherwise keep pictures of pages it no longer has. */
async function removePagesBeyond(outDir: string, name: string, count: number): Promise<void> {
  const prefix = `${name}-`;
  const stale = (await readdir(outDir)).filter((file) => {
    if (!file.startsWith(prefix) || !file.endsWith('.png')) return false;
    const number = file.slice(prefix.length, -'.png'.length);
    return /^[1-9]\d*$/.test(number) && Number(number) > count;
  });
  await Promise.all(stale.map((file) => rm(join(outDir, file), { force: true })));
}
