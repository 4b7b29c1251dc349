/**
 * Fixture pairs: `tests/fixtures/markdown/NAME.md` in, `NAME.json` out. A fixture is one part, the
 * whole file as one block starting at line 1, unless lines `%%% part ID LEVEL TITLE…` split it into
 * several parts (each holding the lines after its marker). The JSON holds the options that differ
 * from the defaults (`language`, `footnotes`) and what must come out: `content`, `warnings`
 * (code and line), `headings`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SelectedPart } from '../../src/brief/types.js';
import { renderParts } from '../../src/document/index.js';
import type { Diagnostic } from '../../src/errors.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/markdown');

/** A4 with 20 mm margins and 10 pt type: the numbers fixtures are computed with. */
export const METRICS = { bodyFontSize: 10, lineHeight: 1.3, contentWidth: 480, contentHeight: 700 };

export interface Expected {
  language?: string;
  footnotes?: string;
  /** Soft hyphens into body text; off unless asked, so that expected texts read plainly. */
  hyphenate?: boolean;
  content: unknown[];
  warnings?: Array<{ code: string; line: number }>;
  headings?: Array<{ id: string; title: string; level: number }>;
}

export function partsOf(markdown: string, file: string): SelectedPart[] {
  const lines = markdown.split('\n');
  const parts: SelectedPart[] = [];
  let current: SelectedPart | undefined;
  let body: string[] = [];
  const close = () => {
    if (current) current.blocks = [{ markdown: body.join('\n'), line: current.blocks[0]!.line }];
  };
  lines.forEach((line, index) => {
    const marker = /^%%% part (\S+) (\d+) ?(.*)$/.exec(line);
    if (marker) {
      close();
      current = {
        id: marker[1]!,
        level: Number(marker[2]),
        title: marker[3] ?? '',
        blocks: [{ markdown: '', line: index + 2 }],
        basePath: file,
        file: 'fixture.md',
      };
      parts.push(current);
      body = [];
    } else if (!current) {
      current = {
        id: 'fixture',
        level: 0,
        title: '',
        blocks: [{ markdown: '', line: 1 }],
        basePath: file,
        file: 'fixture.md',
      };
      parts.push(current);
      body = [line];
    } else {
      body.push(line);
    }
  });
  close();
  return parts;
}

export async function renderFixture(
  name: string,
  expected: Pick<Expected, 'language' | 'footnotes' | 'hyphenate'> = {},
) {
  const file = path.join(FIXTURES, `${name}.md`);
  const warnings: Diagnostic[] = [];
  const result = await renderParts(partsOf(readFileSync(file, 'utf8'), file), {
    language: expected.language ?? 'en',
    projectRoot: FIXTURES,
    warn: (warning) => warnings.push(warning),
    metrics: METRICS,
    footnotes: expected.footnotes ?? '',
    hyphenate: expected.hyphenate ?? false,
  });
  return { ...result, warnings };
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Expected;
}
