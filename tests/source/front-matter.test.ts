import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/source/index.js';
import { diagnosticOf } from './helpers.js';

const read = (text: string) => readFrontMatter(text, 'assets/sources/x.md');

describe('front matter', () => {
  it('reads the known keys and says where the body starts', () => {
    const text =
      '---\ntitle: Nagorno-Karabakh\nlanguage: nl\ndate: 2020-10-18\nlicence: CC BY 4.0\norganisation: Comité\n---\n\n## Kop\n';
    expect(read(text)).toEqual({
      meta: {
        title: 'Nagorno-Karabakh',
        language: 'nl',
        date: '2020-10-18',
        licence: 'CC BY 4.0',
        organisation: 'Comité',
      },
      body: '\n## Kop\n',
      bodyLine: 8,
    });
  });

  it('is optional, and may be empty', () => {
    expect(read('## Kop\n')).toEqual({ meta: {}, body: '## Kop\n', bodyLine: 1 });
    expect(read('---\n---\nTekst.')).toEqual({ meta: {}, body: 'Tekst.', bodyLine: 3 });
  });

  it('accepts a date YAML read as a timestamp', () => {
    expect(read('---\ndate: !!timestamp 2020-10-18\n---\n').meta.date).toBe('2020-10-18');
  });

  it('refuses an unknown key at its place, suggesting the nearest', () => {
    const error = diagnosticOf(() => read('---\ntitle: X\n  \norganization: Y\n---\n'));
    expect(error).toMatchObject({ code: 'BP101', file: 'assets/sources/x.md', line: 4, column: 1 });
    expect(error.hint).toBe('did you mean "organisation"?');
  });

  it('refuses a wrong type at the value, with a hint', () => {
    const error = diagnosticOf(() => read('---\ntitle: 1984\n---\n'));
    expect(error).toMatchObject({ code: 'BP101', line: 2, column: 8 });
    expect(error.hint).toBe('put the value in quotes: title: "1984"');
    expect(diagnosticOf(() => read('---\ntitle:\n---\n'))).toMatchObject({ line: 2, column: 7 });
    expect(diagnosticOf(() => read('---\nlanguage: [nl]\n---\n'))).toMatchObject({ line: 2, column: 11 });
  });

  it('refuses a date that is not YYYY-MM-DD or not in the calendar', () => {
    expect(diagnosticOf(() => read('---\ndate: 18-10-2020\n---\n'))).toMatchObject({
      code: 'BP101',
      line: 2,
    });
    expect(diagnosticOf(() => read('---\ndate: 2020-02-30\n---\n'))).toMatchObject({
      code: 'BP101',
      line: 2,
    });
  });

  it('refuses a language that is not a language tag', () => {
    expect(diagnosticOf(() => read('---\nlanguage: Nederlands!\n---\n')).code).toBe('BP101');
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(diagnosticOf(() => read('---\ntitle: "open\n---\n'))).toMatchObject({ code: 'BP101', line: 2 });
    expect(diagnosticOf(() => read('---\ntitle: a\ntitle: b\n---\n'))).toMatchObject({
      code: 'BP101',
      line: 3,
    });
  });

  it('refuses front matter that is not a map, or not closed', () => {
    expect(diagnosticOf(() => read('---\n- a\n---\n'))).toMatchObject({ code: 'BP101', line: 2 });
    expect(diagnosticOf(() => read('---\ntitle: X\n\n## Kop\n'))).toMatchObject({ code: 'BP101', line: 1 });
  });
});
