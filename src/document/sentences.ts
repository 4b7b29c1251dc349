/**
 * Plain sentences from Markdown, for the one-page summary: a section's text without its marks, and
 * its first sentences.
 *
 * Sentences are split with `Intl.Segmenter` in the document's language. V8's segmenter (ICU without
 * its suppression lists) still ends a sentence after an abbreviation followed by a capital ("bijv.
 * Frankrijk", "Dr. Jansen", "e.g. London") or after an initial ("A. Guterres"), so such breaks are
 * joined again, using a short list of abbreviations per language. Numbers such as "75.000" or "1.5"
 * are never split by the segmenter itself (Unicode's rule SB6).
 */
import type { Token } from 'markdown-it';
import { createMarkdown } from './markdown.js';

/** Abbreviations that never end a sentence, lower case, per primary language. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  nl: [
    'bijv.',
    'bv.',
    'b.v.',
    'o.a.',
    'd.w.z.',
    'm.a.w.',
    'i.p.v.',
    't.o.v.',
    'm.b.t.',
    'm.n.',
    'n.a.v.',
    'ca.',
    'dhr.',
    'mevr.',
    'mr.',
    'dr.',
    'drs.',
    'ir.',
    'ing.',
    'prof.',
    'nr.',
    'blz.',
    'vgl.',
    'resp.',
    'zgn.',
    'zg.',
    'st.',
  ],
  en: [
    'e.g.',
    'i.e.',
    'mr.',
    'mrs.',
    'ms.',
    'dr.',
    'prof.',
    'st.',
    'no.',
    'nos.',
    'vs.',
    'cf.',
    'approx.',
    'ca.',
    'jr.',
    'sr.',
    'gen.',
    'col.',
    'lt.',
    'sgt.',
    'rev.',
    'fig.',
    'vol.',
    'pp.',
  ],
  de: [
    'z.b.',
    'd.h.',
    'u.a.',
    'bzw.',
    'vgl.',
    'ca.',
    'dr.',
    'prof.',
    'hr.',
    'fr.',
    'nr.',
    'evtl.',
    'ggf.',
    'inkl.',
    'bspw.',
    'sog.',
    'st.',
  ],
  fr: ['p.ex.', 'c.-à-d.', 'm.', 'mm.', 'mme.', 'mlle.', 'dr.', 'pr.', 'st.', 'ste.', 'cf.', 'env.'],
  ru: ['т.е.', 'т.к.', 'т.н.', 'напр.', 'др.', 'г.', 'гг.', 'им.', 'ул.', 'см.', 'проф.'],
};

/** Latin abbreviations written in every language. */
const EVERYWHERE = ['e.g.', 'i.e.', 'cf.', 'vs.', 'ca.', 'dr.', 'prof.'];

/** Languages that write ordinals with a dot ("am 3. Oktober"): a short number and a dot end no sentence. */
const ORDINAL_DOT = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'hr',
  'sl',
  'sr',
  'et',
]);

const primary = (language: string): string => language.toLowerCase().split('-')[0] ?? 'en';

/** The text's sentences, trimmed, in order. */
export function splitSentences(text: string, language: string): string[] {
  const lang = primary(language);
  const known = new Set([...(ABBREVIATIONS[lang] ?? []), ...EVERYWHERE]);
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    // A segment that ends a line ends its sentence: lines are paragraphs or list items.
    if (/\n\s*$/.test(segment) || !endsInsideSentence(pending, known, lang)) {
      if (pending.trim()) sentences.push(pending.replace(/\s+/g, ' ').trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.replace(/\s+/g, ' ').trim());
  return sentences;
}

/** Whether the segmenter's break after `text` falls after an abbreviation or an initial. */
function endsInsideSentence(text: string, known: ReadonlySet<string>, lang: string): boolean {
  const lastWord = text.trimEnd().split(/\s+/).pop() ?? '';
  // Opening brackets and quotes are not part of the abbreviation: "(bijv." is "bijv.".
  const word = lastWord.replace(/^[([{"'‘“„«‹]+/u, '').toLowerCase();
  if (known.has(word)) return true;
  // A single letter and a dot is an initial ("A. Guterres") or part of one ("z. B.").
  if (/^\p{L}\.$/u.test(word)) return true;
  return ORDINAL_DOT.has(lang) && /^\d{1,2}\.$/.test(word);
}

/**
 * Markdown as plain text: one line per paragraph or list item, marks and links reduced to their
 * text, and what no sentence is made of left out (headings, code, tables, images, notes, raw HTML).
 * A list introduced by a colon ("We ask you to:") continues its line, so that the request and its
 * items stay one sentence. Quotes become the language's typographic quotes, as in the printed text.
 */
export function markdownToPlainText(markdown: string, language: string): string {
  const md = createMarkdown(language);
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let listDepth = 0;
  let continuesLine = false;
  for (const token of md.parse(markdown, {})) {
    const kind = token.type.replace(/_(open|close)$/, '');
    if (SKIPPED_BLOCKS.has(kind)) {
      skipDepth += token.nesting;
      continue;
    }
    if (skipDepth > 0) continue;
    if (kind === 'bullet_list' || kind === 'ordered_list') {
      if (token.nesting === 1 && listDepth === 0) continuesLine = lines.at(-1)?.endsWith(':') ?? false;
      listDepth += token.nesting;
    }
    if (token.type === 'inline') line += inlineText(token.children ?? []);
    if (token.type !== 'paragraph_close' && token.type !== 'list_item_close') continue;
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (!text) continue;
    if (listDepth > 0 && continuesLine) lines[lines.length - 1] += ` ${text}`;
    else lines.push(text);
  }
  return lines.join('\n');
}

/** One line of inline Markdown (a heading) as plain text; "1. Foo" stays as written, no list. */
export function inlineToPlainText(markdown: string, language: string): string {
  const tokens = createMarkdown(language).parseInline(markdown, {});
  return tokens
    .map((token) => inlineText(token.children ?? []))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blocks whose text is no sentence of the section. */
const SKIPPED_BLOCKS = new Set(['heading', 'table', 'footnote_block', 'footnote']);

function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text;
}

/**
 * The first `count` sentences of a part's Markdown. Footnote references (`[^1]`) are dropped:
 * without their definitions markdown-it would print them as written.
 */
export function leadSentences(markdown: string, language: string, count: number): string[] {
  const withoutNotes = markdown.replace(/\[\^[^\]\s]+\](?!:)/g, '');
  return splitSentences(markdownToPlainText(withoutNotes, language), language).slice(0, count);
}
