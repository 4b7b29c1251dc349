/** A brief written by someone else, in a project of their own: exactly what it selects, every time. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { loadSource } from '../../src/source/index.js';
import { readPdf } from '../helpers/read-pdf.js';
import { tempProject } from '../helpers/temp-project.js';
import { squash } from '../helpers/text.js';

const BRIEF = `title: Twee hoofdstukken
source: achtergrond-nagorno-karabakh
sections:
  - turkije-neemt-actief-deel-aan-deze-oorlog
  - externe-aandacht-is-van-vitaal-belang
`;

describe('a brief selecting two sections by id', () => {
  it('shows those two sections and no other, and rebuilds to the same bytes', async () => {
    const root = await tempProject({ 'briefs/twee.yaml': BRIEF });
    const build = () => buildBriefs({ projectRoot: root, outDir: join(root, 'output'), briefs: [] });
    const first = await build();
    expect(first.errors).toEqual([]);
    const bytes = await readFile(join(root, 'output/twee.pdf'));
    const text = squash((await readPdf(bytes)).text);

    const source = await loadSource(join(root, 'assets/sources/achtergrond-nagorno-karabakh.md'), {
      projectRoot: root,
    });
    for (const section of source.sections) {
      const body = squash(section.blocks.map((b) => b.markdown).join(''));
      const wanted = ['turkije-neemt-actief-deel-aan-deze-oorlog', 'externe-aandacht-is-van-vitaal-belang'];
      if (wanted.includes(section.id)) expect(text).toContain(body);
      else expect(text).not.toContain(body.slice(0, 80));
    }

    await build();
    expect((await readFile(join(root, 'output/twee.pdf'))).equals(bytes)).toBe(true);
  });
});
