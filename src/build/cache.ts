/**
 * The build cache: one small JSON file per output in `OUT/.briefpack-cache/`, naming the output's
 * input files with their hashes, the settings it was rendered with and the PDF it gave. One file per
 * output (not one for the folder) so that parallel CI shards, each uploading its own outputs, can be
 * merged by copying folders together.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import { displayPath } from '../project.js';
import { type FileHash, type HashFile, sha256 } from './hash-files.js';
import type { OutputKind } from './render-outputs.js';

export const CACHE_FOLDER = '.briefpack-cache';
const CACHE_VERSION = 1;

/** One output as the manifest lists it. */
export interface OutputRecord {
  brief: string;
  kind: OutputKind;
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
}

/** An input file: its path relative to the project where it lies inside, and its content hash. */
export interface HashedInput {
  path: string;
  sha256: FileHash;
}

export interface CacheEntry {
  version: typeof CACHE_VERSION;
  /** The brief's name, which names its outputs. */
  name: string;
  /** Every kind the brief asks for: known without reading the brief while its inputs are unchanged. */
  kinds: OutputKind[];
  /** Hash of what else decides the bytes: toolchain, kind and flags (settingsKey). */
  settings: string;
  inputs: HashedInput[];
  output: OutputRecord;
  /** Replayed on a cached build, so warnings do not vanish once an output is cached. */
  warnings: Diagnostic[];
}

export function cacheFolder(outDir: string): string {
  return join(outDir, CACHE_FOLDER);
}

/** Everything but the input files that changes an output's bytes. `--json`, `--jobs` and the like do not. */
export function settingsKey(
  toolchain: string,
  kind: OutputKind,
  flags: { grayscale?: boolean; draft?: boolean },
): string {
  return sha256(
    JSON.stringify({
      toolchain,
      kind,
      grayscale: Boolean(flags.grayscale),
      draft: Boolean(flags.draft),
      // The creation date of a brief without a date.
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null,
    }),
  );
}

/** Every readable entry, by brief (as the manifest names it); a damaged entry is a miss, not an error. */
export async function readCache(outDir: string): Promise<Map<string, CacheEntry[]>> {
  const folder = cacheFolder(outDir);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  const byBrief = new Map<string, CacheEntry[]>();
  const entries = await Promise.all(names.map((name) => readEntry(join(folder, name))));
  for (const entry of entries) {
    if (!entry) continue;
    byBrief.set(entry.output.brief, [...(byBrief.get(entry.output.brief) ?? []), entry]);
  }
  return byBrief;
}

async function readEntry(path: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(path, 'utf8')) as CacheEntry;
    const valid = entry.version === CACHE_VERSION && Array.isArray(entry.inputs) && entry.output?.sha256;
    return valid ? entry : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCacheEntry(outDir: string, entry: Omit<CacheEntry, 'version'>): Promise<void> {
  await mkdir(cacheFolder(outDir), { recursive: true });
  const file = join(cacheFolder(outDir), `${basename(entry.output.path)}.json`);
  const text = JSON.stringify({ version: CACHE_VERSION, ...entry }, null, 2);
  await writeFileAtomic(file, Buffer.from(`${text}\n`));
}

/** Input paths are stored relative to the project, so a cache copied from another checkout still holds. */
export function storedPath(path: string, projectRoot: string): string {
  return displayPath(path, projectRoot);
}

/** A stored path (an input's, or an output's) back to an absolute one. */
export function absolutePath(stored: string, projectRoot: string): string {
  return isAbsolute(stored) ? stored : resolve(projectRoot, stored);
}

export async function hashInputs(
  paths: string[],
  hash: HashFile,
  projectRoot: string,
): Promise<HashedInput[]> {
  return Promise.all(
    paths.map(async (path) => ({ path: storedPath(path, projectRoot), sha256: await hash(path) })),
  );
}

/** True when every input still has the content it had when the entry was written. */
export async function inputsUnchanged(
  entry: CacheEntry,
  hash: HashFile,
  projectRoot: string,
): Promise<boolean> {
  const current = await Promise.all(entry.inputs.map((input) => hash(absolutePath(input.path, projectRoot))));
  return entry.inputs.every((input, i) => input.sha256 === current[i]);
}
