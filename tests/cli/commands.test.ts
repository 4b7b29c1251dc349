/** The command line as a user meets it: help, exit codes, messages with places, JSON on stdout. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';

const repository = resolve(import.meta.dirname, '../..');

const GOOD = 'title: Goed\nsource: achtergrond-nagorno-karabakh\nsections: [intro]\n';
const UNKNOWN_SECTION =
  'title: Fout\nsource: achtergrond-nagorno-karabakh\nsections:\n  - intro\n  - turkije\n';

describe('help and usage', () => {
  it.each(['build', 'check', 'sections'])(
    'briefpack %s --help describes the command with examples',
    (command) => {
      const result = runCli([command, '--help'], repository);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: briefpack ${command}`);
      expect(result.stdout).toContain('Examples:');
    },
  );

  it('exits 2 on an unknown command or flag', () => {
    expect(runCli(['bild'], repository).status).toBe(2);
    expect(runCli(['build', '--colour'], repository).status).toBe(2);
  });
});

describe('briefpack check', () => {
  it('names file, line and column of an unknown section and suggests the right id', async () => {
    const root = await tempProject({ 'briefs/fout.yaml': UNKNOWN_SECTION, 'briefs/goed.yaml': GOOD });
    const result = runCli(['check'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('briefs/fout.yaml:5:5  error  ');
    expect(result.stderr).toContain('(BP203)');
    expect(result.stderr).toContain('did you mean "turkije-neemt-actief-deel-aan-deze-oorlog"?');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('passes on the example briefs', () => {
    const result = runCli(['check'], repository);
    expect(result.stderr).toContain('3 briefs OK');
    expect(result.status).toBe(0);
  });
});

describe('briefpack build', () => {
  it('builds the good briefs, reports the broken one, and exits 1', async () => {
    const root = await tempProject({ 'briefs/fout.yaml': UNKNOWN_SECTION, 'briefs/goed.yaml': GOOD });
    const result = runCli(['build', '--json'], root);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.outputs.map((o: { path: string }) => o.path).sort()).toEqual([
      'output/goed-summary.pdf',
      'output/goed.pdf',
    ]);
    expect(report.errors[0]).toMatchObject({ file: 'briefs/fout.yaml', line: 5, column: 5, code: 'BP203' });
    expect(existsSync(join(root, 'output/goed.pdf'))).toBe(true);
    expect(existsSync(join(root, 'output/fout.pdf'))).toBe(false);
  });
});

describe('briefpack sections', () => {
  it('lists ids, titles, levels and words as JSON', () => {
    const result = runCli(['sections', 'achtergrond-nagorno-karabakh', '--json'], repository);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout);
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual({
      id: 'weloverwogen-aanval',
      title: 'Weloverwogen aanval.',
      level: 2,
      words: 261,
    });
  });

  it('reports a missing source with its name and exits 1', () => {
    const result = runCli(['sections', 'achtergrond'], repository);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(BP100)');
  });
});
