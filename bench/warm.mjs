/**
 * A pack rendered warm in one process: `node bench/warm.mjs BRIEF PROJECT`. Renders twice (the
 * first loads fonts, markdown-it and the hyphenation patterns), times the second, and prints
 * `{"ms", "pages"}`. Uses dist/: run `npm run build` first.
 */
import { resolve } from 'node:path';
import { prepareBrief } from '../dist/build/prepare-brief.js';
import { renderPack } from '../dist/build/render-pack.js';

const [brief, projectRoot] = process.argv.slice(2).map((path) => resolve(path));
const warn = () => {};

async function render() {
  const prepared = await prepareBrief(brief, { projectRoot, warn });
  return renderPack(prepared, prepared.brief.pack, { projectRoot, warn });
}

await render();
const started = performance.now();
const pdf = await render();
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, pages: pdf.pages }));
