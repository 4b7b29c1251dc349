import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fail } from '../errors.js';

const BRIEF_FILE = /\.ya?ml$/;

/** The briefs named on the command line, or every `*.yaml` in `briefs/`, in name order. */
export async function findBriefs(named: string[], projectRoot: string): Promise<string[]> {
  if (named.length > 0) return named.map((name) => resolve(name));
  const folder = join(projectRoot, 'briefs');
  const entries = await readdir(folder).catch(() =>
    fail(
      'BP206',
      { file: 'briefs/' },
      'no briefs/ folder in this project',
      'run briefpack in a project folder, or name a brief',
    ),
  );
  return entries
    .filter((name) => BRIEF_FILE.test(name))
    .sort()
    .map((name) => join(folder, name));
}
