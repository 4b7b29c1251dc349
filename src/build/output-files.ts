/** Which file each output of a brief is written to, and refusing two briefs that would share one. */
import { basename, extname } from 'node:path';
import { type Diagnostic, diagnostic } from '../errors.js';
import { displayPath } from '../project.js';
import type { OutputKind } from './render-outputs.js';

export const ALL_KINDS: OutputKind[] = ['pack', 'summary'];

/** `kort.pdf`, `kort-summary.pdf`. */
export function outputFileName(name: string, kind: OutputKind): string {
  return kind === 'pack' ? `${name}.pdf` : `${name}-${kind}.pdf`;
}

export interface BriefFile {
  path: string;
  /** As reports name it: `briefs/kort.yaml`. */
  file: string;
}

/**
 * Two briefs with one name (named from two folders), or a brief `x-summary` beside a brief `x`,
 * would write the same file: the later brief in path order is refused before anything is built,
 * whether or not it would really print that kind (known only after reading it), so that the answer
 * never depends on which brief a worker happened to finish first.
 */
export function claimOutputFiles(
  briefPaths: string[],
  projectRoot: string,
  only: OutputKind | undefined,
): { briefs: BriefFile[]; refused: Array<{ brief: BriefFile; error: Diagnostic }> } {
  const claimed = new Map<string, string>();
  const briefs: BriefFile[] = [];
  const refused: Array<{ brief: BriefFile; error: Diagnostic }> = [];
  const sorted = briefPaths.map((path) => ({ path, file: displayPath(path, projectRoot) }));
  for (const brief of sorted.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const name = basename(brief.path, extname(brief.path));
    const files = (only ? [only] : ALL_KINDS).map((kind) => outputFileName(name, kind));
    const taken = files.find((file) => claimed.has(file));
    if (taken) {
      const message = `output ${taken} would also be written by ${claimed.get(taken)}`;
      refused.push({
        brief,
        error: diagnostic('BP520', { file: brief.file }, message, 'rename one of the briefs'),
      });
      continue;
    }
    for (const file of files) claimed.set(file, brief.file);
    briefs.push(brief);
  }
  return { briefs, refused };
}
