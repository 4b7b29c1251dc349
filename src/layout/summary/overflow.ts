/**
 * When a summary does not fit even at the smallest size: what to tell the author (how much is
 * over, how many points or sentences to give up), or, with `overflow: shorten`, which trailing
 * sentences to drop. Every answer is measured, not guessed: estimates only choose what to try.
 */
import { type Fit, planOf } from './fit.js';
import type { Frame } from './frame.js';
import type { Measurement } from './layout-summary.js';
import type { SummaryText } from './summary-text.js';

export interface DroppedSentence {
  /** The point's heading; empty for the lead. */
  heading: string;
  sentence: string;
}

export interface Overflow {
  /** Pages the text needs at the smallest size, as printed: "1.3", or "1.04" when just over. */
  pages: string;
  /** How much too long the text is, in millimetres, rounded up. */
  overMm: number;
  /** How many of the last points to remove for it to fit. */
  removePoints: number;
  /** A `sentences:` setting that fits, when one does. */
  sentences?: number;
}

export type MeasureText = (text: SummaryText) => Measurement;

export function describeOverflow(
  text: SummaryText,
  fit: Fit,
  frame: Frame,
  sentences: number,
  measure: MeasureText,
): Overflow {
  let fitting: number | undefined;
  const shortenable = text.lead.length > 1 || text.points.some((p) => !p.written && p.sentences.length > 1);
  for (let fewer = sentences - 1; shortenable && fewer >= 1 && fitting === undefined; fewer--) {
    if (planOf(frame, measure(withSentences(text, fewer))).fits) fitting = fewer;
  }
  return {
    pages: pagesNeeded(fit.needed / fit.available),
    overMm: Math.ceil(((fit.needed - fit.available) * 25.4) / 72),
    removePoints: pointsToRemove(fit, frame),
    ...(fitting !== undefined ? { sentences: fitting } : {}),
  };
}

/** Rounded up, to a tenth, or to a hundredth when a tenth would overstate it ("1.1" for 1.003). */
function pagesNeeded(ratio: number): string {
  const decimals = ratio < 1.1 ? 2 : 1;
  const scale = 10 ** decimals;
  return (Math.ceil(ratio * scale - 1e-9) / scale).toFixed(decimals);
}

/** Removing points changes no other point's height, so the measurement answers without a pass. */
function pointsToRemove(fit: Fit, frame: Frame): number {
  const { points } = fit.measurement;
  for (let remove = 1; remove < points.length; remove++) {
    const fewer = { ...fit.measurement, points: points.slice(0, points.length - remove) };
    if (planOf(frame, fewer).fits) return remove;
  }
  return points.length;
}

function withSentences(text: SummaryText, count: number): SummaryText {
  return {
    ...text,
    lead: text.lead.slice(0, count),
    points: text.points.map((p) => (p.written ? p : { ...p, sentences: p.sentences.slice(0, count) })),
  };
}

/**
 * Drops trailing sentences until the text fits: always from the points that have the most left,
 * keeping every point's first sentence, and among those from the one whose loss shortens the page
 * most (the taller column's; the later point on a tie). Several are dropped per measured pass, as
 * many as the measured height per character suggests; then the last ones dropped are put back, one
 * pass each, while the text still fits. Undefined when one sentence a point is still too much.
 */
export function shortenToFit(
  text: SummaryText,
  first: Fit,
  frame: Frame,
  measure: MeasureText,
): { text: SummaryText; fit: Fit; dropped: DroppedSentence[] } | undefined {
  // Each state is the text after one more drop; `fit` is known only for the measured ones.
  const states: Array<{ text: SummaryText; fit?: Fit; dropped?: DroppedSentence }> = [{ text, fit: first }];
  let passes = first.passes;
  let fit = first;
  while (!fit.fits) {
    const perChar = (fit.needed - fit.measurement.fixedHead) / Math.max(1, charsOf(states.at(-1)!.text));
    let estimate = fit.measurement;
    while (planOf(frame, estimate).needed > fit.available) {
      const step = dropOne(states.at(-1)!.text, estimate, perChar, frame);
      if (!step) return undefined;
      estimate = step.estimate;
      states.push(step);
    }
    passes += 1;
    fit = planOf(frame, measure(states.at(-1)!.text));
    states.at(-1)!.fit = fit;
  }
  // The estimate may have dropped more than needed: restore while one drop fewer still fits.
  while (states.length > 1 && !states.at(-2)!.fit) {
    passes += 1;
    const trial = planOf(frame, measure(states.at(-2)!.text));
    if (!trial.fits) break;
    states.pop();
    states.at(-1)!.fit = trial;
    fit = trial;
  }
  const dropped = states.flatMap((state) => (state.dropped ? [state.dropped] : []));
  return { text: states.at(-1)!.text, fit: { ...fit, passes }, dropped };
}

const charsOf = (text: SummaryText): number =>
  [...text.lead, ...text.points.flatMap((p) => [p.heading, ...p.sentences])].reduce(
    (n, s) => n + s.length + 1,
    0,
  );

/** The next sentence to drop, the text without it, and the heights that leaves, estimated. */
function dropOne(
  text: SummaryText,
  estimate: Measurement,
  perChar: number,
  frame: Frame,
): { text: SummaryText; dropped: DroppedSentence; estimate: Measurement } | undefined {
  // -1 stands for the lead.
  const counts = [text.lead.length, ...text.points.map((p) => p.sentences.length)];
  const most = Math.max(...counts);
  if (most <= 1) return undefined;
  let best: { index: number; estimate: Measurement; needed: number } | undefined;
  counts.forEach((count, i) => {
    if (count !== most) return;
    const index = i - 1;
    const sentences = index === -1 ? text.lead : text.points[index]!.sentences;
    const saved = (sentences.at(-1)!.length + 1) * perChar;
    const after =
      index === -1
        ? { ...estimate, head: estimate.head - saved }
        : { ...estimate, points: estimate.points.map((h, j) => (j === index ? h - saved : h)) };
    const needed = planOf(frame, after).needed;
    if (!best || needed <= best.needed + 0.01) best = { index, estimate: after, needed };
  });
  const { index, estimate: after } = best!;
  if (index === -1) {
    return {
      text: { ...text, lead: text.lead.slice(0, -1) },
      dropped: { heading: '', sentence: text.lead.at(-1)! },
      estimate: after,
    };
  }
  const target = text.points[index]!;
  const points = text.points.map((p, i) => (i === index ? { ...p, sentences: p.sentences.slice(0, -1) } : p));
  return {
    text: { ...text, points },
    dropped: { heading: target.heading, sentence: target.sentences.at(-1)! },
    estimate: after,
  };
}
