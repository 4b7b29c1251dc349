/**
 * Timings of `briefpack build`, whole processes as a user runs them, medians of several runs:
 * a first build against a no-op rebuild, and one worker against two, on the example briefs and on
 * four times as many. Timings live here rather than in the tests, which must not depend on the
 * machine. Run from the repository root after `npm run build`:
 *
 *   npx tsc -p bench && node node_modules/.cache/briefpack-bench/build.js
 *
 * BENCH_RUNS sets the runs per figure (default 5).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repository = resolve(process.cwd());
const cli = join(repository, 'dist/cli/main.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** A copy of the example project, its briefs repeated `copies` times under new names. */
async function exampleProject(copies: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'briefpack-bench-'));
  await cp(join(repository, 'assets'), join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'briefs'));
  const briefs = (await readdir(join(repository, 'briefs'))).filter((name) => name.endsWith('.yaml'));
  for (let copy = 1; copy <= copies; copy++) {
    for (const name of briefs) {
      const target = copies === 1 ? name : name.replace('.yaml', `-${copy}.yaml`);
      await cp(join(repository, 'briefs', name), join(root, 'briefs', target));
    }
  }
  return root;
}

/** Wall-clock milliseconds of one `briefpack build` process. */
function timeBuild(root: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'build', ...args], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function firstBuilds(root: string, args: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await rm(join(root, 'output'), { recursive: true, force: true });
    times.push(timeBuild(root, args));
  }
  return times;
}

/** The time a build reports for itself (`… in 63 ms`): the work without Node's own start-up. */
function innerTime(root: string): number {
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' });
  const match = /in ([\d.]+) (ms|s)\n?$/.exec(result.stderr.trim());
  if (!match) throw new Error(`no time in: ${result.stderr}`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

function row(label: string, times: number[]): void {
  const shown = times.map((t) => Math.round(t)).join(', ');
  console.log(`${label.padEnd(44)} ${String(Math.round(median(times))).padStart(6)} ms   (${shown})`);
}

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, ${runs} runs each, load average before: ${loadavg()[0]!.toFixed(2)}\n`,
  );
  const examples = await exampleProject(1);
  const first = await firstBuilds(examples, []);
  row('examples: first build (default --jobs)', first);
  const noop = Array.from({ length: runs * 2 }, () => timeBuild(examples, []));
  row('examples: no-op rebuild, whole process', noop);
  row(
    'examples: no-op rebuild, reported by the build',
    Array.from({ length: runs * 2 }, () => innerTime(examples)),
  );
  row(
    'no-op node start-up alone (node -e 0)',
    Array.from({ length: runs }, () => nodeStart()),
  );
  console.log(`no-op rebuild / first build: ${(median(noop) / median(first)).toFixed(3)}\n`);

  for (const [label, root] of [
    ['examples (6 outputs)', examples],
    ['examples x4 (24 outputs)', await exampleProject(4)],
  ] as const) {
    const one: number[] = [];
    const two: number[] = [];
    for (let run = 0; run < runs; run++) {
      one.push(timeBuild(root, ['--force', '--jobs', '1']));
      two.push(timeBuild(root, ['--force', '--jobs', '2']));
    }
    row(`${label}: --force --jobs 1`, one);
    row(`${label}: --force --jobs 2`, two);
  }

  // Where the main thread alone beats a pool (IN_PROCESS_UP_TO in src/build/pool.ts).
  for (const briefs of [['kort'], ['kort', 'delegatie']]) {
    const inProcess: number[] = [];
    const pool: number[] = [];
    for (let run = 0; run < runs; run++) {
      inProcess.push(timeRunner(examples, 'main thread', briefs));
      pool.push(timeRunner(examples, 'two workers', briefs));
    }
    row(`${briefs.length * 2} outputs in the main thread`, inProcess);
    row(`${briefs.length * 2} outputs on two worker threads`, pool);
  }
  console.log(`\nload average after: ${loadavg()[0]!.toFixed(2)}`);
}

/** A whole process that plans and renders both outputs of `briefs` on one kind of runner. */
function timeRunner(root: string, runner: 'main thread' | 'two workers', briefs: string[]): number {
  const pool = join(repository, 'dist/build/pool.js');
  const script = `
    const { inProcessRunner, startWorkerPool } = await import(${JSON.stringify(pool)});
    const runner = ${runner === 'main thread' ? 'await inProcessRunner()' : 'await startWorkerPool(2)'};
    const projectRoot = ${JSON.stringify(root)};
    await Promise.all(${JSON.stringify(briefs)}.map(async (name) => {
      const briefPath = projectRoot + '/briefs/' + name + '.yaml';
      const planned = await runner.plan({ type: 'plan', briefPath, projectRoot });
      if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
      await Promise.all(planned.kinds.map((kind) => runner.render({ type: 'render', briefPath, projectRoot, kind })));
    }));
    await runner.close();`;
  // A file, not `-e`: worker threads inherit the flags, and `--input-type` would stop them.
  const file = join(root, 'runner.mjs');
  writeFileSync(file, script);
  const started = performance.now();
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return performance.now() - started;
}

function nodeStart(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}

await main();
