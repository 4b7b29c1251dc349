import { describe, expect, it } from 'vitest';
import { briefJsonSchema } from '../../src/brief/index.js';

describe('briefJsonSchema', () => {
  it('describes the brief for editors, with kebab-case keys and defaults', () => {
    const schema = briefJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { anyOf?: Array<{ properties?: Record<string, { default?: unknown }> }> }>;
    };
    expect(schema.required).toEqual(['title', 'source']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('prepared-for');
    const summaryObject = schema.properties.summary!.anyOf!.find((option) => option.properties);
    expect(summaryObject!.properties!['call-to-action']).toBeDefined();
    expect(summaryObject!.properties!.sentences!.default).toBe(2);
  });
});
