import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';

/**
 * HTML is on so that an HTML block is recognised as one block (whether it prints is the document
 * stage's decision). The footnote plugin's tail rule is off: it moves note definitions to the end
 * of the token stream, and we need them where they are written to know their lines.
 */
function createBlockParser() {
  const md = new MarkdownIt({ html: true }).use(footnote);
  md.core.ruler.disable('footnote_tail');
  return md;
}

const blockParser = createBlockParser();

/**
 * `footnote` is a `[^1]: …` definition; `reference` a `[label]: url` link definition, which
 * markdown-it consumes without a token. Both belong to the whole source, not to a section.
 */
export type BlockKind = 'heading' | 'content' | 'footnote' | 'reference';

export interface TopLevelBlock {
  kind: BlockKind;
  /** The block's tokens, from its opening token to its closing one. */
  tokens: Token[];
  /** 0-based lines of the parsed text, `[start, end)`, trailing blank lines left out. */
  start: number;
  end: number;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Index of the token that closes the block opened at `open` (the token itself if it opens nothing). */
function closingIndex(tokens: readonly Token[], open: number): number {
  const opener = tokens[open]!;
  if (opener.nesting !== 1) return open;
  let index = open + 1;
  while (!(tokens[index]!.level === opener.level && tokens[index]!.nesting === -1)) index++;
  return index;
}

function kindOf(opener: Token): BlockKind {
  if (opener.type === 'heading_open') return 'heading';
  if (opener.type === 'footnote_reference_open') return 'footnote';
  return 'content';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The footnote plugin gives its definition token no line map, so the definition starts at its own
 * `[^label]:` line (the first one after the previous block) and ends where its content ends.
 */
function footnoteLines(
  tokens: readonly Token[],
  lines: readonly string[],
  searchFrom: number,
): [number, number] {
  const label = escapeRegExp(String(tokens[0]!.meta?.label ?? ''));
  const opening = new RegExp(`^\\s*\\[\\^${label}\\]:`);
  let start = searchFrom;
  while (start < lines.length && !opening.test(lines[start]!)) start++;
  const contentEnd = Math.max(start + 1, ...tokens.map((token) => token.map?.[1] ?? 0));
  return [start, contentEnd];
}

function withoutTrailingBlanks(lines: readonly string[], start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start + 1 && isBlank(lines[trimmed - 1])) trimmed--;
  return trimmed;
}

/** Runs of non-blank lines no token covers: link reference definitions. */
function referenceBlocks(lines: readonly string[], covered: readonly boolean[]): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  for (let line = 0; line < lines.length; line++) {
    if (covered[line] || isBlank(lines[line])) continue;
    const last = blocks.at(-1);
    if (last && last.end === line) last.end = line + 1;
    else blocks.push({ kind: 'reference', tokens: [], start: line, end: line + 1 });
  }
  return blocks;
}

/**
 * The top-level blocks of a Markdown text in document order: headings, content blocks (paragraph,
 * list, quote, table, code, rule, HTML), footnote and link reference definitions. Headings inside
 * a quote or list stay inside that block: only top-level headings split a source.
 */
export function parseTopLevelBlocks(markdown: string): TopLevelBlock[] {
  const tokens = blockParser.parse(markdown, {});
  const lines = markdown.split('\n');
  const covered = lines.map(() => false);
  const blocks: TopLevelBlock[] = [];
  for (let open = 0; open < tokens.length; open++) {
    const close = closingIndex(tokens, open);
    const blockTokens = tokens.slice(open, close + 1);
    const kind = kindOf(tokens[open]!);
    const [start, end] =
      kind === 'footnote' ? footnoteLines(blockTokens, lines, blocks.at(-1)?.end ?? 0) : tokens[open]!.map!;
    blocks.push({ kind, tokens: blockTokens, start, end: withoutTrailingBlanks(lines, start, end) });
    covered.fill(true, start, end);
    open = close;
  }
  return [...blocks, ...referenceBlocks(lines, covered)].sort((a, b) => a.start - b.start);
}

/** The block's Markdown exactly as written. */
export function blockMarkdown(lines: readonly string[], block: TopLevelBlock): string {
  return lines.slice(block.start, block.end).join('\n');
}
