/**
 * Text compared as a reader sees it: typographic quotes, all whitespace, hyphens and dashes ignored (a
 * printed line may end in a hyphen that the source does not have, or join a compound at its own).
 */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[-\u00AD\u2010\u2011\u2013\u2014]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f"«»]/g, '"')
    .replace(/\s+/g, '');
}

/** Words in reading order, lower case, for coverage counts. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The share of `expected` words (as a multiset) found in `actual`. */
export function coverage(expected: string[], actual: string[]): number {
  const available = new Map<string, number>();
  for (const w of actual) available.set(w, (available.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of expected) {
    const left = available.get(w) ?? 0;
    if (left > 0) {
      found += 1;
      available.set(w, left - 1);
    }
  }
  return expected.length === 0 ? 1 : found / expected.length;
}
