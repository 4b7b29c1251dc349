/**
 * How diagnostics and results reach the user: text on stderr (colours and a progress bar only on a
 * terminal, never with NO_COLOR), or JSON on stdout.
 */
import type { BuildReport, BuiltOutput } from '../build/build-briefs.js';
import { type Diagnostic, formatDiagnostic } from '../errors.js';

const onTerminal = (): boolean => Boolean(process.stderr.isTTY);
const useColour = (): boolean => onTerminal() && !process.env.NO_COLOR;

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

/** A diagnostic as DESIGN.md's `--json` reports name it. */
function jsonDiagnostic({ file, line, column, code, message, hint }: Diagnostic) {
  return { file, line, column, code, message, ...(hint ? { hint } : {}) };
}

/** `build --json`: `{"outputs": […], "errors": […], "warnings": […]}`. */
export function buildJson(report: BuildReport) {
  return {
    outputs: report.outputs.map(({ brief, kind, path, pages, bytes, sha256, cached, ms }) => ({
      brief,
      kind,
      path,
      pages,
      bytes,
      sha256,
      cached,
      ms,
    })),
    errors: report.errors.map(jsonDiagnostic),
    warnings: report.warnings.map(jsonDiagnostic),
  };
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** `output/kort.pdf  2 pages  25 kB  372 ms`, or `… cached`. */
export function outputLine(o: BuiltOutput): string {
  const pages = `${o.pages} ${o.pages === 1 ? 'page' : 'pages'}`;
  const time = o.cached ? paint('cached', 2) : `${o.ms} ms`;
  return `${paint(o.path, 1)}  ${pages}  ${size(o.bytes)}  ${time}`;
}

/** `3 outputs (2 cached), 1 error, in 1.4 s` */
export function summaryLine(report: BuildReport, ms: number): string {
  const cached = report.outputs.filter((o) => o.cached).length;
  const outputs = `${report.outputs.length} ${report.outputs.length === 1 ? 'output' : 'outputs'}`;
  const errors = report.errors.length;
  const failed = errors > 0 ? paint(`, ${errors} ${errors === 1 ? 'error' : 'errors'}`, 31) : '';
  const time = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  return `${outputs}${cached > 0 ? ` (${cached} cached)` : ''}${failed}, in ${time}`;
}

export interface Progress {
  planned(expected: number): void;
  output(output: BuiltOutput): void;
  /** Clears the bar; lines printed stay. */
  end(): void;
}

const BAR_WIDTH = 24;

/**
 * One line per output as it is done; on a terminal, a bar below them that counts outputs done of
 * those planned so far (the total grows while briefs are read).
 */
export function startProgress(printLines: boolean): Progress {
  const bar = onTerminal();
  let expected = 0;
  let done = 0;
  const clear = () => bar && process.stderr.write('\r\u001b[K');
  const draw = () => {
    if (!bar || expected === 0) return;
    const filled = Math.round((done / expected) * BAR_WIDTH);
    process.stderr.write(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${expected}`);
  };
  return {
    planned(count) {
      expected = Math.max(count, done);
      clear();
      draw();
    },
    output(output) {
      done += 1;
      clear();
      if (printLines) process.stderr.write(`${outputLine(output)}\n`);
      draw();
    },
    end: () => clear(),
  };
}
