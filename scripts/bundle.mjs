/**
 * `npm run build`, second step: dist/cli/main.js and everything it imports, bundled by esbuild into
 * one file, dist/briefpack.js, the installed `briefpack` command. Node 20 has no module compile
 * cache, so start-up pays for every file it resolves and reads: one file instead of ~150 saves
 * about a tenth of a cold build (bench/RESULTS.md). Kept outside the bundle: sharp and mupdf
 * (native and WebAssembly), and pdfmake, loaded with `require` so that the copy patch-package
 * patched (and npm bundles) is the one that runs. dist/ keeps the unbundled modules: the public
 * API (dist/index.js) and the build's worker threads (dist/build/worker.js) use them.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/briefpack.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['sharp', 'mupdf', 'pdfmake', 'pdfmake/*'],
  // Bundled CommonJS packages (yaml, markdown-it's helpers…) call `require` for Node's built-ins.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
