/**
 * Apply a brief's `sections:` to a source: which parts print, in which order, with which paragraphs
 * and headings. `all` stands for every section of the source that the list does not name itself
 * (before or after `all`), in source order — so `[intro, all, slot]` prints intro, the rest, then slot.
 */
import { BriefpackError, type Diagnostic, diagnostic, didYouMean, type Place, type Warn } from '../errors.js';
import { splitSections } from '../source/index.js';
import type { Section, Source } from '../source/types.js';
import type { Brief, SelectedPart, SelectionItem } from './types.js';

type SectionItem = Extract<SelectionItem, { kind: 'section' }>;
type MarkdownItem = Extract<SelectionItem, { kind: 'markdown' }>;

export function selectParts(brief: Brief, source: Source, warn: Warn): SelectedPart[] {
  const items = brief.sections ?? [{ kind: 'all', place: { file: brief.file } }];
  const byId = new Map(source.sections.map((section) => [section.id, section]));
  const named = new Set(items.flatMap((item) => (item.kind === 'section' ? [item.id] : [])));
  const chosen = new Map<string, Place>();
  const errors: Diagnostic[] = [];
  const parts: SelectedPart[] = [];
  let markdownCount = 0;
  let allPlace: Place | undefined;

  for (const item of items) {
    if (item.kind === 'section') {
      const part = selectSection(item, byId, chosen, source, errors);
      if (part) parts.push(part);
    } else if (item.kind === 'markdown') {
      markdownCount += 1;
      parts.push(...markdownParts(item, markdownCount, brief, warn, errors));
    } else if (allPlace) {
      errors.push(
        diagnostic('BP204', item.place, '"all" is listed twice', `the first is at line ${allPlace.line}`),
      );
    } else {
      allPlace = item.place;
      const rest = source.sections.filter((section) => !named.has(section.id));
      parts.push(...rest.map((section) => sourcePart(section, source)));
    }
  }
  // Checked only on a clean selection: a section that failed above would be reported twice.
  if (errors.length === 0) errors.push(...checkSummaryPoints(brief, parts));
  if (errors.length > 0) throw new BriefpackError(errors);
  return parts;
}

function selectSection(
  item: SectionItem,
  byId: ReadonlyMap<string, Section>,
  chosen: Map<string, Place>,
  source: Source,
  errors: Diagnostic[],
): SelectedPart | undefined {
  const section = byId.get(item.id);
  if (!section) {
    errors.push(unknownSection(item, [...byId.keys()], source.file));
    return undefined;
  }
  const earlier = chosen.get(item.id);
  if (earlier) {
    const hint = `it is already selected at line ${earlier.line}; a section prints once`;
    errors.push(diagnostic('BP204', item.place, `section "${item.id}" is selected twice`, hint));
    return undefined;
  }
  chosen.set(item.id, item.place);
  const part = sourcePart(section, source);
  if (item.title !== undefined) part.title = item.title;
  if (item.paragraphs) {
    const count = section.blocks.length;
    const missing = item.paragraphs.filter((n) => n > count);
    if (missing.length > 0) {
      errors.push(paragraphsOutOfRange(item, missing, count));
      return undefined;
    }
    part.blocks = item.paragraphs.map((n) => section.blocks[n - 1]!);
  }
  return part;
}

function unknownSection(item: SectionItem, ids: string[], sourceFile: string): Diagnostic {
  const listThem = `run \`briefpack sections ${sourceFile}\` to list them`;
  const suggestion = didYouMean(item.id, ids);
  const hint = suggestion ? `${suggestion} (${listThem})` : listThem;
  return diagnostic('BP203', item.place, `section "${item.id}" not found in ${sourceFile}`, hint);
}

function paragraphsOutOfRange(item: SectionItem, missing: number[], count: number): Diagnostic {
  const has = count === 1 ? 'has 1 paragraph' : `has ${count} paragraphs`;
  const which =
    missing.length === 1
      ? `paragraph ${missing[0]} does not exist`
      : `paragraphs ${missing.join(', ')} do not exist`;
  const hint =
    count === 0 ? 'leave out "paragraphs"' : `choose from 1 to ${count}, or leave out "paragraphs" for all`;
  return diagnostic(
    'BP205',
    item.paragraphsPlace ?? item.place,
    `section "${item.id}" ${has}, so ${which}`,
    hint,
  );
}

/** An inline block may hold several headings: each becomes a part, `markdown-N`, `markdown-N-2`… */
function markdownParts(
  item: MarkdownItem,
  n: number,
  brief: Brief,
  warn: Warn,
  errors: Diagnostic[],
): SelectedPart[] {
  if (item.markdown.trim() === '') {
    warn(diagnostic('BP207', item.place, '"markdown" is empty and prints nothing', undefined, 'warning'));
    return [];
  }
  let split: ReturnType<typeof splitSections>;
  try {
    split = splitSections(item.markdown, brief.file, item.place.line ?? 1);
  } catch (error) {
    if (!(error instanceof BriefpackError)) throw error;
    errors.push(...error.diagnostics);
    return [];
  }
  const parts = split.sections.map(
    (section, index): SelectedPart => ({
      id: index === 0 ? `markdown-${n}` : `markdown-${n}-${index + 1}`,
      title: section.title,
      level: section.level,
      blocks: section.blocks,
      basePath: brief.path,
      file: brief.file,
    }),
  );
  // Footnote and link definitions are not blocks; keep them with the block's text so its references resolve.
  if (split.footnotes !== '' && parts.length > 0) {
    const firstNoteLine = item.markdown.split('\n').indexOf(split.footnotes.split('\n')[0]!);
    parts.at(-1)!.blocks = [
      ...parts.at(-1)!.blocks,
      { markdown: split.footnotes, line: (item.place.line ?? 1) + Math.max(firstNoteLine, 0) },
    ];
  }
  return parts;
}

function sourcePart(section: Section, source: Source): SelectedPart {
  return {
    id: section.id,
    title: section.title,
    level: section.level,
    blocks: section.blocks,
    basePath: source.path,
    file: source.file,
  };
}

/** A summary point must name a part that prints, or the summary would quote what the pack leaves out. */
function checkSummaryPoints(brief: Brief, parts: readonly SelectedPart[]): Diagnostic[] {
  if (brief.summary === false || brief.summary.points === 'auto') return [];
  const ids = parts.map((part) => part.id);
  return brief.summary.points
    .filter((point) => !ids.includes(point.section))
    .map((point) =>
      diagnostic(
        'BP203',
        point.place,
        `summary point "${point.section}" is not among the selected sections`,
        didYouMean(point.section, ids) ?? 'add it to "sections", or name one that is selected',
      ),
    );
}
