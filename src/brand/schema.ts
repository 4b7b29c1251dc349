/**
 * The brand file's schema, with keys exactly as written in YAML (kebab-case). Every key is optional:
 * a brand inherits what it leaves out from the brand it extends. Each description is the plain-words
 * expectation that error messages quote (`"primary" must be a colour written #RRGGBB…, not "blue"`),
 * and it also shows up in editors through the JSON Schema.
 */
import { z } from 'zod';
import { FONT_FAMILIES } from '../pdf/fonts.js';

const colour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/)
  .describe('a colour written #RRGGBB or #RGB, such as "#1F3A5F"');

const fontNames = Object.keys(FONT_FAMILIES);
const quoted = fontNames.map((name) => `"${name}"`);

const font = z
  .enum(fontNames)
  .describe(`one of the fonts bundled with briefpack: ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`);

const text = (expected = 'a text') => z.string().describe(expected);

export const brandSchema = z
  .strictObject({
    extends: z
      .string()
      .min(1)
      .describe('the name of the brand to inherit from, a folder in assets/brands (without it: "default")')
      .optional(),
    name: z.string().min(1).describe('a non-empty text, printed in the running header').optional(),
    organisation: text('a text, the organisation printed on the cover').optional(),
    logo: z
      .union([z.string().min(1), z.literal(false)])
      .describe('an image file relative to brand.yaml, such as logo.svg, or false for no logo')
      .optional(),
    colours: z
      .strictObject({
        primary: colour.optional(),
        accent: colour.optional(),
        text: colour.optional(),
        muted: colour.optional(),
        rule: colour.optional(),
        'on-primary': colour.optional(),
      })
      .describe('a mapping with "primary", "accent", "text", "muted", "rule" and "on-primary"')
      .optional(),
    fonts: z
      .strictObject({ body: font.optional(), heading: font.optional() })
      .describe('a mapping with "body" and "heading"')
      .optional(),
    type: z
      .strictObject({
        'body-size': z
          .number()
          .min(9)
          .max(14)
          .describe('a size in points from 9 to 14, such as 10.5')
          .optional(),
        'line-height': z
          .number()
          .min(1.1)
          .max(2)
          .describe('a multiple of the type size from 1.1 to 2, such as 1.4')
          .optional(),
        alignment: z.enum(['justify', 'left']).describe('"justify" or "left"').optional(),
      })
      .describe('a mapping with "body-size", "line-height" and "alignment"')
      .optional(),
    summary: z
      .strictObject({
        'max-size': z
          .number()
          .min(6)
          .max(16)
          .describe("a size in points from 6 to 16: the summary's body text when it has room, such as 11")
          .optional(),
        'min-size': z
          .number()
          .min(6)
          .max(16)
          .describe(
            "a size in points from 6 to 16: the smallest the summary's body text may shrink to, such as 8",
          )
          .optional(),
      })
      .describe('a mapping with "max-size" and "min-size"')
      .optional(),
    contact: z
      .array(text('a line of text'))
      .describe('a list of lines, such as a web address and an e-mail address')
      .optional(),
    licence: text('a text, such as "CC BY 4.0"').optional(),
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
      .describe('a language tag such as nl, en or nl-BE')
      .optional(),
  })
  .describe('a brand: a mapping with keys such as "name", "logo" and "colours"');

export type BrandData = z.output<typeof brandSchema>;

/** A brand that passes, for hints. */
export const MINIMAL_BRAND = 'name: Mijn organisatie\ncolours:\n  primary: "#8A1538"';

/** The brand's JSON Schema, for editors (`# yaml-language-server: $schema=../brand.schema.json`). */
export function brandJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(brandSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
}
