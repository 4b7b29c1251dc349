/** The cover: a brand-coloured band with the brand's name, the title below it, and who it is for. */
import type { Content } from 'pdfmake/interfaces.js';
import { LOGO_BOX } from '../brand/logo.js';
import type { Brand } from '../brand/types.js';
import { formatDate, labelsFor } from './labels.js';
import { A4, contentWidth, mm, PACK_MARGINS } from './page.js';
import { lineHeightFor } from './styles.js';

export interface CoverText {
  title: string;
  subtitle?: string;
  preparedFor?: string;
  /** ISO date. */
  date?: string;
  organisation?: string;
  language: string;
}

export interface PrintedImage {
  key: string;
  widthPt: number;
  heightPt: number;
}

const BAND_HEIGHT = mm(88);
const FOOT_BLOCK_TOP = A4.height - mm(62);

/** Drawn behind page 1 only: the band and a thin accent line under it. */
export function coverBackground(brand: Brand): Content {
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: A4.width, h: BAND_HEIGHT, color: brand.colours.primary },
      { type: 'rect', x: 0, y: BAND_HEIGHT, w: A4.width, h: 3, color: brand.colours.accent },
    ],
  };
}

function bandText(brand: Brand): Content {
  return {
    absolutePosition: { x: PACK_MARGINS.left, y: BAND_HEIGHT - mm(24) },
    stack: [
      {
        text: brand.name.toUpperCase(),
        font: brand.fonts.heading,
        bold: true,
        fontSize: 11,
        characterSpacing: 1.6,
        color: brand.colours.onPrimary,
      },
      ...(brand.organisation && brand.organisation !== brand.name
        ? [
            {
              text: brand.organisation,
              font: brand.fonts.heading,
              fontSize: 9,
              color: brand.colours.onPrimary,
            },
          ]
        : []),
    ],
  };
}

function titleBlock(text: CoverText, brand: Brand): Content {
  return {
    margin: [0, BAND_HEIGHT - PACK_MARGINS.top + mm(22), 0, 0],
    stack: [
      {
        text: text.title,
        font: brand.fonts.heading,
        bold: true,
        fontSize: text.title.length > 60 ? 24 : 30,
        lineHeight: lineHeightFor(brand.fonts.heading, 1.1),
        color: brand.colours.primary,
      },
      ...(text.subtitle
        ? [
            {
              text: text.subtitle,
              font: brand.fonts.heading,
              fontSize: 15,
              lineHeight: lineHeightFor(brand.fonts.heading, 1.25),
              color: brand.colours.muted,
              margin: [0, mm(5), 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}

function footBlock(text: CoverText, brand: Brand, logo: PrintedImage | undefined): Content {
  const labels = labelsFor(text.language);
  const small = {
    font: brand.fonts.heading,
    fontSize: 8.5,
    color: brand.colours.muted,
    characterSpacing: 0.6,
  };
  const strong = {
    font: brand.fonts.heading,
    fontSize: 12,
    color: brand.colours.text,
    lineHeight: lineHeightFor(brand.fonts.heading, 1.3),
  };
  const lines: Content[] = [];
  if (text.preparedFor) {
    lines.push({ text: labels.preparedFor.toUpperCase(), ...small });
    lines.push({ text: text.preparedFor, ...strong, bold: true, margin: [0, 1, 0, mm(4)] });
  }
  if (text.date) lines.push({ text: formatDate(text.date, text.language), ...strong });
  if (text.organisation) lines.push({ text: text.organisation, ...strong, color: brand.colours.muted });
  const textWidth = contentWidth() - (logo ? LOGO_BOX.width + mm(8) : 0);
  return {
    absolutePosition: { x: PACK_MARGINS.left, y: FOOT_BLOCK_TOP },
    columns: [
      { width: textWidth, stack: lines },
      ...(logo ? [{ width: LOGO_BOX.width, stack: [logoImage(logo)] }] : []),
    ],
  };
}

function logoImage(logo: PrintedImage): Content {
  const scale = Math.min(LOGO_BOX.width / logo.widthPt, LOGO_BOX.height / logo.heightPt, 1);
  return { image: logo.key, width: logo.widthPt * scale, alignment: 'right' };
}

export function cover(text: CoverText, brand: Brand, logo: PrintedImage | undefined): Content[] {
  return [bandText(brand), titleBlock(text, brand), footBlock(text, brand, logo)];
}
