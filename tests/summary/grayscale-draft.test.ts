/**
 * `--grayscale`: pack and summary carry no colour at all, not in the brand, the logo or the images,
 * and text keeps 4.5:1 contrast. `--draft`: a watermark in the document's language.
 */
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contrastRatio, grayscaleColours } from '../../src/brand/grayscale.js';
import { renderBrief } from '../../src/build/render-outputs.js';
import { readPdf } from '../helpers/read-pdf.js';
import { tempProject } from '../helpers/temp-project.js';
import { colouredPixels, drawPages } from './pixels.js';

const repository = resolve(import.meta.dirname, '../..');
const warn = () => {};

/** A brief with a coloured image of its own, a call to action (accent) and a QR code. */
async function colourfulProject(): Promise<string> {
  const root = await tempProject({
    'briefs/kleur.yaml': [
      'title: Kleur',
      'source: achtergrond-nagorno-karabakh',
      'sections:',
      '  - intro',
      '  - markdown: |',
      '      ## Een beeld',
      '      ![Rood en blauw](kleur.png)',
      'summary:',
      '  call-to-action: Doe mee',
      '  qr: https://example.org/doe-mee',
      '',
    ].join('\n'),
  });
  const half = { width: 60, height: 40, channels: 3 as const };
  const red = await sharp({ create: { ...half, background: '#D01010' } })
    .png()
    .toBuffer();
  await sharp({ create: { width: 120, height: 40, channels: 3, background: '#1040D0' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .png()
    .toFile(join(root, 'briefs/kleur.png'));
  return root;
}

describe('--grayscale', () => {
  it('leaves no coloured pixel on any page of the pack or the summary', async () => {
    const root = await colourfulProject();
    const path = join(root, 'briefs/kleur.yaml');
    const colour = await renderBrief(path, { projectRoot: root, warn });
    const grey = await renderBrief(path, { projectRoot: root, warn, grayscale: true });
    expect(grey.outputs.map((o) => o.kind)).toEqual(['pack', 'summary']);
    for (const [index, output] of grey.outputs.entries()) {
      const before = drawPages(colour.outputs[index]!.pdf.bytes, 40);
      expect(
        before.some((page) => colouredPixels(page) > 0),
        `${output.kind} in colour`,
      ).toBe(true);
      for (const [page, picture] of drawPages(output.pdf.bytes, 40).entries()) {
        expect(colouredPixels(picture), `${output.kind} page ${page + 1}`).toBe(0);
      }
    }
  });

  it('maps brand colours to greys that keep text readable, even pale ones', () => {
    const brands = [
      {
        primary: '#1F3A5F',
        accent: '#B3261E',
        text: '#1C1C1C',
        muted: '#5B6570',
        rule: '#C5CCD4',
        onPrimary: '#FFFFFF',
      },
      {
        primary: '#9AD0EC',
        accent: '#FFD400',
        text: '#333333',
        muted: '#AAAAAA',
        rule: '#EEEEEE',
        onPrimary: '#102030',
      },
    ];
    for (const colours of brands) {
      const grey = grayscaleColours(colours);
      for (const value of Object.values(grey)) expect(value).toMatch(/^#([0-9A-F]{2})\1\1$/);
      for (const onWhite of [grey.text, grey.muted, grey.primary, grey.accent]) {
        expect(contrastRatio(onWhite, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(grey.onPrimary, grey.primary)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('--draft', () => {
  it('marks every page of pack and summary with the document language’s word for draft', async () => {
    const { outputs } = await renderBrief(join(repository, 'briefs/kort.yaml'), {
      projectRoot: repository,
      warn,
      draft: true,
    });
    expect(outputs.map((o) => o.kind)).toEqual(['pack', 'summary']);
    for (const { pdf } of outputs) {
      const read = await readPdf(pdf.bytes);
      for (const page of read.pages) expect(page.text).toContain('CONCEPT');
    }
  });
});
