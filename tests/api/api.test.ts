/** The API as a script meets it: `import { … } from 'briefpack'`, nothing else. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as briefpack from '../../src/index.js';
import { BriefpackError, buildBriefs, loadSource, renderBrief } from '../../src/index.js';
import { readPdf } from '../helpers/read-pdf.js';
import { tempProject } from '../helpers/temp-project.js';

const repository = resolve(import.meta.dirname, '../..');
const SHORT = 'title: Kort\nsource: achtergrond-nagorno-karabakh\nsections: [intro]\nsummary: false\n';
const WRONG = 'title: Fout\nsource: achtergrond-nagorno-karabakh\nsections:\n  - intro\n  - turkije\n';

describe('the public API', () => {
  it('exports what the README documents, and no more', () => {
    expect(Object.keys(briefpack).sort()).toEqual([
      'BriefpackError',
      'ERROR_CODES',
      'buildBriefs',
      'findProjectRoot',
      'formatDiagnostic',
      'loadSource',
      'renderBrief',
      'writePreviews',
    ]);
  });
});

describe('renderBrief', () => {
  it('returns the PDF in memory and writes no file', async () => {
    const root = await tempProject({ 'briefs/kort.yaml': SHORT });
    const result = await renderBrief(join(root, 'briefs/kort.yaml'));
    expect(result.name).toBe('kort');
    expect(result.summary).toBeUndefined();
    expect(Buffer.from(result.pack!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect((await readPdf(result.pack!.bytes)).pages).toHaveLength(result.pack!.pages);
    expect(result.warnings).toEqual([]);
    expect(existsSync(join(root, 'output'))).toBe(false);
  });

  it('finds the project from the brief, wherever the script runs', async () => {
    // The test runs in the repository; the brief's project is elsewhere and has no brand folder.
    const root = await tempProject({ 'briefs/kort.yaml': SHORT });
    const result = await renderBrief(join(root, 'briefs/kort.yaml'), { only: 'pack' });
    expect(result.pack!.pages).toBeGreaterThan(0);
  });

  it('gives the same bytes as build, and the same bytes twice', async () => {
    const root = await tempProject({ 'briefs/kort.yaml': SHORT });
    const first = await renderBrief(join(root, 'briefs/kort.yaml'));
    const second = await renderBrief(join(root, 'briefs/kort.yaml'));
    expect(Buffer.from(first.pack!.bytes).equals(Buffer.from(second.pack!.bytes))).toBe(true);
    const report = await buildBriefs({ projectRoot: root });
    expect(report.errors).toEqual([]);
    const built = await readFile(join(root, 'output/kort.pdf'));
    expect(built.equals(Buffer.from(first.pack!.bytes))).toBe(true);
  });

  it('throws a BriefpackError that says where the brief is wrong', async () => {
    const root = await tempProject({ 'briefs/fout.yaml': WRONG });
    const error = await renderBrief(join(root, 'briefs/fout.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefpackError);
    expect((error as BriefpackError).diagnostics[0]).toMatchObject({
      code: 'BP203',
      file: 'briefs/fout.yaml',
      line: 5,
      column: 5,
    });
  });
});

describe('buildBriefs', () => {
  it('writes the PDFs and reports failures without throwing', async () => {
    const root = await tempProject({ 'briefs/kort.yaml': SHORT, 'briefs/fout.yaml': WRONG });
    const report = await buildBriefs({ projectRoot: root, outDir: 'pdf' });
    expect(report.outputs).toMatchObject([{ brief: 'briefs/kort.yaml', kind: 'pack', path: 'pdf/kort.pdf' }]);
    expect(report.errors).toMatchObject([{ code: 'BP203', file: 'briefs/fout.yaml' }]);
    expect(existsSync(join(root, 'pdf/kort.pdf'))).toBe(true);
  });

  it('builds only the briefs named', async () => {
    const root = await tempProject({ 'briefs/kort.yaml': SHORT, 'briefs/fout.yaml': WRONG });
    const report = await buildBriefs({ projectRoot: root, briefs: [join(root, 'briefs/kort.yaml')] });
    expect(report.errors).toEqual([]);
    expect(report.outputs.map((o) => o.path)).toEqual(['output/kort.pdf']);
  });
});

describe('loadSource', () => {
  it('reads a source of the project by name', async () => {
    const source = await loadSource('achtergrond-nagorno-karabakh', { projectRoot: repository });
    expect(source.meta).toMatchObject({ language: 'nl', date: '2020-10-18' });
    expect(source.sections[0]).toMatchObject({ id: 'intro', level: 0 });
    expect(source.sections.map((s) => s.id)).toContain('weloverwogen-aanval');
  });

  it('reads a Markdown file by path', async () => {
    const root = await tempProject({ 'notes/kort.md': '# Titel\n\nInleiding.\n\n## Een {#een}\n\nTekst.\n' });
    const source = await loadSource(join(root, 'notes/kort.md'), { projectRoot: root });
    expect(source.file).toBe('notes/kort.md');
    expect(source.sections.map((s) => s.id)).toEqual(['intro', 'een']);
  });

  it('names a missing source and suggests the nearest one', async () => {
    const error = await loadSource('achtergrond', { projectRoot: repository }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefpackError);
    expect((error as BriefpackError).diagnostics[0]).toMatchObject({ code: 'BP100' });
  });
});
