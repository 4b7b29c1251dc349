/**
 * A two-column newsletter made directly with pdfmake (briefpack has no two-column layout): each
 * section's heading across the page, its text in two columns under it, the column break inside a
 * paragraph as in a set text, and a running header and "Seite N von M" footer.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { renderPdf } from '../../src/pdf/render-pdf.js';

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] };

/** The Markdown of the fixtures, block by block: headings, paragraphs, lists and pipe tables. */
function readBlocks(markdown: string): Block[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .trim()
    .split(/\n{2,}/)
    .map((chunk): Block => {
      const lines = chunk.split('\n');
      if (/^#{1,6} /.test(chunk)) return { kind: 'heading', text: chunk.replace(/^#+ /, '') };
      if (/^\|/.test(chunk)) {
        const rows = lines.filter((line) => !/^\|\s*-/.test(line));
        return {
          kind: 'table',
          rows: rows.map((row) =>
            row
              .split('|')
              .slice(1, -1)
              .map((c) => c.trim()),
          ),
        };
      }
      if (/^(?:- |\d+\. )/.test(chunk)) {
        const items = lines.map((line) => line.replace(/^(?:- |\d+\. )/, ''));
        return { kind: 'list', ordered: /^\d/.test(chunk), items };
      }
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}

function toContent(block: Block): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, font: 'source-sans-3', bold: true, fontSize: 15, margin: [0, 12, 0, 6] };
    case 'paragraph':
      return { text: block.text, alignment: 'justify', margin: [0, 0, 0, 6] };
    case 'list':
      return block.ordered
        ? { ol: block.items, margin: [0, 0, 0, 6] }
        : { ul: block.items, margin: [0, 0, 0, 6] };
    case 'table':
      return {
        table: { headerRows: 1, body: block.rows },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 6],
      };
  }
}

/** A section's blocks in two columns, broken at the word nearest the middle that starts in lower case. */
function inColumns(blocks: Block[]): Content {
  const words = (block: Block) => (block.kind === 'paragraph' ? block.text.split(' ').length : 12);
  const total = blocks.reduce((sum, block) => sum + words(block), 0);
  const left: Block[] = [];
  let count = 0;
  let index = 0;
  for (; index < blocks.length && count + words(blocks[index]!) <= total / 2; index++) {
    left.push(blocks[index]!);
    count += words(blocks[index]!);
  }
  if (blocks.length < 2) return { stack: blocks.map(toContent) };
  const right = blocks.slice(index);
  const split = right[0];
  if (split?.kind === 'paragraph') {
    const text = split.text.split(' ');
    const at = text.findIndex((word, i) => i >= total / 2 - count && /^\p{Ll}/u.test(word));
    if (at > 0) {
      left.push({ kind: 'paragraph', text: text.slice(0, at).join(' ') });
      right[0] = { kind: 'paragraph', text: text.slice(at).join(' ') };
    }
  }
  const column = (part: Block[]) => ({ stack: part.map(toContent), width: '*' as const });
  return { columns: [column(left), column(right)], columnGap: 20 };
}

export async function twoColumnPdf(markdown: string, title: string): Promise<Uint8Array> {
  const sections: Content[] = [];
  let blocks: Block[] = [];
  let heading: Block | undefined;
  const flush = () => {
    if (heading || blocks.length > 0) {
      sections.push({
        stack: [...(heading ? [toContent(heading)] : []), inColumns(blocks)],
        unbreakable: true,
      });
    }
    blocks = [];
  };
  for (const block of readBlocks(markdown)) {
    if (block.kind !== 'heading') blocks.push(block);
    else {
      flush();
      heading = block;
    }
  }
  flush();
  const definition = {
    content: [
      { text: title, font: 'source-sans-3', bold: true, fontSize: 22, margin: [0, 0, 0, 12] },
      ...sections,
    ],
    defaultStyle: { font: 'source-serif-4', fontSize: 9.5, lineHeight: 1.25 },
    pageMargins: [50, 60, 50, 60] as [number, number, number, number],
    header: { text: title, font: 'source-sans-3', fontSize: 8, margin: [50, 30, 50, 0] },
    footer: (page: number, pages: number) => ({
      text: `Seite ${page} von ${pages}`,
      alignment: 'right' as const,
      fontSize: 8,
      margin: [50, 20, 50, 0] as [number, number, number, number],
    }),
  };
  const { bytes } = await renderPdf(definition as never, { title, language: 'de' });
  return bytes;
}
