/**
 * Joining a paragraph's lines, and what to do with a hyphen at a line end. The rules, in order:
 *
 * 1. A soft hyphen (U+00AD) at the end always marks a broken word: removed, halves joined.
 * 2. A dash standing alone (`huurlingen -`) is punctuation: the lines are joined with a space.
 * 3. After a digit the hyphen is the writer's (layout never hyphenates numbers), so it is kept:
 *    followed by a space when it closes an aside opened by a spaced dash in the same sentence
 *    (`huurlingen - meer dan 1000-` + `vanuit`), else joined directly (`2019-` + `2020`).
 * 4. Before a capital or a digit (`Nagorno-` + `Karabakh`, `COVID-` + `19`) the hyphen is kept.
 * 5. Before a lower-case letter the text's own spelling decides, where it has one: the hyphen is
 *    kept when the text writes the compound with a hyphen on one line elsewhere (`pick-` + `up`,
 *    because `pick-up` occurs); it goes when the text writes the word joined elsewhere.
 * 6. The hyphen is kept when the part before it is a capitalised name part in mid-sentence
 *    (`Aliyev-` + `clan`), or when both parts are words the text uses on their own (`long-` +
 *    `term`): a layout's hyphenation leaves fragments such as `lende` or `nity`, which are not.
 * 7. Otherwise the word was hyphenated by the layout (`verschil-` + `lende`): hyphen removed, joined.
 *
 * Without a dictionary rules 6 and 7 can be wrong (`with-` + `out` keeps its hyphen, a compound the
 * text never writes elsewhere loses it); every such decision is logged with its lines for review.
 */
import { decide, type ImportContext, type TextLine, type Vocabulary } from './types.js';

interface Joined {
  text: string;
  note?: string;
}

const WORD_WITH_HYPHENS = /^[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)+$/u;
const PLAIN_WORD = /^[\p{L}\p{M}]+$/u;
const PUNCTUATION_AROUND = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/**
 * The text's own spelling, lower-cased: words written with a hyphen inside a line, and plain words.
 * The first word of a line after a line-end hyphen is left out: it may be a fragment (`lende`).
 */
export function collectVocabulary(lines: readonly TextLine[]): Vocabulary {
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const afterHyphen = index > 0 && /[-‐\u00AD]$/u.test(lines[index - 1]!.content);
    const tokens = line.content.split(' ').slice(afterHyphen ? 1 : 0);
    for (const token of tokens) {
      const word = token.replace(PUNCTUATION_AROUND, '').toLowerCase();
      if (WORD_WITH_HYPHENS.test(word)) hyphenated.add(word);
      else if (PLAIN_WORD.test(word) && !token.endsWith('-')) words.add(word);
    }
  }
  return { hyphenated, words };
}

function writtenWithHyphen(compound: string, hyphenated: ReadonlySet<string>): boolean {
  if (hyphenated.has(compound)) return true;
  for (const word of hyphenated) if (word.startsWith(`${compound}-`)) return true;
  return false;
}

/** Both parts of `stem-next` are words the text uses on their own. */
function partsAreWords(stem: string, next: string, words: ReadonlySet<string>): boolean {
  const last = stem.split(/[-‐]/u).at(-1) ?? stem;
  return (
    last.length >= 2 && next.length >= 2 && words.has(last.toLowerCase()) && words.has(next.toLowerCase())
  );
}

/** The current sentence has an odd number of spaced dashes: an aside is open. */
function dashAsideOpen(before: string): boolean {
  const sentence = before.split(/[.!?։]\s+/u).at(-1) ?? before;
  return (sentence.match(/(?:^|\s)[-–—](?=\s)/gu)?.length ?? 0) % 2 === 1;
}

function startsSentence(before: string): boolean {
  return before === '' || /[.!?։:]["'”’»)]*$/u.test(before);
}

function joinAtHyphen(before: string, after: string, vocabulary: Vocabulary): Joined {
  const token = before.split(' ').at(-1) ?? '';
  const stem = token.slice(0, -1);
  const nextWord = after.split(' ')[0] ?? '';
  const head = stem.at(-1) ?? '';
  const keptWithSpace = { text: `${before} ${after}` };
  const kept = { text: `${before}${after}` };
  if (!/[\p{L}\p{N}]/u.test(head)) return keptWithSpace;
  if (/\p{N}/u.test(head)) {
    if (dashAsideOpen(before)) {
      return {
        ...keptWithSpace,
        note: `kept "${token} ${nextWord}": the hyphen closes an aside opened by a dash`,
      };
    }
    return { ...kept, note: `kept the hyphen in "${token}${nextWord}" (after a number)` };
  }
  if (!/^\p{Ll}/u.test(after)) {
    return { ...kept, note: `kept the hyphen in "${token}${nextWord}" (a capital or digit follows)` };
  }
  const nextLetters = /^[\p{L}\p{M}\p{N}]+/u.exec(after)?.[0] ?? nextWord;
  if (writtenWithHyphen(`${stem}-${nextLetters}`.toLowerCase(), vocabulary.hyphenated)) {
    return { ...kept, note: `kept the hyphen in "${token}${nextWord}": the text writes it so elsewhere` };
  }
  const joined = `${stem}${nextLetters}`;
  if (vocabulary.words.has(joined.toLowerCase())) {
    return {
      text: `${before.slice(0, -1)}${after}`,
      note: `joined "${token}" + "${nextWord}": the text writes "${joined}" elsewhere`,
    };
  }
  const part = stem.split(/[-‐]/u).at(-1) ?? stem;
  const rest = before.slice(0, before.length - token.length).trimEnd();
  if (/^\p{Lu}/u.test(part) && !startsSentence(rest)) {
    return { ...kept, note: `kept the hyphen in "${token}${nextWord}" (a capitalised name part)` };
  }
  if (partsAreWords(stem, nextLetters, vocabulary.words)) {
    return { ...kept, note: `kept the hyphen in "${token}${nextWord}": both parts are words of the text` };
  }
  return {
    text: `${before.slice(0, -1)}${after}`,
    note: `joined "${token}" + "${nextWord}" into "${stem}${nextWord}"`,
  };
}

function joinPair(before: string, after: string, vocabulary: Vocabulary): Joined {
  if (before.endsWith('\u00AD')) return { text: `${before.slice(0, -1)}${after}` };
  if (/[-‐]$/u.test(before)) return joinAtHyphen(before, after, vocabulary);
  // An en or em dash against a word (`2019–` + `2020`) binds; standing alone it is spaced.
  if (/[\p{L}\p{N}][–—]$/u.test(before)) return { text: `${before}${after}` };
  return { text: `${before} ${after}` };
}

/** The lines of one paragraph, heading or list item as one line of text; hyphen decisions are logged. */
export function joinWrappedLines(lines: readonly TextLine[], context: ImportContext): string {
  let text = lines[0]?.content ?? '';
  for (let index = 1; index < lines.length; index++) {
    const { text: joined, note } = joinPair(text, lines[index]!.content, context.vocabulary);
    if (note) decide(context, 'hyphen', lines[index - 1]!.number, lines[index]!.number, note);
    text = joined;
  }
  return text;
}
