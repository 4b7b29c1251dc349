/**
 * A build killed at any moment leaves only whole PDFs (the previous ones, or new complete ones), and
 * the next build clears the temporary files it left behind.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStrayTemporaries } from '../../dist/pdf/write-atomic.js';
import { readPdf } from '../helpers/read-pdf.js';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';
import { looksComplete, SOURCE } from './helpers.js';

const dist = resolve(import.meta.dirname, '../../dist');
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

const exited = (child: ChildProcess) => new Promise((done) => child.once('exit', done));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function expectOnlyWholePdfs(folder: string): Promise<number> {
  const pdfs = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.pdf'));
  for (const name of pdfs) {
    const bytes = await readFile(join(folder, name));
    expect(looksComplete(bytes), `${name} is cut short`).toBe(true);
    expect((await readPdf(bytes)).pages.length, `${name} has no pages`).toBeGreaterThan(0);
    if (hasQpdf)
      expect(spawnSync('qpdf', ['--check', join(folder, name)]).status, `qpdf --check ${name}`).toBe(0);
  }
  return pdfs.length;
}

describe('a write killed half-way', () => {
  it('leaves the previous file whole, and the next build removes the temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefpack-atomic-'));
    const target = join(folder, 'pack.pdf');
    await writeFile(target, 'the previous good file');
    // The writer waits for a word on stdin, so that its temporary name (with its pid) is known first.
    const script = `import { writeFileAtomic } from ${JSON.stringify(`${dist}/pdf/write-atomic.js`)};
      process.stdin.once('data', () => writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(16 << 20, 37)));`;
    const writer = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    // A pipe in place of the temporary file: the writer blocks in mid-write until it is read.
    const temporary = join(folder, `.pack.pdf.tmp-${writer.pid}`);
    execFileSync('mkfifo', [temporary]);
    writer.stdin!.write('go\n');
    const pipe = createReadStream(temporary);
    const firstBytes = await new Promise<Buffer | string>((done) =>
      pipe.once('data', (chunk) => {
        pipe.pause(); // and so the writer stays blocked, its 16 MB unwritten
        done(chunk);
      }),
    );
    expect(firstBytes.length).toBeGreaterThan(0);
    const ended = exited(writer);
    writer.kill('SIGKILL');
    await ended;
    pipe.destroy();
    expect(await readFile(target, 'utf8')).toBe('the previous good file');
    expect(await removeStrayTemporaries(folder)).toEqual([`.pack.pdf.tmp-${writer.pid}`]);
    expect(existsSync(temporary)).toBe(false);
  });

  it('leaves the temporary file of a writer that still runs alone', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'briefpack-atomic-'));
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    await writeFile(join(folder, `.pack.pdf.tmp-${running.pid}`), 'half');
    expect(await removeStrayTemporaries(folder)).toEqual([]);
    const ended = exited(running);
    running.kill('SIGKILL');
    await ended;
  });
});

describe('a build killed at random moments', () => {
  it('never leaves a half PDF nor loses a good one, and the next build tidies up', async () => {
    const briefs: Record<string, string> = {};
    for (const name of 'abc') {
      briefs[`briefs/${name}.yaml`] = `title: Brief ${name}\nsource: ${SOURCE}\nsections: [intro]\n`;
    }
    const root = await tempProject(briefs);
    const output = join(root, 'output');
    // A whole first build: its PDFs are the good ones no later build may lose, its time the range to kill in.
    const started = performance.now();
    expect(runCli(['build'], root).status).toBe(0);
    const duration = performance.now() - started;
    const moments: number[] = [];
    for (let round = 0; round < 5; round++) {
      const build = spawn(process.execPath, [join(dist, 'cli/main.js'), 'build', '--force', '--jobs', '2'], {
        cwd: root,
        stdio: 'ignore',
      });
      const ended = exited(build);
      const moment = Math.round(duration * (0.1 + 0.9 * Math.random()));
      moments.push(moment);
      await Promise.race([sleep(moment), ended]);
      build.kill('SIGKILL');
      await ended;
      expect(await expectOnlyWholePdfs(output), `killed after ${moments.join(', ')} ms`).toBe(6);
    }
    const finished = runCli(['build'], root);
    expect(finished.status, finished.stderr).toBe(0);
    expect(await expectOnlyWholePdfs(output)).toBe(6);
    const left = (await readdir(output, { recursive: true })).filter((name) => /\.tmp-\d+$/.test(name));
    expect(left).toEqual([]);
  }, 300_000);
});
