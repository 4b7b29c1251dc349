/**
 * What a runner does with a task, in whichever thread it runs: prepare the brief (with sources and
 * brands read once per thread), then list its kinds and input files, or render one output in memory.
 * Every failure comes back as diagnostics, so one broken brief never stops the others.
 */
import { type Diagnostic, toDiagnostics } from '../errors.js';
import { displayPath } from '../project.js';
import { dependenciesOf } from './dependencies.js';
import type { Planned, PlanTask, Rendered, RenderTask, Task } from './jobs.js';
import { memoisedLoaders } from './memo-loaders.js';
import { type PreparedBrief, prepareBrief } from './prepare-brief.js';
import { kindsOf, renderOutput } from './render-outputs.js';

const loaders = memoisedLoaders();

async function prepare(task: Task, warnings: Diagnostic[]): Promise<PreparedBrief> {
  return prepareBrief(task.briefPath, {
    projectRoot: task.projectRoot,
    warn: (warning) => warnings.push(warning),
    loaders,
  });
}

function failed(error: unknown, task: Task): { ok: false; errors: Diagnostic[] } {
  if (process.env.DEBUG?.includes('briefpack')) console.error(error);
  return { ok: false, errors: toDiagnostics(error, displayPath(task.briefPath, task.projectRoot)) };
}

export async function planBrief(task: PlanTask): Promise<Planned> {
  const warnings: Diagnostic[] = [];
  try {
    const prepared = await prepare(task, warnings);
    return {
      ok: true,
      name: prepared.brief.name,
      kinds: kindsOf(prepared),
      inputs: await dependenciesOf(prepared, task.projectRoot),
      warnings,
    };
  } catch (error) {
    return failed(error, task);
  }
}

export async function renderTask(task: RenderTask): Promise<Rendered> {
  const warnings: Diagnostic[] = [];
  const started = performance.now();
  try {
    const prepared = await prepare(task, warnings);
    const { pdf } = await renderOutput(prepared, task.kind, {
      projectRoot: task.projectRoot,
      warn: (warning) => warnings.push(warning),
      only: task.kind,
      grayscale: task.grayscale,
      draft: task.draft,
    });
    const inputs = await dependenciesOf(prepared, task.projectRoot);
    const ms = performance.now() - started;
    return { ok: true, bytes: pdf.bytes, pages: pdf.pages, inputs, warnings, ms };
  } catch (error) {
    return failed(error, task);
  }
}

export function runTask(task: Task): Promise<Planned | Rendered> {
  return task.type === 'plan' ? planBrief(task) : renderTask(task);
}
