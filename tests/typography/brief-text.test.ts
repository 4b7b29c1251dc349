/** Text from the brief itself (cover title, summary call to action) is checked like Markdown text. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefs } from '../../src/build/build-briefs.js';
import { tempProject } from '../helpers/temp-project.js';

const TIBETAN = '\u0F40';

async function build(brief: string) {
  const root = await tempProject({ 'briefs/x.yaml': brief });
  return buildBriefs({ projectRoot: root, outDir: join(root, 'output'), briefs: [] });
}

describe('characters no font has, in the brief itself', () => {
  it('stop the pack when the cover title has one (BP410)', async () => {
    const report = await build(
      `title: Titel ${TIBETAN}\nsource: achtergrond-nagorno-karabakh\nsummary: false\n`,
    );
    expect(report.outputs).toEqual([]);
    expect(report.errors[0]).toMatchObject({ code: 'BP410', file: 'briefs/x.yaml' });
    expect(report.errors[0]!.message).toContain('U+0F40');
  });

  it('stop the summary when its call to action has one (BP410)', async () => {
    const report = await build(
      `title: Titel\nsource: achtergrond-nagorno-karabakh\npack: false\nsummary:\n  call-to-action: Teken ${TIBETAN}\n`,
    );
    expect(report.outputs).toEqual([]);
    expect(report.errors[0]).toMatchObject({ code: 'BP410', file: 'briefs/x.yaml' });
  });

  it('let Armenian, Cyrillic and Greek titles through', async () => {
    const report = await build(
      'title: Հայաստան, Россия, Ελλάδα\nsource: achtergrond-nagorno-karabakh\nsections: [intro]\n',
    );
    expect(report.errors).toEqual([]);
    expect(report.outputs.map((o) => o.kind).sort()).toEqual(['pack', 'summary']);
  });
});
