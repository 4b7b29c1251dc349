/**
 * Characters no bundled font can print stop the build (BP410), each named with its code point,
 * its Unicode block and where it is, rather than printing as an empty box.
 */
import { BriefpackError, type Diagnostic, diagnostic, type Place } from '../errors.js';
import type { RenderContext } from './context.js';
import { unprintableCharacters } from './glyph-coverage.js';
import { describeCharacter } from './unicode-blocks.js';

const HINT = 'remove or replace it; briefpack prints Latin, Greek, Cyrillic and Armenian text';

/** One BP410 problem for each character of `text` that no bundled font has. */
function unprintableProblems(text: string, place: Place): Diagnostic[] {
  return unprintableCharacters(text).map((char) =>
    diagnostic(
      'BP410',
      place,
      `character ${describeCharacter(char)} cannot be printed: no bundled font has it`,
      HINT,
    ),
  );
}

/** Records a BP410 problem for each character of `text` that no bundled font has. */
export function checkPrintable(text: string, ctx: RenderContext, line: number): void {
  for (const problem of unprintableProblems(text, { file: ctx.file, line })) {
    const known = ctx.problems.some(
      (p) => p.message === problem.message && p.file === problem.file && p.line === problem.line,
    );
    if (!known) ctx.problems.push(problem);
  }
}

/**
 * Text that does not pass through the Markdown rules (a brief's title on a cover, a summary's
 * sentences) is checked here, so that it too stops the build rather than print an empty box.
 */
export function assertPrintable(texts: Iterable<string | undefined>, place: Place): void {
  const problems = [...new Set([...texts].filter((t): t is string => Boolean(t)))].flatMap((text) =>
    unprintableProblems(text, place),
  );
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
  if (unique.length > 0) throw new BriefpackError(unique);
}
