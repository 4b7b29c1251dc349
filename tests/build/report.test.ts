/** The build's report as a user and a pipeline read it: DESIGN.md's JSON fields, one plain line per output. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuildReport } from '../../src/build/build-briefs.js';
import { buildJson, outputLine, startProgress, summaryLine } from '../../src/cli/report.js';
import { diagnostic } from '../../src/errors.js';

const output = {
  brief: 'briefs/kort.yaml',
  kind: 'pack' as const,
  path: 'output/kort.pdf',
  pages: 2,
  bytes: 25_649,
  sha256: 'ab'.repeat(32),
  cached: false,
  ms: 721,
};

const report: BuildReport = {
  outputs: [
    output,
    { ...output, kind: 'summary', path: 'output/kort-summary.pdf', pages: 1, cached: true, ms: 0 },
  ],
  errors: [
    diagnostic(
      'BP203',
      { file: 'briefs/fout.yaml', line: 5, column: 5 },
      'section "x" not found',
      'did you mean "y"?',
    ),
  ],
  warnings: [
    diagnostic('BP406', { file: 'briefs/kort.yaml', line: 3 }, 'raw HTML dropped', undefined, 'warning'),
  ],
  failed: ['briefs/fout.yaml'],
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('build --json', () => {
  it("has DESIGN.md's fields for outputs and errors, and warnings beside them", () => {
    const json = buildJson(report);
    expect(Object.keys(json)).toEqual(['outputs', 'errors', 'warnings']);
    expect(Object.keys(json.outputs[0]!)).toEqual([
      'brief',
      'kind',
      'path',
      'pages',
      'bytes',
      'sha256',
      'cached',
      'ms',
    ]);
    expect(json.errors).toEqual([
      {
        file: 'briefs/fout.yaml',
        line: 5,
        column: 5,
        code: 'BP203',
        message: 'section "x" not found',
        hint: 'did you mean "y"?',
      },
    ]);
    expect(json.warnings[0]).not.toHaveProperty('hint');
  });
});

describe('human lines', () => {
  it('name path, pages, size and time, or "cached"', () => {
    expect(outputLine(output)).toBe('output/kort.pdf  2 pages  25 kB  721 ms');
    expect(outputLine(report.outputs[1]!)).toBe('output/kort-summary.pdf  1 page  25 kB  cached');
    expect(summaryLine(report, 1430)).toBe('2 outputs (1 cached), 1 error, in 1.4 s');
  });

  it('have no colours and no progress bar when stderr is no terminal', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const progress = startProgress(true);
    progress.planned(2);
    progress.output(output);
    progress.end();
    expect(write.mock.calls.map(([text]) => text)).toEqual(['output/kort.pdf  2 pages  25 kB  721 ms\n']);
    write.mockRestore();
  });

  it('have colours and a bar on a terminal, and no colours with NO_COLOR', () => {
    const tty = process.stderr.isTTY;
    process.stderr.isTTY = true;
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      vi.stubEnv('NO_COLOR', '');
      const progress = startProgress(true);
      progress.planned(2);
      progress.output(output);
      const written = write.mock.calls.map(([text]) => String(text)).join('');
      expect(written).toContain('\u001b[1moutput/kort.pdf\u001b[0m');
      expect(written).toMatch(/\[#{12}\.{12}\] 1\/2/);
      vi.stubEnv('NO_COLOR', '1');
      expect(outputLine(output)).toBe('output/kort.pdf  2 pages  25 kB  721 ms');
    } finally {
      write.mockRestore();
      process.stderr.isTTY = tty;
    }
  });
});
