/**
 * `briefpack init`: writes a new project that builds at once. Nothing is overwritten unless asked:
 * when any file of the project is already there, every such file is reported and nothing at all is
 * written, so a refused init leaves the folder as it was.
 */
import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BriefpackError, type Diagnostic, diagnostic } from '../errors.js';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import { displayPath } from '../project.js';
import { type ScaffoldFile, scaffoldFiles } from './scaffold-files.js';

export interface InitOptions {
  /** The new project's folder, absolute; made when missing. */
  directory: string;
  /** Overwrite files that are already there. */
  force?: boolean;
  /** Paths in messages are relative to this folder when inside it; default: the current folder. */
  shownFrom?: string;
}

export interface WrittenFile {
  /** The path as shown to the user. */
  path: string;
  overwritten: boolean;
}

type Found = 'file' | 'folder' | 'missing';

async function whatIsAt(path: string): Promise<Found> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    // A file where a folder of the path should be: reported as a file in the way.
    if (error.code === 'ENOTDIR') return 'blocked' as const;
    throw error;
  });
  if (stats === undefined) return 'missing';
  if (stats === 'blocked') return 'file';
  return stats.isDirectory() ? 'folder' : 'file';
}

/** The files in the way: existing ones unless `force`; folders where a file goes, always. */
async function conflicts(files: ScaffoldFile[], options: InitOptions): Promise<Diagnostic[]> {
  const show = (path: string) => displayPath(path, options.shownFrom ?? process.cwd());
  const problems: Diagnostic[] = [];
  if ((await whatIsAt(options.directory)) === 'file') {
    problems.push(diagnostic('BP530', { file: show(options.directory) }, 'is a file, not a folder'));
    return problems;
  }
  for (const file of files) {
    const target = join(options.directory, file.path);
    const found = await whatIsAt(target);
    if (found === 'folder') problems.push(diagnostic('BP530', { file: show(target) }, 'is a folder'));
    if (found === 'file' && !options.force)
      problems.push(diagnostic('BP530', { file: show(target) }, 'already exists; not overwritten'));
  }
  const last = problems.at(-1);
  if (last && !options.force) last.hint = 'run briefpack init --force to overwrite these files';
  return problems;
}

export async function initProject(options: InitOptions): Promise<WrittenFile[]> {
  const files = await scaffoldFiles(options.directory);
  const problems = await conflicts(files, options);
  if (problems.length > 0) throw new BriefpackError(problems);
  const written: WrittenFile[] = [];
  for (const file of files) {
    const target = join(options.directory, file.path);
    const overwritten = (await whatIsAt(target)) === 'file';
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.bytes);
    written.push({ path: displayPath(target, options.shownFrom ?? process.cwd()), overwritten });
  }
  return written;
}
