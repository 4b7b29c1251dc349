/**
 * Blocks to Markdown: front matter, `##` headings, one line per paragraph, `- ` and `1.` lists,
 * tables in fenced text blocks. Text that Markdown would read as syntax is escaped: a paragraph
 * starting like a heading, quote, list item, rule or link definition (`[1]: …`), and `*`, `_`,
 * `` ` ``, `\` and tag-like `<` anywhere, so the words print as the text had them.
 */
import { stringify } from 'yaml';
import type { ImportBlock, ImportOptions, ListItem } from './types.js';

/** Characters that open emphasis, code or HTML, or escape. Underscores inside a word stay. */
const INLINE_SYNTAX = /[\\*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|<(?=[A-Za-z/!?])/gu;
/** Starts that make a line a heading, quote, list item, code fence, rule or link definition. */
const BLOCK_START =
  /^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|={3,}|-{3,}|~{3,}|\[(?=[^\]]*\]:))/u;

function escapeInline(text: string): string {
  return text.replace(INLINE_SYNTAX, (character) => `\\${character}`);
}

export function escapeText(text: string): string {
  return escapeInline(text).replace(BLOCK_START, (start) => {
    const digits = /^\d+$/.test(start);
    return digits ? `${start}\\` : `\\${start}`;
  });
}

function frontMatter(meta: ImportOptions): string {
  const fields = Object.fromEntries(
    (['title', 'language', 'date'] as const)
      .filter((key) => meta[key] !== undefined && meta[key] !== '')
      .map((key) => [key, meta[key]]),
  );
  if (Object.keys(fields).length === 0) return '';
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n`;
}

function writeList(items: ListItem[]): string {
  // A nested item's marker sits under its parent's text: the parent marker's width plus a space.
  const widths: number[] = [];
  return items
    .map((item) => {
      const marker = item.marker === '-' ? '-' : item.marker;
      const indent = widths.slice(0, item.depth).reduce((sum, width) => sum + width, 0);
      widths[item.depth] = marker.length + 1;
      return `${' '.repeat(indent)}${marker} ${escapeText(item.text)}`;
    })
    .join('\n');
}

function writeTable(rows: string[]): string {
  const fence = rows.some((row) => row.includes('```')) ? '~~~' : '```';
  return [`${fence}text`, ...rows, fence].join('\n');
}

function writeBlock(block: ImportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeInline(block.text).replace(/#+$/, (hashes) => `\\${hashes}`)}`;
    case 'paragraph':
      return escapeText(block.text);
    case 'list':
      return writeList(block.items);
    case 'table':
      return writeTable(block.rows);
  }
}

export function writeMarkdown(meta: ImportOptions, blocks: ImportBlock[]): string {
  const body = blocks.map(writeBlock).join('\n\n');
  return `${frontMatter(meta)}${body}\n`;
}
