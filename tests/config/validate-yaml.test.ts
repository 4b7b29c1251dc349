import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConfigKind } from '../../src/config/read-yaml.js';
import { validateYaml } from '../../src/config/validate-yaml.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';

const schema = z.strictObject({
  name: z.string().describe('a text'),
  colours: z.strictObject({ primary: z.string().regex(/^#/).describe('a colour such as "#123"') }).optional(),
});

const BRAND: ConfigKind = {
  kind: 'brand',
  minimal: 'name: Pax\ncolours:\n  primary: "#8A1538"',
  codes: {
    syntax: 'BP301',
    unknownKey: 'BP301',
    invalid: (path) => (path[0] === 'colours' && path.length === 2 ? 'BP302' : 'BP301'),
  },
};

function problems(text: string): Diagnostic[] {
  try {
    validateYaml(text, 'brand.yaml', schema, BRAND);
  } catch (error) {
    if (error instanceof BriefpackError) return error.diagnostics;
    throw error;
  }
  throw new Error('validated without problems');
}

const where = (d: Diagnostic) => [d.code, d.line, d.column];

describe('validateYaml', () => {
  it('returns the data and the positions of a valid file', () => {
    const { data, yaml } = validateYaml(
      'name: Pax\ncolours:\n  primary: "#8"\n',
      'brand.yaml',
      schema,
      BRAND,
    );
    expect(data).toEqual({ name: 'Pax', colours: { primary: '#8' } });
    expect(yaml.placeOf(['colours', 'primary'])).toEqual({ file: 'brand.yaml', line: 3, column: 12 });
  });

  it('speaks of the kind of file it reads', () => {
    const [empty] = problems('');
    expect(empty).toMatchObject({ code: 'BP301', message: 'brand is empty' });
    expect(empty!.hint).toBe('a minimal brand is:\nname: Pax\ncolours:\n  primary: "#8A1538"');
    const [list] = problems('- a\n');
    expect(list!.message).toBe(
      'a brand must be a mapping of keys such as "name:" and "colours:", not a list',
    );
  });

  it('gives each problem the code of its kind and place, sorted by place', () => {
    const diagnostics = problems('colours:\n  primary: red\nnmae: Pax\n');
    expect(diagnostics.map(where)).toEqual([
      ['BP302', 2, 12],
      ['BP301', 3, 1],
    ]);
    expect(diagnostics[1]).toMatchObject({ message: 'unknown key "nmae"', hint: 'did you mean "name"?' });
    expect(where(problems('name: [\n')[0]!)).toEqual(['BP301', 2, 1]);
  });
});
