/**
 * Fonts bundled from npm: full TrueType families with Latin Extended, one file per style, because
 * pdfmake needs exactly that (split web-font subsets would lose characters in body text). They are
 * never read from the machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

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

export type FontDictionary = Record<string, FamilyFiles>;

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
  for (const [family, files] of Object.entries(FONT_FAMILIES)) {
    const entry = {} as FamilyFiles;
    for (const style of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      const name = `fonts/${family}-${style}.ttf`;
      vfs.writeFileSync(name, readFileSync(require.resolve(files[style])));
      entry[style] = name;
    }
    dictionary[family] = entry;
  }
  return dictionary;
}
