/** Validated brief data, as written in YAML, into the `Brief` every later stage reads. */
import { basename, extname } from 'node:path';
import { isScalar, Scalar } from 'yaml';
import type { DataPath, PositionedYaml } from '../config/read-yaml.js';
import type { Place } from '../errors.js';
import { expandParagraphs } from './paragraph-ranges.js';
import type { BriefData } from './schema.js';
import type { Brief, PackOptions, SelectionItem, SummaryOptions, SummaryPoints } from './types.js';

export function toBrief(data: BriefData, yaml: PositionedYaml, file: string, path: string): Brief {
  return {
    file,
    path,
    name: basename(path, extname(path)),
    title: data.title,
    ...(data.subtitle !== undefined ? { subtitle: data.subtitle } : {}),
    source: data.source,
    sourcePlace: yaml.placeOf(['source']),
    brand: data.brand,
    brandPlace: 'brand' in (yaml.data as object) ? yaml.placeOf(['brand']) : { file },
    ...(data.date !== undefined ? { date: data.date } : {}),
    ...(data.language !== undefined ? { language: data.language } : {}),
    ...(data['prepared-for'] !== undefined ? { preparedFor: data['prepared-for'] } : {}),
    ...(data.sections !== undefined ? { sections: toSelection(data.sections, yaml) } : {}),
    pack: toPack(data.pack),
    summary: toSummary(data.summary, yaml),
  };
}

function toSelection(sections: NonNullable<BriefData['sections']>, yaml: PositionedYaml): SelectionItem[] {
  if (sections === 'all') return [{ kind: 'all', place: yaml.placeOf(['sections']) }];
  return sections.map((item, index): SelectionItem => {
    const at = ['sections', index];
    if (item === 'all') return { kind: 'all', place: yaml.placeOf(at) };
    if (typeof item === 'string') return { kind: 'section', id: item, place: yaml.placeOf(at) };
    if ('markdown' in item)
      return { kind: 'markdown', markdown: item.markdown, place: markdownPlace(yaml, at) };
    return {
      kind: 'section',
      id: item.section,
      ...(item.paragraphs !== undefined
        ? {
            paragraphs: expandParagraphs(item.paragraphs),
            paragraphsPlace: yaml.placeOf([...at, 'paragraphs']),
          }
        : {}),
      ...(item.title !== undefined ? { title: item.title } : {}),
      place: yaml.placeOf([...at, 'section']),
    };
  });
}

/**
 * Where the Markdown text of a `markdown:` item begins, so that its lines count true to the YAML file:
 * for a block scalar (`|` or `>`) the line after the indicator, where the text's first line is.
 */
function markdownPlace(yaml: PositionedYaml, at: DataPath): Place {
  const path = [...at, 'markdown'];
  const node = yaml.nodeAt(path);
  const place = yaml.placeOf(path);
  const isBlock = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  if (!isBlock || String(node.value).trim() === '') return place;
  return { file: place.file, line: (place.line ?? 0) + 1, column: 1 };
}

function toPack(pack: BriefData['pack']): PackOptions | false {
  if (pack === false) return false;
  if (pack === undefined || pack === true) return { cover: true, contents: true };
  return { cover: pack.cover, contents: pack.contents };
}

function toSummary(summary: BriefData['summary'], yaml: PositionedYaml): SummaryOptions | false {
  if (summary === false) return false;
  if (summary === undefined || summary === true) {
    return { points: 'auto', sentences: 2, sheet: 'a4', overflow: 'fail' };
  }
  return {
    points: toPoints(summary.points, yaml),
    sentences: summary.sentences,
    ...(summary['call-to-action'] !== undefined ? { callToAction: summary['call-to-action'] } : {}),
    ...(summary.qr !== undefined ? { qr: summary.qr } : {}),
    sheet: summary.sheet,
    overflow: summary.overflow,
  };
}

function toPoints(
  points: Exclude<BriefData['summary'], boolean | undefined>['points'],
  yaml: PositionedYaml,
): SummaryPoints {
  if (points === 'auto') return 'auto';
  return points.map((point, index) => {
    const at = ['summary', 'points', index];
    if (typeof point === 'string') return { section: point, place: yaml.placeOf(at) };
    return {
      section: point.section,
      ...(point.text !== undefined ? { text: point.text } : {}),
      place: yaml.placeOf([...at, 'section']),
    };
  });
}
