/**
 * The language's punctuation beyond quotes, applied to text (never to code): a number stays on the
 * line of its unit or month (`27 september`, `75 km`, `€ 5`), a spaced hyphen between words becomes
 * an en dash that cannot start a line, and a range of numbers (`1914-1918`) takes an en dash.
 * Compounds (`F-16`, `Nagorno-Karabakh`), ISO dates (`2020-10-18`) and a hyphen open on one side
 * (`1000- vanuit`, as the author wrote it) are left alone.
 */
type Fix = (text: string) => string;

const NBSP = '\u00A0';
const EN_DASH = '\u2013';

const MONTHS = [
  // nl
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  // en (april, september… shared above)
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  // de
  'januar',
  'februar',
  'märz',
  'juni',
  'oktober',
  'dezember',
  // fr
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const UNITS = [
  '%',
  '‰',
  'km',
  'm',
  'cm',
  'mm',
  'kg',
  'g',
  'mg',
  't',
  'l',
  'ml',
  'ha',
  'km²',
  'm²',
  '°C',
  '°',
  'h',
  'min',
  's',
];

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => [...new Set(words)].map(escapeRegExp).join('|');

/** A number, then spaces, then a month or unit that ends there: the space becomes unbreakable. */
const NUMBER_UNIT = new RegExp(
  `(\\d[\\d.,]*) +(?=(?:${alternatives(MONTHS)}|${alternatives(UNITS)})(?![\\p{L}\\p{N}]))`,
  'giu',
);
/** A currency sign, then spaces, then a number. */
const CURRENCY_NUMBER = /([€$£¥]) +(?=\d)/g;
/** A hyphen with a space on both sides, between words: a dash, kept off the start of a line. */
const SPACED_HYPHEN = /(?<=[\p{L}\p{N},.;:)’”]) +- +(?=[\p{L}\p{N}(‘“])/gu;
/** Two numbers joined by one hyphen, not part of a longer chain such as an ISO date. */
const NUMBER_RANGE = /(?<![\d-])(\d{1,4})-(\d{1,4})(?![\d-])/g;

const FIXES: Fix[] = [
  (text) => text.replace(NUMBER_UNIT, `$1${NBSP}`),
  (text) => text.replace(CURRENCY_NUMBER, `$1${NBSP}`),
  (text) => text.replace(SPACED_HYPHEN, `${NBSP}${EN_DASH} `),
  (text) => text.replace(NUMBER_RANGE, `$1${EN_DASH}$2`),
];

export function fixPunctuation(text: string): string {
  return FIXES.reduce((result, fix) => fix(result), text);
}
