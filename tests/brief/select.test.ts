import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Brief, loadBrief, type SelectionItem, selectParts } from '../../src/brief/index.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';
import type { Section, Source } from '../../src/source/types.js';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

function section(id: string, title: string, level: number, paragraphs: number, line: number): Section {
  const blocks = Array.from({ length: paragraphs }, (_, i) => ({
    markdown: `${id} paragraph ${i + 1}`,
    line: line + 2 + 2 * i,
  }));
  return { id, title, level, line, blocks, words: 3 * paragraphs };
}

const source: Source = {
  file: 'assets/sources/achtergrond-nagorno-karabakh.md',
  path: '/project/assets/sources/achtergrond-nagorno-karabakh.md',
  meta: { title: 'Achtergrond Nagorno-Karabakh', language: 'nl' },
  sections: [
    section('intro', '', 0, 2, 1),
    section('weloverwogen-aanval', 'Weloverwogen aanval', 2, 3, 6),
    section(
      'turkije-neemt-actief-deel-aan-deze-oorlog',
      'Turkije neemt actief deel aan deze oorlog',
      2,
      1,
      14,
    ),
    section(
      'djihadisten-worden-bij-deze-oorlog-betrokken',
      'Djihadisten worden bij deze oorlog betrokken',
      2,
      3,
      18,
    ),
    section('slot', 'Slot', 2, 1, 26),
  ],
  footnotes: '',
};

const file = 'briefs/test.yaml';

/** A brief with the given selection; each item's place is its line in an imagined file. */
function brief(sections?: Array<string | Partial<SelectionItem>>): Brief {
  const items = sections?.map((item, index): SelectionItem => {
    const place = { file, line: 4 + index, column: 5 };
    if (typeof item !== 'string') return { ...item, place } as SelectionItem;
    return item === 'all' ? { kind: 'all', place } : { kind: 'section', id: item, place };
  });
  return {
    file,
    path: '/project/briefs/test.yaml',
    name: 'test',
    title: 'Test',
    source: 'achtergrond-nagorno-karabakh',
    sourcePlace: { file, line: 2, column: 9 },
    brand: 'default',
    brandPlace: { file },
    ...(items ? { sections: items } : {}),
    pack: { cover: true, contents: true },
    summary: { points: 'auto', sentences: 2, sheet: 'a4', overflow: 'fail' },
  };
}

const ignore = () => {};
const ids = (b: Brief) => selectParts(b, source, ignore).map((part) => part.id);

function selectionErrors(b: Brief): Diagnostic[] {
  try {
    selectParts(b, source, ignore);
  } catch (error) {
    if (error instanceof BriefpackError) return error.diagnostics;
    throw error;
  }
  throw new Error('selection succeeded');
}

describe('selectParts', () => {
  it('selects every section in source order when the brief names none', () => {
    const parts = selectParts(brief(), source, ignore);
    expect(parts.map((p) => p.id)).toEqual(source.sections.map((s) => s.id));
    expect(parts[1]).toEqual({
      id: 'weloverwogen-aanval',
      title: 'Weloverwogen aanval',
      level: 2,
      blocks: source.sections[1]!.blocks,
      basePath: source.path,
      file: source.file,
    });
  });

  it('selects sections by id in the order of the brief', () => {
    expect(ids(brief(['slot', 'intro', 'weloverwogen-aanval']))).toEqual([
      'slot',
      'intro',
      'weloverwogen-aanval',
    ]);
  });

  it('takes paragraph subsets and heading overrides', () => {
    const parts = selectParts(
      brief([
        { kind: 'section', id: 'weloverwogen-aanval', paragraphs: [1, 2] },
        {
          kind: 'section',
          id: 'djihadisten-worden-bij-deze-oorlog-betrokken',
          paragraphs: [1, 3],
          title: 'Huurlingen',
        },
      ]),
      source,
      ignore,
    );
    expect(parts[0]!.blocks.map((b) => b.markdown)).toEqual([
      'weloverwogen-aanval paragraph 1',
      'weloverwogen-aanval paragraph 2',
    ]);
    expect(parts[0]!.title).toBe('Weloverwogen aanval');
    expect(parts[1]!.blocks.map((b) => b.line)).toEqual([20, 24]);
    expect(parts[1]!.title).toBe('Huurlingen');
    expect(parts[1]!.level).toBe(2);
  });

  it('expands all to the sections the list does not name, wherever they are named', () => {
    expect(ids(brief(['slot', 'all']))).toEqual([
      'slot',
      'intro',
      'weloverwogen-aanval',
      'turkije-neemt-actief-deel-aan-deze-oorlog',
      'djihadisten-worden-bij-deze-oorlog-betrokken',
    ]);
    expect(ids(brief(['intro', 'all', 'slot']))).toEqual([
      'intro',
      'weloverwogen-aanval',
      'turkije-neemt-actief-deel-aan-deze-oorlog',
      'djihadisten-worden-bij-deze-oorlog-betrokken',
      'slot',
    ]);
  });

  it('refuses a section selected twice, and all twice (BP204)', () => {
    const errors = selectionErrors(brief(['intro', 'slot', 'intro', 'all', 'all']));
    expect(errors.map((d) => [d.code, d.line])).toEqual([
      ['BP204', 6],
      ['BP204', 8],
    ]);
    expect(errors[0]!.message).toBe('section "intro" is selected twice');
    expect(errors[0]!.hint).toBe('it is already selected at line 4; a section prints once');
    expect(errors[1]!.message).toBe('"all" is listed twice');
  });

  it('refuses paragraphs the section does not have, saying how many it has (BP205)', () => {
    const paragraphsPlace = { file, line: 5, column: 17 };
    const errors = selectionErrors(
      brief([{ kind: 'section', id: 'weloverwogen-aanval', paragraphs: [2, 4, 5], paragraphsPlace }]),
    );
    expect(errors).toEqual([
      {
        code: 'BP205',
        severity: 'error',
        file,
        line: 5,
        column: 17,
        message: 'section "weloverwogen-aanval" has 3 paragraphs, so paragraphs 4, 5 do not exist',
        hint: 'choose from 1 to 3, or leave out "paragraphs" for all',
      },
    ]);
  });

  it('suggests the nearest id for an unknown section and how to list them (BP203)', () => {
    const [error, ...rest] = selectionErrors(brief(['turkije']));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'BP203', file, line: 4, column: 5 });
    expect(error!.message).toBe(
      'section "turkije" not found in assets/sources/achtergrond-nagorno-karabakh.md',
    );
    expect(error!.hint).toBe(
      'did you mean "turkije-neemt-actief-deel-aan-deze-oorlog"? ' +
        '(run `briefpack sections assets/sources/achtergrond-nagorno-karabakh.md` to list them)',
    );
  });

  it('still says how to list the ids when none is near', () => {
    const [error] = selectionErrors(brief(['vluchtelingen']));
    expect(error!.hint).toBe(
      'run `briefpack sections assets/sources/achtergrond-nagorno-karabakh.md` to list them',
    );
  });

  it('collects every selection error of a loaded brief, at the lines written', async () => {
    const loaded = await loadBrief(`${fixtures}/briefs/selection-errors.yaml`, { projectRoot: fixtures });
    const errors = selectionErrors(loaded);
    expect(errors.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['BP203', 'briefs/selection-errors.yaml', 4, 5],
      ['BP205', 'briefs/selection-errors.yaml', 7, 17],
      ['BP204', 'briefs/selection-errors.yaml', 8, 5],
      ['BP203', 'briefs/selection-errors.yaml', 9, 5],
      ['BP204', 'briefs/selection-errors.yaml', 11, 5],
    ]);
    expect(errors[1]!.message).toBe(
      'section "weloverwogen-aanval" has 3 paragraphs, so paragraphs 4, 5 do not exist',
    );
  });

  it('refuses summary points that name no selected part (BP203)', () => {
    const b = brief(['intro', 'slot']);
    b.summary = {
      points: [
        { section: 'slot', place: { file, line: 9, column: 7 } },
        { section: 'slott', place: { file, line: 10, column: 7 } },
        { section: 'weloverwogen-aanval', place: { file, line: 11, column: 7 } },
      ],
      sentences: 2,
      sheet: 'a4',
      overflow: 'fail',
    };
    const errors = selectionErrors(b);
    expect(errors.map((d) => [d.code, d.line, d.hint])).toEqual([
      ['BP203', 10, 'did you mean "slot"?'],
      ['BP203', 11, 'add it to "sections", or name one that is selected'],
    ]);
  });
});

describe('selectParts with inline markdown', () => {
  it('splits markdown blocks into parts whose lines are lines of the brief', async () => {
    const loaded = await loadBrief(`${fixtures}/briefs/selection-markdown.yaml`, { projectRoot: fixtures });
    const warnings: Diagnostic[] = [];
    const parts = selectParts(loaded, source, (w) => warnings.push(w));
    const fromBrief = { basePath: loaded.path, file: 'briefs/selection-markdown.yaml' };

    expect(parts.map((p) => [p.id, p.title, p.level])).toEqual([
      ['intro', '', 0],
      ['markdown-1', 'Onze vraag', 2],
      ['markdown-3', '', 0],
      ['markdown-3-2', 'Contact', 2],
    ]);
    expect(parts[1]).toEqual({
      id: 'markdown-1',
      title: 'Onze vraag',
      level: 2,
      blocks: [
        { markdown: 'Steun een OVSE-waarnemingsmissie langs de contactlijn.', line: 7 },
        { markdown: 'Teken de petitie.', line: 9 },
      ],
      ...fromBrief,
    });
    expect(parts[2]!.blocks).toEqual([{ markdown: 'Een inleiding zonder kop.', line: 13 }]);
    // The footnote definition travels with the part that holds its reference.
    expect(parts[3]!.blocks).toEqual([
      { markdown: 'Mail ons.[^1]', line: 16 },
      { markdown: '[^1]: info@example.org', line: 18 },
    ]);
    expect(parts[3]).toMatchObject(fromBrief);
    expect(warnings).toEqual([
      {
        code: 'BP207',
        severity: 'warning',
        file: 'briefs/selection-markdown.yaml',
        line: 10,
        column: 15,
        message: '"markdown" is empty and prints nothing',
      },
    ]);
  });
});
