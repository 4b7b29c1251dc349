/** One fixture pair per rule family: Markdown in, pdfmake content (and warnings) out. */

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIXTURES, readExpected, renderFixture } from './fixture-helpers.js';

const names = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3))
  .sort();

describe('Markdown fixtures', () => {
  test('every fixture has its expected output', () => {
    expect(names).toEqual([
      'blockquote',
      'code',
      'footnotes',
      'headings',
      'hr',
      'html',
      'links',
      'lists',
      'paragraphs',
      'quotes-nl',
      'table',
    ]);
  });

  test.each(names)('%s', async (name) => {
    const expected = readExpected(name);
    const result = await renderFixture(name, expected);
    expect(result.content).toEqual(expected.content);
    expect(result.warnings.map(({ code, line }) => ({ code, line }))).toEqual(expected.warnings ?? []);
    if (expected.headings) expect(result.headings).toEqual(expected.headings);
    for (const warning of result.warnings) {
      expect(warning).toMatchObject({ severity: 'warning', file: 'fixture.md' });
      expect(warning.hint).toBeTruthy();
    }
  });
});
