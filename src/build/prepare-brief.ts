/**
 * Everything every output of a brief shares: the brief, its source and brand, the selected parts,
 * the language and the dates. Loading stops here with a briefpack error when an input is wrong, so
 * `check` and `build` refuse exactly the same things.
 */
import { dirname } from 'node:path';
import { loadBrand } from '../brand/index.js';
import type { Brand } from '../brand/types.js';
import { loadBrief, selectParts } from '../brief/index.js';
import type { Brief, SelectedPart } from '../brief/types.js';
import type { Warn } from '../errors.js';
import { confineSourcePath, loadSource, resolveSourcePath } from '../source/index.js';
import type { Source } from '../source/types.js';

export interface PreparedBrief {
  brief: Brief;
  source: Source;
  brand: Brand;
  parts: SelectedPart[];
  /** The brief's language, else the source's, else the brand's. */
  language: string;
  /** The date printed on the cover (ISO), when the brief or source has one. */
  printedDate?: string;
  /** The PDF's creation date: the printed date, else SOURCE_DATE_EPOCH, else none. */
  pdfDate?: Date;
  /** The cover's and metadata's organisation: the source's, else the brand's. */
  organisation?: string;
}

export interface PrepareOptions {
  projectRoot: string;
  warn: Warn;
  /** Stand-ins for reading sources and brands: a build passes memoised ones, read once per thread. */
  loaders?: { loadSource?: typeof loadSource; loadBrand?: typeof loadBrand };
}

function sourceDateEpoch(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

export async function prepareBrief(briefPath: string, options: PrepareOptions): Promise<PreparedBrief> {
  const { projectRoot, warn } = options;
  const { loadSource: readSource = loadSource, loadBrand: readBrand = loadBrand } = options.loaders ?? {};
  const brief = await loadBrief(briefPath, { projectRoot });
  const sourcePath = resolveSourcePath(brief.source, projectRoot, dirname(brief.path));
  await confineSourcePath(sourcePath, projectRoot, brief.sourcePlace);
  const [source, brand] = await Promise.all([
    readSource(sourcePath, { projectRoot }),
    readBrand(brief.brand, { projectRoot, place: brief.brandPlace }),
  ]);
  const parts = selectParts(brief, source, warn);
  const printedDate = brief.date ?? source.meta.date;
  return {
    brief,
    source,
    brand,
    parts,
    language: brief.language ?? source.meta.language ?? brand.language,
    printedDate,
    pdfDate: printedDate ? new Date(`${printedDate}T00:00:00Z`) : sourceDateEpoch(),
    organisation: source.meta.organisation ?? brand.organisation,
  };
}
