/** A Markdown source split into sections: the plain data every later stage reads. */

export interface SourceMeta {
  title: string;
  /** BCP 47 tag such as `nl`; absent when the source does not say (the brief or brand decides). */
  language?: string;
  organisation?: string;
  /** ISO date `YYYY-MM-DD`. */
  date?: string;
  licence?: string;
}

/** A top-level Markdown block of a section body (paragraph, list, table, quote…), for `paragraphs:` subsets. */
export interface Block {
  markdown: string;
  /** 1-based line in the source file where the block starts. */
  line: number;
}

export interface Section {
  id: string;
  /** Heading text without the `{#id}` attribute; empty for `intro`. */
  title: string;
  /** Heading level 1–6; 0 for `intro`. */
  level: number;
  /** 1-based line of the heading in the source file (of the first body line for `intro`). */
  line: number;
  /** The body's top-level blocks, in order; footnote definitions are not blocks (see Source.footnotes). */
  blocks: Block[];
  /** Words of heading and body, as a reader would count them. */
  words: number;
}

export interface Source {
  /** Path as given or as resolved, relative to the project folder where possible (for messages). */
  file: string;
  /** Absolute path of the file, for resolving images relative to it. */
  path: string;
  meta: SourceMeta;
  sections: Section[];
  /**
   * Footnote definitions of the whole source, as Markdown (`[^1]: …` blocks), so a section that
   * references a note can be rendered alone with its note.
   */
  footnotes: string;
}
