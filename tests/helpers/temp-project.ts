import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '../..');

/**
 * A fresh project folder holding the real source and the given files, with no brand of its own
 * (so briefpack's bundled default brand is used), as a new user's project would be.
 */
export async function tempProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'briefpack-project-'));
  await mkdir(join(root, 'assets/sources'), { recursive: true });
  await cp(
    join(repository, 'assets/sources/achtergrond-nagorno-karabakh.md'),
    join(root, 'assets/sources/achtergrond-nagorno-karabakh.md'),
  );
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}
