/**
 * A brand for black-and-white printing (`--grayscale`): every colour becomes the grey of the same
 * lightness, then greys that carry text are darkened until they keep WCAG's 4.5:1 contrast against
 * white paper and, for the band, between its text and its fill. A laser printer's own conversion
 * would keep a pale accent pale and could leave headings or band text unreadable.
 */
import type { Brand, BrandColours } from './types.js';

/** WCAG 2 minimum contrast for body-size text. */
export const TEXT_CONTRAST = 4.5;

const WHITE = '#FFFFFF';

/** sRGB channel (0–255) to linear light (0–1). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0–1) back to an sRGB channel (0–255). */
function gamma(light: number): number {
  const c = light <= 0.0031308 ? light * 12.92 : 1.055 * light ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of `#RGB` or `#RRGGBB`. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function greyOfLuminance(light: number): string {
  const value = gamma(light).toString(16).padStart(2, '0').toUpperCase();
  return `#${value}${value}${value}`;
}

/** The grey as light as `hex` (the same relative luminance). */
export function toGrey(hex: string): string {
  return greyOfLuminance(luminance(hex));
}

/** `grey`, darkened step by step until it reaches `ratio` against white. */
function darkEnough(grey: string, ratio = TEXT_CONTRAST): string {
  let value = channels(grey)[0];
  let result = grey;
  while (value > 0 && contrastRatio(result, WHITE) < ratio) {
    value -= 1;
    const hex = value.toString(16).padStart(2, '0').toUpperCase();
    result = `#${hex}${hex}${hex}`;
  }
  return result;
}

/**
 * The brand's colours as greys. Text, muted text, headings (primary) and links (accent) print on
 * white, so each keeps 4.5:1 against it; the band prints white on the (then dark enough) primary.
 * Rules only draw lines, so they keep their lightness.
 */
export function grayscaleColours(colours: BrandColours): BrandColours {
  return {
    primary: darkEnough(toGrey(colours.primary)),
    accent: darkEnough(toGrey(colours.accent)),
    text: darkEnough(toGrey(colours.text)),
    muted: darkEnough(toGrey(colours.muted)),
    rule: toGrey(colours.rule),
    onPrimary: WHITE,
  };
}

export function grayscaleBrand(brand: Brand): Brand {
  return { ...brand, colours: grayscaleColours(brand.colours) };
}

/** White or `dark`, whichever reads better on `fill`: the text colour of a filled box. */
export function textOn(fill: string, dark: string): string {
  return contrastRatio(WHITE, fill) >= contrastRatio(dark, fill) ? WHITE : dark;
}
