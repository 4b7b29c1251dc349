/**
 * The A4 page every layout shares. Side margins of 30 mm give a measure of about 75 characters at
 * 10.5 pt (A4 with 20 mm margins would give about 100: too long to read comfortably on paper).
 */
const MM = 72 / 25.4;

export const A4 = { width: 595.28, height: 841.89 } as const;

export const PACK_MARGINS = {
  left: 30 * MM,
  right: 30 * MM,
  top: 27 * MM,
  bottom: 24 * MM,
} as const;

export const contentWidth = (): number => A4.width - PACK_MARGINS.left - PACK_MARGINS.right;
export const contentHeight = (): number => A4.height - PACK_MARGINS.top - PACK_MARGINS.bottom;

export const mm = (millimetres: number): number => millimetres * MM;
