/**
 * Hyphenation points for body text, in the document's language: soft hyphens (U+00AD) inserted
 * into the words where a line may be broken. pdfmake (our patch) breaks a word at one only when the
 * word does not fit at the end of a line, and then draws a hyphen there.
 *
 * Patterns come from the `hyphen` package (Liang's TeX patterns, per language). Left alone: words
 * shorter than six letters, acronyms (all capitals), words with digits, and anything that looks
 * like a web or mail address. A break leaves at least two letters before it and three after it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SOFT_HYPHEN = '\u00AD';
const MIN_WORD = 6;
const MIN_LEFT = 2;
const MIN_RIGHT = 3;

/** Turns text into the same text with soft hyphens at the hyphenation points of its words. */
export type Hyphenate = (text: string) => string;

interface PatternModule {
  hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}

const hyphenators = new Map<string, Hyphenate | undefined>();

/**
 * The hyphenator for a BCP 47 tag (`nl`, `en-GB`, `de-CH`): the tag's own patterns when the package
 * has them (`en-gb`), else its language's (`de`); undefined for a language without patterns.
 */
export function hyphenatorFor(language: string): Hyphenate | undefined {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  if (!hyphenators.has(tag)) hyphenators.set(tag, createHyphenator(tag));
  return hyphenators.get(tag);
}

function createHyphenator(tag: string): Hyphenate | undefined {
  const patterns = loadPatterns(tag) ?? loadPatterns(tag.split('-')[0] ?? '');
  if (!patterns) return undefined;
  const known = new Map<string, string>();
  // The pattern package costs far more per call than per word: the new words of a text are
  // hyphenated together, in one call, and remembered.
  const learn = (text: string): void => {
    const fresh: string[] = [];
    for (const word of text.match(LONG_WORD) ?? []) {
      if (known.has(word)) continue;
      if (hyphenable(word)) fresh.push(word);
      else known.set(word, word);
    }
    if (fresh.length === 0) return;
    const hyphenated = patterns.hyphenateSync(fresh.join(' '), { minWordLength: MIN_WORD }).split(' ');
    for (const [index, word] of fresh.entries()) {
      const result = hyphenated.length === fresh.length ? hyphenated[index]! : word;
      known.set(word, result.replaceAll(SOFT_HYPHEN, '') === word ? withMinimums(result) : word);
    }
  };
  const words = (text: string): string => {
    // Most words have been met before: one pass, and a second only after learning new ones.
    let fresh = false;
    const once = text.replace(LONG_WORD, (word) => {
      const result = known.get(word);
      if (result === undefined) fresh = true;
      return result ?? word;
    });
    if (!fresh) return once;
    learn(text);
    return text.replace(LONG_WORD, (word) => known.get(word) ?? word);
  };
  return (text) =>
    ADDRESS.test(text)
      ? text.replace(CHUNK, (chunk) => (ADDRESS.test(chunk) ? chunk : words(chunk)))
      : words(text);
}

function loadPatterns(name: string): PatternModule | undefined {
  // The name comes from a brief: only plain language tags reach require.
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(name)) return undefined;
  try {
    return require(`hyphen/${name}`) as PatternModule;
  } catch {
    return undefined;
  }
}

/** Runs of text between white space: an address is left whole. */
const CHUNK = /\S+/g;
const ADDRESS = /:\/\/|www\.|@/i;
/**
 * Words long enough to hyphenate: letters with their marks, and digits, so that `Covid19` is one
 * word (and is left alone).
 */
const LONG_WORD = /[\p{L}\p{M}\p{N}\u00AD]{6,}/gu;

function hyphenable(word: string): boolean {
  return !/\p{N}/u.test(word) && !word.includes(SOFT_HYPHEN) && word !== word.toLocaleUpperCase();
}

/** Drops the hyphenation points that leave fewer than two letters before or three after them. */
function withMinimums(hyphenated: string): string {
  if (!hyphenated.includes(SOFT_HYPHEN)) return hyphenated;
  const syllables = hyphenated.split(SOFT_HYPHEN);
  const total = syllables.reduce((sum, syllable) => sum + [...syllable].length, 0);
  let before = 0;
  let out = '';
  for (const [index, syllable] of syllables.entries()) {
    if (index > 0) out += before >= MIN_LEFT && total - before >= MIN_RIGHT ? SOFT_HYPHEN : '';
    out += syllable;
    before += [...syllable].length;
  }
  return out;
}
