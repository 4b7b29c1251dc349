/**
 * The package as npm publishes it: `npm pack`, installed into an empty project as a stranger would,
 * whose CLI and API must work with nothing from this repository. Slow: 45 s on a quiet machine and
 * 90 s on a busy one (packing and installing 36 MB), so it runs only when asked:
 * `npm run test:package`, or BRIEFPACK_TEST_PACKAGE=1 with vitest.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/read-pdf.js';

const repository = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(await readFile(join(repository, 'package.json'), 'utf8')) as {
  version: string;
};
/** At least these; whatever else `--help` lists must have examples too. */
const COMMANDS = ['build', 'check', 'sections', 'import', 'preview'];

/** The consumer's own source: no date anywhere, so the PDF is made without one (PDFKit's patch). */
const SOURCE =
  '---\ntitle: Notes\nlanguage: en\n---\n\nOpening words.\n\n## First part\n\nOne.\n\n## Second part\n\nTwo.\n';
const BRIEF =
  '# yaml-language-server: $schema=../node_modules/briefpack/briefs/brief.schema.json\ntitle: Notes\nsource: notes\nsummary: false\n';

/** The environment of someone's shell: none of the variables `npm test` sets for its scripts. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1' };
}

function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

interface PackedFile {
  path: string;
}
let packed: { filename: string; size: number; files: PackedFile[]; bundled: string[] };
let consumer: string;

describe.skipIf(!process.env.BRIEFPACK_TEST_PACKAGE)('the published package', () => {
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefpack-tarball-'));
    // --ignore-scripts: pack the dist/ just built (`npm run test:package` builds it), without
    // `prepack` emptying it under the feet of tests that may run beside this one.
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], repository);
    expect(pack.status, pack.stderr).toBe(0);
    [packed] = JSON.parse(pack.stdout);
    consumer = join(folder, 'consumer');
    await mkdir(join(consumer, 'briefs'), { recursive: true });
    await mkdir(join(consumer, 'assets/sources'), { recursive: true });
    await writeFile(
      join(consumer, 'package.json'),
      '{ "name": "consumer", "private": true, "type": "module" }\n',
    );
    await writeFile(join(consumer, 'assets/sources/notes.md'), SOURCE);
    await writeFile(join(consumer, 'briefs/notes.yaml'), BRIEF);
    const tarball = join(folder, packed.filename);
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], consumer);
    expect(install.status, install.stderr).toBe(0);
  }, 240_000);

  describe('the tarball', () => {
    it('installs the patched pdfmake it bundles, since a consumer runs no patch-package', async () => {
      const installed = join(consumer, 'node_modules/briefpack/node_modules');
      expect(await readFile(join(installed, 'pdfmake/js/Renderer.js'), 'utf8')).toContain(
        'pageReferenceFormatter',
      );
    });
  });

  describe('npx briefpack, installed from the tarball', () => {
    it('prints its version', () => {
      const result = run('npx', ['briefpack', '--version'], consumer);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe(version);
    });

    it('lists every command in --help, and each command has examples', () => {
      const help = run('npx', ['briefpack', '--help'], consumer);
      expect(help.status).toBe(0);
      const listed = [...help.stdout.matchAll(/^ {2}([a-z]+) \[/gm)].map((match) => match[1]!);
      expect(listed).toEqual(expect.arrayContaining(COMMANDS));
      for (const command of listed.filter((name) => name !== 'help')) {
        // The installed bin itself: npx adds a second to every call, and was proven just above.
        const own = run(process.execPath, ['node_modules/.bin/briefpack', command, '--help'], consumer);
        expect(own.stdout, command).toContain('Examples:');
      }
    });

    it('builds a brief from a subfolder of the project, with a contents page numbered from 1', async () => {
      const result = run('npx', ['briefpack', 'build', '--json'], join(consumer, 'briefs'));
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).outputs).toMatchObject([{ path: 'output/notes.pdf', pages: 3 }]);
      const pdf = await readPdf(await readFile(join(consumer, 'output/notes.pdf')));
      expect(pdf.pages[1]!.text).toMatch(/First part\s*1/);
      expect(pdf.info.CreationDate).toBeUndefined();
    });
  });

  describe('the API, imported from the installed package', () => {
    it('renders, loads and builds from a script', () => {
      const script = `
      import { renderBrief, loadSource, buildBriefs } from 'briefpack';
      const rendered = await renderBrief('briefs/notes.yaml');
      const source = await loadSource('notes');
      const built = await buildBriefs({ outDir: 'api-output' });
      console.log(JSON.stringify({
        head: Buffer.from(rendered.pack.bytes.subarray(0, 5)).toString('latin1'),
        pages: rendered.pack.pages,
        sections: source.sections.map((s) => s.id),
        built: built.outputs.map((o) => o.path),
      }));`;
      const result = run(process.execPath, ['--input-type=module', '-e', script], consumer);
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        head: '%PDF-',
        pages: 3,
        sections: ['intro', 'first-part', 'second-part'],
        built: ['api-output/notes.pdf'],
      });
    });

    it('type-checks under strict settings, without @types/node or skipLibCheck', async () => {
      await writeFile(
        join(consumer, 'use.ts'),
        `import { type BuildReport, type RenderedBrief, type Source, BriefpackError, renderBrief, loadSource } from 'briefpack';
const rendered: RenderedBrief = await renderBrief('briefs/notes.yaml', { only: 'pack' });
const bytes: Uint8Array | undefined = rendered.pack?.bytes;
const source: Source = await loadSource('notes');
const ids: string[] = source.sections.map((section) => section.id);
const report: BuildReport | undefined = undefined;
const isOurs = (error: unknown): boolean => error instanceof BriefpackError && error.diagnostics.length > 0;
export { bytes, ids, report, isOurs };
`,
      );
      const options = {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        types: [],
        skipLibCheck: false,
      };
      await writeFile(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: options, files: ['use.ts'] }),
      );
      const tsc = join(repository, 'node_modules/typescript/bin/tsc');
      const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  });
});
