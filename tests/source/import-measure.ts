/** Measures an import against the Markdown a person would have written, for the fixture tests. */

export interface ImportScore {
  headingRecall: number;
  wordRecall: number;
  missingHeadings: string[];
  /** Lines outside code blocks that look like page numbers. */
  pageNumberLines: string[];
  /** Paragraphs still hard-wrapped: more than one line, or ending mid-sentence before a lower-case one. */
  hardWraps: string[];
}

const FENCE = /^(`{3,}|~{3,})/;

/** The body's lines that are not inside fenced code blocks. */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of body(markdown).split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced) lines.push(line);
  }
  return lines;
}

function body(markdown: string): string {
  return /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(markdown)?.[1] ?? markdown;
}

function title(markdown: string): string {
  const value = /^---\n[\s\S]*?^title: (.*)$/m.exec(markdown)?.[1] ?? '';
  return value.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

export function headingsOf(markdown: string): string[] {
  return proseLines(markdown)
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#{1,6} /, '').replace(/\\(.)/g, '$1'));
}

/** Words as a reader sees them: without Markdown marks, escapes and code fences. */
export function wordsOf(markdown: string): string[] {
  const text = body(markdown)
    .split('\n')
    .filter((line) => !FENCE.test(line))
    .map((line) => line.replace(/^#{1,6} /, '').replace(/^\s*(?:[-*+]|\d{1,9}[.)]) /, ''))
    .join('\n')
    .replace(/\\(.)/g, '$1');
  return `${title(markdown)}\n${text}`.split(/\s+/).filter(Boolean);
}

function multisetRecall(expected: string[], actual: string[]): number {
  const available = new Map<string, number>();
  for (const word of actual) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expected) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found++;
      available.set(word, left - 1);
    }
  }
  return expected.length === 0 ? 1 : found / expected.length;
}

const PAGE_NUMBER_LINE =
  /^(?:(?:page|pagina|seite)\s*\d+(?:\s*(?:of|van|von|sur)\s*\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*\/\s*\d+|\d{1,3})$/i;

function hardWraps(markdown: string): string[] {
  const blocks = proseLines(markdown)
    .join('\n')
    .trim()
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '');
  const paragraphs = blocks.filter((block) => !/^(?:#{1,6} |\s*(?:[-*+]|\d{1,9}[.)]) )/.test(block));
  const wraps = paragraphs.filter((block) => block.includes('\n'));
  for (let index = 1; index < blocks.length; index++) {
    const [before, after] = [blocks[index - 1]!, blocks[index]!];
    if (paragraphs.includes(before) && !/[.!?:;…"'”’»)]$/u.test(before) && /^\p{Ll}/u.test(after)) {
      wraps.push(`${before} ⏎ ${after}`);
    }
  }
  return wraps;
}

export function scoreImport(expected: string, actual: string): ImportScore {
  const wanted = headingsOf(expected);
  const found = new Set(headingsOf(actual));
  const missingHeadings = wanted.filter((heading) => !found.has(heading));
  return {
    headingRecall: wanted.length === 0 ? 1 : (wanted.length - missingHeadings.length) / wanted.length,
    wordRecall: multisetRecall(wordsOf(expected), wordsOf(actual)),
    missingHeadings,
    pageNumberLines: proseLines(actual).filter((line) => PAGE_NUMBER_LINE.test(line.trim())),
    hardWraps: hardWraps(actual),
  };
}
