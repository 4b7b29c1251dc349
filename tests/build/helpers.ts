/** A small project for build tests, and ways to look at what a build left in its output folder. */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { tempProject } from '../helpers/temp-project.js';

export const SOURCE = 'achtergrond-nagorno-karabakh';

/** A short brief: one section, one kind (so that a build stays quick), in `brand`. */
export function brief(
  title: string,
  options: { brand?: string; source?: string; kind?: string } = {},
): string {
  const kind = options.kind ?? 'pack';
  return [
    `title: ${title}`,
    `source: ${options.source ?? SOURCE}`,
    `brand: ${options.brand ?? 'default'}`,
    'sections: [intro]',
    kind === 'pack' ? 'summary: false' : 'pack: false',
    '',
  ].join('\n');
}

export const CAMPAGNE_BRAND = 'name: Campagne\nlogo: logo.png\ncolours: { primary: "#7A1F2B" }\n';

/** A source of its own with an image beside it, so that image changes can be tested. */
export const NOTES_SOURCE =
  '---\ntitle: Notities\nlanguage: nl\n---\n\nInleiding met een kaart.\n\n![Kaart](kaart.png)\n';

export async function png(colour: string, width = 40): Promise<Buffer> {
  return sharp({ create: { width, height: 30, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/**
 * Two briefs that share nothing but the default brand's ancestry: `a` prints the real source in the
 * default brand; `b` prints a source with an image, in a brand with a logo.
 */
export async function twoBriefProject(): Promise<string> {
  const root = await tempProject({
    'briefs/a.yaml': brief('Alfa'),
    'briefs/b.yaml': brief('Bravo', { brand: 'campagne', source: 'notities' }),
    'assets/brands/campagne/brand.yaml': CAMPAGNE_BRAND,
    'assets/sources/notities.md': NOTES_SOURCE,
  });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(root, 'assets/brands/campagne/logo.png'), await png('#7A1F2B'));
  await writeFile(join(root, 'assets/sources/kaart.png'), await png('#2B7A1F'));
  return root;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under `folder` (hidden ones too) with its size and modification time in nanoseconds. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = await readdir(folder, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of names.sort()) {
    const info = await stat(join(folder, name), { bigint: true });
    if (info.isFile()) files[name] = `${info.size} ${info.mtimeNs}`;
  }
  return files;
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** A whole PDF: its header at the start and its end-of-file marker at the end. */
export function looksComplete(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    /%%EOF\s*$/.test(bytes.subarray(-32).toString('latin1'))
  );
}
