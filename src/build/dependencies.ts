/**
 * The files a brief's outputs are made from: the brief, its source, every brand.yaml of its brand's
 * chain, the logo and the images its selected parts show. The cache hashes them; `--watch` watches
 * them. Fonts and briefpack's own code are covered by the toolchain fingerprint instead.
 */
import { dirname, resolve } from 'node:path';
import { brandFiles } from '../brand/load-brand.js';
import { createMarkdown } from '../document/markdown.js';
import { parsePart } from '../document/parse-part.js';
import type { PreparedBrief } from './prepare-brief.js';

/** Remote images are refused when rendering; they are no file to hash. */
const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Absolute paths, sorted, without repeats. */
export async function dependenciesOf(prepared: PreparedBrief, projectRoot: string): Promise<string[]> {
  const { brief, source, brand } = prepared;
  const files = new Set([brief.path, source.path, ...(await brandFiles(brief.brand, { projectRoot }))]);
  if (brand.logo) files.add(brand.logo);
  for (const image of imagesOf(prepared)) files.add(image);
  return [...files].sort();
}

/**
 * The images of the selected parts, found by parsing them as the document stage does (so
 * reference-style images and images in footnotes count), resolved as it resolves them.
 */
function imagesOf({ parts, language, source }: PreparedBrief): string[] {
  const md = createMarkdown(language);
  return parts.flatMap((part) =>
    parsePart(part, md, source.footnotes)
      .images.filter(({ src }) => !REMOTE.test(src))
      .map(({ src }) => resolve(dirname(part.basePath), decodeImagePath(src))),
  );
}

/** markdown-it percent-encodes link destinations (`my%20photo.png`); the file has the plain name. */
function decodeImagePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
