import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { BuildOptions } from '../build/build-briefs.js';
import { parseShard } from '../build/shard.js';
import { findProjectRoot } from '../project.js';
import { addOutputOptions } from './output-options.js';
import {
  buildJson,
  EXIT,
  outputLine,
  printDiagnostics,
  printJson,
  startProgress,
  summaryLine,
} from './report.js';

interface BuildFlags {
  out: string;
  only?: 'pack' | 'summary';
  grayscale?: boolean;
  draft?: boolean;
  json?: boolean;
  watch?: boolean;
  force?: boolean;
  jobs?: number;
  shard?: { index: number; count: number };
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!/^\d+$/.test(text.trim()) || jobs < 1)
    throw new InvalidArgumentError('give a whole number from 1 up.');
  return jobs;
}

function parseShardFlag(text: string): { index: number; count: number } {
  const shard = parseShard(text);
  if (!shard) throw new InvalidArgumentError('give I/N with 1 ≤ I ≤ N, such as 1/3.');
  return shard;
}

const EXAMPLES = `
Examples:
  briefpack build
  briefpack build briefs/delegatie.yaml --out dist
  briefpack build --json --jobs 4
  briefpack build --shard 2/3       # the second of three parts, for a CI matrix
  briefpack build --watch`;

export function registerBuild(program: Command): void {
  addOutputOptions(program.command('build'))
    .description('build all briefs in briefs/ (or the ones named) into output/')
    .argument('[brief...]', 'brief files; default: every *.yaml in briefs/')
    .option('--watch', 'rebuild what a changed source, brief, brand or image affects, until Ctrl-C')
    .option('--force', 'rebuild what the cache would skip')
    .option('--jobs <n>', 'worker threads (default: the number of cores)', parseJobs)
    .option('--shard <i/n>', 'build only the I-th of N parts of the briefs, for CI matrices', parseShardFlag)
    .addHelpText('after', EXAMPLES)
    .action(async (briefs: string[], flags: BuildFlags) => {
      const projectRoot = findProjectRoot();
      const options: BuildOptions = {
        projectRoot,
        outDir: resolve(projectRoot, flags.out),
        briefs,
        only: flags.only,
        grayscale: flags.grayscale,
        draft: flags.draft,
        force: flags.force,
        jobs: flags.jobs,
        shard: flags.shard,
      };
      if (flags.watch) return watch(options, Boolean(flags.json));
      await buildOnce(options, Boolean(flags.json));
    });
}

async function buildOnce(options: BuildOptions, json: boolean): Promise<void> {
  const started = performance.now();
  const progress = startProgress(!json);
  // Loaded when the command runs, so that `--help` and other commands start fast.
  const { buildBriefs } = await import('../build/build-briefs.js');
  const report = await buildBriefs({ ...options, onOutput: progress.output, onPlanned: progress.planned });
  progress.end();
  printDiagnostics([...report.warnings, ...report.errors]);
  if (json) printJson(buildJson(report));
  else process.stderr.write(`${summaryLine(report, performance.now() - started)}\n`);
  process.exitCode = report.errors.length > 0 ? EXIT.failed : EXIT.ok;
}

/** Reports each build (only what was rendered anew) and keeps going until Ctrl-C. */
async function watch(options: BuildOptions, json: boolean): Promise<void> {
  const { watchBuilds } = await import('../build/watch.js');
  const stop = new AbortController();
  const interrupt = () => {
    // A second Ctrl-C does not wait for the build under way.
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  process.stderr.write('watching; Ctrl-C stops\n');
  await watchBuilds(
    options,
    {
      onBuild(report, changed) {
        const lines = changed.length === 0 ? report.outputs : report.outputs.filter((o) => !o.cached);
        if (json) process.stdout.write(`${JSON.stringify(buildJson(report))}\n`);
        else for (const output of lines) process.stderr.write(`${outputLine(output)}\n`);
        printDiagnostics([...report.warnings, ...report.errors]);
      },
    },
    stop.signal,
  );
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  process.exitCode = EXIT.ok;
}
