/**
 * Briefs someone else writes, in a project of their own: each summary is exactly one page, or a
 * refusal that says how much is over and what to change; with `overflow: shorten` every dropped
 * sentence is named; a short summary keeps the brand's largest size.
 */
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { renderBrief } from '../../src/build/render-outputs.js';
import { renderSummary } from '../../src/build/render-summary.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';
import { summaryText } from '../../src/layout/summary/summary-text.js';
import { readPdf } from '../helpers/read-pdf.js';
import { tempProject } from '../helpers/temp-project.js';
import { squash } from '../helpers/text.js';

const SOURCE = 'source: achtergrond-nagorno-karabakh\n';

async function summaryOf(brief: string) {
  const root = await tempProject({ 'briefs/b.yaml': brief });
  const warnings: Diagnostic[] = [];
  const path = join(root, 'briefs/b.yaml');
  const options = { projectRoot: root, warn: (w: Diagnostic) => warnings.push(w), only: 'summary' as const };
  try {
    const { outputs } = await renderBrief(path, options);
    const bytes = outputs[0]!.pdf.bytes;
    return { root, path, warnings, bytes, pdf: await readPdf(bytes) };
  } catch (error) {
    if (error instanceof BriefpackError) return { root, path, warnings, error: error.diagnostics };
    throw error;
  }
}

/** The sentences the summary chose, as the brief asks for them. */
async function chosenSentences(path: string, root: string): Promise<string[]> {
  const prepared = await prepareBrief(path, { projectRoot: root, warn: () => {} });
  if (prepared.brief.summary === false) return [];
  const text = summaryText(prepared.parts, prepared.brief.summary, {
    title: '',
    language: prepared.language,
  });
  return [...text.lead, ...text.points.flatMap((p) => p.sentences)];
}

describe('all sections, three sentences each, with a call to action and a QR code', () => {
  it('is one page holding every chosen sentence, or a refusal that says how much is over', async () => {
    const brief = `title: Alles\n${SOURCE}summary:\n  sentences: 3\n  call-to-action: Teken de petitie\n  qr: https://example.org/petitie\n`;
    const result = await summaryOf(brief);
    if (result.error) {
      expect(result.error[0]).toMatchObject({ code: 'BP510', file: 'briefs/b.yaml' });
      expect(result.error[0]!.message).toMatch(/needs \d\.\d\d? pages at 8 pt \(\d+ mm too long\)/);
      return;
    }
    expect(result.pdf!.pages).toHaveLength(1);
    const printed = squash(result.pdf!.text);
    for (const sentence of await chosenSentences(result.path, result.root)) {
      expect(printed).toContain(squash(sentence));
    }
  });
});

describe('two sections, one sentence, two A5 copies on a sheet', () => {
  it('is one A4 landscape page with two complete, identical copies', async () => {
    const brief = `title: Flyer\n${SOURCE}sections:\n  - turkije-neemt-actief-deel-aan-deze-oorlog\n  - externe-aandacht-is-van-vitaal-belang\nsummary:\n  sentences: 1\n  call-to-action: Kom naar de wake\n  sheet: a5-2up\n`;
    const { pdf, path, root } = await summaryOf(brief);
    expect(pdf!.pages).toHaveLength(1);
    expect(pdf!.pages[0]!.width).toBeCloseTo(841.89, 1);
    expect(pdf!.pages[0]!.height).toBeCloseTo(595.28, 1);
    const printed = squash(pdf!.text);
    const count = (needle: string) => printed.split(squash(needle)).length - 1;
    for (const text of [...(await chosenSentences(path, root)), 'Flyer', 'Kom naar de wake']) {
      expect(count(text), text).toBe(2);
    }
  });
});

describe('a summary too long for one page', () => {
  const LONG = `title: Te lang\n${SOURCE}summary:\n  sentences: 5\n  sheet: a5-2up\n`;

  it('fails, naming the brief, how much is over and what to change', async () => {
    const { error } = await summaryOf(LONG);
    expect(error).toHaveLength(1);
    expect(error![0]).toMatchObject({ code: 'BP510', file: 'briefs/b.yaml', severity: 'error' });
    expect(error![0]!.message).toMatch(
      /the A5 copy of the summary needs \d\.\d pages at 8 pt \(\d+ mm too long\)/,
    );
    expect(error![0]!.hint).toMatch(/remove about \d+ of its 8 points/);
    expect(error![0]!.hint).toContain('overflow: shorten');
  });

  it('with overflow: shorten, drops trailing sentences and names every one of them', async () => {
    const { warnings, pdf, path, root } = await summaryOf(
      `title: Ingekort\n${SOURCE}summary:\n  sentences: 4\n  overflow: shorten\n`,
    );
    expect(pdf!.pages).toHaveLength(1);
    const dropped = warnings.filter((w) => w.code === 'BP511');
    expect(dropped.length).toBeGreaterThan(0);
    const printed = squash(pdf!.text);
    const droppedSentences = dropped.map((w) => w.message.match(/: "(.*)"$/)![1]!);
    for (const sentence of droppedSentences) expect(printed).not.toContain(squash(sentence));
    // Everything not reported as dropped is on the page.
    for (const sentence of await chosenSentences(path, root)) {
      if (!droppedSentences.includes(sentence)) expect(printed).toContain(squash(sentence));
    }
  });
});

describe('a short summary', () => {
  it('keeps the brand’s largest body size, in one layout pass, and rebuilds to the same bytes', async () => {
    const root = await tempProject({
      'briefs/kort.yaml': `title: Kort\n${SOURCE}sections: [intro, externe-aandacht-is-van-vitaal-belang]\nsummary:\n  sentences: 1\n`,
    });
    const prepared = await prepareBrief(join(root, 'briefs/kort.yaml'), {
      projectRoot: root,
      warn: () => {},
    });
    if (prepared.brief.summary === false) throw new Error('no summary');
    const result = await renderSummary(prepared, prepared.brief.summary, { warn: () => {} });
    expect(result.size).toBe(prepared.brand.summary.maxSize);
    expect(result.passes).toBe(1);
    // And as printed: the point's sentence is set at 11 pt.
    const sizes = await fontSizesOf(result.pdf.bytes, 'De onverschilligheid');
    expect(sizes).toEqual([11]);
    // Rebuilt from the same inputs, byte for byte the same.
    const again = await renderSummary(prepared, prepared.brief.summary, { warn: () => {} });
    expect(Buffer.compare(again.pdf.bytes, result.pdf.bytes)).toBe(0);
  });
});

/** Font sizes of the text runs that start with `start`, read from the PDF's text matrix. */
async function fontSizesOf(bytes: Uint8Array, start: string): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  const sizes = content.items
    .filter((item) => 'str' in item && item.str.startsWith(start))
    .map(
      (item) =>
        Math.round(Math.hypot(...(item as { transform: number[] }).transform.slice(2, 4)) * 100) / 100,
    );
  await doc.destroy();
  return sizes;
}
