/**
 * The two tasks a build hands to a runner (a worker thread, or the main thread for small builds),
 * as plain data that crosses a thread boundary: plan a brief (which outputs, from which files), and
 * render one output of it. This module holds only types, so the main thread can name them without
 * loading the renderer.
 */
import type { Diagnostic } from '../errors.js';
import type { OutputKind } from './render-outputs.js';

export interface PlanTask {
  type: 'plan';
  briefPath: string;
  projectRoot: string;
}

export type Planned =
  | {
      ok: true;
      /** The brief's name: its outputs are NAME.pdf and NAME-summary.pdf. */
      name: string;
      /** Every kind the brief asks for, before `--only`. */
      kinds: OutputKind[];
      /** Absolute paths of the files its outputs are made from (dependencies.ts). */
      inputs: string[];
      warnings: Diagnostic[];
    }
  | { ok: false; errors: Diagnostic[] };

export interface RenderTask {
  type: 'render';
  briefPath: string;
  projectRoot: string;
  kind: OutputKind;
  grayscale?: boolean;
  draft?: boolean;
}

export type Rendered =
  | {
      ok: true;
      bytes: Uint8Array;
      pages: number;
      /** The files this render was made from, found again: a change to the list means a race. */
      inputs: string[];
      warnings: Diagnostic[];
      /** Time spent rendering, without the wait for a free worker. */
      ms: number;
    }
  | { ok: false; errors: Diagnostic[] };

export type Task = PlanTask | RenderTask;

/** Runs tasks: a pool of worker threads, or the main thread itself. */
export interface JobRunner {
  plan(task: PlanTask): Promise<Planned>;
  render(task: RenderTask): Promise<Rendered>;
  /** Stops the workers; tasks still queued fail. */
  close(): Promise<void>;
}
