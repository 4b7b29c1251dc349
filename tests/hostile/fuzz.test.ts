/**
 * Property tests: whatever Markdown or YAML a stranger writes, briefpack renders it or refuses it
 * with a BriefpackError, never another exception and never a hang. Runs are bounded here; `npm run
 * fuzz` sets FUZZ_RUNS for a long run. Counterexamples found become cases in regressions.test.ts.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { stringify } from 'yaml';
import { prepareBrief } from '../../src/build/prepare-brief.js';
import { tempProject } from '../helpers/temp-project.js';
import { markdown, mutation } from './arbitraries.js';
import { briefWith, loaders, renderBriefAt, rendersOrRefuses, warn } from './fuzz-helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** A Markdown run renders a PDF (~150 ms): fewer of them keep the normal suite near ten seconds. */
const MARKDOWN_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Per run: a hang fails the property instead of stalling the suite. */
const TIMEOUT = 10_000;
const repository = resolve(import.meta.dirname, '../..');
const realBriefs = ['kort', 'delegatie', 'dossier'].map((name) =>
  readFileSync(join(repository, 'briefs', `${name}.yaml`), 'utf8'),
);

describe('fuzzing', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempProject({ 'briefs/.keep': '' });
  });

  it('renders arbitrary Markdown or refuses it with a BriefpackError', async () => {
    const path = join(root, 'briefs/md.yaml');
    await fc.assert(
      fc.asyncProperty(
        markdown,
        fc.constantFrom('pack', 'summary') as fc.Arbitrary<'pack' | 'summary'>,
        async (text, kind) => {
          await writeFile(path, briefWith(text));
          await rendersOrRefuses(() => renderBriefAt(root, path, kind));
        },
      ),
      { numRuns: MARKDOWN_RUNS, timeout: TIMEOUT },
    );
  }, 600_000);

  it('reads any YAML data as a brief, or refuses it with a BriefpackError', async () => {
    const path = join(root, 'briefs/any.yaml');
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (data) => {
        await writeFile(path, stringify(data) ?? '');
        await rendersOrRefuses(() => prepareBrief(path, { projectRoot: root, warn, loaders }));
      }),
      { numRuns: RUNS, timeout: TIMEOUT },
    );
  }, 600_000);

  it('reads a real brief with a few mutations, or refuses it with a BriefpackError', async () => {
    const path = join(root, 'briefs/mutated.yaml');
    const mutated = fc
      .tuple(fc.constantFrom(...realBriefs), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        await writeFile(path, text);
        await rendersOrRefuses(() => prepareBrief(path, { projectRoot: root, warn, loaders }));
      }),
      { numRuns: RUNS, timeout: TIMEOUT },
    );
  }, 600_000);
});
