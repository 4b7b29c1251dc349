/** A validated brief: what to print. Produced by `loadBrief`, trusted by every later stage. */
import type { Place } from '../errors.js';
import type { Block } from '../source/types.js';

export type SelectionItem =
  | {
      kind: 'section';
      id: string;
      /** 1-based block numbers, in the order written. */
      paragraphs?: number[];
      /** Where `paragraphs:` is written, for errors about the range. */
      paragraphsPlace?: Place;
      title?: string;
      /** Where the section id is written. */
      place: Place;
    }
  /** `place` is where the Markdown text begins (the line after `|`), so its lines count true to the file. */
  | { kind: 'markdown'; markdown: string; place: Place }
  | { kind: 'all'; place: Place };

export type SummaryPoints = 'auto' | Array<{ section: string; text?: string; place: Place }>;

export interface PackOptions {
  cover: boolean;
  contents: boolean;
}

export interface SummaryOptions {
  points: SummaryPoints;
  sentences: number;
  callToAction?: string;
  qr?: string;
  sheet: 'a4' | 'a5-2up';
  overflow: 'fail' | 'shorten';
}

export interface Brief {
  /** Path for messages, relative to the project folder (`briefs/delegatie.yaml`). */
  file: string;
  /** Absolute path, for resolving relative paths inside the brief. */
  path: string;
  /** Name of the brief: the file name without extension; output files are named after it. */
  name: string;
  title: string;
  subtitle?: string;
  /** As written: a name in assets/sources or a path relative to the brief. */
  source: string;
  sourcePlace: Place;
  brand: string;
  brandPlace: Place;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  language?: string;
  preparedFor?: string;
  /** Absent: every section of the source, in order. */
  sections?: SelectionItem[];
  pack: PackOptions | false;
  summary: SummaryOptions | false;
}

/** One part of the printed body, after the brief's selection was applied to the source. */
export interface SelectedPart {
  /** Section id, or `markdown-N` for the N-th inline block. */
  id: string;
  /** Heading as printed (the brief's override, or the source's); empty for an untitled intro. */
  title: string;
  /** Heading level 1–6; 0 for an intro without heading. */
  level: number;
  blocks: Block[];
  /** Absolute path of the file the Markdown came from, for resolving images. */
  basePath: string;
  /** The same file for messages. */
  file: string;
}
