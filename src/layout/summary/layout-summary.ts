/**
 * Summary copies as pdfmake documents: a measuring layout (an endless page with anchors between the
 * points, read back as heights) and the printed sheet (one A4 copy, or two A5 copies side by side
 * on A4 landscape with a dashed cut line between them).
 */
import type { CanvasElement, Content, Watermark } from 'pdfmake/interfaces.js';
import type { Brand } from '../../brand/types.js';
import type { DocumentDefinition } from '../../pdf/render-pdf.js';
import { type Anchor, anchor, type CopyInput, foot, lead, masthead, point, pointColumns } from './copy.js';
import { A4_LANDSCAPE, contentWidthOf, type Frame } from './frame.js';

/** Heights of a copy's pieces at one body size, in points, read from a measuring layout. */
export interface Measurement {
  size: number;
  /** From the top margin to the first point: masthead, band and lead. */
  head: number;
  /** The part of `head` that does not follow the body size: masthead and band. */
  fixedHead: number;
  /** Each point with the space after it. */
  points: number[];
  /** From the top of the page to the foot of the brand band. */
  bandBottom: number;
  /** The foot pinned to the bottom of the page. */
  foot: number;
}

/** How a copy is printed: its measurement and which points go to the second column. */
export interface CopyPlan {
  measurement: Measurement;
  /** Points before this index are set in the first column, the rest in the second. */
  split: number;
}

const top = (node: Anchor): number => node.positions?.[0]?.top ?? 0;

/** An endless page holding the copy's pieces in reading order, and how to read their heights back. */
export function measuringLayout(
  input: CopyInput,
  size: number,
): { definition: DocumentDefinition; read: () => Measurement } {
  const { frame } = input;
  const afterMasthead = anchor();
  const between = input.text.points.map(() => anchor());
  const afterPoints = anchor();
  const afterFoot = anchor();
  const points = input.text.points.flatMap((item, i) => [between[i]!, point(item, input.brand, size)]);
  // The second column stays empty: every point is measured at the column's width.
  const columns = frame.columns === 1 ? [[...points, afterPoints]] : [[...points, afterPoints], []];
  const definition: DocumentDefinition = {
    pageSize: { width: frame.width, height: 'auto' },
    pageMargins: [frame.margins.left, frame.margins.top, frame.margins.right, frame.margins.bottom],
    content: [
      masthead(input),
      afterMasthead,
      ...lead(input, size),
      pointColumns(input, columns as Content[][]),
      foot(input),
      afterFoot,
    ],
  };
  const read = (): Measurement => {
    const starts = [...between, afterPoints].map(top);
    const firstPoint = starts[0]!;
    return {
      size,
      head: firstPoint - frame.margins.top,
      fixedHead: top(afterMasthead) - frame.margins.top + frame.fixed.bandPadding + frame.fixed.afterBand,
      points: starts.slice(1).map((start, i) => start - starts[i]!),
      bandBottom: top(afterMasthead) + frame.fixed.bandPadding,
      foot: top(afterFoot) - top(afterPoints),
    };
  };
  return { definition, read };
}

/** Room for the flowing text: the page less its margins and the pinned foot. */
export function availableHeight(frame: Frame, measurement: Measurement): number {
  return frame.height - frame.margins.top - bottomMargin(frame, measurement);
}

const bottomMargin = (frame: Frame, m: Measurement): number =>
  frame.margins.bottom + m.foot + frame.fixed.beforeFoot;

/** Height the flowing text takes with this split of the points into columns. */
export function neededHeight(m: Measurement, split: number): number {
  const sum = (heights: number[]) => heights.reduce((total, h) => total + h, 0);
  return m.head + Math.max(sum(m.points.slice(0, split)), sum(m.points.slice(split)));
}

/** The split that makes the taller column shortest; on a tie, the first column holds more. */
export function bestSplit(frame: Frame, m: Measurement): number {
  if (frame.columns === 1) return m.points.length;
  let best = m.points.length;
  for (let split = m.points.length; split >= 0; split--) {
    if (neededHeight(m, split) < neededHeight(m, best) - 0.01) best = split;
  }
  return best;
}

export interface SheetInput extends CopyInput {
  images: Record<string, string>;
  watermark?: Watermark;
}

/** The printed sheet; `endAnchors` record where each copy's text ends, to verify the page. */
export function sheetLayout(
  input: SheetInput,
  plan: CopyPlan,
): { definition: DocumentDefinition; endAnchors: Anchor[] } {
  const { frame } = input;
  const { measurement: m } = plan;
  const copies = frame.sheet === 'a4' ? 1 : 2;
  const endAnchors: Anchor[] = [];
  const offset = spareAbove(frame, plan);
  const copy = (): Content[] => {
    const end = anchor();
    endAnchors.push(end);
    const items = input.text.points.map((item) => point(item, input.brand, m.size));
    const columns = frame.columns === 1 ? [items] : [items.slice(0, plan.split), items.slice(plan.split)];
    return [masthead(input), ...lead(input, m.size, offset), pointColumns(input, columns), end];
  };
  const body: Content =
    copies === 1
      ? { stack: copy() }
      : {
          columns: [0, 1].map(() => ({ width: contentWidthOf(frame), stack: copy() })),
          columnGap: frame.margins.right + frame.margins.left,
        };
  const page = copies === 1 ? { width: frame.width, height: frame.height } : A4_LANDSCAPE;
  return {
    definition: {
      pageSize: { ...page },
      pageMargins: [frame.margins.left, frame.margins.top, frame.margins.right, bottomMargin(frame, m)],
      content: [body],
      images: { ...input.images },
      background: () => sheetBackground(input.brand, frame, copies, m.bandBottom),
      // The foot sits in the bottom margin, which was made just tall enough for it.
      footer: () => feet(input, copies),
      ...(input.watermark ? { watermark: input.watermark } : {}),
    },
    endAnchors,
  };
}

/**
 * Some of the room a short summary leaves goes between band and text: more air under the band,
 * a little less empty paper at the foot. Capped, so the text still starts where the eye looks.
 */
function spareAbove(frame: Frame, plan: CopyPlan): number {
  const spare = availableHeight(frame, plan.measurement) - neededHeight(plan.measurement, plan.split);
  return Math.max(0, Math.min(spare * 0.25, frame.fixed.afterBand * 1.5));
}

/** Each copy's foot, in the bottom margin below its text. */
function feet(input: CopyInput, copies: number): Content {
  const { frame } = input;
  return {
    margin: [frame.margins.left, frame.fixed.beforeFoot, frame.margins.right, 0],
    columns: Array.from({ length: copies }, () => ({ width: contentWidthOf(frame), stack: [foot(input)] })),
    columnGap: frame.margins.right + frame.margins.left,
  };
}

/** The band behind each copy's masthead, its accent line, and the cut line between two copies. */
function sheetBackground(brand: Brand, frame: Frame, copies: number, bandBottom: number): Content {
  const accent = frame.sheet === 'a4' ? 3 : 2.2;
  const shapes: CanvasElement[] = [];
  for (let i = 0; i < copies; i++) {
    const x = i * frame.width;
    shapes.push({ type: 'rect', x, y: 0, w: frame.width, h: bandBottom, color: brand.colours.primary });
    shapes.push({ type: 'rect', x, y: bandBottom, w: frame.width, h: accent, color: brand.colours.accent });
  }
  if (copies === 2) {
    shapes.push({
      type: 'line',
      x1: frame.width,
      y1: 0,
      x2: frame.width,
      y2: frame.height,
      lineWidth: 0.6,
      dash: { length: 5, space: 4 },
      lineColor: brand.colours.muted,
    });
  }
  return { canvas: shapes };
}
