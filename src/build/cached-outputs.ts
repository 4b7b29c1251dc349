/**
 * What the cache can answer for one brief without reading it. Its entries whose input files still
 * hash the same tell the brief's kinds and inputs; an output whose settings match and whose PDF is
 * intact is reported as it is; any other kind the brief asks for must be rendered.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../errors.js';
import {
  absolutePath,
  type CacheEntry,
  type HashedInput,
  inputsUnchanged,
  type OutputRecord,
  settingsKey,
} from './cache.js';
import { type HashFile, sha256 } from './hash-files.js';
import type { OutputKind } from './render-outputs.js';

export interface CacheContext {
  projectRoot: string;
  only?: OutputKind;
  force?: boolean;
  grayscale?: boolean;
  draft?: boolean;
  toolchain: string;
  hash: HashFile;
}

export interface MissingOutput {
  kind: OutputKind;
  name: string;
  kinds: OutputKind[];
  inputs: HashedInput[];
}

export type CacheAnswer =
  /** Nothing usable: a runner must read the brief. */
  | { stale: true }
  | {
      stale: false;
      /** Every kind the brief asks for, before `--only`. */
      kinds: OutputKind[];
      cached: Array<{ output: OutputRecord; warnings: Diagnostic[] }>;
      missing: MissingOutput[];
    };

export async function answerFromCache(entries: CacheEntry[], context: CacheContext): Promise<CacheAnswer> {
  if (context.force) return { stale: true };
  const fresh: CacheEntry[] = [];
  for (const entry of entries) {
    if (await inputsUnchanged(entry, context.hash, context.projectRoot)) fresh.push(entry);
  }
  const known = fresh[0];
  if (!known) return { stale: true };
  const cached: Array<{ output: OutputRecord; warnings: Diagnostic[] }> = [];
  const missing: MissingOutput[] = [];
  for (const kind of known.kinds.filter((k) => !context.only || k === context.only)) {
    const entry = fresh.find((e) => e.output.kind === kind);
    if (entry && (await isIntact(entry, kind, context))) {
      cached.push({ output: entry.output, warnings: entry.warnings });
    } else {
      missing.push({ kind, name: known.name, kinds: known.kinds, inputs: known.inputs });
    }
  }
  return { stale: false, kinds: known.kinds, cached, missing };
}

/** Rendered with today's settings, and the PDF on disk is still the one rendered. */
async function isIntact(entry: CacheEntry, kind: OutputKind, context: CacheContext): Promise<boolean> {
  if (entry.settings !== settingsKey(context.toolchain, kind, context)) return false;
  const pdf = await readFile(absolutePath(entry.output.path, context.projectRoot)).catch(() => undefined);
  return pdf !== undefined && sha256(pdf) === entry.output.sha256;
}
