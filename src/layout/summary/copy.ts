/**
 * The pieces of one summary copy, as pdfmake content: the masthead set on the brand band, the
 * flowing text (lead and key points, the only part whose size the fit changes), and the foot pinned
 * to the bottom of the page (call to action, contact block, logo, QR code with its address).
 */
import type { Column, Content } from 'pdfmake/interfaces.js';
import { textOn } from '../../brand/grayscale.js';
import type { Brand } from '../../brand/types.js';
import type { PrintedImage } from '../cover.js';
import { lineHeightFor } from '../styles.js';
import { columnWidthOf, type Frame } from './frame.js';
import type { SummaryPoint, SummaryText } from './summary-text.js';

export interface CopyInput {
  text: SummaryText;
  brand: Brand;
  frame: Frame;
  logo?: PrintedImage;
  organisation?: string;
}

type Margin = [number, number, number, number];

/** A node that takes no room and records where it landed (pdfmake writes `positions` on it). */
export interface Anchor {
  canvas: [{ type: 'rect'; x: 0; y: 0; w: 0; h: 0 }];
  positions?: Array<{ pageNumber: number; top: number }>;
}

export function anchor(): Anchor {
  return { canvas: [{ type: 'rect', x: 0, y: 0, w: 0, h: 0 }] };
}

/** Brand name, title and subtitle, in the band's text colour. */
export function masthead({ text, brand, frame }: CopyInput): Content {
  const { fixed } = frame;
  const heading = { font: brand.fonts.heading, color: brand.colours.onPrimary };
  const titleSize = text.title.length > 48 ? fixed.longTitle : fixed.title;
  return {
    stack: [
      {
        text: brand.name.toUpperCase(),
        ...heading,
        bold: true,
        fontSize: fixed.kicker,
        characterSpacing: fixed.kicker * 0.16,
        margin: [0, 0, 0, fixed.kicker * 0.7],
      },
      {
        text: text.title,
        ...heading,
        bold: true,
        fontSize: titleSize,
        lineHeight: lineHeightFor(brand.fonts.heading, 1.08),
      },
      ...(text.subtitle
        ? [
            {
              text: text.subtitle,
              ...heading,
              fontSize: fixed.subtitle,
              lineHeight: lineHeightFor(brand.fonts.heading, 1.25),
              margin: [0, fixed.subtitle * 0.45, 0, 0] as Margin,
            },
          ]
        : []),
    ],
  };
}

/**
 * The lead, set larger than the points; it opens the text below the band, `offset` lower when the
 * page has room to spare.
 */
export function lead(input: CopyInput, size: number, offset = 0): Content[] {
  const { brand, frame, text } = input;
  const below = frame.fixed.bandPadding + frame.fixed.afterBand + offset;
  if (text.lead.length === 0) return [{ ...anchor(), margin: [0, below, 0, 0] }];
  return [
    {
      text: text.lead.join(' '),
      font: brand.fonts.body,
      fontSize: size * 1.22,
      lineHeight: lineHeightFor(brand.fonts.body, 1.32),
      color: brand.colours.text,
      margin: [0, below, 0, size * 1.5],
    },
  ];
}

/**
 * The body's line height: the brand's at the largest size, a little tighter as the type shrinks,
 * because smaller type in the same column sets more words a line and needs less air between lines.
 */
export function leading(brand: Brand, size: number): number {
  const tighter = Math.max(0, brand.summary.maxSize - size) * 0.03;
  return Math.max(1.2, Math.min(brand.type.lineHeight, brand.type.lineHeight - tighter));
}

/** One key point: a short accent rule, the heading, its sentences. */
export function point(item: SummaryPoint, brand: Brand, size: number): Content {
  const stack: Content[] = [
    {
      canvas: [
        {
          type: 'rect',
          x: 0,
          y: 0,
          w: size * 1.8,
          h: Math.max(1.5, size * 0.2),
          color: brand.colours.accent,
        },
      ],
      margin: [0, 0, 0, size * 0.45],
    },
  ];
  if (item.heading) {
    stack.push({
      text: item.heading,
      font: brand.fonts.heading,
      bold: true,
      fontSize: size * 1.08,
      lineHeight: lineHeightFor(brand.fonts.heading, 1.15),
      color: brand.colours.primary,
      margin: [0, 0, 0, size * 0.25],
    });
  }
  if (item.sentences.length > 0) {
    stack.push({
      text: item.sentences.join(' '),
      font: brand.fonts.body,
      fontSize: size,
      lineHeight: lineHeightFor(brand.fonts.body, leading(brand, size)),
      color: brand.colours.text,
    });
  }
  return { stack, margin: [0, 0, 0, size * 1.15] };
}

/** Points in the frame's columns: `columns[i]` are the points of column i, in reading order. */
export function pointColumns(input: CopyInput, columns: Content[][]): Content {
  const { frame } = input;
  if (frame.columns === 1) return { stack: columns.flat() };
  const width = columnWidthOf(frame);
  return {
    columns: columns.map((stack) => ({ width, stack })),
    columnGap: frame.columnGap,
  };
}

/** Call to action, contact block, logo and QR code: the foot of the copy. */
export function foot(input: CopyInput): Content {
  const { text, brand, frame } = input;
  const stack: Content[] = [];
  if (text.callToAction) stack.push(callToAction(text.callToAction, brand, frame));
  stack.push({
    columns: [
      ...(input.logo ? [logoColumn(input.logo, frame)] : []),
      { width: '*', stack: contactLines(input) },
      ...(text.qr ? [qrColumn(text.qr, brand, frame)] : []),
    ],
    columnGap: frame.fixed.contact * 1.4,
  });
  return { stack };
}

function callToAction(words: string, brand: Brand, frame: Frame): Content {
  const size = frame.fixed.callToAction;
  const fill = brand.colours.accent;
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            // A no-break space keeps the arrow with the last word.
            text: `${words}\u00A0\u00A0→`,
            font: brand.fonts.heading,
            bold: true,
            fontSize: size,
            lineHeight: lineHeightFor(brand.fonts.heading, 1.15),
            color: textOn(fill, brand.colours.text),
            fillColor: fill,
            margin: [size * 0.7, size * 0.55, size * 0.7, size * 0.6],
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, size * 0.8],
  };
}

function contactLines({ brand, frame, organisation }: CopyInput): Content[] {
  const size = frame.fixed.contact;
  const line = {
    font: brand.fonts.heading,
    fontSize: size,
    lineHeight: lineHeightFor(brand.fonts.heading, 1.3),
  };
  return [
    { text: brand.name, ...line, bold: true, color: brand.colours.primary },
    ...(organisation && organisation !== brand.name
      ? [{ text: organisation, ...line, color: brand.colours.text }]
      : []),
    ...brand.contact.map((contact) => ({ text: contact, ...line, color: brand.colours.text })),
    ...(brand.licence
      ? [
          {
            text: brand.licence,
            ...line,
            fontSize: size * 0.85,
            color: brand.colours.muted,
            margin: [0, 2, 0, 0] as Margin,
          },
        ]
      : []),
  ];
}

function logoColumn(logo: PrintedImage, frame: Frame): Column {
  const box = frame.fixed.logo;
  const scale = Math.min(box.width / logo.widthPt, box.height / logo.heightPt);
  const width = logo.widthPt * scale;
  return { width, stack: [{ image: logo.key, width, height: logo.heightPt * scale }] };
}

/**
 * The QR code, black on white for any scanner, with its address printed beneath it; both keep to
 * the right edge, so that a long address has the column's width to the left of the code.
 */
function qrColumn(url: string, brand: Brand, frame: Frame): Column {
  const { qr, url: urlSize } = frame.fixed;
  const printed = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return {
    width: qr * 2,
    stack: [
      { qr: url, fit: qr, eccLevel: 'M', foreground: '#000000', background: '#FFFFFF', alignment: 'right' },
      {
        text: printed,
        link: url,
        font: brand.fonts.heading,
        fontSize: urlSize,
        color: brand.colours.text,
        alignment: 'right',
        margin: [0, urlSize * 0.8, 0, 0],
      },
    ],
  };
}
