/** What the fuzz properties and their regression cases share: one brief, rendered or refused. */

import { stringify } from 'yaml';
import { memoisedLoaders } from '../../src/build/memo-loaders.js';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { renderOutput } from '../../src/build/render-outputs.js';
import { BriefpackError } from '../../src/errors.js';

export const warn = () => {};
/** The source and brand are read once, as a build's worker does: each run is then only the brief. */
export const loaders = memoisedLoaders();

/** The property's verdict: a BriefpackError is a fine answer to hostile input; anything else is a bug. */
export async function rendersOrRefuses(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BriefpackError)) throw error;
  }
}

/** A brief with the Markdown inline, so it reaches the document stage as a stranger's brief would. */
export function briefWith(text: string): string {
  return stringify({
    title: 'Fuzz',
    source: 'achtergrond-nagorno-karabakh',
    pack: { cover: false, contents: false },
    sections: [{ markdown: text }],
  });
}

/** Prepares the brief at `path` and renders its pack (or summary) in memory. */
export async function renderBriefAt(root: string, path: string, kind: 'pack' | 'summary'): Promise<void> {
  const prepared = await prepareBrief(path, { projectRoot: root, warn, loaders });
  await renderOutput(prepared, kind, { projectRoot: root, warn, only: kind });
}
