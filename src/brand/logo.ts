/** The brand's logo, rasterised by sharp for the size it prints at on the cover, at 300 dpi. */
import { readFile } from 'node:fs/promises';
import { fail } from '../errors.js';

const PRINT_DPI = 300;
/** As for images in the text: larger pictures are refused before decoding. */
const MAX_LOGO_PIXELS = 40_000_000;
const MM = 72 / 25.4;

/** The box the logo is fitted into on the cover, in points. */
export const LOGO_BOX = { width: 38 * MM, height: 22 * MM } as const;

export interface PrintedLogo {
  key: string;
  dataUrl: string;
  widthPt: number;
  heightPt: number;
}

/** `grayscale`: the logo turned grey, for black-and-white printing (`--grayscale`). */
export async function loadLogo(
  path: string,
  brandFile: string,
  options: { grayscale?: boolean } = {},
): Promise<PrintedLogo> {
  const bytes = await readFile(path).catch(() =>
    fail(
      'BP400',
      { file: brandFile },
      `logo "${path}" not found`,
      'check the `logo:` path in the brand file',
    ),
  );
  // Imported here, not at start-up: commands that print nothing never load its native library.
  const { default: sharp } = await import('sharp');
  // The header is read without the pixel limit (it decodes nothing), so that a decompression bomb
  // is named for what it is (BP403), not as an unreadable file.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (header?.width && header.height && header.width * header.height > MAX_LOGO_PIXELS) {
    fail(
      'BP403',
      { file: brandFile },
      `logo "${path}" is too large (${header.width}×${header.height} pixels; at most 40 megapixels)`,
      'a logo needs a few hundred pixels across; scale it down or use an SVG',
    );
  }
  try {
    const {
      width = 0,
      height = 0,
      format,
    } = await sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS }).metadata();
    if (!width || !height) throw new Error('no dimensions');
    const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
    const widthPt = width * scale;
    const heightPt = height * scale;
    const pixels = Math.round((widthPt / 72) * PRINT_DPI);
    // A vector logo is drawn directly at the pixel size it needs; a bitmap is only ever scaled down.
    const density = format === 'svg' ? Math.min(2400, (72 * pixels) / width) : undefined;
    let pipeline = sharp(bytes, {
      limitInputPixels: MAX_LOGO_PIXELS,
      ...(density ? { density } : {}),
    }).resize({
      width: pixels,
      withoutEnlargement: format !== 'svg',
    });
    if (options.grayscale) pipeline = pipeline.grayscale();
    const png = await pipeline.png().toBuffer();
    return {
      key: 'brand-logo',
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
      widthPt,
      heightPt,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('BP404', { file: brandFile }, `logo "${path}" cannot be read as an image: ${reason}`);
  }
}
