/**
 * Read a brief file and validate it. Every problem of the file is reported at once, each with the line
 * and column where it is written, what was expected, and the nearest valid name where there is one.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { BriefpackError, type Diagnostic, diagnostic, didYouMean, fail } from '../errors.js';
import { explainIssues, type Problem, valueAt } from './explain-issues.js';
import { briefSchema, MINIMAL_BRIEF } from './schema.js';
import { toBrief } from './to-brief.js';
import type { Brief } from './types.js';
import { type DataPath, type PositionedYaml, readYaml } from './yaml-positions.js';

/**
 * @param path the brief file: absolute, or relative to the working directory.
 * @param options.projectRoot the project folder; messages name the file relative to it.
 */
export async function loadBrief(path: string, options: { projectRoot: string }): Promise<Brief> {
  const absolute = resolve(path);
  const file = displayPath(absolute, options.projectRoot);
  const yaml = readYaml(await readBriefText(absolute, file), file);

  if (!isMapping(yaml.data)) {
    fail(
      'BP202',
      yaml.placeOf([]),
      `a brief must be a mapping of keys such as "title:" and "source:", not ${kindOf(yaml.data)}`,
      `a minimal brief is:\n${MINIMAL_BRIEF}`,
    );
  }
  const result = briefSchema.safeParse(yaml.data);
  if (!result.success) {
    const problems = explainIssues(result.error.issues, briefSchema, yaml.data);
    throw new BriefpackError(sortByPlace(problems.map((problem) => toDiagnostic(problem, yaml))));
  }
  return toBrief(result.data, yaml, file, absolute);
}

async function readBriefText(absolute: string, file: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail('BP206', { file }, 'this is a folder, not a brief file');
    if (code === 'ENOENT') {
      fail('BP206', { file }, 'brief file not found', 'briefs are YAML files, usually in briefs/');
    }
    fail('BP206', { file }, `brief file cannot be read: ${(error as Error).message}`);
  }
}

function toDiagnostic(problem: Problem, yaml: PositionedYaml): Diagnostic {
  switch (problem.kind) {
    case 'unknown-key': {
      const where = problem.path.length > 0 ? ` in ${label(problem.path)}` : '';
      const hint =
        didYouMean(problem.key, problem.validKeys) ??
        `the keys allowed here are ${problem.validKeys.map((k) => `"${k}"`).join(', ')}`;
      return diagnostic(
        'BP201',
        yaml.keyPlaceOf(problem.path, problem.key),
        `unknown key "${problem.key}"${where}`,
        hint,
      );
    }
    case 'missing': {
      const where = problem.path.length > 0 ? ` in ${label(problem.path)}` : '';
      return diagnostic(
        'BP202',
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
        'BP202',
        yaml.placeOf(problem.path),
        `${label(problem.path)} must be ${problem.expected}, ${received(value)}${detail}`,
        hint,
      );
    }
  }
}

/** `"sentences"`, or `item 3 of "sections"` for a list item. */
function label(path: DataPath): string {
  const last = path.at(-1);
  if (typeof last === 'number') return `item ${last + 1} of ${label(path.slice(0, -1))}`;
  return last === undefined ? 'the brief' : `"${String(last)}"`;
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

/** Relative to the project folder with forward slashes, as a user would type it; absolute when outside. */
function displayPath(absolute: string, projectRoot: string): string {
  const fromRoot = relative(resolve(projectRoot), absolute);
  const outside = fromRoot.startsWith('..') || isAbsolute(fromRoot);
  return (outside ? absolute : fromRoot).split(sep).join('/');
}
