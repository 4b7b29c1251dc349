/**
 * How evenly a PDF is justified, measured from the drawn glyphs (mupdf structured text, spaces the
 * PDF really draws, no guessed ones): `node bench/space-stretch.mjs output/dossier.pdf`.
 *
 * For every drawn space followed by a glyph on the same line, the stretch is the space's printed
 * width (to the next glyph's origin) over its natural width (its advance). A gap between two
 * non-space glyphs wider than 0.5 pt (kerning stays below) is counted as a word spread apart (syllables, or styled runs).
 * Body text only: the type size must be the body size (10.5 pt by default; --size N).
 */
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const bodySize = sizeAt >= 0 ? Number(args.splice(sizeAt, 2)[1]) : 10.5;

function measure(file) {
  const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  const stretches = [];
  let spreads = 0;
  for (let n = 0; n < doc.countPages(); n++) {
    let line = [];
    const flush = () => {
      for (let i = 0; i + 1 < line.length; i++) {
        const [a, b] = [line[i], line[i + 1]];
        if (Math.abs(a.size - bodySize) > 0.01 || Math.abs(b.size - bodySize) > 0.01) continue;
        const drawn = b.x - a.x;
        if (a.c === ' ' && b.c !== ' ')
          stretches.push({ ratio: drawn / a.advance, extra: drawn - a.advance });
        else if (a.c !== ' ' && b.c !== ' ' && drawn - a.advance > 0.5) spreads++;
      }
      line = [];
    };
    const text = doc.loadPage(n).toStructuredText('preserve-whitespace,inhibit-spaces');
    text.walk({
      onChar(c, origin, _font, size, quad) {
        line.push({ c, x: origin[0], size, advance: quad[2] - quad[0] });
      },
      endLine: flush,
    });
  }
  stretches.sort((a, b) => a.ratio - b.ratio);
  const widest = stretches.at(-1) ?? { ratio: 1, extra: 0 };
  const p95 = stretches[Math.floor(stretches.length * 0.95)] ?? widest;
  return { spaces: stretches.length, widest, p95, spreads };
}

for (const file of args) {
  const { spaces, widest, p95, spreads } = measure(file);
  const f = (s) => `${s.ratio.toFixed(2)}× (+${s.extra.toFixed(2)} pt)`;
  console.log(
    `${file}: ${spaces} spaces, widest ${f(widest)}, 95th percentile ${f(p95)}, ${spreads} gaps inside words`,
  );
}
