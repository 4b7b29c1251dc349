/**
 * The page a summary copy is laid out on, and its type sizes. `a4` is one A4 portrait copy with the
 * key points in two columns (a comfortable measure at every size from 8 to 11 pt); `a5-2up` lays
 * out one half of an A4 landscape sheet (148.5 × 210 mm, the A5 flyer after the cut) with the points
 * in one column.
 */
import { A4, mm } from '../page.js';

export type SheetKind = 'a4' | 'a5-2up';

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Frame {
  sheet: SheetKind;
  /** The copy's page, in points. */
  width: number;
  height: number;
  margins: Margins;
  /** Columns the key points are set in. */
  columns: 1 | 2;
  columnGap: number;
  /** Sizes that do not follow the body size. */
  fixed: FixedSizes;
}

export interface FixedSizes {
  kicker: number;
  title: number;
  longTitle: number;
  subtitle: number;
  callToAction: number;
  contact: number;
  url: number;
  qr: number;
  logo: { width: number; height: number };
  /** Band padding below the masthead, and the gap from the band to the text. */
  bandPadding: number;
  afterBand: number;
  /** Between the text and the block pinned to the foot of the page. */
  beforeFoot: number;
}

/** A4 landscape, the sheet two A5 copies are printed on. */
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

const A4_FRAME: Frame = {
  sheet: 'a4',
  width: A4.width,
  height: A4.height,
  margins: { left: mm(18), right: mm(18), top: mm(14), bottom: mm(13) },
  columns: 2,
  columnGap: mm(9),
  fixed: {
    kicker: 9,
    title: 30,
    longTitle: 23,
    subtitle: 13.5,
    callToAction: 17,
    contact: 9,
    url: 7,
    qr: mm(27),
    logo: { width: mm(24), height: mm(17) },
    bandPadding: mm(8),
    afterBand: mm(8),
    beforeFoot: mm(6),
  },
};

const A5_COPY_FRAME: Frame = {
  sheet: 'a5-2up',
  width: A4_LANDSCAPE.width / 2,
  height: A4_LANDSCAPE.height,
  margins: { left: mm(12), right: mm(12), top: mm(10), bottom: mm(10) },
  columns: 1,
  columnGap: 0,
  fixed: {
    kicker: 7.5,
    title: 21,
    longTitle: 17,
    subtitle: 10.5,
    callToAction: 13,
    contact: 7.5,
    url: 6,
    qr: mm(21),
    logo: { width: mm(17), height: mm(12) },
    bandPadding: mm(5.5),
    afterBand: mm(5.5),
    beforeFoot: mm(4),
  },
};

export function frameFor(sheet: SheetKind): Frame {
  return sheet === 'a4' ? A4_FRAME : A5_COPY_FRAME;
}

export const contentWidthOf = (frame: Frame): number =>
  frame.width - frame.margins.left - frame.margins.right;

/** Width of one column of key points. */
export const columnWidthOf = (frame: Frame): number =>
  (contentWidthOf(frame) - frame.columnGap * (frame.columns - 1)) / frame.columns;
