import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { didYouMean, fail } from '../errors.js';
import { decodeSourceText } from './decode-text.js';
import { takeDocumentTitle } from './document-title.js';
import { readFrontMatter } from './front-matter.js';
import { splitSections } from './split-sections.js';
import type { Source } from './types.js';

const SOURCES_FOLDER = 'assets/sources';

/**
 * Where a brief's `source:` points. A bare name (no slash, no extension) is a source of the
 * project, `assets/sources/NAME.md`; anything else is a path relative to `relativeTo` (the brief's
 * folder).
 */
export function resolveSourcePath(nameOrPath: string, projectRoot: string, relativeTo: string): string {
  const isBareName = !/[/\\]/.test(nameOrPath) && extname(nameOrPath) === '';
  if (isBareName) return resolve(projectRoot, SOURCES_FOLDER, `${nameOrPath}.md`);
  return resolve(relativeTo, nameOrPath);
}

/** The path as the user would type it: relative to the project, with forward slashes, when inside. */
function displayPath(absolute: string, projectRoot: string): string {
  const inside = relative(resolve(projectRoot), absolute);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return absolute;
  return inside.split(sep).join('/');
}

async function projectSourceNames(projectRoot: string): Promise<string[]> {
  const entries = await readdir(join(projectRoot, SOURCES_FOLDER)).catch(() => []);
  return entries
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

async function missingSourceHint(absolute: string, projectRoot: string): Promise<string> {
  const names = await projectSourceNames(projectRoot);
  const wanted = basename(absolute, extname(absolute));
  if (names.length === 0) return `${SOURCES_FOLDER} holds no sources (NAME.md)`;
  return didYouMean(wanted, names) ?? `sources in ${SOURCES_FOLDER}: ${names.join(', ')}`;
}

async function readSourceBytes(absolute: string, file: string, projectRoot: string): Promise<Buffer> {
  try {
    return await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail('BP100', { file }, `source "${file}" is a folder, not a file`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    return fail(
      'BP100',
      { file },
      `source "${file}" not found`,
      await missingSourceHint(absolute, projectRoot),
    );
  }
}

/**
 * Reads a source: UTF-8 text, optional front matter, sections with ids. The title comes from the
 * front matter, else from a lone `#` heading at the top, else from the file name. A relative
 * `path` is taken relative to the project folder.
 */
export async function loadSource(path: string, options: { projectRoot: string }): Promise<Source> {
  const absolute = resolve(options.projectRoot, path);
  const file = displayPath(absolute, options.projectRoot);
  const text = decodeSourceText(await readSourceBytes(absolute, file, options.projectRoot), file);
  const { meta, body, bodyLine } = readFrontMatter(text, file);
  const titled = meta.title === undefined ? takeDocumentTitle(body) : undefined;
  const { sections, footnotes } = splitSections(titled?.body ?? body, file, bodyLine);
  const title = meta.title ?? titled?.title ?? basename(absolute, extname(absolute));
  return { file, path: absolute, meta: { ...meta, title }, sections, footnotes };
}
