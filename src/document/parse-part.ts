/**
 * Parsing one part: its blocks joined with blank lines (and the source's footnote definitions
 * when the part refers to a note), with a line table so that every message names the true line of
 * the file the block came from.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import type { SelectedPart } from '../brief/types.js';

export interface ParsedPart {
  part: SelectedPart;
  tokens: Token[];
  /** File line (1-based) of a parsed line (0-based); 0 for the appended footnote definitions. */
  fileLine: (parsedLine: number) => number;
  /** The images the part shows, with the file line of each. */
  images: Array<{ src: string; line: number }>;
  /** How many notes the part prints: the next part's numbers start after them. */
  footnoteCount: number;
}

interface Range {
  /** First parsed line of the block, 0-based. */
  start: number;
  /** Its line in the file, 1-based. */
  line: number;
}

export function parsePart(part: SelectedPart, md: MarkdownIt, footnotes: string): ParsedPart {
  const ranges: Range[] = [];
  let text = '';
  let cursor = 0;
  for (const block of part.blocks) {
    const markdown = block.markdown.replace(/\s+$/, '');
    ranges.push({ start: cursor, line: block.line });
    text += `${markdown}\n\n`;
    cursor += markdown.split('\n').length + 1;
  }
  const notesStart = cursor;
  if (footnotes.trim() && /\[\^/.test(text)) text += `${footnotes.replace(/\s+$/, '')}\n`;

  const fileLine = (parsedLine: number): number => {
    if (parsedLine >= notesStart) return 0;
    let range: Range | undefined;
    for (const candidate of ranges) if (candidate.start <= parsedLine) range = candidate;
    return range ? range.line + (parsedLine - range.start) : 0;
  };

  const env: { footnotes?: { list?: unknown[] } } = {};
  const tokens = md.parse(text, env);
  return {
    part,
    tokens,
    fileLine,
    images: findImages(tokens, fileLine),
    footnoteCount: env.footnotes?.list?.length ?? 0,
  };
}

/** Image tokens with their file lines (table cells have no map: the row's line is used). */
function findImages(tokens: readonly Token[], fileLine: (line: number) => number): ParsedPart['images'] {
  const found: ParsedPart['images'] = [];
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (!token.children) continue;
    let offset = 0;
    for (const child of token.children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') offset += 1;
      if (child.type === 'image') found.push({ src: attribute(child, 'src'), line: fileLine(line + offset) });
    }
  }
  return found;
}

/** A token attribute as a string (markdown-it's types allow numbers). */
export function attribute(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}
