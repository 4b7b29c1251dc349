/**
 * `briefpack build --watch`: after the first build, a change rebuilds only the outputs that use the
 * changed file; a broken brief is reported without stopping; Ctrl-C ends it cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, png, twoBriefProject } from './helpers.js';

const cli = resolve(import.meta.dirname, '../../dist/cli/main.js');
const WAIT_MS = 60_000;

/** The watching process, and everything it has written to stderr so far. */
class Watcher {
  readonly child: ChildProcess;
  log = '';

  constructor(root: string) {
    this.child = spawn(process.execPath, [cli, 'build', '--watch'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.log += chunk.toString();
    });
  }

  /** Waits until the log, from `from` on, matches; returns the matched part. */
  async until(pattern: RegExp, from = 0): Promise<string> {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const found = this.log.slice(from).match(pattern);
      if (found) return this.log.slice(from, from + found.index! + found[0].length);
      if (this.child.exitCode !== null) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`no ${pattern} in:\n${this.log.slice(from)}`);
  }
}

let watcher: Watcher | undefined;

afterEach(() => {
  watcher?.child.kill('SIGKILL');
});

describe('build --watch', () => {
  it('rebuilds what a change affects, reports errors and goes on, and stops on Ctrl-C', async () => {
    const root = await twoBriefProject();
    watcher = new Watcher(root);
    const first = await watcher.until(/output\/[ab]\.pdf[^\n]*\n[\s\S]*output\/[ab]\.pdf[^\n]*\n/);
    expect(first).toContain('output/a.pdf');
    expect(first).toContain('output/b.pdf');

    // The logo is used by b only.
    let mark = watcher.log.length;
    await writeFile(join(root, 'assets/brands/campagne/logo.png'), await png('#101010', 50));
    expect(await watcher.until(/output\/b\.pdf[^\n]*\n/, mark)).not.toContain('output/a.pdf');

    // A broken brief is reported, and the watch goes on.
    mark = watcher.log.length;
    await writeFile(join(root, 'briefs/a.yaml'), `${brief('Alfa')}sections: [turkije]\n`);
    expect(await watcher.until(/briefs\/a\.yaml:\d+:\d+\s+error[^\n]*\n/, mark)).toContain('BP208');

    // Mended, it is built again.
    mark = watcher.log.length;
    await writeFile(join(root, 'briefs/a.yaml'), brief('Alfa hersteld'));
    expect(await watcher.until(/output\/a\.pdf[^\n]*\n/, mark)).not.toContain('output/b.pdf');

    const exit = new Promise((done) => watcher!.child.once('exit', (code) => done(code)));
    watcher.child.kill('SIGINT');
    expect(await exit).toBe(0);
  }, 120_000);
});
