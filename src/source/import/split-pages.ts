import type { InputLine } from './types.js';

/**
 * The text's lines with their page: pdftotext ends every page with a form feed (`\f`), which sits at
 * the start of the next page's first line. A viewer's copy or a Word export has none: one page.
 * Line numbers count `\n` only, as an editor shows them.
 */
export function splitPages(text: string): InputLine[] {
  let page = 0;
  return text.split('\n').map((line, index) => {
    const feeds = line.split('\f').length - 1;
    page += feeds;
    return { number: index + 1, page, text: line.replaceAll('\f', '') };
  });
}
