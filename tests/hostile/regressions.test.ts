/** Cases found by fuzzing (tests/hostile/fuzz.test.ts), each with its smallest counterexample. */
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { loadBrief } from '../../src/brief/index.js';
import { BriefpackError } from '../../src/errors.js';
import { tempProject } from '../helpers/temp-project.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// Found by `fc.anything()` briefs: yaml printed "Keys with collection values will be stringified"
// through process.emitWarning, a line on the user's stderr that names no file and no code.
it('reports a key that is a list as an unknown key, printing nothing of its own', async () => {
  const root = await tempProject({ 'briefs/sleutel.yaml': 'title: x\nsource: y\n? [a, b]\n: c\n' });
  const emitted = vi.spyOn(process, 'emitWarning');
  const error = await loadBrief(join(root, 'briefs/sleutel.yaml'), { projectRoot: root }).catch((e) => e);
  expect(error).toBeInstanceOf(BriefpackError);
  expect((error as BriefpackError).diagnostics.map((d) => [d.code, d.line])).toEqual([['BP201', 3]]);
  expect(emitted).not.toHaveBeenCalled();
});
