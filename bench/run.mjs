/**
 * `npm run bench`: briefpack against Typst, the fastest peer, on the same text. Every figure is a
 * median of paired runs made in this invocation, printed next to Typst's figure and their ratio;
 * on a shared machine only ratios from the same run compare. The last results go to
 * bench/RESULTS.md. Uses dist/ (run `npm run build` first); BENCH_RUNS sets the runs (default 5,
 * 3 for the large source). Typst runs through bench/typst.cjs, warm renders through bench/warm.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '..');
const bench = join(repository, 'bench');
// The installed command: the bundle (scripts/bundle.mjs) when built, as `npx briefpack` runs it.
const cli = join(
  repository,
  JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')).bin.briefpack,
);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const largeRuns = Math.max(1, Math.min(runs, 3));
const node = process.execPath;
const lines = [];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

/** One process, start to exit: wall milliseconds and its stdout. */
function run(args, cwd = repository) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(node, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) fail(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr}`));
      else done({ ms, stdout });
    });
  });
}

/** `count` fresh Typst processes on `file`, `parallel` at a time: total wall milliseconds. */
async function typstProcesses(file, count, parallel) {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next++ < count) await run([join(bench, 'typst.cjs'), file]);
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return performance.now() - started;
}

/** A temporary project: the repository's assets, and `briefs` as { name: YAML text }. */
async function project(briefs, extra = {}) {
  const root = await mkdtemp(join(tmpdir(), 'briefpack-bench-'));
  await cp(join(repository, 'assets'), join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'briefs'));
  for (const [name, text] of Object.entries({ ...briefs, ...extra })) {
    await writeFile(join(root, 'briefs', name), text);
  }
  return root;
}

const build = (root, args) => run([cli, 'build', ...args, '--json'], root);
const pagesOf = (stdout) => JSON.parse(stdout).outputs.reduce((sum, o) => sum + o.pages, 0);

/** Paired runs, interleaved so that load on the machine falls on both alike. */
async function paired(count, ours, theirs) {
  const a = [];
  const b = [];
  for (let i = 0; i < count; i++) {
    a.push(await ours());
    b.push(await theirs());
  }
  return { ours: median(a), theirs: median(b), runsOurs: a, runsTheirs: b };
}

function row(label, { ours, theirs }, target) {
  const ratio = ours / theirs;
  const verdict = target ? `  target ≤ ${target.toFixed(1)}×: ${ratio <= target ? 'met' : 'NOT met'}` : '';
  say(`| ${label} | ${seconds(ours)} | ${seconds(theirs)} | ${ratio.toFixed(2)}× |${verdict}`);
  return ratio;
}

/** Peak resident memory of one process in MB, from /usr/bin/time -v, else none. */
function peakMemory(args, cwd) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-v', node, ...args], { cwd, encoding: 'utf8' });
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return match ? Number(match[1]) / 1024 : undefined;
}

async function main() {
  const started = performance.now();
  const cpu = cpus();
  say('# Benchmark results');
  say();
  say(`Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString()}.`);
  say(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the start.`,
  );
  say(`Medians of ${runs} paired runs (${largeRuns} for the large source); ratio = briefpack / Typst.`);
  say();
  say('| figure | briefpack | Typst | ratio |');
  say('| --- | --- | --- | --- |');

  const dossier = await readFile(join(repository, 'briefs/dossier.yaml'), 'utf8');
  const seed = join(bench, 'seed.typ');
  const x50typ = join(bench, 'x50.typ');
  const out = await mkdtemp(join(tmpdir(), 'briefpack-bench-out-'));
  const ratios = {};

  // (a) Cold single pack: whole process, start to exit.
  ratios.cold = row(
    'cold CLI build, full dossier pack vs seed.typ (process start to exit)',
    await paired(
      runs,
      async () =>
        (await run([cli, 'build', 'briefs/dossier.yaml', '--only', 'pack', '--force', '--out', out])).ms,
      async () => (await run([join(bench, 'typst.cjs'), seed])).ms,
    ),
    2.0,
  );

  // (b) Ten briefs in one build against ten Typst processes, two at a time.
  const ten = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      `dossier-${i + 1}.yaml`,
      dossier.replace(/^title: .*$/m, `title: Dossier ${i + 1}`),
    ]),
  );
  const tenRoot = await project(ten);
  const tenBuild = [];
  ratios.ten = row(
    'ten dossier packs in one `briefpack build` vs Typst ×10, two at a time',
    await paired(
      runs,
      async () => {
        const { ms } = await build(tenRoot, ['--only', 'pack', '--force']);
        tenBuild.push(ms);
        return ms;
      },
      () => typstProcesses(seed, 10, 2),
    ),
    1.0,
  );

  // (c) The 65,000-word source, cold and warm.
  const x50Root = await project({ 'x50.yaml': await readFile(join(bench, 'x50.yaml'), 'utf8') });
  await cp(join(bench, 'x50.md'), join(x50Root, 'briefs/x50.md'));
  let ourPages = 0;
  let theirPages = 0;
  ratios.large = row(
    '65,000-word source, cold CLI build vs x50.typ in a fresh process',
    await paired(
      largeRuns,
      async () => {
        const { ms, stdout } = await build(x50Root, ['briefs/x50.yaml', '--only', 'pack', '--force']);
        ourPages = pagesOf(stdout);
        return ms;
      },
      async () => {
        const { ms, stdout } = await run([join(bench, 'typst.cjs'), x50typ]);
        theirPages = JSON.parse(stdout).pages;
        return ms;
      },
    ),
    1.0,
  );
  const warm = await paired(
    largeRuns,
    async () =>
      JSON.parse((await run([join(bench, 'warm.mjs'), join(x50Root, 'briefs/x50.yaml'), x50Root])).stdout).ms,
    async () => JSON.parse((await run([join(bench, 'typst.cjs'), x50typ, '--warm'])).stdout).ms,
  );
  row('65,000-word source, warm render in process (second of two)', warm);
  const ourRate = ourPages / (warm.ours / 1000);
  const theirRate = theirPages / (warm.theirs / 1000);
  say(
    `| 65,000-word source, warm pages per second (${ourPages} vs ${theirPages} pages) | ` +
      `${ourRate.toFixed(1)} p/s | ${theirRate.toFixed(1)} p/s | ${(ourRate / theirRate).toFixed(2)}× the rate |`,
  );

  // (f) Peak memory of a cold build of the large source (worker threads included).
  const ourPeak = peakMemory([cli, 'build', 'briefs/x50.yaml', '--only', 'pack', '--force'], x50Root);
  const theirPeak = peakMemory([join(bench, 'typst.cjs'), x50typ], repository);
  if (ourPeak && theirPeak) {
    const met = ourPeak < 250 ? 'met' : 'NOT met';
    say(
      `| peak memory, 65,000-word source (max RSS) | ${Math.round(ourPeak)} MB | ${Math.round(theirPeak)} MB | ` +
        `${(ourPeak / theirPeak).toFixed(2)}× |  target < 250 MB: ${met}`,
    );
  } else say('| peak memory | (no /usr/bin/time on this machine) | | |');
  say();

  // (e) No-op rebuild of the ten briefs, against their forced build measured above.
  // One untimed build first: it records the cache entries should dist/ have changed since.
  await build(tenRoot, ['--only', 'pack']);
  const noop = [];
  for (let i = 0; i < runs; i++) {
    const { ms, stdout } = await build(tenRoot, ['--only', 'pack']);
    if (JSON.parse(stdout).outputs.some((o) => !o.cached)) say('(a no-op rebuild rendered: dist/ changed?)');
    noop.push(ms);
  }
  const fraction = median(noop) / median(tenBuild);
  say(
    `No-op rebuild of the ten briefs: ${seconds(median(noop))}, ${fraction.toFixed(3)} of their build ` +
      `(${seconds(median(tenBuild))}); target under 0.1: ${fraction < 0.1 ? 'met' : 'NOT met'}.`,
  );

  // (d) The summary's fit, as a multiple of one plain render (bench/summary-fit.mjs).
  const fit = await run([join(bench, 'summary-fit.mjs'), '--runs', String(runs)]);
  const largest = /largest: fit = ([\d.]+)×/.exec(fit.stdout)?.[1];
  say(
    `Summary fit: ${largest}× one plain render of the same summary (CPU time, largest of the example ` +
      `briefs); target at most 3×: ${Number(largest) <= 3 ? 'met' : 'NOT met'}.`,
  );
  for (const line of fit.stdout.trim().split('\n').slice(0, -1)) say(`- ${line}`);
  say();
  say(
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; bench took ${seconds(performance.now() - started)}.`,
  );

  for (const root of [out, tenRoot, x50Root]) await rm(root, { recursive: true, force: true });
  await writeFile(join(bench, 'RESULTS.md'), `${lines.join('\n')}\n`);
}

await main();
