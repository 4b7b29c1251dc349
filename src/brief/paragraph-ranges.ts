/**
 * `paragraphs:` of a section item, as written in a brief: one number (`2`), a range or list in a string
 * (`"1-2"`, `"1,3"`, `"1-2, 5"`), or a YAML list (`[1, 3]`). Paragraphs count from 1.
 */

export type ParagraphSpec = number | string | number[];

/** Above this, a number is a typo, not a paragraph; the limit also keeps a range from expanding without end. */
const HIGHEST_PARAGRAPH = 9999;

/** `1-2`, `1,3`, `1-2, 5`: the shape of a string spec (numbers checked by `paragraphProblem`). */
export const RANGE_LIST = /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/;

/** The paragraph numbers a spec asks for, in the order written. Assumes `paragraphProblem(spec)` found none. */
export function expandParagraphs(spec: ParagraphSpec): number[] {
  if (typeof spec === 'number') return [spec];
  if (Array.isArray(spec)) return [...spec];
  return spec.split(',').flatMap((part) => {
    const [first, last = first] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
    return Array.from({ length: last! - first! + 1 }, (_, i) => first! + i);
  });
}

/** Why a spec cannot be used, in a few plain words; undefined when it is fine. */
export function paragraphProblem(spec: ParagraphSpec): string | undefined {
  if (typeof spec === 'string') {
    if (!RANGE_LIST.test(spec)) return 'write numbers, ranges like 1-2, or both separated by commas';
    for (const part of spec.split(',')) {
      const [first, last] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
      if (last !== undefined && last < first!) return `the range ${first}-${last} runs backwards`;
      if (first! > HIGHEST_PARAGRAPH || (last ?? 0) > HIGHEST_PARAGRAPH) break;
    }
  }
  const numbers = typeof spec === 'string' ? numbersIn(spec) : typeof spec === 'number' ? [spec] : spec;
  if (numbers.some((n) => n < 1)) return 'paragraphs count from 1';
  if (numbers.some((n) => n > HIGHEST_PARAGRAPH)) return `paragraph numbers go up to ${HIGHEST_PARAGRAPH}`;
  const seen = new Set<number>();
  for (const n of expandParagraphs(spec)) {
    if (seen.has(n)) return `paragraph ${n} is asked for twice`;
    seen.add(n);
  }
  return undefined;
}

function numbersIn(spec: string): number[] {
  return (spec.match(/\d+/g) ?? []).map((n) => Number.parseInt(n, 10));
}
