/**
 * Writes the committed JSON Schemas from the zod schemas: `node dist/config/write-schemas.js [FOLDER]`,
 * FOLDER being briefpack's repository (by default, the one this file was built in).
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../project.js';
import {
  BRAND_SCHEMA_FILE,
  BRIEF_SCHEMA_FILE,
  brandJsonSchemaText,
  briefJsonSchemaText,
} from './json-schema.js';

const root = resolve(process.argv[2] ?? PACKAGE_ROOT);
for (const [file, text] of [
  [BRIEF_SCHEMA_FILE, briefJsonSchemaText()],
  [BRAND_SCHEMA_FILE, brandJsonSchemaText()],
] as const) {
  await writeFile(join(root, file), text);
  console.log(`wrote ${file}`);
}
