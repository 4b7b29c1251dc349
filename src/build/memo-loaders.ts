/**
 * Sources and brands read once per thread and shared by every brief that uses them, re-read when
 * one of their files changes (as `--watch` needs). A file is recognised by its inode, size and
 * times; the stamps are taken before reading, so a file that changes while it is read is read again
 * next time rather than trusted.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brandFiles, loadBrand } from '../brand/load-brand.js';
import type { Brand } from '../brand/types.js';
import { loadSource } from '../source/index.js';
import type { Source } from '../source/types.js';

/** Identity of a file's current content as far as the file system tells; '-' when absent. */
async function stampOf(path: string): Promise<string> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info ? `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}` : '-';
}

async function stampsOf(paths: string[]): Promise<string[]> {
  return Promise.all(paths.map(stampOf));
}

const sameStamps = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((stamp, i) => stamp === b[i]);

interface Remembered<T> {
  files: string[];
  stamps: string[];
  value: Promise<T>;
}

export interface Loaders {
  loadSource: typeof loadSource;
  loadBrand: typeof loadBrand;
}

export function memoisedLoaders(): Loaders {
  const sources = new Map<string, Remembered<Source>>();
  const brands = new Map<string, Remembered<Brand>>();

  async function remembered<T>(
    memo: Map<string, Remembered<T>>,
    key: string,
    files: string[],
    load: () => Promise<T>,
  ): Promise<T> {
    const stamps = await stampsOf(files);
    const known = memo.get(key);
    if (known && sameStamps(known.files, files) && sameStamps(known.stamps, stamps)) return known.value;
    const value = load();
    memo.set(key, { files, stamps, value });
    // Failures are not remembered: the next brief gets its own error, with its own place.
    value.catch(() => memo.get(key)?.value === value && memo.delete(key));
    return value;
  }

  return {
    loadSource: (path, options) => {
      const absolute = resolve(options.projectRoot, path);
      const key = `${options.projectRoot}\0${absolute}`;
      return remembered(sources, key, [absolute], () => loadSource(path, options));
    },
    loadBrand: async (name, options) => {
      // Errors must name the brief's `brand:` line, which only loadBrand itself does.
      const files = await brandFiles(name, options).catch(() => undefined);
      if (!files) return loadBrand(name, options);
      const key = `${options.projectRoot}\0${name}`;
      return remembered(brands, key, files, () => loadBrand(name, options));
    },
  };
}
