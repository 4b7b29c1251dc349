/**
 * Typst, the fastest peer, in a fresh process: `node bench/typst.cjs FILE.typ [--warm]`.
 * Compiles FILE.typ to a PDF in memory and prints `{"ms", "pages", "maxRSS"}` on stdout. With
 * --warm it compiles twice in this process and times the second, with Typst's memo cache evicted
 * between, so the figure is a render with everything loaded, not a cache hit.
 */
const { readFileSync } = require('node:fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const file = process.argv[2];
const warm = process.argv.includes('--warm');
const mainFileContent = readFileSync(file, 'utf8');
const compiler = NodeCompiler.create();
let pdf = compiler.pdf({ mainFileContent });
let ms;
if (warm) {
  compiler.evictCache(0);
  const started = performance.now();
  pdf = compiler.pdf({ mainFileContent });
  ms = performance.now() - started;
}
// Pages without a PDF library: one `/Type /Page` object per page (not `/Pages`).
const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
process.stdout.write(JSON.stringify({ ms, pages, maxRSS: process.resourceUsage().maxRSS }));
