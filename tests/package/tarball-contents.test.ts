/**
 * What `npm pack` would put in the tarball, listed without packing (`--dry-run`): only what an
 * installed briefpack needs, and the patched PDF libraries bundled. Installing the tarball is
 * tarball.test.ts, which is slow and runs on request.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repository = resolve(import.meta.dirname, '../..');

/** Files an installed briefpack reads, besides dist/**.js and .d.ts. */
const NEEDED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'briefs/brief.schema.json',
  'assets/brands/brand.schema.json',
];
const NEEDED_FOLDERS = [/^assets\/brands\/default\/[^/]+$/, /^assets\/scaffold\//];

let own: string[];
let bundled: string[];

beforeAll(() => {
  // --ignore-scripts: list the dist/ that `npm test` has built, without `prepack` emptying it.
  const result = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], {
    cwd: repository,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const [packed] = JSON.parse(result.stdout) as [{ files: { path: string }[]; bundled: string[] }];
  own = packed.files.map((f) => f.path).filter((path) => !path.startsWith('node_modules/'));
  bundled = packed.bundled;
}, 60_000);

describe('the tarball', () => {
  it('holds the compiled code with its types, the default brand, the schemas and the docs', () => {
    expect(own).toEqual(
      expect.arrayContaining([...NEEDED, 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js']),
    );
    expect(own).toContain('assets/brands/default/brand.yaml');
  });

  it('holds nothing else: no sources, tests, patches or build tools', () => {
    const extra = own.filter(
      (path) =>
        !/^dist\/.+\.(js|d\.ts)$/.test(path) &&
        !NEEDED.includes(path) &&
        !NEEDED_FOLDERS.some((folder) => folder.test(path)),
    );
    expect(extra).toEqual([]);
    expect(own.filter((path) => path.startsWith('dist/config/write-schemas'))).toEqual([]);
  });

  it('bundles pdfmake and PDFKit, which carry our patches, since a consumer runs no patch-package', () => {
    expect(bundled).toEqual(expect.arrayContaining(['pdfmake', 'pdfkit']));
  });
});
