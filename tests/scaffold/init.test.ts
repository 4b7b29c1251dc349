/**
 * `briefpack init` as a newcomer meets it: a project that checks and builds straight away, with
 * briefpack's own schemas and version, and a second init that refuses to overwrite anything.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageName } from '../../src/scaffold/index.js';
import { runCli } from '../helpers/run-cli.js';

const repository = resolve(import.meta.dirname, '../..');

const EXPECTED_FILES = [
  '.gitignore',
  'README.md',
  'assets/brands/brand.schema.json',
  'assets/brands/example/brand.yaml',
  'assets/sources/local-meeting.md',
  'briefs/brief.schema.json',
  'briefs/guide.yaml',
  'briefs/handout.yaml',
  'output/.gitkeep',
  'package.json',
];

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('briefpack init demo', () => {
  let parent: string;
  let project: string;
  let init: ReturnType<typeof runCli>;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'briefpack-init-'));
    project = join(parent, 'demo');
    init = runCli(['init', 'demo'], parent);
  });

  it('writes the project and says what comes next', async () => {
    expect(init.stderr).toContain('created  demo/briefs/guide.yaml');
    expect(init.stderr).toContain('cd demo && npm install && npm run packs');
    expect(init.status).toBe(0);
    expect(await filesIn(project)).toEqual(EXPECTED_FILES);
  });

  it('pins briefpack at the version that made it, with the packs script', async () => {
    const own = JSON.parse(await readFile(join(repository, 'package.json'), 'utf8'));
    const made = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
    expect(made).toMatchObject({ name: 'demo', private: true, scripts: { packs: 'briefpack build' } });
    expect(made.devDependencies).toEqual({ briefpack: own.version });
  });

  it("copies briefpack's own schemas where the $schema comments point", async () => {
    for (const [copy, own, yaml, comment] of [
      ['briefs/brief.schema.json', 'briefs/brief.schema.json', 'briefs/guide.yaml', './brief.schema.json'],
      [
        'assets/brands/brand.schema.json',
        'assets/brands/brand.schema.json',
        'assets/brands/example/brand.yaml',
        '../brand.schema.json',
      ],
    ] as const) {
      expect(await readFile(join(project, copy), 'utf8')).toBe(await readFile(join(repository, own), 'utf8'));
      expect(await readFile(join(project, yaml), 'utf8')).toMatch(
        new RegExp(`^# yaml-language-server: \\$schema=${comment.replaceAll('.', '\\.')}\\n`),
      );
    }
  });

  it('passes check', () => {
    const check = runCli(['check'], project);
    expect(check.stderr).toContain('2 briefs OK');
    expect(check.status).toBe(0);
  });

  it('builds a pack and a summary for both briefs, without warnings', async () => {
    const build = runCli(['build', '--json'], project);
    expect(build.status, build.stderr).toBe(0);
    const report = JSON.parse(build.stdout);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const made = report.outputs.map((o: { brief: string; kind: string }) => `${o.brief} ${o.kind}`).sort();
    expect(made).toEqual([
      'briefs/guide.yaml pack',
      'briefs/guide.yaml summary',
      'briefs/handout.yaml pack',
      'briefs/handout.yaml summary',
    ]);
    for (const name of ['guide.pdf', 'guide-summary.pdf', 'handout.pdf', 'handout-summary.pdf']) {
      const bytes = await readFile(join(project, 'output', name));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('refuses to run twice, lists every file in the way, and changes nothing', async () => {
    await writeFile(join(project, 'README.md'), 'my own notes\n');
    const again = runCli(['init', 'demo'], parent);
    expect(again.status).toBe(1);
    for (const file of EXPECTED_FILES) {
      expect(again.stderr).toContain(`demo/${file}  error  already exists; not overwritten  (BP530)`);
    }
    expect(again.stderr).toContain('--force');
    expect(await readFile(join(project, 'README.md'), 'utf8')).toBe('my own notes\n');
  });

  it('overwrites with --force', async () => {
    const forced = runCli(['init', '--force'], project);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('overwrote  README.md');
    expect(await readFile(join(project, 'README.md'), 'utf8')).toContain('npm run packs');
  });
});

describe('briefpack init into a folder that has other files', () => {
  it('leaves them alone and writes nothing when one file of the project is there', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefpack-init-'));
    await writeFile(join(folder, 'notes.txt'), 'keep\n');
    await writeFile(join(folder, 'package.json'), '{}\n');
    const refused = runCli(['init'], folder);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('package.json  error  already exists; not overwritten  (BP530)');
    expect(await filesIn(folder)).toEqual(['notes.txt', 'package.json']);
    expect(existsSync(join(folder, 'briefs'))).toBe(false);
  });
});

describe('packageName', () => {
  it('makes an npm name of a folder name', () => {
    expect(packageName('Campagne Vrede Nu')).toBe('campagne-vrede-nu');
    expect(packageName('Économie_2025')).toBe('economie_2025');
    expect(packageName('.hidden')).toBe('hidden');
    expect(packageName('Ձայն')).toBe('briefing-packs');
  });
});
