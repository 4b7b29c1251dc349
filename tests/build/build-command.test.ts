/**
 * `briefpack build` end to end, as CI runs it: the compiled command in its own process, with worker
 * threads, reporting as JSON and in output/manifest.json.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';
import { brief, readJson, SOURCE, sha256, snapshot } from './helpers.js';

// Each test runs whole builds, which take seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

interface Output {
  brief: string;
  kind: string;
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
  cached: boolean;
  ms: number;
}

interface JsonReport {
  outputs: Output[];
  errors: Array<Record<string, unknown>>;
  warnings: unknown[];
}

/** Builds with `--json`; stdout must be nothing but the report. */
function buildJson(
  root: string,
  ...args: string[]
): { status: number | null; report: JsonReport; stderr: string } {
  const result = runCli(['build', '--json', ...args], root);
  expect(result.stdout, `no JSON on stdout; stderr:\n${result.stderr}`).toMatch(/^\{/);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** Briefs a, b, c… each printing a pack and a summary of one section. */
function briefs(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of 'abcdefgh'.slice(0, count)) {
    files[`briefs/${name}.yaml`] = `title: Brief ${name}\nsource: ${SOURCE}\nsections: [intro]\n`;
  }
  return files;
}

const UNKNOWN_SECTION = `title: Fout\nsource: ${SOURCE}\nsections:\n  - intro\n  - turkije\n`;

describe('a build with a broken brief among good ones', () => {
  it('builds every good output, reports the broken brief with its line, and exits 1', async () => {
    const root = await tempProject({ ...briefs(3), 'briefs/fout.yaml': UNKNOWN_SECTION });
    const { status, report, stderr } = buildJson(root);
    expect(status).toBe(1);
    expect(stderr).toContain('briefs/fout.yaml:5:5  error  ');
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'briefs/fout.yaml', line: 5, column: 5, code: 'BP203' }),
    ]);
    expect(Object.keys(report.errors[0]!).sort()).toEqual([
      'code',
      'column',
      'file',
      'hint',
      'line',
      'message',
    ]);
    const expected = ['a', 'b', 'c'].flatMap((n) => [`output/${n}.pdf`, `output/${n}-summary.pdf`]);
    expect(report.outputs.map((o) => o.path).sort()).toEqual(expected.sort());
    expect(existsSync(join(root, 'output/fout.pdf'))).toBe(false);
  });
});

describe('the report and the manifest', () => {
  it('name every output with the hash of the file on disk', async () => {
    const root = await tempProject(briefs(3));
    const { status, report } = buildJson(root);
    expect(status).toBe(0);
    expect(report.outputs).toHaveLength(6);
    const manifest = await readJson<{ outputs: Array<Omit<Output, 'cached' | 'ms'>> }>(
      join(root, 'output/manifest.json'),
    );
    expect(manifest.outputs).toEqual(report.outputs.map(({ cached: _c, ms: _m, ...entry }) => entry));
    for (const output of manifest.outputs) {
      const bytes = await readFile(join(root, output.path));
      expect(sha256(bytes)).toBe(output.sha256);
      expect(bytes.length).toBe(output.bytes);
    }
  });

  it('keeps the entries of briefs not built this time, and drops those whose file is gone', async () => {
    const root = await tempProject(briefs(2));
    buildJson(root);
    buildJson(root, 'briefs/a.yaml');
    const paths = async () =>
      (await readJson<{ outputs: Output[] }>(join(root, 'output/manifest.json'))).outputs.map((o) => o.path);
    expect(await paths()).toEqual([
      'output/a.pdf',
      'output/a-summary.pdf',
      'output/b.pdf',
      'output/b-summary.pdf',
    ]);
    await rm(join(root, 'output/b.pdf'));
    buildJson(root, 'briefs/a.yaml');
    expect(await paths()).toEqual(['output/a.pdf', 'output/a-summary.pdf', 'output/b-summary.pdf']);
  });
});

describe('a second build with nothing changed', () => {
  it('answers from the cache and writes nothing at all', async () => {
    const root = await tempProject(briefs(3));
    expect(buildJson(root).status).toBe(0);
    const before = await snapshot(join(root, 'output'));
    const { status, report } = buildJson(root);
    expect(status).toBe(0);
    expect(report.outputs).toHaveLength(6);
    expect(report.outputs.every((o) => o.cached)).toBe(true);
    expect(await snapshot(join(root, 'output'))).toEqual(before);
  });
});

describe('--shard', () => {
  it('splits the outputs into parts that do not overlap and together are the whole', async () => {
    const root = await tempProject(briefs(5));
    const part = (shard: string) =>
      buildJson(root, '--shard', shard, '--out', `out-${shard.replace('/', '-')}`)
        .report.outputs.map((o) => `${o.brief} ${o.kind}`)
        .sort();
    const first = part('1/2');
    const second = part('2/2');
    const whole = buildJson(root).report.outputs.map((o) => `${o.brief} ${o.kind}`);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(first.filter((output) => second.includes(output))).toEqual([]);
    expect([...first, ...second].sort()).toEqual(whole.sort());
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['--jobs', '0'],
    ['--jobs', 'many'],
    ['--shard', '3/2'],
    ['--shard', '0/2'],
    ['--shard', 'half'],
    ['--only', 'poster'],
  ])('%s %s', async (flag, value) => {
    const root = await tempProject(briefs(1));
    const result = runCli(['build', flag, value], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(flag);
    expect(existsSync(join(root, 'output'))).toBe(false);
  });
});

describe('two briefs that would write the same file', () => {
  it('refuses the second with BP520 and builds the first', async () => {
    const root = await tempProject({
      'briefs/x.yaml': brief('X'),
      'briefs/x-summary.yaml': brief('X samenvatting'),
    });
    const { status, report } = buildJson(root);
    expect(status).toBe(1);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'briefs/x.yaml', code: 'BP520' })]);
    expect(report.outputs.map((o) => o.path)).toEqual(['output/x-summary.pdf']);
  });
});
