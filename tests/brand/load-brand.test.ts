import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Brand, loadBrand } from '../../src/brand/index.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/project.js';

/** A fresh project folder holding the given files (paths relative to it). */
async function project(files: Record<string, string> = {}): Promise<string> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'briefpack-brand-')));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const briefPlace = { file: 'briefs/x.yaml', line: 3, column: 8 };

async function problems(run: Promise<Brand>): Promise<Diagnostic[]> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BriefpackError);
  return (error as BriefpackError).diagnostics;
}

async function problem(run: Promise<Brand>): Promise<Diagnostic> {
  const [first, ...rest] = await problems(run);
  expect(rest).toEqual([]);
  return first!;
}

const where = (d: Diagnostic) => [d.code, d.file, d.line, d.column];

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';

describe('loadBrand: finding and merging', () => {
  it("uses briefpack's own default brand in a project without assets/brands", async () => {
    const root = await project();
    expect(await loadBrand('default', { projectRoot: root })).toEqual({
      id: 'default',
      name: 'Briefpack',
      file: 'briefpack:assets/brands/default/brand.yaml',
      organisation: 'Briefpack',
      logo: await realpath(join(PACKAGE_ROOT, 'assets/brands/default/logo.svg')),
      colours: {
        primary: '#1F3A5F',
        accent: '#B3261E',
        text: '#1C1C1C',
        muted: '#5B6570',
        rule: '#C5CCD4',
        onPrimary: '#FFFFFF',
      },
      fonts: { body: 'source-serif-4', heading: 'source-sans-3' },
      type: { bodySize: 10.5, lineHeight: 1.4, alignment: 'justify' },
      summary: { maxSize: 11, minSize: 8 },
      contact: ['briefpack.example.org'],
      licence: 'CC BY 4.0',
      language: 'en',
    });
  });

  it('merges a project brand over the default: objects key by key, lists and values replaced', async () => {
    const root = await project({
      'assets/brands/pax/brand.yaml': [
        'name: Pax',
        'colours:',
        '  primary: "#8A1538"',
        'type:',
        '  body-size: 11',
        'contact:',
        '  - pax.example.org',
        '  - info@pax.example.org',
        'language: nl',
      ].join('\n'),
    });
    const brand = await loadBrand('pax', { projectRoot: root });
    expect(brand).toMatchObject({
      id: 'pax',
      name: 'Pax',
      file: 'assets/brands/pax/brand.yaml',
      organisation: 'Briefpack',
      colours: { primary: '#8A1538', accent: '#B3261E', onPrimary: '#FFFFFF' },
      type: { bodySize: 11, lineHeight: 1.4, alignment: 'justify' },
      contact: ['pax.example.org', 'info@pax.example.org'],
      language: 'nl',
    });
    // The inherited logo stays relative to the brand that names it: briefpack's default.
    expect(brand.logo).toBe(await realpath(join(PACKAGE_ROOT, 'assets/brands/default/logo.svg')));
  });

  it('follows extends: through several project brands, and lets a brand drop the logo', async () => {
    const root = await project({
      'assets/brands/base/brand.yaml': 'name: Base\nlicence: CC0\nlogo: false\n',
      'assets/brands/child/brand.yaml': 'extends: base\ncolours:\n  accent: "#00F"\n',
    });
    const brand = await loadBrand('child', { projectRoot: root });
    expect(brand).toMatchObject({ id: 'child', name: 'Base', licence: 'CC0' });
    expect(brand.colours.accent).toBe('#00F');
    expect(brand.logo).toBeUndefined();
  });

  it("lets a project's own default brand extend briefpack's", async () => {
    const root = await project({ 'assets/brands/default/brand.yaml': 'name: Ons huis\n' });
    const brand = await loadBrand('default', { projectRoot: root });
    expect(brand).toMatchObject({
      id: 'default',
      name: 'Ons huis',
      file: 'assets/brands/default/brand.yaml',
    });
    expect(brand.fonts.body).toBe('source-serif-4');
  });

  it("takes briefpack's own repository's default brand as the bundled one, not a cycle", async () => {
    const brand = await loadBrand('default', { projectRoot: PACKAGE_ROOT });
    expect(brand).toMatchObject({
      id: 'default',
      name: 'Briefpack',
      file: 'assets/brands/default/brand.yaml',
    });
  });

  it('resolves a logo relative to the brand file that names it', async () => {
    const root = await project({
      'assets/brands/base/brand.yaml': 'logo: images/base.svg\n',
      'assets/brands/base/images/base.svg': SVG,
      'assets/brands/child/brand.yaml': 'extends: base\nlogo: ../../logos/child.svg\n',
      'assets/logos/child.svg': SVG,
    });
    expect((await loadBrand('base', { projectRoot: root })).logo).toBe(
      join(root, 'assets/brands/base/images/base.svg'),
    );
    expect((await loadBrand('child', { projectRoot: root })).logo).toBe(join(root, 'assets/logos/child.svg'));
  });
});

describe('loadBrand: problems', () => {
  it('refuses a logo path that leaves the project, at the logo value (BP401)', async () => {
    const root = await project({
      'assets/brands/pax/brand.yaml': 'name: Pax\nlogo: ../../../../etc/passwd\n',
    });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP401', 'assets/brands/pax/brand.yaml', 2, 7]);
    expect(error.message).toBe('logo "../../../../etc/passwd" leaves the project folder');
  });

  it('refuses an absolute logo path outside the project (BP401)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': 'logo: /etc/hostname\n' });
    expect(where(await problem(loadBrand('pax', { projectRoot: root })))).toEqual([
      'BP401',
      'assets/brands/pax/brand.yaml',
      1,
      7,
    ]);
  });

  it('refuses a logo that is a symbolic link leading out of the project (BP401)', async () => {
    const outside = await project({ 'secret.svg': SVG });
    const root = await project({ 'assets/brands/pax/brand.yaml': 'name: Pax\nlogo: logo.svg\n' });
    await symlink(join(outside, 'secret.svg'), join(root, 'assets/brands/pax/logo.svg'));
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP401', 'assets/brands/pax/brand.yaml', 2, 7]);
    expect(error.message).toMatch(/symbolic link/);
  });

  it('refuses a brand folder that is a symbolic link out of the project (BP300)', async () => {
    const outside = await project({ 'brand.yaml': 'name: Elders\n' });
    const root = await project();
    await mkdir(join(root, 'assets/brands'), { recursive: true });
    await symlink(outside, join(root, 'assets/brands/elders'));
    const error = await problem(loadBrand('elders', { projectRoot: root, place: briefPlace }));
    expect(where(error)).toEqual(['BP300', 'briefs/x.yaml', 3, 8]);
  });

  it('reports a missing logo at the logo value (BP400)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': 'name: Pax\nlogo: pax.png\n' });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP400', 'assets/brands/pax/brand.yaml', 2, 7]);
    expect(error.message).toBe('logo "pax.png" not found');
    expect(error.hint).toBe('looked for assets/brands/pax/pax.png');
  });

  it('reports a bad colour where it is written, in plain words (BP302)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': 'colours:\n  primary: blue\n' });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP302', 'assets/brands/pax/brand.yaml', 2, 12]);
    expect(error.message).toBe(
      '"primary" must be a colour written #RRGGBB or #RGB, such as "#1F3A5F", not "blue"',
    );
  });

  it('reports an unknown font with the nearest bundled one (BP303)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': 'fonts:\n  heading: source-sans\n' });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP303', 'assets/brands/pax/brand.yaml', 2, 12]);
    expect(error.message).toMatch(
      /^"heading" must be one of the fonts bundled with briefpack: .*, not "source-sans"$/,
    );
    expect(error.hint).toBe('did you mean "source-sans-3"?');
  });

  it('reports every problem of a brand file at once, in file order (BP301)', async () => {
    const root = await project({
      'assets/brands/pax/brand.yaml': 'nmae: Pax\ntype:\n  body-size: 20\n  alignment: justfy\n',
    });
    const diagnostics = await problems(loadBrand('pax', { projectRoot: root }));
    expect(diagnostics.map(where)).toEqual([
      ['BP301', 'assets/brands/pax/brand.yaml', 1, 1],
      ['BP301', 'assets/brands/pax/brand.yaml', 3, 14],
      ['BP301', 'assets/brands/pax/brand.yaml', 4, 14],
    ]);
    expect(diagnostics[0]!.hint).toBe('did you mean "name"?');
    expect(diagnostics[1]!.message).toBe(
      '"body-size" must be a size in points from 9 to 14, such as 10.5, not 20',
    );
    expect(diagnostics[2]!.hint).toBe('did you mean "justify"?');
  });

  it('reports an empty brand file as a brand (BP301)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': '# nothing yet\n' });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP301', 'assets/brands/pax/brand.yaml', 1, 1]);
    expect(error.message).toBe('brand is empty');
    expect(error.hint).toMatch(/^a minimal brand is:\nname: /);
  });

  it('reports an unknown brand at the brief, with the nearest brand (BP300)', async () => {
    const root = await project({ 'assets/brands/vredesbeweging/brand.yaml': 'name: Vrede\n' });
    const error = await problem(loadBrand('vredesbeweeging', { projectRoot: root, place: briefPlace }));
    expect(where(error)).toEqual(['BP300', 'briefs/x.yaml', 3, 8]);
    expect(error.message).toBe('brand "vredesbeweeging" not found');
    expect(error.hint).toBe('did you mean "vredesbeweging"?');
    const far = await problem(loadBrand('zzz', { projectRoot: root, place: briefPlace }));
    expect(far.hint).toMatch(/"default", "vredesbeweging"$/);
  });

  it('reports an unknown parent brand at the extends value (BP300)', async () => {
    const root = await project({ 'assets/brands/pax/brand.yaml': 'name: Pax\nextends: defualt\n' });
    const error = await problem(loadBrand('pax', { projectRoot: root }));
    expect(where(error)).toEqual(['BP300', 'assets/brands/pax/brand.yaml', 2, 10]);
    expect(error.hint).toBe('did you mean "default"?');
  });

  it.each(['../x', 'a/b', 'a\\b', '.hidden', '..'])('refuses %j as a brand name (BP300)', async (name) => {
    const root = await project();
    const error = await problem(loadBrand(name, { projectRoot: root, place: briefPlace }));
    expect(where(error)).toEqual(['BP300', 'briefs/x.yaml', 3, 8]);
    expect(error.message).toBe(`"${name}" is not a brand name`);
  });

  it('reports brands that extend each other in a circle (BP301)', async () => {
    const root = await project({
      'assets/brands/a/brand.yaml': 'extends: b\n',
      'assets/brands/b/brand.yaml': 'name: B\nextends: c\n',
      'assets/brands/c/brand.yaml': 'extends: a\n',
    });
    const error = await problem(loadBrand('a', { projectRoot: root }));
    expect(where(error)).toEqual(['BP301', 'assets/brands/c/brand.yaml', 1, 10]);
    expect(error.message).toBe('brands extend each other in a circle: a → b → c → a');
  });

  it('reports a brand that extends itself (BP301)', async () => {
    const root = await project({ 'assets/brands/a/brand.yaml': 'extends: a\n' });
    expect((await problem(loadBrand('a', { projectRoot: root }))).message).toBe(
      'brands extend each other in a circle: a → a',
    );
  });
});
