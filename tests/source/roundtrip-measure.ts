/** What the round trips compare: the original's text as printed, paragraph by paragraph. */
import { words } from '../helpers/text.js';

export const withoutFrontMatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Typographic quotes as the writer typed them: briefpack prints `'` as `’` and `"` as `“”`. */
export const plainQuotes = (text: string) => text.replace(/[‘’‚]/g, "'").replace(/[“”„«»]/g, '"');

/** A fixture's table kept as preformatted text becomes a Markdown table, so that it prints as one. */
export function withPipeTables(markdown: string): string {
  return markdown.replace(/```text\n([\s\S]*?)```/g, (_, rows: string) => {
    const cells = rows
      .trimEnd()
      .split('\n')
      .map((row) => row.trim().split(/\s{2,}/));
    const line = (row: string[]) => `| ${row.join(' | ')} |`;
    return [line(cells[0]!), line(cells[0]!.map(() => '---')), ...cells.slice(1).map(line)].join('\n');
  });
}

/** Paragraphs of Markdown (not headings, list items, tables or code), each as its words. */
export function paragraphsOf(markdown: string): string[][] {
  return withoutFrontMatter(markdown)
    .replace(/(`{3,}|~{3,})[\s\S]*?\1/g, '')
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '' && !/^\s*(?:#|[-*+] |\d+[.)] |\|)/.test(block))
    .map((block) => words(block));
}

const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');

/**
 * The original's paragraphs that the import has as one paragraph: the same first and last three
 * words and about as many words (a word joined differently at a hyphen changes the count by one).
 * Extra paragraphs (a cover, a contents page, table rows) do not count against it.
 */
export function paragraphsFoundWhole(original: string, imported: string) {
  const made = paragraphsOf(imported);
  const wanted = paragraphsOf(original);
  const broken = wanted.filter(
    (paragraph) =>
      !made.some(
        (other) =>
          same(other.slice(0, 3), paragraph.slice(0, 3)) &&
          same(other.slice(-3), paragraph.slice(-3)) &&
          Math.abs(other.length - paragraph.length) <= 2,
      ),
  );
  return {
    total: wanted.length,
    found: wanted.length - broken.length,
    broken: broken.map((p) => p.join(' ')),
  };
}
