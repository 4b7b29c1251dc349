import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerImport } from '../../src/cli/import-command.js';
import { BriefpackError } from '../../src/errors.js';

const SOURCE = fileURLToPath(
  new URL('../../assets/sources/achtergrond-nagorno-karabakh.txt', import.meta.url),
);
const EXPECTED = new URL('../../assets/sources/achtergrond-nagorno-karabakh.md', import.meta.url);

let folder: string;
let stdout: string;
let stderr: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefpack-import-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<void> {
  const program = new Command('briefpack').exitOverride().configureOutput({
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
  });
  registerImport(program);
  await program.parseAsync(['import', ...args], { from: 'user' });
}

describe('briefpack import', () => {
  it('writes the Markdown to --out and its decisions, with input lines, to stderr', async () => {
    const out = join(folder, 'achtergrond.md');
    const input = SOURCE;
    await run(input, '--lang', 'nl', '--date', '2020-10-18', '--out', out);
    expect(await readFile(out, 'utf8')).toBe(await readFile(EXPECTED, 'utf8'));
    expect(await readdir(folder)).toEqual(['achtergrond.md']);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${input}:16  heading  heading level 2 "Weloverwogen aanval."`);
    expect(stderr).toContain(`${input}:66-67  heading`);
    expect(stderr).toContain(`${input}:5-9  paragraph  paragraph of 5 lines joined`);
    expect(stderr).toMatch(
      /imported .*: 8 headings, 15 paragraphs, 0 lists, 0 tables; 0 lines dropped → .*achtergrond\.md\n$/,
    );
  });

  it('prints the Markdown on stdout without --out, with the title from --title', async () => {
    await run(SOURCE, '--title', 'Achtergrondinformatie over de gevechten in Nagorno-Karabakh');
    expect(stdout).toMatch(
      /^---\ntitle: Achtergrondinformatie over de gevechten in Nagorno-Karabakh\n---\n\nOp de morgen/,
    );
  });

  it('refuses a language or date it cannot write', async () => {
    await expect(run(SOURCE, '--lang', 'Dutch!')).rejects.toThrow(/language tag/);
    await expect(run(SOURCE, '--date', '2020-02-30')).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('refuses to overwrite the text it imports', async () => {
    const input = join(folder, 'notes.txt');
    await writeFile(input, 'Titel\n\nTekst.\n');
    await expect(run(input, '--out', input)).rejects.toMatchObject({ exitCode: 2 });
    expect(await readFile(input, 'utf8')).toBe('Titel\n\nTekst.\n');
  });

  it('reports a missing file and a file that is not UTF-8', async () => {
    const missing = run(join(folder, 'missing.txt'));
    await expect(missing).rejects.toBeInstanceOf(BriefpackError);
    await expect(missing).rejects.toMatchObject({ diagnostics: [{ code: 'BP100' }] });
    const latin1 = join(folder, 'latin1.txt');
    await writeFile(latin1, Buffer.from('Caf\xe9\n', 'latin1'));
    await expect(run(latin1)).rejects.toMatchObject({ diagnostics: [{ code: 'BP103', line: 1, column: 4 }] });
  });
});
