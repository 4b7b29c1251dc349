/**
 * What a PDF depends on besides the project's files: briefpack's own code, the versions of the
 * packages it renders with (pdfmake, PDFKit's fonts, sharp…), its patches to them, and Node's zlib
 * (PDF streams are deflated). A change to any of them invalidates every cached output.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../project.js';
import { sha256 } from './hash-files.js';

/**
 * dist/ when running compiled, src/ under the test runner. From PACKAGE_ROOT, not from this file:
 * in the bundle (dist/briefpack.js) this code lives one folder higher.
 */
const CODE_ROOT = join(PACKAGE_ROOT, import.meta.url.endsWith('.ts') ? 'src' : 'dist');
const CODE_FILE = /\.(js|ts|mjs|cjs|json)$/;

let fingerprint: Promise<string> | undefined;

/** Computed once per process: a few milliseconds, mostly reading briefpack's own code. */
export function toolchainFingerprint(): Promise<string> {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

async function computeFingerprint(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const parts = {
    briefpack: manifest.version,
    code: await hashFolder(CODE_ROOT, (name) => CODE_FILE.test(name) && !name.endsWith('.d.ts')),
    patches: await hashFolder(join(PACKAGE_ROOT, 'patches'), () => true),
    fonts: await listFolder(join(PACKAGE_ROOT, 'assets/fonts')),
    packages: await packageVersions(Object.keys(manifest.dependencies ?? {})),
    zlib: process.versions.zlib,
  };
  return sha256(JSON.stringify(parts));
}

/** One hash over the names and contents of the folder's files (recursively); '' when it is absent. */
async function hashFolder(folder: string, include: (name: string) => boolean): Promise<string> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  const files = names.filter(include).sort();
  const hashes = await Promise.all(
    files.map(async (name) => `${name} ${sha256(await readFile(join(folder, name)).catch(() => ''))}`),
  );
  return hashes.length > 0 ? sha256(hashes.join('\n')) : '';
}

/** Font files are large: their names and sizes stand for them (they come from versioned packages). */
async function listFolder(folder: string): Promise<string> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  const sizes = await Promise.all(
    names.sort().map(async (name) => `${name} ${(await stat(join(folder, name))).size}`),
  );
  return sizes.join('\n');
}

/**
 * Each dependency's installed version, found as Node would: in node_modules from briefpack upwards.
 * PDFKit, which writes the PDF's bytes, comes through pdfmake, so it is looked for from there.
 */
async function packageVersions(names: string[]): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  const pdfmake = findPackageJson('pdfmake', PACKAGE_ROOT);
  const wanted = names.sort().map((name) => [name, PACKAGE_ROOT] as const);
  if (pdfmake) wanted.push(['pdfkit', dirname(pdfmake)]);
  for (const [name, from] of wanted) {
    const file = findPackageJson(name, from);
    versions[name] = file
      ? ((JSON.parse(await readFile(file, 'utf8')) as { version?: string }).version ?? '?')
      : 'missing';
  }
  return versions;
}

function findPackageJson(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}
