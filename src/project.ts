/** Where a briefpack project lives, and the paths inside it by convention. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder: the nearest folder, from `start` upwards, that has a `briefs/` or
 * `assets/` folder (as git finds its repository); `start` itself when none has.
 */
export function findProjectRoot(start: string = process.cwd()): string {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, 'briefs')) || existsSync(join(folder, 'assets'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(start);
    folder = parent;
  }
}

/** briefpack's own installation folder: its bundled default brand lives there. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A path as the user should see it: relative to the project when inside it, with forward slashes. */
export function displayPath(path: string, projectRoot: string): string {
  if (!isInside(path, projectRoot)) return path;
  return relative(projectRoot, path).split(sep).join('/') || '.';
}

/** True when `path` (already resolved) lies inside `folder`. */
export function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}
