import { bareNumber, isPageNumber, pageNumberValue } from './page-number.js';
import { decide, type ImportDecision, type InputLine } from './types.js';

/** How many non-blank lines at the top and at the foot of a page may be header or footer. */
const EDGE_LINES = 3;
/** Headers and footers are short; a body line never repeats verbatim anyway. */
const FURNITURE_MAX_LENGTH = 120;

const isBlank = (line: InputLine) => line.text.trim() === '';

/** Header and footer lines that differ only in their numbers (`Page 3 of 12`, `Page 4 of 12`) are one. */
function furnitureKey(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** Bare numbers are page numbers only where they count pages (see `bareNumberPages`). */
const BARE_NUMBER_KEY = '#';

function groupByPage(lines: InputLine[]): InputLine[][] {
  const pages = new Map<number, InputLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page);
    if (page) page.push(line);
    else pages.set(line.page, [line]);
  }
  return [...pages.values()].filter((page) => page.some((line) => !isBlank(line)));
}

function edgeLinesOf(page: InputLine[]): InputLine[] {
  const content = page.filter((line) => !isBlank(line));
  if (content.length <= EDGE_LINES * 2) return content;
  return [...content.slice(0, EDGE_LINES), ...content.slice(-EDGE_LINES)];
}

/**
 * With form feeds: a line at the top or foot of at least 40 % of the pages (and of two at least),
 * compared with its numbers blanked out, is a running header or footer.
 */
function runningLinesByPage(pages: InputLine[][]): Map<string, string> {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(edgeLinesOf(page).map((line) => furnitureKey(line.text)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  const running = new Map<string, string>();
  for (const [key, count] of pagesWithKey) {
    if (count >= needed && key !== BARE_NUMBER_KEY) running.set(key, `on ${count} of ${pages.length} pages`);
  }
  return running;
}

/** Printed page number minus page index: unnumbered front pages make it negative, rarely by much. */
const MAX_PAGE_OFFSET = 20;

/** Lines between two repeats of a header: a page holds more than this. */
const MIN_REPEAT_DISTANCE = 8;

/**
 * Without form feeds (a viewer's copy): a short line that recurs three times or more, never closer
 * than a page's worth of lines, is a running header or footer.
 */
function runningLinesByRepetition(lines: InputLine[]): Map<string, string> {
  const positions = new Map<string, number[]>();
  for (const [index, line] of lines.entries()) {
    if (isBlank(line) || line.text.trim().length > 80) continue;
    const key = furnitureKey(line.text);
    const at = positions.get(key);
    if (at) at.push(index);
    else positions.set(key, [index]);
  }
  const running = new Map<string, string>();
  for (const [key, at] of positions) {
    if (at.length < 3 || key === BARE_NUMBER_KEY) continue;
    const distances = at.slice(1).map((position, i) => position - at[i]!);
    if (Math.min(...distances) >= MIN_REPEAT_DISTANCE) running.set(key, `${at.length} times, a page apart`);
  }
  return running;
}

/**
 * With form feeds, a bare number counts pages when it stands at a page's edge and equals the page's
 * index plus the offset most pages agree on, so a table's last cell at the foot of a page stays.
 */
function pageCountersByPage(pages: InputLine[][], edges: ReadonlySet<InputLine>): Set<InputLine> {
  const candidates = pages.flatMap((page, index) =>
    page
      .filter((line) => edges.has(line) && bareNumber(line.text) !== undefined)
      .map((line) => ({ line, offset: bareNumber(line.text)! - index })),
  );
  const votes = new Map<number, number>();
  for (const { offset } of candidates) votes.set(offset, (votes.get(offset) ?? 0) + 1);
  // Most votes wins; on a tie, the offset nearest zero (page numbers start near the first page).
  const [best] = [...votes]
    .filter(([offset]) => Math.abs(offset) <= MAX_PAGE_OFFSET)
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]));
  if (!best || best[1] < Math.min(2, pages.length - 1)) return new Set();
  return new Set(candidates.filter(({ offset }) => offset === best[0]).map(({ line }) => line));
}

/**
 * Without form feeds, a bare number counts pages when the number one less stands a page's worth of
 * lines before it, or the number one more a page's worth after it: bare as well, or written as a
 * page number (`- 3 -` between a bare `2` and a bare `4`).
 */
function pageCountersByRepetition(lines: InputLine[]): Set<InputLine> {
  const byValue = new Map<number, InputLine[]>();
  const bare: Array<[number, InputLine]> = [];
  for (const line of lines) {
    const value = bareNumber(line.text) ?? pageNumberValue(line.text);
    if (value === undefined) continue;
    if (bareNumber(line.text) !== undefined) bare.push([value, line]);
    const same = byValue.get(value);
    if (same) same.push(line);
    else byValue.set(value, [line]);
  }
  const counters = new Set<InputLine>();
  for (const [value, line] of bare) {
    const before = byValue.get(value - 1) ?? [];
    const after = byValue.get(value + 1) ?? [];
    const follows = before.some((other) => line.number - other.number >= MIN_REPEAT_DISTANCE);
    if (follows || after.some((other) => other.number - line.number >= MIN_REPEAT_DISTANCE))
      counters.add(line);
  }
  return counters;
}

interface Furniture {
  edges: ReadonlySet<InputLine>;
  running: ReadonlyMap<string, string>;
  pageNumbers: ReadonlySet<InputLine>;
  paged: boolean;
}

function furnitureReason(
  line: InputLine,
  { edges, running, pageNumbers, paged }: Furniture,
): string | undefined {
  const atEdge = edges.has(line);
  if (isPageNumber(line.text) || pageNumbers.has(line)) return 'page number';
  const repeats = running.get(furnitureKey(line.text));
  if (repeats && (atEdge || !paged) && line.text.trim().length <= FURNITURE_MAX_LENGTH) {
    return `running header or footer (${repeats})`;
  }
  return undefined;
}

/**
 * Drops page numbers and running headers and footers, and logs each. The first line of the text is
 * kept, marked, when it recurs as a header: it may be the title too (the title step decides). After dropped lines the text is
 * on a new page as far as later steps know, so a paragraph broken by a page can be joined again.
 */
export function dropPageFurniture(lines: InputLine[], decisions: ImportDecision[]): InputLine[] {
  const pages = groupByPage(lines);
  const paged = pages.length > 1;
  const edges = new Set(paged ? pages.flatMap(edgeLinesOf) : []);
  const running = paged ? runningLinesByPage(pages) : runningLinesByRepetition(lines);
  const furniture = {
    edges,
    running,
    pageNumbers: paged ? pageCountersByPage(pages, edges) : pageCountersByRepetition(lines),
    paged,
  };
  const firstContent = lines.find((line) => !isBlank(line));
  const kept: InputLine[] = [];
  let shift = 0;
  let previousDropped = false;
  for (const line of lines) {
    const reason = isBlank(line) ? undefined : furnitureReason(line, furniture);
    if (reason && line === firstContent && reason !== 'page number') {
      kept.push({ ...line, runningHeader: true });
      continue;
    }
    if (reason) {
      decide({ decisions }, 'dropped', line.number, line.number, `${reason}: "${line.text.trim()}"`);
      if (!previousDropped) shift++;
      previousDropped = true;
      continue;
    }
    if (!isBlank(line)) previousDropped = false;
    kept.push({ ...line, page: line.page + shift });
  }
  return kept;
}
