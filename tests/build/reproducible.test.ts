/**
 * Same inputs, same bytes: in another folder, in worker threads or in the main thread, at another
 * time. Nothing of the machine (paths, host name, clock) gets into a PDF.
 */
import { readdir, readFile } from 'node:fs/promises';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';
import { NOTES_SOURCE, png, SOURCE } from './helpers.js';

// Each test runs whole builds, which take seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const FILES = {
  'briefs/gedateerd.yaml': `title: Gedateerd\nsource: ${SOURCE}\nsections: [intro]\n`,
  // Neither the brief nor its source has a date: the PDF's date is SOURCE_DATE_EPOCH's, or none.
  'briefs/ongedateerd.yaml': 'title: Ongedateerd\nsource: notities\n',
  'assets/sources/notities.md': NOTES_SOURCE,
};

async function project(): Promise<string> {
  const root = await tempProject(FILES);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(root, 'assets/sources/kaart.png'), await png('#2B7A1F'));
  return root;
}

async function pdfs(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.pdf')).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as const)),
  );
}

function build(root: string, args: string[], env: Record<string, string> = {}): Promise<Map<string, Buffer>> {
  const result = runCli(['build', '--force', ...args], root, env);
  expect(result.status, result.stderr).toBe(0);
  return pdfs(join(root, 'output'));
}

describe('reproducible builds', () => {
  it('give the same bytes in two folders, in workers and in the main thread', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const [first, second] = [await project(), await project()];
    const inWorkers = await build(first, ['--jobs', '2'], env);
    const inMainThread = await build(second, ['--jobs', '1'], env);
    expect([...inWorkers.keys()]).toEqual([
      'gedateerd-summary.pdf',
      'gedateerd.pdf',
      'ongedateerd-summary.pdf',
      'ongedateerd.pdf',
    ]);
    for (const [name, bytes] of inWorkers) expect(inMainThread.get(name)?.equals(bytes), name).toBe(true);
  });

  it('carry no path, host name, user name or clock of the machine', async () => {
    const root = await project();
    const built = await build(root, []);
    const leaks = [root, tmpdir(), hostname(), userInfo().username].filter((text) => text.length >= 5);
    for (const [name, bytes] of built) {
      const text = bytes.toString('latin1');
      for (const leak of leaks) expect(text.includes(leak), `${name} contains ${leak}`).toBe(false);
    }
    // Without a date and without SOURCE_DATE_EPOCH, a PDF has no date at all rather than today's.
    expect(built.get('ongedateerd.pdf')!.toString('latin1')).not.toMatch(/\/CreationDate/);
    const again = await build(root, []);
    for (const [name, bytes] of built) expect(again.get(name)?.equals(bytes), name).toBe(true);
  });

  it('take the date from SOURCE_DATE_EPOCH when the brief and source have none', async () => {
    const root = await project();
    const built = await build(root, ['--only', 'pack'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(built.get('ongedateerd.pdf')!.toString('latin1')).toContain('(D:20231114');
  });
});
