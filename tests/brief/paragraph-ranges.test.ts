import { describe, expect, it } from 'vitest';
import { expandParagraphs, paragraphProblem } from '../../src/brief/paragraph-ranges.js';

describe('paragraph specs', () => {
  it.each([
    [2, [2]],
    ['1-2', [1, 2]],
    ['1,3', [1, 3]],
    ['1 - 3, 5', [1, 2, 3, 5]],
    [
      [3, 1],
      [3, 1],
    ],
  ])('expands %j to %j', (spec, expected) => {
    expect(paragraphProblem(spec)).toBeUndefined();
    expect(expandParagraphs(spec)).toEqual(expected);
  });

  it.each([
    ['3-1', 'the range 3-1 runs backwards'],
    ['0-2', 'paragraphs count from 1'],
    [0, 'paragraphs count from 1'],
    ['1-2,2', 'paragraph 2 is asked for twice'],
    ['1-100000000', 'paragraph numbers go up to 9999'],
    ['een', 'write numbers, ranges like 1-2, or both separated by commas'],
  ])('refuses %j: %s', (spec, problem) => {
    expect(paragraphProblem(spec)).toBe(problem);
  });
});
