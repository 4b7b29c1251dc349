/**
 * Loading the images a part's Markdown refers to. Nothing is read from the network and nothing
 * outside the project folder: remote images (BP402), paths that leave the project, lexically or
 * through a symlink (BP401), missing files (BP400), images too large to decode safely (BP403) and
 * files that are no image (BP404) are errors that name the Markdown file and line.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean, fail } from '../errors.js';
import type { LoadedImage } from './context.js';

export interface ImageOptions {
  /** Absolute; every image must lie inside it (after resolving symlinks). */
  projectRoot: string;
  /** Width of the text column, pt: no image prints wider. */
  contentWidth: number;
  /** Height of the text area, pt: no image prints taller than most of it. */
  contentHeight: number;
  /** Turn the image grey, for black-and-white printing (`--grayscale`). */
  grayscale?: boolean;
}

/** Decompression-bomb guard: sharp refuses larger images before decoding them. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** No image file in a briefing pack needs more; larger files are refused before reading. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Print resolution: images are scaled down to at most this many pixels per inch as printed. */
export const PRINT_DPI = 300;
/** Part of the text height an image may fill, leaving room for its caption. */
const MAX_HEIGHT_SHARE = 0.8;

const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

export async function loadImage(
  src: string,
  basePath: string,
  file: string,
  line: number,
  options: ImageOptions,
): Promise<LoadedImage> {
  const place = { file, line };
  if (REMOTE.test(src)) {
    fail(
      'BP402',
      place,
      `image "${src}" is not a local file`,
      'briefpack reads nothing from the network: save the image in the project folder and give its relative path',
    );
  }
  const wanted = path.resolve(path.dirname(basePath), decodePath(src));
  const root = await realpath(options.projectRoot);
  if (!isInside(path.resolve(options.projectRoot), wanted) && !isInside(root, wanted)) {
    fail(
      'BP401',
      place,
      `image "${src}" lies outside the project folder`,
      'move the image into the project folder',
    );
  }
  const real = await realpath(wanted).catch(async () => missing(src, wanted, place));
  if (!isInside(root, real)) {
    fail(
      'BP401',
      place,
      `image "${src}" leads outside the project folder (through a symbolic link)`,
      'copy the image into the project folder instead of linking to it',
    );
  }
  const info = await stat(real);
  if (!info.isFile()) return missing(src, wanted, place);
  if (info.size > MAX_IMAGE_BYTES) {
    fail(
      'BP403',
      place,
      `image "${src}" is too large (${Math.round(info.size / 1048576)} MB)`,
      'use a smaller file (at most 50 MB)',
    );
  }
  return convert(await readFile(real), src, place, options);
}

/** markdown-it percent-encodes link destinations (`my%20photo.png`); the file has the plain name. */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function missing(src: string, wanted: string, place: { file: string; line: number }): Promise<never> {
  const siblings = await readdir(path.dirname(wanted)).catch(() => [] as string[]);
  const suggestion = didYouMean(path.basename(wanted), siblings);
  return fail(
    'BP400',
    place,
    `image "${src}" not found`,
    suggestion ?? `paths are relative to the folder of ${place.file}`,
  );
}

async function convert(
  input: Buffer,
  src: string,
  place: { file: string; line: number },
  options: ImageOptions,
): Promise<LoadedImage> {
  const tooLarge = (pixels: string) =>
    fail(
      'BP403',
      place,
      `image "${src}" is too large (${pixels}; at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels)`,
      'scale the image down: 300 dpi at the printed size is enough',
    );
  const undecodable = (reason: string) =>
    fail(
      'BP404',
      place,
      // sharp's messages may end in an empty detail ("corrupt header: "): trimmed, they read as a sentence.
      `image "${src}" cannot be read: ${reason.replace(/[\s:]+$/, '')}`,
      'use a PNG, JPEG, WebP, GIF, TIFF or SVG file',
    );

  // Loaded on first use: sharp's native library costs a quarter of a second, which a document
  // without images, a cached build or `check` never needs.
  const { default: sharp } = await import('sharp');
  // Reading the header decodes no pixels, so it may see any size: the limit is checked here, with
  // the size in the message, and enforced again by sharp when decoding.
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch((error: Error) => undecodable(error.message));
  if (!metadata.width || !metadata.height) return undecodable('no image size');
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS)
    tooLarge(`${metadata.width}×${metadata.height} pixels`);

  // EXIF orientations 5–8 turn the picture a quarter: width and height swap.
  const turned = (metadata.orientation ?? 1) >= 5;
  const natural = {
    width: turned ? metadata.height : metadata.width,
    height: turned ? metadata.width : metadata.height,
  };
  const size = printedSize(natural, options);
  const targetWidth = Math.max(1, Math.round((size.widthPt / 72) * PRINT_DPI));

  let pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
  if (targetWidth < natural.width) pipeline = pipeline.resize({ width: targetWidth });
  if (options.grayscale) pipeline = pipeline.grayscale();
  const alpha = metadata.hasAlpha === true;
  pipeline = alpha ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 85 });
  const output = await pipeline.toBuffer().catch((error: Error) => {
    if (/pixel limit/i.test(error.message)) return tooLarge('over the pixel limit');
    return undecodable(error.message);
  });

  const hash = createHash('sha256').update(output).digest('hex').slice(0, 16);
  const type = alpha ? 'png' : 'jpeg';
  return {
    key: `image-${hash}`,
    dataUrl: `data:image/${type};base64,${output.toString('base64')}`,
    widthPt: size.widthPt,
    heightPt: size.heightPt,
  };
}

/**
 * Printed size: the natural size at 300 dpi, no wider than the text column and no taller than
 * most of the text area (pdfmake cannot break an image, and drops one taller than a page).
 */
export function printedSize(
  natural: { width: number; height: number },
  options: Pick<ImageOptions, 'contentWidth' | 'contentHeight'>,
): { widthPt: number; heightPt: number } {
  const ratio = natural.height / natural.width;
  let widthPt = Math.min((natural.width * 72) / PRINT_DPI, options.contentWidth);
  const maxHeight = options.contentHeight * MAX_HEIGHT_SHARE;
  if (widthPt * ratio > maxHeight) widthPt = maxHeight / ratio;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { widthPt: round(widthPt), heightPt: round(widthPt * ratio) };
}
