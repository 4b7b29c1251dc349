/**
 * The JSON Schemas of briefs and brands, for editors (`# yaml-language-server: $schema=…`), generated
 * from the zod schemas so that editors and briefpack accept the same files. The committed copies,
 * `briefs/brief.schema.json` and `assets/brands/brand.schema.json`, are written by `write-schemas`.
 */
import { brandJsonSchema } from '../brand/schema.js';
import { briefJsonSchema } from '../brief/schema.js';

export const BRIEF_SCHEMA_FILE = 'briefs/brief.schema.json';
export const BRAND_SCHEMA_FILE = 'assets/brands/brand.schema.json';

export function briefJsonSchemaText(): string {
  return schemaText(briefJsonSchema(), {
    title: 'briefpack brief',
    description:
      'What to print: a title, a source, a brand, the sections and the outputs (briefs/NAME.yaml).',
  });
}

export function brandJsonSchemaText(): string {
  return schemaText(brandJsonSchema(), {
    title: 'briefpack brand',
    description:
      'Name, logo, colours, fonts, type, contact block and licence line (assets/brands/NAME/brand.yaml); ' +
      'every key is optional and inherited from the brand named by "extends", else from "default".',
  });
}

/** `$schema`, `title` and `description` first, for people reading the file; then zod's schema. */
function schemaText(schema: Record<string, unknown>, about: { title: string; description: string }): string {
  const { $schema, description: _zodDescription, ...rest } = schema;
  return `${JSON.stringify({ $schema, ...about, ...rest }, null, 2)}\n`;
}
