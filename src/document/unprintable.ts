/**
 * Characters no bundled font can print stop the build (BP410), each named with its code point,
 * its Unicode block and where it is, rather than printing as an empty box.
 */
import { diagnostic } from '../errors.js';
import type { RenderContext } from './context.js';
import { unprintableCharacters } from './glyph-coverage.js';
import { describeCharacter } from './unicode-blocks.js';

/** Records a BP410 problem for each character of `text` that no bundled font has. */
export function checkPrintable(text: string, ctx: RenderContext, line: number): void {
  for (const char of unprintableCharacters(text)) {
    const message = `character ${describeCharacter(char)} cannot be printed: no bundled font has it`;
    const known = ctx.problems.some((p) => p.message === message && p.file === ctx.file && p.line === line);
    if (known) continue;
    ctx.problems.push(
      diagnostic(
        'BP410',
        { file: ctx.file, line },
        message,
        'remove or replace it; briefpack prints Latin, Greek, Cyrillic and Armenian text',
      ),
    );
  }
}
