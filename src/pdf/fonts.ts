/**
 * Fonts bundled from npm: full TrueType families with Latin Extended, Cyrillic and Greek, one file
 * per style, because pdfmake needs exactly that (split web-font subsets would lose characters in
 * body text). They are never read from the machine.
 *
 * Scripts those families lack (Armenian) are drawn by fallback families, chosen per run of text by
 * pdfmake (our patch: a family's `fallback` list). Every family falls back on every other bundled
 * family, its own kind (serif, sans) first, so that a character any bundled font has is always
 * drawn, whatever font the text is set in. Fallbacks come as WOFF: pdfmake 0.3 embeds WOFF2 but
 * draws no glyph from it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const;

interface FamilyFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** Font families a brand may name, keyed by the name used in brand.yaml. */
export const FONT_FAMILIES: Record<string, FamilyFiles> = {
  'source-serif-4': {
    normal: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
    bold: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
    italics: '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/source-serif-4/600SemiBold_Italic/SourceSerif4_600SemiBold_Italic.ttf',
  },
  'source-code-pro': {
    normal: '@expo-google-fonts/source-code-pro/400Regular/SourceCodePro_400Regular.ttf',
    bold: '@expo-google-fonts/source-code-pro/600SemiBold/SourceCodePro_600SemiBold.ttf',
    italics: '@expo-google-fonts/source-code-pro/400Regular_Italic/SourceCodePro_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/source-code-pro/600SemiBold_Italic/SourceCodePro_600SemiBold_Italic.ttf',
  },
  'source-sans-3': {
    normal: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
    bold: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
    italics: '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/source-sans-3/600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf',
  },
};

/** The Armenian subset of a Noto family: regular and semibold (as our bold), no italics. */
function notoArmenian(family: string): FamilyFiles {
  const file = (weight: number) => `@fontsource/${family}/files/${family}-armenian-${weight}-normal.woff`;
  return { normal: file(400), bold: file(600), italics: file(400), bolditalics: file(600) };
}

/** Families that only stand in for characters the brand's families lack. */
export const FALLBACK_FAMILIES: Record<string, FamilyFiles> = {
  'noto-serif-armenian': notoArmenian('noto-serif-armenian'),
  'noto-sans-armenian': notoArmenian('noto-sans-armenian'),
};

/** Each family's fallbacks, in order: the same kind of type first. */
export const FALLBACK_ORDER: Record<string, string[]> = {
  'source-serif-4': ['noto-serif-armenian', 'source-sans-3', 'noto-sans-armenian', 'source-code-pro'],
  'source-sans-3': ['noto-sans-armenian', 'source-serif-4', 'noto-serif-armenian', 'source-code-pro'],
  'source-code-pro': ['noto-sans-armenian', 'source-sans-3', 'source-serif-4', 'noto-serif-armenian'],
};

/** Every bundled font file, regular style first in each family (for coverage checks). */
export function bundledFontFiles(): Array<{ family: string; style: keyof FamilyFiles; path: string }> {
  const all = { ...FONT_FAMILIES, ...FALLBACK_FAMILIES };
  return Object.entries(all).flatMap(([family, files]) =>
    STYLES.map((style) => ({ family, style, path: require.resolve(files[style]) })),
  );
}

/**
 * Each family's natural line height ((ascender - descender + line gap) / em, from its hhea table).
 * pdfmake's `lineHeight` multiplies this, while brands speak of line height as a multiple of the
 * type size, as CSS and Typst do.
 */
export const NATURAL_LINE_HEIGHT: Record<string, number> = {
  'source-serif-4': 1.371,
  'source-code-pro': 1.257,
  'source-sans-3': 1.424,
};

export type FontDictionary = Record<string, FamilyFiles & { fallback?: string[] }>;

export interface VirtualFiles {
  writeFileSync(name: string, data: Buffer): void;
}

/**
 * Puts every style of every family into pdfmake's in-memory file system (once per process), so
 * rendering reads no font from disk and the local access policy can stay closed. Returns the
 * pdfmake font dictionary that names those in-memory files.
 */
export function loadFonts(vfs: VirtualFiles): FontDictionary {
  const dictionary: FontDictionary = {};
  for (const [family, files] of Object.entries({ ...FONT_FAMILIES, ...FALLBACK_FAMILIES })) {
    const entry = {} as FamilyFiles;
    for (const style of STYLES) {
      const path = require.resolve(files[style]);
      const name = `fonts/${family}-${style}${path.slice(path.lastIndexOf('.'))}`;
      vfs.writeFileSync(name, readFileSync(path));
      entry[style] = name;
    }
    const fallback = FALLBACK_ORDER[family];
    dictionary[family] = fallback ? { ...entry, fallback } : entry;
  }
  return dictionary;
}
