/**
 * The working model of pdfmake content inside this stage: loose enough to build nodes generically
 * (spread a node, add a style), specific where it helps. `@types/pdfmake`'s strict `Content` is
 * the type at the stage's edge (index.ts); the render test proves that pdfmake accepts the result.
 */

/** Any pdfmake node: a string, an object node (text, stack, ul, ol, table, image, canvas…) or a list. */
export type AnyContent = string | ContentNode | AnyContent[];

export interface ContentNode {
  [property: string]: unknown;
}

/** One run of inline text inside a `text` array, with its marks flattened onto it. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  decoration?: 'lineThrough' | 'underline';
  link?: string;
  sup?: boolean;
  style?: string | string[];
}

/** What a `text` array holds. Nested `text` arrays lose their parent's marks in pdfmake, so runs stay flat. */
export type Inline = string | TextRun;

/** A text node: paragraphs, headings, list items, cells, captions. */
export interface TextNode extends ContentNode {
  text: Inline[] | string;
  style?: string | string[];
}
