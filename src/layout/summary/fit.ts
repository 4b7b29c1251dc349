/**
 * The type size that fits one page: the largest body size, on a quarter-point grid between the
 * brand's minimum and maximum, whose measured layout leaves the text within the page.
 *
 * Each pass is a real pdfmake layout (see `measuringLayout`), not an estimate. The first pass is at
 * the maximum, so a short summary is never shrunk. After that, the sizes tried are predicted from
 * what was measured: the flowing text's height grows as a·s² + b·s with the size s (lines get both
 * taller and shorter), so two measurements give the size that would just fit. Each prediction is
 * checked, and the bracket between the largest size that fits and the smallest that does not
 * narrows to one grid step, usually in three or four passes.
 */

import type { Frame } from './frame.js';
import {
  availableHeight,
  bestSplit,
  type CopyPlan,
  type Measurement,
  neededHeight,
} from './layout-summary.js';

/** The grid of body sizes, in points. */
export const SIZE_STEP = 0.25;

/** Passes after which the search stops, whatever it has: a guard, never reached in practice. */
const MAX_PASSES = 12;

export interface Bounds {
  min: number;
  max: number;
}

export interface Fit extends CopyPlan {
  fits: boolean;
  /** Height the text needs and has, in points, at the plan's size. */
  needed: number;
  available: number;
  /** Layout passes the search took. */
  passes: number;
}

export type Measure = (size: number) => Measurement;

/** The plan of one measurement: its best split of the points into columns, and whether it fits. */
export function planOf(frame: Frame, measurement: Measurement, passes = 1): Fit {
  const split = bestSplit(frame, measurement);
  const needed = neededHeight(measurement, split);
  const available = availableHeight(frame, measurement);
  return { measurement, split, needed, available, fits: needed <= available, passes };
}

export function fitToPage(frame: Frame, bounds: Bounds, measure: Measure): Fit {
  const tried = new Map<number, Fit>();
  const at = (size: number): Fit => {
    let fit = tried.get(size);
    if (!fit) {
      fit = planOf(frame, measure(size));
      tried.set(size, fit);
    }
    return fit;
  };
  const done = (fit: Fit): Fit => ({ ...fit, passes: tried.size });

  if (at(bounds.max).fits) return done(at(bounds.max));
  let largestFitting: number | undefined;
  let smallestFailing = bounds.max;
  while (tried.size < MAX_PASSES) {
    if (largestFitting !== undefined && smallestFailing - largestFitting <= SIZE_STEP + 1e-9) break;
    if (largestFitting === undefined && smallestFailing <= bounds.min) break;
    const size = nextSize(predictSize([...tried.values()]), bounds, largestFitting, smallestFailing);
    if (at(size).fits) largestFitting = size;
    else smallestFailing = size;
  }
  return done(at(largestFitting ?? bounds.min));
}

/** The prediction on the grid, strictly inside the bracket, and never below the minimum. */
function nextSize(prediction: number, bounds: Bounds, fitting: number | undefined, failing: number): number {
  // No prediction (nothing would fit, or the model broke down): halve the bracket instead.
  const predicted = Number.isFinite(prediction) ? prediction : ((fitting ?? bounds.min) + failing) / 2;
  const onGrid = bounds.min + Math.floor((predicted - bounds.min) / SIZE_STEP + 1e-9) * SIZE_STEP;
  const low = fitting === undefined ? bounds.min : fitting + SIZE_STEP;
  const high = failing - SIZE_STEP;
  return Math.max(bounds.min, Math.min(Math.max(onGrid, low), high));
}

/**
 * The size at which the flowing text (lead and points) would just fill its room, from the two
 * measurements nearest to fitting; from one alone, taking its height to grow with the size squared.
 */
function predictSize(fits: Fit[]): number {
  const nearest = [...fits].sort(
    (x, y) => Math.abs(x.needed - x.available) - Math.abs(y.needed - y.available),
  );
  const [a, b] = nearest as [Fit, Fit | undefined];
  const flow = (fit: Fit) => fit.needed - fit.measurement.fixedHead;
  const room = a.available - a.measurement.fixedHead;
  const s1 = a.measurement.size;
  const quadratic = s1 * Math.sqrt(room / flow(a));
  if (!b) return quadratic;
  const s2 = b.measurement.size;
  // flow = p·s² + q·s through both measurements, solved for flow = room.
  const p = (flow(a) / s1 - flow(b) / s2) / (s1 - s2);
  const q = flow(a) / s1 - p * s1;
  if (!(p > 0)) return quadratic;
  return (-q + Math.sqrt(q * q + 4 * p * room)) / (2 * p);
}
