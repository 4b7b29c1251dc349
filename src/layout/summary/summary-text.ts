/**
 * What a summary says, as plain sentences: the lead (the untitled opening part) and one key point
 * per part (its heading and its first sentences), or the points the brief lists, with text it may
 * write out itself. Layout and the fit only ever see this.
 */
import type { SelectedPart, SummaryOptions } from '../../brief/types.js';
import {
  inlineToPlainText,
  leadSentences,
  markdownToPlainText,
  splitSentences,
} from '../../document/sentences.js';

export interface SummaryPoint {
  /** The part's id, for messages. */
  id: string;
  /** Plain text; empty for an untitled part. */
  heading: string;
  sentences: string[];
  /** Written out in the brief (`{section, text}`), so `sentences:` does not shorten it. */
  written: boolean;
}

export interface SummaryText {
  title: string;
  subtitle?: string;
  lead: string[];
  points: SummaryPoint[];
  callToAction?: string;
  qr?: string;
  language: string;
}

interface Heading {
  title: string;
  subtitle?: string;
  language: string;
}

export function summaryText(
  parts: readonly SelectedPart[],
  options: SummaryOptions,
  head: Heading,
): SummaryText {
  const { language } = head;
  /** The part's first sentences, or all sentences of the text the brief wrote for it. */
  const sentencesOf = (part: SelectedPart, written?: string): string[] =>
    written === undefined
      ? leadSentences(part.blocks.map((block) => block.markdown).join('\n\n'), language, options.sentences)
      : splitSentences(markdownToPlainText(written, language), language);
  const pointOf = (part: SelectedPart, written?: string): SummaryPoint => ({
    id: part.id,
    heading: inlineToPlainText(part.title, language),
    sentences: sentencesOf(part, written),
    written: written !== undefined,
  });

  // An untitled part at the top is the opening: it becomes the lead, not a point.
  const opening = parts[0] && !parts[0].title.trim() ? parts[0] : undefined;
  let lead: string[] = [];
  let points: SummaryPoint[] = [];
  if (options.points === 'auto') {
    if (opening) lead = sentencesOf(opening);
    points = parts.filter((part) => part !== opening).map((part) => pointOf(part));
  } else {
    const byId = new Map(parts.map((part) => [part.id, part]));
    for (const { section, text } of options.points) {
      // Unknown ids were refused when the brief was read (BP203).
      const part = byId.get(section);
      if (part && part === opening) lead = sentencesOf(part, text);
      else if (part) points.push(pointOf(part, text));
    }
  }
  return {
    title: head.title,
    ...(head.subtitle ? { subtitle: head.subtitle } : {}),
    lead,
    points: points.filter((point) => point.heading || point.sentences.length > 0),
    ...(options.callToAction ? { callToAction: options.callToAction } : {}),
    ...(options.qr ? { qr: options.qr } : {}),
    language,
  };
}
