import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Brief, loadBrief } from '../../src/brief/index.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const briefPath = (name: string) => `${fixtures}/briefs/${name}.yaml`;

function load(name: string): Promise<Brief> {
  return loadBrief(briefPath(name), { projectRoot: fixtures });
}

async function problems(name: string): Promise<Diagnostic[]> {
  try {
    await load(name);
  } catch (error) {
    if (error instanceof BriefpackError) return error.diagnostics;
    throw error;
  }
  throw new Error(`${name} loaded without problems`);
}

/** code, line and column of each diagnostic: the part counted by hand in the fixtures. */
const where = (d: Diagnostic) => [d.code, d.line, d.column];

describe('loadBrief on valid briefs', () => {
  it('reads the brief of DESIGN.md into a Brief', async () => {
    const file = 'briefs/full.yaml';
    expect(await load('full')).toEqual({
      file,
      path: briefPath('full'),
      name: 'full',
      title: 'Nagorno-Karabakh',
      subtitle: 'Achtergrond bij de gevechten sinds 27 september 2020',
      source: 'achtergrond-nagorno-karabakh',
      sourcePlace: { file, line: 4, column: 9 },
      brand: 'default',
      brandPlace: { file, line: 5, column: 8 },
      date: '2020-10-18',
      language: 'nl',
      preparedFor: 'Delegatie naar het Europees Parlement',
      sections: [
        { kind: 'section', id: 'intro', place: { file, line: 10, column: 5 } },
        { kind: 'section', id: 'weloverwogen-aanval', place: { file, line: 11, column: 5 } },
        {
          kind: 'section',
          id: 'djihadisten-worden-bij-deze-oorlog-betrokken',
          paragraphs: [1, 2],
          paragraphsPlace: { file, line: 13, column: 17 },
          title: 'Huurlingen uit Syrië en Libië',
          place: { file, line: 12, column: 14 },
        },
        {
          kind: 'markdown',
          markdown: '## Onze vraag\nSteun een OVSE-waarnemingsmissie langs de contactlijn.\n',
          // The line of `## Onze vraag`, the text's first line, not the `|` above it.
          place: { file, line: 16, column: 1 },
        },
        { kind: 'all', place: { file, line: 18, column: 5 } },
      ],
      pack: { cover: true, contents: true },
      summary: {
        points: 'auto',
        sentences: 2,
        callToAction: 'Teken de petitie',
        qr: 'https://example.org/petitie',
        sheet: 'a4',
        overflow: 'fail',
      },
    });
  });

  it('fills in the defaults of a minimal brief', async () => {
    const brief = await load('minimal');
    expect(brief).toEqual({
      file: 'briefs/minimal.yaml',
      path: briefPath('minimal'),
      name: 'minimal',
      title: 'Kort',
      source: 'achtergrond-nagorno-karabakh',
      sourcePlace: { file: 'briefs/minimal.yaml', line: 2, column: 9 },
      brand: 'default',
      brandPlace: { file: 'briefs/minimal.yaml' },
      pack: { cover: true, contents: true },
      summary: { points: 'auto', sentences: 2, sheet: 'a4', overflow: 'fail' },
    });
    expect(brief.sections).toBeUndefined();
  });

  it('reads a date quoted or not as the same string', async () => {
    expect((await load('full')).date).toBe('2020-10-18');
    expect((await load('quoted-date')).date).toBe('2020-10-18');
  });

  it('keeps dates as strings and allows honest aliases even under %YAML 1.1', async () => {
    const brief = await load('yaml-1.1');
    expect(brief.date).toBe('2020-10-18');
    expect(brief.subtitle).toBe('Kort');
    expect(brief.summary).toEqual({ points: 'auto', sentences: 2, sheet: 'a4', overflow: 'fail' });
    expect(brief.pack).toEqual({ cover: true, contents: false });
  });

  it('reads every form of paragraphs, summary points and switched-off outputs', async () => {
    const brief = await load('paragraphs');
    const file = 'briefs/paragraphs.yaml';
    expect(brief.source).toBe('../sources/eigen-tekst.md');
    expect(
      brief.sections?.map((item) =>
        item.kind === 'section' ? [item.id, item.paragraphs, item.title] : [item.kind],
      ),
    ).toEqual([
      ['a', [1, 2], undefined],
      ['b', [1, 3], undefined],
      ['c', [1, 3], undefined],
      ['d', [2], undefined],
      ['e', [1, 2, 5], 'Eigen kop'],
      ['all'],
    ]);
    expect(brief.pack).toBe(false);
    expect(brief.summary).toEqual({
      points: [
        { section: 'a', place: { file, line: 19, column: 7 } },
        { section: 'b', text: 'Zelf geschreven punt.', place: { file, line: 20, column: 16 } },
      ],
      sentences: 3,
      sheet: 'a5-2up',
      overflow: 'shorten',
    });
  });

  it('takes "sections: all" as a list holding only all', async () => {
    const brief = await load('sections-all');
    expect(brief.sections).toEqual([
      { kind: 'all', place: { file: 'briefs/sections-all.yaml', line: 3, column: 11 } },
    ]);
  });
});

describe('loadBrief on broken briefs', () => {
  it('reports YAML syntax errors where yaml finds them (BP200)', async () => {
    const [error, ...rest] = await problems('syntax-error');
    expect(rest).toEqual([]);
    expect(where(error!)).toEqual(['BP200', 3, 1]);
    expect(error!.message).toMatch(/^YAML syntax: Flow sequence/);
    expect(error!.file).toBe('briefs/syntax-error.yaml');
  });

  it('reports a duplicate key at its second appearance (BP208)', async () => {
    const [error] = await problems('duplicate-key');
    expect(where(error!)).toEqual(['BP208', 5, 3]);
  });

  it('refuses an alias bomb before expanding it (BP209)', async () => {
    const [error] = await problems('alias-bomb');
    expect(where(error!)).toEqual(['BP209', 4, 8]);
  });

  it('reports an empty brief with a minimal example (BP202)', async () => {
    const [error] = await problems('empty');
    expect(where(error!)).toEqual(['BP202', 1, 1]);
    expect(error!.message).toBe('brief is empty');
    expect(error!.hint).toBe(
      'a minimal brief is:\ntitle: Nagorno-Karabakh\nsource: achtergrond-nagorno-karabakh',
    );
  });

  it('reports a list where the brief mapping belongs (BP202)', async () => {
    const [error] = await problems('list-root');
    expect(where(error!)).toEqual(['BP202', 1, 1]);
    expect(error!.message).toBe(
      'a brief must be a mapping of keys such as "title:" and "source:", not a list',
    );
  });

  it('reports an unknown key at the key, with the nearest valid key (BP201)', async () => {
    const [error, ...rest] = await problems('unknown-key');
    expect(rest).toEqual([]);
    expect(where(error!)).toEqual(['BP201', 5, 3]);
    expect(error!.message).toBe('unknown key "call-to-actoin" in "summary"');
    expect(error!.hint).toBe('did you mean "call-to-action"?');
  });

  it('judges an unknown key by the kind of item it is in, and lists the keys when none is near', async () => {
    const [inMarkdown, inPack] = await problems('item-keys');
    expect(where(inMarkdown!)).toEqual(['BP201', 4, 23]);
    expect(inMarkdown!.message).toBe('unknown key "title" in item 1 of "sections"');
    expect(inMarkdown!.hint).toBe('the keys allowed here are "markdown"');
    expect(where(inPack!)).toEqual(['BP201', 5, 8]);
    expect(inPack!.hint).toBe('the keys allowed here are "cover", "contents"');
  });

  it('reports an impossible date (BP202)', async () => {
    const [error] = await problems('bad-date');
    expect(where(error!)).toEqual(['BP202', 3, 7]);
    expect(error!.message).toBe(
      '"date" must be a date written YYYY-MM-DD, such as 2020-10-18, not "2020-13-40"',
    );
  });

  it('reports missing keys at the mapping that lacks them (BP202)', async () => {
    const diagnostics = await problems('missing-title');
    expect(diagnostics.map(where)).toEqual([
      ['BP202', 2, 1],
      ['BP202', 6, 5],
    ]);
    expect(diagnostics[0]!.message).toBe('"title" is missing: expected a non-empty text');
    expect(diagnostics[1]!.message).toBe(
      '"section" is missing in item 2 of "sections": expected a section id, such as "intro"',
    );
  });

  it('reports every problem of a file at once, in file order, in plain words', async () => {
    const diagnostics = await problems('wrong-types');
    expect(diagnostics.map(where)).toEqual([
      ['BP202', 3, 7],
      ['BP202', 4, 11],
      ['BP202', 7, 5],
      ['BP202', 9, 17],
      ['BP201', 10, 5],
      ['BP202', 11, 7],
      ['BP202', 13, 11],
      ['BP202', 14, 14],
      ['BP202', 15, 7],
      ['BP202', 16, 10],
      ['BP201', 18, 1],
    ]);
    const byLine = new Map(diagnostics.map((d) => [d.line, d]));
    expect(byLine.get(14)!.message).toBe('"sentences" must be a whole number from 1 to 5, not "two"');
    expect(byLine.get(7)!.message).toBe(
      'item 2 of "sections" must be a section id, "all", a mapping with "section", or a mapping with "markdown", not 42',
    );
    expect(byLine.get(9)!.message).toMatch(
      /^"paragraphs" must be .*, not "3-1" \(the range 3-1 runs backwards\)$/,
    );
    // `sectoin:` is one typo: no second message about the missing "section".
    expect(byLine.get(10)!.message).toBe('unknown key "sectoin" in item 4 of "sections"');
    expect(byLine.get(10)!.hint).toBe('did you mean "section"?');
    expect(byLine.get(11)!.message).toBe(
      '"pack" must be false, or a mapping with "cover" and "contents", not "yes please"',
    );
    expect(byLine.get(13)!.hint).toBe('did you mean "auto"?');
    expect(byLine.get(15)!.message).toMatch(
      /^"qr" must be a web address starting with http:\/\/ or https:\/\//,
    );
    expect(byLine.get(16)!.hint).toBe('did you mean "a5-2up"?');
    expect(byLine.get(18)!.hint).toBe('did you mean "subtitle"?');
    expect(diagnostics.every((d) => d.file === 'briefs/wrong-types.yaml' && d.severity === 'error')).toBe(
      true,
    );
  });

  it('reports a missing brief file (BP206)', async () => {
    const [error] = await problems('nope');
    expect(error).toMatchObject({
      code: 'BP206',
      file: 'briefs/nope.yaml',
      line: 0,
      message: 'brief file not found',
    });
  });

  it('names a brief outside the project folder by its absolute path', async () => {
    const outside = loadBrief(briefPath('nope'), { projectRoot: `${fixtures}/briefs/elsewhere` });
    await expect(outside).rejects.toMatchObject({ diagnostics: [{ file: briefPath('nope') }] });
  });
});
