/**
 * What `briefpack init` writes: the templates in briefpack's `assets/scaffold/` (a small project as
 * it will look), the JSON schemas the briefs' and brand's `$schema` comments point to, copied from
 * briefpack itself so they match the version that checks them, a package.json and `output/.gitkeep`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from '../project.js';
import { packageName, projectPackageJson } from './package-json.js';

export const SCAFFOLD_FOLDER = join(PACKAGE_ROOT, 'assets/scaffold');

/** A file of the new project: its path inside the project, with forward slashes, and its bytes. */
export interface ScaffoldFile {
  path: string;
  bytes: Buffer;
}

/**
 * Templates whose real name npm would not publish: npm leaves every `.gitignore` out of a package,
 * so the template is stored without its dot.
 */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

const SCHEMAS: Record<string, string> = {
  'briefs/brief.schema.json': 'briefs/brief.schema.json',
  'assets/brands/brand.schema.json': 'assets/brands/brand.schema.json',
};

async function templateFiles(): Promise<ScaffoldFile[]> {
  const entries = await readdir(SCAFFOLD_FOLDER, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(SCAFFOLD_FOLDER, absolute).split(sep).join('/');
      return { path: RENAMED[path] ?? path, bytes: await readFile(absolute) };
    }),
  );
}

async function schemaFiles(): Promise<ScaffoldFile[]> {
  return Promise.all(
    Object.entries(SCHEMAS).map(async ([path, own]) => ({
      path,
      bytes: await readFile(join(PACKAGE_ROOT, own)),
    })),
  );
}

async function briefpackVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Every file of a new project in `directory` (absolute), sorted by path. */
export async function scaffoldFiles(directory: string): Promise<ScaffoldFile[]> {
  const packageJson = projectPackageJson(packageName(basename(directory)), await briefpackVersion());
  const files = [
    ...(await templateFiles()),
    ...(await schemaFiles()),
    { path: 'package.json', bytes: Buffer.from(packageJson, 'utf8') },
    { path: 'output/.gitkeep', bytes: Buffer.alloc(0) },
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
