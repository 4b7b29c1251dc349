/**
 * The brief as data: a zod schema with keys exactly as written in YAML (kebab-case). Every field's
 * description is the plain-words expectation that error messages quote (`"sentences" must be a whole
 * number from 1 to 5, not "two"`), and it also shows up in editors through the JSON Schema.
 */
import { z } from 'zod';
import { paragraphProblem, RANGE_LIST } from './paragraph-ranges.js';

const text = (expected = 'a text') => z.string().describe(expected);

const sectionId = z.string().min(1).describe('a section id, such as "intro"');

const paragraphs = z
  .union([z.int().min(1), z.string().regex(RANGE_LIST), z.array(z.int().min(1)).min(1)])
  .superRefine((spec, ctx) => {
    const problem = paragraphProblem(spec);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('a paragraph number, a range such as "1-2", or a list such as "1,3" or [1, 3]');

const sectionItem = z.strictObject({
  section: sectionId,
  paragraphs: paragraphs.optional(),
  title: text("a text, the heading to print instead of the source's").optional(),
});

const markdownItem = z.strictObject({
  markdown: z.string().describe('a block of Markdown text'),
});

const selectionItem = z
  .union([sectionId, sectionItem, markdownItem])
  .describe('a section id, "all", a mapping with "section", or a mapping with "markdown"');

const sections = z
  .union([z.literal('all'), z.array(selectionItem).min(1)])
  .describe('a list of section ids, "all", {section: …} or {markdown: …} items');

const pack = z
  .union([
    z.boolean(),
    z.strictObject({
      cover: z.boolean().default(true).describe('true or false'),
      contents: z.boolean().default(true).describe('true or false'),
    }),
  ])
  .describe('false, or a mapping with "cover" and "contents"');

const summaryPoint = z
  .union([sectionId, z.strictObject({ section: sectionId, text: text().optional() })])
  .describe('a section id, or a mapping with "section" and "text"');

const summary = z
  .union([
    z.boolean(),
    z.strictObject({
      points: z
        .union([z.literal('auto'), z.array(summaryPoint).min(1)])
        .default('auto')
        .describe('"auto", or a list of section ids'),
      sentences: z.int().min(1).max(5).default(2).describe('a whole number from 1 to 5'),
      'call-to-action': text().optional(),
      qr: z
        .url({ protocol: /^https?$/ })
        .describe('a web address starting with http:// or https://')
        .optional(),
      sheet: z.enum(['a4', 'a5-2up']).default('a4').describe('"a4" or "a5-2up"'),
      overflow: z.enum(['fail', 'shorten']).default('fail').describe('"fail" or "shorten"'),
    }),
  ])
  .describe('false, or a mapping with "points", "sentences", "call-to-action", "qr", "sheet" and "overflow"');

export const briefSchema = z
  .strictObject({
    title: z.string().min(1).describe('a non-empty text'),
    subtitle: text().optional(),
    source: z.string().min(1).describe('the name of a source in assets/sources, or a path to one'),
    brand: z.string().min(1).default('default').describe('the name of a brand in assets/brands'),
    date: z.iso.date().describe('a date written YYYY-MM-DD, such as 2020-10-18').optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
      .describe('a language tag such as nl, en or nl-BE')
      .optional(),
    'prepared-for': text().optional(),
    sections: sections.optional(),
    pack: pack.optional(),
    summary: summary.optional(),
  })
  .describe('a brief: a mapping with at least "title" and "source"');

export type BriefData = z.output<typeof briefSchema>;

/** A brief that passes, for hints. */
export const MINIMAL_BRIEF = 'title: Nagorno-Karabakh\nsource: achtergrond-nagorno-karabakh';

/** The brief's JSON Schema, for editors (`# yaml-language-server: $schema=./brief.schema.json`). */
export function briefJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(briefSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
}
