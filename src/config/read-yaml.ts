/**
 * Read YAML text into plain data while keeping the document, so that any path into the data can be
 * traced back to a line and column. YAML's own problems (syntax, duplicate keys, alias bombs, an empty
 * file) become diagnostics here.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import { BriefpackError, type Diagnostic, diagnostic, type ErrorCode, type Place } from '../errors.js';

export type DataPath = ReadonlyArray<PropertyKey>;

/** What kind of file is read, for the words and codes of its messages. */
export interface ConfigKind {
  /** Names the file in messages: "brief is empty", "a brand must be a mapping…". */
  kind: 'brief' | 'brand';
  /** A file of this kind that passes, shown in hints. */
  minimal: string;
  codes: {
    /** The YAML cannot be read. */
    syntax: ErrorCode;
    unknownKey: ErrorCode;
    /** A value is wrong or missing, or the file is empty or not a mapping; by the value's path. */
    invalid: ErrorCode | ((path: DataPath) => ErrorCode);
  };
}

export interface PositionedYaml {
  data: unknown;
  /** Where the value at `path` starts; the nearest enclosing value when the path leads nowhere. */
  placeOf(path: DataPath): Place;
  /** Where the key `key` of the mapping at `path` is written; the mapping's place when it is not. */
  keyPlaceOf(path: DataPath, key: string): Place;
  /** The YAML node of the value at `path`, aliases resolved. */
  nodeAt(path: DataPath): Node | undefined;
  /** 1-based line and column of a character offset. */
  placeAtOffset(offset: number): Place;
}

/** Alias expansions allowed while turning the document into data: enough for honest reuse, too few for a bomb. */
const MAX_ALIAS_COUNT = 100;

export function readYaml(text: string, file: string, what: ConfigKind): PositionedYaml {
  const lineCounter = new LineCounter();
  // The core schema reads `2020-10-18` as a string (no timestamps) and `yes` as a string, even
  // under a `%YAML 1.1` directive. `logLevel: 'error'`: yaml would otherwise print its own warnings
  // (a key that is a list, say) to stderr through process.emitWarning; such a key is reported as an
  // unknown key anyway, with a place.
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
    logLevel: 'error',
  });
  const placeAtOffset = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  if (doc.errors.length > 0) {
    throw new BriefpackError(
      doc.errors.map((error) =>
        error.code === 'DUPLICATE_KEY'
          ? diagnostic(
              'BP208',
              placeAtOffset(error.pos[0]),
              'this key appears twice in the same mapping',
              'remove one of the two',
            )
          : diagnostic(
              what.codes.syntax,
              placeAtOffset(error.pos[0]),
              `YAML syntax: ${firstLine(error.message)}`,
            ),
      ),
    );
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new BriefpackError(
      diagnostic(
        invalidCode(what, []),
        { file, line: 1, column: 1 },
        `${what.kind} is empty`,
        `a minimal ${what.kind} is:\n${what.minimal}`,
      ),
    );
  }

  const data = toData(doc, placeAtOffset);
  const nodeAt = (path: DataPath) => walk(doc, path).node;
  const placeOf = (path: DataPath) => placeAtOffset(walk(doc, path).node?.range?.[0] ?? 0);
  const keyPlaceOf = (path: DataPath, key: string) => {
    const { node, complete } = walk(doc, path);
    // A key written as a list or mapping (`? [a, b]`) reaches the data as yaml's own text for it,
    // which no scalar key matches: such a key is the one meant when no scalar key is.
    const pair =
      complete && isMap(node)
        ? (node.items.find((p) => keyText(p.key) === key) ??
          node.items.find((p) => isMap(p.key) || isSeq(p.key)))
        : undefined;
    const keyNode = pair && isPair(pair) ? (pair.key as Node | null) : undefined;
    return placeAtOffset(keyNode?.range?.[0] ?? node?.range?.[0] ?? 0);
  };
  return { data, placeOf, keyPlaceOf, nodeAt, placeAtOffset };
}

export function invalidCode(what: ConfigKind, path: DataPath): ErrorCode {
  const { invalid } = what.codes;
  return typeof invalid === 'function' ? invalid(path) : invalid;
}

function toData(doc: Document, placeAtOffset: (offset: number) => Place): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new BriefpackError(aliasBomb(doc, placeAtOffset));
    }
    throw error;
  }
}

function aliasBomb(doc: Document, placeAtOffset: (offset: number) => Place): Diagnostic {
  const offset = firstAliasOffset(doc.contents) ?? 0;
  return diagnostic(
    'BP209',
    placeAtOffset(offset),
    `the YAML aliases here expand to more than ${MAX_ALIAS_COUNT} copies`,
    'write the values out instead of repeating them with *aliases',
  );
}

function firstAliasOffset(node: unknown): number | undefined {
  if (isAlias(node)) return node.range?.[0];
  const children = isMap(node)
    ? node.items.flatMap((pair) => [pair.key, pair.value])
    : isSeq(node)
      ? node.items
      : [];
  for (const child of children) {
    const offset = firstAliasOffset(child);
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/** Follows a data path through the document; stops at the deepest node it can reach. */
function walk(doc: Document, path: DataPath): { node: Node | undefined; complete: boolean } {
  let node = resolve(doc, doc.contents);
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) next = node.items.find((pair) => keyText(pair.key) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') next = node.items[segment];
    const resolved = resolve(doc, next);
    if (!resolved) return { node, complete: false };
    node = resolved;
  }
  return { node, complete: true };
}

function resolve(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return resolve(doc, node.resolve(doc));
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
