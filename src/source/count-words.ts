import type { Token } from 'markdown-it';

/**
 * A word as a reader (and a word processor) counts it: letters and digits, held together by an
 * apostrophe or a hyphen inside the word (`camera's`, `Nagorno-Karabakh`, `F-16` are one word
 * each), and by a dot or comma between digits (`75.000`). Loose punctuation such as a dash between
 * spaces is not a word.
 *
 * Intl.Segmenter was the alternative; it splits hyphenated compounds into two words, which is not
 * how a reader counts them, and its results follow the ICU version of the machine. The scripts
 * briefpack supports (Latin, Cyrillic, Armenian) separate words with spaces, so a pattern is enough.
 * Armenian writes its apostrophe as `՚` and its hyphen as `֊`.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’՚\-‐֊]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The text a reader sees in an inline token: no emphasis marks, link targets or footnote markers. */
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'image') return inlineText(child);
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      return '';
    })
    .join('');
}

/** The readable text of block tokens, with Markdown syntax and HTML tags left out. */
export function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'inline') return inlineText(token);
      if (token.type === 'fence' || token.type === 'code_block') return token.content;
      if (token.type === 'html_block') return token.content.replace(/<[^>]*>/g, ' ');
      return '';
    })
    .join(' ');
}
