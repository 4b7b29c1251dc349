/**
 * Pictures of a PDF's pages, drawn by MuPDF compiled to WebAssembly (the `mupdf` package), so that
 * previews need no program installed on the machine, as the PDFs themselves do not.
 */

/** One page as raw RGB pixels, ready for sharp. */
export interface PagePixels {
  /** Tightly packed RGB, `width * 3` bytes a row. */
  pixels: Buffer;
  width: number;
  height: number;
}

/** Screen resolution: an A4 page becomes 794 × 1123 pixels, readable in a pull-request comment. */
export const DEFAULT_DPI = 96;

/** MuPDF speaks in points (1/72 inch). */
const POINTS_PER_INCH = 72;

/** Draws every page of `pdf` at `dpi`, in order. */
export async function renderPages(pdf: Uint8Array, dpi: number = DEFAULT_DPI): Promise<PagePixels[]> {
  // Loaded on first use: MuPDF instantiates a 10 MB WebAssembly module, which `build` alone never needs.
  const mupdf = await import('mupdf');
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const scale = dpi / POINTS_PER_INCH;
    const pages: PagePixels[] = [];
    for (let index = 0; index < document.countPages(); index++) {
      const page = document.loadPage(index);
      // No alpha: paper is white, and an opaque picture is what a reader expects to see.
      const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
      pages.push(toPagePixels(pixmap));
      pixmap.destroy();
      page.destroy();
    }
    return pages;
  } finally {
    document.destroy();
  }
}

interface RgbPixmap {
  getWidth(): number;
  getHeight(): number;
  getStride(): number;
  getPixels(): Uint8ClampedArray;
}

/** Copies the pixels out of WebAssembly memory (freed with the pixmap), dropping any row padding. */
function toPagePixels(pixmap: RgbPixmap): PagePixels {
  const width = pixmap.getWidth();
  const height = pixmap.getHeight();
  const stride = pixmap.getStride();
  const source = pixmap.getPixels();
  const row = width * 3;
  const pixels = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) pixels.set(source.subarray(y * stride, y * stride + row), y * row);
  return { pixels, width, height };
}
