import { expect } from 'vitest';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';

/** The single diagnostic `run` throws; fails the test when it throws nothing or something else. */
export function diagnosticOf(run: () => unknown): Diagnostic {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefpackError);
    const { diagnostics } = error as BriefpackError;
    expect(diagnostics).toHaveLength(1);
    return diagnostics[0]!;
  }
  throw new Error('expected a BriefpackError');
}

export async function diagnosticOfAsync(run: () => Promise<unknown>): Promise<Diagnostic> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BriefpackError);
  return (error as BriefpackError).diagnostics[0]!;
}
