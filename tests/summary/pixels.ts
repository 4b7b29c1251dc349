/** Pages drawn to pixels by MuPDF (WebAssembly), for looking at colours and scanning QR codes. */
import jsQRModule, { type QRCode } from 'jsqr';
import * as mupdf from 'mupdf';

// jsqr is CommonJS: the function is its `default`, or the module itself, depending on the loader.
type Decode = (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
const loaded = jsQRModule as unknown as Decode & { default?: Decode };
const jsQR: Decode = loaded.default ?? loaded;

export interface PagePicture {
  /** RGBA, `width * 4` bytes a row, as jsQR wants. */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

export function drawPages(pdf: Uint8Array, dpi = 100): PagePicture[] {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  const pictures: PagePicture[] = [];
  for (let index = 0; index < document.countPages(); index++) {
    const page = document.loadPage(index);
    const scale = dpi / 72;
    // Opaque, on white paper: with alpha, the empty page would read as black.
    const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
    const [width, height, stride] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride()];
    const source = pixmap.getPixels();
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = y * stride + x * 3;
        rgba.set([source[from]!, source[from + 1]!, source[from + 2]!, 255], (y * width + x) * 4);
      }
    }
    pictures.push({ rgba, width, height });
    pixmap.destroy();
    page.destroy();
  }
  document.destroy();
  return pictures;
}

/** Pixels whose red, green and blue differ by more than `tolerance`: anything not grey. */
export function colouredPixels(picture: PagePicture, tolerance = 2): number {
  let count = 0;
  const { rgba } = picture;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > tolerance) count += 1;
  }
  return count;
}

/** The part of a picture between two fractions of its width (one copy of a two-up sheet). */
export function slice(picture: PagePicture, from: number, to: number): PagePicture {
  const left = Math.round(picture.width * from);
  const width = Math.round(picture.width * to) - left;
  const rgba = new Uint8ClampedArray(width * picture.height * 4);
  for (let y = 0; y < picture.height; y++) {
    const start = (y * picture.width + left) * 4;
    rgba.set(picture.rgba.subarray(start, start + width * 4), y * width * 4);
  }
  return { rgba, width, height: picture.height };
}

export function scanQr(picture: PagePicture): string | undefined {
  return jsQR(picture.rgba, picture.width, picture.height)?.data;
}
