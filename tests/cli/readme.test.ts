/** The README's table of error codes is the catalogue in src/errors.ts, word for word. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';

it('lists every error code of src/errors.ts', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const table = [
    '| code | meaning |',
    '| --- | --- |',
    ...Object.entries(ERROR_CODES).map(([code, meaning]) => `| ${code} | ${meaning} |`),
  ].join('\n');
  const between = readme.match(/<!-- error-codes -->\n([\s\S]*?)\n<!-- \/error-codes -->/)?.[1];
  expect(between, `paste this table between the error-codes markers in README.md:\n${table}`).toBe(table);
});
