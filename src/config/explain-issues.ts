/**
 * Turn zod's issues into problems a person can act on: an unknown key, a missing key, or a value that
 * is not what was expected, each with the data path that `read-yaml` turns into a line and column.
 * What is expected comes from the schema's descriptions, so the words live next to the rules.
 */
import { type core, globalRegistry } from 'zod';
import { nearest } from '../errors.js';
import type { DataPath } from './read-yaml.js';

export type Problem =
  /** `path` is the mapping that has the key. */
  | { kind: 'unknown-key'; path: DataPath; key: string; validKeys: string[] }
  /** `path` is the mapping that lacks the key. */
  | { kind: 'missing'; path: DataPath; key: string; expected: string }
  | { kind: 'invalid'; path: DataPath; expected: string; detail?: string; allowed?: string[] };

type Schema = core.$ZodType;
type Issue = core.$ZodIssue;

interface SchemaDef {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: readonly Schema[];
  in?: Schema;
}

export function explainIssues(issues: readonly Issue[], schema: Schema, data: unknown): Problem[] {
  return withoutEchoes(issues.flatMap((issue) => explain(issue, schema, [], data)));
}

/** `sectoin: x` is one mistake, not two: a missing key that an unknown key's typo explains goes unsaid. */
function withoutEchoes(problems: Problem[]): Problem[] {
  const typos = new Set(
    problems.flatMap((p) =>
      p.kind === 'unknown-key' ? [`${p.path.join('.')}:${nearest(p.key, p.validKeys)}`] : [],
    ),
  );
  return problems.filter((p) => p.kind !== 'missing' || !typos.has(`${p.path.join('.')}:${p.key}`));
}

/** `inherited` is what the union around `schema` expects, for options that say nothing themselves. */
function explain(issue: Issue, schema: Schema, base: DataPath, data: unknown, inherited?: string): Problem[] {
  const path = [...base, ...issue.path];
  const positions = schemaPositions(schema, base, issue.path);
  const here = positions.at(-1)!;

  if (issue.code === 'invalid_union') return explainUnion(issue, positions, data, inherited);
  if (issue.code === 'unrecognized_keys') {
    const validKeys = Object.keys(objectShape(here.layers, valueAt(data, path), issue.keys));
    return issue.keys.map((key) => ({ kind: 'unknown-key' as const, path, key, validKeys }));
  }
  const parent = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  if (issue.code === 'invalid_type' && isRecord(parent) && typeof key === 'string' && !(key in parent)) {
    return [
      { kind: 'missing', path: path.slice(0, -1), key, expected: describe(positions) ?? issue.message },
    ];
  }
  const problem = invalid(positions, inherited);
  if (issue.code === 'custom') problem.detail = issue.message;
  if (issue.code === 'invalid_value') problem.allowed = issue.values.map(String);
  return [problem];
}

/** A union's complaint is the complaint of the option the writer meant, or, when none fits, the union's own. */
function explainUnion(
  issue: core.$ZodIssueInvalidUnion,
  positions: Position[],
  data: unknown,
  inherited: string | undefined,
): Problem[] {
  const here = positions.at(-1)!;
  const union = here.layers.find(
    (s) => def(s).type === 'union' && def(s).options!.length === issue.errors.length,
  );
  const branch = union ? bestBranch(issue.errors) : undefined;
  if (union && branch !== undefined) {
    const option = def(union).options![branch]!;
    const expected = description(here.layers) ?? inherited;
    return issue.errors[branch]!.flatMap((sub) => explain(sub, option, here.path, data, expected));
  }
  const problem = invalid(positions, inherited);
  const allowed = issue.errors.flat().flatMap((sub) => (sub.code === 'invalid_value' ? sub.values : []));
  if (allowed.length > 0) problem.allowed = allowed.map(String);
  return [problem];
}

/** The value at the nearest described position is "not what was expected". */
function invalid(positions: Position[], inherited: string | undefined): Problem & { kind: 'invalid' } {
  const described = positions.findLast((p) => description(p.layers) !== undefined);
  if (described) return { kind: 'invalid', path: described.path, expected: description(described.layers)! };
  return { kind: 'invalid', path: positions[0]!.path, expected: inherited ?? 'something else' };
}

/**
 * Of a union's failed options, the one the writer most likely meant: not one that rejects the value
 * outright (another type, or not the one literal it allows), and among the rest the one with the
 * fewest complaints.
 */
function bestBranch(branches: readonly Issue[][]): number | undefined {
  const outright = (issue: Issue) =>
    issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  let best: number | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  branches.forEach((issues, index) => {
    if (issues.some(outright)) return;
    const cost = issues.reduce(
      (sum, issue) => sum + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1),
      0,
    );
    if (cost < bestCost) {
      best = index;
      bestCost = cost;
    }
  });
  return best;
}

interface Position {
  path: DataPath;
  /** Every schema that applies at this position: wrappers such as optional, unions and their options. */
  layers: Schema[];
}

/** The schemas met along `relative`, starting at `schema` placed at `base`. */
function schemaPositions(schema: Schema, base: DataPath, relative: readonly PropertyKey[]): Position[] {
  const positions: Position[] = [{ path: base, layers: layersOf(schema) }];
  let path = base;
  for (const segment of relative) {
    const layers = positions.at(-1)!.layers;
    const child =
      typeof segment === 'number'
        ? layers.map((s) => def(s).element).find((s) => s !== undefined)
        : layers.map((s) => def(s).shape?.[String(segment)]).find((s) => s !== undefined);
    path = [...path, segment];
    positions.push({ path, layers: child ? layersOf(child) : [] });
  }
  return positions;
}

function layersOf(schema: Schema): Schema[] {
  const d = def(schema);
  const inner =
    d.type === 'union' ? [...d.options!] : d.type === 'pipe' ? [d.in!] : d.innerType ? [d.innerType] : [];
  return [schema, ...inner.flatMap(layersOf)];
}

/**
 * Of the mappings allowed here, the one the writer meant: one that does not know the unknown keys
 * either, sharing the most keys with what was written.
 */
function objectShape(layers: Schema[], value: unknown, unknown: readonly string[]): Record<string, Schema> {
  const written = isRecord(value) ? Object.keys(value) : [];
  const shapes = layers.map((s) => def(s).shape).filter((shape) => shape !== undefined);
  const candidates = shapes.filter((shape) => unknown.every((key) => !(key in shape)));
  const shared = (shape: Record<string, Schema>) => written.filter((key) => key in shape).length;
  return candidates.reduce(
    (best, shape) => (shared(shape) > shared(best) ? shape : best),
    candidates[0] ?? {},
  );
}

function describe(positions: Position[]): string | undefined {
  return description(positions.at(-1)!.layers);
}

function description(layers: Schema[]): string | undefined {
  return layers.map((s) => globalRegistry.get(s)?.description).find((d) => d !== undefined);
}

function def(schema: Schema): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value)) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
