/** A brief that is a link out of the project is refused; a brief the user names outside it is not. */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrief } from '../../src/brief/index.js';
import { BriefpackError } from '../../src/errors.js';

const BRIEF = 'title: Buiten\nsource: achtergrond-nagorno-karabakh\n';

async function setUp() {
  const outside = await mkdtemp(join(tmpdir(), 'briefpack-outside-'));
  const root = await mkdtemp(join(tmpdir(), 'briefpack-project-'));
  await mkdir(join(root, 'briefs'));
  await writeFile(join(outside, 'buiten.yaml'), BRIEF);
  await symlink(join(outside, 'buiten.yaml'), join(root, 'briefs/link.yaml'));
  return { root, outside };
}

describe('briefs and symbolic links', () => {
  it('refuses a brief in briefs/ that links to a file outside the project (BP210)', async () => {
    const { root } = await setUp();
    const error = await loadBrief(join(root, 'briefs/link.yaml'), { projectRoot: root }).catch((e) => e);
    expect(error).toBeInstanceOf(BriefpackError);
    expect(error.diagnostics[0]).toMatchObject({ code: 'BP210', file: 'briefs/link.yaml' });
  });

  it('reads a brief the user names outside the project', async () => {
    const { root, outside } = await setUp();
    const brief = await loadBrief(join(outside, 'buiten.yaml'), { projectRoot: root });
    expect(brief.title).toBe('Buiten');
  });
});
