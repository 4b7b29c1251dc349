/**
 * The JSON Schemas as editors use them (`# yaml-language-server: $schema=…`): every example names
 * the right schema, the schema accepts every example and refuses a misspelt key. Checked with ajv, a
 * JSON Schema validator independent of the zod schemas they are generated from, so a difference
 * between the two shows here rather than as a false squiggle in someone's editor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brandSchema } from '../../src/brand/index.js';
import { briefSchema } from '../../src/brief/index.js';
import { BRAND_SCHEMA_FILE, BRIEF_SCHEMA_FILE } from '../../src/config/json-schema.js';

const repository = resolve(import.meta.dirname, '../..');
const HEADER = /^# yaml-language-server: \$schema=(\S+)\n/;

function validator(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // The two formats the schemas use, as editors read them (ajv leaves formats to a plug-in).
  ajv.addFormat(
    'date',
    (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)),
  );
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  return ajv.compile(JSON.parse(readFileSync(join(repository, schemaFile), 'utf8')));
}

const validateBrief = validator(BRIEF_SCHEMA_FILE);
const validateBrand = validator(BRAND_SCHEMA_FILE);

/** Example projects: this repository, and the one `briefpack init` scaffolds (when present). */
const projects = ['.', 'assets/scaffold'].filter((folder) => existsSync(join(repository, folder, 'briefs')));

function yamlFiles(folder: string): string[] {
  if (!existsSync(join(repository, folder))) return [];
  return readdirSync(join(repository, folder)).filter((name) => name.endsWith('.yaml'));
}

const briefExamples = projects.flatMap((project) =>
  yamlFiles(join(project, 'briefs')).map((name) => join(project, 'briefs', name)),
);
const brandExamples = projects.flatMap((project) =>
  readdirSync(join(repository, project, 'assets/brands'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(project, 'assets/brands', entry.name, 'brand.yaml')),
);

/** The project an example belongs to: the schema paths are the same within every project. */
const projectOf = (file: string) =>
  projects.find((project) => project !== '.' && file.startsWith(`${project}/`)) ?? '.';

/** The README's whole briefs (not one-line snippets) that name the brief schema, as a reader would copy them. */
function readmeBriefs(): string[] {
  const readme = readFileSync(join(repository, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((yaml) => HEADER.test(yaml) && yaml.includes('brief.schema.json') && /^title:/m.test(yaml));
}

const read = (file: string) => readFileSync(join(repository, file), 'utf8');

describe('every example names its schema in its first line', () => {
  it.each([
    ...briefExamples.map((file) => [file, BRIEF_SCHEMA_FILE]),
    ...brandExamples.map((file) => [file, BRAND_SCHEMA_FILE]),
  ])('%s → %s', (file, schemaFile) => {
    const named = HEADER.exec(read(file))?.[1];
    expect(named, `start ${file} with # yaml-language-server: $schema=…`).toBeDefined();
    const project = join(repository, projectOf(file));
    expect(relative(project, resolve(dirname(join(repository, file)), named!))).toBe(schemaFile);
  });
});

describe('the schemas accept every example', () => {
  it.each(briefExamples)('%s', (file) => {
    expect(validateBrief(parse(read(file))), JSON.stringify(validateBrief.errors)).toBe(true);
  });

  it.each(brandExamples)('%s', (file) => {
    expect(validateBrand(parse(read(file))), JSON.stringify(validateBrand.errors)).toBe(true);
  });

  it('and the briefs in the README', () => {
    const examples = readmeBriefs();
    expect(examples.length).toBeGreaterThan(0);
    for (const yaml of examples) expect(validateBrief(parse(yaml)), yaml).toBe(true);
  });
});

describe('the schemas refuse a misspelt key', () => {
  it.each(briefExamples)('%s with "sectoins"', (file) => {
    const brief = parse(read(file));
    expect(validateBrief({ ...brief, sectoins: brief.sections ?? ['all'] })).toBe(false);
    expect(validateBrief.errors).toContainEqual(
      expect.objectContaining({
        keyword: 'additionalProperties',
        params: { additionalProperty: 'sectoins' },
      }),
    );
  });

  it('in a nested brief key and a nested brand key', () => {
    expect(validateBrief({ title: 'T', source: 's', pack: { cover: true, contens: true } })).toBe(false);
    expect(validateBrand({ colours: { primray: '#000000' } })).toBe(false);
    expect(validateBrand.errors?.[0]).toMatchObject({ instancePath: '/colours' });
  });
});

describe('the JSON Schema and the zod schema agree', () => {
  // Valid and invalid briefs alike: what an editor accepts, briefpack accepts.
  const fixtures = readdirSync(join(repository, 'tests/fixtures/briefs'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `tests/fixtures/briefs/${name}`)
    .filter((file) => {
      try {
        return parse(read(file), { uniqueKeys: true, maxAliasCount: 100 }) !== undefined;
      } catch {
        return false; // not YAML at all: no schema is asked
      }
    });

  it.each(fixtures)('on %s', (file) => {
    const value = parse(read(file));
    expect(validateBrief(value)).toBe(briefSchema.safeParse(value).success);
  });

  it.each([
    ['a paragraph range', { title: 'T', source: 's', sections: [{ section: 'a', paragraphs: '1-2' }] }],
    ['a paragraph list', { title: 'T', source: 's', sections: [{ section: 'a', paragraphs: [1, 3] }] }],
    ['no pack', { title: 'T', source: 's', pack: false }],
    ['a number for a title', { title: 3, source: 's' }],
    ['no source', { title: 'T' }],
  ])('on %s', (_what, value) => {
    expect(validateBrief(value)).toBe(briefSchema.safeParse(value).success);
  });

  it.each(brandExamples)('on %s', (file) => {
    const value = parse(read(file));
    expect(validateBrand(value)).toBe(brandSchema.safeParse(value).success);
  });
});
