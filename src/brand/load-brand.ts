/**
 * Find a brand by name, follow its `extends:` chain, merge the chain into one brand, and resolve its
 * logo, all once, so that layout gets a complete, trusted `Brand`.
 *
 * A brand is the folder `assets/brands/NAME` of the project, holding `brand.yaml`. Every brand extends
 * another one (`default` unless it says otherwise); the chain ends at briefpack's own default brand,
 * which a project without `assets/brands` uses as it is, and which a project's own `default` extends.
 * Objects merge key by key; lists and single values of the child replace the parent's.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ConfigKind, DataPath, PositionedYaml } from '../config/read-yaml.js';
import { validateYaml } from '../config/validate-yaml.js';
import { didYouMean, type ErrorCode, fail, type Place } from '../errors.js';
import { displayPath, isInside, PACKAGE_ROOT } from '../project.js';
import { mergeBrandData, toBrand } from './merge-brand.js';
import { type BrandData, brandSchema, MINIMAL_BRAND } from './schema.js';
import type { Brand } from './types.js';

const BRANDS_FOLDER = 'assets/brands';
const DEFAULT_BRAND = 'default';
const BUNDLED_DEFAULT = join(PACKAGE_ROOT, BRANDS_FOLDER, DEFAULT_BRAND, 'brand.yaml');

const BRAND_FILE: ConfigKind = {
  kind: 'brand',
  minimal: MINIMAL_BRAND,
  codes: { syntax: 'BP301', unknownKey: 'BP301', invalid: codeOfValue },
};

function codeOfValue(path: DataPath): ErrorCode {
  if (path.length === 2 && path[0] === 'colours') return 'BP302';
  if (path.length === 2 && path[0] === 'fonts') return 'BP303';
  return 'BP301';
}

/** Where a brand's file is, and the folder its files must stay in. */
interface BrandLocation {
  id: string;
  /** brand.yaml, as found under the project or briefpack's folder. */
  path: string;
  /** The same file with links resolved: the brand's identity, for finding cycles. */
  realPath: string;
  /** The project folder, or briefpack's own for the bundled default brand. */
  confinedTo: string;
  bundled: boolean;
}

interface BrandLayer extends BrandLocation {
  /** For messages. */
  file: string;
  data: BrandData;
  yaml: PositionedYaml;
}

/**
 * @param name the brand's folder name in `assets/brands`, as a brief's `brand:` names it.
 * @param options.place where the name is written (the brief's `brand:` value), for errors about it.
 */
export async function loadBrand(
  name: string,
  options: { projectRoot: string; place?: Place },
): Promise<Brand> {
  const projectRoot = resolve(options.projectRoot);
  const place = options.place ?? { file: BRANDS_FOLDER };
  const chain = await readChain(name, projectRoot, place);
  const merged = chain.reduceRight<BrandData>((parent, layer) => mergeBrandData(parent, layer.data), {});
  return toBrand(chain[0]!, merged, await resolveLogo(chain));
}

/**
 * Every brand.yaml that decides brand `name`: its chain, child first, and where the project's own
 * `default` would be, present or not (creating one changes every brand that extends default). A
 * build's cache hashes these files to know when a brand changed without loading it.
 */
export async function brandFiles(name: string, options: { projectRoot: string }): Promise<string[]> {
  const projectRoot = resolve(options.projectRoot);
  const chain = await readChain(name, projectRoot, { file: BRANDS_FOLDER });
  const projectDefault = join(projectRoot, BRANDS_FOLDER, DEFAULT_BRAND, 'brand.yaml');
  return [...new Set([...chain.map((layer) => layer.path), projectDefault])];
}

/** The brand and every brand it extends, child first. */
async function readChain(name: string, projectRoot: string, place: Place): Promise<BrandLayer[]> {
  const chain = [await readBrand(await locateBrand(name, projectRoot, place), projectRoot)];
  for (;;) {
    const child = chain.at(-1)!;
    const parentName = child.data.extends ?? (child.bundled ? undefined : DEFAULT_BRAND);
    if (parentName === undefined) return chain;
    const at = child.data.extends !== undefined ? child.yaml.placeOf(['extends']) : { file: child.file };
    const parent = await locateBrand(parentName, projectRoot, at, child);
    if (chain.some((layer) => layer.realPath === parent.realPath)) {
      const circle = [...chain.map((layer) => layer.id), parent.id].join(' → ');
      fail(
        'BP301',
        at,
        `brands extend each other in a circle: ${circle}`,
        `let one of them extend "${DEFAULT_BRAND}" (or leave out its "extends:")`,
      );
    }
    chain.push(await readBrand(parent, projectRoot));
  }
}

/**
 * The project's brand of that name; for `default` without one, briefpack's own. A project's own
 * `default` extends briefpack's, not itself.
 */
async function locateBrand(
  name: string,
  projectRoot: string,
  place: Place,
  child?: BrandLocation,
): Promise<BrandLocation> {
  checkBrandName(name, place);
  const bundled = await bundledDefault();
  const extendsBundled = name === DEFAULT_BRAND && child?.id === DEFAULT_BRAND && !child.bundled;
  const folder = join(projectRoot, BRANDS_FOLDER, name);
  const path = join(folder, 'brand.yaml');
  if (!extendsBundled && (await isFile(path))) {
    const realPath = await realpath(path);
    // Inside briefpack's own repository the project's default brand is the bundled one.
    if (realPath === bundled.realPath) return bundled;
    if (!isInside(realPath, await realpath(projectRoot))) {
      fail(
        'BP300',
        place,
        `brand "${name}" lies outside the project folder`,
        `${folder} links to ${realPath}`,
      );
    }
    return { id: name, path, realPath, confinedTo: projectRoot, bundled: false };
  }
  if (name === DEFAULT_BRAND) return bundled;
  if (await isFolder(folder)) {
    fail('BP300', place, `brand "${name}" has no brand.yaml`, `add ${displayPath(path, projectRoot)}`);
  }
  const known = await brandNames(projectRoot);
  fail(
    'BP300',
    place,
    `brand "${name}" not found`,
    didYouMean(name, known) ??
      `brands are folders in ${BRANDS_FOLDER} with a brand.yaml; here there are ${known.map((n) => `"${n}"`).join(', ')}`,
  );
}

async function bundledDefault(): Promise<BrandLocation> {
  return {
    id: DEFAULT_BRAND,
    path: BUNDLED_DEFAULT,
    realPath: await realpath(BUNDLED_DEFAULT),
    confinedTo: PACKAGE_ROOT,
    bundled: true,
  };
}

/** A brand name is one folder name: nothing that could lead elsewhere or to a hidden folder. */
function checkBrandName(name: string, place: Place): void {
  if (name === '' || /[/\\]/.test(name) || name.includes('..') || name.startsWith('.')) {
    fail(
      'BP300',
      place,
      `"${name}" is not a brand name`,
      `a brand is named by its folder in ${BRANDS_FOLDER}, such as "${DEFAULT_BRAND}"; no "/", "\\" or ".."`,
    );
  }
}

/** The project's brand folders, and `default`, which always exists. */
async function brandNames(projectRoot: string): Promise<string[]> {
  const entries = await readdir(join(projectRoot, BRANDS_FOLDER), { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
  return [...new Set([...folders, DEFAULT_BRAND])].sort();
}

async function readBrand(location: BrandLocation, projectRoot: string): Promise<BrandLayer> {
  const file = brandFileName(location, projectRoot);
  const text = await readFile(location.path, 'utf8').catch((error: Error) =>
    fail('BP301', { file }, `brand file cannot be read: ${error.message}`),
  );
  const { data, yaml } = validateYaml(text, file, brandSchema, BRAND_FILE);
  return { ...location, file, data, yaml };
}

/** `assets/brands/x/brand.yaml`; briefpack's own default brand as `briefpack:assets/brands/default/brand.yaml`. */
function brandFileName(location: BrandLocation, projectRoot: string): string {
  if (location.bundled && !isInside(location.path, projectRoot)) {
    return `briefpack:${displayPath(location.path, PACKAGE_ROOT)}`;
  }
  return displayPath(location.path, projectRoot);
}

/**
 * The logo named nearest to the child, relative to the brand.yaml that names it, as an absolute path
 * with links resolved; it must stay in that brand's folder of confinement (the project, or briefpack's
 * own folder for the bundled brand).
 */
async function resolveLogo(chain: BrandLayer[]): Promise<string | undefined> {
  const layer = chain.find((l) => l.data.logo !== undefined);
  const logo = layer?.data.logo;
  if (!layer || logo === undefined || logo === false) return undefined;
  const place = layer.yaml.placeOf(['logo']);
  const folderName = layer.bundled ? "briefpack's folder" : 'the project folder';
  const keepInside = `keep the logo inside ${folderName}, for example next to brand.yaml`;
  const path = resolve(dirname(layer.path), logo);
  if (!isInside(path, layer.confinedTo))
    fail('BP401', place, `logo "${logo}" leaves ${folderName}`, keepInside);
  const real = await realpath(path).catch(() =>
    fail('BP400', place, `logo "${logo}" not found`, `looked for ${displayPath(path, layer.confinedTo)}`),
  );
  if (!isInside(real, await realpath(layer.confinedTo))) {
    fail('BP401', place, `logo "${logo}" leads out of ${folderName} through a symbolic link`, keepInside);
  }
  if (!(await isFile(real))) fail('BP400', place, `logo "${logo}" is not a file`);
  return real;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
