/**
 * The habits of command-line tools people already know: --version, data on stdout and messages on
 * stderr, NO_COLOR, and the project found from any folder inside it, as git finds its repository.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printDiagnostics } from '../../src/cli/report.js';
import { diagnostic } from '../../src/errors.js';
import { findProjectRoot } from '../../src/project.js';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';

const repository = resolve(import.meta.dirname, '../..');
const GOOD = 'title: Goed\nsource: achtergrond-nagorno-karabakh\nsections: [intro]\n';
const WRONG = 'title: Fout\nsource: achtergrond-nagorno-karabakh\nsections: [turkije]\n';

describe('--version', () => {
  it('prints the package version alone on stdout', async () => {
    const { version } = JSON.parse(await readFile(join(repository, 'package.json'), 'utf8'));
    const result = runCli(['--version'], repository);
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('data on stdout, messages on stderr', () => {
  it('keeps stdout to the JSON asked for', () => {
    const result = runCli(['sections', 'achtergrond-nagorno-karabakh', '--json'], repository);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ id: 'intro', level: 0 });
    expect(result.stderr).toBe('');
  });

  it('writes problems to stderr only', async () => {
    const root = await tempProject({ 'briefs/fout.yaml': WRONG });
    const result = runCli(['check'], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('briefs/fout.yaml:3:');
  });
});

describe('NO_COLOR', () => {
  const problem = diagnostic('BP203', { file: 'briefs/x.yaml', line: 1, column: 1 }, 'section not found');
  const tty = process.stderr.isTTY;

  function printed(noColor: string | undefined): string {
    let text = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      text += String(chunk);
      return true;
    });
    vi.stubEnv('NO_COLOR', noColor);
    process.stderr.isTTY = true;
    printDiagnostics([problem]);
    return text;
  }

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.stderr.isTTY = tty;
  });

  it('colours problems on a terminal', () => {
    expect(printed(undefined)).toContain('\u001b[31m');
  });

  it('leaves colours out when NO_COLOR is set to anything but the empty string (no-color.org)', () => {
    expect(printed('1')).not.toContain('\u001b[');
    expect(printed('')).toContain('\u001b[31m');
  });
});

describe('the project folder, found from the current folder upwards', () => {
  it('is the nearest folder with briefs/ or assets/', async () => {
    const root = await tempProject({ 'briefs/goed.yaml': GOOD });
    await mkdir(join(root, 'assets/sources/deeper/still'), { recursive: true });
    expect(findProjectRoot(join(root, 'assets/sources/deeper/still'))).toBe(root);
    expect(findProjectRoot(join(root, 'briefs'))).toBe(root);
  });

  it('lets every command run from a subfolder', async () => {
    const root = await tempProject({ 'briefs/goed.yaml': GOOD });
    const deep = join(root, 'assets/sources');
    expect(runCli(['check'], deep).stderr).toContain('1 briefs OK');
    expect(runCli(['sections', 'achtergrond-nagorno-karabakh', '--json'], deep).status).toBe(0);
    const built = runCli(['build', '--json', '--only', 'pack'], join(root, 'briefs'));
    expect(JSON.parse(built.stdout).outputs).toMatchObject([{ path: 'output/goed.pdf' }]);
  });

  it('is the current folder when none above has a project', async () => {
    const nowhere = await mkdtemp(join(tmpdir(), 'briefpack-nowhere-'));
    expect(findProjectRoot(nowhere)).toBe(nowhere);
    const result = runCli(['check'], nowhere);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(BP206)');
  });
});
