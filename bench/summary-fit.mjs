/**
 * The summary's fit to one page, timed as a multiple of one plain render of the same summary:
 * `node bench/summary-fit.mjs [BRIEF...] [--runs N]`. Uses dist/: run `npm run build` first.
 *
 * "Fit" is all of `renderSummary`: sentences, logo, every layout pass of the size search and the
 * final render. "Plain" is what printing the same page costs when its size is already known:
 * sentences, logo, one render. Median of N runs each, interleaved, after one warm-up; CPU time is
 * reported too, since on a busy machine wall time varies more than the work does.
 */
import { resolve } from 'node:path';
import { loadLogo } from '../dist/brand/index.js';
import { prepareBrief } from '../dist/build/prepare-brief.js';
import { renderSummary } from '../dist/build/render-summary.js';
import { fitToPage } from '../dist/layout/summary/fit.js';
import { frameFor } from '../dist/layout/summary/frame.js';
import { measuringLayout, sheetLayout } from '../dist/layout/summary/layout-summary.js';
import { summaryText } from '../dist/layout/summary/summary-text.js';
import { createLayoutMeasurer, renderPdf } from '../dist/pdf/render-pdf.js';

const projectRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
const briefs = args.length > 0 ? args : ['briefs/dossier.yaml', 'briefs/delegatie.yaml', 'briefs/kort.yaml'];
const warn = () => {};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(work) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/** The printed summary at a size found beforehand: no search, one render. */
async function plainRender(prepared, plan) {
  const { brief, brand, language } = prepared;
  const summary = brief.summary;
  const text = summaryText(prepared.parts, summary, {
    title: brief.title,
    subtitle: brief.subtitle,
    language,
  });
  const logo = brand.logo ? await loadLogo(brand.logo, brand.file) : undefined;
  const images = logo ? { [logo.key]: logo.dataUrl } : {};
  const copy = { brand, frame: frameFor(summary.sheet), text, ...(logo ? { logo } : {}) };
  const { definition } = sheetLayout({ ...copy, images }, plan);
  return renderPdf(definition, { title: brief.title, language });
}

/** The plan the search settles on, found once, outside the timings. */
async function planOf(prepared) {
  const { brief, brand, language } = prepared;
  const text = summaryText(prepared.parts, brief.summary, {
    title: brief.title,
    subtitle: brief.subtitle,
    language,
  });
  const logo = brand.logo ? await loadLogo(brand.logo, brand.file) : undefined;
  const measurer = createLayoutMeasurer(logo ? { [logo.key]: logo.dataUrl } : {});
  const copy = { brand, frame: frameFor(brief.summary.sheet), text, ...(logo ? { logo } : {}) };
  return fitToPage(copy.frame, { min: brand.summary.minSize, max: brand.summary.maxSize }, (size) => {
    const { definition, read } = measuringLayout(copy, size);
    measurer.layout(definition);
    return read();
  });
}

const ratios = [];
for (const brief of briefs) {
  const prepared = await prepareBrief(resolve(projectRoot, brief), { projectRoot, warn });
  const plan = await planOf(prepared);
  const fit = { wall: [], cpu: [] };
  const plain = { wall: [], cpu: [] };
  let outcome;
  for (let run = 0; run <= runs; run++) {
    const a = await timed(() => renderSummary(prepared, prepared.brief.summary, { warn }));
    const b = await timed(() => plainRender(prepared, plan));
    outcome = a.result;
    if (run === 0) continue;
    fit.wall.push(a.wall);
    fit.cpu.push(a.cpu);
    plain.wall.push(b.wall);
    plain.cpu.push(b.cpu);
  }
  const ratio = median(fit.cpu) / median(plain.cpu);
  ratios.push(ratio);
  console.log(
    `${brief}: ${outcome.size} pt in ${outcome.passes} layout passes; fit ${Math.round(median(fit.wall))} ms wall ` +
      `${Math.round(median(fit.cpu))} ms CPU, plain render ${Math.round(median(plain.wall))} ms wall ` +
      `${Math.round(median(plain.cpu))} ms CPU: fit = ${ratio.toFixed(2)}× a plain render (CPU), ` +
      `${(median(fit.wall) / median(plain.wall)).toFixed(2)}× (wall)`,
  );
}
console.log(`largest: fit = ${Math.max(...ratios).toFixed(2)}× a plain render (goal: at most 3×)`);
