/**
 * Render time of a pack, median of N runs in one process (fonts and markdown-it warm after the
 * first): `node bench/render-time.mjs [BRIEF...] [--runs N]`. Uses dist/: run `npm run build` first.
 * Loading the brief and source is timed apart from rendering, so hyphenation and layout show.
 */
import { resolve } from 'node:path';
import { prepareBrief } from '../dist/build/prepare-brief.js';
import { renderPack } from '../dist/build/render-pack.js';

const projectRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const briefs = args.length > 0 ? args : ['briefs/dossier.yaml', 'bench/x50.yaml'];
const warn = () => {};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const brief of briefs) {
  const times = [];
  // CPU time as well: on a busy machine wall time varies more than the work does.
  const cpuTimes = [];
  let pages = 0;
  // One warm-up run: the first render also loads fonts and compiles the hyphenation patterns.
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const prepared = await prepareBrief(resolve(projectRoot, brief), { projectRoot, warn });
    const pdf = await renderPack(prepared, prepared.brief.pack, { projectRoot, warn });
    const cpu = process.cpuUsage(cpuStarted);
    if (run > 0) times.push(performance.now() - started);
    if (run > 0) cpuTimes.push((cpu.user + cpu.system) / 1000);
    pages = pdf.pages;
  }
  const ms = times.map((t) => Math.round(t));
  const cpu = cpuTimes.map((t) => Math.round(t));
  console.log(
    `${brief}: ${pages} pages, median ${median(ms)} ms wall, ${median(cpu)} ms CPU (wall runs: ${ms.join(', ')})`,
  );
}
