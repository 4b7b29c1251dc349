/**
 * `--shard I/N`: the I-th of N parts of a build, for CI matrices. Briefs are sorted by their path in
 * the project and dealt out in turn, so every machine computes the same parts. A brief's outputs
 * stay together: they share one prepared brief, a broken brief is reported by exactly one shard,
 * and dealing out (brief, kind) pairs would give one shard every pack and the other every summary.
 */
import { displayPath } from '../project.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `2/3` → { index: 2, count: 3 }; undefined when the text is not such a pair. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

export function selectShard(briefPaths: string[], shard: Shard | undefined, projectRoot: string): string[] {
  if (!shard) return briefPaths;
  return briefPaths
    .map((path) => ({ path, key: displayPath(path, projectRoot) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((_, i) => i % shard.count === shard.index - 1)
    .map(({ path }) => path);
}
