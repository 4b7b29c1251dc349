/**
 * `briefpack import`: plain text extracted from a PDF (pdftotext with or without -layout, a viewer's
 * copy) or a Word export, to a Markdown source. Pure: text in, Markdown and the decisions out, so a
 * person can review what was joined, dropped and promoted to a heading.
 */
import { attachLoneBullets } from './attach-lone-bullets.js';
import { takeTitle } from './detect-headings.js';
import { dropPageFurniture } from './drop-page-furniture.js';
import { collectVocabulary } from './join-hyphenation.js';
import { measureLayout } from './measure-layout.js';
import { normalizeCharacters } from './normalize-characters.js';
import { readBlocks } from './read-blocks.js';
import { splitPages } from './split-pages.js';
import { toTextLines } from './text-lines.js';
import type { ImportContext, ImportDecision, ImportOptions, ImportResult } from './types.js';
import { writeMarkdown } from './write-markdown.js';

export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const decisions: ImportDecision[] = [];
  const pages = splitPages(normalizeCharacters(text, decisions));
  const lines = toTextLines(attachLoneBullets(dropPageFurniture(pages, decisions), decisions));
  const layout = measureLayout(lines, decisions);
  const context: ImportContext = { lines, layout, vocabulary: collectVocabulary(lines), decisions };
  const { title, next } = takeTitle(context, options.title);
  const blocks = readBlocks(context, next);
  const markdown = writeMarkdown({ ...options, ...(title === undefined ? {} : { title }) }, blocks);
  // Stable: decisions about the same line keep the order in which they were made.
  const ordered = decisions.map((decision, order) => ({ decision, order }));
  ordered.sort((a, b) => a.decision.line - b.decision.line || a.order - b.order);
  return { markdown, decisions: ordered.map(({ decision }) => decision) };
}
