/**
 * `briefpack build`: every brief × output kind is a job. Jobs whose inputs, settings and PDF are
 * unchanged are answered from the cache without loading the renderer; the others run on a runner
 * (worker threads, or this thread for a few) and each PDF is written atomically. One failing brief
 * never stops the others. The only writer of output files.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Diagnostic, diagnostic, formatDiagnostic } from '../errors.js';
import { removeStrayTemporaries, writeFileAtomic } from '../pdf/write-atomic.js';
import { displayPath } from '../project.js';
import {
  cacheFolder,
  type HashedInput,
  hashInputs,
  type OutputRecord,
  readCache,
  settingsKey,
  storedPath,
  writeCacheEntry,
} from './cache.js';
import { answerFromCache } from './cached-outputs.js';
import { findBriefs } from './find-briefs.js';
import { createFileHasher, type HashFile, sha256 } from './hash-files.js';
import type { JobRunner, Rendered } from './jobs.js';
import { byBriefAndKind, updateManifest } from './manifest.js';
import { ALL_KINDS, type BriefFile, claimOutputFiles, outputFileName } from './output-files.js';
import { startRunner } from './pool.js';
import type { OutputKind } from './render-outputs.js';
import { type Shard, selectShard } from './shard.js';
import { toolchainFingerprint } from './toolchain.js';

export interface BuildOptions {
  projectRoot: string;
  /** Output folder, absolute. */
  outDir: string;
  briefs: string[];
  only?: OutputKind;
  grayscale?: boolean;
  draft?: boolean;
  /** Render even what the cache would answer. */
  force?: boolean;
  /** Worker threads at most; default: the machine's cores. */
  jobs?: number;
  shard?: Shard;
  /** Told of each output as soon as it is written or found cached. */
  onOutput?: (output: BuiltOutput) => void;
  /** Told the number of outputs expected so far, which grows as briefs are planned. */
  onPlanned?: (expected: number) => void;
  /** A runner kept between builds by `--watch`; its owner closes it. */
  runner?: JobRunner;
}

export interface BuiltOutput extends OutputRecord {
  cached: boolean;
  ms: number;
}

export interface BuildReport {
  outputs: BuiltOutput[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Briefs (as the report names them) with an output that could not be built. */
  failed: string[];
}

/** One output to render: the brief's kinds and hashed inputs come from its plan or its cache entries. */
interface Job {
  brief: BriefFile;
  kind: OutputKind;
  name: string;
  kinds: OutputKind[];
  inputs: HashedInput[];
}

/** What one build shares between its briefs. */
interface Build {
  options: BuildOptions;
  hash: HashFile;
  toolchain: string;
  report: BuildReport;
  kindsByBrief: Map<string, OutputKind[]>;
  expected: number;
  runner?: JobRunner;
}

export async function buildBriefs(options: BuildOptions): Promise<BuildReport> {
  const { projectRoot, outDir } = options;
  const found = selectShard(await findBriefs(options.briefs, projectRoot), options.shard, projectRoot);
  await mkdir(outDir, { recursive: true });
  await Promise.all([removeStrayTemporaries(outDir), removeStrayTemporaries(cacheFolder(outDir))]);
  const [cache, toolchain] = await Promise.all([readCache(outDir), toolchainFingerprint()]);
  const report: BuildReport = { outputs: [], errors: [], warnings: [], failed: [] };
  const build: Build = {
    options,
    hash: createFileHasher(),
    toolchain,
    report,
    kindsByBrief: new Map(),
    expected: 0,
  };

  const { briefs, refused } = claimOutputFiles(found, projectRoot, options.only);
  for (const { brief, error } of refused) fail(build, brief, [error]);
  const context = { ...options, toolchain, hash: build.hash };
  const answers = await Promise.all(
    briefs.map((brief) => answerFromCache(cache.get(brief.file) ?? [], context)),
  );
  const jobs: Job[] = [];
  const stale: BriefFile[] = [];
  for (const [index, answer] of answers.entries()) {
    const brief = briefs[index]!;
    if (answer.stale) {
      stale.push(brief);
      continue;
    }
    build.kindsByBrief.set(brief.file, answer.kinds);
    expect(build, answer.cached.length + answer.missing.length);
    for (const { output, warnings } of answer.cached) {
      report.warnings.push(...warnings);
      addOutput(build, { ...output, cached: true, ms: 0 });
    }
    jobs.push(...answer.missing.map((missing) => ({ ...missing, brief })));
  }
  const tasks = jobs.length + stale.length * (options.only ? 1 : ALL_KINDS.length);
  if (tasks > 0) {
    build.runner = options.runner ?? (await startRunner(options.jobs ?? availableParallelism(), tasks));
    try {
      await Promise.all([
        ...groupByBrief(jobs).map((briefJobs) => renderAll(briefJobs, build)),
        ...stale.map((b) => planAndRender(b, build)),
      ]);
    } finally {
      if (!options.runner) await build.runner.close();
    }
  }
  await updateManifest(outDir, projectRoot, { outputs: report.outputs, kindsByBrief: build.kindsByBrief });
  return finish(report);
}

/** A brief the cache cannot answer for: a runner reads it, finds its kinds and inputs, then renders them. */
async function planAndRender(brief: BriefFile, build: Build): Promise<void> {
  const { projectRoot, only } = build.options;
  const planned = await build.runner!.plan({ type: 'plan', briefPath: brief.path, projectRoot });
  if (!planned.ok) return fail(build, brief, planned.errors);
  build.report.warnings.push(...planned.warnings);
  build.kindsByBrief.set(brief.file, planned.kinds);
  // Hashed after the runner read the files and before it renders them: a file that changes in
  // between leaves a hash older than the PDF, and the next build renders again.
  const inputs = await hashInputs(planned.inputs, build.hash, projectRoot);
  const kinds = planned.kinds.filter((k) => !only || k === only);
  expect(build, kinds.length);
  const job = { brief, name: planned.name, kinds: planned.kinds, inputs };
  await renderAll(
    kinds.map((kind) => ({ ...job, kind })),
    build,
  );
}

/** Jobs of one brief together: its outputs are written all or not at all. */
function groupByBrief(jobs: Job[]): Job[][] {
  const groups = new Map<string, Job[]>();
  for (const job of jobs) groups.set(job.brief.file, [...(groups.get(job.brief.file) ?? []), job]);
  return [...groups.values()];
}

/**
 * Renders every output of one brief in memory first, and writes them only when all succeeded: a
 * brief that fails anywhere (an image its pack holds, say) writes no PDF at all, so output/ never
 * mixes a new summary with an old pack, and the previous good files stay as they were.
 */
async function renderAll(jobs: Job[], build: Build): Promise<void> {
  const { projectRoot, grayscale, draft } = build.options;
  const results = await Promise.all(
    jobs.map(({ brief, kind }) =>
      build.runner!.render({ type: 'render', briefPath: brief.path, projectRoot, kind, grayscale, draft }),
    ),
  );
  const errors = results.flatMap((rendered) => (rendered.ok ? [] : rendered.errors));
  if (errors.length > 0) return fail(build, jobs[0]!.brief, errors);
  await Promise.all(
    jobs.map((job, index) => write(job, results[index] as Extract<Rendered, { ok: true }>, build)),
  );
}

async function write(job: Job, rendered: Extract<Rendered, { ok: true }>, build: Build): Promise<void> {
  const { projectRoot } = build.options;
  const renderedAt = performance.now();
  const output = await writeOutput(job, rendered.bytes, rendered.pages, build);
  if (!output) return;
  build.report.warnings.push(...rendered.warnings);
  addOutput(build, {
    ...output,
    cached: false,
    ms: Math.round(rendered.ms + performance.now() - renderedAt),
  });
  // The render found its inputs again; if they differ from the planned list, a file changed
  // during the build, and this PDF is rendered again next time rather than trusted.
  const found = rendered.inputs.map((input) => storedPath(input, projectRoot));
  const planned = job.inputs.map((input) => input.path);
  if (sameMembers(found, planned)) await remember(job, output, rendered.warnings, build);
}

/** The PDF, written atomically; undefined (and an error reported) when it cannot be. */
async function writeOutput(
  job: Job,
  bytes: Uint8Array,
  pages: number,
  build: Build,
): Promise<OutputRecord | undefined> {
  const { projectRoot, outDir } = build.options;
  const path = join(outDir, outputFileName(job.name, job.kind));
  const file = displayPath(path, projectRoot);
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const hint = 'check that the output folder exists and may be written';
    fail(build, job.brief, [
      diagnostic('BP500', { file }, `cannot write the PDF: ${(error as Error).message}`, hint),
    ]);
    return undefined;
  }
  return {
    brief: job.brief.file,
    kind: job.kind,
    path: file,
    pages,
    bytes: bytes.length,
    sha256: sha256(bytes),
  };
}

async function remember(job: Job, output: OutputRecord, warnings: Diagnostic[], build: Build): Promise<void> {
  const { name, kinds, inputs, kind } = job;
  const settings = settingsKey(build.toolchain, kind, build.options);
  try {
    await writeCacheEntry(build.options.outDir, { name, kinds, settings, inputs, output, warnings });
  } catch (error) {
    const message = `cannot write its cache entry: ${(error as Error).message}`;
    const hint = 'the PDF is written; the next build renders it again';
    fail(build, job.brief, [diagnostic('BP500', { file: output.path }, message, hint)]);
  }
}

function fail(build: Build, brief: BriefFile, errors: Diagnostic[]): void {
  build.report.errors.push(...errors);
  build.report.failed.push(brief.file);
}

/** More outputs are planned: the progress bar's total grows. */
function expect(build: Build, outputs: number): void {
  build.expected += outputs;
  build.options.onPlanned?.(build.expected);
}

function addOutput(build: Build, output: BuiltOutput): void {
  build.report.outputs.push(output);
  build.options.onOutput?.(output);
}

function sameMembers(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

/** Sorted, and each warning once (a pack and a summary of one brief meet the same Markdown). */
function finish(report: BuildReport): BuildReport {
  const unique = (list: Diagnostic[]) => [...new Map(list.map((d) => [formatDiagnostic(d), d])).values()];
  const byPlace = (a: Diagnostic, b: Diagnostic) =>
    a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column;
  return {
    outputs: report.outputs.sort(byBriefAndKind),
    errors: unique(report.errors).sort(byPlace),
    warnings: unique(report.warnings).sort(byPlace),
    failed: [...new Set(report.failed)].sort(),
  };
}
