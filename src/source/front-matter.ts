import { isMap, isNode, isScalar, LineCounter, type Pair, parseDocument } from 'yaml';
import { didYouMean, fail, type Place } from '../errors.js';
import type { SourceMeta } from './types.js';

export interface FrontMatter {
  meta: Partial<SourceMeta>;
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
}

const META_KEYS = ['title', 'language', 'organisation', 'date', 'licence'] as const;
type MetaKey = (typeof META_KEYS)[number];

/** Turns an offset in the YAML text into a place in the file (the YAML starts on `firstYamlLine`). */
type Locate = (offset: number | undefined) => Place;

function locator(file: string, lineCounter: LineCounter, firstYamlLine: number): Locate {
  return (offset) => {
    if (offset === undefined) return { file, line: firstYamlLine, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: firstYamlLine + line - 1, column: col };
  };
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

function readText(key: MetaKey, node: unknown, place: Place): string {
  const value = scalarValue(node);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  const written = isScalar(node) ? (node.source ?? String(value)) : '';
  const hint =
    typeof value === 'number' || typeof value === 'boolean'
      ? `put the value in quotes: ${key}: "${written}"`
      : undefined;
  return fail('BP101', place, `front matter "${key}" must be text`, hint);
}

function readLanguage(node: unknown, place: Place): string {
  const tag = readText('language', node, place);
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return tag;
  return fail(
    'BP101',
    place,
    `front matter "language" is not a language tag: "${tag}"`,
    'use a tag such as "nl", "en-GB" or "hy"',
  );
}

function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** YAML 1.1 schemas read `2020-10-18` as a Date, the default 1.2 schema as text: accept both. */
function readDate(node: unknown, place: Place): string {
  const value = scalarValue(node);
  const iso =
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && isCalendarDate(iso)) return iso;
  return fail(
    'BP101',
    place,
    'front matter "date" must be a date',
    'write it as YYYY-MM-DD, for example 2020-10-18',
  );
}

function metaKey(pair: Pair<unknown, unknown>, locate: Locate): MetaKey {
  const name = String(scalarValue(pair.key) ?? '');
  if ((META_KEYS as readonly string[]).includes(name)) return name as MetaKey;
  const hint = didYouMean(name, META_KEYS) ?? `front matter keys are ${META_KEYS.join(', ')}`;
  return fail('BP101', locate(offsetOf(pair.key)), `unknown front matter key "${name}"`, hint);
}

function readMetaValue(key: MetaKey, pair: Pair<unknown, unknown>, locate: Locate): string {
  // An empty value (`title:`) has no node of its own: point at the key instead.
  const place = locate(offsetOf(pair.value) ?? offsetOf(pair.key));
  if (key === 'language') return readLanguage(pair.value, place);
  if (key === 'date') return readDate(pair.value, place);
  return readText(key, pair.value, place);
}

/** Reads the YAML between the `---` lines; `firstYamlLine` is the file line it starts on. */
function parseMeta(yamlText: string, file: string, firstYamlLine: number): Partial<SourceMeta> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, keepSourceTokens: true, prettyErrors: false });
  const locate = locator(file, lineCounter, firstYamlLine);
  const [error] = document.errors;
  if (error) fail('BP101', locate(error.pos[0]), `front matter is not valid YAML: ${error.message}`);
  const contents = document.contents;
  if (contents === null || scalarValue(contents) === null) return {};
  if (!isMap<unknown, unknown>(contents)) {
    return fail(
      'BP101',
      locate(offsetOf(contents)),
      'front matter must be keys with values',
      'for example title: …',
    );
  }
  const meta: Partial<SourceMeta> = {};
  for (const pair of contents.items) {
    const key = metaKey(pair, locate);
    meta[key] = readMetaValue(key, pair, locate);
  }
  return meta;
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits optional YAML front matter (between `---` lines at the very top) from the Markdown body.
 * The body keeps its place in the file: `bodyLine` says which file line it starts on.
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.split('\n');
  if (!OPENING.test(lines[0] ?? '')) return { meta: {}, body: text, bodyLine: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (closing < 0) {
    fail(
      'BP101',
      { file, line: 1, column: 1 },
      'front matter has no closing "---" line',
      'end it with a line "---"',
    );
  }
  const meta = parseMeta(lines.slice(1, closing).join('\n'), file, 2);
  return { meta, body: lines.slice(closing + 1).join('\n'), bodyLine: closing + 2 };
}
