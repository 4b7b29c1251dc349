/**
 * Runners for a build's tasks: a pool of worker threads, or the main thread itself when starting
 * workers would cost more than it saves (a worker loads pdfmake, fonts and sharp before its first
 * task: about half a second).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { diagnostic } from '../errors.js';
import { displayPath, PACKAGE_ROOT } from '../project.js';
import type { JobRunner, Planned, Rendered, Task } from './jobs.js';

/**
 * Up to this many tasks run in the main thread: measured with bench/build.ts, one or two outputs
 * are done before a worker would have started.
 */
export const IN_PROCESS_UP_TO = 2;

/**
 * Compiled into dist/build/; absent under the test runner, which runs the TypeScript. Found from
 * PACKAGE_ROOT, not from this file, which the bundle (dist/briefpack.js) moves one folder up.
 */
const WORKER_SCRIPT = pathToFileURL(
  join(PACKAGE_ROOT, import.meta.url.endsWith('.ts') ? 'src/build/worker.js' : 'dist/build/worker.js'),
);

export function canStartWorkers(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/** `jobs` workers at most, and no more than there are tasks; the main thread alone for a few. */
export async function startRunner(jobs: number, tasks: number): Promise<JobRunner> {
  if (jobs <= 1 || tasks <= IN_PROCESS_UP_TO || !canStartWorkers()) return inProcessRunner();
  return startWorkerPool(Math.min(jobs, tasks));
}

/** Tasks one after another in this thread: rendering is CPU work, interleaving would only add memory. */
export async function inProcessRunner(): Promise<JobRunner> {
  const { runTask } = await import('./run-task.js');
  let previous: Promise<unknown> = Promise.resolve();
  const serial = <T extends Task>(task: T) => {
    const outcome = previous.then(() => runTask(task));
    previous = outcome.catch(() => undefined);
    return outcome;
  };
  return {
    plan: (task) => serial(task) as Promise<Planned>,
    render: (task) => serial(task) as Promise<Rendered>,
    close: async () => {},
  };
}

export async function startWorkerPool(size: number): Promise<JobRunner> {
  // On glibc, a worker thread that is the first to load sharp's native module can crash the process
  // when it exits (lovell/sharp#2263); loaded here first, the module stays for the process's life.
  await import('sharp');
  return new WorkerPool(size);
}

interface Waiting {
  task: Task;
  resolve: (outcome: Planned | Rendered) => void;
}

/** Workers that die before finishing a task (a broken installation) are not restarted for ever. */
const MAX_START_FAILURES = 3;

class WorkerPool implements JobRunner {
  private readonly queue: Waiting[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private readonly workers = new Set<Worker>();
  private readonly proven = new WeakSet<Worker>();
  private startFailures = 0;
  private closed = false;

  constructor(private readonly size: number) {
    // Started at once, so that their start-up overlaps the main thread's planning.
    for (let i = 0; i < size; i++) this.spawn();
  }

  plan = (task: Task & { type: 'plan' }) => this.submit(task) as Promise<Planned>;
  render = (task: Task & { type: 'render' }) => this.submit(task) as Promise<Rendered>;

  async close(): Promise<void> {
    this.closed = true;
    this.failQueued('the build stopped');
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private submit(task: Task): Promise<Planned | Rendered> {
    if (this.closed) return Promise.resolve(lostTask(task, 'the build stopped'));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.workers.size < this.size && !this.closed) {
      if (this.startFailures >= MAX_START_FAILURES) {
        this.failQueued('worker threads cannot start');
        return;
      }
      this.spawn();
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const waiting = this.queue.shift()!;
      this.busy.set(worker, waiting);
      worker.postMessage(waiting.task);
    }
  }

  private spawn(): void {
    // Node's own flags carry over, but not `--input-type`: it stops a worker loaded from a file.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
    const worker = new Worker(WORKER_SCRIPT, { execArgv });
    this.workers.add(worker);
    worker.on('message', (outcome: Planned | Rendered) => {
      this.proven.add(worker);
      const waiting = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      waiting?.resolve(outcome);
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error.message));
    worker.on('exit', (code) => this.lose(worker, `it exited with code ${code}`));
    this.idle.push(worker);
  }

  /** A worker that died (out of memory, a crash in native code) fails its task, not the build. */
  private lose(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker)) return;
    if (!this.proven.has(worker)) this.startFailures += 1;
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    const waiting = this.busy.get(worker);
    this.busy.delete(worker);
    const why = this.closed ? 'the build stopped' : `the worker thread stopped: ${reason}`;
    waiting?.resolve(lostTask(waiting.task, why));
    this.dispatch();
  }

  private failQueued(reason: string): void {
    for (const waiting of this.queue.splice(0)) waiting.resolve(lostTask(waiting.task, reason));
  }
}

function lostTask(task: Task, reason: string): { ok: false; errors: ReturnType<typeof diagnostic>[] } {
  const file = displayPath(task.briefPath, task.projectRoot);
  return {
    ok: false,
    errors: [
      diagnostic('BP900', { file }, `${task.type === 'plan' ? 'planning' : task.kind} not done: ${reason}`),
    ],
  };
}
