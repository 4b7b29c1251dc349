/** A brand resolved once (inheritance applied, paths absolute, colours checked), trusted by layout. */

export interface BrandColours {
  /** Cover band, headings, rules. */
  primary: string;
  /** Small highlights: links, the cover's accent line. */
  accent: string;
  text: string;
  /** Running header and footer, captions. */
  muted: string;
  /** Thin lines: table borders, header rule, block-quote bar. */
  rule: string;
  /** Text drawn on the primary colour (the cover band). */
  onPrimary: string;
}

export interface Brand {
  /** Folder name in assets/brands. */
  id: string;
  /** Display name, printed in the running header and on the cover. */
  name: string;
  /** Brand file for messages. */
  file: string;
  organisation?: string;
  /** Absolute path of the logo (SVG, PNG, JPEG…), already confined to the project or briefpack. */
  logo?: string;
  colours: BrandColours;
  fonts: { body: string; heading: string };
  type: {
    /** Body size in points (at least 9). */
    bodySize: number;
    /** Line height as a multiple of the size. */
    lineHeight: number;
    alignment: 'justify' | 'left';
  };
  /**
   * Bounds of the one-page summary's body size, in points: it prints at `maxSize` when it has room
   * and shrinks no further than `minSize` to fit one page.
   */
  summary: { maxSize: number; minSize: number };
  /** Lines of the contact block (cover and summary). */
  contact: string[];
  licence?: string;
  /** Language when neither the brief nor the source names one. */
  language: string;
}
