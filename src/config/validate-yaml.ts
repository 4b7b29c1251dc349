/**
 * Read a YAML configuration file (a brief, a brand) against its zod schema. Every problem of the file
 * is reported at once, in file order, each with the line and column where it is written, what was
 * expected, and the nearest valid name where there is one.
 */
import type { z } from 'zod';
import { BriefpackError, type Diagnostic, diagnostic, didYouMean, fail } from '../errors.js';
import { explainIssues, type Problem, valueAt } from './explain-issues.js';
import { type ConfigKind, type DataPath, invalidCode, type PositionedYaml, readYaml } from './read-yaml.js';

/** Parses `text`, checks that it is a mapping and that the schema accepts it; throws every problem at once. */
export function validateYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  what: ConfigKind,
): { data: z.output<S>; yaml: PositionedYaml } {
  const yaml = readYaml(text, file, what);
  if (!isMapping(yaml.data)) {
    fail(
      invalidCode(what, []),
      yaml.placeOf([]),
      `a ${what.kind} must be a mapping of keys such as ${exampleKeys(what.minimal)}, not ${kindOf(yaml.data)}`,
      `a minimal ${what.kind} is:\n${what.minimal}`,
    );
  }
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    const problems = explainIssues(result.error.issues, schema, yaml.data);
    throw new BriefpackError(sortByPlace(problems.map((problem) => toDiagnostic(problem, yaml, what))));
  }
  return { data: result.data, yaml };
}

function toDiagnostic(problem: Problem, yaml: PositionedYaml, what: ConfigKind): Diagnostic {
  switch (problem.kind) {
    case 'unknown-key': {
      const where = problem.path.length > 0 ? ` in ${label(problem.path, what)}` : '';
      const hint =
        didYouMean(problem.key, problem.validKeys) ??
        `the keys allowed here are ${problem.validKeys.map((k) => `"${k}"`).join(', ')}`;
      return diagnostic(
        what.codes.unknownKey,
        yaml.keyPlaceOf(problem.path, problem.key),
        `unknown key "${problem.key}"${where}`,
        hint,
      );
    }
    case 'missing': {
      const where = problem.path.length > 0 ? ` in ${label(problem.path, what)}` : '';
      return diagnostic(
        invalidCode(what, [...problem.path, problem.key]),
        yaml.placeOf(problem.path),
        `"${problem.key}" is missing${where}: expected ${problem.expected}`,
      );
    }
    case 'invalid': {
      const value = valueAt(yaml.data, problem.path);
      const detail = problem.detail ? ` (${problem.detail})` : '';
      const hint =
        problem.allowed && typeof value === 'string' ? didYouMean(value, problem.allowed) : undefined;
      return diagnostic(
        invalidCode(what, problem.path),
        yaml.placeOf(problem.path),
        `${label(problem.path, what)} must be ${problem.expected}, ${received(value)}${detail}`,
        hint,
      );
    }
  }
}

/** `"sentences"`, or `item 3 of "sections"` for a list item. */
function label(path: DataPath, what: ConfigKind): string {
  const last = path.at(-1);
  if (typeof last === 'number') return `item ${last + 1} of ${label(path.slice(0, -1), what)}`;
  return last === undefined ? `the ${what.kind}` : `"${String(last)}"`;
}

/** `"title:" and "source:"`: the top-level keys of the minimal example. */
function exampleKeys(minimal: string): string {
  const keys = [...minimal.matchAll(/^([\w-]+):/gm)].map((match) => `"${match[1]}:"`);
  return keys.length > 1 ? `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}` : (keys[0] ?? '"key:"');
}

function received(value: unknown): string {
  if (value === null || value === undefined) return 'but it is empty';
  if (typeof value === 'string') return `not ${JSON.stringify(shorten(value))}`;
  return `not ${kindOf(value)}`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (isMapping(value)) return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(shorten(value))}`;
  return String(value);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
