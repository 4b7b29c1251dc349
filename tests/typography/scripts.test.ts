/**
 * Every script: names in Armenian, Cyrillic and Greek, written in a brief's inline Markdown, print
 * (Armenian in the bundled Noto fallback of the text's own kind and weight) and extract; a
 * character no bundled font has stops the build, naming it and where it is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { renderPack } from '../../src/build/render-pack.js';
import { BriefpackError } from '../../src/errors.js';
import { readPdf } from '../helpers/read-pdf.js';
import { tempProject } from '../helpers/temp-project.js';
import { glyphLines } from './glyphs.js';

const NAMES = `title: Namen
source: achtergrond-nagorno-karabakh
sections:
  - markdown: |
      ## Հայաստան en Россия
      Armenië heet Հայաստան, Rusland Россия en Griekenland Ελλάδα; **Երևան** is de hoofdstad.
`;

async function render(brief: string) {
  const projectRoot = await tempProject({ 'briefs/namen.yaml': brief });
  const warn = () => {};
  const prepared = await prepareBrief(join(projectRoot, 'briefs/namen.yaml'), { projectRoot, warn });
  if (prepared.brief.pack === false) throw new Error('the brief prints a pack');
  return renderPack(prepared, prepared.brief.pack, { projectRoot, warn });
}

describe('names in other scripts', () => {
  it('print in Armenian, Cyrillic and Greek, and extract as written', async () => {
    const { bytes } = await render(NAMES);
    const text = (await readPdf(bytes)).text.normalize('NFC');
    for (const name of ['Հայաստան', 'Россия', 'Ελλάδα', 'Երևան']) expect(text).toContain(name);
  });

  it('set Armenian in the Noto face of the same kind and weight, the rest in the brand fonts', async () => {
    const glyphs = glyphLines((await render(NAMES)).bytes).flatMap((line) => line.glyphs);
    const fontsOf = (char: string) =>
      new Set(glyphs.filter((g) => g.char === char).map((g) => g.font.split('+')[1]));
    // Հ in the contents (sans, regular), the heading (sans, semibold) and the body (serif, regular).
    expect([...fontsOf('Հ')].sort()).toEqual([
      expect.stringMatching(/^NotoSansArmenian-Reg/),
      expect.stringMatching(/^NotoSansArmenian-Semi/),
      expect.stringMatching(/^NotoSerifArmenian-Reg/),
    ]);
    expect([...fontsOf('Ե')]).toEqual([expect.stringMatching(/^NotoSerifArmenian-Semi/)]);
    expect([...fontsOf('Р')].every((font) => /^Source(Serif4|Sans3)/.test(font!))).toBe(true);
    expect([...fontsOf('λ')]).toEqual([expect.stringMatching(/^SourceSerif4-Reg/)]);
  });
});

describe('a character no bundled font has', () => {
  const brief = `title: Tekens
source: achtergrond-nagorno-karabakh
sections:
  - markdown: |
      Een gewone regel.
      Tibetaans ཀ en een 😀 hier.
`;

  it('stops the build with its code point, its block and its place', async () => {
    const error = await render(brief).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BriefpackError);
    const diagnostics = (error as BriefpackError).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['BP410', 'briefs/namen.yaml', 6],
      ['BP410', 'briefs/namen.yaml', 6],
    ]);
    expect(diagnostics[0]!.message).toMatch(/U\+0F40 “ཀ” \(Tibetan\)/);
    expect(diagnostics[1]!.message).toMatch(/U\+1F600 “😀” \(Emoticons\)/);
    expect(diagnostics[0]!.hint).toBeTruthy();
  });
});
