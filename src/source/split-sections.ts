import { countWords, plainText } from './count-words.js';
import { assignSectionIds, type IdRequest } from './heading-ids.js';
import { type HeadingText, headingLevel, readHeadingText } from './heading-text.js';
import { blockMarkdown, parseTopLevelBlocks, type TopLevelBlock } from './parse-blocks.js';
import type { Block, Section } from './types.js';

/** A section before its id is known; `heading` is absent for the intro. */
interface DraftSection {
  heading?: HeadingText & { level: number; block: TopLevelBlock };
  blocks: TopLevelBlock[];
}

/**
 * Groups blocks under the heading before them. A section in the design is a heading with
 * everything under it up to the next heading of the same or higher level; for printing, each
 * section holds only the blocks up to the next heading of any level, and its subsections follow it
 * as sections of their own (with their own level). So every block belongs to exactly one section,
 * selecting a section never prints its subsections twice, and a brief can pick a subsection alone.
 */
function draftSections(blocks: readonly TopLevelBlock[]): DraftSection[] {
  const drafts: DraftSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = { ...readHeadingText(block.tokens), level: headingLevel(block.tokens), block };
      drafts.push({ heading, blocks: [] });
    } else if (block.kind === 'content') {
      if (drafts.length === 0) drafts.push({ blocks: [] });
      drafts.at(-1)!.blocks.push(block);
    }
  }
  return drafts;
}

/** Where `{#id}` is written, for pointing at a duplicate. */
function explicitIdPlace(lines: readonly string[], block: TopLevelBlock, id: string, firstLine: number) {
  for (let line = block.end - 1; line >= block.start; line--) {
    const column = lines[line]!.lastIndexOf(`{#${id}}`);
    if (column >= 0) return { id, line: firstLine + line, column: column + 1 };
  }
  return { id, line: firstLine + block.start, column: 1 };
}

function idRequest(draft: DraftSection, lines: readonly string[], firstLine: number): IdRequest {
  const { heading } = draft;
  if (!heading) return { intro: true, plain: '', line: firstLine + draft.blocks[0]!.start };
  const request: IdRequest = { intro: false, plain: heading.plain, line: firstLine + heading.block.start };
  if (heading.explicitId !== undefined) {
    request.explicit = explicitIdPlace(lines, heading.block, heading.explicitId, firstLine);
  }
  return request;
}

function toSection(draft: DraftSection, id: string, line: number, toBlock: (b: TopLevelBlock) => Block) {
  const { heading } = draft;
  const bodyText = plainText(draft.blocks.flatMap((block) => block.tokens));
  const section: Section = {
    id,
    title: heading?.title ?? '',
    level: heading?.level ?? 0,
    line,
    blocks: draft.blocks.map(toBlock),
    words: countWords(`${heading?.plain ?? ''} ${bodyText}`),
  };
  return section;
}

/**
 * Splits a Markdown body into sections with ids. `file` names the file in messages; `firstLine` is
 * the file line the Markdown starts on (after front matter, or inside a brief's `markdown:` block),
 * so every line number reported is a line of the file.
 */
export function splitSections(
  markdown: string,
  file: string,
  firstLine = 1,
): { sections: Section[]; footnotes: string } {
  const lines = markdown.split('\n');
  const blocks = parseTopLevelBlocks(markdown);
  const drafts = draftSections(blocks);
  const requests = drafts.map((draft) => idRequest(draft, lines, firstLine));
  const ids = assignSectionIds(requests, file);
  const toBlock = (block: TopLevelBlock): Block => ({
    markdown: blockMarkdown(lines, block),
    line: firstLine + block.start,
  });
  const sections = drafts.map((draft, index) =>
    toSection(draft, ids[index]!, requests[index]!.line, toBlock),
  );
  const notes = blocks.filter((block) => block.kind === 'footnote' || block.kind === 'reference');
  return { sections, footnotes: notes.map((block) => blockMarkdown(lines, block)).join('\n\n') };
}
