/**
 * A build's worker thread: runs one task at a time for pool.ts. Fonts, sources and brands stay
 * loaded between tasks, so a worker pays its start-up once per build (or once per `--watch`).
 */
import { parentPort } from 'node:worker_threads';
import type { Task } from './jobs.js';
import { runTask } from './run-task.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of a briefpack build');

port.on('message', async (task: Task) => {
  const outcome = await runTask(task);
  if (!outcome.ok || !('bytes' in outcome)) return port.postMessage(outcome);
  // The PDF moves to the main thread without a copy, so it must own its whole buffer.
  const { bytes } = outcome;
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  port.postMessage({ ...outcome, bytes: own }, [own.buffer as ArrayBuffer]);
});
