import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../src/brand/index.js';
import { briefSchema } from '../../src/brief/index.js';
import {
  BRAND_SCHEMA_FILE,
  BRIEF_SCHEMA_FILE,
  brandJsonSchemaText,
  briefJsonSchemaText,
} from '../../src/config/json-schema.js';
import { PACKAGE_ROOT } from '../../src/project.js';

const committed = [
  [BRIEF_SCHEMA_FILE, briefJsonSchemaText],
  [BRAND_SCHEMA_FILE, brandJsonSchemaText],
] as const;

describe('the committed JSON Schemas', () => {
  it.each(committed)('%s is what the zod schema generates', async (file, generate) => {
    const text = await readFile(join(PACKAGE_ROOT, file), 'utf8').catch(() => '(missing)');
    expect(text === generate(), `${file} is out of date: run \`npm run schemas\``).toBe(true);
  });

  it.each(committed)('%s names itself and refuses unknown keys', (_file, generate) => {
    const schema = JSON.parse(generate()) as Record<string, unknown>;
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('misspelt keys', () => {
  it('are refused by the brief schema', () => {
    const ok = { title: 'Kort', source: 'bron' };
    expect(briefSchema.safeParse(ok).success).toBe(true);
    const result = briefSchema.safeParse({ ...ok, sectoins: 'all' });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['sectoins'] }]);
  });

  it('are refused by the brand schema, nested ones too', () => {
    expect(brandSchema.safeParse({ colours: { primary: '#000' } }).success).toBe(true);
    const result = brandSchema.safeParse({ colours: { primray: '#000' } });
    expect(result.error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['primray'], path: ['colours'] },
    ]);
  });
});
