/** Content hashes of a build's input files; each file is read once per build, however many briefs use it. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** A file's SHA-256, or null when there is no such file: an absent file is an input too. */
export type FileHash = string | null;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export type HashFile = (path: string) => Promise<FileHash>;

/** A hasher for one build: files are assumed not to change while it runs (see plan-briefs.ts). */
export function createFileHasher(): HashFile {
  const hashes = new Map<string, Promise<FileHash>>();
  return (path) => {
    let hash = hashes.get(path);
    if (!hash) {
      hash = readFile(path).then(sha256, () => null);
      hashes.set(path, hash);
    }
    return hash;
  };
}
