/** `--shard I/N`: parts that never overlap, together make the whole, and do not depend on the machine. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/build/shard.js';

const root = '/project';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3/3 ', { index: 3, count: 3 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['0/2', '3/2', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/2', ''])('refuses %j', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });
});

describe('selectShard', () => {
  const briefPaths = fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 40 })
    .map((names) => names.map((name) => `${root}/briefs/${name}.yaml`));

  it('partitions the briefs: every brief in exactly one part', () => {
    fc.assert(
      fc.property(briefPaths, fc.integer({ min: 1, max: 8 }), (paths, count) => {
        const parts = Array.from({ length: count }, (_, i) =>
          selectShard(paths, { index: i + 1, count }, root),
        );
        expect(parts.flat().sort()).toEqual([...paths].sort());
        const sizes = parts.map((part) => part.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not depend on the order the briefs were found in', () => {
    fc.assert(
      fc.property(briefPaths, fc.integer({ min: 1, max: 5 }), (paths, count) => {
        const shard = { index: 1, count };
        expect(selectShard([...paths].reverse(), shard, root)).toEqual(selectShard(paths, shard, root));
      }),
    );
  });

  it('leaves the list as it is without --shard', () => {
    expect(selectShard(['/b', '/a'], undefined, root)).toEqual(['/b', '/a']);
  });
});
