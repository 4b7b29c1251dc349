/** Plain data passed between the importer's steps: input lines, the measured layout, blocks, decisions. */

/** What a decision was about, so a person reviewing the import can filter. */
export type DecisionKind =
  | 'layout'
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'table'
  | 'dropped'
  | 'hyphen'
  | 'repair';

/** One thing the importer decided, with the input lines it is about, for review on stderr. */
export interface ImportDecision {
  kind: DecisionKind;
  /** First 1-based input line; 0 for decisions about the whole text. */
  line: number;
  /** Last input line (equal to `line` for a single line). */
  endLine: number;
  message: string;
}

export interface ImportOptions {
  /** Overrides the title found on the first line. */
  title?: string;
  /** BCP 47 tag written as `language:`. */
  language?: string;
  /** ISO date `YYYY-MM-DD` written as `date:`. */
  date?: string;
}

export interface ImportResult {
  markdown: string;
  decisions: ImportDecision[];
}

/** A line of the input as read: its 1-based number, the page it is on, its text without `\f`. */
export interface InputLine {
  number: number;
  /**
   * Pages as far as the importer knows them: pdftotext's form feeds, and a new page after every
   * run of dropped page furniture (a viewer's copy has no form feeds but keeps headers and numbers).
   */
  page: number;
  text: string;
  /** The text's first line, kept although it recurs as a running header (it may be the title). */
  runningHeader?: true;
}

/** What separates a line from the text line before it. */
export type Gap = 'start' | 'none' | 'blank' | 'page';

/** A non-blank line with the measurements the rules use. */
export interface TextLine {
  number: number;
  /** The line with tabs expanded and the body's left margin removed, right-trimmed; inner spaces kept. */
  raw: string;
  /** The words of the line: trimmed, runs of white space as one space. */
  content: string;
  /** Leading spaces beyond the body's left margin. */
  indent: number;
  /** Cells of a line with tabs between words (a Word table row); undefined without inner tabs. */
  cells?: string[];
  gapBefore: Gap;
  /** See `InputLine.runningHeader`. */
  runningHeader?: true;
}

/** Document-wide measurements: the column width and how paragraphs are separated. */
export interface Layout {
  /** Characters of a full line (90th percentile of line lengths). */
  width: number;
  /**
   * Characters of a typical full line: the median of the lines near the width that end mid-sentence.
   * It tells where the printed lines were in a line that pdftotext ran together from several.
   */
  fullLine: number;
  /** Lines were broken to fit a column (a PDF), rather than one paragraph per line (a Word export). */
  wrapped: boolean;
  /** Paragraphs are separated by blank lines, so lines without one between them belong together. */
  blankSeparated: boolean;
  /** Paragraphs start with an indented first line (pdftotext -layout), so other lines go on one. */
  indentedParagraphs: boolean;
}

export interface ListItem {
  /** `-` for bullets, or the number with its delimiter (`1.`, `2)`). */
  marker: string;
  /** Nesting depth, 0 for the outer list. */
  depth: number;
  text: string;
}

export type ImportBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; rows: string[] };

/** The text's own spelling, lower-cased, to decide about hyphens at line ends. */
export interface Vocabulary {
  /** Words written with a hyphen inside a line somewhere in the text (`pick-up`). */
  hyphenated: ReadonlySet<string>;
  /** Words of letters only, not counting the first word after a line-end hyphen. */
  words: ReadonlySet<string>;
}

/** What every block rule reads: the lines, the layout, the text's vocabulary, the log. */
export interface ImportContext {
  lines: TextLine[];
  layout: Layout;
  vocabulary: Vocabulary;
  decisions: ImportDecision[];
}

/** A block a rule recognised, and the index of the first line after it. */
export interface RuleMatch {
  block: ImportBlock;
  next: number;
}

export function decide(
  context: Pick<ImportContext, 'decisions'>,
  kind: DecisionKind,
  first: number,
  last: number,
  message: string,
): void {
  context.decisions.push({ kind, line: first, endLine: last, message });
}
