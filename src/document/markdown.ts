/**
 * The markdown-it set-up of briefpack.
 *
 * - `html: true` only so that raw HTML is *recognised* (as html_block / html_inline tokens); the
 *   rules never interpret it: they print nothing and warn (BP406), naming file and line.
 * - `typographer: true` with the quotes of the document's language (see quotes.ts).
 * - `linkify: false`: bare URLs in a printed text stay text.
 * - every link is let through the parser (validateLink), so that the link rule can decide: http,
 *   https and mailto become links, anything else prints as its text with a warning (BP405).
 *   markdown-it's own check would silently print `[x](javascript:…)` as literal Markdown.
 * - markdown-it-footnote for `[^1]` notes.
 * - a straight ' that smartquotes left alone (no partner: `'t`, `'s avonds`, `rock 'n' roll` at
 *   a word start) is an apostrophe, and prints as ’.
 * - a straight " left alone (its partner is missing or mistyped: `"het recht op…'`) prints as the
 *   language's opening double quote before a word, its closing one after: never a straight quote.
 * - dashes and unbreakable spaces between numbers and units (punctuation.ts).
 */
import MarkdownIt, { type MarkdownIt as Markdown } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { fixPunctuation } from './punctuation.js';
import { quotesFor } from './quotes.js';

type CoreRule = Parameters<Markdown['core']['ruler']['push']>[1];

const apostrophes: CoreRule = (state) => {
  const [open, close] = state.md.options.quotes as unknown as string[];
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type !== 'text') continue;
      if (child.content.includes("'")) child.content = child.content.replace(/'/g, '’');
      if (child.content.includes('"'))
        child.content = child.content.replace(/"(?=[\p{L}\p{N}])/gu, open ?? '“').replace(/"/g, close ?? '”');
    }
  }
};

/** Dashes and unbreakable spaces (punctuation.ts), in text only: code keeps every character. */
const punctuation: CoreRule = (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type === 'text') child.content = fixPunctuation(child.content);
    }
  }
};

const cache = new Map<string, Markdown>();

export function createMarkdown(language: string): Markdown {
  const cached = cache.get(language);
  if (cached) return cached;
  const md = new MarkdownIt({
    html: true,
    typographer: true,
    linkify: false,
    quotes: quotesFor(language),
  });
  md.use(footnote);
  md.validateLink = () => true;
  md.core.ruler.after('smartquotes', 'apostrophes', apostrophes);
  md.core.ruler.after('apostrophes', 'punctuation', punctuation);
  cache.set(language, md);
  return md;
}
