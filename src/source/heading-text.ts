import type { Token } from 'markdown-it';
import { plainText } from './count-words.js';

/** `## Turkije neemt deel {#turkije}`: an explicit id at the end of a heading. */
const EXPLICIT_ID = /\s*\{#([^\s{}]+)\}\s*$/;

export interface HeadingText {
  /** The heading's Markdown as written, without the `{#id}` attribute. */
  title: string;
  /** What a reader sees: no emphasis marks or link targets; what the slug is made from. */
  plain: string;
  explicitId?: string;
}

/** Reads a heading from its `heading_open`, `inline`, `heading_close` tokens. */
export function readHeadingText(tokens: readonly Token[]): HeadingText {
  const inline = tokens.find((token) => token.type === 'inline');
  const content = inline?.content ?? '';
  const explicitId = EXPLICIT_ID.exec(content)?.[1];
  const title = content.replace(EXPLICIT_ID, '').trim();
  const plain = plainText(inline ? [inline] : [])
    .replace(EXPLICIT_ID, '')
    .trim();
  return explicitId === undefined ? { title, plain } : { title, plain, explicitId };
}

export function headingLevel(tokens: readonly Token[]): number {
  return Number(tokens[0]!.tag.slice(1));
}
