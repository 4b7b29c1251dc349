/**
 * A brief's `source:` is written by whoever wrote the brief, not by the person running briefpack:
 * it must name a file inside the project folder, lexically and after following symbolic links, so
 * that a brief from a stranger cannot print `/etc/passwd` or a file from the builder's home folder.
 * (A source named on the command line, as `briefpack sections ../x.md`, is the user's own choice and
 * is not confined.)
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fail, type Place } from '../errors.js';
import { isInside } from '../project.js';

const HINT = 'copy the source into assets/sources/ and name it there (source: NAME)';

/** Throws BP104 when `absolute` lies outside `projectRoot`, as written or through a link. */
export async function confineSourcePath(absolute: string, projectRoot: string, place: Place): Promise<void> {
  if (!isInside(absolute, resolve(projectRoot))) {
    fail('BP104', place, `source "${absolute}" lies outside the project folder`, HINT);
  }
  // A missing file is not refused here: loading it reports it as not found, with a suggestion.
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined && !isInside(real, await realpath(projectRoot))) {
    fail('BP104', place, 'source leads outside the project folder through a symbolic link', HINT);
  }
}
