/** How diagnostics and results reach the user: text on stderr, or JSON on stdout. */
import { type Diagnostic, formatDiagnostic } from '../errors.js';

const useColour = (): boolean => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

function paint(text: string, code: number): string {
  return useColour() ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function printDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const line = formatDiagnostic(d);
    process.stderr.write(`${d.severity === 'error' ? paint(line, 31) : paint(line, 33)}\n`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
