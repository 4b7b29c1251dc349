/**
 * `briefpack build --watch`: build, then rebuild the outputs a changed file affects, until stopped.
 * Which brief uses which file comes from the cache entries of the last build. Folders are watched
 * rather than files (an editor that saves by renaming replaces the file), each one on its own: a
 * recursive watch of the project would also walk node_modules.
 */
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { toDiagnostics } from '../errors.js';
import { displayPath, isInside } from '../project.js';
import { type BuildOptions, type BuildReport, buildBriefs } from './build-briefs.js';
import { absolutePath, readCache } from './cache.js';
import { findBriefs } from './find-briefs.js';
import type { JobRunner } from './jobs.js';
import { canStartWorkers, inProcessRunner, startWorkerPool } from './pool.js';
import { selectShard } from './shard.js';

/** Editors write a file in several steps; changes this close together make one rebuild. */
const SETTLE_MS = 60;

export interface WatchEvents {
  /** After every build; `changed` is empty for the first one. */
  onBuild: (report: BuildReport, changed: string[]) => void;
}

/** Resolves once `signal` aborts and the build under way has finished. */
export async function watchBuilds(
  options: BuildOptions,
  events: WatchEvents,
  signal: AbortSignal,
): Promise<void> {
  const jobs = options.jobs ?? availableParallelism();
  // Kept warm between builds: a rebuild pays no start-up.
  const runner = jobs > 1 && canStartWorkers() ? await startWorkerPool(jobs) : await inProcessRunner();
  const session = new WatchSession(options, runner, events);
  try {
    await session.rebuild([]);
    await new Promise<void>((done) => {
      if (signal.aborted) return done();
      signal.addEventListener('abort', () => done(), { once: true });
    });
  } finally {
    await session.stop();
    await runner.close();
  }
}

class WatchSession {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly changed = new Set<string>();
  /** Brief → the files it was built from (absolute). */
  private inputs = new Map<string, Set<string>>();
  /** Briefs that failed: their inputs are unknown, so any change may fix them. */
  private failed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private building: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly options: BuildOptions,
    private readonly runner: JobRunner,
    private readonly events: WatchEvents,
  ) {}

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    await this.building;
  }

  /** One build at a time; changes seen meanwhile wait for the next. */
  rebuild(changed: string[]): Promise<void> {
    this.building = this.buildAffected(changed).finally(() => {
      this.building = undefined;
      if (this.changed.size > 0) this.schedule();
    });
    return this.building;
  }

  private async buildAffected(changed: string[]): Promise<void> {
    const briefs = changed.length === 0 ? undefined : await this.affectedBriefs(changed);
    if (briefs?.length === 0) return;
    try {
      const only = briefs ? { briefs, shard: undefined } : {};
      const report = await buildBriefs({ ...this.options, ...only, runner: this.runner });
      await this.learn(report, briefs);
      this.events.onBuild(report, changed);
    } catch (error) {
      // The first build's failure (no briefs/ folder…) ends the watch; a later one is shown and waited out.
      if (changed.length === 0) throw error;
      const errors = toDiagnostics(error, displayPath(this.options.outDir, this.options.projectRoot));
      this.events.onBuild({ outputs: [], errors, warnings: [], failed: [] }, changed);
    }
  }

  /** Every brief of the build (named, or in briefs/, and of the shard) that uses a changed file. */
  private async affectedBriefs(changed: string[]): Promise<string[]> {
    const { projectRoot, shard } = this.options;
    const all = selectShard(
      await findBriefs(this.options.briefs, projectRoot).catch(() => []),
      shard,
      projectRoot,
    );
    return all.filter((brief) => {
      const uses = this.inputs.get(brief);
      return changed.includes(brief) || this.failed.has(brief) || changed.some((file) => uses?.has(file));
    });
  }

  /** Refreshes which brief uses which file from the cache, and watches every folder involved. */
  private async learn(report: BuildReport, built: string[] | undefined): Promise<void> {
    const { projectRoot, outDir } = this.options;
    if (!built) this.failed.clear();
    for (const brief of built ?? []) this.failed.delete(brief);
    for (const brief of report.failed) this.failed.add(absolutePath(brief, projectRoot));
    const inputs = new Map<string, Set<string>>();
    for (const [brief, entries] of await readCache(outDir)) {
      const files = entries.flatMap((entry) =>
        entry.inputs.map((input) => absolutePath(input.path, projectRoot)),
      );
      inputs.set(absolutePath(brief, projectRoot), new Set(files));
    }
    this.inputs = inputs;
    for (const folder of await this.foldersToWatch()) this.watchFolder(folder);
  }

  private async foldersToWatch(): Promise<Set<string>> {
    const { projectRoot, briefs } = this.options;
    const brands = join(projectRoot, 'assets/brands');
    const folders = new Set([join(projectRoot, 'assets/sources'), brands]);
    for (const entry of await readdir(brands, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) folders.add(join(brands, entry.name));
    }
    if (briefs.length === 0) folders.add(join(projectRoot, 'briefs'));
    for (const brief of briefs) folders.add(dirname(resolve(brief)));
    for (const files of this.inputs.values()) for (const file of files) folders.add(dirname(file));
    return folders;
  }

  private watchFolder(folder: string): void {
    if (this.watchers.has(folder) || this.stopped || !existsSync(folder)) return;
    if (isInside(folder, this.options.outDir)) return; // our own writes are no change
    const watcher = watch(folder, (_event, name) => this.noticed(name ? join(folder, name) : folder));
    // A watched folder that disappears is watched again once a build finds it anew.
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(folder);
    });
    this.watchers.set(folder, watcher);
  }

  private noticed(path: string): void {
    if (this.stopped || isInside(path, this.options.outDir) || /\.tmp-\d+$/.test(path)) return;
    this.changed.add(path);
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.building || this.stopped) return;
      const changed = [...this.changed];
      this.changed.clear();
      void this.rebuild(changed);
    }, SETTLE_MS);
  }
}
