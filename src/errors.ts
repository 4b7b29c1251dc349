/**
 * The one diagnostic type of briefpack. Every stage reports user-caused problems as data — a code, a
 * place and a hint — and the command line decides how to print them (text or `--json`).
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: ErrorCode;
  severity: Severity;
  /** Path as the user would type it: relative to the project folder where possible. */
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  message: string;
  hint?: string;
}

/**
 * Codes by stage: BP1xx source, BP2xx brief, BP3xx brand, BP4xx document (Markdown, images, links),
 * BP5xx rendering and writing, BP9xx internal. The README's table is this catalogue.
 */
export const ERROR_CODES = {
  BP100: 'source file not found',
  BP101: 'source front matter is not valid YAML or has a wrong key',
  BP102: 'two sections have the same explicit id',
  BP103: 'source cannot be read as UTF-8 text',
  BP104: 'source path leaves the project folder',
  BP200: 'brief is not valid YAML',
  BP201: 'brief has an unknown key',
  BP202: 'brief value has the wrong type or is missing',
  BP203: 'brief names a section the source does not have',
  BP204: 'brief selects the same section twice',
  BP205: 'paragraph range is outside the section',
  BP206: 'brief file not found',
  BP207: 'inline markdown block is empty',
  BP208: 'YAML has a duplicate key',
  BP209: 'YAML uses too many aliases',
  BP210: 'brief leads outside the project folder',
  BP300: 'brand not found',
  BP301: 'brand file is not valid',
  BP302: 'brand colour is not a colour',
  BP303: 'brand font not available',
  BP400: 'image not found',
  BP401: 'image path leaves the project folder',
  BP402: 'remote image refused',
  BP403: 'image too large',
  BP404: 'image cannot be decoded',
  BP405: 'link scheme not allowed; printed as text',
  BP406: 'raw HTML dropped',
  BP410: 'character that no bundled font can print',
  BP500: 'PDF could not be written',
  BP501: 'block taller than a page',
  BP510: 'summary does not fit one page, even at the smallest type size',
  BP511: 'summary shortened: a sentence was dropped to fit one page',
  BP520: 'two outputs would be written to the same file',
  BP530: 'file already there; init does not overwrite it without --force',
  BP900: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface Place {
  file: string;
  line?: number;
  column?: number;
}

export function diagnostic(
  code: ErrorCode,
  place: Place,
  message: string,
  hint?: string,
  severity: Severity = 'error',
): Diagnostic {
  return {
    code,
    severity,
    file: place.file,
    line: place.line ?? 0,
    column: place.column ?? 0,
    message,
    ...(hint ? { hint } : {}),
  };
}

/** Thrown by a stage that cannot go on; carries one or more diagnostics. */
export class BriefpackError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'BriefpackError';
    this.diagnostics = list;
  }
}

/** Shorthand: throw a single-diagnostic error. */
export function fail(code: ErrorCode, place: Place, message: string, hint?: string): never {
  throw new BriefpackError(diagnostic(code, place, message, hint));
}

/** Where warnings go: stages call it and carry on; the caller decides what to print. */
export type Warn = (warning: Diagnostic) => void;

/** `briefs/x.yaml:12:5  error  section "turkije" not found  (BP203)  did you mean "turkije-neemt-deel"?` */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column || 1}` : d.file;
  const hint = d.hint ? `  ${d.hint}` : '';
  return `${place}  ${d.severity}  ${d.message}  (${d.code})${hint}`;
}

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate closest to `wanted`, when it is close enough to be a plausible typo or a prefix
 * (`turkije` → `turkije-neemt-actief-deel-aan-deze-oorlog`).
 */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const lower = wanted.toLowerCase();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const score = c.startsWith(lower) || lower.startsWith(c) ? 0.5 : editDistance(lower, c);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return bestScore <= limit ? best : undefined;
}

export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const match = nearest(wanted, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** Errors the user can act on stay as they are; anything else is our bug and says so. */
export function toDiagnostics(error: unknown, file: string): Diagnostic[] {
  if (error instanceof BriefpackError) return error.diagnostics;
  const detail = error instanceof Error ? error.message : String(error);
  return [
    diagnostic(
      'BP900',
      { file },
      `internal error: ${detail}`,
      'this is a bug in briefpack; please report it with the brief (DEBUG=briefpack shows the stack)',
    ),
  ];
}
