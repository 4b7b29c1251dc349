/**
 * Read a brief file and validate it. Every problem of the file is reported at once, each with the line
 * and column where it is written, what was expected, and the nearest valid name where there is one.
 */
import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ConfigKind } from '../config/read-yaml.js';
import { validateYaml } from '../config/validate-yaml.js';
import { fail } from '../errors.js';
import { displayPath, isInside } from '../project.js';
import { briefSchema, MINIMAL_BRIEF } from './schema.js';
import { toBrief } from './to-brief.js';
import type { Brief } from './types.js';

const BRIEF_FILE: ConfigKind = {
  kind: 'brief',
  minimal: MINIMAL_BRIEF,
  codes: { syntax: 'BP200', unknownKey: 'BP201', invalid: 'BP202' },
};

/**
 * @param path the brief file: absolute, or relative to the working directory.
 * @param options.projectRoot the project folder; messages name the file relative to it.
 */
export async function loadBrief(path: string, options: { projectRoot: string }): Promise<Brief> {
  const absolute = resolve(path);
  const file = displayPath(absolute, resolve(options.projectRoot));
  await refuseLinkOutOfProject(absolute, resolve(options.projectRoot), file);
  const { data, yaml } = validateYaml(await readBriefText(absolute, file), file, briefSchema, BRIEF_FILE);
  return toBrief(data, yaml, file, absolute);
}

/**
 * A brief inside the project (as `briefs/` lists it) that is a symbolic link to a file outside would
 * let a pull request make the build read, and quote in its messages, any file of the builder's
 * machine. A brief named outside the project on the command line is the user's own choice.
 */
async function refuseLinkOutOfProject(absolute: string, projectRoot: string, file: string): Promise<void> {
  if (!isInside(absolute, projectRoot)) return;
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined && !isInside(real, await realpath(projectRoot))) {
    fail(
      'BP210',
      { file },
      'brief leads outside the project folder through a symbolic link',
      'copy the brief into briefs/',
    );
  }
}

async function readBriefText(absolute: string, file: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail('BP206', { file }, 'this is a folder, not a brief file');
    if (code === 'ENOENT') {
      fail('BP206', { file }, 'brief file not found', 'briefs are YAML files, usually in briefs/');
    }
    fail('BP206', { file }, `brief file cannot be read: ${(error as Error).message}`);
  }
}
