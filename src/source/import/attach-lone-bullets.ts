import { decide, type ImportDecision, type InputLine } from './types.js';

const LONE_BULLET = /^\s*[•●▪■◦‣⁃∙○□➢►✓\uF0B7\uF0A7\uF0D8\uF0FC\uF076]\s*$/u;

/**
 * pdftotext without -layout writes a list's bullet glyph on a line of its own, then (often after a
 * blank line) the item's text. The bullet goes back in front of its text, on the bullet's line.
 */
export function attachLoneBullets(lines: InputLine[], decisions: ImportDecision[]): InputLine[] {
  const result: InputLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!LONE_BULLET.test(line.text)) {
      result.push(line);
      continue;
    }
    let next = index + 1;
    while (lines[next] && lines[next]!.text.trim() === '' && lines[next]!.page === line.page) next++;
    const text = lines[next];
    if (!text || text.page !== line.page || LONE_BULLET.test(text.text)) {
      result.push(line);
      continue;
    }
    decide(
      { decisions },
      'repair',
      line.number,
      text.number,
      'bullet on a line of its own joined to its text',
    );
    result.push({ ...line, text: `${line.text.trimEnd()} ${text.text.trimStart()}` });
    index = next;
  }
  return result;
}
