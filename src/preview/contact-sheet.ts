/**
 * A contact sheet: every page of a PDF, side by side on a grey table, in reading order, so that a
 * whole pack can be judged at a glance (in a pull request, a chat, the README).
 */
import type { OverlayOptions } from 'sharp';
import type { PagePixels } from './render-pages.js';

export interface SheetOptions {
  /** The sheet's width in pixels at most; pages shrink to fit. */
  width?: number;
  /** Pages in one row at most; the rows are then balanced (6 pages: 3 + 3, not 4 + 2). */
  columns?: number;
}

interface Grid {
  columns: number;
  rows: number;
  /** Thumbnail size in pixels. */
  cell: { width: number; height: number };
  sheet: { width: number; height: number };
}

const GAP = 24;
/** Pages cast a small shadow, so that white paper stands out from the table. */
const SHADOW = 3;
const TABLE = '#d6d6d6';
const SHADOW_COLOUR = '#9a9a9a';

export function planGrid(pages: PagePixels[], options: SheetOptions = {}): Grid {
  const maxColumns = options.columns ?? 4;
  const maxWidth = options.width ?? 1200;
  const first = pages[0]!;
  const rows = Math.ceil(pages.length / maxColumns);
  const columns = Math.ceil(pages.length / rows);
  // Never enlarge a page beyond the resolution it was drawn at.
  const width = Math.min(first.width, Math.floor((maxWidth - (columns + 1) * GAP) / columns));
  const height = Math.round((width * first.height) / first.width);
  return {
    columns,
    rows,
    cell: { width, height },
    sheet: { width: columns * width + (columns + 1) * GAP, height: rows * height + (rows + 1) * GAP },
  };
}

/** The sheet as a PNG; `pages` must not be empty and are assumed to share one size (A4). */
export async function contactSheet(pages: PagePixels[], options: SheetOptions = {}): Promise<Buffer> {
  const grid = planGrid(pages, options);
  // Imported here, not at start-up: only previews need it (the bundled CLI loads imports eagerly).
  const { default: sharp } = await import('sharp');
  const shadow = await sharp({
    create: { ...grid.cell, channels: 3, background: SHADOW_COLOUR },
  })
    .png()
    .toBuffer();
  const layers: OverlayOptions[] = [];
  for (const [index, page] of pages.entries()) {
    const left = GAP + (index % grid.columns) * (grid.cell.width + GAP);
    const top = GAP + Math.floor(index / grid.columns) * (grid.cell.height + GAP);
    const thumbnail = await sharp(page.pixels, {
      raw: { width: page.width, height: page.height, channels: 3 },
    })
      .resize(grid.cell.width, grid.cell.height, { fit: 'fill' })
      .png()
      .toBuffer();
    layers.push({ input: shadow, left: left + SHADOW, top: top + SHADOW }, { input: thumbnail, left, top });
  }
  return sharp({ create: { ...grid.sheet, channels: 3, background: TABLE } })
    .composite(layers)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
