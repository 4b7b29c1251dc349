/**
 * The size search on made-up texts whose height follows a·s² + b·s: it finds the largest size on
 * the grid that fits, keeps the maximum when that fits, and takes a handful of passes, not dozens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitToPage, SIZE_STEP } from '../../src/layout/summary/fit.js';
import { frameFor } from '../../src/layout/summary/frame.js';
import { availableHeight, type Measurement } from '../../src/layout/summary/layout-summary.js';

const frame = frameFor('a5-2up');
const bounds = { min: 8, max: 11 };
const FIXED = 90;
const FOOT = 60;

/** A text of `points` points whose height grows with the size as real text roughly does. */
function textOf(points: number[], lead: number): (size: number) => Measurement {
  return (size) => ({
    size,
    fixedHead: FIXED,
    head: FIXED + lead * size * size,
    // Quadratic in the size, plus a linear part (margins, half-empty last lines), plus a line step.
    points: points.map((chars) => chars * 0.05 * size * size + 2 * size + (Math.floor(size * 4) % 3)),
    bandBottom: 80,
    foot: FOOT,
  });
}

const room = availableHeight(frame, textOf([], 0)(10));
const fits = (measure: (size: number) => Measurement, size: number) => {
  const m = measure(size);
  return m.head + m.points.reduce((a, b) => a + b, 0) <= room;
};

describe('fitToPage', () => {
  it('keeps the largest size, in one pass, when the text fits at it', () => {
    const fit = fitToPage(frame, bounds, textOf([10, 20], 0.2));
    expect(fit).toMatchObject({ fits: true, passes: 1 });
    expect(fit.measurement.size).toBe(11);
  });

  it('finds the largest fitting size on the grid, in at most six passes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 400 }), { minLength: 1, maxLength: 12 }), (points) => {
        const measure = textOf(points, 0.4);
        let calls = 0;
        const fit = fitToPage(frame, bounds, (size) => {
          calls += 1;
          return measure(size);
        });
        expect(calls).toBe(fit.passes);
        expect(fit.passes).toBeLessThanOrEqual(6);
        const size = fit.measurement.size;
        if (!fits(measure, bounds.min)) {
          expect(fit).toMatchObject({ fits: false });
          expect(size).toBe(bounds.min);
          return;
        }
        expect(fit.fits).toBe(true);
        expect(fits(measure, size)).toBe(true);
        // One grid step larger no longer fits (or is beyond the maximum).
        const larger = size + SIZE_STEP;
        if (larger <= bounds.max) expect(fits(measure, larger)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
