import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSource, resolveSourcePath } from '../../src/source/index.js';
import { diagnosticOfAsync } from './helpers.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const load = (path: string) => loadSource(path, { projectRoot });

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'briefpack-source-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('loadSource', () => {
  it('takes a lone # heading at the top as the title, not a section', async () => {
    const source = await load('tests/fixtures/sources/plain-title.md');
    expect(source.meta).toEqual({ title: 'Onze vraag aan Europa' });
    expect(source.sections.map((s) => [s.id, s.line])).toEqual([
      ['intro', 3],
      ['eerste-punt', 5],
      ['tweede-punt', 9],
    ]);
    expect(source.file).toBe('tests/fixtures/sources/plain-title.md');
    expect(source.path).toBe(resolve(projectRoot, 'tests/fixtures/sources/plain-title.md'));
  });

  it('keeps # headings as sections when there are several, and falls back to the file name', async () => {
    const source = await load('tests/fixtures/sources/two-top-headings.md');
    expect(source.meta.title).toBe('two-top-headings');
    expect(source.sections.map((s) => s.id)).toEqual(['deel-een', 'deel-twee']);
  });

  it('strips a byte order mark and reads CRLF files with true line numbers', async () => {
    const path = tempFile('crlf.md', '\uFEFF---\r\ntitle: T\r\n---\r\n\r\n## Kop\r\n\r\nTekst.\r\n');
    const source = await loadSource(path, { projectRoot });
    expect(source.file).toBe(path);
    expect(source.sections).toEqual([
      { id: 'kop', title: 'Kop', level: 2, line: 5, blocks: [{ markdown: 'Tekst.', line: 7 }], words: 2 },
    ]);
  });

  it('reports a file that is not UTF-8 at the first bad byte', async () => {
    const path = tempFile('latin1.md', new Uint8Array([0x6f, 0x6b, 0x0a, 0x61, 0x62, 0xeb, 0x0a]));
    const error = await diagnosticOfAsync(() => loadSource(path, { projectRoot }));
    expect(error).toMatchObject({ code: 'BP103', line: 2, column: 3 });
  });

  it('reports a missing source and suggests the nearest name', async () => {
    const error = await diagnosticOfAsync(() => load('assets/sources/achtergrond-nagorno-karabak.md'));
    expect(error).toMatchObject({ code: 'BP100', file: 'assets/sources/achtergrond-nagorno-karabak.md' });
    expect(error.message).toContain('assets/sources/achtergrond-nagorno-karabak.md');
    expect(error.hint).toBe('did you mean "achtergrond-nagorno-karabakh"?');
  });

  it('reports front matter errors with the file as the user names it', async () => {
    const error = await diagnosticOfAsync(() => load('tests/fixtures/sources/bad-front-matter.md'));
    expect(error).toMatchObject({
      code: 'BP101',
      file: 'tests/fixtures/sources/bad-front-matter.md',
      line: 3,
      column: 1,
      hint: 'did you mean "organisation"?',
    });
  });
});

describe('resolveSourcePath', () => {
  const briefs = join(projectRoot, 'briefs');

  it('reads a bare name as a source of the project', () => {
    expect(resolveSourcePath('achtergrond-nagorno-karabakh', projectRoot, briefs)).toBe(
      resolve(projectRoot, 'assets/sources/achtergrond-nagorno-karabakh.md'),
    );
  });

  it('reads anything else as a path relative to the given folder', () => {
    expect(resolveSourcePath('../teksten/x.md', projectRoot, briefs)).toBe(
      resolve(projectRoot, 'teksten/x.md'),
    );
    expect(resolveSourcePath('x.md', projectRoot, briefs)).toBe(resolve(briefs, 'x.md'));
  });
});
