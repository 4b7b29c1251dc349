import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/source/index.js';
import { diagnosticOf } from './helpers.js';

const ids = (markdown: string) => splitSections(markdown, 'x.md').sections.map((section) => section.id);

describe('section ids', () => {
  it('slugs headings and numbers repeats -2, -3', () => {
    expect(ids('## Vragen\n\n## Vragen\n\n## Vragen\n\n## Économie à Zürich')).toEqual([
      'vragen',
      'vragen-2',
      'vragen-3',
      'economie-a-zurich',
    ]);
  });

  it('gives a heading without letters or digits section-N, N its position', () => {
    expect(ids('Intro.\n\n## ?!\n\n## Daarna\n\n## …')).toEqual([
      'intro',
      'section-2',
      'daarna',
      'section-4',
    ]);
  });

  it('takes an explicit {#id} and leaves it out of the title', () => {
    const { sections } = splitSections('## Turkije neemt deel {#turkije}\n\nTekst.', 'x.md');
    expect(sections[0]).toMatchObject({ id: 'turkije', title: 'Turkije neemt deel', level: 2 });
  });

  it('lets an explicit id win over an earlier equal slug', () => {
    expect(ids('## Turkije\n\n## Anders {#turkije}')).toEqual(['turkije-2', 'turkije']);
  });

  it('keeps Cyrillic headings readable', () => {
    expect(ids('## Нагорный Карабах')).toEqual(['нагорный-карабах']);
  });

  it('refuses two equal explicit ids, pointing at the second', () => {
    const markdown = '## Turkije {#turkije}\n\nTekst.\n\n## Turkije neemt deel {#turkije}\n';
    const error = diagnosticOf(() => splitSections(markdown, 'sources/x.md', 10));
    expect(error).toMatchObject({ code: 'BP102', file: 'sources/x.md', line: 14 });
    expect(error.column).toBe('## Turkije neemt deel '.length + 1);
    expect(error.hint).toContain('line 10');
  });

  it('refuses {#intro} when the source has intro text', () => {
    expect(diagnosticOf(() => splitSections('Tekst.\n\n## X {#intro}', 'x.md')).code).toBe('BP102');
    expect(ids('## X {#intro}')).toEqual(['intro']);
  });
});

describe('splitting', () => {
  it('makes text before the first heading the intro, only when there is some', () => {
    const { sections } = splitSections('\nEerst dit.\n\n## Dan dat\n', 'x.md');
    expect(sections[0]).toMatchObject({ id: 'intro', title: '', level: 0, line: 2, words: 2 });
    expect(ids('## Meteen een kop\n\nTekst.')).toEqual(['meteen-een-kop']);
    expect(ids('')).toEqual([]);
  });

  it('ends a section at the next heading of any level; subsections follow as sections', () => {
    const markdown = '# A\n\na\n\n## B\n\nb\n\n### C\n\nc1\n\nc2\n\n## D\n';
    const sections = splitSections(markdown, 'x.md').sections;
    expect(sections.map((s) => [s.id, s.level, s.blocks.map((b) => b.markdown)])).toEqual([
      ['a', 1, ['a']],
      ['b', 2, ['b']],
      ['c', 3, ['c1', 'c2']],
      ['d', 2, []],
    ]);
  });

  it('keeps each top-level block as written, with its file line', () => {
    const markdown =
      '## Lijst\n\n- een\n- twee\n\n\n> citaat\n> verder\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n---\n';
    const { blocks } = splitSections(markdown, 'x.md', 5).sections[0]!;
    expect(blocks).toEqual([
      { markdown: '- een\n- twee', line: 7 },
      { markdown: '> citaat\n> verder', line: 11 },
      { markdown: '| a | b |\n| - | - |\n| 1 | 2 |', line: 14 },
      { markdown: '---', line: 18 },
    ]);
  });

  it('reads a setext heading as a heading', () => {
    expect(ids('Kop\n===\n\nTekst.')).toEqual(['kop']);
  });

  it('does not split at a heading inside a quote', () => {
    const { sections } = splitSections('> ## In een citaat\n\n## Echt', 'x.md');
    expect(sections.map((s) => s.id)).toEqual(['intro', 'echt']);
    expect(sections[0]!.blocks[0]!.markdown).toBe('> ## In een citaat');
  });

  it('does not take # inside a code fence for a heading', () => {
    const { sections } = splitSections(
      readFileSync('tests/fixtures/sources/notes-and-code.md', 'utf8'),
      'x.md',
    );
    expect(sections.map((s) => s.id)).toEqual(['intro', 'real-heading', 'links']);
    expect(sections[1]!.blocks.map((b) => b.markdown)).toEqual([
      '```md\n# not a heading\n```',
      'Text with another note.[^2]',
    ]);
  });

  it('collects footnote and link definitions for the whole source, out of the sections', () => {
    const { sections, footnotes } = splitSections(
      readFileSync('tests/fixtures/sources/notes-and-code.md', 'utf8'),
      'x.md',
    );
    expect(footnotes).toBe(
      '[^1]: First note.\n\n[^2]: Second note\n    continued.\n\n[site]: https://example.org',
    );
    expect(sections[2]!.blocks).toEqual([{ markdown: 'See [the site][site].', line: 17 }]);
  });
});

describe('word counts', () => {
  it('counts the words a reader reads: heading and body, no syntax, no link targets or note marks', () => {
    const markdown =
      '## Turkije *neemt* deel {#turkije}\n\nZie [de **OVSE**-groep](https://osce.org/a/b).[^1]\n\n[^1]: Noot.\n';
    expect(splitSections(markdown, 'x.md').sections[0]!.words).toBe(6);
  });

  it("counts hyphenated words, camera's and 75.000 as one word each, a loose dash as none", () => {
    const markdown = "Nagorno-Karabakh, camera's, 75.000 mensen - meer dan 1000- F-16.";
    expect(splitSections(markdown, 'x.md').sections[0]!.words).toBe(8);
  });
});
