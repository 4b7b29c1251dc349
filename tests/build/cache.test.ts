/**
 * The build cache: for each kind of change, exactly the outputs that depend on it are rendered
 * again. Builds run in this process through the compiled code (`npm test` compiles it first), in
 * the main thread (`jobs: 1`), so that a dozen rebuilds stay quick.
 */
import { readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BuildOptions, type BuildReport, buildBriefs } from '../../dist/build/build-briefs.js';
import { brief, png, twoBriefProject } from './helpers.js';

// Each test runs whole builds, which take seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let root: string;

async function build(options: Partial<BuildOptions> = {}): Promise<BuildReport> {
  const report = await buildBriefs({
    projectRoot: root,
    outDir: join(root, 'output'),
    briefs: [],
    jobs: 1,
    ...options,
  });
  expect(report.errors).toEqual([]);
  return report;
}

/** The outputs a build rendered anew (the others it answered from the cache). */
const rendered = (report: BuildReport) =>
  report.outputs
    .filter((o) => !o.cached)
    .map((o) => o.path)
    .sort();

const shaOf = (report: BuildReport, path: string) => report.outputs.find((o) => o.path === path)?.sha256;

beforeEach(async () => {
  root = await twoBriefProject();
  expect(rendered(await build())).toEqual(['output/a.pdf', 'output/b.pdf']);
});

afterEach(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('a rebuild renders nothing', () => {
  it('when nothing changed', async () => {
    const report = await build();
    expect(rendered(report)).toEqual([]);
    expect(report.outputs.every((o) => o.cached)).toBe(true);
  });

  it('when files were saved again with the same content (content, not times, decides)', async () => {
    const source = join(root, 'assets/sources/notities.md');
    await writeFile(source, await readFile(source));
    await utimes(join(root, 'briefs/a.yaml'), new Date(), new Date());
    expect(rendered(await build())).toEqual([]);
  });
});

describe('a rebuild renders exactly what a change affects', () => {
  const edits: Array<[string, string, () => Promise<unknown>, string[]]> = [
    [
      'the brief',
      'a',
      () => writeFile(join(root, 'briefs/a.yaml'), `${brief('Alfa')}# noted\n`),
      ['output/a.pdf'],
    ],
    [
      'the source',
      'b',
      () =>
        writeFile(
          join(root, 'assets/sources/notities.md'),
          '---\ntitle: N\n---\n\nAnders.\n\n![K](kaart.png)\n',
        ),
      ['output/b.pdf'],
    ],
    [
      'an image the source shows',
      'b',
      async () => writeFile(join(root, 'assets/sources/kaart.png'), await png('#FF8800', 60)),
      ['output/b.pdf'],
    ],
    [
      'the brand',
      'b',
      () => writeFile(join(root, 'assets/brands/campagne/brand.yaml'), 'name: Campagne\nlogo: logo.png\n'),
      ['output/b.pdf'],
    ],
    [
      'the logo',
      'b',
      async () => writeFile(join(root, 'assets/brands/campagne/logo.png'), await png('#000000', 80)),
      ['output/b.pdf'],
    ],
    [
      'a new project default brand, which every brand extends',
      'both',
      async () => {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(join(root, 'assets/brands/default'), { recursive: true });
        await writeFile(join(root, 'assets/brands/default/brand.yaml'), 'name: Eigen merk\n');
      },
      ['output/a.pdf', 'output/b.pdf'],
    ],
  ];

  it.each(edits)('a change to %s renders %s', async (_what, _which, edit, expected) => {
    await edit();
    expect(rendered(await build())).toEqual(expected);
    expect(rendered(await build())).toEqual([]);
  });

  it('a change the PDF shows gives new bytes (the dependency is real)', async () => {
    const before = await build();
    await writeFile(join(root, 'assets/brands/campagne/logo.png'), await png('#000000', 80));
    const after = await build();
    expect(shaOf(after, 'output/b.pdf')).not.toBe(shaOf(before, 'output/b.pdf'));
    expect(shaOf(after, 'output/a.pdf')).toBe(shaOf(before, 'output/a.pdf'));
  });
});

describe('flags and settings', () => {
  it.each([
    ['--grayscale', { grayscale: true }],
    ['--draft', { draft: true }],
  ])('%s renders every output again, once', async (_flag, flags) => {
    expect(rendered(await build(flags))).toEqual(['output/a.pdf', 'output/b.pdf']);
    expect(rendered(await build(flags))).toEqual([]);
    expect(rendered(await build())).toEqual(['output/a.pdf', 'output/b.pdf']);
  });

  it('--force renders everything, and --jobs or --json change nothing', async () => {
    expect(rendered(await build({ force: true }))).toEqual(['output/a.pdf', 'output/b.pdf']);
    expect(rendered(await build({ jobs: 3 }))).toEqual([]);
  });

  it('SOURCE_DATE_EPOCH renders again (it dates briefs without a date)', async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    expect(rendered(await build())).toEqual(['output/a.pdf', 'output/b.pdf']);
    expect(rendered(await build())).toEqual([]);
  });

  it('--only builds one kind; the other kind comes later without rendering the first again', async () => {
    await writeFile(join(root, 'briefs/c.yaml'), 'title: Charlie\nsource: notities\nsections: [intro]\n');
    expect(rendered(await build({ only: 'pack' }))).toEqual(['output/c.pdf']);
    expect(rendered(await build())).toEqual(['output/c-summary.pdf']);
  });
});

describe('the PDF on disk', () => {
  it('is rendered again when it was damaged or deleted', async () => {
    await truncate(join(root, 'output/a.pdf'), 100);
    await rm(join(root, 'output/b.pdf'));
    expect(rendered(await build())).toEqual(['output/a.pdf', 'output/b.pdf']);
  });
});
